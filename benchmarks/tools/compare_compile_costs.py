#!/usr/bin/env python3
"""Compare the compile cost of two commits by instructions executed, which repeat exactly.

Compile CPU seconds on a shared machine vary by up to 2x between identical runs, so a change
of 5% cannot be seen in them. The number of instructions the compiler executes, counted by
valgrind's cachegrind (--cache-sim=no), is the same from run to run, and for these compiles it
follows the CPU seconds of a quiet machine. This compiles the TUs of compile_costs.py (the same
families, sizes and flags) in a worktree of BASE and in HEAD (a commit, or by default the
working tree), once each under cachegrind and once plainly for the peak memory, and prints a
table: instructions in G (10^9) of the compiler proper (cc1plus, or clang's -cc1 process) and
peak RSS in MiB, before and after. Under cachegrind a compile takes about 20 times as long, so
pick a few entries with --only.

Usage: python3 benchmarks/tools/compare_compile_costs.py BASE [--head REV] [--set ci|full]
                                      [--family NAME...] [--only REGEX] [--compilers CXX...]
                                      [--jobs N]
  e.g. compare_compile_costs.py HEAD~1 --only 'chain -DCTGRAD_LAYERS=16' --jobs 2
Needs valgrind (Debian: valgrind). Standard library otherwise.
"""
import argparse
import concurrent.futures
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import compile_costs  # noqa: E402  (the families, their sizes and the flags)

ROOT = compile_costs.ROOT
INSTRUCTIONS = re.compile(r"I\s+refs:\s+([\d,]+)")


def instructions(tree, compiler, entry):
    """Instructions executed by the busiest process of one compile of entry in tree: the
    compiler proper, whose count dwarfs the driver's and the assembler's."""
    command = [compiler, *compile_costs.FLAGS, *entry.defines, "-c", entry.family.source,
               "-o", os.devnull]
    with tempfile.TemporaryDirectory() as directory:
        subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no", "--trace-children=yes",
                        f"--cachegrind-out-file={directory}/out.%p",
                        f"--log-file={directory}/log.%p", *command],
                       cwd=tree, check=True, stdout=subprocess.DEVNULL)
        counts = [int(match.group(1).replace(",", ""))
                  for log in Path(directory).glob("log.*")
                  for match in INSTRUCTIONS.finditer(log.read_text(errors="replace"))]
    return max(counts)


def peak_mib(tree, compiler, entry):
    """Peak resident memory of one plain compile of entry in tree, in MiB."""
    command = [compiler, *compile_costs.FLAGS, *entry.defines, "-c", entry.family.source,
               "-o", os.devnull]
    child = subprocess.Popen(command, cwd=tree)
    _, status, usage = os.wait4(child.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"failed in {tree}: {' '.join(command)}")
    return usage.ru_maxrss / 1024


def measure(tree, compiler, entry):
    return instructions(tree, compiler, entry), peak_mib(tree, compiler, entry)


def worktree(revision, directory):
    """A detached worktree of revision in directory."""
    subprocess.run(["git", "worktree", "add", "--detach", "--quiet", directory, revision],
                   cwd=ROOT, check=True)
    return directory


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base", help="the commit to compare against")
    parser.add_argument("--head", help="the commit to compare (default: the working tree)")
    parser.add_argument("--set", choices=["full", "ci"], default="ci",
                        help="the sizes of compile_costs.py's --set (default: ci, the small ones)")
    parser.add_argument("--family", action="append", metavar="NAME",
                        choices=[f.name for f in compile_costs.FAMILIES])
    parser.add_argument("--only", metavar="REGEX", help="entries whose label matches")
    parser.add_argument("--compilers", nargs="+", default=["g++", "clang++"], metavar="CXX")
    parser.add_argument("--jobs", type=int, default=min(2, len(os.sched_getaffinity(0))))
    args = parser.parse_args()

    entries = compile_costs.select(args)
    if not entries:
        print("no entries match", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as scratch:
        trees = {"base": worktree(args.base, f"{scratch}/base")}
        trees["head"] = worktree(args.head, f"{scratch}/head") if args.head else str(ROOT)
        try:
            with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
                futures = {(e, c, side): pool.submit(measure, tree, c, e)
                           for e in entries for c in args.compilers
                           for side, tree in trees.items()}
                results = {key: future.result() for key, future in futures.items()}
        finally:
            for side, tree in trees.items():
                if tree != str(ROOT):
                    subprocess.run(["git", "worktree", "remove", "--force", tree], cwd=ROOT,
                                   check=False)

    head = args.head or "working tree"
    print(f"| TU | compiler | G instructions, {args.base} | {head} | change "
          f"| peak MiB, {args.base} | {head} |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for entry in entries:
        for compiler in args.compilers:
            (before, before_mib), (after, after_mib) = (results[(entry, compiler, side)]
                                                        for side in ("base", "head"))
            print(f"| {entry.label} | {compiler} | {before / 1e9:.3f} | {after / 1e9:.3f} "
                  f"| {100 * (after - before) / before:+.1f}% | {before_mib:.0f} "
                  f"| {after_mib:.0f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())

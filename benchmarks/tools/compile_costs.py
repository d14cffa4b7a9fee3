#!/usr/bin/env python3
"""Compile-cost record: compiler CPU seconds and peak memory for a few fixed TUs.

Compiles each TU below with each compiler (`-std=c++20 -O3 -DNDEBUG -I include [-D<size>] -c
<TU> -o /dev/null`, from the repository root) --runs times, writes a Markdown table of the
medians, with the machine, the compiler versions, the flags and the date, to --out
(docs/compile_costs.md by default; CI writes build/compile_costs.md), and an SVG plot of the
seconds against the number of nodes of the differentiated function beside it (the same name,
.svg), and prints the table. It is a record to compare commits by, not a pass/fail timing: it
fails only when a TU does not compile.

Most TUs come in families, one source compiled at several sizes (-DCTGRAD_STEPS=64): a pendulum
rollout, a curve fit's Jacobian, T7's sigmoid chain, Hessians. For each size the table gives the
distinct nodes of the function being differentiated and the growth factor from the family's
previous size, so that how the cost grows with the graph shows, not only what it is.

The cost of one compile is the resource usage of the compiler process and its children (the
driver, cc1plus or clang's cc1, the assembler) as wait4 reports it, like `/usr/bin/time -v`:
user + system CPU seconds, and the largest resident set among them. A compile whose compiler
process uses more than --timeout CPU seconds is stopped and recorded as "> limit", and so is one
that runs out of the --memory-limit (the address space each compiler process may map, so that a
runaway compile cannot take the machine's memory), and one that the compiler stops at its
default limit on nested template instantiations; one that the system kills (the OOM killer of a
shared machine) is recorded as killed. The larger sizes of that family are then not tried
with that compiler. --jobs chains of compiles run at a time (2 by default, 1 on a single
CPU), each chain one family with one compiler, smallest size first, each size --runs times. CPU
time is counted per process, so running two at once mostly shortens the wall time; on a busy
machine every figure grows somewhat, which the median damps.

Usage: python3 benchmarks/tools/compile_costs.py [--set full|ci] [--family NAME...]
                                      [--only REGEX] [--timeout S] [--memory-limit GB]
                                      [--out FILE] [--runs N] [--jobs N] [--count-nodes]
                                      [--compilers CXX...] [--boost-include DIR]
  --set ci           the small sizes only, for CI (a couple of minutes on 2 cores)
  --family pendulum  one family (repeatable); --only 'pendulum.*64|chain' a regex over the
                     entries' labels (`pendulum -DCTGRAD_STEPS=64`, `examples/chain_rule.cpp`)
  --count-nodes      count the nodes with benchmarks/tools/compile_costs/node_count.cpp
                     (compiled and run, with the first compiler) instead of the formulas below,
                     and say where they differ
Standard library only.
"""
import argparse
import concurrent.futures
import datetime
import math
import os
import platform
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
TU_DIR = "benchmarks/tools/compile_costs"


@dataclass(frozen=True)
class Family:
    name: str
    source: str  # from the repository root
    what: str
    size_macro: str = ""  # the -D macro that sets the size; "" for a TU of one size
    full: tuple = ()  # the sizes measured by --set full
    ci: tuple = ()  # the sizes measured by --set ci
    header: str = ""  # defines compile_costs::function, for node_count.cpp
    nodes: object = None  # size -> distinct nodes of the differentiated function
    plot_note: str = ""  # what to know about the family's line in the plot


# The nodes are the inner nodes of the differentiated function, leaves (variables, parameters,
# constants) not counted: program::size of compile(f). The formulas were counted from the
# sources and agree with node_count.cpp (--count-nodes) at every size tried.
FAMILIES = [
    Family("chain_rule", "examples/chain_rule.cpp",
           "the chain-rule example: square(exp(square(x))) over a scalar, a vector and a matrix",
           full=(None,), ci=(None,)),
    Family("two_layer_linear", "examples/two_layer_linear.cpp",
           "the two-layer linear network example: two value_and_grad programs and their checks",
           full=(None,), ci=(None,)),
    Family("chain", f"{TU_DIR}/chain.cpp",
           "value_and_grad of T7's chain of sigmoid layers of width 3, CTGRAD_LAYERS layers "
           "(3 nodes a layer, 4 for the loss)",
           "CTGRAD_LAYERS", full=(8, 16, 32, 64), ci=(4, 8), header="chain.hpp",
           nodes=lambda layers: 3 * layers + 4),
    Family("pendulum", f"{TU_DIR}/pendulum.cpp",
           "value_and_grad with respect to the controls u (var<\"u\", N>) of a damped pendulum "
           "rolled out for CTGRAD_STEPS steps of explicit Euler, cost sum (theta - target)^2 + "
           "w u^2 (16 nodes a step)",
           "CTGRAD_STEPS", full=(16, 64, 256), ci=(2, 4), header="pendulum.hpp",
           nodes=lambda steps: 16 * steps - 8),
    Family("pendulum_value", f"{TU_DIR}/pendulum_value.cpp",
           "the same rollout's value alone, compile(cost): what the function itself costs, "
           "the floor under its gradient's cost",
           "CTGRAD_STEPS", full=(16, 64, 128), ci=(2, 4), header="pendulum.hpp",
           nodes=lambda steps: 16 * steps - 8,
           plot_note="pendulum_value is the rollout's value alone: the gap up to pendulum is "
                     "what the gradient adds."),
    Family("curve_fit", f"{TU_DIR}/curve_fit.cpp",
           "compile(r, jacobian(r, p)): the residuals r = y - (p0 exp(-p1 x) + p2 sin(p3 x)) at "
           "CTGRAD_POINTS points (x, y vector parameters, p = var<\"p\", 4>) and their Jacobian; "
           "r's nodes are element-wise, so their number does not grow with the points, and the "
           "Jacobian is built a column per parameter, so neither does its",
           "CTGRAD_POINTS", full=(20, 100), ci=(2, 4), header="curve_fit.hpp",
           nodes=lambda points: 13,
           plot_note="The curve fit's function has the same nodes at every size, so its points "
                     "stand one above the other."),
    Family("hessian_vector", f"{TU_DIR}/hessian_vector.cpp",
           "compile(hessian(f, x)) of the extended Rosenbrock function, a sum of squared terms, "
           "of x = var<\"x\", CTGRAD_N>",
           "CTGRAD_N", full=(8,), ci=(2, 3), header="hessian_vector.hpp",
           nodes=lambda n: 9 * n - 9),
    Family("hessian_scalar", f"{TU_DIR}/hessian_scalar.cpp",
           "value, gradient (value_and_grad) and Hessian (eval of hessian) of the same function "
           "of CTGRAD_N scalar variables, as examples/newton.cpp does it",
           "CTGRAD_N", full=(8,), ci=(2, 4), header="hessian_scalar.hpp",
           nodes=lambda n: 8 * n - 9),
]
FLAGS = ["-std=c++20", "-O3", "-DNDEBUG", "-I", "include"]
OUT_OF_MEMORY = re.compile(r"out of memory|virtual memory exhausted|cannot allocate memory|"
                           r"bad_alloc", re.IGNORECASE)
CPU_LIMIT = re.compile(r"CPU time limit exceeded", re.IGNORECASE)
# The compiler's limit on nested template instantiations (900 for g++, 1024 for clang), which
# the record keeps at its default, as a user's build would.
DEPTH_LIMIT = re.compile(r"template instantiation depth exceeds|recursive template "
                         r"instantiation exceeded maximum depth", re.IGNORECASE)
# A compiler killed by a signal nobody here sent: on a shared machine, the kernel's OOM killer.
KILLED = re.compile(r"Killed signal terminated program|killed by signal", re.IGNORECASE)


@dataclass(frozen=True)
class Entry:
    """One TU at one size."""
    family: Family
    size: object  # None for a TU of one size

    @property
    def defines(self):
        return [f"-D{self.family.size_macro}={self.size}"] if self.size is not None else []

    @property
    def label(self):
        return " ".join([self.family.source if self.size is None else self.family.name,
                         *self.defines])


@dataclass
class Outcome:
    """What compiling one entry with one compiler came to."""
    runs: list  # (CPU seconds, peak RSS KiB) of each finished run
    over: str = ""  # "time", "memory" or "killed" when a run was stopped
    seconds_before_stop: float = 0.0  # CPU seconds the stopped run had used: a lower bound
    skipped_after: object = None  # the smaller size that was over the limit, if skipped

    def seconds(self):
        return statistics.median(s for s, _ in self.runs) if self.runs else None

    def megabytes(self):
        return statistics.median(k for _, k in self.runs) * 1024 / 1e6 if self.runs else None


class OverLimit(Exception):
    def __init__(self, what, seconds):
        super().__init__(what)
        # "time", "memory", "depth" (of template instantiation) or "killed" (by the system,
        # not by a limit)
        self.what = what
        self.seconds = seconds  # CPU seconds used until then


def run_limited(command, cpu_seconds, memory_gb, stdout=subprocess.DEVNULL):
    """Runs command with each of its processes limited to cpu_seconds of CPU time and memory_gb
    GiB of address space (ulimit -t and -v); returns (CPU seconds, peak RSS KiB, stdout bytes)
    of it and its children. Raises OverLimit when a limit stops it, RuntimeError when it fails
    otherwise."""
    limit = math.ceil(cpu_seconds)
    # A soft CPU limit, so the compiler gets SIGXCPU (which names the cause), and a hard one a
    # little later, in case it ignores that.
    limited = ["/bin/sh", "-c",
               'ulimit -St "$1" && ulimit -Ht "$(($1 + 5))" && ulimit -v "$2" && shift 2 && '
               'exec "$@"',
               "sh", str(limit), str(int(memory_gb * 2**20)), *command]
    try:
        child = subprocess.Popen(limited, cwd=ROOT, stdout=stdout, stderr=subprocess.PIPE,
                                 start_new_session=True)
    except OSError as error:
        raise RuntimeError(f"cannot run {command[0]}: {error}") from error
    # The CPU limit stops the compiler proper; this stops anything that hangs without using
    # CPU, by the wall clock.
    hung = threading.Event()

    def stop():
        hung.set()
        try:
            os.killpg(child.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass

    timer = threading.Timer(2 * limit + 60, stop)
    timer.start()
    try:
        output = child.stdout.read() if child.stdout else b""
        diagnostics = child.stderr.read().decode(errors="replace")
        _, status, usage = os.wait4(child.pid, 0)
    finally:
        timer.cancel()
    seconds = usage.ru_utime + usage.ru_stime
    code = os.waitstatus_to_exitcode(status)
    if hung.is_set():
        raise OverLimit("time", seconds)
    if code != 0:
        # clang's front end runs in the driver's process, so SIGXCPU ends the driver itself.
        if seconds >= limit - 1 or code == -signal.SIGXCPU or CPU_LIMIT.search(diagnostics):
            raise OverLimit("time", seconds)
        if OUT_OF_MEMORY.search(diagnostics):
            raise OverLimit("memory", seconds)
        if DEPTH_LIMIT.search(diagnostics):
            raise OverLimit("depth", seconds)
        if code < 0 or KILLED.search(diagnostics):
            raise OverLimit("killed", seconds)
        sys.stderr.write(diagnostics[:4000] + ("...\n" if len(diagnostics) > 4000 else ""))
        raise RuntimeError(f"failed ({code}): {' '.join(command)}")
    return seconds, usage.ru_maxrss, output


def compile_once(compiler, flags, entry, timeout, memory_gb):
    """Compiles entry once; returns (CPU seconds, peak RSS in KiB) of the compiler and its
    children."""
    command = [compiler, *flags, *entry.defines, "-c", entry.family.source, "-o", os.devnull]
    seconds, kib, _ = run_limited(command, timeout, memory_gb)
    return seconds, kib


def count_nodes(compiler, flags, entry, timeout, memory_gb):
    """Builds and runs node_count.cpp for entry; returns the count, or None over the limits."""
    with tempfile.TemporaryDirectory() as directory:
        probe = os.path.join(directory, "node_count")
        header = f'-DCTGRAD_FUNCTION_HEADER="{entry.family.header}"'
        command = [compiler, *[f for f in flags if f not in ("-O3", "-DNDEBUG")], header,
                   *entry.defines, f"{TU_DIR}/node_count.cpp", "-o", probe]
        try:
            run_limited(command, timeout, memory_gb)
        except OverLimit:
            return None
        _, _, output = run_limited([probe], timeout, memory_gb, stdout=subprocess.PIPE)
        return int(output.decode().strip())


def first_line(command):
    try:
        out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
        return out.splitlines()[0].strip() if out else "unknown"
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def read_field(path, key):
    try:
        for line in Path(path).read_text().splitlines():
            name, _, value = line.partition(":" if path.startswith("/proc") else "=")
            if name.strip() == key:
                return value.strip().strip('"')
    except OSError:
        pass
    return None


def machine():
    cpu = read_field("/proc/cpuinfo", "model name") or platform.processor() or platform.machine()
    memory = read_field("/proc/meminfo", "MemTotal")
    memory = f", {int(memory.split()[0]) / 2**20:.0f} GiB memory" if memory else ""
    system = read_field("/etc/os-release", "PRETTY_NAME") or platform.system()
    return (f"{cpu}, {os.cpu_count()} logical CPUs{memory}; {system}, "
            f"{platform.system()} {platform.release()}")


def commit():
    head = first_line(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"])
    if head == "unknown":
        return head
    dirty = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain", "-uno"],
                           capture_output=True, text=True).stdout.strip()
    return head + (" with uncommitted changes" if dirty else "")


def limit_text(outcome, args):
    if outcome.skipped_after is not None:
        return f"not run: {outcome.skipped_after} was over the limit"
    if outcome.over == "time":
        return f"> {args.timeout:g} (stopped)"
    if outcome.over == "killed":
        return f"killed after {outcome.seconds_before_stop:.0f} (machine out of memory?)"
    if outcome.over == "depth":
        return f"> {outcome.seconds_before_stop:.0f} (template depth limit)"
    return f"> {outcome.seconds_before_stop:.0f} (out of {args.memory_limit:g} GiB)"


def growth(entries, outcomes, entry, compiler):
    """cost(size) / cost(previous size of the family), as text; "" for a family's first."""
    same = [e for e in entries if e.family is entry.family]
    index = same.index(entry)
    if index == 0:
        return ""
    before, now = outcomes[(same[index - 1], compiler)], outcomes[(entry, compiler)]
    if before.seconds() is None or now.skipped_after is not None:
        return ""
    if now.seconds() is None:
        return f"> {now.seconds_before_stop / before.seconds():.1f} (from {same[index - 1].size})"
    return f"{now.seconds() / before.seconds():.1f} (from {same[index - 1].size})"


def report(entries, outcomes, nodes, compilers, flags, args, started, measured, load, svg_name):
    lines = [
        "# Compile costs",
        "",
        "<!-- Generated by benchmarks/tools/compile_costs.py; edit the script, not this file. -->",
        "",
        "What a few fixed translation units cost to compile, so that a change that makes the",
        "compiler slower or hungrier shows, and how that cost grows with the size of the",
        "function differentiated. A record, not a pass/fail check: compare it with the same",
        "machine and compilers. Regenerate with `python3 benchmarks/tools/compile_costs.py`",
        "(`--family pendulum` or `--only REGEX` for a part; `--help` for the rest).",
        "",
        f"- Date: {started:%Y-%m-%d %H:%M} UTC, commit {measured}",
        f"- Machine: {machine()}; load average {load:.2f} at the start (shared with other work)",
        "- Compilers: " + "; ".join(f"`{c}`: {first_line([c, '--version'])}" for c in compilers),
        f"- Flags: `{' '.join(flags)} [-D<size>] -c <TU> -o /dev/null`, from the repository root",
        f"- Method: each TU compiled {args.runs} time{'s' if args.runs > 1 else ''} with each "
        f"compiler, {args.jobs} compile{'s' if args.jobs > 1 else ''} at a time. Seconds: the "
        "median user + system CPU time of the compiler process and its children (driver, "
        "compiler proper, assembler); peak RSS: the median of the largest resident set among "
        "them (both from wait4, as `/usr/bin/time -v` reports them); 1 MB = 10^6 bytes. A "
        f"compile is stopped after {args.timeout:g} CPU seconds or when it needs more than "
        f"{args.memory_limit:g} GiB of address space or at the compiler's default limit on "
        "nested template instantiations (`> seconds` says how long it ran), and "
        "the family's larger sizes are then not run with that compiler.",
        "- Nodes: the distinct inner nodes of the differentiated function (leaves not counted), "
        "as `program::size` of `compile(f)` counts them"
        + (", counted by `benchmarks/tools/compile_costs/node_count.cpp`" if args.count_nodes
           else ", from the formulas in the script (`--count-nodes` counts them with "
                "`benchmarks/tools/compile_costs/node_count.cpp`)")
        + ". Growth: the seconds divided by those of the family's previous size, with the "
        "same compiler.",
        "",
        "| TU | size | nodes | compiler | seconds (user+sys CPU) | peak RSS MB | growth |",
        "|---|---|---:|---|---:|---:|---:|",
    ]
    for entry in entries:
        for compiler in compilers:
            outcome = outcomes[(entry, compiler)]
            source = f"`{entry.family.source}`"
            size = f"`{entry.defines[0][2:]}`" if entry.defines else ""
            count = nodes.get(entry)
            count = "" if count is None else str(count)
            if outcome.runs:
                seconds = f"{outcome.seconds():.2f}"
                megabytes = f"{outcome.megabytes():.0f}"
            else:
                seconds, megabytes = limit_text(outcome, args), ""
            lines.append(f"| {source} | {size} | {count} | {compiler} | {seconds} | {megabytes} "
                         f"| {growth(entries, outcomes, entry, compiler)} |")
    shown = list(dict.fromkeys(e.family for e in entries))
    if svg_name:
        lines += ["", f"![Compile CPU seconds against nodes, log-log]({svg_name})", "",
                  " ".join(["Compile CPU seconds against the nodes of the differentiated "
                            "function, one line per family and compiler (a marker shape per "
                            "compiler), both axes logarithmic; a hollow marker is a compile "
                            "stopped at a limit, so its cost is at least that.",
                            *(f.plot_note for f in shown if f.plot_note)])]
    lines += ["", "The translation units:", ""]
    lines += [f"- `{f.source}`: {f.what}." for f in shown]
    wrapped = []
    for line in lines:
        if line.startswith("- ") or (line and not line.startswith(("|", "#", "<", "!"))):
            # prose wraps at 95 columns; table rows, headings and images stay whole
            indent = "  " if line.startswith("- ") else ""
            wrapped += textwrap.wrap(line, 95, subsequent_indent=indent, break_long_words=False,
                                     break_on_hyphens=False)
        else:
            wrapped.append(line)
    return "\n".join(wrapped) + "\n"


# --- the plot -----------------------------------------------------------------------------

COLOURS = ["#1b6ca8", "#d1495b", "#2e933c", "#e39e21", "#7b4ea3", "#4a4a4a", "#00a6a6"]
DASHES = ["", "7,4", "2,3", "9,3,2,3"]


def marker(shape, x, y, colour, fill):
    """A point of the plot: a circle for the first compiler, a square for the second, ..."""
    if shape % 3 == 0:
        return (f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4" fill="{fill}" stroke="{colour}" '
                f'stroke-width="2"/>')
    if shape % 3 == 1:
        return (f'<rect x="{x - 4:.1f}" y="{y - 4:.1f}" width="8" height="8" fill="{fill}" '
                f'stroke="{colour}" stroke-width="2"/>')
    return (f'<polygon points="{x:.1f},{y - 5:.1f} {x + 5:.1f},{y:.1f} {x:.1f},{y + 5:.1f} '
            f'{x - 5:.1f},{y:.1f}" fill="{fill}" stroke="{colour}" stroke-width="2"/>')


def log_ticks(low, high):
    """1, 2, 5 times powers of ten covering [low, high]."""
    ticks = []
    for exponent in range(math.floor(math.log10(low)), math.ceil(math.log10(high)) + 1):
        for mantissa in (1, 2, 5):
            value = mantissa * 10.0 ** exponent
            if low <= value <= high:
                ticks.append(value)
    return ticks


def tick_label(value):
    return f"{value:g}" if value >= 1 else f"{value:.2g}"


def decades(values):
    """The powers of ten around values, at least one decade apart: an axis's range."""
    low = 10 ** math.floor(math.log10(min(values)))
    high = 10 ** math.ceil(math.log10(max(values)))
    return low, max(high, low * 10)


def gridline(value, line, label_at, anchor):
    """A grid line at the tick value (darker at a power of ten) and its label."""
    x1, y1, x2, y2 = line
    colour = "#bbb" if math.log10(value).is_integer() else "#e4e4e4"
    return [f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="{colour}"/>',
            f'<text x="{label_at[0]:.1f}" y="{label_at[1]:.1f}" '
            f'text-anchor="{anchor}">{tick_label(value)}</text>']


def plot(entries, outcomes, nodes, compilers, args):
    """The SVG: compile seconds against nodes, log-log, a line per family and compiler."""
    series = []  # (family, compiler, [(nodes, seconds, stopped)])
    for family in dict.fromkeys(e.family for e in entries):
        for compiler in compilers:
            points = []
            for entry in (e for e in entries if e.family is family):
                outcome = outcomes[(entry, compiler)]
                if nodes.get(entry) is None or outcome.skipped_after is not None:
                    continue
                if outcome.runs:
                    points.append((nodes[entry], outcome.seconds(), False))
                else:
                    points.append((nodes[entry], outcome.seconds_before_stop, True))
            if points:
                series.append((family, compiler, points))
    if not series:
        return None

    # The legend's column is as wide as its longest label (about 7 px a character).
    longest = max(len(f"{family.name}, {compiler}") for family, compiler, _ in series)
    right = max(200, 60 + 7 * longest)
    width, height = 560 + right, 480
    left, top, bottom = 70, 40, 60
    xs = [n for _, _, points in series for n, _, _ in points]
    ys = [s for _, _, points in series for _, s, _ in points]
    x_low, x_high = decades(xs)
    y_low, y_high = decades(ys)

    def fraction(value, low, high):
        return (math.log10(value) - math.log10(low)) / (math.log10(high) - math.log10(low))

    def x_of(value):
        return left + fraction(value, x_low, x_high) * (width - left - right)

    def y_of(value):
        return height - bottom - fraction(value, y_low, y_high) * (height - top - bottom)

    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
           f'viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="12">',
           f'<rect width="{width}" height="{height}" fill="white"/>',
           f'<text x="{left}" y="22" font-size="14">Compile CPU seconds against nodes of the '
           f'differentiated function</text>']
    for value in log_ticks(x_low, x_high):
        x = x_of(value)
        out += gridline(value, (x, top, x, height - bottom), (x, height - bottom + 16), "middle")
    for value in log_ticks(y_low, y_high):
        y = y_of(value)
        out += gridline(value, (left, y, width - right, y), (left - 6, y + 4), "end")
    out += [f'<rect x="{left}" y="{top}" width="{width - left - right}" '
            f'height="{height - top - bottom}" fill="none" stroke="#333"/>',
            f'<text x="{(left + width - right) / 2:.1f}" y="{height - 18}" '
            f'text-anchor="middle">distinct nodes of the differentiated function</text>',
            f'<text transform="translate(18 {(top + height - bottom) / 2:.1f}) rotate(-90)" '
            f'text-anchor="middle">compile CPU seconds (user + sys)</text>']

    families = list(dict.fromkeys(f for f, _, _ in series))
    legend_y = top + 8
    for family, compiler, points in series:
        colour = COLOURS[families.index(family) % len(COLOURS)]
        dash = DASHES[compilers.index(compiler) % len(DASHES)]
        dash_attribute = f' stroke-dasharray="{dash}"' if dash else ""
        path = " ".join(f"{x_of(n):.1f},{y_of(s):.1f}" for n, s, _ in points)
        out.append(f'<polyline points="{path}" fill="none" stroke="{colour}" '
                   f'stroke-width="2"{dash_attribute}/>')
        shape = compilers.index(compiler)
        for n, s, stopped in points:
            out.append(marker(shape, x_of(n), y_of(s), colour, "white" if stopped else colour))
        x = width - right + 14
        out.append(f'<line x1="{x}" y1="{legend_y}" x2="{x + 26}" y2="{legend_y}" '
                   f'stroke="{colour}" stroke-width="2"{dash_attribute}/>')
        out.append(marker(shape, x + 13, legend_y, colour, colour))
        out.append(f'<text x="{x + 32}" y="{legend_y + 4}">{family.name}, {compiler}</text>')
        legend_y += 18
    if any(stopped for _, _, points in series for _, _, stopped in points):
        x = width - right + 14
        legend_y += 6
        out.append(marker(0, x + 13, legend_y, "#333", "white"))
        out.append(f'<text x="{x + 32}" y="{legend_y + 4}">stopped at a limit</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"


# --- running ------------------------------------------------------------------------------

def select(args):
    entries = []
    for family in FAMILIES:
        if args.family and family.name not in args.family:
            continue
        sizes = family.ci if args.set == "ci" else family.full
        for size in sizes:
            entry = Entry(family, size)
            if args.only and not re.search(args.only, entry.label):
                continue
            entries.append(entry)
    return entries


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "compile_costs.md"),
                        help="the Markdown file to write (default: docs/compile_costs.md); the "
                             "plot goes beside it, with .svg for .md")
    parser.add_argument("--set", choices=["full", "ci"], default="full",
                        help="full: every size (default); ci: the small sizes only")
    parser.add_argument("--family", action="append", metavar="NAME",
                        choices=[f.name for f in FAMILIES],
                        help="measure this family only (repeatable): "
                             + ", ".join(f.name for f in FAMILIES))
    parser.add_argument("--only", metavar="REGEX",
                        help="measure the entries whose label matches, e.g. 'pendulum.*=64' "
                             "(labels: 'pendulum -DCTGRAD_STEPS=64', 'examples/chain_rule.cpp')")
    parser.add_argument("--timeout", type=float, default=300, metavar="SECONDS",
                        help="CPU seconds after which a compile is stopped and recorded as over "
                             "the limit (default: 300)")
    parser.add_argument("--memory-limit", type=float, default=8, metavar="GB",
                        help="address space a compiler process may map, in GiB (default: 8)")
    parser.add_argument("--count-nodes", action="store_true",
                        help="count the nodes with node_count.cpp instead of the formulas")
    parser.add_argument("--runs", type=int, default=3, help="compiles per TU and compiler (median)")
    parser.add_argument("--jobs", type=int, default=min(2, len(os.sched_getaffinity(0))),
                        help="compiles at a time (default: 2, or 1 on a single CPU)")
    parser.add_argument("--compilers", nargs="+", default=["g++", "clang++"])
    parser.add_argument("--boost-include", metavar="DIR",
                        help="Boost's include directory, when the compilers do not find it")
    args = parser.parse_args()
    if args.runs < 1 or args.jobs < 1 or args.timeout <= 0 or args.memory_limit <= 0:
        parser.error("--runs and --jobs must be at least 1, --timeout and --memory-limit positive")
    entries = select(args)
    if not entries:
        parser.error("no TU matches --family and --only")
    flags = FLAGS + (["-I", args.boost_include] if args.boost_include else [])

    started = datetime.datetime.now(datetime.timezone.utc)
    measured = commit()  # before this script writes its own outputs into the tree
    load = os.getloadavg()[0]
    clock = time.monotonic()
    lock = threading.Lock()
    outcomes = {(e, c): Outcome([]) for e in entries for c in args.compilers}
    nodes = {e: e.family.nodes(e.size) for e in entries if e.family.nodes is not None}

    def log(message):
        with lock:
            print(message, file=sys.stderr, flush=True)

    def count(entry):
        counted = count_nodes(args.compilers[0], flags, entry, args.timeout, args.memory_limit)
        formula = nodes.get(entry)
        if counted is None:
            log(f"   nodes {entry.label}: the probe was over the limit; the formula says {formula}")
        elif counted != formula:
            log(f"   nodes {entry.label}: counted {counted}, the formula says {formula}")
            nodes[entry] = counted
        else:
            log(f"   nodes {entry.label}: {counted}")

    def chain(family, compiler):
        """Compiles the family's selected sizes with compiler, smallest first, until one is
        over the limit."""
        over = None
        for entry in (e for e in entries if e.family is family):
            outcome = outcomes[(entry, compiler)]
            if over is not None:
                outcome.skipped_after = over.size
                continue
            for _ in range(args.runs):
                try:
                    seconds, kib = compile_once(compiler, flags, entry, args.timeout,
                                                args.memory_limit)
                except OverLimit as error:
                    outcome.over, outcome.seconds_before_stop = error.what, error.seconds
                    log(f"{compiler:>8} {entry.label}: stopped ({error.what}) after "
                        f"{error.seconds:.0f} s CPU")
                    over = entry
                    break
                outcome.runs.append((seconds, kib))
                log(f"{compiler:>8} {entry.label}: {seconds:6.2f} s CPU, "
                    f"{kib * 1024 / 1e6:4.0f} MB")

    # Heaviest families first, so the jobs stay busy to the end.
    work = [(f, c) for f in reversed(list(dict.fromkeys(e.family for e in entries)))
            for c in args.compilers]
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        futures = []
        if args.count_nodes:
            futures += [pool.submit(count, e) for e in entries if e.family.header]
        futures += [pool.submit(chain, f, c) for f, c in work]
        try:
            for future in concurrent.futures.as_completed(futures):
                future.result()
        except RuntimeError as error:
            pool.shutdown(wait=True, cancel_futures=True)
            print(f"error: {error}", file=sys.stderr)
            return 1
        except BaseException:
            pool.shutdown(wait=True, cancel_futures=True)
            raise

    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    svg = plot(entries, outcomes, nodes, args.compilers, args)
    svg_path = out.with_suffix(".svg")
    if svg:
        svg_path.write_text(svg, encoding="utf-8")
    text = report(entries, outcomes, nodes, args.compilers, flags, args, started, measured, load,
                  svg_path.name if svg else None)
    out.write_text(text, encoding="utf-8")
    print(text, end="")
    compiles = sum(len(o.runs) for o in outcomes.values())
    print(f"wrote {out}{f' and {svg_path}' if svg else ''} ({compiles} compiles finished, "
          f"{time.monotonic() - clock:.0f} s wall)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Turn the benchmark runs into docs/performance.md and docs/performance.svg.

Reads, from each build directory given (by default build/bench and build/bench-clang, the
directories of `cmake --workflow --preset bench` and `--preset bench-clang`):
  benchmarks/results.json     Google Benchmark's JSON (--benchmark_repetitions, aggregates)
  benchmarks/compile_costs/   one JSON per translation unit (tools/measure_compile.py)
and writes a table of median CPU time per evaluation and its ratio to the hand-written code, per
task, system and compiler; the machine, flags and versions; the compile cost of every
translation unit; and a bar chart of the ratios. A build directory without results is left out
and named in the report. Python 3 standard library only.

    python3 benchmarks/report.py [BUILD_DIR ...] [--out DOCS_DIR]
"""
import argparse
import datetime
import json
import math
import os
import subprocess
import sys
from html import escape

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REFERENCE = "handwritten"

TASKS = {
    "T1": "y = square(exp(square(x))): value and dy/dx",
    "T2": "two-layer linear net, X 4x2, W0 2x3, W1 3x1, squared error: value and 9 partials",
    "T3": "sigmoid MLP, batch 8, 4-8-2, squared error: value and 58 partials",
    "T4": "sum_i exp(x_i) sin(x_{i+1}) + log(1 + x_i^2), x in R^8: value and gradient",
    "T5": "tanh classifier, batch 16, 4-16-3, softmax cross-entropy: value and 131 partials",
    "T6": "Rosenbrock in R^4: value, gradient and the 4x4 Hessian",
    "T7_8": "chain of 8 sigmoid layers of width 3: value and 96 partials",
    "T7_16": "chain of 16 sigmoid layers of width 3: value and 192 partials",
}
SYSTEMS = {
    "handwritten": "hand-written",
    "ctgrad_fused": "ctgrad fused",
    "ctgrad_unfused": "ctgrad unfused",
    "eigen_autodiff": "Eigen AutoDiffScalar",
    "boost_fvar": "Boost.Math fvar",
    "ceres_jet": "Ceres Jet",
    "sacado_sfad": "Sacado SFad",
    "sacado_cachefad": "Sacado CacheFad",
    "sacado_rad": "Sacado Rad",
    "adolc": "ADOL-C",
}
TASK_DIRS = {"t1_chain": "T1", "t2_two_layer_linear": "T2", "t3_sigmoid_mlp": "T3", "t4_sum": "T4",
             "t5_classifier": "T5", "t6_rosenbrock": "T6", "t7_chain8": "T7_8",
             "t7_chain16": "T7_16"}


def load_run(build_dir):
    """The results and compile costs of one build directory, or None without results."""
    for candidate in ("benchmarks/results.json", "results.json"):
        path = os.path.join(build_dir, candidate)
        if os.path.exists(path):
            break
    else:
        return None
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    context = data["context"]
    medians = {}
    for b in data["benchmarks"]:
        if b.get("run_type") != "aggregate" or b.get("aggregate_name") != "median":
            continue
        task, system = b["run_name"].split("/", 1)
        scale = {"ns": 1.0, "us": 1e3, "ms": 1e6, "s": 1e9}[b.get("time_unit", "ns")]
        medians[(task, system)] = {
            "cpu_ns": b["cpu_time"] * scale,
            "real_ns": b["real_time"] * scale,
            "allocs": b.get("allocs_per_eval"),
            "repetitions": b.get("repetitions"),
        }
    costs = {}
    cost_dir = os.path.join(os.path.dirname(path), "compile_costs")
    if os.path.isdir(cost_dir):
        for name in sorted(os.listdir(cost_dir)):
            with open(os.path.join(cost_dir, name), encoding="utf-8") as f:
                c = json.load(f)
            rel = os.path.relpath(c["source"], os.path.join(REPO, "benchmarks"))
            costs[rel] = c
    compiler = context.get("compiler", os.path.basename(os.path.normpath(build_dir)))
    return {"dir": build_dir, "path": path, "context": context, "medians": medians,
            "costs": costs, "compiler": compiler,
            "label": "clang++" if compiler.lower().startswith("clang") else "g++"}


def machine():
    """The CPU model (lscpu), core count and memory of this machine."""
    model = None
    try:
        out = subprocess.run(["lscpu"], capture_output=True, text=True, check=True).stdout
        for line in out.splitlines():
            if line.startswith("Model name:"):
                model = line.split(":", 1)[1].strip()
    except (OSError, subprocess.CalledProcessError):
        pass
    memory = None
    try:
        with open("/proc/meminfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("MemTotal:"):
                    memory = int(line.split()[1]) / 1024 / 1024
    except OSError:
        pass
    return model or "unknown CPU", os.cpu_count(), memory


def fmt_ns(ns):
    if ns is None:
        return "–"
    if ns >= 1e6:
        return f"{ns / 1e6:.2f} ms"
    if ns >= 1e4:
        return f"{ns / 1e3:.1f} µs"
    if ns >= 100:
        return f"{ns:.0f} ns"
    return f"{ns:.2f} ns"


def fmt_ratio(r):
    if r is None:
        return "–"
    if r >= 100:
        return f"{r:,.0f}x"
    if r >= 10:
        return f"{r:.1f}x"
    return f"{r:.2f}x"


def ratios(run):
    """(task, system) -> median CPU time / the hand-written median of the same run."""
    out = {}
    for (task, system), m in run["medians"].items():
        ref = run["medians"].get((task, REFERENCE))
        if ref:
            out[(task, system)] = m["cpu_ns"] / ref["cpu_ns"]
    return out


def ordered(keys, order):
    rank = {k: i for i, k in enumerate(order)}
    return sorted(keys, key=lambda k: (rank.get(k, len(rank)), k))


def markdown(runs, missing, model, cores, memory):
    tasks = ordered({t for r in runs for (t, _) in r["medians"]}, list(TASKS))
    systems = ordered({s for r in runs for (_, s) in r["medians"]}, list(SYSTEMS))
    rs = [ratios(r) for r in runs]
    lines = []
    add = lines.append
    add("# Performance")
    add("")
    add("<!-- Generated by benchmarks/report.py from the runs of `cmake --workflow --preset bench`")
    add("     and `cmake --workflow --preset bench-clang`; edit the script, not this file. -->")
    add("")
    add("How long one evaluation takes in ctgrad, in hand-written code and in the automatic")
    add("differentiation libraries a C++ user would pick instead, and what each costs to compile.")
    add("[benchmarks/README.md](../benchmarks/README.md) says what every implementation does and how")
    add("to reproduce this page.")
    add("")
    add("## What is measured")
    add("")
    add("- One evaluation = the value and the full gradient (T6: the value, the gradient and the")
    add("  full 4x4 Hessian), in `double`, through one plain function in a translation unit of its")
    add("  own; inputs change every iteration and the whole result is kept alive.")
    add("- Every implementation is checked against the hand-written one (to 1e-12 relative) before")
    add("  anything is timed, and the hand-written one against central differences.")
    add("- Time: the median over the repetitions of the mean CPU time per evaluation (CPU time, not")
    add("  wall time, so that other work on the machine disturbs it less; the repetitions of all")
    add("  benchmarks run interleaved in random order). Ratio: that median over the hand-written")
    add("  median of the same compiler; below 1 is faster than hand-written.")
    add("- Heap allocations per evaluation are counted by replacing `malloc` (so also a peer's C")
    add("  allocations); ctgrad's must be 0.")
    add("")
    add("## Machine and build")
    add("")
    mem = f", {memory:.0f} GiB memory" if memory else ""
    add(f"Machine: {model} (lscpu), {cores} cores{mem}.")
    add("")
    header = "| | " + " | ".join(r["label"] for r in runs) + " |"
    add(header)
    add("|---" * (len(runs) + 1) + "|")

    def row(name, values):
        add(f"| {name} | " + " | ".join(values) + " |")

    row("compiler", [r["compiler"] for r in runs])
    row("flags", [f"`{r['context'].get('flags', '?')}`" for r in runs])
    row("libraries", [r["context"].get("libraries", "?") for r in runs])
    row("run on", [r["context"].get("date", "?") for r in runs])
    row("load average at start",
        [", ".join(f"{x:.2f}" for x in r["context"].get("load_avg", [])) or "?" for r in runs])
    row("repetitions", [str(next(iter(r["medians"].values()))["repetitions"]) for r in runs])
    add("")
    add("Google Benchmark's own library reports itself as a debug build on Debian (it is built")
    add("without a CMake build type); that affects its timing loop, identically for every system.")
    if missing:
        add("")
        add("Not included (no results.json there yet): " + ", ".join(f"`{m}`" for m in missing)
            + ". Run both workflows to fill in both compilers.")
    add("")
    add("## Results")
    add("")
    add("![Ratio to hand-written code per task, system and compiler](performance.svg)")
    add("")
    for task in tasks:
        add(f"### {task}: {TASKS.get(task, '')}")
        add("")
        cols = []
        for r in runs:
            cols += [f"{r['label']} time", f"{r['label']} ratio"]
        add("| system | " + " | ".join(cols) + " | heap allocations |")
        add("|---" + "|---:" * len(cols) + "|---:|")
        for system in systems:
            cells = []
            allocs = set()
            for r, ratio in zip(runs, rs):
                m = r["medians"].get((task, system))
                cells += [fmt_ns(m["cpu_ns"]) if m else "–",
                          fmt_ratio(ratio.get((task, system)))]
                if m and m["allocs"] is not None:
                    allocs.add(f"{m['allocs']:g}")
            name = SYSTEMS.get(system, system)
            if system.startswith("ctgrad_fused"):
                name = f"**{name}**"
            add(f"| {name} | " + " | ".join(cells) + f" | {' / '.join(sorted(allocs)) or '–'} |")
        add("")
    add("A dash: that system has no implementation of that task, or that compiler's run has no")
    add("result for it (see benchmarks/README.md).")
    add("")
    add("## Compile cost")
    add("")
    add("Per translation unit: CPU seconds (user + system, compiler and its children) and peak")
    add("resident memory of the compiler, as `/usr/bin/time -v` reports them (recorded by the")
    add("compiler launcher benchmarks/tools/measure_compile.py during the benchmark build, two")
    add("compile jobs in parallel). CPU seconds rise when other work shares the machine (cache")
    add("and memory bandwidth), so compare translation units within a column; peak memory is")
    add("stable. ctgrad's rows include `<ctgrad/ctgrad.hpp>` and Boost.Hana; a peer's rows include")
    add("that peer's headers (Sacado's bring Kokkos, Teuchos and MPI).")
    add("")
    sources = ordered({s for r in runs for s in r["costs"]}, [])
    if not sources:
        add("No compile costs recorded (configure with -DCTGRAD_BENCH_MEASURE_COMPILE=ON).")
    else:
        cols = []
        for r in runs:
            cols += [f"{r['label']} s", f"{r['label']} MiB"]
        add("| translation unit | " + " | ".join(cols) + " |")
        add("|---" + "|---:" * len(cols) + "|")

        def sort_key(source):
            folder = source.split("/")[0]
            system = os.path.splitext(os.path.basename(source))[0]
            tasks, order = list(TASKS), list(SYSTEMS)
            task = TASK_DIRS.get(folder)
            return (tasks.index(task) if task in tasks else len(tasks), folder,
                    order.index(system) if system in order else len(order), source)

        for source in sorted(sources, key=sort_key):
            cells = []
            for r in runs:
                c = r["costs"].get(source)
                cells += [f"{c['cpu_seconds']:.2f}" if c else "–",
                          f"{c['peak_memory_kib'] / 1024:.0f}" if c else "–"]
            add(f"| `{source}` | " + " | ".join(cells) + " |")
    add("")
    return "\n".join(lines)


def svg(runs):
    """A horizontal bar chart of the ratios on a logarithmic axis, one group per task."""
    tasks = ordered({t for r in runs for (t, _) in r["medians"]}, list(TASKS))
    systems = ordered({s for r in runs for (_, s) in r["medians"]}, list(SYSTEMS))
    rs = [ratios(r) for r in runs]
    colors = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728"]
    values = [v for ratio in rs for v in ratio.values() if v > 0]
    if not values:
        return '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="40"><text x="10" y="25">no results</text></svg>\n'
    lo = 10 ** math.floor(math.log10(min(min(values), 0.5)))
    hi = 10 ** math.ceil(math.log10(max(max(values), 2.0)))
    left, right, top = 190, 30, 50
    plot_w = 560
    bar_h, gap_bar, gap_sys, gap_task = 7, 1, 5, 26
    width = left + plot_w + right

    def x_of(v):
        return left + plot_w * (math.log10(v) - math.log10(lo)) / (math.log10(hi) - math.log10(lo))

    parts = []
    y = top
    for task in tasks:
        parts.append(f'<text x="10" y="{y + 12}" class="task">{escape(task)}: '
                     f'{escape(TASKS.get(task, ""))}</text>')
        y += 20
        for system in systems:
            group_h = len(runs) * (bar_h + gap_bar)
            label = SYSTEMS.get(system, system)
            weight = ' font-weight="bold"' if system == "ctgrad_fused" else ""
            parts.append(f'<text x="{left - 8}" y="{y + group_h / 2 + 4:.1f}" text-anchor="end"'
                         f'{weight}>{escape(label)}</text>')
            for k, ratio in enumerate(rs):
                v = ratio.get((task, system))
                if v is None:  # no implementation, or no result in this run
                    none = not any((task, system) in other for other in rs)
                    text = "– (no implementation)" if none and k == 0 else "" if none else "–"
                    parts.append(f'<text x="{x_of(lo) + 3:.1f}" y="{y + bar_h - 0.5:.1f}" '
                                 f'class="value">{text}</text>')
                    y += bar_h + gap_bar
                    continue
                x1 = x_of(max(v, lo))
                x0 = x_of(lo)
                parts.append(f'<rect x="{x0:.1f}" y="{y:.1f}" width="{x1 - x0:.1f}" '
                             f'height="{bar_h}" fill="{colors[k % len(colors)]}">'
                             f'<title>{escape(task)} {escape(label)}, {escape(runs[k]["label"])}: '
                             f'{fmt_ratio(v)}</title></rect>')
                parts.append(f'<text x="{x1 + 3:.1f}" y="{y + bar_h - 0.5:.1f}" class="value">'
                             f'{fmt_ratio(v)}</text>')
                y += bar_h + gap_bar
            y += gap_sys
        y += gap_task - gap_sys
    bottom = y
    axis = []
    label_minor = math.log10(hi / lo) <= 3  # 2x and 5x labels only while they fit
    decade = lo
    while decade <= hi * 1.0001:
        for m in (1, 2, 5):
            v = decade * m
            if v < lo * 0.9999 or v > hi * 1.0001:
                continue
            xv = x_of(v)
            major = m == 1
            axis.append(f'<line x1="{xv:.1f}" y1="{top - 6}" x2="{xv:.1f}" y2="{bottom}" '
                        f'class="{"major" if major else "minor"}"/>')
            if major or label_minor:
                text = f"{v:,.0f}x" if v >= 1 else f"{v:g}x"
                axis.append(f'<text x="{xv:.1f}" y="{top - 10}" text-anchor="middle" '
                            f'class="tick">{text}</text>')
        decade *= 10
    x1 = x_of(1.0)
    axis.append(f'<line x1="{x1:.1f}" y1="{top - 6}" x2="{x1:.1f}" y2="{bottom}" class="one"/>')
    legend = []
    lx = left
    for k, r in enumerate(runs):
        legend.append(f'<rect x="{lx}" y="{bottom + 14}" width="12" height="10" '
                      f'fill="{colors[k % len(colors)]}"/>')
        legend.append(f'<text x="{lx + 16}" y="{bottom + 23}">{escape(r["label"])} '
                      f'({escape(r["compiler"])})</text>')
        lx += 170
    height = bottom + 40
    title = ("Time per evaluation relative to hand-written code (log scale; lower is faster; "
             "the line marks 1x)")
    return "\n".join([
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="11">',
        "<style>.task{font-weight:bold;font-size:12px}.tick{fill:#555;font-size:10px}"
        ".value{fill:#333;font-size:9px}.major{stroke:#bbb;stroke-width:1}"
        ".minor{stroke:#e4e4e4;stroke-width:1}.one{stroke:#000;stroke-width:1.5}</style>",
        f'<rect width="{width}" height="{height}" fill="white"/>',
        f'<text x="10" y="18" class="task">{escape(title)}</text>',
        *axis, *parts, *legend, "</svg>", ""])


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("builds", nargs="*",
                        default=[os.path.join(REPO, "build", "bench"),
                                 os.path.join(REPO, "build", "bench-clang")],
                        help="build directories of benchmark runs (default: build/bench and "
                             "build/bench-clang)")
    parser.add_argument("--out", default=os.path.join(REPO, "docs"),
                        help="where performance.md and performance.svg go (default: docs/)")
    args = parser.parse_args()
    runs, missing, seen = [], [], set()
    for b in args.builds:
        real = os.path.realpath(b)
        if real in seen:
            continue
        seen.add(real)
        run = load_run(b)
        if run is None:
            missing.append(os.path.relpath(real, REPO))
        else:
            runs.append(run)
    if not runs:
        print("report.py: no results.json in " + ", ".join(args.builds), file=sys.stderr)
        return 1
    runs.sort(key=lambda r: r["label"] != "g++")
    model, cores, memory = machine()
    os.makedirs(args.out, exist_ok=True)
    md_path = os.path.join(args.out, "performance.md")
    svg_path = os.path.join(args.out, "performance.svg")
    with open(md_path, "w", encoding="utf-8") as f:
        f.write(markdown(runs, missing, model, cores, memory))
    with open(svg_path, "w", encoding="utf-8") as f:
        f.write(svg(runs))
    print(f"report.py: wrote {md_path} and {svg_path} from "
          + ", ".join(os.path.relpath(r["path"], REPO) for r in runs)
          + f" ({datetime.datetime.now():%Y-%m-%d %H:%M})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

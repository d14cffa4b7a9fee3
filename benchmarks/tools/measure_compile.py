#!/usr/bin/env python3
"""Compiler launcher: runs a compile command and records what it cost.

CMake calls it as `measure_compile.py <record dir> <compiler> <arguments...>` (the
CXX_COMPILER_LAUNCHER of the benchmark targets). It writes one JSON file per object file with
the source, the CPU seconds (user + system, of the compiler and its children, as
`/usr/bin/time -v` reports them), the wall seconds and the peak resident memory, then exits with
the compiler's status.
"""
import json
import os
import subprocess
import sys
import time


def main() -> int:
    record_dir, command = sys.argv[1], sys.argv[2:]
    start = time.monotonic()
    child = subprocess.Popen(command)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.monotonic() - start
    code = os.waitstatus_to_exitcode(status)
    if code == 0 and "-o" in command and "-c" in command:
        obj = command[command.index("-o") + 1]
        source = command[command.index("-c") + 1]
        os.makedirs(record_dir, exist_ok=True)
        name = obj.replace("/", "_").replace("\\", "_") + ".json"
        with open(os.path.join(record_dir, name), "w", encoding="utf-8") as out:
            json.dump({"source": os.path.abspath(source), "object": obj,
                       "cpu_seconds": usage.ru_utime + usage.ru_stime,
                       "wall_seconds": wall,
                       "peak_memory_kib": usage.ru_maxrss}, out)
    return code


if __name__ == "__main__":
    sys.exit(main())

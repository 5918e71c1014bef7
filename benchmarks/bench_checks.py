"""Time the compliance checks at scale: ``ropa check``'s rules over 10,000 registers (budget 1 s),
the dashboard's numbers, and one register's findings as the editor runs them (budget 20 ms)."""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ropa.demo import build_demo  # noqa: E402
from ropa.io.interchange import read_document  # noqa: E402
from ropa.model.checks import check_register, run_checks  # noqa: E402
from ropa.model.checks.summary import dashboard  # noqa: E402
from ropa.model.transfers import ProcessorCatalogue  # noqa: E402

ON = date(2026, 11, 25)


def _median(work: Callable[[], Any], runs: int) -> tuple[str, Any]:
    """Median wall time and median CPU time of the process (less disturbed by other processes
    sharing the cores), as text, and the result."""
    walls, cpus, result = [], [], None
    for _ in range(runs):
        start, cpu = time.perf_counter(), time.process_time()
        result = work()
        walls.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu)
    return f"{statistics.median(walls):.2f} s (CPU {statistics.median(cpus):.2f} s)", result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--registers", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    workspace = read_document(build_demo(args.registers, seed=1), "demo")
    registers = sum(len(c.registers) for c in workspace.controllers)
    seconds, findings = _median(lambda: run_checks(workspace, ON), args.runs)
    print(f"run_checks over {registers} registers: {seconds} ({len(findings)} findings; budget 1 s)")
    seconds, _ = _median(lambda: dashboard(workspace, ON, findings=findings), args.runs)
    print(f"dashboard numbers from those findings: {seconds}")
    seconds, _ = _median(lambda: dashboard(workspace, ON), args.runs)
    print(f"dashboard with the checks: {seconds}")
    catalogue = ProcessorCatalogue(workspace.processors)
    pairs = [(c, g) for c in workspace.controllers for g in c.registers]
    biggest = max(pairs, key=lambda p: len(p[1].processors) + len(p[1].transfers) + len(p[1].data_categories))
    sample = pairs[:: max(1, len(pairs) // 300)]
    times = []
    for controller, register in sample:
        start = time.perf_counter()
        check_register(controller, register, catalogue, ON)
        times.append(time.perf_counter() - start)
    largest = []
    for _ in range(11):
        start = time.perf_counter()
        check_register(*biggest, catalogue, ON)
        largest.append(time.perf_counter() - start)
    print(
        f"one register's findings (the editor): median {statistics.median(times) * 1000:.2f} ms, "
        f"slowest {max(times) * 1000:.2f} ms of {len(sample)}; the largest register "
        f"{statistics.median(largest) * 1000:.2f} ms (budget 20 ms)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

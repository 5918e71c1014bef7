"""Time the compliance checks at scale: ``ropa check``'s rules over 10,000 registers, the whole
``ropa check`` command as a process (start, open, load, check, print; budget 1 s), the dashboard's
numbers, and one register's findings as the editor runs them (budget 20 ms)."""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
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
ROOT = Path(__file__).resolve().parent.parent


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


def _command(workspace: Path, runs: int, *extra: str) -> str:
    """``ropa --db W check`` as a process, ``runs`` times: the fastest and median wall time, and the
    median CPU time the process used (user + system, from the children's resource usage)."""
    command = [sys.executable, "-m", "ropa", "--db", str(workspace), "check", "--on", ON.isoformat(), *extra]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        done = subprocess.run(
            command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False
        )
        walls.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
        if done.returncode not in (0, 1):
            raise SystemExit(f"ropa check failed: {done.stderr.decode().strip()}")
    return (
        f"wall fastest {min(walls):.2f} s, median {statistics.median(walls):.2f} s; "
        f"CPU median {statistics.median(cpus):.2f} s"
    )


def _whole_command(registers: int, runs: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        workspace = Path(folder) / "bench.ropa"
        subprocess.run(
            [sys.executable, "-m", "ropa", "--db", str(workspace), "demo", "--registers", str(registers)],
            cwd=ROOT,  # python -m puts the working folder first on the path
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            stdout=subprocess.DEVNULL,
            check=True,
        )
        timed = _command(workspace, runs)
        print(f"the whole `ropa check` command over {registers} registers: {timed} (budget 1 s)")
        print(f"the same with --format json: {_command(workspace, runs, '--format', 'json')}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--registers", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--command-runs", type=int, default=5, help="runs of the whole command (0: skip)")
    args = parser.parse_args()
    workspace = read_document(build_demo(args.registers, seed=1), "demo")
    registers = sum(len(c.registers) for c in workspace.controllers)
    seconds, findings = _median(lambda: run_checks(workspace, ON), args.runs)
    print(f"run_checks over {registers} registers (the rules alone): {seconds} ({len(findings)} findings)")
    if args.command_runs:
        _whole_command(args.registers, args.command_runs)
    seconds, _ = _median(lambda: dashboard(workspace, ON, findings=findings), args.runs)
    print(f"dashboard numbers from those findings: {seconds}")
    seconds, _ = _median(lambda: dashboard(workspace, ON), args.runs)
    print(f"dashboard with the checks: {seconds}")
    processors = workspace.processors
    pairs = [(c, g) for c in workspace.controllers for g in c.registers]
    biggest = max(pairs, key=lambda p: len(p[1].processors) + len(p[1].transfers) + len(p[1].data_categories))
    sample = pairs[:: max(1, len(pairs) // 300)]
    times = []
    for controller, register in sample:  # a fresh catalogue each time, as the editor makes it
        start = time.perf_counter()
        check_register(controller, register, ProcessorCatalogue(processors), ON)
        times.append(time.perf_counter() - start)
    largest = []
    for _ in range(11):
        start = time.perf_counter()
        check_register(*biggest, ProcessorCatalogue(processors), ON)
        largest.append(time.perf_counter() - start)
    print(
        f"one register's findings (the editor): median {statistics.median(times) * 1000:.2f} ms, "
        f"slowest {max(times) * 1000:.2f} ms of {len(sample)}; the largest register "
        f"{statistics.median(largest) * 1000:.2f} ms (budget 20 ms)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

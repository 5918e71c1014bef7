"""Time the headless paths at scale: demo build, validation, import, snapshot, export, transfers, checks.

    .venv/bin/python benchmarks/bench_workspace.py [--registers 10000]

Figures are printed, not asserted: speed goals are tracked here, not in timed tests.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TypeVar

from ropa.app import Session
from ropa.demo import build_demo
from ropa.io.interchange import dumps, parse_json, read_document
from ropa.model.checks import check_register, run_checks
from ropa.model.transfers import ProcessorCatalogue, transfer_rows

T = TypeVar("T")


def timed(label: str, action: Callable[[], T]) -> T:
    start = time.perf_counter()
    result = action()
    print(f"{label:<44} {1000 * (time.perf_counter() - start):9.0f} ms")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--registers", type=int, default=10_000)
    args = parser.parse_args()
    n = args.registers
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.ropa"
        document = timed(f"build_demo({n})", lambda: build_demo(n, seed=1))
        records = timed("read_document (validate + records)", lambda: read_document(document))
        ws = timed("Session.open (create + migrate)", lambda: Session.open(path))
        timed("import_records (one transaction)", lambda: ws.import_records(records))
        timed("Session.open (existing, at head)", lambda: Session.open(path).close())
        loaded = timed("snapshot (whole workspace)", ws.snapshot)
        first = loaded.controllers[0].key
        timed("snapshot (one controller)", lambda: ws.snapshot(first))
        text = timed("dumps (interchange JSON text)", lambda: dumps(loaded))
        timed("parse_json", lambda: parse_json(text))
        catalogue = ProcessorCatalogue(loaded.processors)
        today = date(2026, 11, 24)
        found = timed(
            "derived_transfers (every register)",
            lambda: [
                catalogue.derived_transfers([link.processor for link in g.processors], today)
                for c in loaded.controllers
                for g in c.registers
            ],
        )
        print(f"{'derived transfers found':<44} {sum(map(len, found)):9d}")
        rows = timed("transfer_rows (declared + derived, all)", lambda: transfer_rows(loaded, today))
        print(f"{'transfer rows':<44} {len(rows):9d}")
        findings = timed("run_checks (every rule, every record)", lambda: run_checks(loaded, today))
        print(f"{'findings':<44} {len(findings):9d}")
        controller = loaded.controllers[0]
        register = max(controller.registers, key=lambda g: len(g.processors) + len(g.data_categories))
        timed(
            "check_register (one large register) x100",
            lambda: [check_register(controller, register, catalogue, today) for _ in range(100)],
        )
        print(f"{'workspace file size':<44} {path.stat().st_size / 1e6:9.1f} MB")
        print(f"{'interchange JSON size':<44} {len(text) / 1e6:9.1f} MB")
        ws.close()


if __name__ == "__main__":
    main()

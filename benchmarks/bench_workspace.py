"""Time the headless paths at scale: demo build, validation, import, snapshot, export, derived transfers.

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

from ropa.store.snapshot import load_workspace
from ropa.store.workspace import open_workspace

from ropa.demo import build_demo
from ropa.io.interchange import dumps, import_records, parse_json, read_document
from ropa.model.transfers import ProcessorCatalogue

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
        ws = timed("open_workspace (create + migrate)", lambda: open_workspace(path))
        timed("import_records (one transaction)", lambda: import_records(ws, records))
        timed("open_workspace (existing, at head)", lambda: open_workspace(path).close())

        def snapshot():  # noqa: ANN202
            with ws.connect() as conn:
                return load_workspace(conn)

        loaded = timed("load_workspace (whole snapshot)", snapshot)
        first = loaded.controllers[0].key

        def one_controller():  # noqa: ANN202
            with ws.connect() as conn:
                return load_workspace(conn, first)

        timed("load_workspace (one controller)", one_controller)
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
        print(f"{'workspace file size':<44} {path.stat().st_size / 1e6:9.1f} MB")
        print(f"{'interchange JSON size':<44} {len(text.encode()) / 1e6:9.1f} MB")
        ws.close()


if __name__ == "__main__":
    main()

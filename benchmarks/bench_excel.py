"""Time the Excel export and import at scale, side by side with bare openpyxl writing the same cells.

    .venv/bin/python benchmarks/bench_excel.py [--registers 10000] [--rounds 3]

The export (records to a finished .xlsx: layout, labels, summaries, transfers judged on a date,
styles, validations, print setup) is compared with openpyxl's own write-only mode appending the
very same cell values to plain sheets and saving. Both run ``--rounds`` times, alternating, and
the medians are compared. Figures are printed, not asserted.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from openpyxl import Workbook
from openpyxl.cell.cell import Cell

from ropa.demo import build_demo
from ropa.io.excel import export_workbook, read_workbook
from ropa.io.excel.stream import StreamSheet
from ropa.io.interchange import read_document

T = TypeVar("T")
ON = date(2026, 11, 24)


def timed(action: Callable[[], T]) -> tuple[float, T]:
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


def record_cells(records: Any, path: Path) -> list[tuple[str, list[list[Any]]]]:
    """Export once, keeping every row each sheet was sent, as plain values."""
    sheets: dict[int, tuple[str, list[list[Any]]]] = {}
    original = StreamSheet.append

    def recording(self: StreamSheet, row: Any) -> None:
        found = sheets.setdefault(id(self), (self.title, []))
        found[1].append([v._value if isinstance(v, Cell) else v for v in row])
        original(self, row)

    StreamSheet.append = recording  # type: ignore[method-assign]
    try:
        export_workbook(records, path, on=ON)
    finally:
        StreamSheet.append = original  # type: ignore[method-assign]
    return list(sheets.values())


def bare(cells: list[tuple[str, list[list[Any]]]], path: Path) -> None:
    """openpyxl write-only, nothing else: the same values appended to plain sheets."""
    wb = Workbook(write_only=True)
    for title, rows in cells:
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    wb.save(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--registers", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    records = read_document(build_demo(args.registers, seed=1))
    with tempfile.TemporaryDirectory() as tmp:
        ours_path, bare_path = Path(tmp) / "ropa.xlsx", Path(tmp) / "bare.xlsx"
        cells = record_cells(records, ours_path)
        count = sum(1 for _, rows in cells for row in rows for v in row if v is not None)
        ours_times, bare_times = [], []
        for _ in range(args.rounds):
            ours_times.append(timed(lambda: export_workbook(records, ours_path, on=ON))[0])
            bare_times.append(timed(lambda: bare(cells, bare_path))[0])
        ours, plain = statistics.median(ours_times), statistics.median(bare_times)
        print(f"{'registers':<46} {args.registers:9d}")
        print(f"{'sheets, non-empty cells':<46} {len(cells):9d} {count:12,d}")
        print(f"{'export_workbook (median of ' + str(args.rounds) + ')':<46} {1000 * ours:9.0f} ms")
        print(f"{'bare openpyxl write-only, same cells':<46} {1000 * plain:9.0f} ms")
        print(f"{'ratio':<46} {ours / plain:9.2f}")
        print(f"{'workbook size':<46} {ours_path.stat().st_size / 1e6:9.1f} MB")
        seconds, found = timed(lambda: read_workbook(ours_path))
        print(f"{'read_workbook (read-only, validated)':<46} {1000 * seconds:9.0f} ms")
        print(f"{'registers read back':<46} {found.registers:9d}")


if __name__ == "__main__":
    main()

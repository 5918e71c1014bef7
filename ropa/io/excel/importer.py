"""Import a workbook: Ropa's own (exact, after any edits) or a record kept in the ICO template layout.

:func:`read_workbook` checks the file, recognises its layout, builds records and validates them;
it raises :class:`WorkbookError` with every problem located at its cell, or returns records that
the caller stores in one transaction (``Session.import_records``). Nothing here touches a
workspace.
"""

from __future__ import annotations

import os
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils import quote_sheetname

from ropa.gc_pause import collector_paused
from ropa.io.excel.guard import WorkbookError, check_archive
from ropa.io.excel.layout import tables
from ropa.io.excel.reader import META, Problems, RopaWorkbookReader, read_meta
from ropa.model import records as r
from ropa.model.validate import shown, validate


@dataclass(frozen=True)
class WorkbookImport:
    """What a workbook holds, ready for ``Session.import_records``, and what the import noticed."""

    records: r.Workspace
    layout: str  # "ropa" or "ico"
    notes: tuple[str, ...] = field(default=())  # keys made for new rows, ICO mapping report...

    @property
    def registers(self) -> int:
        return sum(len(c.registers) for c in self.records.controllers)


def read_workbook(path: str | os.PathLike[str]) -> WorkbookImport:
    """Read and validate the workbook at ``path``; raise :class:`WorkbookError` naming each bad cell."""
    path = Path(path)
    source = str(path)
    check_archive(path)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about extensions it does not read
            wb = load_workbook(path, read_only=True, data_only=True, keep_links=False)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise WorkbookError([f"not a readable Excel workbook ({type(exc).__name__}: {exc})"], source) from exc
    try:
        with collector_paused():
            markers = {ws.title: _marker(ws) for ws in wb.worksheets}
            if "ropa:meta" in markers.values():
                return _read_ropa(wb, markers, source)
            from ropa.io.excel.ico import read_ico

            found = read_ico(wb, source)
            if found is None:
                raise WorkbookError(
                    ["neither a workbook exported by Ropa nor a record in the ICO template layout"], source
                )
            return found
    finally:
        wb.close()


def _marker(ws: Any) -> str:
    try:
        ws.reset_dimensions()
        first = next(ws.iter_rows(min_row=1, max_row=1, max_col=1, values_only=True), ())
    except Exception:  # a damaged sheet is reported when it is read  # noqa: BLE001
        return ""
    value = first[0] if first else None
    return value if isinstance(value, str) and value.startswith("ropa:") else ""


def _rows(ws: Any) -> Any:
    ws.reset_dimensions()
    return ws.iter_rows(values_only=True)


def _read_ropa(wb: Any, markers: dict[str, str], source: str) -> WorkbookImport:
    meta_title = next(title for title, marker in markers.items() if marker == "ropa:meta")
    problems = Problems()
    reader = RopaWorkbookReader(read_meta(_rows(wb[meta_title]), problems))
    reader.problems = problems
    layout = tables()
    by_table: dict[str, list[str]] = {}
    for title, marker in markers.items():
        kind, _, table_id = marker.removeprefix("ropa:").partition(":")
        if kind in ("table", "card"):
            if table_id not in layout:
                reader.problems.add(quote_sheetname(title), f"unknown sheet kind {shown(table_id)}")
                continue
            by_table.setdefault(table_id, []).append(title)
    for table_id, title in reader.book.tables.items():
        if table_id in layout and table_id not in by_table:
            reader.problems.add(
                quote_sheetname(title),
                f"the sheet is missing ({layout[table_id].title('en')}); nothing was imported",
            )
    for table_id, titles in by_table.items():
        if len(titles) > 1 and not layout[table_id].card:
            reader.problems.add(
                quote_sheetname(titles[1]),
                f"two sheets hold the same table: {', '.join(map(quote_sheetname, titles))}",
            )
    # processors first: other sheets name them
    order = sorted(by_table, key=lambda table_id: not table_id.startswith("processors"))
    for table_id in order:
        table = layout[table_id]
        for title in by_table[table_id]:
            rows = _rows(wb[title])
            try:
                if table.card:
                    reader.card_sheet(title, table, rows)
                else:
                    reader.table_sheet(title, table, rows)
            except WorkbookError:
                raise
            except Exception as exc:  # noqa: BLE001 - a damaged sheet is a located problem
                reader.problems.add(quote_sheetname(title), f"cannot be read ({type(exc).__name__}: {exc})")
    if reader.problems.found:
        raise WorkbookError(reader.problems.found, source)
    workspace, places = reader.records()
    if reader.problems.found:
        raise WorkbookError(reader.problems.found, source)
    invalid = validate(workspace, where="in this workbook")
    if invalid:
        raise WorkbookError([f"{reader.locate(p.path, places)}: {p.message}" for p in invalid], source)
    return WorkbookImport(workspace, "ropa", tuple(reader.notes))


__all__ = ["META", "WorkbookError", "WorkbookImport", "read_workbook"]

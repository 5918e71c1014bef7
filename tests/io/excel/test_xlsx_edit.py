"""A DPO exports, edits the workbook (sorts, inserts, relabels) and imports the changes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from ropa.app import Session
from ropa.demo import build_demo
from ropa.io.excel import export_workbook, read_workbook
from ropa.io.excel.preview import preview
from ropa.io.interchange import dumps, read_document
from ropa.model import records as r


@pytest.fixture
def original() -> r.Workspace:
    return read_document(build_demo(12, seed=3))


def sheet(wb: Any, table_id: str) -> Any:
    return next(ws for ws in wb.worksheets if ws["A1"].value in (f"ropa:table:{table_id}", table_id))


def column(ws: Any, machine: str) -> int:
    return next(cell.column for cell in ws[1] if cell.value == machine)


def data_rows(ws: Any) -> list[list[Any]]:
    return [[cell.value for cell in row] for row in ws.iter_rows(min_row=4)]


def rewrite(ws: Any, rows: list[list[Any]]) -> None:
    """Put ``rows`` back from row 4 on, as a sort in a spreadsheet program moves whole rows."""
    ws.delete_rows(4, ws.max_row)
    for index, values in enumerate(rows, 4):
        for col, value in enumerate(values, 1):
            ws.cell(index, col, value)


def test_an_edited_sorted_workbook_imports_the_edits(original: r.Workspace, tmp_path: Path) -> None:
    path = tmp_path / "record.xlsx"
    export_workbook(original, path, lang="en")
    wb = load_workbook(path)
    registers = sheet(wb, "controllers.registers")
    rows = data_rows(registers)
    key_at, name_at = column(registers, "key") - 1, column(registers, "name") - 1
    first = original.controllers[0].registers[0]
    target = next(row for row in rows if row[key_at] == first.key)
    target[name_at] = "Renamed in Excel"
    owner = target[column(registers, "@owner") - 1]
    new_row = [None] * len(target)
    new_row[column(registers, "@owner") - 1] = owner
    new_row[name_at] = "Uusi rekisteri"
    rows = sorted(rows, key=lambda row: str(row[name_at]), reverse=True) + [new_row]
    rewrite(registers, rows)

    purposes = sheet(wb, "controllers.registers.purposes")
    rows = data_rows(purposes)[::-1]
    basis = column(purposes, "legal_basis") - 1
    added = [None] * len(rows[0])
    added[column(purposes, "@owner") - 1] = first.key  # a bare key works as well as "Name [key]"
    added[column(purposes, "description") - 1] = "Added in Excel"
    added[basis] = "suostumus"  # a Finnish label in an English workbook
    rows[0][basis] = "CONTRACT"  # an English label in capitals
    rewrite(purposes, [*rows[:3], added, *rows[3:]])
    wb.save(path)

    found = read_workbook(path)
    assert any("Uusi rekisteri" in note and "uusi-rekisteri" in note for note in found.notes)
    controller = found.records.controllers[0]
    assert controller.registers[0].name == "Renamed in Excel"
    assert [g.key for g in controller.registers] == [g.key for g in original.controllers[0].registers] + [
        "uusi-rekisteri"
    ]
    edited = controller.registers[0].purposes
    assert [p.description for p in edited[:-1]] == [p.description for p in first.purposes]
    assert edited[-1].description == "Added in Excel" and edited[-1].legal_basis == "art6-1-a"
    last_purpose = next(
        g for c in found.records.controllers for g in c.registers if g.key == _last_purpose_owner(original)
    ).purposes[-1]
    assert last_purpose.legal_basis == "art6-1-b"

    change = preview(original, found.records, replace=True)
    assert [item.key for item in change.added] == ["uusi-rekisteri"]
    assert {item.key for item in change.changed} == {first.key, _last_purpose_owner(original)}
    assert not change.removed and not change.conflicts


def _last_purpose_owner(workspace: r.Workspace) -> str:
    registers = [g for c in workspace.controllers for g in c.registers if g.purposes]
    return registers[-1].key


def test_a_deleted_row_removes_the_register_when_replacing(original: r.Workspace, tmp_path: Path) -> None:
    path = tmp_path / "record.xlsx"
    export_workbook(original, path)
    wb = load_workbook(path)
    registers = sheet(wb, "controllers.registers")
    rows = data_rows(registers)
    gone = rows[1][column(registers, "key") - 1]
    rewrite(registers, rows[:1] + rows[2:])
    for ws in wb.worksheets:  # its purposes, data categories... go with it
        if str(ws["A1"].value).startswith("ropa:table:controllers.registers."):
            owner = column(ws, "@owner") - 1
            rewrite(ws, [row for row in data_rows(ws) if not str(row[owner]).endswith(f"[{gone}]")])
    wb.save(path)
    records = read_workbook(path).records
    with Session.open(tmp_path / "w.ropa") as ws:
        ws.import_records(original)
        change = preview(ws.snapshot(), records, replace=True)
        assert [item.key for item in change.removed] == [gone]
        ws.import_records(records, replace=True)
        keys = {g.key for c in ws.snapshot().controllers for g in c.registers}
    assert gone not in keys and len(keys) == sum(len(c.registers) for c in original.controllers) - 1


def test_unedited_workbook_previews_as_unchanged(original: r.Workspace, tmp_path: Path) -> None:
    path = tmp_path / "record.xlsx"
    export_workbook(original, path)
    records = read_workbook(path).records
    assert dumps(records) == dumps(original)
    change = preview(original, records, replace=True)
    assert not (change.added or change.changed or change.removed)
    refused = preview(original, records, replace=False)
    assert refused.refused and "use --replace" in str(refused)

"""Broken workbooks: one located error, and the workspace unchanged."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from support import load_fixture, workspace_text

from ropa.app import Session
from ropa.cli import main
from ropa.io.excel import WorkbookError, export_workbook, read_workbook
from ropa.io.interchange import read_document

CELL = r"'?[^!']+'?!([A-Z]+\d+|\d+:\d+)"


@pytest.fixture
def exported(tmp_path: Path) -> Path:
    path = tmp_path / "record.xlsx"
    export_workbook(read_document(load_fixture("seed_imatran_lampo")), path, lang="fi")
    return path


def edit(path: Path, table: str, change: Callable[[Any, dict[str, int]], None]) -> None:
    wb = load_workbook(path)
    ws = next(ws for ws in wb.worksheets if ws["A1"].value == f"ropa:table:{table}")
    change(ws, {str(cell.value): cell.column for cell in ws[1] if cell.value})
    wb.save(path)


def set_cell(table: str, machine: str, value: Any, row: int = 4) -> Callable[[Path], None]:
    def apply(path: Path) -> None:
        edit(path, table, lambda ws, columns: setattr(ws.cell(row, columns[machine]), "value", value))

    return apply


def drop_sheet(table: str) -> Callable[[Path], None]:
    def apply(path: Path) -> None:
        wb = load_workbook(path)
        wb.remove(next(ws for ws in wb.worksheets if ws["A1"].value == f"ropa:table:{table}"))
        wb.save(path)

    return apply


def drop_column(table: str, machine: str) -> Callable[[Path], None]:
    return lambda path: edit(path, table, lambda ws, columns: ws.delete_cols(columns[machine]))


CASES: dict[str, tuple[Callable[[Path], None], str]] = {
    "unknown legal basis": (
        set_cell("controllers.registers.purposes", "legal_basis", "suostumus?"),
        rf"^{CELL}: 'suostumus\?' is not a legal basis code",
    ),
    "bad date": (
        set_cell("controllers.registers", "created", "31.13.2025"),
        r"^'?Rekisterit'?!\w+4: '31.13.2025' is not a date",
    ),
    "bad yes/no": (
        set_cell("controllers.registers", "automated_decision_making.used", "ehkä"),
        rf"^{CELL}: 'ehkä' is not yes or no",
    ),
    "bad country": (
        set_cell("processors", "country", "Atlantis"),
        rf"^{CELL}: 'Atlantis' is not an ISO 3166 country code",
    ),
    "bad SCC module": (
        set_cell("processors", "scc_module", "viisi"),
        rf"^{CELL}: 'viisi' is not an SCC module",
    ),
    "owner pointing nowhere": (
        set_cell("controllers.registers.purposes", "@owner", "Nobody [nope]"),
        rf"^{CELL}: no register with key 'nope' in this workbook",
    ),
    "processor pointing nowhere": (
        set_cell("controllers.registers.processors", "processor", "Ghost Oy [ghost]"),
        rf"^{CELL}: no processor with key 'ghost' in this workbook",
    ),
    "duplicate key": (
        lambda path: edit(
            path,
            "processors",
            lambda ws, c: setattr(ws.cell(5, c["key"]), "value", ws.cell(4, c["key"]).value),
        ),
        rf"^{CELL}: duplicate processor key",
    ),
    "not a number": (
        set_cell("controllers.registers.purposes", "@no", "first"),
        rf"^{CELL}: 'first' is not a number",
    ),
    "missing sheet": (drop_sheet("controllers.registers.purposes"), r"the sheet is missing"),
    "missing column": (
        drop_column("controllers.registers", "description"),
        r"^'?Rekisterit'?: columns missing: 'Kuvaus'",
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_broken_workbook_gives_a_located_error(case: str, exported: Path) -> None:
    damage, expected = CASES[case]
    damage(exported)
    with pytest.raises(WorkbookError) as caught:
        read_workbook(exported)
    assert re.search(expected, caught.value.problems[0]), caught.value.problems


def test_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "x.xlsx"
    path.write_text("name;purpose\n", encoding="utf-8")
    with pytest.raises(WorkbookError, match=r"not an Excel workbook"):
        read_workbook(path)
    path.write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 100)
    with pytest.raises(WorkbookError, match=r"old \.xls"):
        read_workbook(path)


def test_a_zip_bomb_is_refused_before_unpacking(tmp_path: Path) -> None:
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (64 * 1024 * 1024))
    assert path.stat().st_size < 200_000
    with pytest.raises(WorkbookError, match=r"zip bomb"):
        read_workbook(path)


def test_the_unpacked_size_is_bounded(exported: Path) -> None:
    from ropa.io.excel.guard import check_archive

    with pytest.raises(WorkbookError, match=r"would unpack to"):
        check_archive(exported, limit=10_000)


def test_a_zip_that_is_no_workbook(tmp_path: Path) -> None:
    path = tmp_path / "x.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "hi")
    with pytest.raises(WorkbookError, match=r"without \[Content_Types\]"):
        read_workbook(path)


def test_an_unrelated_workbook(tmp_path: Path) -> None:
    path = tmp_path / "budget.xlsx"
    wb = Workbook()
    wb.active.append(["Budget", 2026])
    wb.save(path)
    with pytest.raises(WorkbookError, match=r"neither a workbook exported by Ropa nor .*ICO"):
        read_workbook(path)


def test_cli_reports_one_line_and_changes_nothing(exported: Path, tmp_path: Path, capsys: Any) -> None:
    db = tmp_path / "w.ropa"
    with Session.open(db) as ws:
        ws.import_records(read_document(load_fixture("seed_kemi")))
        before = workspace_text(ws)
    set_cell("controllers.registers.purposes", "legal_basis", "suostumus?")(exported)
    assert main(["--db", str(db), "import", str(exported), "--replace"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "is not a legal basis code" in err[0] and str(exported) in err[0]
    with Session.open(db) as ws:
        assert workspace_text(ws) == before

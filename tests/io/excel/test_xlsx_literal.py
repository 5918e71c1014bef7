"""User text is data: formula-like and markup-like values stay literal text, in openpyxl and LibreOffice."""

from __future__ import annotations

import dataclasses
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from support import load_fixture
from xlsx_support import sheets_as_csv

from ropa.io.excel import export_workbook, read_workbook
from ropa.io.interchange import dumps, read_document
from ropa.model import records as r

TRICKY = [
    "=1+1",
    '=HYPERLINK("http://evil.example","click")',
    "+358 40 123 4567",
    "-5 days",
    "@SUM(A1:A2)",
    "\tstarts with a tab",
    "\rstarts with a carriage return",
    "#N/A",
    "#REF!",
    "<b>bold</b> & <script>alert(1)</script>",
    "&amp; &lt;not&gt; escaped",
    "'quoted",
    "0123",
    "2024-03-01",
    "1e5",
    "TRUE",
    "=cmd|' /C calc'!A0",
]


def tricky_workspace() -> r.Workspace:
    workspace = read_document(load_fixture("seed_kemi"))
    controller = workspace.controllers[0]
    register = controller.registers[0]
    fields = [
        "name", "department", "description", "sources", "disclosures", "retention", "legal_basis_notes",
        "national_legal_basis", "criminal_data_basis", "provision_requirement", "transfers_statement",
        "data_subject_rights", "reference",
    ]  # fmt: skip
    changes: dict[str, object] = {name: TRICKY[i] for i, name in enumerate(fields)}
    changes["data_subject_categories"] = tuple(TRICKY)
    changes["purposes"] = tuple(
        dataclasses.replace(register.purposes[0], description=text) for text in TRICKY[len(fields) :]
    )
    odd = dataclasses.replace(register, **changes)
    tricky_name = dataclasses.replace(controller, name="=BAD()", registers=(odd,))
    return dataclasses.replace(workspace, controllers=(tricky_name,))


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("literal") / "tricky.xlsx"
    export_workbook(tricky_workspace(), path)
    return path


def test_no_cell_holds_a_formula(exported: Path) -> None:
    with zipfile.ZipFile(exported) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in archive.read(name) and b"<f " not in archive.read(name), name


def test_openpyxl_reads_text_cells(exported: Path) -> None:
    wb = load_workbook(exported)
    seen = {}
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value in TRICKY:
                    seen[cell.value] = cell.data_type
    assert set(seen) >= {t for t in TRICKY if "\r" not in t}
    assert set(seen.values()) == {"s"}


def test_formula_like_text_is_quoted_against_editing(exported: Path) -> None:
    """A cell starting with = + - @ keeps its text even when a person edits and re-enters it."""
    wb = load_workbook(exported)
    quoted = [
        cell
        for ws in wb.worksheets
        for row in ws.iter_rows()
        for cell in row
        if isinstance(cell.value, str) and cell.value[:1] in "=+-@\t" and cell.value in TRICKY
    ]
    assert quoted and all(cell.quotePrefix for cell in quoted)


def test_libreoffice_shows_every_value_as_typed(exported: Path, tmp_path: Path) -> None:
    sheets = sheets_as_csv(exported, tmp_path / "csv")
    texts = {cell for rows in sheets.values() for row in rows for cell in row}
    for value in TRICKY:
        shown = value.replace("\r", "\n")
        assert shown in texts or any(shown in cell for cell in texts), value
    registers = next(
        rows for title, rows in sheets.items() if rows and rows[0][0] == "ropa:table:controllers.registers"
    )
    names = registers[0]
    row = registers[3]
    assert row[names.index("name")] == "=1+1"
    assert row[names.index("description")] == "+358 40 123 4567"
    assert row[names.index("retention")] == "\tstarts with a tab"
    assert row[names.index("reference")] == "0123"
    assert row[names.index("@owner")] == "=BAD() [kemi]"


def test_tricky_values_import_unchanged(exported: Path) -> None:
    assert dumps(read_workbook(exported).records) == dumps(tricky_workspace())

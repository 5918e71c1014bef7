"""Export then import gives back every value: the seeds, the example, and every field of the catalogue."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from openpyxl import load_workbook
from support import SEED_DOCUMENTS, load_fixture
from xlsx_support import filled_workspace

from ropa.io.excel import export_workbook, read_workbook
from ropa.io.excel.layout import Role, tables
from ropa.io.interchange import dumps, read_document
from ropa.model import records as r
from ropa.model.catalogue import entities
from ropa.model.fields import Kind


def round_trip(workspace: r.Workspace, tmp_path: Path, lang: str = "en") -> r.Workspace:
    path = tmp_path / f"out-{lang}.xlsx"
    export_workbook(workspace, path, lang=lang)
    return read_workbook(path).records


@pytest.mark.parametrize("lang", ["en", "fi"])
@pytest.mark.parametrize("name", SEED_DOCUMENTS)
def test_seed_documents_round_trip(name: str, lang: str, tmp_path: Path) -> None:
    workspace = read_document(load_fixture(name))
    assert dumps(round_trip(workspace, tmp_path, lang)) == dumps(workspace)


def test_export_import_export_gives_the_same_workbook_content(tmp_path: Path) -> None:
    workspace = read_document(load_fixture("seed_inmics"))
    once = round_trip(workspace, tmp_path, "fi")
    twice = round_trip(once, tmp_path, "en")
    assert dumps(twice) == dumps(once) == dumps(workspace)


def test_every_field_of_the_catalogue_has_a_column() -> None:
    """A field added to records.py gets a column (or a sheet) without editing the Excel code."""
    layout = tables()
    placed: dict[type, set[str]] = {}
    for table in layout.values():
        for column in table.columns:
            if column.role is Role.DATA:
                assert column.spec is not None
                record = table.record
                for step in column.path[:-1]:
                    record = next(s.record for s in _fields(record) if s.name == step)
                placed.setdefault(record, set()).add(column.path[-1])
    lists = {(t.record, t.list_spec.name) for t in layout.values()}
    for found in entities():
        for spec in found.fields:
            if spec.kind is Kind.LIST:
                assert (spec.record, spec.name) in lists, f"{found.noun}.{spec.name} has no sheet"
            elif spec.kind not in (Kind.OBJECT, Kind.OPTIONAL) and found.record is not r.Workspace:
                assert spec.name in placed.get(found.record, set()), f"{found.noun}.{spec.name} has no column"


def _fields(record: type) -> tuple:
    from ropa.model.catalogue import entity

    return entity(record).fields


def test_every_field_filled_survives_the_round_trip(tmp_path: Path) -> None:
    """The catalogue walked to fill every field (lists of two): all of it comes back."""
    workspace = filled_workspace()
    assert dumps(round_trip(workspace, tmp_path, "fi")) == dumps(workspace)


def test_extensions_everywhere_survive(tmp_path: Path) -> None:
    workspace = filled_workspace(extensions=True)
    assert dumps(round_trip(workspace, tmp_path)) == dumps(workspace)


def test_every_field_is_in_a_cell(tmp_path: Path) -> None:
    """Read with openpyxl as any program would: each field of the filled workspace is in a cell."""
    path = tmp_path / "filled.xlsx"
    export_workbook(filled_workspace(), path)
    wb = load_workbook(path)
    layout = tables()
    by_marker = {str(ws["A1"].value): ws for ws in wb.worksheets}
    for table in layout.values():
        if table.card:
            continue
        ws = by_marker[f"ropa:table:{table.id}"]
        names = [c.value for c in ws[1]]
        for column in table.columns:
            if column.role is Role.DATA:
                index = names.index(column.machine)
                values = [row[index].value for row in ws.iter_rows(min_row=4)]
                assert any(v not in (None, "") for v in values), (table.id, column.machine)


def test_text_no_cell_can_hold_comes_back_exactly(tmp_path: Path) -> None:
    """Carriage returns, control characters, 40,000 characters, list items with line breaks."""
    workspace = read_document(load_fixture("seed_kemi"))
    controller = workspace.controllers[0]
    register = controller.registers[0]
    odd = dataclasses.replace(
        register,
        description="line one\r\nline two\rthree\x01four\x1f",
        sources="x" * 40_000,
        systems=("two\nlines", "  spaced  ", "", "plain"),
        data_subject_categories=("Asukkaat", "Asukkaat"),
        legal_basis_notes="   ",
        disclosures="tab\tinside and _x0041_ and x005F_ and \u2028",
    )
    workspace = dataclasses.replace(
        workspace, controllers=(dataclasses.replace(controller, registers=(odd, *controller.registers[1:])),)
    )
    assert dumps(round_trip(workspace, tmp_path)) == dumps(workspace)

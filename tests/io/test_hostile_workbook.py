"""Hostile workbook cells never crash Ropa and never half-write a workspace.

Property: a workbook Ropa exported, with any cell of any sheet (the hidden one too) set to any
value a spreadsheet can hold (any text a cell takes, huge text, numbers huge, tiny, negative and
fractional, true/false, dates) or a hidden JSON value of any kind, is either refused with located
one-line problems or imported, and then stores and exports again as strict JSON that reads back
to the same records.
"""

from __future__ import annotations

import json
import shutil
import warnings
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from hostile import json_tokens, texts
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from openpyxl.utils.exceptions import IllegalCharacterError
from support import load_fixture

from ropa.app import Session
from ropa.io.excel import WorkbookError, export_workbook, read_workbook
from ropa.io.interchange import parse_json, read_document

pytestmark = pytest.mark.sqlite_only

SETTINGS = settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

cell_values = st.one_of(
    texts,
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=False, allow_infinity=False),
    st.booleans(),
    st.none(),
    st.datetimes(min_value=datetime(1900, 3, 1), max_value=datetime(9999, 1, 1)),
)


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, list[tuple[str, int, int]]]:
    """The exported workbook, an empty workspace to copy, and every (sheet, row, column) it uses."""
    folder = tmp_path_factory.mktemp("workbook")
    book = folder / "record.xlsx"
    export_workbook(read_document(load_fixture("seed_imatran_lampo")), book, lang="fi")
    template = folder / "empty.ropa"
    Session.open(template).close()
    wb = load_workbook(book)
    cells = [
        (ws.title, row, column)
        for ws in wb.worksheets
        for row in range(1, min(ws.max_row, 8) + 1)
        for column in range(1, min(ws.max_column, 60) + 1)
    ]
    return book, template, cells


def _strict(data: bytes) -> Any:
    def refuse(name: str) -> Any:
        raise AssertionError(f"export wrote {name}")

    return json.loads(data.decode("utf-8"), parse_constant=refuse)


def _read_store_export(book: Path, template: Path, folder: Path) -> None:
    try:
        found = read_workbook(book)
    except WorkbookError as exc:
        assert str(exc) and "\n" not in str(exc)
        assert all(p and "\n" not in p for p in exc.problems)
        assert "internal error" not in str(exc)
        return
    workspace = folder / "w.ropa"
    shutil.copyfile(template, workspace)
    with Session.open(workspace, create=False) as ws:
        ws.import_records(found.records)
        out = folder / "out.json"
        ws.export_json(out)
        stored = ws.snapshot()
    data = out.read_bytes()
    _strict(data)
    assert read_document(parse_json(data)) == stored


def _set(book: Path, target: Path, sheet: str, row: int, column: int, value: Any) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        wb = load_workbook(book)
    try:
        wb[sheet].cell(row, column).value = value
    except (IllegalCharacterError, ValueError):
        assume(False)  # a value no spreadsheet cell can hold: nothing to import
    wb.save(target)


@SETTINGS
@given(data=st.data(), value=cell_values)
def test_any_cell_value_is_refused_with_its_cell_or_imported_and_exported_again(
    files: tuple[Path, Path, list[tuple[str, int, int]]],
    tmp_path_factory: pytest.TempPathFactory,
    data: Any,
    value: Any,
) -> None:
    book, template, cells = files
    sheet, row, column = data.draw(st.sampled_from(cells))
    folder = tmp_path_factory.mktemp("example")
    target = folder / "edited.xlsx"
    _set(book, target, sheet, row, column, value)
    _read_store_export(target, template, folder)


@SETTINGS
@given(token=json_tokens)
def test_any_hidden_json_is_refused_or_kept(
    files: tuple[Path, Path, list[tuple[str, int, int]]], tmp_path_factory: pytest.TempPathFactory, token: str
) -> None:
    book, template, _ = files
    assume(len(token) < 32_000)  # what one cell holds
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        wb = load_workbook(book)
    meta = next(ws for ws in wb.worksheets if ws["A1"].value == "ropa:meta")
    row = next((c.row for c in meta["A"] if c.value == "extensions"), None)
    if row is None:
        row = meta.max_row + 1
        meta.cell(row, 1).value = "extensions"
    try:
        meta.cell(row, 2).value = token
    except IllegalCharacterError:
        assume(False)
    folder = tmp_path_factory.mktemp("example")
    target = folder / "edited.xlsx"
    wb.save(target)
    _read_store_export(target, template, folder)


@SETTINGS
@given(row=st.integers(2, 19), column=st.integers(1, 3), value=cell_values)
def test_any_value_in_the_hidden_sheet_is_refused_or_read(
    files: tuple[Path, Path, list[tuple[str, int, int]]],
    tmp_path_factory: pytest.TempPathFactory,
    row: int,
    column: int,
    value: Any,
) -> None:
    book, template, _ = files
    folder = tmp_path_factory.mktemp("example")
    target = folder / "edited.xlsx"
    _set(book, target, "_ropa", row, column, value)
    _read_store_export(target, template, folder)


@pytest.mark.parametrize(("row", "value"), [(3, "abc"), (4, "x"), (3, "²"), (4, "9" * 5000)])
def test_a_damaged_version_in_the_hidden_sheet_is_one_located_line(
    files: tuple[Path, Path, list[tuple[str, int, int]]], tmp_path: Path, row: int, value: str
) -> None:
    book, _, _ = files
    target = tmp_path / "edited.xlsx"
    _set(book, target, "_ropa", row, 2, value)
    with pytest.raises(WorkbookError) as info:
        read_workbook(target)
    assert "_ropa: the hidden sheet is damaged (" in str(info.value)

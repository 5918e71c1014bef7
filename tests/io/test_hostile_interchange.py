"""Hostile interchange documents never crash Ropa and never half-write a workspace.

Property: a valid document with any hostile JSON value put anywhere (any Unicode, unpaired
surrogate escapes, control characters, huge strings, deep nesting, NaN, 1e400, integers of
thousands of digits, member names given twice) is either refused with located one-line problems,
leaving the workspace as it was, or imported, and then it exports again as strict JSON that reads
back to the same records.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from hostile import json_tokens, paths, texts, with_token
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support import load_fixture

from ropa.app import Session
from ropa.errors import RopaError
from ropa.io import interchange, json_input
from ropa.io.interchange import InterchangeError, parse_json, read_document

DOCUMENT = load_fixture("interchange_example")
PLACES = paths(DOCUMENT)
SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

pytestmark = pytest.mark.sqlite_only


def _at(document: Any, path: tuple[str | int, ...]) -> Any:
    for part in path:
        document = document[part]
    return document


OBJECT_PLACES = [p for p in PLACES if isinstance(_at(DOCUMENT, p), dict)]


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty workspace at the current schema, copied for each example (no migration each time)."""
    path = tmp_path_factory.mktemp("template") / "empty.ropa"
    Session.open(path).close()
    return path


def _strict(data: bytes) -> Any:
    """Parse as strict JSON: NaN and Infinity are refused, text must be UTF-8."""

    def refuse(name: str) -> Any:
        raise AssertionError(f"export wrote {name}")

    return json.loads(data.decode("utf-8"), parse_constant=refuse)


def _one_line(error: RopaError) -> None:
    text = str(error)
    assert text and "\n" not in text
    for problem in getattr(error, "problems", ()):
        assert problem and "\n" not in problem
    assert "Traceback" not in text and "internal error" not in text


def _import_and_export_again(text: str, template: Path, tmp_path: Path) -> None:
    try:
        records = read_document(parse_json(text, "hostile.json"), "hostile.json")
    except InterchangeError as exc:
        _one_line(exc)
        return
    # Accepted: it must store, and export again as strict JSON giving back the same records.
    workspace = tmp_path / "w.ropa"
    shutil.copyfile(template, workspace)
    with Session.open(workspace, create=False) as ws:
        ws.import_records(records)
        out = tmp_path / "out.json"
        ws.export_json(out)
        stored = ws.snapshot()
    data = out.read_bytes()
    _strict(data)
    again = read_document(parse_json(data, "out.json"), "out.json")
    assert again == stored
    assert interchange.dumps(again) == data


@SETTINGS
@given(place=st.sampled_from(PLACES), token=json_tokens)
def test_any_value_anywhere_is_refused_with_its_path_or_exports_again(
    place: tuple[str | int, ...], token: str, template: Path, tmp_path: Path
) -> None:
    _import_and_export_again(with_token(DOCUMENT, place, token), template, tmp_path)


@SETTINGS
@given(place=st.sampled_from(OBJECT_PLACES), token=json_tokens)
def test_any_extension_is_kept_losslessly_or_refused_with_its_path(
    place: tuple[str | int, ...], token: str, template: Path, tmp_path: Path
) -> None:
    _import_and_export_again(with_token(DOCUMENT, place, token, extension=True), template, tmp_path)


@SETTINGS
@given(place=st.sampled_from([p for p in PLACES if isinstance(_at(DOCUMENT, p), str)]), value=texts)
def test_any_text_in_a_text_field_is_stored_and_exported_or_refused(
    place: tuple[str | int, ...], value: str, template: Path, tmp_path: Path
) -> None:
    _import_and_export_again(with_token(DOCUMENT, place, json.dumps(value)), template, tmp_path)


@settings(max_examples=200, deadline=None)
@given(data=st.one_of(st.binary(max_size=200), json_tokens.map(str.encode), st.text().map(str.encode)))
def test_the_json_reader_raises_only_its_own_error(data: bytes) -> None:
    try:
        json_input.loads(data, "x.json", error=InterchangeError)
    except InterchangeError as exc:
        _one_line(exc)


@pytest.mark.parametrize(
    ("token", "problem"),
    [
        ("NaN", "NaN is not a JSON number"),
        ("-Infinity", "-Infinity is not a JSON number"),
        ("1e400", "1e400 is too large for a number (it would be infinite)"),
        ("9" * 5000, "an integer of 5000 digits is too large"),
        (str(2**63), "an integer of 19 digits is too large"),
        ('"a\\ud800b"', "contains an unpaired surrogate (\\ud800)"),
        ('"\\u0000"', "contains a NUL character"),
        ("[" * 70 + "]" * 70, "nested more than 64 levels deep"),
    ],
)
def test_what_json_cannot_carry_is_refused_at_import_with_its_path(token: str, problem: str) -> None:
    place = ("controllers", 0, "registers", 0)
    text = with_token(DOCUMENT, place, token, extension=True)
    with pytest.raises(InterchangeError) as info:
        read_document(parse_json(text, "d.json"), "d.json")
    assert info.value.problems[0].startswith("controllers[0].registers[0].extensions.hostile")
    assert problem in info.value.problems[0]


def test_an_unpaired_surrogate_in_a_field_is_refused_with_the_fields_path() -> None:
    text = with_token(DOCUMENT, ("controllers", 0, "name"), '"Kemi \\udc00"')
    with pytest.raises(InterchangeError) as info:
        read_document(parse_json(text, "d.json"), "d.json")
    assert info.value.problems == [
        "controllers[0].name: contains an unpaired surrogate (\\udc00), which is not Unicode text"
    ]


def test_extreme_numbers_that_json_carries_are_kept() -> None:
    for token in ("-9223372036854775808", "9223372036854775807", "1e308", "5e-324", "-0.0"):
        text = with_token(DOCUMENT, ("controllers", 0), token, extension=True)
        records = read_document(parse_json(text, "d.json"), "d.json")
        extensions = records.controllers[0].extensions
        assert extensions is not None and extensions["hostile"] == json.loads(token)
        assert _strict(interchange.dumps(records))["controllers"][0]["extensions"]["hostile"] == json.loads(
            token
        )


@pytest.mark.parametrize(
    ("field", "items", "problem"),
    [
        ("data_subject_categories", '[null, "ok"]', "[0]: expected a string, got null"),
        ("data_subject_categories", '["", "ok"]', None),  # an empty text is a value and keeps its place
        ("purposes", "[null]", "[0]: expected an object, got null"),
        ("purposes", "[{}]", None),  # an empty record is a value too
        ("special_category_conditions", "[null]", "[0]: expected a code string, got null"),
        ("special_category_conditions", '[""]', "[0]: expected a code string, got an empty string"),
    ],
)
def test_empty_and_null_list_items_follow_one_rule(field: str, items: str, problem: str | None) -> None:
    """null is never a list item; "" and {} are values (a code list's "" names no code, so it is refused)."""
    text = with_token(DOCUMENT, ("controllers", 0, "registers", 0, field), items)
    if problem is None:
        records = read_document(parse_json(text, "d.json"), "d.json")
        again = json.loads(interchange.dumps(records))["controllers"][0]["registers"][0][field]
        assert len(again) == len(json.loads(items))
        return
    with pytest.raises(InterchangeError) as info:
        read_document(parse_json(text, "d.json"), "d.json")
    assert info.value.problems == [f"controllers[0].registers[0].{field}{problem}"]

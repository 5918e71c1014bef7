"""Invalid documents: one clear error naming the JSON path, and the workspace unchanged."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from support import backups_of, load_fixture, workspace_text

from ropa.app import KeyConflictError, Session
from ropa.io.interchange import InterchangeError
from ropa.store import writer as save

Doc = dict[str, Any]


def _register(doc: Doc) -> Doc:
    return doc["controllers"][0]["registers"][0]


def _set(path: Callable[[Doc], Doc], key: str, value: Any) -> Callable[[Doc], None]:
    def mutate(doc: Doc) -> None:
        path(doc)[key] = value

    return mutate


def _cycle(doc: Doc) -> None:
    # inmics-hosting <- inmics-cloud <- inmics-cloud-support-in: close the loop at the top
    by_key = {p["key"]: p for p in doc["processors"]}
    by_key["inmics-hosting"]["parent"] = "inmics-cloud-support-in"


def _duplicate_processor(doc: Doc) -> None:
    doc["processors"][1]["key"] = doc["processors"][0]["key"]


def _duplicate_register(doc: Doc) -> None:
    controller = doc["controllers"][0]
    controller["registers"].append(dict(controller["registers"][0]))


CASES: dict[str, tuple[Callable[[Doc], None], str]] = {
    "wrong type": (
        _set(_register, "name", 5),
        "controllers[0].registers[0].name: expected a string, got a number",
    ),
    "wrong type of list": (
        _set(_register, "data_categories", "Nimi"),
        "controllers[0].registers[0].data_categories: expected a list, got a string",
    ),
    "wrong type of object": (
        _set(_register, "dpia", ["done"]),
        "controllers[0].registers[0].dpia: expected an object, got a list",
    ),
    "bad legal basis code": (
        _set(lambda d: _register(d)["purposes"][0], "legal_basis", "art6-1-z"),
        "controllers[0].registers[0].purposes[0].legal_basis: 'art6-1-z' is not a legal basis code",
    ),
    "bad special category": (
        _set(lambda d: _register(d)["data_categories"][1], "special", "medical"),
        "controllers[0].registers[0].data_categories[1].special: 'medical' is not a special category code",
    ),
    "bad dpia criterion": (
        _set(lambda d: _register(d)["dpia"], "criteria", ["evaluation_scoring", "vibes"]),
        "controllers[0].registers[0].dpia.criteria[1]: 'vibes' is not a WP248 DPIA criterion code",
    ),
    "bad status": (
        _set(_register, "status", "Active"),
        "controllers[0].registers[0].status: 'Active' is not a register status",
    ),
    "bad country": (
        _set(lambda d: d["controllers"][0]["processing_on_behalf"][0]["transfers"][0], "country", "XX"),
        "controllers[0].processing_on_behalf[0].transfers[0].country: 'XX' is not an ISO 3166 country code",
    ),
    "lower-case country": (
        _set(lambda d: d["processors"][0], "processing_countries", ["FI", "se"]),
        "processors[0].processing_countries[1]: 'se' is not an ISO 3166 country code",
    ),
    "bad scc module": (
        _set(lambda d: d["processors"][2], "scc_module", 7),
        "processors[2].scc_module: expected an SCC module 1-4, got 7",
    ),
    "boolean scc module": (
        _set(lambda d: d["processors"][2], "scc_module", True),
        "processors[2].scc_module: expected an SCC module 1-4, got true",
    ),
    "dangling processor key": (
        _set(lambda d: _register(d)["processors"][0], "processor", "nobody"),
        "controllers[0].registers[0].processors[0].processor: "
        "no processor with key 'nobody' in this document",
    ),
    "dangling parent": (
        _set(lambda d: d["processors"][1], "parent", "ghost"),
        "processors[1].parent: no processor with key 'ghost' in this document",
    ),
    "dangling subprocessor": (
        _set(lambda d: d["controllers"][0]["processing_on_behalf"][0], "subprocessors", ["ghost"]),
        "controllers[0].processing_on_behalf[0].subprocessors[0]: no processor with key 'ghost'",
    ),
    "duplicate processor key": (_duplicate_processor, "processors[1].key: duplicate processor key"),
    "duplicate register key": (
        _duplicate_register,
        "controllers[0].registers[1].key: duplicate register key 'inmics-asiakas-markkinointi' "
        "(first at controllers[0].registers[0].key)",
    ),
    "missing key": (
        _set(_register, "key", ""),
        "controllers[0].registers[0].key: missing: every register needs a key",
    ),
    "bad date": (
        _set(_register, "created", "2026-02-30"),
        "controllers[0].registers[0].created: '2026-02-30' is not a date (YYYY-MM-DD)",
    ),
    "Finnish date": (
        _set(_register, "last_reviewed", "4.6.2026"),
        "controllers[0].registers[0].last_reviewed: '4.6.2026' is not a date (YYYY-MM-DD)",
    ),
    "unknown key": (
        _set(_register, "colour", "blue"),
        "controllers[0].registers[0].colour: unknown key 'colour'",
    ),
    "unknown nested key": (
        _set(lambda d: _register(d)["security_measures"], "physical", "locks"),
        "controllers[0].registers[0].security_measures.physical: unknown key 'physical'",
    ),
    "extensions not an object": (
        _set(lambda d: d, "extensions", "x"),
        "extensions: expected an object, got a string",
    ),
    "wrong format": (_set(lambda d: d, "format", "onetrust"), "format: expected 'ropa-interchange'"),
    "missing format": (lambda d: d.pop("format"), "format: expected 'ropa-interchange', got null"),
    "wrong version": (_set(lambda d: d, "version", 3), "version: 3 is not supported"),
    "processor cycle": (_cycle, "processor chain loops: inmics-hosting -> "),
    "adm used not a flag": (
        _set(lambda d: _register(d)["automated_decision_making"], "used", "yes"),
        "controllers[0].registers[0].automated_decision_making.used: expected true, false or null",
    ),
}


def _import(ws: Session, tmp_path: Path, content: bytes) -> str:
    path = tmp_path / "broken.json"
    path.write_bytes(content)
    before = workspace_text(ws)
    with pytest.raises(InterchangeError) as caught:
        ws.import_file(path)
    assert workspace_text(ws) == before, "a refused document must change nothing"
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(f"{path}: ")
    return message


@pytest.fixture
def base(workspace: Session, tmp_path: Path) -> Session:
    """A workspace that already holds Kemi and Imatran Lämpö; the documents add Inmics."""
    for name in ("seed_kemi", "seed_imatran_lampo"):
        (tmp_path / f"{name}.json").write_text(json.dumps(load_fixture(name)), encoding="utf-8")
        workspace.import_file(tmp_path / f"{name}.json")
    return workspace


def test_the_unbroken_document_imports(base: Session, tmp_path: Path) -> None:
    (tmp_path / "ok.json").write_text(json.dumps(load_fixture("seed_inmics")), encoding="utf-8")
    base.import_file(tmp_path / "ok.json")
    assert '"inmics"' in workspace_text(base)


@pytest.mark.parametrize("case", CASES)
def test_invalid_document_is_refused_whole(case: str, base: Session, tmp_path: Path) -> None:
    mutate, expected = CASES[case]
    doc = load_fixture("seed_inmics")
    mutate(doc)
    message = _import(base, tmp_path, json.dumps(doc, ensure_ascii=False).encode())
    assert expected in message


def test_truncated_file(base: Session, tmp_path: Path) -> None:
    text = json.dumps(load_fixture("seed_inmics"), indent=2).encode()
    message = _import(base, tmp_path, text[: len(text) // 2])
    assert "not valid JSON (line" in message


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "not valid JSON (line 1, column 1"),
        (b"registers;name\nKemi;x\n", "not valid JSON"),
        (b'{"format": "ropa-interchange", "version": 1,}', "not valid JSON (line 1, column 45"),
        (b"\xff\xfe\x00garbage", "not UTF-8 text"),
        (b"[1, 2]", "expected a JSON object at the top, got a list"),
    ],
)
def test_not_a_document(content: bytes, expected: str, base: Session, tmp_path: Path) -> None:
    assert expected in _import(base, tmp_path, content)


def test_member_given_twice(base: Session, tmp_path: Path) -> None:
    text = json.dumps(load_fixture("seed_inmics"), ensure_ascii=False)
    text = text.replace('"status": "active"', '"status": "active", "status": "retired"', 1)
    message = _import(base, tmp_path, text.encode())
    assert "controllers[0].registers[0].status: 'status' is given more than once in this object" in message


def test_every_problem_is_listed(base: Session, tmp_path: Path) -> None:
    doc = load_fixture("seed_inmics")
    _register(doc)["name"] = 1
    _register(doc)["created"] = "yesterday"
    path = tmp_path / "two.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(InterchangeError) as caught:
        base.import_file(path)
    assert len(caught.value.problems) == 2
    assert "(and 1 more problem)" in str(caught.value)


def test_existing_keys_need_replace(base: Session, tmp_path: Path) -> None:
    path = tmp_path / "kemi.json"
    doc = load_fixture("seed_kemi")
    _register(doc)["name"] = "Uusi nimi"
    path.write_text(json.dumps(doc), encoding="utf-8")
    before = workspace_text(base)
    with pytest.raises(KeyConflictError) as caught:
        base.import_file(path)
    assert "processors[0].key: processor 'valu-digital' is already in the workspace" in str(caught.value)
    assert workspace_text(base) == before

    base.import_file(path, replace=True)
    assert "Uusi nimi" in workspace_text(base)
    backups = backups_of(base)
    # every import is preceded by a backup (the refused one too), the replacing one by its own
    assert "before-import" in backups[-2].name and "before-replace" in backups[-1].name


def test_replace_makes_the_controller_what_the_document_says(base: Session, tmp_path: Path) -> None:
    doc = load_fixture("seed_kemi")
    original = _register(doc)
    doc["controllers"][0]["registers"] = [dict(original, key="kemi-uusi", name="Uusi")]
    path = tmp_path / "kemi.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    base.import_file(path, replace=True)
    text = workspace_text(base)
    assert "kemi-uusi" in text and original["key"] not in text
    assert "imatran-lampo-asiakas" in text  # other controllers untouched


def test_failure_while_writing_rolls_everything_back(
    base: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rows already inserted in the transaction disappear when a later step fails."""

    def fail(conn: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(save, "check_no_processor_cycle", fail)
    path = tmp_path / "inmics.json"
    path.write_text(json.dumps(load_fixture("seed_inmics")), encoding="utf-8")
    before = workspace_text(base)
    with pytest.raises(RuntimeError):
        base.import_file(path)
    assert workspace_text(base) == before

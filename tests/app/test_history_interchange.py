"""The history travels in an interchange document only when asked, as an extension of the contract."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from support import FIXTURES

from ropa.app import Session
from ropa.app.history import EXTENSION
from ropa.cli import main
from ropa.io.interchange import InterchangeError, parse_json, read_document
from ropa.model import records as r


def _edited(ws: Session) -> str:
    ws.import_file(FIXTURES / "seed_kemi.json")
    key = ws.register_summaries()[0].key
    register = ws.get(r.Register, key)
    ws.update_register(key, dataclasses.replace(register, name="Muutettu", retention="3 vuotta"))
    ws.retire_register(key)
    return key


def _comparable(entries: list) -> list[tuple]:  # type: ignore[type-arg]
    return [(e.at, e.user, e.action, e.entity, e.key, e.old_key, e.controller, e.fields) for e in entries]


def test_export_with_history_and_import_with_history_carry_it_over(
    make_workspace: Callable[[], Session], tmp_path: Path
) -> None:
    source, target = make_workspace(), make_workspace()
    key = _edited(source)
    path = tmp_path / "w.json"
    source.export_json(path, with_history=True)
    document = parse_json(path.read_bytes())
    assert document["version"] == 2 and EXTENSION in document["extensions"]
    assert read_document(document)  # still a valid version 2 document: the history is an extension
    carried = source.history(states=True)
    target.import_file(path, with_history=True)
    arrived = target.history(states=True)
    assert _comparable(arrived[: len(carried)]) == _comparable(carried)
    assert [e.before for e in arrived[: len(carried)]] == [e.before for e in carried]
    assert {e.action for e in arrived[len(carried) :]} == {"import"}
    assert target.snapshot().extensions is None  # taken into the history, not kept as an extension
    edit = arrived[len(carried) - 2]  # the carried edit, before the register was retired
    assert edit.action == "update"
    restored = target.restore(r.Register, key, edit.id)
    assert restored.new.name == "Muutettu" and restored.new.status != "retired"


def test_without_the_flag_nothing_is_carried_and_an_extension_stays_as_is(
    make_workspace: Callable[[], Session], tmp_path: Path
) -> None:
    source, target = make_workspace(), make_workspace()
    _edited(source)
    plain, carrying = tmp_path / "plain.json", tmp_path / "carrying.json"
    source.export_json(plain)
    assert json.loads(plain.read_text()).get("extensions") is None
    source.export_json(carrying, with_history=True)
    target.import_file(carrying)  # not asked: the extension is kept as is, like any other
    assert {e.action for e in target.history()} == {"import"}
    again = tmp_path / "again.json"
    target.export_json(again)
    assert json.loads(again.read_text())["extensions"] == json.loads(carrying.read_text())["extensions"]


def test_one_controllers_export_carries_its_own_history(
    make_workspace: Callable[[], Session], tmp_path: Path
) -> None:
    ws = make_workspace()
    _edited(ws)
    ws.import_file(FIXTURES / "seed_inmics.json")
    path = tmp_path / "kemi.json"
    ws.export_json(path, controller="kemi", with_history=True)
    changes = json.loads(path.read_text())["extensions"][EXTENSION]["changes"]
    processors = {p["key"] for p in json.loads(path.read_text())["processors"]}
    assert all(
        c["controller"] == "kemi" or (c["entity"] == "processor" and c["key"] in processors) for c in changes
    )
    assert [c["action"] for c in changes if c["entity"] == "register"] == ["import", "update", "retire"]


def test_a_broken_carried_history_is_refused_with_its_path(make_workspace: Callable[[], Session]) -> None:
    ws = make_workspace()
    document = json.loads((FIXTURES / "seed_kemi.json").read_text())
    document["extensions"] = {EXTENSION: {"version": 1, "changes": [{"at": "yesterday", "entity": "x"}]}}
    records = read_document(document)
    with pytest.raises(InterchangeError, match=r"extensions\.ropa_history\.changes\[0\]\.user"):
        ws.import_records(records, with_history=True)
    assert ws.history() == [] and ws.snapshot().controllers == ()


def test_cli_export_and_import_with_history(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, b, path = tmp_path / "a.ropa", tmp_path / "b.ropa", tmp_path / "a.json"
    with Session.open(a) as ws:
        _edited(ws)
        count = len(ws.history())
    assert main(["--db", str(a), "export", str(path), "--with-history"]) == 0
    assert main(["--db", str(b), "import", str(path), "--with-history"]) == 0
    with Session.open(b) as ws:
        assert len(ws.history()) == 2 * count - 2  # the edits came along; the import logs each record once
    assert main(["--db", str(a), "export", str(tmp_path / "a.pdf"), "--with-history"]) == 1
    assert "only an interchange .json export carries the history" in capsys.readouterr().err

"""The change history: every command logs field by field in its own transaction, append-only."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta

import pytest
from sqlalchemy import text

from ropa.app import CommandError, Session
from ropa.app.history import diff, state
from ropa.errors import RopaError
from ropa.model import records as r


def _fields(entry: object) -> dict[str, tuple[object, object]]:
    return {f.path: (f.old, f.new) for f in entry.fields}  # type: ignore[attr-defined]


def test_import_logs_one_entry_per_record(seeded_workspace: Session) -> None:
    ws = seeded_workspace
    entries = ws.history()
    snapshot = ws.snapshot()
    registers = [g.key for c in snapshot.controllers for g in c.registers]
    logged = [e.key for e in entries if e.entity == "register"]
    assert sorted(logged) == sorted(registers)
    assert {e.action for e in entries} == {"import"}
    assert all(not e.fields for e in entries)
    assert {e.user for e in entries} == {ws.user()}
    assert {e.key for e in entries if e.entity == "controller"} == {c.key for c in snapshot.controllers}


def test_an_edit_is_logged_field_by_field_with_old_and_new(seeded_workspace: Session) -> None:
    ws = seeded_workspace
    key = ws.register_summaries(controller="kemi")[0].key
    register = ws.get(r.Register, key)
    purposes = list(register.purposes)
    purposes[0] = dataclasses.replace(purposes[0], legal_basis="art6-1-e")
    changed = dataclasses.replace(
        register,
        name="Uusi nimi",
        purposes=(*purposes, r.Purpose(description="Tilastointi", legal_basis="art6-1-e")),
        dpia=dataclasses.replace(register.dpia, reference="DPIA-7"),
    )
    started = datetime.now().astimezone().replace(tzinfo=None) - timedelta(hours=24)
    ws.update_register(key, changed)
    entry = ws.history()[-1]
    assert (entry.entity, entry.key, entry.action, entry.controller) == ("register", key, "update", "kemi")
    assert entry.at > started
    fields = _fields(entry)
    assert fields["name"] == (register.name, "Uusi nimi")
    assert fields["dpia.reference"] == (register.dpia.reference, "DPIA-7")
    n = len(register.purposes)
    assert fields[f"purposes[{n}]"][0] is None
    assert fields[f"purposes[{n}]"][1]["description"] == "Tilastointi"  # type: ignore[index]
    if register.purposes[0].legal_basis != "art6-1-e":
        assert fields["purposes[0].legal_basis"] == (register.purposes[0].legal_basis, "art6-1-e")
    assert set(fields) <= {"name", "dpia.reference", f"purposes[{n}]", "purposes[0].legal_basis"}


def test_every_kind_of_command_is_logged(seeded_workspace: Session) -> None:
    ws = seeded_workspace
    start = len(ws.history())
    processor = ws.processors()[0].key
    changes = [
        ws.create_register("kemi", r.Register(key="kemi-uusi", name="Uusi")),
        ws.duplicate_register("kemi-uusi"),
        ws.retire_register("kemi-uusi"),
        ws.move_register("kemi-uusi-copy", "inmics"),
        ws.link_processor("kemi-uusi", r.ProcessorLink(processor=processor, task="Hosting")),
        ws.add_transfer("kemi-uusi", r.Transfer(recipient="Acme", country="US")),
        ws.delete_register("kemi-uusi-copy"),
        ws.rename_controller("kemi", "Kemin kaupunki (uusi)"),
        ws.create_processor(r.Processor(key="p-uusi", name="Uusi käsittelijä", country="FI")),
        ws.add_subprocessor("p-uusi", r.Processor(key="p-ali", name="Ali", country="SE")),
        ws.update_processor("p-ali", r.Processor(key="p-ali", name="Ali AB", country="SE", parent="p-uusi")),
        ws.create_processing_on_behalf("inmics", r.ProcessingOnBehalf(key="pob-1")),
        ws.update_processing_on_behalf(
            "pob-1", r.ProcessingOnBehalf(key="pob-1", categories_of_processing="Palkanlaskenta")
        ),
        ws.delete_processing_on_behalf("pob-1"),
    ]
    undone = ws.revert(changes[5])
    logged = ws.history()[start:]
    assert [(e.action, e.key) for e in logged] == [
        ("create", "kemi-uusi"),
        ("duplicate", "kemi-uusi-copy"),
        ("retire", "kemi-uusi"),
        ("move", "kemi-uusi-copy"),
        ("link", "kemi-uusi"),
        ("add-transfer", "kemi-uusi"),
        ("delete", "kemi-uusi-copy"),
        ("rename", "kemi"),
        ("create", "p-uusi"),
        ("add-subprocessor", "p-ali"),
        ("update", "p-ali"),
        ("create", "pob-1"),
        ("update", "pob-1"),
        ("delete", "pob-1"),
        ("undo", "kemi-uusi"),
    ]
    assert _fields(logged[2]) == {"status": (changes[0].new.status, "retired")}
    assert _fields(logged[3]) == {"controller": ("kemi", "inmics")}
    assert logged[3].controller == "inmics"
    assert _fields(logged[4])["processors[0]"][1]["processor"] == processor  # type: ignore[index]
    assert _fields(logged[5])["transfers[0]"][1]["country"] == "US"  # type: ignore[index]
    assert _fields(logged[6])["name"] == ("Uusi", "")
    assert "registers" not in _fields(logged[7]) and "name" in _fields(logged[7])
    assert _fields(logged[10])["name"] == ("Ali", "Ali AB")
    assert logged[11].controller == "inmics"
    assert _fields(logged[12]) == {"categories_of_processing": ("", "Palkanlaskenta")}
    assert logged[12].controller == "inmics"
    assert list(_fields(logged[14])) == ["transfers[0]"]
    assert _fields(logged[14])["transfers[0]"][1] is None and undone.new.transfers == ()
    assert logged[14].description == "Undo: Add transfer: Uusi"
    of_inmics = [(e.action, e.key) for e in ws.history(controller="inmics")[-5:]]
    assert of_inmics == [
        ("move", "kemi-uusi-copy"),
        ("delete", "kemi-uusi-copy"),
        ("create", "pob-1"),
        ("update", "pob-1"),
        ("delete", "pob-1"),
    ]


def test_a_refused_command_logs_nothing(seeded_workspace: Session) -> None:
    ws = seeded_workspace
    before = ws.history()
    with pytest.raises(CommandError):
        ws.create_register("kemi", r.Register(key="kemi-x", purposes=(r.Purpose(legal_basis="art6-1-z"),)))
    assert ws.history() == before


def test_deleting_a_controller_logs_its_registers_too(seeded_workspace: Session) -> None:
    ws = seeded_workspace
    keys = [s.key for s in ws.register_summaries(controller="inmics")]
    start = len(ws.history())
    ws.delete_controller("inmics")
    logged = ws.history()[start:]
    assert logged[0].entity == "controller" and logged[0].action == "delete"
    assert sorted(e.key for e in logged if e.entity == "register") == sorted(keys)
    assert all(e.before is None for e in logged)  # states are read only when asked for
    history = ws.record_history(r.Register, keys[0])
    assert [e.action for e in history] == ["import", "delete"]
    assert history[-1].before is not None and history[-1].before["key"] == keys[0]


def test_history_between_dates(seeded_workspace: Session) -> None:
    ws = seeded_workspace
    everything = ws.history()
    cut = everything[-1].at + timedelta(microseconds=1)
    ws.create_register("kemi", r.Register(key="kemi-later", name="Myöhemmin"))
    assert ws.history(until=cut) == everything
    assert [e.key for e in ws.history(since=cut)] == ["kemi-later"]
    assert ws.history(since=cut, controller="inmics") == []


def test_restore_a_register_from_its_history_is_a_logged_change(seeded_workspace: Session) -> None:
    ws = seeded_workspace
    key = ws.register_summaries(controller="kemi")[0].key
    imported = ws.get(r.Register, key)
    ws.update_register(key, dataclasses.replace(imported, name="Toinen nimi", retention="5 v"))
    ws.update_register(key, dataclasses.replace(ws.get(r.Register, key), key="kemi-renamed", name="Kolmas"))
    history = ws.record_history(r.Register, "kemi-renamed")
    assert [e.action for e in history] == ["import", "update", "update"]
    assert history[-1].old_key == key
    second = ws.get(r.Register, "kemi-renamed")
    change = ws.restore(r.Register, "kemi-renamed", history[0].id)  # the imported state
    assert ws.get(r.Register, key) == imported
    assert change.action == "restore"
    last = ws.record_history(r.Register, key)[-1]
    assert last.action == "restore" and _fields(last)["key"] == ("kemi-renamed", key)
    again = ws.restore(r.Register, key, history[2].id)
    assert ws.get(r.Register, "kemi-renamed") == second
    ws.revert(again)  # a restore is undone like any change
    assert ws.get(r.Register, key) == imported
    with pytest.raises(CommandError):
        ws.restore(r.Register, "kemi-renamed", 10**9)


def test_the_log_is_append_only(seeded_workspace: Session) -> None:
    ws = seeded_workspace
    for statement in ("UPDATE history_change SET changed_by = 'mallory'", "DELETE FROM history_change"):
        with pytest.raises(RopaError, match="append-only"), ws.store.begin() as conn:
            conn.execute(text(statement))
    ws.create_register("kemi", r.Register(key="kemi-z", name="Z"))
    with pytest.raises(RopaError, match="append-only"), ws.store.begin() as conn:
        conn.execute(text("DELETE FROM history_field"))
    assert ws.history()[-1].fields


def test_diff_walks_the_catalogue() -> None:
    old = r.Register(key="a", systems=("X",), dpia=r.Dpia(reference="1"))
    new = r.Register(key="a", systems=("X", "Y"), dpia=r.Dpia(reference="2"), extensions={"k": 1})
    found = {f.path: (f.old, f.new) for f in diff(r.Register, state(old), state(new))}
    assert found == {
        "systems": (["X"], ["X", "Y"]),
        "dpia.reference": ("1", "2"),
        "extensions": (None, {"k": 1}),
    }
    created = {f.path for f in diff(r.Register, None, state(new))}
    assert created == {"key", "systems", "dpia.reference", "extensions"}


def test_a_replacing_import_logs_what_it_replaced_and_what_went_with_it(seeded_workspace: Session) -> None:
    ws = seeded_workspace
    ws.create_register("kemi", r.Register(key="kemi-toinen", name="Toinen"))
    snapshot = ws.snapshot("kemi")
    kemi = snapshot.controllers[0]
    gone = kemi.registers[-1].key
    smaller = dataclasses.replace(
        snapshot, controllers=(dataclasses.replace(kemi, registers=kemi.registers[:-1]),)
    )
    start = len(ws.history())
    ws.import_records(smaller, replace=True)
    logged = {(e.entity, e.key): e.action for e in ws.history()[start:]}
    assert logged[("controller", "kemi")] == "import-replace"
    assert logged[("register", kemi.registers[0].key)] == "import-replace"
    assert logged[("register", gone)] == "delete"
    assert all(logged[("processor", p.key)] == "import-replace" for p in snapshot.processors)


def test_registers_added_to_a_controller_are_logged_and_the_controller_is_not(
    seeded_workspace: Session,
) -> None:
    ws = seeded_workspace
    start = len(ws.history())
    added = r.Workspace(
        controllers=(
            r.Controller(key="kemi", name="Kemi", registers=(r.Register(key="kemi-draft", name="Luonnos"),)),
            r.Controller(key="uusi", name="Uusi", registers=(r.Register(key="uusi-draft", name="Luonnos"),)),
        )
    )
    ws.add_registers(added)
    logged = [(e.entity, e.key, e.controller) for e in ws.history()[start:]]
    assert sorted(logged) == [
        ("controller", "uusi", "uusi"),
        ("register", "kemi-draft", "kemi"),
        ("register", "uusi-draft", "uusi"),
    ]

"""Several people on one workspace (a PostgreSQL server, or one file): the second to save a record
someone else changed meanwhile gets a conflict naming it, never an overwrite.

Each test runs on both engines (tests/conftest.py); two real processes, or two sessions with their
own connections, play the two people.
"""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
import threading
import time
from datetime import date

import pytest
from support import SEED_DOCUMENTS, load_fixture, workspace_text

from ropa.app import ConflictError, Session
from ropa.io.interchange import read_document
from ropa.model import records as r
from ropa.model.checks import run_checks
from ropa.model.transfers import transfer_rows
from ropa.store import versions

EDITOR = """
import dataclasses, sys
from ropa.app import ConflictError, Session
from ropa.model import records as r

location, key, name = sys.argv[1:4]
with Session.open(location, create=False) as ws:
    loaded = ws.get_versioned(r.Register, key)
    print("loaded", loaded.version, flush=True)
    sys.stdin.readline()  # the other person is saving meanwhile
    try:
        change = ws.update_register(
            key, dataclasses.replace(loaded.record, name=name), expected_version=loaded.version
        )
        print("saved", change.version, flush=True)
    except ConflictError as exc:
        print("conflict", exc, flush=True)
"""


def _first_register(ws: Session) -> str:
    return ws.snapshot("kemi").controllers[0].registers[0].key


def _other(ws: Session) -> Session:
    """A second person: another session with its own connections to the same workspace."""
    return Session.open(ws.location, create=False)


def test_two_processes_edit_one_register_and_the_second_gets_the_conflict(seeded_workspace: Session) -> None:
    key = _first_register(seeded_workspace)
    version = seeded_workspace.version(r.Register, key)
    people = [
        subprocess.Popen(
            [sys.executable, "-c", EDITOR, seeded_workspace.location, key, name],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=os.environ.copy(),
        )
        for name in ("Name by the first", "Name by the second")
    ]
    try:
        for person in people:  # both have the register open at the same version
            assert person.stdout is not None
            assert person.stdout.readline().split() == ["loaded", str(version)]
        first, second = people
        first_out, first_err = first.communicate("go\n", timeout=120)
        assert first.returncode == 0, first_err
        assert first_out.split() == ["saved", str(version + 1)]
        second_out, second_err = second.communicate("go\n", timeout=120)
        assert second.returncode == 0, second_err
    finally:
        for person in people:
            person.kill()
    assert second_out.strip() == (
        f"conflict register '{key}' was changed by someone else since you opened it "
        f"(version {version}, now {version + 1}); nothing was changed: reload it and make your change again"
    )
    stored = seeded_workspace.get_versioned(r.Register, key)
    assert (stored.record.name, stored.version) == ("Name by the first", version + 1)


def test_two_sessions_the_second_save_is_refused_and_changes_nothing(seeded_workspace: Session) -> None:
    alice, key = seeded_workspace, _first_register(seeded_workspace)
    with _other(alice) as bob:
        mine, theirs = alice.get_versioned(r.Register, key), bob.get_versioned(r.Register, key)
        assert mine.version == theirs.version
        saved = alice.update_register(
            key, dataclasses.replace(mine.record, retention="5 years"), expected_version=mine.version
        )
        assert saved.version == mine.version + 1
        before = workspace_text(alice)
        with pytest.raises(ConflictError) as caught:
            bob.update_register(
                key, dataclasses.replace(theirs.record, retention="forever"), expected_version=theirs.version
            )
        assert (caught.value.noun, caught.value.key) == ("register", key)
        assert (caught.value.expected, caught.value.current) == (theirs.version, theirs.version + 1)
        assert workspace_text(alice) == before
        # reloading gives the other's change and a version that saves
        fresh = bob.get_versioned(r.Register, key)
        assert fresh.record.retention == "5 years"
        bob.update_register(
            key, dataclasses.replace(fresh.record, retention="forever"), expected_version=fresh.version
        )
        assert alice.get(r.Register, key).retention == "forever"


def test_a_record_deleted_meanwhile_is_a_conflict_too(seeded_workspace: Session) -> None:
    alice, key = seeded_workspace, _first_register(seeded_workspace)
    with _other(alice) as bob:
        theirs = bob.get_versioned(r.Register, key)
        alice.delete_register(key)
        with pytest.raises(ConflictError, match=f"register '{key}' was deleted by someone else"):
            bob.update_register(key, theirs.record, expected_version=theirs.version)
        with pytest.raises(ConflictError, match="was deleted"):
            bob.delete_register(key, expected_version=theirs.version)


def test_without_a_version_the_last_writer_wins_and_the_version_still_counts(
    seeded_workspace: Session,
) -> None:
    ws, key = seeded_workspace, _first_register(seeded_workspace)
    version = ws.version(r.Register, key)
    change = ws.update_register(key, dataclasses.replace(ws.get(r.Register, key), name="x"))
    assert change.version == version + 1 == ws.version(r.Register, key)


def test_every_kind_of_keyed_record_conflicts(seeded_workspace: Session) -> None:
    alice = seeded_workspace
    pob_key = alice.snapshot("inmics").controllers[0].processing_on_behalf[0].key
    processor_key = alice.snapshot().processors[0].key
    with _other(alice) as bob:
        stale = {
            kind: bob.get_versioned(kind, key)
            for kind, key in (
                (r.Controller, "kemi"),
                (r.Processor, processor_key),
                (r.ProcessingOnBehalf, pob_key),
            )
        }
        alice.update_controller("kemi", dataclasses.replace(stale[r.Controller].record, phone="1"))
        alice.update_processor(processor_key, dataclasses.replace(stale[r.Processor].record, phone="1"))
        alice.update_processing_on_behalf(
            pob_key, dataclasses.replace(stale[r.ProcessingOnBehalf].record, agreement="new")
        )
        with pytest.raises(ConflictError, match="controller 'kemi' was changed"):
            bob.update_controller(
                "kemi", stale[r.Controller].record, expected_version=stale[r.Controller].version
            )
        with pytest.raises(ConflictError, match=f"processor '{processor_key}' was changed"):
            bob.update_processor(
                processor_key, stale[r.Processor].record, expected_version=stale[r.Processor].version
            )
        with pytest.raises(ConflictError, match=f"'{pob_key}' was changed"):
            bob.update_processing_on_behalf(
                pob_key,
                stale[r.ProcessingOnBehalf].record,
                expected_version=stale[r.ProcessingOnBehalf].version,
            )
        with pytest.raises(ConflictError):
            bob.delete_controller("kemi", expected_version=stale[r.Controller].version)
        with pytest.raises(ConflictError):
            bob.move_register(_first_register(alice), "inmics", expected_version=0)
    assert alice.get(r.Controller, "kemi").phone == "1"


def test_list_edits_never_overwrite_a_change_made_meanwhile(seeded_workspace: Session) -> None:
    alice, key = seeded_workspace, _first_register(seeded_workspace)
    with _other(alice) as bob:
        seen = bob.version(r.Register, key)
        alice.update_register(key, dataclasses.replace(alice.get(r.Register, key), name="Renamed by Alice"))
        transfer = r.Transfer(recipient="Nimbus", country="US", mechanism="scc", scc_module=2)
        with pytest.raises(ConflictError):  # Bob's view of the register is older than the register
            bob.add_transfer(key, transfer, expected_version=seen)
        bob.add_transfer(key, transfer)  # read afresh: Alice's name is kept
        register = alice.get(r.Register, key)
        assert register.name == "Renamed by Alice" and register.transfers[-1].recipient == "Nimbus"


def test_undo_refuses_to_overwrite_someone_elses_change(seeded_workspace: Session) -> None:
    alice, key = seeded_workspace, _first_register(seeded_workspace)
    edited = alice.update_register(key, dataclasses.replace(alice.get(r.Register, key), name="Alice's"))
    with _other(alice) as bob:
        bob.update_register(key, dataclasses.replace(bob.get(r.Register, key), name="Bob's"))
    with pytest.raises(ConflictError, match=f"register '{key}' was changed by someone else"):
        alice.revert(edited)
    assert alice.get(r.Register, key).name == "Bob's"


def test_undo_and_redo_of_ones_own_changes_keep_working(seeded_workspace: Session) -> None:
    ws = seeded_workspace
    before = workspace_text(ws)
    created = ws.create_register("kemi", r.Register(key="kemi-new", name="New"))
    edited = ws.update_register("kemi-new", r.Register(key="kemi-new", name="Edited"))
    moved = ws.move_register("kemi-new", "inmics")
    undo_move = ws.revert(moved)
    undo_edit = ws.revert(edited)
    undo_create = ws.revert(created)
    assert workspace_text(ws) == before
    ws.revert(undo_create)
    ws.revert(undo_edit)
    ws.revert(undo_move)
    assert ws.get(r.Register, "kemi-new").name == "Edited"
    assert ws.snapshot("inmics").controllers[0].registers[-1].key == "kemi-new"


def test_a_replacing_import_counts_the_versions_on(seeded_workspace: Session) -> None:
    ws = seeded_workspace
    key = _first_register(ws)
    held = ws.get_versioned(r.Register, key)
    held_processor = ws.get_versioned(r.Processor, "valu-digital")  # a processor of seed_kemi
    ws.import_records(read_document(load_fixture("seed_kemi")), replace=True)
    assert ws.version(r.Register, key) == held.version + 1
    assert ws.version(r.Processor, "valu-digital") == held_processor.version + 1
    with pytest.raises(ConflictError):
        ws.update_register(key, held.record, expected_version=held.version)


def test_a_waiting_writer_sees_the_first_ones_version(seeded_workspace: Session) -> None:
    """While one transaction is writing a register, a second save of it waits, then conflicts."""
    alice, key = seeded_workspace, _first_register(seeded_workspace)
    with _other(alice) as bob:
        theirs = bob.get_versioned(r.Register, key)
        outcome: list[BaseException | None] = []

        def save() -> None:
            try:
                bob.update_register(key, theirs.record, expected_version=theirs.version)
                outcome.append(None)
            except BaseException as exc:  # noqa: BLE001 - inspected below
                outcome.append(exc)

        with alice.store.begin() as conn:
            versions.claim(conn, r.Register, key, theirs.version)
            thread = threading.Thread(target=save)
            thread.start()
            time.sleep(0.5)
            assert outcome == []  # still waiting for the first transaction
        thread.join(30)
        assert len(outcome) == 1 and isinstance(outcome[0], ConflictError)


ON = date(2026, 11, 24)


def test_checks_and_transfers_read_the_same_record_as_was_stored(seeded_workspace: Session) -> None:
    """The judging commands give on this engine what they give on the records themselves."""
    stored = read_document(load_fixture(SEED_DOCUMENTS[1]))
    for name in SEED_DOCUMENTS[2:]:
        more = read_document(load_fixture(name))
        stored = r.Workspace(
            processors=(*stored.processors, *more.processors),
            controllers=(*stored.controllers, *more.controllers),
        )
    assert seeded_workspace.check(on=ON) == run_checks(stored, ON)
    assert seeded_workspace.transfer_rows(on=ON) == transfer_rows(stored, ON)
    assert seeded_workspace.check(on=ON)  # the seeds do have findings

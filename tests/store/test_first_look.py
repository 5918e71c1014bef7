"""The first look into a workspace file: only a current Ropa workspace is read, and never changed."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from support import FIXTURES

from ropa.app import Session
from ropa.store import first_look, listing

pytestmark = pytest.mark.sqlite_only  # a look into a workspace file


def _lists(reader: listing.Reader) -> tuple[list[listing.ControllerSummary], list[listing.RegisterSummary]]:
    return listing.controller_summaries(reader), listing.register_summaries(reader, limit=2)


def test_a_current_workspace_reads_as_the_open_workspace_does(seeded_workspace: Session) -> None:
    path = seeded_workspace.path
    assert path is not None
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    found = first_look.look(path, _lists)
    assert found is not None
    controllers, registers = found
    assert controllers == seeded_workspace.controller_summaries()
    assert registers == seeded_workspace.register_summaries(limit=2)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_the_first_look_refuses_to_write(seeded_workspace: Session) -> None:
    path = seeded_workspace.path
    assert path is not None

    def write(reader: listing.Reader) -> object:
        return reader.read("DELETE FROM register")

    registers = len(seeded_workspace.register_summaries())
    assert registers > 0
    assert first_look.look(path, write) is None  # query_only: the attempt fails, nothing is read
    assert len(seeded_workspace.register_summaries()) == registers


def test_anything_but_a_current_workspace_is_left_to_the_full_open(tmp_path: Path) -> None:
    missing = tmp_path / "missing.ropa"
    assert first_look.look(missing, _lists) is None and not missing.exists()  # not created
    empty = tmp_path / "empty.ropa"
    empty.write_bytes(b"")
    assert first_look.look(empty, _lists) is None
    text = tmp_path / "notes.ropa"
    text.write_text("not a database", encoding="utf-8")
    assert first_look.look(text, _lists) is None
    foreign = tmp_path / "foreign.ropa"
    with sqlite3.connect(foreign) as db:
        db.execute("CREATE TABLE t (x)")
    assert first_look.look(foreign, _lists) is None
    old = tmp_path / "old.ropa"
    shutil.copy(FIXTURES / "workspaces" / "schema-0001.ropa", old)
    copy = old.read_bytes()
    assert first_look.look(old, _lists) is None  # an upgrade is due: the full open makes it
    assert old.read_bytes() == copy
    newer = tmp_path / "newer.ropa"
    with Session.open(newer):
        pass
    with sqlite3.connect(newer) as db:
        db.execute("UPDATE alembic_version SET version_num = '9999'")
    assert first_look.look(newer, _lists) is None
    assert first_look.look(tmp_path, _lists) is None  # a folder

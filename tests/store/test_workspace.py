"""Workspace files: created private, upgraded by migrations, refused when newer or foreign."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest
from sqlalchemy import text

from ropa.app.location import (
    default_workspace_path,
    is_server_address,
    resolve_workspace,
    resolve_workspace_path,
    server_address,
    server_backup_folder,
    without_password,
)
from ropa.errors import WorkspaceError
from ropa.store.migrate import schema_head
from ropa.store.sqlite import open_sqlite as open_workspace

BROKEN_RULE = "FOREIGN KEY|CHECK|constraint"  # SQLite's words, through WorkspaceError


def _tables(path: Path) -> set[str]:
    with sqlite3.connect(path) as db:
        return {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def test_new_workspace_is_private_and_at_the_head(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "dir" / "new.ropa"
    with open_workspace(path):
        pass
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert {"controller", "register", "processor", "transfer", "alembic_version"} <= _tables(path)
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT version_num FROM alembic_version").fetchone()[0] == schema_head()


def test_migrations_run_on_an_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.ropa"
    path.touch()
    with open_workspace(path) as ws, ws.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM register")).scalar() == 0
    assert "register_purpose" in _tables(path)


@pytest.mark.sqlite_only
def test_every_connection_has_foreign_keys_wal_and_busy_timeout(workspace) -> None:
    for _ in range(2):  # each new connection, not just the first
        with workspace.store.connect() as conn:
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 1000


def test_foreign_keys_are_enforced(seeded_workspace) -> None:
    with (
        pytest.raises(WorkspaceError, match=BROKEN_RULE),
        seeded_workspace.store.begin() as conn,
    ):
        conn.execute(
            text("INSERT INTO register_processor (register_id, position, processor_id) VALUES (1, 9, 999999)")
        )
    # a processor in use cannot be deleted away under its registers
    with (
        pytest.raises(WorkspaceError, match=BROKEN_RULE),
        seeded_workspace.store.begin() as conn,
    ):
        conn.execute(text("DELETE FROM processor WHERE key = 'valu-digital'"))
    # deleting a controller takes its registers and their lists with it
    with seeded_workspace.store.begin() as conn:
        conn.execute(text("DELETE FROM controller WHERE key = 'kemi'"))
        assert conn.execute(text("SELECT count(*) FROM register WHERE key LIKE 'kemi%'")).scalar() == 0
        orphans = conn.execute(
            text("SELECT count(*) FROM register_purpose WHERE register_id NOT IN (SELECT id FROM register)")
        ).scalar()
        assert orphans == 0


def test_a_transfer_belongs_to_exactly_one_record(seeded_workspace) -> None:
    with (
        pytest.raises(WorkspaceError, match=BROKEN_RULE),
        seeded_workspace.store.begin() as conn,
    ):
        conn.execute(text("INSERT INTO transfer (position) VALUES (0)"))


def test_newer_schema_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.ropa"
    with open_workspace(path):
        pass
    with sqlite3.connect(path) as db:
        db.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    db.close()
    before = path.read_bytes()
    with pytest.raises(WorkspaceError, match="made by a newer version of Ropa .schema 9999_from_the_future"):
        open_workspace(path)
    assert path.read_bytes() == before
    assert not (tmp_path / "future.ropa.backups").exists()


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"just some text, not a database", "not a Ropa workspace .not an SQLite database")],
)
def test_foreign_files_are_refused_untouched(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "notes.ropa"
    path.write_bytes(content)
    with pytest.raises(WorkspaceError, match=message):
        open_workspace(path)
    assert path.read_bytes() == content


def test_unrelated_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE customers (id INTEGER)")
    db.close()
    before = path.read_bytes()
    with pytest.raises(WorkspaceError, match="an unrelated database"):
        open_workspace(path)
    assert path.read_bytes() == before


def test_missing_workspace_without_create(tmp_path: Path) -> None:
    with pytest.raises(WorkspaceError, match="no such workspace"):
        open_workspace(tmp_path / "nope.ropa", create=False)
    assert not (tmp_path / "nope.ropa").exists()


def test_directory_is_not_a_workspace(tmp_path: Path) -> None:
    with pytest.raises(WorkspaceError, match="is a directory"):
        open_workspace(tmp_path)


@pytest.mark.sqlite_only
def test_backup_is_a_consistent_private_copy(seeded_workspace) -> None:
    copy = Path(seeded_workspace.store.backup("test"))
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    with sqlite3.connect(copy) as db:
        assert db.execute("SELECT count(*) FROM register").fetchone()[0] == 3
    db.close()


def test_workspace_location(tmp_path: Path) -> None:
    env = {"ROPA_DB": str(tmp_path / "env.ropa")}
    assert resolve_workspace_path(str(tmp_path / "cli.ropa"), env) == tmp_path / "cli.ropa"
    assert resolve_workspace_path(None, env) == tmp_path / "env.ropa"
    assert resolve_workspace_path(None, {}) == default_workspace_path()
    assert default_workspace_path().name == "workspace.ropa"
    assert resolve_workspace(str(tmp_path / "cli.ropa"), env) == tmp_path / "cli.ropa"
    assert resolve_workspace(None, {}) == default_workspace_path()


def test_server_addresses_stay_text_and_lose_their_passwords() -> None:
    url = "postgresql://alice@db.example.org:5432/ropa?sslmode=require"
    assert resolve_workspace(url, {"ROPA_DB": "x.ropa"}) == url  # not a Path: // would fold
    assert resolve_workspace(None, {"ROPA_DB": url}) == url
    assert is_server_address(url) and is_server_address("postgres://h/db")
    assert not is_server_address("postgresql.ropa") and not is_server_address(Path("/tmp/w.ropa"))
    assert without_password("postgresql://alice:s3cret@h:5/db?password=x&sslmode=require") == (
        "postgresql://alice@h:5/db?sslmode=require"
    )
    assert server_address("db.example.org", "ropa", user="alice", port=5433, sslmode="require") == (
        "postgresql://alice@db.example.org:5433/ropa?sslmode=require"
    )
    assert (
        server_address("/var/run/postgresql", "ropa") == "postgresql:///ropa?host=%2Fvar%2Frun%2Fpostgresql"
    )
    folder = server_backup_folder("postgresql://alice:s3cret@h:5/ropa", {"ROPA_BACKUP_DIR": "/b"})
    assert folder == Path("/b/alice@h_5_ropa")
    assert server_backup_folder("postgresql:///ropa", {}).parent.name == "backups"


def test_a_second_writer_waits_for_the_first(tmp_path: Path) -> None:
    """Write transactions take the lock up front, so two processes never interleave half-way."""
    path = tmp_path / "shared.ropa"
    with open_workspace(path) as first, open_workspace(path) as second:
        with first.begin() as conn:
            conn.execute(text("INSERT INTO workspace_meta (name, value) VALUES ('a', '1')"))
            other = sqlite3.connect(path, timeout=0.1, isolation_level=None)
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
            other.close()
        with second.begin() as conn:  # free again once the first committed
            conn.execute(text("INSERT INTO workspace_meta (name, value) VALUES ('b', '2')"))
        with second.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM workspace_meta")).scalar() == 2

"""Backups of workspace files: rotation, the daily one, before imports and upgrades, restore."""

from __future__ import annotations

import sqlite3
import stat
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from support import FIXTURES, backups_of, load_fixture, workspace_text

from ropa.app import Session
from ropa.app.backups import backup_folder, backups, daily_backup, restore
from ropa.app.location import file_backup_folder
from ropa.errors import RopaError, WorkspaceError
from ropa.io.interchange import read_document
from ropa.store.backups import STAMP_FORMAT

pytestmark = pytest.mark.sqlite_only


def _age_backups(folder: Path, days: float) -> None:
    """Rename every backup as if it had been taken ``days`` earlier."""
    for path in folder.iterdir():
        taken = datetime.strptime(path.name[:21], STAMP_FORMAT) - timedelta(days=days)
        path.rename(path.with_name(taken.strftime(STAMP_FORMAT) + path.name[21:]))


def test_rotation_keeps_the_configured_number(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seeded_workspace: Session
) -> None:
    monkeypatch.setenv("ROPA_KEEP_BACKUPS", "3")
    with Session.open(seeded_workspace.path) as ws:
        made = [Path(ws.backup(f"r{i}")) for i in range(5)]
        kept = backups(ws)
    assert [b.path for b in kept] == made[:1:-1]  # the newest three, newest first
    assert [b.reason for b in kept] == ["r4", "r3", "r2"]
    assert all(stat.S_IMODE(b.path.stat().st_mode) == 0o600 for b in kept)


def test_backup_folder_is_configurable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ROPA_BACKUP_DIR", str(tmp_path / "elsewhere"))
    one, two = tmp_path / "a" / "w.ropa", tmp_path / "b" / "w.ropa"
    for path in (one, two):
        with Session.open(path) as ws:
            ws.import_records(read_document(load_fixture("seed_kemi")))
            ws.backup()
            assert backup_folder(ws) == file_backup_folder(path)
            assert backup_folder(ws).parent == tmp_path / "elsewhere"  # type: ignore[union-attr]
    assert file_backup_folder(one) != file_backup_folder(two)  # same name, different places
    assert not (one.parent / "w.ropa.backups").exists()


def test_a_bad_keep_count_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ROPA_KEEP_BACKUPS", "none")
    with pytest.raises(RopaError, match="ROPA_KEEP_BACKUPS='none': give how many backups to keep"):
        Session.open(tmp_path / "w.ropa")


def test_daily_backup_only_when_the_newest_is_a_day_old(seeded_workspace: Session) -> None:
    folder = backup_folder(seeded_workspace)
    assert folder is not None
    _age_backups(folder, 2)  # the seeds' imports were backed up before: make those old
    first = daily_backup(seeded_workspace)
    assert first is not None and "daily" in first
    assert daily_backup(seeded_workspace) is None  # one today already
    _age_backups(folder, 1.01)
    assert daily_backup(seeded_workspace) is not None
    assert [b.reason for b in backups(seeded_workspace)].count("daily") == 2


def test_an_empty_workspace_gets_no_daily_backup(workspace: Session) -> None:
    assert daily_backup(workspace) is None and backups_of(workspace) == []


def test_backups_before_import_and_replace(workspace: Session) -> None:
    document = read_document(load_fixture("seed_kemi"))
    workspace.import_records(document)
    assert backups_of(workspace) == []  # nothing to lose in an empty workspace
    workspace.import_records(read_document(load_fixture("seed_inmics")))
    workspace.import_records(document, replace=True)
    assert [b.reason for b in backups(workspace)] == ["before-replace", "before-import"]


def test_backup_before_an_upgrade_goes_to_the_configured_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = tmp_path / "old.ropa"
    old.write_bytes((FIXTURES / "workspaces" / "schema-0001.ropa").read_bytes())
    monkeypatch.setenv("ROPA_BACKUP_DIR", str(tmp_path / "kept"))
    with Session.open(old) as ws:
        found = backups(ws)
    assert [b.reason for b in found] == ["before-upgrade-0001"]
    assert found[0].path.parent.parent == tmp_path / "kept"


def test_restore_checks_keeps_the_current_file_and_replaces_it(seeded_workspace: Session) -> None:
    path = seeded_workspace.path
    assert path is not None
    before = workspace_text(seeded_workspace)
    backup = Path(seeded_workspace.backup())
    seeded_workspace.delete_register(seeded_workspace.register_summaries()[0].key)
    changed = workspace_text(seeded_workspace)
    seeded_workspace.close()
    line = restore(path, backup)
    assert line.startswith(f"restored {path} from {backup}; the replaced workspace is kept as ")
    with Session.open(path, create=False) as ws:
        assert workspace_text(ws) == before
        kept = [b for b in backups(ws) if b.reason == "before-restore"]
    assert len(kept) == 1 and stat.S_IMODE(path.stat().st_mode) == 0o600
    with Session.open(kept[0].path, create=False) as previous:
        assert workspace_text(previous) == changed


def _corrupt(source: Path, target: Path) -> Path:
    data = bytearray(source.read_bytes())
    data[4096 * 2 : 4096 * 2 + 3000] = b"x" * 3000
    target.write_bytes(bytes(data))
    return target


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda good, t: (t.write_bytes(b"not a database at all"), t)[1], "not a Ropa workspace backup"),
        (lambda good, t: (t.write_bytes(good.read_bytes()[:20000]), t)[1], "damaged, refused"),
        (lambda good, t: _corrupt(good, t), "damaged, refused"),
    ],
    ids=["foreign", "truncated", "corrupted"],
)
def test_a_bad_backup_is_refused_in_one_line_and_nothing_changes(
    seeded_workspace: Session, tmp_path: Path, make, message: str
) -> None:
    path = seeded_workspace.path
    assert path is not None
    good = Path(seeded_workspace.backup())
    seeded_workspace.close()
    before, kept = path.read_bytes(), sorted(good.parent.iterdir())
    bad = make(good, tmp_path / "bad.ropa")
    with pytest.raises(WorkspaceError) as caught:
        restore(path, bad)
    assert message in str(caught.value) and "\n" not in str(caught.value)
    assert str(caught.value).startswith(f"{bad}: ")
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []
    assert sorted(good.parent.iterdir()) == kept  # no before-restore backup for a refused restore


def test_an_unrelated_database_is_refused(seeded_workspace: Session, tmp_path: Path) -> None:
    other = tmp_path / "other.ropa"
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE t (x)")
    assert seeded_workspace.path is not None
    with pytest.raises(WorkspaceError, match="not a Ropa workspace backup"):
        restore(seeded_workspace.path, other)


def test_restore_over_an_unreadable_workspace_keeps_its_bytes(
    seeded_workspace: Session, tmp_path: Path
) -> None:
    path = seeded_workspace.path
    assert path is not None
    backup = Path(seeded_workspace.backup())
    seeded_workspace.close()
    for side in ("-wal", "-shm"):
        Path(f"{path}{side}").unlink(missing_ok=True)
    path.write_bytes(b"garbage the disk left")
    restore(path, backup)
    kept = next(b for b in backup.parent.iterdir() if "before-restore" in b.name)
    assert kept.read_bytes() == b"garbage the disk left"
    with Session.open(path, create=False) as ws:
        assert ws.register_summaries()


def test_restoring_an_older_schema_upgrades_it(seeded_workspace: Session, tmp_path: Path) -> None:
    path = seeded_workspace.path
    assert path is not None
    seeded_workspace.close()
    old = tmp_path / "old-backup.ropa"
    old.write_bytes((FIXTURES / "workspaces" / "schema-0001.ropa").read_bytes())
    restore(path, old)
    with Session.open(path, create=False) as ws:
        reasons = [b.reason for b in backups(ws)]
        assert ws.controller_summaries()
    assert reasons[:2] == ["before-upgrade-0001", "before-restore"]

"""Backups of a workspace: their names, the rotation, and restoring a workspace file from one.

A backup is one file in the workspace's backup folder named ``<stamp>-<reason><suffix>``
(``20261125T170102123456-daily.ropa``): a consistent copy of the SQLite file made with SQLite's
online backup API, or, for a server workspace, the interchange JSON of the whole workspace
(``.json``). The folder keeps the newest ``keep`` of them. The stamp is local time, so names sort
by age. This module uses the standard library only: listing the backups, or asking whether the
newest is a day old, costs one directory read.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from ropa.errors import RopaError, WorkspaceError
from ropa.private_write import PART_SUFFIX, SQLITE_SIDES, atomic_write
from ropa.store.first_look import SQLITE_MAGIC

DEFAULT_KEEP = 20
STAMP_FORMAT = "%Y%m%dT%H%M%S%f"
STAMP_LENGTH = len("20261125T170102123456")
#: A workspace whose newest backup is older than this gets one when it is opened.
DAILY = timedelta(days=1)


@dataclass(frozen=True, kw_only=True)
class BackupPlace:
    """Where a workspace's backups go and how many are kept."""

    folder: Path
    keep: int = DEFAULT_KEEP


@dataclass(frozen=True, kw_only=True)
class Backup:
    """One backup file: when it was taken, why, and how big it is."""

    path: Path
    taken: datetime
    reason: str
    size: int


def default_place(workspace: Path) -> BackupPlace:
    """``<file>.backups/`` beside the workspace file, keeping the default number."""
    return BackupPlace(folder=workspace.parent / f"{workspace.name}.backups")


def new_backup_path(folder: Path, reason: str, suffix: str) -> Path:
    reason = "".join(c if c.isalnum() or c in "-_" else "-" for c in reason) or "manual"
    return folder / f"{datetime.now().strftime(STAMP_FORMAT)}-{reason}{suffix}"


def parse(path: Path) -> Backup | None:
    """The backup a file name describes, or None for a file that is not one (a ``.part``...)."""
    name = path.name
    if name.startswith(".") or name.endswith(PART_SUFFIX) or len(name) < STAMP_LENGTH + 2:
        return None
    if name[STAMP_LENGTH] != "-" or any(name.endswith(side) for side in SQLITE_SIDES):
        return None
    try:
        taken = datetime.strptime(name[:STAMP_LENGTH], STAMP_FORMAT)
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    reason = Path(name[STAMP_LENGTH + 1 :]).stem
    return Backup(path=path, taken=taken, reason=reason, size=size)


def list_backups(folder: Path, suffix: str | None = None) -> list[Backup]:
    """The backups in ``folder`` (with ``suffix`` only, if given), newest first."""
    try:
        entries = list(folder.iterdir())
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise RopaError(f"{folder}: cannot list the backups: {exc.strerror or exc}") from exc
    found = [b for b in map(parse, entries) if b is not None and (suffix is None or b.path.suffix == suffix)]
    return sorted(found, key=lambda b: b.path.name, reverse=True)


def rotate(folder: Path, keep: int, suffix: str | None = None) -> list[Path]:
    """Remove all but the newest ``keep`` backups; return what was removed."""
    removed = [b.path for b in list_backups(folder, suffix)[max(keep, 1) :]]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def newest_age(folder: Path, now: datetime | None = None) -> timedelta | None:
    """How old the newest backup is (from its name: one directory read); None when there is none."""
    found = list_backups(folder)
    if not found:
        return None
    return (now or datetime.now()) - found[0].taken


def is_due(folder: Path, now: datetime | None = None) -> bool:
    """True when the newest backup is older than a day, or there is none."""
    age = newest_age(folder, now)
    return age is None or age >= DAILY


def snapshot_file(source: Path, temporary: Path) -> None:
    """Copy the SQLite database ``source`` into ``temporary`` with the online backup API."""
    reader = sqlite3.connect(source)
    try:
        writer = sqlite3.connect(temporary)
        try:
            reader.backup(writer)
        finally:
            writer.close()
    finally:
        reader.close()


def verify_workspace(path: Path, known: Collection[str], *, shown: Path | None = None) -> str:
    """Check that the SQLite file ``path`` is a sound Ropa workspace; return its schema revision.

    ``PRAGMA integrity_check`` must answer ok, and the file must carry a schema revision this Ropa
    knows. ``shown`` is the name to put in the error line (the backup, when ``path`` is its copy).
    """
    name = shown or path
    try:
        with path.open("rb") as stream:
            header = stream.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise WorkspaceError(f"{name}: cannot read: {exc.strerror or exc}") from exc
    if header != SQLITE_MAGIC:
        raise WorkspaceError(f"{name}: not a Ropa workspace backup (not an SQLite database)")
    try:
        db = sqlite3.connect(path)
        try:
            problems = [row[0] for row in db.execute("PRAGMA integrity_check(5)")]
            if problems != ["ok"]:
                raise WorkspaceError(f"{name}: damaged, refused ({problems[0]})")
            tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if "alembic_version" not in tables:
                raise WorkspaceError(f"{name}: not a Ropa workspace backup (no schema revision)")
            row = db.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            db.close()
    except sqlite3.DatabaseError as exc:
        raise WorkspaceError(f"{name}: damaged, refused ({exc})") from exc
    if row is None or row[0] not in known:
        raise WorkspaceError(f"{name}: made by a newer version of Ropa (schema {row and row[0]}); refused")
    return str(row[0])


def backup_file(workspace: Path, place: BackupPlace, reason: str, suffix: str) -> Path:
    """Write a consistent, owner-only copy of the workspace file into the backup folder; rotate."""
    try:
        place.folder.mkdir(parents=True, mode=0o700, exist_ok=True)
    except OSError as exc:
        raise WorkspaceError(f"{place.folder}: cannot make the backup folder: {exc.strerror}") from exc
    target = new_backup_path(place.folder, reason, suffix)
    try:
        with atomic_write(target) as temporary:
            snapshot_file(workspace, temporary)
    except sqlite3.Error as exc:
        raise WorkspaceError(f"{workspace}: cannot back up the workspace: {exc}") from exc
    rotate(place.folder, place.keep, suffix)
    return target


def restore_file(workspace: Path, backup: Path, place: BackupPlace, known: Collection[str]) -> Path | None:
    """Replace the workspace file by the backup ``backup``; return the backup of the file replaced.

    The backup is copied beside the workspace and that copy is checked (integrity, a known schema)
    before anything else happens; a damaged or foreign file is refused and nothing changes. Then
    the current workspace, if there is one, is itself backed up (``before-restore``; a file SQLite
    cannot read is kept byte for byte) and the checked copy is renamed over it in one step. The
    workspace must not be open elsewhere meanwhile: an open connection would go on writing into
    the replaced file's WAL.
    """
    backup = Path(backup)
    if not backup.is_file():
        raise WorkspaceError(f"{backup}: no such backup")
    with atomic_write(workspace) as temporary:
        verify_workspace(backup, known)  # header first: a foreign file is named as such
        try:
            snapshot_file(backup, temporary)
        except sqlite3.Error as exc:
            raise WorkspaceError(f"{backup}: damaged, refused ({exc})") from exc
        verify_workspace(temporary, known, shown=backup)
        kept = _keep_current(workspace, place) if workspace.exists() else None
        for side in SQLITE_SIDES:  # the current file's WAL must not be replayed into the restored one
            Path(f"{workspace}{side}").unlink(missing_ok=True)
    return kept


def _keep_current(workspace: Path, place: BackupPlace) -> Path:
    suffix = workspace.suffix or ".ropa"
    try:
        _checkpoint(workspace)
        return backup_file(workspace, place, "before-restore", suffix)
    except (WorkspaceError, sqlite3.Error):  # unreadable as a database: keep its bytes
        target = new_backup_path(place.folder, "before-restore", suffix)
        place.folder.mkdir(parents=True, mode=0o700, exist_ok=True)
        with atomic_write(target) as temporary:
            shutil.copyfile(workspace, temporary)
        return target


def _checkpoint(workspace: Path) -> None:
    """Move the WAL's committed transactions into the main file, so removing the WAL loses nothing."""
    db = sqlite3.connect(workspace)
    try:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()

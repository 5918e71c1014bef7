"""Backups as the CLI and the window see them: list, take one now, the daily one, restore.

Where backups go and how many are kept: ``<file>.backups/`` beside a workspace file, 20 of them,
unless ``$ROPA_BACKUP_DIR`` and ``$ROPA_KEEP_BACKUPS`` say otherwise
(:func:`ropa.app.location.file_backup_folder`, :func:`ropa.app.location.backups_to_keep`). A
workspace file's backups are SQLite copies made with the online backup API; a server workspace's
are its interchange JSON (:meth:`ropa.store.postgres.PostgresStore.backup`).

Restoring a file replaces it whole, after checking the backup and keeping the current file as a
backup itself; restoring a server workspace from a JSON snapshot is a replacing import in one
transaction: every controller, register, processor and Art. 30(2) record of the snapshot comes back
as it was, and records created after the snapshot stay.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ropa.address import is_server_address
from ropa.app.location import backups_to_keep, file_backup_folder
from ropa.errors import RopaError, WorkspaceError
from ropa.store.backups import Backup, BackupPlace, is_due, list_backups, restore_file

if TYPE_CHECKING:
    from ropa.app.session import Session

__all__ = ["Backup", "backup_folder", "backups", "daily_backup", "restore", "restore_into"]


def backup_folder(session: Session) -> Path | None:
    """The folder the workspace's backups go to (None for a server workspace without one)."""
    found = session.store.backup_folder()
    return None if found is None else found[0]


def backups(session: Session) -> list[Backup]:
    """The workspace's backups, newest first."""
    found = session.store.backup_folder()
    return [] if found is None else list_backups(*found)


def daily_backup(session: Session, now: datetime | None = None) -> str | None:
    """Back the workspace up when its newest backup is a day old or there is none; return where.

    Costs one directory read when no backup is due. An empty workspace is not backed up.
    """
    found = session.store.backup_folder()
    if found is None or not is_due(found[0], now) or session.is_empty():
        return None
    return session.backup("daily")


def restore(location: str | os.PathLike[str], backup: str | os.PathLike[str]) -> str:
    """Put the workspace at ``location`` back as ``backup`` holds it; return one line saying so.

    A workspace file: the backup is checked (``PRAGMA integrity_check``, a Ropa schema this version
    knows) before anything changes, the current file is kept as a ``before-restore`` backup, and
    the checked copy replaces it in one rename; then it is opened once (an older backup is
    upgraded). Close the workspace everywhere first. A server workspace: the JSON snapshot is
    imported with ``--replace`` semantics in one transaction, after a ``before-restore`` backup.
    """
    backup = Path(backup)
    if is_server_address(os.fspath(location)):
        return _restore_server(os.fspath(location), backup)
    from ropa.app.session import Session
    from ropa.store.migrate import known_revisions

    path = Path(location)
    if backup.suffix.lower() == ".json":
        raise RopaError(
            f"{backup}: a JSON snapshot; restore it into a workspace with "
            "'ropa import FILE --replace', or restore a .ropa backup"
        )
    if path.exists() and backup.exists() and backup.resolve() == path.resolve():
        raise WorkspaceError(f"{backup}: is the workspace itself, not a backup of it")
    place = BackupPlace(folder=file_backup_folder(path), keep=backups_to_keep())
    kept = restore_file(path, backup, place, known_revisions())
    with Session.open(path, create=False):  # upgrades an older backup (after its own backup)
        pass
    line = f"restored {path} from {backup}"
    return f"{line}; the replaced workspace is kept as {kept}" if kept else line


def _restore_server(location: str, backup: Path) -> str:
    from ropa.app.session import Session

    with Session.open(location, create=False) as ws:
        return restore_into(ws, backup)


def restore_into(session: Session, backup: Path) -> str:
    """Restore a server workspace, open as ``session``, from its JSON snapshot ``backup``."""
    from ropa.io.interchange import read_file

    backup = Path(backup)
    if backup.suffix.lower() != ".json":
        raise RopaError(f"{backup}: a server workspace is restored from a JSON snapshot (.json)")
    records = read_file(backup)  # every problem reported before the workspace is touched
    summary = session.import_records(records, replace=True, backup_reason="before-restore")
    return f"restored {session.location} from {backup}: {summary}"

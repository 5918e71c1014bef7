"""Workspaces on disk or on a server: backends, the schema and its migrations, reading and writing records.

:func:`open_store` is the one way in: a file path opens the embedded SQLite workspace, a
``postgresql://`` address a team workspace on a PostgreSQL server. Only the application layer
(:mod:`ropa.app`) uses the store; nothing above it imports SQLAlchemy.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ropa.address import is_server_address

if TYPE_CHECKING:
    from ropa.store.backend import SnapshotBackups, Store
    from ropa.store.backups import BackupPlace

WORKSPACE_SUFFIX = ".ropa"

#: Names imported from their modules when first used (PEP 562): the window's first list reads
#: :mod:`ropa.store.listing` before anything opens a store.
_LAZY = {
    "SnapshotBackups": "ropa.store.backend",
    "Store": "ropa.store.backend",
    "BackupPlace": "ropa.store.backups",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def open_store(
    location: str | os.PathLike[str],
    *,
    create: bool = True,
    password_prompt: Callable[[str], str | None] | None = None,
    backups: SnapshotBackups | None = None,
    file_backups: BackupPlace | None = None,
) -> Store:
    """Open (with ``create``, create) the workspace at ``location``, upgrading its schema.

    ``password_prompt`` and ``backups`` concern server workspaces only: the prompt is asked when
    the server wants a password that neither PGPASSWORD nor the pgpass file gave; ``backups`` says
    where their logical backups go. ``file_backups`` is where a workspace file's backups go
    (default ``<file>.backups/`` beside it).
    """
    text = os.fspath(location)
    if is_server_address(text):
        from ropa.store.postgres import open_postgres

        return open_postgres(text, create=create, password_prompt=password_prompt, backups=backups)
    from ropa.store.sqlite import open_sqlite

    return open_sqlite(text, create=create, backups=file_backups)


__all__ = ["WORKSPACE_SUFFIX", "BackupPlace", "SnapshotBackups", "Store", "is_server_address", "open_store"]

"""Workspaces on disk: backends, the schema and its migrations, reading and writing records.

:func:`open_store` is the one way in: a file path opens the embedded SQLite workspace. Only the
application layer (:mod:`ropa.app`) uses the store; nothing above it imports SQLAlchemy.
"""

from __future__ import annotations

import os

from ropa.errors import WorkspaceError
from ropa.store.backend import Store

WORKSPACE_SUFFIX = ".ropa"


def open_store(location: str | os.PathLike[str], *, create: bool = True) -> Store:
    """Open (with ``create``, create) the workspace at ``location``, upgrading its schema."""
    text = os.fspath(location)
    if text.startswith(("postgresql:", "postgres:")):
        raise WorkspaceError(
            f"{text.split('@')[-1]}: PostgreSQL workspaces are not supported by this version"
        )
    from ropa.store.sqlite import open_sqlite

    return open_sqlite(text, create=create)


__all__ = ["WORKSPACE_SUFFIX", "Store", "open_store"]

"""A first look into a workspace file before it is opened: what the window paints first.

Opening a workspace (:meth:`ropa.app.session.Session.open`) imports the application layer and
the storage behind it, which the window's first screen does not need: a list of controllers and
the first screenful of registers, two plain queries of :mod:`ropa.store.listing`. When the file is
a Ropa workspace at the schema this Ropa writes, :func:`look` runs them here, on a ``sqlite3``
connection that refuses writes, in one read transaction; the window then opens the workspace for
work right after its first paint (README "Start-up").

Anything out of the ordinary (no file yet, an older or newer schema that wants an upgrade or a
refusal, a damaged or busy file) gives None, and the caller opens the workspace the full way,
which says what is wrong.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping
from contextlib import closing
from pathlib import Path
from typing import Any, TypeVar

from ropa.store.migrate import schema_head

T = TypeVar("T")

SQLITE_MAGIC = b"SQLite format 3\x00"
#: How long to wait for a writer's lock: a busy file is left to the full open, which waits longer.
BUSY_TIMEOUT_S = 0.2


class _Reader:
    """:class:`ropa.store.listing.Reader` over one connection inside its read transaction."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def read(self, sql: str, params: Mapping[str, Any] | None = None) -> list[tuple[Any, ...]]:
        return self._db.execute(sql, dict(params or {})).fetchall()


def look(path: Path, read: Callable[[_Reader], T]) -> T | None:
    """``read(reader)`` on the workspace file at ``path`` if it is current; None if it is not (or
    a query fails): see the module's docstring."""
    try:
        with path.open("rb") as handle:
            if handle.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
                return None
    except OSError:
        return None
    try:
        with closing(sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None)) as db:
            db.execute("PRAGMA query_only=ON")
            db.execute("BEGIN")
            try:
                revision = db.execute("SELECT version_num FROM alembic_version").fetchone()
                if revision is None or revision[0] != schema_head():
                    return None
                return read(_Reader(db))
            finally:
                db.execute("ROLLBACK")
    except sqlite3.Error:
        return None

"""Row versions: optimistic concurrency for the keyed records (controllers, registers, processors,
Art. 30(2) records).

Every change to one of them counts its ``row_version`` up, in the same statement that checks the
version the editor read (``UPDATE ... SET row_version = row_version + 1 WHERE key = :key AND
row_version = :expected``); when the row has moved on, nothing is written and
:class:`~ropa.errors.ConflictError` names the record. On PostgreSQL the statement also locks the
row until the transaction ends, so a second writer waits, then sees the new version and conflicts.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, select, update

from ropa.errors import ConflictError
from ropa.model.catalogue import entity
from ropa.store.reader import KEYED, UnknownRecordError
from ropa.store.schema import LISTS, table_of


def _table(kind: type) -> Any:
    return table_of(LISTS[KEYED[kind]].table)


def current(conn: Connection, kind: type, key: str) -> int | None:
    """The stored version of record ``key``; None when there is no such record."""
    table = _table(kind)
    found = conn.execute(select(table.c.row_version).where(table.c.key == key)).scalar()
    return None if found is None else int(found)


def claim(conn: Connection, kind: type, key: str, expected: int | None = None) -> tuple[int, int]:
    """Count the version of record ``key`` up; return its row id and the new version.

    With ``expected`` (the version the caller read), only if the row is still at that version:
    otherwise raise :class:`ConflictError` (changed or deleted since). Without it, the change
    is counted whatever the version (last writer wins, as before versions existed).
    """
    table = _table(kind)
    statement = (
        update(table)
        .where(table.c.key == key)
        .values(row_version=table.c.row_version + 1)
        .returning(table.c.id, table.c.row_version)
    )
    if expected is not None:
        statement = statement.where(table.c.row_version == expected)
    row = conn.execute(statement).first()
    if row is not None:
        return int(row[0]), int(row[1])
    noun = entity(kind).noun
    now = current(conn, kind, key) if expected is not None else None
    if expected is None:  # no row at all
        raise UnknownRecordError(f"no {noun} with key '{key}' in the workspace")
    raise ConflictError(noun, key, expected, now)

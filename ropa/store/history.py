"""The change history in the workspace: an append-only log, written inside each change's transaction.

Each change is one ``history_change`` row (when in UTC, who, the action, which record — its kind,
key, the key it had before and its controller — and, for a change made one record at a time, the
record before and after it as interchange JSON); the fields it changed are ``history_field`` rows
(a path such as ``purposes[2].legal_basis``, old and new value as JSON). The application layer
(:mod:`ropa.app.history`) computes what to write; this module only appends and reads. The
database refuses UPDATE and DELETE on both tables (triggers of revision 0005).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, insert, or_, select

from ropa.store.schema import HistoryChangeRow, HistoryFieldRow, table_of
from ropa.store.writer import chunks, insert_many

CHANGES = table_of(HistoryChangeRow)
FIELDS = table_of(HistoryFieldRow)


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field a change changed; ``None`` stands for an empty value, or an item not there."""

    path: str
    old: Any
    new: Any


@dataclass(frozen=True, slots=True, kw_only=True)
class Entry:
    """One change of the history, with the fields it changed."""

    id: int
    at: datetime  # UTC, naive
    user: str
    action: str
    description: str
    entity: str
    key: str
    old_key: str | None
    controller: str | None
    before: dict[str, Any] | None = None
    after: dict[str, Any] | None = None
    fields: tuple[FieldChange, ...] = ()


def append(
    conn: Connection,
    *,
    at: datetime,
    user: str,
    action: str,
    description: str,
    entity: str,
    key: str,
    old_key: str | None = None,
    controller: str | None = None,
    before: Mapping[str, Any] | None = None,
    after: Mapping[str, Any] | None = None,
    fields: Sequence[FieldChange] = (),
) -> int:
    """Append one change and its fields; returns the change's id."""
    result = conn.execute(
        insert(CHANGES).values(
            at=at,
            changed_by=user,
            action=action,
            description=description,
            entity=entity,
            key=key,
            old_key=old_key,
            controller=controller,
            before=before,
            after=after,
        )
    )
    inserted = result.inserted_primary_key
    assert inserted is not None
    change_id = int(inserted[0])
    if fields:
        conn.execute(
            insert(FIELDS),
            [
                {"change_id": change_id, "position": i, "path": f.path, "old": f.old, "new": f.new}
                for i, f in enumerate(fields)
            ],
        )
    return change_id


def append_many(conn: Connection, changes: Sequence[Mapping[str, Any]]) -> None:
    """Append many changes without fields in one statement (an import: one row per record).

    Each mapping has ``at``, ``changed_by``, ``action``, ``description``, ``entity``, ``key`` and
    ``controller``.
    """
    if changes:
        insert_many(conn, CHANGES, changes)


_COLUMNS = (
    CHANGES.c.id,
    CHANGES.c.at,
    CHANGES.c.changed_by,
    CHANGES.c.action,
    CHANGES.c.description,
    CHANGES.c.entity,
    CHANGES.c.key,
    CHANGES.c.old_key,
    CHANGES.c.controller,
)


def entries(
    conn: Connection,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    controller: str | None = None,
    entity: str | None = None,
    keys: Iterable[str] | None = None,
    states: bool = False,
) -> list[Entry]:
    """The changes with ``since <= at < until`` (either may be open), oldest first.

    ``controller`` keeps the changes of that controller's own record and of its registers and
    Art. 30(2) records; ``entity`` and ``keys`` keep those of the records of that kind with those
    keys (as the record was called after or before the change). ``states`` also reads the record
    before and after each change.
    """
    columns = [*_COLUMNS, CHANGES.c.before, CHANGES.c.after] if states else list(_COLUMNS)
    query = select(*columns).order_by(CHANGES.c.id)
    if since is not None:
        query = query.where(CHANGES.c.at >= since)
    if until is not None:
        query = query.where(CHANGES.c.at < until)
    if controller is not None:
        query = query.where(
            or_(
                CHANGES.c.controller == controller,
                (CHANGES.c.entity == "controller") & (CHANGES.c.key == controller),
            )
        )
    if entity is not None:
        query = query.where(CHANGES.c.entity == entity)
    if keys is not None:
        wanted = list(keys)
        query = query.where(or_(CHANGES.c.key.in_(wanted), CHANGES.c.old_key.in_(wanted)))
    rows = conn.execute(query).all()
    fields = _fields(conn, [row.id for row in rows])
    return [
        Entry(
            id=row.id,
            at=row.at,
            user=row.changed_by,
            action=row.action,
            description=row.description,
            entity=row.entity,
            key=row.key,
            old_key=row.old_key,
            controller=row.controller,
            before=row.before if states else None,
            after=row.after if states else None,
            fields=fields.get(row.id, ()),
        )
        for row in rows
    ]


def _fields(conn: Connection, ids: Sequence[int]) -> dict[int, tuple[FieldChange, ...]]:
    found: dict[int, list[FieldChange]] = {}
    for chunk in chunks(ids):
        query = (
            select(FIELDS.c.change_id, FIELDS.c.path, FIELDS.c.old, FIELDS.c.new)
            .where(FIELDS.c.change_id.in_(chunk))
            .order_by(FIELDS.c.change_id, FIELDS.c.position)
        )
        for row in conn.execute(query):
            found.setdefault(row.change_id, []).append(FieldChange(row.path, row.old, row.new))
    return {change: tuple(items) for change, items in found.items()}


def record_entries(conn: Connection, entity: str, key: str) -> list[Entry]:
    """Every change of one record, oldest first, following it through changes of its key.

    Walking back from the newest change, a change that gave the record its key (``old_key``)
    makes the earlier changes under the old key part of its history too; a record that was
    deleted and created again under the same key keeps both lives.
    """
    names = {key}
    found: dict[int, Entry] = {}
    while True:
        more = [
            e
            for e in entries(conn, entity=entity, keys=names, states=True)
            if e.id not in found and (e.key in names or e.old_key in names)
        ]
        if not more:
            break
        for e in more:
            found[e.id] = e
        renamed = {e.old_key for e in more if e.old_key} | {e.key for e in more}
        if renamed <= names:
            break
        names |= renamed
    chosen: list[Entry] = []
    current = key
    for e in sorted(found.values(), key=lambda e: e.id, reverse=True):  # newest first
        if e.key == current:
            chosen.append(e)
            if e.old_key:
                current = e.old_key
    return chosen[::-1]

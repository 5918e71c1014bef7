"""Read records out of a workspace with set-based queries: one query per table, not per record.

Rows come back as plain tuples (no per-value type processing; dates and flags are converted by
the generated ``from_row`` of :mod:`ropa.store.mapping`) and are grouped by owner in Python, so
10,000 registers load in about half a second. A controller's part of the workspace carries every
processor it references, their sub-processor chains and their parents.

The loading runs on a :data:`Query` (SQL with ``:name`` parameters -> rows): a SQLAlchemy
connection's (:func:`query_of`), or a plain ``sqlite3`` connection's
(:meth:`ropa.store.sqlite.SqliteStore.reading`), so reading a whole workspace file needs neither
SQLAlchemy nor the table models imported. Tables are named by :mod:`ropa.store.layout`.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from itertools import groupby
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from ropa.errors import RopaError, WorkspaceError
from ropa.model import records as r
from ropa.model.catalogue import entity
from ropa.model.fields import Kind
from ropa.model.processors import used_processors
from ropa.model.validate import shown
from ropa.store.layout import META_TABLE, PLACES, ROOT_EXTENSIONS, ROOT_TABLES, Place
from ropa.store.mapping import OWNER, ListField, shape

if TYPE_CHECKING:
    from sqlalchemy import Connection


class UnknownRecordError(RopaError):
    """A key the workspace does not hold."""


Grouped = dict[int | None, list[Any]]

#: One read-only statement with ``:name`` parameters -> its rows as tuples.
Query = Callable[[str, Mapping[str, Any]], Sequence[Sequence[Any]]]


def query_of(conn: Connection) -> Query:
    """The :data:`Query` of a SQLAlchemy connection (plain SQL, no per-value type processing)."""
    from sqlalchemy import text

    def query(sql: str, params: Mapping[str, Any]) -> Sequence[Sequence[Any]]:
        return conn.execute(text(sql), params).all()

    return query


def _load_records(
    query: Query,
    record: type,
    place: Place,
    where: str,
    params: Mapping[str, Any],
    keys: Mapping[int, str],
) -> Grouped:
    """Records of ``record`` in ``place``'s table matching ``where``, grouped by owner id."""
    found = shape(record)
    table = place.table
    owner = place.owner or "NULL"
    order = f"{place.owner}, position" if place.owner else "id"
    columns = ", ".join(found.columns)
    rows = query(f"SELECT id, {owner}, {columns} FROM {table} {where} ORDER BY {order}", params)
    ids = f"SELECT id FROM {table} {where}"
    lists = {field.path: _load_list(query, field, ids, params, keys) for field in found.lists}
    from_row = found.from_row
    grouped: Grouped = defaultdict(list)
    for row in rows:
        grouped[row[OWNER]].append(from_row(row, lists, keys))
    return grouped


def _load_list(
    query: Query, field: ListField, parent_ids: str, params: Mapping[str, Any], keys: Mapping[int, str]
) -> Mapping[int, tuple[Any, ...]]:
    owner = field.place.owner
    where = f"WHERE {owner} IN ({parent_ids})" if params else f"WHERE {owner} IS NOT NULL"
    if field.item is not None:
        grouped = _load_records(query, field.item, field.place, where, params, keys)
        return {owner_id: tuple(items) for owner_id, items in grouped.items() if owner_id is not None}
    table = field.place.table
    rows = query(
        f"SELECT {owner}, {field.place.value} FROM {table} {where} ORDER BY {owner}, position", params
    )
    # rows come ordered by owner: each owner's values are one run (grouped and mapped in C)
    if field.kind is Kind.REFS:  # stored as processor ids, named by key
        named = keys.__getitem__
        return {owner_id: tuple(map(named, map(_second, run))) for owner_id, run in groupby(rows, _first)}
    return {owner_id: tuple(map(_second, run)) for owner_id, run in groupby(rows, _first)}


_first, _second = itemgetter(0), itemgetter(1)


class _ProcessorKeys(dict[int, str]):
    """Id -> key of every processor; an id no processor has means the file was damaged outside Ropa
    (foreign keys switched off): told as such, not as an internal error."""

    def __missing__(self, id_: int) -> str:
        raise WorkspaceError(
            f"the workspace is damaged (a record refers to processor id {id_}, which is missing); "
            "nothing was changed: restore a copy from the workspace's backups"
        )


def _processor_keys(query: Query) -> dict[int, str]:
    """Id -> key of every processor: rows store ids, records name keys."""
    return _ProcessorKeys(
        (id_, key) for id_, key in query(f"SELECT id, key FROM {ROOT_TABLES[r.Processor]}", {})
    )


def _processors(query: Query) -> tuple[list[r.Processor], dict[int, str]]:
    keys = _processor_keys(query)
    grouped = _load_records(query, r.Processor, PLACES[(r.Workspace, "processors")], "", {}, keys)
    return grouped.get(None, []), keys


def load_workspace(conn: Connection, controller: str | None = None) -> r.Workspace:
    """Return the whole workspace, or with ``controller`` (a key) that controller's part of it."""
    return read_workspace(query_of(conn), controller)


def read_workspace(
    query: Query, controller: str | None = None, *, ids: tuple[int, int] | None = None
) -> r.Workspace:
    """:func:`load_workspace` over a :data:`Query`; with ``ids`` (low, high), only the controllers
    whose row id is above low and at most high, with every processor (a part of a split check)."""
    processors, keys = _processors(query)
    place = PLACES[(r.Workspace, "controllers")]
    params: dict[str, Any]
    where, params = "", {}
    if controller is not None:
        where, params = "WHERE key = :key", {"key": controller}
    if ids is not None:
        where, params = "WHERE id > :low AND id <= :high", {"low": ids[0], "high": ids[1]}
    controllers = tuple(_load_records(query, r.Controller, place, where, params, keys).get(None, ()))
    if controller is not None:
        if not controllers:
            raise UnknownRecordError(f"no controller with key {shown(controller)} in the workspace")
        return r.Workspace(processors=used_processors(processors, controllers), controllers=controllers)
    found = query(f"SELECT value FROM {META_TABLE} WHERE name = :name", {"name": ROOT_EXTENSIONS})
    extensions = _json_value(found[0][0]) if found else None
    return r.Workspace(processors=tuple(processors), controllers=controllers, extensions=extensions)


def _json_value(value: Any) -> Any:
    """A JSON column as SQLAlchemy's JSON type hands it back: SQLite keeps text, PostgreSQL decodes."""
    return json.loads(value) if isinstance(value, str | bytes) else value


def load_one(conn: Connection, record: type, key: str) -> Any:
    """One keyed record (a register, a processor, an Art. 30(2) record) with all its lists."""
    query = query_of(conn)
    grouped = _load_records(
        query, record, _place_of(record), "WHERE key = :key", {"key": key}, _processor_keys(query)
    )
    found = [item for items in grouped.values() for item in items]
    if not found:
        raise UnknownRecordError(f"no {_noun(record)} with key {shown(key)} in the workspace")
    return found[0]


#: Where each keyed record is kept.
KEYED: dict[type, tuple[type, str]] = {
    r.Processor: (r.Workspace, "processors"),
    r.Controller: (r.Workspace, "controllers"),
    r.Register: (r.Controller, "registers"),
    r.ProcessingOnBehalf: (r.Controller, "processing_on_behalf"),
}


def _place_of(record: type) -> Place:
    return PLACES[KEYED[record]]


def _noun(record: type) -> str:
    return entity(record).noun


def ids_by_key(conn: Connection, record: type, keys: Sequence[str]) -> dict[str, int]:
    """Row ids of keyed records."""
    from sqlalchemy import select

    from ropa.store.schema import LISTS, table_of

    table = table_of(LISTS[KEYED[record]].table)
    return {k: i for k, i in conn.execute(select(table.c.key, table.c.id).where(table.c.key.in_(list(keys))))}


def load_processors(conn: Connection) -> tuple[r.Processor, ...]:
    """The whole processor catalogue, without any controller."""
    return tuple(_processors(query_of(conn))[0])


def load_register_items(
    conn: Connection, name: str, *, controller: str | None = None, keys: Sequence[str] | None = None
) -> dict[str, tuple[Any, ...]]:
    """One list of records of every register (``"transfers"``, ``"processors"``...), by register key.

    With ``controller``, only that controller's registers; with ``keys``, only those registers.
    Registers whose list is empty are left out.
    """
    place = PLACES[(r.Register, name)]
    register = PLACES[(r.Controller, "registers")].table
    controller_table = ROOT_TABLES[r.Controller]
    owners = f"SELECT id FROM {register}"
    params: dict[str, Any] = {}
    conditions = []
    if controller is not None:
        conditions.append(f"controller_id IN (SELECT id FROM {controller_table} WHERE key = :controller)")
        params["controller"] = controller
    if keys is not None:
        names = [f"k{n}" for n in range(len(keys))]
        conditions.append(f"key IN ({', '.join(':' + n for n in names) or 'NULL'})")
        params.update(zip(names, keys, strict=True))
    if conditions:
        owners += " WHERE " + " AND ".join(conditions)
    where = f"WHERE {place.owner} IN ({owners})" if params else f"WHERE {place.owner} IS NOT NULL"
    item = next(f.item for f in shape(r.Register).lists if f.path == name)
    if item is None:
        raise ValueError(f"register.{name} is not a list of records")
    query = query_of(conn)
    grouped = _load_records(query, item, place, where, params, _processor_keys(query))
    key_of: dict[int, str] = {id_: key for id_, key in query(f"SELECT id, key FROM {register}", {})}
    return {key_of[owner]: tuple(items) for owner, items in grouped.items() if owner is not None}


def load_controller_items(
    conn: Connection, name: str, controller: str | None = None
) -> dict[str, tuple[Any, ...]]:
    """One list of records of every controller (``"processing_on_behalf"``), by controller key.

    With ``controller``, only that controller's. Controllers whose list is empty are left out.
    """
    place = PLACES[(r.Controller, name)]
    controller_table = ROOT_TABLES[r.Controller]
    params: dict[str, Any] = {}
    where = f"WHERE {place.owner} IS NOT NULL"
    if controller is not None:
        where = f"WHERE {place.owner} IN (SELECT id FROM {controller_table} WHERE key = :controller)"
        params["controller"] = controller
    item = next(f.item for f in shape(r.Controller).lists if f.path == name)
    if item is None:
        raise ValueError(f"controller.{name} is not a list of records")
    query = query_of(conn)
    grouped = _load_records(query, item, place, where, params, _processor_keys(query))
    key_of: dict[int, str] = {id_: key for id_, key in query(f"SELECT id, key FROM {controller_table}", {})}
    return {key_of[owner]: tuple(items) for owner, items in grouped.items() if owner is not None}

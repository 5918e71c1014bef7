"""Read records out of a workspace with set-based queries: one query per table, not per record.

Rows come back as plain tuples (no per-value type processing; dates and flags are converted by
the generated ``from_row`` of :mod:`ropa.store.mapping`) and are grouped by owner in Python, so
10,000 registers load in about a second. A controller's part of the workspace carries every
processor it references, their sub-processor chains and their parents.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, select, text

from ropa.errors import RopaError, WorkspaceError
from ropa.model import records as r
from ropa.model.catalogue import entity
from ropa.model.fields import Kind
from ropa.model.processors import used_processors
from ropa.model.validate import shown
from ropa.store.mapping import OWNER, ListField, shape
from ropa.store.schema import LISTS, ROOTS, Stored, WorkspaceMetaRow, table_of
from ropa.store.writer import ROOT_EXTENSIONS


class UnknownRecordError(RopaError):
    """A key the workspace does not hold."""


Grouped = dict[int | None, list[Any]]


def _name(stored_table: type) -> str:
    return table_of(stored_table).name


def _load_records(
    conn: Connection,
    record: type,
    stored: Stored,
    where: str,
    params: Mapping[str, Any],
    keys: Mapping[int, str],
) -> Grouped:
    """Records of ``record`` in ``stored``'s table matching ``where``, grouped by owner id."""
    found = shape(record)
    table = _name(stored.table)
    owner = stored.owner or "NULL"
    order = f"{stored.owner}, position" if stored.owner else "id"
    columns = ", ".join(found.columns)
    rows = conn.execute(
        text(f"SELECT id, {owner}, {columns} FROM {table} {where} ORDER BY {order}"), params
    ).all()
    ids = f"SELECT id FROM {table} {where}"
    lists = {field.path: _load_list(conn, field, ids, params, keys) for field in found.lists}
    from_row = found.from_row
    grouped: Grouped = defaultdict(list)
    for row in rows:
        grouped[row[OWNER]].append(from_row(row, lists, keys))
    return grouped


def _load_list(
    conn: Connection, field: ListField, parent_ids: str, params: Mapping[str, Any], keys: Mapping[int, str]
) -> Mapping[int, tuple[Any, ...]]:
    owner = field.stored.owner
    where = f"WHERE {owner} IN ({parent_ids})" if params else f"WHERE {owner} IS NOT NULL"
    if field.item is not None:
        grouped = _load_records(conn, field.item, field.stored, where, params, keys)
        return {owner_id: tuple(items) for owner_id, items in grouped.items() if owner_id is not None}
    table = _name(field.stored.table)
    rows = conn.execute(
        text(f"SELECT {owner}, {field.stored.value} FROM {table} {where} ORDER BY {owner}, position"), params
    ).all()
    values: dict[int, list[Any]] = defaultdict(list)
    if field.kind is Kind.REFS:  # stored as processor ids, named by key
        for owner_id, value in rows:
            values[owner_id].append(keys[value])
    else:
        for owner_id, value in rows:
            values[owner_id].append(value)
    return {owner_id: tuple(items) for owner_id, items in values.items()}


class _ProcessorKeys(dict[int, str]):
    """Id -> key of every processor; an id no processor has means the file was damaged outside Ropa
    (foreign keys switched off): told as such, not as an internal error."""

    def __missing__(self, id_: int) -> str:
        raise WorkspaceError(
            f"the workspace is damaged (a record refers to processor id {id_}, which is missing); "
            "nothing was changed: restore a copy from the workspace's backups"
        )


def _processor_keys(conn: Connection) -> dict[int, str]:
    """Id -> key of every processor: rows store ids, records name keys."""
    table = table_of(ROOTS[r.Processor])
    return _ProcessorKeys((id_, key) for id_, key in conn.execute(select(table.c.id, table.c.key)))


def _processors(conn: Connection) -> tuple[list[r.Processor], dict[int, str]]:
    keys = _processor_keys(conn)
    grouped = _load_records(conn, r.Processor, LISTS[(r.Workspace, "processors")], "", {}, keys)
    return grouped.get(None, []), keys


def load_workspace(conn: Connection, controller: str | None = None) -> r.Workspace:
    """Return the whole workspace, or with ``controller`` (a key) that controller's part of it."""
    processors, keys = _processors(conn)
    stored = LISTS[(r.Workspace, "controllers")]
    where, params = ("WHERE key = :key", {"key": controller}) if controller is not None else ("", {})
    controllers = tuple(_load_records(conn, r.Controller, stored, where, params, keys).get(None, ()))
    if controller is not None:
        if not controllers:
            raise UnknownRecordError(f"no controller with key {shown(controller)} in the workspace")
        return r.Workspace(processors=used_processors(processors, controllers), controllers=controllers)
    meta = table_of(WorkspaceMetaRow)
    extensions = conn.execute(select(meta.c.value).where(meta.c.name == ROOT_EXTENSIONS)).scalar()
    return r.Workspace(processors=tuple(processors), controllers=controllers, extensions=extensions)


def load_one(conn: Connection, record: type, key: str) -> Any:
    """One keyed record (a register, a processor, an Art. 30(2) record) with all its lists."""
    grouped = _load_records(
        conn, record, _stored_of(record), "WHERE key = :key", {"key": key}, _processor_keys(conn)
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


def _stored_of(record: type) -> Stored:
    return LISTS[KEYED[record]]


def _noun(record: type) -> str:
    return entity(record).noun


def ids_by_key(conn: Connection, record: type, keys: Sequence[str]) -> dict[str, int]:
    """Row ids of keyed records."""
    stored = _stored_of(record)
    table = table_of(stored.table)
    return {k: i for k, i in conn.execute(select(table.c.key, table.c.id).where(table.c.key.in_(list(keys))))}


def load_processors(conn: Connection) -> tuple[r.Processor, ...]:
    """The whole processor catalogue, without any controller."""
    return tuple(_processors(conn)[0])


def load_register_items(
    conn: Connection, name: str, *, controller: str | None = None, keys: Sequence[str] | None = None
) -> dict[str, tuple[Any, ...]]:
    """One list of records of every register (``"transfers"``, ``"processors"``...), by register key.

    With ``controller``, only that controller's registers; with ``keys``, only those registers.
    Registers whose list is empty are left out.
    """
    stored = LISTS[(r.Register, name)]
    register = _name(LISTS[(r.Controller, "registers")].table)
    controller_table = _name(ROOTS[r.Controller])
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
    where = f"WHERE {stored.owner} IN ({owners})" if params else f"WHERE {stored.owner} IS NOT NULL"
    item = next(f.item for f in shape(r.Register).lists if f.path == name)
    if item is None:
        raise ValueError(f"register.{name} is not a list of records")
    grouped = _load_records(conn, item, stored, where, params, _processor_keys(conn))
    key_of: dict[int, str] = {id_: key for id_, key in conn.execute(text(f"SELECT id, key FROM {register}"))}
    return {key_of[owner]: tuple(items) for owner, items in grouped.items() if owner is not None}


def load_controller_items(
    conn: Connection, name: str, controller: str | None = None
) -> dict[str, tuple[Any, ...]]:
    """One list of records of every controller (``"processing_on_behalf"``), by controller key.

    With ``controller``, only that controller's. Controllers whose list is empty are left out.
    """
    stored = LISTS[(r.Controller, name)]
    controller_table = _name(ROOTS[r.Controller])
    params: dict[str, Any] = {}
    where = f"WHERE {stored.owner} IS NOT NULL"
    if controller is not None:
        where = f"WHERE {stored.owner} IN (SELECT id FROM {controller_table} WHERE key = :controller)"
        params["controller"] = controller
    item = next(f.item for f in shape(r.Controller).lists if f.path == name)
    if item is None:
        raise ValueError(f"controller.{name} is not a list of records")
    grouped = _load_records(conn, item, stored, where, params, _processor_keys(conn))
    key_of: dict[int, str] = {
        id_: key for id_, key in conn.execute(text(f"SELECT id, key FROM {controller_table}"))
    }
    return {key_of[owner]: tuple(items) for owner, items in grouped.items() if owner is not None}

"""Write records into a workspace: bulk loading of documents and single-record changes.

Everything here runs inside the caller's transaction. Rows are inserted set-based (one
``executemany`` per table, ids handed back by the database with ``RETURNING``) so that 10,000
registers load in seconds; a single register is updated in place, its lists rewritten, without
touching the rest of its controller.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from typing import Any, TypeVar

from sqlalchemy import Connection, Table, bindparam, delete, func, insert, select, text, update

from ropa.errors import RopaError
from ropa.model import records as r
from ropa.model.fields import Kind
from ropa.model.validate import shown
from ropa.store.layout import ROOT_EXTENSIONS
from ropa.store.mapping import ListField, list_values, shape
from ropa.store.schema import LISTS, ROOTS, Stored, WorkspaceMetaRow, table_of

T = TypeVar("T")


class KeyConflictError(RopaError):
    """The document's keys are already in the workspace and replacing was not asked for."""

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = list(problems)
        more = len(self.problems) - 1
        super().__init__(self.problems[0] + (f" (and {more} more)" if more else ""))


class ProcessorCycleError(RopaError):
    """Saving would make a processor its own (indirect) sub-processor."""


@dataclass(frozen=True, kw_only=True)
class SaveSummary:
    processors_added: int = 0
    processors_replaced: int = 0
    controllers_added: int = 0
    controllers_replaced: int = 0
    registers: int = 0
    processing_on_behalf: int = 0
    #: With ``replace``: each register or Art. 30(2) record taken from a controller the document
    #: does not name, as "register 'k' moved from controller 'a' to 'b'".
    moved: tuple[str, ...] = ()

    def __str__(self) -> str:
        return (
            f"{self.controllers_added + self.controllers_replaced} controllers "
            f"({self.controllers_replaced} replaced), {self.registers} registers, "
            f"{self.processing_on_behalf} processing-on-behalf records, "
            f"{self.processors_added + self.processors_replaced} processors "
            f"({self.processors_replaced} replaced)"
        )


def chunks(values: Sequence[T], size: int = 500) -> Iterable[Sequence[T]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def key_ids(conn: Connection, stored_table: type) -> dict[str, int]:
    """Key -> id of every row of a keyed table."""
    table = table_of(stored_table)
    return {key: id_ for key, id_ in conn.execute(select(table.c.key, table.c.id))}


# -- generic inserts ----------------------------------------------------------------------------


def insert_records(
    conn: Connection,
    record: type,
    stored: Stored,
    items: Sequence[tuple[Any, int | None, int]],
    processor_ids: Mapping[str, int],
) -> list[int]:
    """Insert ``(record, owner id, position)`` items and their lists; return the new ids in order."""
    if not items:
        return []
    found = shape(record)
    table = table_of(stored.table)
    rows = []
    for value, owner, position in items:
        row = found.to_row(value, processor_ids)
        if stored.owner:
            row[stored.owner] = owner
        if "position" in table.c:
            row["position"] = position
        rows.append(row)
    if found.lists and conn.dialect.name == "postgresql":
        from ropa.store.postgres import next_ids  # ids first, then one COPY: no RETURNING batches

        ids = next_ids(conn, table.name, len(rows))
        for row, row_id in zip(rows, ids, strict=True):
            row["id"] = row_id
        insert_many(conn, table, rows)
    elif found.lists:
        statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
        ids = [row_id for (row_id,) in conn.execute(statement, rows)]
    else:
        insert_many(conn, table, rows)
        ids = []
    for field in found.lists:
        _insert_list(conn, field, [(value, ids[i]) for i, (value, _, _) in enumerate(items)], processor_ids)
    return ids


def _insert_list(
    conn: Connection, field: ListField, owners: Sequence[tuple[Any, int]], processor_ids: Mapping[str, int]
) -> None:
    """Insert the items of one list field of each ``(record, its row id)``."""
    path = field.path
    if field.item is not None:
        items = [
            (item, owner_id, i)
            for value, owner_id in owners
            for i, item in enumerate(list_values(value, path))
        ]
        insert_records(conn, field.item, field.stored, items, processor_ids)
        return
    convert = processor_ids.__getitem__ if field.kind is Kind.REFS else None
    rows = [
        {field.stored.owner: owner_id, "position": i, field.stored.value: convert(v) if convert else v}
        for value, owner_id in owners
        for i, v in enumerate(list_values(value, path))
    ]
    if rows:
        insert_many(conn, table_of(field.stored.table), rows)


def insert_many(conn: Connection, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert rows that all have the keys of the first through the driver's ``executemany``.

    SQLAlchemy's per-row parameter handling costs more than the database's own insert when a
    document brings 150,000 list rows; here each column's bind processor (dates, JSON) is looked
    up once per statement and applied in a tight loop instead. On PostgreSQL the rows go in one
    ``COPY`` (:func:`ropa.store.postgres.copy_rows`), several times faster there than psycopg's
    pipelined ``executemany`` of single-row INSERTs.
    """
    names = tuple(rows[0])
    sql, order, processors = _bulk_statement(conn.dialect, table, names)
    pick = itemgetter(*order) if len(order) > 1 else (lambda row: (row[order[0]],))
    convert = [(i, f) for i, f in enumerate(processors) if f is not None]
    params: list[Any] = []
    for row in rows:
        values = list(pick(row))
        for i, f in convert:
            if values[i] is not None:
                values[i] = f(values[i])
        params.append(tuple(values))
    if conn.dialect.name == "postgresql":
        from ropa.store.postgres import copy_rows

        copy_rows(conn, table.name, order, params)
        return
    if not sql.positional:
        params = [dict(zip(order, values, strict=True)) for values in params]
    conn.exec_driver_sql(sql.string, params)


@lru_cache(maxsize=256)
def _bulk_statement(
    dialect: Any, table: Table, names: tuple[str, ...]
) -> tuple[Any, tuple[str, ...], list[Callable[[Any], Any] | None]]:
    """The compiled INSERT of ``names`` into ``table``, its parameter order and bind processors."""
    # for_executemany: no implicit RETURNING of the new ids (PostgreSQL would add one)
    compiled = insert(table).compile(dialect=dialect, column_keys=list(names), for_executemany=True)
    order = tuple(compiled.positiontup or names)
    # the dialect's own type (psycopg wraps JSON values; SQLite writes dates as ISO text)
    return (
        compiled,
        order,
        [table.c[name].type.dialect_impl(dialect).bind_processor(dialect) for name in order],
    )


def delete_lists(conn: Connection, record: type, row_id: int) -> None:
    """Delete the rows of every list of one record (their own lists go by cascade)."""
    for field in shape(record).lists:
        table = table_of(field.stored.table)
        conn.execute(delete(table).where(table.c[field.stored.owner] == row_id))


def update_record(
    conn: Connection,
    record: type,
    stored_table: type,
    row_id: int,
    value: Any,
    processor_ids: Mapping[str, int],
    *,
    lists: bool = True,
) -> None:
    """Make one row (and, with ``lists``, its lists) say what ``value`` says; its id and owner stay."""
    found = shape(record)
    table = table_of(stored_table)
    conn.execute(update(table).where(table.c.id == row_id).values(**found.to_row(value, processor_ids)))
    if not lists:
        return
    delete_lists(conn, record, row_id)
    for field in found.lists:
        _insert_list(conn, field, [(value, row_id)], processor_ids)


# -- processors ---------------------------------------------------------------------------------


def save_processors(conn: Connection, processors: Sequence[r.Processor], key_to_id: dict[str, int]) -> int:
    """Insert new processors and update those whose key exists; return how many were updated.

    ``key_to_id`` holds the workspace's processors and gains the id of each new one. Parents
    are set once every processor of the batch has an id, so a batch may name parents in any order.
    """
    table = table_of(ROOTS[r.Processor])
    replaced = [p for p in processors if p.key in key_to_id]
    new = [p for p in processors if p.key not in key_to_id]
    ids = insert_records(
        conn,
        r.Processor,
        LISTS[(r.Workspace, "processors")],
        [(_without_parent(p), None, 0) for p in new],
        {},
    )
    key_to_id.update(zip((p.key for p in new), ids, strict=True))
    for p in replaced:
        update_record(conn, r.Processor, ROOTS[r.Processor], key_to_id[p.key], _without_parent(p), key_to_id)
    if replaced:  # a processor changed in place counts as a change to it: editors holding it conflict
        conn.execute(
            update(table).where(table.c.id == bindparam("pid")).values(row_version=table.c.row_version + 1),
            [{"pid": key_to_id[p.key]} for p in replaced],
        )
    with_parent = [p for p in processors if p.parent]
    if with_parent:
        conn.execute(
            update(table).where(table.c.id == bindparam("pid")).values(parent_id=bindparam("parent")),
            [{"pid": key_to_id[p.key], "parent": key_to_id[p.parent]} for p in with_parent if p.parent],
        )
    return len(replaced)


def _without_parent(p: r.Processor) -> r.Processor:
    return dataclasses.replace(p, parent=None)


# -- whole documents ----------------------------------------------------------------------------


def find_conflicts(conn: Connection, ws: r.Workspace, processor_ids: Mapping[str, int]) -> list[str]:
    """Describe each key of ``ws`` the workspace already holds, with its path in the document."""
    have = {
        "processor": processor_ids,
        "controller": key_ids(conn, LISTS[(r.Workspace, "controllers")].table),
        "register": key_ids(conn, LISTS[(r.Controller, "registers")].table),
        "processing-on-behalf record": key_ids(conn, LISTS[(r.Controller, "processing_on_behalf")].table),
    }
    found: list[str] = []

    def check(kind: str, key: str, path: str) -> None:
        if key in have[kind]:
            found.append(f"{path}.key: {kind} {shown(key)} is already in the workspace")

    for i, p in enumerate(ws.processors):
        check("processor", p.key, f"processors[{i}]")
    for ci, c in enumerate(ws.controllers):
        check("controller", c.key, f"controllers[{ci}]")
        for ri, g in enumerate(c.registers):
            check("register", g.key, f"controllers[{ci}].registers[{ri}]")
        for pi, pob in enumerate(c.processing_on_behalf):
            check("processing-on-behalf record", pob.key, f"controllers[{ci}].processing_on_behalf[{pi}]")
    return found


def save_workspace(conn: Connection, ws: r.Workspace, *, replace: bool = False) -> SaveSummary:
    """Store ``ws`` (validated records) on ``conn``, inside the caller's transaction.

    Keys must be new unless ``replace``: then processors with the same key are updated in place
    (other controllers may use them) and controllers, registers and Art. 30(2) records with the
    same key are replaced whole.
    """
    processor_ids = key_ids(conn, ROOTS[r.Processor])
    if not replace:
        conflicts = find_conflicts(conn, ws, processor_ids)
        if conflicts:
            raise KeyConflictError(conflicts)
    moved = _moves(conn, ws) if replace else ()
    _save_root_extensions(conn, ws.extensions, replace)
    replaced_processors = save_processors(conn, ws.processors, processor_ids)
    replaced_controllers, versions = _drop_replaced(conn, ws.controllers)
    insert_records(
        conn,
        r.Controller,
        LISTS[(r.Workspace, "controllers")],
        [(c, None, i) for i, c in enumerate(ws.controllers)],
        processor_ids,
    )
    _count_on(conn, versions)
    check_no_processor_cycle(conn)
    return SaveSummary(
        processors_added=len(ws.processors) - replaced_processors,
        processors_replaced=replaced_processors,
        controllers_added=len(ws.controllers) - replaced_controllers,
        controllers_replaced=replaced_controllers,
        registers=sum(len(c.registers) for c in ws.controllers),
        processing_on_behalf=sum(len(c.processing_on_behalf) for c in ws.controllers),
        moved=moved,
    )


def _moves(conn: Connection, ws: r.Workspace) -> tuple[str, ...]:
    """The records a replacing import takes from controllers the document does not name."""
    named = {c.key for c in ws.controllers}
    controllers = table_of(ROOTS[r.Controller])
    found: list[str] = []
    for kind, noun in (("registers", "register"), ("processing_on_behalf", "Art. 30(2) record")):
        table = table_of(LISTS[(r.Controller, kind)].table)
        wanted = {record.key: c.key for c in ws.controllers for record in getattr(c, kind)}
        for chunk in chunks(list(wanted)):
            query = (
                select(table.c.key, controllers.c.key)
                .join(controllers, controllers.c.id == table.c.controller_id)
                .where(table.c.key.in_(chunk))
            )
            for key, owner in conn.execute(query):
                if owner not in named:
                    found.append(
                        f"{noun} {shown(key)} moved from controller {shown(owner)} to {shown(wanted[key])}"
                    )
    return tuple(sorted(found))


def _save_root_extensions(conn: Connection, extensions: r.Extensions, replace: bool) -> None:
    if extensions is None:
        return
    table = table_of(WorkspaceMetaRow)
    current = conn.execute(select(table.c.value).where(table.c.name == ROOT_EXTENSIONS)).scalar()
    if current == extensions:
        return
    if current is not None and not replace:
        raise KeyConflictError(["extensions: the workspace already holds other top-level extensions"])
    conn.execute(delete(table).where(table.c.name == ROOT_EXTENSIONS))
    conn.execute(insert(table).values(name=ROOT_EXTENSIONS, value=extensions))


_Versions = tuple[Table, dict[str, int]]


def _drop_replaced(conn: Connection, controllers: Sequence[r.Controller]) -> tuple[int, list[_Versions]]:
    """Delete the controllers, registers and Art. 30(2) records the document replaces.

    Returns how many controllers went, and the row version each replaced record had, so that its
    replacement counts on from there: an editor still holding the old record then gets a conflict,
    not a silent overwrite by a record that happens to be at the same version.
    """
    tables: tuple[tuple[Table, list[str]], ...] = (
        (table_of(ROOTS[r.Controller]), [c.key for c in controllers]),
        (
            table_of(LISTS[(r.Controller, "registers")].table),
            [g.key for c in controllers for g in c.registers],
        ),
        (
            table_of(LISTS[(r.Controller, "processing_on_behalf")].table),
            [p.key for c in controllers for p in c.processing_on_behalf],
        ),
    )
    versions: list[_Versions] = []
    for table, keys in tables:  # all read first: a controller's deletion takes its registers along
        found: dict[str, int] = {}
        for chunk in chunks(keys):
            query = select(table.c.key, table.c.row_version).where(table.c.key.in_(chunk))
            found.update({key: version for key, version in conn.execute(query)})
        if found:
            versions.append((table, found))
    replaced_controllers = 0
    for index, (table, keys) in enumerate(tables):
        for chunk in chunks(keys):
            result = conn.execute(delete(table).where(table.c.key.in_(chunk)))
            if index == 0:
                replaced_controllers += result.rowcount
    return replaced_controllers, versions


def _count_on(conn: Connection, versions: Sequence[_Versions]) -> None:
    """Give each replacing record the version after the one its predecessor had."""
    for table, found in versions:
        conn.execute(
            update(table).where(table.c.key == bindparam("k")).values(row_version=bindparam("v")),
            [{"k": key, "v": version + 1} for key, version in found.items()],
        )


_CYCLE_SQL = """
WITH RECURSIVE walk(start, node, depth) AS (
    SELECT id, parent_id, 1 FROM processor WHERE parent_id IS NOT NULL
    UNION ALL
    SELECT walk.start, p.parent_id, walk.depth + 1
    FROM walk JOIN processor AS p ON p.id = walk.node
    WHERE p.parent_id IS NOT NULL AND walk.node <> walk.start AND walk.depth <= :limit
)
SELECT processor.key FROM walk JOIN processor ON processor.id = walk.start
WHERE walk.node = walk.start LIMIT 1
"""


def check_no_processor_cycle(conn: Connection) -> None:
    """Refuse (raise, so the transaction rolls back) when any processor chain in the workspace loops."""
    limit = conn.execute(select(func.count()).select_from(table_of(ROOTS[r.Processor]))).scalar() or 0
    looping = conn.execute(text(_CYCLE_SQL), {"limit": limit}).scalar()
    if looping is not None:
        raise ProcessorCycleError(
            f"processor {shown(looping)} would be its own sub-processor (the chain loops)"
        )

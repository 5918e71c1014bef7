"""Where keyed records sit: their owner controller, their position among its records, their parent.

The application layer's commands move, insert and delete single records; the SQL that keeps
positions dense and parents consistent lives here, so nothing above the store writes queries.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, delete, func, select, update

from ropa.model import records as r
from ropa.model.validate import shown
from ropa.store.reader import KEYED
from ropa.store.schema import LISTS, ROOTS, table_of
from ropa.store.writer import check_no_processor_cycle


def _table(kind: type) -> Any:
    return table_of(LISTS[KEYED[kind]].table)


def placement(conn: Connection, kind: type, row_id: int) -> tuple[str, int, int]:
    """(controller key, position, controller id) of a register or Art. 30(2) record."""
    table, controllers = _table(kind), table_of(ROOTS[r.Controller])
    row = conn.execute(
        select(controllers.c.key, table.c.position, table.c.controller_id)
        .join_from(table, controllers, controllers.c.id == table.c.controller_id)
        .where(table.c.id == row_id)
    ).one()
    return row[0], row[1], row[2]


def count(conn: Connection, kind: type, controller_id: int) -> int:
    """How many records of ``kind`` the controller has: the position after the last."""
    table = _table(kind)
    found = conn.execute(
        select(func.count()).select_from(table).where(table.c.controller_id == controller_id)
    )
    return int(found.scalar() or 0)


def shift(conn: Connection, kind: type, controller_id: int, start: int, by: int) -> None:
    """Move every record of the controller at ``start`` or after by ``by`` positions."""
    table = _table(kind)
    conn.execute(
        update(table)
        .where(table.c.controller_id == controller_id, table.c.position >= start)
        .values(position=table.c.position + by)
    )


def put(conn: Connection, kind: type, row_id: int, controller_id: int, position: int) -> None:
    """Give a record its controller and position."""
    table = _table(kind)
    conn.execute(
        update(table).where(table.c.id == row_id).values(controller_id=controller_id, position=position)
    )


def remove(conn: Connection, kind: type, row_id: int) -> None:
    """Delete one keyed record; its lists (and a controller's records) go by cascade."""
    table = _table(kind)
    conn.execute(delete(table).where(table.c.id == row_id))


def parents(conn: Connection) -> dict[str, str | None]:
    """Each processor's key and its parent's key."""
    table = table_of(ROOTS[r.Processor])
    rows = conn.execute(select(table.c.id, table.c.key, table.c.parent_id)).all()
    key_of = {row.id: row.key for row in rows}
    return {row.key: key_of.get(row.parent_id) for row in rows}


def set_parent(conn: Connection, row_id: int, parent_id: int) -> None:
    """Make a processor a sub-processor; refuse (raise) a chain that would loop."""
    table = table_of(ROOTS[r.Processor])
    conn.execute(update(table).where(table.c.id == row_id).values(parent_id=parent_id))
    check_no_processor_cycle(conn)


def processor_user(conn: Connection, processor_id: int) -> str:
    """Who refers to a processor, in words ("register 'x'"); "" when nobody does.

    One query per referring column, not a load of the workspace: deleting a processor asks this.
    """
    registers, pobs = _table(r.Register), _table(r.ProcessingOnBehalf)
    processors = table_of(ROOTS[r.Processor])
    links = table_of(LISTS[(r.Register, "processors")].table)
    transfers = table_of(LISTS[(r.Register, "transfers")].table)
    subprocessors = table_of(LISTS[(r.ProcessingOnBehalf, "subprocessors")].table)
    questions = (
        ("register", select(registers.c.key).join(links, links.c.register_id == registers.c.id)
         .where(links.c.processor_id == processor_id)),
        ("register", select(registers.c.key).join(transfers, transfers.c.register_id == registers.c.id)
         .where(transfers.c.processor_id == processor_id)),
        ("processing-on-behalf record", select(pobs.c.key)
         .join(subprocessors, subprocessors.c.processing_on_behalf_id == pobs.c.id)
         .where(subprocessors.c.processor_id == processor_id)),
        ("processing-on-behalf record", select(pobs.c.key)
         .join(transfers, transfers.c.processing_on_behalf_id == pobs.c.id)
         .where(transfers.c.processor_id == processor_id)),
        ("its sub-processor", select(processors.c.key).where(processors.c.parent_id == processor_id)),
    )  # fmt: skip
    for noun, query in questions:
        key = conn.execute(query.limit(1)).scalar()
        if key is not None:
            return f"{noun} {shown(key)}"
    return ""

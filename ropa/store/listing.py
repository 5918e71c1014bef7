"""One-line summaries of every register, for lists and tables that must open instantly.

A single set-based query (register joined to its controller and to per-register counts grouped
once over the link and transfer tables) rather than loading full records: 10,000 registers in
well under 150 ms.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Connection, func, select

from ropa.gc_pause import collector_paused
from ropa.model import records as r
from ropa.store.mapping import to_date
from ropa.store.schema import LISTS, ROOTS, table_of


@dataclass(frozen=True, slots=True, kw_only=True)
class RegisterSummary:
    """What a list of registers shows about one register."""

    key: str
    name: str
    controller_name: str
    controller_key: str
    department: str
    status: str | None
    next_review: date | None
    last_reviewed: date | None
    processors: int
    transfers: int


def register_summaries(conn: Connection) -> list[RegisterSummary]:
    """Every register of the workspace, ordered by controller name then the register's position."""
    register = table_of(LISTS[(r.Controller, "registers")].table)
    controller = table_of(ROOTS[r.Controller])
    links = table_of(LISTS[(r.Register, "processors")].table)
    transfer = table_of(LISTS[(r.Register, "transfers")].table)
    processors = (
        select(links.c.register_id, func.count(links.c.processor_id.distinct()).label("n"))
        .group_by(links.c.register_id)
        .subquery()
    )
    transfers = (
        select(transfer.c.register_id, func.count().label("n"))
        .where(transfer.c.register_id.is_not(None))
        .group_by(transfer.c.register_id)
        .subquery()
    )
    query = (
        select(
            register.c.key,
            register.c.name,
            controller.c.name.label("controller_name"),
            controller.c.key.label("controller_key"),
            register.c.department,
            register.c.status,
            register.c.next_review,
            register.c.last_reviewed,
            func.coalesce(processors.c.n, 0).label("processors"),
            func.coalesce(transfers.c.n, 0).label("transfers"),
        )
        .join_from(register, controller, register.c.controller_id == controller.c.id)
        .outerjoin(processors, processors.c.register_id == register.c.id)
        .outerjoin(transfers, transfers.c.register_id == register.c.id)
        .order_by(controller.c.name, controller.c.id, register.c.position, register.c.id)
    )
    with collector_paused():
        return [
            RegisterSummary(
                key=row.key,
                name=row.name,
                controller_name=row.controller_name,
                controller_key=row.controller_key,
                department=row.department,
                status=row.status,
                next_review=to_date(row.next_review),
                last_reviewed=to_date(row.last_reviewed),
                processors=row.processors,
                transfers=row.transfers,
            )
            for row in conn.execute(query)
        ]

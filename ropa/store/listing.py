"""One-line summaries of every register, for lists and tables that must open instantly.

A single set-based query (register joined to its controller and to per-register counts grouped
once over the link and transfer tables) rather than loading full records: 10,000 registers in
well under 150 ms.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection, func, select

from ropa.bulk import collector_paused
from ropa.model import tables as t


@dataclass(frozen=True, slots=True)
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
    register, controller = t.table_of(t.RegisterRow), t.table_of(t.ControllerRow)
    links, transfer = t.table_of(t.RegisterProcessorRow), t.table_of(t.TransferRow)
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
            controller.c.name,
            controller.c.key,
            register.c.department,
            register.c.status,
            register.c.next_review,
            register.c.last_reviewed,
            func.coalesce(processors.c.n, 0),
            func.coalesce(transfers.c.n, 0),
        )
        .join_from(register, controller, register.c.controller_id == controller.c.id)
        .outerjoin(processors, processors.c.register_id == register.c.id)
        .outerjoin(transfers, transfers.c.register_id == register.c.id)
        .order_by(controller.c.name, controller.c.id, register.c.position, register.c.id)
    )
    with collector_paused():
        rows: Sequence[tuple[Any, ...]] = conn.execute(query).all()  # 10 columns: SQLAlchemy types 10+
        return [RegisterSummary(*row) for row in rows]

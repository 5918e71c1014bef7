"""One-line summaries of registers and controllers, for lists that must open instantly.

Each list is one set-based query in plain SQL (the same for SQLite and PostgreSQL), run through
:meth:`Store.read` (the standard library's ``sqlite3`` for a workspace file), not through
SQLAlchemy: the window's first list is painted before the ORM is imported. 10,000 registers in
about 40 ms (counted per register
through the indexes on the owner columns: quicker here than joining grouped subqueries). The
table and column names are the schema's (:mod:`ropa.store.schema`); the tests run every query
against a real workspace. The rows are named tuples: they are rows, and a named tuple class
costs a tenth of a frozen dataclass's to make, which the window's start pays for each.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any, NamedTuple, Protocol

from ropa.gc_pause import collector_paused


class Reader(Protocol):
    """What the lists read through: a :class:`~ropa.store.backend.Store`, or the window's first
    look at a workspace file (:mod:`ropa.store.first_look`) before the store is opened."""

    def read(self, sql: str, params: Mapping[str, Any] | None = None) -> list[tuple[Any, ...]]: ...


_REGISTERS = """
SELECT r.key, r.name, c.name, c.key, r.department, r.status, r.next_review, r.last_reviewed,
       (SELECT count(DISTINCT p.processor_id) FROM register_processor AS p WHERE p.register_id = r.id),
       (SELECT count(*) FROM transfer AS t WHERE t.register_id = r.id)
FROM register AS r
JOIN controller AS c ON c.id = r.controller_id
{where}
ORDER BY {order}
{limit}
"""

#: The orders a list can ask for (a register list's first screenful comes first this way).
ORDERS = {
    "controller": "c.name, c.id, r.position, r.id",
    "name": "lower(r.name), r.id",
    "department": "lower(r.department), r.id",
    "status": "r.status, r.id",
    "next_review": "r.next_review IS NULL, r.next_review, r.id",
    "processors": "9, r.id",
    "transfers": "10, r.id",
}
_DESCENDING = {key: ", ".join(f"{part} DESC" for part in value.split(", ")) for key, value in ORDERS.items()}

_CONTROLLERS = """
SELECT c.key, c.name,
       (SELECT count(*) FROM register AS r WHERE r.controller_id = c.id),
       (SELECT count(*) FROM processing_on_behalf AS b WHERE b.controller_id = c.id)
FROM controller AS c
ORDER BY c.name, c.id
"""


class RegisterSummary(NamedTuple):
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
    transfers: int  # declared transfers


class RegisterFacts(NamedTuple):
    """What the register list filters on beyond its summary; computed after the list is shown."""

    legal_bases: frozenset[str] = frozenset()
    special_categories: frozenset[str] = frozenset()  # Art. 9(1) codes and "criminal" (Art. 10)
    derived_transfers: int = 0  # (processor, country) pairs outside the EEA in its chains, today
    derived_countries: tuple[str, ...] = ()
    processors: frozenset[str] = frozenset()  # every processor of its chains, sub-processors included


class ControllerSummary(NamedTuple):
    """What the controller switcher shows about one controller."""

    key: str
    name: str
    registers: int
    processing_on_behalf: int


def _day(value: object) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def _where(column: str, values: Iterable[str] | None) -> tuple[str, dict[str, str]]:
    """``column IN (:k0, :k1...)`` and its parameters; ("", {}) for None (no restriction)."""
    if values is None:
        return "", {}
    params = {f"k{n}": value for n, value in enumerate(sorted(set(values)))}
    return f"{column} IN ({', '.join(':' + name for name in params) or 'NULL'})", params


def _conditions(
    keys: Iterable[str] | None, controller: str | None, controllers: Iterable[str] | None = None
) -> tuple[str, dict[str, str]]:
    """The registers in ``keys`` (all with None) of ``controller`` (any with None) and among
    ``controllers`` (any with None), as SQL."""
    condition, params = _where("r.key", keys)
    if controller is not None:
        condition = " AND ".join(part for part in (condition, "c.key = :controller") if part)
        params["controller"] = controller
    if controllers is not None:
        among, named = _where("c.key", controllers)
        params.update({f"c{name}": value for name, value in named.items()})
        condition = " AND ".join(part for part in (condition, among.replace(":k", ":ck")) if part)
    return condition, params


def register_summaries(
    store: Reader,
    keys: Iterable[str] | None = None,
    *,
    controller: str | None = None,
    order: str = "controller",
    descending: bool = False,
    limit: int | None = None,
    controllers: Iterable[str] | None = None,
) -> list[RegisterSummary]:
    """Every register (or those in ``keys``, or one controller's), by controller name then position.

    ``order`` (a key of :data:`ORDERS`) and ``limit`` give the first rows of another order: the
    window reads its first screenful this way before the whole list. ``controllers`` keeps to
    the registers of those controllers: the first screenful in controller order names the
    controllers it needs, so the database sorts only their registers, not all of them.
    """
    condition, params = _conditions(keys, controller, controllers)
    sql = _REGISTERS.format(
        where=f"WHERE {condition}" if condition else "",
        order=(_DESCENDING if descending else ORDERS)[order],
        limit="" if limit is None else f"LIMIT {int(limit)}",
    )
    with collector_paused():
        return [
            RegisterSummary(
                key=key,
                name=name,
                controller_name=controller_name,
                controller_key=controller_key,
                department=department,
                status=status,
                next_review=_day(next_review),
                last_reviewed=_day(last_reviewed),
                processors=processors,
                transfers=transfers,
            )
            for (
                key,
                name,
                controller_name,
                controller_key,
                department,
                status,
                next_review,
                last_reviewed,
                processors,
                transfers,
            ) in store.read(sql, params)
        ]


_BASES = """
SELECT DISTINCT r.key, u.legal_basis FROM register_purpose AS u JOIN register AS r ON r.id = u.register_id
WHERE u.legal_basis IS NOT NULL {also}
"""
_SPECIALS = """
SELECT DISTINCT r.key, d.special FROM register_data_category AS d JOIN register AS r ON r.id = d.register_id
WHERE d.special IS NOT NULL {also}
"""
_LINKS = """
SELECT r.key, p.key, l.task, l.agreement, l.agreement_date
FROM register_processor AS l
JOIN register AS r ON r.id = l.register_id
JOIN controller AS c ON c.id = r.controller_id
JOIN processor AS p ON p.id = l.processor_id
{where}
ORDER BY l.register_id, l.position
"""


class LinkSummary(NamedTuple):
    """A register's use of a processor, as the processor views list it."""

    register: str
    processor: str
    task: str
    agreement: str
    agreement_date: date | None


def register_codes(
    store: Reader, keys: Iterable[str] | None = None
) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """(legal bases, special categories) of every register (or those in ``keys``) that has any."""
    condition, params = _where("r.key", keys)
    also = f"AND {condition}" if condition else ""
    bases: dict[str, list[str]] = {}
    specials: dict[str, list[str]] = {}
    for key, code in store.read(_BASES.format(also=also), params):
        bases.setdefault(key, []).append(code)
    for key, code in store.read(_SPECIALS.format(also=also), params):
        specials.setdefault(key, []).append(code)
    return {key: (tuple(bases.get(key, ())), tuple(specials.get(key, ()))) for key in {*bases, *specials}}


def register_links(
    store: Reader, keys: Iterable[str] | None = None, *, controller: str | None = None
) -> list[LinkSummary]:
    """The processor links of every register (or of ``keys``, or of one controller's registers)."""
    condition, params = _conditions(keys, controller)
    sql = _LINKS.format(where=f"WHERE {condition}" if condition else "")
    return [
        LinkSummary(
            register=register, processor=processor, task=task, agreement=agreement, agreement_date=_day(on)
        )
        for register, processor, task, agreement, on in store.read(sql, params)
    ]


def controller_summaries(store: Reader) -> list[ControllerSummary]:
    """Every controller by name, with how many registers and Art. 30(2) records it has."""
    return [
        ControllerSummary(key=key, name=name, registers=registers, processing_on_behalf=pobs)
        for key, name, registers, pobs in store.read(_CONTROLLERS)
    ]

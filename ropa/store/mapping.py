"""Records to rows and rows to records, derived from the field catalogue and the schema's rule.

For each record kept in a table, a :class:`Shape` says which columns hold its fields (the naming
rule of :mod:`ropa.store.schema`), which list fields live in other tables (:data:`LISTS`), and
carries two functions generated once from the catalogue: ``to_row`` (record -> column values)
and ``from_row`` (a fetched row and its grouped lists -> record). They are generated as Python
source, as :mod:`dataclasses` generates ``__init__``, because a loop over field descriptions per
row would make loading 10,000 registers several times slower. A field added to a record is
mapped here without any change to this module.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import TYPE_CHECKING, Any

from ropa.model.catalogue import entity, is_empty
from ropa.model.fields import Kind
from ropa.store.layout import PLACES, Place

if TYPE_CHECKING:  # the table models import SQLAlchemy: reading a workspace needs only the names
    from ropa.store.schema import Stored

LIST_KINDS = frozenset({Kind.TEXTS, Kind.CODES, Kind.COUNTRIES, Kind.REFS, Kind.LIST})

#: Columns every data row is fetched with before its field columns.
ID, OWNER = 0, 1
FIRST_FIELD = 2


@dataclass(frozen=True, slots=True)
class ListField:
    """A list field of a record and the table that holds it."""

    path: str  # "purposes", "dpia.criteria"
    place: Place  # the table by name (reading)
    item: type | None  # the record type of a list of records; None for plain values
    kind: Kind
    owner: type  # the record type the path starts from

    @property
    def stored(self) -> Stored:
        """The table model (writing; imports SQLAlchemy)."""
        from ropa.store.schema import LISTS

        return LISTS[(self.owner, self.path)]


@dataclass(frozen=True, slots=True)
class Shape:
    """How one record type is laid over one table."""

    record: type
    columns: tuple[str, ...]  # field columns, in fetch order, then "extensions"
    lists: tuple[ListField, ...]
    to_row: Callable[[Any, Mapping[str, int]], dict[str, Any]]
    from_row: Callable[[Sequence[Any], Mapping[str, Mapping[int, Sequence[Any]]], Mapping[int, str]], Any]


def column_of(prefix: str, name: str, kind: Kind) -> str:
    """The schema's naming rule for one field."""
    return f"{prefix}{name}_id" if kind is Kind.REF else f"{prefix}{name}"


def to_date(value: Any) -> date | None:
    """SQLite hands dates back as text; PostgreSQL as dates."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value)


def to_flag(value: Any) -> bool | None:
    return None if value is None else bool(value)


def to_json(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str | bytes) else value


def packed(**parts: Any) -> dict[str, Any] | None:
    """The ``extensions`` objects of a row's record and its embedded records, keyed by path."""
    found = {path: value for path, value in parts.items() if value is not None}
    return found or None


def _unpacked(value: Any) -> dict[str, Any]:
    found = to_json(value)
    return found if isinstance(found, dict) else {}


class _Source:
    """Collects generated source lines and the names they refer to."""

    def __init__(self) -> None:
        self.names: dict[str, Any] = {
            "to_date": to_date,
            "to_flag": to_flag,
            "packed": packed,
            "unpacked": _unpacked,
            "is_empty": is_empty,
        }

    def name(self, value: Any) -> str:
        for known, existing in self.names.items():
            if existing is value:
                return known
        label = f"_v{len(self.names)}"
        self.names[label] = value
        return label


@cache
def shape(record: type) -> Shape:
    """The shape of ``record`` over its table (a root or a list of records in ``PLACES``)."""
    source = _Source()
    columns: list[str] = []
    lists: list[ListField] = []
    row_parts: list[str] = []
    ext_parts: list[str] = []

    def build(kind_record: type, prefix: str, path: tuple[str, ...], access: str) -> str:
        """Source of an expression building ``kind_record`` from ``row``; fills the writer parts."""
        args: list[str] = []
        for spec in entity(kind_record).fields:
            name, kind = spec.name, spec.kind
            here = f"{access}.{name}"
            if kind in LIST_KINDS:
                list_path = ".".join((*path, name))
                place = PLACES[(record, list_path)]
                item = spec.record if kind is Kind.LIST else None
                lists.append(ListField(list_path, place, item, kind, record))
                args.append(f"{name}=lists[{list_path!r}].get(row[0], ())")
                continue
            if kind in (Kind.OBJECT, Kind.OPTIONAL):
                inner = spec.record
                assert inner is not None
                sub_access = here
                if kind is Kind.OPTIONAL:
                    empty = source.name(inner())
                    sub_access = f"({here} or {empty})"
                built = build(inner, f"{prefix}{name}_", (*path, name), sub_access)
                if kind is Kind.OPTIONAL:
                    built = f"(lambda x: None if is_empty(x) else x)({built})"
                args.append(f"{name}={built}")
                continue
            column = column_of(prefix, name, kind)
            index = FIRST_FIELD + len(columns)
            columns.append(column)
            value = f"row[{index}]"
            if kind is Kind.DATE:
                value = f"to_date({value})"
            elif kind is Kind.FLAG:
                value = f"to_flag({value})"
            elif kind is Kind.REF:
                value = f"(None if {value} is None else keys[{value}])"
                if spec.mandatory:
                    value = f"({value} or '')"
                row_parts.append(f"{column!r}: (ids[{here}] if {here} else None)")
            if kind is not Kind.REF:
                row_parts.append(f"{column!r}: {here}")
            args.append(f"{name}={value}")
        ext_path = ".".join(path)
        ext_parts.append(f"{ext_path!r}: {access}.extensions")
        args.append(f"extensions=ext.get({ext_path!r})")
        return f"{source.name(kind_record)}({', '.join(args)})"

    body = build(record, "", (), "rec")
    extensions_index = FIRST_FIELD + len(columns)
    columns.append("extensions")
    reader = (
        "def from_row(row, lists, keys):\n"
        f"    ext = unpacked(row[{extensions_index}]) if row[{extensions_index}] is not None else {{}}\n"
        f"    return {body}\n"
    )
    writer = (
        "def to_row(rec, ids):\n"
        f"    return {{{', '.join(row_parts)}, 'extensions': packed(**{{{', '.join(ext_parts)}}})}}\n"
    )
    namespace: dict[str, Any] = dict(source.names)
    exec(compile(reader + writer, f"<ropa.store.mapping {record.__name__}>", "exec"), namespace)  # noqa: S102
    return Shape(
        record=record,
        columns=tuple(columns),
        lists=tuple(lists),
        to_row=namespace["to_row"],
        from_row=namespace["from_row"],
    )


def list_values(record: Any, path: str) -> Sequence[Any]:
    """The items of the list field at ``path`` ("dpia.criteria") of ``record``."""
    value = record
    for part in path.split("."):
        value = getattr(value, part)
    return value  # type: ignore[no-any-return]

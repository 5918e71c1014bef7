"""Records to cell values, one table row at a time, planned once per table from its columns.

Codes become labels in the workbook's language, destinations ``Name (CODE)``, processor keys
``Name [key]``, lists of short texts one item per line. Text a spreadsheet could take for a
formula goes through ``literal`` (the writer makes it a string cell that stays text when edited);
dates through ``day``. What no cell can hold exactly (control characters, carriage returns,
more than 32,767 characters, list items with line breaks) and every ``extensions`` object go to
the row's *extras*, which the writer stores in the hidden sheet under a token in column A.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date
from operator import attrgetter
from typing import Any

from ropa.io.excel.layout import CELL_KINDS, NESTED_KINDS, Column, Role, Table
from ropa.io.excel.text import ERROR_TEXTS, FORMULA_START, lines, needs_care, visible
from ropa.io.excel.vocabulary import code_labels, country_label, flag_label
from ropa.model.catalogue import entity
from ropa.model.fields import FieldSpec, Kind

Get = Callable[[Any], Any]
Convert = Callable[[Any], Any]
BULLET = "• "
EMPTY_LINE = "–"


class NeedsExact(Exception):  # noqa: N818 - a signal, not an error
    """A value no cell holds exactly: the row is rendered again with its extras recorded."""


def getter(path: tuple[str, ...]) -> Get:
    """Read a field path; an absent optional object on the way gives None."""
    if len(path) == 1:
        return attrgetter(path[0])

    def get(item: Any) -> Any:
        for name in path:
            item = getattr(item, name)
            if item is None:
                return None
        return item

    return get


def object_paths(record: type, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """The row record and each object embedded in it: where ``extensions`` can be."""
    found = [prefix]
    for spec in entity(record).fields:
        if spec.kind in NESTED_KINDS:
            assert spec.record is not None
            found.extend(object_paths(spec.record, (*prefix, spec.name)))
    return found


def _same(value: Any) -> Any:
    return value


class Context:
    """What rendering needs besides the row: the language and the processor catalogue."""

    def __init__(self, lang: str, processors: Iterable[Any]) -> None:
        self.lang = lang
        self.names: dict[str, str] = {}
        self.parents: dict[str, str | None] = {}
        for processor in processors:
            self.names[processor.key] = processor.name
            self.parents[processor.key] = processor.parent
        self._countries: dict[str, str] = {}
        self._refs: dict[str, str] = {}

    def country(self, code: str) -> str:
        found = self._countries.get(code)
        if found is None:
            found = self._countries[code] = country_label(code, self.lang)
        return found

    def ref(self, key: str) -> str:
        """``Name [key]``: readable, and exact because of the key."""
        found = self._refs.get(key)
        if found is None:
            name = self.names.get(key, "")
            found = self._refs[key] = f"{visible(name)} [{key}]" if name else key
        return found

    def chain(self, key: str | None) -> str | None:
        """The processors from the top of the chain down to ``key``'s parent's child: ``A › B › C``."""
        if not key:
            return None
        names: list[str] = []
        seen: set[str] = set()
        current: str | None = key
        while current and current not in seen:
            seen.add(current)
            names.append(self.names.get(current) or current)
            current = self.parents.get(current)
        return " › ".join(reversed(names))


class RowRenderer:
    """Turns one item of a table into the values of its row."""

    def __init__(
        self,
        table: Table,
        context: Context,
        *,
        literal: Callable[[str], Any] = _same,
        day: Callable[[date], Any] = _same,
    ) -> None:
        self.table = table
        self.context = context
        self.literal = literal
        self.day = day
        self.columns = table.columns
        self._objects = [(getter(p) if p else _same, ".".join(p)) for p in object_paths(table.record)]
        self._plan: list[tuple[Get, Convert]] = []
        self._slots: list[int] = []  # index of each planned column in the row
        self.owner_slot = self.extras_slot = -1
        self.number_slots: list[int] = []
        for index, column in enumerate(self.columns):
            if column.role is Role.EXTRAS:
                self.extras_slot = index
            elif column.role is Role.OWNER:
                self.owner_slot = index
            elif column.role is Role.NUMBER:
                self.number_slots.append(index)
            else:
                self._slots.append(index)
                self._plan.append(self._column(column))
        self.width = len(self.columns)

    # -- planning -----------------------------------------------------------------------------

    def _column(self, column: Column) -> tuple[Get, Convert]:
        if column.role is Role.DATA:
            assert column.spec is not None
            return getter(column.path), self.converter(column.spec)
        if column.role is Role.SUMMARY:
            assert column.spec is not None
            return getter(column.path), self._summary(column)
        if column.role is Role.CHAIN:
            return getter(column.path), self.context.chain
        if column.role is Role.COUNT:
            return getter(column.path), lambda items: len(items) if items else None
        raise AssertionError(column.role)

    def converter(self, spec: FieldSpec) -> Convert:  # noqa: C901 - one branch per kind
        """The cell value of one field's value (``NeedsExact`` when no cell holds it exactly)."""
        kind, lang, context = spec.kind, self.context.lang, self.context
        if kind in (Kind.TEXT, Kind.KEY):
            return self.text
        if kind is Kind.TEXTS:

            def texts(items: tuple[str, ...]) -> Any:
                if not items:
                    return None
                for item in items:
                    if not item or "\n" in item or item != item.strip():
                        raise NeedsExact
                return self.text(lines(items))

            return texts
        if kind is Kind.CODE:
            labels = code_labels(spec.codes, lang)
            return lambda code: labels.get(code, code) if code else None
        if kind is Kind.CODES:
            labels = code_labels(spec.codes, lang)
            return lambda codes: lines([labels.get(c, c) for c in codes]) if codes else None
        if kind is Kind.COUNTRY:
            return lambda code: context.country(code) if code else None
        if kind is Kind.COUNTRIES:
            return lambda codes: lines([context.country(c) for c in codes]) if codes else None
        if kind is Kind.DATE:
            return lambda day: self.day(day) if day is not None else None
        if kind is Kind.FLAG:
            return lambda value: flag_label(value, lang)
        if kind is Kind.SCC_MODULE:
            return _same
        if kind is Kind.REF:
            return lambda key: self.text(context.ref(key)) if key else None
        if kind is Kind.REFS:
            return lambda keys: self.text(lines([context.ref(k) for k in keys])) if keys else None
        raise AssertionError(kind)

    def text(self, value: str) -> Any:
        if not value:
            return None
        if needs_care(value):
            raise NeedsExact
        if value[0] in FORMULA_START or (value[0] == "#" and value in ERROR_TEXTS):
            return self.literal(value)
        return value

    def _summary(self, column: Column) -> Convert:
        """One line per item: the item field's value as people read it ("• sopimus")."""
        assert column.spec is not None
        spec = column.spec
        get = attrgetter(spec.name)
        plain = RowRenderer.__new__(RowRenderer)  # the converters without literal/day wrapping
        plain.context, plain.literal, plain.day = self.context, _same, _iso
        convert = plain.converter(spec)

        def shown(value: Any) -> str:
            try:
                found = convert(value)
            except NeedsExact:
                found = lines(value) if isinstance(value, tuple) else value
            if found is None or found == "":
                return EMPTY_LINE
            return visible(str(found)).replace("\n", "; ")

        def summary(items: tuple[Any, ...]) -> str | None:
            if not items:
                return None
            parts = [shown(get(item)) for item in items]
            if all(part == EMPTY_LINE for part in parts):
                return None
            return visible("\n".join(BULLET + part for part in parts))

        return summary

    # -- rendering ----------------------------------------------------------------------------

    def row(self, item: Any, owner: Any = None, numbers: tuple[int, ...] = ()) -> tuple[list[Any], Any]:
        """The row's cell values and its extras (None when every value fits its cell)."""
        values: list[Any] = [None] * self.width
        try:
            for slot, (get, convert) in zip(self._slots, self._plan, strict=True):
                values[slot] = convert(get(item))
            exact: dict[str, Any] | None = None
        except NeedsExact:
            exact = self._exact(item, values)
        if self.owner_slot >= 0:
            values[self.owner_slot] = owner
        for slot, number in zip(self.number_slots, numbers, strict=True):
            values[slot] = number
        extensions = None
        for get, name in self._objects:
            found = get(item)
            if found is not None and found.extensions is not None:
                if extensions is None:
                    extensions = {}
                extensions[name] = found.extensions
        if exact is None and extensions is None:
            return values, None
        extras: dict[str, Any] = {}
        if extensions is not None:
            extras["extensions"] = extensions
        if exact:
            extras["exact"] = exact
        return values, extras

    def _exact(self, item: Any, values: list[Any]) -> dict[str, Any]:
        """Render column by column, keeping each value no cell holds exactly."""
        exact: dict[str, Any] = {}
        for slot, (get, convert) in zip(self._slots, self._plan, strict=True):
            value = get(item)
            try:
                values[slot] = convert(value)
            except NeedsExact:
                column = self.columns[slot]
                exact[column.machine] = list(value) if isinstance(value, tuple) else value
                shown = lines(value) if isinstance(value, tuple) else value
                values[slot] = self.literal(visible(shown)) if shown else None
        return exact


def _iso(value: date) -> str:
    return value.isoformat()


def owner_title(record: type) -> Get:
    """How an owner row is named beside its key: its first required field (a register's name)."""
    for spec in _flat(record, ()):
        path, field = spec
        if field.kind is not Kind.KEY and (field.required or field.mandatory) and field.kind is Kind.TEXT:
            return getter(path)
    return lambda item: ""


def _flat(record: type, prefix: tuple[str, ...]) -> list[tuple[tuple[str, ...], FieldSpec]]:
    found: list[tuple[tuple[str, ...], FieldSpec]] = []
    for spec in entity(record).fields:
        path = (*prefix, spec.name)
        if spec.kind in CELL_KINDS:
            found.append((path, spec))
        elif spec.kind in NESTED_KINDS:
            assert spec.record is not None
            found.extend(_flat(spec.record, path))
    return found


def owner_label(title: Get, item: Any) -> str:
    """``Name [key]`` for an owner row (a register named beside its key)."""
    name = title(item) or ""
    return f"{visible(name)} [{item.key}]" if name else item.key


def all_columns(tables: Mapping[str, Table]) -> list[Column]:
    return [c for t in tables.values() for c in t.columns]

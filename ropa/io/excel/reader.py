"""Read a workbook Ropa wrote, as people left it after editing, back into records: all or nothing.

Sheets are found by the marker in their cell A1, columns by the hidden first row (so sheets and
columns may be renamed and moved); rows by their owner's key and their number (so they may be
sorted and inserted). Every cell is read by its field's kind, the records are built and then
validated by :func:`ropa.model.validate.validate`, the one place rules live; each problem is
reported at its cell (``Rekisterit!F12: 'suostumus?' is not a legal basis code``). A workbook
with any problem yields no records.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from openpyxl.utils import get_column_letter, quote_sheetname

from ropa.io.excel.layout import Column, Role, Table, tables
from ropa.io.excel.parse import CellProblem, References, number_value, reader, text_of
from ropa.io.excel.render import object_paths
from ropa.io.excel.text import lines, visible
from ropa.io.excel.writer import DATA_ROW, FORMAT, WORKBOOK_VERSION
from ropa.io.interchange import VERSION as INTERCHANGE_VERSION
from ropa.model import records as r
from ropa.model.catalogue import entity, is_empty
from ropa.model.fields import Kind
from ropa.model.validate import MAX_PROBLEMS, Path, shown, validate

_SLUG = re.compile(r"[^a-z0-9]+")
_FOLD = str.maketrans("äöåéü", "aoaeu")


@dataclass(frozen=True, slots=True)
class Where:
    """Where a record came from: its sheet and row, and where each of its columns is."""

    sheet: str
    row: int
    columns: dict[str, int]  # machine name -> column number (tables) or row number (cards)
    card: bool = False

    def cell(self, machine: str | None = None) -> str:
        sheet = quote_sheetname(self.sheet)
        if self.card:
            row = self.columns.get(machine or "", self.row)
            return f"{sheet}!C{row}"
        column = self.columns.get(machine or "")
        if column is None:
            return f"{sheet}!{self.row}:{self.row}"
        return f"{sheet}!{get_column_letter(column)}{self.row}"


@dataclass(slots=True)
class Row:
    """One item as read from its row, before it becomes a record."""

    table: Table
    where: Where
    owner: str | None
    numbers: tuple[float | None, ...]
    values: dict[tuple[str, ...], Any]
    extensions: dict[str, Any]
    order: int
    key: str = ""


@dataclass(frozen=True, slots=True)
class _Plan:
    data: list[tuple[int, str, tuple[str, ...], Callable[[Any], Any], Any]]  # index, name, path, read, empty
    numbers: list[tuple[int, str]]
    owner: int | None
    keyed: bool


@dataclass
class Book:
    """What the hidden ``_ropa`` sheet says: the tables exported and the values kept aside."""

    interchange: int = INTERCHANGE_VERSION
    tables: dict[str, str] = field(default_factory=dict)  # table id -> sheet title as exported
    extras: dict[str, dict[str, Any]] = field(default_factory=dict)
    extensions: dict[str, Any] | None = None
    lang: str = "en"


class Problems:
    def __init__(self) -> None:
        self.found: list[str] = []

    def add(self, where: str, message: str) -> None:
        if len(self.found) < MAX_PROBLEMS:
            self.found.append(f"{where}: {message}")


def read_meta(rows: Iterator[tuple[Any, ...]], problems: Problems) -> Book:
    book = Book()
    chunks: dict[str, str] = {}
    for row in rows:
        if not row or row[0] is None:
            continue
        name, values = str(row[0]), [v for v in row[1:] if v is not None]
        if name == "format" and values[:1] != [FORMAT]:
            problems.add(META, f"not a Ropa workbook (format {values[:1]})")
        elif name in ("version", "interchange") and values:
            number = _whole(values[0])
            if number is None:
                problems.add(
                    META, f"the hidden sheet is damaged ({name} {shown(str(values[0]))} is not a number)"
                )
            elif name == "version" and number > WORKBOOK_VERSION:
                problems.add(META, f"written by a newer Ropa (workbook version {values[0]}); update Ropa")
            elif name == "interchange":
                book.interchange = number
        elif name == "lang" and values:
            book.lang = str(values[0])
        elif name == "extensions":
            book.extensions = _json("".join(map(str, values)), META, problems)
        elif name == "table" and len(values) >= 2:
            book.tables[str(values[0])] = str(values[1])
        elif name == "extras" and values:
            chunks[str(values[0])] = "".join(map(str, values[1:]))
    for token, text in chunks.items():
        found = _json(text, META, problems)
        if isinstance(found, dict):
            book.extras[token] = found
    return book


META = "_ropa"


def _whole(value: Any) -> int | None:
    """A whole number a cell holds (1, 1.0 or "1"), else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else None
    text = str(value).strip()
    return int(text) if text.isascii() and text.isdigit() and len(text) < 10 else None


def _json(text: str, where: str, problems: Problems) -> Any:
    from ropa.errors import RopaError
    from ropa.io.json_input import loads

    try:
        return loads(text) if text else None
    except RopaError as exc:
        problems.add(where, f"the hidden sheet is damaged ({exc})")
        return None


class RopaWorkbookReader:
    """Turns the sheets of a Ropa workbook into records, collecting located problems."""

    def __init__(self, book: Book) -> None:
        self.book = book
        self.tables = tables()
        self.problems = Problems()
        self.rows: dict[str, list[Row]] = defaultdict(list)
        self.keys: dict[type, dict[str, Row]] = defaultdict(dict)
        self.notes: list[str] = []
        self._references: References | None = None
        self._owner_refs: dict[str, References] = {}
        self._order = 0

    # -- sheets -------------------------------------------------------------------------------

    def table_sheet(self, title: str, table: Table, rows: Iterator[tuple[Any, ...]]) -> None:
        machine = next(rows, ())
        columns = self._columns(title, table, machine)
        if columns is None:
            return
        for _ in range(DATA_ROW - 2):
            next(rows, None)
        plan = self._plan(table, columns)
        for number, values in enumerate(rows, DATA_ROW):
            self._row(table, plan, Where(title, number, columns), values)

    def card_sheet(self, title: str, table: Table, rows: Iterator[tuple[Any, ...]]) -> None:
        values: dict[str, Any] = {}
        places: dict[str, int] = {}
        for number, row in enumerate(rows, 1):
            if number == 1 or not row or not isinstance(row[0], str) or row[0].startswith(("@info", "ropa:")):
                continue
            places[row[0]] = number
            values[row[0]] = row[2] if len(row) > 2 else None
        missing = [c.label("en") for c in table.columns if self._needed(c) and c.machine not in places]
        if missing:
            self.problems.add(quote_sheetname(title), f"rows missing: {', '.join(missing)}")
            return
        order = [c.machine for c in table.columns]
        where = Where(title, places.get("key", 1), {m: places[m] for m in order if m in places}, card=True)
        flat = [values.get(m) for m in order]
        self._row(table, self._plan(table, {m: i + 1 for i, m in enumerate(order)}), where, flat)

    def _needed(self, column: Column) -> bool:
        if column.role is Role.DATA:
            assert column.spec is not None
            return column.spec.since <= self.book.interchange
        return column.role in (Role.OWNER, Role.NUMBER, Role.EXTRAS)

    def _columns(self, title: str, table: Table, machine: tuple[Any, ...]) -> dict[str, int] | None:
        """Column numbers by machine name; missing or unknown columns are problems."""
        known = {c.machine for c in table.columns}
        found: dict[str, int] = {"@extras": 1}
        for index, name in enumerate(machine[1:], 2):
            if name is None:
                continue
            name = str(name)
            if name in found:
                self.problems.add(
                    f"{quote_sheetname(title)}!{get_column_letter(index)}1", f"column {shown(name)} twice"
                )
            elif name not in known:
                self.problems.add(
                    f"{quote_sheetname(title)}!{get_column_letter(index)}1",
                    f"unknown column {shown(name)} (written by another Ropa version?)",
                )
            found[name] = index
        missing = [c for c in table.columns if self._needed(c) and c.machine not in found]
        if missing:
            names = ", ".join(f"'{c.label(self.book.lang)}'" for c in missing)
            self.problems.add(quote_sheetname(title), f"columns missing: {names}; nothing was imported")
            return None
        return found

    # -- rows ---------------------------------------------------------------------------------

    def _plan(self, table: Table, columns: dict[str, int]) -> _Plan:
        """Where each of the table's columns is in this sheet, and how to read it: once per sheet."""
        data = []
        for column in table.columns:
            if column.role is Role.DATA and column.machine in columns:
                assert column.spec is not None
                read = reader(column.spec, self.references)
                data.append((columns[column.machine] - 1, column.machine, column.path, read, read(None)))
        numbers = [
            (columns[c.machine] - 1, c.machine)
            for c in table.columns
            if c.role is Role.NUMBER and c.machine in columns
        ]
        owner = columns.get("@owner")
        return _Plan(data, numbers, owner - 1 if owner else None, entity(table.record).keyed)

    def _row(self, table: Table, plan: _Plan, where: Where, values: tuple[Any, ...] | list[Any]) -> None:
        size = len(values)

        def cell(index: int | None) -> Any:
            return values[index] if index is not None and index < size else None

        if all(_blank(cell(index)) for index, *_ in plan.data) and _blank(cell(plan.owner)):
            return
        extras = self.book.extras.get(text_of(cell(0)), {}) if self.book.extras else {}
        exact: dict[str, Any] = extras.get("exact", {})
        row = Row(table, where, None, (), {}, dict(extras.get("extensions", {})), self._order)
        self._order += 1
        found = row.values
        for index, machine, path, read, empty in plan.data:
            value = values[index] if index < size else None
            if machine in exact and _unchanged(value, exact[machine]):
                kept = exact[machine]
                found[path] = tuple(kept) if isinstance(kept, list) else kept
            elif value is None:
                found[path] = empty
            else:
                try:
                    found[path] = read(value)
                except CellProblem as problem:
                    self.problems.add(where.cell(machine), str(problem))
        numbers = []
        for index, machine in plan.numbers:
            try:
                numbers.append(number_value(cell(index)))
            except CellProblem as problem:
                self.problems.add(where.cell(machine), str(problem))
                numbers.append(None)
        row.numbers = tuple(numbers)
        if table.owner is not None:
            owner = text_of(cell(plan.owner)).strip()
            if not owner:
                self.problems.add(where.cell("@owner"), f"which {entity(table.owner).noun}? name its key")
            row.owner = owner
        if plan.keyed:
            row.key = found.get(("key",), "") or self._new_key(row)
            found[("key",)] = row.key
        self.rows[table.id].append(row)

    def references(self) -> References:
        """The processors a cell may name (read before any table that refers to them)."""
        if self._references is None:
            rows = self.rows.get("processors", [])
            self._references = References(
                [row.key for row in rows], {row.key: row.values.get(("name",), "") for row in rows}
            )
        return self._references

    def _new_key(self, row: Row) -> str:
        """A key for a row a person added without one, made from its name."""
        name = next((v for p, v in row.values.items() if isinstance(v, str) and v and p != ("key",)), "")
        base = _SLUG.sub("-", name.lower().translate(_FOLD)).strip("-")[:40] or entity(row.table.record).noun
        taken = {r.key for rows in self.rows.values() for r in rows}
        key, n = base, 2
        while key in taken:
            key, n = f"{base}-{n}", n + 1
        if name:
            self.notes.append(
                f"{row.where.cell('key')}: new {entity(row.table.record).noun} {shown(name)} "
                f"gets the key {shown(key)}"
            )
        return key

    # -- records ------------------------------------------------------------------------------

    def records(self) -> tuple[r.Workspace, dict[Path, Where]]:
        """Build the workspace; returns it with where each record came from."""
        places: dict[Path, Where] = {}
        groups: dict[str, dict[tuple[Any, ...], list[Row]]] = {}
        for table_id, rows in self.rows.items():
            grouped: dict[tuple[Any, ...], list[Row]] = defaultdict(list)
            table = self.tables[table_id]
            anchor = self._anchor(table)
            owners = {row.key for row in self.rows.get(anchor.id, [])} if anchor is not None else set()
            for row in rows:
                if table.owner is not None:
                    owner = self._owner(row, owners)
                    grouped[(owner, *row.numbers[:-1])].append(row)
                else:
                    grouped[()].append(row)
            groups[table_id] = grouped

        def build(table: Table, identity: tuple[Any, ...], path: Path) -> tuple[Any, ...]:
            rows = groups.get(table.id, {}).get(identity, [])
            rows.sort(key=lambda row: (row.numbers[-1] is None, row.numbers[-1] or 0.0, row.order))
            built = []
            for index, row in enumerate(rows):
                here = (*path, index)
                places[here] = row.where
                mine = (row.key,) if row.key else (*identity, row.numbers[-1])
                lists = {
                    self.tables[child].steps[-1]: build(
                        self.tables[child], mine, (*here, *self.tables[child].steps[-1])
                    )
                    for child in table.children
                }
                built.append(_record(table.record, (), row.values, lists, row.extensions))
            return tuple(built)

        values: dict[str, Any] = {}
        for table in self.tables.values():
            if table.parent is None:
                (name,) = table.steps[0]
                values[name] = build(table, (), (name,))
        return r.Workspace(**values, extensions=self.book.extensions), places

    def _anchor(self, table: Table) -> Table | None:
        """The table of the keyed ancestor whose key the rows of ``table`` carry."""
        parent = self.tables.get(table.parent or "")
        while parent is not None and parent.record is not table.owner:
            parent = self.tables.get(parent.parent or "")
        return parent

    def _owner(self, row: Row, owners: set[str]) -> str:
        text = row.owner or ""
        if text in owners:
            return text
        table = row.table
        anchor = self._anchor(table)
        assert table.owner is not None and anchor is not None
        found = self._owner_refs.get(anchor.id)
        if found is None:
            title = _title_path(anchor)
            names = {
                other.key: str(other.values.get(title, "") or "") for other in self.rows.get(anchor.id, [])
            }
            found = self._owner_refs[anchor.id] = References(owners, names)
        key = found.key(text) if text else ""
        if text and key not in owners:
            self.problems.add(
                row.where.cell("@owner"),
                f"no {entity(table.owner).noun} with key {shown(key)} in this workbook",
            )
        return key

    def locate(self, problem_path: Path, places: dict[Path, Where]) -> str:
        """The cell a validation problem's path points at."""
        for end in range(len(problem_path), 0, -1):
            where = places.get(problem_path[:end])
            if where is not None:
                rest = [p for p in problem_path[end:] if isinstance(p, str)]
                return where.cell(".".join(rest) if rest else None)
        return "workbook"


def _title_path(table: Table) -> tuple[str, ...]:
    for column in table.columns[1:]:
        if column.role is Role.DATA and column.spec is not None and column.spec.kind is Kind.TEXT:
            return column.path
    return ("name",)


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _unchanged(cell: Any, exact: Any) -> bool:
    """Whether a cell still shows what the exporter wrote for a value kept aside."""
    shown = lines(exact) if isinstance(exact, list) else str(exact)
    return text_of(cell) == visible(shown)


def _record(
    record: type,
    prefix: tuple[str, ...],
    values: dict[tuple[str, ...], Any],
    lists: dict[tuple[str, ...], tuple[Any, ...]],
    extensions: dict[str, Any],
) -> Any:
    """A record from its row's flat values, its lists built from their sheets, and its extensions."""
    kwargs: dict[str, Any] = {}
    defaults = record()
    for spec in entity(record).fields:
        path = (*prefix, spec.name)
        if spec.kind is Kind.LIST:
            kwargs[spec.name] = lists.get(path, ())
        elif spec.kind in (Kind.OBJECT, Kind.OPTIONAL):
            assert spec.record is not None
            inner = _record(spec.record, path, values, lists, extensions)
            if spec.kind is Kind.OPTIONAL and is_empty(inner):
                inner = None
            kwargs[spec.name] = inner
        else:
            kwargs[spec.name] = values.get(path, getattr(defaults, spec.name))
    return record(**kwargs, extensions=extensions.get(".".join(prefix)))


def problems_of(workspace: r.Workspace) -> list[Any]:
    return validate(workspace, where="in this workbook")


def objects(record: type) -> list[tuple[str, ...]]:
    return object_paths(record)

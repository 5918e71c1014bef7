"""Which sheets and columns a workbook has: read from the field catalogue, never listed by hand.

Every LIST field reachable from the root record becomes a *table* (one sheet, one row per item);
the row's scalar fields, and the fields of its embedded objects, become columns. A row names
its owner by the key of the nearest keyed ancestor (a purpose names its register) and its place
among its siblings by a number, so rows survive being sorted, moved and inserted. Lists inside a
row are laid out twice: losslessly on their own table, and as read-only summary columns on the
owner's sheet for people to read. Scalar lists (texts, codes, countries, processor keys) stay in
one cell, one item per line. A field added to :mod:`ropa.model.records` appears here by itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache

from ropa.model import records as r
from ropa.model.catalogue import entity
from ropa.model.fields import FieldSpec, Kind, Words

#: Kinds held in one cell (scalar lists included: one item per line).
CELL_KINDS = frozenset(
    {
        Kind.KEY,
        Kind.TEXT,
        Kind.TEXTS,
        Kind.CODE,
        Kind.CODES,
        Kind.COUNTRY,
        Kind.COUNTRIES,
        Kind.DATE,
        Kind.FLAG,
        Kind.SCC_MODULE,
        Kind.REF,
        Kind.REFS,
    }
)
NESTED_KINDS = frozenset({Kind.OBJECT, Kind.OPTIONAL})

_ART30 = re.compile(r"30\((\d)\)\(([a-g])\)")

#: The items of Art. 30(1) and 30(2), for the group row above the headings.
ITEMS: dict[str, Words] = {
    "30(1)(a)": Words("Controller and contacts", "Rekisterinpitäjä ja yhteystiedot"),
    "30(1)(b)": Words("Purposes", "Käsittelyn tarkoitukset"),
    "30(1)(c)": Words("Data subjects and personal data", "Rekisteröidyt ja henkilötiedot"),
    "30(1)(d)": Words("Recipients", "Vastaanottajat"),
    "30(1)(e)": Words("Third-country transfers", "Siirrot kolmansiin maihin"),
    "30(1)(f)": Words("Time limits for erasure", "Poistamisen määräajat"),
    "30(1)(g)": Words("Security measures", "Turvatoimet"),
    "30(2)(a)": Words(
        "Processor, controllers and contacts", "Käsittelijä, rekisterinpitäjät ja yhteystiedot"
    ),
    "30(2)(b)": Words("Categories of processing", "Käsittelyn ryhmät"),
    "30(2)(c)": Words("Third-country transfers", "Siirrot kolmansiin maihin"),
    "30(2)(d)": Words("Security measures", "Turvatoimet"),
}
PRACTICE = Words("Record-keeping practice", "Muut selosteen tiedot")
NUMBER = Words("No.", "Nro")
CHAIN = Words("Chain", "Ketju")

#: Sheet titles where two lists share a label ("Transfers" of a register and of an Art. 30(2)
#: record); any other table is titled by its list's label.
TITLES: dict[str, Words] = {
    "controllers.registers.processors": Words("Processors used", "Käytetyt käsittelijät"),
    "controllers.registers.transfers": Words("Declared transfers", "Ilmoitetut siirrot"),
    "controllers.processing_on_behalf.transfers": Words("Art. 30(2) transfers", "Art. 30(2) siirrot"),
}


class Role(StrEnum):
    """What a column holds; its machine name in the hidden first row says the same."""

    EXTRAS = "@extras"  # hidden: a token for what no visible cell can hold (extensions, exact text)
    OWNER = "@owner"  # the owner's key, shown as "Name [key]"
    NUMBER = "@no"  # the place among the owner's items
    DATA = "data"  # one field
    SUMMARY = "summary"  # read-only: one item field of a list, one line per item
    CHAIN = "chain"  # read-only: a processor's parent chain
    COUNT = "count"  # read-only: how many items a list has (on a controller's card)


@dataclass(frozen=True, slots=True)
class Column:
    role: Role
    label: Words
    path: tuple[str, ...] = ()  # DATA: the field's path in the row record; SUMMARY: the list's path
    spec: FieldSpec | None = None  # DATA: the field; SUMMARY: the item field shown
    article: str = ""  # the article it serves (its own, else its enclosing object's)
    group: str = ""  # the Art. 30 item it is grouped under ("30(1)(c)"), "" for practice
    required: bool = False
    title: bool = False  # SUMMARY: the list's title column
    level: int = 0  # NUMBER: 0 for the row's own place, 1 for its owner's place...

    @property
    def machine(self) -> str:
        """The text of the hidden first row: how an import finds the column wherever it moved."""
        if self.role is Role.DATA:
            return ".".join(self.path)
        if self.role is Role.SUMMARY:
            assert self.spec is not None
            return f"~{'.'.join(self.path)}:{self.spec.name}"
        if self.role in (Role.CHAIN, Role.COUNT):
            return f"~{self.role.value}:{'.'.join(self.path)}"
        if self.role is Role.NUMBER and self.level:
            return f"{Role.NUMBER.value}:{self.level}"
        return self.role.value

    @property
    def editable(self) -> bool:
        return self.role in (Role.DATA, Role.OWNER, Role.NUMBER)


@dataclass(frozen=True, slots=True)
class Table:
    """One list of the record laid out as a sheet (or, for a card table, one sheet per item)."""

    id: str  # the list fields from the root, dotted: "controllers.registers.purposes"
    steps: tuple[tuple[str, ...], ...]  # each list's field path inside its owner row
    record: type
    list_spec: FieldSpec
    owner: type | None  # the keyed ancestor whose key the rows carry (None for root lists)
    levels: int  # how many numbers identify a row under that owner
    columns: tuple[Column, ...]
    pinned: int  # how many leading columns identify a row (column B is frozen and repeated in print)
    card: bool = False
    parent: str | None = None  # the table of the owner row
    children: tuple[str, ...] = field(default=())

    def title(self, lang: str) -> str:
        words = TITLES.get(self.id)
        return words(lang) if words is not None else self.list_spec.label(lang)

    @property
    def record_article(self) -> str:
        """'30(1)' or '30(2)' when each row is an Art. 30 record, else ''."""
        return self.list_spec.article if self.list_spec.article in ("30(1)", "30(2)") else ""

    def data_columns(self) -> Iterator[Column]:
        return (c for c in self.columns if c.role is Role.DATA)


def art30_item(article: str) -> str:
    """The Art. 30 item an article names ("30(1)(c)"), or ''."""
    found = _ART30.match(article)
    return found.group(0) if found else ""


def _scalar_fields(record: type) -> list[FieldSpec]:
    return [s for s in entity(record).fields if s.kind in CELL_KINDS]


def _names_item(spec: FieldSpec) -> bool:
    return spec.kind is not Kind.KEY and (spec.required or spec.mandatory)


def _title_field(record: type) -> FieldSpec | None:
    """The field that names an item in a summary: the first required one (not its key), else the first."""
    scalars = [s for s in _scalar_fields(record) if s.kind is not Kind.KEY]
    return next((s for s in scalars if _names_item(s)), scalars[0] if scalars else None)


def _summarised(item: FieldSpec, title: FieldSpec, list_spec: FieldSpec) -> bool:
    """Whether an item field gets its own summary column besides the title.

    Codes (a legal basis per purpose), required fields, what a privacy notice must say (Art. 13
    and 14: legitimate interests, sources) and what serves another Art. 30 item than the list
    (retention per data category serves (f)) are worth a column; the rest is on the list's sheet.
    """
    if item.name == title.name:
        return False
    if item.kind in (Kind.CODE, Kind.CODES) or item.required:
        return True
    if item.article.startswith(("13(", "14(")):
        return True
    own, theirs = art30_item(item.article), art30_item(list_spec.article)
    return bool(own) and own != theirs and own[:5] == theirs[:5]


def _label(names: tuple[FieldSpec, ...], lang_words: Words | None = None) -> Words:
    words = lang_words or names[-1].label
    if len(names) == 1:
        return words
    outer = names[:-1]
    return Words(
        ": ".join([*(s.label.en for s in outer), words.en]),
        ": ".join([*(s.label.fi for s in outer), words.fi]),
    )


class _Builder:
    """Walks the catalogue from the root and collects the tables."""

    def __init__(self, root: type) -> None:
        self.root = root
        self.tables: dict[str, Table] = {}

    def walk(self) -> None:
        root_lists = [s for s in entity(self.root).fields if s.kind is Kind.LIST]
        # Controllers first: a record opens with the Art. 30(1)(a) contact block.
        root_lists.sort(key=lambda s: s.record is not r.Controller)
        for spec in root_lists:
            self.table(spec, (spec.name,), (), None, None, 0, None)

    def table(
        self,
        list_spec: FieldSpec,
        path: tuple[str, ...],
        steps: tuple[tuple[str, ...], ...],
        owner: type | None,
        owner_table: str | None,
        levels: int,
        parent: str | None,
    ) -> str:
        record = list_spec.record
        assert record is not None
        steps = (*steps, path)
        table_id = ".".join(name for step in steps for name in step)
        keyed = entity(record).keyed
        own_levels = levels + 1
        place: list[Column] = []
        if owner is not None:
            place.append(Column(Role.OWNER, entity(owner).label, required=True))
        for level in range(own_levels - 1, -1, -1):
            place.append(Column(Role.NUMBER, NUMBER, level=level))
        data: list[Column] = []
        children: list[tuple[FieldSpec, tuple[str, ...]]] = []
        self.fields(record, (), (), "", data, children)
        key = [c for c in data if c.spec is not None and c.spec.kind is Kind.KEY and len(c.path) == 1]
        title = [c for c in data if c.role is Role.DATA and c.spec and _names_item(c.spec)][:1]
        card = record is r.Controller
        record_article = list_spec.article if list_spec.article in ("30(1)", "30(2)") and not card else ""
        rest = [c for c in data if c not in key and c not in title]
        if record_article:
            rest = self._grouped(rest, record_article)
        # Column B names the row on screen (frozen) and on paper (repeated): a keyed row's title,
        # else the owner it belongs to.
        identity = [*title, *key, *place] if key else [*place, *title]
        columns: list[Column] = [Column(Role.EXTRAS, Words("", "")), *identity]
        pinned = len(columns)
        columns.extend(rest)
        child_owner, child_levels = (record, 0) if keyed else (owner, own_levels)
        child_ids = []
        for child_spec, child_path in children:
            child_ids.append(
                self.table(child_spec, child_path, steps, child_owner, table_id, child_levels, table_id)
            )
        self.tables[table_id] = Table(
            id=table_id,
            steps=steps,
            record=record,
            list_spec=list_spec,
            owner=owner,
            levels=own_levels,
            columns=tuple(columns),
            pinned=pinned,
            card=card,
            parent=parent,
            children=tuple(child_ids),
        )
        return table_id

    def fields(
        self,
        record: type,
        prefix: tuple[str, ...],
        specs: tuple[FieldSpec, ...],
        inherited: str,
        out: list[Column],
        children: list[tuple[FieldSpec, tuple[str, ...]]],
    ) -> None:
        for spec in entity(record).fields:
            path = (*prefix, spec.name)
            chain = (*specs, spec)
            article = spec.article or inherited
            group = art30_item(spec.article) or art30_item(inherited)
            if spec.kind in CELL_KINDS:
                out.append(
                    Column(
                        Role.DATA,
                        _label(chain),
                        path=path,
                        spec=spec,
                        article=article,
                        group=group,
                        required=spec.required,
                    )
                )
                if spec.kind is Kind.REF and record is r.Processor:
                    out.append(Column(Role.CHAIN, CHAIN, path=path, article=article, group=group))
            elif spec.kind in NESTED_KINDS:
                assert spec.record is not None
                self.fields(spec.record, path, chain, article, out, children)
            else:  # a list: its own table, and summary columns here
                assert spec.record is not None
                children.append((spec, path))
                if record is r.Controller:  # a card counts its registers; their sheet shows them
                    out.append(Column(Role.COUNT, _label(chain), path=path, article=article, group=group))
                else:
                    out.extend(self.summaries(spec, path, chain, article, group))

    def summaries(
        self, spec: FieldSpec, path: tuple[str, ...], chain: tuple[FieldSpec, ...], article: str, group: str
    ) -> Iterator[Column]:
        assert spec.record is not None
        title = _title_field(spec.record)
        if title is None:
            return
        yield Column(
            Role.SUMMARY,
            _label(chain),
            path=path,
            spec=title,
            article=article,
            group=group,
            required=spec.required,
            title=True,
        )
        for item in _scalar_fields(spec.record):
            if _summarised(item, title, spec):
                yield Column(
                    Role.SUMMARY,
                    _label((*chain, item)),
                    path=path,
                    spec=item,
                    article=item.article or article,
                    group=art30_item(item.article),
                    required=item.required and spec.required,
                )

    @staticmethod
    def _grouped(columns: list[Column], record_article: str) -> list[Column]:
        """Art. 30 items (a)-(g) first, in order, then the practice columns, each in catalogue order."""

        def order(column: Column) -> tuple[int, str]:
            if column.group.startswith(record_article):
                return (0, column.group)
            return (1, "")

        return sorted(columns, key=order)


@cache
def tables(root: type = r.Workspace) -> dict[str, Table]:
    """Every table of a workbook of ``root``, parents before children, controllers first."""
    builder = _Builder(root)
    builder.walk()
    ordered: dict[str, Table] = {}

    def visit(table_id: str) -> None:
        table = builder.tables[table_id]
        ordered[table_id] = table
        for child in table.children:
            visit(child)

    roots = [t for t in builder.tables.values() if t.parent is None]  # created children first
    roots.sort(key=lambda t: t.record is not r.Controller)
    for table in roots:
        visit(table.id)
    return ordered


def owner_noun(table: Table) -> str:
    return entity(table.owner).noun if table.owner is not None else ""

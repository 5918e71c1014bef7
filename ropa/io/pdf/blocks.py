"""Any record of the Art. 30 record as flowables, by walking its fields in the catalogue.

Nothing here names a field: a register, controller, processor or Art. 30(2) record is laid out
from :func:`ropa.model.catalogue.entity` in declaration order, with the catalogue's labels and
articles. Scalar fields, plain lists and embedded records become rows of a label/value table;
a list of records becomes its own table (a column per field) or, when its records have too many
fields for a column each, one small label/value table per item. Empty fields are printed as
"not recorded", never dropped: what a record lacks is part of what an auditor reads.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from reportlab.lib.colors import Color
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table, TableStyle

from ropa.io.pdf import palette, terms
from ropa.io.pdf.fonts import REGULAR
from ropa.io.pdf.styles import FILL_COLOUR, RULE_COLOUR, Styles, colour
from ropa.io.pdf.text import esc, lines
from ropa.io.pdf.values import Formatter, is_plain_list, is_scalar
from ropa.io.pdf.widths import column_widths, split_rows
from ropa.model.catalogue import entity, is_empty
from ropa.model.fields import FieldSpec, Kind

#: A list whose records have more fields than this is printed item by item.
MAX_COLUMNS = 5
LABEL_SHARE = 0.3
HEADING_ROOM = 72.0  # points: a list's heading starts a new page unless a few rows fit below it
_MUTED = palette.MUTED


def article(spec: FieldSpec, lang: str) -> str:
    """ "Art. 30(1)(c)" as a label's footnote; Finnish writes "art."."""
    if not spec.article:
        return ""
    return f"{'art.' if terms.finnish(lang) else 'Art.'} {spec.article}"


class Blocks:
    """Lays records out at ``width`` points with the house styles, values in ``formatter.lang``."""

    def __init__(self, formatter: Formatter, styles: Styles, width: float) -> None:
        self.fmt = formatter
        self.lang = formatter.lang
        self.st = styles
        self.width = width
        self.none = Paragraph(esc(terms.NOT_RECORDED(self.lang)), styles.empty)

    # -- a whole record -----------------------------------------------------------------------------

    def record(self, record: Any, *, skip: Iterable[str] = ()) -> list[Flowable]:
        """Every field of ``record`` but ``skip``, in catalogue order."""
        skipped = frozenset(skip)
        out: list[Flowable] = []
        rows: list[tuple[FieldSpec, Any]] = []
        for spec in entity(type(record)).fields:
            if spec.name in skipped:
                continue
            value = getattr(record, spec.name)
            if spec.kind is Kind.LIST and value:
                if rows:
                    out.append(self.pairs(rows))
                    rows = []
                out.extend(self.listing(spec, value))
            else:
                rows.append((spec, value))
        if rows:
            out.append(self.pairs(rows))
        return out

    # -- cells --------------------------------------------------------------------------------------

    def label(self, spec: FieldSpec) -> Paragraph:
        note = article(spec, self.lang)
        text = esc(spec.label(self.lang))
        if note:
            text += f'<br/><font size="6.4" color="{_MUTED}">{esc(note)}</font>'
        return Paragraph(text, self.st.label)

    def value(self, spec: FieldSpec, value: Any) -> Paragraph:
        markup = self.markup(spec, value)
        return Paragraph(markup, self.st.cell) if markup else self.none

    def markup(self, spec: FieldSpec, value: Any) -> str:
        """The value as escaped paragraph markup; "" when the field holds nothing."""
        if is_scalar(spec):
            text = self.fmt.scalar(spec, value)
            return lines(text) if text is not None else ""
        if is_plain_list(spec):
            items = self.fmt.items(spec, value)
            if len(items) == 1:
                return lines(items[0])
            return "<br/>".join(f"•\u00a0{esc(item)}" for item in items)
        if spec.kind in (Kind.OBJECT, Kind.OPTIONAL):
            if value is None or is_empty(value):
                return ""
            return "<br/>".join(self.inline(value))
        if spec.kind is Kind.LIST:
            return "<br/>".join("; ".join(self.inline(item)) for item in value)
        return esc(str(value))

    def inline(self, record: Any) -> list[str]:
        """An embedded record as "Label: value" lines (every field, empty ones marked)."""
        out = []
        for spec in entity(type(record)).fields:
            markup = self.markup(spec, getattr(record, spec.name))
            shown = markup or f"<i>{esc(terms.NOT_RECORDED(self.lang))}</i>"
            out.append(f'<font color="{_MUTED}">{esc(spec.label(self.lang))}:</font> {shown}')
        return out

    # -- tables -------------------------------------------------------------------------------------

    def pairs(self, fields: Sequence[tuple[FieldSpec, Any]], *, head: str = "") -> Table:
        """A label/value table of ``fields`` (spec, value); ``head`` (markup) spans it on top."""
        data: list[list[Any]] = [[self.label(spec), self.value(spec, value)] for spec, value in fields]
        commands: list[tuple[Any, ...]] = [("BACKGROUND", (0, 0), (0, -1), FILL_COLOUR), *GRID]
        if head:
            data.insert(0, [Paragraph(head, self.st.cell_bold), ""])
            commands += [("SPAN", (0, 0), (1, 0)), ("BACKGROUND", (0, 0), (1, 0), _HEAD_FILL)]
        widths = [self.width * LABEL_SHARE, self.width * (1 - LABEL_SHARE)]
        split = split_rows([[p.text for p in row if isinstance(p, Paragraph)] for row in data])
        return Table(data, colWidths=widths, style=TableStyle(commands), splitInRow=split, hAlign="LEFT")

    def listing(self, spec: FieldSpec, items: Sequence[Any]) -> list[Flowable]:
        """A list of records under its label: one table, or one small table per item."""
        assert spec.record is not None
        item_entity = entity(spec.record)
        note = article(spec, self.lang)
        title = esc(spec.label(self.lang))
        if note:
            title += f'  <font size="7" color="{_MUTED}">{esc(note)}</font>'
        heading: list[Flowable] = [CondPageBreak(HEADING_ROOM), Paragraph(title, self.st.h3)]
        fields = item_entity.fields
        if len(fields) > MAX_COLUMNS:
            noun = item_entity.label(self.lang)
            cards: list[Flowable] = []
            for number, item in enumerate(items, 1):
                head = esc(terms.ITEM(self.lang).format(label=noun, number=number))
                cards.append(self.pairs([(f, getattr(item, f.name)) for f in fields], head=head))
                cards.append(Spacer(1, 5))
            return [*heading, *cards]
        heads = [f.label(self.lang) for f in fields]
        texts = [[self.plain(f, getattr(item, f.name)) for f in fields] for item in items]
        header = [Paragraph(esc(h), self.st.head_cell) for h in heads]
        body = [[self.value(f, getattr(item, f.name)) for f in fields] for item in items]
        table = Table(
            [header, *body],
            colWidths=column_widths(heads, texts, self.width),
            style=TableStyle([("BACKGROUND", (0, 0), (-1, 0), FILL_COLOUR), *GRID]),
            repeatRows=1,
            splitInRow=split_rows(texts),
            hAlign="LEFT",
        )
        return [*heading, table, Spacer(1, 8)]

    def plain(self, spec: FieldSpec, value: Any) -> str:
        """The value as plain text, one line per item, for measuring a column."""
        if is_scalar(spec):
            return self.fmt.scalar(spec, value) or terms.NOT_RECORDED(self.lang)
        if is_plain_list(spec):
            return "\n".join(self.fmt.items(spec, value)) or terms.NOT_RECORDED(self.lang)
        if spec.kind in (Kind.OBJECT, Kind.OPTIONAL) and value is not None:
            return "\n".join(
                f"{f.label(self.lang)}: {self.plain(f, getattr(value, f.name))}"
                for f in entity(type(value)).fields
            )
        return terms.NOT_RECORDED(self.lang)


_HEAD_FILL: Color = colour("#E3E9F0")
GRID: list[tuple[Any, ...]] = [
    ("FONT", (0, 0), (-1, -1), REGULAR, 8),  # plain-string cells too: never reportlab's Helvetica
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LINEABOVE", (0, 0), (-1, 0), 0.8, colour(palette.ACCENT)),
    ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE_COLOUR),
    ("LEFTPADDING", (0, 0), (-1, -1), 4),
    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ("TOPPADDING", (0, 0), (-1, -1), 2.6),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3.2),
]

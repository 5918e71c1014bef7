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
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table, TableStyle

from ropa.io.pdf import palette, terms
from ropa.io.pdf.fonts import REGULAR
from ropa.io.pdf.styles import FILL_COLOUR, RULE_COLOUR, Styles, colour
from ropa.io.pdf.text import esc, lines
from ropa.io.pdf.values import Formatter, is_plain_list, is_scalar
from ropa.model.catalogue import entity, is_empty
from ropa.model.fields import FieldSpec, Kind

#: A list whose records have more fields than this is printed item by item.
MAX_COLUMNS = 5
LABEL_SHARE = 0.3
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
        rows: list[list[Flowable]] = []
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
                rows.append([self.label(spec), self.value(spec, value)])
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

    def pairs(self, rows: list[list[Flowable]], *, head: str = "") -> Table:
        """A label/value table; ``head`` (markup) spans both columns above it."""
        data: list[list[Any]] = [list(r) for r in rows]
        commands: list[tuple[Any, ...]] = [
            ("BACKGROUND", (0, 0), (0, -1), FILL_COLOUR),
            *_GRID,
        ]
        if head:
            data.insert(0, [Paragraph(head, self.st.cell_bold), ""])
            commands += [("SPAN", (0, 0), (1, 0)), ("BACKGROUND", (0, 0), (1, 0), _HEAD_FILL)]
        widths = [self.width * LABEL_SHARE, self.width * (1 - LABEL_SHARE)]
        return Table(data, colWidths=widths, style=TableStyle(commands), splitInRow=1, hAlign="LEFT")

    def listing(self, spec: FieldSpec, items: Sequence[Any]) -> list[Flowable]:
        """A list of records under its label: one table, or one small table per item."""
        item_entity = entity(spec.record) if spec.record is not None else None
        assert item_entity is not None
        note = article(spec, self.lang)
        title = esc(spec.label(self.lang)) + (
            f'  <font size="7" color="{_MUTED}">{esc(note)}</font>' if note else ""
        )
        heading = Paragraph(title, self.st.h3)
        fields = item_entity.fields
        if len(fields) > MAX_COLUMNS:
            noun = item_entity.label(self.lang)
            cards: list[Flowable] = []
            for number, item in enumerate(items, 1):
                rows = [[self.label(f), self.value(f, getattr(item, f.name))] for f in fields]
                head = esc(terms.ITEM(self.lang).format(label=noun, number=number))
                cards.append(self.pairs(rows, head=head))
                cards.append(_Gap(5))
            return [KeepTogether([heading, cards[0]]), *cards[1:]]
        header = [Paragraph(esc(f.label(self.lang)), self.st.head_cell) for f in fields]
        body = [[self.value(f, getattr(item, f.name)) for f in fields] for item in items]
        table = Table(
            [header, *body],
            colWidths=self.columns(fields, items),
            style=TableStyle([("BACKGROUND", (0, 0), (-1, 0), FILL_COLOUR), *_GRID]),
            repeatRows=1,
            splitInRow=1,
            hAlign="LEFT",
        )
        return [heading, table]

    def columns(self, fields: Sequence[FieldSpec], items: Sequence[Any]) -> list[float]:
        """Column widths that follow the content: longer texts get more room, none too narrow."""
        wants = []
        for spec in fields:
            longest = max((len(_plain(self, spec, getattr(item, spec.name))) for item in items), default=0)
            head = max((len(word) for word in spec.label(self.lang).split()), default=4)
            wants.append(max(min(longest, 70), head + 2, 8))
        return fit_widths(wants, self.width)


def fit_widths(wants: Sequence[float], width: float, least: float = 46.0) -> list[float]:
    """Share ``width`` in proportion to ``wants`` (square-root damped), each at least ``least``."""
    weights = [w**0.75 for w in wants]
    total = sum(weights)
    widths = [width * w / total for w in weights]
    short = [i for i, w in enumerate(widths) if w < least]
    if short and len(short) < len(widths):
        spare = width - least * len(short)
        rest = sum(weights[i] for i in range(len(widths)) if i not in short)
        widths = [least if i in short else spare * weights[i] / rest for i in range(len(widths))]
    return widths


def _plain(blocks: Blocks, spec: FieldSpec, value: Any) -> str:
    if is_scalar(spec):
        return blocks.fmt.scalar(spec, value) or terms.NOT_RECORDED(blocks.lang)
    if is_plain_list(spec):
        return max(blocks.fmt.items(spec, value), key=len, default="")
    return "x" * 30


class _Gap(Flowable):
    def __init__(self, height: float) -> None:
        super().__init__()
        self.height = height

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, self.height

    def draw(self) -> None:
        pass


_HEAD_FILL: Color = colour("#E3E9F0")
_GRID: list[tuple[Any, ...]] = [
    ("FONT", (0, 0), (-1, -1), REGULAR, 8),  # plain-string cells too: never reportlab's Helvetica
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LINEABOVE", (0, 0), (-1, 0), 0.8, colour(palette.ACCENT)),
    ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE_COLOUR),
    ("LEFTPADDING", (0, 0), (-1, -1), 4),
    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ("TOPPADDING", (0, 0), (-1, -1), 2.6),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3.2),
]

"""The workbook's look: a handful of cell styles, made once and copied onto cells.

Data cells carry no style of their own: the workbook's default cell format (``cellXfs[0]``)
wraps text and aligns it to the top, so 10,000 rows stream at openpyxl's bare speed. Headings,
dates and literal text get one of the styles below; a style is copied by its index array,
which costs far less than assigning fonts and fills cell by cell.
"""

from __future__ import annotations

from copy import copy
from dataclasses import dataclass
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray

WRAP_TOP = Alignment(wrap_text=True, vertical="top")
LEFT_TOP = Alignment(wrap_text=True, vertical="top", horizontal="left")
_THIN = Side(style="thin", color="8EA9C1")
_RULE = Border(bottom=Side(style="medium", color="1F3864"))
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)

#: The palette: required columns dark (as the Belgian and ICO templates mark them), optional light.
REQUIRED_FILL = "1F3864"
OPTIONAL_FILL = "D9E2F3"
IDENTITY_FILL = "BFBFBF"
SUMMARY_FILL = "EDEDED"
GROUP_FILL = "2E75B6"
PRACTICE_FILL = "7F7F7F"
FONT = "Arial"  # metric-compatible fonts exist everywhere (Liberation Sans, Nimbus Sans)


def use_wrapping_default(wb: Workbook) -> None:
    """Make the default cell format 10-point Arial, wrapping and top-aligned, for the data cells.

    openpyxl writes an alignment only for a non-zero alignment index, so the default style array
    points at a second, wrapping alignment. Must run before any cell is styled.
    """
    wb._alignments.add(WRAP_TOP)  # index 1
    default = StyleArray()
    default.alignmentId = 1
    wb._cell_styles = type(wb._cell_styles)([default])
    font = Font(name=FONT, sz=10, family=2)
    wb._fonts = type(wb._fonts)([font])
    wb._named_styles["Normal"].font = copy(font)


@dataclass(frozen=True, slots=True)
class Styles:
    """The style arrays of one workbook, by use."""

    title: StyleArray
    subtitle: StyleArray
    note: StyleArray
    group: StyleArray
    practice: StyleArray
    caption: StyleArray
    required: StyleArray
    optional: StyleArray
    identity: StyleArray
    summary: StyleArray
    summary_required: StyleArray
    literal: StyleArray
    day: StyleArray
    card_label: StyleArray
    card_required: StyleArray
    card_value: StyleArray
    card_day: StyleArray
    card_literal: StyleArray
    link: StyleArray
    plain_day: StyleArray
    bold: StyleArray


def _style(ws: Any, **attributes: Any) -> StyleArray:
    cell = Cell(ws, row=1, column=1)
    for name, value in attributes.items():
        setattr(cell, name, value)
    return copy(cell._style)


def make_styles(ws: Any, date_format: str) -> Styles:
    """Register the styles with ``ws``'s workbook (any sheet of it will do)."""

    def heading(fill: str, colour: str, *, italic: bool = False, size: float = 10) -> StyleArray:
        return _style(
            ws,
            font=Font(name=FONT, bold=True, italic=italic, color=colour, size=size),
            fill=PatternFill("solid", fgColor=fill),
            alignment=Alignment(wrap_text=True, vertical="center"),
            border=_BOX,
        )

    def top(**more: Any) -> StyleArray:
        return _style(ws, alignment=WRAP_TOP, **more)

    return Styles(
        title=_style(ws, font=Font(name=FONT, bold=True, size=16, color="1F3864")),
        subtitle=_style(ws, font=Font(name=FONT, bold=True, size=12, color="1F3864"), border=_RULE),
        note=top(font=Font(name=FONT, italic=True, color="595959", size=9)),
        group=heading(GROUP_FILL, "FFFFFF"),
        practice=heading(PRACTICE_FILL, "FFFFFF"),
        caption=_style(
            ws,
            font=Font(name=FONT, bold=True, color="1F3864", size=11),
            alignment=Alignment(vertical="center"),
        ),
        required=heading(REQUIRED_FILL, "FFFFFF"),
        optional=heading(OPTIONAL_FILL, "1F3864"),
        identity=heading(IDENTITY_FILL, "000000"),
        summary=heading(SUMMARY_FILL, "595959", italic=True),
        summary_required=heading(SUMMARY_FILL, REQUIRED_FILL, italic=True),
        literal=top(quotePrefix=True),
        day=top(number_format=date_format),
        card_label=top(font=Font(name=FONT, bold=True, color="1F3864", size=10)),
        card_required=top(
            font=Font(name=FONT, bold=True, color="FFFFFF", size=10),
            fill=PatternFill("solid", fgColor=REQUIRED_FILL),
        ),
        card_value=_style(ws, alignment=LEFT_TOP, border=_BOX),
        card_day=_style(ws, alignment=LEFT_TOP, border=_BOX, number_format=date_format),
        card_literal=_style(ws, alignment=LEFT_TOP, border=_BOX, quotePrefix=True),
        link=top(font=Font(name=FONT, color="0563C1", underline="single", size=10)),
        plain_day=_style(ws, alignment=LEFT_TOP, number_format=date_format),
        bold=top(font=Font(name=FONT, bold=True, size=10)),
    )


def styled(ws: Any, value: Any, style: StyleArray, data_type: str | None = None) -> Cell:
    """A write-only cell holding ``value`` exactly as given (``data_type`` "s": text, never a formula)."""
    cell = Cell(ws, row=1, column=1)
    if data_type is None:
        cell.value = value
    else:
        cell._value = value
        cell.data_type = data_type
    cell._style = copy(style)
    return cell

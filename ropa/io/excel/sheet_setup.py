"""Page and sheet furniture: widths, frozen headings, print setup, headers and footers, drop-down lists.

All of it must be set before a write-only sheet's first row (widths, panes) or is written when it
closes (filter, validations, print setup), so the writer calls these around its rows.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from copy import copy
from typing import Any

from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.properties import PageSetupProperties

from ropa.io.excel.layout import Column, Role
from ropa.model.fields import Kind

LAST_ROW = 1_048_576
#: Characters of column width an A4 landscape page takes at the scale we print at.
PAGE_WIDTH = {"landscape": 230, "portrait": 150}
SAMPLE_ROWS = 300

_LIMITS: dict[Kind, tuple[int, int]] = {
    Kind.KEY: (10, 26),
    Kind.TEXT: (12, 48),
    Kind.TEXTS: (14, 36),
    Kind.CODE: (12, 30),
    Kind.CODES: (14, 36),
    Kind.COUNTRY: (12, 26),
    Kind.COUNTRIES: (12, 26),
    Kind.DATE: (11, 12),
    Kind.FLAG: (7, 9),
    Kind.SCC_MODULE: (7, 9),
    Kind.REF: (14, 32),
    Kind.REFS: (14, 32),
}


def _longest_line(value: Any) -> int:
    if value is None:
        return 0
    text = value if isinstance(value, str) else str(getattr(value, "value", value))
    return max((len(line) for line in text.split("\n")), default=0)


def widths(columns: Sequence[Column], labels: Sequence[str], sample: Iterable[Sequence[Any]]) -> list[float]:
    """Column widths that fit: the longest line of a sample of rows, within limits per kind."""
    longest = [0] * len(columns)
    for row in sample:
        for index, value in enumerate(row):
            if value is not None:
                longest[index] = max(longest[index], _longest_line(value))
    found = []
    for index, column in enumerate(columns):
        low, high = _limits(column)
        label = labels[index]
        word = max((len(w) for w in label.split()), default=0)
        wanted = max(longest[index] + 2, min(len(label), 24) * 0.9, word + 2, low)
        found.append(float(min(wanted, high)))
    return found


def _limits(column: Column) -> tuple[int, int]:
    if column.role is Role.NUMBER:
        return (5, 6)
    if column.role is Role.OWNER:
        return (16, 34)
    if column.role in (Role.SUMMARY, Role.CHAIN):
        return (14, 40)
    if column.role is Role.COUNT:
        return (8, 10)
    if column.spec is None:
        return (8, 40)
    return _LIMITS.get(column.spec.kind, (10, 40))


def set_widths(ws: Any, values: Sequence[float], hidden_first: bool = True) -> None:
    """Column widths; the columns keep the workbook's default (wrapping) format."""
    default = ws.parent._cell_styles[0]
    for index, width in enumerate(values, 1):
        dimension = ws.column_dimensions[get_column_letter(index)]
        dimension._style = copy(default)
        dimension.width = width
    if hidden_first:
        ws.column_dimensions["A"].hidden = True


def hide_row(ws: Any, row: int) -> None:
    dimension = ws.row_dimensions[row]
    dimension._style = copy(ws.parent._cell_styles[0])
    dimension.hidden = True


def row_height(ws: Any, row: int, height: float) -> None:
    dimension = ws.row_dimensions[row]
    dimension._style = copy(ws.parent._cell_styles[0])
    dimension.height = height


def page_setup(
    ws: Any,
    *,
    landscape: bool,
    total_width: float,
    title_rows: str | None,
    title_cols: str | None,
    header: tuple[str, str, str],
    footer: tuple[str, str, str],
    grid: bool = True,
) -> None:
    """A4, fitted to as many pages wide as keep the text readable, headings repeated on each page."""
    orientation = "landscape" if landscape else "portrait"
    ws.page_setup.orientation = orientation
    ws.page_setup.paperSize = 9  # A4
    ws.page_setup.fitToWidth = max(1, math.ceil(total_width / PAGE_WIDTH[orientation]))
    ws.page_setup.fitToHeight = 0
    ws.page_setup.pageOrder = "overThenDown"  # a row's columns are read before the next rows
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.page_margins.header = ws.page_margins.footer = 0.25
    ws.print_options.gridLines = grid
    if title_rows:
        ws.print_title_rows = title_rows
    if title_cols:
        ws.print_title_cols = title_cols
    for part, text in zip((ws.oddHeader.left, ws.oddHeader.center, ws.oddHeader.right), header, strict=True):
        part.text, part.size = text, 8
    for part, text in zip((ws.oddFooter.left, ws.oddFooter.center, ws.oddFooter.right), footer, strict=True):
        part.text, part.size = text, 8


def header_text(text: str, limit: int = 70) -> str:
    """User text for a page header: '&' doubled (it starts a header code), kept short."""
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return text.replace("&", "&&")


def list_validation(
    ws: Any, column: str, source: str, first_row: int, *, title: str, prompt: str, error: str
) -> None:
    """A drop-down of labels from the hidden lists sheet; other values warn but are allowed."""
    validation = DataValidation(
        type="list",
        formula1=source,
        allow_blank=True,
        showErrorMessage=True,
        errorStyle="warning",
        errorTitle=title[:32],
        error=error[:255],
        showInputMessage=bool(prompt),
        promptTitle=title[:32],
        prompt=prompt[:255],
    )
    validation.add(f"{column}{first_row}:{column}{LAST_ROW}")
    ws.data_validations.append(validation)


def number_validation(
    ws: Any, column: str, first_row: int, low: int, high: int, title: str, prompt: str
) -> None:
    validation = DataValidation(
        type="whole",
        operator="between",
        formula1=str(low),
        formula2=str(high),
        allow_blank=True,
        showErrorMessage=True,
        errorStyle="warning",
        showInputMessage=bool(prompt),
        promptTitle=title[:32],
        prompt=prompt[:255],
    )
    validation.add(f"{column}{first_row}:{column}{LAST_ROW}")
    ws.data_validations.append(validation)


def date_validation(ws: Any, column: str, first_row: int, title: str, prompt: str) -> None:
    validation = DataValidation(
        type="date",
        operator="between",
        formula1="1",
        formula2="2958465",
        allow_blank=True,
        showErrorMessage=True,
        errorStyle="warning",
        showInputMessage=bool(prompt),
        promptTitle=title[:32],
        prompt=prompt[:255],
    )
    validation.add(f"{column}{first_row}:{column}{LAST_ROW}")
    ws.data_validations.append(validation)


def overdue_highlight(ws: Any, column: str, first_row: int, last_row: int) -> None:
    """A review date in the past shows red, as in the window's list."""
    cell = f"{column}{first_row}"
    rule = FormulaRule(
        formula=[f"AND(ISNUMBER({cell}),{cell}<TODAY())"],
        font=Font(color="9C0006"),
        fill=PatternFill(bgColor="FFC7CE"),
    )
    ws.conditional_formatting.add(f"{column}{first_row}:{column}{max(last_row, first_row)}", rule)


def list_range(sheet: str, column: int, count: int) -> str:
    letter = get_column_letter(column)
    return f"{quote_sheetname(sheet)}!${letter}$2:${letter}${max(count, 1) + 1}"

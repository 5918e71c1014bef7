"""A write-only sheet that streams plain values fast, in the workbook's default (wrapping) format.

openpyxl's write-only sheet binds every value through a general cell (type inference, formula
detection, a style lookup) and leaves unstyled cells without a format index, which LibreOffice
then shows unwrapped. The renderer has already decided what each value is (text that could read
as a formula arrives as a styled string cell), so plain text and numbers are written here
directly with format 0; styled cells still go through openpyxl. Rows may carry a height, since
LibreOffice does not fit row heights to wrapped text when it opens a file.
"""

from __future__ import annotations

from collections.abc import Generator, Sequence
from typing import Any

from openpyxl.cell._writer import write_cell
from openpyxl.cell.cell import Cell
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.xml.functions import XML_NS, Element, SubElement

_PRESERVE = f"{{{XML_NS}}}space"
_LETTERS = [get_column_letter(i) for i in range(1, 1001)]
LINE_HEIGHT = 12.75  # points per line of 10-point Arial
MAX_HEIGHT = 409.0  # the largest row height a spreadsheet allows


class StreamSheet(WriteOnlyWorksheet):
    """A write-only worksheet whose rows are plain values or ready-made cells."""

    def __init__(self, parent: Any, title: str) -> None:
        super().__init__(parent, title)
        self._height: float | None = None
        self.dimension = "A1"

    def calculate_dimension(self) -> str:
        """The used range, declared before the rows: readers then need not scan the sheet for it."""
        return self.dimension

    def append_row(self, values: Sequence[Any], height: float | None = None) -> None:
        """Write one row; ``height`` in points fixes its height (None: one line)."""
        self._height = height
        self.append(values)

    def _write_rows(self) -> Generator[None, Sequence[Any], None]:  # rows are sent in
        try:
            xf = self._writer.xf.send(True)
        except StopIteration:
            self._already_saved()
        dimensions = self.row_dimensions
        with xf.element("sheetData"):
            row_index = 1
            try:
                while True:
                    values = yield
                    attributes = {"r": str(row_index)}
                    dimension = dimensions.get(row_index)
                    if dimension is not None:
                        attributes.update(dimension)
                    if self._height is not None:
                        attributes["ht"] = f"{self._height:g}"
                        attributes["customHeight"] = "1"
                        self._height = None
                    with xf.element("row", attributes):
                        self._write_cells(xf, values, str(row_index), row_index)
                    row_index += 1
            except GeneratorExit:
                pass
        self._writer.xf.send(None)

    def _write_cells(self, xf: Any, values: Sequence[Any], row_text: str, row_index: int) -> None:
        for index, value in enumerate(values):
            if value is None:
                continue
            kind = type(value)
            if kind is str:
                element = Element("c", {"r": _LETTERS[index] + row_text, "s": "0", "t": "inlineStr"})
                text = SubElement(SubElement(element, "is"), "t")
                text.text = value
                if value != value.strip():
                    text.set(_PRESERVE, "preserve")
                xf.write(element)
            elif kind is int or kind is float:
                element = Element("c", {"r": _LETTERS[index] + row_text, "s": "0", "t": "n"})
                SubElement(element, "v").text = repr(value)
                xf.write(element)
            elif isinstance(value, Cell):
                value.column, value.row = index + 1, row_index
                if value.hyperlink is not None:
                    value.hyperlink.ref = value.coordinate
                write_cell(xf, self, value, value.has_style)
            elif kind is bool:
                element = Element("c", {"r": _LETTERS[index] + row_text, "s": "0", "t": "b"})
                SubElement(element, "v").text = "1" if value else "0"
                xf.write(element)
            else:
                raise TypeError(f"cannot write {kind.__name__} to a cell")


def new_sheet(wb: Any, title: str) -> StreamSheet:
    sheet = StreamSheet(parent=wb, title=title)
    wb._add_sheet(sheet)
    return sheet


def height(values: Sequence[Any], capacity: Sequence[float]) -> float | None:
    """The height a row of wrapped text needs, or None when every cell fits on one line.

    ``capacity`` is how many characters fit on one line of each column. The estimate counts the
    lines of each cell (its line breaks, and long lines wrapping) and takes the tallest.
    """
    tallest = 1
    for value, fits in zip(values, capacity, strict=False):
        if value is None:
            continue
        if type(value) is not str:
            if not isinstance(value, Cell) or type(value._value) is not str:
                continue
            value = value._value
        if len(value) <= fits and "\n" not in value:
            continue
        lines = 0
        for line in value.split("\n"):
            lines += 1 + int(len(line) / fits) if line else 1
        if lines > tallest:
            tallest = lines
    if tallest == 1:
        return None
    return min(MAX_HEIGHT, tallest * LINE_HEIGHT + 2.0)


def capacities(widths: Sequence[float], factor: float = 1.15) -> list[float]:
    """Characters per line of columns ``widths`` wide (a width counts digit-widths).

    The first column is the hidden one: whatever it holds takes no height."""
    return [float("inf"), *(max(1.0, width * factor - 1.5) for width in widths[1:])]

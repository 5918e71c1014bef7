"""A write-only sheet that streams plain values fast, in the workbook's default (wrapping) format.

openpyxl's write-only sheet binds every value through a general cell (type inference, formula
detection, a style lookup), writes every text inline and leaves unstyled cells without a format
index, which LibreOffice then shows unwrapped. The renderer has already decided what each value
is (text that could read as a formula arrives as a styled string cell), so plain text and
numbers are written here directly with format 0, text into a shared-strings table as Excel
itself does (a text repeated on 10,000 rows is stored and read once); styled cells still go
through openpyxl. Rows may carry a height, since LibreOffice does not fit row heights to
wrapped text when it opens a file. :func:`save` adds the shared strings to openpyxl's package.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape
from zipfile import ZIP_DEFLATED, ZipFile

from openpyxl.cell._writer import write_cell
from openpyxl.cell.cell import Cell
from openpyxl.packaging.extended import ExtendedProperties
from openpyxl.packaging.relationship import Relationship
from openpyxl.styles.stylesheet import write_stylesheet
from openpyxl.utils import get_column_letter
from openpyxl.workbook._writer import WorkbookWriter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.writer.excel import ExcelWriter
from openpyxl.writer.theme import theme_xml
from openpyxl.xml.constants import (
    ARC_APP,
    ARC_CORE,
    ARC_ROOT_RELS,
    ARC_SHARED_STRINGS,
    ARC_STYLE,
    ARC_THEME,
    ARC_WORKBOOK,
    ARC_WORKBOOK_RELS,
    SHARED_STRINGS,
    SHEET_MAIN_NS,
)
from openpyxl.xml.functions import XML_NS, Element, SubElement, tostring

_PRESERVE = f"{{{XML_NS}}}space"
_LETTERS = [get_column_letter(i) for i in range(1, 1001)]
LINE_HEIGHT = 12.75  # points per line of 10-point Arial
MAX_HEIGHT = 409.0  # the largest row height a spreadsheet allows


class StreamSheet(WriteOnlyWorksheet):
    """A write-only worksheet whose rows are plain values or ready-made cells."""

    def __init__(self, parent: Any, title: str) -> None:
        super().__init__(parent, title)
        self._height: float | None = None
        self.calculate_dimension: Callable[[], str] | None = None  # openpyxl writes it when set

    def declare_size(self, columns: int, rows: int) -> None:
        """Declare the used range before the rows: readers then need not scan the sheet for it."""
        reference = f"A1:{get_column_letter(max(columns, 1))}{max(rows, 1)}"
        self.calculate_dimension = lambda: reference

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
        strings = shared_strings(self.parent)
        for index, value in enumerate(values):
            if value is None:
                continue
            kind = type(value)
            if kind is str:
                number = strings.get(value)
                if number is None:
                    if "x005F_" in value:  # openpyxl's reader drops it from shared strings: write inline
                        element = Element("c", {"r": _LETTERS[index] + row_text, "s": "0", "t": "inlineStr"})
                        text = SubElement(SubElement(element, "is"), "t")
                        text.text = value
                        if value != value.strip():
                            text.set(_PRESERVE, "preserve")
                        xf.write(element)
                        continue
                    number = strings[value] = len(strings)
                element = Element("c", {"r": _LETTERS[index] + row_text, "s": "0", "t": "s"})
                SubElement(element, "v").text = str(number)
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


def shared_strings(wb: Any) -> dict[str, int]:
    """The workbook's shared texts, numbered in the order first written."""
    found: dict[str, int] | None = getattr(wb, "_ropa_strings", None)
    if found is None:
        found = wb._ropa_strings = {}
    return found


class _Writer(ExcelWriter):
    """openpyxl's package writer (3.1), plus the shared-strings part the stream sheets filled."""

    def write_data(self) -> None:
        archive, wb = self._archive, self.workbook
        archive.writestr(ARC_APP, tostring(ExtendedProperties().to_tree()))
        archive.writestr(ARC_CORE, tostring(wb.properties.to_tree()))
        archive.writestr(ARC_THEME, wb.loaded_theme or theme_xml)
        self._write_worksheets()
        archive.writestr(ARC_STYLE, tostring(write_stylesheet(wb)))
        writer = WorkbookWriter(wb)
        archive.writestr(ARC_ROOT_RELS, writer.write_root_rels())
        archive.writestr(ARC_WORKBOOK, writer.write())
        writer.rels.append(Relationship(type="sharedStrings", Target="sharedStrings.xml"))
        archive.writestr(ARC_WORKBOOK_RELS, writer.write_rels())
        self._write_shared_strings()
        self.manifest.append(_Part("/" + ARC_SHARED_STRINGS, SHARED_STRINGS))
        self.manifest._write(archive, wb)

    def _write_shared_strings(self) -> None:
        texts = list(shared_strings(self.workbook))
        head = f'<sst xmlns="{SHEET_MAIN_NS}" uniqueCount="{len(texts)}">'
        with self._archive.open(ARC_SHARED_STRINGS, "w", force_zip64=True) as out:
            out.write(b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + head.encode())
            for start in range(0, len(texts), 5000):
                out.write(
                    "".join(
                        f'<si><t xml:space="preserve">{escape(text)}</t></si>'
                        if text != text.strip()
                        else f"<si><t>{escape(text)}</t></si>"
                        for text in texts[start : start + 5000]
                    ).encode("utf-8")
                )
            out.write(b"</sst>")


@dataclass(frozen=True, slots=True)
class _Part:
    path: str
    mime_type: str


def save(wb: Any, path: Any) -> None:
    """Save a workbook of stream sheets, shared strings included."""
    with ZipFile(path, "w", ZIP_DEFLATED, allowZip64=True) as archive:
        _Writer(wb, archive).write_data()


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
            lines += _wrapped(line, fits) if len(line) > fits else 1
        if lines > tallest:
            tallest = lines
    if tallest == 1:
        return None
    return min(MAX_HEIGHT, tallest * LINE_HEIGHT + 2.0)


def _wrapped(line: str, fits: float) -> int:
    """Lines a long line takes when wrapped at word boundaries (a word too long for a line breaks)."""
    count, used = 1, 0
    for word in line.split(" "):
        size = len(word)
        if used and used + 1 + size > fits:
            count, used = count + 1, 0
        while size > fits:
            count, size = count + 1, size - int(fits)
        used = used + 1 + size if used else size
    return count


def capacities(widths: Sequence[float], factor: float = 1.15) -> list[float]:
    """Characters per line of columns ``widths`` wide (a width counts digit-widths).

    The first column is the hidden one: whatever it holds takes no height."""
    return [float("inf"), *(max(1.0, width * factor - 1.5) for width in widths[1:])]

"""What a spreadsheet cell can hold of a text, and which texts must be kept aside to stay exact.

A cell holds at most 32,767 characters, no control characters other than tab and line feed,
and reading it back turns a carriage return into a line feed. :func:`visible` is the text a cell
shows; when it differs from the value, the exporter keeps the value in the workbook's hidden
sheet so that the import gives it back exactly (unless a person has edited the cell since).
"""

from __future__ import annotations

import re

MAX_CELL = 32_767
#: Characters XML 1.0 cannot carry, and the carriage return a reader turns into a line feed.
_CARE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\r\ufffe\uffff]")
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
#: First characters that make a spreadsheet (or a CSV made from it) read text as a formula.
FORMULA_START = frozenset("=+-@\t\r")
#: Texts a spreadsheet would take for an error value.
ERROR_TEXTS = frozenset({"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA"})
REPLACEMENT = "\ufffd"


def needs_care(text: str) -> bool:
    """Whether ``text`` cannot be written to a cell as it is."""
    return len(text) > MAX_CELL or _CARE.search(text) is not None


def visible(text: str) -> str:
    """The text a cell holds for ``text``: line breaks normalised, control characters replaced."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _ILLEGAL.sub(REPLACEMENT, text)
    return text[:MAX_CELL]


def needs_literal(text: str) -> bool:
    """Whether a spreadsheet could mistake ``text`` for a formula or an error value."""
    return text[:1] in FORMULA_START or text in ERROR_TEXTS


def lines(items: tuple[str, ...] | list[str]) -> str:
    """A list of short texts as one cell: one item per line."""
    return "\n".join(items)


def split_lines(text: str) -> tuple[str, ...]:
    """A cell of one item per line back to its items; blank lines and surrounding spaces go."""
    return tuple(line.strip() for line in text.split("\n") if line.strip())


def lines_exact(items: tuple[str, ...]) -> bool:
    """Whether ``items`` come back unchanged from their cell (no line breaks, blanks or edge spaces)."""
    return split_lines(visible(lines(items))) == tuple(items)

"""The cleaned text as lines and units (sentences and list items), each with its span.

A *unit* is the smallest piece of a notice that lands somewhere: a list item, a line of a
contact block, or a sentence of a paragraph. Units carry the character span they occupy in the
cleaned text, which is what provenance points at.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ropa.io.notice_import.clean import ABBREVIATIONS

ITEM = re.compile(r"^\s*([-•*–◦·▪]|\d{1,2}\)|[a-h]\)|☐|☒|\[[ xX]?\])\s*")


@dataclass(frozen=True, slots=True)
class Span:
    """Characters ``start`` to ``end`` of the draft's text."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Line:
    text: str  # stripped
    span: Span
    paragraph: int  # lines of one paragraph share the number
    item: bool  # a list item (its marker is kept in ``text``)


@dataclass(frozen=True, slots=True)
class Unit:
    """A sentence, list item or contact line: what a field value is made of."""

    index: int
    text: str  # without a list marker
    span: Span
    item: bool
    line: Line


def lines_of(text: str) -> list[Line]:
    """Every non-blank line with its span and paragraph number."""
    out: list[Line] = []
    paragraph = 0
    position = 0
    blank = True
    for raw in text.split("\n"):
        stripped = raw.strip()
        if not stripped:
            blank = True
        else:
            if blank:
                paragraph += 1
                blank = False
            start = position + (len(raw) - len(raw.lstrip()))
            out.append(Line(stripped, Span(start, start + len(stripped)), paragraph, bool(ITEM.match(raw))))
        position += len(raw) + 1
    return out


_SENTENCE_END = re.compile(r"[.!?](?=\s+[\"“(]?[A-ZÅÄÖÜ0-9])")


def units_of(line: Line, first_index: int) -> list[Unit]:
    """A list item or short line is one unit; running text is split into sentences."""
    if line.item:
        marker = ITEM.match(line.text)
        offset = marker.end() if marker else 0
        body = line.text[offset:]
        return (
            [Unit(first_index, body, Span(line.span.start + offset, line.span.end), True, line)]
            if body
            else []
        )
    units: list[Unit] = []
    start = 0
    for m in _SENTENCE_END.finditer(line.text):
        end = m.end()
        if _abbreviation_before(line.text, end):
            continue
        units.append(_unit(line, start, end, first_index + len(units)))
        start = end
        while start < len(line.text) and line.text[start] == " ":
            start += 1
    if start < len(line.text):
        units.append(_unit(line, start, len(line.text), first_index + len(units)))
    return units


def _unit(line: Line, start: int, end: int, index: int) -> Unit:
    text = line.text[start:end].strip()
    return Unit(index, text, Span(line.span.start + start, line.span.start + start + len(text)), False, line)


def _abbreviation_before(text: str, end: int) -> bool:
    """'esim.', 'p.', 'e.g.', a single letter or a day number ('1.') do not end a sentence."""
    m = re.search(r"(?:^|[\s(])([\w.]+)\.$", text[:end])
    if not m:
        return False
    word = m.group(1)
    return word.lower() in ABBREVIATIONS or len(word) == 1 or word.isdigit() and len(word) <= 2

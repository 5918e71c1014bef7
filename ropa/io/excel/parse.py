"""Cell values back to field values, whatever a person or a spreadsheet program made of them.

Labels in English or Finnish become codes, ``Name [key]`` a key, ``Yhdysvallat (US)`` a
country; a date may be a real date, ``2026-06-04`` or ``4.6.2026``; a number typed into a text
column becomes its digits. What cannot be read raises :class:`CellProblem` with a message the
reader locates (``Rekisterit!F12: '31.13.2025' is not a date``). Unknown codes pass through
unchanged for validation to name.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Collection, Mapping
from datetime import date, datetime, time
from typing import Any

from openpyxl.utils.datetime import from_excel

from ropa.io.excel.text import split_lines
from ropa.io.excel.vocabulary import code_of, country_of, flag_of, fold
from ropa.model.fields import FieldSpec, Kind
from ropa.model.validate import shown

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]00:00(?::00)?)?")
_DAY_FIRST = re.compile(r"(\d{1,2})[./](\d{1,2})[./](\d{4})")
_MODULE = re.compile(r"(?:module|moduuli)\s*([1-4])\b", re.IGNORECASE)


class CellProblem(Exception):
    """A cell whose value cannot be read as its column's kind."""


def text_of(value: Any) -> str:
    """Any cell value as the text a person sees (a number without a trailing .0, a date in ISO)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def day_of(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        try:
            found = from_excel(value)
        except (ValueError, OverflowError, TypeError):
            raise CellProblem(f"{text_of(value)} is not a date") from None
        return found.date() if isinstance(found, datetime) else found
    text = text_of(value).strip()
    try:
        iso = _ISO.fullmatch(text)
        if iso:
            return date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        day_first = _DAY_FIRST.fullmatch(text)
        if day_first:
            return date(int(day_first.group(3)), int(day_first.group(2)), int(day_first.group(1)))
    except ValueError:
        pass
    raise CellProblem(f"{shown(text)} is not a date (YYYY-MM-DD or D.M.YYYY)")


def flag_value(value: Any) -> bool | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return value
    found = flag_of(text_of(value))
    if found is None:
        raise CellProblem(f"{shown(text_of(value))} is not yes or no")
    return found


def scc_value(value: Any) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, int | float) and not isinstance(value, bool) and float(value).is_integer():
        return int(value)
    text = text_of(value).strip()
    if text.isascii() and text.isdigit() and len(text) < 10:
        return int(text)
    code = code_of("scc_modules", text)
    if code in ("1", "2", "3", "4"):
        return int(code)
    found = _MODULE.match(text)
    if found:
        return int(found.group(1))
    raise CellProblem(f"{shown(text)} is not an SCC module (1-4)")


def number_value(value: Any) -> float | None:
    """A row's place among its owner's items; None when left empty (the row goes last)."""
    if value is None or value == "":
        return None
    try:
        if isinstance(value, int | float) and not isinstance(value, bool):
            found = float(value)
        else:
            found = float(text_of(value).strip().replace(",", "."))
    except (ValueError, OverflowError):
        found = math.nan
    if not math.isfinite(found):
        raise CellProblem(f"{shown(text_of(value))} is not a number")
    return found


class References:
    """Keys of one kind a cell may name, as the key, ``Name [key]`` or a unique name."""

    def __init__(self, keys: Collection[str], names: Mapping[str, str]) -> None:
        self.keys = set(keys)
        by_name: dict[str, str | None] = {}
        for key, name in names.items():
            folded = fold(name)
            if folded:
                by_name[folded] = None if folded in by_name and by_name[folded] != key else key
        self.by_name = by_name

    def key(self, text: str) -> str:
        """The key ``text`` names; unknown text gives its best guess, for validation to refuse."""
        text = text.strip()
        if text in self.keys:
            return text
        if text.endswith("]") and "[" in text:
            start = len(text)
            while True:
                start = text.rfind("[", 0, start)
                if start < 0:
                    break
                candidate = text[start + 1 : -1]
                if candidate in self.keys:
                    return candidate
            return text[text.rfind("[") + 1 : -1]
        found = self.by_name.get(fold(text))
        return found if found else text


def reader(spec: FieldSpec, processors: Callable[[], References]) -> Callable[[Any], Any]:  # noqa: C901
    """How to read a cell of ``spec``'s kind."""
    kind = spec.kind
    if kind in (Kind.TEXT, Kind.KEY):
        return text_of
    if kind is Kind.TEXTS:
        return lambda value: split_lines(text_of(value))
    if kind is Kind.CODE:
        return lambda value: code_of(spec.codes, text_of(value)) if text_of(value).strip() else None
    if kind is Kind.CODES:
        return lambda value: tuple(code_of(spec.codes, line) for line in split_lines(text_of(value)))
    if kind is Kind.COUNTRY:
        return lambda value: country_of(text_of(value)) if text_of(value).strip() else None
    if kind is Kind.COUNTRIES:
        return lambda value: tuple(country_of(line) for line in split_lines(text_of(value)))
    if kind is Kind.DATE:
        return day_of
    if kind is Kind.FLAG:
        return flag_value
    if kind is Kind.SCC_MODULE:
        return scc_value
    empty_ref = "" if spec.mandatory else None
    if kind is Kind.REF:
        return lambda value: processors().key(text_of(value)) if text_of(value).strip() else empty_ref
    if kind is Kind.REFS:
        return lambda value: tuple(processors().key(line) for line in split_lines(text_of(value)))
    raise AssertionError(kind)

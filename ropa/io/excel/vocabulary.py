"""Codes as people read them, and back: labels in either language, country names, yes and no.

A workbook shows a legal basis as "sopimus" or "contract", a country as "Yhdysvallat (US)", a
processor as "Valu Digital Oy [valu]"; an import takes any of these (or the bare code) in either
language and gives the code. Lookups ignore case and runs of spaces.
"""

from __future__ import annotations

import re
from functools import cache

from ropa.io import wording as W
from ropa.reference import CODE_LIST_NAMES, reference

_TRUE = frozenset({"yes", "kyllä", "true", "tosi", "1", "y", "k", "x"})
_FALSE = frozenset({"no", "ei", "false", "epätosi", "0", "n", "e", "-"})

_CODE_IN_PARENS = re.compile(r"\(\s*((?:intl:)?[A-Za-z0-9_-]+)\s*\)\s*$")

#: English names people commonly write for a country instead of its ISO short name.
_COUNTRY_ALIASES = {
    "uk": "GB",
    "great britain": "GB",
    "britain": "GB",
    "england": "GB",
    "usa": "US",
    "u.s.": "US",
    "u.s.a.": "US",
    "united states of america": "US",
    "america": "US",
    "south korea": "KR",
    "korea": "KR",
    "russia": "RU",
    "venäjä": "RU",
    "iso-britannia": "GB",
    "britannia": "GB",
    "yhdysvallat": "US",
    "kosovo": "XK",
}


def fold(text: str) -> str:
    """How labels are compared: case-insensitive, runs of whitespace as one space."""
    return " ".join(text.split()).casefold()


def flag_labels(lang: str) -> list[str]:
    """The yes and the no of a cell: the shared words, capitalised ("Yes", "Kyllä")."""
    return [W.YES(lang).capitalize(), W.NO(lang).capitalize()]


def flag_label(value: bool | None, lang: str) -> str | None:
    if value is None:
        return None
    return flag_labels(lang)[0 if value else 1]


def flag_of(text: str) -> bool | None:
    """True or False for a yes/no answer in English or Finnish; None when it is neither."""
    folded = fold(text)
    if folded in _TRUE:
        return True
    if folded in _FALSE:
        return False
    return None


@cache
def code_labels(list_name: str, lang: str) -> dict[str, str]:
    """Code -> label in ``lang`` for one code list."""
    return {item.code: item.label(lang) for item in reference().code_list(list_name)}


@cache
def _codes_by_text(list_name: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for item in reference().code_list(list_name):
        for text in (item.label("en"), item.label("fi"), item.code):
            found.setdefault(fold(text), item.code)
    return found


def code_of(list_name: str, text: str) -> str:
    """The code a cell names (a label in English or Finnish, or the code itself).

    Text that names no code comes back as it is, so that validation reports it in its own words
    (`'suostumus?' is not a legal basis code`).
    """
    folded = fold(text)
    found = _codes_by_text(list_name).get(folded)
    if found is not None:
        return found
    inner = _CODE_IN_PARENS.search(text)
    if inner is not None:
        return _codes_by_text(list_name).get(fold(inner.group(1)), text.strip())
    return text.strip()


def country_label(code: str, lang: str) -> str:
    """``Yhdysvallat (US)``: the name people read and the code that makes it exact."""
    return f"{reference().country_name(code, lang)} ({code})"


@cache
def _countries_by_text() -> dict[str, str]:
    import pycountry

    ref = reference()
    found: dict[str, str] = {}
    for country in pycountry.countries:
        code = country.alpha_2
        names = [code, country.name, ref.country_name(code, "fi")]
        names += [getattr(country, attr, "") for attr in ("official_name", "common_name")]
        for name in names:
            if name:
                found.setdefault(fold(name), code)
    for organisation in ref.organisations:
        for text in (organisation.code, organisation.label("en"), organisation.label("fi")):
            found.setdefault(fold(text), organisation.code)
    for alias, code in _COUNTRY_ALIASES.items():
        found.setdefault(alias, code)
    return found


def country_of(text: str) -> str:
    """The destination code a cell names: ``US``, ``United States``, ``Yhdysvallat (US)``...

    Unknown text comes back as it is, for validation to report."""
    stripped = text.strip()
    inner = _CODE_IN_PARENS.search(stripped)
    if inner is not None:
        candidate = inner.group(1)
        upper = candidate if candidate.startswith("intl:") else candidate.upper()
        if reference().is_destination(upper):
            return upper
    return _countries_by_text().get(fold(stripped), stripped)


def all_code_lists() -> tuple[str, ...]:
    return CODE_LIST_NAMES

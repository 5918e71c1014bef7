"""Small recognisers of values inside a sentence: dates, contacts, legal bases, countries, mechanisms.

Each returns what the words say and nothing more: a day missing from "6/2026" is the 1st (a
month is all the text gives), a legal basis is a code only when its wording is there.
"""

from __future__ import annotations

import contextlib
import functools
import re
from datetime import date

from ropa.io.notice_import.vocabulary import LEGAL_BASES, MECHANISMS, MONTHS, SPECIAL
from ropa.reference import reference

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(r"(?<![\w/+-])(?:\+\d{1,3}[\s-]?(?:\(0\))?\s?\d|0\d)[\d\s-]{5,16}\d(?![\w/-])")
BUSINESS_ID = re.compile(r"(?<![\d-])\d{7}-\d(?![\d-])")
POSTAL = re.compile(r"(?<!\d)\d{5}\s+[A-ZÅÄÖ][\wÅÄÖåäö-]+")
STREET = re.compile(
    r"^(?:[A-ZÅÄÖ][\wÅÄÖåäö.-]*\s)*[A-ZÅÄÖ]?[\wåäö-]*(?:tie|katu|kuja|polku|rinne|tori|väylä|raitti|kaari|katu|puisto|"
    r"gatan|vägen|gränd|torget|street|road|avenue|lane|square)\s+\d+\w?(?:\s*[A-Z]\s*\d*)?,?$"
    r"|^(?:PL|PB|P\.?O\.? Box|Postilokero|Box)\s*\d+,?$",
    re.IGNORECASE,
)


def emails(text: str) -> list[str]:
    return [m.group().rstrip(".") for m in EMAIL.finditer(text)]


def phones(text: str) -> list[str]:
    found = []
    for m in PHONE.finditer(text):
        value = re.sub(r"\s+", " ", m.group()).strip(" -")
        if sum(c.isdigit() for c in value) >= 7 and not POSTAL.match(value):
            found.append(value)
    return found


_FI_DATE = re.compile(r"(?<!\d)(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?!\d)")
_ISO_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_MONTH_YEAR = re.compile(r"(?<![\d.])(\d{1,2})/(\d{4})(?!\d)")
_WORD_DATE = re.compile(r"(?:(\d{1,2})\.?\s+)?([a-zåäö]+?)(?:kuuta|kuu|ta)?\s+(\d{4})", re.IGNORECASE)


def first_date(text: str) -> date | None:
    """The first date written as 24.5.2018, 2018-05-24, 24 May 2018, 24. toukokuuta 2018 or 6/2026."""
    candidates: list[tuple[int, date]] = []
    for m in _FI_DATE.finditer(text):
        _add(candidates, m.start(), int(m.group(3)), int(m.group(2)), int(m.group(1)))
    for m in _ISO_DATE.finditer(text):
        _add(candidates, m.start(), int(m.group(1)), int(m.group(2)), int(m.group(3)))
    for m in _MONTH_YEAR.finditer(text):
        _add(candidates, m.start(), int(m.group(2)), int(m.group(1)), 1)
    for m in _WORD_DATE.finditer(text):
        month = MONTHS.get(m.group(2).lower())
        if month:
            _add(candidates, m.start(), int(m.group(3)), month, int(m.group(1) or 1))
    return min(candidates)[1] if candidates else None


def _add(candidates: list[tuple[int, date]], at: int, year: int, month: int, day: int) -> None:
    with contextlib.suppress(ValueError):  # 31.2.2020 is no date
        candidates.append((at, date(year, month, day)))


def legal_bases(text: str) -> tuple[str, ...]:
    """The Art. 6(1) codes whose wording the text uses, in code order."""
    lowered = text.lower().strip(" .;:")
    return tuple(code for code, pattern in LEGAL_BASES if pattern.search(lowered))


def mechanisms(text: str) -> tuple[str, ...]:
    lowered = text.lower()
    return tuple(code for code, pattern in MECHANISMS if pattern.search(lowered))


def scc_module(text: str) -> int | None:
    m = re.search(r"(?:moduuli|modul|module)\s*([1-4])\b", text, re.IGNORECASE)
    return int(m.group(1)) if m else None


def special_category(text: str) -> str | None:
    lowered = text.lower()
    for code, pattern in SPECIAL:
        if pattern.search(lowered):
            return code
    return None


# Finnish case endings a country name takes ("Intiaan", "Yhdysvalloissa" is an alias below).
_ENDINGS = (
    r"(?:n|an|en|in|on|un|yn|än|ön|ssa|ssä|sta|stä|lla|llä|lle|lta|ltä|hin|han|hen|hon|seen|na|nä|ksi"
    r"|a|ä|ta|tä|s)?"
)
_ALIASES: dict[str, tuple[str, ...]] = {
    "US": ("USA", "U.S.A.", "U.S.", "US", "Yhdysval\\w*", "Amerikan Yhdysval\\w*", "Förenta staterna"),
    "GB": ("UK", "Iso-Britannia\\w*", "Britannia\\w*", "Storbritannien", "Great Britain", "England"),
    "RU": ("Venäjä\\w*", "Ryssland", "Russia"),
    "KR": ("Etelä-Korea\\w*", "Sydkorea", "South Korea"),
    "CN": ("Kiina\\w*",),
    "IN": ("Intia\\w*",),
    "CH": ("Sveitsi\\w*",),
}


@functools.cache
def _country_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    ref = reference()
    import pycountry

    out: list[tuple[str, re.Pattern[str]]] = []
    for country in pycountry.countries:
        code = country.alpha_2
        names = {ref.country_name(code, lang) for lang in ("en", "fi", "sv")}
        names |= {getattr(country, "common_name", ""), getattr(country, "name", "")}
        names = {n for n in names if n and len(n) >= 4}
        alternatives = [re.escape(n) + _ENDINGS for n in sorted(names, key=len, reverse=True)]
        alternatives += list(_ALIASES.get(code, ()))
        out.append((code, re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])")))
    return tuple(out)


def countries(text: str) -> list[str]:
    """ISO codes of the countries a text names (case matters: names are capitalised), in text order."""
    found: list[tuple[int, str]] = []
    for code, pattern in _country_patterns():
        m = pattern.search(text)
        if m:
            found.append((m.start(), code))
    return [code for _, code in sorted(found)]


def outside_eea(code: str, on: date) -> bool:
    return not reference().is_eea(code, on)

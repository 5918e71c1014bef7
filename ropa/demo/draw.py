"""The random source of one document and the things drawn from it that must be unique.

Why: keys, names and business IDs must be unique across the whole document (they identify things
in the interchange format), so every part of the generator draws them through one ``Draw``.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable
from datetime import date
from functools import lru_cache

from ropa.demo.material import Material, material

__all__ = ["Draw", "empty_dpo", "iso", "slug", "y_check"]

_Y_WEIGHTS = (7, 9, 10, 5, 8, 4, 2)
_ASCII = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "ß": "ss", "'": ""})


@lru_cache(maxsize=4096)
def slug(text: str) -> str:
    """Lower-case ASCII slug with hyphens ("Łódź Data" -> "lodz-data")."""
    ascii_text = unicodedata.normalize("NFKD", text.translate(_ASCII))
    ascii_text = ascii_text.encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")


def y_check(digits: str) -> int | None:
    """Check digit of a Finnish business ID (Y-tunnus), None when the number is not valid."""
    rem = sum(int(d) * w for d, w in zip(digits, _Y_WEIGHTS, strict=True)) % 11
    if rem == 1:
        return None
    return 0 if rem == 0 else 11 - rem


_iso_cache: dict[int, str] = {}


def iso(ordinal: int) -> str:
    """ISO date of a proleptic ordinal (cached: the same few thousand days recur)."""
    s = _iso_cache.get(ordinal)
    if s is None:
        s = _iso_cache[ordinal] = date.fromordinal(ordinal).isoformat()
    return s


def empty_dpo() -> dict[str, str]:
    return {"name": "", "email": "", "phone": ""}


class Draw:
    """``random.Random(seed)`` plus the uniqueness sets of one document."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.m: Material = material()
        self.business_ids: set[str] = set()
        self.names: set[str] = set()
        self.keys: dict[str, set[str]] = {"controller": set(), "processor": set(), "pob": set()}

    def unique_key(self, kind: str, base: str) -> str:
        used = self.keys[kind]
        key, n = base, 2
        while key in used:
            key = f"{base}-{n}"
            n += 1
        used.add(key)
        return key

    def unique_name(self, make: Callable[[], str], form: str) -> str:
        """A document-wide unique "<prefix> <form>" name; ``make()`` draws a prefix."""
        for _ in range(8):
            name = f"{make()} {form}"
            if name not in self.names:
                self.names.add(name)
                return name
        prefix, n = make(), 2
        while f"{prefix} {n} {form}" in self.names:
            n += 1
        name = f"{prefix} {n} {form}"
        self.names.add(name)
        return name

    def business_id(self) -> str:
        rng = self.rng
        while True:
            digits = f"{rng.randrange(100000, 3500000):07d}"
            check = y_check(digits)
            if check is None:
                continue
            bid = f"{digits}-{check}"
            if bid not in self.business_ids:
                self.business_ids.add(bid)
                return bid

    def phone(self) -> str:
        rng = self.rng
        prefix = rng.choice(("040", "044", "050", "045"))
        return f"{prefix} {rng.randrange(100, 1000)} {rng.randrange(1000, 10000)}"

    def person(self, domain: str, intl: bool = False) -> dict[str, str]:
        rng, m = self.rng, self.m
        if intl and rng.random() < 0.7:
            first, last = rng.choice(m.intl_first), rng.choice(m.intl_last)
        else:
            first, last = rng.choice(m.fi_first), rng.choice(m.fi_last)
        local = f"{slug(first)}.{slug(last)}".replace("-", "")
        return {"name": f"{first} {last}", "email": f"{local}@{domain}", "phone": self.phone()}

    def fi_address(self) -> str:
        rng = self.rng
        city = rng.choice(self.m.cities)
        return f"{rng.choice(self.m.streets)} {rng.randint(1, 80)}, {city.postal_code} {city.name.upper()}"

    def date_between(self, start: int, end: int) -> int:
        return start + self.rng.randrange(max(1, end - start + 1))

    def tia(self) -> str:
        """A transfer impact assessment reference, e.g. "TIA 2024-03, reviewed yearly"."""
        rng = self.rng
        when = f"{2021 + rng.randrange(6)}-{rng.randint(1, 12):02d}"
        return rng.choice(self.m.tia_formats).format(date=when)

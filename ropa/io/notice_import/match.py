"""Which controller of the workspace a notice belongs to: by business ID, by name, by email, or new.

A DPO taking over a city gets dozens of notices of the same few organisations; each draft is put
under the controller they already have when the notice identifies it, and notices of one new
organisation share one new controller.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from ropa.model import records as r

MatchKind = Literal["business_id", "name", "email", "chosen", "new"]


@dataclass(frozen=True, slots=True)
class ControllerMatch:
    """Where a draft goes: an existing controller (``kind`` says how it was found) or a new one."""

    kind: MatchKind
    key: str
    name: str

    @property
    def is_new(self) -> bool:
        return self.kind == "new"


def match_controller(draft: r.Controller, existing: Sequence[r.Controller]) -> ControllerMatch | None:
    """The existing controller the notice names, or None."""
    business_id = _business_id(draft.business_id)
    if business_id:
        for c in existing:
            if _business_id(c.business_id) == business_id:
                return ControllerMatch("business_id", c.key, c.name)
    name = normalise_name(draft.name)
    if name:
        for c in existing:
            if normalise_name(c.name) == name:
                return ControllerMatch("name", c.key, c.name)
    email = draft.email.strip().lower()
    if email:
        for c in existing:
            if c.email.strip().lower() == email:
                return ControllerMatch("email", c.key, c.name)
    return None


def _business_id(value: str) -> str:
    return re.sub(r"[^\d-]", "", value)


def normalise_name(name: str) -> str:
    """'Imatran Lämpö Oy' and 'IMATRAN LÄMPÖ OY' are one name; legal-form words do not count."""
    name = re.sub(r"\b(oy|oyj|ab|abp|ltd|limited|inc|ry|rf)\b\.?", "", name.casefold())
    return re.sub(r"[^\w]+", " ", name).strip()


def slug(text: str, taken: Iterable[str] = (), limit: int = 48) -> str:
    """A key from a name ('Kemin Kaupunginhallitus' -> 'kemin-kaupunginhallitus'), unique among ``taken``."""
    ascii_text = unicodedata.normalize("NFKD", text.casefold()).encode("ascii", "ignore").decode()
    base = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")[:limit].strip("-") or "notice"
    used = set(taken)
    candidate, n = base, 2
    while candidate in used:
        candidate, n = f"{base}-{n}", n + 1
    return candidate

"""What a record still lacks: empty required fields and companions a chosen code calls for.

Validation (:mod:`ropa.model.validate`) refuses what is *wrong*; this module names what is merely
*missing*, so an editor can mark it at the field while the DPO types and the later compliance
checks can report it. Both walk the field catalogue: a field declared ``required=True`` is
reported when empty, and a field declared ``only_with=(sibling, code)`` (an SCC module with SCC)
is reported when the sibling holds that code and the field is empty. Nothing here refuses a
record: a draft may lack anything.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ropa.model.catalogue import entity, is_empty
from ropa.model.fields import FieldSpec, Kind
from ropa.model.validate import Path, Problem

MISSING = "missing"


@dataclass(frozen=True, slots=True)
class _Plan:
    required: tuple[FieldSpec, ...]
    companions: tuple[tuple[FieldSpec, str, str], ...]  # (field, sibling, code)
    nested: tuple[FieldSpec, ...]  # OBJECT, OPTIONAL and LIST fields, walked into


_PLANS: dict[type, _Plan] = {}


def _plan(record: type) -> _Plan:
    found = _PLANS.get(record)
    if found is None:
        fields = entity(record).fields
        found = _PLANS[record] = _Plan(
            required=tuple(s for s in fields if s.required),
            companions=tuple((s, *s.only_with) for s in fields if s.only_with is not None),
            nested=tuple(s for s in fields if s.kind in (Kind.OBJECT, Kind.OPTIONAL, Kind.LIST)),
        )
    return found


def is_blank(spec: FieldSpec, value: Any) -> bool:
    """Whether ``value`` counts as not filled in for a field like ``spec``."""
    if value is None:
        return True
    if spec.kind in (Kind.TEXT, Kind.KEY):
        return not str(value).strip()
    if spec.kind is Kind.OBJECT:
        return is_empty(value)
    if spec.kind in (Kind.TEXTS, Kind.CODES, Kind.COUNTRIES, Kind.REFS, Kind.LIST):
        return len(value) == 0
    return False


def missing(record: Any, *, path: Path = (), limit: int = 200) -> list[Problem]:
    """Empty required fields and missing companions of ``record`` and of every record inside it.

    Each problem's message starts with ``"missing"``; its path is the field's, as validation's.
    """
    found: list[Problem] = []
    _walk(record, path, found.append, limit, found)
    return found


def _walk(record: Any, path: Path, add: Callable[[Problem], None], limit: int, found: list[Problem]) -> None:
    plan = _plan(type(record))
    for spec in plan.required:
        if len(found) >= limit:
            return
        if is_blank(spec, getattr(record, spec.name)):
            add(Problem(path + (spec.name,), f"{MISSING}: {spec.label('en').lower()}"))
    for spec, sibling, code in plan.companions:
        if getattr(record, sibling) == code and getattr(record, spec.name) is None:
            wanted = f"{MISSING}: {spec.label('en')} (needed with '{code}')"
            add(Problem(path + (spec.name,), wanted))
    for spec in plan.nested:
        value = getattr(record, spec.name)
        if spec.kind is Kind.LIST:
            for index, item in enumerate(value):
                _walk(item, path + (spec.name, index), add, limit, found)
        elif value is not None:
            _walk(value, path + (spec.name,), add, limit, found)

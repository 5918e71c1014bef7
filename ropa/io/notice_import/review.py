"""What the window's review dialog shows: each draft field beside the text it was read from.

The dialog (built separately) lists :func:`review_fields` of a draft, with the field's label in
the user's language, its value as text, and the spans of :attr:`NoticeDraft.text` to highlight;
:attr:`NoticeDraft.notes` are the passages no field took; :func:`ropa.io.notice_import.plan_import`
proposes a controller for each draft (``ControllerMatch``), which the dialog may change with
:func:`with_controller` before :func:`ropa.io.notice_import.import_plan` stores the lot.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from ropa.io.notice_import.draft import NoticeDraft
from ropa.io.notice_import.layout import Span
from ropa.io.notice_import.match import ControllerMatch
from ropa.io.notice_import.plan import ImportPlan, Placement
from ropa.model import records as r
from ropa.model.catalogue import entity
from ropa.model.fields import Kind
from ropa.reference import reference


@dataclass(frozen=True, slots=True)
class ReviewField:
    """One filled value of a draft: its path, label, value shown as text, and its source spans."""

    path: str  # e.g. "register.purposes[1].legal_basis", "controller.dpo.email"
    label: str  # "Purpose 2 · Legal basis" in the language asked for
    value: str
    spans: tuple[Span, ...]
    required: bool  # the record needs it (the checks report it when empty)


def review_fields(draft: NoticeDraft, lang: str = "en", *, empty: bool = False) -> list[ReviewField]:
    """The draft's controller and register fields in catalogue order; empty ones only when asked
    (a blank legal basis is worth showing: the DPO picks it from ``draft.legal_bases_named``)."""
    out: list[ReviewField] = []
    for root, record in (("controller", draft.controller), ("register", draft.register)):
        for path, label, value, required in _walk(record, root, "", lang):
            if value or empty:
                out.append(ReviewField(path, label, value, draft.spans(path), required))
    return out


def _walk(record: Any, path: str, label: str, lang: str) -> Iterator[tuple[str, str, str, bool]]:
    for spec in entity(type(record)).fields:
        if spec.kind in (Kind.KEY,) or spec.name in ("registers", "processing_on_behalf", "status"):
            continue
        value = getattr(record, spec.name)
        here = f"{path}.{spec.name}"
        name = f"{label} · {spec.label(lang)}" if label else spec.label(lang)
        if spec.kind is Kind.OBJECT:
            yield from _walk(value, here, name, lang)
        elif spec.kind is Kind.OPTIONAL:
            if value is not None:
                yield from _walk(value, here, name, lang)
        elif spec.kind is Kind.LIST:
            for i, item in enumerate(value):
                yield from _walk(item, f"{here}[{i}]", f"{entity(type(item)).label(lang)} {i + 1}", lang)
        else:
            yield here, name, _shown(value, spec.codes, spec.kind, lang), spec.required


def _shown(value: Any, codes: str, kind: Kind, lang: str) -> str:
    if value is None or value == () or value == "":
        return ""
    if kind is Kind.CODE:
        return reference().code_list(codes).label(value, lang)
    if kind is Kind.CODES:
        return ", ".join(reference().code_list(codes).label(v, lang) for v in value)
    if kind in (Kind.COUNTRY,):
        return reference().country_name(value, lang)
    if kind is Kind.TEXTS or kind is Kind.COUNTRIES:
        return "\n".join(value)
    if kind is Kind.FLAG:
        return {True: {"fi": "kyllä"}.get(lang[:2], "yes"), False: {"fi": "ei"}.get(lang[:2], "no")}[value]
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def with_controller(
    plan: ImportPlan, index: int, match: ControllerMatch, workspace: r.Workspace
) -> ImportPlan:
    """The plan with draft ``index`` moved to another controller (an existing one, or new)."""
    placements = list(plan.placements)
    placements[index] = dataclasses.replace(placements[index], match=match)
    used = {p.match.key for p in placements if not p.match.is_new}
    existing = tuple(c for c in workspace.controllers if c.key in used)
    return ImportPlan(tuple(placements), existing)


def with_register(plan: ImportPlan, index: int, register: r.Register) -> ImportPlan:
    """The plan with draft ``index``'s register as the DPO edited it in the dialog."""
    placements: list[Placement] = list(plan.placements)
    draft = dataclasses.replace(placements[index].draft, register=register)
    placements[index] = dataclasses.replace(placements[index], draft=draft)
    return ImportPlan(tuple(placements), plan.existing)

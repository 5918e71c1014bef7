"""What the window's review dialog shows: each draft field beside the text it was read from.

The dialog (built separately) lists :func:`review_fields` of a draft, with the field's label in
the user's language, its value as text, and the spans of :attr:`NoticeDraft.text` to highlight;
:attr:`NoticeDraft.notes` are the passages no field took; :func:`ropa.io.notice_import.plan_import`
proposes a controller for each draft (``ControllerMatch``), which the dialog may change with
:func:`with_controller`; the DPO's edits come back through :func:`with_value` (one field typed
in the dialog) or :func:`with_register` (the register editor), and :func:`accepted` keeps the
drafts the DPO accepted before :func:`ropa.io.notice_import.import_plan` stores the lot.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from ropa.io.notice_import.draft import NoticeDraft
from ropa.io.notice_import.layout import Span
from ropa.io.notice_import.match import ControllerMatch
from ropa.io.notice_import.plan import ImportPlan, Placement
from ropa.model import records as r
from ropa.model.catalogue import entity
from ropa.model.fields import FieldSpec, Kind
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
                out.append(ReviewField(path, label, value, _spans(draft, path), required))
    return out


def _spans(draft: NoticeDraft, path: str) -> tuple[Span, ...]:
    """Where a value was read from; a value inside a list item read as a whole (a purpose's
    description) points at the item's sentence."""
    while True:
        found = draft.spans(path)
        parent = re.sub(r"(\.\w+|\[\d+\])$", "", path)
        if found or parent == path or "." not in parent and "[" not in parent:
            return found
        path = parent


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


#: The kinds the review dialog edits as text, and those it offers as a choice (a code of the
#: field's code list, yes / no); the rest (countries, lists of codes) in the register editor.
TEXT_KINDS = (Kind.TEXT, Kind.TEXTS, Kind.DATE)
CHOICE_KINDS = (Kind.CODE, Kind.FLAG)
_FLAGS = {"": None, "yes": True, "no": False}


def _steps(path: str) -> list[str | int]:
    return [int(i) if i else name for name, i in re.findall(r"(\w+)|\[(\d+)\]", path)]


def field_spec(path: str) -> FieldSpec:
    """The catalogue's spec of the field at ``path`` (``register.purposes[0].description``)."""
    root, *steps = _steps(path)
    current: type | None = {"controller": r.Controller, "register": r.Register}[str(root)]
    spec: FieldSpec | None = None
    for step in steps:
        if isinstance(step, int):
            continue
        if current is None:
            raise KeyError(path)
        spec = entity(current).field(step)
        current = spec.record
    if spec is None:
        raise KeyError(path)
    return spec


def field_kind(path: str) -> Kind:
    """The kind of the field at ``path`` (``register.purposes[0].description`` is TEXT)."""
    return field_spec(path).kind


def value_at(draft: NoticeDraft, path: str) -> Any:
    """The value the draft holds at ``path``."""
    root, *steps = _steps(path)
    value: Any = draft.controller if root == "controller" else draft.register
    for step in steps:
        value = value[step] if isinstance(step, int) else getattr(value, step)
    return value


def choices(draft: NoticeDraft, path: str, lang: str = "en") -> list[tuple[str, str]]:
    """What a CODE or FLAG field may be set to, as (value as :func:`with_value` takes it, label);
    for a legal basis the bases the notice names come first."""
    spec = field_spec(path)
    if spec.kind is Kind.FLAG:
        return [("yes", {"fi": "kyllä"}.get(lang[:2], "yes")), ("no", {"fi": "ei"}.get(lang[:2], "no"))]
    if spec.kind is not Kind.CODE:
        raise ValueError(f"a {spec.kind.value} field offers no choices here")
    codes = reference().code_list(spec.codes)
    first = [c for c in draft.legal_bases_named if c in codes] if spec.codes == "legal_bases" else []
    rest = [item.code for item in codes if item.code not in first]
    return [(code, codes.label(code, lang)) for code in first + rest]


def value_from_text(spec: FieldSpec | Kind, text: str) -> Any:
    """What a text typed (or a choice made) for a field means; ValueError when it cannot be
    given here (a bad date, a code not in the field's list, a field edited in the editor)."""
    kind = spec if isinstance(spec, Kind) else spec.kind
    if kind is Kind.TEXT:
        return text.strip()
    if kind is Kind.TEXTS:
        return tuple(line.strip() for line in text.splitlines() if line.strip())
    if kind is Kind.DATE:
        return date.fromisoformat(text.strip()) if text.strip() else None
    if kind is Kind.FLAG and text in _FLAGS:
        return _FLAGS[text]
    if kind is Kind.CODE and isinstance(spec, FieldSpec):
        if not text:
            return None
        if text in reference().code_list(spec.codes):
            return text
        raise ValueError(f"'{text}' is not a code of {spec.codes}")
    raise ValueError(f"a {kind.value} field is edited in the register editor")


def with_value(plan: ImportPlan, index: int, path: str, text: str) -> ImportPlan:
    """The plan with the field at ``path`` of draft ``index`` set to ``text`` as typed (a text,
    lines of a list of texts, an ISO date, a code, "yes" / "no"); ValueError when it cannot be."""
    value = value_from_text(field_spec(path), text)
    root, *steps = _steps(path)
    placements: list[Placement] = list(plan.placements)
    draft = placements[index].draft
    if root == "controller":
        draft = dataclasses.replace(draft, controller=_replaced(draft.controller, steps, value))
    else:
        draft = dataclasses.replace(draft, register=_replaced(draft.register, steps, value))
    placements[index] = dataclasses.replace(placements[index], draft=draft)
    return ImportPlan(tuple(placements), plan.existing)


def _replaced(record: Any, steps: list[str | int], value: Any) -> Any:
    if not steps:
        return value
    step, rest = steps[0], steps[1:]
    if isinstance(step, int):
        items = list(record)
        items[step] = _replaced(items[step], rest, value)
        return tuple(items)
    return dataclasses.replace(record, **{step: _replaced(getattr(record, step), rest, value)})


def accepted(plan: ImportPlan, indices: Iterable[int]) -> ImportPlan:
    """The plan with only the drafts at ``indices`` (those the DPO accepted), in their order."""
    keep = sorted(set(indices))
    placements = tuple(plan.placements[i] for i in keep)
    used = {p.match.key for p in placements if not p.match.is_new}
    return ImportPlan(placements, tuple(c for c in plan.existing if c.key in used))

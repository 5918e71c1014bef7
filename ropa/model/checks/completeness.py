"""Art. 30 content that is missing: one rule per field the catalogue marks ``required`` (and per field
declared ``only_with`` a sibling's code, such as the SCC module SCC calls for), plus the
requirements that depend on who the controller is (a public authority's DPO, Art. 30(5))."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from ropa.model import records as r
from ropa.model.catalogue import entity
from ropa.model.checks.engine import (
    ControllerCheck,
    Hit,
    OnBehalfCheck,
    ProcessorCheck,
    RegisterCheck,
    Rule,
    Scope,
    Severity,
    family,
    rule,
)
from ropa.model.fields import Kind

#: Art. 30(1)(f)-(g) and 30(2)(d) ask for these "where possible": a gap is a warning, not an error.
_WHERE_POSSIBLE = ("30(1)(f)", "30(1)(g)", "30(2)(d)")

#: Fields the catalogue marks required whose gap other rules judge better, or that something else fills.
_SATISFIED: dict[tuple[type, str], Callable[[Any], bool]] = {
    # retention per data category is as good as one overall period
    (r.Register, "retention"): lambda g: (
        bool(g.data_categories) and all(c.retention for c in g.data_categories)
    ),
    (r.ProcessorLink, "agreement"): lambda link: link.agreement_date is not None,
}

#: Required fields whose gap only a rule that knows the date can judge (an EEA destination needs none).
_JUDGED_ELSEWHERE = {(r.Transfer, "mechanism")}


def _severity(article: str) -> Severity:
    if article.startswith(_WHERE_POSSIBLE) or not (article.startswith("30(") or article == "6(1)"):
        return Severity.WARNING
    return Severity.ERROR


def _rules() -> dict[tuple[type, str], Rule]:
    found: dict[tuple[type, str], Rule] = {}
    for root, scope in (
        (r.Controller, Scope.CONTROLLER),
        (r.Register, Scope.REGISTER),
        (r.ProcessingOnBehalf, Scope.PROCESSING_ON_BEHALF),
        (r.Processor, Scope.PROCESSOR),
    ):
        stack: list[type] = [root]
        while stack:
            described = entity(stack.pop())
            for spec in described.fields:
                if spec.record is not None and spec.record not in (r.Register, r.ProcessingOnBehalf):
                    stack.append(spec.record)
                place = (described.record, spec.name)
                if place in found or place in _JUDGED_ELSEWHERE:
                    continue
                noun = described.noun.replace(" ", "-").replace("-record", "")
                rule_id = f"missing-{noun}-{spec.name.replace('_', '-')}"
                if spec.required:
                    found[place] = Rule(
                        rule_id,
                        _severity(spec.article),
                        spec.article,
                        f"{described.label.en}: {spec.label.en.lower()} is not recorded",
                        f"{described.label.fi}: {spec.label.fi.lower()} puuttuu",
                        scope,
                    )
                elif spec.only_with is not None:  # the SCC module that SCC calls for
                    sibling, code = spec.only_with
                    named = described.field(sibling).label
                    found[place] = Rule(
                        rule_id,
                        Severity.WARNING,
                        spec.article,
                        f"{described.label.en}: {spec.label.en} is not recorded, though the "
                        f"{named.en.lower()} is '{code}'",
                        f"{described.label.fi}: {spec.label.fi.lower()} puuttuu, vaikka "
                        f"{named.fi.lower()} on '{code}'",
                        scope,
                    )
    return found


def _satisfied(record: type, spec: Any) -> Callable[[Any], bool] | None:
    """When an empty field needs no finding: the table above, or a companion's sibling without its code."""
    special = _SATISFIED.get((record, spec.name))
    if special is not None or spec.only_with is None:
        return special
    sibling, code = spec.only_with
    return lambda value: bool(getattr(value, sibling) != code)


REQUIRED = _rules()


def missing(record: Any) -> list[Hit]:
    """Walk ``record`` and its parts by the catalogue; a hit for each required field left empty."""
    hits: list[Hit] = []
    _walk(record, "", hits)
    return hits


def _walk(value: Any, path: str, hits: list[Hit]) -> None:
    plan = _PLANS.get(type(value)) or _plan(type(value))
    for name, fired, satisfied, kind in plan:
        part = getattr(value, name)
        if (
            fired is not None
            and (part is None or part == "" or part == ())
            and (satisfied is None or not satisfied(value))
        ):
            hits.append(Hit(f"{path}.{name}" if path else name, rule=fired))
        if kind is Kind.LIST:
            if part:
                _walk_items(part, f"{path}.{name}" if path else name, hits)
        elif kind is Kind.OBJECT or (kind is Kind.OPTIONAL and part is not None):
            _walk(part, f"{path}.{name}" if path else name, hits)


def _walk_items(items: tuple[Any, ...], here: str, hits: list[Hit]) -> None:
    """:func:`_walk` over each item of a list; an item whose plan holds only its own fields (the
    usual case: purposes, data categories, links) is checked here, without a call or a path per item."""
    for i, item in enumerate(items):
        plan = _PLANS.get(type(item)) or _plan(type(item))
        if type(item) not in _LEAVES:
            _walk(item, f"{here}[{i}]", hits)
            continue
        for name, fired, satisfied, _kind in plan:
            part = getattr(item, name)
            if (part is None or part == "" or part == ()) and (satisfied is None or not satisfied(item)):
                hits.append(Hit(f"{here}[{i}].{name}", rule=fired))


Step = tuple[str, Rule | None, Callable[[Any], bool] | None, Kind]


_PLANS: dict[type, tuple[Step, ...]] = {}
#: Record types whose plan is only required fields of their own (no parts to walk into).
_LEAVES: set[type] = set()


def _plan(record: type) -> tuple[Step, ...]:
    """The fields of ``record`` worth visiting: required ones, and parts that hold required ones."""
    found = _PLANS.get(record)
    if found is not None:
        return found
    steps: list[Step] = []
    for spec in entity(record).fields:
        fired = REQUIRED.get((record, spec.name))
        nested = spec.record is not None and spec.record not in (r.Register, r.ProcessingOnBehalf)
        if nested and spec.record is not None and not _plan(spec.record):
            nested = False
        if fired is not None or nested:
            steps.append((spec.name, fired, _satisfied(record, spec), spec.kind if nested else Kind.TEXT))
    if all(fired is not None and kind is Kind.TEXT for _name, fired, _s, kind in steps):
        _LEAVES.add(record)
    _PLANS[record] = tuple(steps)
    return _PLANS[record]


def _controller(check: ControllerCheck) -> list[Hit]:
    return missing(check.controller)


def _register(check: RegisterCheck) -> list[Hit]:
    return missing(check.register)


def _on_behalf(check: OnBehalfCheck) -> list[Hit]:
    return missing(check.record)


def _processor(check: ProcessorCheck) -> list[Hit]:
    return missing(check.processor)


family(REQUIRED.values(), Scope.CONTROLLER, _controller)
family((), Scope.REGISTER, _register)
family((), Scope.PROCESSING_ON_BEHALF, _on_behalf)
family((), Scope.PROCESSOR, _processor)


@rule(
    "public-authority-without-dpo",
    Severity.ERROR,
    "37(1)(a)",
    "A public authority must designate a data protection officer; none is recorded",
    "Viranomaisen on nimettävä tietosuojavastaava; sitä ei ole kirjattu",
    Scope.CONTROLLER,
)
def public_authority_without_dpo(check: ControllerCheck) -> Iterator[Hit]:
    if check.controller.public_authority and not check.controller.dpo.name:
        yield Hit("dpo.name")


@rule(
    "art30-5-still-required",
    Severity.INFO,
    "30(5)",
    "Kept even by an organisation under 250 staff: it includes {what}",
    "Pidettävä myös alle 250 hengen organisaatiossa: mukana {what_fi}",
)
def still_required_under_250(check: RegisterCheck) -> Iterator[Hit]:
    specials = {c.special for c in check.register.data_categories if c.special}
    if not specials:
        return
    if specials == {"criminal"}:
        yield Hit("data_categories", {"what": "Art. 10 data", "what_fi": "10 artiklan tietoja"})
    else:
        yield Hit(
            "data_categories",
            {"what": "special categories of data", "what_fi": "erityisiä henkilötietoryhmiä"},
        )


def register_items() -> tuple[str, ...]:
    """The register's fields completeness is judged on: each required one, and each part (a list
    or an embedded record) that holds required fields; the dashboard scores a register by them."""
    return tuple(step[0] for step in _plan(r.Register))


def is_missing_content(finding_rule: Rule) -> bool:
    """Whether a rule is one of the missing-content family (a required field left empty)."""
    return finding_rule in _REQUIRED_RULES


_REQUIRED_RULES = frozenset(REQUIRED.values())

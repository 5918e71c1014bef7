"""Declared transfers (Art. 30(1)(e)): through a catalogue processor, or straight to a recipient.

Why: one place keeps the rules a validator will hold the document to, e.g. an SCC module only
with the ``scc`` mechanism and an adequacy scope only where a scope-limited decision is relied on.
"""

from __future__ import annotations

from typing import Any

from ropa.demo.catalogue import Catalogue, adequacy_scope, empty_scope
from ropa.demo.draw import Draw
from ropa.demo.facts import SCOPE_LIMITED, adequacy_decision
from ropa.demo.material import Recipient

__all__ = ["destination_label", "intl_transfer", "transfer"]

INTL = "intl:"


def destination_label(draw: Draw, destination: str) -> str:
    """How a statement names a destination: the country code, or the organisation's short name."""
    org = draw.m.organisations.get(destination)
    return org.label if org is not None else destination


def _safeguards(destination: str, mechanism: str | None, module: int | None, org_name: str) -> str:
    if mechanism == "scc":
        return f"SCC 2021/914 module {module}"
    if mechanism == "compelling_legitimate_interests":
        return "Pseudonymised data only; supervisory authority informed (Art. 49(1))."
    if mechanism == "bcr":
        return "Group BCR"
    if mechanism == "adequacy":
        return f"Adequacy decision {adequacy_decision(destination, org_name)}".strip()
    return ""


def _note(draw: Draw, lang: str) -> str:
    return "" if draw.rng.random() < 0.8 else draw.m.texts[lang].transfer_note


def transfer(draw: Draw, catalogue: Catalogue, processor: int | None, lang: str) -> dict[str, Any]:
    """One declared transfer, through catalogue processor ``processor`` or (None) directly."""
    rng = draw.rng
    scope: dict[str, Any] | None = None
    tia = ""
    if processor is not None:
        proc = catalogue.processors[processor]
        legs = catalogue.legs[processor]
        country = rng.choice(list(legs))
        leg = legs[country]
        mechanism = leg.mechanism
        if mechanism is None and rng.random() < 0.5:
            mechanism = "scc"  # the controller closed the processor's gap itself
        module = leg.scc_module if leg.mechanism == "scc" else None
        if mechanism == "scc" and module is None:
            module = rng.choice((2, 3))
        if mechanism == leg.mechanism and leg.tia and rng.random() < 0.8:
            tia = leg.tia
        if mechanism == "adequacy" and country == catalogue.scope_country[processor]:
            scope = dict(proc["adequacy_scope"])
        recipient, pkey, org_name = proc["name"], proc["key"], ""
    else:
        m = draw.m
        direct = rng.choice(m.direct_transfers)
        recipient, country, mechanism, module = direct
        pkey = None
        org = m.organisations.get(country)
        org_name = org.name if org is not None else ""
    safeguards = _safeguards(country, mechanism, module, org_name)
    if not safeguards and country.startswith(INTL):
        safeguards = draw.m.organisations[country].safeguards
    if not tia and mechanism in ("scc", "bcr") and rng.random() < 0.8:
        tia = draw.tia()
    if scope is None:
        in_scope = mechanism == "adequacy" and country in SCOPE_LIMITED
        scope = adequacy_scope(draw, country) if in_scope else empty_scope()
    return {
        "recipient": recipient,
        "processor": pkey,
        "country": country,
        "mechanism": mechanism,
        "scc_module": module if mechanism == "scc" else None,
        "safeguards": safeguards,
        "tia": tia,
        "adequacy_scope": scope,
        "notes": _note(draw, lang),
    }


def intl_transfer(draw: Draw, recipient: Recipient, lang: str) -> dict[str, Any]:
    """The declared transfer to an international organisation named among the recipients."""
    assert recipient.country is not None and recipient.country.startswith(INTL)
    org = draw.m.organisations[recipient.country]
    safeguards = _safeguards(recipient.country, org.mechanism, None, org.name) or org.safeguards
    return {
        "recipient": recipient.name,
        "processor": None,
        "country": recipient.country,
        "mechanism": org.mechanism,
        "scc_module": None,
        "safeguards": safeguards,
        "tia": "",
        "adequacy_scope": empty_scope(),
        "notes": _note(draw, lang),
    }

"""Declared transfers (Art. 30(1)(e)): through a catalogue processor, or straight to a recipient.

Why: one place keeps the rules a validator will hold the document to, e.g. an SCC module only
with the ``scc`` mechanism and an adequacy scope only where a scope-limited decision is relied on,
and the rules the law holds it to: the SCC module follows the leg (2 controller to processor, 3
processor to sub-processor, 1 controller to controller), every Art. 46/47 tool has its transfer
impact assessment (now and then missing: a gap to report), and a public authority does not rely on
the derogations Art. 49(3) denies it.
"""

from __future__ import annotations

from typing import Any

from ropa.demo.catalogue import Catalogue, adequacy_scope, empty_scope
from ropa.demo.draw import Draw
from ropa.demo.facts import ART46_47, SCOPE_LIMITED, adequacy_decision
from ropa.demo.material import DirectTransfer, Recipient

__all__ = ["destination_label", "direct_transfers", "intl_transfer", "transfer"]

INTL = "intl:"
ROLE_MODULE = {"processor": 2, "controller": 1}  # SCC module of a direct transfer, by recipient role


def destination_label(draw: Draw, destination: str) -> str:
    """How a statement names a destination: the country code, or the organisation's short name."""
    org = draw.m.organisations.get(destination)
    return org.label if org is not None else destination


def direct_transfers(draw: Draw, authority: bool) -> tuple[DirectTransfer, ...]:
    """The direct transfers a controller may make: public authorities skip the firms' ones."""
    table = draw.m.direct_transfers
    return tuple(t for t in table if not t.firms_only) if authority else table


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


def transfer(
    draw: Draw,
    catalogue: Catalogue,
    processor: int | None,
    lang: str,
    *,
    module: int,
    direct: tuple[DirectTransfer, ...] = (),
) -> dict[str, Any]:
    """One declared transfer, through catalogue processor ``processor`` or (None) directly.

    ``module`` is the SCC module of the leg through a processor (2 to a processor the register
    engages, 3 to a sub-processor or on behalf of a client); a direct transfer is drawn from
    ``direct`` and takes the module of its recipient's role.
    """
    rng = draw.rng
    scope: dict[str, Any] | None = None
    tia = ""
    scc_module: int | None
    if processor is not None:
        proc = catalogue.processors[processor]
        legs = catalogue.legs[processor]
        country = rng.choice(list(legs))
        leg = legs[country]
        mechanism = leg.mechanism
        if mechanism is None and rng.random() < 0.5:
            mechanism = "scc"  # the controller closed the processor's gap itself
        scc_module = module
        if mechanism == leg.mechanism and leg.tia and rng.random() < 0.8:
            tia = leg.tia
        if mechanism == "adequacy" and country == catalogue.scope_country[processor]:
            scope = dict(proc["adequacy_scope"])
        recipient, pkey, org_name = proc["name"], proc["key"], ""
    else:
        m = draw.m
        chosen = rng.choice(direct)
        recipient, country, mechanism = chosen.recipient, chosen.country, chosen.mechanism
        scc_module = ROLE_MODULE[chosen.role]
        pkey = None
        org = m.organisations.get(country)
        org_name = org.name if org is not None else ""
    safeguards = _safeguards(country, mechanism, scc_module, org_name)
    if not safeguards and country.startswith(INTL):
        safeguards = draw.m.organisations[country].safeguards
    if not tia and mechanism in ART46_47 and rng.random() < 0.8:
        tia = draw.tia()
    if scope is None:
        in_scope = mechanism == "adequacy" and country in SCOPE_LIMITED
        scope = adequacy_scope(draw, country) if in_scope else empty_scope()
    return {
        "recipient": recipient,
        "processor": pkey,
        "country": country,
        "mechanism": mechanism,
        "scc_module": scc_module if mechanism == "scc" else None,
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
        "tia": draw.tia() if org.mechanism in ART46_47 else "",
        "adequacy_scope": empty_scope(),
        "notes": _note(draw, lang),
    }

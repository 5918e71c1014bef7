"""Registers (processing activities) and Art. 30(2) records of processing on behalf of clients.

Why: the bulk of the document, and what people learn the record from, so it is legally plausible:
registers follow templates per kind of controller with their own purposes and the national
provisions behind their 6(1)(c)/(e) purposes; public authorities never rely on 6(1)(f) nor keep
archives for private controllers; special categories carry a fitting Art. 9(2) condition; the
transfers statement names every destination the register's processors, declared transfers and
recipients imply (once in a while knowingly out of date, and then the description says so).
Registers also carry the gaps the compliance checks look for (no review, no TIA, criminal data
without its provision, a national basis not yet written down).
"""

from __future__ import annotations

import random
from typing import Any

from ropa.demo.catalogue import Catalogue
from ropa.demo.controllers import Plan
from ropa.demo.draw import Draw, empty_dpo, iso, slug
from ropa.demo.facts import (
    D_AGREEMENT_END,
    D_CREATED_END,
    D_LAST_NEXT_REVIEW,
    D_REVIEW_END,
    D_START,
    EEA,
    WP248,
)
from ropa.demo.material import Template
from ropa.demo.transfers import destination_label, direct_transfers, intl_transfer, transfer

__all__ = ["processing_on_behalf", "register", "templates_for"]

N_TRANSFERS = (0,) * 14 + (1,) * 5 + (2,)
STATUS_CHOICES = ("active",) * 16 + ("draft",) * 2 + ("retired",) * 2
DPIA_FEW = ("not_required",) * 5 + ("not_assessed",) * 3 + ("done",)
DPIA_MANY = ("required", "in_progress", "done", "done", "not_assessed")
N_CRITERIA = (0, 0, 0, 0, 0, 1, 1, 1, 2, 2, 3, 4)
# Which Art. 13(2)(e) statement fits the first purpose's Art. 6(1) letter.
PROVISION_KIND = {"a": "voluntary", "b": "contractual", "c": "statutory", "d": "voluntary",
                  "e": "statutory", "f": "voluntary"}  # fmt: skip
# Letters of the extra purposes a controller may add: a public authority cannot rely on 6(1)(f)
# for its tasks (Art. 6(1) second subparagraph), a company or firm has no public task (6(1)(e)).
EXTRA_LETTERS = {True: "abce", False: "abcf"}


def templates_for(draw: Draw, plan: Plan) -> tuple[Template, ...]:
    m = draw.m
    if plan["kind"] == "firm":
        return m.templates["firm"] + m.sector_templates.get(plan["sector"], ())
    return m.templates[plan["kind"]]


def _site(sites: tuple[str, ...], repeat: int) -> str:
    """The unit that tells the ``repeat``-th register of one kind apart from the others."""
    site = sites[(repeat - 1) % len(sites)]
    return site if repeat <= len(sites) else f"{site} {(repeat - 1) // len(sites) + 1}"


def register(
    draw: Draw,
    catalogue: Catalogue,
    plan: Plan,
    number: int,
    template: Template,
    repeat: int,
    staff: list[dict[str, str]],
    vendors: list[int],
) -> dict[str, Any]:
    """Register ``number`` of the controller in ``plan``, the ``repeat``-th of its template."""
    rng, m = draw.rng, draw.m
    r = rng.random
    choice = rng.choice
    lang = plan["lang"]
    head = plan["head"]
    tx = m.texts[lang]
    dept = template.department
    name = template.name if repeat == 0 else f"{template.name} – {_site(tx.sites, repeat)}"
    special = template.special  # the registers that exist for it (patients, payroll) always hold it
    if special is None and r() < 0.02:
        special = choice(m.rare_specials)

    authority = bool(plan["authority"])
    purposes, national = _purposes(draw, template, lang, authority)
    conditions: list[str] = []
    criminal_basis = ""
    if special == "criminal":
        # Art. 10: a national provision, not an Art. 9(2) condition; now and then missing (a gap).
        criminal_basis = "" if r() < 0.1 else (template.criminal_basis or tx.criminal_basis)
    elif special is not None:
        own = template.conditions if special == template.special else ()
        conditions.append(choice(own or m.art9_conditions[special]))
    provision = ""
    if r() < 0.65:
        first = purposes[0]["legal_basis"][-1]
        provision = choice(tx.provision_requirements[PROVISION_KIND[first]])

    n_data = rng.randint(2, 8)
    if special is not None:
        n_data -= 1
    retentions, dsources = tx.retentions, tx.data_sources
    data_categories = [
        {"name": dn, "special": None, "retention": choice(retentions), "source": choice(dsources)}
        for dn in rng.sample(tx.data_names, n_data)
    ]
    if special is not None:
        label = tx.special_data.get(special, special.replace("_", " ").capitalize())
        data_categories.insert(
            rng.randrange(len(data_categories) + 1),
            {"name": label, "special": special, "retention": choice(retentions), "source": choice(dsources)},
        )

    picked = rng.sample(tx.recipients, choice((0, 1, 1, 2, 2, 3)))
    intl = template.international
    if intl is not None and r() < 0.35:  # an international organisation among the recipients
        picked = picked[:2] + [intl]
    else:
        intl = None
    recipients = [
        {"name": x.name, "kind": x.kind, "country": x.country, "description": x.description} for x in picked
    ]
    links = rng.sample(vendors, min(len(vendors), choice((0, 1, 1, 2, 2, 3, 4))))
    processors = []
    for pi in links:
        proc = catalogue.processors[pi]
        processors.append(
            {
                "processor": proc["key"],
                "task": proc["services"],
                "agreement": choice(tx.agreements),
                "agreement_date": iso(draw.date_between(D_START, D_AGREEMENT_END)) if r() < 0.85 else None,
            }
        )

    transfers = []
    n_transfers = choice(N_TRANSFERS)
    if n_transfers:
        candidates = [o for pi in links for o in catalogue.outside[pi]]
        direct = direct_transfers(draw, authority)
        used: set[int] = set()
        for _ in range(n_transfers):
            pick: int | None = None
            if candidates and r() < 0.8:
                pick = choice(candidates)
                if pick in used:
                    continue
                used.add(pick)
            # the leg: 2 to the processor the register engages, 3 to one of its sub-processors
            module = 2 if pick is not None and catalogue.depth[pick] == 0 else 3
            transfers.append(transfer(draw, catalogue, pick, lang, module=module, direct=direct))
    if intl is not None and len(transfers) < 2 and r() < 0.7:
        transfers.append(intl_transfer(draw, intl, lang))

    # Every destination the register implies: its processors' chains (where each is established
    # and where it processes), its declared transfers and its recipients outside the EEA.
    implied = {c for pi in links for o in catalogue.outside[pi] for c in catalogue.legs[o]}
    declared = {t["country"] for t in transfers}
    disclosed = {x.country for x in picked if x.country is not None and x.country not in EEA}
    destinations = sorted(implied | declared | disclosed)
    description = choice(tx.descriptions)
    statements = tx.transfers_statement
    if not destinations:
        statement = statements["none"]
    elif not declared and not disclosed and r() < 0.04:
        statement = statements["none"]  # knowingly out of date, and the register says so
        description = tx.stale_statement
    else:
        form = "intl" if any(d.startswith("intl:") for d in destinations) else "some"
        labels = ", ".join(destination_label(draw, d) for d in destinations)
        statement = statements[form].format(destinations=labels)

    criteria = rng.sample(WP248, choice(N_CRITERIA))
    if special is not None and "sensitive_data" not in criteria and r() < 0.7:
        criteria.append("sensitive_data")
    if special is not None and plan["kind"] == "wellbeing":  # a whole region's health and social care
        criteria += [c for c in ("sensitive_data", "large_scale") if c not in criteria]  # Art. 35(3)(b)
    dpia_status = choice(DPIA_MANY if len(criteria) >= 2 else DPIA_FEW)
    dpia_date = None
    dpia_ref = ""
    created = draw.date_between(D_START, D_CREATED_END)
    if r() < 0.1:
        last = created  # never reviewed
    elif r() < 0.6:
        last = max(created, draw.date_between(D_REVIEW_END - 400, D_REVIEW_END))
    else:
        last = draw.date_between(created, D_REVIEW_END)
    if dpia_status in ("done", "in_progress"):
        dpia_date = iso(draw.date_between(created, D_REVIEW_END))
        dpia_ref = f"{tx.dpia_prefix}-{dpia_date[:4]}-{rng.randint(1, 40):02d}"
    next_review = last + choice((365, 365, 365, 365, 182, 730))
    if next_review > D_LAST_NEXT_REVIEW:
        next_review = last + 365

    adm_used = template.automated and r() < 0.3
    if adm_used and "automated_decision" not in criteria:
        criteria.append("automated_decision")
    contact = choice(staff)
    responsible = contact if r() < 0.4 else choice(staff)
    joint = [dict(plan["joint"])] if plan["joint"] is not None and r() < 0.05 else []
    return {
        "key": f"{head['key']}-r{number:04d}",
        "reference": f"TS-{iso(created)[:4]}-{number:03d}" if r() < 0.8 else "",
        "name": name,
        "status": choice(STATUS_CHOICES),
        "department": dept,
        "description": description,
        "contact_person": dict(contact),
        "responsible_person": dict(responsible),
        "joint_controllers": joint,
        "purposes": purposes,
        "legal_basis_notes": choice(tx.basis_notes),
        "special_category_conditions": conditions,
        "national_legal_basis": national,
        "criminal_data_basis": criminal_basis,
        "data_subject_categories": rng.sample(tx.subjects, rng.randint(2, 5)),
        "data_categories": data_categories,
        "sources": choice(tx.sources),
        "recipients": recipients,
        "disclosures": choice(tx.disclosures),
        "processors": processors,
        "transfers": transfers,
        "transfers_statement": statement,
        "retention": choice(tx.retention_texts),
        "systems": rng.sample(tx.systems, rng.randint(1, 4)),
        "security_measures": {
            "electronic": choice(tx.security_electronic),
            "manual": choice(tx.security_manual),
        },
        "automated_decision_making": {
            "used": adm_used,
            "description": tx.automated_decision["authority" if authority else "company"] if adm_used else "",
        },
        "dpia": {"criteria": criteria, "status": dpia_status, "reference": dpia_ref, "date": dpia_date},
        "data_subject_rights": choice(tx.rights),
        "provision_requirement": provision,
        "created": iso(created),
        "last_reviewed": iso(last),
        "next_review": iso(next_review),
    }


def _purposes(draw: Draw, template: Template, lang: str, authority: bool) -> tuple[list[dict[str, Any]], str]:
    """The register's purposes and the national provisions behind its 6(1)(c)/(e) ones.

    Mostly the template's own purposes; now and then only the first of them, or one more drawn
    from the letters this controller may use (archiving in the public interest only for public
    authorities). The national basis is left empty now and then: a gap the checks should report.
    """
    rng, tx = draw.rng, draw.m.texts[lang]
    own = list(template.purposes)
    if len(own) > 1 and rng.random() < 0.3:
        own = own[: rng.randint(1, len(own) - 1)]
    chosen = [(p.text, p.basis, p.kind, template.national, p.interest) for p in own]
    if rng.random() < 0.25:
        letter = rng.choice(EXTRA_LETTERS[authority])
        extra = rng.choice([p for p in tx.purposes[letter] if authority or p.kind != "archiving"])
        if all(extra.text != c[0] for c in chosen):
            chosen.append((extra.text, letter, extra.kind, extra.law, extra.interest))
    purposes = [
        {
            "description": text if i else f"{text} ({template.department.lower()})",
            "legal_basis": f"art6-1-{letter}",
            "legitimate_interest": interest,
            "kind": kind,
        }
        for i, (text, letter, kind, _, interest) in enumerate(chosen)
    ]
    return purposes, _national([law for _, letter, _, law, _ in chosen if letter in "ce" and law], lang, rng)


def _national(laws: list[str], lang: str, rng: random.Random) -> str:
    """``laws`` as one text, each provision once; now and then not yet written down (a gap)."""
    parts: dict[str, str] = {}
    for law in laws:
        for part in law.split("; "):
            parts.setdefault(part.lower(), part)
    if not parts or rng.random() < 0.08:
        return ""
    first, *rest = parts.values()
    if lang == "fi":  # Finnish writes the names of acts in lower case inside a sentence
        rest = [part[:1].lower() + part[1:] for part in rest]
    return "; ".join([first, *rest])


def processing_on_behalf(
    draw: Draw, catalogue: Catalogue, plan: Plan, plans: list[Plan]
) -> list[dict[str, Any]]:
    """One or two Art. 30(2) records of an ICT firm: mostly for other controllers of the demo."""
    rng, m = draw.rng, draw.m
    records = []
    others = [p for p in plans if p is not plan]
    n_procs = len(catalogue.processors)
    for _ in range(rng.randint(1, 2)):
        if others and rng.random() < 0.8:
            other = rng.choice(others)["head"]
            client = {
                "name": other["name"],
                "business_id": other["business_id"],
                "address": other["address"],
                "email": other["email"],
                "phone": other["phone"],
                "representative": dict(other["representative"]) if other["representative"] else None,
                "dpo": dict(other["dpo"]),
            }
            client_slug = other["key"]
        else:
            name = f"{rng.choice(m.firm_stems_fi)} {m.cooperative_suffix}"
            client = {
                "name": name,
                "business_id": draw.business_id(),
                "address": "",
                "email": "",
                "phone": "",
                "representative": None,
                "dpo": empty_dpo(),
            }
            client_slug = slug(name)
        key = draw.unique_key("pob", f"{plan['head']['key']}-for-{client_slug}")
        subs = rng.sample(range(n_procs), min(n_procs, rng.randint(0, 3)))
        outside = [o for s in subs for o in catalogue.outside[s]]
        transfers = []
        if outside and rng.random() < 0.6:
            # the ICT firm is the processor: every leg is processor to sub-processor (module 3)
            transfers.append(transfer(draw, catalogue, rng.choice(outside), "en", module=3))
        agreement_date = iso(draw.date_between(D_START, D_AGREEMENT_END))
        records.append(
            {
                "key": key,
                "client": client,
                "categories_of_processing": rng.choice(m.pob_categories),
                "subprocessors": [catalogue.processors[s]["key"] for s in subs],
                "transfers": transfers,
                "security_measures": rng.choice(m.pob_security),
                "agreement": f"DPA {agreement_date[:7]}",
                "agreement_date": agreement_date,
            }
        )
    return records

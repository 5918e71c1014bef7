"""Registers (processing activities) and Art. 30(2) records of processing on behalf of clients.

Why: the bulk of the document. Registers follow templates per kind of controller and carry the
gaps the compliance checks look for (no review, no TIA, criminal data without its provision).
"""

from __future__ import annotations

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
    WP248,
)
from ropa.demo.material import Template
from ropa.demo.transfers import destination_label, intl_transfer, transfer

__all__ = ["processing_on_behalf", "register", "templates_for"]

N_TRANSFERS = (0,) * 14 + (1,) * 5 + (2,)
STATUS_CHOICES = ("active",) * 16 + ("draft",) * 2 + ("retired",) * 2
DPIA_FEW = ("not_required",) * 5 + ("not_assessed",) * 3 + ("done",)
DPIA_MANY = ("required", "in_progress", "done", "done", "not_assessed")
N_CRITERIA = (0, 0, 0, 0, 0, 1, 1, 1, 2, 2, 3, 4)
# Which Art. 13(2)(e) statement fits the first purpose's Art. 6(1) letter.
PROVISION_KIND = {"a": "voluntary", "b": "contractual", "c": "statutory", "d": "voluntary",
                  "e": "statutory", "f": "voluntary"}  # fmt: skip


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
    special = template.special
    if special is not None and r() < 0.15:
        special = None  # the register holds no special data after all
    if special is None and r() < 0.02:
        special = choice(m.rare_specials)

    purposes = []
    letters = list(template.bases)
    for i in range(rng.randint(1, 4) if r() < 0.6 else 1):
        letter = letters.pop(0) if letters else choice("abcef")
        purpose = template.purpose if i == 0 and template.purpose is not None else choice(tx.purposes[letter])
        text = purpose.text if i else f"{purpose.text} ({dept.lower()})"
        purposes.append(
            {
                "description": text,
                "legal_basis": f"art6-1-{letter}",
                "legitimate_interest": choice(tx.legitimate_interests) if letter == "f" else "",
                "kind": purpose.kind,
            }
        )
    conditions: list[str] = []
    criminal_basis = ""
    if special == "criminal":
        # Art. 10: a national provision, not an Art. 9(2) condition; now and then missing (a gap).
        criminal_basis = "" if r() < 0.1 else (template.criminal_basis or tx.criminal_basis)
    elif special is not None:
        conditions.append(choice(m.art9_conditions[special]))
    national = choice(tx.national_bases) if r() < 0.3 else ""
    provision = ""
    if r() < 0.65:
        provision = choice(tx.provision_requirements[PROVISION_KIND[template.bases[0]]])

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
        used: set[int] = set()
        for _ in range(n_transfers):
            pick: int | None = None
            if candidates and r() < 0.8:
                pick = choice(candidates)
                if pick in used:
                    continue
                used.add(pick)
            transfers.append(transfer(draw, catalogue, pick, lang))
    if intl is not None and len(transfers) < 2 and r() < 0.7:
        transfers.append(intl_transfer(draw, intl, lang))
    statements = tx.transfers_statement
    if transfers:
        destinations = sorted({t["country"] for t in transfers})
        form = "intl" if any(d.startswith("intl:") for d in destinations) else "some"
        labels = ", ".join(destination_label(draw, d) for d in destinations)
        statement = statements[form].format(destinations=labels)
    else:
        statement = statements["none"]

    criteria = rng.sample(WP248, choice(N_CRITERIA))
    if special is not None and "sensitive_data" not in criteria and r() < 0.7:
        criteria.append("sensitive_data")
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

    adm_used = r() < 0.05
    contact = choice(staff)
    responsible = contact if r() < 0.4 else choice(staff)
    joint = [dict(tx.joint_controller)] if r() < 0.05 else []
    return {
        "key": f"{head['key']}-r{number:04d}",
        "reference": f"TS-{iso(created)[:4]}-{number:03d}" if r() < 0.8 else "",
        "name": name,
        "status": choice(STATUS_CHOICES),
        "department": dept,
        "description": choice(tx.descriptions),
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
            "description": tx.automated_decision if adm_used else "",
        },
        "dpia": {"criteria": criteria, "status": dpia_status, "reference": dpia_ref, "date": dpia_date},
        "data_subject_rights": choice(tx.rights),
        "provision_requirement": provision,
        "created": iso(created),
        "last_reviewed": iso(last),
        "next_review": iso(next_review),
    }


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
            transfers.append(transfer(draw, catalogue, rng.choice(outside), "en"))
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

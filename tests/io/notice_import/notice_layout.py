# ruff: noqa: E501 - tables of words and layout lines read best unwrapped
"""A privacy notice in Ropa's own numbered 14-section layout, written from records.

``ropa notice`` (another part of the project) will write the published notices; until it lands
on main, the round-trip tests use this writer of the same layout (DOMAIN.md: 1 register name,
2 controller, 3 contact person / responsible person / DPO, ... 14 complaint, "Päivitetty" date).
It writes every value a notice carries so the importer can be held to reading each back.
"""

from __future__ import annotations

from ropa.model import records as r
from ropa.reference import reference

HEADINGS = {
    "fi": [
        "Rekisterin nimi", "Rekisterinpitäjä", "Rekisterin yhteyshenkilö", "Henkilötietojen käsittely toimeksiannosta",
        "Käsittelyn tarkoitukset ja oikeusperusteet", "Automaattinen päätöksenteko ja profilointi",
        "Rekisterin tietosisältö", "Säännönmukaiset tietolähteet", "Säännönmukaiset luovutukset ja vastaanottajat",
        "Tietojen siirto EU:n tai ETA:n ulkopuolelle", "Säilytysajat", "Ylläpitojärjestelmät ja suojauksen periaatteet",
        "Rekisteröidyn oikeudet", "Oikeus tehdä valitus valvontaviranomaiselle",
    ],
    "en": [
        "Name of the register", "Controller", "Contact person", "Processing by processors",
        "Purposes and legal bases of the processing", "Automated decision-making and profiling",
        "Categories of personal data", "Regular sources of data", "Recipients and disclosures",
        "Transfers outside the EU or EEA", "Retention periods", "Systems and security measures",
        "Rights of the data subject", "Right to lodge a complaint with the supervisory authority",
    ],
}  # fmt: skip
WORDS = {
    "fi": {"updated": "Päivitetty", "created": "Laadittu", "responsible": "Rekisterin vastuuhenkilö",
           "dpo": "Tietosuojavastaava", "subjects": "Rekisteröityjen ryhmät", "basis": "oikeusperuste",
           "yes": "Kyllä", "no": "Ei", "electronic": "A. Sähköinen aineisto", "manual": "B. Manuaalinen aineisto",
           "systems": "Järjestelmät", "business_id": "Y-tunnus", "phone": "puh.",
           "basis_notes": "Oikeusperusteen lisätiedot"},
    "en": {"updated": "Last updated", "created": "Created", "responsible": "Responsible person",
           "dpo": "Data protection officer", "subjects": "Categories of data subjects", "basis": "legal basis",
           "yes": "Yes", "no": "No", "electronic": "A. Electronic material", "manual": "B. Manual material",
           "systems": "Systems", "business_id": "Business ID", "phone": "tel.",
           "basis_notes": "More on the legal bases"},
}  # fmt: skip


def notice_text(controller: r.Controller, register: r.Register, lang: str = "fi") -> str:
    """The notice of ``register`` as plain text in the numbered layout."""
    w, h = WORDS[lang], HEADINGS[lang]
    ref = reference()
    out: list[str] = []

    def section(number: int, *body: str) -> None:
        out.append(f"{number}. {h[number - 1]}")
        out.extend(b for b in body if b)

    def person(p: r.Person) -> str:
        lines = [p.name, f"{w['phone']} {p.phone}" if p.phone else "", p.email]
        return "\n".join(line for line in lines if line)

    if register.last_reviewed:
        out.append(
            f"{w['updated']}: {register.last_reviewed.day}.{register.last_reviewed.month}.{register.last_reviewed.year}"
        )
    if register.created:
        out.append(f"{w['created']}: {register.created.day}.{register.created.month}.{register.created.year}")
    section(1, register.name)
    block = [controller.name]
    if controller.business_id:
        block.append(f"{w['business_id']}: {controller.business_id}")
    block += [controller.address, controller.phone, controller.email]
    section(2, "\n".join(b for b in block if b))
    section(3, person(register.contact_person), w["responsible"], person(register.responsible_person), w["dpo"],
            person(controller.dpo))  # fmt: skip
    section(
        4, "\n".join(f"- {x.name}: {x.description}" for x in register.recipients if x.kind == "processor")
    )
    purposes = []
    for p in register.purposes:
        basis = (
            f" ({w['basis']}: {ref.code_list('legal_bases').label(p.legal_basis, lang)})"
            if p.legal_basis
            else ""
        )
        purposes.append(f"- {p.description}{basis}")
    section(
        5,
        "\n".join(purposes),
        w["basis_notes"] if register.legal_basis_notes else "",
        register.legal_basis_notes,
    )
    used = register.automated_decision_making.used
    section(
        6,
        "" if used is None else w["yes"] if used else w["no"],
        register.automated_decision_making.description,
    )
    section(7, "\n".join(f"- {c.name}" for c in register.data_categories), w["subjects"],
            "\n".join(f"- {s}" for s in register.data_subject_categories))  # fmt: skip
    section(8, register.sources)
    others = [x for x in register.recipients if x.kind != "processor"]
    section(9, "\n".join(f"- {x.name}: {x.description}" if x.description else f"- {x.name}" for x in others),
            register.disclosures)  # fmt: skip
    transfers = []
    for t in register.transfers:
        mechanism = ref.code_list("transfer_mechanisms").label(t.mechanism, lang) if t.mechanism else ""
        transfers.append(f"- {ref.country_name(t.country or '', lang)}: {t.safeguards or mechanism}")
    section(10, "\n".join(transfers), register.transfers_statement)
    section(11, register.retention)
    section(12, w["systems"], "\n".join(f"- {s}" for s in register.systems), w["electronic"],
            register.security_measures.electronic, w["manual"], register.security_measures.manual)  # fmt: skip
    section(13, register.data_subject_rights)
    section(14, controller.supervisory_authority)
    return "\n\n".join(out) + "\n"

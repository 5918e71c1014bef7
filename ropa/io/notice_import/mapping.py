"""Field mappers: each section's units into fields of the record, by the section's topic.

Every mapper takes the units of one section and puts values into the :class:`Builder`. What a
mapper leaves unused goes through the sentence rules (a date line, a statement on automated
decisions or transfers, a legal basis named in passing), and whatever is still unused ends in the
register's notes under its heading. A mapper never guesses a value the words do not give.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from ropa.io.notice_import import contacts
from ropa.io.notice_import import recognise as rx
from ropa.io.notice_import.builder import Builder
from ropa.io.notice_import.layout import Unit
from ropa.io.notice_import.sections import Section
from ropa.io.notice_import.vocabulary import (
    AUTHORITY,
    DATE_FIELDS,
    EEA_OUTSIDE,
    HEADINGS,
    NEGATION,
    RECIPIENTS,
    SUBJECTS,
    Topic,
)

_LANG_INDEX = {"fi": 0, "sv": 1, "en": 2}
_YES = re.compile(r"^(kyllä|ja|yes|x)\.?$", re.I)
_NO = re.compile(r"^(ei|nej|no)\.?$", re.I)
_BASIS_SUFFIX = re.compile(
    r"\s*[(\[]\s*(?:oikeusperuste|käsittelyperuste|peruste|rättslig grund|legal basis|lawful basis)"
    r"\s*:\s*([^)\]]+)[)\]]\s*\.?$"
    r"|\s+[–—-]\s+(?:oikeusperuste|peruste|rättslig grund|legal basis)\s*:\s*(.+)$",
    re.IGNORECASE,
)
_MANUAL = re.compile(
    r"manuaali|paperi|asiakirj|tulostet|lukitu\w* (tilo|kaap|säilytys)|manuell|papper|paper|printed", re.I
)
_AUTOMATED = HEADINGS[6][1]
_PROVISION = re.compile(
    r"(ei ole pakollist|on pakollist|lakisääteinen vaatimus|sopimukse\w* edellytys|edellytys sopimuksen"
    r"|är inte obligatorisk|är obligatorisk|lagstadgat krav|avtalsenligt krav|is not mandatory|is mandatory|"
    r"statutory or contractual requirement|not obliged to provide|required to provide)",
    re.I,
)
_SOURCE_SENTENCE = re.compile(
    r"kerä\w*\s.*(itseltä|rekisteröidyltä|henkilöltä)|tiedot saadaan|saamme tiedot|samlas in|från dig själv"
    r"|collected (directly )?from you|we (obtain|receive) (the )?data",
    re.I,
)
_BASIS_WORDS = re.compile(
    r"oikeusperust|perustee|perustuu|grundar sig|rättslig grund|legal basis|based on", re.I
)
_LAW = re.compile(
    r"\blaki\b|\blain\b|lakia|\blag\b|lagen|\bact\b|asetu|förordning|regulation|\(\d+/\d{4}\)|\d+/\d{4}", re.I
)


def map_section(b: Builder, section: Section, on: date) -> None:
    """Run the section's mapper, then the sentence rules on whatever it left."""
    for unit in section.units:
        _date_rule(b, unit)
        if unit.index not in b.used:
            _statement_rule(b, unit, section.topic, on)
    units = [u for u in section.units if u.index not in b.used]
    MAPPERS.get(section.topic, _nothing)(b, units, on)
    for unit in section.units:
        if unit.index not in b.used:
            _sentence_rules(b, unit, section.topic, on)


def _nothing(b: Builder, units: list[Unit], on: date) -> None:
    pass


# -- single values ----------------------------------------------------------------------------


def _register_name(b: Builder, units: list[Unit], on: date) -> None:
    for i, unit in enumerate(units):
        if i == 0:
            b.put(("register", "name"), unit.text.rstrip("."), unit)
        else:
            b.text(("register", "description"), unit)


def _controller(b: Builder, units: list[Unit], on: date) -> None:
    contacts.map_controller(b, units)


def _person(*target: str) -> Callable[[Builder, list[Unit], date], None]:
    def mapper(b: Builder, units: list[Unit], on: date) -> None:
        contacts.map_person(b, units, target)

    return mapper


def _automated(b: Builder, units: list[Unit], on: date) -> None:
    """One answer ("Ei" / "Kyllä" or a sentence) sets `used`; a form with both options left says nothing."""
    answers = [(u, True) for u in units if _YES.match(u.text)] + [
        (u, False) for u in units if _NO.match(u.text)
    ]
    if len(answers) == 1:
        unit, used = answers[0]
        b.put(("register", "automated_decision_making", "used"), used, unit)
    for unit in units:
        if _YES.match(unit.text) or _NO.match(unit.text):
            continue
        if _AUTOMATED.search(unit.text.lower()) and NEGATION.search(unit.text.lower()):
            b.put(("register", "automated_decision_making", "used"), False, unit)
        elif b.get(("register", "automated_decision_making", "used")) is not False and not unit.text.endswith(
            "?"
        ):
            b.text(("register", "automated_decision_making", "description"), unit)
            if _AUTOMATED.search(unit.text.lower()):
                b.put(("register", "automated_decision_making", "used"), True, unit)


# -- purposes and legal bases -----------------------------------------------------------------


def _purposes(b: Builder, units: list[Unit], on: date) -> None:
    """List items are the purposes; without a list every sentence is one. Bases written with a
    purpose ("(oikeusperuste: suostumus)", "Lakisääteisten velvoitteiden noudattaminen") go with it."""
    statements = [u for u in units if not u.item and rx.legal_bases(u.text) and _BASIS_WORDS.search(u.text)]
    _legal_basis(b, statements, on)  # "Käsittelyn oikeusperuste on yleinen etu." is no purpose
    units = [u for u in units if u not in statements]
    items = [u for u in units if u.item]
    chosen = items or [u for u in units if not u.text.endswith(":")]
    for unit in units:
        _subjects_in(b, unit)
    for unit in chosen:
        description, bases = _purpose_text(unit.text)
        if not description:
            continue
        index = b.item(("register", "purposes"), {"description": description}, unit)
        if len(bases) == 1:
            b.put(("register", "purposes", index, "legal_basis"), bases[0], unit)
        elif bases:
            b.basis_statements.append((unit, bases))


def _purpose_text(text: str) -> tuple[str, tuple[str, ...]]:
    m = _BASIS_SUFFIX.search(text)
    if m:
        label = m.group(1) or m.group(2) or ""
        return text[: m.start()].strip(), rx.legal_bases(label)
    head = re.split(r":\s", text, maxsplit=1)[0]
    bases = rx.legal_bases(head) if len(head.split()) <= 8 else ()
    return text.strip(), bases


def _legal_basis(b: Builder, units: list[Unit], on: date) -> None:
    for unit in units:
        b.text(("register", "legal_basis_notes"), unit)
        bases = rx.legal_bases(unit.text)
        if bases:
            b.basis_statements.append((unit, bases))


def assign_legal_bases(b: Builder) -> tuple[str, ...]:
    """Give a purpose the basis of the statements that speak of it; one basis in all goes to every
    purpose; otherwise the purpose stays blank for the DPO (and the checks report it).
    Returns every basis the notice names, for the review to offer."""
    purposes = b.register.get("purposes", [])
    direct = {p["legal_basis"] for p in purposes if p.get("legal_basis")}
    named = tuple(sorted({code for _, bases in b.basis_statements for code in bases} | direct))
    general: list[tuple[Unit, tuple[str, ...]]] = []
    common = _common_stems([p["description"] for p in purposes])
    for unit, bases in b.basis_statements:
        matched = [
            i
            for i, p in enumerate(purposes)
            if not p.get("legal_basis") and _overlaps(unit.text, p["description"], common)
        ]
        if matched and len(bases) == 1:
            for i in matched:
                _set_basis(b, i, bases[0], unit)
        else:
            general.append((unit, bases))
    if len(named) == 1:
        for i, p in enumerate(purposes):
            if not p.get("legal_basis"):
                _set_basis(b, i, named[0], *(u for u, _ in b.basis_statements))
    return named


def _set_basis(b: Builder, index: int, code: str, *units: Unit) -> None:
    b.put(("register", "purposes", index, "legal_basis"), code, *units, consume=False)
    if code == "art6-1-f":
        interest = next((u for u in units if "art6-1-f" in rx.legal_bases(u.text)), None)
        if interest is not None:
            b.put(
                ("register", "purposes", index, "legitimate_interest"), interest.text, interest, consume=False
            )


_STOP_WORDS = """henkilötietojen käsittely käsittelyn tietojen tiedot perusteena peruste sekä myös sellaisen
    asiakkaiden asiakkaidemme rekisteröidyn personal data processing the and for with purpose basis
    personuppgifter behandling grund avtal sopimus"""
_STOP = frozenset(_STOP_WORDS.split())


def _stems(text: str) -> set[str]:
    words = re.findall(r"[a-zåäöü]{6,}", text.lower().replace("-", ""))
    return {w[:7] for w in words if w not in _STOP}


def _common_stems(descriptions: list[str]) -> set[str]:
    """Stems shared by half the purposes or more say nothing about which purpose is meant."""
    counts: dict[str, int] = {}
    for description in descriptions:
        for stem in _stems(description):
            counts[stem] = counts.get(stem, 0) + 1
    return {stem for stem, n in counts.items() if len(descriptions) > 1 and n * 2 >= len(descriptions)}


def _overlaps(statement: str, purpose: str, common: set[str]) -> bool:
    """Whether a basis statement speaks of this purpose: a distinctive word stem they share."""
    return bool((_stems(statement) & _stems(purpose)) - common)


# -- data, subjects, sources ------------------------------------------------------------------


def _data(b: Builder, units: list[Unit], on: date, special_section: bool = False) -> None:
    for unit in units:
        if unit.item:
            _category(b, unit, unit.text.rstrip(".;,"), special_section)
        elif _is_enumeration(unit.text):
            for part in _split_enumeration(unit.text):
                _category(b, unit, part, special_section)
        else:
            _subjects_in(b, unit)


def _special(b: Builder, units: list[Unit], on: date) -> None:
    """Special categories listed; "no special categories" is a statement, left for the notes."""
    _data(b, [u for u in units if not NEGATION.search(u.text.lower())], on, special_section=True)


def _category(b: Builder, unit: Unit, name: str, special_section: bool) -> None:
    name = name.strip()
    if not name:
        return
    name = name[0].upper() + name[1:]
    special = rx.special_category(name)
    index = b.item(("register", "data_categories"), {"name": name}, unit)
    if special:
        b.put(("register", "data_categories", index, "special"), special, unit)


def _is_enumeration(text: str) -> bool:
    parts = _split_enumeration(text)
    return len(parts) >= 3 and all(len(p.split()) <= 5 for p in parts)


def _split_enumeration(text: str) -> list[str]:
    body = text.rstrip(".;")
    if ":" in body:
        body = body.split(":", 1)[1]
    parts = re.split(r",\s*|\s+(?:ja|sekä|och|samt|and)\s+", body)
    return [p.strip() for p in parts if p.strip()]


def _subjects(b: Builder, units: list[Unit], on: date) -> None:
    for unit in units:
        if unit.item:
            b.item(("register", "data_subject_categories"), _capital(unit.text.rstrip(".;,")), unit)
        elif _is_enumeration(unit.text):
            for part in _split_enumeration(unit.text):
                b.item(("register", "data_subject_categories"), _capital(part), unit)
        else:
            _subjects_in(b, unit)


def _subjects_in(b: Builder, unit: Unit, consume: bool = False) -> None:
    """Data subject categories named in running text ("asukkaille"), in the notice's language."""
    lowered = unit.text.lower()
    for pattern, names in SUBJECTS:
        if pattern.search(lowered):
            b.item(
                ("register", "data_subject_categories"), names[_LANG_INDEX[b.language]], unit, consume=consume
            )


def _capital(text: str) -> str:
    text = text.strip()
    return text[:1].upper() + text[1:]


def _sources(b: Builder, units: list[Unit], on: date) -> None:
    for unit in units:
        if unit.text.endswith(":") and not unit.item:
            continue
        b.text(("register", "sources"), unit)


# -- recipients, transfers --------------------------------------------------------------------


def _recipients(b: Builder, units: list[Unit], on: date, kind: str | None = None) -> None:
    for unit in units:
        if unit.text.endswith(":") and not unit.item:
            continue
        if unit.item:
            _recipient_item(b, unit, kind)
        else:
            b.text(("register", "disclosures"), unit)
            _recipients_in(b, unit, kind)


def _recipient_item(b: Builder, unit: Unit, kind: str | None) -> None:
    head, _, tail = unit.text.partition(": ")
    if tail and len(head.split()) <= 8:
        known = _known_recipient(head, b.language)
        entry = {"name": head.strip(), "description": tail.strip().rstrip(".")}
        entry_kind = kind or (known[1] if known else None)
        if entry_kind:
            entry["kind"] = entry_kind
        b.item(("register", "recipients"), entry, unit)
        return
    known = _known_recipient(unit.text, b.language)
    if known:
        entry = {"name": known[0], "kind": kind or known[1], "description": unit.text.rstrip(".")}
    else:
        entry = {"name": unit.text.rstrip("."), **({"kind": kind} if kind else {})}
    b.item(("register", "recipients"), entry, unit)


def _known_recipient(text: str, language: str) -> tuple[str, str] | None:
    lowered = re.sub(
        r"lakia viranomaisen toiminnan julkisuudesta|viranomaisen toiminnan julkisuu\w*", "", text.lower()
    )
    for pattern, names, kind in RECIPIENTS:
        if pattern.search(lowered):
            return names[_LANG_INDEX[language]], kind
    return None


def _recipients_in(b: Builder, unit: Unit, kind: str | None) -> None:
    """Recipient categories named in a sentence; a sentence saying data is *not* given to them names none."""
    lowered = re.sub(
        r"lakia viranomaisen toiminnan julkisuudesta|viranomaisen toiminnan julkisuu\w*",
        "",
        unit.text.lower(),
    )
    if re.search(r"\bei luovuteta\b|\binte lämnas\b|\bnot disclosed\b|\bnever\b", lowered):
        return
    for pattern, names, known_kind in RECIPIENTS:
        if pattern.search(lowered):
            entry = {"name": names[_LANG_INDEX[b.language]], "kind": kind or known_kind}
            b.item(("register", "recipients"), entry, unit, consume=False)


def _processors(b: Builder, units: list[Unit], on: date) -> None:
    """A processor section names who processes on the controller's behalf: recipients of kind processor."""
    for unit in units:
        if _YES.match(unit.text) or _NO.match(unit.text) or unit.text.endswith(":"):
            continue
        if unit.item:
            _recipient_item(b, unit, "processor")


def _transfers(b: Builder, units: list[Unit], on: date) -> None:
    """The statement is kept whole; each non-EEA country named becomes a declared transfer with the
    mechanism named beside it (in its sentence, or the only one the section names)."""
    section_mechanisms = {m for u in units for m in rx.mechanisms(u.text)}
    for unit in units:
        if unit.text.endswith(":") and not unit.item:
            continue
        named = [code for code in rx.countries(unit.text) if rx.outside_eea(code, on)]
        if not (unit.item and named):  # a list item naming a destination is a transfer, not the statement
            b.text(("register", "transfers_statement"), unit)
        for code in named:
            mechanisms = rx.mechanisms(unit.text) or (
                tuple(section_mechanisms) if len(section_mechanisms) == 1 else ()
            )
            transfer: dict[str, object] = {"country": code}
            head, _, tail = unit.text.partition(": ")
            if len(mechanisms) == 1:
                transfer["mechanism"] = mechanisms[0]
                transfer["safeguards"] = (
                    (tail if tail and len(head.split()) <= 6 else unit.text).strip().rstrip(".")
                )
                if mechanisms[0] == "scc":
                    module = rx.scc_module(unit.text)
                    if module:
                        transfer["scc_module"] = module
            index = b.item(("register", "transfers"), transfer, unit)
            b.note(("register", "transfers", index, "country"), unit)


# -- retention, systems, security, rights -----------------------------------------------------


def _retention(b: Builder, units: list[Unit], on: date) -> None:
    for unit in units:
        b.text(("register", "retention"), unit)


def _systems(b: Builder, units: list[Unit], on: date) -> None:
    for unit in units:
        if unit.item or (
            not unit.text.endswith(".") and len(unit.text.split()) <= 12 and not unit.text.endswith(":")
        ):
            b.item(("register", "systems"), unit.text.rstrip(".;,"), unit)
        elif _security_words(unit.text):
            _security(b, [unit], on)


def _security_words(text: str) -> bool:
    return bool(
        re.search(
            r"suojat|suojau|salasan|käyttäjätunnu|lukit|salat|palomuur|skydda|lösenord|protected|password|encrypt|"
            r"locked|firewall",
            text,
            re.I,
        )
    )


def _security(b: Builder, units: list[Unit], on: date) -> None:
    for unit in units:
        if unit.text.endswith(":") and not unit.item:
            continue
        part = "manual" if _MANUAL.search(unit.text) else "electronic"
        b.text(("register", "security_measures", part), unit)


def _security_part(part: str) -> Callable[[Builder, list[Unit], date], None]:
    def mapper(b: Builder, units: list[Unit], on: date) -> None:
        for unit in units:
            b.text(("register", "security_measures", part), unit)

    return mapper


def _rights(b: Builder, units: list[Unit], on: date) -> None:
    """Rights and complaints: the authority's name and address go to the controller, the rest is
    how data subjects use their rights. Contact details written here belong to the controller."""
    for unit in units:
        lowered = unit.text.lower()
        short_line = len(unit.text.split()) <= 4 and not unit.text.endswith(".")
        if AUTHORITY.search(lowered) and (_is_contact(unit.text) or short_line):
            b.text(("controller", "supervisory_authority"), unit, _authority_text(unit.text), joiner=", ")
            continue
        about_controller = rx.BUSINESS_ID.search(unit.text) or contacts.IS_CONTROLLER.search(unit.text)
        if (about_controller or not unit.text.endswith(".")) and contacts.take_controller_line(b, unit):
            continue
        if unit.text.endswith(":") and not unit.item and len(unit.text.split()) <= 4:
            continue
        b.text(("register", "data_subject_rights"), unit)


def _authority_text(text: str) -> str:
    """The authority's line as written ("Tietosuojavaltuutetun toimisto, PL 800, ...")."""
    return text.strip().rstrip(".")


def _is_contact(text: str) -> bool:
    return bool(rx.emails(text) or rx.phones(text) or rx.POSTAL.search(text))


def _contact(b: Builder, units: list[Unit], on: date) -> None:
    _rights(b, units, on)


def _national_basis(b: Builder, units: list[Unit], on: date) -> None:
    for unit in units:
        if _LAW.search(unit.text) and not re.search(
            r"yleinen tietosuoja-asetus|general data protection regulation|"
            r"dataskyddsförordning|2016/679",
            unit.text,
            re.I,
        ):
            b.text(("register", "national_legal_basis"), unit)
        elif re.search(r"tietosuoja-asetus|data protection regulation|dataskyddsförordning", unit.text, re.I):
            b.text(("register", "legal_basis_notes"), unit)


def _title(b: Builder, units: list[Unit], on: date) -> None:
    pass


MAPPERS: dict[Topic, Callable[[Builder, list[Unit], date], None]] = {
    Topic.REGISTER_NAME: _register_name,
    Topic.CONTROLLER: _controller,
    Topic.CONTACT_PERSON: _person("register", "contact_person"),
    Topic.RESPONSIBLE_PERSON: _person("register", "responsible_person"),
    Topic.DPO: _person("controller", "dpo"),
    Topic.PROCESSORS: _processors,
    Topic.PURPOSES: _purposes,
    Topic.LEGAL_BASIS: _legal_basis,
    Topic.AUTOMATED: _automated,
    Topic.DATA: _data,
    Topic.SPECIAL: _special,
    Topic.SUBJECTS: _subjects,
    Topic.SOURCES: _sources,
    Topic.RECIPIENTS: _recipients,
    Topic.TRANSFERS: _transfers,
    Topic.RETENTION: _retention,
    Topic.SYSTEMS: _systems,
    Topic.SECURITY: _security,
    Topic.SECURITY_ELECTRONIC: _security_part("electronic"),
    Topic.SECURITY_MANUAL: _security_part("manual"),
    Topic.RIGHTS: _rights,
    Topic.COMPLAINT: _rights,
    Topic.CONTACT: _contact,
    Topic.NATIONAL_BASIS: _national_basis,
    Topic.TITLE: _title,
}


# -- sentence rules: what a sentence says wherever it stands ----------------------------------


def _date_rule(b: Builder, unit: Unit) -> None:
    lowered = unit.text.lower()
    if len(unit.text) > 120:
        return
    for name, pattern in DATE_FIELDS:
        if pattern.search(lowered):
            day = rx.first_date(unit.text)
            if day is not None:
                b.put(("register", name), day.isoformat(), unit)
            return


def _statement_rule(b: Builder, unit: Unit, topic: Topic, on: date) -> None:
    """Statements that belong to one field whichever section they stand in (run before the mapper)."""
    if unit.item:
        return
    text, lowered = unit.text, unit.text.lower()
    if rx.BUSINESS_ID.search(text) and topic not in (Topic.CONTROLLER, Topic.CONTACT, Topic.RIGHTS):
        contacts.take_controller_line(b, unit, consume=False)  # "X Oy (Y-tunnus ...) käsittelee ..."
    if (
        _AUTOMATED.search(lowered)
        and topic not in (Topic.RIGHTS, Topic.AUTOMATED)
        and NEGATION.search(lowered)
    ):
        b.put(("register", "automated_decision_making", "used"), False, unit)
    elif _PROVISION.search(text):
        b.text(("register", "provision_requirement"), unit)
    elif EEA_OUTSIDE.search(lowered) and topic not in (Topic.TRANSFERS, Topic.RECIPIENTS):
        _transfers(b, [unit], on)


def _sentence_rules(b: Builder, unit: Unit, topic: Topic, on: date) -> None:
    text, lowered = unit.text, unit.text.lower()
    controller_words = rx.BUSINESS_ID.search(text) or contacts.IS_CONTROLLER.search(text)
    if controller_words and contacts.take_controller_line(b, unit):
        return
    if _AUTOMATED.search(lowered) and topic not in (Topic.RIGHTS, Topic.AUTOMATED):
        b.text(("register", "automated_decision_making", "description"), unit)
        return
    if EEA_OUTSIDE.search(lowered) and topic is Topic.RECIPIENTS:
        _transfers(b, [unit], on)
        return
    if (
        topic in (Topic.PURPOSES, Topic.DATA, Topic.OTHER, Topic.SUBJECTS)
        and rx.legal_bases(text)
        and re.search(r"perust|peruste|grund|based on|basis", lowered)
    ):
        _legal_basis(b, [unit], on)
        return
    if topic in (Topic.DATA, Topic.PURPOSES, Topic.SUBJECTS, Topic.OTHER) and _SOURCE_SENTENCE.search(text):
        b.text(("register", "sources"), unit)
        return
    if topic in (Topic.OTHER, Topic.CONTACT) and AUTHORITY.search(lowered) and _is_contact(text):
        b.text(("controller", "supervisory_authority"), unit)
        return
    if topic in (Topic.PURPOSES, Topic.OTHER, Topic.DATA):
        _subjects_in(b, unit)

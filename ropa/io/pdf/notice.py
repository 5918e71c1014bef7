"""The privacy notice of one register (Art. 13/14) as content: 14 numbered sections of plain text.

The layout is the Finnish municipal *tietosuojaseloste* (DOMAIN.md; the published Kemi notice is
one): 1 register name, 2 controller, 3 contact person, responsible person and DPO, 4 processing by
processors, 5 purposes and legal bases, 6 automated decisions, 7 data content, 8 sources,
9 disclosures and recipients, 10 transfers outside the EU/EEA, 11 retention, 12 systems and
security, 13 rights, 14 complaint to the supervisory authority; English alike. Rights are derived
purpose by purpose from the legal bases (:func:`ropa.model.rights.register_rights`); transfers are
the declared and derived flows with the safeguard each uses. Everything here is plain text: the
PDF and HTML writers escape it, so what a user typed can never become markup. The fixed wording
(headings, sentences, code labels) is in :mod:`ropa.io.pdf.notice_wording`, which the reader of
Ropa's own notices uses too.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ropa import __version__
from ropa.io.pdf import notice_wording as w
from ropa.io.pdf import terms
from ropa.io.pdf.legs import ground
from ropa.io.pdf.notice_wording import (
    FINNISH_AUTHORITY,
    FOOTER,
    HEADINGS,
    INTRO,
    MISSING,
    TITLE,
    UPDATED,
    code_text,
)
from ropa.model.catalogue import label
from ropa.model.records import (
    Controller,
    DataCategory,
    Person,
    Processor,
    Purpose,
    Register,
    SecurityMeasures,
)
from ropa.model.rights import article_label, register_rights
from ropa.model.transfers import ProcessorCatalogue
from ropa.reference import reference


@dataclass(frozen=True)
class Para:
    text: str
    muted: bool = False


@dataclass(frozen=True)
class Sub:
    """A heading inside a section ("A. Sähköinen aineisto")."""

    text: str


@dataclass(frozen=True)
class Item:
    """One bullet: an optional bold lead and its text."""

    text: str
    lead: str = ""


@dataclass(frozen=True)
class Bullets:
    items: tuple[Item, ...]


@dataclass(frozen=True)
class Lines:
    """An address block: one line each."""

    lines: tuple[str, ...]


Block = Para | Sub | Bullets | Lines


@dataclass(frozen=True)
class Section:
    number: int
    heading: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class Notice:
    lang: str
    title: str
    register: str
    controller: str
    intro: str
    updated: str  # "Päivitetty: 4.6.2026"
    updated_on: date
    sections: tuple[Section, ...]
    footer: str


def build_notice(
    controller: Controller,
    register: Register,
    catalogue: ProcessorCatalogue,
    *,
    lang: str = "fi",
    on: date | None = None,
    printed: date | None = None,
) -> Notice:
    """The notice of ``register`` in ``lang``, transfers judged on ``on`` (today by default)."""
    today = printed or date.today()
    on = on or today
    n = _Notice(controller, register, catalogue, lang, on)
    updated = register.last_reviewed or register.created or today
    sections = (
        n.name(),
        n.controller_section(),
        n.people(),
        n.processors(),
        n.purposes(),
        n.automated(),
        n.content(),
        n.sources(),
        n.recipients(),
        n.transfers(),
        n.retention(),
        n.security(),
        n.rights(),
        n.complaint(),
    )
    return Notice(
        lang=lang,
        title=TITLE(lang),
        register=register.name or register.key,
        controller=controller.name or controller.key,
        intro=INTRO(lang),
        updated=f"{UPDATED(lang)}: {terms.day(updated, lang)}",
        updated_on=updated,
        sections=tuple(Section(i, HEADINGS[i - 1](lang), blocks) for i, blocks in enumerate(sections, 1)),
        footer=FOOTER(lang).format(version=__version__, day=terms.day(today, lang)),
    )


class _Notice:
    """The blocks of each section, one method per section."""

    def __init__(
        self, controller: Controller, register: Register, catalogue: ProcessorCatalogue, lang: str, on: date
    ) -> None:
        self.c = controller
        self.r = register
        self.catalogue = catalogue
        self.lang = lang
        self.on = on

    def missing(self) -> Para:
        return Para(MISSING(self.lang), muted=True)

    def text(self, value: str) -> tuple[Block, ...]:
        return (Para(value),) if value.strip() else ()

    def article(self, article: str) -> str:
        return article_label(article, self.lang)

    def code(self, codes: str, value: str | None) -> str:
        return code_text(codes, value, self.lang)

    def person(self, person: Person) -> tuple[Block, ...]:
        phone = f"{w.PHONE(self.lang)} {person.phone}" if person.phone else ""
        lines = tuple(v for v in (person.name, phone, person.email) if v)
        return (Lines(lines),) if lines else (self.missing(),)

    # -- the fourteen sections ----------------------------------------------------------------------

    def name(self) -> tuple[Block, ...]:
        return (Para(self.r.name or self.r.key), *self.text(self.r.description))

    def controller_section(self) -> tuple[Block, ...]:
        c, lang = self.c, self.lang
        business = f"{label(Controller, 'business_id', lang)}: {c.business_id}" if c.business_id else ""
        phone = f"{w.PHONE(lang)} {c.phone}" if c.phone else ""
        lines = tuple(v for v in (c.name, business, c.address, phone, c.email, c.website) if v)
        out: list[Block] = [Lines(lines)]
        if self.r.joint_controllers:
            out.append(Sub(label(Register, "joint_controllers", lang)))
            items = []
            for joint in self.r.joint_controllers:
                details = "; ".join(v for v in (joint.contact, joint.arrangement) if v)
                items.append(Item(details, joint.name))
            out.append(Bullets(tuple(items)))
        if c.representative is not None:
            rep = c.representative
            out.append(Sub(f"{label(Controller, 'representative', lang)} ({self.article('Art. 27')})"))
            out.append(Lines(tuple(v for v in (rep.name, rep.address, rep.phone, rep.email) if v)))
        return tuple(out)

    def people(self) -> tuple[Block, ...]:
        lang = self.lang
        return (
            Sub(label(Register, "contact_person", lang)),
            *self.person(self.r.contact_person),
            Sub(label(Register, "responsible_person", lang)),
            *self.person(self.r.responsible_person),
            Sub(label(Controller, "dpo", lang)),
            *self.person(self.c.dpo),
        )

    def processors(self) -> tuple[Block, ...]:
        lang = self.lang
        links = self.r.processors
        if not links:
            return (Para(w.NO_PROCESSORS(lang)),)
        items = []
        for link in links:
            processor = self.catalogue.processors.get(link.processor)
            name = processor.name if processor else link.processor
            facts = [link.task or (processor.services if processor else "")]
            if processor is not None and processor.country:
                facts.append(reference().country_name(processor.country, lang))
            subs = self._subprocessors(link.processor)
            if subs:
                facts.append(f"{w.SUBS(lang)}: {subs}")
            items.append(Item("; ".join(f for f in facts if f), name))
        return (Para(w.YES_PROCESSORS(lang)), Bullets(tuple(items)))

    def _subprocessors(self, key: str) -> str:
        names = []
        stack = list(self.catalogue.children.get(key, ()))
        seen: set[str] = set()
        while stack:
            child = stack.pop(0)
            if child in seen or child not in self.catalogue.processors:
                continue
            seen.add(child)
            sub: Processor = self.catalogue.processors[child]
            names.append(f"{sub.name} ({sub.country})" if sub.country else sub.name)
            stack.extend(self.catalogue.children.get(child, ()))
        return ", ".join(names)

    def purposes(self) -> tuple[Block, ...]:
        r, lang = self.r, self.lang
        items = []
        for purpose in r.purposes:
            facts = [f"{w.BASIS(lang)}: {self.code('legal_bases', purpose.legal_basis) or MISSING(lang)}"]
            if purpose.kind:
                facts.append(f"{label(Purpose, 'kind', lang)}: {self.code('purpose_kinds', purpose.kind)}")
            if purpose.legitimate_interest:
                facts.append(f"{w.INTEREST(lang)}: {purpose.legitimate_interest}")
            items.append(Item(". ".join(facts) + ".", purpose.description or MISSING(lang)))
        out: list[Block] = [Bullets(tuple(items))] if items else [Para(w.NO_PURPOSES(lang), muted=True)]
        out += self.text(r.legal_basis_notes)
        if r.special_category_conditions:
            out.append(Sub(label(Register, "special_category_conditions", lang)))
            out.append(
                Bullets(tuple(Item(self.code("art9_conditions", c)) for c in r.special_category_conditions))
            )
        for name in ("national_legal_basis", "criminal_data_basis"):
            value = getattr(r, name)
            if value:
                out += [Sub(label(Register, name, lang)), Para(value)]
        out.append(Sub(w.REQUIREMENT(lang)))
        out += self.text(r.provision_requirement) or (self.missing(),)
        return tuple(out)

    def automated(self) -> tuple[Block, ...]:
        adm = self.r.automated_decision_making
        if adm.used is None:
            return (self.missing(),)
        if not adm.used:
            return (Para(w.AUTOMATED_NO(self.lang)), *self.text(adm.description))
        return (Para(w.AUTOMATED_YES(self.lang)), *(self.text(adm.description) or (self.missing(),)))

    def content(self) -> tuple[Block, ...]:
        r, lang = self.r, self.lang
        out: list[Block] = [Sub(label(Register, "data_subject_categories", lang))]
        subjects = tuple(Item(s) for s in r.data_subject_categories if s.strip())
        out.append(Bullets(subjects) if subjects else self.missing())
        out.append(Sub(label(Register, "data_categories", lang)))
        ordinary = tuple(Item(c.name) for c in r.data_categories if not c.special and c.name)
        special = tuple(
            Item(self.code("special_categories", c.special), c.name) for c in r.data_categories if c.special
        )
        out.append(Bullets(ordinary) if ordinary else self.missing())
        out.append(Sub(w.SPECIAL(lang)))
        out.append(Bullets(special) if special else Para(w.NO_SPECIAL(lang)))
        return tuple(out)

    def sources(self) -> tuple[Block, ...]:
        out = list(self.text(self.r.sources))
        out += self._by_category("source")
        return tuple(out) or (self.missing(),)

    def _by_category(self, name: str) -> list[Block]:
        """Categories that share a source (or retention) are listed together: "Nimi, Osoite: ..."."""
        grouped: dict[str, list[str]] = {}
        for category in self.r.data_categories:
            value = getattr(category, name).strip()
            if value:
                grouped.setdefault(value, []).append(category.name)
        items = tuple(Item(value, ", ".join(names)) for value, names in grouped.items())
        if not items:
            return []
        return [
            Sub(f"{w.BY_CATEGORY(self.lang)} ({label(DataCategory, name, self.lang).lower()})"),
            Bullets(items),
        ]

    def recipients(self) -> tuple[Block, ...]:
        lang = self.lang
        items = []
        for recipient in self.r.recipients:
            facts = [recipient.description]
            if recipient.kind:
                facts.append(self.code("recipient_kinds", recipient.kind))
            if recipient.country:
                facts.append(reference().country_name(recipient.country, lang))
            items.append(Item("; ".join(f for f in facts if f), recipient.name))
        out: list[Block] = [Bullets(tuple(items))] if items else []
        out += self.text(self.r.disclosures)
        return tuple(out) or (Para(w.NO_RECIPIENTS(lang)),)

    def transfers(self) -> tuple[Block, ...]:
        r, lang = self.r, self.lang
        engaged = [link.processor for link in r.processors]
        flows = self.catalogue.declared(r.transfers, engaged, self.on) + self.catalogue.derived_transfers(
            engaged, self.on
        )
        leaving = [f for f in flows if f.is_transfer]
        out: list[Block] = list(self.text(r.transfers_statement))
        if not leaving:
            return tuple(out) or (Para(w.NO_TRANSFER(lang)),)
        names = {key: p.name for key, p in self.catalogue.processors.items()}
        seen: set[tuple[str, str, str]] = set()
        items = []
        for flow in leaving:
            who = flow.recipient or " → ".join(names.get(k, k) for k in flow.chain)
            safeguard = ground(flow, lang)
            if (flow.country, who, safeguard) in seen:
                continue
            seen.add((flow.country, who, safeguard))
            items.append(
                Item(
                    f"{who}: {safeguard}" if who else safeguard, reference().country_name(flow.country, lang)
                )
            )
        out += [Para(w.TRANSFERS_LIST(lang)), Bullets(tuple(items)), Para(w.COPY(lang))]
        return tuple(out)

    def retention(self) -> tuple[Block, ...]:
        out = list(self.text(self.r.retention)) or [self.missing()]
        return tuple(out + self._by_category("retention"))

    def security(self) -> tuple[Block, ...]:
        r, lang = self.r, self.lang
        systems = tuple(Item(s) for s in r.systems if s.strip())
        out: list[Block] = [
            Sub(label(Register, "systems", lang)),
            Bullets(systems) if systems else self.missing(),
        ]
        for letter, name in (("A", "electronic"), ("B", "manual")):
            out.append(Sub(f"{letter}. {label(SecurityMeasures, name, lang)}"))
            out += self.text(getattr(r.security_measures, name)) or (self.missing(),)
        return tuple(out)

    def rights(self) -> tuple[Block, ...]:
        lang = self.lang
        derived = register_rights(self.r)
        items = []
        for right in derived.derived:
            parts = [right.reason(lang)]
            if right.purposes or right.ground.scope is not None:
                parts.append(right.scope(lang))
            parts += [limit.explain(lang) for limit in right.limits]
            items.append(Item(" ".join(parts), f"{right.label(lang)} ({self.article(right.article)})"))
        out: list[Block] = [Bullets(tuple(items))]
        if derived.without_basis:
            purposes = ", ".join(p.label(lang) for p in derived.without_basis)
            out.append(Para(w.NO_BASIS_RIGHTS(lang).format(purposes=purposes), muted=True))
        out.append(Sub(w.EXERCISE(lang)))
        out += self.text(self.r.data_subject_rights) or (self.missing(),)
        return tuple(out)

    def complaint(self) -> tuple[Block, ...]:
        authority = self.c.supervisory_authority
        out: list[Block] = [Para(w.COMPLAINT(self.lang))]
        if authority.strip():
            out.append(Lines(tuple(line for line in authority.splitlines() if line.strip())))
        elif self.c.country in (None, "FI"):
            out.append(Lines(FINNISH_AUTHORITY))
        else:
            out.append(self.missing())
        return tuple(out)

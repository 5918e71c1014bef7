"""Ropa's own notices (``ropa notice FILE.html``) read back field for field.

A page the notice writer made says so (``<meta name="generator" content="Ropa ...">``) and keeps
its structure: a numbered ``section`` per topic, ``h3`` sub-headings, lists whose items lead with
a ``strong`` name, ``p class="missing"`` for what the record leaves empty. Such a page is read by
inverting the writer (:mod:`ropa.io.pdf.notice`) with the wording both use
(:mod:`ropa.io.pdf.notice_wording`: headings, fixed sentences, code labels), so the two cannot
drift apart: what the writer prints of :data:`CARRIED` comes back equal.
Everything else the page shows (processors, the transfer list, the derived rights) is kept in the
notes, as for any notice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from html.parser import HTMLParser
from typing import Any

_WEB = re.compile(r"(https?://|www\.)\S+$")
_GENERATOR = re.compile(r"""<meta\s+name="generator"\s+content="Ropa\b""")

#: The fields a notice carries: every one the writer prints so that it can be read back exactly.
#: ``tests/io/notice_import/test_carried.py`` derives from the writer which fields change the page
#: and holds this declaration (with :data:`PRINTED_NOT_CARRIED`) to it.
CARRIED: dict[str, tuple[str, ...]] = {
    "controller": (
        "name", "business_id", "address", "phone", "email", "website", "dpo", "supervisory_authority",
    ),
    "register": (
        "name", "description", "contact_person", "responsible_person", "joint_controllers", "purposes",
        "legal_basis_notes", "special_category_conditions", "national_legal_basis", "criminal_data_basis",
        "provision_requirement", "automated_decision_making", "data_subject_categories", "data_categories",
        "sources", "recipients", "disclosures", "transfers_statement", "retention", "systems",
        "security_measures", "data_subject_rights", "last_reviewed",
    ),
}  # fmt: skip

#: What the writer prints but not as itself, so it cannot be read back equal.
PRINTED_NOT_CARRIED: dict[str, str] = {
    "register.key": "printed only when the register has no name",
    "register.processors": "printed as the catalogue's names, tasks and countries, not the processor keys",
    "register.transfers": "printed merged with the transfers the processors imply, the safeguard as prose",
    "register.created": "printed as the notice's date only when the register was never reviewed",
    "controller.key": "printed only when the controller has no name",
    "controller.country": "decides only whether the Finnish authority is printed when none is recorded",
    "controller.representative": "bare lines (name, address, phone, email) that cannot be told apart",
}


def is_own_html(text: str) -> bool:
    return bool(_GENERATOR.search(text[:4096]))


# -- the page's structure -------------------------------------------------------------------------


@dataclass
class Block:
    kind: str  # p, missing, h3, ul
    text: str = ""
    items: list[tuple[str, str]] = field(default_factory=list)  # (lead, text)


@dataclass
class Page:
    controller: str = ""
    register: str = ""
    updated: str = ""
    sections: dict[int, list[Block]] = field(default_factory=dict)
    headings: dict[int, str] = field(default_factory=dict)


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = Page()
        self.section = 0
        self.buffer: list[str] | None = None
        self.target = ""  # where the buffer goes
        self.lead: list[str] | None = None
        self.li_lead = ""
        self.after_lead = False
        self.block: Block | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "h2":
            self.buffer, self.target = [], "h2"
            number = re.fullmatch(r"section-(\d+)", a.get("id") or "")
            self.section = int(number.group(1)) if number else 0
            self.page.sections[self.section] = []
        elif tag == "time":
            self.page.updated = a.get("datetime") or ""
        elif tag == "p":
            cls = a.get("class") or ""
            self.buffer = []
            self.target = cls if cls in ("kicker", "register") else ("missing" if cls == "missing" else "p")
        elif tag == "h3":
            self.buffer, self.target = [], "h3"
        elif tag == "ul":
            self.block = Block("ul")
        elif tag == "li":
            self.buffer, self.target, self.li_lead, self.after_lead = [], "li", "", False
        elif tag == "strong" and self.target == "li":
            self.lead = []
        elif tag == "br" and self.buffer is not None:
            if self.after_lead:
                self.after_lead = False
            else:
                self.buffer.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "section":
            self.section = 0
            return
        if tag == "strong" and self.lead is not None:
            self.li_lead, self.lead, self.after_lead = "".join(self.lead), None, True
            return
        if tag == "ul" and self.block is not None:
            if self.section:
                self.page.sections[self.section].append(self.block)
            self.block = None
            return
        if self.buffer is None or tag not in ("h2", "p", "h3", "li"):
            return
        text, self.buffer = "".join(self.buffer), None
        if tag == "h2":
            self.page.headings[self.section] = re.sub(r"^\d+\.\s*", "", text.strip())
        elif tag == "li" and self.block is not None:
            self.block.items.append((self.li_lead, text))
        elif self.target == "kicker":
            self.page.controller = text
        elif self.target == "register":
            self.page.register = text
        elif self.section and tag in ("p", "h3"):
            self.page.sections[self.section].append(Block("h3" if tag == "h3" else self.target, text))

    def handle_data(self, data: str) -> None:
        if self.lead is not None:
            self.lead.append(data)
        elif self.buffer is not None:
            self.buffer.append(data.replace("\n", ""))


def parse(text: str) -> Page | None:
    """The page's structure; None when it is no longer the writer's (edited by hand: a section
    lost or added), and the general reader takes it like any notice."""
    parser = _Parser()
    parser.feed(text)
    parser.close()
    page = parser.page
    from ropa.io.pdf.notice_wording import HEADINGS

    return page if sorted(page.sections) == list(range(1, len(HEADINGS) + 1)) else None


# -- the writer inverted ----------------------------------------------------------------------------


@dataclass
class Read:
    """What the page gave: interchange values, the numbers of the sections each came from, notes."""

    controller: dict[str, Any] = field(default_factory=dict)
    register: dict[str, Any] = field(default_factory=dict)
    origin: dict[str, int] = field(default_factory=dict)  # "register.purposes" -> section number
    notes: list[tuple[str, str]] = field(default_factory=list)  # (heading, text)


@cache
def _codes(codes: str, lang: str) -> dict[str, str]:
    """The writer's printed form of each code of ``codes`` -> the code."""
    from ropa.io.pdf.notice_wording import code_text
    from ropa.reference import reference

    return {code_text(codes, item.code, lang): item.code for item in reference().code_list(codes)}


@cache
def _countries(lang: str) -> dict[str, str]:
    from ropa.reference import reference
    from ropa.reference._countries import _alpha2_names

    return {reference().country_name(code, lang): code for code in _alpha2_names()}


def read_page(page: Page, lang: str) -> Read:
    from ropa.io.pdf import notice_wording as w
    from ropa.model.catalogue import label
    from ropa.model.records import Controller, DataCategory, Purpose, Register, SecurityMeasures

    out = Read()
    c, r = out.controller, out.register
    missing = w.MISSING(lang)
    phone_word = w.PHONE(lang) + " "

    def blocks(number: int) -> list[Block]:
        return page.sections.get(number, [])

    def note(number: int, text: str) -> None:
        if text.strip():
            out.notes.append((f"{number}. {page.headings.get(number, '')}", text.strip()))

    def put(root: dict[str, Any], name: str, value: Any, number: int) -> None:
        if value not in ("", None, [], {}):
            root[name] = value
            out.origin[f"{'controller' if root is c else 'register'}.{name}"] = number

    def paras(bs: list[Block]) -> str:
        return "\n\n".join(b.text for b in bs if b.kind == "p")

    def split(bs: list[Block]) -> dict[str, list[Block]]:
        """The blocks under each sub-heading ("" for those before the first)."""
        parts: dict[str, list[Block]] = {"": []}
        current = ""
        for b in bs:
            if b.kind == "h3":
                current = b.text
                parts[current] = []
            else:
                parts[current].append(b)
        return parts

    def person(bs: list[Block]) -> dict[str, str]:
        found: dict[str, str] = {}
        for b in bs:
            if b.kind != "p":
                continue
            for line in b.text.split("\n"):
                if line.startswith(phone_word):
                    found["phone"] = line[len(phone_word) :]
                elif "@" in line and " " not in line.strip():
                    found["email"] = line
                elif line:
                    found["name"] = line
        return found

    # 1 register name and description
    ps = [b.text for b in blocks(1) if b.kind == "p"]
    put(r, "name", ps[0] if ps else page.register, 1)
    put(r, "description", "\n\n".join(ps[1:]), 1)

    # 2 controller, joint controllers, representative
    parts = split(blocks(2))
    lines = parts[""][0].text.split("\n") if parts[""] else []
    business = label(Controller, "business_id", lang) + ": "
    if lines and lines[0] == page.controller:  # the page's kicker is the name (or the key if none)
        put(c, "name", lines.pop(0), 2)
    before: list[str] = []  # the address comes before the phone and email, the website after
    after: list[str] = []
    for line in lines:
        if line.startswith(business):
            put(c, "business_id", line[len(business) :], 2)
        elif line.startswith(phone_word):
            put(c, "phone", line[len(phone_word) :], 2)
        elif "@" in line and " " not in line and "email" not in c:
            put(c, "email", line, 2)
        else:
            (after if "phone" in c or "email" in c else before).append(line)
    if not after and before and (len(before) > 1 or _WEB.match(before[-1])):
        after.append(before.pop())
    put(c, "address", "\n".join(before), 2)
    put(c, "website", "\n".join(after), 2)
    joint = parts.get(label(Register, "joint_controllers", lang), [])
    items = [i for b in joint if b.kind == "ul" for i in b.items]
    if items:
        joints = []
        for lead, text in items:
            contact, _, arrangement = text.partition("; ")
            joints.append(
                {"name": lead or text, "contact": contact if lead else "", "arrangement": arrangement}
            )
        put(r, "joint_controllers", joints, 2)
    for heading, bs in parts.items():
        if heading.startswith(label(Controller, "representative", lang)):
            note(2, heading + "\n" + "\n".join(b.text for b in bs))

    # 3 people
    parts = split(blocks(3))
    put(r, "contact_person", person(parts.get(label(Register, "contact_person", lang), [])), 3)
    put(r, "responsible_person", person(parts.get(label(Register, "responsible_person", lang), [])), 3)
    put(c, "dpo", person(parts.get(label(Controller, "dpo", lang), [])), 3)

    # 4 processors: not the record's keys; kept in the notes
    note(
        4,
        "\n".join(
            b.text or "\n".join(f"- {x}: {t}" if x else f"- {t}" for x, t in b.items) for b in blocks(4)
        ),
    )

    # 5 purposes and legal bases
    parts = split(blocks(5))
    bases = _codes("legal_bases", lang)
    kinds = _codes("purpose_kinds", lang)
    facts = {
        w.BASIS(lang): "legal_basis",
        label(Purpose, "kind", lang): "kind",
        w.INTEREST(lang): "legitimate_interest",
    }
    purposes = []
    for b in parts[""]:
        for lead, text in b.items:
            purpose: dict[str, Any] = {"description": "" if lead == missing else lead}
            body = text[:-1] if text.endswith(".") else text
            pattern = "|".join(re.escape(k) for k in facts)
            pieces = re.split(rf"(?:^|\. )({pattern}): ", body)
            for key, value in zip(pieces[1::2], pieces[2::2], strict=False):
                name = facts[key]
                if name == "legal_basis":
                    purpose[name] = bases.get(value)
                elif name == "kind":
                    purpose[name] = kinds.get(value, value)
                else:
                    purpose[name] = value
            purposes.append(purpose)
    put(r, "purposes", purposes, 5)
    put(r, "legal_basis_notes", paras(parts[""]), 5)
    conditions = parts.get(label(Register, "special_category_conditions", lang), [])
    art9 = _codes("art9_conditions", lang)
    put(r, "special_category_conditions", [art9.get(t, t) for b in conditions for _, t in b.items], 5)
    for name in ("national_legal_basis", "criminal_data_basis"):
        put(r, name, paras(parts.get(label(Register, name, lang), [])), 5)
    put(r, "provision_requirement", paras(parts.get(w.REQUIREMENT(lang), [])), 5)

    # 6 automated decisions
    ps6 = [b for b in blocks(6) if b.kind == "p"]
    if ps6:
        first = ps6[0].text
        used = first in (w.AUTOMATED_YES(lang),)
        adm: dict[str, Any] = {"used": used}
        if first in (w.AUTOMATED_YES(lang), w.AUTOMATED_NO(lang)):
            ps6 = ps6[1:]
        adm["description"] = "\n\n".join(b.text for b in ps6)
        put(r, "automated_decision_making", adm, 6)

    # 7 content
    parts = split(blocks(7))
    subjects = parts.get(label(Register, "data_subject_categories", lang), [])
    put(r, "data_subject_categories", [t for b in subjects for _, t in b.items], 7)
    ordinary = parts.get(label(Register, "data_categories", lang), [])
    categories: list[dict[str, Any]] = [{"name": t} for b in ordinary for _, t in b.items]
    specials = _codes("special_categories", lang)
    for b in parts.get(w.SPECIAL(lang), []):
        categories += [{"name": lead, "special": specials.get(t, t)} for lead, t in b.items]
    by_name = {cat["name"]: cat for cat in categories}

    def per_category(bs: list[Block], key: str) -> None:
        for b in bs:
            for lead, text in b.items:
                for name in _names(lead, by_name):
                    by_name[name][key] = text

    # 8 sources, 11 retention: the text, then the values by category
    for number, key in ((8, "sources"), (11, "retention")):
        parts = split(blocks(number))
        put(r, key, paras(parts[""]), number)
        single = "source" if key == "sources" else "retention"
        heading = f"{w.BY_CATEGORY(lang)} ({label(DataCategory, single, lang).lower()})"
        per_category(parts.get(heading, []), single)
    put(r, "data_categories", categories, 7)

    # 9 recipients and disclosures
    recipient_kinds = _codes("recipient_kinds", lang)
    countries = _countries(lang)
    recipients = []
    for b in blocks(9):
        for lead, text in b.items:
            recipient: dict[str, Any] = {"name": lead or text}
            pieces = text.split("; ") if lead else []
            if pieces and pieces[-1] in countries:
                recipient["country"] = countries[pieces.pop()]
            if pieces and pieces[-1] in recipient_kinds:
                recipient["kind"] = recipient_kinds[pieces.pop()]
            recipient["description"] = "; ".join(pieces)
            recipients.append(recipient)
    put(r, "recipients", recipients, 9)
    disclosures = paras(blocks(9))
    put(r, "disclosures", "" if disclosures == w.NO_RECIPIENTS(lang) else disclosures, 9)

    # 10 transfers: the statement is the record's; the list also holds derived flows (notes)
    statement: list[str] = []
    listed: list[str] = []
    for b in blocks(10):
        if b.kind == "p" and b.text == w.TRANSFERS_LIST(lang):
            listed.append(b.text)
        elif listed:
            listed.append(b.text or "\n".join(f"- {x}: {t}" for x, t in b.items))
        elif b.kind == "p" and b.text != w.NO_TRANSFER(lang):
            statement.append(b.text)
    put(r, "transfers_statement", "\n\n".join(statement), 10)
    note(10, "\n".join(listed))

    # 12 systems and security
    parts = split(blocks(12))
    put(r, "systems", [t for b in parts.get(label(Register, "systems", lang), []) for _, t in b.items], 12)
    security = {}
    for letter, name in (("A", "electronic"), ("B", "manual")):
        security[name] = paras(parts.get(f"{letter}. {label(SecurityMeasures, name, lang)}", []))
    put(r, "security_measures", {k: v for k, v in security.items() if v}, 12)

    # 13 rights: the list is derived from the legal bases; the record's words follow
    parts = split(blocks(13))
    put(r, "data_subject_rights", paras(parts.get(w.EXERCISE(lang), [])), 13)

    # 14 complaint
    authority = "\n".join(b.text for b in blocks(14) if b.kind == "p" and b.text != w.COMPLAINT(lang))
    if authority != "\n".join(w.FINNISH_AUTHORITY):  # what the writer prints when none is recorded
        put(c, "supervisory_authority", authority, 14)

    if page.updated:
        put(r, "last_reviewed", page.updated, 0)
    return out


def _names(lead: str, known: dict[str, Any]) -> list[str]:
    """The category names in "Nimi, Osoite, Kotikunta" (a name may itself hold a comma)."""
    parts = lead.split(", ")
    names: list[str] = []
    i = 0
    while i < len(parts):
        for j in range(len(parts), i, -1):
            candidate = ", ".join(parts[i:j])
            if candidate in known:
                names.append(candidate)
                i = j
                break
        else:
            i += 1
    return names

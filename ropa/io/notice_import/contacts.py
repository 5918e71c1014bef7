"""Mappers for who: the controller, the register's contact and responsible persons, the DPO.

Contact blocks are lines (a name, an address, "puh. 040 ...", an email); the same lines written
in running text ("Henkilötietojen rekisterinpitäjä on Inmics Oy (y-tunnus 0849585-3)") are read
too. A line that gives nothing is left for the later rules and the notes.
"""

from __future__ import annotations

import re

from ropa.io.notice_import import recognise as rx
from ropa.io.notice_import.builder import Builder, Path
from ropa.io.notice_import.layout import Unit

_LABEL = re.compile(r"^([\w .-]{2,40}?)\s*:\s*(.+)$")
_NAME = re.compile(r"^[A-ZÅÄÖÜ][\w'.-]+(?:\s+(?:[a-zåäö]{1,3}\s+)?[A-ZÅÄÖÜ][\w'.-]+){1,3}$")
_ORG = re.compile(
    r"\b(oy|oyj|ab|abp|ltd|limited|inc|gmbh|ry|rf|kaupunki|kunta|kaupunginhallitus|kuntayhtymä|säätiö|yhdistys|"
    r"hyvinvointialue|stad|kommun|city|municipality|council|foundation|association|university|yliopisto)\b",
    re.IGNORECASE,
)
IS_CONTROLLER = re.compile(
    r"(?:rekisterinpitäjä(?:nä)?|personuppgiftsansvarig|(?:data )?controller)\s+(?:on|är|is)\s+"
    r"([A-ZÅÄÖ][^(,.;]*?)(?=\s*(?:\(|,|\.|;|$))",
    re.IGNORECASE,
)
_ORG_WITH_ID = re.compile(
    r"([A-ZÅÄÖ][\w&.-]*(?:\s+[A-ZÅÄÖ][\w&.-]*){0,4}\s+(?:Oy|Oyj|Ab|Abp|Ltd|ry|rf))\s*\((?=[^)]*\d{7}-\d)"
)
_PHONE_LABEL = re.compile(r"^(puh|puhelin\w*|p|tel|telefon|phone|vaihde|växel|switchboard|gsm|mob)\.?$", re.I)
_EMAIL_LABEL = re.compile(r"^(sähköposti|s-posti|e-post|e-?mail|email)$", re.I)
_ADDRESS_LABEL = re.compile(r"^(osoite|postiosoite|käyntiosoite|adress|postadress|address)$", re.I)
_BUSINESS_LABEL = re.compile(r"y-?tunnus|fo-?nummer|business id|org\.?\s*nr", re.I)
_DPO_LABEL = re.compile(r"tietosuojavastaava|dataskyddsombud|data protection officer|\bdpo\b", re.I)
_CONTACT_LABEL = re.compile(r"yhteyshenkilö|kontaktperson|contact person", re.I)


def map_person(b: Builder, units: list[Unit], target: Path) -> None:
    """Name, email and phone of one person (contact person, responsible person, DPO)."""
    for unit in units:
        take_person_line(b, unit, target)


def take_person_line(b: Builder, unit: Unit, target: Path) -> bool:
    text = unit.text
    found = False
    for email in rx.emails(text):
        found |= b.put((*target, "email"), email, unit)
    for phone in rx.phones(text):
        found |= b.put((*target, "phone"), phone, unit)
    label = _LABEL.match(text)
    name_part = label.group(2) if label and not rx.emails(label.group(1)) else text
    name_part = rx.EMAIL.sub("", rx.PHONE.sub("", name_part)).strip(" ,;:-")
    name_part = re.sub(r"^(puh|p|tel|gsm)\.?\s*$", "", name_part, flags=re.I)
    if _NAME.match(name_part) and not _ORG.search(name_part):
        found |= b.put((*target, "name"), name_part, unit)
    return found


def map_controller(b: Builder, units: list[Unit]) -> None:
    """The organisation block: name, business ID, address, phone, email, and labelled DPO lines."""
    for unit in units:
        take_controller_line(b, unit, name_allowed=True)


def take_controller_line(b: Builder, unit: Unit, *, name_allowed: bool = False, consume: bool = True) -> bool:
    """One line or sentence about the controller; False when it says nothing the record holds."""
    text = unit.text
    found = False
    if rx.STREET.match(text):  # the street line of an address; the postal line follows
        b.last_street = unit
        b.used.add(unit.index)
        if not b.get(("controller", "address")):
            b.put(("controller", "address"), text.rstrip(","), unit)
        return True
    named = IS_CONTROLLER.search(text) or _ORG_WITH_ID.search(text)
    if named:
        found |= b.put(("controller", "name"), named.group(1).strip(), unit, consume=consume)
    for business_id in rx.BUSINESS_ID.findall(text):
        if _BUSINESS_LABEL.search(text) or named or len(text) < 30:
            found |= b.put(("controller", "business_id"), business_id, unit, consume=consume)
    if not consume:
        return found
    label = _LABEL.match(text)
    if label and not rx.EMAIL.match(label.group(1)):
        found |= _labelled(b, unit, label.group(1).strip(), label.group(2).strip())
        if found:
            return True
    postal = rx.POSTAL.search(text)
    if postal and not rx.emails(text[: postal.start()]):
        address = text[: postal.end()].rstrip(",")
        previous = _previous_street(b, unit)
        if previous is not None and previous.text.rstrip(",") not in address:
            address = f"{previous.text.rstrip(',')}, {address}"
            if b.get(("controller", "address")) == previous.text.rstrip(","):
                b.controller["address"] = address
        found |= b.put(("controller", "address"), address, unit)
        rest = text[postal.end() :].strip(" ,")
        for email in rx.emails(rest):
            b.put(("controller", "email"), email, unit)
        for phone in rx.phones(rest):
            b.put(("controller", "phone"), phone, unit)
        return True
    if (
        not named
        and (rx.emails(text) or rx.phones(text))
        and (len(text) < 60 or re.search(r"yhteyttä|sähköpost|contact|kontakt|e-post|email", text, re.I))
    ):
        for email in rx.emails(text):
            found |= b.put(("controller", "email"), email, unit)
        for phone in rx.phones(text):
            found |= b.put(("controller", "phone"), phone, unit)
        return found
    if name_allowed and not found and _looks_like_org_line(text):
        current = b.get(("controller", "name"))
        if not current:
            return b.put(("controller", "name"), text, unit)
        if current.casefold() == text.casefold():
            b.note(("controller", "name"), unit)
            return True
    if (
        not name_allowed
        and b.get(("controller", "name"))
        and text.casefold() == str(b.get(("controller", "name"))).casefold()
    ):
        b.note(("controller", "name"), unit)
        return True
    return found


def _labelled(b: Builder, unit: Unit, label: str, value: str) -> bool:
    if _BUSINESS_LABEL.search(label):
        ids = rx.BUSINESS_ID.findall(value)
        return bool(ids) and b.put(("controller", "business_id"), ids[0], unit)
    if _PHONE_LABEL.match(label):
        found = rx.phones(value)
        return bool(found) and b.put(("controller", "phone"), found[0], unit)
    if _EMAIL_LABEL.match(label):
        found = rx.emails(value)
        return bool(found) and b.put(("controller", "email"), found[0], unit)
    if _ADDRESS_LABEL.match(label):
        return b.put(("controller", "address"), value.rstrip(","), unit)
    if _DPO_LABEL.search(label):
        return take_person_line(b, unit, ("controller", "dpo"))
    if _CONTACT_LABEL.search(label):
        return take_person_line(b, unit, ("register", "contact_person"))
    return False


def _previous_street(b: Builder, unit: Unit) -> Unit | None:
    previous = b.last_street
    return previous if previous is not None and previous.index == unit.index - 1 else None


def _looks_like_org_line(text: str) -> bool:
    words = text.split()
    return (
        1 <= len(words) <= 8
        and not text.endswith(".")
        and text[:1].isupper()
        and not any(c.isdigit() for c in text)
    )

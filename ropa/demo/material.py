"""The demo's name and text tables, read once from ``resources/demo/*.json``.

Why: the tables are content, not logic. As UTF-8 data files they can be read, corrected or given
another language without touching the generator; this module turns them into typed, immutable
records (tuples where the generator draws with ``random.choice``) so the generator stays fast.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType
from typing import Any, NamedTuple

from ropa.resources import resource_path

__all__ = ["Material", "material"]


class City(NamedTuple):
    name: str
    genitive: str
    postal_code: str
    type: str  # "kaupunki" or "kunta"
    area_code: str
    county: str | None  # the wellbeing services county (hyvinvointialue); None for Helsinki


class CityCompany(NamedTuple):
    kind: str  # energy, housing, water
    name_suffix: str  # "Energia Oy"
    key_suffix: str
    domain_suffix: str


class FirmTrade(NamedTuple):
    en: str
    fi: str
    sector: str


class ForeignFirm(NamedTuple):
    legal_form: str
    address: str
    phone_prefix: str
    tld: str


class Contact(NamedTuple):
    """A representative (Art. 27): name, address, email, phone."""

    name: str
    address: str
    email: str
    phone: str

    def as_dict(self) -> dict[str, str]:
        return {"name": self.name, "address": self.address, "email": self.email, "phone": self.phone}


class ProcTrade(NamedTuple):
    word: str  # part of the processor's name
    fi: str  # service text for a Finnish processor
    en: str


class FamilyMember(NamedTuple):
    """One processor of the fixed first catalogue family; ``parent`` indexes this family."""

    country: str
    stem: str
    trade: int
    parent: int | None
    gap: bool


class Recipient(NamedTuple):
    name: str
    kind: str
    country: str | None
    description: str


class Purpose(NamedTuple):
    """A purpose a register may have besides its own (drawn per Art. 6(1) letter)."""

    text: str
    kind: str | None  # direct_marketing, research_statistics, archiving
    law: str  # the provision behind a 6(1)(c)/(e) purpose; "" otherwise
    interest: str  # the legitimate interest of a 6(1)(f) purpose; "" otherwise


class TemplatePurpose(NamedTuple):
    text: str
    basis: str  # the Art. 6(1) letter
    kind: str | None
    interest: str  # the legitimate interest of a 6(1)(f) purpose; "" otherwise


class Template(NamedTuple):
    """A register a controller of some kind typically keeps."""

    name: str
    department: str
    special: str | None
    purposes: tuple[TemplatePurpose, ...]  # its own purposes, in order
    national: str  # the provisions behind its 6(1)(c)/(e) purposes
    conditions: tuple[str, ...]  # Art. 9(2) conditions of its special category; () for the default
    criminal_basis: str  # Art. 10 provision for this register; "" for the language default
    automated: bool  # whether it may make solely automated decisions (Art. 22)
    international: Recipient | None  # an international organisation it sometimes discloses to

    @property
    def bases(self) -> str:
        """The Art. 6(1) letters of its purposes, in order."""
        return "".join(p.basis for p in self.purposes)


class DirectTransfer(NamedTuple):
    recipient: str
    country: str
    mechanism: str
    scc_module: int | None
    role: str  # "processor" (SCC module 2) or "controller" (module 1)
    firms_only: bool  # group transfers and derogations a public authority cannot use (Art. 49(3))


class Organisation(NamedTuple):
    """An international organisation the demo transfers to."""

    label: str
    name: str
    mechanism: str
    safeguards: str


class Evidence(NamedTuple):
    """What shows a recipient is inside (or outside) a scope-limited adequacy decision."""

    confirmed: str
    refuted: str


@dataclass(frozen=True, slots=True)
class Texts:
    """Register texts of one language."""

    purposes: Mapping[str, tuple[Purpose, ...]]
    special_data: Mapping[str, str]
    criminal_basis: str
    provision_requirements: Mapping[str, tuple[str, ...]]
    subjects: tuple[str, ...]
    data_names: tuple[str, ...]
    retentions: tuple[str, ...]
    data_sources: tuple[str, ...]
    sources: tuple[str, ...]
    recipients: tuple[Recipient, ...]
    disclosures: tuple[str, ...]
    retention_texts: tuple[str, ...]
    systems: tuple[str, ...]
    security_electronic: tuple[str, ...]
    security_manual: tuple[str, ...]
    rights: tuple[str, ...]
    descriptions: tuple[str, ...]
    basis_notes: tuple[str, ...]
    automated_decision: Mapping[str, str]  # by "authority" or "company"
    agreements: tuple[str, ...]
    transfer_note: str
    transfers_statement: Mapping[str, str]  # none, some, intl; "{destinations}" is filled in
    joint_controller: Mapping[str, str]
    stale_statement: str  # the note on a register whose transfers statement is knowingly out of date
    dpia_prefix: str
    sites: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Material:
    """Every table the generator draws from."""

    # people and places
    fi_first: tuple[str, ...]
    fi_last: tuple[str, ...]
    intl_first: tuple[str, ...]
    intl_last: tuple[str, ...]
    streets: tuple[str, ...]
    # controllers
    supervisory_authority: str
    cities: tuple[City, ...]
    city_companies: tuple[CityCompany, ...]
    firm_stems_en: tuple[str, ...]
    firm_stems_fi: tuple[str, ...]
    firm_trades: tuple[FirmTrade, ...]
    foreign_firms: Mapping[str, ForeignFirm]
    firm_representative: Contact
    external_dpo_names: tuple[str, ...]
    external_dpo_email: str
    external_dpo_phone: str
    cooperative_suffix: str
    pob_categories: tuple[str, ...]
    pob_security: tuple[str, ...]
    # processors
    legal_forms: Mapping[str, str]
    proc_stems: Mapping[str, tuple[str, ...]]
    proc_global_stems: tuple[str, ...]
    proc_trades: tuple[ProcTrade, ...]
    depth_countries: tuple[tuple[str, ...], ...]
    first_family: tuple[FamilyMember, ...]
    proc_representatives: tuple[Contact, ...]
    adequacy_evidence: Mapping[str, Evidence]
    tia_formats: tuple[str, ...]
    proc_notes: Mapping[str, str]
    # registers
    templates: Mapping[str, tuple[Template, ...]]  # by controller kind
    sector_templates: Mapping[str, tuple[Template, ...]]
    art9_conditions: Mapping[str, tuple[str, ...]]
    rare_specials: tuple[str, ...]
    texts: Mapping[str, Texts]  # by language
    # transfers
    direct_transfers: tuple[DirectTransfer, ...]
    organisations: Mapping[str, Organisation]  # by "intl:<id>"


def _load(name: str) -> dict[str, Any]:
    with resource_path("demo", name).open(encoding="utf-8") as f:
        data: dict[str, Any] = json.load(f)
    return data


def _frozen(mapping: Mapping[str, Any]) -> Mapping[str, Any]:
    return MappingProxyType(dict(mapping))


def _recipient(r: dict[str, Any]) -> Recipient:
    return Recipient(r["name"], r["kind"], r["country"], r["description"])


def _template(t: dict[str, Any]) -> Template:
    international = t.get("international")
    return Template(
        name=t["name"],
        department=t["department"],
        special=t["special"],
        purposes=tuple(
            TemplatePurpose(p["text"], p["basis"], p["kind"], p.get("interest", "")) for p in t["purposes"]
        ),
        national=t.get("national", ""),
        conditions=tuple(t.get("conditions", ())),
        criminal_basis=t.get("criminal_basis", ""),
        automated=t.get("automated", False),
        international=_recipient(international) if international else None,
    )


def _texts(t: dict[str, Any]) -> Texts:
    return Texts(
        purposes=_frozen(
            {
                k: tuple(Purpose(p["text"], p["kind"], p["law"], p.get("interest", "")) for p in v)
                for k, v in t["purposes"].items()
            }
        ),
        special_data=_frozen(t["special_data"]),
        criminal_basis=t["criminal_basis"],
        provision_requirements=_frozen({k: tuple(v) for k, v in t["provision_requirements"].items()}),
        subjects=tuple(t["subjects"]),
        data_names=tuple(t["data_names"]),
        retentions=tuple(t["retentions"]),
        data_sources=tuple(t["data_sources"]),
        sources=tuple(t["sources"]),
        recipients=tuple(_recipient(r) for r in t["recipients"]),
        disclosures=tuple(t["disclosures"]),
        retention_texts=tuple(t["retention_texts"]),
        systems=tuple(t["systems"]),
        security_electronic=tuple(t["security"]["electronic"]),
        security_manual=tuple(t["security"]["manual"]),
        rights=tuple(t["rights"]),
        descriptions=tuple(t["descriptions"]),
        basis_notes=tuple(t["basis_notes"]),
        automated_decision=_frozen(t["automated_decision"]),
        agreements=tuple(t["agreements"]),
        transfer_note=t["transfer_note"],
        transfers_statement=_frozen(t["transfers_statement"]),
        joint_controller=_frozen(t["joint_controller"]),
        stale_statement=t["stale_statement"],
        dpia_prefix=t["dpia_prefix"],
        sites=tuple(t["sites"]),
    )


@cache
def material() -> Material:
    """All demo tables, loaded from the data files on first use."""
    names = _load("names.json")
    orgs = _load("organisations.json")
    procs = _load("processors.json")
    regs = _load("registers.json")
    transfers = _load("transfers.json")
    dpo = orgs["external_dpo"]
    return Material(
        fi_first=tuple(names["fi_first"]),
        fi_last=tuple(names["fi_last"]),
        intl_first=tuple(names["intl_first"]),
        intl_last=tuple(names["intl_last"]),
        streets=tuple(names["streets"]),
        supervisory_authority=orgs["supervisory_authority"],
        cities=tuple(
            City(c["name"], c["genitive"], c["postal_code"], c["type"], c["area_code"], c["county"])
            for c in orgs["cities"]
        ),
        city_companies=tuple(
            CityCompany(c["kind"], c["name_suffix"], c["key_suffix"], c["domain_suffix"])
            for c in orgs["city_companies"]
        ),
        firm_stems_en=tuple(orgs["firm_stems_en"]),
        firm_stems_fi=tuple(orgs["firm_stems_fi"]),
        firm_trades=tuple(FirmTrade(t["en"], t["fi"], t["sector"]) for t in orgs["firm_trades"]),
        foreign_firms=_frozen(
            {
                c: ForeignFirm(f["legal_form"], f["address"], f["phone_prefix"], f["tld"])
                for c, f in orgs["foreign_firms"].items()
            }
        ),
        firm_representative=Contact(**orgs["firm_representative"]),
        external_dpo_names=tuple(dpo["names"]),
        external_dpo_email=dpo["email"],
        external_dpo_phone=dpo["phone"],
        cooperative_suffix=orgs["cooperative_suffix"],
        pob_categories=tuple(orgs["pob_categories"]),
        pob_security=tuple(orgs["pob_security"]),
        legal_forms=_frozen(procs["legal_forms"]),
        proc_stems=_frozen({c: tuple(s) for c, s in procs["stems"].items()}),
        proc_global_stems=tuple(procs["global_stems"]),
        proc_trades=tuple(ProcTrade(t["word"], t["fi"], t["en"]) for t in procs["trades"]),
        depth_countries=tuple(tuple(d) for d in procs["depth_countries"]),
        first_family=tuple(
            FamilyMember(f["country"], f["stem"], f["trade"], f["parent"], f["gap"])
            for f in procs["first_family"]
        ),
        proc_representatives=tuple(Contact(**r) for r in procs["representatives"]),
        adequacy_evidence=_frozen(
            {c: Evidence(e["confirmed"], e["refuted"]) for c, e in procs["adequacy_evidence"].items()}
        ),
        tia_formats=tuple(procs["tia_formats"]),
        proc_notes=_frozen(procs["notes"]),
        templates=_frozen({k: tuple(_template(t) for t in v) for k, v in regs["by_kind"].items()}),
        sector_templates=_frozen({k: tuple(_template(t) for t in v) for k, v in regs["by_sector"].items()}),
        art9_conditions=_frozen({k: tuple(v) for k, v in regs["art9_conditions"].items()}),
        rare_specials=tuple(regs["rare_specials"]),
        texts=_frozen({lang: _texts(_load(f"texts_{lang}.json")) for lang in ("fi", "en")}),
        direct_transfers=tuple(
            DirectTransfer(
                t["recipient"], t["country"], t["mechanism"], t["scc_module"], t["role"], t["firms_only"]
            )
            for t in transfers["direct"]
        ),
        organisations=_frozen(
            {
                key: Organisation(o["label"], o["organisation"], o["mechanism"], o["safeguards"])
                for key, o in transfers["international"].items()
            }
        ),
    )

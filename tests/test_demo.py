"""Tests for ropa.demo.build_demo: a synthetic workspace as an interchange document."""

from __future__ import annotations

import json
import re
from datetime import date
from functools import cache
from typing import Any

import pytest

from ropa.demo import build_demo

# Key sets of the INTERCHANGE.md (version 1) example objects.
REGISTER_KEYS = {
    "key",
    "reference",
    "name",
    "status",
    "department",
    "description",
    "contact_person",
    "responsible_person",
    "joint_controllers",
    "purposes",
    "legal_basis_notes",
    "special_category_conditions",
    "national_legal_basis",
    "data_subject_categories",
    "data_categories",
    "sources",
    "recipients",
    "disclosures",
    "processors",
    "transfers",
    "transfers_statement",
    "retention",
    "systems",
    "security_measures",
    "automated_decision_making",
    "dpia",
    "data_subject_rights",
    "created",
    "last_reviewed",
    "next_review",
}
CONTROLLER_KEYS = {
    "key",
    "name",
    "business_id",
    "address",
    "country",
    "email",
    "phone",
    "website",
    "representative",
    "dpo",
    "supervisory_authority",
    "registers",
    "processing_on_behalf",
}
PROCESSOR_KEYS = {
    "key",
    "name",
    "business_id",
    "country",
    "address",
    "email",
    "phone",
    "website",
    "dpo",
    "services",
    "processing_countries",
    "parent",
    "transfer_mechanism",
    "scc_module",
    "safeguards",
    "notes",
}
POB_KEYS = {
    "key",
    "client",
    "categories_of_processing",
    "subprocessors",
    "transfers",
    "security_measures",
    "agreement",
    "agreement_date",
}
CLIENT_KEYS = {"name", "business_id", "address", "email", "phone", "representative", "dpo"}
TRANSFER_KEYS = {
    "recipient",
    "processor",
    "country",
    "mechanism",
    "scc_module",
    "safeguards",
    "tia",
    "notes",
}
PERSON_KEYS = {"name", "email", "phone"}
REPRESENTATIVE_KEYS = {"name", "address", "email", "phone"}

# Codes from DOMAIN.md.
STATUSES = {"draft", "active", "retired"}
RECIPIENT_KINDS = {"internal", "external", "public_authority", "processor"}
DPIA_STATUSES = {"not_assessed", "not_required", "required", "in_progress", "done"}
LEGAL_BASES = {"art6-1-a", "art6-1-b", "art6-1-c", "art6-1-d", "art6-1-e", "art6-1-f"}
ART9_CONDITIONS = {
    "art9-2-a",
    "art9-2-b",
    "art9-2-c",
    "art9-2-d",
    "art9-2-e",
    "art9-2-f",
    "art9-2-g",
    "art9-2-h",
    "art9-2-i",
    "art9-2-j",
}
SPECIAL_CATEGORIES = {
    "racial_ethnic",
    "political",
    "religious",
    "trade_union",
    "genetic",
    "biometric",
    "health",
    "sex_life",
    "criminal",
}
TRANSFER_MECHANISMS = {
    "adequacy",
    "scc",
    "bcr",
    "public_authority_instrument",
    "code_of_conduct",
    "certification",
    "ad_hoc_clauses",
    "administrative_arrangement",
    "derogation-49-1-a",
    "derogation-49-1-b",
    "derogation-49-1-c",
    "derogation-49-1-d",
    "derogation-49-1-e",
    "derogation-49-1-f",
    "derogation-49-1-g",
    "compelling_legitimate_interests",
}
WP248_CRITERIA = {
    "evaluation_scoring",
    "automated_decision",
    "systematic_monitoring",
    "sensitive_data",
    "large_scale",
    "matching_datasets",
    "vulnerable_subjects",
    "innovative_technology",
    "prevents_rights",
}
EEA = {
    "AT",
    "BE",
    "BG",
    "HR",
    "CY",
    "CZ",
    "DK",
    "EE",
    "FI",
    "FR",
    "DE",
    "GR",
    "HU",
    "IE",
    "IT",
    "LV",
    "LT",
    "LU",
    "MT",
    "NL",
    "PL",
    "PT",
    "RO",
    "SK",
    "SI",
    "ES",
    "SE",
    "IS",
    "LI",
    "NO",
}

COUNTRY = re.compile(r"^[A-Z]{2}$")
Y_TUNNUS = re.compile(r"^\d{7}-\d$")
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
SIZES = (0, 1, 2, 3, 57, 500)


@cache
def _doc_json(registers: int, seed: int = 0) -> str:
    return json.dumps(build_demo(registers, seed), ensure_ascii=False, sort_keys=True)


def doc(registers: int, seed: int = 0) -> dict[str, Any]:
    """A fresh copy of a cached document (tests must not share mutations)."""
    return json.loads(_doc_json(registers, seed))


def registers_of(document: dict[str, Any]) -> list[dict[str, Any]]:
    return [r for c in document["controllers"] for r in c["registers"]]


def all_transfers(document: dict[str, Any]) -> list[dict[str, Any]]:
    found = [t for r in registers_of(document) for t in r["transfers"]]
    for c in document["controllers"]:
        for pob in c["processing_on_behalf"]:
            found.extend(pob["transfers"])
    return found


def y_tunnus_valid(business_id: str) -> bool:
    if not Y_TUNNUS.match(business_id):
        return False
    weights = (7, 9, 10, 5, 8, 4, 2)
    rem = sum(int(d) * w for d, w in zip(business_id[:7], weights, strict=True)) % 11
    if rem == 1:
        return False
    return int(business_id[-1]) == (0 if rem == 0 else 11 - rem)


def iso(value: str) -> date:
    assert re.match(r"^\d{4}-\d{2}-\d{2}$", value), value
    return date.fromisoformat(value)


def test_y_tunnus_helper_on_known_ids() -> None:
    assert y_tunnus_valid("0112038-9")  # Nokia Oyj
    assert y_tunnus_valid("0201256-6")  # Kesko Oyj
    assert not y_tunnus_valid("0112038-8")


def test_document_header_and_json_serialisable() -> None:
    d = build_demo(57)
    assert d["format"] == "ropa-interchange"
    assert d["version"] == 1
    assert json.loads(json.dumps(d)) == d


def test_deterministic_same_seed() -> None:
    assert build_demo(57, seed=3) == build_demo(57, seed=3)
    assert build_demo(500) == build_demo(500, seed=0)


def test_different_seed_differs() -> None:
    assert build_demo(57, seed=1) != build_demo(57, seed=2)


@pytest.mark.parametrize("n", SIZES)
def test_exact_register_count(n: int) -> None:
    assert len(registers_of(doc(n))) == n


def test_zero_registers_is_empty() -> None:
    d = doc(0)
    assert registers_of(d) == []
    assert all(not c["registers"] for c in d["controllers"])


@pytest.mark.parametrize("n", [1, 2, 3, 57, 500])
def test_controller_and_processor_counts(n: int) -> None:
    d = doc(n)
    assert len(d["controllers"]) >= min(3, n)
    assert len(d["processors"]) >= 5
    assert all(c["registers"] for c in d["controllers"])
    names = [c["name"] for c in d["controllers"]]
    assert len(names) == len(set(names))


def test_controllers_include_city_companies_and_firms() -> None:
    names = [c["name"] for c in doc(500)["controllers"]]
    assert any(n.endswith(" kaupunki") or n.endswith(" kunta") for n in names)
    assert any(n.endswith((" Energia Oy", " Vuokratalot Oy", " Vesi Oy")) for n in names)
    cities = ("kaupunki", "kunta", "Energia Oy", "Vuokratalot Oy", "Vesi Oy")
    firms = [n for n in names if not n.endswith(cities)]
    assert firms
    # an English-named ICT firm that processes on behalf of clients (Art. 30(2))
    assert any(re.search(r" (Software|IT Services|Cloud) ", n) for n in firms)


@pytest.mark.parametrize("n", SIZES)
def test_unique_keys_per_kind(n: int) -> None:
    d = doc(n)
    kinds = {
        "processor": [p["key"] for p in d["processors"]],
        "controller": [c["key"] for c in d["controllers"]],
        "register": [r["key"] for r in registers_of(d)],
        "pob": [p["key"] for c in d["controllers"] for p in c["processing_on_behalf"]],
    }
    for kind, keys in kinds.items():
        assert len(keys) == len(set(keys)), kind
        assert all(SLUG.match(k) for k in keys), kind
    for c in d["controllers"]:
        for r in c["registers"]:
            assert re.fullmatch(re.escape(c["key"]) + r"-r\d{4}", r["key"])


@pytest.mark.parametrize("n", SIZES)
def test_processor_references_resolve(n: int) -> None:
    d = doc(n)
    keys = {p["key"] for p in d["processors"]}
    for p in d["processors"]:
        assert p["parent"] is None or p["parent"] in keys
    for r in registers_of(d):
        linked = [link["processor"] for link in r["processors"]]
        assert len(linked) == len(set(linked))
        assert set(linked) <= keys
        for t in r["transfers"]:
            assert t["processor"] is None or t["processor"] in keys
    for c in d["controllers"]:
        for pob in c["processing_on_behalf"]:
            assert set(pob["subprocessors"]) <= keys
            for t in pob["transfers"]:
                assert t["processor"] is None or t["processor"] in keys


@pytest.mark.parametrize("n", [57, 500])
def test_parents_defined_first_no_cycle(n: int) -> None:
    processors = doc(n)["processors"]
    index = {p["key"]: i for i, p in enumerate(processors)}
    for i, p in enumerate(processors):
        if p["parent"] is not None:
            assert index[p["parent"]] < i
        seen = {p["key"]}
        node = p
        while node["parent"] is not None:
            assert node["parent"] not in seen
            seen.add(node["parent"])
            node = processors[index[node["parent"]]]
        assert len(seen) - 1 <= 4  # depth 0..4


def test_chains_are_deep_and_cross_borders() -> None:
    processors = doc(500)["processors"]
    by_key = {p["key"]: p for p in processors}

    def chain(p: dict[str, Any]) -> list[dict[str, Any]]:
        out = [p]
        while out[-1]["parent"] is not None:
            out.append(by_key[out[-1]["parent"]])
        return out

    depths = [len(chain(p)) - 1 for p in processors]
    assert max(depths) >= 3
    assert any(
        len({q["country"] for q in chain(p)}) >= 3 and chain(p)[-1]["country"] == "FI" for p in processors
    )


def test_outside_eea_processors_have_mechanism_or_a_gap() -> None:
    processors = doc(500)["processors"]
    outside = [p for p in processors if set(p["processing_countries"]) - EEA]
    assert outside
    assert any(p["transfer_mechanism"] is None for p in outside)  # deliberate gap
    assert any(p["transfer_mechanism"] == "scc" for p in outside)
    for p in processors:
        if not set(p["processing_countries"]) - EEA:
            assert p["transfer_mechanism"] is None


@pytest.mark.parametrize("n", [57, 500])
def test_codes_within_domain_sets(n: int) -> None:
    d = doc(n)
    for p in d["processors"]:
        assert COUNTRY.match(p["country"])
        assert 1 <= len(p["processing_countries"]) <= 3
        assert len(set(p["processing_countries"])) == len(p["processing_countries"])
        assert all(COUNTRY.match(c) for c in p["processing_countries"])
        assert p["transfer_mechanism"] is None or p["transfer_mechanism"] in TRANSFER_MECHANISMS
        if p["transfer_mechanism"] == "scc":
            assert p["scc_module"] in {1, 2, 3, 4}
        else:
            assert p["scc_module"] is None
    for c in d["controllers"]:
        assert COUNTRY.match(c["country"])
    for r in registers_of(d):
        assert r["status"] in STATUSES
        assert 1 <= len(r["purposes"]) <= 4
        for purpose in r["purposes"]:
            assert purpose["legal_basis"] in LEGAL_BASES
            assert bool(purpose["legitimate_interest"]) == (purpose["legal_basis"] == "art6-1-f")
        assert set(r["special_category_conditions"]) <= ART9_CONDITIONS
        specials = {dc["special"] for dc in r["data_categories"]} - {None}
        assert specials <= SPECIAL_CATEGORIES
        if r["special_category_conditions"]:
            assert specials
        assert 2 <= len(r["data_subject_categories"]) <= 5
        assert 2 <= len(r["data_categories"]) <= 8
        assert len(r["recipients"]) <= 3
        for rec in r["recipients"]:
            assert rec["kind"] in RECIPIENT_KINDS
            assert rec["country"] is None or COUNTRY.match(rec["country"])
        assert len(r["processors"]) <= 4
        assert len(r["transfers"]) <= 2
        assert 1 <= len(r["systems"]) <= 4
        assert set(r["dpia"]["criteria"]) <= WP248_CRITERIA
        assert r["dpia"]["status"] in DPIA_STATUSES
        assert isinstance(r["automated_decision_making"]["used"], bool)
    for t in all_transfers(d):
        assert set(t) == TRANSFER_KEYS
        assert COUNTRY.match(t["country"]) and t["country"] not in EEA
        assert t["mechanism"] is None or t["mechanism"] in TRANSFER_MECHANISMS
        if t["mechanism"] == "scc":
            assert t["scc_module"] in {1, 2, 3, 4}
        else:
            assert t["scc_module"] is None


def test_special_categories_appear_but_rarely() -> None:
    regs = registers_of(doc(500))
    with_special = [r for r in regs if any(dc["special"] for dc in r["data_categories"])]
    assert 0 < len(with_special) < len(regs) / 3


@pytest.mark.parametrize("n", [3, 57, 500])
def test_business_ids_have_valid_check_digit(n: int) -> None:
    d = doc(n)
    ids = [c["business_id"] for c in d["controllers"]]
    assert all(y_tunnus_valid(b) for b in ids), ids
    others = [p["business_id"] for p in d["processors"]]
    others += [pob["client"]["business_id"] for c in d["controllers"] for pob in c["processing_on_behalf"]]
    assert all(b == "" or y_tunnus_valid(b) for b in others)


@pytest.mark.parametrize("n", [57, 500])
def test_dates_iso_and_ordered(n: int) -> None:
    d = doc(n)
    regs = registers_of(d)
    for r in regs:
        created, last, nxt = iso(r["created"]), iso(r["last_reviewed"]), iso(r["next_review"])
        assert date(2018, 1, 1) <= created <= last < nxt <= date(2027, 12, 31)
        if r["dpia"]["date"] is not None:
            iso(r["dpia"]["date"])
        for link in r["processors"]:
            if link["agreement_date"] is not None:
                iso(link["agreement_date"])
    for c in d["controllers"]:
        for pob in c["processing_on_behalf"]:
            iso(pob["agreement_date"])
    # Some reviews are overdue, some are not (relative to mid-2026).
    assert any(r["next_review"] < "2026-01-01" for r in regs)
    assert any(r["next_review"] > "2026-12-31" for r in regs)


@pytest.mark.parametrize("n", [1, 57, 500])
def test_exact_key_sets(n: int) -> None:
    d = doc(n)
    assert set(d) == {"format", "version", "processors", "controllers"}
    for p in d["processors"]:
        assert set(p) == PROCESSOR_KEYS
        assert set(p["dpo"]) == PERSON_KEYS
    for c in d["controllers"]:
        assert set(c) == CONTROLLER_KEYS
        assert set(c["dpo"]) == PERSON_KEYS
        assert c["representative"] is None or set(c["representative"]) == REPRESENTATIVE_KEYS
        for pob in c["processing_on_behalf"]:
            assert set(pob) == POB_KEYS
            assert set(pob["client"]) == CLIENT_KEYS
        for r in c["registers"]:
            assert set(r) == REGISTER_KEYS
            assert set(r["contact_person"]) == PERSON_KEYS
            assert set(r["responsible_person"]) == PERSON_KEYS
            assert all(set(j) == {"name", "contact", "arrangement"} for j in r["joint_controllers"])
            assert all(set(p) == {"description", "legal_basis", "legitimate_interest"} for p in r["purposes"])
            assert all(set(dc) == {"name", "special", "retention", "source"} for dc in r["data_categories"])
            assert all(set(x) == {"name", "kind", "country", "description"} for x in r["recipients"])
            assert all(
                set(x) == {"processor", "task", "agreement", "agreement_date"} for x in r["processors"]
            )
            assert set(r["security_measures"]) == {"electronic", "manual"}
            assert set(r["automated_decision_making"]) == {"used", "description"}
            assert set(r["dpia"]) == {"criteria", "status", "reference", "date"}


def test_processing_on_behalf_present_somewhere() -> None:
    d = doc(500)
    assert any(c["processing_on_behalf"] for c in d["controllers"])


def test_non_ascii_letters_present() -> None:
    text = _doc_json(500)
    for ch in "äöåŁŘ":
        assert ch in text, ch
    assert "Łódź Data Sp. z o.o." in text
    assert "Řízení Backup s.r.o." in text


def test_negative_registers_rejected() -> None:
    with pytest.raises(ValueError):
        build_demo(-1)


def test_large_count_and_key_uniqueness() -> None:
    d = build_demo(10_000)
    regs = registers_of(d)
    assert len(regs) == 10_000
    for keys in (
        [p["key"] for p in d["processors"]],
        [c["key"] for c in d["controllers"]],
        [r["key"] for r in regs],
        [p["key"] for c in d["controllers"] for p in c["processing_on_behalf"]],
    ):
        assert len(keys) == len(set(keys))

"""Tests for the demo's data files (resources/demo/*.json) and their loader, ropa.demo.material."""

from __future__ import annotations

import json

import pytest

from ropa.demo.material import Material, material
from ropa.resources import resource_path

DATA_FILES = {
    "names.json",
    "organisations.json",
    "processors.json",
    "registers.json",
    "texts_fi.json",
    "texts_en.json",
    "transfers.json",
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
PURPOSE_KINDS = {None, "direct_marketing", "research_statistics", "archiving"}
ART9 = {f"art9-2-{letter}" for letter in "abcdefghij"}


def test_data_files_are_readable_utf8_json_with_an_about() -> None:
    folder = resource_path("demo")
    found = {entry.name for entry in folder.iterdir() if entry.name.endswith(".json")}
    assert found == DATA_FILES
    for name in DATA_FILES:
        data = json.loads(resource_path("demo", name).read_text(encoding="utf-8"))
        assert isinstance(data, dict)
        assert isinstance(data["about"], str) and data["about"]


def test_loaded_once() -> None:
    assert isinstance(material(), Material)
    assert material() is material()


def test_every_controller_kind_has_templates() -> None:
    m = material()
    assert set(m.templates) == {"city", "wellbeing", "energy", "housing", "water", "firm"}
    assert all(m.templates[kind] for kind in m.templates)
    assert {c.kind for c in m.city_companies} <= set(m.templates)
    assert set(m.sector_templates) <= {t.sector for t in m.firm_trades}


@pytest.mark.parametrize("kind", ["city", "wellbeing", "energy", "housing", "water", "firm", "sectors"])
def test_templates_use_known_codes(kind: str) -> None:
    m = material()
    templates = (
        [t for ts in m.sector_templates.values() for t in ts]
        if kind == "sectors"
        else list(m.templates[kind])
    )
    for t in templates:
        assert t.purposes and t.bases and set(t.bases) <= set("abcdef"), t
        assert all(p.text and p.kind in PURPOSE_KINDS for p in t.purposes)
        assert all(bool(p.interest) == (p.basis == "f") for p in t.purposes), t.name
        assert t.special is None or t.special in SPECIAL_CATEGORIES
        if t.special not in (None, "criminal"):
            assert set(m.art9_conditions[t.special]) <= ART9
        assert set(t.conditions) <= ART9 and (not t.conditions or t.special not in (None, "criminal"))
        assert t.criminal_basis == "" or t.special == "criminal"
        # the provisions behind 6(1)(c)/(e) purposes, and only for them
        assert bool(t.national) == bool(set(t.bases) & set("ce")), t.name
        if kind in ("city", "wellbeing"):  # public authorities
            assert "f" not in t.bases, t.name
        else:
            assert "e" not in t.bases and all(p.kind != "archiving" for p in t.purposes), t.name
        if t.international is not None:
            assert t.international.country in m.organisations


def test_rare_specials_have_an_art9_condition() -> None:
    m = material()
    assert all(set(m.art9_conditions[s]) <= ART9 for s in m.rare_specials)


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_texts_cover_every_legal_basis_letter(lang: str) -> None:
    texts = material().texts[lang]
    assert set(texts.purposes) == set("abcdef")
    for letter, purposes in texts.purposes.items():
        assert purposes, letter
        assert all(p.text and p.kind in PURPOSE_KINDS for p in purposes)
        assert all(p.law == "" for p in purposes if letter not in "ce")
        assert all(bool(p.interest) == (letter == "f") for p in purposes)
    assert set(texts.provision_requirements) == {"statutory", "contractual", "voluntary"}
    assert set(texts.transfers_statement) == {"none", "some", "intl"}
    assert "{destinations}" in texts.transfers_statement["some"]
    assert texts.criminal_basis


def test_direct_transfers_and_organisations() -> None:
    m = material()
    for t in m.direct_transfers:
        assert (t.scc_module is not None) == (t.mechanism == "scc"), t
        assert t.role in ("processor", "controller")
        if t.mechanism == "scc":  # the module follows the leg
            assert t.scc_module == (2 if t.role == "processor" else 1), t
        if t.mechanism in ("derogation-49-1-a", "derogation-49-1-b", "derogation-49-1-c"):
            assert t.firms_only, t  # Art. 49(3)
        if t.mechanism == "compelling_legitimate_interests":
            assert t.firms_only, t
    assert set(m.organisations) == {"intl:who", "intl:oecd", "intl:epo"}
    assert m.organisations["intl:epo"].mechanism == "adequacy"


def test_supervisory_authority_postal_code() -> None:
    assert material().supervisory_authority == (
        "Tietosuojavaltuutetun toimisto, PL 800, 00531 Helsinki, tietosuoja@om.fi"
    )

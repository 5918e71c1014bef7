"""The legal facts of the reference data (issue 6), each rule tested with the law's own cases.

DOMAIN.md is the authority; docs/reference-data.md says where each fact was checked and what is
marked unverified.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from ropa.model.codes import SpecialCategory, TransferMechanism
from ropa.reference import (
    CODE_LIST_NAMES,
    FILE_NAMES,
    Reference,
    ReferenceDataError,
    load_reference,
    reference,
)
from ropa.resources import resource_path

TODAY = date(2026, 11, 25)
GDPR_APPLIES = date(2018, 5, 25)
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def ref() -> Reference:
    return reference()


def _days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


# --- 1. EU territories with their own ISO code are not third countries ---------------------------

TERRITORIES = {"AX": "FI", "GF": "FR", "GP": "FR", "MQ": "FR", "RE": "FR", "YT": "FR", "MF": "FR"}


@pytest.mark.parametrize(("territory", "member_state"), sorted(TERRITORIES.items()))
def test_eu_territories_are_inside_the_eea(ref: Reference, territory: str, member_state: str) -> None:
    membership = ref.eea_membership(territory, TODAY)
    assert membership is not None and membership.part_of == member_state
    assert ref.is_eea(territory, TODAY)
    assert ref.is_eea(territory, GDPR_APPLIES)
    assert not ref.is_transfer(territory, TODAY)
    assert ref.adequacy_for(territory, TODAY) is None
    assert membership.note("en") and membership.note("fi")


def test_aland_is_finland_for_a_finnish_processor_chain(ref: Reference) -> None:
    """Mariehamn hosting is not a transfer, on any day Ropa judges (GDPR and Directive era)."""
    for day in (date(1995, 1, 1), date(1998, 10, 25), GDPR_APPLIES, TODAY):
        assert ref.is_eea("AX", day) and not ref.is_transfer("AX", day)
    assert "Protocol No 2" in ref.eea_membership("AX", TODAY).note()  # type: ignore[union-attr]


def test_mayotte_joined_as_an_outermost_region_on_1_january_2014(ref: Reference) -> None:
    assert not ref.is_eea("YT", date(2013, 12, 31))
    assert ref.is_eea("YT", date(2014, 1, 1))
    assert "2012/419/EU" in ref.eea_membership("YT", TODAY).note()  # type: ignore[union-attr]


def test_saint_barthelemy_left_the_eu_on_1_january_2012(ref: Reference) -> None:
    assert ref.is_eea("BL", date(2011, 12, 31))
    assert not ref.is_eea("BL", date(2012, 1, 1))
    assert ref.is_transfer("BL", TODAY)


def test_gibraltar_was_eu_until_2020_and_has_no_bridge_and_no_adequacy(ref: Reference) -> None:
    gibraltar = ref.eea_membership("GI", date(2020, 12, 31))
    assert gibraltar is not None and gibraltar.part_of == "GB"
    assert not ref.is_eea("GI", date(2021, 1, 1))
    # The EU-UK Trade and Cooperation Agreement (its interim provision included) does not apply
    # to Gibraltar, and the UK adequacy decision does not cover it.
    for day in (date(2021, 3, 1), date(2021, 6, 28), date(2023, 1, 1), TODAY):
        assert ref.interim_for("GI", day) is None
        assert ref.adequacy_for("GI", day) is None
        assert ref.is_transfer("GI", day)


def test_territories_belong_to_a_member_state_for_their_whole_period(ref: Reference) -> None:
    territories = [m for m in ref.eea if m.part_of is not None]
    assert territories
    for m in territories:
        last = m.until or TODAY
        assert ref.is_eea(m.part_of, m.since), m.country  # type: ignore[arg-type]
        assert ref.is_eea(m.part_of, last), m.country  # type: ignore[arg-type]


@pytest.mark.parametrize("outside", ["GL", "PF", "NC", "AW", "CW", "SX", "BQ", "PM", "WF", "TF", "FO", "SJ"])
def test_overseas_countries_and_territories_are_not_eea(ref: Reference, outside: str) -> None:
    """OCTs (Art. 355(2) TFEU), Greenland and the Faroes are outside the EU; Svalbard outside the EEA."""
    assert not ref.is_eea(outside, TODAY)
    assert ref.is_transfer(outside, TODAY)


# --- 2. GB: EU, transition, interim provision, adequacy --------------------------------------------


def test_gb_before_2021_is_eu_law(ref: Reference) -> None:
    member = ref.eea_membership("GB", date(2019, 6, 1))
    assert member is not None and member.until == date(2020, 1, 31)
    transition = ref.eea_membership("GB", date(2020, 6, 1))
    assert transition is not None and transition.until == date(2020, 12, 31)
    assert "transition" in transition.note("en").lower()
    assert ref.is_eea("GB", date(2020, 12, 31))


@pytest.mark.parametrize("day", [date(2021, 1, 1), date(2021, 3, 1), date(2021, 6, 27)])
def test_gb_2021_bridge_is_not_a_transfer_nor_eea(ref: Reference, day: date) -> None:
    assert not ref.is_eea("GB", day)
    interim = ref.interim_for("GB", day)
    assert interim is not None
    assert "FINPROV.10A" in interim.instrument
    assert interim.label("en") and interim.label("fi")
    assert interim.note("en") and interim.note("fi")
    assert ref.adequacy_for("GB", day) is None
    assert not ref.is_transfer("GB", day)


def test_gb_adequacy_takes_over_from_the_bridge_on_28_june_2021(ref: Reference) -> None:
    day = date(2021, 6, 28)
    assert ref.interim_for("GB", day) is None
    decision = ref.adequacy_for("GB", day)
    assert decision is not None and decision.decision == "(EU) 2021/1772"
    assert ref.is_transfer("GB", day)


def test_gb_is_never_an_unprotected_third_country_until_the_renewal_expires(ref: Reference) -> None:
    for day in _days(GDPR_APPLIES, date(2031, 12, 27)):
        covered = ref.is_eea("GB", day) or ref.interim_for("GB", day) or ref.adequacy_for("GB", day)
        assert covered, day
    assert ref.adequacy_for("GB", date(2031, 12, 28)) is None


def test_interim_provisions_do_not_overlap_membership_and_are_dated(ref: Reference) -> None:
    assert [p.country for p in ref.interim] == ["GB"]
    for provision in ref.interim:
        for day in (provision.since, provision.until):
            assert ref.eea_membership(provision.country, day) is None
        assert provision.verified_on <= TODAY


# --- 3. adequacy: the United States and every other decision ---------------------------------------

US_CASES = [
    (date(2000, 7, 25), None),
    (date(2000, 7, 26), "2000/520/EC"),
    (date(2015, 10, 5), "2000/520/EC"),
    (date(2015, 10, 6), None),  # C-362/14 Schrems
    (date(2016, 7, 11), None),
    (date(2016, 7, 12), "(EU) 2016/1250"),
    (date(2018, 5, 1), "(EU) 2016/1250"),
    (date(2020, 7, 15), "(EU) 2016/1250"),
    (date(2020, 7, 16), None),  # C-311/18 Schrems II
    (date(2021, 6, 1), None),
    (date(2023, 7, 9), None),
    (date(2023, 7, 10), "(EU) 2023/1795"),
    (TODAY, "(EU) 2023/1795"),
]


@pytest.mark.parametrize(("day", "expected"), US_CASES)
def test_us_adequacy_history(ref: Reference, day: date, expected: str | None) -> None:
    decision = ref.adequacy_for("US", day)
    assert (decision.decision if decision else None) == expected


def test_us_decisions_are_scope_limited_and_name_their_end(ref: Reference) -> None:
    history = ref.adequacy_history("US")
    assert [d.decision for d in history] == ["2000/520/EC", "(EU) 2016/1250", "(EU) 2023/1795"]
    safe_harbour, privacy_shield, dpf = history
    for decision in history:
        assert decision.scope_limited
        assert decision.scope_label("en") and decision.scope_label("fi")
        assert decision.title_label("en") and decision.title_label("fi")
    assert "C-362/14" in safe_harbour.ended_by and safe_harbour.valid_until == date(2015, 10, 5)
    assert "C-311/18" in privacy_shield.ended_by and privacy_shield.valid_until == date(2020, 7, 15)
    assert dpf.ended_by == "" and dpf.valid_until is None
    assert "Privacy Shield List" in privacy_shield.scope_label()
    assert "Data Privacy Framework" in dpf.scope_label()


# DOMAIN.md: the decisions in force, with the scope limits it names.
SCOPE_WORDS = {"CA": "PIPEDA", "JP": "APPI", "KR": "PIPA", "IL": "automated", "US": "Data Privacy Framework"}
WHOLE_COUNTRY = {"CH", "AR", "GG", "IM", "JE", "FO", "AD", "UY", "NZ", "GB", "BR"}


@pytest.mark.parametrize(("country", "word"), sorted(SCOPE_WORDS.items()))
def test_scope_limited_decisions_say_their_limit_in_both_languages(
    ref: Reference, country: str, word: str
) -> None:
    decision = ref.adequacy_for(country, TODAY)
    assert decision is not None and decision.scope_limited
    assert word in decision.scope_label("en")
    assert decision.scope_label("fi").strip()
    assert decision.scope_label("fi") != decision.scope_label("en")


@pytest.mark.parametrize("country", sorted(WHOLE_COUNTRY))
def test_decisions_without_a_scope_limit(ref: Reference, country: str) -> None:
    decision = ref.adequacy_for(country, TODAY)
    assert decision is not None and not decision.scope_limited
    assert decision.scope_label("fi") == ""


def test_the_uk_immigration_exclusion_ended_with_the_renewal(ref: Reference) -> None:
    for day in (date(2021, 6, 28), date(2025, 9, 1)):
        decision = ref.adequacy_for("GB", day)
        assert decision is not None and decision.scope_limited
        assert "immigration" in decision.scope_label()
    renewed = ref.adequacy_for("GB", TODAY)
    assert renewed is not None and not renewed.scope_limited


def test_every_adequacy_item_cites_a_source_and_marks_what_is_unverified(ref: Reference) -> None:
    for decision in ref.adequacy:
        key = decision.country or decision.organisation
        assert decision.source.strip(), key
        assert decision.verified_on <= TODAY, key
        assert decision.verified is (not decision.unverified), key
    unverified = {(d.country, d.adopted, field) for d in ref.adequacy for field in d.unverified}
    # The identifiers of the UK extension and renewal could not be checked (see the docs).
    assert ("GB", date(2025, 6, 24), "amended_by") in unverified
    assert ("GB", date(2025, 12, 19), "amended_by") in unverified


# --- 6. the UK decision's sunset, extension and renewal -------------------------------------------


def test_uk_sunset_extension_and_renewal(ref: Reference) -> None:
    original, extension, renewal = ref.adequacy_history("GB")
    assert (original.adopted, original.valid_until) == (date(2021, 6, 28), date(2025, 6, 27))
    assert original.verified and original.amended_by == ""
    assert (extension.adopted, extension.valid_until) == (date(2025, 6, 24), date(2025, 12, 27))
    assert not extension.verified and "24 June 2025" in extension.amended_by
    assert "2025/1225" in extension.notes["en"]  # the verified LED counterpart
    assert (renewal.adopted, renewal.valid_until) == (date(2025, 12, 19), date(2031, 12, 27))
    assert not renewal.verified and "19 December 2025" in renewal.amended_by
    for decision in (original, extension, renewal):
        assert decision.decision == "(EU) 2021/1772"
    # No number was invented: the unverified amending acts are named by their date only.
    for decision in (extension, renewal):
        assert not re.search(r"\(EU\) 2025/\d+", decision.amended_by)
    assert ref.adequacy_for("GB", date(2025, 6, 23)) == original
    assert ref.adequacy_for("GB", date(2025, 12, 27)) == renewal


# --- 4. transfer mechanisms -------------------------------------------------------------------------

SAFEGUARDS = {
    "scc": "Art. 46(2)(c)",
    "sa_clauses": "Art. 46(2)(d)",
    "bcr": "Art. 47",
    "public_authority_instrument": "Art. 46(2)(a)",
    "code_of_conduct": "Art. 46(2)(e)",
    "certification": "Art. 46(2)(f)",
    "ad_hoc_clauses": "Art. 46(3)(a)",
    "administrative_arrangement": "Art. 46(3)(b)",
}
DEROGATIONS = {f"derogation-49-1-{letter}" for letter in "abcdefg"} | {"compelling_legitimate_interests"}


def test_sa_clauses_is_a_transfer_mechanism(ref: Reference) -> None:
    mechanism = ref.mechanism("sa_clauses")
    assert mechanism is not None
    assert mechanism.article == "Art. 46(2)(d)"
    assert "supervisory authority" in mechanism.label("en")
    assert "komission" in mechanism.label("fi")
    assert TransferMechanism.SA_CLAUSES == "sa_clauses"


def test_every_mechanism_has_typed_rules(ref: Reference) -> None:
    assert (
        set(ref.mechanisms) == ref.transfer_mechanisms.codes == set(SAFEGUARDS) | DEROGATIONS | {"adequacy"}
    )
    for code, mechanism in ref.mechanisms.items():
        assert [mechanism.adequacy, mechanism.safeguard, mechanism.derogation].count(True) == 1, code
        assert mechanism.label("fi") == ref.transfer_mechanisms.label(code, "fi")
    assert ref.mechanism("no-such-mechanism") is None


@pytest.mark.parametrize(("code", "article"), sorted(SAFEGUARDS.items()))
def test_every_art_46_and_47_tool_requires_a_tia(ref: Reference, code: str, article: str) -> None:
    mechanism = ref.mechanism(code)
    assert mechanism is not None
    assert mechanism.article == article
    assert mechanism.safeguard and mechanism.requires_tia
    assert not mechanism.requires_documented_safeguards


@pytest.mark.parametrize("code", sorted(DEROGATIONS | {"adequacy"}))
def test_adequacy_and_derogations_require_no_tia(ref: Reference, code: str) -> None:
    mechanism = ref.mechanism(code)
    assert mechanism is not None and not mechanism.requires_tia
    assert mechanism.derogation is (code != "adequacy")
    assert mechanism.adequacy is (code == "adequacy")


def test_only_compelling_legitimate_interests_need_documented_safeguards(ref: Reference) -> None:
    """Art. 30(1)(e) and Art. 49(1) second subparagraph."""
    documented = {code for code, m in ref.mechanisms.items() if m.requires_documented_safeguards}
    assert documented == {"compelling_legitimate_interests"}
    assert ref.mechanism("compelling_legitimate_interests").article == "Art. 49(1), second subparagraph"  # type: ignore[union-attr]


# --- 5. Art. 10 data is not a special category --------------------------------------------------------

CRIMINAL_EN = "personal data relating to criminal convictions and offences or related security measures"
CRIMINAL_FI = "rikostuomioihin ja rikkomuksiin tai niihin liittyviin turvaamistoimiin liittyvät henkilötiedot"


def test_criminal_data_is_art_10_with_the_regulations_wording(ref: Reference) -> None:
    criminal = ref.special_categories.get("criminal")
    assert criminal is not None
    assert criminal.article == "Art. 10"
    assert criminal.extra["art10"] is True
    assert criminal.label("en") == CRIMINAL_EN
    assert criminal.label("fi") == CRIMINAL_FI
    assert ref.is_art10("criminal") and ref.is_art10(SpecialCategory.CRIMINAL)


def test_the_other_categories_are_art_9_1(ref: Reference) -> None:
    for item in ref.special_categories:
        if item.code != "criminal":
            assert item.article == "Art. 9(1)", item.code
            assert item.extra["art10"] is False
            assert not ref.is_art10(item.code)
    assert not ref.is_art10("no-such-category")


def test_special_category_codes_are_the_interchange_contract(ref: Reference) -> None:
    """Codes are never changed (shared/INTERCHANGE.md); labels are."""
    assert ref.special_categories.codes == {
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


# --- 7. Finnish labels after the Finnish text of the GDPR --------------------------------------------


@pytest.mark.parametrize(
    ("list_name", "code", "finnish"),
    [
        ("art9_conditions", "art9-2-b", "työoikeus, sosiaaliturva ja sosiaalinen suojelu"),
        ("art9_conditions", "art9-2-e", "rekisteröidyn nimenomaisesti julkistamat tiedot"),
        (
            "special_categories",
            "biometric",
            "biometriset tiedot henkilön yksiselitteistä tunnistamista varten",
        ),
        ("special_categories", "health", "terveyttä koskevat tiedot"),
        ("special_categories", "criminal", CRIMINAL_FI),
        ("legal_bases", "art6-1-e", "yleinen etu tai julkisen vallan käyttäminen"),
        ("transfer_mechanisms", "adequacy", "tietosuojan riittävyyttä koskeva päätös"),
        ("transfer_mechanisms", "scc", "vakiosopimuslausekkeet"),
        ("transfer_mechanisms", "bcr", "yritystä koskevat sitovat säännöt"),
    ],
)
def test_finnish_labels(ref: Reference, list_name: str, code: str, finnish: str) -> None:
    assert ref.code_list(list_name).label(code, "fi") == finnish


def test_art9_2_c_says_physically_or_legally_incapable(ref: Reference) -> None:
    label = ref.art9_conditions.label("art9-2-c", "fi")
    assert "fyysisesti tai juridisesti estynyt" in label
    assert "physically or legally incapable" in ref.art9_conditions.label("art9-2-c")


def test_no_finnish_label_is_left_in_english(ref: Reference) -> None:
    for list_name in (
        "legal_bases",
        "art9_conditions",
        "special_categories",
        "transfer_mechanisms",
        "scc_modules",
    ):
        for item in ref.code_list(list_name):
            assert item.labels["fi"] != item.labels["en"], (list_name, item.code)


# --- 8. international organisations and Kosovo -----------------------------------------------------------


def test_the_epo_is_an_adequate_international_organisation_from_15_july_2025(ref: Reference) -> None:
    assert ref.adequacy_for("intl:epo", date(2025, 7, 14)) is None
    decision = ref.adequacy_for("intl:epo", date(2025, 7, 15))
    assert decision is not None and decision.decision == "(EU) 2025/1382"
    assert "C(2025) 4626" in decision.source
    assert ref.is_transfer("intl:epo", TODAY)  # adequacy covers a transfer; it is still one
    assert ref.interim_for("intl:epo", TODAY) is None and ref.eea_membership("intl:epo", TODAY) is None


def test_kosovo_is_a_third_country(ref: Reference) -> None:
    assert ref.is_destination("XK")
    assert ref.is_transfer("XK", TODAY)
    assert ref.adequacy_for("XK", TODAY) is None and ref.interim_for("XK", TODAY) is None


# --- 9. every file carries its source and verified-on date; the docs say what is unverified ------------


@pytest.mark.parametrize("name", FILE_NAMES)
def test_every_file_has_source_and_verified_on(ref: Reference, name: str) -> None:
    raw = json.loads((resource_path("reference") / f"{name}.json").read_text(encoding="utf-8"))
    assert raw["source"].strip() and raw["verified_on"] == TODAY.isoformat()
    edition = ref.edition(name)
    assert edition.verified_on == TODAY and edition.source == raw["source"]
    assert edition.issued <= TODAY and edition.version == raw["version"]
    if name in CODE_LIST_NAMES:
        assert ref.code_list(name).verified_on == edition.verified_on


def test_every_shipped_file_is_loaded() -> None:
    shipped = {p.stem for p in resource_path("reference").glob("*.json")}
    assert shipped == set(FILE_NAMES)


def test_docs_name_every_file_and_every_unverified_fact(ref: Reference) -> None:
    text = (ROOT / "docs" / "reference-data.md").read_text(encoding="utf-8")
    for name in FILE_NAMES:
        assert f"{name}.json" in text, name
    assert TODAY.isoformat() in text
    rows = [line for line in text.splitlines() if "unverified" in line]
    for decision in ref.adequacy:
        key = decision.country or decision.organisation or ""
        for field in decision.unverified:
            wanted = (key, decision.decision, decision.adopted.isoformat(), f"`{field}`")
            assert any(all(part in row for part in wanted) for row in rows), wanted


# --- the loader refuses data that would tell a DPO the wrong thing --------------------------------------


def _copy(tmp_path: Path) -> Path:
    import shutil

    target = tmp_path / "reference"
    shutil.copytree(resource_path("reference"), target)
    return target


def _edit(directory: Path, filename: str, change: Callable[[dict[str, Any]], None]) -> None:
    path = directory / filename
    doc = json.loads(path.read_text(encoding="utf-8"))
    change(doc)
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")


def _mechanism(doc: dict[str, Any], code: str) -> dict[str, Any]:
    item: dict[str, Any] = next(i for i in doc["items"] if i["code"] == code)
    return item


def _index(filename: str, test: Callable[[dict[str, Any]], bool]) -> int:
    items = json.loads((resource_path("reference") / filename).read_text(encoding="utf-8"))["items"]
    return next(n for n, item in enumerate(items) if test(item))


_BCR = _index("transfer_mechanisms.json", lambda i: i["code"] == "bcr")
_SCC = _index("transfer_mechanisms.json", lambda i: i["code"] == "scc")
_ADEQ = _index("transfer_mechanisms.json", lambda i: i["code"] == "adequacy")
_CRIMINAL = _index("special_categories.json", lambda i: i["code"] == "criminal")
_HEALTH = _index("special_categories.json", lambda i: i["code"] == "health")
_SAFE_HARBOUR = _index("adequacy.json", lambda i: i["decision"] == "2000/520/EC")
_EEA_END = len(json.loads((resource_path("reference") / "eea.json").read_text(encoding="utf-8"))["items"])
_DPF = _index("adequacy.json", lambda i: i["decision"] == "(EU) 2023/1795")


@pytest.mark.parametrize(
    ("filename", "change", "expected"),
    [
        (
            "transfer_mechanisms.json",
            lambda d: _mechanism(d, "bcr").update(requires_tia=False),
            f"transfer_mechanisms.json: items[{_BCR}]: 'requires_tia' must be true exactly for the Art. 46",
        ),
        (
            "transfer_mechanisms.json",
            lambda d: _mechanism(d, "adequacy").update(requires_tia=True),
            f"transfer_mechanisms.json: items[{_ADEQ}]: 'requires_tia' must be true exactly",
        ),
        (
            "transfer_mechanisms.json",
            lambda d: _mechanism(d, "scc").update(derogation=True),
            f"transfer_mechanisms.json: items[{_SCC}]: a mechanism is an Art. 46/47 safeguard or an Art. 49",
        ),
        (
            "transfer_mechanisms.json",
            lambda d: _mechanism(d, "scc").update(requires_documented_safeguards=True),
            f"transfer_mechanisms.json: items[{_SCC}]: 'requires_documented_safeguards' applies only",
        ),
        (
            "transfer_mechanisms.json",
            lambda d: _mechanism(d, "bcr").update(safeguard="yes"),
            f"transfer_mechanisms.json: items[{_BCR}]: 'safeguard' must be true or false",
        ),
        (
            "transfer_mechanisms.json",
            lambda d: _mechanism(d, "bcr").pop("requires_tia"),
            f"transfer_mechanisms.json: items[{_BCR}]: missing 'requires_tia'",
        ),
        (
            "special_categories.json",
            lambda d: d["items"][_CRIMINAL].update(article="Art. 9(1)"),
            f"special_categories.json: items[{_CRIMINAL}]: 'article' must be 'Art. 10'",
        ),
        (
            "special_categories.json",
            lambda d: d["items"][_HEALTH].update(art10=True),
            f"special_categories.json: items[{_HEALTH}]: 'article' must be 'Art. 10'",
        ),
        (
            "special_categories.json",
            lambda d: d["items"][_HEALTH].pop("art10"),
            f"special_categories.json: items[{_HEALTH}]: missing 'art10'",
        ),
        (
            "eea.json",
            lambda d: d.pop("verified_on"),
            "eea.json: missing 'verified_on'",
        ),
        (
            "legal_bases.json",
            lambda d: d.update(verified_on="25.11.2026"),
            "legal_bases.json: 'verified_on' must be a date",
        ),
        (
            "eea.json",
            lambda d: d["items"].append(
                {"country": "AX", "since": "2000-01-01", "until": None, "group": "EU"}
            ),
            f"eea.json: items[{_EEA_END}]: overlapping membership periods for 'AX'",
        ),
        (
            "eea.json",
            lambda d: d["items"].append(
                {
                    "country": "GP",
                    "since": "1990-01-01",
                    "until": "1990-12-31",
                    "group": "EU",
                    "part_of": "GP",
                }
            ),
            f"eea.json: items[{_EEA_END}]: 'part_of' names the member state a territory belongs to",
        ),
        (
            "interim_provisions.json",
            lambda d: d["items"][0].update(since="2020-12-01"),
            "interim_provisions.json: items[0]: overlaps the EU/EEA membership of 'GB'",
        ),
        (
            "interim_provisions.json",
            lambda d: d["items"][0].update(until="2020-12-31"),
            "interim_provisions.json: items[0]: 'until' is before 'since'",
        ),
        (
            "interim_provisions.json",
            lambda d: d["items"][0].pop("instrument"),
            "interim_provisions.json: items[0]: missing 'instrument'",
        ),
        (
            "adequacy.json",
            lambda d: d["items"][_DPF].update(unverified=["number"]),
            f"adequacy.json: items[{_DPF}]: 'unverified' may name only",
        ),
        (
            "adequacy.json",
            lambda d: d["items"][_SAFE_HARBOUR].update(valid_until=None),
            f"adequacy.json: items[{_SAFE_HARBOUR}]: 'ended_by' needs the last day",
        ),
        (
            "adequacy.json",
            lambda d: d["items"][_DPF].pop("source"),
            f"adequacy.json: items[{_DPF}]: missing 'source'",
        ),
    ],
)
def test_malformed_legal_facts_are_refused(
    tmp_path: Path, filename: str, change: Callable[[dict[str, Any]], None], expected: str
) -> None:
    directory = _copy(tmp_path)
    _edit(directory, filename, change)
    with pytest.raises(ReferenceDataError, match="^" + re.escape(expected)):
        load_reference(directory)

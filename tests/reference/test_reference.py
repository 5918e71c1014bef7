"""Reference data (resources/reference/*.json) and its loader, ropa.reference."""

from __future__ import annotations

import json
import re
import shutil
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from ropa.reference import (
    CODE_LIST_NAMES,
    AdequacyDecision,
    Code,
    CodeList,
    Reference,
    ReferenceDataError,
    code_labels,
    load_reference,
    reference,
)
from ropa.resources import resource_path

# As listed in DOMAIN.md.
_EU_CODES = "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE"
EU = set(_EU_CODES.split())
EEA_ONLY = {"IS", "LI", "NO"}
ADEQUATE = {"CH", "CA", "AR", "GG", "IM", "JE", "FO", "AD", "IL", "UY", "NZ", "JP", "GB", "KR", "US", "BR"}
EPO = "intl:epo"
TODAY = date(2026, 11, 25)


@pytest.fixture(scope="module")
def ref() -> Reference:
    return reference()


# --- code lists ------------------------------------------------------------------------------


@pytest.mark.parametrize("name", CODE_LIST_NAMES)
def test_code_list_header(ref: Reference, name: str) -> None:
    code_list = ref.code_list(name)
    assert isinstance(code_list, CodeList)
    assert code_list is getattr(ref, name)
    assert code_list.name == name
    assert len(code_list) == len(code_list.codes) > 0
    assert code_list.codes == {item.code for item in code_list}
    assert code_list.version >= 1
    assert isinstance(code_list.issued, date)
    assert code_list.source.strip()


@pytest.mark.parametrize("name", CODE_LIST_NAMES)
def test_every_item_has_labels_and_an_enum_name(ref: Reference, name: str) -> None:
    names = [item.name for item in ref.code_list(name)]
    assert len(set(names)) == len(names)
    for item in ref.code_list(name):
        assert item.labels["en"].strip(), item.code
        assert item.labels["fi"].strip(), item.code
        assert item.label("fi") == item.labels["fi"]
        assert re.fullmatch(r"[A-Z][A-Z0-9_]*", item.name), item.code
        assert "name" not in item.extra


def test_labels_and_fallbacks(ref: Reference) -> None:
    bases = ref.legal_bases
    assert bases.label("art6-1-a", "fi") == "suostumus"
    assert bases.label("art6-1-a") == "consent"
    assert bases.label("art6-1-e", "fi") == "yleinen etu tai julkisen vallan käyttäminen"
    assert bases.label("art6-1-f", "fi_FI") == "oikeutettu etu"
    assert bases.label("art6-1-f", "sv") == "legitimate interests"  # unknown language → en
    assert bases.label("no-such-code", "fi") == "no-such-code"
    assert bases.get("no-such-code") is None
    assert "art6-1-c" in bases
    assert "art6-1-z" not in bases
    assert 3 not in bases
    item = bases.get("art6-1-c")
    assert item is not None and item.article == "Art. 6(1)(c)"
    assert ref.art9_conditions.get("art9-2-j").article == "Art. 9(2)(j)"
    assert ref.special_categories.get("criminal").article == "Art. 10"
    assert ref.special_categories.label("health", "fi") == "terveyttä koskevat tiedot"
    assert ref.scc_modules.label("2") == "Module 2: controller to processor"
    assert ref.register_statuses.label("retired", "fi") == "poistettu käytöstä"


def test_transfer_mechanism_flags(ref: Reference) -> None:
    """The raw flags stay readable through ``Code.extra``; tests/reference/test_legal_facts.py
    checks the rules through the typed ``reference().mechanism(code)``."""
    for item in ref.transfer_mechanisms:
        extra = item.extra
        assert extra["derogation"] is item.code.startswith(("derogation-", "compelling_legitimate_interests"))
        assert extra["requires_documented_safeguards"] is (item.code == "compelling_legitimate_interests")
        assert extra["requires_tia"] is item.article.startswith(("Art. 46", "Art. 47"))
        assert extra["safeguard"] is extra["requires_tia"]
        assert re.fullmatch(r"Art\. 4[5-9]\b.*", item.article), item.code


def test_purpose_kinds(ref: Reference) -> None:
    kinds = ref.purpose_kinds
    assert ref.code_list("purpose_kinds") is kinds
    assert [(k.code, k.article) for k in kinds] == [
        ("direct_marketing", "Art. 21(2)-(3)"),
        ("research_statistics", "Art. 21(6) and 89"),
        ("archiving", "Art. 89"),
    ]
    assert kinds.label("direct_marketing", "fi") == "suoramarkkinointi"
    assert kinds.label("research_statistics") == "scientific or historical research or statistics"


def test_dpia_threshold(ref: Reference) -> None:
    assert ref.dpia_threshold == 2


def test_code_list_lookup_by_file_name(ref: Reference) -> None:
    assert ref.code_list("legal_bases.json") is ref.legal_bases
    with pytest.raises(KeyError):
        ref.code_list("eea")
    with pytest.raises(KeyError):
        ref.code_list("nonexistent")


def test_values_are_immutable(ref: Reference) -> None:
    item = ref.legal_bases.get("art6-1-a")
    assert isinstance(item, Code)
    with pytest.raises(TypeError):
        item.labels["fi"] = "x"  # type: ignore[index]
    assert hash(item) == hash(ref.legal_bases.get("art6-1-a"))


# --- EU / EEA --------------------------------------------------------------------------------


def test_eea_list_is_eu27_plus_is_li_no_their_territories_and_historic_members(ref: Reference) -> None:
    states = {m.country for m in ref.eea if m.until is None and m.part_of is None}
    assert states == EU | EEA_ONLY
    current_territories = {m.country for m in ref.eea if m.until is None and m.part_of is not None}
    assert current_territories == {"AX", "GF", "GP", "MQ", "RE", "YT", "MF"}
    assert {m.country for m in ref.eea if m.group == "EEA"} == EEA_ONLY
    assert {m.country for m in ref.eea if m.until is not None} == {"GB", "GI", "BL"}
    for m in ref.eea:
        assert ref.is_country(m.country), m.country


@pytest.mark.parametrize("country", sorted(EU | EEA_ONLY))
def test_is_eea_today(ref: Reference, country: str) -> None:
    assert ref.is_eea(country, TODAY)


def test_is_eea_cases(ref: Reference) -> None:
    on = date(2025, 1, 1)
    for country in ("FI", "NO", "IS", "LI"):
        assert ref.is_eea(country, on)
    assert not ref.is_eea("CH", on)
    assert ref.is_eea("GB", date(2019, 6, 1))
    assert ref.is_eea("GB", date(2020, 12, 31))  # last day of the transition period
    assert not ref.is_eea("GB", date(2021, 1, 1))
    assert not ref.is_eea("GB", date(2021, 6, 1))
    assert not ref.is_eea("HR", date(2013, 6, 30))
    assert ref.is_eea("HR", date(2013, 7, 1))
    assert not ref.is_eea("LI", date(1995, 4, 30))
    assert not ref.is_eea("fi", on)  # codes are upper case
    assert ref.is_eea("FI", datetime(2025, 1, 1, 12, 0))  # a datetime is accepted


# --- adequacy --------------------------------------------------------------------------------


def test_us_adequacy_is_the_data_privacy_framework(ref: Reference) -> None:
    decision = ref.adequacy_for("US", date(2024, 1, 1))
    assert isinstance(decision, AdequacyDecision)
    assert decision.decision == "(EU) 2023/1795"
    assert decision.adopted == date(2023, 7, 10)
    assert "Data Privacy Framework" in decision.scope_label()
    assert decision.scope_label("fi")
    assert "C-703/25 P" in decision.notes["en"]
    assert ref.adequacy_for("US", date(2022, 1, 1)) is None


def test_uk_adequacy_over_time(ref: Reference) -> None:
    assert ref.adequacy_for("GB", date(2020, 6, 1)) is None  # still EU law (transition period)
    assert ref.adequacy_for("GB", date(2021, 6, 1)) is None  # interim provision, no decision yet
    original = ref.adequacy_for("GB", date(2023, 1, 1))
    assert original is not None and original.decision == "(EU) 2021/1772"
    assert original.valid_until == date(2025, 6, 27)  # the sunset clause as adopted
    extended = ref.adequacy_for("GB", date(2025, 9, 1))
    assert extended is not None and extended.decision == "(EU) 2021/1772"
    assert extended.valid_until == date(2025, 12, 27)
    renewed = ref.adequacy_for("GB", date(2026, 6, 1))
    assert renewed is not None
    assert renewed.adopted == date(2025, 12, 19)
    assert renewed.valid_until == date(2031, 12, 27)
    # Where two overlap, the newer decision is the one in force.
    assert ref.adequacy_for("GB", date(2025, 12, 20)) == renewed
    assert ref.adequacy_for("GB", date(2025, 6, 25)) == extended
    assert ref.adequacy_for("GB", date(2032, 1, 1)) is None


def test_partial_decisions_have_a_scope(ref: Reference) -> None:
    for country in ("JP", "CA", "US", "KR"):
        decision = ref.adequacy_for(country, TODAY)
        assert decision is not None and decision.scope_label().strip(), country
        assert decision.scope_label("fi").strip(), country
    swiss = ref.adequacy_for("CH", TODAY)
    assert swiss is not None and swiss.scope_label() == ""


@pytest.mark.parametrize("country", sorted(ADEQUATE))
def test_every_domain_decision_is_in_force_today(ref: Reference, country: str) -> None:
    decision = ref.adequacy_for(country, TODAY)
    assert decision is not None
    assert decision.country == country
    assert decision.verified_on <= TODAY
    assert ref.is_country(country)
    assert not ref.is_eea(country, TODAY)


def test_adequacy_data_matches_domain(ref: Reference) -> None:
    expected = {
        "CH": ("2000/518/EC", date(2000, 7, 26)),
        "CA": ("2002/2/EC", date(2001, 12, 20)),
        "AR": ("2003/490/EC", date(2003, 6, 30)),
        "GG": ("2003/821/EC", date(2003, 11, 21)),
        "IM": ("2004/411/EC", date(2004, 4, 28)),
        "JE": ("2008/393/EC", date(2008, 5, 8)),
        "FO": ("2010/146/EU", date(2010, 3, 5)),
        "AD": ("2010/625/EU", date(2010, 10, 19)),
        "IL": ("2011/61/EU", date(2011, 1, 31)),
        "UY": ("2012/484/EU", date(2012, 8, 21)),
        "NZ": ("2013/65/EU", date(2012, 12, 19)),
        "JP": ("(EU) 2019/419", date(2019, 1, 23)),
        "KR": ("(EU) 2022/254", date(2021, 12, 17)),
        "US": ("(EU) 2023/1795", date(2023, 7, 10)),
        "BR": ("(EU) 2026/179", date(2026, 1, 26)),
    }
    for country, (number, adopted) in expected.items():
        decision = ref.adequacy_for(country, TODAY)
        assert decision is not None
        assert (decision.decision, decision.adopted) == (number, adopted), country


def test_international_organisation(ref: Reference) -> None:
    """Decision (EU) 2025/1382 of 15 July 2025 (DOMAIN.md), keyed by the organisation's id."""
    [epo] = [d for d in ref.adequacy if d.organisation is not None]
    assert epo.organisation == EPO
    assert epo.country is None
    assert epo.decision == "(EU) 2025/1382"
    assert epo.adopted == date(2025, 7, 15)
    assert epo.scope_label() == ""
    assert ref.adequacy_for(EPO, TODAY) == epo
    assert ref.adequacy_for(EPO, date(2025, 7, 15)) == epo
    assert ref.adequacy_for(EPO, date(2025, 7, 14)) is None
    assert ref.adequacy_for("European Patent Organisation", TODAY) is None  # names are labels, not keys
    assert not ref.is_eea(EPO, TODAY)
    assert ref.is_organisation(EPO)


def test_only_the_epo_among_organisations_has_adequacy(ref: Reference) -> None:
    for organisation in ref.organisations:
        assert not ref.is_eea(organisation.code, TODAY)
        decision = ref.adequacy_for(organisation.code, TODAY)
        assert (decision is not None) is (organisation.code == EPO), organisation.code


@pytest.mark.parametrize("country", ["RU", "IN", "CN", "CH-", "", "us"])
def test_no_adequacy(ref: Reference, country: str) -> None:
    assert ref.adequacy_for(country, TODAY) is None


# --- countries -------------------------------------------------------------------------------


def test_country_names(ref: Reference) -> None:
    assert ref.country_name("FI", "fi") == "Suomi"
    assert ref.country_name("US", "fi") == "Yhdysvallat"
    assert ref.country_name("FI") == "Finland"
    assert ref.country_name("US", "en") == "United States"
    assert ref.country_name("FI", "fi_FI") == "Suomi"
    assert ref.country_name("FI", "xx") == "Finland"  # no translation → English
    assert ref.country_name("XX", "fi") == "XX"
    assert ref.country_name("fi", "fi") == "fi"


def test_is_country(ref: Reference) -> None:
    assert ref.is_country("FI")
    assert ref.is_country("GB")
    assert not ref.is_country("XX")
    assert not ref.is_country("fi")
    assert not ref.is_country("FIN")
    assert not ref.is_country("")
    assert not ref.is_country(None)
    # Strict ISO 3166-1: destinations are validated with is_destination.
    assert not ref.is_country("XK")
    assert not ref.is_country(EPO)


@pytest.mark.parametrize(
    "code", ["FI", "US", "GB", "XK", "intl:epo", "intl:un", "intl:coe", "intl:world-bank"]
)
def test_destinations(ref: Reference, code: str) -> None:
    assert ref.is_destination(code)


@pytest.mark.parametrize("code", ["XX", "fi", "xk", "", "intl:", "intl:nosuch", "INTL:EPO", "epo", None, 7])
def test_not_destinations(ref: Reference, code: object) -> None:
    assert not ref.is_destination(code)
    assert not ref.is_organisation(code)


def test_kosovo(ref: Reference) -> None:
    assert ref.country_name("XK") == "Kosovo"
    assert ref.country_name("XK", "fi") == "Kosovo"
    assert ref.country_name("XK", "sv_FI") == "Kosovo"
    assert not ref.is_eea("XK", TODAY)
    assert ref.adequacy_for("XK", TODAY) is None


def test_organisations(ref: Reference) -> None:
    organisations = ref.organisations
    assert isinstance(organisations, CodeList)
    assert organisations.name == "international_organisations"
    assert organisations.version >= 1 and organisations.source.strip()
    assert len(organisations) >= 18
    for organisation in organisations:
        assert re.fullmatch(r"intl:[a-z0-9-]+", organisation.code)
        assert organisation.labels["en"].strip() and organisation.labels["fi"].strip()
        assert organisation.name == ""  # no enum: organisations are not a code list of the model
        assert ref.is_organisation(organisation.code)
        assert ref.country_name(organisation.code, "fi") == organisation.labels["fi"]
    with pytest.raises(KeyError):
        ref.code_list("international_organisations")


def test_organisation_names(ref: Reference) -> None:
    assert ref.country_name(EPO) == "European Patent Organisation"
    assert ref.country_name(EPO, "fi") == "Euroopan patenttijärjestö"
    assert ref.country_name(EPO, "fi_FI") == "Euroopan patenttijärjestö"
    assert ref.country_name(EPO, "sv") == "European Patent Organisation"  # no Swedish → English
    assert ref.country_name("intl:un", "fi") == "Yhdistyneet kansakunnat"
    assert ref.country_name("intl:coe") == "Council of Europe"
    assert ref.country_name("intl:coe", "fi") == "Euroopan neuvosto"
    assert ref.organisations.label("intl:who", "fi") == "Maailman terveysjärjestö"
    assert ref.country_name("intl:nosuch", "fi") == "intl:nosuch"


# --- loading ---------------------------------------------------------------------------------


def test_reference_is_loaded_once() -> None:
    assert reference() is reference()


def test_load_is_fast() -> None:
    directory = resource_path("reference")
    load_reference(directory)
    start = time.perf_counter()
    for _ in range(5):
        load_reference(directory)
    assert (time.perf_counter() - start) / 5 < 0.05


def _epo_index() -> int:
    items = json.loads((resource_path("reference") / "adequacy.json").read_text(encoding="utf-8"))["items"]
    return next(i for i, item in enumerate(items) if item["organisation"] == EPO)


_EPO_AT = _epo_index()


def _copy(tmp_path: Path) -> Path:
    target = tmp_path / "reference"
    shutil.copytree(resource_path("reference"), target)
    return target


def _edit(directory: Path, filename: str, change: Callable[[dict[str, Any]], None]) -> None:
    path = directory / filename
    doc = json.loads(path.read_text(encoding="utf-8"))
    change(doc)
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")


def test_copy_of_shipped_data_loads(tmp_path: Path) -> None:
    loaded = load_reference(_copy(tmp_path))
    assert loaded.legal_bases == reference().legal_bases


def test_missing_finnish_label_names_file_and_index(tmp_path: Path) -> None:
    directory = _copy(tmp_path)
    _edit(directory, "legal_bases.json", lambda d: d["items"][3]["labels"].pop("fi"))
    with pytest.raises(ReferenceDataError) as caught:
        load_reference(directory)
    assert str(caught.value) == "legal_bases.json: items[3]: missing 'labels.fi'"


def test_duplicate_code_names_file_and_index(tmp_path: Path) -> None:
    directory = _copy(tmp_path)

    def duplicate(doc: dict[str, Any]) -> None:
        doc["items"][4]["code"] = doc["items"][1]["code"]

    _edit(directory, "art9_conditions.json", duplicate)
    with pytest.raises(ReferenceDataError) as caught:
        load_reference(directory)
    message = str(caught.value)
    assert message.startswith("art9_conditions.json: items[4]: duplicate code 'art9-2-b'")
    assert "items[1]" in message


@pytest.mark.parametrize(
    ("filename", "change", "expected"),
    [
        (
            "adequacy.json",
            lambda d: d["items"][2].update(adopted="30.6.2003"),
            "adequacy.json: items[2]: 'adopted' must be a date",
        ),
        (
            "adequacy.json",
            lambda d: d["items"][0].update(organisation="X"),
            "adequacy.json: items[0]: exactly one of",
        ),
        (
            "adequacy.json",
            lambda d: d["items"][1]["scope"].pop("fi"),
            "adequacy.json: items[1]: missing 'scope.fi'",
        ),
        (
            "eea.json",
            lambda d: d["items"][5].update(country="fi"),
            "eea.json: items[5]: 'country' must be an upper-case",
        ),
        (
            "eea.json",
            lambda d: d["items"][0].update(group="EFTA"),
            "eea.json: items[0]: 'group' must be one of",
        ),
        (
            "dpia_criteria.json",
            lambda d: d.pop("threshold"),
            "dpia_criteria.json: missing 'threshold'",
        ),
        (
            "scc_modules.json",
            lambda d: d.update(version="1"),
            "scc_modules.json: 'version' must be a positive integer",
        ),
        (
            "recipient_kinds.json",
            lambda d: d["items"][0].pop("code"),
            "recipient_kinds.json: items[0]: missing 'code'",
        ),
    ],
)
def test_malformed_files_are_reported(
    tmp_path: Path, filename: str, change: Callable[[dict[str, Any]], None], expected: str
) -> None:
    directory = _copy(tmp_path)
    _edit(directory, filename, change)
    with pytest.raises(ReferenceDataError, match="^" + re.escape(expected)):
        load_reference(directory)


@pytest.mark.parametrize(
    ("filename", "change", "expected"),
    [
        (
            "legal_bases.json",
            lambda d: d["items"][2].pop("name"),
            "legal_bases.json: items[2]: missing 'name'",
        ),
        (
            "purpose_kinds.json",
            lambda d: d["items"][1].update(name="research_statistics"),
            "purpose_kinds.json: items[1]: 'name' must be an upper-case identifier",
        ),
        (
            "dpia_statuses.json",
            lambda d: d["items"][0].update(name="_NOT_ASSESSED"),
            "dpia_statuses.json: items[0]: 'name' must be an upper-case identifier",
        ),
        (
            "scc_modules.json",
            lambda d: d["items"][3].update(name="C2C"),
            "scc_modules.json: items[3]: duplicate name 'C2C' (first at items[0])",
        ),
        (
            "international_organisations.json",
            lambda d: d["items"][4].update(id="intl:UNHCR"),
            "international_organisations.json: items[4]: 'id' must look like 'intl:epo'",
        ),
        (
            "international_organisations.json",
            lambda d: d["items"][2].update(id="unesco"),
            "international_organisations.json: items[2]: 'id' must look like 'intl:epo'",
        ),
        (
            "international_organisations.json",
            lambda d: d["items"][5].update(id="intl:epo"),
            "international_organisations.json: items[5]: duplicate id 'intl:epo' (first at items[0])",
        ),
        (
            "international_organisations.json",
            lambda d: d["items"][1]["labels"].pop("fi"),
            "international_organisations.json: items[1]: missing 'labels.fi'",
        ),
        (
            "international_organisations.json",
            lambda d: d["items"][3].update(code="x"),
            "international_organisations.json: items[3]: unknown key(s) 'code'",
        ),
        (
            "international_organisations.json",
            lambda d: d.update(name="organisations"),
            "international_organisations.json: 'name' is 'organisations'",
        ),
        (
            "adequacy.json",
            lambda d: d["items"][_EPO_AT].update(organisation="European Patent Organisation"),
            f"adequacy.json: items[{_EPO_AT}]: 'organisation' must be an id of international_organisations",
        ),
    ],
)
def test_malformed_names_and_organisations_are_reported(
    tmp_path: Path, filename: str, change: Callable[[dict[str, Any]], None], expected: str
) -> None:
    directory = _copy(tmp_path)
    _edit(directory, filename, change)
    with pytest.raises(ReferenceDataError, match="^" + re.escape(expected)):
        load_reference(directory)


def test_an_organisation_the_adequacy_file_uses_cannot_be_dropped(tmp_path: Path) -> None:
    directory = _copy(tmp_path)
    _edit(directory, "international_organisations.json", lambda d: d["items"].pop(0))
    with pytest.raises(
        ReferenceDataError, match=r"^adequacy\.json: items\[\d+\]: 'organisation'.*'intl:epo'"
    ):
        load_reference(directory)


def test_invalid_json_and_missing_file(tmp_path: Path) -> None:
    directory = _copy(tmp_path)
    (directory / "dpia_statuses.json").write_text("{", encoding="utf-8")
    with pytest.raises(ReferenceDataError, match=r"^dpia_statuses\.json: not valid JSON"):
        load_reference(directory)
    (directory / "dpia_statuses.json").unlink()
    with pytest.raises(ReferenceDataError, match=r"^dpia_statuses\.json: cannot read"):
        load_reference(directory)


def test_reference_data_error_is_a_value_error() -> None:
    assert issubclass(ReferenceDataError, ValueError)


@pytest.mark.parametrize("name", CODE_LIST_NAMES)
@pytest.mark.parametrize("lang", ["en", "fi", "sv"])
def test_code_labels_of_one_file_are_the_labels_of_the_whole_set(name: str, lang: str) -> None:
    """The window's first paint reads one list's labels alone; they are the validated set's."""
    codes = reference().code_list(name)
    assert code_labels(name, lang) == {code.code: code.label(lang) for code in codes}


def test_the_first_paint_does_not_load_the_reference_classes() -> None:
    """`code_labels` comes without the parser and the classes (PEP 562), as the start path needs."""
    import subprocess
    import sys

    probe = (
        "import sys; from ropa.reference import code_labels; code_labels('register_statuses', 'fi');"
        "print('ropa.reference._parse' in sys.modules, 'ropa.reference._model' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["False", "False"]

"""Derived transfers through processor chains, and where countries stand on a date."""

from __future__ import annotations

from datetime import date

from support import load_fixture

from ropa.io.interchange import read_document
from ropa.model.records import Processor
from ropa.model.transfers import CountryStatus, ProcessorCatalogue, country_status

ON = date(2026, 11, 24)


def _chain() -> ProcessorCatalogue:
    """FI hosting -> IE cloud (IE, US) -> IN support -> US tooling: depth 3 below the engaged one."""
    processors = [
        Processor(key="host", country="FI", processing_countries=("FI",)),
        Processor(key="cloud", country="IE", processing_countries=("IE", "US"), parent="host",
                  transfer_mechanism="adequacy"),
        Processor(key="support", country="IN", processing_countries=("IN",), parent="cloud",
                  transfer_mechanism="scc", scc_module=3, safeguards="SCC module 3, TIA 2025"),
        Processor(key="tooling", country="US", processing_countries=("US", "SE"), parent="support"),
        Processor(key="unrelated", country="CN", processing_countries=("CN",)),
    ]  # fmt: skip
    return ProcessorCatalogue(processors)


def test_chain_of_depth_three() -> None:
    found = _chain().derived_transfers(["host"], ON)
    summary = [(t.processor, t.country, t.chain, t.mechanism) for t in found]
    assert summary == [
        ("cloud", "US", ("host", "cloud"), "adequacy"),
        ("support", "IN", ("host", "cloud", "support"), "scc"),
        ("tooling", "US", ("host", "cloud", "support", "tooling"), None),
    ]
    support = found[1]
    assert support.depth == 2 and support.scc_module == 3 and support.safeguards == "SCC module 3, TIA 2025"
    assert support.standing.status is CountryStatus.THIRD_COUNTRY
    tooling = found[2]
    assert tooling.depth == 3
    assert tooling.standing.status is CountryStatus.ADEQUACY
    assert tooling.standing.decision is not None and "1795" in tooling.standing.decision.decision
    assert tooling.standing.scope_limited  # only DPF-certified organisations


def test_engaging_a_sub_processor_directly_walks_from_there() -> None:
    found = _chain().derived_transfers(["support"], ON)
    assert [(t.processor, t.chain) for t in found] == [
        ("support", ("support",)),
        ("tooling", ("support", "tooling")),
    ]


def test_each_processor_country_once_with_the_shortest_chain() -> None:
    found = _chain().derived_transfers(["host", "support", "support"], ON)
    assert [(t.processor, t.country) for t in found] == [
        ("support", "IN"),
        ("cloud", "US"),
        ("tooling", "US"),
    ]
    assert found[0].chain == ("support",)


def test_no_transfer_inside_the_eea_or_for_unknown_keys() -> None:
    assert _chain().derived_transfers(["unknown-key"], ON) == []
    only_eea = ProcessorCatalogue([Processor(key="se", processing_countries=("SE", "NO", "FI"))])
    assert only_eea.derived_transfers(["se"], ON) == []


def test_derived_transfers_of_a_seed_register() -> None:
    """Inmics' register engages only its Finnish host; the chain below it reaches the US and India."""
    workspace = read_document(load_fixture("seed_inmics"))
    register = workspace.controllers[0].registers[0]
    catalogue = ProcessorCatalogue(workspace.processors)
    found = catalogue.derived_transfers([link.processor for link in register.processors], ON)
    assert [(t.chain, t.country) for t in found] == [
        (("inmics-hosting", "inmics-cloud"), "US"),
        (("inmics-hosting", "inmics-cloud", "inmics-cloud-support-in"), "IN"),
    ]


def test_country_status_on_dates() -> None:
    assert country_status("FI", ON).status is CountryStatus.EEA
    assert country_status("NO", ON).status is CountryStatus.EEA
    assert country_status("CH", ON).status is CountryStatus.ADEQUACY
    assert country_status("RU", ON).status is CountryStatus.THIRD_COUNTRY
    assert country_status("GB", date(2019, 6, 1)).status is CountryStatus.EEA
    assert country_status("GB", date(2024, 6, 1)).status is CountryStatus.ADEQUACY
    assert country_status("US", date(2022, 1, 1)).status is CountryStatus.THIRD_COUNTRY
    us = country_status("US", date(2024, 1, 1))
    assert us.status is CountryStatus.ADEQUACY and us.scope_limited
    assert country_status("BR", date(2025, 12, 31)).status is CountryStatus.THIRD_COUNTRY
    assert country_status("BR", date(2026, 2, 1)).status is CountryStatus.ADEQUACY
    assert not country_status("CH", ON).scope_limited


def test_european_patent_organisation_is_adequate_from_its_decision() -> None:
    """Decision (EU) 2025/1382 of 15 July 2025 covers the organisation id, not a country."""
    assert country_status("intl:epo", date(2025, 7, 14)).status is CountryStatus.THIRD_COUNTRY
    epo = country_status("intl:epo", date(2025, 7, 15))
    assert epo.status is CountryStatus.ADEQUACY
    assert epo.decision is not None and epo.decision.decision == "(EU) 2025/1382"
    assert epo.decision.organisation == "intl:epo" and epo.decision.country is None
    assert not epo.scope_limited
    assert country_status("intl:epo", ON).status is CountryStatus.ADEQUACY


def test_other_destinations_are_third_countries() -> None:
    for destination in ("intl:un", "intl:who", "intl:nato", "XK"):
        assert country_status(destination, ON).status is CountryStatus.THIRD_COUNTRY, destination


def test_organisation_processing_is_a_derived_transfer() -> None:
    processors = [
        Processor(key="attorney", country="FI", processing_countries=("FI", "intl:epo", "intl:who")),
    ]
    found = ProcessorCatalogue(processors).derived_transfers(["attorney"], ON)
    assert [(t.country, t.standing.status) for t in found] == [
        ("intl:epo", CountryStatus.ADEQUACY),
        ("intl:who", CountryStatus.THIRD_COUNTRY),
    ]

"""The law's own cases for flows leaving the EEA: scope, establishment, modules, mechanisms per country."""

from __future__ import annotations

from datetime import date

from ropa.model import records as r
from ropa.model.transfers import (
    Basis,
    CountryStatus,
    ProcessorCatalogue,
    RecordKind,
    TransferStatus,
    country_status,
    transfer_rows,
)

ON = date(2026, 11, 24)


def _us(confirmed: bool | None) -> r.Processor:
    return r.Processor(
        key="crm",
        country="US",
        processing_countries=("US",),
        transfer_mechanism="adequacy",
        adequacy_scope=r.AdequacyScope(confirmed=confirmed),
    )


def test_limited_adequacy_covers_a_us_processor_only_when_its_scope_is_confirmed() -> None:
    (confirmed,) = ProcessorCatalogue([_us(True)]).derived_transfers(["crm"], ON)
    assert confirmed.status is TransferStatus.ADEQUACY and confirmed.status.covered_by_adequacy
    assert confirmed.decision is not None and confirmed.decision.decision.endswith("2023/1795")

    (unchecked,) = ProcessorCatalogue([_us(None)]).derived_transfers(["crm"], ON)
    assert unchecked.status is TransferStatus.ADEQUACY_NOT_CONFIRMED
    assert not unchecked.status.covered_by_adequacy and unchecked.is_transfer
    assert unchecked.status.label("en") == "adequacy only if in scope — not confirmed"
    assert "ei vahvistettu" in unchecked.status.label("fi")

    (outside,) = ProcessorCatalogue([_us(False)]).derived_transfers(["crm"], ON)
    assert outside.status is TransferStatus.THIRD_COUNTRY


def test_an_unlimited_decision_needs_no_scope_confirmation() -> None:
    swiss = r.Processor(key="ch", country="CH", processing_countries=("CH",))
    (flow,) = ProcessorCatalogue([swiss]).derived_transfers(["ch"], ON)
    assert flow.status is TransferStatus.ADEQUACY


def test_a_us_established_processor_storing_in_ireland_accesses_from_the_us() -> None:
    """EDPB Guidelines 05/2021: access from the country of establishment is a transfer."""
    storage = r.Processor(key="cloud", country="US", processing_countries=("IE",))
    (flow,) = ProcessorCatalogue([storage]).derived_transfers(["cloud"], ON)
    assert (flow.country, flow.basis) == ("US", Basis.ESTABLISHMENT)
    assert flow.status is TransferStatus.ADEQUACY_NOT_CONFIRMED


def test_a_processor_without_processing_countries_still_accesses_from_its_own() -> None:
    support = r.Processor(key="support", country="IN")
    (flow,) = ProcessorCatalogue([support]).derived_transfers(["support"], ON)
    assert (flow.country, flow.basis, flow.status) == (
        "IN",
        Basis.ESTABLISHMENT,
        TransferStatus.THIRD_COUNTRY,
    )


def test_establishment_in_a_processing_country_is_one_flow() -> None:
    both = r.Processor(key="in", country="IN", processing_countries=("IN",))
    flows = ProcessorCatalogue([both]).derived_transfers(["in"], ON)
    assert [(f.country, f.basis) for f in flows] == [("IN", Basis.PROCESSING)]


def test_chain_fi_ie_us_needs_module_two_then_three() -> None:
    """Module 2 on the leg controller→processor, module 3 on processor→sub-processor."""
    processors = [
        r.Processor(key="direct", country="US", processing_countries=("US",),
                    transfer_mechanism="scc", scc_module=2),
        r.Processor(key="ie", country="IE", processing_countries=("IE",)),
        r.Processor(key="us-sub", country="US", processing_countries=("US",), parent="ie",
                    transfer_mechanism="scc", scc_module=2),
    ]  # fmt: skip
    flows = ProcessorCatalogue(processors).derived_transfers(["direct", "ie"], ON)
    by_processor = {f.processor: f for f in flows}
    assert set(by_processor) == {"direct", "us-sub"}
    assert by_processor["direct"].module_needed == 2 and by_processor["direct"].module_fits
    sub = by_processor["us-sub"]
    assert sub.chain == ("ie", "us-sub") and sub.module_needed == 3
    assert not sub.module_fits  # recorded module 2 on a processor→sub-processor leg


def test_every_leg_of_an_art_30_2_record_needs_module_three() -> None:
    direct = r.Processor(
        key="direct", country="US", processing_countries=("US",), transfer_mechanism="scc", scc_module=3
    )
    (flow,) = ProcessorCatalogue([direct]).derived_transfers(["direct"], ON, on_behalf=True)
    assert flow.module_needed == 3 and flow.module_fits


def test_a_processor_in_us_and_gb_carries_a_mechanism_per_country() -> None:
    processor = r.Processor(
        key="global",
        country="IE",
        processing_countries=("IE", "US", "GB"),
        transfer_mechanism="adequacy",
        country_mechanisms=(
            r.CountryMechanism(
                country="US", mechanism="scc", scc_module=2, tia="TIA 2026-03", safeguards="encryption"
            ),
        ),
    )
    flows = ProcessorCatalogue([processor]).derived_transfers(["global"], ON)
    assert [(f.country, f.mechanism, f.scc_module, f.tia) for f in flows] == [
        ("US", "scc", 2, "TIA 2026-03"),
        ("GB", "adequacy", None, ""),
    ]
    assert [f.status for f in flows] == [TransferStatus.ADEQUACY_NOT_CONFIRMED, TransferStatus.ADEQUACY]


def _workspace() -> r.Workspace:
    processors = (
        r.Processor(key="payroll", name="Payroll Oy", country="FI", processing_countries=("FI",)),
        r.Processor(key="helpdesk", name="Helpdesk Inc", country="US", parent="payroll",
                    adequacy_scope=r.AdequacyScope(confirmed=True)),
        r.Processor(key="hosting", name="Hosting", country="IN", transfer_mechanism="scc", scc_module=3),
    )  # fmt: skip
    register = r.Register(
        key="hr",
        name="Personnel",
        processors=(r.ProcessorLink(processor="payroll"),),
        transfers=(
            r.Transfer(recipient="Pension insurer", country="SE"),
            r.Transfer(recipient="Helpdesk", processor="helpdesk", country="US", mechanism="adequacy"),
            r.Transfer(recipient="draft without destination"),
        ),
    )
    pob = r.ProcessingOnBehalf(
        key="clients", client=r.Client(name="Client Ltd"), subprocessors=("hosting",),
        transfers=(r.Transfer(recipient="Hosting", processor="hosting", country="IN",
                              mechanism="scc", scc_module=3),),
    )  # fmt: skip
    controller = r.Controller(key="city", name="City", registers=(register,), processing_on_behalf=(pob,))
    return r.Workspace(processors=processors, controllers=(controller,))


def test_rows_list_declared_and_derived_flows_of_registers_and_art_30_2_records() -> None:
    rows = transfer_rows(_workspace(), ON)
    summary = [
        (row.kind, row.record, row.flow.basis, row.flow.country, row.flow.chain, row.flow.status)
        for row in rows
    ]
    register, pob, status = RecordKind.REGISTER, RecordKind.PROCESSING_ON_BEHALF, TransferStatus
    assert summary == [
        (register, "hr", Basis.DECLARED, "SE", (), status.NOT_A_TRANSFER),
        (register, "hr", Basis.DECLARED, "US", ("helpdesk",), status.ADEQUACY),
        (register, "hr", Basis.ESTABLISHMENT, "US", ("payroll", "helpdesk"), status.ADEQUACY),
        (pob, "clients", Basis.DECLARED, "IN", ("hosting",), status.THIRD_COUNTRY),
        (pob, "clients", Basis.ESTABLISHMENT, "IN", ("hosting",), status.THIRD_COUNTRY),
    ]
    declared_us = rows[1].flow
    assert declared_us.module_needed == 3  # helpdesk is a sub-processor, not engaged by the register
    assert rows[0].name == "Personnel" and rows[3].name == "Client Ltd"
    assert all(row.flow.module_needed == 3 for row in rows[3:])
    assert not rows[0].flow.is_transfer and rows[1].flow.is_transfer


def test_aland_and_the_outermost_regions_are_not_third_countries() -> None:
    processor = r.Processor(key="ax", country="AX", processing_countries=("AX", "RE", "GF"))
    assert ProcessorCatalogue([processor]).derived_transfers(["ax"], ON) == []
    for code in ("AX", "GF", "GP", "MQ", "RE", "YT", "MF"):
        assert country_status(code, ON).status is CountryStatus.EEA, code


def test_the_uk_in_spring_2021_was_under_the_interim_provision() -> None:
    """EU-UK TCA Art. FINPROV.10A: no transfer from 1 January to 27 June 2021."""
    standing = country_status("GB", date(2021, 3, 1))
    assert standing.status is CountryStatus.INTERIM and standing.interim is not None
    assert "FINPROV.10A" in standing.interim.instrument
    london = r.Processor(key="gb", country="GB", processing_countries=("GB",))
    assert ProcessorCatalogue([london]).derived_transfers(["gb"], date(2021, 3, 1)) == []
    declared = r.Register(key="g", transfers=(r.Transfer(recipient="London office", country="GB"),))
    ws = r.Workspace(controllers=(r.Controller(key="c", registers=(declared,)),))
    (row,) = transfer_rows(ws, date(2021, 3, 1))
    assert row.flow.status is TransferStatus.NOT_A_TRANSFER and not row.flow.is_transfer
    assert country_status("GB", date(2021, 6, 28)).status is CountryStatus.ADEQUACY
    assert country_status("GI", date(2021, 3, 1)).status is CountryStatus.THIRD_COUNTRY


def test_a_2018_us_transfer_is_judged_under_privacy_shield() -> None:
    (flow,) = ProcessorCatalogue([_us(True)]).derived_transfers(["crm"], date(2018, 5, 25))
    assert flow.status is TransferStatus.ADEQUACY
    assert flow.decision is not None and flow.decision.decision.endswith("2016/1250")
    (after_schrems_ii,) = ProcessorCatalogue([_us(True)]).derived_transfers(["crm"], date(2021, 1, 1))
    assert after_schrems_ii.status is TransferStatus.THIRD_COUNTRY and after_schrems_ii.decision is None
    (safe_harbour,) = ProcessorCatalogue([_us(True)]).derived_transfers(["crm"], date(2010, 1, 1))
    assert safe_harbour.decision is not None and "2000/520" in safe_harbour.decision.decision


def test_a_transfer_to_the_european_patent_organisation_is_covered_by_adequacy() -> None:
    declared = r.Register(
        key="ip", transfers=(r.Transfer(recipient="EPO", country="intl:epo", mechanism="adequacy"),)
    )
    ws = r.Workspace(controllers=(r.Controller(key="c", registers=(declared,)),))
    (row,) = transfer_rows(ws, ON)
    assert row.flow.status is TransferStatus.ADEQUACY and row.flow.status.covered_by_adequacy

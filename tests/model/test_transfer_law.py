"""The law's own cases for flows leaving the EEA: scope, establishment, modules, mechanisms per country."""

from __future__ import annotations

from datetime import date

from ropa.model import records as r
from ropa.model.transfers import (
    Basis,
    ProcessorCatalogue,
    RecordKind,
    TransferStatus,
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

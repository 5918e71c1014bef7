"""The dashboard's numbers for a workspace whose every number is known by hand."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from typing import Any

from ropa.model import records as r
from ropa.model.checks import Severity, run_checks
from ropa.model.checks.completeness import register_items
from ropa.model.checks.summary import ADEQUACY, NO_MECHANISM, dashboard, field_text

ON = date(2026, 11, 25)


def _register(key: str, **changes: Any) -> r.Register:
    clean = r.Register(
        key=key,
        name=key.title(),
        status="active",
        purposes=(r.Purpose(description="Paying salaries", legal_basis="art6-1-b"),),
        data_subject_categories=("employees",),
        data_categories=(r.DataCategory(name="bank account", retention="6 years"),),
        recipients=(r.Recipient(name="Tax administration"),),
        retention="6 years after employment ends",
        security_measures=r.SecurityMeasures(electronic="MFA, encryption"),
        automated_decision_making=r.AutomatedDecisionMaking(used=False),
        dpia=r.Dpia(status="not_required"),
        next_review=date(2027, 6, 1),
    )
    return dataclasses.replace(clean, **changes)


PROCESSORS = (
    r.Processor(
        key="us",
        name="US Cloud",
        country="US",
        processing_countries=("US",),
        transfer_mechanism="scc",
        scc_module=2,
        tia="TIA 2026",
        representative=r.Representative(name="Rep"),
    ),
)


def _workspace() -> r.Workspace:
    acme = r.Controller(
        key="acme",
        name="Acme Oy",
        address="Street 1",
        country="FI",
        email="privacy@acme.example",
        dpo=r.Person(name="Dana"),
        registers=(
            _register("payroll"),
            _register(  # two items incomplete: purposes (no basis) and recipients; review overdue
                "crm",
                purposes=(r.Purpose(description="Selling"),),
                recipients=(),
                next_review=ON - timedelta(days=10),
            ),
            _register("old", status="retired", recipients=(), next_review=ON - timedelta(days=400)),
        ),
    )
    beta = r.Controller(
        key="beta",
        name="Beta Oy",
        address="Road 2",
        country="FI",
        email="dpo@beta.example",
        dpo=r.Person(name="Bo"),
        registers=(
            _register(  # a transfer to the US through a processor under SCC; review coming up
                "hosting",
                processors=(r.ProcessorLink(processor="us", agreement="DPA with sub-processor list"),),
                transfers_statement="Data is stored in the US under SCC",
                next_review=ON + timedelta(days=30),
            ),
            _register(  # declared transfers: India without a mechanism, Switzerland on adequacy
                "support",
                purposes=(
                    r.Purpose(description="Helping customers", legal_basis="art6-1-b"),
                    r.Purpose(description="Quality", legal_basis="art6-1-f", legitimate_interest="Quality"),
                ),
                transfers=(r.Transfer(country="IN"), r.Transfer(country="CH")),
                next_review=ON + timedelta(days=90),
            ),
        ),
    )
    return r.Workspace(processors=PROCESSORS, controllers=(acme, beta))


def test_numbers_across_all_controllers() -> None:
    workspace = _workspace()
    board = dashboard(workspace, ON)
    items = len(register_items())
    assert board.registers == 4  # the retired register is not scored
    by_key = {s.key: s for s in board.scores}
    assert set(by_key) == {"payroll", "crm", "hosting", "support"}
    assert (by_key["crm"].complete, by_key["crm"].items) == (items - 2, items)
    assert all(by_key[k].complete == items for k in ("payroll", "hosting", "support"))
    assert board.scores[0].key == "crm"  # least complete first
    assert board.complete_registers == 3
    assert abs(board.overall - (3 + (items - 2) / items) / 4) < 1e-9
    assert [(c.key, c.registers) for c in board.controllers] == [("acme", 2), ("beta", 2)]
    assert abs(board.controllers[0].share - (1 + (items - 2) / items) / 2) < 1e-9
    assert board.controllers[1].share == 1.0

    findings = run_checks(workspace, ON)
    assert board.findings == tuple(findings)
    for severity in Severity:
        assert board.count(severity) == sum(1 for f in findings if f.severity is severity)
    assert board.count(Severity.ERROR) >= 3  # crm: basis, recipients; support: India without mechanism

    assert [(v.key, v.due) for v in board.overdue] == [("crm", ON - timedelta(days=10))]
    assert [(v.key, v.due) for v in board.upcoming] == [("hosting", ON + timedelta(days=30))]

    destinations = {d.country: d for d in board.destinations}
    assert set(destinations) == {"US", "IN", "CH"}
    assert destinations["US"].mechanisms == (("scc", 1),)
    assert destinations["IN"].mechanisms == ((NO_MECHANISM, 1),)
    assert destinations["CH"].mechanisms == ((ADEQUACY, 1),)
    assert all(d.records == 1 for d in board.destinations)

    # payroll, hosting: contract; crm: none recorded; support: contract and legitimate interests
    assert board.legal_bases == (("art6-1-b", 3), ("", 1), ("art6-1-f", 1))


def test_one_controller_leaves_out_the_others() -> None:
    workspace = _workspace()
    only = dataclasses.replace(workspace, controllers=(workspace.controllers[1],))
    board = dashboard(only, ON, controller="beta")
    assert board.controller == "beta"
    assert board.registers == 2 and board.overall == 1.0
    assert {f.controller for f in board.findings} == {"beta"}
    assert board.overdue == () and [v.key for v in board.upcoming] == ["hosting"]
    assert [d.country for d in board.destinations] == sorted(d.country for d in board.destinations)


def test_field_text_names_the_field_in_both_languages() -> None:
    board = dashboard(_workspace(), ON)
    basis = next(f for f in board.findings if f.rule.id == "missing-purpose-legal-basis")
    assert basis.path == "purposes[0].legal_basis"
    assert field_text(basis, "en") == "Purposes 1 › Legal basis"
    assert field_text(basis, "fi") == "Käsittelyn tarkoitukset 1 › Oikeusperuste"


def test_flows_seen_by_the_checks_give_the_same_destinations() -> None:
    workspace = _workspace()
    fresh = dashboard(workspace, ON, findings=run_checks(workspace, ON))  # flows worked out again
    assert dashboard(workspace, ON) == fresh

"""Every compliance rule: a record that triggers it, and a complete one that triggers nothing."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from ropa.model import records as r
from ropa.model.checks import Severity, documented_rules, run_checks
from ropa.model.checks.completeness import REQUIRED
from ropa.model.checks.engine import RULES, rule
from ropa.reference import reference

ON = date(2026, 11, 25)


def _register(**changes: Any) -> r.Register:
    clean = r.Register(
        key="payroll",
        name="Payroll",
        status="active",
        purposes=(r.Purpose(description="Paying salaries", legal_basis="art6-1-b"),),
        data_subject_categories=("employees",),
        data_categories=(r.DataCategory(name="bank account", retention="6 years"),),
        recipients=(r.Recipient(name="Tax administration"),),
        retention="6 years after employment ends",
        processors=(r.ProcessorLink(processor="eu", agreement="DPA 2024 incl. sub-processor list"),),
        security_measures=r.SecurityMeasures(electronic="MFA, encryption"),
        automated_decision_making=r.AutomatedDecisionMaking(used=False),
        dpia=r.Dpia(status="not_required"),
        next_review=date(2027, 6, 1),
    )
    return dataclasses.replace(clean, **changes)


def _controller(**changes: Any) -> r.Controller:
    clean = r.Controller(
        key="acme",
        name="Acme Oy",
        business_id="1234567-8",
        address="Street 1, Helsinki",
        country="FI",
        email="privacy@acme.example",
        public_authority=False,
        dpo=r.Person(name="Dana DPO"),
        registers=(_register(),),
    )
    return dataclasses.replace(clean, **changes)


PROCESSORS = (
    r.Processor(key="eu", name="EU Hosting", country="FI", processing_countries=("FI",)),
    r.Processor(key="us", name="US Cloud", country="US", processing_countries=("US",),
                transfer_mechanism="scc", scc_module=2, tia="TIA 2026",
                representative=r.Representative(name="Rep")),
)  # fmt: skip


def _workspace(
    controller: r.Controller | None = None, processors: tuple[r.Processor, ...] = PROCESSORS
) -> r.Workspace:
    return r.Workspace(processors=processors, controllers=(controller or _controller(),))


def _with(register: r.Register) -> r.Workspace:
    return _workspace(_controller(registers=(register,)))


def _fired(workspace: r.Workspace, on: date = ON) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for finding in run_checks(workspace, on):
        found.setdefault(finding.rule.id, []).append(finding.path)
    return found


def test_a_complete_record_has_no_findings() -> None:
    assert _fired(_workspace()) == {}


def _us_link(**changes: Any) -> r.Register:
    return _register(processors=(r.ProcessorLink(processor="us", agreement="DPA", **changes),))


def _us(**changes: Any) -> tuple[r.Processor, ...]:
    return (PROCESSORS[0], dataclasses.replace(PROCESSORS[1], **changes))


def _transfer(**changes: Any) -> r.Register:
    transfer = r.Transfer(recipient="Partner", country="IN", mechanism="scc", scc_module=1, tia="TIA")
    return _register(transfers=(dataclasses.replace(transfer, **changes),))


CASES: dict[str, tuple[Callable[[], r.Workspace], str]] = {
    "public-authority-without-dpo": (
        lambda: _workspace(_controller(public_authority=True, dpo=r.Person())),
        "dpo.name",
    ),
    "art30-5-still-required": (
        lambda: _with(_register(
            data_categories=(r.DataCategory(name="health", special="health", retention="10 y"),),
            special_category_conditions=("art9-2-h",),
        )),
        "data_categories",
    ),
    "legitimate-interest-not-described": (
        lambda: _with(_register(purposes=(r.Purpose(description="Marketing", legal_basis="art6-1-f"),))),
        "purposes[0].legitimate_interest",
    ),
    "public-authority-legitimate-interests": (
        lambda: _workspace(_controller(public_authority=True, registers=(_register(
            purposes=(r.Purpose(description="x", legal_basis="art6-1-f", legitimate_interest="y"),)
        ),))),
        "purposes[0].legal_basis",
    ),
    "special-category-without-condition": (
        lambda: _with(_register(
            data_categories=(r.DataCategory(name="diagnosis", special="health", retention="y"),))),
        "data_categories[0].special",
    ),
    "criminal-data-without-basis": (
        lambda: _with(_register(
            data_categories=(r.DataCategory(name="record", special="criminal", retention="y"),))),
        "criminal_data_basis",
    ),
    "automated-decisions-not-described": (
        lambda: _with(_register(automated_decision_making=r.AutomatedDecisionMaking(used=True))),
        "automated_decision_making.description",
    ),
    "transfer-without-mechanism": (lambda: _with(_transfer(mechanism=None, scc_module=None)), "transfers[0]"),
    "adequacy-without-decision": (
        lambda: _with(_transfer(mechanism="adequacy", scc_module=None)), "transfers[0]"),
    "adequacy-scope-not-confirmed": (
        lambda: _workspace(_controller(registers=(_us_link(),)),
                           _us(transfer_mechanism="adequacy", scc_module=None)),
        "processors[0]",
    ),
    "adequacy-scope-stale": (
        lambda: _workspace(_controller(registers=(_us_link(),)), _us(
            transfer_mechanism="adequacy", scc_module=None,
            adequacy_scope=r.AdequacyScope(confirmed=True, checked_on=date(2025, 1, 1)),
        )),
        "processors[0]",
    ),
    "transfer-without-tia": (lambda: _with(_transfer(tia="")), "transfers[0]"),
    "scc-module-mismatch": (
        lambda: _workspace(_controller(registers=(_us_link(),)), _us(scc_module=3)),
        "processors[0]",
    ),
    "compelling-interests-without-safeguards": (
        lambda: _with(_transfer(mechanism="compelling_legitimate_interests", scc_module=None, tia="")),
        "transfers[0]",
    ),
    "derogation-for-regular-transfer": (
        lambda: _workspace(_controller(registers=(_us_link(),)), _us(
            transfer_mechanism="derogation-49-1-a", scc_module=None, tia=""
        )),
        "processors[0]",
    ),
    "statement-denies-derived-transfers": (
        lambda: _workspace(_controller(registers=(dataclasses.replace(
            _us_link(), transfers_statement="Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle."
        ),))),
        "transfers_statement",
    ),
    "transfer-statement-unspecific": (
        lambda: _with(_register(transfers_statement="Transfers only where technically necessary.")),
        "transfers_statement",
    ),
    "sub-processor-not-in-agreement": (
        lambda: _workspace(
            _controller(registers=(
                _register(processors=(r.ProcessorLink(processor="eu", agreement="DPA 2024"),)),)),
            (PROCESSORS[0], dataclasses.replace(PROCESSORS[1], parent="eu", scc_module=3)),
        ),
        "processors[0].agreement",
    ),
    "processor-representative-missing": (
        lambda: _workspace(processors=_us(representative=None)),
        "representative",
    ),
    "dpia-criteria-without-dpia": (
        lambda: _with(_register(dpia=r.Dpia(criteria=("large_scale", "vulnerable_subjects"),
                                            status="required"))),
        "dpia.status",
    ),
    "dpia-finnish-list": (
        lambda: _with(_register(
            data_categories=(r.DataCategory(name="GPS location", retention="1 y"),),
            dpia=r.Dpia(criteria=("systematic_monitoring",), status="not_assessed"),
        )),
        "dpia.status",
    ),
    "review-not-scheduled": (lambda: _with(_register(next_review=None)), "next_review"),
    "review-overdue": (lambda: _with(_register(next_review=date(2026, 1, 1))), "next_review"),
    "public-authority-derogation": (
        lambda: _workspace(_controller(public_authority=True, registers=(
            _transfer(mechanism="derogation-49-1-a", scc_module=None, tia=""),))),
        "transfers[0]",
    ),
    "retired-register-linked": (lambda: _with(_register(status="retired")), "processors"),
}  # fmt: skip


@pytest.mark.parametrize("rule_id", sorted(CASES))
def test_each_rule_fires_where_it_should(rule_id: str) -> None:
    build, path = CASES[rule_id]
    fired = _fired(build())
    assert path in fired.get(rule_id, []), fired


def test_every_rule_outside_the_families_has_a_case() -> None:
    family = {rule.id for rule in REQUIRED.values()}
    special = {"reference-data-old"}  # depends on the date: its own test
    ids = {rule.id for rule in documented_rules()} - family - special
    own = {rid for rid in ids if not rid.endswith("-30-2")}
    assert own == set(CASES)


def test_a_retired_register_is_never_overdue() -> None:
    fired = _fired(_with(_register(status="retired", next_review=date(2020, 1, 1), processors=())))
    assert "review-overdue" not in fired and "review-not-scheduled" not in fired


def test_adequacy_scope_confirmed_recently_is_clean() -> None:
    processors = _us(
        transfer_mechanism="adequacy",
        scc_module=None,
        adequacy_scope=r.AdequacyScope(confirmed=True, checked_on=date(2026, 10, 1)),
    )
    assert _fired(_workspace(_controller(registers=(_us_link(),)), processors)) == {}


def test_reference_data_older_than_a_year_is_reported() -> None:
    verified = max(d.verified_on for d in reference().adequacy)
    assert "reference-data-old" not in _fired(_workspace(), verified)
    later = date(verified.year + 1, verified.month, verified.day + 1 if verified.day < 28 else 1)
    assert _fired(_workspace(), later)["reference-data-old"] == [""]


def _blank(record: Any, field: str) -> Any:
    value = getattr(record, field)
    empty: Any = None if value is None or isinstance(value, (bool, int, date)) else type(value)()
    if isinstance(value, str) and field in ("status", "legal_basis"):
        empty = None
    return dataclasses.replace(record, **{field: empty})


@pytest.mark.parametrize(
    ("record", "field", "rule_id"),
    [
        ("controller", "name", "missing-controller-name"),
        ("controller", "email", "missing-controller-email"),
        ("register", "name", "missing-register-name"),
        ("register", "purposes", "missing-register-purposes"),
        ("register", "data_subject_categories", "missing-register-data-subject-categories"),
        ("register", "recipients", "missing-register-recipients"),
        ("register", "status", "missing-register-status"),
    ],
)
def test_required_fields_of_the_catalogue_are_reported_when_empty(
    record: str, field: str, rule_id: str
) -> None:
    controller = _controller()
    if record == "controller":
        controller = _blank(controller, field)
    else:
        controller = dataclasses.replace(controller, registers=(_blank(_register(), field),))
    assert _fired(_workspace(controller)) == {rule_id: [field]}


def test_nested_required_fields_carry_their_path() -> None:
    register = _register(purposes=(r.Purpose(description="Paying"), r.Purpose(legal_basis="art6-1-c")))
    fired = _fired(_with(register))
    assert fired == {
        "missing-purpose-legal-basis": ["purposes[0].legal_basis"],
        "missing-purpose-description": ["purposes[1].description"],
    }


def test_retention_per_data_category_stands_for_the_overall_period() -> None:
    assert "missing-register-retention" not in _fired(_with(_register(retention="")))
    uncovered = _register(retention="", data_categories=(r.DataCategory(name="x"),))
    assert _fired(_with(uncovered))["missing-register-retention"] == ["retention"]


def test_an_art_30_2_record_gets_its_own_transfer_findings() -> None:
    pob = r.ProcessingOnBehalf(
        key="client-payroll",
        client=r.Client(name="Client Oy"),
        categories_of_processing="payroll",
        security_measures="MFA",
        subprocessors=("us",),
    )
    processors = _us(scc_module=2)
    fired = _fired(_workspace(_controller(processing_on_behalf=(pob,)), processors))
    assert fired == {"scc-module-mismatch-30-2": ["subprocessors"]}


def test_severity_of_where_possible_items_is_a_warning() -> None:
    by_id = {rule.id: rule for rule in RULES}
    assert by_id["missing-register-retention"].severity is Severity.WARNING  # 30(1)(f) "where possible"
    assert by_id["missing-register-recipients"].severity is Severity.ERROR  # 30(1)(d)
    assert by_id["transfer-without-mechanism"].severity is Severity.ERROR


def test_messages_are_worded_in_both_languages() -> None:
    build, _ = CASES["legitimate-interest-not-described"]
    (finding,) = run_checks(build(), ON)
    assert finding.message("en").startswith("Purpose 1 rests on legitimate interests")
    assert finding.message("fi").startswith("Tarkoitus 1 perustuu oikeutettuun etuun")
    assert finding.subject == "register" and finding.controller == "acme" and finding.record == "payroll"


def test_a_rule_id_cannot_be_declared_twice() -> None:
    with pytest.raises(ValueError, match="declared twice"):
        rule("review-overdue", Severity.INFO, "5(2)", "x", "y")(lambda check: [])


def test_the_readme_lists_every_rule() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    missing = [r.id for r in documented_rules() if not r.id.endswith("-30-2") and f"`{r.id}`" not in readme]
    assert missing == []


def test_a_general_authorisation_or_a_named_sub_processor_satisfies_art_28_2() -> None:
    processors = (PROCESSORS[0], dataclasses.replace(PROCESSORS[1], parent="eu", scc_module=3))
    for agreement in (
        "DPA 2024, general written authorisation",
        "DPA, annex 2: US Cloud",
        "Sopimus; alikäsittelijäluettelo",
    ):
        register = _register(processors=(r.ProcessorLink(processor="eu", agreement=agreement),))
        assert _fired(_workspace(_controller(registers=(register,)), processors)) == {}, agreement

"""The one way a field path is named to people: labels, list positions from 1, " › " between steps."""

from __future__ import annotations

from datetime import date

import pytest

from ropa.model import records as r
from ropa.model.checks import run_checks
from ropa.model.checks.summary import field_text
from ropa.model.field_path import field_place, field_words
from ropa.model.validate import parse_path, validate_record


@pytest.mark.parametrize(
    ("path", "en", "fi"),
    [
        ("purposes[0].legal_basis", "Purposes 1 › Legal basis", "Käsittelyn tarkoitukset 1 › Oikeusperuste"),
        ("systems[2]", "Systems 3", "Järjestelmät 3"),  # a list of texts, not only of records
        ("transfers[1].scc_module", "Transfers 2 › SCC module", "Siirrot 2 › Vakiolausekemoduuli"),
        ("transfers", "Transfers", "Siirrot"),  # the list itself, no position
        (
            "dpia.status",
            "Impact assessment › DPIA status",
            "Vaikutustenarviointi › Vaikutustenarvioinnin tila",
        ),
        ("", "", ""),  # the whole record
    ],
)
def test_list_positions_and_nested_records(path: str, en: str, fi: str) -> None:
    assert field_words(r.Register, path, "en") == en
    assert field_words(r.Register, path, "fi") == fi
    assert field_words(r.Register, parse_path(path), "en") == en  # parsed steps read the same


def test_deeper_nesting_from_the_workspace() -> None:
    path = ("controllers", 0, "registers", 11, "data_categories", 1, "retention")
    assert (
        field_words(r.Workspace, path)
        == "Controllers 1 › Registers 12 › Categories of personal data 2 › Retention"
    )


def test_unknown_names_are_kept_and_positions_after_them_stay_numbers() -> None:
    assert field_words(r.Register, "nope[3].x") == "nope › 4 › x"
    assert field_words(r.Register, "purposes[1].nope.legal_basis") == "Purposes 2 › nope › legal_basis"
    assert field_words(r.Register, "extensions.tool[0]", "fi") == "Laajennukset › tool › 1"
    assert field_words(None, "registers[3].key") == "registers › 4 › key"  # no record to name them


def test_a_workspace_finding_has_no_record_and_no_field() -> None:
    findings = run_checks(r.Workspace(), date(2099, 1, 1))  # the reference data is long out of date
    old = next(f for f in findings if f.rule.id == "reference-data-old")
    assert old.subject == "workspace" and old.path == ""
    assert field_text(old, "en") == "" and field_text(old, "fi") == ""


def test_a_finding_in_a_list_item() -> None:
    register = r.Register(key="g", name="G", purposes=(r.Purpose(description="a"),))
    controller = r.Controller(key="c", name="C", registers=(register,))
    findings = run_checks(r.Workspace(controllers=(controller,)), date(2026, 11, 25))
    basis = next(f for f in findings if f.rule.id == "missing-purpose-legal-basis")
    assert field_text(basis, "en") == "Purposes 1 › Legal basis"


def test_a_validation_problem_in_a_text_list_item() -> None:
    register = r.Register(key="g", name="G", systems=("CRM", "HR", "bad\x00"))
    [problem] = validate_record(register)
    assert field_words(r.Register, problem.path) == "Systems 3"


def test_the_place_a_path_ends_at() -> None:
    item = field_place(r.Register, "transfers[1]")
    assert item.record is r.Transfer and item.spec is not None and item.spec.name == "transfers"
    inner = field_place(r.Register, "transfers[1].country")
    assert inner.record is None and inner.spec is not None and inner.spec.name == "country"
    whole = field_place(r.Register, "")
    assert whole.record is r.Register and whole.spec is None
    assert field_place(r.Register, "extensions.x").spec is None

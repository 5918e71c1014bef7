"""What the review dialog builds on, without Qt: fields with their sentences, a typed value put in
its place, another controller, and only the accepted drafts in the document."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ropa.io.interchange import read_document
from ropa.io.notice_import import (
    ControllerMatch,
    ImportPlan,
    accepted,
    field_kind,
    plan_import,
    read_notice,
    review_fields,
    with_controller,
    with_value,
)
from ropa.io.notice_import.review import choices, value_at
from ropa.model import records as r
from ropa.model.fields import Kind

NOTICES = Path(__file__).parents[2] / "fixtures" / "notices"


@pytest.fixture(scope="module")
def plan() -> ImportPlan:
    drafts = [read_notice(NOTICES / "kemi_numbered.txt"), read_notice(NOTICES / "imatra_headings.html")]
    return plan_import(drafts, r.Workspace())


def test_every_field_shown_points_at_its_sentence(plan: ImportPlan) -> None:
    draft = plan.placements[0].draft
    fields = {f.path: f for f in review_fields(draft, "fi")}
    assert fields["register.retention"].label == "Säilytysaika"
    assert [draft.quote(s) for s in fields["controller.dpo.email"].spans] == ["tietosuojavastaava@kemi.fi"]
    # a purpose read as one list item: its description points at the item's sentence
    description = fields["register.purposes[0].description"]
    assert [draft.quote(s) for s in description.spans] == [
        draft.quote(draft.provenance["register.purposes[0]"][0])
    ]
    assert description.value in draft.quote(description.spans[0])
    assert all(f.spans for f in fields.values())


def test_field_kinds() -> None:
    assert field_kind("register.retention") is Kind.TEXT
    assert field_kind("register.systems") is Kind.TEXTS
    assert field_kind("register.purposes[2].legal_basis") is Kind.CODE
    assert field_kind("controller.dpo.email") is Kind.TEXT
    assert field_kind("register.last_reviewed") is Kind.DATE


def test_a_typed_value_goes_where_its_path_says(plan: ImportPlan) -> None:
    edited = with_value(plan, 0, "register.purposes[1].description", "  Palautteen kerääminen  ")
    edited = with_value(edited, 0, "register.systems", "WordPress\n\n Microsoft Forms \n")
    edited = with_value(edited, 0, "controller.dpo.name", "Maija Meikäläinen")
    edited = with_value(edited, 0, "register.last_reviewed", "2026-05-01")
    register = edited.placements[0].draft.register
    assert register.purposes[1].description == "Palautteen kerääminen"
    assert register.purposes[0] == plan.placements[0].draft.register.purposes[0]
    assert register.systems == ("WordPress", "Microsoft Forms")
    assert register.last_reviewed == date(2026, 5, 1)
    assert edited.placements[0].draft.controller.dpo.name == "Maija Meikäläinen"
    assert edited.placements[1] == plan.placements[1]
    assert plan.placements[0].draft.register.systems != register.systems  # the plan itself is unchanged
    with pytest.raises(ValueError):
        with_value(plan, 0, "register.last_reviewed", "yesterday")
    chosen = with_value(plan, 0, "register.purposes[0].legal_basis", "art6-1-a")
    assert chosen.placements[0].draft.register.purposes[0].legal_basis == "art6-1-a"
    cleared = with_value(chosen, 0, "register.purposes[0].legal_basis", "")
    assert cleared.placements[0].draft.register.purposes[0].legal_basis is None
    flagged = with_value(plan, 0, "register.automated_decision_making.used", "yes")
    assert flagged.placements[0].draft.register.automated_decision_making.used is True
    with pytest.raises(ValueError):
        with_value(plan, 0, "register.purposes[0].legal_basis", "consent")  # a label, not a code
    with pytest.raises(ValueError):
        with_value(plan, 0, "register.recipients[0].country", "FI")  # a country: the editor's picker


def test_choices_offer_the_bases_the_notice_names_first(plan: ImportPlan) -> None:
    draft = plan.placements[0].draft
    offered = choices(draft, "register.purposes[0].legal_basis", "en")
    assert [code for code, _label in offered][: len(draft.legal_bases_named)] == list(draft.legal_bases_named)
    assert ("art6-1-a", "consent") in offered and len({c for c, _ in offered}) == len(offered)
    assert choices(draft, "register.automated_decision_making.used", "fi") == [("yes", "kyllä"), ("no", "ei")]
    assert value_at(draft, "register.purposes[0].legal_basis") == "art6-1-e"


def test_only_the_accepted_drafts_are_in_the_document(plan: ImportPlan) -> None:
    existing = r.Controller(key="imatra", name="Imatran Lämpö Oy")
    workspace = r.Workspace(controllers=(existing,))
    moved = with_controller(plan, 1, ControllerMatch("chosen", "imatra", existing.name), workspace)
    assert accepted(moved, []).document()["controllers"] == []
    only_imatra = accepted(moved, [1])
    assert [c.key for c in only_imatra.existing] == ["imatra"]
    records = read_document(only_imatra.document(), "test")
    [controller] = records.controllers
    assert controller.key == "imatra" and [reg.status for reg in controller.registers] == ["draft"]
    only_kemi = read_document(accepted(moved, [0]).document(), "test")
    assert [c.name for c in only_kemi.controllers] == ["Kemin kaupunginhallitus"]

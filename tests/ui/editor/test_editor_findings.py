"""The compliance checks shown at the fields: paths, levels, item-level findings, standings."""

from __future__ import annotations

from datetime import date

from editor_support import PROCESSORS

from ropa.model import records as r
from ropa.ui.editor import RegisterEditor
from ropa.ui.editor.context import standing_text
from ropa.ui.editor.findings import parse_path
from ropa.ui.editor.form import ListEditor
from ropa.ui.editor.marks import Severity


def test_finding_paths_become_editor_paths() -> None:
    assert parse_path("purposes[0].legal_basis") == ("purposes", 0, "legal_basis")
    assert parse_path("transfers[12]") == ("transfers", 12)
    assert parse_path("dpia.status") == ("dpia", "status")
    assert parse_path("") == ()


def test_standing_on_a_date() -> None:
    assert standing_text("FI", date(2026, 1, 1), "en") == "EEA"
    assert standing_text("GB", date(2021, 3, 1), "en") == "no transfer (interim provision)"
    assert standing_text("GB", date(2026, 1, 1), "en") == "adequacy"
    assert standing_text("US", date(2026, 1, 1), "en") == "adequacy, limited scope"
    assert standing_text("US", date(2026, 1, 1), "en", full=True).startswith(
        "adequacy decision (EU) 2023/1795: Only"
    )
    assert standing_text("US", date(2019, 1, 1), "en") == "adequacy, limited scope"  # Privacy Shield
    assert standing_text("US", date(2021, 1, 1), "en") == "third country"
    assert standing_text("RU", date(2026, 1, 1), "en") == "third country"


def test_a_finding_about_a_list_item_is_shown_on_its_row_and_above_its_form(make_editor) -> None:
    """A processor whose sub-processor processes in India with no mechanism: the link says so."""
    register = r.Register(key="g", name="G", processors=(r.ProcessorLink(processor="p1", agreement="DPA"),))
    editor = make_editor(RegisterEditor, register, processors=PROCESSORS)
    links = editor.form.editor("processors")
    assert isinstance(links, ListEditor)
    assert not links.table.item(0, 0).icon().isNull()
    assert links.item_message.isVisibleTo(editor)
    assert "IN (p1 → p2) has no transfer mechanism" in links.item_message.text()
    at_link = {m.severity for m in editor.marks if m.path == ("processors", 0)}
    assert Severity.GAP in at_link  # an error of the checks: shown, not blocking
    assert editor.save() is True


def test_findings_depend_on_the_controller(make_editor) -> None:
    """A public authority cannot rest its tasks on legitimate interests (Art. 6(1) second subpara.)."""
    register = r.Register(key="g", name="G", purposes=(r.Purpose(description="x", legal_basis="art6-1-f"),))
    editor = make_editor(RegisterEditor, register)
    basis = ("purposes", 0, "legal_basis")
    assert basis not in {m.path for m in editor.marks}
    editor.set_context(PROCESSORS, "en", controller=r.Controller(key="city", public_authority=True))
    assert basis in {m.path for m in editor.marks}


def test_findings_in_finnish(make_editor) -> None:
    editor = make_editor(RegisterEditor, r.Register(key="g"), lang="fi")
    name = editor.form.editor("name")
    assert name.messages == ["Rekisteri puuttuu"]

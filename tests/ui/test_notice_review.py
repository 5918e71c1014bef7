"""File › Import Privacy Notices… as a DPO uses it: read files in a worker, review each draft beside
its source text, accept / edit / discard, pick the controller, import the accepted in one go."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QPushButton

from ropa.app import Cancelled, Session
from ropa.io.interchange import read_document
from ropa.model import records as r
from ropa.ui.main_window import MainWindow
from ropa.ui.notice_review import NEW, NoticeReviewDialog, State, import_notices, read_notices
from tests.support import FIXTURES

NOTICES = FIXTURES / "notices"
KEMI = NOTICES / "kemi_numbered.txt"
IMATRA = NOTICES / "imatra_headings.html"


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    """Kemi (named "Kemin kaupunki"; its notice says "Kemin kaupunginhallitus" but gives the city's
    email) and Imatran Lämpö (its notice gives the business ID)."""
    path = tmp_path / "w.ropa"
    with Session.open(path) as ws:
        for seed in ("seed_kemi.json", "seed_imatran_lampo.json"):
            document = json.loads((FIXTURES / seed).read_text(encoding="utf-8"))
            ws.import_records(read_document(document, seed))
    return path


def _snapshot(path: Path) -> r.Workspace:
    with Session.open(path, create=False) as ws:
        return ws.snapshot()


def _registers(workspace: r.Workspace) -> dict[str, tuple[str, r.Register]]:
    return {reg.key: (c.key, reg) for c in workspace.controllers for reg in c.registers}


def _review(qtbot, window: MainWindow, files: list[Path]) -> NoticeReviewDialog:
    task = import_notices(window, files)
    assert task is not None
    qtbot.waitUntil(lambda: window.findChild(NoticeReviewDialog) is not None, timeout=60_000)
    dialog = window.findChild(NoticeReviewDialog)
    assert isinstance(dialog, NoticeReviewDialog)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def _row_of(dialog: NoticeReviewDialog, name: str) -> int:
    return next(i for i, p in enumerate(dialog.plan.placements) if Path(p.draft.source).name == name)


def _import(qtbot, window: MainWindow, dialog: NoticeReviewDialog) -> None:
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.progress_dialog is None and window.statusBar().currentMessage() != "")
    assert window.statusBar().currentMessage().startswith("Imported")


def test_accept_one_edit_a_field_discard_the_other(qtbot, make_window, workspace: Path) -> None:
    before = _registers(_snapshot(workspace))
    window = make_window(workspace)
    dialog = _review(qtbot, window, [KEMI, IMATRA])
    assert dialog.drafts.count() == 2
    kemi, imatra = _row_of(dialog, KEMI.name), _row_of(dialog, IMATRA.name)
    assert dialog.plan.placements[imatra].match.kind == "business_id"
    assert dialog.plan.placements[imatra].match.key == "imatran-lampo"
    assert dialog.plan.placements[kemi].match.kind == "email"  # kirjaamo@kemi.fi, not the name

    dialog.drafts.setCurrentRow(kemi)
    qtbot.mouseClick(dialog.discard_button, Qt.MouseButton.LeftButton)
    assert dialog.states[kemi] is State.DISCARDED
    assert dialog.current == imatra  # on to the next undecided draft
    assert not dialog.import_button.isEnabled()

    assert dialog.set_value("register.retention", "Kaksi vuotta kyselyn päättymisestä.")
    row = dialog.field_row("register.retention")
    assert dialog.fields.item(row, 1).text() == "Kaksi vuotta kyselyn päättymisestä."
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    assert dialog.states[imatra] is State.ACCEPTED
    assert dialog.import_button.text().replace("&", "") == "Import Accepted (1)"
    _import(qtbot, window, dialog)

    after = _registers(_snapshot(workspace))
    added = {k: v for k, v in after.items() if k not in before}
    assert len(added) == 1
    [(controller, register)] = added.values()
    assert controller == "imatran-lampo"
    assert register.retention == "Kaksi vuotta kyselyn päättymisestä."
    assert register.status == "draft"
    assert register.name == dialog.plan.placements[imatra].draft.register.name
    assert {c.key for c in _snapshot(workspace).controllers} == {"kemi", "imatran-lampo"}  # none new
    assert window.model.rowCount() == len(after)  # the window shows it


def test_the_controller_picker_and_a_new_controller(qtbot, make_window, workspace: Path) -> None:
    window = make_window(workspace)
    dialog = _review(qtbot, window, [KEMI, IMATRA])
    kemi, imatra = _row_of(dialog, KEMI.name), _row_of(dialog, IMATRA.name)
    dialog.drafts.setCurrentRow(kemi)
    assert dialog.controller.currentData() == "kemi"
    assert dialog.match_label.text() == "Matched by email kirjaamo@kemi.fi"
    dialog.controller.setCurrentIndex(dialog.controller.findData(NEW))
    assert "created from the notice" in dialog.match_label.text()
    dialog.set_state(State.ACCEPTED)
    dialog.drafts.setCurrentRow(imatra)
    assert dialog.match_label.text() == "Matched by business ID 2573333-1"
    dialog.controller.setCurrentIndex(dialog.controller.findData("kemi"))
    assert dialog.match_label.text() == "Chosen by you"
    dialog.set_state(State.ACCEPTED)
    _import(qtbot, window, dialog)

    after = _snapshot(workspace)
    by_key = {c.key: c for c in after.controllers}
    assert by_key["kemi"].registers[-1].name == dialog.plan.placements[imatra].draft.register.name
    assert len(by_key["imatran-lampo"].registers) == 1
    [new] = [c for k, c in by_key.items() if k not in ("kemi", "imatran-lampo")]
    assert new.name == "Kemin kaupunginhallitus" and new.address == "Valtakatu 26, 94100 Kemi"
    assert [reg.name for reg in new.registers] == ["Viestinnän ja markkinoinnin rekisteri"]
    assert new.registers[0].status == "draft"


def test_a_field_shows_the_sentence_it_came_from(qtbot, make_window, workspace: Path) -> None:
    window = make_window(workspace)
    dialog = _review(qtbot, window, [KEMI])
    text = KEMI.read_text(encoding="utf-8")
    row = dialog.field_row("register.retention")
    dialog.fields.setCurrentCell(row, 0)  # as a click on the field does
    assert dialog.highlighted() == [
        "Säilytysajat määräytyvät kaupungin tiedonohjaussuunnitelman ja Kansallisarkiston määräysten mukaan.",
        "Verkkoanalytiikan tiedot säilytetään enintään kaksi vuotta.",
    ]
    assert all(" ".join(sentence.split()) in " ".join(text.split()) for sentence in dialog.highlighted())
    cursor = dialog.source.textCursor()
    assert dialog.source.toPlainText()[cursor.position() :].startswith("Säilytysajat määräytyvät")
    dialog.choose_field("controller.dpo.email")
    assert dialog.highlighted() == ["tietosuojavastaava@kemi.fi"]
    dialog.choose_field("register.purposes[1].description")  # read with its item: the item's sentence
    assert dialog.highlighted() and "palaut" in dialog.highlighted()[0].lower()
    # a code (a legal basis) is chosen from its list, the notice's own bases first; no typing
    dialog.choose_field("register.purposes[0].legal_basis")
    assert dialog.value.isHidden() and not dialog.choice.isHidden()
    assert dialog.choice.currentData() == "art6-1-e" and dialog.choice.itemData(1) == "art6-1-e"
    # a list of countries is not typed here either: the editor has its picker
    assert not dialog.set_choice("register.data_subject_categories", "x")
    # the text no field took is listed, and shown where it stands
    assert dialog.notes.count() == len(dialog.draft().notes) > 0
    dialog.notes.setCurrentRow(1)
    assert dialog.highlighted()[0] in dialog.draft().notes[1].text
    # a bad date is refused where it was typed
    assert not dialog.set_value("register.last_reviewed", "yesterday")
    assert "date" in dialog.problem.text()
    assert dialog.set_value("register.last_reviewed", "2026-05-01")
    dialog.reject()


def test_edit_in_the_register_editor_and_choose_codes(qtbot, make_window, workspace: Path) -> None:
    before = _registers(_snapshot(workspace))
    window = make_window(workspace)
    dialog = _review(qtbot, window, [KEMI])
    editing = dialog.edit_in_editor()
    assert editing is not None
    editor = editing.editor  # type: ignore[attr-defined]
    name = editor.form.editor("name")
    name.edit.clear()
    qtbot.keyClicks(name.edit, "Tiedotus ja markkinointi")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert not editing.isVisible()
    assert dialog.draft().register.name == "Tiedotus ja markkinointi"
    assert dialog.fields.item(dialog.field_row("register.name"), 1).text() == "Tiedotus ja markkinointi"
    assert dialog.set_choice("register.purposes[1].legal_basis", "art6-1-a")
    row = dialog.field_row("register.purposes[1].legal_basis")
    assert dialog.fields.item(row, 1).text() == "consent"
    assert dialog.set_choice("register.automated_decision_making.used", "yes")
    dialog.set_state(State.ACCEPTED)
    _import(qtbot, window, dialog)
    added = [reg for k, (_c, reg) in _registers(_snapshot(workspace)).items() if k not in before]
    assert [reg.name for reg in added] == ["Tiedotus ja markkinointi"]
    [register] = added
    assert [p.legal_basis for p in register.purposes] == ["art6-1-e", "art6-1-a", "art6-1-e"]
    assert register.automated_decision_making.used is True


def test_cancel_imports_nothing(qtbot, make_window, workspace: Path) -> None:
    before = _snapshot(workspace)
    window = make_window(workspace)
    dialog = _review(qtbot, window, [KEMI, IMATRA])
    dialog.set_state(State.ACCEPTED, 0)
    dialog.set_state(State.ACCEPTED, 1)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert window.progress_dialog is None
    assert _snapshot(workspace) == before


def test_the_reading_runs_in_a_worker_that_cancel_stops(qtbot, make_window, workspace: Path) -> None:
    window = make_window(workspace)
    task = import_notices(window, [KEMI, IMATRA, KEMI])
    assert task is not None and window.progress_dialog is not None
    assert not window.import_notices_action.isEnabled()  # nothing else runs meanwhile
    window.progress_dialog.findChild(QPushButton).click()  # the user presses Cancel
    qtbot.waitUntil(lambda: window.progress_dialog is None, timeout=60_000)
    assert window.statusBar().currentMessage() == "Cancelled; nothing was changed."
    assert window.findChild(NoticeReviewDialog) is None
    assert window.import_notices_action.isEnabled()


def test_cancel_while_reading_stops_between_files(tmp_path: Path) -> None:
    class Progress:
        def __init__(self) -> None:
            self.steps: list[str] = []

        def step(self, text: str, done: int, total: int) -> None:
            self.steps.append(text)

        def cancelled(self) -> bool:
            return len(self.steps) >= 1  # Cancel pressed while the first file was read

    progress = Progress()
    with pytest.raises(Cancelled):
        read_notices([KEMI, IMATRA], r.Workspace(), progress)
    assert progress.steps == [KEMI.name]


def test_a_broken_file_is_named_and_the_others_import(
    qtbot, make_window, workspace: Path, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"this is not a PDF at all\n")
    before = _registers(_snapshot(workspace))
    window = make_window(workspace)
    dialog = _review(qtbot, window, [broken, KEMI])
    assert dialog.failures_label.isVisible()
    assert str(broken) in dialog.failures_label.text()
    assert "not a readable pdf file" in dialog.failures_label.text()
    assert dialog.drafts.count() == 2
    failed = dialog.drafts.item(1)
    assert failed.text().startswith("broken.pdf") and not failed.flags() & Qt.ItemFlag.ItemIsEnabled
    assert dialog.current == 0 and Path(dialog.draft().source).name == KEMI.name
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    _import(qtbot, window, dialog)
    added = [reg for k, (_c, reg) in _registers(_snapshot(workspace)).items() if k not in before]
    assert [reg.name for reg in added] == ["Viestinnän ja markkinoinnin rekisteri"]


def test_the_file_menu_asks_for_notices(
    qtbot, make_window, workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(workspace)
    action = window.import_notices_action
    assert action in window.file_menu.actions() and action.isEnabled()
    asked: list[str] = []

    def choose(_parent: object, _title: str, _folder: str, filters: str) -> tuple[list[str], str]:
        asked.append(filters)
        return [str(KEMI)], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", choose)
    action.trigger()
    qtbot.waitUntil(lambda: window.findChild(NoticeReviewDialog) is not None, timeout=60_000)
    assert all(suffix in asked[0] for suffix in ("*.txt", "*.docx", "*.pdf", "*.html"))
    dialog = window.findChild(NoticeReviewDialog)
    assert isinstance(dialog, NoticeReviewDialog)
    assert dialog.drafts.count() == 1
    dialog.reject()


def test_the_menu_waits_for_a_workspace(make_window) -> None:
    window = make_window(None)
    assert not window.import_notices_action.isEnabled()


def test_finnish(qtbot, qapp, make_window, workspace: Path) -> None:
    from ropa.ui.i18n import install_translators, remove_translators

    translators = install_translators(qapp, "fi")
    try:
        window = make_window(workspace, language="fi")
        assert window.import_notices_action.text().replace("&", "") == "Tuo tietosuojaselosteita…"
        dialog = _review(qtbot, window, [KEMI])
        assert dialog.windowTitle() == "Tuo tietosuojaselosteita"
        assert dialog.fields.item(dialog.field_row("register.retention"), 0).text() == "Säilytysaika"
        dialog.reject()
    finally:
        remove_translators(qapp, translators)

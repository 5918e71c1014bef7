"""The window of issue 7 driven like a user would, over real workspace files.

First start and its three ways in, controllers and views, the register filters, processors with
sub-processors and the transfers they imply, undo and redo from the Edit menu, deletion with
confirmation, import in a worker (and Cancel), reopening a workspace.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QPushButton, QWidget
from support import FIXTURES, workspace_text
from ui_support import set_next_review, shown_keys

from ropa.app import Session
from ropa.model import records as r
from ropa.ui import main_window as main_window_module
from ropa.ui.dialogs import ChoiceDialog, ControllerDialog, LinkDialog, ProcessorDialog, RegisterDialog
from ropa.ui.main_window import MainWindow
from ropa.ui.sidebar import View
from ropa.ui.transfers_view import TransferColumn

TODAY = date(2026, 11, 25)


class Answers:
    """QMessageBox calls recorded and answered."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.questions: list[str] = []
        self.warnings: list[tuple[str, str]] = []
        self.critical: list[tuple[str, str]] = []
        self.answer = QMessageBox.StandardButton.Yes

        def question(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
            self.questions.append(text)
            return self.answer

        def warning(_parent: object, title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
            self.warnings.append((title, text))
            return QMessageBox.StandardButton.Ok

        def critical(_parent: object, title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
            self.critical.append((title, text))
            return QMessageBox.StandardButton.Ok

        monkeypatch.setattr(QMessageBox, "question", question)
        monkeypatch.setattr(QMessageBox, "warning", warning)
        monkeypatch.setattr(QMessageBox, "critical", critical)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    return Answers(monkeypatch)


def fill_dialog(
    monkeypatch: pytest.MonkeyPatch, cls: type[QDialog], *fills: Callable[[Any], None]
) -> list[Any]:
    """Answer the next ``len(fills)`` ``cls.exec()`` calls: each fill edits the form and presses OK;
    the exec after the last one is cancelled. Returns the dialogs shown."""
    shown: list[Any] = []
    pending = list(fills)

    def exec_(dialog: Any) -> int:
        shown.append(dialog)
        if not pending:
            return QDialog.DialogCode.Rejected
        pending.pop(0)(dialog)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(cls, "exec", exec_)
    return shown


@pytest.fixture
def window(make_window, seeded_workspace: Session) -> MainWindow:
    return make_window(seeded_workspace.path, today=TODAY)


def _sidebar_click(window: MainWindow, controller: str | None, view: View | None = None) -> None:
    index = window.sidebar_model.index_of(controller, view)
    window._sidebar.setCurrentIndex(index)  # noqa: SLF001 - the user's click


def _edit_menu_texts(window: MainWindow) -> tuple[str, str]:
    window.edit_menu.aboutToShow.emit()
    return window.undo_action.text(), window.redo_action.text()


def _wait_task(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.current_task is None, timeout=30_000)


# -- first start -------------------------------------------------------------------------------------


def test_an_empty_workspace_greets_with_three_ways_in(make_window, workspace: Session) -> None:
    window = make_window(workspace.path)
    window.show()
    welcome = window.welcome_page
    assert window._stack.currentWidget() is welcome  # noqa: SLF001
    visible = [
        b.text() for b in (welcome.create_button, welcome.import_button, welcome.demo_button) if b.isVisible()
    ]
    assert visible == ["Create the first controller", "Import a file", "Open a demo workspace"]
    assert not welcome.new_button.isVisible() and not welcome.open_button.isVisible()
    assert welcome.create_button.accessibleName() == "Create the first controller"


def test_without_a_workspace_the_page_offers_to_create_or_open_one(make_window) -> None:
    window = make_window()
    window.show()
    welcome = window.welcome_page
    assert welcome.new_button.isVisible() and welcome.open_button.isVisible()
    assert not welcome.create_button.isVisible()


def test_first_start_create_the_first_controller(make_window, monkeypatch, workspace: Session) -> None:
    window = make_window(workspace.path)

    def fill(dialog: ControllerDialog) -> None:
        dialog.name_edit.setText("Kemin kaupunki")
        dialog.name_edit.textEdited.emit("Kemin kaupunki")  # as typing does: the key follows the name
        dialog.business_id_edit.setText("0193124-8")

    fill_dialog(monkeypatch, ControllerDialog, fill)
    window.welcome_page.create_button.click()  # noqa: SLF001
    assert window._stack.currentWidget() is window._main  # noqa: SLF001
    assert window.current_controller == "kemin-kaupunki"
    assert [c.name for c in window.sidebar_model.controllers()] == ["Kemin kaupunki"]
    assert workspace.get(r.Controller, "kemin-kaupunki").business_id == "0193124-8"
    assert _edit_menu_texts(window)[0] == "&Undo Create controller Kemin kaupunki"
    window.undo_action.trigger()
    assert window.sidebar_model.controllers() == [] and window._stack.currentWidget() is window.welcome_page  # noqa: SLF001


def test_first_start_import_a_file(make_window, qtbot, monkeypatch, workspace: Session) -> None:
    window = make_window(workspace.path)
    source = FIXTURES / "seed_inmics.json"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    window.welcome_page.import_button.click()  # noqa: SLF001
    _wait_task(qtbot, window)
    assert [c.key for c in window.sidebar_model.controllers()] == ["inmics"]
    assert shown_keys(window.model) == ["inmics-asiakas-markkinointi"]
    assert window._stack.currentWidget() is window._main  # noqa: SLF001


def test_first_start_open_a_demo_workspace(make_window, qtbot, monkeypatch, workspace: Session) -> None:
    monkeypatch.setattr(main_window_module, "DEMO_REGISTERS", 24)
    window = make_window(workspace.path)
    window.welcome_page.demo_button.click()  # noqa: SLF001
    _wait_task(qtbot, window)
    demo = workspace.path.parent / "demo.ropa"
    assert window.workspace is not None and window.workspace.path == demo
    assert window.windowTitle() == "demo.ropa — Ropa"
    assert window.model.total_count() == 24 and len(window.sidebar_model.controllers()) > 1
    assert workspace.register_summaries() == []  # the user's own workspace stays as it was


# -- controllers and views -----------------------------------------------------------------------


def test_switching_controllers_and_views(window: MainWindow, qtbot) -> None:
    window.show()
    assert window.current_controller is None and window.model.rowCount() == 3
    _sidebar_click(window, "inmics")
    assert window.current_controller == "inmics" and shown_keys(window.model) == [
        "inmics-asiakas-markkinointi"
    ]
    assert window.status_text() == "1 register"
    assert window.table.isColumnHidden(1)  # the controller column says nothing for one controller
    _sidebar_click(window, "inmics", View.TRANSFERS)
    assert window.current_view is View.TRANSFERS
    rows = [window.transfers_page.model.row_at(n) for n in range(window.transfers_page.model.rowCount())]
    assert {(row.flow.country, row.flow.basis.value) for row in rows} >= {
        ("US", "processing"),
        ("IN", "processing"),
    }
    assert {row.record for row in rows} >= {"inmics-asiakas-markkinointi"}
    window.activateWindow()
    window.transfers_page.table.setFocus()
    qtbot.waitUntil(window.transfers_page.table.hasFocus)
    qtbot.keyClick(window.transfers_page.table, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view is View.REGISTERS
    window.view_actions[View.DETAILS].trigger()
    assert window.controller_page.slot.key == "inmics"
    window.next_controller_action.trigger()  # the view kind stays when the controller changes
    assert window.current_view is View.DETAILS and window.current_controller != "inmics"
    window.all_action.trigger()
    assert window.current_controller is None and window.current_view is View.REGISTERS
    _sidebar_click(window, None, View.PROCESSORS)
    assert window.processors_page.model.processor_count() == 7
    assert window.status_text() == "7 processors"
    counts = window.sidebar_model
    assert counts.count("inmics", View.REGISTERS) == 1 and counts.count(None, View.REGISTERS) == 3


def test_counts_in_the_sidebar_and_status_bar(window: MainWindow) -> None:
    assert window.wait_for_facts()
    model = window.sidebar_model
    assert model.count("inmics", View.PROCESSORS) == 3  # the hosting and its two sub-processors
    assert model.count("inmics", View.TRANSFERS) == 2
    assert model.count("inmics", View.ON_BEHALF) == 1
    assert model.count(None, View.TRANSFERS) == 2 + 2 + 1  # Inmics: US, IN; Imatra: declared and RS; Kemi: US


# -- the register list ---------------------------------------------------------------------------


def test_register_filters(make_window, demo_workspace: Session) -> None:
    keys = [s.key for s in demo_workspace.register_summaries()]
    retired = next(s.key for s in demo_workspace.register_summaries() if s.status == "retired")
    for key in keys:
        set_next_review(demo_workspace, key, TODAY + timedelta(days=30))
    set_next_review(demo_workspace, keys[0], TODAY - timedelta(days=1))
    set_next_review(demo_workspace, retired, TODAY - timedelta(days=400))  # retired: never overdue
    window = make_window(demo_workspace.path, today=TODAY)
    page = window.registers_page
    page.overdue_check.setChecked(True)
    assert shown_keys(window.model) == [keys[0]] and window.status_text() == "1 of 60 registers · 1 overdue"
    page.overdue_check.setChecked(False)
    page.status_combo.setCurrentIndex(page.status_combo.findData("retired"))
    statuses = {s.key: s.status for s in demo_workspace.register_summaries()}
    assert shown_keys(window.model) and {statuses[k] for k in shown_keys(window.model)} == {"retired"}
    page.status_combo.setCurrentIndex(0)
    snapshot = demo_workspace.snapshot()
    registers = {g.key: g for c in snapshot.controllers for g in c.registers}
    page.basis_combo.setCurrentIndex(page.basis_combo.findData("art6-1-f"))
    expected = {k for k, g in registers.items() if any(p.legal_basis == "art6-1-f" for p in g.purposes)}
    assert expected and set(shown_keys(window.model)) == expected
    page.basis_combo.setCurrentIndex(0)
    page.special_check.setChecked(True)
    expected = {k for k, g in registers.items() if any(d.special for d in g.data_categories)}
    assert expected and set(shown_keys(window.model)) == expected
    page.special_check.setChecked(False)
    page.transfers_check.setChecked(True)
    derived = {k for k, f in demo_workspace.register_facts(TODAY).items() if f.derived_transfers}
    expected = {k for k, g in registers.items() if g.transfers} | derived
    assert set(shown_keys(window.model)) == expected and derived - {
        k for k, g in registers.items() if g.transfers
    }
    page.filter_edit.setText("asiakas")
    assert set(shown_keys(window.model)) == {k for k in expected if "asiakas" in registers[k].name.casefold()}
    page.clear_filters()
    assert window.model.rowCount() == 60


def test_one_edited_row_updates_without_reloading_the_list(window: MainWindow, qtbot) -> None:
    resets: list[bool] = []
    changed: list[tuple[int, int]] = []
    window.model.modelReset.connect(lambda: resets.append(True))
    window.model.dataChanged.connect(lambda a, b, *_: changed.append((a.row(), b.row())))
    key = "kemi-viestinta"
    row = window.model.row_of_key(key)
    register = window.workspace.get(r.Register, key)
    assert window.save_register(key, dataclasses.replace(register, department="Viestintä"))
    assert resets == [] and changed == [(row, row)]
    assert window.model.index(row, 2).data() == "Viestintä"


# -- processors, sub-processors and derived transfers ------------------------------------------


def test_a_sub_processor_in_a_third_country_shows_as_a_derived_transfer(
    window: MainWindow, monkeypatch
) -> None:
    window.show()
    assert window.wait_for_facts()
    window.show_view("kemi", View.PROCESSORS)

    def add_processor(dialog: ProcessorDialog) -> None:
        dialog.name_edit.setText("Pohjoisen Palvelin Oy")
        dialog.key_edit.setText("pohjoisen-palvelin")
        dialog.country_edit.setText("FI")
        dialog.countries_edit.setText("FI")

    fill_dialog(monkeypatch, ProcessorDialog, add_processor)
    window.new_processor_action.trigger()
    assert window.processors_page.current_key() == "pohjoisen-palvelin"
    window.go_to_register("kemi-viestinta")

    def link(dialog: LinkDialog) -> None:
        dialog.processor_combo.setCurrentIndex(dialog.processor_combo.findData("pohjoisen-palvelin"))
        dialog.task_edit.setText("Hosting")
        dialog.agreement_edit.setText("DPA 2026")

    fill_dialog(monkeypatch, LinkDialog, link)
    window.link_processor_action.trigger()
    assert window.model.summary_of("kemi-viestinta").processors == 4
    window.go_to_processor("pohjoisen-palvelin")

    def add_sub(dialog: ProcessorDialog) -> None:
        dialog.name_edit.setText("Chennai Support Pvt Ltd")
        dialog.key_edit.setText("chennai-support")
        dialog.country_edit.setText("IN")
        dialog.countries_edit.setText("IN")

    shown = fill_dialog(monkeypatch, ProcessorDialog, add_sub)
    window.new_subprocessor_action.trigger()
    assert shown[0].windowTitle() == "New Sub-processor"
    assert window.workspace.get(r.Processor, "chennai-support").parent == "pohjoisen-palvelin"
    assert window.model.facts_of("kemi-viestinta").derived_transfers == 2  # Microsoft's US and now India
    window.show_view("kemi", View.TRANSFERS)
    model = window.transfers_page.model
    rows = {model.row_at(n).flow.country: n for n in range(model.rowCount())}
    india = rows["IN"]
    assert (
        model.index(india, TransferColumn.CHAIN).data() == "Pohjoisen Palvelin Oy → Chennai Support Pvt Ltd"
    )
    assert model.index(india, TransferColumn.STATUS).data() == "Third country"
    assert model.index(india, TransferColumn.MECHANISM).data() == "Missing"
    assert model.index(india, TransferColumn.KIND).data() == "Processing country"
    window.transfers_page.table.selectRow(india)
    window.go_processor_action.trigger()  # jump to where it is fixed
    assert (
        window.current_view is View.PROCESSORS and window.processors_page.current_key() == "chennai-support"
    )
    users = {u.register for u in window.processors_page.model.overview.users("chennai-support")}
    assert users == {"kemi-viestinta"}
    assert _edit_menu_texts(window)[0] == "&Undo Add sub-processor Chennai Support Pvt Ltd"
    window.undo_action.trigger()
    assert window.model.facts_of("kemi-viestinta").derived_transfers == 1


def test_jump_from_a_transfer_to_its_register(window: MainWindow) -> None:
    window.show_view("imatran-lampo", View.TRANSFERS)
    table = window.transfers_page.table
    table.selectRow(0)
    window.go_register_action.trigger()
    assert window.current_view is View.REGISTERS
    assert window.registers_page.current_key() == "imatran-lampo-asiakas"
    assert window.registers_page.slot.key == "imatran-lampo-asiakas"


# -- undo and redo ------------------------------------------------------------------------------------


def test_undo_and_redo_from_the_edit_menu_name_the_change(window: MainWindow) -> None:
    key = "kemi-viestinta"
    name = "Viestinnän ja markkinoinnin tietosuojaseloste"
    register = window.workspace.get(r.Register, key)
    changed = dataclasses.replace(register, purposes=register.purposes[:1])
    assert window.save_register(key, changed)
    assert _edit_menu_texts(window) == (f"&Undo Change purposes of {name}", "&Redo")
    window.show_view(None, View.PROCESSORS)  # undo survives switching views
    window.undo_action.trigger()
    assert window.workspace.get(r.Register, key).purposes == register.purposes
    assert _edit_menu_texts(window) == ("&Undo", f"&Redo Change purposes of {name}")
    window.redo_action.trigger()
    assert window.workspace.get(r.Register, key).purposes == changed.purposes
    assert QKeySequence(QKeySequence.StandardKey.Undo) in window.undo_action.shortcuts()


def test_register_commands_are_undoable(window: MainWindow, monkeypatch, answers: Answers) -> None:
    ws = window.workspace
    before = workspace_text(ws)
    window.go_to_register("kemi-viestinta")
    window.duplicate_register_action.trigger()
    assert window.registers_page.current_key() == "kemi-viestinta-copy"
    fill_dialog(monkeypatch, ChoiceDialog, lambda d: d.list.setCurrentRow(d.list.count() - 1))
    window.move_register_action.trigger()
    assert window.model.summary_of("kemi-viestinta-copy").controller_key != "kemi"
    window.retire_register_action.trigger()
    assert window.model.summary_of("kemi-viestinta-copy").status == "retired"
    assert _edit_menu_texts(window)[0].startswith("&Undo Retire register")

    def new(dialog: RegisterDialog) -> None:
        dialog.controller_combo.setCurrentIndex(dialog.controller_combo.findData("kemi"))
        dialog.name_edit.setText("Palkanlaskenta")
        dialog.name_edit.textEdited.emit("Palkanlaskenta")

    fill_dialog(monkeypatch, RegisterDialog, new)
    window.new_register_action.trigger()
    assert window.model.summary_of("palkanlaskenta").status == "draft"
    while window.undo_stack.canUndo():
        window.undo_action.trigger()
    assert workspace_text(ws) == before
    assert window.model.total_count() == 3


def test_delete_asks_first_and_undo_brings_it_back(window: MainWindow, answers: Answers) -> None:
    window.go_to_register("inmics-asiakas-markkinointi")
    answers.answer = QMessageBox.StandardButton.No
    window.delete_register_action.trigger()
    assert len(answers.questions) == 1 and "Edit › Undo" in answers.questions[0]
    assert window.model.summary_of("inmics-asiakas-markkinointi") is not None
    answers.answer = QMessageBox.StandardButton.Yes
    window.delete_register_action.trigger()
    assert window.model.summary_of("inmics-asiakas-markkinointi") is None and window.model.total_count() == 2
    assert _edit_menu_texts(window)[0].startswith("&Undo Delete register")
    window.undo_action.trigger()
    assert window.model.summary_of("inmics-asiakas-markkinointi") is not None


def test_controller_rename_and_delete(window: MainWindow, monkeypatch, answers: Answers) -> None:
    window.show_view("kemi", View.REGISTERS)
    monkeypatch.setattr(
        "PySide6.QtWidgets.QInputDialog.getText", lambda *a, **k: ("Kemin kaupunki (konserni)", True)
    )
    window.rename_controller_action.trigger()
    assert window.sidebar_model.controller("kemi").name == "Kemin kaupunki (konserni)"
    assert window.model.summary_of("kemi-viestinta").controller_name == "Kemin kaupunki (konserni)"
    assert _edit_menu_texts(window)[0] == "&Undo Rename controller Kemin kaupunki"
    window.delete_controller_action.trigger()
    assert "with its 1 registers" in answers.questions[-1]
    assert window.sidebar_model.controller("kemi") is None and window.current_controller is None
    assert window.model.summary_of("kemi-viestinta") is None
    window.undo_action.trigger()
    assert window.model.summary_of("kemi-viestinta") is not None
    window.undo_action.trigger()
    assert window.sidebar_model.controller("kemi").name == "Kemin kaupunki"


def test_a_refused_change_names_the_field(window: MainWindow, answers: Answers) -> None:
    register = window.workspace.get(r.Register, "kemi-viestinta")
    bad = dataclasses.replace(register, purposes=(r.Purpose(description="x", legal_basis="art6-1-z"),))
    assert not window.save_register("kemi-viestinta", bad)
    [(title, text)] = answers.warnings
    assert title == "Cannot Save Register"
    assert text.startswith("Purposes 1 › Legal basis: 'art6-1-z' is not a legal basis code")
    assert not window.undo_stack.canUndo()


def test_processor_still_in_use_cannot_be_deleted(window: MainWindow, answers: Answers) -> None:
    window.go_to_processor("inmics-cloud")
    window.delete_processor_action.trigger()
    [(title, text)] = answers.warnings
    assert title == "Cannot Delete Processor" and "still used by processing-on-behalf record" in text


# -- import, export, reopen ------------------------------------------------------------------------


def test_a_cancelled_import_leaves_the_workspace_unchanged(make_window, qtbot, tmp_path: Path) -> None:
    from ropa.demo import build_demo
    from ropa.io.interchange import read_document

    source = tmp_path / "other.json"
    with Session.open(tmp_path / "other.ropa") as other:
        other.import_records(read_document(build_demo(40, 5), "demo"))
        other.export_json(source)
    with Session.open(tmp_path / "mine.ropa") as mine:
        mine.import_file(FIXTURES / "seed_inmics.json")
    window = make_window(tmp_path / "mine.ropa")
    before = workspace_text(window.workspace)
    task = window.import_file(source)
    assert task is not None and window.progress_dialog is not None

    def cancel_when_saving(text: str, _done: int, _total: int) -> None:
        if text == "Saving":  # runs in the worker: the transaction is about to start
            task.cancel()

    task.progressed.connect(cancel_when_saving, Qt.ConnectionType.DirectConnection)
    _wait_task(qtbot, window)
    assert workspace_text(window.workspace) == before
    assert window.statusBar().currentMessage() == "Cancelled; nothing was changed."
    assert window.model.total_count() == 1


def test_cancel_from_the_progress_dialog(window: MainWindow, qtbot, tmp_path: Path) -> None:
    before = workspace_text(window.workspace)
    task = window.import_file(FIXTURES / "seed_kemi.json")
    window.progress_dialog.findChild(QPushButton).click()  # the user presses Cancel
    _wait_task(qtbot, window)
    assert task is not None and workspace_text(window.workspace) == before


def test_import_of_existing_keys_asks_to_replace(window: MainWindow, qtbot, answers: Answers) -> None:
    window.import_file(FIXTURES / "seed_kemi.json")
    _wait_task(qtbot, window)
    assert answers.questions and "already in this workspace" in answers.questions[0]
    _wait_task(qtbot, window)
    assert window.statusBar().currentMessage().startswith("Imported: ")
    assert list((window.workspace.path.parent / "test.ropa.backups").iterdir())


def test_export_writes_the_controller(window: MainWindow, qtbot, tmp_path: Path) -> None:
    target = tmp_path / "inmics.json"
    window.export_file(target, "inmics")
    _wait_task(qtbot, window)
    with Session.open(tmp_path / "check.ropa") as check:
        check.import_file(target)
        assert [c.key for c in check.snapshot().controllers] == ["inmics"]


def test_the_change_history_travels_through_the_file_menu(
    window: MainWindow, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, settings: QSettings
) -> None:
    """File › Export with Change History… and Import with Change History…: what
    `ropa export --with-history` and `ropa import --with-history` do, from the window."""
    from ropa.app.history import EXTENSION
    from ropa.io.interchange import parse_json

    register = window.workspace.get(r.Register, "kemi-viestinta")
    window.run_command(
        lambda ws: ws.update_register("kemi-viestinta", dataclasses.replace(register, retention="4 years")),
        "Change retention",
    )
    carried = window.workspace.history()
    target = tmp_path / "carried"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    window.export_history_action.trigger()
    _wait_task(qtbot, window)
    document = parse_json((tmp_path / "carried.json").read_bytes())  # the suffix added
    assert document["version"] == 2 and len(document["extensions"][EXTENSION]["changes"]) == len(carried)
    assert window.import_history_action.isEnabled()

    fresh = MainWindow(tmp_path / "fresh.ropa", create=True, settings=settings, language="en")
    qtbot.addWidget(fresh)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(tmp_path / "carried.json"), "")
    )
    fresh.import_history_action.trigger()
    _wait_task(qtbot, fresh)
    arrived = fresh.workspace.history()
    assert [(e.action, e.key) for e in arrived[: len(carried)]] == [(e.action, e.key) for e in carried]
    assert {e.action for e in arrived[len(carried) :]} == {"import"}
    assert fresh.workspace.get(r.Register, "kemi-viestinta").retention == "4 years"


def test_a_change_in_a_busy_workspace_waits_briefly_then_says_who_holds_it(
    window: MainWindow, answers: Answers, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window's changes run on its thread, so they wait for another writer only briefly
    (main_window.WRITE_WAIT_S; the CLI and the window's workers wait as long as the backend does)."""
    import subprocess
    import sys
    import time

    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_THE_WORKSPACE, window.workspace.location],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        monkeypatch.setattr(main_window_module, "WRITE_WAIT_S", 0.5)
        window.open_workspace_file(window.workspace.location)  # opened as the window opens it
        register = window.workspace.get(r.Register, "kemi-viestinta")
        started = time.monotonic()
        saved = window.save_register("kemi-viestinta", dataclasses.replace(register, retention="1 v"))
        waited = time.monotonic() - started
    finally:
        holder.communicate("done\n", timeout=60)
    assert not saved and 0.4 <= waited < 3
    [(title, message)] = answers.warnings
    assert title == "Cannot Save Register"
    assert "the workspace is busy" in message and "nothing was changed" in message
    assert window.workspace.get(r.Register, "kemi-viestinta").retention == register.retention


HOLD_THE_WORKSPACE = """
import sys
from ropa.app import Session

with Session.open(sys.argv[1], create=False) as ws, ws.store.begin():
    print("holding", flush=True)
    sys.stdin.readline()
"""


def test_export_to_excel_and_pdf_from_the_file_menu(window: MainWindow, qtbot, tmp_path: Path) -> None:
    """The same exports as `ropa export`, in a worker, the format chosen by the suffix."""
    import subprocess

    from openpyxl import load_workbook

    workbook = tmp_path / "kemi.xlsx"
    window.export_file(workbook, "kemi")
    _wait_task(qtbot, window)
    sheets = load_workbook(workbook, read_only=True).sheetnames
    assert len(sheets) > 3
    record = tmp_path / "all.pdf"
    window.export_file(record)
    _wait_task(qtbot, window)
    assert record.read_bytes().startswith(b"%PDF")
    text = subprocess.run(["pdftotext", str(record), "-"], capture_output=True, text=True, check=True).stdout
    assert "Viestinnän ja markkinoinnin tietosuojaseloste" in text.replace("\n", " ")


def test_a_workbook_imports_after_its_preview(
    window: MainWindow, qtbot, answers: Answers, tmp_path: Path
) -> None:
    """Export to Excel, change the workspace, import the workbook: the preview names the change
    and, once agreed, the workbook's content is back; declined, nothing changes."""
    workbook = tmp_path / "all.xlsx"
    window.export_file(workbook)
    _wait_task(qtbot, window)
    shown = window.workspace.get(r.Register, "kemi-viestinta")
    window.workspace.update_register("kemi-viestinta", dataclasses.replace(shown, retention="changed here"))
    answers.answer = QMessageBox.StandardButton.No
    window.import_workbook(workbook)
    _wait_task(qtbot, window)
    assert "kemi-viestinta" in answers.questions[-1] and "Change: 1" in answers.questions[-1]
    assert window.workspace.get(r.Register, "kemi-viestinta").retention == "changed here"
    answers.answer = QMessageBox.StandardButton.Yes
    window.import_workbook(workbook)
    _wait_task(qtbot, window)
    _wait_task(qtbot, window)
    assert window.workspace.get(r.Register, "kemi-viestinta").retention == shown.retention


def test_the_workbook_preview_names_the_registers_a_replacing_import_would_move(
    window: MainWindow, qtbot, answers: Answers, tmp_path: Path
) -> None:
    """A workbook filing Kemi's registers under a new controller key takes them from Kemi (not in
    the workbook): the preview says so, register by register, before anything is stored."""
    from openpyxl import load_workbook

    workbook = tmp_path / "kemi.xlsx"
    window.export_file(workbook, "kemi")
    _wait_task(qtbot, window)
    book = load_workbook(workbook)
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.value == "kemi":  # the controller's key, and its references "Name [kemi]"
                    cell.value = "kemi-uusi"
                elif isinstance(cell.value, str) and cell.value.endswith(" [kemi]"):
                    cell.value = cell.value.removesuffix("[kemi]") + "[kemi-uusi]"
    book.save(workbook)
    answers.answer = QMessageBox.StandardButton.No
    window.import_workbook(workbook)
    _wait_task(qtbot, window)
    assert answers.questions, answers.critical
    moved = [line for line in answers.questions[-1].splitlines() if line.startswith("Moved: ")]
    kemi = {s.key for s in window.workspace.register_summaries(controller="kemi")}
    assert moved and len(moved) == min(len(kemi), 12)
    assert all(line.endswith(" from kemi to kemi-uusi") for line in moved)
    assert {s.key for s in window.workspace.register_summaries(controller="kemi")} == kemi  # declined


def test_reopening_the_workspace_finds_everything(
    make_window, monkeypatch, settings: QSettings, seeded_workspace: Session
) -> None:
    window = make_window(seeded_workspace.path, today=TODAY)
    window.show_view("inmics", View.PROCESSORS)
    window.go_to_processor("inmics-hosting")
    fill_dialog(
        monkeypatch,
        ProcessorDialog,
        lambda d: (
            d.name_edit.setText("Tokyo Backup KK"),
            d.key_edit.setText("tokyo"),
            d.countries_edit.setText("JP"),
        ),
    )
    window.new_subprocessor_action.trigger()
    window.show_view("inmics", View.TRANSFERS)
    window.close()

    again = make_window(
        seeded_workspace.path, settings=QSettings(settings.fileName(), QSettings.Format.IniFormat)
    )
    assert (again.current_controller, again.current_view) == ("inmics", View.TRANSFERS)
    countries = {
        again.transfers_page.model.row_at(n).flow.country
        for n in range(again.transfers_page.model.rowCount())
    }
    assert countries == {"US", "IN", "JP"}
    assert again.workspace.get(r.Processor, "tokyo").parent == "inmics-hosting"
    assert again.model.total_count() == 3


# -- desktop conventions ----------------------------------------------------------------------------


def test_shortcuts_accessible_names_and_icon(window: MainWindow, qtbot) -> None:
    assert not window.windowIcon().isNull()
    keys = {
        window.import_action: "Ctrl+I",
        window.new_register_action: "Ctrl+Shift+N",
        window.duplicate_register_action: "Ctrl+D",
        window.link_processor_action: "Ctrl+L",
        window.view_actions[View.TRANSFERS]: "Ctrl+3",
        window.all_action: "Ctrl+0",
    }
    for action, key in keys.items():
        assert QKeySequence(key) in action.shortcuts(), action.text()
    assert QKeySequence(QKeySequence.StandardKey.Delete) in window.delete_register_action.shortcuts()
    for widget in (window.table, window.filter_edit, window._sidebar, window.registers_page.status_combo):  # noqa: SLF001
        assert widget.accessibleName()
    window.show()
    window.activateWindow()
    window.filter_edit.setFocus()
    qtbot.waitUntil(window.filter_edit.hasFocus)
    qtbot.keyClick(window.filter_edit, Qt.Key.Key_Tab)
    assert window.registers_page.status_combo.hasFocus()


def test_splitters_and_headers_are_remembered(
    make_window, settings: QSettings, seeded_workspace: Session
) -> None:
    window = make_window(seeded_workspace.path)
    window.resize(790, 560)  # the offscreen screen is 800x600
    window.show()
    window._splitter.setSizes([100, 690])  # noqa: SLF001
    window.registers_page.splitter.setSizes([300, 200])
    window.close()
    again = make_window(
        seeded_workspace.path, settings=QSettings(settings.fileName(), QSettings.Format.IniFormat)
    )
    again.show()
    assert again._splitter.sizes()[0] == 100  # noqa: SLF001
    table, record = again.registers_page.splitter.sizes()
    assert abs(table / (table + record) - 0.6) < 0.03  # the same share of what the window has


def test_transfers_are_listed_by_register_until_sorted(window: MainWindow) -> None:
    window.show_view(None, View.TRANSFERS)
    model = window.transfers_page.model
    records = [model.row_at(n).record for n in range(model.rowCount())]
    runs = [key for n, key in enumerate(records) if n == 0 or records[n - 1] != key]
    assert len(runs) == len(set(records)) > 1  # each record's rows together, as listed
    window.transfers_page.table.sortByColumn(TransferColumn.DESTINATION, Qt.SortOrder.DescendingOrder)
    countries = [model.index(n, TransferColumn.DESTINATION).data() for n in range(model.rowCount())]
    assert countries == sorted(countries, key=str.casefold, reverse=True)


class FakeEditor(QWidget):
    """The interface ropa.ui.editor's editors offer, recording what the window does with it."""

    save_requested = Signal(object)
    dirty_changed = Signal(bool)

    def __init__(self) -> None:
        super().__init__()
        self.loaded: list[Any] = []
        self.context: list[Any] = []
        self.dirty = False
        self.edited: Any = None

    def set_context(self, processors: Any, lang: str) -> None:
        self.context.append((len(processors), lang))

    def load(self, record: Any) -> None:
        self.loaded.append(record)
        self.edited, self.dirty = record, False

    def value(self) -> Any:
        return self.edited

    def is_dirty(self) -> bool:
        return self.dirty

    def revert(self) -> None:
        self.dirty = False


def test_an_editor_plugs_into_the_register_slot(window: MainWindow, answers: Answers) -> None:
    editors: list[FakeEditor] = []

    def make() -> FakeEditor:
        editors.append(FakeEditor())
        return editors[-1]

    window.go_to_register("kemi-viestinta")
    window.use_editor(View.REGISTERS, make)
    [editor] = editors
    assert editor.loaded[-1].key == "kemi-viestinta" and editor.context == [(7, "en")]
    editor.save_requested.emit(dataclasses.replace(editor.loaded[-1], retention="5 years"))
    assert window.workspace.get(r.Register, "kemi-viestinta").retention == "5 years"
    assert _edit_menu_texts(window)[0].startswith("&Undo Change retention of ")
    editor.edited = dataclasses.replace(editor.edited, retention="6 years")
    editor.dirty = True
    answers.answer = QMessageBox.StandardButton.Save
    window.go_to_register("inmics-asiakas-markkinointi")  # leaving a dirty editor asks to save
    assert answers.questions == ["Save the changes to kemi-viestinta?"]
    assert window.workspace.get(r.Register, "kemi-viestinta").retention == "6 years"
    assert editor.loaded[-1].key == "inmics-asiakas-markkinointi"


def test_quick_start_paints_the_first_screenful_then_reads_the_rest(
    make_window, qtbot, monkeypatch, demo_workspace: Session
) -> None:
    monkeypatch.setattr(main_window_module, "FIRST_SCREEN_ROWS", 5)
    window = make_window(demo_workspace.path, quick_start=True)
    every = demo_workspace.register_summaries()
    assert shown_keys(window.model) == [s.key for s in every[:5]] and not window.list_complete()
    assert window.status_text() == "60 registers"  # the controllers know the total already
    window.show()
    qtbot.waitUntil(window.list_complete)
    assert window.model.rowCount() == 60 and shown_keys(window.model)[:5] == [s.key for s in every[:5]]
    qtbot.waitUntil(window.facts_loaded, timeout=20_000)
    assert window.status_text().startswith("60 registers")


def test_a_quick_start_paints_a_first_look_then_opens_the_workspace(
    make_window, qtbot, monkeypatch, demo_workspace: Session
) -> None:
    """`ropa gui` on a current workspace file: the first paint shows what a first look read (the
    first registers, the first controllers, the menus' titles); the workspace is opened and the
    window completed right after it (README "Start-up")."""
    monkeypatch.setattr(main_window_module, "FIRST_SCREEN_ROWS", 5)
    monkeypatch.setattr(main_window_module, "FIRST_SIDEBAR_ROWS", 2)
    controllers = demo_workspace.controller_summaries()
    window = make_window(demo_workspace.path, quick_start=True)
    assert window.workspace is None and window.windowTitle() == "demo.ropa — Ropa"
    every = demo_workspace.register_summaries()
    assert shown_keys(window.model) == [s.key for s in every[:5]]
    assert window.sidebar_model.rowCount() == 3  # All and the first two controllers
    assert window.sidebar_model.count(None, View.REGISTERS) == 60  # counted over all of them
    assert window.status_text() == "60 registers"
    assert [a.text() for a in window.menuBar().actions()][:3] == ["&File", "&Edit", "&View"]
    assert not window.file_menu.actions()  # the commands come right after the first paint
    assert not window.filter_edit.isClearButtonEnabled()  # so does its icon, shown with text only
    window.show()
    qtbot.waitUntil(lambda: window.workspace is not None and window.list_complete())
    assert window.filter_edit.isClearButtonEnabled()
    assert window.model.rowCount() == 60 and window.sidebar_model.rowCount() == len(controllers) + 1
    assert window.file_menu.actions() and window.undo_action.text().startswith("&Undo")
    assert window.workspace.path == demo_workspace.path and window.printing.print_action.isEnabled()
    window.show_view(controllers[-1].key, View.PROCESSORS)
    assert window.current_view is View.PROCESSORS and window.processors_page.model.processor_count() > 0


def test_the_first_paint_resumes_the_garbage_collector_ropa_gui_paused(
    make_window, qtbot, demo_workspace: Session
) -> None:
    import gc

    from ropa import gc_pause

    try:
        gc_pause.pause_until_started()  # what `ropa gui` does before it imports the window
        window = make_window(demo_workspace.path, quick_start=True)
        assert not gc.isenabled()
        window.show()
        qtbot.waitUntil(lambda: window.workspace is not None)
        assert gc.isenabled()
    finally:
        gc.unfreeze()
        gc.enable()


def test_a_first_look_shows_the_remembered_controller_even_far_down(
    make_window, qtbot, monkeypatch, demo_workspace: Session, settings: QSettings
) -> None:
    monkeypatch.setattr(main_window_module, "FIRST_SIDEBAR_ROWS", 1)
    last = demo_workspace.controller_summaries()[-1]
    settings.setValue("lastView/controller", last.key)
    settings.setValue("lastView/view", int(View.REGISTERS))
    window = make_window(demo_workspace.path, quick_start=True)
    assert window.workspace is None and window.current_controller == last.key
    assert window.sidebar_model.index_of(last.key).isValid()
    own = {s.key for s in demo_workspace.register_summaries(controller=last.key)}
    assert shown_keys(window.model) and set(shown_keys(window.model)) <= own
    window.show()
    qtbot.waitUntil(lambda: window.workspace is not None)
    assert window.current_controller == last.key


def test_a_workspace_a_first_look_showed_but_that_cannot_be_opened_is_taken_away(
    make_window, qtbot, monkeypatch, demo_workspace: Session, answers: Answers
) -> None:
    from ropa.app import session as session_module
    from ropa.errors import WorkspaceError

    window = make_window(demo_workspace.path, quick_start=True)
    assert window.model.rowCount() > 0

    def refuse(*_args: object, **_kwargs: object) -> Session:
        raise WorkspaceError("demo.ropa: the disk went away")

    monkeypatch.setattr(session_module.Session, "open", refuse)
    window.show()
    qtbot.waitUntil(lambda: bool(answers.critical))
    assert answers.critical == [("Cannot Open Workspace", "demo.ropa: the disk went away")]
    assert window.workspace is None and window.model.rowCount() == 0
    assert window.windowTitle() == "Ropa" and window.status_text() == "No workspace open"


def test_a_quick_start_on_a_file_due_an_upgrade_opens_it_before_the_first_paint(
    make_window, tmp_path: Path
) -> None:
    import shutil

    path = tmp_path / "old.ropa"
    shutil.copy(FIXTURES / "workspaces" / "schema-0001.ropa", path)
    window = make_window(path, quick_start=True)
    assert window.workspace is not None  # upgraded (with a backup) by the full open, no first look


def test_the_editors_of_ropa_ui_editor_plug_in(window: MainWindow, answers: Answers) -> None:
    """The real editors fit the slots: load, save through the undo stack, versions kept."""
    from ropa.ui.editor import ProcessorEditor, RegisterEditor

    window.use_editor(View.REGISTERS, lambda: RegisterEditor(lang="en", today=TODAY))
    window.go_to_register("kemi-viestinta")
    editor = window.registers_page.slot.widget()
    assert isinstance(editor, RegisterEditor) and editor.original().key == "kemi-viestinta"
    editor.save_requested.emit(dataclasses.replace(editor.value(), retention="7 years"))
    assert window.workspace.get(r.Register, "kemi-viestinta").retention == "7 years"
    assert not editor.is_dirty() and editor.original().retention == "7 years"
    assert window.registers_page.slot.version == window.workspace.version(r.Register, "kemi-viestinta")
    window.undo_action.trigger()
    assert editor.original().retention != "7 years"
    window.use_editor(View.PROCESSORS, lambda: ProcessorEditor(lang="en", today=TODAY))
    window.go_to_processor("inmics-hosting")
    processor = window.processors_page.slot.widget()
    assert isinstance(processor, ProcessorEditor) and processor.original().key == "inmics-hosting"
    processor.save_requested.emit(dataclasses.replace(processor.value(), services="Hosting and backups"))
    assert window.workspace.get(r.Processor, "inmics-hosting").services == "Hosting and backups"
    assert not answers.questions and not answers.warnings


def test_the_window_edits_every_record_in_place(window: MainWindow, answers: Answers) -> None:
    """What `ropa gui` does: every view's record slot holds its editor, built on first use."""
    from ropa.ui.editor import ControllerEditor, ProcessorEditor, RegisterEditor

    window.use_record_editors()
    window.go_to_register("kemi-viestinta")
    editor = window.registers_page.slot.widget()
    assert isinstance(editor, RegisterEditor) and editor.original().key == "kemi-viestinta"
    window.go_to_processor("inmics-hosting")
    assert isinstance(window.processors_page.slot.widget(), ProcessorEditor)
    window.show_view("kemi", View.DETAILS)
    assert isinstance(window.controller_page.slot.widget(), ControllerEditor)
    assert not answers.questions and not answers.warnings


def test_editors_wait_for_their_page_to_be_built(make_window, seeded_workspace: Session) -> None:
    """`use_record_editors` at start builds no page but the registers one (the start path stays
    short); a page built later gets its editor."""
    from ropa.ui.editor import ProcessorEditor

    window = make_window(seeded_workspace.path, today=TODAY)
    window.use_record_editors()
    assert set(window._pages) == {View.REGISTERS}  # noqa: SLF001 - what the start built
    window.go_to_processor("inmics-hosting")
    assert isinstance(window.processors_page.slot.widget(), ProcessorEditor)

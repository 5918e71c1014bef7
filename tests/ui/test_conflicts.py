"""Saving over someone else's newer change opens the conflict dialog: keep theirs, use mine, or
show both; never a silent overwrite. On a workspace file and on a PostgreSQL server, with a
second Session (another program, a colleague) changing the record between open and save."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from ropa.app import Session
from ropa.model import records as r
from ropa.ui.conflict_dialog import Choice, ConflictDialog, differences
from ropa.ui.main_window import MainWindow
from ropa.ui.sidebar import View

pytestmark = pytest.mark.both_engines

TODAY = date(2026, 11, 25)
KEY = "kemi-viestinta"


def answer_conflicts(monkeypatch: pytest.MonkeyPatch, *steps: Callable[[ConflictDialog], None]) -> list[Any]:
    """Answer the next conflict dialogs, one step each (click a button, or nothing: closed)."""
    shown: list[ConflictDialog] = []
    pending = list(steps)

    def exec_(dialog: ConflictDialog) -> int:
        shown.append(dialog)
        pending.pop(0)(dialog)
        return dialog.result()

    monkeypatch.setattr(ConflictDialog, "exec", exec_)
    return shown


def click(choice: Choice) -> Callable[[ConflictDialog], None]:
    return lambda dialog: dialog.button(choice).click()


@pytest.fixture
def window(make_window, seeded_workspace: Session) -> MainWindow:
    window = make_window(seeded_workspace.location, today=TODAY)
    window.use_record_editors()
    return window


def _colleague_saves(window: MainWindow, **changes: Any) -> r.Register:
    """Another program changes the register shown, through its own Session and connections."""
    assert window.workspace is not None
    with Session.open(window.workspace.location, create=False) as colleague:
        theirs = dataclasses.replace(colleague.get(r.Register, KEY), **changes)
        colleague.update_register(KEY, theirs)
    return theirs


def _editing(window: MainWindow, **changes: Any) -> Any:
    window.go_to_register(KEY)
    editor = window.registers_page.slot.widget()
    assert editor.original().key == KEY
    return editor, dataclasses.replace(editor.value(), **changes)


def test_keep_theirs_drops_my_change_and_shows_theirs(window: MainWindow, monkeypatch) -> None:
    editor, mine = _editing(window, retention="mine: 3 years")
    _colleague_saves(window, retention="theirs: 10 years", department="Theirs dept")
    shown = answer_conflicts(monkeypatch, click(Choice.THEIRS))
    assert window.save_register(KEY, mine)
    [dialog] = shown
    labels = [item.label for item in dialog.found]
    assert labels == ["Department", "Retention"]  # the catalogue's labels, in its order
    summary = dialog.summary.toPlainText()
    assert "theirs: 10 years" in summary and "mine: 3 years" in summary and "Theirs dept" in summary
    assert window.workspace.get(r.Register, KEY).retention == "theirs: 10 years"
    assert editor.original().retention == "theirs: 10 years" and not editor.is_dirty()
    assert window.registers_page.slot.version == window.workspace.version(r.Register, KEY)
    assert window.model.summary_of(KEY).department == "Theirs dept"
    assert not window.undo_stack.canUndo()  # nothing of mine was saved


def test_use_mine_saves_over_theirs_and_undo_puts_theirs_back(window: MainWindow, monkeypatch) -> None:
    editor, mine = _editing(window, retention="mine: 3 years")
    _colleague_saves(window, retention="theirs: 10 years")
    version = window.workspace.version(r.Register, KEY)
    answer_conflicts(monkeypatch, click(Choice.MINE))
    assert window.save_register(KEY, mine)
    saved = window.workspace.get_versioned(r.Register, KEY)
    assert (saved.record.retention, saved.version) == ("mine: 3 years", version + 1)
    assert not editor.is_dirty() and window.registers_page.slot.version == saved.version
    assert window.undo_stack.canUndo()
    window.undo_action.trigger()
    assert window.workspace.get(r.Register, KEY).retention == "theirs: 10 years"


def test_show_both_lays_the_two_records_side_by_side(window: MainWindow, monkeypatch, tmp_path) -> None:
    _, mine = _editing(window, name="My name")
    _colleague_saves(window, name="Their name")

    def look(dialog: ConflictDialog) -> None:
        assert not dialog.showing_both()
        dialog.both_button.click()
        assert dialog.showing_both()
        their_text, my_text = dialog.their_view.toPlainText(), dialog.my_view.toPlainText()
        assert "Their name" in their_text and "My name" not in their_text
        assert "My name" in my_text and "Their name" not in my_text
        assert "Register ✱" in their_text and "Retention ✱" not in their_text  # the differing field marked
        dialog.grab().save(str(tmp_path / "both.png"))
        dialog.button(Choice.THEIRS).click()

    answer_conflicts(monkeypatch, look)
    assert window.save_register(KEY, mine)
    assert window.workspace.get(r.Register, KEY).name == "Their name"


def test_closing_the_dialog_saves_nothing_and_keeps_my_changes(window: MainWindow, monkeypatch) -> None:
    editor, mine = _editing(window, retention="mine")
    _colleague_saves(window, retention="theirs")
    answer_conflicts(monkeypatch, lambda dialog: dialog.reject())
    assert not window.save_register(KEY, mine)
    assert window.workspace.get(r.Register, KEY).retention == "theirs"
    assert not window.undo_stack.canUndo()


def test_a_register_deleted_meanwhile_is_reported(window: MainWindow, monkeypatch) -> None:
    _, mine = _editing(window, retention="mine")
    with Session.open(window.workspace.location, create=False) as colleague:
        colleague.delete_register(KEY)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: warnings.append(text))
    assert not window.save_register(KEY, mine)
    assert warnings and "was deleted by someone else" in warnings[0]
    assert window.model.summary_of(KEY) is None


def test_a_controller_conflict_uses_the_same_dialog(window: MainWindow, monkeypatch) -> None:
    window.show_view("kemi", View.DETAILS)
    editor = window.controller_page.slot.widget()
    mine = dataclasses.replace(editor.value(), phone="+358 1 mine")
    with Session.open(window.workspace.location, create=False) as colleague:
        colleague.update_controller(
            "kemi", dataclasses.replace(colleague.get(r.Controller, "kemi"), phone="+358 2")
        )
    shown = answer_conflicts(monkeypatch, click(Choice.MINE))
    assert window.save_controller("kemi", mine)
    assert [item.label for item in shown[0].found] == ["Phone"]
    assert window.workspace.get(r.Controller, "kemi").phone == "+358 1 mine"


def test_differences_name_fields_in_finnish_too() -> None:
    theirs = r.Register(key="x", name="A", retention="1 v")
    mine = dataclasses.replace(theirs, retention="2 v")
    assert [d.label for d in differences(r.Register, theirs, mine, "fi")] == ["Säilytysaika"]


def test_keep_theirs_while_leaving_a_dirty_record_asks_nothing_more(window: MainWindow, monkeypatch) -> None:
    """Edit a register, a colleague saves it, choose another register: "Save the changes?" → Save
    → the conflict → Keep Theirs: the other register is shown, with no question asked again."""
    editor, _ = _editing(window)
    name = editor.form.editor("name").edit
    name.setText("Mine, unsaved")
    assert editor.is_dirty()
    _colleague_saves(window, name="Theirs, saved")
    questions: list[str] = []

    def question(_parent, _title, text, *_args) -> QMessageBox.StandardButton:
        questions.append(text)
        return QMessageBox.StandardButton.Save

    monkeypatch.setattr(QMessageBox, "question", question)
    answer_conflicts(monkeypatch, click(Choice.THEIRS))
    other = next(s.key for s in window.workspace.register_summaries() if s.key != KEY)
    window.go_to_register(other)
    assert len(questions) == 1
    assert window.registers_page.slot.key == other and editor.original().key == other
    assert window.workspace.get(r.Register, KEY).name == "Theirs, saved"
    assert window.model.summary_of(KEY).name == "Theirs, saved"

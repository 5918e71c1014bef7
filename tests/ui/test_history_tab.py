"""The History tab beside each record, and Restore This Version through the undo stack."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from ropa.app import Session
from ropa.model import records as r
from ropa.ui.main_window import MainWindow
from ropa.ui.sidebar import View

KEY = "kemi-viestinta"


@pytest.fixture
def window(make_window, seeded_workspace: Session) -> MainWindow:  # type: ignore[no-untyped-def]
    made: MainWindow = make_window(seeded_workspace.path, today=date(2026, 11, 24))
    made.use_record_editors()
    return made


def _top_texts(panel) -> list[str]:  # type: ignore[no-untyped-def]
    return [panel.tree.topLevelItem(i).text(2) for i in range(panel.tree.topLevelItemCount())]


def test_the_history_tab_lists_each_change_with_its_fields(window: MainWindow, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window.go_to_register(KEY)
    slot = window.registers_page.slot
    editor = slot.widget()
    imported = editor.original()
    editor.save_requested.emit(
        dataclasses.replace(editor.value(), name="Viestintä (uusi)", retention="2 vuotta")
    )
    assert window.workspace.get(r.Register, KEY).name == "Viestintä (uusi)"
    slot.show_history()
    panel = slot.history
    assert [e.action for e in panel.entries] == ["import", "update"]
    assert _top_texts(panel) == ["edited", "imported"]  # newest first
    edit = panel.tree.topLevelItem(0)
    fields = {edit.child(i).text(2): edit.child(i).text(3) for i in range(edit.childCount())}
    assert fields["Register"] == f"{imported.name} → Viestintä (uusi)"
    assert set(fields) == {"Register", "Retention"}
    assert panel.tree.currentItem() is edit and not panel.restore_button.isEnabled()  # that is now
    panel.resize(900, 400)
    slot.grab().save(str(tmp_path / "history.png"))


def test_restore_this_version_is_a_logged_change_undo_takes_back(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.go_to_register(KEY)
    slot = window.registers_page.slot
    editor = slot.widget()
    imported = editor.original()
    editor.save_requested.emit(dataclasses.replace(editor.value(), name="Muutettu"))
    slot.show_history()
    panel = slot.history
    panel.tree.setCurrentItem(panel.tree.topLevelItem(1))  # the imported version
    assert panel.restore_button.isEnabled()
    qtbot.mouseClick(panel.restore_button, Qt.MouseButton.LeftButton)
    assert window.workspace.get(r.Register, KEY) == imported
    assert window.undo_stack.undoText().startswith("Restore register")
    assert slot.widget().original() == imported  # the editor shows the restored record
    assert [e.action for e in panel.entries] == ["import", "update", "restore"]
    assert _top_texts(panel)[0] == "restored from history"
    window.undo_stack.undo()
    assert window.workspace.get(r.Register, KEY).name == "Muutettu"
    assert [e.action for e in panel.entries][-1] == "undo"
    window.undo_stack.redo()
    assert window.workspace.get(r.Register, KEY) == imported
    assert [e.action for e in panel.entries][-1] == "redo"


def test_processors_and_controllers_have_their_history_too(window: MainWindow) -> None:
    window.go_to_processor("inmics-hosting")
    slot = window.processors_page.slot
    slot.show_history()
    assert [e.action for e in slot.history.entries] == ["import"]
    assert slot.history.tree.topLevelItem(0).text(2) == "imported"
    window.show_view("kemi", View.DETAILS)
    details = window.controller_page.slot
    details.show_history()
    assert [e.key for e in details.history.entries] == ["kemi"]
    assert not details.history.restore_button.isEnabled()


def test_the_tab_speaks_finnish(make_window, seeded_workspace: Session) -> None:  # type: ignore[no-untyped-def]
    window = make_window(seeded_workspace.path, language="fi", today=date(2026, 11, 24))
    window.use_record_editors()
    window.go_to_register(KEY)
    slot = window.registers_page.slot
    slot.show_history()
    assert slot.history.tree.topLevelItem(0).text(2) == "tuotu"

"""Hostile text typed into the register editor never raises: it is saved and reads back the same, or
the editor shows an error at the field and nothing is stored.

Through the real window (``ropa gui``'s editors, a real workspace file): arbitrary text (any
Unicode, unpaired surrogates, control characters, huge) goes into a text field, a list-of-texts
item or a country picker, and Save (what Ctrl+S does) runs. Any exception in a slot fails the
test (pytest-qt), and so does any dialog (the folder's conftest refuses modal dialogs): a value
the editor lets through must be one the workspace stores.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from hostile import texts
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QLineEdit, QMessageBox

from ropa.app import Session
from ropa.model import records as r
from ropa.model.catalogue import entity
from ropa.model.fields import Kind
from ropa.ui.editor import RegisterEditor
from ropa.ui.editor.fields import TextEditor, TextsEditor
from ropa.ui.editor.marks import Severity
from ropa.ui.main_window import MainWindow

TEXT_FIELDS = [s.name for s in entity(r.Register).fields if s.kind in (Kind.TEXT, Kind.KEY)]
TEXTS_FIELDS = [s.name for s in entity(r.Register).fields if s.kind is Kind.TEXTS]
SETTINGS = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture
def refusals(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """The window's "Cannot Save" dialogs (title, text), answered instead of shown."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text, *a: shown.append((title, text)))
    return shown


@pytest.fixture
def editing(
    make_window: Any, seeded_workspace: Session, refusals: list[tuple[str, str]]
) -> tuple[MainWindow, list[Any]]:
    """The window with its record editors, on the first register; and the key it has now."""
    window = make_window(seeded_workspace.path)
    window.use_record_editors()
    key = seeded_workspace.register_summaries()[0].key
    window.go_to_register(key)
    return window, [key, window.workspace.get(r.Register, key)]


def _fresh(window: MainWindow, keys: list[Any], refusals: list[tuple[str, str]]) -> RegisterEditor:
    """Each example starts from the register as it was, shown in a clean editor."""
    refusals.clear()
    _editor(window).revert()
    original: r.Register = keys[1]
    if keys[0] != original.key or window.workspace.get(r.Register, keys[0]) != original:
        assert window.save_register(keys[0], original)  # what the editor's Save runs
        keys[0] = original.key
    window.go_to_register(original.key)
    editor = _editor(window)
    assert editor.original() == original, (editor.original().key, original.key, keys[0])
    return editor


def _editor(window: MainWindow) -> RegisterEditor:
    editor = window.registers_page.slot.widget()
    assert isinstance(editor, RegisterEditor)
    return editor


def _save(window: MainWindow, keys: list[Any], field: str, refusals: list[tuple[str, str]]) -> None:
    """Save, then check: stored as the editor sent it and reads back the same; or an error at the
    field (in the editor, or in the window's one dialog naming the field), and nothing stored."""
    editor = _editor(window)
    before = window.workspace.get(r.Register, keys[0])
    sent: list[r.Register] = []
    editor.save_requested.connect(sent.append)
    try:
        saved = editor.save()
    finally:
        editor.save_requested.disconnect(sent.append)
    if not saved or refusals:
        if refusals:  # the workspace refused what the editor let through (a key in use)
            [(title, text)] = refusals
            label = entity(r.Register).field(field).label("en")
            assert title == "Cannot Save Register" and text.startswith(f"{label}: "), (title, text)
            assert "\n" not in text and len(text) < 500
            refusals.clear()
        else:
            errors = [m for m in editor.marks if m.severity is Severity.ERROR]
            assert errors and errors[0].path[0] == field, errors
        assert window.workspace.get(r.Register, keys[0]) == before  # nothing stored
        editor.revert()
        return
    [register] = sent
    keys[0] = register.key
    stored = window.workspace.get(r.Register, register.key)
    differ = [
        s.name for s in entity(r.Register).fields if getattr(stored, s.name) != getattr(register, s.name)
    ]
    assert not differ, [(name, getattr(register, name), getattr(stored, name)) for name in differ]
    editor.load(stored)  # round trip through the form
    assert editor.value() == stored


@SETTINGS
@given(field=st.sampled_from(TEXT_FIELDS), text=texts)
def test_any_text_in_a_text_field_saves_and_reads_back_or_is_a_field_error(
    editing: tuple[MainWindow, list[Any]], refusals: list[tuple[str, str]], field: str, text: str
) -> None:
    window, keys = editing
    widget = _fresh(window, keys, refusals).form.editor(field)
    assert isinstance(widget, TextEditor)
    if isinstance(widget.edit, QLineEdit):
        widget.edit.setText(text)  # what a paste does
    else:
        widget.edit.setPlainText(text)
    _save(window, keys, field, refusals)
    _editor(window).revert()


@SETTINGS
@given(field=st.sampled_from(TEXTS_FIELDS), items=st.lists(texts, min_size=1, max_size=3))
def test_any_texts_in_a_list_save_and_read_back_or_are_a_field_error(
    editing: tuple[MainWindow, list[Any]], refusals: list[tuple[str, str]], field: str, items: list[str]
) -> None:
    window, keys = editing
    widget = _fresh(window, keys, refusals).form.editor(field)
    assert isinstance(widget, TextsEditor)
    for text in items:
        widget.buttons.add.click()
        widget.list.item(widget.list.count() - 1).setText(text)  # typed into the new row
    _save(window, keys, field, refusals)
    _editor(window).revert()


def test_a_nul_character_is_a_field_error_not_a_dialog(editing: tuple[MainWindow, list[Any]]) -> None:
    window, keys = editing
    editor = _editor(window)
    name = editor.form.editor("name")
    assert isinstance(name, TextEditor) and isinstance(name.edit, QLineEdit)
    before = window.workspace.get(r.Register, keys[0])
    name.edit.setText("Payroll\x00")
    assert editor.save() is False
    [error] = [m for m in editor.marks if m.severity is Severity.ERROR]
    assert error.path == ("name",) and "NUL" in error.message
    assert window.workspace.get(r.Register, keys[0]) == before
    assert dataclasses.replace(before) == before


def test_renaming_a_key_in_the_editor_saves_once_without_asking_again(
    editing: tuple[MainWindow, list[Any]],
) -> None:
    """The renamed register's row goes away as the list updates; the editor that saved it is clean
    by then, so the window does not ask to save the old key's changes once more."""
    window, keys = editing
    editor = _editor(window)
    key_field = editor.form.editor("key")
    assert isinstance(key_field, TextEditor) and isinstance(key_field.edit, QLineEdit)
    key_field.edit.setText("renamed-register")
    assert editor.save() is True  # no dialog: conftest refuses every unexpected one
    assert window.workspace.get(r.Register, "renamed-register").name == keys[1].name

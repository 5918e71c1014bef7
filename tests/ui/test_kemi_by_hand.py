"""The README's walkthrough, done by the test: the Kemi register entered through the window alone.

From an empty workspace: the first-start page creates the controller, the Details editor takes
its contacts and DPO, Processor › New Processor… the three processors, Register › New Register…
the register, and the register editor every other field: text typed into its line and text
fields, codes chosen in their combo boxes, list items added with the Add button and filled in
the item's form, then Save. Reopened, the workspace holds exactly the register, controller and
processors of the Kemi fixture (written from the published Kemi notice), apart from what the
walkthrough adds: the city is marked a public authority.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QLineEdit
from support import load_fixture

from ropa.app import Session
from ropa.io.interchange import read_document
from ropa.model import records as r
from ropa.model.catalogue import entity
from ropa.ui.dialogs import ControllerDialog, ProcessorDialog, RegisterDialog
from ropa.ui.editor.fields import CodeEditor, FieldEditor, TextEditor
from ropa.ui.editor.form import ListEditor, ObjectEditor, OptionalEditor, RecordForm
from ropa.ui.main_window import MainWindow
from ropa.ui.sidebar import View

TODAY = date(2026, 11, 25)


def _answer(monkeypatch: pytest.MonkeyPatch, cls: type[QDialog], fill: Any) -> None:
    """The next ``cls.exec()`` is filled in by ``fill`` and accepted with OK."""

    def exec_(dialog: Any) -> int:
        fill(dialog)
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(cls, "exec", exec_)


def _type(field: TextEditor, text: str) -> None:
    """Type ``text`` at the end of a line or text field, character by character."""
    widget = field.edit
    for char in text:
        widget.insert(char) if isinstance(widget, QLineEdit) else widget.insertPlainText(char)


def enter(form: RecordForm, record: Any, skip: tuple[str, ...] = ()) -> None:
    """Enter ``record`` into an empty ``form`` field by field, as a user fills it in."""
    for spec in entity(type(record)).fields:
        value = getattr(record, spec.name)
        if spec.name in skip or value == getattr(form.record_type(), spec.name):
            continue  # what a new record already says (empty, not recorded)
        _enter_field(form.editor(spec.name), value)


def _enter_field(editor: FieldEditor, value: Any) -> None:
    if isinstance(editor, ListEditor):
        for item in value:
            editor.buttons.add.click()
            enter(editor.form, item)
    elif isinstance(editor, ObjectEditor):
        enter(editor.form, value)
    elif isinstance(editor, OptionalEditor):
        editor.check.setChecked(True)
        enter(editor.form, value)
    elif isinstance(editor, TextEditor):
        _type(editor, value)
    elif isinstance(editor, CodeEditor):
        row = editor.combo.findData(value)
        assert row >= 0, (editor.spec.name, value)
        editor.combo.setCurrentIndex(row)
    else:  # lists of texts, countries, dates, flags, pickers: their own widgets' setters
        editor.set_value(value)
    assert editor.value() == value, (editor.spec.name, editor.value(), value)


def _save(window: MainWindow, view: View) -> None:
    page = {View.REGISTERS: window.registers_page, View.DETAILS: window.controller_page}
    slot = page[view].slot if view in page else window.processors_page.slot
    editor = slot.widget()
    assert editor.is_dirty()
    editor.save_button.click()
    assert not editor.is_dirty()


def test_the_kemi_register_entered_by_hand(
    make_window, qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    kemi = read_document(load_fixture("seed_kemi"))
    controller = kemi.controllers[0]
    register = controller.registers[0]
    path = tmp_path / "kemi.ropa"
    window = make_window(path, create=True, today=TODAY)
    window.use_record_editors()

    # 1. First start: Create the first controller.
    def new_controller(dialog: ControllerDialog) -> None:
        dialog.name_edit.setText(controller.name)
        dialog.key_edit.setText(controller.key)
        dialog.address_edit.setText(controller.address)
        dialog.email_edit.setText(controller.email)
        dialog.country_edit.setText(controller.country)
        dialog.public_check.setChecked(True)

    _answer(monkeypatch, ControllerDialog, new_controller)
    window.welcome_page.create_button.click()
    assert window.current_controller == controller.key

    # 2. Controller Details: phone, DPO, supervisory authority.
    window.show_view(controller.key, View.DETAILS)
    details = window.controller_page.slot.widget()
    entered = ("key", "name", "address", "email", "country", "public_authority")
    enter(details.form, controller, skip=(*entered, "registers", "processing_on_behalf"))
    _save(window, View.DETAILS)

    # 3. The processors, each with Processor › New Processor… and the rest in its editor.
    for processor in kemi.processors:

        def new_processor(dialog: ProcessorDialog, p: r.Processor = processor) -> None:
            dialog.name_edit.setText(p.name)
            dialog.key_edit.setText(p.key)
            dialog.country_edit.setText(p.country or "")
            dialog.countries_edit.setText(", ".join(p.processing_countries))
            dialog.services_edit.setPlainText(p.services)
            dialog.mechanism_combo.setCurrentIndex(dialog.mechanism_combo.findData(p.transfer_mechanism))

        _answer(monkeypatch, ProcessorDialog, new_processor)
        window.show_view(controller.key, View.PROCESSORS)
        window.new_processor_action.trigger()
        window.go_to_processor(processor.key)
        editor = window.processors_page.slot.widget()
        assert editor.value().key == processor.key
        in_dialog = ("key", "name", "country", "processing_countries", "services", "transfer_mechanism")
        enter(editor.form, processor, skip=(*in_dialog, "parent"))
        if editor.is_dirty():
            _save(window, View.PROCESSORS)

    # 4. Register › New Register…, then every other field in the register editor.
    def new_register(dialog: RegisterDialog) -> None:
        dialog.controller_combo.setCurrentIndex(dialog.controller_combo.findData(controller.key))
        dialog.name_edit.setText(register.name)
        dialog.key_edit.setText(register.key)
        dialog.department_edit.setText(register.department)
        dialog.status_combo.setCurrentIndex(dialog.status_combo.findData(register.status))

    _answer(monkeypatch, RegisterDialog, new_register)
    window.show_view(controller.key, View.REGISTERS)
    window.new_register_action.trigger()
    window.go_to_register(register.key)
    editor = window.registers_page.slot.widget()
    enter(editor.form, register, skip=("key", "name", "department", "status"))
    # The derived transfer (Microsoft's processing in the US) shows before anything is saved.
    qtbot.waitUntil(lambda: [flow.country for flow in editor.derived_transfers.transfers] == ["US"])
    _save(window, View.REGISTERS)
    window.close()

    # 5. Reopened: the record is the fixture's, plus the public-authority flag the walkthrough sets.
    with Session.open(path) as workspace:
        stored = workspace.snapshot()
    assert stored.processors == kemi.processors
    (stored_controller,) = stored.controllers
    assert stored_controller.public_authority is True
    assert dataclasses.replace(stored_controller, public_authority=controller.public_authority) == controller

"""The register editor driven through its widgets: round trips, edits, problems, dirty state, save."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from editor_support import PROCESSORS, TODAY, full
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMessageBox
from support import SEED_DOCUMENTS, load_fixture

from ropa.demo import build_demo
from ropa.io.interchange import read_document
from ropa.model import records as r
from ropa.model.catalogue import entity
from ropa.model.fields import Kind
from ropa.model.rights import Right
from ropa.ui.editor import RegisterEditor
from ropa.ui.editor.fields import (
    ChoiceEditor,
    CodeEditor,
    CodesEditor,
    DateEditor,
    FieldEditor,
    FlagEditor,
    PickListEditor,
    TextEditor,
    TextsEditor,
)
from ropa.ui.editor.form import ListEditor, OptionalEditor
from ropa.ui.editor.marks import Severity


def _workspaces() -> list[r.Workspace]:
    return [read_document(load_fixture(name)) for name in SEED_DOCUMENTS] + [read_document(build_demo(40, 3))]


def _show(editor: RegisterEditor, qtbot) -> None:
    """On screen and active, so that focus and shortcuts work as for a user."""
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)


# -- round trips ---------------------------------------------------------------------------------


def test_a_register_with_every_field_round_trips(make_editor) -> None:
    register = full(r.Register)
    editor = make_editor(RegisterEditor, register)
    assert editor.value() == register
    assert not editor.is_dirty()
    assert [m for m in editor.marks if m.severity is Severity.ERROR] == []


def test_every_register_of_the_fixtures_and_the_demo_round_trips(make_editor) -> None:
    editor = make_editor(RegisterEditor)
    count = 0
    for workspace in _workspaces():
        editor.set_context(workspace.processors, "en")
        for controller in workspace.controllers:
            for register in controller.registers:
                editor.load(register)
                assert editor.value() == register, register.key
                assert not editor.is_dirty()
                count += 1
    assert count > 40


def test_round_trip_keeps_what_a_widget_cannot_show(make_editor) -> None:
    """Unknown codes, a newline in a one-line field, unknown countries and processors survive."""
    register = r.Register(
        key="odd",
        name="Two\nlines",
        status="obsolete",
        purposes=(r.Purpose(description="x", legal_basis="art6-1-z"),),
        recipients=(r.Recipient(name="y", country="ZZ"),),
        processors=(r.ProcessorLink(processor="gone"),),
        dpia=r.Dpia(criteria=("made_up", "large_scale")),
        extensions={"a": [1, 2]},
    )
    editor = make_editor(RegisterEditor, register)
    assert editor.value() == register
    errors = {m.path for m in editor.marks if m.severity is Severity.ERROR}
    assert ("status",) in errors and ("processors", 0, "processor") in errors


def test_value_keeps_extensions_of_edited_items(make_editor) -> None:
    register = full(r.Register)
    editor = make_editor(RegisterEditor, register)
    purposes = editor.form.editor("purposes")
    assert isinstance(purposes, ListEditor)
    purposes.select(1)
    _type(purposes.form.editor("description"), " more")
    value = editor.value()
    assert value.purposes[1].description.endswith(" more")
    assert value.purposes[1].extensions == register.purposes[1].extensions
    assert value.extensions == register.extensions
    assert value.purposes[0] == register.purposes[0]


# -- editing through the widgets -----------------------------------------------------------------


def _type(field: FieldEditor, text: str, *, clear: bool = False) -> None:
    assert isinstance(field, TextEditor)
    widget = field.edit
    if clear:
        widget.selectAll() if isinstance(widget, QLineEdit) else widget.selectAll()
        widget.cut() if isinstance(widget, QLineEdit) else widget.textCursor().removeSelectedText()
    if isinstance(widget, QLineEdit):
        widget.end(False)
    else:
        cursor = widget.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        widget.setTextCursor(cursor)
    for char in text:
        widget.insert(char) if isinstance(widget, QLineEdit) else widget.insertPlainText(char)


def _choose(field: FieldEditor, value: object) -> None:
    assert isinstance(field, CodeEditor)
    row = field.combo.findData(value)
    assert row >= 0, value
    field.combo.setCurrentIndex(row)


def _pick(qtbot, field: FieldEditor, text: str) -> None:
    """Type into a searchable picker and press Enter, as a user finding a country does."""
    assert isinstance(field, ChoiceEditor)
    line = field.combo.line()
    line.clear()
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    field.combo.commit_text()


def test_typing_a_name_and_choosing_a_status(make_editor, qtbot) -> None:
    register = read_document(load_fixture("seed_kemi")).controllers[0].registers[0]
    editor = make_editor(RegisterEditor, register)
    name = editor.form.editor("name")
    assert isinstance(name, TextEditor) and isinstance(name.edit, QLineEdit)
    name.edit.clear()
    qtbot.keyClicks(name.edit, "Asiakasrekisteri")
    _choose(editor.form.editor("status"), "retired")
    value = editor.value()
    assert value.name == "Asiakasrekisteri"
    assert value.status == "retired"
    assert value == dataclasses.replace(register, name="Asiakasrekisteri", status="retired")
    assert editor.is_dirty()
    assert editor.title.text() == "Asiakasrekisteri"


def test_adding_a_purpose(make_editor, qtbot) -> None:
    editor = make_editor(RegisterEditor, r.Register(key="g", name="G"))
    purposes = editor.form.editor("purposes")
    assert isinstance(purposes, ListEditor)
    assert purposes.empty.isVisibleTo(editor) and not purposes.table.isVisibleTo(editor)
    qtbot.mouseClick(purposes.buttons.add, Qt.MouseButton.LeftButton)
    _type(purposes.form.editor("description"), "Newsletter")
    _choose(purposes.form.editor("legal_basis"), "art6-1-a")
    _choose(purposes.form.editor("kind"), "direct_marketing")
    assert editor.value().purposes == (
        r.Purpose(description="Newsletter", legal_basis="art6-1-a", kind="direct_marketing"),
    )
    assert purposes.table.rowCount() == 1
    assert purposes.table.item(0, 0).text() == "Newsletter"
    assert purposes.table.item(0, 1).text() == "Consent"


def test_adding_a_data_category_with_a_special_category(make_editor, qtbot) -> None:
    editor = make_editor(RegisterEditor, full(r.Register))
    categories = editor.form.editor("data_categories")
    assert isinstance(categories, ListEditor)
    qtbot.mouseClick(categories.buttons.add, Qt.MouseButton.LeftButton)
    assert categories.current == 2
    _type(categories.form.editor("name"), "Diagnoses")
    _choose(categories.form.editor("special"), "health")
    _type(categories.form.editor("retention"), "12 years after the last visit")
    added = editor.value().data_categories[-1]
    assert added == r.DataCategory(
        name="Diagnoses", special="health", retention="12 years after the last visit"
    )
    assert len(editor.value().data_categories) == 3


def test_adding_a_transfer_with_country_and_mechanism(make_editor, qtbot) -> None:
    editor = make_editor(RegisterEditor, r.Register(key="g", name="G"))
    transfers = editor.form.editor("transfers")
    assert isinstance(transfers, ListEditor)
    qtbot.mouseClick(transfers.buttons.add, Qt.MouseButton.LeftButton)
    _type(transfers.form.editor("recipient"), "Support desk")
    _pick(qtbot, transfers.form.editor("country"), "India")
    _choose(transfers.form.editor("mechanism"), "scc")
    editor.check_now()
    module = transfers.form.editor("scc_module")
    assert module.isEnabled()
    assert module.severity is Severity.WARNING  # SCC calls for a module: a finding of the checks
    assert module.messages == ["SCC module is not recorded, though the transfer mechanism is 'scc'"]
    _choose(module, 2)
    editor.check_now()
    assert module.severity is None
    assert editor.value().transfers == (
        r.Transfer(recipient="Support desk", country="IN", mechanism="scc", scc_module=2),
    )
    country = transfers.form.editor("country")
    assert isinstance(country, ChoiceEditor)
    assert country.combo.currentText() == "India — third country"


def test_country_picker_shows_standing_and_takes_codes_and_organisations(make_editor, qtbot) -> None:
    editor = make_editor(RegisterEditor, r.Register(key="g", recipients=(r.Recipient(name="x"),)))
    recipients = editor.form.editor("recipients")
    assert isinstance(recipients, ListEditor)
    country = recipients.form.editor("country")
    assert isinstance(country, ChoiceEditor)
    texts = [country.combo.itemText(i) for i in range(country.combo.count())]
    assert "Finland — EEA" in texts
    assert "Switzerland — adequacy" in texts
    assert "United States — adequacy, limited scope" in texts
    assert "Russian Federation — third country" in texts
    assert "Kosovo — third country" in texts
    assert "European Patent Organisation — adequacy" in texts
    us = texts.index("United States — adequacy, limited scope")
    assert "Data Privacy Framework" in country.combo.itemData(us, Qt.ItemDataRole.ToolTipRole)
    _pick(qtbot, country, "se")  # a code
    assert editor.value().recipients[0].country == "SE"
    _pick(qtbot, country, "patent")  # the one name containing it
    assert editor.value().recipients[0].country == "intl:epo"
    _pick(qtbot, country, "")  # cleared
    assert editor.value().recipients[0].country is None


def test_lists_of_texts_and_checkable_codes(make_editor, qtbot) -> None:
    register = r.Register(
        key="g", data_subject_categories=("Customers",), dpia=r.Dpia(criteria=("large_scale",))
    )
    editor = make_editor(RegisterEditor, register)
    subjects = editor.form.editor("data_subject_categories")
    assert isinstance(subjects, TextsEditor)
    qtbot.mouseClick(subjects.buttons.add, Qt.MouseButton.LeftButton)
    subjects.list.item(1).setText("Employees")
    subjects.list.setCurrentRow(1)
    qtbot.mouseClick(subjects.buttons.up, Qt.MouseButton.LeftButton)
    assert editor.value().data_subject_categories == ("Employees", "Customers")
    criteria = editor.form.editor("dpia.criteria")
    assert isinstance(criteria, CodesEditor)
    assert editor.dpia_hint.count == 1 and not editor.dpia_hint.needed
    criteria.set_checked("vulnerable_subjects")
    assert editor.value().dpia.criteria == ("large_scale", "vulnerable_subjects")
    assert editor.dpia_hint.needed
    assert "two or more" in editor.dpia_hint.text().lower()


def test_dates_flags_processors_and_an_optional_record(make_editor, qtbot) -> None:
    editor = make_editor(RegisterEditor, r.Register(key="g"))
    created = editor.form.editor("created")
    assert isinstance(created, DateEditor)
    qtbot.keyClicks(created.edit, "15.1.2026")  # as Finns write it
    qtbot.keyClick(created.edit, Qt.Key.Key_Return)
    assert created.edit.text() == "2026-01-15"
    used = editor.form.editor("automated_decision_making.used")
    assert isinstance(used, FlagEditor)
    used.buttons[False].click()
    processors = editor.form.editor("processors")
    assert isinstance(processors, ListEditor)
    qtbot.mouseClick(processors.buttons.add, Qt.MouseButton.LeftButton)
    _pick(qtbot, processors.form.editor("processor"), "Alpha")
    value = editor.value()
    assert value.created == date(2026, 1, 15)
    assert value.automated_decision_making.used is False
    assert value.processors == (r.ProcessorLink(processor="p1"),)
    editor.check_now()
    # the processor's chain is walked: US (adequacy, limited) and its sub-processor's India
    derived = editor.derived_transfers.transfers
    assert {(t.country, t.chain) for t in derived} == {("US", ("p1",)), ("IN", ("p1", "p2"))}
    assert editor.derived_transfers.table.rowCount() == 2


def test_optional_representative_on_and_off(make_editor) -> None:
    from ropa.ui.editor import ControllerEditor

    editor = make_editor(ControllerEditor, r.Controller(key="c", name="C"))
    representative = editor.form.editor("representative")
    assert isinstance(representative, OptionalEditor)
    assert not representative.frame.isVisibleTo(editor)
    representative.check.setChecked(True)
    assert representative.frame.isVisibleTo(editor)
    _type(representative.form.editor("name"), "EU Rep GmbH")
    assert editor.value().representative == r.Representative(name="EU Rep GmbH")
    representative.check.setChecked(False)
    assert editor.value().representative is None
    assert not editor.is_dirty()


def test_review_today(make_editor) -> None:
    editor = make_editor(RegisterEditor, r.Register(key="g"))
    editor.review_button.click()
    value = editor.value()
    assert value.last_reviewed == TODAY and value.next_review == date(2027, 11, 25)


# -- problems at the field -----------------------------------------------------------------------


def test_clearing_a_required_name_shows_a_gap_at_the_field(make_editor, qtbot) -> None:
    editor = make_editor(RegisterEditor, full(r.Register))
    name = editor.form.editor("name")
    assert name.severity is None
    _type(name, "", clear=True)
    qtbot.waitUntil(lambda: name.severity is Severity.GAP, timeout=2000)  # debounced, as you type
    assert name.messages == ["Register is not recorded"]  # Art. 30(1)(b): a gap, not blocking
    assert name.message_row.isVisibleTo(editor)
    assert "Register is not recorded" in name.focus_widget().toolTip()
    texts = [editor.problem_list.item(i).text() for i in range(editor.problem_list.count())]
    assert texts[0] == "Register: Register is not recorded"  # the most serious first
    index_icon = editor.index.item(0).icon()
    assert not index_icon.isNull()


def test_an_scc_module_without_scc_is_an_error_that_blocks_save(make_editor) -> None:
    register = r.Register(
        key="g", name="G", transfers=(r.Transfer(country="US", mechanism="scc", scc_module=2),)
    )
    editor = make_editor(RegisterEditor, register)
    transfers = editor.form.editor("transfers")
    assert isinstance(transfers, ListEditor)
    _choose(transfers.form.editor("mechanism"), "bcr")
    editor.check_now()
    module = transfers.form.editor("scc_module")
    assert module.severity is Severity.ERROR
    assert "SCC module" in module.messages[0]
    assert not transfers.table.item(0, 0).icon().isNull()  # the row says so too
    saved = []
    editor.save_requested.connect(saved.append)
    assert editor.save() is False
    assert saved == []
    assert editor.problem_list.item(0).text().startswith("Transfers 1 › SCC module: ")


def test_the_problem_list_names_list_items_as_the_reports_do(make_editor) -> None:
    """An item of a list of texts reads "Systems 3", as a list of records reads "Purposes 1"."""
    register = r.Register(
        key="g", name="G", systems=("CRM", "HR", "bad\x00"), purposes=(r.Purpose(description="a"),)
    )
    editor = make_editor(RegisterEditor, register)
    editor.check_now()
    texts = [editor.problem_list.item(i).text() for i in range(editor.problem_list.count())]
    assert any(t.startswith("Systems 3: ") for t in texts), texts
    assert any(t.startswith("Purposes 1 › Legal basis: ") for t in texts), texts
    fi = make_editor(RegisterEditor, register, lang="fi")
    fi.check_now()
    texts = [fi.problem_list.item(i).text() for i in range(fi.problem_list.count())]
    assert any(t.startswith("Järjestelmät 3: ") for t in texts), texts


def test_problems_of_other_list_items_are_marked_on_their_rows(make_editor) -> None:
    register = r.Register(
        key="g",
        name="G",
        purposes=(r.Purpose(description="a", legal_basis="art6-1-a"), r.Purpose(description="b")),
    )
    editor = make_editor(RegisterEditor, register)
    purposes = editor.form.editor("purposes")
    assert isinstance(purposes, ListEditor)
    assert purposes.current == 0
    assert purposes.table.item(0, 0).icon().isNull()
    assert not purposes.table.item(1, 0).icon().isNull()
    assert purposes.form.editor("legal_basis").severity is None
    purposes.select(1)
    assert purposes.form.editor("legal_basis").severity is Severity.GAP


def test_clicking_a_problem_goes_to_its_field(make_editor, qtbot) -> None:
    register = r.Register(
        key="g",
        name="G",
        transfers=(r.Transfer(country="US", mechanism="adequacy"), r.Transfer(country="IN", mechanism="scc")),
    )
    editor = make_editor(RegisterEditor, register)
    _show(editor, qtbot)
    transfers = editor.form.editor("transfers")
    assert isinstance(transfers, ListEditor)
    assert transfers.current == 0
    row = next(
        i
        for i in range(editor.problem_list.count())
        if "Transfers 2 › SCC module" in editor.problem_list.item(i).text()
    )
    editor.problem_list.itemClicked.emit(editor.problem_list.item(row))
    assert transfers.current == 1
    module = transfers.form.editor("scc_module")
    assert QApplication.focusWidget() is module.focus_widget()


def test_a_bad_date_is_an_error_and_the_value_keeps_the_last_good_one(make_editor, qtbot) -> None:
    editor = make_editor(RegisterEditor, r.Register(key="g", name="G", created=date(2020, 1, 1)))
    created = editor.form.editor("created")
    assert isinstance(created, DateEditor)
    created.edit.setText("2020-13-45")
    editor.check_now()
    assert created.severity is Severity.ERROR
    assert editor.value().created == date(2020, 1, 1)
    assert editor.save() is False


def test_problems_from_a_refused_command_are_shown_until_the_next_edit(make_editor) -> None:
    from ropa.model.validate import Problem

    editor = make_editor(RegisterEditor, r.Register(key="g", name="G"))
    editor.show_problems([Problem(("key",), "register 'g' is already in the workspace")])
    key = editor.form.editor("key")
    assert key.severity is Severity.ERROR
    _type(key, "2")
    editor.check_now()
    assert key.severity is None


def test_unknown_processors_are_errors_once_the_catalogue_is_known(make_editor) -> None:
    register = r.Register(key="g", name="G", processors=(r.ProcessorLink(processor="nope"),))
    editor = make_editor(RegisterEditor, register, processors=PROCESSORS)
    processors = editor.form.editor("processors")
    assert isinstance(processors, ListEditor)
    link = processors.form.editor("processor")
    assert link.severity is Severity.ERROR
    assert "no processor with key 'nope'" in link.messages[0]


# -- dirty state, save, revert -------------------------------------------------------------------


def test_dirty_tracking_and_revert(make_editor, qtbot) -> None:
    register = full(r.Register)
    editor = make_editor(RegisterEditor, register)
    changes: list[bool] = []
    editor.dirty_changed.connect(changes.append)
    name = editor.form.editor("name")
    _type(name, "!")
    assert editor.is_dirty() and changes == [True]
    assert editor.save_button.isEnabled() and editor.dirty_label.isVisibleTo(editor)
    assert isinstance(name, TextEditor) and isinstance(name.edit, QLineEdit)
    name.edit.backspace()  # back to what was loaded: clean again
    assert not editor.is_dirty() and changes == [True, False]
    _type(name, "!")
    editor.revert()
    assert editor.value() == register
    assert not editor.is_dirty() and changes == [True, False, True, False]
    assert name.edit.text() == register.name


def test_ctrl_s_saves_and_mark_saved_makes_it_clean(make_editor, qtbot) -> None:
    register = full(r.Register)
    editor = make_editor(RegisterEditor, register)
    _show(editor, qtbot)
    saved: list[r.Register] = []
    editor.save_requested.connect(saved.append)
    name = editor.form.editor("name")
    name.focus_widget().setFocus()
    qtbot.waitUntil(name.focus_widget().hasFocus)
    _type(name, " (new)")
    qtbot.keyClick(name.focus_widget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert saved == [dataclasses.replace(register, name=register.name + " (new)")]
    assert editor.is_dirty()  # until the window says it is stored
    editor.mark_saved(saved[0])
    assert not editor.is_dirty() and editor.original() == saved[0]
    qtbot.keyClick(name.focus_widget(), Qt.Key.Key_Escape)  # Esc reverts nothing
    assert editor.value() == saved[0]


def test_prompt_on_unsaved_changes(make_editor, monkeypatch) -> None:
    register = full(r.Register)
    editor = make_editor(RegisterEditor, register)
    assert editor.confirm_leave() is True  # nothing to ask
    _type(editor.form.editor("name"), "!")
    answers = iter([QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard])
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: next(answers))
    assert editor.confirm_leave() is False and editor.is_dirty()
    assert editor.confirm_leave() is True and not editor.is_dirty()
    assert editor.value() == register
    _type(editor.form.editor("name"), "!")
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Save)
    editor.save_requested.connect(editor.mark_saved)  # the window stores it
    assert editor.confirm_leave() is True and not editor.is_dirty()


# -- derived panels ------------------------------------------------------------------------------


def test_rights_follow_the_purposes(make_editor) -> None:
    register = r.Register(
        key="g",
        purposes=(
            r.Purpose(description="Newsletter", legal_basis="art6-1-a"),
            r.Purpose(description="Invoicing", legal_basis="art6-1-c"),
        ),
    )
    editor = make_editor(RegisterEditor, register)
    assert Right.WITHDRAW_CONSENT in editor.rights.rights
    text = editor.rights.label.text()
    assert "<b>Right to withdraw consent</b> (Art. 7(3))" in text
    assert "Applies to purpose 1 (“Newsletter”)" in text
    assert "Art. 17(3)(b)" in text  # erasure limited for the legal obligation, not absent
    assert any(line.startswith("Right to erasure") for line in editor.rights.explained)
    purposes = editor.form.editor("purposes")
    assert isinstance(purposes, ListEditor)
    purposes.select(0)
    purposes.remove_item()
    editor.check_now()
    assert Right.WITHDRAW_CONSENT not in editor.rights.rights


def test_derived_transfer_opens_its_processor(make_editor) -> None:
    register = r.Register(key="g", processors=(r.ProcessorLink(processor="p1", agreement="DPA"),))
    editor = make_editor(RegisterEditor, register)
    opened: list[str] = []
    editor.processor_activated.connect(opened.append)
    table = editor.derived_transfers.table
    rows = {table.item(row, 0).text(): row for row in range(table.rowCount())}
    assert set(rows) == {"United States", "India"}
    assert table.item(rows["India"], 2).text() == "Alpha Cloud Inc. › Beta Support Pvt"
    assert table.item(rows["India"], 3).text() == "None recorded"  # a third country, no tool
    table.itemActivated.emit(table.item(rows["India"], 0))
    assert opened == ["p2"]


# -- language, accessibility, keyboard ------------------------------------------------------------


def test_labels_come_from_the_catalogue_in_the_ui_language(make_editor) -> None:
    editor = make_editor(RegisterEditor, full(r.Register), lang="fi")
    assert editor.form.labels["name"].text() == "Rekisteri"
    assert editor.form.labels["data_categories"].text() == "Henkilötietoryhmät"
    status = editor.form.editor("status")
    assert isinstance(status, CodeEditor)
    assert status.combo.itemText(status.combo.findData("active")) == "Voimassa"
    recipients = editor.form.editor("recipients")
    assert isinstance(recipients, ListEditor)
    country = recipients.form.editor("country")
    assert isinstance(country, ChoiceEditor) and country.combo.currentText().startswith("Yhdysvallat")
    editor.set_context(PROCESSORS, "en")  # a new language rebuilds the form, keeping the record
    assert editor.form.labels["name"].text() == "Register"
    assert editor.value() == full(r.Register)


@pytest.mark.parametrize("name", [s.name for s in entity(r.Register).fields])
def test_every_field_has_a_buddy_label_and_an_accessible_name(make_editor, name: str) -> None:
    editor = make_editor(RegisterEditor)
    label = editor.form.labels[name]
    assert isinstance(label, QLabel) and label.text() == entity(r.Register).field(name).label("en")
    field = editor.form.editors[name]
    assert label.buddy() is field.focus_widget()
    if entity(r.Register).field(name).kind not in (Kind.OBJECT,):
        assert field.focus_widget().accessibleName()


def test_tab_moves_through_the_identity_fields_in_order(make_editor, qtbot) -> None:
    editor = make_editor(RegisterEditor, full(r.Register))
    _show(editor, qtbot)
    order = ["name", "key", "reference", "department", "description"]
    editor.form.editor(order[0]).focus_widget().setFocus()
    qtbot.waitUntil(editor.form.editor(order[0]).focus_widget().hasFocus)
    for previous in order[:-1]:
        assert QApplication.focusWidget() is editor.form.editor(previous).focus_widget()
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is editor.form.editor(order[-1]).focus_widget()


def test_load_only_sets_values(make_editor) -> None:
    """Loading another register reuses the widgets built once."""
    workspace = read_document(build_demo(20, 5))
    editor = make_editor(RegisterEditor)
    editor.set_context(workspace.processors, "en")
    widgets = set(map(id, editor.findChildren(FieldEditor)))
    for controller in workspace.controllers:
        for register in controller.registers:
            editor.load(register)
    assert set(map(id, editor.findChildren(FieldEditor))) == widgets


def test_pick_lists_of_countries(make_editor, qtbot) -> None:
    from ropa.ui.editor import ProcessorEditor

    editor = make_editor(ProcessorEditor, r.Processor(key="x", name="X", processing_countries=("FI",)))
    countries = editor.form.editor("processing_countries")
    assert isinstance(countries, PickListEditor)
    countries.picker.line().setText("Japan")
    qtbot.mouseClick(countries.add, Qt.MouseButton.LeftButton)
    assert editor.value().processing_countries == ("FI", "JP")
    assert countries.list.item(1).text() == "Japan — adequacy, limited scope"

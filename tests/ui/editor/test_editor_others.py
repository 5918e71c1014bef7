"""The controller, processor and Art. 30(2) editors: the same generic form over other records."""

from __future__ import annotations

import dataclasses

import pytest
from editor_support import PROCESSORS, full, full_controller
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from support import SEED_DOCUMENTS, load_fixture

from ropa.demo import build_demo
from ropa.io.interchange import read_document
from ropa.model import records as r
from ropa.ui.editor import ControllerEditor, ProcessingOnBehalfEditor, ProcessorEditor, RegisterEditor
from ropa.ui.editor.fields import ChoiceEditor, CodeEditor, FlagEditor, PickListEditor, TextEditor
from ropa.ui.editor.form import ListEditor, ObjectEditor, OptionalEditor
from ropa.ui.editor.marks import Severity


def _workspaces() -> list[r.Workspace]:
    return [read_document(load_fixture(name)) for name in SEED_DOCUMENTS] + [
        read_document(build_demo(60, 11))
    ]


def _type(field, text: str) -> None:
    assert isinstance(field, TextEditor)
    if isinstance(field.edit, QLineEdit):
        field.edit.end(False)
        field.edit.insert(text)
    else:
        field.edit.moveCursor(field.edit.textCursor().MoveOperation.End)
        field.edit.insertPlainText(text)


def _choose(field, value: object) -> None:
    assert isinstance(field, CodeEditor)
    field.combo.setCurrentIndex(field.combo.findData(value))


@pytest.mark.parametrize(
    ("cls", "record"),
    [
        (ControllerEditor, full_controller()),
        (ProcessorEditor, full(r.Processor)),
        (ProcessingOnBehalfEditor, full(r.ProcessingOnBehalf)),
        (RegisterEditor, full(r.Register)),
    ],
    ids=lambda v: v.__name__ if isinstance(v, type) else "",
)
def test_every_field_round_trips(make_editor, cls, record) -> None:
    editor = make_editor(cls, record)
    assert editor.value() == record
    assert not editor.is_dirty()
    assert [m for m in editor.marks if m.severity is Severity.ERROR] == []


def test_every_record_of_the_fixtures_and_the_demo_round_trips(make_editor) -> None:
    editors = {
        r.Controller: make_editor(ControllerEditor),
        r.Processor: make_editor(ProcessorEditor),
        r.ProcessingOnBehalf: make_editor(ProcessingOnBehalfEditor),
    }
    counts = dict.fromkeys(editors, 0)
    for workspace in _workspaces():
        records = [
            *workspace.controllers,
            *workspace.processors,
            *(pob for c in workspace.controllers for pob in c.processing_on_behalf),
        ]
        for editor in editors.values():
            editor.set_context(workspace.processors, "en")
        for record in records:
            editor = editors[type(record)]
            editor.load(record)
            assert editor.value() == record, getattr(record, "key", "")
            assert not editor.is_dirty()
            counts[type(record)] += 1
    assert all(count > 3 for count in counts.values()), counts


# -- the controller's own details ----------------------------------------------------------------


def test_controller_details_keep_its_registers(make_editor) -> None:
    controller = full_controller()
    editor = make_editor(ControllerEditor, controller)
    assert "registers" not in editor.form.editors and "processing_on_behalf" not in editor.form.editors
    _type(editor.form.editor("name"), " Oy")
    dpo = editor.form.editor("dpo")
    assert isinstance(dpo, ObjectEditor)
    dpo_name = dpo.form.editor("name")
    assert isinstance(dpo_name, TextEditor) and isinstance(dpo_name.edit, QLineEdit)
    dpo_name.edit.setText("Maria Vaittinen")
    public = editor.form.editor("public_authority")
    assert isinstance(public, FlagEditor)
    public.buttons[False].click()
    value = editor.value()
    assert value.name == controller.name + " Oy"
    assert value.dpo == dataclasses.replace(controller.dpo, name="Maria Vaittinen")
    assert value.public_authority is False
    assert value.registers == controller.registers
    assert value.processing_on_behalf == controller.processing_on_behalf
    assert value.extensions == controller.extensions


def test_controller_problems_are_its_own_only(make_editor) -> None:
    """Gaps in its registers are the register editor's business, not the details form's."""
    controller = r.Controller(
        key="c",
        name="C",
        address="A",
        email="e@x",
        registers=(r.Register(key="g"),),  # a register with gaps
    )
    editor = make_editor(ControllerEditor, controller)
    assert editor.marks == []
    editor.form.editor("name").focus_widget().clear()  # type: ignore[attr-defined]
    editor.check_now()
    assert [(m.path, m.severity) for m in editor.marks] == [(("name",), Severity.GAP)]


def test_controller_country_and_representative(make_editor, qtbot) -> None:
    editor = make_editor(ControllerEditor, r.Controller(key="c", name="Example Inc."))
    country = editor.form.editor("country")
    assert isinstance(country, ChoiceEditor)
    qtbot.keyClicks(country.combo.line(), "United States")
    qtbot.keyClick(country.combo.line(), Qt.Key.Key_Return)
    country.combo.commit_text()
    representative = editor.form.editor("representative")
    assert isinstance(representative, OptionalEditor)
    representative.check.setChecked(True)
    _type(representative.form.editor("name"), "EU Representative GmbH")
    _type(representative.form.editor("address"), "Berlin")
    value = editor.value()
    assert value.country == "US"
    assert value.representative == r.Representative(name="EU Representative GmbH", address="Berlin")


# -- processors ----------------------------------------------------------------------------------


def test_processor_countries_mechanisms_and_parent(make_editor, qtbot) -> None:
    processor = r.Processor(key="delta", name="Delta Hosting", country="IE", processing_countries=("IE",))
    editor = make_editor(ProcessorEditor, processor)
    countries = editor.form.editor("processing_countries")
    assert isinstance(countries, PickListEditor)
    countries.picker.line().setText("United States")
    qtbot.mouseClick(countries.add, Qt.MouseButton.LeftButton)
    countries.picker.line().setText("intl:epo")
    qtbot.keyClick(countries.picker.line(), Qt.Key.Key_Return)
    _choose(editor.form.editor("transfer_mechanism"), "scc")
    _choose(editor.form.editor("scc_module"), 3)
    mechanisms = editor.form.editor("country_mechanisms")
    assert isinstance(mechanisms, ListEditor)
    qtbot.mouseClick(mechanisms.buttons.add, Qt.MouseButton.LeftButton)
    country = mechanisms.form.editor("country")
    assert isinstance(country, ChoiceEditor)
    country.combo.line().setText("United States")
    country.combo.commit_text()
    _choose(mechanisms.form.editor("mechanism"), "adequacy")
    scope = editor.form.editor("adequacy_scope")
    assert isinstance(scope, ObjectEditor)
    confirmed = scope.form.editor("confirmed")
    assert isinstance(confirmed, FlagEditor)
    confirmed.buttons[True].click()
    parent = editor.form.editor("parent")
    assert isinstance(parent, ChoiceEditor)
    parent.combo.line().setText("Gamma")
    parent.combo.commit_text()
    value = editor.value()
    assert value.processing_countries == ("IE", "US", "intl:epo")
    assert (value.transfer_mechanism, value.scc_module) == ("scc", 3)
    assert value.country_mechanisms == (r.CountryMechanism(country="US", mechanism="adequacy"),)
    assert value.adequacy_scope.confirmed is True
    assert value.parent == "p3"
    editor.check_now()
    assert [m for m in editor.marks if m.severity is Severity.ERROR] == []
    # what it implies: the US (adequacy, limited scope) and the organisation
    assert {t.country for t in editor.derived_transfers.transfers} == {"US", "intl:epo"}


def test_a_parent_that_makes_the_chain_loop_is_an_error(make_editor) -> None:
    editor = make_editor(ProcessorEditor, PROCESSORS[0])  # p1, the parent of p2
    parent = editor.form.editor("parent")
    assert isinstance(parent, ChoiceEditor)
    parent.combo.line().setText("Beta")
    parent.combo.commit_text()
    editor.check_now()
    assert parent.severity is Severity.ERROR
    assert "loop" in parent.messages[0]
    assert editor.save() is False


def test_an_scc_module_is_enabled_only_with_scc(make_editor) -> None:
    editor = make_editor(ProcessorEditor, r.Processor(key="x", name="X"))
    module = editor.form.editor("scc_module")
    assert not module.isEnabled()
    _choose(editor.form.editor("transfer_mechanism"), "scc")
    assert module.isEnabled()
    editor.check_now()
    assert module.severity is Severity.WARNING
    assert module.messages == ["SCC module is not recorded, though the transfer mechanism is 'scc'"]


def test_a_processor_key_rename_keeps_its_references_valid(make_editor) -> None:
    editor = make_editor(ProcessorEditor, PROCESSORS[2])
    key = editor.form.editor("key")
    _type(key, "-renamed")
    editor.check_now()
    assert [m for m in editor.marks if m.severity is Severity.ERROR] == []


# -- Art. 30(2) records --------------------------------------------------------------------------


def test_processing_on_behalf(make_editor, qtbot) -> None:
    editor = make_editor(ProcessingOnBehalfEditor, r.ProcessingOnBehalf(key="pob"))
    assert editor.title.text() == "pob"
    client = editor.form.editor("client")
    assert isinstance(client, ObjectEditor)
    _type(client.form.editor("name"), "Client Oy")
    assert editor.title.text() == "For Client Oy"
    _type(editor.form.editor("categories_of_processing"), "Payroll")
    subprocessors = editor.form.editor("subprocessors")
    assert isinstance(subprocessors, PickListEditor)
    subprocessors.picker.line().setText("Gamma")
    qtbot.mouseClick(subprocessors.add, Qt.MouseButton.LeftButton)
    subprocessors.picker.line().setText("Alpha")
    qtbot.mouseClick(subprocessors.add, Qt.MouseButton.LeftButton)
    subprocessors.list.setCurrentRow(1)
    qtbot.mouseClick(subprocessors.buttons.up, Qt.MouseButton.LeftButton)
    transfers = editor.form.editor("transfers")
    assert isinstance(transfers, ListEditor)
    qtbot.mouseClick(transfers.buttons.add, Qt.MouseButton.LeftButton)
    country = transfers.form.editor("country")
    assert isinstance(country, ChoiceEditor)
    country.combo.line().setText("India")
    country.combo.commit_text()
    _choose(transfers.form.editor("mechanism"), "scc")
    _choose(transfers.form.editor("scc_module"), 3)
    value = editor.value()
    assert value.client.name == "Client Oy"
    assert value.categories_of_processing == "Payroll"
    assert value.subprocessors == ("p1", "p3")
    assert value.transfers == (r.Transfer(country="IN", mechanism="scc", scc_module=3),)
    editor.check_now()
    assert [m for m in editor.marks if m.severity is Severity.ERROR] == []
    found = {m.path: m.message for m in editor.marks}
    assert found[("security_measures",)] == "Security measures is not recorded"  # 30(2)(d)
    # Alpha Cloud's default SCC module 2 does not fit an Art. 30(2) leg, which needs module 3
    assert "needs module 3" in found[("subprocessors",)]


def test_editors_in_finnish(make_editor) -> None:
    editor = make_editor(ProcessorEditor, full(r.Processor), lang="fi")
    assert editor.form.labels["processing_countries"].text() == "Käsittelymaat"
    assert editor.kind_label.text() == "Käsittelijä"
    countries = editor.form.editor("processing_countries")
    assert isinstance(countries, PickListEditor)
    assert countries.list.item(0).text().startswith("Yhdysvallat")


def test_editor_chrome_in_finnish(make_editor, qapp, monkeypatch) -> None:
    from ropa.ui.i18n import install_translators, remove_translators

    translators = install_translators(qapp, "fi")
    try:
        editor = make_editor(RegisterEditor, full(r.Register), lang="fi")
        assert editor.save_button.text() == "Tallenna"
        assert editor.form.section_heads["identity"].text() == "Tunnistetiedot ja yhteyshenkilöt"
        assert editor.index.item(7).text() == "Automaattiset päätökset ja vaikutustenarviointi"
        used = editor.form.editor("automated_decision_making.used")
        assert isinstance(used, FlagEditor) and used.buttons[True].text() == "Kyllä"
        recipients = editor.form.editor("recipients")
        assert isinstance(recipients, ListEditor)
        country = recipients.form.editor("country")
        assert isinstance(country, ChoiceEditor)
        assert country.combo.currentText() == "Yhdysvallat — riittävyyspäätös, rajattu"
    finally:
        remove_translators(qapp, translators)


def test_a_new_catalogue_of_the_same_size_is_shown_right(make_editor) -> None:
    register = r.Register(key="g", processors=(r.ProcessorLink(processor="q2"),))
    editor = make_editor(RegisterEditor, register)
    others = tuple(r.Processor(key=f"q{i}", name=f"Other {i}") for i in range(len(PROCESSORS)))
    editor.set_context(others, "en")
    editor.load(register)
    processors = editor.form.editor("processors")
    assert isinstance(processors, ListEditor)
    link = processors.form.editor("processor")
    assert isinstance(link, ChoiceEditor)
    assert link.combo.currentText() == "Other 2"
    assert editor.value() == register


def test_the_section_index_scrolls_to_its_section(make_editor, qtbot) -> None:
    editor = make_editor(RegisterEditor, full(r.Register))
    editor.show()
    qtbot.waitExposed(editor)
    bar = editor.scroll_area.verticalScrollBar()
    editor.index.itemClicked.emit(editor.index.item(5))  # Transfers
    assert bar.value() > 0
    head = editor.form.section_heads["transfers"]
    assert abs(head.mapTo(editor.scroll_area.widget(), head.rect().topLeft()).y() - bar.value()) < 40
    editor.index.itemClicked.emit(editor.index.item(0))
    assert bar.value() == 0


def test_another_register_shows_its_first_items_the_same_one_keeps_the_place(make_editor) -> None:
    register = full(r.Register)
    editor = make_editor(RegisterEditor, register)
    purposes = editor.form.editor("purposes")
    assert isinstance(purposes, ListEditor)
    purposes.select(1)
    editor.mark_saved(dataclasses.replace(register, name="Saved"))  # the same register, stored
    assert purposes.current == 1
    editor.load(dataclasses.replace(register, key="other"))
    assert purposes.current == 0

"""Small forms for the window's commands: a new controller, register or processor, a processor link.

Each dialog returns a record for a Session command; the command validates it and, when it is
refused, the window shows which field is wrong and opens the dialog again with what was typed.
The full editors (every field of a record) live in ``ropa.ui.editor``.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import unicodedata
from collections.abc import Callable, Container, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ropa.model import records as r
from ropa.reference import reference


def slug(text: str) -> str:
    """A key from a name: "Kemin kaupunki" -> "kemin-kaupunki" (ä -> a, ö -> o)."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")


def unique_key(base: str, taken: Container[str]) -> str:
    """``base``, or ``base-2``, ``base-3``... whichever is not taken."""
    base = base or "new"
    key, n = base, 2
    while key in taken:
        key, n = f"{base}-{n}", n + 1
    return key


@functools.cache
def country_entries(language: str) -> tuple[tuple[str, str], ...]:
    """(code, "FI — Finland") for every destination a record may name, by code."""
    ref = reference()
    letters = [chr(c) for c in range(ord("A"), ord("Z") + 1)]
    codes = [a + b for a in letters for b in letters if ref.is_destination(a + b)]
    codes += [item.code for item in ref.organisations]
    return tuple((code, f"{code} — {ref.country_name(code, language)}") for code in codes)


class CountryEdit(QLineEdit):
    """A country code (or ``intl:`` organisation) with completion by code or name."""

    def __init__(self, language: str, *, many: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._many = many
        entries = country_entries(language)
        self._names = dict(entries)
        completer = QCompleter([text for _, text in entries], self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        if not many:
            self.setCompleter(completer)
            completer.activated.connect(lambda text: self.setText(text.split(" — ", 1)[0]))
        self.setPlaceholderText(self.tr("e.g. FI, SE, US") if many else self.tr("e.g. FI"))

    def codes(self) -> tuple[str, ...]:
        parts = re.split(r"[,\s;]+", self.text().strip())
        return tuple(dict.fromkeys(p if p.startswith("intl:") else p.upper() for p in parts if p))

    def code(self) -> str | None:
        found = self.codes()
        return found[0] if found else None


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class _KeyedDialog(QDialog):
    """A form whose record gets a key derived from its name until the key is edited by hand."""

    def __init__(self, title: str, taken: Container[str], parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self._taken = taken
        self._key_edited = False
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.name_edit = QLineEdit()
        self.key_edit = QLineEdit()
        self.key_edit.setToolTip(self.tr("The stable identifier files and other tools use"))
        self.name_edit.textEdited.connect(self._name_typed)
        self.key_edit.textEdited.connect(self._key_typed)
        self.buttons = _buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)

    def _name_typed(self, text: str) -> None:
        if not self._key_edited:
            self.key_edit.setText(unique_key(slug(text), self._taken))

    def _key_typed(self, _text: str) -> None:
        self._key_edited = True

    def fix_key(self, key: str) -> None:
        """An existing record: its key is shown and kept."""
        self.key_edit.setText(key)
        self._key_edited = True

    def accept(self) -> None:
        if not self.name_edit.text().strip():
            self.name_edit.setFocus()
            return
        if not self.key_edit.text().strip():
            self.key_edit.setText(unique_key(slug(self.name_edit.text()), self._taken))
        super().accept()


class ControllerDialog(_KeyedDialog):
    """A new controller: the organisation, its business ID and contacts."""

    def __init__(self, language: str, taken: Container[str], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New Controller"), taken, parent)
        self.business_id_edit = QLineEdit()
        self.address_edit = QLineEdit()
        self.email_edit = QLineEdit()
        self.country_edit = CountryEdit(language)
        self.country_edit.setText("FI")
        self.public_check = QCheckBox(self.tr("A public authority or body"))
        self.form.addRow(self.tr("&Name:"), self.name_edit)
        self.form.addRow(self.tr("&Key:"), self.key_edit)
        self.form.addRow(self.tr("&Business ID:"), self.business_id_edit)
        self.form.addRow(self.tr("&Address:"), self.address_edit)
        self.form.addRow(self.tr("&Email:"), self.email_edit)
        self.form.addRow(self.tr("&Country:"), self.country_edit)
        self.form.addRow("", self.public_check)

    def value(self) -> r.Controller:
        return r.Controller(
            key=self.key_edit.text().strip(),
            name=self.name_edit.text().strip(),
            business_id=self.business_id_edit.text().strip(),
            address=self.address_edit.text().strip(),
            email=self.email_edit.text().strip(),
            country=self.country_edit.code(),
            public_authority=True if self.public_check.isChecked() else None,
        )


class RegisterDialog(_KeyedDialog):
    """A new register: its name, unit and status (the rest is filled in the register's editor)."""

    def __init__(
        self,
        language: str,
        taken: Container[str],
        controllers: Sequence[tuple[str, str]],
        controller: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("New Register"), taken, parent)
        self.department_edit = QLineEdit()
        self.status_combo = QComboBox()
        for code in reference().register_statuses:
            label = code.label(language)
            self.status_combo.addItem(label[:1].upper() + label[1:], code.code)
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData("draft")))
        self.controller_combo = QComboBox()
        for key, name in controllers:
            self.controller_combo.addItem(name or key, key)
        if controller is not None:
            self.controller_combo.setCurrentIndex(max(0, self.controller_combo.findData(controller)))
        self.form.addRow(self.tr("&Controller:"), self.controller_combo)
        self.form.addRow(self.tr("&Name:"), self.name_edit)
        self.form.addRow(self.tr("&Key:"), self.key_edit)
        self.form.addRow(self.tr("&Department:"), self.department_edit)
        self.form.addRow(self.tr("&Status:"), self.status_combo)

    def controller(self) -> str:
        return str(self.controller_combo.currentData())

    def value(self) -> r.Register:
        return r.Register(
            key=self.key_edit.text().strip(),
            name=self.name_edit.text().strip(),
            department=self.department_edit.text().strip(),
            status=self.status_combo.currentData(),
            created=date.today(),
        )


class ProcessorDialog(_KeyedDialog):
    """A processor (or sub-processor): where it is and processes, and on which transfer tool."""

    def __init__(
        self,
        language: str,
        taken: Container[str],
        *,
        processor: r.Processor | None = None,
        parent_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        title = (
            self.tr("Edit Processor")
            if processor is not None
            else self.tr("New Sub-processor")
            if parent_name
            else self.tr("New Processor")
        )
        super().__init__(title, taken, parent)
        self._original = processor or r.Processor()
        self.business_id_edit = QLineEdit()
        self.country_edit = CountryEdit(language)
        self.countries_edit = CountryEdit(language, many=True)
        self.services_edit = QPlainTextEdit()
        self.services_edit.setFixedHeight(self.fontMetrics().height() * 4)
        self.mechanism_combo = QComboBox()
        self.mechanism_combo.addItem(self.tr("None recorded"), None)
        for code in reference().transfer_mechanisms:
            label = code.label(language)
            self.mechanism_combo.addItem(f"{label[:1].upper()}{label[1:]} ({code.article})", code.code)
        self.module_combo = QComboBox()
        self.module_combo.addItem(self.tr("No module"), None)
        for code in reference().scc_modules:
            self.module_combo.addItem(code.label(language), int(code.code))
        self.tia_edit = QLineEdit()
        self.tia_edit.setPlaceholderText(self.tr("Where the transfer impact assessment is, or its summary"))
        self.scope_combo = QComboBox()
        self.scope_combo.addItem(self.tr("Not checked"), None)
        self.scope_combo.addItem(self.tr("Yes, inside the decision's scope"), True)
        self.scope_combo.addItem(self.tr("No, outside it"), False)
        self.mechanism_combo.currentIndexChanged.connect(self._mechanism_changed)
        if parent_name:
            self.form.addRow(self.tr("Sub-processor of:"), QLabel(parent_name))
        self.form.addRow(self.tr("&Name:"), self.name_edit)
        self.form.addRow(self.tr("&Key:"), self.key_edit)
        self.form.addRow(self.tr("&Business ID:"), self.business_id_edit)
        self.form.addRow(self.tr("&Country:"), self.country_edit)
        self.form.addRow(self.tr("&Processing countries:"), self.countries_edit)
        self.form.addRow(self.tr("&Services:"), self.services_edit)
        self.form.addRow(self.tr("Transfer &mechanism:"), self.mechanism_combo)
        self.form.addRow(self.tr("SCC m&odule:"), self.module_combo)
        self.form.addRow(self.tr("&TIA:"), self.tia_edit)
        self.form.addRow(self.tr("Adequacy scope &confirmed:"), self.scope_combo)
        if processor is not None:
            self.name_edit.setText(processor.name)
            self.fix_key(processor.key)
            self.business_id_edit.setText(processor.business_id)
            self.country_edit.setText(processor.country or "")
            self.countries_edit.setText(", ".join(processor.processing_countries))
            self.services_edit.setPlainText(processor.services)
            self.mechanism_combo.setCurrentIndex(
                max(0, self.mechanism_combo.findData(processor.transfer_mechanism))
            )
            self.module_combo.setCurrentIndex(max(0, self.module_combo.findData(processor.scc_module)))
            self.tia_edit.setText(processor.tia)
            self.scope_combo.setCurrentIndex(
                max(0, self.scope_combo.findData(processor.adequacy_scope.confirmed))
            )
        self._mechanism_changed()

    def _mechanism_changed(self) -> None:
        scc = self.mechanism_combo.currentData() == "scc"
        self.module_combo.setEnabled(scc)
        if not scc:
            self.module_combo.setCurrentIndex(0)

    def value(self) -> r.Processor:
        scope = dataclasses.replace(self._original.adequacy_scope, confirmed=self.scope_combo.currentData())
        return dataclasses.replace(
            self._original,
            key=self.key_edit.text().strip(),
            name=self.name_edit.text().strip(),
            business_id=self.business_id_edit.text().strip(),
            country=self.country_edit.code(),
            processing_countries=self.countries_edit.codes(),
            services=self.services_edit.toPlainText().strip(),
            transfer_mechanism=self.mechanism_combo.currentData(),
            scc_module=self.module_combo.currentData(),
            tia=self.tia_edit.text().strip(),
            adequacy_scope=scope,
        )


class LinkDialog(QDialog):
    """Link a processor to a register: which processor, its task and the Art. 28 agreement."""

    def __init__(
        self, processors: Sequence[tuple[str, str]], register_name: str, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Link Processor"))
        self.setMinimumWidth(460)
        self.processor_combo = QComboBox()
        self.processor_combo.setEditable(True)
        self.processor_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for key, name in processors:
            self.processor_combo.addItem(f"{name} ({key})" if name else key, key)
        completer = self.processor_combo.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.task_edit = QLineEdit()
        self.agreement_edit = QLineEdit()
        self.agreement_edit.setPlaceholderText(self.tr("The data processing agreement (Art. 28)"))
        self.date_check = QCheckBox(self.tr("Signed on"))
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setEnabled(False)
        self.date_check.toggled.connect(self.date_edit.setEnabled)
        form = QFormLayout()
        form.addRow(self.tr("Register:"), QLabel(register_name))
        form.addRow(self.tr("&Processor:"), self.processor_combo)
        form.addRow(self.tr("&Task:"), self.task_edit)
        form.addRow(self.tr("&Agreement:"), self.agreement_edit)
        form.addRow(self.date_check, self.date_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))

    def value(self) -> r.ProcessorLink:
        index = self.processor_combo.findText(self.processor_combo.currentText())
        key = (
            self.processor_combo.itemData(index) if index >= 0 else self.processor_combo.currentText().strip()
        )
        when = self.date_edit.date().toPython() if self.date_check.isChecked() else None
        return r.ProcessorLink(
            processor=str(key or ""),
            task=self.task_edit.text().strip(),
            agreement=self.agreement_edit.text().strip(),
            agreement_date=when if isinstance(when, date) else None,
        )


class ChoiceDialog(QDialog):
    """Choose one of a few things (a controller to move to, a processor link to remove)."""

    def __init__(
        self, title: str, label: str, choices: Sequence[tuple[Any, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self.list = QListWidget()
        self.list.setAccessibleName(label)
        for data, text in choices:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, data)
            self.list.addItem(item)
        if choices:
            self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        layout = QVBoxLayout(self)
        caption = QLabel(label)
        caption.setBuddy(self.list)
        layout.addWidget(caption)
        layout.addWidget(self.list)
        layout.addWidget(_buttons(self))

    def choice(self) -> Any:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None


def run_form(dialog: QDialog, submit: Callable[[], bool]) -> bool:
    """Show ``dialog`` until ``submit`` accepts what it holds (True) or the user cancels."""
    while dialog.exec() == QDialog.DialogCode.Accepted:
        if submit():
            return True
    return False

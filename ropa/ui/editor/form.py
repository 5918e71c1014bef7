"""The generic form: any record of the catalogue, built from its field descriptions.

:class:`RecordForm` lays out one editor per field (picked by :func:`make_editor` from the field's
kind), in the sections of :mod:`ropa.ui.editor.layout` or in catalogue order. Nested records are
forms inside forms: one (:class:`ObjectEditor`), maybe (:class:`OptionalEditor`) and many
(:class:`ListEditor`: a table of the items with a form for the selected one). A form is built
once; ``load`` only sets values, and ``value`` builds a new frozen record with
``dataclasses.replace`` on the loaded one, so ``extensions`` and fields the form does not show
are kept as they were.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ropa.model.catalogue import entity
from ropa.model.fields import FieldSpec, Kind
from ropa.reference import reference
from ropa.ui.editor.context import EditorContext, capital, country_text, standing_text
from ropa.ui.editor.fields import (
    FRAME,
    ChoiceEditor,
    CodeEditor,
    CodesEditor,
    DateEditor,
    FieldEditor,
    FlagEditor,
    ListButtons,
    PickListEditor,
    TextEditor,
    TextsEditor,
    WeightedTable,
    field_tooltip,
    severity_icon,
)
from ropa.ui.editor.layout import ELSEWHERE, SHORT_TEXTS, SUMMARY_COLUMNS, Panel, Section
from ropa.ui.editor.marks import COLOURS, SYMBOLS, Mark, group, worst

LABEL_WIDTH = 230  # the widest a label column gets before labels wrap
NESTED_LABEL_WIDTH = 170  # the same inside a nested record
_SIMPLE = (Kind.KEY, Kind.TEXT, Kind.CODE, Kind.COUNTRY, Kind.REF, Kind.DATE, Kind.FLAG, Kind.SCC_MODULE)


def make_editor(spec: FieldSpec, ctx: EditorContext) -> FieldEditor:
    """The editor for a field of this kind: the one place a kind is mapped to a widget."""
    kind = spec.kind
    if kind in (Kind.KEY, Kind.TEXT):
        return TextEditor(spec, ctx, long=kind is Kind.TEXT and spec.name not in SHORT_TEXTS)
    if kind is Kind.TEXTS:
        return TextsEditor(spec, ctx)
    if kind is Kind.CODE:
        return CodeEditor(spec, ctx, list_name=spec.codes)
    if kind is Kind.CODES:
        return CodesEditor(spec, ctx, list_name=spec.codes)
    if kind is Kind.SCC_MODULE:
        return CodeEditor(spec, ctx, list_name="scc_modules", convert=int)
    if kind is Kind.COUNTRY:
        return ChoiceEditor(spec, ctx, model=ctx.countries(), text=lambda code: _country(code, ctx))
    if kind is Kind.COUNTRIES:
        return PickListEditor(
            spec,
            ctx,
            model=ctx.countries(),
            text=lambda code: _country(code, ctx),
            tooltip=lambda code: f"{code}: {standing_text(code, ctx.today, ctx.lang, full=True)}",
        )
    if kind is Kind.DATE:
        return DateEditor(spec, ctx)
    if kind is Kind.FLAG:
        return FlagEditor(spec, ctx)
    if kind is Kind.REF:
        return ChoiceEditor(
            spec,
            ctx,
            model=ctx.processor_model,
            text=ctx.processor_text,
            empty="" if spec.mandatory else None,
        )
    if kind is Kind.REFS:
        return PickListEditor(
            spec, ctx, model=ctx.processor_model, text=ctx.processor_text, tooltip=ctx.processor_tooltip
        )
    if kind is Kind.OBJECT:
        return ObjectEditor(spec, ctx)
    if kind is Kind.OPTIONAL:
        return OptionalEditor(spec, ctx)
    if kind is Kind.LIST:
        return ListEditor(spec, ctx)
    raise AssertionError(f"no editor for {kind}")


def _country(code: str, ctx: EditorContext) -> str:
    return country_text(code, ctx.today, ctx.lang) if reference().is_destination(code) else code


def display(spec: FieldSpec, value: Any, ctx: EditorContext) -> str:
    """A value as one short line, for the columns of a list of records."""
    kind = spec.kind
    if value is None or value == "" or value == ():
        return ""
    if kind in (Kind.TEXT, Kind.KEY):
        return str(value).strip().splitlines()[0] if str(value).strip() else ""
    if kind is Kind.CODE:
        found = reference().code_list(spec.codes).get(value)
        return capital(found.label(ctx.lang)) if found else str(value)
    if kind is Kind.SCC_MODULE:
        return QCoreApplication.translate("editor", "Module {number}").format(number=value)
    if kind is Kind.COUNTRY:
        return _country(value, ctx)
    if kind is Kind.REF:
        return ctx.processor_name(value)
    if kind is Kind.DATE:
        return value.isoformat() if isinstance(value, date) else str(value)
    if kind is Kind.FLAG:
        return (
            QCoreApplication.translate("editor", "Yes")
            if value is True
            else QCoreApplication.translate("editor", "No")
            if value is False
            else ""
        )
    if isinstance(value, tuple):
        return str(len(value))
    return str(value)


class RecordForm(QWidget):
    """Every field of one kind of record, each with its label from the catalogue.

    With ``sections`` the fields are grouped under section headings (the top-level editors);
    otherwise every field of the entity is shown in catalogue order (nested records).
    """

    changed = Signal()

    def __init__(
        self,
        record: type,
        ctx: EditorContext,
        *,
        sections: Sequence[Section] | None = None,
        panels: dict[str, QWidget] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.record_type = record
        self.entity = entity(record)
        self.ctx = ctx
        self.editors: dict[str, FieldEditor] = {}
        self.labels: dict[str, QLabel] = {}
        self.section_heads: dict[str, QLabel] = {}
        self.section_of: dict[str, str] = {}
        self._rows: dict[str, tuple[QFormLayout, QWidget]] = {}
        self._record: Any = record()
        self._companions: list[Any] = []
        self._panel_labels: list[QLabel] = []
        self._flat: list[ObjectEditor] = []
        self._sectioned = sections is not None
        panels = panels or {}
        if sections is None:
            hidden = ELSEWHERE.get(record, frozenset())
            sections = (Section("", "", tuple(n for n in self.entity.names if n not in hidden)),)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6 if self._sectioned else 0)
        later: list[Panel] = []
        for section in sections:
            form = self._form()
            if section.title:
                head = QLabel(QCoreApplication.translate("sections", str(section.title)))
                font = QFont(head.font())
                font.setPointSizeF(font.pointSizeF() * 1.25)
                font.setBold(True)
                head.setFont(font)
                head.setContentsMargins(0, 14 if self.section_heads else 0, 0, 2)
                self.section_heads[section.key] = head
                column.addWidget(head)
                rule = QFrame()
                rule.setFrameShape(QFrame.Shape.HLine)
                rule.setFrameShadow(QFrame.Shadow.Sunken)
                column.addWidget(rule)
            for item in section.items:
                if isinstance(item, Panel):
                    if item.at:
                        later.append(item)
                    elif item.name in panels:
                        label = self._add_row(
                            form, getattr(panels[item.name], "title", ""), panels[item.name]
                        )
                        self._panel_labels.append(label)
                    continue
                spec = self.entity.field(item)
                editor: FieldEditor
                if spec.kind is Kind.OBJECT and len(section.fields) == 1 and section.title:
                    flat = ObjectEditor(spec, ctx, flat=True)
                    label = QLabel(spec.label(ctx.lang))  # the section's title says it: not shown
                    label.hide()
                    form.addRow(flat)
                    self._flat.append(flat)
                    editor = flat
                else:
                    editor = make_editor(spec, ctx)
                    label = self._add_row(form, spec.label(ctx.lang), editor, spec=spec)
                label.setBuddy(editor.focus_widget())
                self.editors[item] = editor
                self.labels[item] = label
                self.section_of[item] = section.key
                self._rows[item] = (form, editor)
                editor.changed.connect(self.changed)
            column.addLayout(form)
        for panel in later:
            if panel.name in panels:
                self.insert_after(panel.at, panels[panel.name])
        self._link_companions()
        if self._sectioned:
            column.addStretch(1)
        self._align_labels(LABEL_WIDTH if self._sectioned else NESTED_LABEL_WIDTH)

    # -- building ----------------------------------------------------------------------------------

    def _form(self) -> QFormLayout:
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setFormAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setHorizontalSpacing(10)
        form.setVerticalSpacing(2)
        return form

    def _add_row(
        self, form: QFormLayout, text: str, widget: QWidget, *, spec: FieldSpec | None = None
    ) -> QLabel:
        label = QLabel(text)
        label.setContentsMargins(0, _label_offset(), 0, 0)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        label.setTextFormat(Qt.TextFormat.PlainText)
        if spec is not None:
            label.setToolTip(field_tooltip(spec, self.ctx.lang))
        form.addRow(label, widget)
        return label

    def _align_labels(self, cap: int) -> None:
        """One label column for all sections: every label as wide as the widest (wrapped past ``cap``)."""
        labels = [label for label in self.labels.values() if not label.isHidden()] + self._panel_labels
        for flat in self._flat:
            labels.extend(flat.form.labels.values())
        widths = [label.sizeHint().width() for label in labels]
        width = min(max(widths, default=0), cap)
        for label in labels:
            if label.sizeHint().width() > width:
                label.setWordWrap(True)
            label.setFixedWidth(width)

    def _link_companions(self) -> None:
        """A field meaningful only with a sibling's code (the SCC module) is enabled only with it."""
        for editor in self.editors.values():
            if editor.spec.only_with is None:
                continue
            sibling, code = editor.spec.only_with
            other = self.editors.get(sibling)
            if other is None:
                continue

            def update(editor: FieldEditor = editor, other: FieldEditor = other, code: str = code) -> None:
                on = other.value() == code or editor.value() is not None
                editor.setEnabled(on)
                self.labels[editor.spec.name].setEnabled(on)

            other.changed.connect(update)
            editor.changed.connect(update)
            self._companions.append(update)

    def insert_after(self, dotted: str, widget: QWidget) -> None:
        """Put ``widget`` on its own row right after the field ``dotted`` (``"dpia.criteria"``)."""
        head, _, rest = dotted.partition(".")
        if rest:
            inner = self.editors[head]
            assert isinstance(inner, ObjectEditor | OptionalEditor | ListEditor)
            inner.form.insert_after(rest, widget)
            return
        form, editor = self._rows[head]
        position: Any = form.getWidgetPosition(editor)
        form.insertRow(int(position[0]) + 1, getattr(widget, "title", ""), widget)

    def editor(self, dotted: str) -> FieldEditor:
        """The editor of a field, nested ones by a dotted name (``"dpia.criteria"``)."""
        head, _, rest = dotted.partition(".")
        found = self.editors[head]
        if rest:
            assert isinstance(found, ObjectEditor | OptionalEditor | ListEditor)
            return found.form.editor(rest)
        return found

    # -- values ------------------------------------------------------------------------------------

    def load(self, record: Any) -> None:
        self._record = record
        for name, editor in self.editors.items():
            editor.set_value(getattr(record, name))
        for update in self._companions:
            update()

    def value(self) -> Any:
        changes = {}
        for name, editor in self.editors.items():
            value = editor.value()
            if value is not getattr(self._record, name):
                changes[name] = value
        return dataclasses.replace(self._record, **changes) if changes else self._record

    def refresh_choices(self) -> None:
        for editor in self.editors.values():
            editor.refresh_choices()

    def reset_place(self) -> None:
        """Lists show their first item at the next load."""
        for editor in self.editors.values():
            reset = getattr(editor, "reset_place", None)
            if reset is not None:
                reset()
            elif isinstance(editor, ObjectEditor | OptionalEditor):
                editor.form.reset_place()

    # -- problems ----------------------------------------------------------------------------------

    def show_marks(self, marks: Sequence[Mark]) -> None:
        by_field = group(marks)
        for name, editor in self.editors.items():
            editor.show_marks(by_field.get(name, []))

    def local_marks(self) -> list[Mark]:
        return [
            Mark((name, *mark.path), mark.message, mark.severity)
            for name, editor in self.editors.items()
            for mark in editor.local_marks()
        ]

    def focus_path(self, path: Sequence[str | int]) -> QWidget | None:
        if not path:
            first = next(iter(self.editors.values()), None)
            return first.focus_path(()) if first is not None else None
        editor = self.editors.get(str(path[0]))
        return editor.focus_path(path[1:]) if editor is not None else None

    def first_field(self) -> FieldEditor | None:
        return next(iter(self.editors.values()), None)


_OFFSET: list[int] = []


def _label_offset() -> int:
    """How far down a label starts so that it lines up with the text of a one-line field beside it."""
    if not _OFFSET:
        edit, label = QLineEdit(), QLabel("Xg")
        _OFFSET.append(FRAME + max(0, (edit.sizeHint().height() - label.sizeHint().height()) // 2))
    return _OFFSET[0]


class _Nested(FieldEditor):
    form: RecordForm


class ObjectEditor(_Nested):
    """An embedded record (a contact person, the DPIA): its fields in a frame beside the label."""

    def __init__(
        self, spec: FieldSpec, ctx: EditorContext, parent: QWidget | None = None, *, flat: bool = False
    ) -> None:
        super().__init__(spec, ctx, parent)
        assert spec.record is not None
        self.flat = flat
        frame = QFrame()
        frame.setObjectName("nested")
        inner = QVBoxLayout(frame)
        if flat:  # alone in its section: its fields are the section's rows
            self._outer.setContentsMargins(0, 0, 0, 0)
            inner.setContentsMargins(0, 0, 0, 0)
        else:
            frame.setFrameShape(QFrame.Shape.StyledPanel)
            inner.setContentsMargins(8, 6, 8, 6)
        self.form = RecordForm(spec.record, ctx)
        self.form.changed.connect(self.changed)
        inner.addWidget(self.form)
        self._set_body(frame)

    def focus_widget(self) -> QWidget:
        first = self.form.first_field()
        return first.focus_widget() if first is not None else self

    def set_value(self, value: Any) -> None:
        self.form.load(value if value is not None else self.form.record_type())

    def value(self) -> Any:
        return self.form.value()

    def _mark_parts(self, marks: Sequence[Mark]) -> None:
        self.form.show_marks(marks)

    def show_marks(self, marks: Sequence[Mark]) -> None:
        super().show_marks(marks)
        if not [m for m in marks if m.path]:
            self.form.show_marks([])

    def focus_path(self, path: Sequence[str | int]) -> QWidget | None:
        return self.form.focus_path(path)

    def local_marks(self) -> list[Mark]:
        return self.form.local_marks()

    def refresh_choices(self) -> None:
        self.form.refresh_choices()


class OptionalEditor(_Nested):
    """An embedded record that may be absent (a representative): a check box reveals its fields."""

    def __init__(self, spec: FieldSpec, ctx: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(spec, ctx, parent)
        assert spec.record is not None
        self._loaded: Any = None
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        self.check = QCheckBox(QCoreApplication.translate("editor", "Applies"))
        self.check.setToolTip(field_tooltip(spec, ctx.lang))
        self.check.toggled.connect(self._toggled)
        column.addWidget(self.check)
        self.frame = QFrame()
        self.frame.setFrameShape(QFrame.Shape.StyledPanel)
        inner = QVBoxLayout(self.frame)
        inner.setContentsMargins(8, 6, 8, 6)
        self.form = RecordForm(spec.record, ctx)
        self.form.changed.connect(self.changed)
        inner.addWidget(self.form)
        self.frame.setVisible(False)
        column.addWidget(self.frame)
        self._set_body(body, body)

    def _toggled(self, on: bool) -> None:
        self.frame.setVisible(on)
        if not self.signalsBlocked():
            self.changed.emit()

    def focus_widget(self) -> QWidget:
        return self.check

    def set_value(self, value: Any) -> None:
        self._loaded = value
        self.blockSignals(True)
        self.check.setChecked(value is not None)
        self.form.load(value if value is not None else self.form.record_type())
        self.blockSignals(False)

    def value(self) -> Any:
        if not self.check.isChecked():
            return None
        return self.form.value()

    def _mark_parts(self, marks: Sequence[Mark]) -> None:
        self.form.show_marks(marks)

    def show_marks(self, marks: Sequence[Mark]) -> None:
        super().show_marks(marks)
        if not [m for m in marks if m.path]:
            self.form.show_marks([])

    def focus_path(self, path: Sequence[str | int]) -> QWidget | None:
        if path and self.check.isChecked():
            return self.form.focus_path(path)
        return super().focus_path(path)

    def local_marks(self) -> list[Mark]:
        return self.form.local_marks() if self.check.isChecked() else []

    def refresh_choices(self) -> None:
        self.form.refresh_choices()


class ListEditor(_Nested):
    """A list of records (purposes, transfers...): a table of them and a form for the selected one."""

    def __init__(self, spec: FieldSpec, ctx: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(spec, ctx, parent)
        record = spec.record
        assert record is not None
        self.item_type = record
        self.items: list[Any] = []
        self._marks: dict[int, list[Mark]] = {}
        self._current = -1
        item_entity = entity(record)
        names = (
            SUMMARY_COLUMNS.get(record) or tuple(s.name for s in item_entity.fields if s.kind in _SIMPLE)[:3]
        )
        self.columns = tuple(item_entity.field(name) for name in names)
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        weights = {Kind.TEXT: 4, Kind.KEY: 2, Kind.CODE: 3, Kind.COUNTRY: 3, Kind.REF: 3, Kind.DATE: 2}
        self.table = WeightedTable([weights.get(s.kind, 2) for s in self.columns])
        self.table.setHorizontalHeaderLabels([s.label(ctx.lang) for s in self.columns])
        self.table.setAlternatingRowColors(True)
        self.table.setAccessibleName(spec.label(ctx.lang))
        self.table.itemSelectionChanged.connect(self._on_selection)
        column.addWidget(self.table)
        noun = item_entity.label(ctx.lang)
        self.buttons = ListButtons(self, move=True, vertical=False)
        self.buttons.add.setToolTip(QCoreApplication.translate("editor", "Add: {item}").format(item=noun))
        self.buttons.add.setAccessibleName(
            QCoreApplication.translate("editor", "Add: {item}").format(item=noun)
        )
        self.buttons.add.clicked.connect(self.add_item)
        self.buttons.remove.clicked.connect(self.remove_item)
        self.buttons.up.clicked.connect(lambda: self.move_item(-1))
        self.buttons.down.clicked.connect(lambda: self.move_item(+1))
        self.empty = QLabel(QCoreApplication.translate("editor", "None yet."))
        self.empty.setEnabled(False)
        column.addWidget(self.empty)
        column.addWidget(self.buttons)
        self.detail = QGroupBox()
        inner = QVBoxLayout(self.detail)
        inner.setContentsMargins(8, 6, 8, 6)
        self.item_message = QLabel()  # findings about the item as a whole (a transfer it leads to)
        self.item_message.setWordWrap(True)
        self.item_message.setTextFormat(Qt.TextFormat.PlainText)
        self.item_message.setVisible(False)
        inner.addWidget(self.item_message)
        self.form = RecordForm(record, ctx)
        self.form.changed.connect(self._on_detail_changed)
        inner.addWidget(self.form)
        column.addWidget(self.detail)
        self._noun = noun
        self._set_body(body, self.table)
        self._refill()

    def focus_widget(self) -> QWidget:
        return self.table

    # -- values ------------------------------------------------------------------------------------

    def reset_place(self) -> None:
        """Show the first item at the next load (another record), not the one shown now."""
        self._current = 0
        self.form.reset_place()

    def set_value(self, value: Any) -> None:
        keep = self._current
        self.items = list(value or ())
        self._marks = {}
        self._refill(max(0, min(keep, len(self.items) - 1)) if self.items else -1)

    def value(self) -> Any:
        return tuple(self.items)

    def _cells(self, row: int) -> None:
        item = self.items[row]
        marks = self._marks.get(row, [])
        severity = worst(marks)
        for col, spec in enumerate(self.columns):
            cell = self.table.item(row, col)
            if cell is None:
                cell = QTableWidgetItem()
                self.table.setItem(row, col, cell)
            text = display(spec, getattr(item, spec.name), self.ctx)
            cell.setText(text)
            cell.setToolTip(text)
        first = self.table.item(row, 0)
        assert first is not None
        if severity is None:
            first.setIcon(QIcon())
        else:
            first.setIcon(severity_icon(self, severity))
            first.setToolTip(
                "\n".join(f"{SYMBOLS[m.severity]} {_where(m, self.item_type, self.ctx.lang)}" for m in marks)
            )

    def _refill(self, select: int = -1) -> None:
        table = self.table
        table.blockSignals(True)
        table.setRowCount(len(self.items))
        for row in range(len(self.items)):
            self._cells(row)
        table.blockSignals(False)
        self._fit()
        self._select(select)

    def _fit(self) -> None:
        self.table.fit_rows(min(max(len(self.items), 1), 8))
        has = bool(self.items)
        self.table.setVisible(has)
        self.empty.setVisible(not has)
        self.buttons.remove.setEnabled(has)
        self.buttons.up.setEnabled(has and self._current > 0)
        self.buttons.down.setEnabled(has and 0 <= self._current < len(self.items) - 1)

    def _select(self, row: int) -> None:
        self._current = row
        self.table.blockSignals(True)
        if row >= 0:
            self.table.selectRow(row)
        else:
            self.table.clearSelection()
        self.table.blockSignals(False)
        self.detail.setVisible(row >= 0)
        if row >= 0:
            self.detail.setTitle(f"{self._noun} {row + 1}")
            self.form.load(self.items[row])
            self._show_item_marks()
        self._fit()

    def _show_item_marks(self) -> None:
        marks = self._marks.get(self._current, [])
        self.form.show_marks(marks)
        own = sorted((m for m in marks if not m.path), key=lambda m: -m.severity)
        self.item_message.setVisible(bool(own))
        if own:
            self.item_message.setText("\n".join(f"{SYMBOLS[m.severity]} {m.message}" for m in own))
            self.item_message.setStyleSheet(f"color: {COLOURS[own[0].severity].name()};")

    def _on_selection(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        row = rows[0].row() if rows else -1
        if row != self._current:
            self._select(row)

    def _on_detail_changed(self) -> None:
        row = self._current
        if not 0 <= row < len(self.items):
            return
        self.items[row] = self.form.value()
        self._cells(row)
        self.changed.emit()

    def select(self, row: int) -> None:
        """Show item ``row`` in the form below the table."""
        self._select(row)

    @property
    def current(self) -> int:
        return self._current

    def add_item(self) -> None:
        self.items.append(self.item_type())
        self._refill(len(self.items) - 1)
        self.changed.emit()
        self.form.focus_path(())

    def remove_item(self) -> None:
        row = self._current
        if not 0 <= row < len(self.items):
            return
        del self.items[row]
        self._marks = {}
        self._refill(min(row, len(self.items) - 1))
        self.changed.emit()

    def move_item(self, step: int) -> None:
        row, target = self._current, self._current + step
        if not (0 <= row < len(self.items) and 0 <= target < len(self.items)):
            return
        self.items[row], self.items[target] = self.items[target], self.items[row]
        self._marks = {}
        self._refill(target)
        self.changed.emit()

    # -- problems ----------------------------------------------------------------------------------

    def _mark_parts(self, marks: Sequence[Mark]) -> None:
        by_row: dict[int, list[Mark]] = {}
        for mark in marks:
            if isinstance(mark.path[0], int):
                by_row.setdefault(mark.path[0], []).append(mark.below())
        old, self._marks = self._marks, by_row
        for row in set(old) | set(by_row):
            if row < len(self.items):
                self._cells(row)
        if 0 <= self._current < len(self.items):
            self._show_item_marks()

    def show_marks(self, marks: Sequence[Mark]) -> None:
        super().show_marks(marks)
        if not [m for m in marks if m.path]:
            self._mark_parts([])

    def focus_path(self, path: Sequence[str | int]) -> QWidget | None:
        if path and isinstance(path[0], int) and path[0] < len(self.items):
            self._select(path[0])
            return self.form.focus_path(path[1:])
        return super().focus_path(path)

    def local_marks(self) -> list[Mark]:
        if not 0 <= self._current < len(self.items):
            return []
        return [Mark((self._current, *m.path), m.message, m.severity) for m in self.form.local_marks()]

    def refresh_choices(self) -> None:
        self.form.refresh_choices()
        for row in range(len(self.items)):
            self._cells(row)


def _where(mark: Mark, record: type, lang: str) -> str:
    """A mark's message with the field it is about, for a tooltip (``Country: required``)."""
    name = next((step for step in mark.path if isinstance(step, str)), "")
    try:
        spec = entity(record).field(name) if name else None
    except KeyError:
        spec = None
    return f"{spec.label(lang)}: {mark.message}" if spec is not None else mark.message

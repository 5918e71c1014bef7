"""The editors the window embeds: a register, a controller's own details, a processor, an Art. 30(2) record.

All four are one :class:`RecordEditor` over one generic :class:`~ropa.ui.editor.form.RecordForm`;
they differ only in their record class, their sections (:mod:`ropa.ui.editor.layout`) and the
derived panels they add. The editor never writes anywhere: Save emits ``save_requested`` with the
new record, the window runs the app command and calls :meth:`RecordEditor.mark_saved` (or
:meth:`RecordEditor.show_problems` with a refused command's problems).

Problems are shown at the field as the DPO types (validation and the compliance checks run on a
short debounce), listed at the top (click one to go to its field) and marked in the section index.
Validation errors block Save; the checks' findings (gaps, warnings, notes) never do.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QFont, QIcon, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ropa.model import records as r
from ropa.model.catalogue import entity
from ropa.model.field_path import field_words
from ropa.model.processors import find_cycle
from ropa.model.records import Processor
from ropa.model.transfers import ProcessorCatalogue
from ropa.model.validate import Path, Problem, validate_record
from ropa.ui.editor.context import EditorContext
from ropa.ui.editor.derived import DerivedTransfersPanel, DpiaHint, RightsPanel, next_review
from ropa.ui.editor.fields import DateEditor, severity_icon
from ropa.ui.editor.findings import marks as finding_marks
from ropa.ui.editor.findings import record_findings, register_findings
from ropa.ui.editor.form import RecordForm
from ropa.ui.editor.layout import (
    CONTROLLER_SECTIONS,
    ELSEWHERE,
    PROCESSING_ON_BEHALF_SECTIONS,
    PROCESSOR_SECTIONS,
    REGISTER_SECTIONS,
    Section,
)
from ropa.ui.editor.marks import SYMBOLS, Mark, Severity
from ropa.ui.i18n import ui_language

WHERE = "in the processor catalogue"
FORM_WIDTH = 1040  # the widest the form gets: long lines of text are hard to read


_BLANK: list[QIcon] = []


def _blank_icon() -> QIcon:
    """A transparent icon, so that rows with and without a problem icon line up."""
    if not _BLANK:
        pixmap = QPixmap(16, 16)
        pixmap.fill(QColor(0, 0, 0, 0))
        _BLANK.append(QIcon(pixmap))
    return _BLANK[0]


class ProblemList(QListWidget):
    """The problems of the record, errors first; activating one goes to its field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(QCoreApplication.translate("editor", "Problems"))
        self.setUniformItemSizes(True)


class RecordEditor(QWidget):
    """Edit one record of the catalogue: sections, problems at the fields, Save and Revert.

    Signals: ``dirty_changed(bool)`` when unsaved changes appear or go; ``save_requested(record)``
    with the new frozen record when the user saves (Ctrl+S or the button) and nothing blocks it;
    ``processor_activated(str)`` when the user asks to open a processor (a derived transfer).
    """

    dirty_changed = Signal(bool)
    save_requested = Signal(object)
    processor_activated = Signal(str)

    record_type: type = r.Register
    sections: tuple[Section, ...] = ()
    CHECK_DELAY_MS = 250

    def __init__(
        self, parent: QWidget | None = None, *, lang: str | None = None, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = EditorContext(lang or ui_language(), today, self)
        self._processors_known = False
        self._original: Any = self.record_type()
        self._dirty = False
        self._external: list[Mark] = []
        self.marks: list[Mark] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.CHECK_DELAY_MS)
        self._timer.timeout.connect(self.check_now)
        self.save_action = QAction(QCoreApplication.translate("editor", "&Save"), self)
        self.save_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Save))
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_action.triggered.connect(self.save)
        self.addAction(self.save_action)
        self.revert_action = QAction(QCoreApplication.translate("editor", "&Revert"), self)
        self.revert_action.triggered.connect(self.revert)
        self._outer = QVBoxLayout(self)
        self._outer.setContentsMargins(0, 0, 0, 0)
        self._content: QWidget | None = None
        self._build()
        self.load(self.record_type())

    # -- the public API ----------------------------------------------------------------------------

    @property
    def lang(self) -> str:
        return self.ctx.lang

    def set_context(
        self,
        processors: Sequence[Processor] = (),
        lang: str | None = None,
        controller: r.Controller | None = None,
    ) -> None:
        """The processor catalogue the pickers offer (and references are checked against), and
        the language of labels. A new language rebuilds the form, keeping unsaved changes.

        ``controller`` is the one the record belongs to (for a register or an Art. 30(2) record):
        the checks that depend on it (a public authority, its DPO) need it; without it they are
        judged as for an organisation that is not a public authority."""
        self.ctx.controller = controller
        if lang and lang != self.ctx.lang:
            current = self.value()
            self.ctx.lang = lang
            self._build()
            self.form.load(current)
            self._update_dirty()
            self._update_title()
        self._processors_known = True
        self.ctx.set_processors(processors)
        self.form.refresh_choices()
        self.check_now()

    def load(self, record: Any) -> None:
        """Show ``record``; it becomes the saved state (not dirty). Only values are set: fast."""
        if not isinstance(record, self.record_type):
            raise TypeError(
                f"{type(self).__name__} edits {self.record_type.__name__}, not {type(record).__name__}"
            )
        same = getattr(record, "key", None) == getattr(self._original, "key", None)
        self._original = record
        self._external = []
        if not same:
            self.form.reset_place()
        self.form.load(record)
        self._before_check(record)
        self._update_dirty()
        self.check_now()
        self._update_title()
        if not same:
            self.scroll_area.verticalScrollBar().setValue(0)

    def value(self) -> Any:
        """The record as the form now shows it: a new frozen record (extensions and unshown fields kept)."""
        return self.form.value()

    def original(self) -> Any:
        """The record as last loaded or saved."""
        return self._original

    def is_dirty(self) -> bool:
        return self._dirty

    def revert(self) -> None:
        """Throw away unsaved changes: show the record as last loaded or saved."""
        scroll = self.scroll_area.verticalScrollBar().value()
        self.load(self._original)
        self.scroll_area.verticalScrollBar().setValue(scroll)

    def save(self) -> bool:
        """Emit ``save_requested`` with the new record, unless an error blocks it (then go there)."""
        self.check_now()
        errors = [m for m in self.marks if m.severity is Severity.ERROR]
        if errors:
            self.focus_path(errors[0].path)
            return False
        self.save_requested.emit(self.value())
        return True

    def mark_saved(self, record: Any | None = None) -> None:
        """The window stored ``record`` (default: what the form shows): it is the saved state now."""
        current = self.value()
        if record is None or record == current:
            self._original = current if record is None else record
            self._external = []
            self._update_dirty()
            self.check_now()
        else:
            self.load(record)

    def show_problems(self, problems: Sequence[Problem]) -> None:
        """Show problems found elsewhere (a refused command) at their fields, until the next edit."""
        self._external = [Mark(p.path, p.message, Severity.ERROR) for p in problems]
        self.check_now()
        if self._external:
            self.focus_path(self._external[0].path)

    def confirm_leave(self) -> bool:
        """Ask what to do with unsaved changes; True when it is fine to show something else now."""
        if not self._dirty:
            return True
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("editor", "Unsaved Changes"),
            QCoreApplication.translate("editor", "{name} has unsaved changes. Save them?").format(
                name=self.title_text()
            ),
            buttons.Save | buttons.Discard | buttons.Cancel,
            buttons.Save,
        )
        if answer == buttons.Save:
            return self.save() and not self._dirty
        if answer == buttons.Discard:
            self.revert()
            return True
        return False

    def focus_path(self, path: Path) -> None:
        """Go to the field at ``path`` (selecting list items on the way) and scroll it into view."""
        widget = self.form.focus_path(path)
        if widget is None:
            return
        self.scroll_area.ensureWidgetVisible(widget, 40, 80)
        QTimer.singleShot(0, lambda: self.scroll_area.ensureWidgetVisible(widget, 40, 80))

    def check_now(self) -> None:
        """Validate what the form shows and put every problem at its field (normally debounced)."""
        self._timer.stop()
        value = self.value()
        hidden = ELSEWHERE.get(self.record_type, frozenset())
        if hidden:  # edited elsewhere: not this form's problems
            empty = self.record_type()
            value = dataclasses.replace(value, **{name: getattr(empty, name) for name in hidden})
        errors = [Mark(p.path, p.message, Severity.ERROR) for p in self._validate(value)]
        errors += self.form.local_marks() + self._extra_marks(value) + self._external
        taken = {m.path for m in errors}
        found = [
            m
            for m in finding_marks(self._findings(value), self.ctx.lang, self.record_type)
            if m.path not in taken
        ]
        self.marks = errors + found
        self.form.show_marks(self.marks)
        self._show_problem_list()
        for panel in self.panels.values():
            update = getattr(panel, "update_record", None)
            if update is not None:
                update(value)

    def section_keys(self) -> list[str]:
        return [section.key for section in self.sections]

    def show_section(self, key: str) -> None:
        """Scroll so that section ``key`` starts at the top (the first one: the very top)."""
        head = self.form.section_heads.get(key)
        if head is None:
            return
        first = bool(self.sections) and self.sections[0].key == key
        y = head.mapTo(self.form, QPoint(0, 0)).y() + self.form.y()
        self.scroll_area.verticalScrollBar().setValue(0 if first else max(0, y - 8))
        self.index.blockSignals(True)  # the last sections cannot reach the top: still, this one
        self.index.setCurrentRow(self.section_keys().index(key))
        self.index.blockSignals(False)

    def title_text(self) -> str:
        record = self.value()
        name = getattr(record, "name", "") or getattr(record, "key", "")
        return name or QCoreApplication.translate("editor", "New {noun}").format(
            noun=entity(self.record_type).label(self.ctx.lang).lower()
        )

    # -- for subclasses ----------------------------------------------------------------------------

    def _panels(self) -> dict[str, QWidget]:
        return {}

    def _after_build(self) -> None:
        """Connect panels to the fields they follow."""

    def _before_check(self, record: Any) -> None:
        """The record was loaded: anything the context needs from it (a processor's own key)."""

    def _extra_marks(self, record: Any) -> list[Mark]:
        return []

    def _findings(self, record: Any) -> list[Any]:
        """What the compliance checks say about ``record`` (gaps, warnings, notes): never blocking."""
        return record_findings(
            record, controller=self.ctx.controller, processors=self.ctx.processors, on=self.ctx.today
        )

    def _processor_keys(self, record: Any) -> set[str] | None:
        return self.ctx.processor_keys() if self._processors_known else None

    def _validate(self, record: Any) -> list[Problem]:
        return validate_record(record, processors=self._processor_keys(record), where=WHERE)

    # -- building ----------------------------------------------------------------------------------

    def _build(self) -> None:
        if self._content is not None:
            self._outer.removeWidget(self._content)
            self._content.deleteLater()
        content = QWidget(self)
        self._content = content
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self._build_header())
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        self.index = QListWidget()
        self.index.setAccessibleName(QCoreApplication.translate("editor", "Sections"))
        self.index.setFrameShape(QFrame.Shape.NoFrame)
        self.index.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.index.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.index.setSpacing(1)
        self.index.setIconSize(QSize(16, 16))
        self.index.setStyleSheet("QListWidget { padding: 8px 4px; } QListWidget::item { padding: 4px 6px; }")
        for section in self.sections:
            item = QListWidgetItem(QCoreApplication.translate("sections", str(section.title)))
            item.setData(Qt.ItemDataRole.UserRole, section.key)
            self.index.addItem(item)
        self.index.setWordWrap(True)
        self.index.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        metrics = self.index.fontMetrics()
        widest = max(
            (metrics.horizontalAdvance(self.index.item(i).text()) for i in range(self.index.count())),
            default=0,
        )
        self.index.setFixedWidth(min(max(widest + 64, 200), 320))
        self.index.itemClicked.connect(lambda item: self.show_section(item.data(Qt.ItemDataRole.UserRole)))
        self.index.currentRowChanged.connect(  # arrow keys once the index has focus (scrolling blocks this)
            lambda row: self.show_section(self.sections[row].key) if 0 <= row < len(self.sections) else None
        )
        body.addWidget(self.index)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.VLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        body.addWidget(line)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        page = QWidget()
        page_layout = QHBoxLayout(page)
        page_layout.setContentsMargins(18, 12, 18, 24)
        self.panels = self._panels()
        self.form = RecordForm(self.record_type, self.ctx, sections=self.sections, panels=self.panels)
        self.form.setMaximumWidth(FORM_WIDTH)
        self.form.changed.connect(self._on_changed)
        page_layout.addWidget(self.form, 1)
        page_layout.addStretch(0)
        self.scroll_area.setWidget(page)
        self.scroll_area.verticalScrollBar().valueChanged.connect(self._follow_scroll)
        body.addWidget(self.scroll_area, 1)
        column.addLayout(body, 1)
        self._outer.addWidget(content)
        self._after_build()
        if self.sections:
            self.index.setCurrentRow(0)

    def _build_header(self) -> QWidget:
        header = QWidget()
        header.setAutoFillBackground(True)
        column = QVBoxLayout(header)
        column.setContentsMargins(14, 10, 14, 8)
        column.setSpacing(6)
        row = QHBoxLayout()
        row.setSpacing(8)
        self.title = QLabel()
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.kind_label = QLabel(entity(self.record_type).label(self.ctx.lang))
        self.kind_label.setEnabled(False)
        self.dirty_label = QLabel(QCoreApplication.translate("editor", "Unsaved changes"))
        self.dirty_label.setVisible(False)
        self.revert_button = QPushButton(QCoreApplication.translate("editor", "Revert"))
        self.revert_button.setToolTip(QCoreApplication.translate("editor", "Throw away the unsaved changes"))
        self.revert_button.clicked.connect(self.revert)
        self.save_button = QPushButton(QCoreApplication.translate("editor", "Save"))
        self.save_button.setToolTip(QCoreApplication.translate("editor", "Save the changes (Ctrl+S)"))
        self.save_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton))
        self.save_button.clicked.connect(self.save)
        title_column = QVBoxLayout()
        title_column.setSpacing(0)
        title_column.addWidget(self.kind_label)
        title_column.addWidget(self.title)
        row.addLayout(title_column, 1)
        self.header_row = row  # a subclass may add its own buttons before Revert and Save
        row.addWidget(self.dirty_label)
        row.addWidget(self.revert_button)
        row.addWidget(self.save_button)
        column.addLayout(row)
        self.problem_summary = QLabel()
        self.problem_summary.setVisible(False)
        column.addWidget(self.problem_summary)
        self.problem_list = ProblemList()
        self.problem_list.itemActivated.connect(self._problem_activated)
        self.problem_list.itemClicked.connect(self._problem_activated)
        self.problem_list.setVisible(False)
        column.addWidget(self.problem_list)
        return header

    # -- reacting ----------------------------------------------------------------------------------

    def _on_changed(self) -> None:
        self._external = []
        self._update_dirty()
        self._update_title()
        self._timer.start()

    def _update_dirty(self) -> None:
        dirty = self.value() != self._original
        self.dirty_label.setVisible(dirty)
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        self.revert_action.setEnabled(dirty)
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)

    def _update_title(self) -> None:
        self.title.setText(self.title_text())

    def _follow_scroll(self, value: int) -> None:
        current = 0
        for row, section in enumerate(self.sections):
            head = self.form.section_heads.get(section.key)
            reach = value + self.scroll_area.viewport().height() // 3
            if head is not None and head.mapTo(self.form, QPoint(0, 0)).y() + self.form.y() <= reach:
                current = row
        self.index.blockSignals(True)
        self.index.setCurrentRow(current)
        self.index.blockSignals(False)

    def _show_problem_list(self) -> None:
        marks = sorted(self.marks, key=lambda m: -m.severity)
        errors = sum(1 for m in marks if m.severity is Severity.ERROR)
        listing = self.problem_list
        listing.clear()
        for mark in marks:
            where = field_words(self.record_type, mark.path, self.ctx.lang)
            item = QListWidgetItem(
                severity_icon(self, mark.severity), f"{where}: {mark.message}" if where else mark.message
            )
            item.setData(Qt.ItemDataRole.UserRole, mark.path)
            item.setToolTip(f"{SYMBOLS[mark.severity]} {item.text()}")
            listing.addItem(item)
        shown = bool(marks)
        listing.setVisible(shown)
        self.problem_summary.setVisible(shown)
        if shown:
            rows = min(len(marks), 4)
            listing.setFixedHeight(rows * max(listing.sizeHintForRow(0), 18) + 2 * listing.frameWidth() + 2)
            parts = []
            if errors:
                parts.append(
                    QCoreApplication.translate("editor", "Errors to fix before saving: {count}").format(
                        count=errors
                    )
                )
            if len(marks) > errors:
                parts.append(
                    QCoreApplication.translate("editor", "Findings of the checks: {count}").format(
                        count=len(marks) - errors
                    )
                )
            self.problem_summary.setText(" · ".join(parts))
        by_section: dict[str, Severity] = {}
        for mark in marks:
            section = self.form.section_of.get(str(mark.path[0])) if mark.path else None
            if (
                section is not None
                and mark.severity > Severity.INFO
                and by_section.get(section, -1) < mark.severity
            ):
                by_section[section] = mark.severity
        for row in range(self.index.count()):
            item = self.index.item(row)
            severity = by_section.get(item.data(Qt.ItemDataRole.UserRole))
            item.setIcon(severity_icon(self, severity) if severity is not None else _blank_icon())
            item.setToolTip(
                QCoreApplication.translate("editor", "Has problems") if severity is not None else ""
            )

    def _problem_activated(self, item: QListWidgetItem) -> None:
        path = item.data(Qt.ItemDataRole.UserRole)
        self.focus_path(tuple(path))


class RegisterEditor(RecordEditor):
    """A register (one processing activity), grouped the way a DPO reads the record."""

    record_type = r.Register
    sections = REGISTER_SECTIONS
    notice_requested = Signal()  # the header's Privacy Notice button: the window opens its dialog
    print_requested = Signal()  # the header's Print button: the window prints this register's record

    def _build_header(self) -> QWidget:
        header = super()._build_header()
        row = self.header_row
        self.notice_button = QPushButton(QCoreApplication.translate("editor", "Privacy Notice…"))
        self.notice_button.setToolTip(
            QCoreApplication.translate(
                "editor", "The Art. 13/14 privacy notice of this register: save or print"
            )
        )
        self.notice_button.clicked.connect(self.notice_requested)
        self.print_button = QPushButton(QCoreApplication.translate("editor", "Print…"))
        self.print_button.setToolTip(
            QCoreApplication.translate(
                "editor", "Preview and print this register's record, page for page as the PDF record"
            )
        )
        self.print_button.clicked.connect(self.print_requested)
        row.insertWidget(1, self.notice_button)
        row.insertWidget(2, self.print_button)
        return header

    def set_owner(self, key: str, name: str) -> None:
        """The controller the register belongs to (key and name), for its diagram."""
        self._owner = (key, name)
        self.diagram.set_owner(key, name)

    def _panels(self) -> dict[str, QWidget]:
        from ropa.ui.diagram_view import DiagramPanel

        self.diagram = DiagramPanel(self.ctx)
        self.diagram.set_owner(*getattr(self, "_owner", ("", "")))
        self.derived_transfers = DerivedTransfersPanel(self.ctx, self._roots)
        self.derived_transfers.processor_activated.connect(self.processor_activated)
        self.rights = RightsPanel(self.ctx)
        self.dpia_hint = DpiaHint(self.ctx)
        self.review_button = QPushButton(QCoreApplication.translate("editor", "Mark Reviewed Today"))
        self.review_button.setToolTip(
            QCoreApplication.translate("editor", "Last reviewed today; next review one year from today")
        )
        self.review_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.review_button.clicked.connect(self.mark_reviewed_today)
        return {
            "diagram": self.diagram,
            "derived_transfers": self.derived_transfers,
            "rights": self.rights,
            "dpia_hint": self.dpia_hint,
            "review_today": self.review_button,
        }

    def _after_build(self) -> None:
        criteria = self.form.editor("dpia.criteria")
        criteria.changed.connect(lambda: self.dpia_hint.set_criteria(criteria.value() or ()))

    def _roots(self, record: Any) -> tuple[list[str], ProcessorCatalogue]:
        return [link.processor for link in record.processors if link.processor], self.ctx.catalogue

    def _findings(self, record: Any) -> list[Any]:
        return register_findings(record, self.ctx.controller, self.ctx.catalogue, self.ctx.today)

    def mark_reviewed_today(self) -> None:
        """Last reviewed: today; next review: a year from today."""
        today = self.ctx.today
        for name, day in (("last_reviewed", today), ("next_review", next_review(today))):
            editor = self.form.editor(name)
            assert isinstance(editor, DateEditor)
            editor.set_day(day)


class ControllerEditor(RecordEditor):
    """A controller's own details: contacts, DPO, representative, supervisory authority.

    Its registers and Art. 30(2) records are edited elsewhere and kept as loaded.
    """

    record_type = r.Controller
    sections = CONTROLLER_SECTIONS


class ProcessorEditor(RecordEditor):
    """A processor of the catalogue: where it processes, on what ground, and what that implies."""

    record_type = r.Processor
    sections = PROCESSOR_SECTIONS

    def _panels(self) -> dict[str, QWidget]:
        self.derived_transfers = DerivedTransfersPanel(self.ctx, self._roots)
        self.derived_transfers.title = QCoreApplication.translate("editor", "Transfers it implies")
        self.derived_transfers.processor_activated.connect(self.processor_activated)
        return {"derived_transfers": self.derived_transfers}

    def _others(self, record: Any) -> list[Processor]:
        own = getattr(self._original, "key", "")
        return [p for p in self.ctx.processors if p.key not in (own, record.key)]

    def _roots(self, record: Any) -> tuple[list[str], ProcessorCatalogue]:
        key = record.key or "\0"
        return [key], ProcessorCatalogue([*self._others(record), dataclasses.replace(record, key=key)])

    def _processor_keys(self, record: Any) -> set[str] | None:
        if not self._processors_known:
            return None
        return {p.key for p in self._others(record)} | {record.key}

    def _extra_marks(self, record: Any) -> list[Mark]:
        if not record.parent:
            return []
        parents: dict[str, str | None] = {p.key: p.parent for p in self._others(record)}
        parents[record.key] = record.parent
        cycle = find_cycle(parents)
        if cycle and record.key in cycle:
            message = QCoreApplication.translate(
                "editor", "The sub-processor chain would loop: {chain}"
            ).format(chain=" → ".join(cycle))
            return [Mark(("parent",), message, Severity.ERROR)]
        return []


class ProcessingOnBehalfEditor(RecordEditor):
    """An Art. 30(2) record: processing done as a processor for a client."""

    record_type = r.ProcessingOnBehalf
    sections = PROCESSING_ON_BEHALF_SECTIONS

    def title_text(self) -> str:
        record = self.value()
        client = record.client.name
        if client:
            return QCoreApplication.translate("editor", "For {client}").format(client=client)
        return record.key or QCoreApplication.translate("editor", "New processing on behalf")

"""File › Import Privacy Notices…: read published notices in a worker, review each draft, import.

:func:`choose_notices` asks for the files (.txt, .docx, .pdf, .html, several at once);
:func:`import_notices` reads them in a worker (:func:`ropa.io.notice_import.read_notice`, one
file after another, with progress and Cancel) and places them under controllers
(:func:`~ropa.io.notice_import.plan_import`). A file that cannot be read is named in the review
with the reason; the others go on.

:class:`NoticeReviewDialog` shows one draft at a time beside the text it was read from: the
sentences a field took are highlighted (the chosen field's strongest, scrolled to), the fields
with their catalogue labels and values (text fields typed here, the rest in the register editor
via "Edit in Editor…"), the text no field took (it goes to the register's notes), and the
controller the draft goes to (matched by business ID, name or email; another one may be picked,
or a new one created from the notice's details). The DPO accepts or discards each draft;
"Import Accepted" stores the accepted ones in one transaction through
:func:`~ropa.io.notice_import.import_plan`, in a worker like every import of the window.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ropa.io.notice_import import (
    SUPPORTED,
    ControllerMatch,
    ImportPlan,
    NoticeDraft,
    ReviewField,
    Span,
    accepted,
    field_kind,
    review_fields,
    with_controller,
    with_register,
    with_value,
)
from ropa.io.notice_import.match import slug
from ropa.io.notice_import.review import CHOICE_KINDS, TEXT_KINDS, choices, value_at
from ropa.model import records as r
from ropa.model.fields import Kind

if TYPE_CHECKING:
    from ropa.ui.main_window import MainWindow
    from ropa.ui.workers import Task

MAPPED = QColor(255, 236, 150)  # a sentence a field took
CURRENT = QColor(255, 176, 70)  # the sentence of the chosen field or note
NOTE = QColor(222, 226, 232)  # a sentence no field took (it goes to the notes)
NEW = "\x00new"  # the controller picker's entry for "a new controller from the notice"
PATH_ROLE = Qt.ItemDataRole.UserRole


class State(Enum):
    PENDING = "pending"
    ACCEPTED = "accepted"
    DISCARDED = "discarded"


@dataclass(frozen=True)
class Failure:
    """A file that could not be read, and why (the reason names the file)."""

    path: Path
    reason: str


@dataclass(frozen=True)
class Reading:
    """What the worker read: the drafts placed under controllers, the files it could not read,
    and the workspace as it was (its controllers are the picker's choices)."""

    plan: ImportPlan
    failures: tuple[Failure, ...]
    workspace: r.Workspace


# -- from the window --------------------------------------------------------------------------------


def notice_filter() -> str:
    patterns = " ".join(f"*{suffix}" for suffix in SUPPORTED)
    return ";;".join(
        (
            QCoreApplication.translate("notice_review", "Privacy notices ({patterns})").format(
                patterns=patterns
            ),
            QCoreApplication.translate("notice_review", "All files (*)"),
        )
    )


def choose_notices(window: MainWindow) -> Task | None:
    """Ask for notice files (several at once) and read them for review."""
    from PySide6.QtWidgets import QFileDialog

    if window.workspace is None:
        return None
    names, _ = QFileDialog.getOpenFileNames(
        window,
        QCoreApplication.translate("notice_review", "Import Privacy Notices"),
        window._start_dir(),
        notice_filter(),
    )
    return import_notices(window, [Path(name) for name in names]) if names else None


def read_notices(paths: Sequence[Path], workspace: r.Workspace, progress: Any) -> Reading:
    """Read every file (the work of the worker): a file that fails is kept as a :class:`Failure`
    and the others go on; Cancel stops between files."""
    from ropa import failures
    from ropa.app import Cancelled
    from ropa.io.notice_import import NoticeError, plan_import, read_notice

    drafts: list[NoticeDraft] = []
    failed: list[Failure] = []
    for done, path in enumerate(paths):
        if progress.cancelled():
            raise Cancelled()
        progress.step(path.name, done, len(paths))
        try:
            drafts.append(read_notice(path))
        except NoticeError as exc:
            failed.append(Failure(path, str(exc)))
        except Exception as exc:  # a bug on one file: logged, named, and the others still go on
            failed.append(Failure(path, f"{path.name}: {failures.report(exc)}"))
    if progress.cancelled():
        raise Cancelled()
    progress.step("Checking the records", len(paths), len(paths))
    return Reading(plan_import(drafts, workspace), tuple(failed), workspace)


def import_notices(window: MainWindow, paths: Sequence[Path]) -> Task | None:
    """Read ``paths`` in a worker, then open the review dialog (its Import stores the accepted)."""
    if window.workspace is None or not paths:
        return None
    target, files = window.workspace, list(paths)

    def work(progress: Any) -> Reading:
        with target.reopen() as own:
            workspace = own.snapshot()
        return read_notices(files, workspace, progress)

    def read(reading: Reading) -> None:
        dialog = NoticeReviewDialog(reading, window.today(), lang=window_language(window), parent=window)
        dialog.import_requested.connect(lambda plan: store_notices(window, plan))
        dialog.open()

    title = QCoreApplication.translate("notice_review", "Reading privacy notices ({count})…").format(
        count=len(files)
    )
    return window._start_task(title, work, read)


def store_notices(window: MainWindow, plan: ImportPlan) -> Task | None:
    """Store the accepted drafts in one transaction, in a worker; the window then shows them."""
    from ropa.io.notice_import import import_plan

    if window.workspace is None or not plan.placements:
        return None
    target = window.workspace

    def work(progress: Any) -> Any:
        progress.step("Saving", 0, 1)
        with target.reopen() as own:
            return import_plan(own, plan)

    title = QCoreApplication.translate("notice_review", "Importing registers ({count})…").format(
        count=len(plan.placements)
    )
    return window._start_task(title, work, window._imported)


def window_language(window: MainWindow) -> str:
    return str(getattr(window, "_language", "en"))


def qt_position(text: str, index: int) -> int:
    """A Python string index as a QTextDocument position (UTF-16 code units)."""
    return len(text[:index].encode("utf-16-le")) // 2


# -- the dialog -------------------------------------------------------------------------------------


class NoticeReviewDialog(QDialog):
    """Each draft beside its source text; accept, edit or discard it; Import Accepted.

    ``import_requested(plan)`` carries the :class:`ImportPlan` of the accepted drafts, edits and
    chosen controllers included, when the DPO clicks Import Accepted (the dialog then closes).
    """

    import_requested = Signal(object)

    def __init__(
        self, reading: Reading, today: Any = None, *, lang: str = "en", parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.lang = lang
        self.today = today
        self.workspace = reading.workspace
        self.failures = reading.failures
        self.plan = reading.plan
        self.states = [State.PENDING] * len(self.plan.placements)
        self._new_matches: dict[int, ControllerMatch] = {
            i: p.match for i, p in enumerate(self.plan.placements) if p.match.is_new
        }
        self._index = -1
        self._fields: list[ReviewField] = []
        self._field_path: str | None = None
        self._loading = False
        self.setWindowTitle(self.tr("Import Privacy Notices"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setSizeGripEnabled(True)
        self._build()
        self._fill_list()
        first = 0 if self.plan.placements else -1
        if first >= 0:
            self.drafts.setCurrentRow(first)
        self._update_buttons()

    def sizeHint(self) -> QSize:
        return QSize(1280, 800)

    # -- building ------------------------------------------------------------------------------------

    def _build(self) -> None:
        style = self.style()
        outer = QVBoxLayout(self)
        self.failures_label = QLabel()
        self.failures_label.setWordWrap(True)
        self.failures_label.setTextFormat(Qt.TextFormat.PlainText)
        self.failures_label.setStyleSheet("QLabel { color: #a40000; }")
        if self.failures:
            lines = [self.tr("These files could not be read and are not imported:")]
            lines += [f"• {f.reason}" for f in self.failures]
            self.failures_label.setText("\n".join(lines))
        self.failures_label.setVisible(bool(self.failures))
        outer.addWidget(self.failures_label)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        outer.addWidget(splitter, 1)

        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(QLabel(self.tr("Drafts")))
        self.drafts = QListWidget()
        self.drafts.setAccessibleName(self.tr("Drafts"))
        self.drafts.setIconSize(QSize(16, 16))
        self.drafts.setAlternatingRowColors(True)
        self.drafts.currentRowChanged.connect(self._show_draft)
        column.addWidget(self.drafts)
        splitter.addWidget(left)

        right = QWidget()
        body = QVBoxLayout(right)
        body.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        font = QFont(self.title.font())
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        body.addWidget(self.title)
        form = QFormLayout()
        picker_row = QHBoxLayout()
        self.controller = QComboBox()
        self.controller.setAccessibleName(self.tr("Controller"))
        self.controller.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.controller.currentIndexChanged.connect(self._controller_chosen)
        picker_row.addWidget(self.controller)
        self.match_label = QLabel()
        self.match_label.setTextFormat(Qt.TextFormat.PlainText)
        picker_row.addWidget(self.match_label, 1)
        form.addRow(self.tr("Controller:"), picker_row)
        body.addLayout(form)

        panes = QSplitter(Qt.Orientation.Horizontal)
        source = QWidget()
        source_column = QVBoxLayout(source)
        source_column.setContentsMargins(0, 0, 0, 0)
        source_column.addWidget(QLabel(self.tr("Source text")))
        self.source = QPlainTextEdit()
        self.source.setReadOnly(True)
        self.source.setAccessibleName(self.tr("Source text"))
        self.source.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        source_column.addWidget(self.source, 1)
        legend = QLabel(
            self.tr("Highlighted: read into a field (the chosen one darker). Grey: kept in the notes.")
        )
        legend.setWordWrap(True)
        source_column.addWidget(legend)
        panes.addWidget(source)

        fields_side = QSplitter(Qt.Orientation.Vertical)
        fields_box = QWidget()
        fields_column = QVBoxLayout(fields_box)
        fields_column.setContentsMargins(0, 0, 0, 0)
        fields_column.addWidget(QLabel(self.tr("Fields read from the notice")))
        self.fields = QTableWidget(0, 2)
        self.fields.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Value")])
        self.fields.setAccessibleName(self.tr("Fields read from the notice"))
        self.fields.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fields.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.fields.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.fields.setWordWrap(False)
        self.fields.verticalHeader().setVisible(False)
        header = self.fields.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.fields.setColumnWidth(0, 260)
        self.fields.currentCellChanged.connect(lambda row, _c, _pr, _pc: self._field_chosen(row))
        fields_column.addWidget(self.fields, 1)
        self.value_label = QLabel()
        self.value_label.setTextFormat(Qt.TextFormat.PlainText)
        fields_column.addWidget(self.value_label)
        self.value = QPlainTextEdit()
        self.value.setAccessibleName(self.tr("Value"))
        self.value.setMaximumHeight(110)
        self.value.textChanged.connect(self._value_typed)
        fields_column.addWidget(self.value)
        self.choice = QComboBox()
        self.choice.setAccessibleName(self.tr("Value"))
        self.choice.activated.connect(self._choice_made)
        self.choice.setVisible(False)
        fields_column.addWidget(self.choice)
        self.problem = QLabel()
        self.problem.setStyleSheet("QLabel { color: #a40000; }")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        fields_column.addWidget(self.problem)
        fields_side.addWidget(fields_box)

        notes_box = QWidget()
        notes_column = QVBoxLayout(notes_box)
        notes_column.setContentsMargins(0, 0, 0, 0)
        notes_column.addWidget(QLabel(self.tr("Text no field took (kept in the register's notes)")))
        self.notes = QListWidget()
        self.notes.setAccessibleName(self.tr("Unmapped text"))
        self.notes.setWordWrap(True)
        self.notes.setAlternatingRowColors(True)
        self.notes.currentRowChanged.connect(self._note_chosen)
        notes_column.addWidget(self.notes, 1)
        fields_side.addWidget(notes_box)
        fields_side.setSizes([520, 200])
        panes.addWidget(fields_side)
        panes.setSizes([520, 560])
        body.addWidget(panes, 1)

        actions = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("Edit in Editor…"))
        self.edit_button.setToolTip(self.tr("Edit every field of the draft register in the register editor"))
        self.edit_button.clicked.connect(self.edit_in_editor)
        actions.addWidget(self.edit_button)
        actions.addStretch(1)
        self.discard_button = QPushButton(
            style.standardIcon(QStyle.StandardPixmap.SP_DialogDiscardButton), self.tr("&Discard")
        )
        self.discard_button.clicked.connect(lambda: self.set_state(State.DISCARDED))
        actions.addWidget(self.discard_button)
        self.accept_button = QPushButton(
            style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton), self.tr("&Accept")
        )
        self.accept_button.clicked.connect(lambda: self.set_state(State.ACCEPTED))
        actions.addWidget(self.accept_button)
        body.addLayout(actions)
        splitter.addWidget(right)
        splitter.setSizes([260, 1000])

        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            self.tr("&Import Accepted"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.import_accepted)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)

        self._value_timer = QTimer(self)
        self._value_timer.setSingleShot(True)
        self._value_timer.setInterval(400)
        self._value_timer.timeout.connect(self.commit_value)

    def _fill_list(self) -> None:
        style = self.style()
        self.drafts.clear()
        for i in range(len(self.plan.placements)):
            item = QListWidgetItem()
            self.drafts.addItem(item)
            self._label_item(i, item)
        for failure in self.failures:
            item = QListWidgetItem(
                style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
                f"{failure.path.name}\n{self.tr('Could not be read')}",
            )
            item.setToolTip(failure.reason)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.drafts.addItem(item)

    def _label_item(self, index: int, item: QListWidgetItem | None = None) -> None:
        item = item or self.drafts.item(index)
        placement = self.plan.placements[index]
        state = self.states[index]
        words = {
            State.PENDING: self.tr("To review"),
            State.ACCEPTED: self.tr("Accepted"),
            State.DISCARDED: self.tr("Discarded"),
        }
        icons = {
            State.PENDING: QStyle.StandardPixmap.SP_FileIcon,
            State.ACCEPTED: QStyle.StandardPixmap.SP_DialogApplyButton,
            State.DISCARDED: QStyle.StandardPixmap.SP_DialogDiscardButton,
        }
        name = placement.draft.register.name or self.tr("(no name)")
        item.setText(f"{Path(placement.draft.source).name}\n{name}\n{words[state]}")
        item.setIcon(self.style().standardIcon(icons[state]))
        item.setToolTip(placement.draft.source)
        item.setForeground(QBrush(QColor(128, 128, 128)) if state is State.DISCARDED else QBrush())

    # -- one draft -----------------------------------------------------------------------------------

    @property
    def current(self) -> int:
        return self._index

    def draft(self, index: int | None = None) -> NoticeDraft:
        return self.plan.placements[self._index if index is None else index].draft

    def _show_draft(self, row: int) -> None:
        self.commit_value()
        if row < 0 or row >= len(self.plan.placements):
            return
        self._index = row
        draft = self.draft()
        self._loading = True
        self.title.setText(
            self.tr("{file} · {format} · language {language}").format(
                file=Path(draft.source).name, format=draft.format, language=draft.language
            )
        )
        self.source.setPlainText(draft.text)
        self._fill_controllers()
        self._fill_fields()
        self.notes.clear()
        for note in draft.notes:
            heading = note.heading or self.tr("(before the first heading)")
            item = QListWidgetItem(f"{heading}\n{note.text}")
            self.notes.addItem(item)
        self._loading = False
        self._field_path = None
        self.value.blockSignals(True)
        self.value.clear()
        self.value.blockSignals(False)
        self.value.setEnabled(False)
        self.value.setVisible(True)
        self.choice.setVisible(False)
        self.value_label.setText(self.tr("Choose a field to see where it was read from."))
        self.problem.clear()
        self._highlight(())
        self.source.moveCursor(QTextCursor.MoveOperation.Start)
        self._update_buttons()

    def _fill_fields(self) -> None:
        draft = self.draft()
        self._fields = [  # what was read, and what the record needs but the notice did not say
            f
            for f in review_fields(draft, self.lang, empty=True)
            if f.value or f.required and f.path.startswith("register.")
        ]
        self.fields.setRowCount(len(self._fields))
        for row, field in enumerate(self._fields):
            label = QTableWidgetItem(field.label)
            label.setData(PATH_ROLE, field.path)
            shown = field.value.replace("\n", " / ") if field.value else self.tr("(empty)")
            value = QTableWidgetItem(shown)
            value.setToolTip(field.value)
            if not field.value:
                value.setForeground(QBrush(QColor(128, 128, 128)))
            if not field.spans:
                label.setToolTip(self.tr("Not read from the notice"))
            self.fields.setItem(row, 0, label)
            self.fields.setItem(row, 1, value)

    def _fill_controllers(self) -> None:
        placement = self.plan.placements[self._index]
        draft = placement.draft
        self.controller.blockSignals(True)
        self.controller.clear()
        for c in sorted(self.workspace.controllers, key=lambda c: (c.name or c.key).casefold()):
            self.controller.addItem(f"{c.name or c.key} ({c.key})", c.key)
        named = draft.controller.name or self.tr("unnamed")
        self.controller.addItem(self.tr("New controller: {name}").format(name=named), NEW)
        match = placement.match
        at = self.controller.findData(NEW if match.is_new else match.key)
        self.controller.setCurrentIndex(max(at, 0))
        self.controller.blockSignals(False)
        self._describe_match(match)

    def _describe_match(self, match: ControllerMatch) -> None:
        controller = self.draft().controller
        texts = {
            "business_id": self.tr("Matched by business ID {id}").format(id=controller.business_id),
            "name": self.tr("Matched by name"),
            "email": self.tr("Matched by email {email}").format(email=controller.email),
            "chosen": self.tr("Chosen by you"),
            "new": self.tr("Not in the workspace: created from the notice's details"),
        }
        self.match_label.setText(texts[match.kind])

    def _controller_chosen(self, at: int) -> None:
        if self._index < 0 or at < 0:
            return
        key = self.controller.itemData(at)
        if key == NEW:
            match = self._new_matches.get(self._index) or self._new_match(self._index)
        else:
            found = next(c for c in self.workspace.controllers if c.key == key)
            original = self.plan.placements[self._index].match
            kind = original.kind if original.key == key and not original.is_new else "chosen"
            match = ControllerMatch(kind, key, found.name)
        self.plan = with_controller(self.plan, self._index, match, self.workspace)
        self._describe_match(match)

    def _new_match(self, index: int) -> ControllerMatch:
        taken = {c.key for c in self.workspace.controllers} | {m.key for m in self._new_matches.values()}
        name = self.draft(index).controller.name
        match = ControllerMatch("new", slug(name or "controller", taken), name)
        self._new_matches[index] = match
        return match

    # -- fields, notes and the source text -----------------------------------------------------------

    def field_row(self, path: str) -> int:
        return next((i for i, f in enumerate(self._fields) if f.path == path), -1)

    def choose_field(self, path: str) -> None:
        """Select the field at ``path`` (as a click on its row does)."""
        self.fields.setCurrentCell(self.field_row(path), 1)

    def _field_chosen(self, row: int) -> None:
        self.commit_value()
        if self._loading or row < 0 or row >= len(self._fields):
            return
        field = self._fields[row]
        self._field_path = field.path
        kind = field_kind(field.path)
        editable, choosing = kind in TEXT_KINDS, kind in CHOICE_KINDS
        self.value.blockSignals(True)
        self.value.setPlainText(field.value)
        self.value.blockSignals(False)
        self.value.setEnabled(editable)
        self.value.setReadOnly(not editable)
        self.value.setVisible(not choosing)
        self.choice.setVisible(choosing)
        if choosing:
            self._fill_choice(field.path)
        self.value_label.setText(
            field.label
            if editable or choosing
            else self.tr("{field} (change it with Edit in Editor…)").format(field=field.label)
        )
        self.problem.clear()
        self.notes.blockSignals(True)
        self.notes.setCurrentRow(-1)
        self.notes.blockSignals(False)
        self._highlight(field.spans)

    def _note_chosen(self, row: int) -> None:
        if self._loading or row < 0:
            return
        self.fields.blockSignals(True)
        self.fields.setCurrentCell(-1, -1)
        self.fields.blockSignals(False)
        self.commit_value()
        self._field_path = None
        self.value.setEnabled(False)
        self.value.setVisible(True)
        self.choice.setVisible(False)
        self._highlight(self.draft().notes[row].spans)

    def _fill_choice(self, path: str) -> None:
        draft = self.draft()
        self.choice.clear()
        self.choice.addItem(self.tr("(not set)"), "")
        for value, label in choices(draft, path, self.lang):
            self.choice.addItem(label, value)
        current = value_at(draft, path)
        shown = {True: "yes", False: "no", None: ""}[current] if field_kind(path) is Kind.FLAG else current
        self.choice.setCurrentIndex(max(self.choice.findData(shown or ""), 0))

    def set_choice(self, path: str, value: str) -> bool:
        """Choose ``value`` (a code, "yes", "no", "" for none) for the field at ``path``."""
        self.choose_field(path)
        at = self.choice.findData(value)
        if self.choice.isHidden() or at < 0:
            return False
        self.choice.setCurrentIndex(at)
        self._choice_made(at)
        return True

    def _choice_made(self, at: int) -> None:
        path = self._field_path
        if path is None or self._index < 0 or at < 0:
            return
        self.plan = with_value(self.plan, self._index, path, self.choice.itemData(at))
        self._refresh_fields(path)

    def _highlight(self, chosen: Sequence[Span]) -> None:
        """Every mapped sentence in one colour, the notes in grey, ``chosen`` darker and in view."""
        draft = self.draft()
        text = draft.text
        selections: list[QTextEdit.ExtraSelection] = []

        def add(span: Span, colour: QColor) -> None:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.source.document())
            cursor.setPosition(qt_position(text, span.start))
            cursor.setPosition(qt_position(text, span.end), QTextCursor.MoveMode.KeepAnchor)
            fmt = QTextCharFormat()
            fmt.setBackground(colour)
            if colour == CURRENT:
                fmt.setForeground(QColor(0, 0, 0))
            selection.cursor, selection.format = cursor, fmt
            selections.append(selection)

        for note in draft.notes:
            for span in note.spans:
                add(span, NOTE)
        for spans in draft.provenance.values():
            for span in spans:
                add(span, MAPPED)
        for span in chosen:
            add(span, CURRENT)
        self.source.setExtraSelections(selections)
        if chosen:
            first = min(chosen, key=lambda s: s.start)
            cursor = self.source.textCursor()
            cursor.setPosition(qt_position(text, first.end))
            self.source.setTextCursor(cursor)
            self.source.centerCursor()
            cursor.setPosition(qt_position(text, first.start))
            self.source.setTextCursor(cursor)

    def highlighted(self) -> list[str]:
        """The text of the sentences shown as the chosen field's (the darker highlight)."""
        return [
            s.cursor.selectedText()
            for s in self.source.extraSelections()
            if s.format.background().color() == CURRENT
        ]

    def _value_typed(self) -> None:
        if self._field_path is not None and not self.value.isReadOnly():
            self._value_timer.start()

    def set_value(self, path: str, text: str) -> bool:
        """Type ``text`` as the value of the field at ``path`` of the current draft."""
        self.choose_field(path)
        self.value.setPlainText(text)
        return self.commit_value()

    def commit_value(self) -> bool:
        """Put what is typed into the draft; False (and why, under the value) when it cannot be."""
        self._value_timer.stop()
        path = self._field_path
        if path is None or self._index < 0 or self.value.isReadOnly():
            return True
        field = next((f for f in self._fields if f.path == path), None)
        typed = self.value.toPlainText()
        if field is None or typed == field.value:
            return True
        try:
            plan = with_value(self.plan, self._index, path, typed)
        except ValueError:
            self.problem.setText(self.tr("Not a date: write it as 2026-06-04."))
            return False
        self.plan = plan
        self.problem.clear()
        self._refresh_fields(path)
        return True

    def _refresh_fields(self, path: str | None) -> None:
        self._loading = True
        self._fill_fields()
        self._loading = False
        row = self.field_row(path) if path else -1
        self.fields.blockSignals(True)
        self.fields.setCurrentCell(row, 1)
        self.fields.blockSignals(False)
        self._label_item(self._index)

    # -- editor --------------------------------------------------------------------------------------

    def edit_in_editor(self) -> QDialog | None:
        """Open the draft register in the register editor; its Save puts the record in the draft."""
        from ropa.ui.editor import RegisterEditor

        if self._index < 0 or not self.commit_value():
            return None
        index = self._index
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Edit Draft Register"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(dialog)
        editor = RegisterEditor(lang=self.lang, today=self.today)
        processors = getattr(self.workspace, "processors", ())
        placement = self.plan.placements[index]
        owner = next((c for c in self.workspace.controllers if c.key == placement.match.key), None)
        editor.set_context(processors, self.lang, owner or placement.draft.controller)
        editor.load(placement.draft.register)
        layout.addWidget(editor, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        dialog.resize(1100, 780)

        def saved(register: r.Register) -> None:
            self.plan = with_register(self.plan, index, register)
            editor.mark_saved(register)
            if self._index == index:
                self._refresh_fields(self._field_path)
            dialog.accept()

        editor.save_requested.connect(saved)
        dialog.editor = editor  # type: ignore[attr-defined]
        dialog.open()
        return dialog

    # -- decisions -----------------------------------------------------------------------------------

    def set_state(self, state: State, index: int | None = None) -> None:
        """Accept or discard a draft (the current one by default); then go to the next undecided."""
        index = self._index if index is None else index
        if index < 0:
            return
        if index == self._index and state is State.ACCEPTED and not self.commit_value():
            return
        self.states[index] = state
        self._label_item(index)
        pending = [i for i, s in enumerate(self.states) if s is State.PENDING]
        following = [i for i in pending if i > index] or pending
        if following and index == self._index:
            self.drafts.setCurrentRow(following[0])
        self._update_buttons()

    def accepted_indices(self) -> list[int]:
        return [i for i, s in enumerate(self.states) if s is State.ACCEPTED]

    def accepted_plan(self) -> ImportPlan:
        return accepted(self.plan, self.accepted_indices())

    def _update_buttons(self) -> None:
        has = self._index >= 0
        state = self.states[self._index] if has else None
        self.accept_button.setEnabled(has and state is not State.ACCEPTED)
        self.discard_button.setEnabled(has and state is not State.DISCARDED)
        self.edit_button.setEnabled(has)
        count = len(self.accepted_indices())
        self.import_button.setEnabled(count > 0)
        self.import_button.setText(
            self.tr("&Import Accepted ({count})").format(count=count)
            if count
            else self.tr("&Import Accepted")
        )

    def import_accepted(self) -> None:
        if not self.commit_value() or not self.accepted_indices():
            return
        plan = self.accepted_plan()
        self.accept()
        self.import_requested.emit(plan)

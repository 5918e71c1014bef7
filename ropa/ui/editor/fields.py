"""One editor widget per kind of field: text, codes, countries, dates, flags, processor references.

Each is a :class:`FieldEditor`: ``set_value`` shows a value without emitting anything,
``value`` reads it back (exactly the loaded value while the user has not touched the widget, so
a round trip keeps even what a widget could not show faithfully), ``changed`` fires on every user
edit, and ``show_marks`` draws a problem at the field: a coloured border, an icon and a line of
text under it, and the message in the tooltip. The nested kinds (one, maybe, many) are in
:mod:`ropa.ui.editor.form`, which also holds the factory that picks an editor for a field.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QRect, Qt, Signal
from PySide6.QtGui import (
    QFontMetrics,
    QIcon,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QStandardItemModel,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCalendarWidget,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QStyle,
    QTableWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from ropa.model.fields import FieldSpec
from ropa.reference import reference
from ropa.ui.editor.context import (
    CODE_ROLE,
    EditorContext,
    capital,
    code_text,
    ensure_choice,
    unknown_text,
)
from ropa.ui.editor.marks import COLOURS, Mark, Severity, worst

FRAME = 3  # pixels around an input, where a problem's border is drawn


def field_tooltip(spec: FieldSpec, lang: str) -> str:
    """The field's help and the GDPR item it serves: what a label's and a widget's tooltip say."""
    help_text = spec.help(lang)
    if spec.article:
        article = QCoreApplication.translate("editor", "GDPR Art. {article}").format(article=spec.article)
        return f"{help_text}\n{article}" if help_text else article
    return help_text


_ICONS = {
    Severity.ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
    Severity.GAP: QStyle.StandardPixmap.SP_MessageBoxWarning,
    Severity.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
    Severity.INFO: QStyle.StandardPixmap.SP_MessageBoxInformation,
}


def severity_icon(widget: QWidget, severity: Severity) -> QIcon:
    """The style's own error, warning or information icon."""
    return widget.style().standardIcon(_ICONS[severity])


class FieldEditor(QWidget):
    """The editor of one field: an input (or a few) with room for a problem drawn around it."""

    changed = Signal()

    def __init__(self, spec: FieldSpec, ctx: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.ctx = ctx
        self.severity: Severity | None = None
        self.messages: list[str] = []
        self._marked: QWidget | None = None
        self._outer = QVBoxLayout(self)
        self._outer.setContentsMargins(FRAME, FRAME, FRAME, FRAME)
        self._outer.setSpacing(2)
        self.message_row = QWidget()  # icon and text under the input: colour is never the only sign
        row = QHBoxLayout(self.message_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self._icon = QLabel()
        self._message = QLabel()
        self._message.setWordWrap(True)
        self._message.setTextFormat(Qt.TextFormat.PlainText)
        row.addWidget(self._icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self._message, 1)
        self.message_row.setVisible(False)

    def _set_body(self, body: QWidget, marked: QWidget | None = None) -> None:
        self._outer.addWidget(body)
        self._outer.addWidget(self.message_row)
        self._marked = marked or body
        tip = field_tooltip(self.spec, self.ctx.lang)
        self._tooltip = tip
        focus = self.focus_widget()
        focus.setToolTip(tip)
        focus.setAccessibleName(self.spec.label(self.ctx.lang))
        focus.setAccessibleDescription(self.spec.help(self.ctx.lang))
        self.setFocusProxy(focus)

    # -- the value ---------------------------------------------------------------------------------

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def value(self) -> Any:
        raise NotImplementedError

    def focus_widget(self) -> QWidget:
        raise NotImplementedError

    def refresh_choices(self) -> None:
        """The processor catalogue changed: re-show the current value (it is kept)."""

    def local_marks(self) -> list[Mark]:
        """Problems the widget itself knows (a date that is not one), with paths inside the field."""
        return []

    # -- problems ----------------------------------------------------------------------------------

    def show_marks(self, marks: Sequence[Mark]) -> None:
        """Show problems at this field; paths are relative to it (``()`` is the field itself)."""
        own = sorted((m for m in marks if not m.path), key=lambda m: -m.severity)
        self._mark_parts([m for m in marks if m.path])
        severity = worst(own)
        messages = [m.message for m in own]
        if severity == self.severity and messages == self.messages:
            return
        self.severity, self.messages = severity, messages
        if severity is None:
            self.message_row.setVisible(False)
            self.focus_widget().setToolTip(self._tooltip)
        else:
            colour = COLOURS[severity].name()
            self._message.setStyleSheet(f"color: {colour};")
            self._message.setText("\n".join(messages))
            self._icon.setPixmap(severity_icon(self, severity).pixmap(14, 14))
            self.message_row.setVisible(True)
            self.focus_widget().setToolTip("\n".join([*messages, "", self._tooltip]))
        self.update()

    def _mark_parts(self, marks: Sequence[Mark]) -> None:
        """Problems of parts of the value (an item of a list); ignored where there are none."""

    def focus_path(self, path: Sequence[str | int]) -> QWidget | None:
        widget = self.focus_widget()
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return widget

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.severity is None or self.severity is Severity.INFO or self._marked is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(COLOURS[self.severity], 2))
        rect = self._marked.geometry().adjusted(-2, -2, 2, 2)
        painter.drawRoundedRect(rect, 4, 4)


# -- small widgets ---------------------------------------------------------------------------------


class Combo(QComboBox):
    """A combo box that leaves the mouse wheel to the scrolling form unless it has focus."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMaximumWidth(560)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()

    def showPopup(self) -> None:
        view = self.view()
        view.setMinimumWidth(min(max(self.width(), view.sizeHintForColumn(0) + 24), 720))
        super().showPopup()


class SearchCombo(Combo):
    """A picker over a shared model that finds an item by any part of its text as you type.

    ``picked`` fires when the user chooses an item (or clears the text): from the list, the
    completer's popup, or by typing a name or a code and leaving the field.
    """

    picked = Signal()

    def __init__(self, model: QStandardItemModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setModel(model)
        completer = QCompleter(model, self)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        self.activated.connect(lambda _row: self.picked.emit())
        completer.activated.connect(lambda _text: self._after_completion())
        line = self.line()
        line.editingFinished.connect(self.commit_text)
        line.setClearButtonEnabled(True)

    def line(self) -> QLineEdit:
        line = self.lineEdit()
        assert line is not None
        return line

    def _after_completion(self) -> None:
        self.commit_text()
        self.picked.emit()

    def current_value(self) -> Any:
        return self.itemData(self.currentIndex(), CODE_ROLE) if self.currentIndex() >= 0 else None

    def select_value(self, value: Any, fallback_text: str = "") -> None:
        model = self.model()
        assert isinstance(model, QStandardItemModel)
        row = ensure_choice(model, value, fallback_text or unknown_text(value)) if value is not None else 0
        self.blockSignals(True)
        self.setCurrentIndex(row)
        self.setEditText(self.itemText(row))
        self.blockSignals(False)

    def commit_text(self) -> None:
        """Resolve what was typed to an item: its text, its code, or the one name containing it."""
        typed = self.line().text().strip()
        current = self.currentIndex()
        if current >= 0 and typed == self.itemText(current):
            return
        row = self._resolve(typed)
        if row is None:
            self.setEditText(self.itemText(current) if current >= 0 else "")
            return
        changed = row != current
        self.blockSignals(True)
        self.setCurrentIndex(row)
        self.setEditText(self.itemText(row))
        self.blockSignals(False)
        if changed:
            self.picked.emit()

    def _resolve(self, typed: str) -> int | None:
        if not typed:
            return 0
        folded = typed.casefold()
        contains: list[int] = []
        for row in range(self.count()):
            text = self.itemText(row).casefold()
            code = self.itemData(row, CODE_ROLE)
            if text == folded or (isinstance(code, str) and code.casefold() == folded):
                return row
            name = text.split(" — ", 1)[0]
            if name == folded:
                return row
            if folded in text:
                contains.append(row)
        return contains[0] if len(contains) == 1 else None


class GrowingTextEdit(QPlainTextEdit):
    """A multi-line text box as tall as its text (between ``min_lines`` and ``max_lines``)."""

    def __init__(self, min_lines: int = 2, max_lines: int = 12, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.min_lines, self.max_lines = min_lines, max_lines
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self._lines = 0
        self._fit_width = -1
        self.textChanged.connect(self.fit)
        self.fit()

    def _height_for(self, lines: int) -> int:
        metrics = QFontMetrics(self.font())
        margins = self.contentsMargins()
        document = 2 * int(self.document().documentMargin())
        return lines * metrics.lineSpacing() + document + margins.top() + margins.bottom() + 2

    def fit(self) -> None:
        width = self.viewport().width() - 2 * int(self.document().documentMargin())
        if width < 50:
            width = max(self.width() - 24, 400)
        text = self.toPlainText()
        if text:
            metrics = QFontMetrics(self.font())
            rect = metrics.boundingRect(QRect(0, 0, width, 1 << 20), Qt.TextFlag.TextWordWrap, text + "x")
            lines = max(1, math.ceil(rect.height() / max(1, metrics.lineSpacing())))
        else:
            lines = 1
        lines = min(max(lines, self.min_lines), self.max_lines)
        self._fit_width = width
        if lines != self._lines:
            self._lines = lines
            self.setFixedHeight(self._height_for(lines))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit()


def tool_button(text: str, icon: QStyle.StandardPixmap | None, tip: str, parent: QWidget) -> QToolButton:
    button = QToolButton(parent)
    button.setText(text)
    button.setToolTip(tip)
    button.setAccessibleName(tip)
    if icon is not None:
        button.setIcon(parent.style().standardIcon(icon))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    button.setAutoRaise(False)
    return button


def list_height(view: QAbstractItemView, rows: int) -> int:
    """The height that shows ``rows`` rows of ``view`` without a scroll bar."""
    row = view.sizeHintForRow(0) if view.model() is not None and view.model().rowCount() else -1
    if row <= 0:
        row = view.fontMetrics().height() + 6
    spacing = view.spacing() if isinstance(view, QListWidget) else 0
    return rows * (row + 2 * spacing) + 2 * view.frameWidth() + 2


class WeightedTable(QTableWidget):
    """A table whose columns share its width by weight, so no column title is cut off."""

    def __init__(self, weights: Sequence[int], parent: QWidget | None = None) -> None:
        super().__init__(0, len(weights), parent)
        self.weights = list(weights)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        width = self.viewport().width()
        total = sum(self.weights) or 1
        header = self.horizontalHeader()
        for column, weight in enumerate(self.weights[:-1]):
            header.resizeSection(column, width * weight // total)

    def fit_rows(self, rows: int) -> None:
        """Tall enough for ``rows`` rows (a scroll bar beyond that)."""
        header = 0 if self.horizontalHeader().isHidden() else self.horizontalHeader().sizeHint().height()
        self.setFixedHeight(
            header + rows * self.verticalHeader().defaultSectionSize() + 2 * self.frameWidth() + 2
        )


# -- text ------------------------------------------------------------------------------------------


class TextEditor(FieldEditor):
    """Free text: one line for names and numbers, a growing box for everything longer."""

    def __init__(self, spec: FieldSpec, ctx: EditorContext, *, long: bool, parent: QWidget | None = None):
        super().__init__(spec, ctx, parent)
        self._loaded: Any = ""
        self._shown = ""
        self.edit: QLineEdit | GrowingTextEdit
        if long:
            self.edit = GrowingTextEdit()
        else:
            self.edit = QLineEdit()
        self.edit.setPlaceholderText(spec.help(ctx.lang))
        self.edit.textChanged.connect(self.changed)
        self._set_body(self.edit)

    def focus_widget(self) -> QWidget:
        return self.edit

    def _text(self) -> str:
        return self.edit.text() if isinstance(self.edit, QLineEdit) else self.edit.toPlainText()

    def set_value(self, value: Any) -> None:
        self._loaded = value
        text = value if isinstance(value, str) else ("" if value is None else str(value))
        self.edit.blockSignals(True)
        if isinstance(self.edit, QLineEdit):
            self.edit.setText(text)
            self.edit.setCursorPosition(0)
        else:
            self.edit.setPlainText(text)
            self.edit.fit()
        self.edit.blockSignals(False)
        self._shown = self._text()

    def value(self) -> Any:
        text = self._text()
        return self._loaded if text == self._shown else text


class TextsEditor(FieldEditor):
    """A list of short texts (data-subject categories, systems): edit in place, add, remove, reorder."""

    def __init__(self, spec: FieldSpec, ctx: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(spec, ctx, parent)
        self._loaded: tuple[str, ...] = ()
        self._shown: list[str] = []
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        self.list = QListWidget()
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.list.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.list.itemChanged.connect(self._on_item_changed)
        column.addWidget(self.list)
        buttons = ListButtons(self, move=True, vertical=False)
        buttons.add.clicked.connect(self._add)
        buttons.remove.clicked.connect(self._remove)
        buttons.up.clicked.connect(lambda: self._move(-1))
        buttons.down.clicked.connect(lambda: self._move(+1))
        column.addWidget(buttons)
        self.buttons = buttons
        self._set_body(body, self.list)
        self._fit()

    def focus_widget(self) -> QWidget:
        return self.list

    def _texts(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def _item(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        return item

    def set_value(self, value: Any) -> None:
        self._loaded = value
        self.list.blockSignals(True)
        self.list.clear()
        for text in value or ():
            self.list.addItem(self._item(str(text)))
        self.list.blockSignals(False)
        self._shown = self._texts()
        self._fit()

    def value(self) -> Any:
        texts = self._texts()
        if texts == self._shown:
            return self._loaded
        return tuple(text for text in texts if text.strip())

    def _fit(self) -> None:
        self.list.setFixedHeight(list_height(self.list, min(max(self.list.count() + 1, 3), 8)))

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        self.changed.emit()

    def _add(self) -> None:
        item = self._item("")
        self.list.addItem(item)
        self.list.setCurrentItem(item)
        self._fit()
        self.list.setFocus()
        self.list.editItem(item)
        self.changed.emit()

    def _remove(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        self.list.takeItem(row)
        self._fit()
        self.changed.emit()

    def _move(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self.changed.emit()

    def _mark_parts(self, marks: Sequence[Mark]) -> None:
        by_row: dict[int, list[Mark]] = {}
        for mark in marks:
            if isinstance(mark.path[0], int):
                by_row.setdefault(mark.path[0], []).append(mark)
        for row in range(self.list.count()):
            item = self.list.item(row)
            found = by_row.get(row)
            item.setToolTip("\n".join(m.message for m in found) if found else "")
            item.setForeground(COLOURS[Severity.ERROR] if found else self.list.palette().text().color())

    def focus_path(self, path: Sequence[str | int]) -> QWidget | None:
        if path and isinstance(path[0], int) and path[0] < self.list.count():
            self.list.setCurrentRow(path[0])
        return super().focus_path(path)


class ListButtons(QWidget):
    """Add, Remove and (optionally) Move Up / Move Down, stacked beside a list."""

    def __init__(
        self, parent: QWidget, *, move: bool, vertical: bool = True, add_text: str = "", stretch: bool = True
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self) if vertical else QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        pixmap = QStyle.StandardPixmap
        self.add = QPushButton(add_text or QCoreApplication.translate("editor", "Add"))
        self.add.setToolTip(QCoreApplication.translate("editor", "Add an item"))
        self.remove = QPushButton(QCoreApplication.translate("editor", "Remove"))
        self.remove.setToolTip(QCoreApplication.translate("editor", "Remove the selected item"))
        self.up = tool_button("", pixmap.SP_ArrowUp, QCoreApplication.translate("editor", "Move Up"), self)
        self.down = tool_button(
            "", pixmap.SP_ArrowDown, QCoreApplication.translate("editor", "Move Down"), self
        )
        for button in (self.up, self.down):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        layout.addWidget(self.add)
        layout.addWidget(self.remove)
        if move and isinstance(layout, QHBoxLayout):
            layout.addWidget(self.up)
            layout.addWidget(self.down)
        elif move:
            arrows = QHBoxLayout()
            arrows.setSpacing(4)
            arrows.addWidget(self.up)
            arrows.addWidget(self.down)
            arrows.addStretch(1)
            layout.addLayout(arrows)
        else:
            self.up.hide()
            self.down.hide()
        if isinstance(layout, QHBoxLayout) and stretch:
            layout.addStretch(1)


# -- codes -----------------------------------------------------------------------------------------


class CodeEditor(FieldEditor):
    """One code of a reference list, shown by its label (and article); empty allowed."""

    def __init__(
        self,
        spec: FieldSpec,
        ctx: EditorContext,
        *,
        list_name: str,
        convert: Callable[[str], Any] = str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(spec, ctx, parent)
        self._loaded: Any = None
        self.combo = Combo()
        self.combo.addItem("", None)
        for item in reference().code_list(list_name):
            self.combo.addItem(code_text(list_name, item.code, ctx.lang), convert(item.code))
            self.combo.setItemData(
                self.combo.count() - 1, _code_tooltip(item.code, item.article), Qt.ItemDataRole.ToolTipRole
            )
        self.combo.currentIndexChanged.connect(lambda _row: self.changed.emit())
        self._set_body(self.combo)

    def focus_widget(self) -> QWidget:
        return self.combo

    def set_value(self, value: Any) -> None:
        self._loaded = value
        self.blockSignals(True)
        row = self.combo.findData(value) if value is not None else 0
        if row < 0:
            self.combo.addItem(unknown_text(value), value)
            row = self.combo.count() - 1
        self.combo.setCurrentIndex(row)
        self.blockSignals(False)
        self._shown_row = row

    def value(self) -> Any:
        if self.combo.currentIndex() == self._shown_row:
            return self._loaded
        return self.combo.currentData()


def _code_tooltip(code: str, article: str) -> str:
    return f"{code} · {article}" if article else code


class WrappingList(QListWidget):
    """A list as tall as all its rows, long rows wrapped to the width it has: no scroll bars."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setSpacing(1)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(240)

    def fit(self) -> None:
        self.doItemsLayout()
        last = self.visualItemRect(self.item(self.count() - 1)) if self.count() else None
        rows = last.bottom() + 1 + self.spacing() + self.verticalOffset() if last is not None else 0
        self.setFixedHeight(max(rows, self.fontMetrics().height()) + 2 * self.frameWidth())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit()


class CodesEditor(FieldEditor):
    """Several codes of a list as check boxes (WP248 criteria, Art. 9(2) conditions)."""

    def __init__(self, spec: FieldSpec, ctx: EditorContext, *, list_name: str, parent: QWidget | None = None):
        super().__init__(spec, ctx, parent)
        self._loaded: tuple[str, ...] = ()
        self.list = WrappingList()
        for item in reference().code_list(list_name):
            self._add_item(item.code, capital(item.label(ctx.lang)), _code_tooltip(item.code, item.article))
        self.list.itemChanged.connect(lambda _item: self._on_change())
        self._set_body(self.list)
        self._fit()

    def _add_item(self, code: str, text: str, tooltip: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setData(CODE_ROLE, code)
        item.setToolTip(tooltip)
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable
        )
        item.setCheckState(Qt.CheckState.Unchecked)
        self.list.addItem(item)
        return item

    def _fit(self) -> None:
        self.list.fit()

    def _on_change(self) -> None:
        if not self.list.signalsBlocked():
            self.changed.emit()

    def focus_widget(self) -> QWidget:
        return self.list

    def checked(self) -> list[str]:
        return [
            str(self.list.item(row).data(CODE_ROLE))
            for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def set_checked(self, code: str, on: bool = True) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(CODE_ROLE) == code:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def set_value(self, value: Any) -> None:
        self._loaded = value
        wanted = set(value or ())
        self.list.blockSignals(True)
        known = {self.list.item(row).data(CODE_ROLE) for row in range(self.list.count())}
        for code in wanted - known:
            self._add_item(code, unknown_text(code), code)
            self._fit()
        for row in range(self.list.count()):
            item = self.list.item(row)
            state = Qt.CheckState.Checked if item.data(CODE_ROLE) in wanted else Qt.CheckState.Unchecked
            item.setCheckState(state)
        self.list.blockSignals(False)

    def value(self) -> Any:
        checked = self.checked()
        loaded = tuple(self._loaded or ())
        if set(checked) == set(loaded) and len(set(loaded)) == len(loaded):
            return self._loaded
        kept = [code for code in loaded if code in checked]
        return tuple(dict.fromkeys([*kept, *checked]))


# -- countries and processors ----------------------------------------------------------------------


class ChoiceEditor(FieldEditor):
    """One country (with its standing today) or one processor, found by typing any part of its name."""

    def __init__(
        self,
        spec: FieldSpec,
        ctx: EditorContext,
        *,
        model: QStandardItemModel,
        text: Callable[[Any], str],
        empty: Any = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(spec, ctx, parent)
        self._loaded: Any = empty
        self._current: Any = empty
        self._empty = empty
        self._text = text
        self.combo = SearchCombo(model)
        self.combo.line().setPlaceholderText(spec.help(ctx.lang))
        self.combo.picked.connect(self._on_picked)
        self._set_body(self.combo)

    def focus_widget(self) -> QWidget:
        return self.combo

    def _on_picked(self) -> None:
        picked = self.combo.current_value()
        self._current = self._empty if picked is None else picked
        self.changed.emit()

    def set_value(self, value: Any) -> None:
        self._loaded = self._current = value
        shown = None if value in (None, "") else value
        self.combo.select_value(shown, self._text(value) if shown is not None else "")

    def value(self) -> Any:
        return self._current

    def refresh_choices(self) -> None:
        shown = None if self._current in (None, "") else self._current
        self.combo.select_value(shown, self._text(self._current) if shown is not None else "")


class PickListEditor(FieldEditor):
    """Several countries or processors: the chosen ones in order, a picker to add one more."""

    def __init__(
        self,
        spec: FieldSpec,
        ctx: EditorContext,
        *,
        model: QStandardItemModel,
        text: Callable[[Any], str],
        tooltip: Callable[[Any], str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(spec, ctx, parent)
        self._loaded: tuple[Any, ...] = ()
        self._shown: list[Any] = []
        self._text = text
        self._tooltip_of = tooltip
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        self.list = QListWidget()
        self.list.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        column.addWidget(self.list)
        row = QHBoxLayout()
        row.setSpacing(4)
        self.picker = SearchCombo(model)
        self.picker.line().setPlaceholderText(QCoreApplication.translate("editor", "Type to find one to add"))
        self.picker.setAccessibleName(
            QCoreApplication.translate("editor", "Add to {field}").format(field=spec.label(ctx.lang))
        )
        self.picker.line().returnPressed.connect(self._add)
        self.add = QPushButton(QCoreApplication.translate("editor", "Add"))
        self.add.setToolTip(QCoreApplication.translate("editor", "Add the chosen one to the list"))
        self.add.clicked.connect(self._add)
        self.buttons = ListButtons(self, move=True, vertical=False, stretch=False)
        self.buttons.add.hide()
        self.buttons.remove.clicked.connect(self._remove)
        self.buttons.up.clicked.connect(lambda: self._move(-1))
        self.buttons.down.clicked.connect(lambda: self._move(+1))
        row.addWidget(self.picker, 1)
        row.addWidget(self.add)
        row.addSpacing(12)
        row.addWidget(self.buttons)
        row.addStretch(0)
        column.addLayout(row)
        self._set_body(body, self.list)
        self._fit()

    def focus_widget(self) -> QWidget:
        return self.list

    def _item(self, value: Any) -> QListWidgetItem:
        item = QListWidgetItem(self._text(value))
        item.setData(CODE_ROLE, value)
        if self._tooltip_of is not None:
            item.setToolTip(self._tooltip_of(value))
        return item

    def values(self) -> list[Any]:
        return [self.list.item(row).data(CODE_ROLE) for row in range(self.list.count())]

    def set_value(self, value: Any) -> None:
        self._loaded = value
        self.list.clear()
        for item in value or ():
            self.list.addItem(self._item(item))
        self._shown = self.values()
        self._fit()

    def value(self) -> Any:
        values = self.values()
        return self._loaded if values == self._shown else tuple(values)

    def add_value(self, value: Any) -> None:
        if value is None or value in self.values():
            return
        self.list.addItem(self._item(value))
        self._fit()
        self.changed.emit()

    def _add(self) -> None:
        self.picker.commit_text()
        self.add_value(self.picker.current_value())
        self.picker.select_value(None)

    def _remove(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self._fit()
            self.changed.emit()

    def _move(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self.changed.emit()

    def _fit(self) -> None:
        self.list.setFixedHeight(list_height(self.list, min(max(self.list.count(), 2), 8)))

    def refresh_choices(self) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            value = item.data(CODE_ROLE)
            item.setText(self._text(value))
            if self._tooltip_of is not None:
                item.setToolTip(self._tooltip_of(value))

    def _mark_parts(self, marks: Sequence[Mark]) -> None:
        by_row: dict[int, list[Mark]] = {}
        for mark in marks:
            if isinstance(mark.path[0], int):
                by_row.setdefault(mark.path[0], []).append(mark)
        for row in range(self.list.count()):
            item = self.list.item(row)
            found = by_row.get(row)
            base = self._tooltip_of(item.data(CODE_ROLE)) if self._tooltip_of else ""
            item.setToolTip("\n".join([m.message for m in found] + [base]) if found else base)
            item.setForeground(COLOURS[Severity.ERROR] if found else self.list.palette().text().color())

    def focus_path(self, path: Sequence[str | int]) -> QWidget | None:
        if path and isinstance(path[0], int) and path[0] < self.list.count():
            self.list.setCurrentRow(path[0])
        return super().focus_path(path)


# -- dates and flags -------------------------------------------------------------------------------

_FINNISH_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")


def parse_day(text: str) -> date | None:
    """``2026-01-15`` (ISO) or ``15.1.2026`` (as Finns write it); raises ValueError otherwise."""
    text = text.strip()
    if not text:
        return None
    found = _FINNISH_DATE.match(text)
    if found:
        day, month, year = (int(part) for part in found.groups())
        return date(year, month, day)
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        raise ValueError(text)
    return date.fromisoformat(text)


class DateEditor(FieldEditor):
    """A day as ISO text (empty allowed), typed or picked from a calendar."""

    def __init__(self, spec: FieldSpec, ctx: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(spec, ctx, parent)
        self._loaded: Any = None
        self._shown = ""
        body = QWidget()
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(QCoreApplication.translate("editor", "YYYY-MM-DD"))
        self.edit.setMaxLength(10)
        width = self.edit.fontMetrics().horizontalAdvance("0000-00-00") + 36
        self.edit.setFixedWidth(width)
        self.edit.textChanged.connect(self.changed)
        self.edit.editingFinished.connect(self._normalise)
        self.button = QToolButton()
        self.button.setText("…")
        self.button.setToolTip(QCoreApplication.translate("editor", "Choose from a calendar"))
        self.button.setAccessibleName(QCoreApplication.translate("editor", "Choose from a calendar"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        menu = QMenu(self.button)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        menu.addSeparator()
        menu.addAction(QCoreApplication.translate("editor", "Today"), lambda: self._choose(ctx.today))
        menu.addAction(QCoreApplication.translate("editor", "Clear"), lambda: self._choose(None))
        menu.aboutToShow.connect(self._prepare_calendar)
        self.button.setMenu(menu)
        self._menu = menu
        row.addWidget(self.edit)
        row.addWidget(self.button)
        row.addStretch(1)
        self._set_body(body, self.edit)

    def focus_widget(self) -> QWidget:
        return self.edit

    def _prepare_calendar(self) -> None:
        try:
            shown = parse_day(self.edit.text()) or self.ctx.today
        except ValueError:
            shown = self.ctx.today
        self.calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))

    def _picked(self, day: QDate) -> None:
        self._choose(date(day.year(), day.month(), day.day()))
        self._menu.close()

    def _choose(self, day: date | None) -> None:
        self.set_day(day)
        self.edit.setFocus()

    def set_day(self, day: date | None) -> None:
        """Put ``day`` in the field as if the user had typed it."""
        self.edit.setText(day.isoformat() if day else "")

    def _normalise(self) -> None:
        try:
            day = parse_day(self.edit.text())
        except ValueError:
            return
        iso = day.isoformat() if day else ""
        if iso != self.edit.text():
            self.edit.setText(iso)

    def set_value(self, value: Any) -> None:
        self._loaded = value
        self.edit.blockSignals(True)
        self.edit.setText(
            value.isoformat() if isinstance(value, date) else "" if value is None else str(value)
        )
        self.edit.blockSignals(False)
        self._shown = self.edit.text()

    def value(self) -> Any:
        if self.edit.text() == self._shown:
            return self._loaded
        try:
            return parse_day(self.edit.text())
        except ValueError:
            return self._loaded

    def local_marks(self) -> list[Mark]:
        if self.edit.text() == self._shown:
            return []
        try:
            parse_day(self.edit.text())
        except ValueError:
            return [
                Mark(
                    (),
                    QCoreApplication.translate("editor", "Not a date: write it as YYYY-MM-DD"),
                    Severity.ERROR,
                )
            ]
        return []


class FlagEditor(FieldEditor):
    """Yes, no, or not known yet."""

    def __init__(self, spec: FieldSpec, ctx: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(spec, ctx, parent)
        self._loaded: Any = None
        body = QWidget()
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 2, 0, 2)
        row.setSpacing(16)
        self.group = QButtonGroup(self)
        self.buttons: dict[bool | None, QRadioButton] = {}
        for value, text in (
            (True, QCoreApplication.translate("editor", "Yes")),
            (False, QCoreApplication.translate("editor", "No")),
            (None, QCoreApplication.translate("editor", "Not known")),
        ):
            button = QRadioButton(text)
            button.setAccessibleName(f"{spec.label(ctx.lang)}: {text}")
            self.group.addButton(button)
            self.buttons[value] = button
            row.addWidget(button)
            button.toggled.connect(self._toggled)
        row.addStretch(1)
        self._set_body(body, body)
        for button in self.buttons.values():
            button.setToolTip(self._tooltip)
        self.buttons[None].setChecked(True)

    def _toggled(self, on: bool) -> None:
        if on:
            self.changed.emit()

    def focus_widget(self) -> QWidget:
        checked = self.group.checkedButton()
        return checked if checked is not None else self.buttons[None]

    def set_value(self, value: Any) -> None:
        self._loaded = value
        self.blockSignals(True)
        self.buttons[value if value in (True, False) else None].setChecked(True)
        self.blockSignals(False)

    def value(self) -> Any:
        for value, button in self.buttons.items():
            if button.isChecked():
                if value == self._loaded or (value is None and self._loaded not in (True, False)):
                    return self._loaded
                return value
        return self._loaded

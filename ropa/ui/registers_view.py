"""The registers of one controller (or all of them): the filter bar, the table and the chosen register.

Part of what the window shows first, so it imports only Qt, the table model and the code lists;
the read-only register view (and later the editor) is made when a register is first chosen.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ropa.reference import code_labels, reference
from ropa.ui.record_slot import RecordSlot
from ropa.ui.register_model import Column, RegisterTableModel

# Default column widths in average characters (Status: its widest label); the last column stretches.
# On first show, room left over goes to the text columns in these shares, so the numbers are not
# pushed to the far right.
_COLUMN_CHARS = {
    Column.REGISTER: 44,
    Column.CONTROLLER: 28,
    Column.DEPARTMENT: 24,
    Column.NEXT_REVIEW: 14,
    Column.PROCESSORS: 8,
    Column.TRANSFERS: 8,
}
SPARE_SHARES = {Column.REGISTER: 0.45, Column.CONTROLLER: 0.3, Column.DEPARTMENT: 0.25}


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


class RegistersPage(QWidget):
    """Filter bar above the register table above the chosen register."""

    current_changed = Signal(str)  # the current register's key, "" when none
    filters_changed = Signal()
    link_activated = Signal(str, str)

    def __init__(self, model: RegisterTableModel, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.language = language
        self.default_widths: dict[Column, int] = {}
        self.auto_fit = True  # share spare width among the text columns until the user resizes one
        self._fitting = False
        self._build_filters()
        self._build_table()
        self.slot = RecordSlot(self.tr("Choose a register to see its record here."), self._register_view)
        self.slot.setObjectName("registerSlot")
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("registersSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.slot)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([400, 600])  # the record (its editor) gets more room than the list
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.setSpacing(6)
        layout.addLayout(self._bar)
        layout.addWidget(self.splitter)
        # The record follows the current row once the user settles (arrow keys through a long list).
        self._current_timer = QTimer(self)
        self._current_timer.setSingleShot(True)
        self._current_timer.setInterval(60)
        self._current_timer.timeout.connect(self._emit_current)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._current_timer.start())
        for first, second in (
            (self.filter_edit, self.status_combo),
            (self.status_combo, self.basis_combo),
            (self.basis_combo, self.special_check),
            (self.special_check, self.transfers_check),
            (self.transfers_check, self.overdue_check),
            (self.overdue_check, self.table),
        ):
            QWidget.setTabOrder(first, second)

    # -- building ----------------------------------------------------------------------------------

    def _build_filters(self) -> None:
        lang = self.language
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter registers"))
        self.filter_edit.setAccessibleName(self.tr("Filter registers"))
        self.filter_edit.textChanged.connect(self._on_text)
        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(self.tr("Status"))
        self.status_combo.addItem(self.tr("Any status"), None)
        for code, label in code_labels("register_statuses", lang).items():
            self.status_combo.addItem(_capitalised(label), code)
        self.status_combo.currentIndexChanged.connect(self._on_combo)
        self.basis_combo = QComboBox()
        self.basis_combo.setAccessibleName(self.tr("Legal basis"))
        self.basis_combo.addItem(self.tr("Any legal basis"), None)
        self.basis_combo.currentIndexChanged.connect(self._on_combo)
        self.special_check = QCheckBox(self.tr("Art. 9/10 data"))
        self.special_check.setToolTip(
            self.tr("Only registers with special categories of data (Art. 9) or criminal data (Art. 10)")
        )
        self.transfers_check = QCheckBox(self.tr("Transfers"))
        self.transfers_check.setToolTip(
            self.tr(
                "Only registers with a third-country transfer: declared, or derived from their processors"
            )
        )
        self.overdue_check = QCheckBox(self.tr("Overdue"))
        self.overdue_check.setToolTip(
            self.tr("Only registers whose next review date has passed (a retired register never is)")
        )
        for check in (self.special_check, self.transfers_check, self.overdue_check):
            check.toggled.connect(self._on_combo)
            check.setAccessibleName(check.toolTip())
        for combo in (self.status_combo, self.basis_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
        self.filter_edit.setMinimumWidth(self.fontMetrics().averageCharWidth() * 16)
        bar = QHBoxLayout()
        bar.setSpacing(8)
        bar.addWidget(self.filter_edit, 3)
        bar.addWidget(self.status_combo, 1)
        bar.addWidget(self.basis_combo, 1)
        bar.addWidget(self.special_check)
        bar.addWidget(self.transfers_check)
        bar.addWidget(self.overdue_check)
        self._bar = bar

    def complete_filters(self) -> None:
        """Fill the legal basis filter: after the first paint (it needs the whole reference set,
        which the list does not), and before the facts it filters on are known. The filter's
        clear button and Escape come now too: the button shows only once there is text, and its
        icon is looked up in the desktop's icon theme (4 ms under X11)."""
        if self.filter_edit.isClearButtonEnabled():
            return  # done already (the first thing done below)
        from PySide6.QtGui import QKeySequence, QShortcut

        self.filter_edit.setClearButtonEnabled(True)
        clear = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.filter_edit, self.filter_edit.clear)
        clear.setContext(Qt.ShortcutContext.WidgetShortcut)
        for code in reference().legal_bases:
            article = code.article.removeprefix("Art. ")
            self.basis_combo.addItem(f"{article} {code.label(self.language)}", code.code)

    def _build_table(self) -> None:
        table = QTableView()
        table.setObjectName("registerTable")
        table.setAccessibleName(self.tr("Registers"))
        table.setModel(self.model)
        table.setAlternatingRowColors(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.setShowGrid(False)
        table.setCornerButtonEnabled(False)
        rows = table.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # uniform row heights: no per-row sizing
        rows.setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table = table
        self._set_default_column_widths()
        header.sectionResized.connect(self._on_section_resized)

    def _set_default_column_widths(self) -> None:
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        header_metrics = header.fontMetrics()
        char = metrics.averageCharWidth()
        cell_padding = 2 * char + 8
        widest_status = max(
            metrics.horizontalAdvance(_capitalised(label))
            for label in code_labels("register_statuses", self.language).values()
        )
        for column in Column:
            content = (
                widest_status + cell_padding if column == Column.STATUS else _COLUMN_CHARS[column] * char
            )
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            # Room for the title, the sort arrow and the section's margins.
            title_width = header_metrics.horizontalAdvance(title) + 36
            self.default_widths[column] = max(content, title_width)
            header.resizeSection(column, self.default_widths[column])
        header.setSortIndicator(Column.CONTROLLER, Qt.SortOrder.AscendingOrder)

    def fit_columns(self) -> None:
        """Share the width the default columns leave free among the text columns."""
        if not self.auto_fit:
            return
        shown = [c for c in Column if not self.table.isColumnHidden(c)]
        spare = self.table.viewport().width() - sum(self.default_widths[c] for c in shown)
        shares = {c: s for c, s in SPARE_SHARES.items() if c in shown}
        total = sum(shares.values())
        header = self.table.horizontalHeader()
        self._fitting = True
        try:
            for column, share in shares.items():
                header.resizeSection(column, self.default_widths[column] + max(0, int(spare * share / total)))
        finally:
            self._fitting = False

    def _on_section_resized(self, _section: int, _old: int, _new: int) -> None:
        header = self.table.horizontalHeader()
        if not self._fitting and header.underMouse():  # the user dragged a section edge
            self.auto_fit = False

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        if self.auto_fit and self.isVisible():
            self.fit_columns()

    def _register_view(self) -> QWidget:
        from ropa.ui.details import RegisterView

        view = RegisterView(self.language)
        view.link_activated.connect(self.link_activated)
        return view

    # -- filters ---------------------------------------------------------------------------------------

    def _on_text(self, text: str) -> None:
        self._keeping_selection(lambda: self.model.set_filter(text))

    def _on_combo(self, *_: object) -> None:
        self._keeping_selection(
            lambda: self.model.set_filters(
                status=self.status_combo.currentData(),
                legal_basis=self.basis_combo.currentData(),
                special=self.special_check.isChecked(),
                transfers=self.transfers_check.isChecked(),
                overdue=self.overdue_check.isChecked(),
            )
        )

    def set_controller(self, controller: str | None) -> None:
        self._keeping_selection(lambda: self.model.set_filters(controller=controller))
        hide = controller is not None
        if self.table.isColumnHidden(Column.CONTROLLER) != hide:
            self.table.setColumnHidden(Column.CONTROLLER, hide)
            self.fit_columns()

    def clear_filters(self) -> None:
        for widget in (self.status_combo, self.basis_combo):
            widget.blockSignals(True)
            widget.setCurrentIndex(0)
            widget.blockSignals(False)
        for check in (self.special_check, self.transfers_check, self.overdue_check):
            check.blockSignals(True)
            check.setChecked(False)
            check.blockSignals(False)
        self.filter_edit.clear()
        self._on_combo()

    def _keeping_selection(self, change: object) -> None:
        keys = self.selected_keys()
        current = self.current_key()
        assert callable(change)
        change()
        self.select_keys(keys, current=current)
        self.filters_changed.emit()

    # -- selection ---------------------------------------------------------------------------------

    def selected_keys(self) -> set[str]:
        """Keys of the selected rows, read from the selection's row ranges (selectedRows() is slow)."""
        rows: set[int] = set()
        # QItemSelection is a QList at runtime; PySide6's stubs miss its __iter__
        for selected in self.table.selectionModel().selection():  # type: ignore[attr-defined]
            rows.update(range(selected.top(), selected.bottom() + 1))
        return self.model.keys_of_rows(rows)

    def current_key(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.summary(index.row()).key

    def select_keys(self, keys: set[str], *, current: str | None = None) -> None:
        """Select the rows of ``keys`` in one go (row by row would take seconds for thousands)."""
        rows = self.model.rows_of_keys(keys) if keys else []
        selection_model = self.table.selectionModel()
        if current is not None:
            row = self.model.row_of_key(current)
            if row is not None:
                selection_model.setCurrentIndex(
                    self.model.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate
                )
        if not rows:
            return
        last_column = self.model.columnCount() - 1
        selection = QItemSelection()
        start = previous = rows[0]
        for row in [*rows[1:], None]:
            if row is not None and row == previous + 1:
                previous = row
                continue
            selection.select(self.model.index(start, 0), self.model.index(previous, last_column))
            if row is not None:
                start = previous = row
        selection_model.select(selection, QItemSelectionModel.SelectionFlag.Select)
        self.table.scrollTo(self.model.index(rows[0], 0))

    def select(self, key: str) -> bool:
        """Make ``key`` the current and only selected register (clearing filters that hide it)."""
        row = self.model.row_of_key(key)
        if row is None and self.model.summary_of(key) is not None:
            self.clear_filters()
            row = self.model.row_of_key(key)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)
        self._current_timer.stop()
        self._emit_current()
        return True

    def _emit_current(self) -> None:
        self.current_changed.emit(self.current_key() or "")

    def flush(self) -> None:
        """Deliver a pending change of the current register now (tests, and before commands)."""
        if self._current_timer.isActive():
            self._current_timer.stop()
            self._emit_current()

    def current_index(self) -> QModelIndex:
        return self.table.currentIndex()

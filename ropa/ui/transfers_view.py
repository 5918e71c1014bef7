"""A controller's transfers in one table: declared on its registers and derived from their processors.

Each row: the register, the processor chain, the country or organisation, its Chapter V status
today, the mechanism, the SCC module and the transfer impact assessment. A third-country row
without a mechanism, or an Art. 46/47 tool without an assessment, says "Missing" in red (text
and colour). Enter or a double click opens the register behind a row; the Go menu also reaches
the processor behind a derived one, where it is fixed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QTableView, QVBoxLayout, QWidget

from ropa.app.session import TransferRow
from ropa.model.transfers import CountryStatus
from ropa.reference import reference
from ropa.ui.details import mechanism_text, status_text
from ropa.ui.register_model import OVERDUE_COLOR

_Index = QModelIndex | QPersistentModelIndex

#: Mechanisms that are Art. 46/47 tools: each needs a transfer impact assessment (Schrems II).
NEEDS_TIA = frozenset(
    {
        "scc",
        "bcr",
        "public_authority_instrument",
        "sa_clauses",
        "code_of_conduct",
        "certification",
        "ad_hoc_clauses",
        "administrative_arrangement",
    }
)


class TransferColumn(IntEnum):
    REGISTER = 0
    CONTROLLER = 1
    KIND = 2
    CHAIN = 3
    DESTINATION = 4
    STATUS = 5
    MODULE = 6
    TIA = 7
    MECHANISM = 8  # last: its labels are the longest, and the last column takes the room left


class TransferTableModel(QAbstractTableModel):
    """Transfer rows, sortable by any column and filtered by text, over precomputed strings."""

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._headers = (
            self.tr("Register"),
            self.tr("Controller"),
            self.tr("Kind"),
            self.tr("Processor chain"),
            self.tr("Country or organisation"),
            self.tr("Status today"),
            self.tr("Module"),
            self.tr("TIA"),
            self.tr("Mechanism"),
        )
        self._declared, self._derived = self.tr("Declared"), self.tr("Derived")
        self._missing, self._done = self.tr("Missing"), self.tr("Done")
        self._warning = QBrush(OVERDUE_COLOR)
        self._rows: list[TransferRow] = []
        self._display: list[tuple[str, ...]] = []
        self._problems: list[tuple[bool, bool]] = []  # (mechanism missing, TIA missing)
        self._search: list[str] = []
        self._visible: list[int] = []
        self._filter = ""
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: Sequence[TransferRow]) -> None:
        ref = reference()
        self.beginResetModel()
        self._rows = list(rows)
        self._display, self._problems, self._search = [], [], []
        for row in self._rows:
            third = row.status is CountryStatus.THIRD_COUNTRY
            no_mechanism = third and not row.mechanism
            no_tia = row.mechanism in NEEDS_TIA and not row.tia.strip()
            destination = ref.country_name(row.country, self._language) if row.country else ""
            if row.country and destination != row.country:
                destination = f"{destination} ({row.country})"
            mechanism = mechanism_text(row.mechanism, self._language)
            shown = (
                row.register_name or row.register,
                row.controller_name,
                self._derived if row.derived else self._declared,
                " → ".join(row.chain_names) if row.chain else row.recipient,
                destination,
                status_text(row, self._language),
                str(row.scc_module or ""),
                self._missing if no_tia else (self._done if row.tia.strip() else ""),
                self._missing if no_mechanism else mechanism,
            )
            self._display.append(shown)
            self._problems.append((no_mechanism, no_tia))
            self._search.append("\0".join(shown).casefold())
        self._visible = self._arranged()
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        needle = text.strip().casefold()
        if needle != self._filter:
            self.beginResetModel()
            self._filter = needle
            self._visible = self._arranged()
            self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order) if 0 <= column < len(TransferColumn) else None  # -1: as listed
        self._visible = self._arranged()
        self.layoutChanged.emit()

    def _arranged(self) -> list[int]:
        rows = list(range(len(self._rows)))
        if self._sort is not None:
            column, order = self._sort
            key: Callable[[int], Any] = lambda row: self._display[row][column].casefold()  # noqa: E731
            rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        if self._filter:
            rows = [row for row in rows if self._filter in self._search[row]]
        return rows

    def kind_texts(self) -> tuple[str, str]:
        return self._declared, self._derived

    def tia_texts(self) -> tuple[str, str]:
        return self._missing, self._done

    def row_at(self, row: int) -> TransferRow:
        return self._rows[self._visible[row]]

    def total_count(self) -> int:
        return len(self._rows)

    def problem_count(self) -> int:
        return sum(1 for a, b in self._problems if a or b)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(TransferColumn)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row, column = self._visible[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display[row][column]
        if role == Qt.ItemDataRole.ForegroundRole:
            no_mechanism, no_tia = self._problems[row]
            if (column == TransferColumn.MECHANISM and no_mechanism) or (
                column == TransferColumn.TIA and no_tia
            ):
                return self._warning
        if role == Qt.ItemDataRole.ToolTipRole and column == TransferColumn.TIA:
            return self._rows[row].tia or None
        if role == Qt.ItemDataRole.ToolTipRole and column == TransferColumn.CHAIN:
            return self._display[row][column]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None


class TransfersPage(QWidget):
    """The transfers table with its filter; opens the register or processor behind a row."""

    open_register = Signal(str)
    open_processor = Signal(str)

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = TransferTableModel(language, self)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter transfers"))
        self.filter_edit.setAccessibleName(self.tr("Filter transfers"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.model.set_filter)
        clear = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.filter_edit, self.filter_edit.clear)
        clear.setContext(Qt.ShortcutContext.WidgetShortcut)
        table = QTableView()
        table.setObjectName("transferTable")
        table.setAccessibleName(self.tr("Transfers"))
        table.setModel(self.model)
        table.setSortingEnabled(True)
        table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        table.setAlternatingRowColors(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.setShowGrid(False)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        metrics = table.fontMetrics()
        words = {TransferColumn.KIND: self.model.kind_texts(), TransferColumn.TIA: self.model.tia_texts()}
        for column, chars in (
            (TransferColumn.REGISTER, 32),
            (TransferColumn.CONTROLLER, 22),
            (TransferColumn.KIND, 0),
            (TransferColumn.CHAIN, 36),
            (TransferColumn.DESTINATION, 20),
            (TransferColumn.STATUS, 34),
            (TransferColumn.MODULE, 0),
            (TransferColumn.TIA, 0),
        ):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            widest = max((metrics.horizontalAdvance(text) for text in words.get(column, ())), default=0)
            width = max(
                metrics.averageCharWidth() * chars, metrics.horizontalAdvance(title) + 24, widest + 20
            )
            header.resizeSection(column, width)
        table.activated.connect(self._on_activated)
        self.table = table
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.setSpacing(6)
        layout.addWidget(self.filter_edit)
        layout.addWidget(table)

    def set_rows(self, rows: Sequence[TransferRow], *, all_controllers: bool) -> None:
        self.model.set_rows(rows)
        self.table.setColumnHidden(TransferColumn.CONTROLLER, not all_controllers)

    def current_row(self) -> TransferRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_register.emit(self.model.row_at(index.row()).register)

"""A controller's transfers in one table: declared in its records and derived from their processors.

The rows are :func:`ropa.model.transfers.transfer_rows` (through ``Session.transfer_rows``), the
same ``ropa transfers`` prints. Each row: the record (a register, or an Art. 30(2) record), why
the flow exists (declared, a processing country, access from the processor's country of
establishment), the processor chain, the country or organisation, its Chapter V status today
(adequacy only counts once a limited decision's scope is confirmed), the SCC module (with the one
the leg needs when they differ), the transfer impact assessment and the mechanism. What needs
attention says so in red (text and colour): no mechanism where one is needed, an Art. 46/47 tool
without an assessment, an SCC module that does not fit the leg. Enter or a double click opens
the record behind a row; the View menu also reaches the processor where a derived flow is fixed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QKeySequence, QShortcut
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from ropa.model.transfers import Basis, RecordKind, TransferRow, TransferStatus
from ropa.reference import reference
from ropa.ui.details import mechanism_text, status_text
from ropa.ui.list_table import TitledColumns, list_table
from ropa.ui.register_model import OVERDUE_COLOR

_Index = QModelIndex | QPersistentModelIndex

#: Flows that need a transfer tool of their own (no adequacy decision covers the recipient).
_NEEDS_TOOL = frozenset({TransferStatus.THIRD_COUNTRY, TransferStatus.ADEQUACY_NOT_CONFIRMED})


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


class TransferTableModel(TitledColumns, QAbstractTableModel):
    """Transfer rows, sortable by any column and filtered by text, over precomputed strings."""

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._headers = (
            self.tr("Record"),
            self.tr("Controller"),
            self.tr("Why"),
            self.tr("Processor chain"),
            self.tr("Country or organisation"),
            self.tr("Status today"),
            self.tr("Module"),
            self.tr("TIA"),
            self.tr("Mechanism"),
        )
        self._missing, self._done = self.tr("Missing"), self.tr("Done")
        self._module_text = self.tr("{module} ({needed} needed)")
        self._warning = QBrush(OVERDUE_COLOR)
        self._rows: list[TransferRow] = []
        self._display: list[tuple[str, ...]] = []
        self._problems: list[tuple[bool, bool, bool]] = []  # (mechanism, TIA, module) needing attention
        self._search: list[str] = []
        self._visible: list[int] = []
        self._filter = ""
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_rows(
        self,
        rows: Sequence[TransferRow],
        controllers: Mapping[str, str] | None = None,
        processors: Mapping[str, str] | None = None,
    ) -> None:
        """Show ``rows``; ``controllers`` and ``processors`` name the keys (key -> name)."""
        ref = reference()
        lang = self._language
        controllers = controllers or {}
        processors = processors or {}
        self.beginResetModel()
        self._rows = list(rows)
        self._display, self._problems, self._search = [], [], []
        for row in self._rows:
            flow = row.flow
            tool = ref.mechanism(flow.mechanism) if flow.mechanism else None
            no_mechanism = flow.status in _NEEDS_TOOL and not flow.mechanism
            no_tia = tool is not None and tool.requires_tia and not flow.tia.strip()
            bad_module = not flow.module_fits
            destination = ref.country_name(flow.country, lang)
            if destination != flow.country:
                destination = f"{destination} ({flow.country})"
            chain = " → ".join(processors.get(key, key) for key in flow.chain)
            module = str(flow.scc_module or "")
            if bad_module:
                module = self._module_text.format(module=flow.scc_module, needed=flow.module_needed)
            shown = (
                row.name or row.record,
                controllers.get(row.controller, row.controller),
                _capitalised(flow.basis.label(lang)),
                chain or flow.recipient,
                destination,
                status_text(flow, lang),
                module,
                self._missing if no_tia else (self._done if flow.tia.strip() else ""),
                self._missing if no_mechanism else mechanism_text(flow.mechanism, lang),
            )
            self._display.append(shown)
            self._problems.append((no_mechanism, no_tia, bad_module))
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

    def kind_texts(self) -> tuple[str, ...]:
        return tuple(_capitalised(basis.label(self._language)) for basis in Basis)

    def tia_texts(self) -> tuple[str, str]:
        return self._missing, self._done

    def row_at(self, row: int) -> TransferRow:
        return self._rows[self._visible[row]]

    def total_count(self) -> int:
        return len(self._rows)

    def problem_count(self) -> int:
        return sum(1 for problems in self._problems if any(problems))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(TransferColumn)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row, column = self._visible[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display[row][column]
        if role == Qt.ItemDataRole.ForegroundRole:
            no_mechanism, no_tia, bad_module = self._problems[row]
            if (
                (column == TransferColumn.MECHANISM and no_mechanism)
                or (column == TransferColumn.TIA and no_tia)
                or (column == TransferColumn.MODULE and bad_module)
            ):
                return self._warning
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole text of a cut cell, the TIA itself
            if column == TransferColumn.TIA:
                return self._rows[row].flow.tia or None
            return self._display[row][column] or None
        return None


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


class TransfersPage(QWidget):
    """The transfers table with its filter; opens the record or processor behind a row."""

    open_register = Signal(str)
    open_on_behalf = Signal(str)
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
        table = list_table(self.model, "transferTable", self.tr("Transfers"))
        table.setSortingEnabled(True)
        table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        header = table.horizontalHeader()
        metrics = table.fontMetrics()
        words = {TransferColumn.KIND: self.model.kind_texts(), TransferColumn.TIA: self.model.tia_texts()}
        for column, chars in (
            (TransferColumn.REGISTER, 26),
            (TransferColumn.CONTROLLER, 20),
            (TransferColumn.KIND, 0),
            (TransferColumn.CHAIN, 30),
            (TransferColumn.DESTINATION, 18),
            (TransferColumn.STATUS, 28),
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

    def set_rows(
        self,
        rows: Sequence[TransferRow],
        *,
        all_controllers: bool,
        controllers: Mapping[str, str] | None = None,
        processors: Mapping[str, str] | None = None,
    ) -> None:
        self.model.set_rows(rows, controllers, processors)
        self.table.setColumnHidden(TransferColumn.CONTROLLER, not all_controllers)

    def current_row(self) -> TransferRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _on_activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        row = self.model.row_at(index.row())
        if row.kind is RecordKind.PROCESSING_ON_BEHALF:
            self.open_on_behalf.emit(row.record)
        else:
            self.open_register.emit(row.record)

"""The register table: register summaries as a Qt table model that filters and sorts itself.

A QSortFilterProxyModel calls back into Python for every comparison and every row test: at 10,000
registers that is 70-330 ms per keystroke and 1.5 s per sort. Here display strings, lower-cased
search text and sort keys are computed once per load, and filtering or sorting only rebuilds a
Python list of row indices (a few ms), so the view stays responsive.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ropa.app.session import RegisterSummary
from ropa.gc_pause import collector_paused
from ropa.reference import reference

OVERDUE_COLOR = QColor(198, 40, 40)
KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # the register's key, for actions on the selected rows

_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    REGISTER = 0
    CONTROLLER = 1
    DEPARTMENT = 2
    STATUS = 3
    NEXT_REVIEW = 4
    PROCESSORS = 5
    TRANSFERS = 6


_NUMERIC = frozenset({Column.PROCESSORS, Column.TRANSFERS})
_NO_DATE = date.max.toordinal() + 1  # sorts after every real date


def _text_key(text: str) -> str:
    return text.casefold()


def _capitalised(label: str) -> str:
    return label[:1].upper() + label[1:]


class RegisterTableModel(QAbstractTableModel):
    """Read-only rows of :class:`RegisterSummary`; ``rowCount`` counts the rows the filter lets through.

    ``flags()`` is deliberately not overridden: the C++ default (enabled, selectable) is what a
    read-only table needs, and Qt asks for it per cell of every selection range.
    """

    def __init__(
        self, language: str = "en", *, today: date | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._language = language
        self._today = today
        self._headers = (
            self.tr("Register"),
            self.tr("Controller"),
            self.tr("Department"),
            self.tr("Status"),
            self.tr("Next review"),
            self.tr("Processors"),
            self.tr("Transfers"),
        )
        self._overdue_text = self.tr("Review overdue")
        self._overdue_brush = QBrush(OVERDUE_COLOR)
        self._right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._summaries: list[RegisterSummary] = []
        self._display: list[tuple[str, ...]] = []
        self._search: list[str] = []
        self._overdue: list[bool] = []
        self._sort_keys: list[list[Any]] = [[] for _ in Column]
        self._order: list[int] = []  # every row, in the current sort order
        self._visible: list[int] = []  # the rows the filter lets through, in sort order
        self._filter = ""
        self._sort_column: int | None = None
        self._sort_order = Qt.SortOrder.AscendingOrder

    # -- loading -----------------------------------------------------------------------------------

    def set_summaries(self, summaries: Sequence[RegisterSummary]) -> None:
        """Replace all rows, keeping the current filter and sort."""
        today = self._today or date.today()
        statuses = reference().register_statuses
        # Capitalised like the other cells: "Active", "Voimassa" (the code lists hold lower-case labels).
        labels = {code: _capitalised(statuses.label(code, self._language)) for code in statuses.codes}
        self.beginResetModel()
        with collector_paused():
            self._precompute(summaries, labels, today)
        self._order = self._sorted_order()
        self._visible = self._filtered(self._order)
        self.endResetModel()

    def _precompute(self, summaries: Sequence[RegisterSummary], labels: dict[str, str], today: date) -> None:
        self._summaries = list(summaries)
        display: list[tuple[str, ...]] = []
        search: list[str] = []
        overdue: list[bool] = []
        for s in self._summaries:
            status = labels.get(s.status, s.status) if s.status else ""  # unknown codes show as themselves
            review = s.next_review.isoformat() if s.next_review else ""
            display.append(
                (s.name, s.controller_name, s.department, status, review, str(s.processors), str(s.transfers))
            )
            search.append(f"{s.name}\0{s.controller_name}\0{s.department}\0{s.key}".casefold())
            overdue.append(s.next_review is not None and s.next_review < today)
        self._display, self._search, self._overdue = display, search, overdue
        self._sort_keys = [
            [_text_key(row[Column.REGISTER]) for row in display],
            [_text_key(row[Column.CONTROLLER]) for row in display],
            [_text_key(row[Column.DEPARTMENT]) for row in display],
            [_text_key(row[Column.STATUS]) for row in display],
            # Registers without a review date go after all dated ones (before them when descending).
            [s.next_review.toordinal() if s.next_review else _NO_DATE for s in self._summaries],
            [s.processors for s in self._summaries],
            [s.transfers for s in self._summaries],
        ]

    # -- filtering and sorting ---------------------------------------------------------------------

    def set_filter(self, text: str) -> None:
        """Show only registers whose name, controller, department or key contains ``text`` (any case)."""
        needle = text.strip().casefold()
        if needle == self._filter:
            return
        narrowing = bool(self._filter) and self._filter in needle
        self.beginResetModel()
        self._filter = needle
        # Typing more characters can only drop rows: test just the rows still shown.
        self._visible = self._filtered(self._visible if narrowing else self._order)
        self.endResetModel()

    def filter_text(self) -> str:
        return self._filter

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by ``column``; rows with equal keys keep their workspace order. Selections follow rows."""
        if not 0 <= column < len(Column):
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        rows_before = [self._visible[index.row()] for index in persistent]
        self._sort_column, self._sort_order = column, order
        self._order = self._sorted_order()
        self._visible = self._filtered(self._order)
        if persistent:
            position = {row: pos for pos, row in enumerate(self._visible)}
            moved = [
                self.index(position[row], index.column())
                for row, index in zip(rows_before, persistent, strict=True)
            ]
            self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def _sorted_order(self) -> list[int]:
        rows = range(len(self._summaries))
        if self._sort_column is None:
            return list(rows)
        key: Callable[[int], Any] = self._sort_keys[self._sort_column].__getitem__
        return sorted(rows, key=key, reverse=self._sort_order == Qt.SortOrder.DescendingOrder)

    def _filtered(self, rows: list[int]) -> list[int]:
        needle = self._filter
        if not needle:
            return list(rows)
        search = self._search
        return [row for row in rows if needle in search[row]]

    # -- access --------------------------------------------------------------------------------------

    def total_count(self) -> int:
        """All registers loaded, whatever the filter."""
        return len(self._summaries)

    def summary(self, row: int) -> RegisterSummary:
        """The register shown at ``row``."""
        return self._summaries[self._visible[row]]

    def keys_of_rows(self, rows: set[int]) -> set[str]:
        """The keys of the registers shown at ``rows``."""
        summaries, visible = self._summaries, self._visible
        return {summaries[visible[row]].key for row in rows if 0 <= row < len(visible)}

    def rows_of_keys(self, keys: set[str]) -> list[int]:
        """The rows showing the registers in ``keys`` (those filtered out have none)."""
        summaries = self._summaries
        return [row for row, source in enumerate(self._visible) if summaries[source].key in keys]

    # -- QAbstractTableModel -----------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(Column)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self._visible[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display[row][column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMERIC:
            return self._right
        if column == Column.NEXT_REVIEW and self._overdue[row]:
            if role == Qt.ItemDataRole.ForegroundRole:
                return self._overdue_brush
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._overdue_text
        if role == KEY_ROLE:
            return self._summaries[row].key
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(Column):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._headers[section]
            if role == Qt.ItemDataRole.TextAlignmentRole and section in _NUMERIC:
                return self._right
        return None

"""The controller switcher: "All controllers" and each controller, each with its views and counts.

A small tree model of its own (two levels, ids instead of Python objects per item): a controller's
views are created only when Qt asks for them, so a workspace of hundreds of controllers shows
at once.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from ropa.app.lists import ControllerSummary

_Index = QModelIndex | QPersistentModelIndex

CONTROLLER_ROLE = Qt.ItemDataRole.UserRole + 1  # the controller key, None for all controllers
VIEW_ROLE = Qt.ItemDataRole.UserRole + 2  # the View of a view row, None for a controller row


class View(IntEnum):
    """The views of one controller (or of all of them)."""

    REGISTERS = 0
    PROCESSORS = 1
    TRANSFERS = 2
    ON_BEHALF = 3
    DETAILS = 4
    DASHBOARD = 5


#: What "All controllers" offers: everything but one controller's own details.
ALL_VIEWS = (View.REGISTERS, View.PROCESSORS, View.TRANSFERS, View.ON_BEHALF, View.DASHBOARD)
CONTROLLER_VIEWS = (*ALL_VIEWS[:-1], View.DETAILS, View.DASHBOARD)


class SidebarModel(QAbstractItemModel):
    """Top level: All controllers, then each controller by name; below each one, its views."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._controllers: list[ControllerSummary] = []
        self._shown = 0  # controller rows shown (all but at the window's first paint)
        self._row_of: dict[str, int] = {}
        self._counts: dict[tuple[str | None, View], int] = {}
        self._all_text = self.tr("All controllers")
        self._view_texts = {
            View.REGISTERS: self.tr("Registers"),
            View.PROCESSORS: self.tr("Processors"),
            View.TRANSFERS: self.tr("Transfers"),
            View.ON_BEHALF: self.tr("On behalf (Art. 30(2))"),
            View.DETAILS: self.tr("Details"),
            View.DASHBOARD: self.tr("Dashboard"),
        }
        self._bold = QFont()
        self._bold.setBold(True)
        self._right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._dim = QColor(110, 110, 110)  # painted as a brush (a QBrush costs the first paint 2 ms)

    # -- content -----------------------------------------------------------------------------------

    def set_controllers(self, controllers: list[ControllerSummary], *, rows: int | None = None) -> None:
        """Replace the controllers (a workspace opened, a controller created, renamed or deleted).

        ``rows`` shows only the first so many (the counts are of all of them): the tree lays out
        every row it has, and the window's first paint needs only a screenful."""
        self.beginResetModel()
        self._controllers = list(controllers)
        self._shown = len(self._controllers) if rows is None else min(rows, len(self._controllers))
        self._row_of = {c.key: row + 1 for row, c in enumerate(self._controllers)}
        self._counts = {
            key: value for key, value in self._counts.items() if key[0] is None or key[0] in self._row_of
        }
        for c in self._controllers:
            self._counts[(c.key, View.REGISTERS)] = c.registers
            self._counts[(c.key, View.ON_BEHALF)] = c.processing_on_behalf
        self._counts[(None, View.REGISTERS)] = sum(c.registers for c in self._controllers)
        self._counts[(None, View.ON_BEHALF)] = sum(c.processing_on_behalf for c in self._controllers)
        self.endResetModel()

    def update_controllers(self, controllers: list[ControllerSummary]) -> None:
        """Like :meth:`set_controllers`, but only counts change in place when the list is the same
        (the tree keeps what is open and chosen)."""
        same = [(c.key, c.name) for c in controllers] == [(c.key, c.name) for c in self._controllers]
        if not same or self._shown < len(self._controllers):
            self.set_controllers(controllers)
            return
        self._controllers = list(controllers)
        counts: dict[tuple[str | None, View], int] = {}
        for c in controllers:
            counts[(c.key, View.REGISTERS)] = c.registers
            counts[(c.key, View.ON_BEHALF)] = c.processing_on_behalf
        counts[(None, View.REGISTERS)] = sum(c.registers for c in controllers)
        counts[(None, View.ON_BEHALF)] = sum(c.processing_on_behalf for c in controllers)
        self.set_counts(counts)

    def set_counts(self, counts: dict[tuple[str | None, View], int]) -> None:
        """Counts shown beside the views, e.g. ``{("kemi", View.TRANSFERS): 6}``; None: all controllers."""
        for (controller, view), count in counts.items():
            if self._counts.get((controller, view)) == count:
                continue
            self._counts[(controller, view)] = count
            top = self.index_of(controller)
            if not top.isValid():
                continue
            child = self.index_of(controller, view)
            if child != top:
                self.dataChanged.emit(child.siblingAtColumn(1), child.siblingAtColumn(1))
            if view is View.REGISTERS:
                self.dataChanged.emit(top.siblingAtColumn(1), top.siblingAtColumn(1))

    def shown_controllers(self) -> int:
        return self._shown

    def count(self, controller: str | None, view: View) -> int | None:
        return self._counts.get((controller, view))

    def controllers(self) -> list[ControllerSummary]:
        return list(self._controllers)

    def controller(self, key: str) -> ControllerSummary | None:
        row = self._row_of.get(key)
        return self._controllers[row - 1] if row is not None else None

    def index_of(self, controller: str | None, view: View | None = None) -> QModelIndex:
        """The row of a controller (or All), or of one of its views."""
        row = 0 if controller is None else self._row_of.get(controller)
        if row is None or row > self._shown:
            return QModelIndex()
        top = self.index(row, 0)
        if view is None:
            return top
        views = self._views(row)
        return self.index(views.index(view), 0, top) if view in views else top

    def _views(self, top_row: int) -> tuple[View, ...]:
        return ALL_VIEWS if top_row == 0 else CONTROLLER_VIEWS

    def _controller_of_row(self, top_row: int) -> str | None:
        return None if top_row == 0 else self._controllers[top_row - 1].key

    # -- QAbstractItemModel ------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        # Bounds checked here, not with hasIndex(): that calls back into rowCount and columnCount,
        # and the tree asks for an index of every controller row when it lays itself out.
        if not 0 <= column < 2 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0) if row <= self._shown else QModelIndex()
        if parent.internalId() != 0 or parent.column() != 0 or row >= len(self._views(parent.row())):
            return QModelIndex()
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: _Index) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        top = index.internalId()
        return QModelIndex() if top == 0 else self.createIndex(top - 1, 0, 0)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return self._shown + 1
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._views(parent.row()))
        return 0

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 2

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        top = index.internalId()
        if top == 0:  # a controller row, or All
            row = index.row()
            controller = self._controller_of_row(row)
            if role == Qt.ItemDataRole.DisplayRole:
                if index.column() == 0:
                    return self._all_text if row == 0 else (self._controllers[row - 1].name or controller)
                count = self._counts.get((controller, View.REGISTERS))
                return "" if count is None else str(count)
            if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
                return self._right
            if role == Qt.ItemDataRole.ForegroundRole and index.column() == 1:
                return self._dim
            if role == Qt.ItemDataRole.ToolTipRole and row > 0:
                return self._controllers[row - 1].name or controller
            if role == Qt.ItemDataRole.FontRole and row == 0:
                return self._bold
            if role == CONTROLLER_ROLE:
                return controller
            if role == VIEW_ROLE:
                return None
            return None
        row = top - 1
        controller = self._controller_of_row(row)
        view = self._views(row)[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return self._view_texts[view]
            count = self._counts.get((controller, view))
            return "" if count is None else str(count)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return self._right
        if role == CONTROLLER_ROLE:
            return controller
        if role == VIEW_ROLE:
            return view
        return None


class Sidebar(QTreeView):
    """The switcher as a tree: one click chooses a controller, or a controller's view."""

    def __init__(self, model: SidebarModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setRootIsDecorated(True)
        self.setExpandsOnDoubleClick(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAllColumnsShowFocus(True)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # A fixed width for the counts: sizing to contents would ask every row (slow with hundreds).
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(1, self.fontMetrics().horizontalAdvance("000000") + 12)
        self.setObjectName("sidebar")

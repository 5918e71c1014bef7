"""The processor catalogue as a tree: processors and their sub-processors to any depth.

Each row says where the processor is and processes, which of those countries are outside the
EU/EEA today, the transfer mechanism (with the per-country ones), whether a scope-limited
adequacy decision has been confirmed to cover it, and how many registers use it (directly or
through the processor that engaged it). Below the tree, the chosen processor in its
:class:`~ropa.ui.record_slot.RecordSlot` with the registers, of which controllers, that use it.
"""

from __future__ import annotations

from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ropa.app.session import ProcessorOverview
from ropa.model import records as r
from ropa.model.transfers import CountryStatus, country_status
from ropa.reference import reference
from ropa.ui.details import ProcessorView
from ropa.ui.list_table import TitledColumns
from ropa.ui.record_slot import RecordSlot

_Index = QModelIndex | QPersistentModelIndex
KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class ProcessorColumn(IntEnum):
    PROCESSOR = 0
    COUNTRY = 1
    PROCESSING = 2
    OUTSIDE = 3
    SCOPE = 4
    REGISTERS = 5
    MECHANISM = 6


_PROCESSOR_CHARS = {
    ProcessorColumn.PROCESSOR: 40,
    ProcessorColumn.COUNTRY: 8,
    ProcessorColumn.PROCESSING: 18,
    ProcessorColumn.OUTSIDE: 16,
    ProcessorColumn.SCOPE: 16,
    ProcessorColumn.REGISTERS: 10,
    ProcessorColumn.MECHANISM: 40,
}


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


class ProcessorTreeModel(TitledColumns, QAbstractItemModel):
    """The processors of a :class:`ProcessorOverview` as a tree (a sub-processor under its parent).

    Every node is a number (its place in ``_keys``); indexes carry that number, so the model keeps
    no Python object per index.
    """

    def __init__(self, language: str, *, today: date | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._today = today
        self._headers = (
            self.tr("Processor"),
            self.tr("Country"),
            self.tr("Processing countries"),
            self.tr("Outside EU/EEA"),
            self.tr("Scope confirmed"),
            self.tr("Registers"),
            self.tr("Transfer mechanism"),
        )
        self._yes, self._no, self._open = self.tr("Yes"), self.tr("No"), self.tr("Not confirmed")
        self._overview = ProcessorOverview(processors=(), uses={})
        self._keys: list[str] = []
        self._node_of: dict[str, int] = {}
        self._parent_node: list[int] = []  # -1 for a root
        self._children: dict[int, list[int]] = {}
        self._row: list[int] = []
        self._display: list[tuple[str, ...]] = []
        self._tooltips: list[tuple[str, ...]] = []
        self._filter = ""
        self._right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    # -- content -----------------------------------------------------------------------------------

    def set_overview(self, overview: ProcessorOverview) -> None:
        self.beginResetModel()
        self._overview = overview
        self._build()
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        """Keep processors whose name, key, country or services contain ``text``, with their parents."""
        needle = text.strip().casefold()
        if needle != self._filter:
            self._filter = needle
            self.beginResetModel()
            self._build()
            self.endResetModel()

    @property
    def overview(self) -> ProcessorOverview:
        return self._overview

    def _build(self) -> None:
        processors = {p.key: p for p in self._overview.processors}
        keep = set(processors)
        if self._filter:
            keep = {key for key, p in processors.items() if self._matches(p)}
            for key in list(keep):  # show the chain above a match
                parent = processors[key].parent
                while parent in processors and parent not in keep:
                    keep.add(parent)
                    parent = processors[parent].parent
        ordered = sorted((processors[k] for k in keep), key=lambda p: (p.name or p.key).casefold())
        self._keys = [p.key for p in ordered]
        self._node_of = {key: node for node, key in enumerate(self._keys)}
        self._parent_node = [self._node_of.get(p.parent, -1) if p.parent is not None else -1 for p in ordered]
        self._children = {}
        for node, above in enumerate(self._parent_node):
            self._children.setdefault(above, []).append(node)
        self._row = [0] * len(self._keys)
        for nodes in self._children.values():
            for row, node in enumerate(nodes):
                self._row[node] = row
        self._display, self._tooltips = [], []
        for p in ordered:
            shown, tips = self._describe(p)
            self._display.append(shown)
            self._tooltips.append(tips)

    def _matches(self, p: r.Processor) -> bool:
        text = f"{p.name}\0{p.key}\0{p.country or ''}\0{' '.join(p.processing_countries)}\0{p.services}"
        return self._filter in text.casefold()

    def _describe(self, p: r.Processor) -> tuple[tuple[str, ...], tuple[str, ...]]:
        ref = reference()
        lang = self._language
        on = self._today or date.today()
        mechanisms = ref.transfer_mechanisms
        places = list(dict.fromkeys([*(c for c in [p.country] if c), *p.processing_countries]))
        outside = []
        limited = False
        for country in places:
            standing = country_status(country, on)
            if standing.status is not CountryStatus.EEA:
                outside.append(country)
                limited = limited or standing.scope_limited
        mechanism = _capitalised(mechanisms.label(p.transfer_mechanism, lang)) if p.transfer_mechanism else ""
        if p.scc_module:
            mechanism += f" ({self.tr('module {module}').format(module=p.scc_module)})"
        per_country = [
            f"{m.country}: {mechanisms.label(m.mechanism, lang) if m.mechanism else '—'}"
            for m in p.country_mechanisms
            if m.country
        ]
        if per_country:
            mechanism = "; ".join([part for part in [mechanism] if part] + per_country)
        confirmed = p.adequacy_scope.confirmed
        scope = (
            "" if not limited else self._yes if confirmed else self._no if confirmed is False else self._open
        )
        users = len({use.register for use in self._overview.users(p.key)})
        shown = (
            p.name or p.key,
            p.country or "",
            ", ".join(p.processing_countries),
            ", ".join(outside),
            scope,
            str(users),
            mechanism,
        )
        tips = (
            f"{p.name} ({p.key})" + (f"\n{p.services}" if p.services else ""),
            ref.country_name(p.country, lang) if p.country else "",
            ", ".join(ref.country_name(c, lang) for c in p.processing_countries),
            ", ".join(ref.country_name(c, lang) for c in outside),
            "",
            "",
            mechanism,
        )
        return shown, tips

    # -- access --------------------------------------------------------------------------------------

    def key_of(self, index: _Index) -> str | None:
        return self._keys[index.internalId()] if index.isValid() else None

    def index_of(self, key: str) -> QModelIndex:
        node = self._node_of.get(key)
        if node is None:
            return QModelIndex()
        return self.createIndex(self._row[node], 0, node)

    def children_of(self, key: str) -> list[str]:
        node = self._node_of.get(key)
        return [self._keys[child] for child in self._children.get(node, [])] if node is not None else []

    def processor_count(self) -> int:
        return len(self._keys)

    # -- QAbstractItemModel ------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        siblings = self._children.get(parent.internalId() if parent.isValid() else -1, [])
        if not 0 <= row < len(siblings) or not 0 <= column < len(ProcessorColumn):
            return QModelIndex()
        return self.createIndex(row, column, siblings[row])

    def parent(self, index: _Index) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        parent = self._parent_node[index.internalId()]
        return QModelIndex() if parent < 0 else self.createIndex(self._row[parent], 0, parent)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children.get(parent.internalId() if parent.isValid() else -1, []))

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return len(ProcessorColumn)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node, column = index.internalId(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display[node][column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltips[node][column] or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == ProcessorColumn.REGISTERS:
            return self._right
        if role == KEY_ROLE:
            return self._keys[node]
        return None


class ProcessorsPage(QWidget):
    """The catalogue (or one controller's part of it) above the chosen processor."""

    current_changed = Signal(str)  # the processor key, "" when none
    link_activated = Signal(str, str)

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.model = ProcessorTreeModel(language, parent=self)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter processors"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(self.tr("Filter processors"))
        self.filter_edit.textChanged.connect(self._on_filter)
        clear = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.filter_edit, self.filter_edit.clear)
        clear.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setObjectName("processorTree")
        self.tree.setAccessibleName(self.tr("Processors and sub-processors"))
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAllColumnsShowFocus(True)
        header = self.tree.header()
        metrics = self.fontMetrics()
        for column in ProcessorColumn:
            chars = _PROCESSOR_CHARS[column]
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            header.resizeSection(
                column, max(metrics.averageCharWidth() * chars, metrics.horizontalAdvance(title) + 24)
            )
        self.tree.selectionModel().currentRowChanged.connect(self._on_current)
        self.slot = RecordSlot(
            self.tr("Choose a processor to see where it processes and who uses it."), self._view
        )
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("processorsSplitter")
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.slot)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([400, 600])  # the record (its editor) gets more room than the list
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.setSpacing(6)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.splitter)

    def _view(self) -> QWidget:
        view = ProcessorView(self.language)
        view.link_activated.connect(self.link_activated)
        return view

    def set_overview(self, overview: ProcessorOverview) -> None:
        current = self.current_key()
        self.model.set_overview(overview)
        self.tree.expandAll()
        if current and self.model.index_of(current).isValid():
            self.select(current)
        else:
            self.slot.clear()

    def select(self, key: str) -> bool:
        index = self.model.index_of(key)
        if not index.isValid():
            return False
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        return True

    def current_key(self) -> str | None:
        return self.model.key_of(self.tree.currentIndex())

    def _on_filter(self, text: str) -> None:
        current = self.current_key()
        self.model.set_filter(text)
        self.tree.expandAll()
        if current:
            self.select(current)

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.current_changed.emit(self.model.key_of(current) or "")

"""The register table: register summaries as a Qt table model that filters and sorts itself.

A QSortFilterProxyModel calls back into Python for every comparison and every row test: at 10,000
registers that is 70-330 ms per keystroke and 1.5 s per sort. Here display strings, lower-cased
search text and sort keys are computed once per load, and filtering or sorting only rebuilds a
Python list of row indices (a few ms), so the view stays responsive.

The filters a DPO asks for work the same way, over values kept per row: the controller (the
window's switcher), status, legal basis, special categories or Art. 10 data, a third-country
transfer (declared, or derived from the register's processor chains) and an overdue review (a
retired register is never overdue). Legal bases, special categories and derived transfers are
*facts* the window loads after the list is first painted (:meth:`set_facts`).

One changed register updates in place (:meth:`upsert`): the row changes, moves, appears or
disappears with the matching single-row signal, and the rest of the list is not reloaded.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from enum import IntEnum
from typing import Any, NamedTuple

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QIcon

from ropa.app.lists import RegisterFacts, RegisterSummary
from ropa.gc_pause import collector_paused
from ropa.reference import code_labels
from ropa.ui.icons import overdue_icon

OVERDUE_COLOR = QColor(198, 40, 40)
KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # the register's key, for actions on the selected rows
RETIRED = "retired"

_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    REGISTER = 0
    CONTROLLER = 1
    DEPARTMENT = 2
    STATUS = 3
    NEXT_REVIEW = 4
    PROCESSORS = 5
    TRANSFERS = 6


class RegisterFilter(NamedTuple):
    """What the list lets through; every part is off by default."""

    text: str = ""  # casefolded substring of name, controller, department or key
    controller: str | None = None  # one controller's registers
    status: str | None = None  # a register status code
    legal_basis: str | None = None  # a legal basis code one of its purposes rests on
    special: bool = False  # has Art. 9(1) special categories or Art. 10 criminal data
    transfers: bool = False  # has a third-country transfer, declared or derived
    overdue: bool = False  # its review is overdue

    @property
    def narrows(self) -> bool:
        """Whether anything besides the controller is filtered."""
        return self._replace(controller=None) != RegisterFilter()

    @property
    def needs_facts(self) -> bool:
        return bool(self.legal_basis or self.special or self.transfers)


_NUMERIC = frozenset({Column.PROCESSORS, Column.TRANSFERS})
_NO_DATE = date.max.toordinal() + 1  # sorts after every real date
_NO_FACTS = RegisterFacts()


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
        self._transfers_text = self.tr("{declared} declared, {derived} derived from processors")
        # A colour, not a QBrush: Qt paints either, and making the first QBrush in Python costs
        # the first paint 2 ms (PySide builds the enums of every type its constructors take).
        self._overdue_colour = OVERDUE_COLOR
        self._right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._labels: dict[str, str] | None = None
        self._summaries: list[RegisterSummary] = []
        self._facts: list[RegisterFacts] = []
        self._alive: list[bool] = []
        self._row_of: dict[str, int] = {}
        self._display: list[tuple[str, ...]] = []
        self._search: list[str] = []
        self._overdue: list[bool] = []
        self._sort_keys: list[list[Any]] = [[] for _ in Column]
        self._order: list[int] = []  # every live row, in the current sort order
        self._visible: list[int] = []  # the rows the filter lets through, in sort order
        self._filter = RegisterFilter()
        self._facts_loaded = False
        self._sort_column: int | None = None
        self._sort_order = Qt.SortOrder.AscendingOrder

    # -- loading -----------------------------------------------------------------------------------

    def set_summaries(self, summaries: Sequence[RegisterSummary]) -> None:
        """Replace all rows, keeping the current filter, sort and the facts known for each key."""
        old_facts = dict(zip((s.key for s in self._summaries), self._facts, strict=True))
        self.beginResetModel()
        with collector_paused():
            self._summaries = list(summaries)
            self._alive = [True] * len(self._summaries)
            self._row_of = {s.key: row for row, s in enumerate(self._summaries)}
            self._facts = [old_facts.get(s.key, _NO_FACTS) for s in self._summaries]
            self._precompute()
        self._order = self._sorted_order()
        self._visible = self._filtered(self._order)
        self.endResetModel()

    def _status_labels(self) -> dict[str, str]:
        if self._labels is None:
            statuses = code_labels("register_statuses", self._language)
            # Capitalised like the other cells: "Active", "Voimassa" (the code lists hold lower-case labels).
            self._labels = {code: _capitalised(label) for code, label in statuses.items()}
        return self._labels

    def _precompute(self) -> None:
        today = self._today or date.today()
        labels = self._status_labels()
        display, search, overdue = [], [], []
        for s, facts in zip(self._summaries, self._facts, strict=True):
            row = self._row_display(s, facts, labels)
            display.append(row)
            search.append(f"{s.name}\0{s.controller_name}\0{s.department}\0{s.key}".casefold())
            overdue.append(s.next_review is not None and s.next_review < today and s.status != RETIRED)
        self._display, self._search, self._overdue = display, search, overdue
        self._sort_keys = [
            [_text_key(row[Column.REGISTER]) for row in display],
            [_text_key(row[Column.CONTROLLER]) for row in display],
            [_text_key(row[Column.DEPARTMENT]) for row in display],
            [_text_key(row[Column.STATUS]) for row in display],
            # Registers without a review date go after all dated ones (before them when descending).
            [s.next_review.toordinal() if s.next_review else _NO_DATE for s in self._summaries],
            [s.processors for s in self._summaries],
            [s.transfers + f.derived_transfers for s, f in zip(self._summaries, self._facts, strict=True)],
        ]

    @staticmethod
    def _row_display(s: RegisterSummary, facts: RegisterFacts, labels: Mapping[str, str]) -> tuple[str, ...]:
        status = labels.get(s.status, s.status) if s.status else ""  # unknown codes show as themselves
        review = s.next_review.isoformat() if s.next_review else ""
        transfers = s.transfers + facts.derived_transfers
        return (s.name, s.controller_name, s.department, status, review, str(s.processors), str(transfers))

    def _set_row(self, row: int, summary: RegisterSummary, facts: RegisterFacts) -> None:
        """Recompute the cached values of one row."""
        today = self._today or date.today()
        self._summaries[row] = summary
        self._facts[row] = facts
        display = self._row_display(summary, facts, self._status_labels())
        self._display[row] = display
        self._search[row] = (
            f"{summary.name}\0{summary.controller_name}\0{summary.department}\0{summary.key}".casefold()
        )
        self._overdue[row] = (
            summary.next_review is not None and summary.next_review < today and summary.status != RETIRED
        )
        keys = self._sort_keys
        for column in (Column.REGISTER, Column.CONTROLLER, Column.DEPARTMENT, Column.STATUS):
            keys[column][row] = _text_key(display[column])
        keys[Column.NEXT_REVIEW][row] = summary.next_review.toordinal() if summary.next_review else _NO_DATE
        keys[Column.PROCESSORS][row] = summary.processors
        keys[Column.TRANSFERS][row] = summary.transfers + facts.derived_transfers

    # -- changing single registers ------------------------------------------------------------------

    def upsert(
        self, summaries: Iterable[RegisterSummary], facts: Mapping[str, RegisterFacts] | None = None
    ) -> None:
        """Add or replace the registers in ``summaries`` (by key); the other rows are not touched."""
        changed: list[int] = []
        for summary in summaries:
            row = self._row_of.get(summary.key)
            known = facts.get(summary.key, _NO_FACTS) if facts is not None else None
            if row is None:
                row = len(self._summaries)
                self._row_of[summary.key] = row
                self._summaries.append(summary)
                self._facts.append(_NO_FACTS)
                self._alive.append(True)
                self._display.append(())
                self._search.append("")
                self._overdue.append(False)
                for column in Column:
                    self._sort_keys[column].append(None)
            self._alive[row] = True
            self._set_row(row, summary, known if known is not None else self._facts[row])
            changed.append(row)
        self._rearrange(changed)

    def remove(self, keys: Iterable[str]) -> None:
        """Drop the registers in ``keys`` (deleted, or moved out of what was loaded)."""
        changed = []
        for key in keys:
            row = self._row_of.pop(key, None)
            if row is not None and self._alive[row]:
                self._alive[row] = False
                changed.append(row)
        self._rearrange(changed)

    def set_facts(self, facts: Mapping[str, RegisterFacts], *, complete: bool = True) -> None:
        """Take legal bases, special categories and derived transfers; ``complete``: for every register
        (a key left out has none), else only for the keys given."""
        changed = []
        for key, row in self._row_of.items():
            if key in facts or complete:
                found = facts.get(key, _NO_FACTS)
                if found != self._facts[row]:
                    self._set_row(row, self._summaries[row], found)
                    changed.append(row)
        if complete:
            self._facts_loaded = True
        self._rearrange(changed)

    def forget_facts(self) -> None:
        """Drop every fact (another workspace is about to be loaded); call before :meth:`set_summaries`."""
        self._facts = [_NO_FACTS] * len(self._facts)
        self._facts_loaded = False

    def facts_loaded(self) -> bool:
        return self._facts_loaded

    def facts_of(self, key: str) -> RegisterFacts | None:
        row = self._row_of.get(key)
        return self._facts[row] if row is not None else None

    def _rearrange(self, changed: Sequence[int]) -> None:
        """Sort and filter again after ``changed`` rows changed, with the least disruptive signal."""
        if not changed:
            return
        old = self._visible
        order = self._sorted_order()
        new = self._filtered(order)
        if len(changed) == 1:
            self._move_one(changed[0], old, order, new)
            return
        self._order = order
        if new == old:
            self._visible = new
            self.dataChanged.emit(self.index(0, 0), self.index(len(new) - 1, len(Column) - 1))
        elif sorted(new) == sorted(old):
            self._relayout(new)
        else:
            self.beginResetModel()
            self._visible = new
            self.endResetModel()

    def _move_one(self, row: int, old: list[int], order: list[int], new: list[int]) -> None:
        before = _position(old, row)
        after = _position(new, row)
        self._order = order
        if before is None and after is None:
            self._visible = new
        elif before is not None and after is None:
            self.beginRemoveRows(QModelIndex(), before, before)
            self._visible = new
            self.endRemoveRows()
        elif before is None and after is not None:
            self.beginInsertRows(QModelIndex(), after, after)
            self._visible = new
            self.endInsertRows()
        elif before == after:
            self._visible = new
            assert after is not None
            self.dataChanged.emit(self.index(after, 0), self.index(after, len(Column) - 1))
        else:
            self._relayout(new)

    def _relayout(self, new: list[int]) -> None:
        """Show the same rows in a new order; selections and the current index follow their rows."""
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        rows_before = [self._visible[index.row()] for index in persistent]
        self._visible = new
        if persistent:
            position = {row: pos for pos, row in enumerate(new)}
            moved = [
                self.index(position[row], index.column()) if row in position else QModelIndex()
                for row, index in zip(rows_before, persistent, strict=True)
            ]
            self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    # -- filtering and sorting ---------------------------------------------------------------------

    def set_filter(self, text: str) -> None:
        """Show only registers whose name, controller, department or key contains ``text`` (any case)."""
        needle = text.strip().casefold()
        if needle == self._filter.text:
            return
        previous = self._filter.text
        narrowing = bool(previous) and previous in needle
        self.beginResetModel()
        self._filter = self._filter._replace(text=needle)
        # Typing more characters can only drop rows: test just the rows still shown.
        self._visible = self._filtered(self._visible if narrowing else self._order)
        self.endResetModel()

    def set_filters(self, **parts: Any) -> None:
        """Change parts of the filter (``controller=``, ``status=``, ``legal_basis=``, ``special=``...)."""
        wanted = self._filter._replace(**parts)
        if "text" in parts:
            wanted = wanted._replace(text=str(parts["text"]).strip().casefold())
        if wanted == self._filter:
            return
        self.beginResetModel()
        self._filter = wanted
        self._visible = self._filtered(self._order)
        self.endResetModel()

    def filter_text(self) -> str:
        return self._filter.text

    @property
    def filter(self) -> RegisterFilter:
        return self._filter

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by ``column``; rows with equal keys keep their workspace order. Selections follow rows."""
        if not 0 <= column < len(Column):
            return
        self._sort_column, self._sort_order = column, order
        self._order = self._sorted_order()
        self._relayout(self._filtered(self._order))

    def _sorted_order(self) -> list[int]:
        alive = self._alive
        rows = [row for row in range(len(self._summaries)) if alive[row]]
        if self._sort_column is None:
            return rows
        key: Callable[[int], Any] = self._sort_keys[self._sort_column].__getitem__
        return sorted(rows, key=key, reverse=self._sort_order == Qt.SortOrder.DescendingOrder)

    def _filtered(self, rows: list[int]) -> list[int]:
        f = self._filter
        summaries, facts = self._summaries, self._facts
        if f.controller is not None:
            wanted = f.controller
            rows = [row for row in rows if summaries[row].controller_key == wanted]
        if f.text:
            needle, search = f.text, self._search
            rows = [row for row in rows if needle in search[row]]
        if f.status is not None:
            status = f.status
            rows = [row for row in rows if summaries[row].status == status]
        if f.overdue:
            overdue = self._overdue
            rows = [row for row in rows if overdue[row]]
        if f.legal_basis is not None:
            basis = f.legal_basis
            rows = [row for row in rows if basis in facts[row].legal_bases]
        if f.special:
            rows = [row for row in rows if facts[row].special_categories]
        if f.transfers:
            rows = [row for row in rows if summaries[row].transfers or facts[row].derived_transfers]
        return list(rows)

    # -- access --------------------------------------------------------------------------------------

    def total_count(self) -> int:
        """All registers loaded, whatever the filter."""
        return len(self._order)

    def scope_rows(self) -> list[int]:
        """The rows of the chosen controller (every row for all controllers), whatever else is filtered."""
        wanted = self._filter.controller
        summaries = self._summaries
        return [row for row in self._order if wanted is None or summaries[row].controller_key == wanted]

    def scope_count(self) -> int:
        return len(self.scope_rows())

    def overdue_count(self) -> int:
        """Overdue reviews among the registers shown."""
        overdue = self._overdue
        return sum(1 for row in self._visible if overdue[row])

    def counts_by_controller(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for row in self._order:
            key = self._summaries[row].controller_key
            counts[key] = counts.get(key, 0) + 1
        return counts

    def keys_of_controller(self, controller: str) -> list[str]:
        summaries = self._summaries
        return [summaries[row].key for row in self._order if summaries[row].controller_key == controller]

    def summary(self, row: int) -> RegisterSummary:
        """The register shown at ``row``."""
        return self._summaries[self._visible[row]]

    def summary_of(self, key: str) -> RegisterSummary | None:
        row = self._row_of.get(key)
        return self._summaries[row] if row is not None else None

    def all_facts(self) -> dict[str, RegisterFacts]:
        return {key: self._facts[row] for key, row in self._row_of.items()}

    def keys_of_rows(self, rows: set[int]) -> set[str]:
        """The keys of the registers shown at ``rows``."""
        summaries, visible = self._summaries, self._visible
        return {summaries[visible[row]].key for row in rows if 0 <= row < len(visible)}

    def rows_of_keys(self, keys: set[str]) -> list[int]:
        """The rows showing the registers in ``keys`` (those filtered out have none)."""
        summaries = self._summaries
        return [row for row, source in enumerate(self._visible) if summaries[source].key in keys]

    def row_of_key(self, key: str) -> int | None:
        row = self._row_of.get(key)
        return None if row is None else _position(self._visible, row)

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
                return self._overdue_colour
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._overdue_text
            if role == Qt.ItemDataRole.DecorationRole:
                return self._warning_icon()
        if column == Column.TRANSFERS and role == Qt.ItemDataRole.ToolTipRole:
            declared, derived = self._summaries[row].transfers, self._facts[row].derived_transfers
            return self._transfers_text.format(declared=declared, derived=derived)
        if role == KEY_ROLE:
            return self._summaries[row].key
        return None

    def _warning_icon(self) -> QIcon:
        """Overdue is red *and* marked, so colour is never the only signal."""
        return overdue_icon()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(Column):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._headers[section]
            if role == Qt.ItemDataRole.TextAlignmentRole and section in _NUMERIC:
                return self._right
        return None


def _position(rows: list[int], row: int) -> int | None:
    try:
        return rows.index(row)
    except ValueError:
        return None

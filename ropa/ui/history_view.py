"""The History tab beside a record: every logged change of it, field by field, and Restore.

A :class:`HistoryPanel` lists the changes of the record its slot shows (newest first; each
change a row with its fields below it, in the field catalogue's words) and offers *Restore This
Version*: the window runs :meth:`ropa.app.session.Session.restore` as an ordinary command, so the
restore is logged in the history too and Edit › Undo takes it back. The rows are read when the
tab is shown (and again after each change while it is), never while the user only edits.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from ropa.app.history import Entry
    from ropa.ui.main_window import MainWindow
    from ropa.ui.record_slot import RecordSlot

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1

# Which record each window view edits, as the history names it.
VIEW_KINDS = {
    "registers": "register",
    "details": "controller",
    "processors": "processor",
    "on_behalf": "processing_on_behalf",
}

Read = Callable[[str], Sequence["Entry"]]
Restore = Callable[[str, int], bool]


class HistoryPanel(QWidget):
    """The changes of one record, newest first, with the fields each changed; Restore This Version."""

    restored = Signal(int)  # the entry restored

    def __init__(
        self, kind: str, read: Read, restore: Restore, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.language = language
        self._read = read
        self._restore = restore
        self.key: str | None = None
        self.entries: list[Entry] = []
        self._stale = True
        self.tree = QTreeWidget()
        self.tree.setObjectName("historyTree")
        self.tree.setAccessibleName(self.tr("Change history"))
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("Change or field"), self.tr("Old → new")]
        )
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((150, 90, 220)):
            self.tree.setColumnWidth(column, width)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.tree.itemActivated.connect(lambda *_: None)
        self.empty = QLabel(self.tr("No changes of this record have been recorded yet."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: palette(mid); padding: 24px;")
        self.restore_button = QPushButton(self.tr("Restore This Version"))
        self.restore_button.setObjectName("restoreVersion")
        self.restore_button.setToolTip(
            self.tr("Put the record back as this change left it (Edit › Undo takes the restore back)")
        )
        self.restore_button.clicked.connect(self.restore_current)
        self.note = QLabel()
        self.note.setEnabled(False)
        bar = QHBoxLayout()
        bar.addWidget(self.note, 1)
        bar.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(bar)
        self._update_buttons()

    # -- what the slot tells it ----------------------------------------------------------------

    def show_key(self, key: str, *, visible: bool) -> None:
        """The slot shows record ``key`` now: read its history now if the tab is seen, else later."""
        self.key = key
        self._stale = True
        if visible:
            self.reload()

    def shown(self) -> None:
        """The tab came into view."""
        if self._stale:
            self.reload()

    def reload(self) -> None:
        self._stale = False
        self.entries = list(self._read(self.key)) if self.key else []
        self._fill()

    # -- showing -------------------------------------------------------------------------------

    def _fill(self) -> None:
        from ropa.io.history_report import ACTIONS, KINDS, field_label, value_text

        lang = self.language
        kind = KINDS.get(self.kind)
        self.tree.clear()
        for entry in reversed(self.entries):
            action = ACTIONS[entry.action](lang) if entry.action in ACTIONS else entry.action
            local = entry.at.replace(tzinfo=UTC).astimezone()
            item = QTreeWidgetItem([local.strftime("%Y-%m-%d %H:%M"), entry.user, action, ""])
            item.setData(0, ENTRY_ROLE, entry.id)
            item.setToolTip(0, entry.at.strftime("%Y-%m-%d %H:%M:%S UTC"))
            item.setToolTip(2, entry.description)
            font = item.font(2)
            font.setBold(True)
            item.setFont(2, font)
            for change in entry.fields:
                old = value_text(kind, change.path, change.old, lang)
                new = value_text(kind, change.path, change.new, lang)
                child = QTreeWidgetItem(["", "", field_label(kind, change.path, lang), f"{old} → {new}"])
                child.setData(0, ENTRY_ROLE, entry.id)
                child.setToolTip(3, f"{old}\n→\n{new}")
                item.addChild(child)
            self.tree.addTopLevelItem(item)
            item.setExpanded(len(entry.fields) <= 6)
        has = bool(self.entries)
        self.tree.setVisible(has)
        self.empty.setVisible(not has)
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)
        self._update_buttons()

    def current_entry(self) -> Entry | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        wanted = item.data(0, ENTRY_ROLE)
        return next((e for e in self.entries if e.id == wanted), None)

    def restorable(self, entry: Entry | None) -> bool:
        """Whether ``entry`` left a state that can be put back (not the current one, not a deletion)."""
        from ropa.app.history import state_at

        if entry is None or not self.entries or entry.id == self.entries[-1].id:
            return False
        return state_at(self.entries, entry.id, None) is not None

    def _update_buttons(self) -> None:
        entry = self.current_entry()
        able = self.restorable(entry)
        self.restore_button.setEnabled(able)
        if entry is None or not self.entries:
            self.note.setText("")
        elif entry.id == self.entries[-1].id:
            self.note.setText(self.tr("This is the record as it is now."))
        elif not able:
            self.note.setText(self.tr("The history does not hold this version whole."))
        else:
            self.note.setText("")

    def restore_current(self) -> None:
        entry = self.current_entry()
        if self.key is None or not self.restorable(entry):
            return
        assert entry is not None
        if self._restore(self.key, entry.id):
            self.restored.emit(entry.id)


def attach_history(window: MainWindow, view: str, slot: RecordSlot) -> None:
    """Give ``slot`` (of the window's ``view``) its History tab, reading and restoring through the window.

    Nothing of the history (SQLAlchemy, the records) is imported until the tab is first used: the
    window attaches it while it starts."""
    kind = VIEW_KINDS[view]

    def record() -> type:
        from ropa.model.catalogue import RECORD_KINDS

        return RECORD_KINDS[kind]

    def read(key: str) -> Sequence[Entry]:
        workspace: Any = window.workspace
        return [] if workspace is None else workspace.record_history(record(), key)

    def restore(key: str, entry: int) -> bool:
        version = slot.version if slot.key == key else None
        return window.run_command(
            lambda ws: ws.restore(record(), key, entry, expected_version=version),
            QCoreApplication.translate("MainWindow", "Cannot Restore"),
        )

    slot.enable_history(lambda: HistoryPanel(kind, read, restore, window.language))

"""The smaller pages of the window: first start, a controller's details, its Art. 30(2) records."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ropa.ui.icons import app_icon
from ropa.ui.list_table import TitledColumns, list_table
from ropa.ui.record_slot import RecordSlot

if TYPE_CHECKING:
    from ropa.model.records import ProcessingOnBehalf

_Index = QModelIndex | QPersistentModelIndex


class WelcomePage(QWidget):
    """What an empty workspace (or a window without one) says: the ways to begin."""

    create_controller = Signal()
    import_file = Signal()
    open_demo = Signal()
    new_workspace = Signal()
    open_workspace = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        self.title = QLabel()
        self.title.setObjectName("welcomeTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.title.setFont(font)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.create_button = QCommandLinkButton(
            self.tr("Create the first controller"),
            self.tr("The organisation whose processing you record: a city, a company, a client."),
        )
        self.import_button = QCommandLinkButton(
            self.tr("Import a file"),
            self.tr("A Ropa interchange file (JSON) from another workspace or tool."),
        )
        self.demo_button = QCommandLinkButton(
            self.tr("Open a demo workspace"),
            self.tr("A realistic synthetic record to explore, in a separate file: this one stays as it is."),
        )
        self.new_button = QCommandLinkButton(
            self.tr("Create a workspace"), self.tr("A new, empty workspace file of your own.")
        )
        self.open_button = QCommandLinkButton(
            self.tr("Open a workspace"), self.tr("A workspace file you or a colleague made before.")
        )
        self.create_button.clicked.connect(self.create_controller)
        self.import_button.clicked.connect(self.import_file)
        self.demo_button.clicked.connect(self.open_demo)
        self.new_button.clicked.connect(self.new_workspace)
        self.open_button.clicked.connect(self.open_workspace)
        column = QWidget()
        column.setFixedWidth(600)
        inner = QVBoxLayout(column)
        inner.setSpacing(10)
        self.icon = QLabel()
        self.icon.setPixmap(app_icon().pixmap(72, 72))
        inner.addWidget(self.icon)
        inner.addWidget(self.title)
        inner.addWidget(self.intro)
        inner.addSpacing(12)
        for button in (
            self.create_button,
            self.import_button,
            self.demo_button,
            self.new_button,
            self.open_button,
        ):
            button.setAccessibleName(button.text())
            button.setAccessibleDescription(button.description())
            inner.addWidget(button)
        inner.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 48, 48, 24)
        outer.addWidget(column, 0, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.set_has_workspace(True)

    def set_has_workspace(self, has: bool) -> None:
        """An empty workspace offers its three starts; without a workspace, create or open one."""
        if has:
            self.title.setText(self.tr("Welcome to Ropa"))
            self.intro.setText(
                self.tr(
                    "This workspace is empty. Records of processing activities (GDPR Art. 30) are kept "
                    "per controller: start with one of these."
                )
            )
        else:
            self.title.setText(self.tr("No workspace open"))
            self.intro.setText(self.tr("Create a new workspace, or open one you already have."))
        for button in (self.create_button, self.import_button, self.demo_button):
            button.setVisible(has)
        for button in (self.new_button, self.open_button):
            button.setVisible(not has)


class ControllerPage(QWidget):
    """One controller's own details (contacts, DPO, representative, supervisory authority)."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.slot = RecordSlot(self.tr("Choose a controller to see its details."), self._view)
        self.slot.setObjectName("controllerSlot")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addWidget(self.slot)

    def _view(self) -> QWidget:
        from ropa.ui.details import ControllerView

        return ControllerView(self.language)


class OnBehalfModel(TitledColumns, QAbstractTableModel):
    """Art. 30(2) records: the client, what is done for it, sub-processors, transfers, agreement."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = (
            self.tr("Client"),
            self.tr("Controller"),
            self.tr("Categories of processing"),
            self.tr("Sub-processors"),
            self.tr("Transfers"),
            self.tr("Agreement"),
            self.tr("Agreement date"),
        )
        self._rows: list[tuple[str, str, ProcessingOnBehalf]] = []

    def set_records(self, rows: Sequence[tuple[str, str, ProcessingOnBehalf]]) -> None:
        """(controller key, controller name, record) per row."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def record(self, row: int) -> ProcessingOnBehalf:
        return self._rows[row][2]

    def row_of(self, key: str) -> int | None:
        return next((n for n, (_, _, rec) in enumerate(self._rows) if rec.key == key), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole and role != Qt.ItemDataRole.ToolTipRole:
            return None
        _, controller_name, rec = self._rows[index.row()]
        when: date | None = rec.agreement_date
        values = (
            rec.client.name or rec.key,
            controller_name,
            rec.categories_of_processing.replace("\n", " "),
            ", ".join(rec.subprocessors),
            ", ".join(t.country or "" for t in rec.transfers),
            rec.agreement,
            when.isoformat() if when else "",
        )
        return values[index.column()]


class OnBehalfPage(QWidget):
    """The Art. 30(2) records above the chosen one."""

    current_changed = Signal(str)
    link_activated = Signal(str, str)

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.model = OnBehalfModel(self)
        table = list_table(self.model, "onBehalfTable", self.tr("Processing on behalf of clients"))
        header = table.horizontalHeader()
        char = table.fontMetrics().averageCharWidth()
        for column, chars in enumerate((28, 20, 40, 24, 12, 24)):
            header.resizeSection(column, char * chars)
        table.selectionModel().currentRowChanged.connect(self._on_current)
        self.table = table
        self.slot = RecordSlot(self.tr("Choose a record to see it here."), self._view)
        self.slot.setObjectName("onBehalfSlot")
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("onBehalfSplitter")
        self.splitter.addWidget(table)
        self.splitter.addWidget(self.slot)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addWidget(self.splitter)

    def _view(self) -> QWidget:
        from ropa.ui.details import OnBehalfView

        view = OnBehalfView(self.language)
        view.link_activated.connect(self.link_activated)
        return view

    def set_records(
        self, rows: Sequence[tuple[str, str, ProcessingOnBehalf]], *, all_controllers: bool
    ) -> None:
        current = self.current_key()
        self.model.set_records(rows)
        self.table.setColumnHidden(1, not all_controllers)
        row = self.model.row_of(current) if current else None
        if row is not None:
            self.table.selectRow(row)
        else:
            self.slot.clear()

    def current_key(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.record(index.row()).key if index.isValid() else None

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.current_changed.emit(self.model.record(current.row()).key if current.isValid() else "")

"""The main window: one open workspace, its registers in a filterable, sortable table.

Read-only for now; editing will hang off the same table (rows carry their register's key).
"""

from __future__ import annotations

from pathlib import Path

import PySide6
from PySide6.QtCore import QByteArray, QItemSelection, QItemSelectionModel, QSettings, Qt, QTimer, qVersion
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ropa import __version__
from ropa.app import WORKSPACE_SUFFIX, Session
from ropa.app.session import RegisterSummary
from ropa.errors import RopaError
from ropa.reference import reference
from ropa.ui.i18n import ui_language, ui_locale
from ropa.ui.recent import RecentFiles
from ropa.ui.register_model import Column, RegisterTableModel
from ropa.ui.settings import app_settings


def _with_suffix(path: Path) -> Path:
    """``path`` with ``.ropa`` added when the user typed a name without any suffix."""
    return path if path.suffix else path.with_name(path.name + WORKSPACE_SUFFIX)


# Default column widths in average characters (Status: its widest label); the last column stretches.
# On first show, room left over goes to the text columns in these shares, so the numbers are not
# pushed to the far right.
_COLUMN_CHARS = {
    Column.REGISTER: 44,
    Column.CONTROLLER: 28,
    Column.DEPARTMENT: 24,
    Column.NEXT_REVIEW: 12,
    Column.PROCESSORS: 8,
    Column.TRANSFERS: 8,
}
_SPARE_SHARES = {Column.REGISTER: 0.45, Column.CONTROLLER: 0.3, Column.DEPARTMENT: 0.25}
_GEOMETRY, _STATE, _HEADER = "mainWindow/geometry", "mainWindow/state", "registerTable/header"


def _load(workspace: Session) -> list[RegisterSummary]:
    return workspace.register_summaries()


class MainWindow(QMainWindow):
    """Browse the registers of one workspace; File menu to open, create and copy workspaces."""

    def __init__(
        self,
        path: Path | None = None,
        *,
        create: bool = False,
        settings: QSettings | None = None,
        language: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """Open ``path`` (creating it with ``create``); if that fails the window starts empty and
        says why as soon as it is shown. ``settings`` and ``language`` default to the user's."""
        super().__init__(parent)
        self._settings = settings if settings is not None else app_settings()
        self._language = language or ui_language()
        self._locale = ui_locale(self._language)
        self._recent = RecentFiles(self._settings)
        self._workspace: Session | None = None
        self._model = RegisterTableModel(self._language, parent=self)
        self._default_widths: dict[Column, int] = {}
        self._fit_columns_on_show = True  # unless the user's own column layout is restored
        self._starting = True
        self._startup_errors: list[tuple[str, str]] = []
        self._build_central()
        self._build_status_bar()
        self._build_actions()
        self._build_menus()
        self._restore_layout()
        if path is not None:
            self.open_workspace_file(path, create=create)
        self._starting = False
        self._update_chrome()

    # -- public --------------------------------------------------------------------------------------

    @property
    def workspace(self) -> Session | None:
        return self._workspace

    @property
    def model(self) -> RegisterTableModel:
        return self._model

    @property
    def table(self) -> QTableView:
        return self._table

    @property
    def filter_edit(self) -> QLineEdit:
        return self._filter

    def open_workspace_file(self, path: Path, *, create: bool = False) -> bool:
        """Open ``path`` in place of the current workspace; on failure say why and keep the current one."""
        try:
            workspace = Session.open(path, create=create)
        except RopaError as exc:
            self._error(self.tr("Cannot Open Workspace"), str(exc))
            return False
        try:
            summaries = _load(workspace)
        except RopaError as exc:
            workspace.close()
            self._error(self.tr("Cannot Open Workspace"), str(exc))
            return False
        previous, self._workspace = self._workspace, workspace
        if previous is not None:
            previous.close()
        self._model.set_summaries(summaries)
        if workspace.path is not None:
            self._recent.add(workspace.path)
        self._update_chrome()
        return True

    def refresh(self) -> None:
        """Re-read the registers (another program or the CLI may have changed the file)."""
        if self._workspace is None:
            return
        try:
            summaries = _load(self._workspace)
        except RopaError as exc:
            self._error(self.tr("Cannot Refresh"), str(exc))
            return
        keys = self._selected_keys()
        self._model.set_summaries(summaries)
        self._select_keys(keys)
        self._update_status()

    # -- building ----------------------------------------------------------------------------------

    def _build_central(self) -> None:
        self._filter = QLineEdit()
        self._filter.setPlaceholderText(self.tr("Filter registers"))
        self._filter.setClearButtonEnabled(True)
        self._filter.textChanged.connect(self._on_filter_changed)
        clear = QShortcut(QKeySequence(Qt.Key.Key_Escape), self._filter, self._filter.clear)
        clear.setContext(Qt.ShortcutContext.WidgetShortcut)

        table = QTableView()
        table.setModel(self._model)
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
        self._table = table
        self._set_default_column_widths()

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.setSpacing(6)
        layout.addWidget(self._filter)
        layout.addWidget(table)
        self.setCentralWidget(central)

    def _set_default_column_widths(self) -> None:
        header = self._table.horizontalHeader()
        metrics = self._table.fontMetrics()
        header_metrics = header.fontMetrics()
        char = metrics.averageCharWidth()
        cell_padding = 2 * char + 8
        widest_status = max(
            metrics.horizontalAdvance(code.label(self._language).capitalize())
            for code in reference().register_statuses
        )
        for column in Column:
            content = (
                widest_status + cell_padding if column == Column.STATUS else _COLUMN_CHARS[column] * char
            )
            title = str(self._model.headerData(column, Qt.Orientation.Horizontal))
            # Room for the title, the sort arrow and the section's margins.
            title_width = header_metrics.horizontalAdvance(title) + 36
            self._default_widths[column] = max(content, title_width)
            header.resizeSection(column, self._default_widths[column])
        header.setSortIndicator(Column.CONTROLLER, Qt.SortOrder.AscendingOrder)

    def _build_status_bar(self) -> None:
        self.count_label = QLabel()
        self.path_label = QLabel()
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for label in (self.count_label, self.path_label):
            label.setContentsMargins(6, 0, 6, 0)  # line up with the table's margin
        self.statusBar().addWidget(self.count_label, 1)
        self.statusBar().addPermanentWidget(self.path_label)

    def _action(self, text: str, slot: object, *keys: QKeySequence.StandardKey | QKeySequence) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        shortcuts: list[QKeySequence] = []
        for key in keys:
            found = QKeySequence.keyBindings(key) if isinstance(key, QKeySequence.StandardKey) else [key]
            shortcuts.extend(shortcut for shortcut in found if shortcut not in shortcuts)
        action.setShortcuts(shortcuts)
        return action

    def _build_actions(self) -> None:
        key = QKeySequence.StandardKey
        self.new_action = self._action(self.tr("&New Workspace…"), self._on_new, key.New)
        self.open_action = self._action(self.tr("&Open Workspace…"), self._on_open, key.Open)
        self.save_as_action = self._action(
            self.tr("Save Workspace &As…"), self._on_save_as, key.SaveAs, QKeySequence("Ctrl+Shift+S")
        )
        self.quit_action = self._action(self.tr("&Quit"), self.close, key.Quit, QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.refresh_action = self._action(self.tr("&Refresh"), self.refresh, key.Refresh, QKeySequence("F5"))
        self.find_action = self._action(self.tr("&Filter Registers"), self._focus_filter, key.Find)
        self.about_action = self._action(self.tr("&About Ropa"), self._on_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_qt_action = self._action(self.tr("About &Qt"), self._on_about_qt)
        self.about_qt_action.setMenuRole(QAction.MenuRole.AboutQtRole)
        self.clear_recent_action = self._action(self.tr("&Clear Menu"), self._on_clear_recent)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.open_action)
        self._recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self._recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self._fill_recent_menu()
        file_menu.addSeparator()
        file_menu.addAction(self.save_as_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addAction(self.find_action)
        view_menu.addAction(self.refresh_action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)
        help_menu.addAction(self.about_qt_action)
        self._file_menu, self._view_menu, self._help_menu = file_menu, view_menu, help_menu

    @property
    def file_menu(self) -> QMenu:
        return self._file_menu

    @property
    def recent_menu(self) -> QMenu:
        return self._recent_menu

    # -- window state ------------------------------------------------------------------------------

    def _restore_layout(self) -> None:
        geometry = self._settings.value(_GEOMETRY)
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            self._default_geometry()
        state = self._settings.value(_STATE)
        if isinstance(state, QByteArray):
            self.restoreState(state)
        header_state = self._settings.value(_HEADER)
        if isinstance(header_state, QByteArray) and self._table.horizontalHeader().restoreState(header_state):
            self._fit_columns_on_show = False
        self._table.setSortingEnabled(True)  # sorts the model by the restored sort indicator

    def _default_geometry(self) -> None:
        width, height = 1280, 780
        screen = self.screen()
        if screen is not None:
            available = screen.availableGeometry()
            width = min(width, int(available.width() * 0.9))
            height = min(height, int(available.height() * 0.9))
        self.resize(width, height)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._startup_errors:
            QTimer.singleShot(0, self._show_startup_errors)
        if self._fit_columns_on_show:
            self._fit_columns_on_show = False
            self._fit_columns()

    def _fit_columns(self) -> None:
        """Share the width the default columns leave free among the text columns."""
        spare = self._table.viewport().width() - sum(self._default_widths.values())
        if spare <= 0:
            return
        header = self._table.horizontalHeader()
        for column, share in _SPARE_SHARES.items():
            header.resizeSection(column, self._default_widths[column] + int(spare * share))

    def closeEvent(self, event: QCloseEvent) -> None:
        self._settings.setValue(_GEOMETRY, self.saveGeometry())
        self._settings.setValue(_STATE, self.saveState())
        self._settings.setValue(_HEADER, self._table.horizontalHeader().saveState())
        self._settings.sync()
        if self._workspace is not None:
            self._workspace.close()
        super().closeEvent(event)

    # -- slots -------------------------------------------------------------------------------------

    def _on_filter_changed(self, text: str) -> None:
        keys = self._selected_keys()
        self._model.set_filter(text)
        self._select_keys(keys)
        self._update_status()

    def _focus_filter(self) -> None:
        self._filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._filter.selectAll()

    def _file_filter(self) -> str:
        return self.tr("Ropa workspaces (*.ropa);;All files (*)")

    def _start_dir(self) -> str:
        if self._workspace is not None and self._workspace.path is not None:
            return str(self._workspace.path.parent)
        return str(Path.home())

    def _on_open(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open Workspace"), self._start_dir(), self._file_filter()
        )
        if name:
            self.open_workspace_file(Path(name))

    def _on_new(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("New Workspace"),
            str(Path(self._start_dir()) / self.tr("workspace.ropa")),
            self._file_filter(),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not name:
            return
        path = _with_suffix(Path(name))
        if path.exists():
            self._error(
                self.tr("Cannot Create Workspace"),
                self.tr("{path} already exists. Choose another name, or open it with Open Workspace.").format(
                    path=path
                ),
            )
            return
        self.open_workspace_file(path, create=True)

    def _on_save_as(self) -> None:
        if self._workspace is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save Workspace As"), self._start_dir(), self._file_filter()
        )
        if not name:
            return
        chosen = Path(name)
        path = _with_suffix(chosen)
        current = self._workspace.path
        if current is not None and path.exists() and path.resolve() == current.resolve():
            return  # every change is already saved in the open file
        if path != chosen and path.exists() and not self._confirm_replace(path):
            return  # the dialog confirmed the name typed, not the one with ".ropa" added
        try:
            self._workspace.copy_to(path)
        except RopaError as exc:
            self._error(self.tr("Cannot Save Workspace"), str(exc))
            return
        self.open_workspace_file(path)

    def _confirm_replace(self, path: Path) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Save Workspace As"),
            self.tr("{path} already exists. Replace it?").format(path=path),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _fill_recent_menu(self) -> None:
        menu = self._recent_menu
        menu.clear()
        paths = self._recent.paths()
        width = menu.fontMetrics().averageCharWidth() * 70
        for number, path in enumerate(paths, start=1):
            shown = menu.fontMetrics().elidedText(str(path), Qt.TextElideMode.ElideMiddle, width)
            action = menu.addAction(f"&{number} {shown.replace('&', '&&')}")
            action.setToolTip(str(path))
            action.setData(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self._open_recent(p))
        if paths:
            menu.addSeparator()
        menu.addAction(self.clear_recent_action)
        self.clear_recent_action.setEnabled(bool(paths))

    def _open_recent(self, path: Path) -> None:
        if not path.is_file():
            self._error(
                self.tr("Cannot Open Workspace"), self.tr("{path} no longer exists.").format(path=path)
            )
            self._fill_recent_menu()
            return
        self.open_workspace_file(path)

    def _on_clear_recent(self) -> None:
        self._recent.clear()
        self._fill_recent_menu()

    def _on_about(self) -> None:
        description = self.tr("Records of processing activities (GDPR Art. 30) for data protection officers.")
        built = f"Qt {qVersion()}, PySide6 {PySide6.__version__}"
        QMessageBox.about(
            self,
            self.tr("About Ropa"),
            f"<h3>Ropa {__version__}</h3><p>{description}</p><p><small>{built}</small></p>",
        )

    def _on_about_qt(self) -> None:
        QApplication.aboutQt()

    # -- helpers -----------------------------------------------------------------------------------

    def _error(self, title: str, message: str) -> None:
        if self._starting:  # shown over the window once it is on screen, not on an empty desktop
            self._startup_errors.append((title, message))
            return
        QMessageBox.critical(self, title, message)

    def _show_startup_errors(self) -> None:
        errors, self._startup_errors = self._startup_errors, []
        for title, message in errors:
            QMessageBox.critical(self, title, message)

    def _selected_keys(self) -> set[str]:
        """Keys of the selected rows, read from the selection's row ranges (selectedRows() is slow)."""
        rows: set[int] = set()
        # QItemSelection is a QList at runtime; PySide6's stubs miss its __iter__
        for selected in self._table.selectionModel().selection():  # type: ignore[attr-defined]
            rows.update(range(selected.top(), selected.bottom() + 1))
        return self._model.keys_of_rows(rows)

    def _select_keys(self, keys: set[str]) -> None:
        """Select the rows of ``keys`` in one go (row by row would take seconds for thousands)."""
        rows = self._model.rows_of_keys(keys) if keys else []
        if not rows:
            return
        last_column = self._model.columnCount() - 1
        selection = QItemSelection()
        start = previous = rows[0]
        for row in [*rows[1:], None]:
            if row is not None and row == previous + 1:
                previous = row
                continue
            selection.select(self._model.index(start, 0), self._model.index(previous, last_column))
            if row is not None:
                start = previous = row
        self._table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.Select)
        self._table.scrollTo(self._model.index(rows[0], 0))

    def _update_chrome(self) -> None:
        has_workspace = self._workspace is not None
        self.save_as_action.setEnabled(has_workspace)
        self.refresh_action.setEnabled(has_workspace)
        if self._workspace is None:
            self.setWindowTitle("Ropa")
            self.path_label.clear()
            self.path_label.setToolTip("")
        else:
            path = self._workspace.path
            location = self._workspace.location
            self.setWindowTitle(f"{path.name if path else location} — Ropa")
            self.path_label.setText(location)
            self.path_label.setToolTip(location)
        self._update_status()

    def _update_status(self) -> None:
        self.count_label.setText(self.status_text())

    def status_text(self) -> str:
        """What the status bar says about the registers shown."""
        if self._workspace is None:
            return self.tr("No workspace open")
        shown, total = self._model.rowCount(), self._model.total_count()
        number = self._locale.toString
        if self._model.filter_text():
            return self.tr("{shown} of {total} registers").format(shown=number(shown), total=number(total))
        if total == 1:
            return self.tr("1 register")
        return self.tr("{count} registers").format(count=number(total))

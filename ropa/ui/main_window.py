"""The main window: one open workspace, browsed per controller, changed through undoable commands.

Layout (UI.md): a sidebar switches between "All controllers" and each controller, and between
their views (Registers, Processors, Transfers, Processing on behalf, the controller's Details);
the chosen view fills the rest; the status bar counts what is shown. An empty workspace shows the
first-start page instead.

Every change is a Session command (:mod:`ropa.app.session`) whose :class:`Change` goes on the
window's undo stack (:mod:`ropa.ui.undo`); after a change only what it touched is re-read: one
register's row, one controller's counts, the facts of the registers a processor reaches. Import,
export and the demo run in worker threads with their own Session (:mod:`ropa.ui.workers`).

Start-up is kept to what the first painted list needs: the register summaries (plain SQL), the
controllers and the register page. The other pages are built when first shown, and the facts the
finer filters need (legal bases, special categories, derived transfers) load in a worker thread
once the list has been painted.

Where the editors of ``ropa.ui.editor`` plug in: the :class:`~ropa.ui.record_slot.RecordSlot` of
each page, filled by one method each: :meth:`MainWindow._show_register`,
:meth:`MainWindow._show_controller`, :meth:`MainWindow._show_processor` and
:meth:`MainWindow._show_processing_on_behalf`; an editor's ``save_requested(record)`` goes to
:meth:`MainWindow.save_register` (and ``save_controller``, ``save_processor``,
``save_processing_on_behalf``), which run the Session command through the undo stack.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import PySide6
from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QSettings,
    Qt,
    QTimer,
    qVersion,
)
from PySide6.QtGui import QCloseEvent, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QTableView,
    QWidget,
)

from ropa import __version__
from ropa.address import is_server_address
from ropa.app import WORKSPACE_SUFFIX
from ropa.app.lists import RegisterFacts
from ropa.errors import ConflictError, RopaError
from ropa.gc_pause import resume_after_start
from ropa.ui.i18n import ui_language, ui_locale
from ropa.ui.icons import app_icon
from ropa.ui.recent import RecentFiles
from ropa.ui.register_model import RegisterTableModel
from ropa.ui.registers_view import RegistersPage
from ropa.ui.settings import app_settings
from ropa.ui.sidebar import CONTROLLER_ROLE, VIEW_ROLE, Sidebar, SidebarModel, View

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QKeySequence
    from PySide6.QtWidgets import QProgressDialog

    from ropa.app.lists import ControllerSummary
    from ropa.app.session import Change, PasswordPrompt, Session
    from ropa.model import records as r
    from ropa.ui.dashboard import DashboardPage
    from ropa.ui.pages import ControllerPage, OnBehalfPage, WelcomePage
    from ropa.ui.printing import Printing
    from ropa.ui.processors_view import ProcessorsPage
    from ropa.ui.transfers_view import TransfersPage
    from ropa.ui.workers import Task, Work


def _with_suffix(path: Path) -> Path:
    """``path`` with ``.ropa`` added when the user typed a name without any suffix."""
    return path if path.suffix else path.with_name(path.name + WORKSPACE_SUFFIX)


_GEOMETRY, _STATE, _HEADER = "mainWindow/geometry", "mainWindow/state", "registerTable/header"
_SPLITTERS = "splitters/"
_LAST_CONTROLLER, _LAST_VIEW = "lastView/controller", "lastView/view"
DEMO_REGISTERS = 300
FIRST_SCREEN_ROWS = 80  # read before the first paint: more than a tall screen shows
FIRST_SIDEBAR_ROWS = 50  # controllers in the sidebar at the first paint of a first look (a tall screen's)
REST_OF_LIST_DEADLINE_MS = 1500  # the rest is read after the first paint, or after this at the latest
DEMO_FILE = "demo.ropa"
#: How long a change made in the window (on its thread) waits for another writer before it is
#: refused with who holds the workspace; imports and exports in workers wait as the CLI does.
WRITE_WAIT_S = 5.0
#: The Session command that saves an edited record of each kind over its stored version.
_UPDATES = {
    "Register": "update_register",
    "Controller": "update_controller",
    "Processor": "update_processor",
    "ProcessingOnBehalf": "update_processing_on_behalf",
}

_VIEW_KEYS = {
    View.REGISTERS: "Ctrl+1",
    View.PROCESSORS: "Ctrl+2",
    View.TRANSFERS: "Ctrl+3",
    View.ON_BEHALF: "Ctrl+4",
    View.DETAILS: "Ctrl+5",
    View.DASHBOARD: "Ctrl+6",
}


def _first_controllers(controllers: Sequence[ControllerSummary]) -> list[str] | None:
    """The first controllers by name whose registers fill the first screenful (all: None)."""
    keys, count = [], 0
    for controller in controllers:  # by name, then id: the register list's controller order
        keys.append(controller.key)
        count += controller.registers
        if count >= FIRST_SCREEN_ROWS:
            return keys
    return None


class _FirstPaint(QObject):
    """Calls back once, after the widget it watches is first painted."""

    def __init__(self, callback: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._callback: Callable[[], None] | None = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._callback is not None:
            callback, self._callback = self._callback, None
            watched.removeEventFilter(self)
            QTimer.singleShot(0, callback)
        return False


class MainWindow(QMainWindow):
    """Browse and change one workspace; File menu to open, create, import and export workspaces."""

    def __init__(
        self,
        path: Path | str | None = None,
        *,
        create: bool = False,
        password_prompt: PasswordPrompt | None = None,
        settings: QSettings | None = None,
        language: str | None = None,
        today: date | None = None,
        quick_start: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        """Open ``path`` (creating it with ``create``); if that fails the window starts empty and
        says why as soon as it is shown. ``settings`` and ``language`` default to the user's.

        With ``quick_start`` (how ``ropa gui`` starts) the register list is read in two steps: the
        first screenful before the window is first painted, every other row right after.
        ``path`` may be a server address; ``password_prompt`` is then asked when the server wants a
        password that neither PGPASSWORD nor the pgpass file gave."""
        super().__init__(parent)
        self._settings = settings if settings is not None else app_settings()
        self._language = language or ui_language()
        self._locale = ui_locale(self._language)
        self._today = today
        self._recent = RecentFiles(self._settings)
        self._workspace: Session | None = None
        self._controller: str | None = None  # None: all controllers
        self._view = View.REGISTERS
        self._generation = 0  # bumped by every change: pages loaded before it are stale
        self._loaded: dict[View, tuple[str | None, int]] = {}
        self._processor_names_cache: dict[str, str] | None = None
        self._fact_counts: dict[str, tuple[int, int]] = {}  # controller: (processors, transfers)
        self._facts_task: Task | None = None
        self._running: set[Task] = set()  # every worker thread still running, waited for on close
        self._facts_generation = -1
        self._task: Task | None = None
        self._progress: QProgressDialog | None = None
        self._syncing_sidebar = False
        self._expanded: str | None = None  # the controller open in the sidebar
        self._fit_columns_on_show = True  # unless the user's own column layout is restored
        self._starting = True
        self._closed = False
        self._quick_start = quick_start
        self._partial = False  # the register list holds only its first screenful so far
        self._startup_errors: list[tuple[str, str]] = []
        self._undo = QUndoStack(self)
        self._model = RegisterTableModel(self._language, today=today, parent=self)
        self._sidebar_model = SidebarModel(self)
        self._pages: dict[View, QWidget] = {}
        self._editors: dict[View, Callable[[], QWidget]] = {}  # editor factories of pages not yet built
        self._printing: Printing | None = None
        self._complete = False  # the actions, their menus and the editors are in place
        self._opening: Path | None = None  # a workspace file shown from a first look, not open yet
        self._build_central()
        self._build_status_bar()
        self._build_menu_bar()
        if not quick_start:  # else right after the first paint, which shows only the menus' titles
            self._complete_window()
        self._restore_layout()
        if path is not None and not (quick_start and self._first_look(path)):
            self.open_workspace_file(path, create=create, password_prompt=password_prompt)
        self._starting = False
        self._update_chrome()

    # -- public --------------------------------------------------------------------------------------

    @property
    def workspace(self) -> Session | None:
        return self._workspace

    @property
    def language(self) -> str:
        return self._language

    def run_command(self, run: Callable[[Session], Change], title: str) -> bool:
        """Run one Session command through the undo stack (False when refused; a dialog said why)."""
        return self._command(run, title)

    @property
    def model(self) -> RegisterTableModel:
        return self._model

    @property
    def table(self) -> QTableView:
        return self.registers_page.table

    @property
    def filter_edit(self) -> Any:
        return self.registers_page.filter_edit

    @property
    def undo_stack(self) -> QUndoStack:
        return self._undo

    @property
    def sidebar_model(self) -> SidebarModel:
        return self._sidebar_model

    @property
    def current_controller(self) -> str | None:
        return self._controller

    @property
    def current_view(self) -> View:
        return self._view

    @property
    def current_task(self) -> Task | None:
        """The import, export or demo running in a worker, if any."""
        return self._task

    def today(self) -> date:
        return self._today or date.today()

    def open_workspace_file(
        self,
        path: Path | str,
        *,
        create: bool = False,
        password_prompt: PasswordPrompt | None = None,
        remember: bool = False,
    ) -> bool:
        """Open ``path`` in place of the current workspace; on failure say why and keep the current one.

        ``path`` may also be a server address (``postgresql://...``): ``password_prompt`` is asked
        when the server wants a password libpq did not find; with ``remember`` the address (never
        a password) goes into Open Recent."""
        from ropa.app.session import Session  # after the first paint at start (README "Start-up")

        try:
            workspace = Session.open(path, create=create, password_prompt=password_prompt)
        except RopaError as exc:
            self._error(self.tr("Cannot Open Workspace"), str(exc))
            return False
        workspace.set_write_wait(WRITE_WAIT_S)  # its changes run on this thread: never a minute
        first_screen = self._quick_start and self._starting
        try:
            controllers = workspace.controller_summaries()
            if first_screen:
                summaries = workspace.register_summaries(**self._first_screen(controllers))
            else:
                summaries = workspace.register_summaries()
        except RopaError as exc:
            workspace.close()
            self._error(self.tr("Cannot Open Workspace"), str(exc))
            return False
        previous, self._workspace = self._workspace, workspace
        if previous is not None:
            previous.close()
        self._undo.clear()
        self._processor_names_cache = None
        self._generation += 1
        self._facts_generation = -1
        total = sum(c.registers for c in controllers)
        self._partial = first_screen and len(summaries) < total
        self._model.forget_facts()  # another workspace's facts must not stick to equal keys
        self._model.set_summaries(summaries)
        self._sidebar_model.set_controllers(controllers)
        recent: Path | str | None = workspace.path
        if recent is None and (remember or workspace.location in self._recent.entries()):
            recent = workspace.location  # a server address, without password
        if recent is not None:
            if first_screen:  # writing the settings file can wait until the list is on screen
                QTimer.singleShot(0, lambda p=recent: self._recent.add(p))
            else:
                self._recent.add(recent)
        controller, view = self._controller, self._view
        if controller is not None and self._sidebar_model.controller(controller) is None:
            controller = None
        if self._starting:
            controller, view = self._remembered_view({c.key for c in controllers})
        self.show_view(controller, view)
        self._update_chrome()
        if not first_screen:  # else after the first paint, which does not need them
            self.registers_page.complete_filters()
        if self._partial:
            QTimer.singleShot(REST_OF_LIST_DEADLINE_MS, self._load_rest)  # unless a paint comes first
        elif self.isVisible() or not self._starting:
            self._schedule_facts()
        if not self._starting:  # at start-up the first paint takes the daily backup
            from ropa.ui.backups_dialog import start_daily_backup

            start_daily_backup(self)
        return True

    def _first_screen(self, controllers: Sequence[ControllerSummary]) -> dict[str, Any]:
        """What the first paint shows of the register list, as the keyword arguments of
        ``register_summaries``: the first screenful of the remembered controller (or of all) in
        the list's remembered order."""
        controller = self._remembered_view({c.key for c in controllers})[0]
        order, descending = self._list_order()
        first = controller is None and order == "controller" and not descending
        return {
            "controller": controller,
            "order": order,
            "descending": descending,
            "limit": FIRST_SCREEN_ROWS,
            "controllers": _first_controllers(controllers) if first else None,
        }

    def _first_look(self, path: Path | str) -> bool:
        """At start: show the first screenful of a current workspace file read without opening it
        (:mod:`ropa.app.first_look`), which :meth:`_on_first_paint` then opens. False when the
        first look does not serve (a server, a new or an older file, a remembered view other
        than the register list): the caller opens the workspace the full way."""
        if isinstance(path, str) and is_server_address(path):
            return False
        from ropa.app.first_look import first_look

        def choose(controllers: list[ControllerSummary]) -> dict[str, Any] | None:
            remembered = self._remembered_view({c.key for c in controllers})
            if not controllers or remembered[1] is not View.REGISTERS:
                return None
            return self._first_screen(controllers)

        found = first_look(Path(path), choose)
        if found is None:
            return False
        controllers, summaries = found
        self._opening = Path(path)
        self._partial = len(summaries) < sum(c.registers for c in controllers)
        self._model.set_summaries(summaries)
        controller, view = self._remembered_view({c.key for c in controllers})
        chosen = next((row for row, c in enumerate(controllers, 1) if c.key == controller), 0)
        self._sidebar_model.set_controllers(controllers, rows=max(FIRST_SIDEBAR_ROWS, chosen))
        self.show_view(controller, view)
        return True

    def _open_looked_at(self) -> None:
        """Open the workspace the first paint showed from a first look, and read the whole list."""
        path, self._opening = self._opening, None
        assert path is not None
        page = self.registers_page
        keys, current = page.selected_keys(), page.current_key()
        if self.open_workspace_file(path):
            page.select_keys(keys, current=current)
            return
        self._partial = False  # it could not be opened (a dialog said why): show nothing of it
        self._model.set_summaries([])
        self._sidebar_model.set_controllers([])
        self.show_view(None, View.REGISTERS)
        self._update_chrome()

    def _list_order(self) -> tuple[str, bool]:
        """The register list's sort as an order of :data:`ropa.store.listing.ORDERS`."""
        header = self.registers_page.table.horizontalHeader()
        column = header.sortIndicatorSection()
        names = ("name", "controller", "department", "status", "next_review", "processors", "transfers")
        order = names[column] if 0 <= column < len(names) else "controller"
        return order, header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder

    def _load_rest(self) -> None:
        """Read the whole register list once the first screenful is on screen."""
        if not self._partial or self._workspace is None:
            return
        self._partial = False
        try:
            summaries = self._workspace.register_summaries()
        except RopaError as exc:
            self._error(self.tr("Cannot Read Workspace"), str(exc))
            return
        page = self.registers_page
        keys, current = page.selected_keys(), page.current_key()
        self._model.set_summaries(summaries)
        page.select_keys(keys, current=current)
        self._update_status()
        self._schedule_facts()

    def list_complete(self) -> bool:
        """Whether the register list holds every register (not only the first screenful)."""
        return not self._partial

    def refresh(self) -> None:
        """Re-read the workspace (another program or the CLI may have changed the file)."""
        if self._workspace is None:
            return
        self._workspace.forget()
        try:
            summaries = self._workspace.register_summaries()
            controllers = self._workspace.controller_summaries()
        except RopaError as exc:
            self._error(self.tr("Cannot Refresh"), str(exc))
            return
        page = self.registers_page
        keys, current = page.selected_keys(), page.current_key()
        self._model.set_summaries(summaries)
        page.select_keys(keys, current=current)
        self._sidebar_model.set_controllers(controllers)
        self._processor_names_cache = None
        self._generation += 1
        if self._controller is not None and self._sidebar_model.controller(self._controller) is None:
            self._controller = None
        self.show_view(self._controller, self._view)
        self._schedule_facts(force=True)

    def show_view(self, controller: str | None, view: View) -> None:
        """Show ``view`` of ``controller`` (None: all controllers) and keep the sidebar in step."""
        if view is View.DETAILS and controller is None:
            view = View.REGISTERS
        self._controller, self._view = controller, view
        has_controllers = bool(self._sidebar_model.controllers())
        if has_controllers:
            self._stack.setCurrentWidget(self._main)
        else:
            self._show_welcome(self._workspace is not None)
        self._sync_sidebar()
        page = self._page(view)
        self._views.setCurrentWidget(page)
        self._refresh_view()
        self._update_actions()
        self._update_status()

    def facts_loaded(self) -> bool:
        return self._model.facts_loaded()

    def load_facts_now(self) -> None:
        """Load the register facts on this thread (a filter needs them before the worker is done)."""
        if self._workspace is None:
            return
        try:
            facts = self._workspace.register_facts(self.today())
        except RopaError as exc:
            self._error(self.tr("Cannot Read Workspace"), str(exc))
            return
        self._apply_facts(facts, self._generation)

    # -- building ----------------------------------------------------------------------------------

    def _build_central(self) -> None:
        self._sidebar = Sidebar(self._sidebar_model)
        self._sidebar.setAccessibleName(self.tr("Controllers and views"))
        self._sidebar.selectionModel().currentChanged.connect(self._on_sidebar)
        self.registers_page = RegistersPage(self._model, self._language)
        self.registers_page.current_changed.connect(self._show_register)
        self.registers_page.filters_changed.connect(self._on_filters_changed)
        self.registers_page.link_activated.connect(self._follow_link)
        self.registers_page.table.doubleClicked.connect(lambda _index: self._focus_record())
        self._views = QStackedWidget()
        self._views.addWidget(self.registers_page)
        self._pages[View.REGISTERS] = self.registers_page
        self._splitter = QSplitter(Qt.Orientation.Horizontal)
        self._splitter.setObjectName("mainSplitter")
        self._splitter.addWidget(self._sidebar)
        self._splitter.addWidget(self._views)
        self._splitter.setStretchFactor(0, 0)
        self._splitter.setStretchFactor(1, 1)
        self._splitter.setChildrenCollapsible(False)
        self._splitter.setSizes([260, 1020])
        self._main = self._splitter
        self._welcome: WelcomePage | None = None
        self._stack = QStackedWidget()
        self._stack.addWidget(self._main)
        self.setCentralWidget(self._stack)
        QWidget.setTabOrder(self._sidebar, self.registers_page.filter_edit)
        self._first_paint = _FirstPaint(self._on_first_paint, self)
        self.registers_page.table.viewport().installEventFilter(self._first_paint)

    @property
    def welcome_page(self) -> WelcomePage:
        """The first-start page, built the first time it is needed."""
        if self._welcome is None:
            from ropa.ui.pages import WelcomePage

            welcome = WelcomePage()
            welcome.create_controller.connect(self.new_controller)
            welcome.import_file.connect(self._on_import)
            welcome.open_demo.connect(self.open_demo)
            welcome.new_workspace.connect(self._on_new)
            welcome.open_workspace.connect(self._on_open)
            self._stack.addWidget(welcome)
            self._welcome = welcome
        return self._welcome

    def _show_welcome(self, has_workspace: bool) -> None:
        self.welcome_page.set_has_workspace(has_workspace)
        self._stack.setCurrentWidget(self.welcome_page)

    def _page(self, view: View) -> QWidget:
        """The page of ``view``, built the first time it is shown."""
        page = self._pages.get(view)
        if page is not None:
            return page
        self._complete_window()  # the pages' commands are the window's actions
        if view is View.PROCESSORS:
            from ropa.ui.processors_view import ProcessorsPage

            processors = ProcessorsPage(self._language)
            processors.current_changed.connect(self._show_processor)
            processors.link_activated.connect(self._follow_link)
            processors.tree.activated.connect(lambda _index: self.edit_processor())
            self._restore_splitter(processors.splitter)
            self._restore_header(processors.tree.header(), "processorTree/header")
            processors.addActions([self.delete_processor_action])
            page = processors
        elif view is View.TRANSFERS:
            from ropa.ui.transfers_view import TransfersPage

            transfers = TransfersPage(self._language)
            transfers.open_register.connect(self.go_to_register)
            transfers.open_on_behalf.connect(self.go_to_processing_on_behalf)
            transfers.open_processor.connect(self.go_to_processor)
            transfers.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_actions())
            self._restore_header(transfers.table.horizontalHeader(), "transferTable/header")
            page = transfers
        elif view is View.ON_BEHALF:
            from ropa.ui.pages import OnBehalfPage

            on_behalf = OnBehalfPage(self._language)
            on_behalf.current_changed.connect(self._show_processing_on_behalf)
            on_behalf.link_activated.connect(self._follow_link)
            self._restore_splitter(on_behalf.splitter)
            page = on_behalf
        elif view is View.DASHBOARD:
            from ropa.ui.dashboard import DashboardPage, open_finding

            dashboard = DashboardPage(self._language, track=self._track)
            dashboard.open_finding.connect(lambda finding: open_finding(self, finding))
            dashboard.open_register.connect(self.go_to_register)
            self._restore_splitter(dashboard.splitter)
            page = dashboard
        else:
            from ropa.ui.pages import ControllerPage

            page = ControllerPage(self._language)
        self._pages[view] = page
        self._views.addWidget(page)
        factory = self._editors.pop(view, None)
        if factory is not None:
            self._install_editor(view, factory)
        return page

    @property
    def processors_page(self) -> ProcessorsPage:
        page: ProcessorsPage = self._page(View.PROCESSORS)  # type: ignore[assignment]
        return page

    @property
    def transfers_page(self) -> TransfersPage:
        page: TransfersPage = self._page(View.TRANSFERS)  # type: ignore[assignment]
        return page

    @property
    def on_behalf_page(self) -> OnBehalfPage:
        page: OnBehalfPage = self._page(View.ON_BEHALF)  # type: ignore[assignment]
        return page

    @property
    def dashboard_page(self) -> DashboardPage:
        page: DashboardPage = self._page(View.DASHBOARD)  # type: ignore[assignment]
        return page

    @property
    def controller_page(self) -> ControllerPage:
        page: ControllerPage = self._page(View.DETAILS)  # type: ignore[assignment]
        return page

    def _build_status_bar(self) -> None:
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Counts"))
        self.path_label = QLabel()
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for label in (self.count_label, self.path_label):
            label.setContentsMargins(6, 0, 6, 0)  # line up with the table's margin
        self.statusBar().addWidget(self.count_label, 1)
        self.statusBar().addPermanentWidget(self.path_label)

    def _action(
        self, text: str, slot: object, *keys: QKeySequence.StandardKey | QKeySequence | str
    ) -> QAction:
        from PySide6.QtGui import QAction, QKeySequence  # the commands come after the first paint

        action = QAction(text, self)
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        shortcuts: list[QKeySequence] = []
        for key in keys:
            if isinstance(key, QKeySequence.StandardKey):
                found = QKeySequence.keyBindings(key)
            else:
                found = [QKeySequence(key)]
            shortcuts.extend(shortcut for shortcut in found if shortcut not in shortcuts)
        action.setShortcuts(shortcuts)
        return action

    def _build_actions(self) -> None:
        from PySide6.QtGui import QAction, QKeySequence

        key = QKeySequence.StandardKey
        # File
        self.new_action = self._action(self.tr("&New Workspace…"), self._on_new, key.New)
        self.open_action = self._action(self.tr("&Open Workspace…"), self._on_open, key.Open)
        self.demo_action = self._action(self.tr("Open &Demo Workspace"), self.open_demo)
        self.connect_action = self._action(self.tr("Connect to &Server…"), self.connect_to_server)
        self.import_action = self._action(self.tr("&Import…"), self._on_import, "Ctrl+I")
        self.import_notices_action = self._action(
            self.tr("Import &Privacy Notices…"), self._on_import_notices
        )
        self.export_action = self._action(self.tr("&Export Workspace…"), self._on_export, "Ctrl+E")
        self.import_history_action = self._action(
            self.tr("Import with Change &History…"), self._on_import_with_history
        )
        self.export_history_action = self._action(
            self.tr("Export with Change Histor&y…"), self._on_export_with_history
        )
        self.export_controller_action = self._action(
            self.tr("Export &Controller…"), self._on_export_controller, "Ctrl+Shift+E"
        )
        self.export_gap_action = self._action(self.tr("Export &Gap Report…"), self._on_export_gap_report)
        self.backups_action = self._action(self.tr("&Backups…"), self.show_backups)
        self.save_as_action = self._action(
            self.tr("Save Workspace &As…"), self._on_save_as, key.SaveAs, "Ctrl+Shift+S"
        )
        self.quit_action = self._action(self.tr("&Quit"), self.close, key.Quit, "Ctrl+Q")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.clear_recent_action = self._action(self.tr("&Clear Menu"), self._on_clear_recent)
        # Edit
        self.undo_action = self._undo.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts(QKeySequence.keyBindings(key.Undo))
        self.redo_action = self._undo.createRedoAction(self, self.tr("&Redo"))
        redo_keys = QKeySequence.keyBindings(key.Redo)
        for extra in (QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")):
            if extra not in redo_keys:
                redo_keys.append(extra)
        self.redo_action.setShortcuts(redo_keys)
        self.find_action = self._action(self.tr("&Filter Registers"), self._focus_filter, key.Find)
        # View
        self.all_action = self._action(
            self.tr("&All Controllers"), lambda: self.show_view(None, self._view), "Ctrl+0"
        )
        self.view_actions = {
            View.REGISTERS: self._action(self.tr("&Registers"), lambda: self._switch_view(View.REGISTERS)),
            View.PROCESSORS: self._action(self.tr("&Processors"), lambda: self._switch_view(View.PROCESSORS)),
            View.TRANSFERS: self._action(self.tr("&Transfers"), lambda: self._switch_view(View.TRANSFERS)),
            View.ON_BEHALF: self._action(
                self.tr("Processing on &Behalf"), lambda: self._switch_view(View.ON_BEHALF)
            ),
            View.DETAILS: self._action(
                self.tr("Controller &Details"), lambda: self._switch_view(View.DETAILS)
            ),
            View.DASHBOARD: self._action(self.tr("Das&hboard"), lambda: self._switch_view(View.DASHBOARD)),
        }
        for view, action in self.view_actions.items():
            action.setShortcut(QKeySequence(_VIEW_KEYS[view]))
            action.setCheckable(True)
        self.previous_controller_action = self._action(
            self.tr("Pre&vious Controller"), lambda: self._step_controller(-1), "Ctrl+PgUp"
        )
        self.next_controller_action = self._action(
            self.tr("Ne&xt Controller"), lambda: self._step_controller(+1), "Ctrl+PgDown"
        )
        self.go_register_action = self._action(
            self.tr("Go to &Register"), self._go_to_row_register, "Ctrl+Shift+R"
        )
        self.go_processor_action = self._action(
            self.tr("Go to Pro&cessor"), self._go_to_row_processor, "Ctrl+Shift+P"
        )
        self.refresh_action = self._action(self.tr("&Refresh"), self.refresh, key.Refresh, "F5")
        # Controller
        self.new_controller_action = self._action(self.tr("&New Controller…"), self.new_controller)
        self.rename_controller_action = self._action(self.tr("&Rename Controller…"), self.rename_controller)
        self.delete_controller_action = self._action(self.tr("&Delete Controller…"), self.delete_controller)
        # Register
        self.new_register_action = self._action(self.tr("&New Register…"), self.new_register, "Ctrl+Shift+N")
        self.duplicate_register_action = self._action(
            self.tr("D&uplicate Register"), self.duplicate_register, "Ctrl+D"
        )
        self.move_register_action = self._action(
            self.tr("&Move to Controller…"), self.move_register, "Ctrl+Shift+M"
        )
        self.retire_register_action = self._action(self.tr("&Retire Register"), self.retire_register)
        self.delete_register_action = self._action(
            self.tr("&Delete Register…"), self.delete_register, key.Delete
        )
        self.delete_register_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.registers_page.table.addAction(self.delete_register_action)
        self.link_processor_action = self._action(self.tr("&Link Processor…"), self.link_processor, "Ctrl+L")
        self.unlink_processor_action = self._action(self.tr("U&nlink Processor…"), self.unlink_processor)
        # Processor
        self.new_processor_action = self._action(self.tr("&New Processor…"), self.new_processor, "Ctrl+Alt+N")
        self.new_subprocessor_action = self._action(self.tr("New &Sub-processor…"), self.new_subprocessor)
        self.edit_processor_action = self._action(self.tr("&Edit Processor…"), self.edit_processor)
        self.delete_processor_action = self._action(
            self.tr("&Delete Processor…"), self.delete_processor, key.Delete
        )
        self.delete_processor_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        # Help
        self.about_action = self._action(self.tr("&About Ropa"), self._on_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_qt_action = self._action(self.tr("About &Qt"), self._on_about_qt)
        self.about_qt_action.setMenuRole(QAction.MenuRole.AboutQtRole)

    def _build_menu_bar(self) -> None:
        """The menu bar with its menus' titles; :meth:`_fill_menus` puts their commands in."""
        bar = self.menuBar()
        self._file_menu = bar.addMenu(self.tr("&File"))
        self._edit_menu = bar.addMenu(self.tr("&Edit"))
        self._view_menu = bar.addMenu(self.tr("&View"))
        self._controller_menu = bar.addMenu(self.tr("&Controller"))
        self._register_menu = bar.addMenu(self.tr("&Register"))
        self._processor_menu = bar.addMenu(self.tr("&Processor"))
        self._help_menu = bar.addMenu(self.tr("&Help"))

    def _complete_window(self) -> None:
        """Everything the first paint does not show: the commands (actions, shortcuts, menus),
        printing and the record editors. Once; a quick start does it right after the first paint."""
        if self._complete:
            return
        self._complete = True
        QApplication.setWindowIcon(app_icon())  # this window's and its dialogs'
        self._build_actions()
        self._fill_menus()
        self._install_printing()
        factory = self._editors.pop(View.REGISTERS, None)
        if factory is not None:
            self._install_editor(View.REGISTERS, factory)
        self._update_chrome()

    def _fill_menus(self) -> None:
        file_menu = self._file_menu
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.open_action)
        file_menu.addAction(self.connect_action)
        self._recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self._recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self._fill_recent_menu()
        file_menu.addAction(self.demo_action)
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.import_history_action)
        file_menu.addAction(self.import_notices_action)
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.export_history_action)
        file_menu.addAction(self.export_controller_action)
        file_menu.addAction(self.export_gap_action)
        file_menu.addSeparator()
        file_menu.addAction(self.save_as_action)
        file_menu.addAction(self.backups_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = self._edit_menu
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        view_menu = self._view_menu
        view_menu.addAction(self.all_action)
        view_menu.addAction(self.previous_controller_action)
        view_menu.addAction(self.next_controller_action)
        view_menu.addSeparator()
        for action in self.view_actions.values():
            view_menu.addAction(action)
        view_menu.addSeparator()
        view_menu.addAction(self.go_register_action)
        view_menu.addAction(self.go_processor_action)
        view_menu.addSeparator()
        view_menu.addAction(self.refresh_action)
        controller_menu = self._controller_menu
        controller_menu.addAction(self.new_controller_action)
        controller_menu.addAction(self.rename_controller_action)
        controller_menu.addSeparator()
        controller_menu.addAction(self.delete_controller_action)
        register_menu = self._register_menu
        register_menu.addAction(self.new_register_action)
        register_menu.addAction(self.duplicate_register_action)
        register_menu.addAction(self.move_register_action)
        register_menu.addAction(self.retire_register_action)
        register_menu.addSeparator()
        register_menu.addAction(self.link_processor_action)
        register_menu.addAction(self.unlink_processor_action)
        register_menu.addSeparator()
        register_menu.addAction(self.delete_register_action)
        processor_menu = self._processor_menu
        processor_menu.addAction(self.new_processor_action)
        processor_menu.addAction(self.new_subprocessor_action)
        processor_menu.addAction(self.edit_processor_action)
        processor_menu.addSeparator()
        processor_menu.addAction(self.delete_processor_action)
        help_menu = self._help_menu
        help_menu.addAction(self.about_action)
        help_menu.addAction(self.about_qt_action)
        register_menu.aboutToShow.connect(self._update_actions)
        processor_menu.aboutToShow.connect(self._update_actions)

    def _install_printing(self) -> Printing:
        """File › Print…, Register › Privacy Notice… and the editor's print buttons (once)."""
        self._complete_window()  # they go into its menus
        if self._printing is None:
            from ropa.ui.printing import install_printing

            self._printing = install_printing(self)
        return self._printing

    @property
    def printing(self) -> Printing:
        return self._install_printing()

    @property
    def file_menu(self) -> QMenu:
        return self._file_menu

    @property
    def register_menu(self) -> QMenu:
        return self._register_menu

    @property
    def edit_menu(self) -> QMenu:
        return self._edit_menu

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
        header = self.registers_page.table.horizontalHeader()
        if self._restore_header(header, _HEADER):
            self._fit_columns_on_show = False
        self._restore_splitter(self._splitter)
        self._restore_splitter(self.registers_page.splitter)
        self.registers_page.table.setSortingEnabled(True)  # sorts the model by the restored sort indicator

    def _restore_header(self, header: Any, name: str) -> bool:
        state = self._settings.value(name)
        return isinstance(state, QByteArray) and bool(header.restoreState(state))

    def _restore_splitter(self, splitter: QSplitter) -> None:
        state = self._settings.value(_SPLITTERS + splitter.objectName())
        if isinstance(state, QByteArray):
            splitter.restoreState(state)

    def _remembered_view(self, keys: set[str]) -> tuple[str | None, View]:
        """The controller and view shown when the window was last closed, if ``keys`` has it."""
        controller = self._settings.value(_LAST_CONTROLLER)
        view = self._settings.value(_LAST_VIEW)
        key = controller if isinstance(controller, str) and controller in keys else None
        try:
            chosen = View(int(view)) if view is not None else View.REGISTERS
        except (TypeError, ValueError):
            chosen = View.REGISTERS
        return key, chosen

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
            self.registers_page.fit_columns()
        on_list = self._stack.currentWidget() is self._main and self._view is View.REGISTERS
        if not self._partial and not on_list:
            self._schedule_facts()

    def _on_first_paint(self) -> None:
        """The list is on screen: now read the rest of it, and in a worker what the filters need;
        then the daily backup, in another worker."""
        if self._closed:  # quit before the callback came (ROPA_QUIT_AFTER_FIRST_PAINT): start nothing
            return
        resume_after_start()  # `ropa gui` paused the garbage collector until now
        self._complete_window()
        if self._opening is not None:
            self._open_looked_at()  # which completes the filters, loads the facts, backs up
            return
        self.registers_page.complete_filters()
        if self._partial:
            self._load_rest()
        else:
            self._schedule_facts()
        from ropa.ui.backups_dialog import start_daily_backup

        start_daily_backup(self)

    def show_backups(self) -> None:
        """File › Backups…: list, back up now, restore, show the folder."""
        from ropa.ui.backups_dialog import BackupsDialog

        if self._workspace is not None:
            BackupsDialog(self).exec()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closed = True
        self._settings.setValue(_GEOMETRY, self.saveGeometry())
        self._settings.setValue(_STATE, self.saveState())
        self._settings.setValue(_HEADER, self.registers_page.table.horizontalHeader().saveState())
        splitters = [self._splitter, self.registers_page.splitter]
        for view in (View.PROCESSORS, View.ON_BEHALF, View.DASHBOARD):
            page = self._pages.get(view)
            if page is not None:
                splitters.append(page.splitter)  # type: ignore[attr-defined]
        for splitter in splitters:
            self._settings.setValue(_SPLITTERS + splitter.objectName(), splitter.saveState())
        if View.PROCESSORS in self._pages:
            self._settings.setValue("processorTree/header", self.processors_page.tree.header().saveState())
        if View.TRANSFERS in self._pages:
            self._settings.setValue(
                "transferTable/header", self.transfers_page.table.horizontalHeader().saveState()
            )
        self._settings.setValue(_LAST_CONTROLLER, self._controller or "")
        self._settings.setValue(_LAST_VIEW, int(self._view))
        self._settings.sync()
        for task in list(self._running):
            task.cancel()
            task.wait()
        if self._workspace is not None:
            self._workspace.close()
            self._workspace = None
        super().closeEvent(event)

    # -- navigation --------------------------------------------------------------------------------

    def _sync_sidebar(self) -> None:
        index = self._sidebar_model.index_of(self._controller, self._view)
        if not index.isValid():
            return
        if index == self._sidebar.currentIndex():
            return
        self._syncing_sidebar = True
        try:
            top = index.parent() if index.parent().isValid() else index
            model = self._sidebar_model
            if self._expanded is not None and self._expanded != self._controller:
                previous = model.index_of(self._expanded)  # keep only All and the chosen one open
                if previous.isValid():
                    self._sidebar.collapse(previous)
            self._expanded = self._controller
            self._sidebar.expand(model.index(0, 0))
            self._sidebar.expand(top)
            self._sidebar.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
            self._sidebar.scrollTo(index)
        finally:
            self._syncing_sidebar = False

    def _on_sidebar(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._syncing_sidebar or not current.isValid():
            return
        controller = current.data(CONTROLLER_ROLE)
        view = current.data(VIEW_ROLE)
        chosen = View(view) if view is not None else self._view
        if controller is None and chosen is View.DETAILS:
            chosen = View.REGISTERS
        self.show_view(controller, chosen)

    def _switch_view(self, view: View) -> None:
        self.show_view(self._controller, view)

    def _step_controller(self, step: int) -> None:
        keys: list[str | None] = [None, *(c.key for c in self._sidebar_model.controllers())]
        at = keys.index(self._controller) if self._controller in keys else 0
        self.show_view(keys[(at + step) % len(keys)], self._view)

    def _refresh_view(self) -> None:
        """Bring the current page up to date for the current controller (only if it is stale)."""
        if self._workspace is None and self._opening is None:
            return
        view, controller = self._view, self._controller
        if view is View.REGISTERS:
            self.registers_page.set_controller(controller)
            self.registers_page.flush()
            return
        if self._workspace is None:  # opened right after the first paint, which shows registers
            return
        if self._loaded.get(view) == (controller, self._generation):
            return
        try:
            if view is View.PROCESSORS:
                self.processors_page.set_overview(self._workspace.processor_overview(controller))
            elif view is View.TRANSFERS:
                rows = self._workspace.transfer_rows(controller, self.today())
                names = {c.key: c.name for c in self._sidebar_model.controllers()}
                self.transfers_page.set_rows(
                    rows,
                    all_controllers=controller is None,
                    controllers=names,
                    processors=self._processor_names(),
                )
            elif view is View.ON_BEHALF:
                names = {c.key: c.name for c in self._sidebar_model.controllers()}
                records = self._workspace.processing_on_behalf(controller)
                listed = [(key, names.get(key, key), record) for key, record in records]
                self.on_behalf_page.set_records(listed, all_controllers=controller is None)
            elif view is View.DETAILS and controller is not None:
                self._show_controller(controller)
            elif view is View.DASHBOARD:
                self.dashboard_page.load(self._workspace.reopen, controller, self.today(), self._generation)
        except RopaError as exc:
            self._error(self.tr("Cannot Read Workspace"), str(exc))
            return
        self._loaded[view] = (controller, self._generation)

    def go_to_register(self, key: str) -> None:
        """Show register ``key`` in its controller's register list, chosen."""
        summary = self._model.summary_of(key)
        if summary is None:
            return
        controller = self._controller if self._controller is None else summary.controller_key
        self.show_view(controller, View.REGISTERS)
        self.registers_page.select(key)
        self.registers_page.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def go_to_processor(self, key: str) -> None:
        """Show processor ``key`` in the catalogue, chosen (All controllers if this one does not use it)."""
        self.show_view(self._controller, View.PROCESSORS)
        if not self.processors_page.select(key):
            self.show_view(None, View.PROCESSORS)
            self.processors_page.select(key)
        self.processors_page.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def go_to_processing_on_behalf(self, key: str, controller: str | None = None) -> None:
        """Show Art. 30(2) record ``key`` (of ``controller``) in its list, chosen."""
        self.show_view(controller if controller is not None else self._controller, View.ON_BEHALF)
        page = self.on_behalf_page
        row = page.model.row_of(key)
        if row is None and controller is not None:
            self.show_view(None, View.ON_BEHALF)
            row = page.model.row_of(key)
        if row is not None:
            page.table.selectRow(row)
            page.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _go_to_row_register(self) -> None:
        if self._view is View.TRANSFERS:
            row = self.transfers_page.current_row()
            if row is not None:
                if row.kind == "processing_on_behalf":  # RecordKind, a StrEnum (no import at start)
                    self.go_to_processing_on_behalf(row.record, row.controller)
                else:
                    self.go_to_register(row.record)

    def _go_to_row_processor(self) -> None:
        if self._view is View.TRANSFERS:
            row = self.transfers_page.current_row()
            if row is not None and row.flow.processor:
                self.go_to_processor(row.flow.processor)
        elif self._view is View.REGISTERS:
            key = self.registers_page.current_key()
            facts = self._model.facts_of(key) if key else None
            if facts is not None and facts.processors:
                self.go_to_processor(sorted(facts.processors)[0])

    def _follow_link(self, kind: str, key: str) -> None:
        if kind == "processor":
            self.go_to_processor(key)
        elif kind == "register":
            self.go_to_register(key)

    def _focus_record(self) -> None:
        self.registers_page.slot.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- the record slots (where the editors of ropa.ui.editor plug in) -------------------------------

    def _show_register(self, key: str, *, reload: bool = False) -> None:
        """Show register ``key`` in the register slot below the list ("" clears it).

        EDITOR SLOT: ``self.registers_page.slot`` holds a read-only ``RegisterView`` until
        ``window.use_editor(View.REGISTERS, RegisterEditor)`` puts the editor there (see
        :meth:`use_editor`); its ``set_context(processors, lang)`` is called here before ``load``.
        """
        slot = self.registers_page.slot
        if slot.key == key and key and not reload:
            return
        if not reload:
            self._leave_record(slot, self.save_register)
        if not key or self._workspace is None:
            slot.clear()
            self._update_actions()
            return
        from ropa.model import records as r
        from ropa.ui.details import RegisterView

        try:
            loaded = self._workspace.get_versioned(r.Register, key)
            register = loaded.record
            widget = slot.widget()
            if isinstance(widget, RegisterView):
                widget.processor_names = self._processor_names()
                widget.transfer_rows = self._workspace.transfer_rows(None, self.today(), register=key)
            elif hasattr(widget, "set_context"):
                widget.set_context(self._workspace.processors(), self._language)
            summary = self._model.summary_of(key)
            if summary is not None and hasattr(widget, "set_owner"):  # the controller in its diagram
                widget.set_owner(summary.controller_key, summary.controller_name)
        except RopaError as exc:
            self._error(self.tr("Cannot Read Workspace"), str(exc))
            return
        slot.show_record(key, register, loaded.version)
        self._update_actions()

    def _show_controller(self, key: str, *, reload: bool = False) -> None:
        """Show controller ``key`` in the Details page. EDITOR SLOT: ``self.controller_page.slot``
        (``window.use_editor(View.DETAILS, ControllerEditor)``; its ``save_requested`` goes to
        :meth:`save_controller`)."""
        from ropa.model import records as r

        assert self._workspace is not None
        slot = self.controller_page.slot
        if not reload and slot.key != key:  # the same record shown again is not a leave
            self._leave_record(slot, self.save_controller)
        loaded = self._workspace.get_versioned(r.Controller, key)
        slot.show_record(key, loaded.record, loaded.version)

    def _show_processor(self, key: str, *, reload: bool = False) -> None:
        """Show processor ``key`` below the catalogue. EDITOR SLOT: ``self.processors_page.slot``
        (``window.use_editor(View.PROCESSORS, ProcessorEditor)``; ``save_requested`` goes to
        :meth:`save_processor`)."""
        page = self.processors_page
        if not reload and page.slot.key != key:  # the same record shown again is not a leave
            self._leave_record(page.slot, self.save_processor)
        overview = page.model.overview
        if not key or self._workspace is None or overview.processor(key) is None:
            page.slot.clear()
            self._update_actions()
            return
        from ropa.model import records as r
        from ropa.ui.details import ProcessorView

        try:
            loaded = self._workspace.get_versioned(r.Processor, key)
        except RopaError as exc:
            self._error(self.tr("Cannot Read Workspace"), str(exc))
            return
        widget = page.slot.widget()
        if isinstance(widget, ProcessorView):
            widget.processor_names = self._processor_names()
            widget.set_context(overview.users(key), page.model.children_of(key))
        elif hasattr(widget, "set_context"):
            widget.set_context(self._workspace.processors(), self._language)
        page.slot.show_record(key, loaded.record, loaded.version)
        self._update_actions()

    def _show_processing_on_behalf(self, key: str, *, reload: bool = False) -> None:
        """Show Art. 30(2) record ``key``. EDITOR SLOT: ``self.on_behalf_page.slot``
        (``window.use_editor(View.ON_BEHALF, ProcessingOnBehalfEditor)``; ``save_requested`` goes
        to :meth:`save_processing_on_behalf`)."""
        page = self.on_behalf_page
        if not reload and page.slot.key != key:  # the same record shown again is not a leave
            self._leave_record(page.slot, self.save_processing_on_behalf)
        if not key or page.model.row_of(key) is None or self._workspace is None:
            page.slot.clear()
            return
        from ropa.model import records as r
        from ropa.ui.details import OnBehalfView

        try:
            loaded = self._workspace.get_versioned(r.ProcessingOnBehalf, key)
        except RopaError as exc:
            self._error(self.tr("Cannot Read Workspace"), str(exc))
            return
        widget = page.slot.widget()
        if isinstance(widget, OnBehalfView):
            widget.processor_names = self._processor_names()
        elif hasattr(widget, "set_context"):
            widget.set_context(self._workspace.processors(), self._language)
        page.slot.show_record(key, loaded.record, loaded.version)

    def use_editor(self, view: View, factory: Callable[[], QWidget]) -> None:
        """Put an editor from ``ropa.ui.editor`` into the record slot of ``view``.

        ``window.use_editor(View.REGISTERS, RegisterEditor)`` (and ``View.DETAILS`` with
        ``ControllerEditor``, ``View.PROCESSORS`` with ``ProcessorEditor``, ``View.ON_BEHALF`` with
        ``ProcessingOnBehalfEditor``): the editor's ``save_requested(record)`` then runs the
        Session command for the record shown, through the undo stack; before another record is
        shown, a dirty editor is offered to be saved (or its changes are dropped with ``revert``).
        A page not built yet gets its editor when it is first shown, so a factory costs nothing
        before then (the start builds only the registers page).
        """
        if self._complete and (view is View.REGISTERS or view in self._pages):
            self._install_editor(view, factory)
        else:
            self._editors[view] = factory

    def _install_editor(self, view: View, factory: Callable[[], QWidget]) -> None:
        slots: dict[View, tuple[Callable[[], Any], Callable[[str, Any], bool]]] = {
            View.REGISTERS: (lambda: self.registers_page.slot, self.save_register),
            View.DETAILS: (lambda: self.controller_page.slot, self.save_controller),
            View.PROCESSORS: (lambda: self.processors_page.slot, self.save_processor),
            View.ON_BEHALF: (lambda: self.on_behalf_page.slot, self.save_processing_on_behalf),
        }
        slot_of, save = slots[view]
        slot = slot_of()

        def made() -> QWidget:
            editor = factory()
            saved = getattr(editor, "save_requested", None)
            if saved is not None:
                saved.connect(lambda record: slot.key is not None and save(slot.key, record))
            self.printing.connect_editor(editor)  # its Print… and Privacy Notice… buttons
            return editor

        from ropa.ui.history_view import attach_history

        attach_history(self, view.name.lower(), slot)  # the History tab beside the editor
        slot.set_factory(made)
        shows: dict[View, Callable[[str], None]] = {
            View.REGISTERS: self._show_register,
            View.DETAILS: self._show_controller,
            View.PROCESSORS: self._show_processor,
            View.ON_BEHALF: self._show_processing_on_behalf,
        }
        if slot.key is not None:
            key, slot.key = slot.key, None
            shows[view](key)

    def use_record_editors(self) -> None:
        """Edit every record in place: the four editors of ``ropa.ui.editor`` in their slots.

        Each is built the first time a record of its kind is shown, so the editors (and the
        country list they fill) cost nothing before the first paint."""
        lang, today = self._language, self._today

        def editor(kind: str) -> QWidget:
            from ropa.ui import editor as editors

            made: QWidget = getattr(editors, kind)(lang=lang, today=today)
            return made

        self.use_editor(View.REGISTERS, lambda: editor("RegisterEditor"))
        self.use_editor(View.DETAILS, lambda: editor("ControllerEditor"))
        self.use_editor(View.PROCESSORS, lambda: editor("ProcessorEditor"))
        self.use_editor(View.ON_BEHALF, lambda: editor("ProcessingOnBehalfEditor"))

    def _leave_record(self, slot: Any, save: Callable[[str, Any], bool]) -> None:
        """Before the slot shows another record: offer to save a dirty editor, else drop its changes."""
        from PySide6.QtWidgets import QMessageBox

        if slot.key is None or not slot.is_dirty():
            return
        widget = slot.widget()
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved Changes"),
            self.tr("Save the changes to {name}?").format(name=slot.key),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save and save(slot.key, widget.value()):
            return
        widget.revert()

    def _shown_version(self, slot: Any, key: str) -> int | None:
        """The version of record ``key`` as its slot shows it: a save names it, so that a change
        someone else made meanwhile is refused (ConflictError), never overwritten."""
        return slot.version if slot.key == key else None

    def save_register(self, key: str, register: r.Register) -> bool:
        """An editor's save: replace register ``key`` (undoable). False when refused (dialog shown);
        a change someone else saved meanwhile opens the conflict dialog (:meth:`_resolve_conflict`)."""
        version = self._shown_version(self.registers_page.slot, key)
        return self._save_record(key, register, version, self.tr("Cannot Save Register"))

    def save_controller(self, key: str, controller: r.Controller) -> bool:
        page = self._pages.get(View.DETAILS)
        version = self._shown_version(self.controller_page.slot, key) if page is not None else None
        return self._save_record(key, controller, version, self.tr("Cannot Save Controller"))

    def save_processor(self, key: str, processor: r.Processor) -> bool:
        page = self._pages.get(View.PROCESSORS)
        version = self._shown_version(self.processors_page.slot, key) if page is not None else None
        return self._save_record(key, processor, version, self.tr("Cannot Save Processor"))

    def save_processing_on_behalf(self, key: str, record: r.ProcessingOnBehalf) -> bool:
        page = self._pages.get(View.ON_BEHALF)
        version = self._shown_version(self.on_behalf_page.slot, key) if page is not None else None
        return self._save_record(key, record, version, self.tr("Cannot Save Record"))

    def _save_record(self, key: str, record: Any, version: int | None, title: str) -> bool:
        """Save ``record`` over ``key`` at ``version`` through the undo stack; on a conflict, ask."""
        from ropa.app.session import Session

        update = getattr(Session, _UPDATES[type(record).__name__])
        return self._command(
            lambda ws: update(ws, key, record, expected_version=version),
            title,
            conflict=lambda error: self._resolve_conflict(key, record, error, title),
        )

    def _resolve_conflict(self, key: str, mine: Any, error: ConflictError, title: str) -> bool:
        """Someone else saved ``key`` after it was shown: keep theirs, use mine, or show both first
        (:mod:`ropa.ui.conflict_dialog`). True once resolved, False when closed (nothing saved)."""
        from ropa.ui.conflict_dialog import Choice, ConflictDialog

        kind = type(mine)
        try:
            theirs = self._session().get_versioned(kind, key)
        except RopaError:  # deleted meanwhile: nothing to keep or to save over
            self._refused(title, error)
            self.refresh()
            return False
        names = self._processor_names()
        dialog = ConflictDialog(
            kind, theirs.record, mine, theirs.version, self._language, lambda k: names.get(k, k), self
        )
        dialog.exec()
        choice = dialog.choice()
        dialog.deleteLater()
        if choice is Choice.MINE:
            return self._save_record(key, mine, theirs.version, title)
        if choice is Choice.THEIRS:  # theirs into the editor first: then nothing is dirty to ask about
            shows = {
                "Register": self._show_register,
                "Controller": self._show_controller,
                "Processor": self._show_processor,
                "ProcessingOnBehalf": self._show_processing_on_behalf,
            }
            shows[kind.__name__](key, reload=True)
            self.refresh()
            return True
        return False

    def _processor_names(self) -> dict[str, str]:
        if self._processor_names_cache is None:
            assert self._workspace is not None
            self._processor_names_cache = {p.key: p.name or p.key for p in self._workspace.processors()}
        return self._processor_names_cache

    # -- commands ------------------------------------------------------------------------------------

    def _command(
        self,
        run: Callable[[Session], Change],
        title: str,
        *,
        conflict: Callable[[ConflictError], bool] | None = None,
    ) -> bool:
        """Run one Session command, put its change on the undo stack; a refusal becomes a dialog
        (``conflict`` answers one that someone else's newer change caused)."""
        if self._workspace is None:
            return False
        try:
            change = run(self._workspace)
        except ConflictError as exc:
            if conflict is not None:
                return conflict(exc)
            self._refused(title, exc)
            return False
        except RopaError as exc:
            self._refused(title, exc)
            return False
        from ropa.ui.undo import ChangeCommand, describe

        command = ChangeCommand(
            lambda: self._session(),
            change,
            describe(change, self._language),
            self._after_change,
            self._undo_failed,
        )
        self._undo.push(command)
        self._after_change(change)
        return True

    def _session(self) -> Session:
        assert self._workspace is not None
        return self._workspace

    def _refused(self, title: str, error: BaseException) -> None:
        from PySide6.QtWidgets import QMessageBox

        from ropa.ui.errors import command_error_text

        QMessageBox.warning(self, title, command_error_text(error, self._language))

    def _undo_failed(self, message: str) -> None:
        self._error(self.tr("Cannot Undo"), message)
        self.refresh()

    def _taken(self, kind: str) -> set[str]:
        assert self._workspace is not None
        if kind == "controller":
            return {c.key for c in self._sidebar_model.controllers()}
        if kind == "processor":
            return set(self._processor_names())
        return {s.key for s in self._workspace.register_summaries()}

    def new_controller(self) -> None:
        if self._workspace is None:
            return
        from ropa.ui.dialogs import ControllerDialog, run_form

        dialog = ControllerDialog(self._language, self._taken("controller"), self)

        def submit() -> bool:
            controller = dialog.value()
            if self._command(
                lambda ws: ws.create_controller(controller), self.tr("Cannot Create Controller")
            ):
                self.show_view(controller.key, View.REGISTERS)
                return True
            return False

        run_form(dialog, submit)

    def rename_controller(self) -> None:
        key = self._controller
        if self._workspace is None or key is None:
            return
        from PySide6.QtWidgets import QInputDialog

        summary = self._sidebar_model.controller(key)
        name, ok = QInputDialog.getText(
            self, self.tr("Rename Controller"), self.tr("New name:"), text=summary.name if summary else ""
        )
        if ok and name.strip():
            self._command(lambda ws: ws.rename_controller(key, name), self.tr("Cannot Rename Controller"))

    def delete_controller(self) -> None:
        key = self._controller
        if self._workspace is None or key is None:
            return
        summary = self._sidebar_model.controller(key)
        name = summary.name if summary else key
        count = summary.registers if summary else 0
        question = self.tr(
            "Delete the controller {name} with its {count} registers and its Art. 30(2) records?"
        ).format(name=name, count=count)
        if self._confirm(self.tr("Delete Controller"), question):
            self._command(lambda ws: ws.delete_controller(key), self.tr("Cannot Delete Controller"))

    def _current_register(self) -> str | None:
        if self._view is not View.REGISTERS:
            return None
        self.registers_page.flush()
        return self.registers_page.current_key()

    def new_register(self) -> None:
        if self._workspace is None or not self._sidebar_model.controllers():
            return
        from ropa.ui.dialogs import RegisterDialog, run_form

        controllers = [(c.key, c.name) for c in self._sidebar_model.controllers()]
        dialog = RegisterDialog(self._language, self._taken("register"), controllers, self._controller, self)

        def submit() -> bool:
            register, controller = dialog.value(), dialog.controller()
            done = self._command(
                lambda ws: ws.create_register(controller, register), self.tr("Cannot Create Register")
            )
            if done:
                self.go_to_register(register.key)
            return done

        run_form(dialog, submit)

    def duplicate_register(self) -> None:
        key = self._current_register()
        if key is None:
            return
        created: list[str] = []

        def run(ws: Session) -> Change:
            change = ws.duplicate_register(key)
            created.append(change.key)
            return change

        if self._command(run, self.tr("Cannot Duplicate Register")) and created:
            self.go_to_register(created[0])

    def move_register(self) -> None:
        key = self._current_register()
        summary = self._model.summary_of(key) if key else None
        if key is None or summary is None:
            return
        from ropa.ui.dialogs import ChoiceDialog

        choices = [
            (c.key, c.name or c.key)
            for c in self._sidebar_model.controllers()
            if c.key != summary.controller_key
        ]
        if not choices:
            return
        dialog = ChoiceDialog(
            self.tr("Move Register"),
            self.tr("Move {name} to the controller:").format(name=summary.name or key),
            choices,
            self,
        )
        if dialog.exec() == ChoiceDialog.DialogCode.Accepted and dialog.choice():
            target = str(dialog.choice())
            if self._command(lambda ws: ws.move_register(key, target), self.tr("Cannot Move Register")):
                self.go_to_register(key)

    def retire_register(self) -> None:
        key = self._current_register()
        if key is not None:
            self._command(lambda ws: ws.retire_register(key), self.tr("Cannot Retire Register"))

    def delete_register(self) -> None:
        key = self._current_register()
        summary = self._model.summary_of(key) if key else None
        if key is None or summary is None:
            return
        question = self.tr("Delete the register {name}? Edit › Undo brings it back.").format(
            name=summary.name or key
        )
        if self._confirm(self.tr("Delete Register"), question):
            self._command(lambda ws: ws.delete_register(key), self.tr("Cannot Delete Register"))

    def link_processor(self) -> None:
        key = self._current_register()
        summary = self._model.summary_of(key) if key else None
        if key is None or summary is None:
            return
        from ropa.ui.dialogs import LinkDialog, run_form

        names = sorted(self._processor_names().items(), key=lambda item: item[1].casefold())
        dialog = LinkDialog(names, summary.name or key, self)
        run_form(
            dialog,
            lambda: self._command(
                lambda ws: ws.link_processor(key, dialog.value()), self.tr("Cannot Link Processor")
            ),
        )

    def unlink_processor(self) -> None:
        key = self._current_register()
        if key is None or self._workspace is None:
            return
        from ropa.model import records as r
        from ropa.ui.dialogs import ChoiceDialog

        register = self._workspace.get(r.Register, key)
        if not register.processors:
            return
        names = self._processor_names()
        choices = [
            (index, f"{names.get(link.processor, link.processor)}" + (f" — {link.task}" if link.task else ""))
            for index, link in enumerate(register.processors)
        ]
        dialog = ChoiceDialog(
            self.tr("Unlink Processor"),
            self.tr("Stop using this processor for {name}:").format(name=register.name or key),
            choices,
            self,
        )
        if dialog.exec() == ChoiceDialog.DialogCode.Accepted and dialog.choice() is not None:
            index = int(dialog.choice())
            self._command(lambda ws: ws.unlink_processor(key, index), self.tr("Cannot Unlink Processor"))

    def _current_processor(self) -> str | None:
        page = self._pages.get(View.PROCESSORS)
        if self._view is not View.PROCESSORS or page is None:
            return None
        return self.processors_page.current_key()

    def new_processor(self, parent_key: str | None = None) -> None:
        if self._workspace is None:
            return
        from ropa.ui.dialogs import ProcessorDialog, run_form

        names = self._processor_names()
        dialog = ProcessorDialog(
            self._language, self._taken("processor"), parent_name=names.get(parent_key or "", ""), parent=self
        )

        def submit() -> bool:
            processor = dialog.value()
            if parent_key:
                done = self._command(
                    lambda ws: ws.add_subprocessor(parent_key, processor), self.tr("Cannot Add Sub-processor")
                )
            else:
                done = self._command(
                    lambda ws: ws.create_processor(processor), self.tr("Cannot Add Processor")
                )
            if done:
                self.go_to_processor(processor.key)
            return done

        run_form(dialog, submit)

    def new_subprocessor(self) -> None:
        parent_key = self._current_processor()
        if parent_key:
            self.new_processor(parent_key)

    def edit_processor(self) -> None:
        key = self._current_processor()
        if key is None or self._workspace is None:
            return
        from ropa.model import records as r
        from ropa.ui.dialogs import ProcessorDialog, run_form

        original = self._workspace.get(r.Processor, key)
        names = self._processor_names()
        dialog = ProcessorDialog(
            self._language,
            self._taken("processor") - {key},
            processor=original,
            parent_name=names.get(original.parent or "", ""),
            parent=self,
        )

        def submit() -> bool:
            processor = dialog.value()
            done = self.save_processor(key, processor)
            if done:
                self.go_to_processor(processor.key)
            return done

        run_form(dialog, submit)

    def delete_processor(self) -> None:
        key = self._current_processor()
        if key is None:
            return
        name = self._processor_names().get(key, key)
        question = self.tr("Delete the processor {name}? Edit › Undo brings it back.").format(name=name)
        if self._confirm(self.tr("Delete Processor"), question):
            self._command(lambda ws: ws.delete_processor(key), self.tr("Cannot Delete Processor"))

    def _confirm(self, title: str, question: str) -> bool:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self,
            title,
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    # -- after a change: re-read only what it touched ----------------------------------------------

    def _after_change(self, change: Change) -> None:
        from ropa.model import records as r

        workspace = self._workspace
        if workspace is None:
            return
        self._generation += 1
        record = change.record
        affected: set[str] = {c for c in (change.controller, change.old_controller) if c}
        try:
            if record is r.Register:
                keys = {item.key for item in (change.old, change.new) if item is not None}
                for key in keys:  # where it was, for a deletion or a move
                    summary = self._model.summary_of(key)
                    if summary is not None:
                        affected.add(summary.controller_key)
                self._settle_register_slot(change)
                self._reload_registers(keys)
            elif record is r.Controller:
                affected.add(change.key)
                if change.new is None:
                    self._model.remove(self._model.keys_of_controller(change.key))
                else:
                    present = workspace.register_summaries(controller=change.key)
                    facts = workspace.register_facts(self.today(), [s.key for s in present])
                    self._model.upsert(present, {s.key: facts.get(s.key, RegisterFacts()) for s in present})
            elif record is r.Processor:
                self._processor_names_cache = None
                touched = {change.key}
                for item in (change.old, change.new):
                    if item is not None and item.parent:
                        touched.add(item.parent)
                reached = [k for k, f in self._model.all_facts().items() if f.processors & touched]
                for key in reached:
                    summary = self._model.summary_of(key)
                    if summary is not None:
                        affected.add(summary.controller_key)
                if reached:
                    facts = workspace.register_facts(self.today(), reached)
                    self._model.set_facts({k: facts.get(k, RegisterFacts()) for k in reached}, complete=False)
            controllers = workspace.controller_summaries()
        except RopaError as exc:
            self._error(self.tr("Cannot Read Workspace"), str(exc))
            return
        self._sidebar_model.update_controllers(controllers)
        self._update_fact_counts(affected)
        controller = self._controller
        if controller is not None and self._sidebar_model.controller(controller) is None:
            controller = None
        self.show_view(controller, self._view)
        shown = self.registers_page.slot.key
        changed = {item.key for item in (change.old, change.new) if item is not None}
        if shown is not None and (record is not r.Register or shown in changed):
            self._show_register(self.registers_page.current_key() or "", reload=True)
        self._refresh_slots(change)
        if self._facts_task is not None and self._facts_task.isRunning():
            self._facts_generation = -1  # a change during the load: load again once it is done

    def _settle_register_slot(self, change: Change) -> None:
        """The register editor that just saved ``change`` is clean before the list moves: a renamed
        key takes its row away, and a still-dirty editor would be asked to save once more."""
        slot = self.registers_page.slot
        widget = slot.widget()
        if change.old is None or change.new is None or slot.key != change.old.key:
            return
        value = getattr(widget, "value", None)
        if callable(value) and hasattr(widget, "mark_saved") and value() == change.new:
            widget.mark_saved(change.new)

    def _refresh_slots(self, change: Change) -> None:
        """A record shown in another page's slot that ``change`` touched is shown again (new
        version, saved state); one that no longer exists is cleared."""
        from ropa.model import records as r

        pages = (
            (View.DETAILS, r.Controller, self._show_controller),
            (View.PROCESSORS, r.Processor, self._show_processor),
            (View.ON_BEHALF, r.ProcessingOnBehalf, self._show_processing_on_behalf),
        )
        for view, kind, show in pages:
            page = self._pages.get(view)
            slot = getattr(page, "slot", None)
            if slot is None or slot.key is None or change.record is not kind:
                continue
            if change.old is not None and change.old.key == slot.key:
                if change.new is None:
                    slot.clear()
                else:
                    show(change.new.key, reload=True)

    def _reload_registers(self, keys: set[str]) -> None:
        """Update the rows of ``keys`` in place: changed, added or gone."""
        workspace = self._session()
        present = workspace.register_summaries(keys)
        facts = workspace.register_facts(self.today(), [s.key for s in present])
        gone = keys - {s.key for s in present}
        if gone:
            self._model.remove(gone)
        if present:
            self._model.upsert(present, {s.key: facts.get(s.key, RegisterFacts()) for s in present})

    # -- register facts ------------------------------------------------------------------------------

    def _schedule_facts(self, *, force: bool = False) -> None:
        """Load the register facts in a worker (once per workspace state), unless one is loading."""
        workspace = self._workspace
        if workspace is None:
            return
        if not force and self._facts_generation == self._generation and self._model.facts_loaded():
            return
        if self._facts_task is not None:
            return  # one at a time; when it is done, a stale result schedules the next
        from ropa.ui.workers import Task

        location, today, generation = workspace.location, self.today(), self._generation

        def work(_progress: object) -> dict[str, RegisterFacts]:
            with workspace.reopen() as own:
                return own.register_facts(today)

        task = Task(work, self)
        task.succeeded.connect(lambda facts: self._apply_facts(facts, generation, location))
        task.failed.connect(lambda _error: self._facts_failed())  # the list works without them
        self._track(task)
        self._facts_task = task
        self._facts_generation = generation
        from PySide6.QtCore import QThread

        task.start(QThread.Priority.LowPriority)

    def _track(self, task: Task) -> None:
        """Keep ``task`` until its thread ends, so closing the window can wait for it."""
        self._running.add(task)

        def ended() -> None:
            self._running.discard(task)
            if self._facts_task is task:
                self._facts_task = None
            task.deleteLater()

        task.finished.connect(ended)

    def _facts_failed(self) -> None:
        self._facts_generation = -1

    def _apply_facts(
        self, facts: dict[str, RegisterFacts], generation: int, location: str | None = None
    ) -> None:
        self._facts_task = None
        if self._workspace is None or (location is not None and self._workspace.location != location):
            QTimer.singleShot(0, self._schedule_facts)  # loaded for a workspace no longer open
            return
        if generation != self._generation:  # the workspace changed meanwhile: these may be stale
            self._facts_generation = -1
            QTimer.singleShot(0, self._schedule_facts)
            return
        page = self.registers_page
        keys, current = page.selected_keys(), page.current_key()
        self._model.set_facts(facts)
        page.select_keys(keys, current=current)
        self._facts_generation = generation
        self._update_fact_counts()
        self._update_status()

    def wait_for_facts(self, timeout_ms: int = 30_000) -> bool:
        """Block until the facts are loaded (tests, benchmarks); starts loading them if needed."""
        from PySide6.QtCore import QDeadlineTimer

        self._schedule_facts()
        deadline = QDeadlineTimer(timeout_ms)
        while not self._model.facts_loaded() and not deadline.hasExpired():
            task = self._facts_task
            if task is not None:
                task.wait(50)
            QApplication.processEvents()
            if self._facts_task is None and not self._model.facts_loaded():
                self._schedule_facts(force=True)
        return self._model.facts_loaded()

    def _on_filters_changed(self) -> None:
        if self._model.filter.needs_facts and not self._model.facts_loaded():
            self.load_facts_now()
        self._update_status()

    def _update_fact_counts(self, controllers: set[str] | None = None) -> None:
        """Processors and transfers per controller in the sidebar, from the summaries and facts.

        With ``controllers``, only theirs are counted again (one edited register: one controller).
        """
        if not self._model.facts_loaded():
            return
        model = self._model
        known = {c.key for c in self._sidebar_model.controllers()}
        wanted = known if controllers is None else controllers & known
        if controllers is None:
            self._fact_counts = {}
        for controller in wanted:
            processors: set[str] = set()
            transfers = 0
            for key in model.keys_of_controller(controller):
                found = model.facts_of(key)
                summary = model.summary_of(key)
                if found is None or summary is None:
                    continue
                processors.update(found.processors)
                transfers += summary.transfers + found.derived_transfers
            self._fact_counts[controller] = (len(processors), transfers)
        for gone in set(self._fact_counts) - known:
            del self._fact_counts[gone]
        counts: dict[tuple[str | None, View], int] = {}
        for controller in wanted:
            processors_count, transfers = self._fact_counts[controller]
            counts[(controller, View.PROCESSORS)] = processors_count
            counts[(controller, View.TRANSFERS)] = transfers
        counts[(None, View.PROCESSORS)] = len(self._processor_names()) if self._workspace else 0
        counts[(None, View.TRANSFERS)] = sum(transfers for _, transfers in self._fact_counts.values())
        self._sidebar_model.set_counts(counts)

    # -- worker tasks: import, export, demo ----------------------------------------------------------

    def _start_task(
        self,
        title: str,
        work: Work,
        on_success: Callable[[Any], None],
        on_error: Callable[[BaseException], bool] | None = None,
    ) -> Task | None:
        """Run ``work`` in a worker with a cancellable progress dialog; the window waits meanwhile."""
        from PySide6.QtWidgets import QProgressDialog

        if self._task is not None:
            return None
        from ropa.app import Cancelled
        from ropa.ui.workers import Task, step_text

        task = Task(work, self)
        dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, self)
        dialog.setWindowTitle(self.tr("Ropa"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(task.cancel)
        dialog.canceled.connect(lambda: dialog.setLabelText(self.tr("Cancelling…")))

        def progressed(text: str, done: int, total: int) -> None:
            if not task.cancelled():
                dialog.setLabelText(f"{title}\n{step_text(text)}")
                dialog.setMaximum(total)
                dialog.setValue(done)

        def finished() -> None:
            dialog.reset()
            dialog.deleteLater()
            self._task, self._progress = None, None
            self._set_busy(False)

        def succeeded(result: Any) -> None:
            finished()
            on_success(result)

        def failed(error: BaseException) -> None:
            finished()
            if isinstance(error, Cancelled) or task.cancelled():  # any failure rolled back: nothing changed
                self.statusBar().showMessage(self.tr("Cancelled; nothing was changed."), 8000)
                return
            if on_error is not None and on_error(error):
                return
            from ropa import failures

            self._error(title.rstrip("…").rstrip("."), failures.report(error))

        task.progressed.connect(progressed)
        task.succeeded.connect(succeeded)
        task.failed.connect(failed)
        self._track(task)  # deleted once its thread has ended, not when it reports
        self._task, self._progress = task, dialog
        self._set_busy(True)
        task.start()
        return task

    def _set_busy(self, busy: bool) -> None:
        """While a task writes the workspace, nothing else may change it."""
        self._stack.setEnabled(not busy)
        for menu in (self._edit_menu, self._register_menu, self._processor_menu, self._controller_menu):
            menu.setEnabled(not busy)
        for action in (
            self.import_action,
            self.import_history_action,
            self.import_notices_action,
            self.export_action,
            self.export_history_action,
            self.export_controller_action,
            self.export_gap_action,
            self.demo_action,
        ):
            action.setEnabled(not busy)
        if not busy:
            self._update_actions()

    @property
    def progress_dialog(self) -> QProgressDialog | None:
        return self._progress

    def _json_filter(self) -> str:
        return self.tr("Ropa interchange files (*.json);;All files (*)")

    def _file_to_import(self, title: str, *types: str) -> Path | None:
        """The file the user chooses to import (None: none chosen, or no workspace to take it)."""
        from PySide6.QtWidgets import QFileDialog

        if self._workspace is None:
            return None
        name, _ = QFileDialog.getOpenFileName(self, title, self._start_dir(), ";;".join(types))
        return Path(name) if name else None

    def _on_import(self) -> None:
        path = self._file_to_import(
            self.tr("Import"),
            self.tr("Ropa interchange files (*.json)"),
            self.tr("Excel workbooks (*.xlsx)"),
            self.tr("All files (*)"),
        )
        if path is not None and path.suffix.lower() == ".xlsx":
            self.import_workbook(path)
        elif path is not None:
            self.import_file(path)

    def _on_import_with_history(self) -> None:
        """File › Import with Change History…: an interchange file written with its change history
        (File › Export with Change History…, or ``ropa export --with-history``); its entries go
        before the import's own in this workspace's history."""
        path = self._file_to_import(
            self.tr("Import with Change History"), self.tr("Ropa interchange files (*.json)")
        )
        if path is not None:
            self.import_file(path, with_history=True)

    def _on_import_notices(self) -> None:
        from ropa.ui.notice_review import choose_notices  # File › Import Privacy Notices… (review dialog)

        choose_notices(self)

    def import_workbook(self, source: Path) -> Task | None:
        """Read an Excel workbook (Ropa's own or the ICO layout) in a worker, show what it would
        add, change and remove, and store it, all or nothing, only when the user agrees."""
        if self._workspace is None:
            return None
        target = self._workspace

        def work(progress: Any) -> Any:
            from ropa.io.excel import read_workbook

            progress.step("Reading the file", 0, 2)
            found = read_workbook(source)
            progress.step("Checking the records", 1, 2)
            with target.reopen() as own:
                return found.records, own.preview_import(found.records, replace=True)

        def previewed(result: Any) -> None:
            records, preview = result
            lines = [
                self.tr("Add: {added}  Change: {changed}  Remove: {removed}  Unchanged: {unchanged}").format(
                    added=len(preview.added),
                    changed=len(preview.changed),
                    removed=len(preview.removed),
                    unchanged=preview.unchanged,
                )
            ]
            for title, items in (
                (self.tr("Added"), preview.added),
                (self.tr("Changed"), preview.changed),
                (self.tr("Removed"), preview.removed),
            ):
                lines += [f"{title}: {item.noun} {item.key} {item.name}".rstrip() for item in items[:12]]
            moved = self.tr("Moved: {record} from {source} to {target}")
            lines += [
                moved.format(record=f"{item.noun} {item.key}", source=item.moved_from, target=item.controller)
                for item in preview.moved[:12]
            ]
            question = self.tr("Import {file}? A backup of the workspace is kept.").format(file=source.name)
            if self._confirm(self.tr("Import Workbook"), question + "\n\n" + "\n".join(lines)):
                self._store_imported(source, records)

        return self._start_task(self.tr("Reading {file}…").format(file=source.name), work, previewed)

    def _store_imported(self, source: Path, records: Any) -> Task | None:
        if self._workspace is None:
            return None
        target = self._workspace

        def work(progress: Any) -> Any:
            with target.reopen() as own:
                return own.import_records(records, replace=True, progress=progress)

        return self._start_task(self.tr("Importing {file}…").format(file=source.name), work, self._imported)

    def import_file(self, source: Path, *, replace: bool = False, with_history: bool = False) -> Task | None:
        """Import an interchange file in a worker, all or nothing; Cancel rolls it back.
        ``with_history`` takes in the change history the file carries (as ``--with-history``)."""
        if self._workspace is None:
            return None
        target = self._workspace

        def work(progress: Any) -> Any:
            with target.reopen() as own:
                return own.import_file(source, replace=replace, progress=progress, with_history=with_history)

        def on_error(error: BaseException) -> bool:
            from ropa.app import KeyConflictError

            if isinstance(error, KeyConflictError) and not replace:
                question = self.tr(
                    "{file} holds records whose keys are already in this workspace ({first}).\n\n"
                    "Replace them with the file's? A backup of the workspace is kept."
                ).format(file=source.name, first=error.problems[0])
                if self._confirm(self.tr("Import JSON"), question):
                    self.import_file(source, replace=True, with_history=with_history)
                return True
            return False

        return self._start_task(
            self.tr("Importing {file}…").format(file=source.name), work, self._imported, on_error
        )

    def _imported(self, summary: Any) -> None:
        self._undo.clear()  # earlier changes may no longer apply to what the import replaced
        self.refresh()
        self.statusBar().showMessage(self.tr("Imported: {summary}").format(summary=summary), 10000)

    def _on_export(self) -> None:
        self._export(None)

    def _on_export_with_history(self) -> None:
        """File › Export with Change History…: the whole workspace as an interchange file that
        carries its change history as an extension (as ``ropa export --with-history``)."""
        from PySide6.QtWidgets import QFileDialog

        if self._workspace is None:
            return
        suggested = (
            (self._workspace.path.stem if self._workspace.path else "workspace") + "-" + self.tr("history")
        )
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export with Change History"),
            str(Path(self._start_dir()) / suggested),
            self.tr("Ropa interchange files (*.json)"),
        )
        if name:
            path = Path(name) if Path(name).suffix.lower() == ".json" else Path(name + ".json")
            self.export_file(path, with_history=True)

    def _on_export_controller(self) -> None:
        if self._controller is not None:
            self._export(self._controller)

    def _export_filter(self) -> str:
        return ";;".join(
            (
                self.tr("Ropa interchange files (*.json)"),
                self.tr("Excel workbooks (*.xlsx)"),
                self.tr("PDF records (*.pdf)"),
            )
        )

    def _on_export_gap_report(self) -> None:
        """The shown controller's (or every one's) workbook or record with the checks' findings."""
        from PySide6.QtWidgets import QFileDialog

        if self._workspace is None:
            return
        suggested = (self._controller or "workspace") + "-" + self.tr("gap-report")
        types = ";;".join((self.tr("Excel workbooks (*.xlsx)"), self.tr("PDF records (*.pdf)")))
        name, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export Gap Report"), str(Path(self._start_dir()) / suggested), types
        )
        if name:
            path = Path(name)
            if path.suffix.lower() not in (".xlsx", ".pdf"):
                path = Path(name + (".pdf" if "pdf" in chosen else ".xlsx"))
            self.export_file(path, self._controller, gap_report=True)

    def _export(self, controller: str | None) -> None:
        from PySide6.QtWidgets import QFileDialog

        if self._workspace is None:
            return
        suggested = controller or (self._workspace.path.stem if self._workspace.path else "workspace")
        name, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export"), str(Path(self._start_dir()) / suggested), self._export_filter()
        )
        if name:
            path = Path(name)
            if path.suffix.lower() not in (".json", ".xlsx", ".pdf"):
                suffix = ".xlsx" if "xlsx" in chosen else ".pdf" if "pdf" in chosen else ".json"
                path = Path(name + suffix)
            self.export_file(path, controller)

    def export_file(
        self,
        target: Path,
        controller: str | None = None,
        *,
        gap_report: bool = False,
        with_history: bool = False,
    ) -> Task | None:
        """Write the workspace (or one controller) as JSON, Excel or PDF (by the file's suffix) in a
        worker, whole or not at all; labels in the window's language. ``with_history`` (JSON)
        carries the change history along."""
        if self._workspace is None:
            return None
        source, lang = self._workspace, self._language
        replace_read_only = self._may_replace(target)
        if replace_read_only is None:
            return None

        def work(progress: Any) -> Any:
            from ropa.app.exports import export_file

            with source.reopen() as own:
                return export_file(
                    own,
                    target,
                    controller=controller,
                    lang=lang,
                    progress=progress,
                    gap_report=gap_report,
                    with_history=with_history,
                    replace_read_only=replace_read_only,
                )

        def done(summary: Any) -> None:
            self.statusBar().showMessage(self.tr("Exported to {file}").format(file=target), 10000)

        return self._start_task(self.tr("Exporting to {file}…").format(file=target.name), work, done)

    def _may_replace(self, target: Path) -> bool | None:
        """Whether an export may replace ``target`` if it is read-only (asked); None: it may not be
        written at all (the open workspace, or the user said no)."""
        from PySide6.QtWidgets import QMessageBox

        from ropa.app.exports import ExportTargetError, ReadOnlyTargetError, check_target

        assert self._workspace is not None
        try:
            check_target(self._workspace, target)
        except ReadOnlyTargetError:
            answer = QMessageBox.question(
                self,
                self.tr("Replace Read-only File"),
                self.tr("{file} is read-only. Replace it?").format(file=target),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            return True if answer == QMessageBox.StandardButton.Yes else None
        except ExportTargetError as exc:
            self._error(self.tr("Cannot Export"), str(exc))
            return None
        return False

    def _demo_path(self) -> Path:
        if self._workspace is not None and self._workspace.path is not None:
            return self._workspace.path.parent / DEMO_FILE
        from ropa.app.location import default_workspace_path

        return default_workspace_path().parent / DEMO_FILE

    def open_demo(self) -> Task | None:
        """Open the demo workspace beside this one, building it (in a worker) the first time."""
        path = self._demo_path()
        if self._workspace is not None and self._workspace.path == path:
            return None
        if path.exists():
            self.open_workspace_file(path)
            return None

        def work(progress: Any) -> Any:
            from ropa.app.session import Session

            with Session.open(path, create=True) as own:
                return own.import_demo(DEMO_REGISTERS, 0, progress=progress)

        def failed(_error: BaseException) -> bool:
            path.unlink(missing_ok=True)  # a cancelled or failed demo leaves no empty file behind
            return False

        def done(_summary: Any) -> None:
            self.open_workspace_file(path)

        return self._start_task(self.tr("Building the demo workspace…"), work, done, failed)

    # -- slots -------------------------------------------------------------------------------------

    def _focus_filter(self) -> None:
        if self._view is not View.REGISTERS:
            self.show_view(self._controller, View.REGISTERS)
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def _file_filter(self) -> str:
        return self.tr("Ropa workspaces (*.ropa);;All files (*)")

    def _start_dir(self) -> str:
        if self._workspace is not None and self._workspace.path is not None:
            return str(self._workspace.path.parent)
        return str(Path.home())

    def _on_open(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open Workspace"), self._start_dir(), self._file_filter()
        )
        if name:
            self.open_workspace_file(Path(name))

    def _on_new(self) -> None:
        from PySide6.QtWidgets import QFileDialog

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
        from PySide6.QtWidgets import QFileDialog

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
        return self._confirm(
            self.tr("Save Workspace As"), self.tr("{path} already exists. Replace it?").format(path=path)
        )

    def connect_to_server(self, address: str = "") -> bool:
        """File › Connect to Server…: open a team workspace on a PostgreSQL server
        (:mod:`ropa.ui.connect_dialog`); ``address`` fills the dialog's fields."""
        from ropa.ui.connect_dialog import ConnectDialog, password_prompt

        dialog = ConnectDialog(self, address or self._server_address())
        if not dialog.exec():
            return False
        prompt = password_prompt(self, dialog.take_password())
        return self.open_workspace_file(
            dialog.address(), create=False, password_prompt=prompt, remember=dialog.remember.isChecked()
        )

    def _server_address(self) -> str:
        """The open server workspace's address, else the last one remembered ("" if none)."""
        if self._workspace is not None and self._workspace.is_server:
            return self._workspace.location
        return next((e for e in self._recent.entries() if isinstance(e, str)), "")

    def _fill_recent_menu(self) -> None:
        menu = self._recent_menu
        menu.clear()
        paths = self._recent.entries()
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

    def _open_recent(self, path: Path | str) -> None:
        if isinstance(path, str):  # a remembered server: its password is found or asked again
            from ropa.ui.connect_dialog import password_prompt

            self.open_workspace_file(path, create=False, password_prompt=password_prompt(self))
            return
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
        from PySide6.QtWidgets import QMessageBox

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
        from PySide6.QtWidgets import QMessageBox

        if self._starting:  # shown over the window once it is on screen, not on an empty desktop
            self._startup_errors.append((title, message))
            return
        QMessageBox.critical(self, title, message)

    def _show_startup_errors(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        errors, self._startup_errors = self._startup_errors, []
        for title, message in errors:
            QMessageBox.critical(self, title, message)

    def _update_chrome(self) -> None:
        has_workspace = self._workspace is not None
        if self._complete:
            for action in (
                self.save_as_action,
                self.backups_action,
                self.refresh_action,
                self.import_action,
                self.import_history_action,
                self.export_action,
                self.export_history_action,
                self.export_gap_action,
                self.import_notices_action,
            ):
                action.setEnabled(has_workspace)
        if self._opening is not None:  # shown from a first look, opened right after the first paint
            self.setWindowTitle(f"{self._opening.name} — Ropa")
            self.path_label.setText(str(self._opening))
            self.path_label.setToolTip(str(self._opening))
        elif self._workspace is None:
            self.setWindowTitle("Ropa")
            self.path_label.clear()
            self.path_label.setToolTip("")
            self._show_welcome(False)
        else:
            path = self._workspace.path
            location = self._workspace.location
            self.setWindowTitle(f"{path.name if path else location} — Ropa")
            self.path_label.setText(location)
            self.path_label.setToolTip(location)
        self._update_actions()
        self._update_status()

    def _update_actions(self) -> None:
        if not self._complete:
            return  # the first paint: the actions come right after it
        has = self._workspace is not None
        controllers = bool(self._sidebar_model.controllers()) if has else False
        chosen = self._controller is not None
        register = has and self._view is View.REGISTERS and self.registers_page.current_key() is not None
        processor_page = self._pages.get(View.PROCESSORS)
        processor = (
            has
            and self._view is View.PROCESSORS
            and processor_page is not None
            and self.processors_page.current_key() is not None
        )
        row = self.transfers_page.current_row() if self._view is View.TRANSFERS else None
        for action in (self.new_controller_action,):
            action.setEnabled(has)
        for action in (
            self.rename_controller_action,
            self.delete_controller_action,
            self.export_controller_action,
        ):
            action.setEnabled(has and chosen)
        self.new_register_action.setEnabled(has and controllers)
        for action in (
            self.duplicate_register_action,
            self.move_register_action,
            self.retire_register_action,
            self.delete_register_action,
            self.link_processor_action,
            self.unlink_processor_action,
        ):
            action.setEnabled(register)
        self.new_processor_action.setEnabled(has)
        for action in (
            self.new_subprocessor_action,
            self.edit_processor_action,
            self.delete_processor_action,
        ):
            action.setEnabled(processor)
        self.go_register_action.setEnabled(row is not None)
        self.go_processor_action.setEnabled(
            (row is not None and row.flow.processor is not None) or (register and self._model.facts_loaded())
        )
        for action in (self.all_action, self.previous_controller_action, self.next_controller_action):
            action.setEnabled(controllers)
        for view, action in self.view_actions.items():
            action.setEnabled(controllers and (view is not View.DETAILS or chosen))
            action.setChecked(view is self._view and controllers)
        if self._printing is not None:
            self._printing.update_actions()

    def _update_status(self) -> None:
        self.count_label.setText(self.status_text())

    def status_text(self) -> str:
        """What the status bar says about what is shown."""
        if self._workspace is None and self._opening is None:
            return self.tr("No workspace open")
        number = self._locale.toString
        if self._view is View.PROCESSORS and View.PROCESSORS in self._pages:
            count = self.processors_page.model.processor_count()
            return self.tr("{count} processors").format(count=number(count))
        if self._view is View.TRANSFERS and View.TRANSFERS in self._pages:
            model = self.transfers_page.model
            text = self.tr("{count} transfers").format(count=number(model.total_count()))
            problems = model.problem_count()
            if problems:
                text += " · " + self.tr("{count} need attention").format(count=number(problems))
            return text
        if self._view is View.ON_BEHALF and View.ON_BEHALF in self._pages:
            count = self.on_behalf_page.model.rowCount()
            return self.tr("{count} processing-on-behalf records").format(count=number(count))
        if self._partial:  # the first screenful only: the controllers know the total
            total = self._sidebar_model.count(self._controller, View.REGISTERS) or 0
            return self.tr("{count} registers").format(count=number(total))
        shown, total = self._model.rowCount(), self._model.scope_count()
        if self._model.filter.narrows:
            text = self.tr("{shown} of {total} registers").format(shown=number(shown), total=number(total))
        elif total == 1:
            text = self.tr("1 register")
        else:
            text = self.tr("{count} registers").format(count=number(total))
        overdue = self._model.overdue_count()
        if overdue:
            text += " · " + self.tr("{count} overdue").format(count=number(overdue))
        return text

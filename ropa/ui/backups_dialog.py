"""File › Backups…: the workspace's backups with date, reason and size; Back Up Now, Restore…,
Show Folder. Also the daily backup the window takes, in a worker, once its first screen is painted.

Restoring runs in a worker behind the window's progress dialog (:meth:`MainWindow._start_task`):
a workspace file is replaced by the checked backup (the current one kept as a backup first) and
reopened; a server workspace gets the snapshot back by a replacing import in one transaction.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QThread, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ropa.app.backups import Backup, backup_folder, backups
from ropa.errors import RopaError

if TYPE_CHECKING:
    from ropa.app.session import Session
    from ropa.ui.main_window import MainWindow
    from ropa.ui.workers import Task


def reason_text(reason: str) -> str:
    """Why a backup was taken, in the window's language."""
    if reason.startswith("before-upgrade"):
        return QCoreApplication.translate("BackupsDialog", "Before a schema upgrade")
    known = {
        "daily": QCoreApplication.translate("BackupsDialog", "Daily"),
        "manual": QCoreApplication.translate("BackupsDialog", "Backed up by hand"),
        "before-import": QCoreApplication.translate("BackupsDialog", "Before an import"),
        "before-replace": QCoreApplication.translate("BackupsDialog", "Before a replacing import"),
        "before-restore": QCoreApplication.translate("BackupsDialog", "Before a restore"),
    }
    return known.get(reason, reason)


def size_text(size: int) -> str:
    if size < 1024:
        return QCoreApplication.translate("BackupsDialog", "{n} B").format(n=size)
    if size < 1024 * 1024:
        return QCoreApplication.translate("BackupsDialog", "{n} kB").format(n=f"{size / 1024:.0f}")
    return QCoreApplication.translate("BackupsDialog", "{n} MB").format(n=f"{size / 1024 / 1024:.1f}")


class BackupsDialog(QDialog):
    """The backups of the window's workspace, newest first."""

    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self._window = window
        self.setWindowTitle(self.tr("Backups"))
        self.resize(640, 380)
        self.folder_label = QLabel(self)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_label.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Taken"), self.tr("Reason"), self.tr("Size")])
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.restore_selected())

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.backup_button = QPushButton(self.tr("&Back Up Now"), self)
        self.restore_button = QPushButton(self.tr("&Restore…"), self)
        self.folder_button = QPushButton(self.tr("Show &Folder"), self)
        for button in (self.backup_button, self.restore_button, self.folder_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.folder_button.clicked.connect(self.show_folder)

        layout = QVBoxLayout(self)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self._backups: list[Backup] = []
        self.refresh()

    @property
    def backups(self) -> list[Backup]:
        return list(self._backups)

    def _session(self) -> Session | None:
        return self._window.workspace

    def refresh(self) -> None:
        session = self._session()
        try:
            self._backups = backups(session) if session is not None else []
            folder = backup_folder(session) if session is not None else None
        except RopaError as exc:
            self._backups, folder = [], None
            self.folder_label.setText(str(exc))
        else:
            self.folder_label.setText(
                self.tr("Kept in {folder}").format(folder=folder) if folder else self.tr("No backup folder")
            )
        self.table.setRowCount(len(self._backups))
        for row, backup in enumerate(self._backups):
            taken = QTableWidgetItem(backup.taken.strftime("%Y-%m-%d %H:%M:%S"))
            taken.setToolTip(str(backup.path))
            size = QTableWidgetItem(size_text(backup.size))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 0, taken)
            self.table.setItem(row, 1, QTableWidgetItem(reason_text(backup.reason)))
            self.table.setItem(row, 2, size)
        if self._backups:
            self.table.selectRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_session = self._session() is not None
        self.backup_button.setEnabled(has_session)
        self.restore_button.setEnabled(has_session and self.selected() is not None)
        self.folder_button.setEnabled(has_session and backup_folder(self._session()) is not None)  # type: ignore[arg-type]

    def selected(self) -> Backup | None:
        rows = self.table.selectionModel().selectedRows()
        return self._backups[rows[0].row()] if rows else None

    def back_up_now(self) -> str | None:
        session = self._session()
        if session is None:
            return None
        try:
            made = session.backup("manual")
        except RopaError as exc:
            QMessageBox.critical(self, self.tr("Cannot Back Up"), str(exc))
            return None
        self.refresh()
        return made

    def show_folder(self) -> None:
        session = self._session()
        folder = backup_folder(session) if session is not None else None
        if folder is not None:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def confirm_restore(self, backup: Backup) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Restore Backup"),
            self.tr(
                "Put the workspace back as it was on {taken}?\n\n"
                "The workspace as it is now is kept as a backup first."
            ).format(taken=backup.taken.strftime("%Y-%m-%d %H:%M:%S")),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def restore_selected(self) -> Task | None:
        backup = self.selected()
        if backup is None or not self.confirm_restore(backup):
            return None
        task = restore_in_window(self._window, backup.path)
        if task is not None:
            task.finished.connect(self.refresh)
        return task


def restore_in_window(window: MainWindow, backup: Path) -> Task | None:
    """Restore ``backup`` into the window's workspace in a worker; a file is reopened afterwards."""
    from ropa.app.backups import restore, restore_into

    session = window.workspace
    if session is None:
        return None
    path = session.path

    def work(_progress: Any) -> str:
        if path is not None:
            return restore(path, backup)
        with session.reopen() as own:  # a server: this thread's own connection
            return restore_into(own, backup)

    def done(line: str) -> None:
        if path is not None:
            window.open_workspace_file(path)
        else:
            window.refresh()
        window.statusBar().showMessage(line, 10000)

    title = QCoreApplication.translate("BackupsDialog", "Restoring {file}…").format(file=backup.name)
    return window._start_task(title, work, done)


def start_daily_backup(window: MainWindow) -> Task | None:
    """Once the first screen is painted: remove what killed writes left behind and, when the newest
    backup is a day old, take the daily one, in a low-priority worker."""
    from ropa.ui.workers import Task

    session = window.workspace
    if session is None:
        return None

    def work(_progress: Any) -> str | None:
        from ropa.app.backups import daily_backup
        from ropa.private_write import clean_stale_parts

        clean_stale_parts()
        with session.reopen() as own:  # this thread's own connection
            return daily_backup(own)

    def failed(error: BaseException) -> None:
        from ropa import failures

        message = QCoreApplication.translate("BackupsDialog", "The daily backup failed: {reason}")
        window.statusBar().showMessage(message.format(reason=failures.report(error)), 15000)

    task = Task(work, window)
    task.failed.connect(failed)
    window._track(task)
    task.start(QThread.Priority.LowPriority)
    return task

"""File › Backups…: the list, Back Up Now, Restore… (asked, in a worker, reopened), Show Folder;
the daily backup after the first paint; exports that must not replace what they should not."""

from __future__ import annotations

import os
import stat
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox
from support import backups_of, workspace_text
from ui_support import shown_keys

from ropa.app import Session
from ropa.store.backups import STAMP_FORMAT
from ropa.ui.backups_dialog import BackupsDialog
from ropa.ui.main_window import MainWindow


@pytest.fixture
def window(make_window, seeded_workspace: Session) -> MainWindow:
    return make_window(seeded_workspace.path)


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def _wait_task(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.current_task is None, timeout=30_000)


def test_the_dialog_lists_backs_up_and_shows_the_folder(
    window: MainWindow, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = BackupsDialog(window)
    qtbot.addWidget(dialog)
    before = dialog.table.rowCount()  # the seeds' imports were backed up
    assert before == len(backups_of(window.workspace)) and before >= 1
    assert dialog.table.item(0, 1).text() == "Before an import"
    made = dialog.back_up_now()
    assert made is not None and dialog.table.rowCount() == before + 1
    assert dialog.table.item(0, 1).text() == "Backed up by hand"
    assert dialog.table.item(0, 0).toolTip() == made
    assert dialog.table.item(0, 2).text().endswith("kB")
    assert stat.S_IMODE(os.stat(made).st_mode) == 0o600
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog.folder_button.click()
    assert opened and Path(opened[0].toLocalFile()) == Path(made).parent


def test_restore_asks_then_restores_in_a_worker_and_reopens(
    window: MainWindow, qtbot, questions: list[str]
) -> None:
    before = workspace_text(window.workspace)
    window.workspace.backup("manual")
    key = window.workspace.register_summaries()[0].key
    window.workspace.delete_register(key)
    window.refresh()
    dialog = BackupsDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.selected() is not None and dialog.selected().reason == "manual"  # type: ignore[union-attr]
    task = dialog.restore_selected()
    assert task is not None and "kept as a backup first" in questions[0]
    _wait_task(qtbot, window)
    assert workspace_text(window.workspace) == before
    assert key in shown_keys(window.model)
    assert "restored" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: dialog.table.item(0, 1).text() == "Before a restore", timeout=5000)


def test_restore_refused_when_not_confirmed(window: MainWindow, qtbot, monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Cancel)
    dialog = BackupsDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.restore_selected() is None and window.current_task is None


def test_a_damaged_backup_is_refused_with_one_line(
    window: MainWindow, qtbot, questions: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    errors: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *_a: errors.append(text))
    made = Path(window.workspace.backup("manual"))
    made.write_bytes(made.read_bytes()[:20000])
    before = workspace_text(window.workspace)
    dialog = BackupsDialog(window)
    qtbot.addWidget(dialog)
    dialog.restore_selected()
    _wait_task(qtbot, window)
    assert errors and errors[0].startswith(f"{made}: damaged, refused") and "\n" not in errors[0]
    assert workspace_text(window.workspace) == before


def test_daily_backup_after_the_first_paint(make_window, seeded_workspace: Session, qtbot) -> None:
    folder = backups_of(seeded_workspace)[0].parent
    for path in folder.iterdir():  # the seeds' import backups, two days old
        taken = datetime.strptime(path.name[:21], STAMP_FORMAT) - timedelta(days=2)
        path.rename(path.with_name(taken.strftime(STAMP_FORMAT) + path.name[21:]))
    window = make_window(seeded_workspace.path)
    assert not any("daily" in p.name for p in folder.iterdir())  # nothing before the paint
    window.show()
    qtbot.waitUntil(lambda: any("daily" in p.name for p in folder.iterdir()), timeout=20_000)


def test_backups_in_the_file_menu(window: MainWindow) -> None:
    assert window.backups_action in window.file_menu.actions()
    assert window.backups_action.isEnabled()


def test_export_never_replaces_the_open_workspace(
    make_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seeded_workspace: Session
) -> None:
    odd = tmp_path / "record.json"  # a workspace file with an export's name
    odd.write_bytes(seeded_workspace.path.read_bytes())  # type: ignore[union-attr]
    window = make_window(odd)
    errors: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *_a: errors.append(text))
    assert window.export_file(odd) is None
    assert errors == [f"{odd}: is the open workspace; export to another file"]


def test_export_asks_before_replacing_a_read_only_file(
    window: MainWindow, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "locked.json"
    target.write_bytes(b"{}")
    os.chmod(target, 0o400)
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.Cancel]
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *_a: asked.append(text) or answer[0])
    assert window.export_file(target) is None and target.read_bytes() == b"{}"
    answer[0] = QMessageBox.StandardButton.Yes
    assert window.export_file(target) is not None
    _wait_task(qtbot, window)
    assert len(asked) == 2 and "read-only" in asked[0]
    assert target.read_bytes().startswith(b"{\n") or len(target.read_bytes()) > 2
    assert stat.S_IMODE(target.stat().st_mode) == 0o600

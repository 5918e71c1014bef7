"""The main window driven like a user would: menus, dialogs (patched), files on disk, settings."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from ui_support import shown_keys, summaries

from ropa import __version__
from ropa.app import Session
from ropa.demo import build_demo
from ropa.io.interchange import read_document
from ropa.ui.main_window import MainWindow, _with_suffix
from ropa.ui.recent import MAX_RECENT
from ropa.ui.register_model import KEY_ROLE, Column


class Dialogs:
    """Records QMessageBox calls instead of showing them."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton) -> None:
        self.critical: list[tuple[str, str]] = []
        self.questions: list[str] = []
        self.about: list[tuple[str, str]] = []
        self._answer = answer

        def critical(_parent: object, title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
            self.critical.append((title, text))
            return QMessageBox.StandardButton.Ok

        def question(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
            self.questions.append(text)
            return self._answer

        def about(_parent: object, title: str, text: str) -> None:
            self.about.append((title, text))

        monkeypatch.setattr(QMessageBox, "critical", critical)
        monkeypatch.setattr(QMessageBox, "question", question)
        monkeypatch.setattr(QMessageBox, "about", about)


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    return Dialogs(monkeypatch, QMessageBox.StandardButton.Yes)


def _choose_file(monkeypatch: pytest.MonkeyPatch, method: str, path: Path | str) -> list[tuple]:
    """Make QFileDialog.<method> answer ``path``; return the calls it received."""
    calls: list[tuple] = []

    def answer(*args: object, **kwargs: object) -> tuple[str, str]:
        calls.append((args, kwargs))
        return str(path), ""

    monkeypatch.setattr(QFileDialog, method, answer)
    return calls


def _menu_texts(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def _recent_entries(window: MainWindow) -> list[str]:
    window.recent_menu.aboutToShow.emit()
    return [action.data() for action in window.recent_menu.actions() if action.data()]


def _status(window: MainWindow) -> str:
    return window.count_label.text()


def test_window_shows_the_workspace(make_window, seeded_workspace: Session) -> None:
    window = make_window(seeded_workspace.path)
    assert window.windowTitle() == "test.ropa — Ropa"
    assert window.model.rowCount() == 3
    assert window.status_text() == "3 registers"
    assert _status(window) == "3 registers"
    assert window.path_label.text() == str(seeded_workspace.path)
    assert _menu_texts(window) == [
        "&File",
        "&Edit",
        "&View",
        "&Controller",
        "&Register",
        "&Processor",
        "&Help",
    ]
    assert window.filter_edit.placeholderText() == "Filter registers"


def test_table_is_set_up_for_browsing(make_window, seeded_workspace: Session) -> None:
    window = make_window(seeded_workspace.path)
    table = window.table
    assert table.isSortingEnabled()
    assert table.alternatingRowColors()
    assert table.selectionBehavior() == table.SelectionBehavior.SelectRows
    assert table.horizontalHeader().stretchLastSection()
    assert table.verticalHeader().sectionResizeMode(0) == table.verticalHeader().ResizeMode.Fixed
    assert table.editTriggers() == table.EditTrigger.NoEditTriggers
    widths = [table.columnWidth(column) for column in Column]
    assert widths[Column.REGISTER] > widths[Column.CONTROLLER] > widths[Column.PROCESSORS] > 0


def test_menus_have_standard_shortcuts(make_window) -> None:
    window = make_window()
    shortcuts = {action.text(): action.shortcuts() for action in window.findChildren(type(window.new_action))}
    key = QKeySequence.StandardKey
    assert QKeySequence(key.Open) in shortcuts["&Open Workspace…"]
    assert QKeySequence(key.New) in shortcuts["&New Workspace…"]
    assert QKeySequence("Ctrl+Q") in shortcuts["&Quit"]
    assert QKeySequence("Ctrl+Shift+S") in shortcuts["Save Workspace &As…"]
    assert QKeySequence("F5") in shortcuts["&Refresh"]
    assert QKeySequence(key.Find) in shortcuts["&Filter Registers"]


def test_filter_narrows_rows_and_status_bar(make_window, qtbot, seeded_workspace: Session) -> None:
    window = make_window(seeded_workspace.path)
    qtbot.keyClicks(window.filter_edit, "Asiakas")
    assert window.model.rowCount() == 2
    assert _status(window) == "2 of 3 registers"
    window.filter_edit.setText("kemin kaupunki")
    assert shown_keys(window.model) == ["kemi-viestinta"]
    assert _status(window) == "1 of 3 registers"
    window.filter_edit.clear()
    assert _status(window) == "3 registers"


def test_ctrl_f_focuses_the_filter_and_escape_clears_it(
    make_window, qtbot, seeded_workspace: Session
) -> None:
    window = make_window(seeded_workspace.path)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.table.setFocus()
    qtbot.waitUntil(window.table.hasFocus)
    qtbot.keyClick(window.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.filter_edit.hasFocus)
    qtbot.keyClicks(window.filter_edit, "kemi")
    assert window.model.rowCount() == 1
    qtbot.keyClick(window.filter_edit, Qt.Key.Key_Escape)
    assert window.filter_edit.text() == "" and window.model.rowCount() == 3


def test_filter_keeps_the_selected_register_selected(make_window, seeded_workspace: Session) -> None:
    window = make_window(seeded_workspace.path)
    row = shown_keys(window.model).index("kemi-viestinta")
    window.table.selectRow(row)
    window.filter_edit.setText("viestin")
    window.filter_edit.setText("")
    [selected] = window.table.selectionModel().selectedRows()
    assert selected.data(KEY_ROLE) == "kemi-viestinta"


def test_header_click_sorts(make_window, qtbot, seeded_workspace: Session) -> None:
    window = make_window(seeded_workspace.path)
    window.table.sortByColumn(Column.REGISTER, Qt.SortOrder.AscendingOrder)
    names = [window.model.index(row, Column.REGISTER).data() for row in range(3)]
    assert names == sorted(names, key=str.casefold)
    window.table.sortByColumn(Column.REGISTER, Qt.SortOrder.DescendingOrder)
    assert [window.model.index(row, Column.REGISTER).data() for row in range(3)] == names[::-1]


def test_opening_a_non_workspace_file_keeps_the_current_one(
    make_window, monkeypatch, dialogs: Dialogs, seeded_workspace: Session, tmp_path: Path
) -> None:
    window = make_window(seeded_workspace.path)
    bogus = tmp_path / "notes.ropa"
    bogus.write_text("not a database", encoding="utf-8")
    calls = _choose_file(monkeypatch, "getOpenFileName", bogus)
    window.open_action.trigger()
    assert calls and "Ropa workspaces (*.ropa);;All files (*)" in calls[0][0]
    [(title, message)] = dialogs.critical
    assert title == "Cannot Open Workspace"
    assert "not a Ropa workspace" in message and "\n" not in message
    assert window.workspace is not None and window.workspace.path == seeded_workspace.path
    assert window.windowTitle() == "test.ropa — Ropa" and window.model.rowCount() == 3
    assert bogus.read_text(encoding="utf-8") == "not a database"


def test_opening_a_workspace_from_a_newer_ropa_is_refused(
    make_window, monkeypatch, dialogs: Dialogs, seeded_workspace: Session, tmp_path: Path
) -> None:
    window = make_window(seeded_workspace.path)
    newer = tmp_path / "newer.ropa"
    with sqlite3.connect(newer) as db:
        db.execute("CREATE TABLE alembic_version (version_num TEXT)")
        db.execute("INSERT INTO alembic_version VALUES ('9999_from_the_future')")
        for table in ("controller", "register", "processor"):  # a Ropa workspace's tables
            db.execute(f"CREATE TABLE {table} (id INTEGER PRIMARY KEY)")
    db.close()
    _choose_file(monkeypatch, "getOpenFileName", newer)
    window.open_action.trigger()
    [(_, message)] = dialogs.critical
    assert "newer version of Ropa" in message
    assert window.workspace is not None and window.workspace.path == seeded_workspace.path


def test_open_does_not_create_a_missing_file(
    make_window, monkeypatch, dialogs: Dialogs, tmp_path: Path
) -> None:
    window = make_window()
    _choose_file(monkeypatch, "getOpenFileName", tmp_path / "missing.ropa")
    window.open_action.trigger()
    assert dialogs.critical and not (tmp_path / "missing.ropa").exists()
    assert window.workspace is None


def test_open_switches_workspaces(
    make_window, monkeypatch, seeded_workspace: Session, demo_workspace: Session
) -> None:
    window = make_window(seeded_workspace.path)
    first = window.workspace
    _choose_file(monkeypatch, "getOpenFileName", demo_workspace.path)
    window.open_action.trigger()
    assert window.workspace is not first and window.workspace.path == demo_workspace.path
    assert window.windowTitle() == "demo.ropa — Ropa"
    assert window.model.rowCount() == 60 and window.status_text().startswith("60 registers · ")


def test_save_as_writes_a_private_copy_and_switches_to_it(
    make_window, monkeypatch, dialogs: Dialogs, seeded_workspace: Session, tmp_path: Path
) -> None:
    window = make_window(seeded_workspace.path)
    target = tmp_path / "out" / "copy"  # no suffix typed: .ropa is added
    target.parent.mkdir()
    _choose_file(monkeypatch, "getSaveFileName", target)
    window.save_as_action.trigger()
    copy = tmp_path / "out" / "copy.ropa"
    assert not dialogs.critical
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert window.windowTitle() == "copy.ropa — Ropa"
    assert window.workspace is not None and window.workspace.path == copy
    with Session.open(copy, create=False) as saved:
        assert summaries(saved) == summaries(seeded_workspace)
    assert [p.name for p in (tmp_path / "out").iterdir() if p.name.endswith(".part")] == []
    assert summaries(seeded_workspace)  # the original is untouched


def test_save_as_asks_before_replacing_a_file_the_dialog_did_not_confirm(
    make_window, monkeypatch, seeded_workspace: Session, tmp_path: Path
) -> None:
    dialogs = Dialogs(monkeypatch, QMessageBox.StandardButton.No)
    window = make_window(seeded_workspace.path)
    existing = tmp_path / "existing.ropa"
    existing.write_bytes(b"keep me")
    _choose_file(monkeypatch, "getSaveFileName", tmp_path / "existing")
    window.save_as_action.trigger()
    assert dialogs.questions and existing.read_bytes() == b"keep me"
    assert window.workspace.path == seeded_workspace.path


def test_save_as_over_an_existing_workspace_replaces_it(
    make_window, monkeypatch, dialogs: Dialogs, seeded_workspace: Session, demo_workspace: Session
) -> None:
    window = make_window(seeded_workspace.path)
    target = demo_workspace.path
    demo_workspace.close()
    _choose_file(monkeypatch, "getSaveFileName", target)  # the file dialog confirmed the overwrite
    window.save_as_action.trigger()
    assert not dialogs.critical and window.workspace.path == target
    assert window.model.rowCount() == 3


def test_new_workspace_creates_an_empty_file(
    make_window, monkeypatch, dialogs: Dialogs, seeded_workspace: Session, tmp_path: Path
) -> None:
    window = make_window(seeded_workspace.path)
    calls = _choose_file(monkeypatch, "getSaveFileName", tmp_path / "fresh")
    window.new_action.trigger()
    created = tmp_path / "fresh.ropa"
    assert created.is_file() and stat.S_IMODE(created.stat().st_mode) == 0o600
    assert window.workspace.path == created and window.windowTitle() == "fresh.ropa — Ropa"
    assert window.model.rowCount() == 0 and window.status_text() == "0 registers"
    assert calls[0][1]["options"] & QFileDialog.Option.DontConfirmOverwrite
    # An existing file is never replaced by an empty workspace.
    _choose_file(monkeypatch, "getSaveFileName", seeded_workspace.path)
    window.new_action.trigger()
    [(title, message)] = dialogs.critical
    assert title == "Cannot Create Workspace" and "already exists" in message
    assert window.workspace.path == created and len(summaries(seeded_workspace)) == 3


def test_cancelled_dialogs_change_nothing(make_window, monkeypatch, seeded_workspace: Session) -> None:
    window = make_window(seeded_workspace.path)
    for method in ("getOpenFileName", "getSaveFileName"):
        _choose_file(monkeypatch, method, "")
    for action in (window.open_action, window.new_action, window.save_as_action):
        action.trigger()
    assert window.workspace.path == seeded_workspace.path


def test_recent_files_survive_a_new_window(
    make_window, monkeypatch, settings: QSettings, seeded_workspace: Session, demo_workspace: Session
) -> None:
    window = make_window(seeded_workspace.path)
    _choose_file(monkeypatch, "getOpenFileName", demo_workspace.path)
    window.open_action.trigger()
    assert _recent_entries(window) == [str(demo_workspace.path), str(seeded_workspace.path)]
    window.close()

    again = make_window(settings=QSettings(settings.fileName(), QSettings.Format.IniFormat))
    assert again.workspace is None
    assert _recent_entries(again) == [str(demo_workspace.path), str(seeded_workspace.path)]
    recent = [action for action in again.recent_menu.actions() if action.data()]
    assert recent[1].text().startswith("&2 ")
    recent[1].trigger()
    assert again.workspace is not None and again.workspace.path == seeded_workspace.path
    assert _recent_entries(again)[0] == str(seeded_workspace.path)


def test_recent_files_drop_missing_ones_keep_eight_and_clear(
    make_window, settings: QSettings, tmp_path: Path
) -> None:
    paths = []
    for number in range(MAX_RECENT + 2):
        path = tmp_path / f"w{number}.ropa"
        Session.open(path).close()
        paths.append(path)
    window = make_window(paths[0])
    for path in paths[1:]:
        assert window.open_workspace_file(path)
    entries = _recent_entries(window)
    assert entries == [str(path) for path in reversed(paths)][:MAX_RECENT]
    paths[-2].unlink()
    assert str(paths[-2]) not in _recent_entries(window)
    assert str(paths[-2]) not in settings.value("recentWorkspaces")
    clear = next(action for action in window.recent_menu.actions() if action.text() == "&Clear Menu")
    clear.trigger()
    assert _recent_entries(window) == []
    assert not clear.isEnabled()


def test_refresh_shows_changes_made_elsewhere_and_keeps_the_selection(
    make_window, seeded_workspace: Session
) -> None:
    window = make_window(seeded_workspace.path)
    window.table.selectRow(shown_keys(window.model).index("imatran-lampo-asiakas"))
    seeded_workspace.import_records(read_document(build_demo(5, 3), "demo"), replace=True)  # as the CLI would
    total = len(summaries(seeded_workspace))
    assert total > 3 and window.model.rowCount() == 3
    window.refresh_action.trigger()
    assert window.model.rowCount() == total and window.status_text().startswith(f"{total} registers")
    [selected] = window.table.selectionModel().selectedRows()
    assert selected.data(KEY_ROLE) == "imatran-lampo-asiakas"


def test_layout_and_sorting_are_remembered(
    make_window, settings: QSettings, seeded_workspace: Session
) -> None:
    window = make_window(seeded_workspace.path)
    window.resize(700, 500)  # the offscreen screen is 800x600
    window.table.setColumnWidth(Column.CONTROLLER, 333)
    window.table.sortByColumn(Column.NEXT_REVIEW, Qt.SortOrder.DescendingOrder)
    window.close()

    again = make_window(seeded_workspace.path)
    assert (again.size().width(), again.size().height()) == (700, 500)
    assert again.table.columnWidth(Column.CONTROLLER) == 333
    header = again.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        Column.NEXT_REVIEW,
        Qt.SortOrder.DescendingOrder,
    )
    dates = [again.model.index(row, Column.NEXT_REVIEW).data() for row in range(3)]
    assert dates == sorted(dates, reverse=True)


def test_without_a_workspace_only_file_actions_work(make_window) -> None:
    window = make_window()
    assert window.windowTitle() == "Ropa"
    assert window.status_text() == "No workspace open"
    assert not window.save_as_action.isEnabled() and not window.refresh_action.isEnabled()
    assert window.open_action.isEnabled() and window.new_action.isEnabled()


def test_about_names_the_version(make_window, dialogs: Dialogs) -> None:
    window = make_window()
    window.about_action.trigger()
    [(title, text)] = dialogs.about
    assert title == "About Ropa" and __version__ in text


def test_quit_closes_the_window(make_window, qtbot) -> None:
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    window.quit_action.trigger()
    assert not window.isVisible()


def test_about_qt_is_wired(make_window, monkeypatch) -> None:
    shown = []
    monkeypatch.setattr(QApplication, "aboutQt", lambda: shown.append(True))
    window = make_window()
    window.about_qt_action.trigger()
    assert shown == [True]


def test_a_start_up_error_is_shown_over_the_window(
    make_window, qtbot, dialogs: Dialogs, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.ropa"
    bad.write_text("garbage", encoding="utf-8")
    window = make_window(bad)
    assert window.workspace is None and dialogs.critical == []  # not on an empty desktop
    window.show()
    qtbot.waitUntil(lambda: bool(dialogs.critical))
    [(title, message)] = dialogs.critical
    assert title == "Cannot Open Workspace" and str(bad) in message


def test_a_large_selection_survives_filtering(make_window, demo_workspace: Session) -> None:
    window = make_window(demo_workspace.path)
    window.table.selectAll()
    window.filter_edit.setText("asiakas")
    shown = window.model.rowCount()
    assert 0 < shown < 60
    assert len(window.table.selectionModel().selectedRows()) == shown
    window.filter_edit.setText("")
    assert len(window.table.selectionModel().selectedRows()) == shown  # hidden rows were deselected


def test_a_suffix_is_added_only_when_none_was_typed() -> None:
    assert _with_suffix(Path("/x/records")) == Path("/x/records.ropa")
    assert _with_suffix(Path("/x/records.ropa")) == Path("/x/records.ropa")
    assert _with_suffix(Path("/x/records.db")) == Path("/x/records.db")

"""Fixtures for the window tests: private settings, a demo workspace, a window factory.

The autouse fixtures keep every test here away from the real user's settings and log.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox

from ropa import failures
from ropa.app import Session
from ropa.demo import build_demo
from ropa.io.interchange import read_document
from ropa.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def private_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point every QSettings scope (and XDG) into the test's tmp dir."""
    folder = tmp_path / "qsettings"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder))
    for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(fmt, scope, str(folder))


@pytest.fixture(autouse=True)
def log_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Unexpected errors are logged into the test's tmp dir, never the user's log directory."""
    folder = tmp_path / "log"
    monkeypatch.setenv(failures.LOG_DIR_VARIABLE, str(folder))
    return folder


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """An ini file in tmp_path: what the windows of one test share, like a user's settings."""
    return QSettings(str(tmp_path / "ropa-test.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def demo_workspace(tmp_path: Path) -> Iterator[Session]:
    """60 synthetic registers across several controllers: enough variety to check sorting."""
    ws = Session.open(tmp_path / "demo.ropa")
    ws.import_records(read_document(build_demo(60, 7), "demo"))
    yield ws
    ws.close()


WindowFactory = Callable[..., MainWindow]


@pytest.fixture
def make_window(qtbot, settings: QSettings) -> WindowFactory:
    """Build a MainWindow (English unless told) registered with qtbot so it is closed afterwards."""

    def factory(path: Path | None = None, **kwargs: object) -> MainWindow:
        kwargs.setdefault("settings", settings)
        kwargs.setdefault("language", "en")
        window = MainWindow(path, **kwargs)  # type: ignore[arg-type]
        qtbot.addWidget(window)
        return window

    return factory


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal dialog a test did not answer would wait for a click forever: fail instead.

    Tests that expect a dialog patch the call themselves (their monkeypatch wins, being later).
    """

    def refuse(*args: object, **_kwargs: object) -> None:
        shown = [a for a in args if isinstance(a, str)][:2]
        raise AssertionError(f"unexpected modal dialog: {shown}")

    for name in ("question", "warning", "critical", "information", "about"):
        monkeypatch.setattr(QMessageBox, name, refuse)
    for name in ("getOpenFileName", "getSaveFileName"):
        monkeypatch.setattr(QFileDialog, name, refuse)
    monkeypatch.setattr(QInputDialog, "getText", refuse)
    monkeypatch.setattr(QDialog, "exec", refuse)

"""Start-up (ropa.ui.app.run) and the error boundary, with the event loop replaced by a check."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from ropa.app import Session
from ropa.ui import app as app_module
from ropa.ui.errors import install_excepthook, show_unexpected
from ropa.ui.main_window import MainWindow


@pytest.fixture
def critical(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, title, text, *_: shown.append((title, text)))
    return shown


def _run_and_look(monkeypatch: pytest.MonkeyPatch, path: Path) -> tuple[int, dict[str, object]]:
    """Call run(); instead of entering the event loop, record the visible window and close it."""
    seen: dict[str, object] = {}

    def fake_exec(app: QApplication) -> int:
        app.processEvents()  # what the event loop would do first: errors from start-up appear
        [window] = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        seen.update(
            title=window.windowTitle(),
            workspace=window.workspace.path if window.workspace else None,
            status=window.status_text(),
            hook=sys.excepthook,
            names=(app.organizationName(), app.applicationName()),
        )
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    monkeypatch.setenv("ROPA_LANG", "en")
    return app_module.run(path, []), seen


def test_run_creates_the_default_workspace_and_shows_it(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = tmp_path / "per-user" / "data" / "workspace.ropa"
    hook_before = sys.excepthook
    code, seen = _run_and_look(monkeypatch, path)
    assert code == 0 and path.is_file()
    assert seen["title"] == "workspace.ropa — Ropa" and seen["workspace"] == path
    assert seen["status"] == "0 registers"
    assert seen["hook"] is show_unexpected and sys.excepthook is hook_before
    assert seen["names"] == ("Ropa", "Ropa")


def test_run_opens_an_existing_workspace(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, seeded_workspace: Session
) -> None:
    code, seen = _run_and_look(monkeypatch, seeded_workspace.path)
    assert code == 0 and seen["status"] == "3 registers"


def test_run_with_a_bad_workspace_reports_it_and_starts_empty(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, critical: list, tmp_path: Path
) -> None:
    bad = tmp_path / "broken.ropa"
    bad.write_text("garbage", encoding="utf-8")
    code, seen = _run_and_look(monkeypatch, bad)
    assert code == 0
    [(title, message)] = critical
    assert title == "Cannot Open Workspace" and "not a Ropa workspace" in message
    assert seen["workspace"] is None and seen["title"] == "Ropa" and seen["status"] == "No workspace open"


def test_unexpected_errors_are_one_line_dialogs(
    qapp: QApplication, critical: list, capsys: pytest.CaptureFixture[str], log_dir: Path
) -> None:
    try:
        raise TypeError("unsupported operand\nsecond line")
    except TypeError as exc:
        show_unexpected(TypeError, exc, exc.__traceback__)
    line = f"internal error: TypeError: unsupported operand (details in {log_dir / 'ropa.log'})"
    assert critical == [("Ropa", f"Unexpected error: {line}")]
    assert capsys.readouterr().err == f"ropa: {line}\n"
    text = (log_dir / "ropa.log").read_text(encoding="utf-8")
    assert "test_unexpected_errors_are_one_line_dialogs" in text and "second line" in text


def test_an_error_the_user_can_act_on_is_shown_as_it_is(
    qapp: QApplication, critical: list, capsys: pytest.CaptureFixture[str], log_dir: Path
) -> None:
    error = FileNotFoundError(2, "No such file or directory", "a.json")
    show_unexpected(FileNotFoundError, error, None)
    assert critical == [("Ropa", "Unexpected error: a.json: No such file or directory")]
    assert not log_dir.exists()


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_reaches_the_dialog(qapp: QApplication, qtbot, critical: list) -> None:
    def broken_slot() -> None:
        raise KeyError("missing")

    previous = install_excepthook()
    try:
        QTimer.singleShot(0, broken_slot)
        qtbot.waitUntil(lambda: bool(critical))
    finally:
        sys.excepthook = previous
    [(title, text)] = critical
    assert title == "Ropa" and text.startswith(
        "Unexpected error: internal error: KeyError: 'missing' (details in "
    )


_FIRST_PAINT_PROBE = """
import os, sys
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication
from ropa.ui.app import run

seen = []
LATER = ("ropa.model.records", "ropa.reference._parse", "ropa.app.session", "ropa.ui.printing")

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not seen:
            seen.append(sorted(
                m for m in sys.modules
                if m.split(".")[0] in ("sqlalchemy", "alembic", "sqlmodel")
                or m in LATER
            ))
            QTimer.singleShot(0, QApplication.instance().quit)
        return False

probe = FirstPaint()
settings = QSettings(sys.argv[2], QSettings.Format.IniFormat)
watch = lambda window: window.table.viewport().installEventFilter(probe)
run(Path(sys.argv[1]), [], settings=settings, before_show=watch)
print(seen[0])
"""


def test_the_first_paint_imports_no_orm_records_or_reference_parser(
    seeded_workspace: Session, tmp_path: Path
) -> None:
    """`ropa gui` on a current workspace paints its list before SQLAlchemy, Alembic, the records,
    the reference parser, the application layer and printing are imported (README "Start-up"):
    the first paint comes from a first look into the file, and everything the window attaches at
    start (commands, editors, History tabs, printing) waits for it."""
    import os
    import subprocess

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ROPA_LANG": "en"}
    done = subprocess.run(
        [sys.executable, "-c", _FIRST_PAINT_PROBE, str(seeded_workspace.path), str(tmp_path / "s.ini")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    )
    assert done.stdout.strip().splitlines()[-1] == "[]"

"""``ROPA_QUIT_AFTER_FIRST_PAINT=1``: quit as soon as the main window has painted once.

For smoke tests of an installed or bundled Ropa and for measuring its cold start: ``ropa gui`` then
opens the workspace, shows the window, paints it (offscreen too) and exits 0. An event filter on
the application sees the first paint event of any widget inside a main window; the window's own
code is untouched.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

VARIABLE = "ROPA_QUIT_AFTER_FIRST_PAINT"


def wanted() -> bool:
    return os.environ.get(VARIABLE, "").strip() not in ("", "0")


class _QuitAfterFirstPaint(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            not self._done
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and isinstance(watched.window(), QMainWindow)
        ):
            self._done = True
            QTimer.singleShot(0, self._app.quit)  # after this paint completes
        return False


def install(app: QApplication) -> QObject:
    """Make ``app`` quit after the first paint of a main window; return the filter."""
    watcher = _QuitAfterFirstPaint(app)
    app.installEventFilter(watcher)
    return watcher

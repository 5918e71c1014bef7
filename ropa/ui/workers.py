"""Long work off the window's thread: import, export, demo building, the register facts.

A :class:`Task` is a ``QThread`` running one function that opens its *own* Session (its own
database connection) and reports through the :class:`~ropa.app.session.Progress` protocol; the
window shows a ``QProgressDialog`` whose Cancel sets the task's flag. The app layer checks the
flag between steps and inside the import transaction, so a cancelled import rolls back whole.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QThread, Signal

from ropa.app.session import Progress

Work = Callable[[Progress], Any]

#: The step texts of the app layer, so that lupdate offers them for translation.
STEP_TEXTS = (
    QT_TRANSLATE_NOOP("progress", "Reading the file"),
    QT_TRANSLATE_NOOP("progress", "Parsing JSON"),
    QT_TRANSLATE_NOOP("progress", "Checking the records"),
    QT_TRANSLATE_NOOP("progress", "Saving"),
    QT_TRANSLATE_NOOP("progress", "Building the demo record"),
    QT_TRANSLATE_NOOP("progress", "Reading the workspace"),
    QT_TRANSLATE_NOOP("progress", "Writing JSON"),
    QT_TRANSLATE_NOOP("progress", "Saving the file"),
    QT_TRANSLATE_NOOP("progress", "Writing the workbook"),
    QT_TRANSLATE_NOOP("progress", "Writing the PDF"),
)


def step_text(text: str) -> str:
    """A step text of the app layer in the window's language."""
    return QCoreApplication.translate("progress", text)


class Task(QThread):
    """Runs ``work(progress)`` in its own thread; ``succeeded(result)`` or ``failed(error)`` follows."""

    progressed = Signal(str, int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self._work(self)
        except BaseException as exc:  # handed to the window, which reports it in one line
            self.error = exc
            self.failed.emit(exc)
            return
        self.succeeded.emit(self.result)

    # -- the Progress protocol, called from the work's thread ----------------------------------------

    def step(self, text: str, done: int, total: int) -> None:
        self.progressed.emit(text, done, total)

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    # -- from the window -------------------------------------------------------------------------------

    def cancel(self) -> None:
        """Ask the work to stop; it stops at its next check and changes nothing."""
        self._cancel.set()

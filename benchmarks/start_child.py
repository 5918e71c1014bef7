"""The two windows whose start ``bench_window.py`` compares, each run as its own process.

    python benchmarks/start_child.py bare|bare-qt
    python benchmarks/start_child.py ropa WORKSPACE SETTINGS.ini

Each prints ``painted`` once its table has been painted for the first time: on the next turn of
the event loop after the table's first paint event, so the painting itself counts (Ropa's first
screenful of rows against the bare window's empty table). This file imports nothing but what the
window it starts needs, so neither start carries the benchmark's own imports.
"""

import sys


def _report_first_paint(viewport: object) -> object:
    """Print ``painted`` and quit once ``viewport`` has finished its first paint."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    def painted() -> None:
        print("painted", flush=True)
        QApplication.instance().quit()  # type: ignore[union-attr]

    class FirstPaint(QObject):
        seen = False

        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint and not self.seen:
                self.seen = True
                QTimer.singleShot(0, painted)  # after this paint has been done
            return False

    watcher = FirstPaint()
    viewport.installEventFilter(watcher)  # type: ignore[attr-defined]
    return watcher


def bare(*, qt_namespace: bool = False) -> None:
    """A bare PySide6 window with an empty table: what any Qt program pays to show a list.

    With ``qt_namespace`` it also reads one ``Qt.AlignmentFlag``: PySide6 then builds every enum
    of the ``Qt`` namespace (93 Python enums), which any window with a table model written in
    Python pays and the bare one does not; for information.
    """
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    table = QTableView()
    model = QStandardItemModel(0, 7)
    table.setModel(model)
    window.setCentralWidget(table)
    window.resize(1280, 780)
    if qt_namespace:
        from PySide6.QtCore import Qt

        table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft)
    watcher = _report_first_paint(table.viewport())
    window.show()
    app.exec()
    del watcher


def ropa(workspace: str, settings_file: str) -> None:
    """Ropa's window started as ``ropa gui`` starts it (:func:`ropa.cli.cmd_gui`: the garbage
    collector paused until the first paint, then :func:`ropa.ui.app.run`)."""
    from ropa.gc_pause import pause_until_started

    pause_until_started()
    from pathlib import Path

    from PySide6.QtCore import QSettings

    from ropa.ui.app import run

    watchers = []
    settings = QSettings(settings_file, QSettings.Format.IniFormat)
    run(
        Path(workspace),
        [],
        settings=settings,
        before_show=lambda window: watchers.append(_report_first_paint(window.table.viewport())),  # type: ignore[attr-defined]
    )


if __name__ == "__main__":
    if sys.argv[1] == "ropa":
        ropa(sys.argv[2], sys.argv[3])
    else:
        bare(qt_namespace=sys.argv[1] == "bare-qt")

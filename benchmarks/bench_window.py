"""How fast the window opens, filters and sorts a large workspace (10,000 registers by default).

Why: the register table must stay instant at the size of a big city group; this prints the figures
to compare against the budgets (listing < 150 ms, window open well under 1 s, a keystroke or a
sort in tens of ms).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_window.py [--db FILE] [--registers N]

Without ``--db`` a demo workspace is built in a temporary folder first (a few seconds).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QSettings, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from ropa.app import Session  # noqa: E402
from ropa.demo import build_demo  # noqa: E402
from ropa.io.interchange import read_document  # noqa: E402
from ropa.ui.main_window import MainWindow  # noqa: E402
from ropa.ui.register_model import Column  # noqa: E402


class _FirstPaint(QObject):
    """Notes when the table's viewport is first painted."""

    def __init__(self) -> None:
        super().__init__()
        self.painted = False

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms"


def _summary(label: str, samples: list[float]) -> None:
    print(
        f"{label:<34} median {_ms(statistics.median(samples))}   "
        f"min {_ms(min(samples))}   max {_ms(max(samples))}   (n={len(samples)})"
    )


def _timed(action: Callable[[], object], app: QApplication) -> float:
    start = time.perf_counter()
    action()
    app.processEvents()
    return time.perf_counter() - start


def _workspace(args: argparse.Namespace, folder: Path) -> Path:
    if args.db:
        return Path(args.db)
    path = folder / "bench.ropa"
    print(f"building a demo workspace with {args.registers} registers in {path} ...", flush=True)
    with Session.open(path) as ws:
        ws.import_records(read_document(build_demo(args.registers, 0), "demo"))
    return path


def bench_listing(path: Path, runs: int) -> None:
    samples = []
    with Session.open(path, create=False) as ws:
        for _ in range(runs):
            start = time.perf_counter()
            rows = ws.register_summaries()
            samples.append(time.perf_counter() - start)
    _summary(f"register_summaries ({len(rows)} rows)", samples)


def bench_open(app: QApplication, path: Path, settings: QSettings, runs: int) -> MainWindow:
    """Time MainWindow(path) until the table has painted once; returns the last window, shown."""
    constructed, opened = [], []
    window: MainWindow | None = None
    for run in range(runs):
        if window is not None:
            window.close()
            window.deleteLater()
            app.processEvents()
        clock = QElapsedTimer()
        clock.start()
        window = MainWindow(path, settings=settings, language="en")
        constructed.append(clock.nsecsElapsed() / 1e9)
        watcher = _FirstPaint()
        window.table.viewport().installEventFilter(watcher)
        window.show()
        while not watcher.painted and clock.elapsed() < 5000:
            app.processEvents()
        opened.append(clock.nsecsElapsed() / 1e9)
        window.table.viewport().removeEventFilter(watcher)
        if run == 0:
            print(f"window: {window.windowTitle()!r}, status {window.status_text()!r}")
    _summary("MainWindow(...) constructed", constructed)
    _summary("window open until first paint", opened)
    assert window is not None
    return window


def bench_filter(app: QApplication, window: MainWindow, text: str) -> None:
    keystrokes = []
    typed = ""
    for character in text:
        typed += character
        keystrokes.append(_timed(lambda t=typed: window.filter_edit.setText(t), app))
    print(f"filter {text!r}: {window.status_text()}")
    _summary("filter, per keystroke", keystrokes)
    deleting = []
    while typed:
        typed = typed[:-1]
        deleting.append(_timed(lambda t=typed: window.filter_edit.setText(t), app))
    _summary("filter, per backspace", deleting)
    window.table.selectAll()
    selected = [_timed(lambda t=text[: n + 1]: window.filter_edit.setText(t), app) for n in range(len(text))]
    _summary("filter, all rows selected", selected)
    window.filter_edit.clear()
    window.table.clearSelection()


def bench_sort(app: QApplication, window: MainWindow) -> None:
    samples = []
    for column in Column:
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            seconds = _timed(lambda c=column, o=order: window.table.sortByColumn(c, o), app)
            samples.append(seconds)
            print(f"  sort {column.name.lower():<12} {order.name:<15} {_ms(seconds)}")
    _summary("sort (all columns, both orders)", samples)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="an existing workspace (default: build a demo one)")
    parser.add_argument("--registers", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        settings = QSettings(str(Path(folder) / "bench.ini"), QSettings.Format.IniFormat)
        path = _workspace(args, Path(folder))
        print(f"Qt platform: {app.platformName()}, workspace: {path}")
        bench_listing(path, args.runs)
        window = bench_open(app, path, settings, args.runs)
        bench_filter(app, window, "marketing")
        bench_sort(app, window)
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Screenshots of the window's main views and the notice review dialog, into docs/screenshots/ (Xvfb).

    python scripts/screenshots.py [--out docs/screenshots] [--lang en|fi|both]

Without a display it runs itself again under ``xvfb-run`` (apt-get install xvfb), so the
pictures are drawn by the real xcb platform with the system fonts, as a user would see them.
It builds a demo workspace (``ropa.demo``, 300 registers) in a temporary folder and uses
private settings, so nothing of the user's is read or changed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _under_xvfb(argv: list[str]) -> int:
    xvfb = shutil.which("xvfb-run")
    if xvfb is None:
        sys.exit("screenshots: no display and no xvfb-run (apt-get install xvfb)")
    env = {**os.environ, "ROPA_SCREENSHOTS_XVFB": "1"}
    command = [xvfb, "-a", "-s", "-screen 0 1920x1200x24", sys.executable, __file__, *argv]
    return subprocess.call(command, env=env)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--lang", choices=("en", "fi", "both"), default="both")
    parser.add_argument("--registers", type=int, default=300)
    args = parser.parse_args(argv)
    if not os.environ.get("DISPLAY") and not os.environ.get("ROPA_SCREENSHOTS_XVFB"):
        return _under_xvfb(argv)
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QSettings

    from ropa.app import Session
    from ropa.demo import build_demo
    from ropa.io.interchange import read_document
    from ropa.ui.app import application
    from ropa.ui.i18n import install_translators, remove_translators

    app = application(["ropa"])
    app.setStyle("Fusion")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    languages = ("en", "fi") if args.lang == "both" else (args.lang,)
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        demo = base / "kaupunki.ropa"
        with Session.open(demo) as ws:
            ws.import_records(read_document(build_demo(args.registers, 3), "demo"))
        empty = base / "empty.ropa"
        Session.open(empty).close()
        for language in languages:
            translators = install_translators(app, language)
            try:
                settings = QSettings(str(base / f"settings-{language}.ini"), QSettings.Format.IniFormat)
                _shoot(app, demo, empty, settings, language, out)
            finally:
                remove_translators(app, translators)
    print(f"screenshots in {out}")
    return 0


def _shoot(app, demo: Path, empty: Path, settings, language: str, out: Path) -> None:  # noqa: ANN001
    from ropa.ui.main_window import MainWindow
    from ropa.ui.sidebar import View

    def settle(window: MainWindow) -> None:
        for _ in range(5):
            app.processEvents()

    def save(window: MainWindow, name: str) -> None:
        settle(window)
        path = out / f"{name}-{language}.png"
        window.grab().save(str(path))
        print(path)

    window = MainWindow(empty, settings=settings, language=language)
    window.resize(1280, 800)
    window.show()
    save(window, "first-start")
    window.close()

    window = MainWindow(demo, settings=settings, language=language)
    window.resize(1440, 900)
    window.show()
    window.wait_for_facts()
    save(window, "registers-all")
    controllers = window.sidebar_model.controllers()
    busiest = max(controllers, key=lambda c: (c.registers, c.processing_on_behalf))
    window.show_view(busiest.key, View.REGISTERS)
    window.table.selectRow(1)
    window.registers_page.flush()
    save(window, "registers-controller")
    window.show_view(busiest.key, View.TRANSFERS)
    save(window, "transfers")
    window.show_view(busiest.key, View.PROCESSORS)
    tree = window.processors_page.tree
    deepest = _deepest(window)
    if deepest:
        window.processors_page.select(deepest)
    else:
        tree.setCurrentIndex(window.processors_page.model.index(0, 0))
    save(window, "processors")
    with_pob = next((c for c in controllers if c.processing_on_behalf), busiest)
    window.show_view(with_pob.key, View.ON_BEHALF)
    window.on_behalf_page.table.selectRow(0)
    save(window, "on-behalf")
    window.show_view(busiest.key, View.DETAILS)
    save(window, "controller-details")
    window.show_view(None, View.REGISTERS)
    window.registers_page.transfers_check.setChecked(True)
    window.registers_page.overdue_check.setChecked(True)
    save(window, "registers-filtered")
    window.registers_page.transfers_check.setChecked(False)
    window.registers_page.overdue_check.setChecked(False)
    window.show_view(None, View.DASHBOARD)
    window.dashboard_page.wait()
    save(window, "dashboard-all")
    window.show_view(busiest.key, View.DASHBOARD)
    window.dashboard_page.wait()
    save(window, "dashboard-controller")
    window.close()
    _shoot_notice_review(app, language, out)


def _shoot_notice_review(app, language: str, out: Path) -> None:  # noqa: ANN001
    """The review dialog of File › Import Privacy Notices… on the Kemi notice of the tests'
    fixtures, its retention period chosen (the sentences it came from shown darker)."""
    from ropa.io.notice_import import plan_import, read_notice
    from ropa.model import records as r
    from ropa.ui.notice_review import NoticeReviewDialog, Reading

    notice = ROOT / "tests" / "fixtures" / "notices" / "kemi_numbered.txt"
    workspace = r.Workspace(
        controllers=(r.Controller(key="kemi", name="Kemin kaupunki", email="kirjaamo@kemi.fi"),)
    )
    reading = Reading(plan_import([read_notice(notice)], workspace), (), workspace)
    dialog = NoticeReviewDialog(reading, lang=language)
    dialog.resize(1440, 900)
    dialog.show()
    dialog.choose_field("register.retention")
    for _ in range(5):
        app.processEvents()
    path = out / f"notice-review-{language}.png"
    dialog.grab().save(str(path))
    print(path)
    dialog.close()


def _deepest(window) -> str | None:  # noqa: ANN001
    """A sub-processor deepest in its chain, to show the tree open."""
    model = window.processors_page.model
    best, depth = None, 0
    for p in model.overview.processors:
        level, parent = 0, p.parent
        parents = {q.key: q.parent for q in model.overview.processors}
        while parent:
            level, parent = level + 1, parents.get(parent)
        if level > depth:
            best, depth = p.key, level
    return best


if __name__ == "__main__":
    sys.exit(main())

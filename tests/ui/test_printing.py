"""Printing from the window: the PDF the exports write, painted page for page into a QPrinter; the
register editor's diagram and its Print… and Privacy Notice… buttons; the notice dialog."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QApplication

from ropa.app import Session
from ropa.io.pdf import export_record, terms
from ropa.ui.main_window import MainWindow
from ropa.ui.printing import NoticeDialog, PrintJob, load_pdf, paint_pdf
from ropa.ui.sidebar import View

REGISTER = "kemi-viestinta"
needs_poppler = pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="poppler-utils not installed")


@pytest.fixture
def window(make_window, seeded_workspace: Session) -> MainWindow:
    window = make_window(seeded_workspace.path)
    window.use_record_editors()
    window.show()
    return window


def pdf_pages(path: Path) -> list[tuple[float, float]]:
    """Each page's size in points, read back with poppler."""
    out = subprocess.run(
        ["pdfinfo", "-f", "1", "-l", "100000", str(path)], capture_output=True, text=True, check=True
    ).stdout
    sizes = []
    for line in out.splitlines():
        if line.startswith("Page") and "size:" in line:
            width, _x, height = line.split("size:")[1].split()[:3]
            sizes.append((float(width), float(height)))
    return sizes


def page_image(path: Path, page: int, tmp_path: Path) -> QImage:
    stem = tmp_path / f"page-{page}"
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "30",
            "-f",
            str(page),
            "-l",
            str(page),
            "-singlefile",
            str(path),
            str(stem),
        ],
        check=True,
    )
    return QImage(str(stem.with_suffix(".png")))


def inked(image: QImage) -> list[tuple[int, int]]:
    """The pixels that are not near white."""
    return [
        (x, y)
        for y in range(image.height())
        for x in range(image.width())
        if QColor(image.pixel(x, y)).lightness() < 200
    ]


def ink_box(points: list[tuple[int, int]]) -> tuple[int, int, int, int]:
    xs, ys = [x for x, _ in points], [y for _, y in points]
    return min(xs), min(ys), max(xs), max(ys)


@needs_poppler
def test_printing_to_a_pdf_file_gives_the_exported_pages(
    qtbot, seeded_workspace: Session, tmp_path: Path
) -> None:
    exported = tmp_path / "kemi.pdf"
    summary = export_record(seeded_workspace, exported, controller="kemi", lang="fi")
    document = load_pdf(exported)
    assert document.pageCount() == summary.pages
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    assert paint_pdf(document, printer, dpi=100) == summary.pages
    original, copy = pdf_pages(exported), pdf_pages(printed)
    assert len(copy) == len(original) == summary.pages
    for (w0, h0), (w1, h1) in zip(original, copy, strict=True):  # A4, and the landscape annex too
        assert abs(w0 - w1) < 1.5 and abs(h0 - h1) < 1.5
    assert any(w > h for w, h in copy)
    for page in (1, 3, summary.pages):  # images of the PDF's pages: not blank, the same ink in the same place
        printed_ink = inked(page_image(printed, page, tmp_path))
        original_ink = inked(page_image(exported, page, tmp_path))
        assert len(printed_ink) > 100
        for a, b in zip(ink_box(printed_ink), ink_box(original_ink), strict=True):
            assert abs(a - b) <= 2


def test_the_print_dialog_page_range_is_honoured(qtbot, seeded_workspace: Session, tmp_path: Path) -> None:
    exported = tmp_path / "one.pdf"
    export_record(seeded_workspace, exported, controller="kemi", lang="en")
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "two.pdf"))
    printer.setFromTo(2, 3)
    document = load_pdf(exported)
    assert paint_pdf(document, printer, dpi=50) == document.pageCount()  # "All" chosen: every page
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    assert paint_pdf(load_pdf(exported), printer, dpi=50) == 2


def test_one_register_prints_alone(demo_workspace: Session, tmp_path: Path) -> None:
    summaries = demo_workspace.register_summaries()
    first = summaries[0]
    sibling = next(s for s in summaries[1:] if s.controller_key == first.controller_key)
    whole = export_record(demo_workspace, tmp_path / "all.pdf", controller=first.controller_key)
    one = export_record(demo_workspace, tmp_path / "one.pdf", register=first.key)
    assert one.registers == 1 and one.controllers == 1 and whole.registers > 1
    assert 2 < one.pages < whole.pages
    if shutil.which("pdftotext"):
        text = " ".join(
            subprocess.run(
                ["pdftotext", str(tmp_path / "one.pdf"), "-"], capture_output=True, text=True, check=True
            ).stdout.split()
        )
        assert first.name in text and first.controller_name in text
        assert sibling.name not in text
        part = " ".join(terms.PART_30_2("en").split())
        assert part not in text  # no Art. 30(2) part in one register's record
        whole_text = subprocess.run(
            ["pdftotext", str(tmp_path / "all.pdf"), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert part in " ".join(whole_text.split())


def _wait_job(qtbot, job: PrintJob | None) -> PrintJob:
    assert job is not None and job.task is not None
    qtbot.waitUntil(lambda: job.document is not None, timeout=60_000)
    return job


def test_print_preview_of_the_record_shows_every_page(qtbot, window: MainWindow) -> None:
    window.show_view("kemi", View.REGISTERS)
    assert window.printing.preview_action.isEnabled()
    job = _wait_job(qtbot, window.printing.print_record(preview=True))
    qtbot.waitUntil(lambda: isinstance(job.dialog, QPrintPreviewDialog) and job.dialog.isVisible())
    assert job.document is not None
    pages = job.document.pageCount()
    preview = job.dialog
    assert isinstance(preview, QPrintPreviewDialog)
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    widget = preview.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: widget.pageCount() == pages, timeout=60_000)
    assert pages > 10
    assert "Kemi" in preview.windowTitle()
    preview.close()
    QApplication.processEvents()


def test_register_editor_shows_the_diagram_and_its_buttons_lead_to_printing(
    qtbot, window: MainWindow
) -> None:
    window.go_to_register(REGISTER)
    editor = window.registers_page.slot.widget()
    diagram = editor.diagram.view.diagram()
    assert diagram is not None and len(diagram.boxes) >= 2
    assert any("Kemin kaupunki" in t.text for t in diagram.texts)  # the controller, named from the list
    before = len(diagram.boxes)
    # unlinking a processor in the form redraws the diagram (before saving)
    processors = editor.value().processors
    editor.form.load(dataclasses.replace(editor.value(), processors=processors[:1]))
    editor.check_now()
    assert len(editor.diagram.view.diagram().boxes) < before
    editor.revert()

    editor.notice_button.click()
    dialog = window.printing.notice_dialog
    assert isinstance(dialog, NoticeDialog) and dialog.register == REGISTER
    dialog.close()
    editor.print_button.click()
    job = _wait_job(qtbot, window.printing.job)
    assert job.document is not None and job.document.pageCount() >= 3
    qtbot.waitUntil(lambda: job.dialog is not None and job.dialog.isVisible())
    job.dialog.close()


@needs_poppler
def test_the_notice_dialog_writes_pdf_and_html(qtbot, window: MainWindow, tmp_path: Path) -> None:
    window.go_to_register(REGISTER)
    window.printing.update_actions()
    assert window.printing.notice_action.isEnabled()
    window.printing.notice_action.trigger()
    dialog = window.printing.notice_dialog
    assert dialog is not None
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    html = tmp_path / "notice.html"
    task = dialog.save_to(html)
    qtbot.waitUntil(lambda: html in dialog.written, timeout=30_000)
    text = html.read_text(encoding="utf-8")
    assert '<html lang="en"' in text
    dialog.language.setCurrentIndex(dialog.language.findData("fi"))
    pdf = tmp_path / "notice.pdf"
    task = dialog.save_to(pdf)
    qtbot.waitUntil(lambda: pdf in dialog.written, timeout=30_000)
    assert task is not None
    assert pdf.read_bytes().startswith(b"%PDF") and pdf_pages(pdf)
    job = dialog.print_notice(preview=True)
    _wait_job(qtbot, job)
    assert job.document is not None and job.document.pageCount() == len(pdf_pages(pdf))
    qtbot.waitUntil(lambda: job.dialog is not None and job.dialog.isVisible())
    job.dialog.close()
    dialog.close()


def test_a_pdf_that_cannot_be_read_is_one_line(tmp_path: Path) -> None:
    from ropa.errors import RopaError

    bad = tmp_path / "bad.pdf"
    bad.write_text("not a pdf")
    with pytest.raises(RopaError, match="cannot read the PDF"):
        load_pdf(bad)


@needs_poppler
def test_print_goes_through_the_print_dialog_to_the_printer(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from PySide6.QtPrintSupport import QPrintDialog

    target = tmp_path / "printer.pdf"
    asked: list[tuple[int, int]] = []

    def accept(dialog: QPrintDialog) -> int:  # the user picks a printer (here: a PDF file) and OK
        asked.append((dialog.minPage(), dialog.maxPage()))
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return int(QPrintDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    window.go_to_register(REGISTER)
    job = window.printing.print_register(preview=False)
    assert job is not None
    qtbot.waitUntil(target.exists, timeout=60_000)
    qtbot.waitUntil(lambda: not job.pdf.parent.exists())  # the temporary PDF is gone once printed
    printed = pdf_pages(target)
    assert asked and asked[0][0] == 1 and asked[0][1] == len(printed) >= 3


def test_a_cancelled_print_shows_nothing_and_leaves_nothing(qtbot, window: MainWindow) -> None:
    window.show_view(None, View.REGISTERS)
    job = window.printing.print_record(preview=True)
    assert job is not None and job.task is not None
    job.task.cancel()
    qtbot.waitUntil(lambda: not job.pdf.parent.exists(), timeout=60_000)
    assert job.document is None and job.dialog is None


def test_a_long_preview_shows_its_first_pages_and_says_so(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    from ropa.ui import printing

    monkeypatch.setattr(printing, "PREVIEW_PAGES", 3)
    window.show_view("kemi", View.REGISTERS)
    job = _wait_job(qtbot, window.printing.print_record(preview=True))
    assert job.document is not None
    qtbot.waitUntil(lambda: job.dialog is not None and job.dialog.isVisible())
    assert job.dialog is not None
    widget = job.dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: widget.pageCount() == 3)
    assert f"the first 3 of {job.document.pageCount()} pages" in job.dialog.windowTitle()
    job.dialog.close()

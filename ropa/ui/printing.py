"""Printing from the window: the record (of all controllers or one), one register's record and a
register's privacy notice, page for page the PDF that File › Export and ``ropa notice`` write.

The PDF is written by the same functions as the exports (:func:`ropa.io.pdf.export_record`,
:func:`ropa.io.pdf.export_notice`) in a worker thread with its own Session, behind a progress
dialog with Cancel, into a temporary folder. The window then loads it with QtPdf's
:class:`QPdfDocument` and paints each page into a :class:`QPrinter`, in a
:class:`QPrintPreviewDialog` (Print Preview) or after a :class:`QPrintDialog` (Print): every page
takes its paper size and orientation from the PDF page (A4, the transfer annex in landscape);
where the printer cannot change the paper once printing (the preview, most native printers), a
landscape page is turned a quarter onto the portrait paper, as a printer would.
QtPdf renders pages as images only, so the printed page is an image of the PDF page at the
printer's resolution (at most :data:`PRINT_DPI`), not text.

The window calls :func:`install_printing` once: it adds File › Print Preview… / Print… (Ctrl+P),
Register › Print Register… and Register › Privacy Notice…, and the register editor's Print… and
Privacy Notice… buttons lead to the same commands.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QMarginsF, QObject, QRect, QSize, QSizeF, Qt
from PySide6.QtGui import QAction, QKeySequence, QPageLayout, QPageSize, QPaintEngine, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ropa.app import Session

if TYPE_CHECKING:
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter

    from ropa.app.session import Progress
    from ropa.ui.main_window import MainWindow
    from ropa.ui.workers import Task

PRINT_DPI = 300  # pages are rendered at the printer's resolution, at most this (A4: 2480 x 3508)
# The preview keeps every page's image in memory (3.6 MB an A4 page at 96 dpi): it shows the first
# PREVIEW_PAGES pages at screen resolution; its Print button prints them all at PRINT_DPI.
PREVIEW_DPI = 96
PREVIEW_PAGES = 100

# Writes the PDF at the path with a Session of its own, reporting to the progress.
Writer = Callable[[Session, Path, "Progress"], object]


# -- painting a PDF into a printer -------------------------------------------------------------------


def page_layout(document: QPdfDocument, page: int) -> QPageLayout:
    """The paper of ``page``: its size and orientation as the PDF has them, no margins."""
    size = document.pagePointSize(page)
    short, long = sorted((size.width(), size.height()))
    paper = QPageSize(QSizeF(short, long), QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    landscape = size.width() > size.height()
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    return QPageLayout(paper, orientation, QMarginsF(0, 0, 0, 0))


def pages_to_print(printer: QPrinter, count: int) -> list[int]:
    """The pages (from 0) the print dialog chose: all of them, or its page ranges."""
    from PySide6.QtPrintSupport import QPrinter

    ranges = printer.pageRanges()
    if printer.printRange() != QPrinter.PrintRange.PageRange or ranges.isEmpty():
        return list(range(count))
    return [page for page in range(count) if ranges.contains(page + 1)]


def is_preview(printer: QPrinter) -> bool:
    """True when ``printer`` paints for QPrintPreviewDialog rather than onto paper or a file."""
    return printer.paintEngine().type() == QPaintEngine.Type.Picture


def paint_pdf(
    document: QPdfDocument,
    printer: QPrinter,
    *,
    dpi: int = PRINT_DPI,
    keep_going: Callable[[int, int], bool] | None = None,
) -> int:
    """Paint the pages of ``document`` into ``printer``, each on paper of its own size; return how
    many were painted. ``keep_going(done, total)`` is asked before each page (False stops)."""
    # QPrintPreviewDialog paints into pictures it keeps in memory, page images and all
    preview = is_preview(printer)
    pages = pages_to_print(printer, document.pageCount())[: PREVIEW_PAGES if preview else None]
    if not pages:
        return 0
    printer.setFullPage(True)
    printer.setPageLayout(page_layout(document, pages[0]))
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    painted = 0
    try:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        for n, page in enumerate(pages):
            if keep_going is not None and not keep_going(n, len(pages)):
                break
            if n:
                wanted = page_layout(document, page)
                if printer.pageLayout().orientation() != wanted.orientation():
                    printer.setPageLayout(wanted)  # refused by a printer already printing (not PDF)
                printer.newPage()
            points = document.pagePointSize(page)
            resolution = min(printer.resolution(), PREVIEW_DPI if preview else dpi)
            image = document.render(
                page, QSize(round(points.width() * resolution / 72), round(points.height() * resolution / 72))
            )
            paper = printer.pageLayout().fullRectPixels(printer.resolution())  # this page's, after newPage
            painter.setViewport(paper)
            painter.setWindow(paper)
            if (points.width() > points.height()) == (paper.width() > paper.height()):
                painter.drawImage(paper, image)
            else:  # the paper stayed as it was: the page is turned a quarter onto it, as printers do
                painter.save()
                painter.translate(paper.right() + 1, paper.top())
                painter.rotate(90)
                painter.drawImage(QRect(0, 0, paper.height(), paper.width()), image)
                painter.restore()
            painted += 1
    finally:
        painter.end()
    return painted


def load_pdf(path: Path, parent: QObject | None = None) -> QPdfDocument:
    """``path`` opened by QtPdf; a file it cannot read is a RopaError naming it."""
    from PySide6.QtPdf import QPdfDocument

    from ropa.errors import RopaError

    document = QPdfDocument() if parent is None else QPdfDocument(parent)
    error = document.load(str(path))
    if error != QPdfDocument.Error.None_:
        raise RopaError(f"{path}: cannot read the PDF ({error.name})")
    return document


# -- one print job ---------------------------------------------------------------------------------


class PrintJob(QObject):
    """Write one PDF in a worker, then preview or print it; the temporary folder goes with the job."""

    def __init__(self, window: QWidget, source: Session, title: str, write: Writer, name: str) -> None:
        super().__init__(window)
        self._window = window
        self._source = source  # the window's session: the worker reopens it with its own connection
        self.title = title  # the document's name in dialogs: "Record of processing activities – Kemi"
        self._write = write
        self._folder = Path(tempfile.mkdtemp(prefix="ropa-print-"))
        self.pdf = self._folder / name
        self.document: QPdfDocument | None = None
        self.task: Task | None = None
        self.dialog: QDialog | None = None  # the preview or print dialog, while it is open
        self._printer: QPrinter | None = None  # the preview's: its dialog does not own it

    def start(self, then: Callable[[PrintJob], object]) -> Task:
        """Write the PDF in a worker with a progress dialog; ``then(self)`` once it is there."""
        source, target, write = self._source, self.pdf, self._write

        def work(progress: Progress) -> object:
            with source.reopen() as own:
                return write(own, target, progress)

        def done(_result: object) -> None:
            try:
                self.document = load_pdf(self.pdf, self)
            except Exception as error:  # noqa: BLE001 - one readable line in a dialog
                self._failed(error)
                return
            then(self)

        self.task = run_task(
            self._window, self.tr("Preparing {name}…").format(name=self.title), work, done, self.close
        )
        return self.task

    def preview(self) -> QDialog:
        """Open the print preview of the PDF (non-modal, so tests and the user can look at it)."""
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        assert self.document is not None
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.title)
        dialog = QPrintPreviewDialog(printer, self._window)
        title = self.tr("Print Preview – {name}").format(name=self.title)
        if self.document.pageCount() > PREVIEW_PAGES:
            title += " " + self.tr("(the first {shown} of {count} pages; Print prints every page)").format(
                shown=PREVIEW_PAGES, count=self.document.pageCount()
            )
        dialog.setWindowTitle(title)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.paintRequested.connect(self.paint)  # the preview, and its Print button
        dialog.destroyed.connect(self.close)
        self.dialog = dialog
        self._printer = printer
        dialog.resize(900, 1000)
        dialog.open()
        return dialog

    def print_(self) -> None:
        """Ask where and what to print (QPrintDialog), then print every chosen page."""
        from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter

        assert self.document is not None
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.title)
        printer.setFromTo(1, self.document.pageCount())
        dialog = QPrintDialog(printer, self._window)
        dialog.setWindowTitle(self.tr("Print – {name}").format(name=self.title))
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setMinMax(1, self.document.pageCount())
        self.dialog = dialog
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.paint(printer, PRINT_DPI)
        finally:
            self.dialog = None
            self.close()

    def paint(self, printer: QPrinter, dpi: int = PRINT_DPI) -> int:
        """Paint the PDF's pages into ``printer`` with a progress dialog (Cancel stops)."""
        from PySide6.QtWidgets import QApplication, QProgressDialog

        assert self.document is not None
        progress = QProgressDialog(
            self.tr("Printing {name}…").format(name=self.title),
            self.tr("Cancel"),
            0,
            self.document.pageCount(),
            self.dialog or self._window,
        )
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(600)

        def keep_going(done: int, total: int) -> bool:
            progress.setMaximum(total)
            progress.setValue(done)
            QApplication.processEvents()
            return not progress.wasCanceled()

        try:
            return paint_pdf(self.document, printer, dpi=dpi, keep_going=keep_going)
        finally:
            progress.reset()
            progress.deleteLater()

    def close(self) -> None:
        """Drop the PDF and its temporary folder."""
        if self.document is not None:
            self.document.close()
        shutil.rmtree(self._folder, ignore_errors=True)

    def _failed(self, error: BaseException) -> None:
        from ropa import failures

        self.close()
        show_error(self._window, self.title, failures.report(error))


def run_task(
    parent: QWidget,
    title: str,
    work: Callable[[Progress], Any],
    done: Callable[[Any], None],
    given_up: Callable[[], None] | None = None,
) -> Task:
    """Run ``work`` in a worker thread behind a progress dialog with Cancel; ``done(result)`` on
    success; on a cancel or a failure ``given_up()``, and a failure is one line in an error dialog."""
    from PySide6.QtWidgets import QProgressDialog

    from ropa import failures
    from ropa.io.pdf import ExportCancelled
    from ropa.ui.workers import Task, step_text

    task = Task(work, parent)
    dialog = QProgressDialog(title, QCoreApplication.translate("Printing", "Cancel"), 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(task.cancel)

    def progressed(text: str, step: int, total: int) -> None:
        if not task.cancelled():
            dialog.setLabelText(f"{title}\n{step_text(text)}")
            dialog.setMaximum(total)
            dialog.setValue(step)

    def finished() -> None:
        dialog.reset()
        dialog.deleteLater()

    def succeeded(result: Any) -> None:
        finished()
        done(result)

    def failed(error: BaseException) -> None:
        finished()
        if given_up is not None:
            given_up()
        if isinstance(error, ExportCancelled) or task.cancelled():
            return
        show_error(parent, title.rstrip("…"), failures.report(error))

    task.progressed.connect(progressed)
    task.succeeded.connect(succeeded)
    task.failed.connect(failed)
    task.finished.connect(task.deleteLater)
    task.start()
    return task


# -- the privacy notice dialog ---------------------------------------------------------------------


class NoticeDialog(QDialog):
    """The Art. 13/14 privacy notice of one register: in Finnish or English, saved as PDF or HTML,
    previewed or printed. Each file is written by :func:`ropa.io.pdf.export_notice` in a worker."""

    def __init__(
        self, source: Session, register: str, name: str, controller: str | None, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._source = source
        self.register = register
        self.controller = controller
        self.name = name or register
        self.task: Task | None = None
        self.job: PrintJob | None = None
        self.written: list[Path] = []
        self.setWindowTitle(self.tr("Privacy Notice – {name}").format(name=self.name))
        column = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The information to data subjects (GDPR Art. 13 and 14) of <b>{name}</b>, "
                "in the numbered layout of a Finnish privacy notice."
            ).format(name=_html(self.name))
        )
        intro.setWordWrap(True)
        column.addWidget(intro)
        form = QFormLayout()
        self.language = QComboBox()
        self.language.addItem("suomi", "fi")
        self.language.addItem("English", "en")
        self.language.setAccessibleName(self.tr("Language of the notice"))
        form.addRow(self.tr("&Language:"), self.language)
        column.addLayout(form)
        buttons = QDialogButtonBox()
        self.save_pdf_button = QPushButton(self.tr("Save &PDF…"))
        self.save_html_button = QPushButton(self.tr("Save &HTML…"))
        self.preview_button = QPushButton(self.tr("Print Pre&view…"))
        self.print_button = QPushButton(self.tr("P&rint…"))
        for button in (self.save_pdf_button, self.save_html_button, self.preview_button, self.print_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.save_pdf_button.clicked.connect(lambda: self._ask_save(".pdf"))
        self.save_html_button.clicked.connect(lambda: self._ask_save(".html"))
        self.preview_button.clicked.connect(lambda: self.print_notice(preview=True))
        self.print_button.clicked.connect(lambda: self.print_notice(preview=False))
        column.addWidget(buttons)
        self.setMinimumWidth(560)

    def lang(self) -> str:
        return str(self.language.currentData())

    def save_to(self, path: Path) -> Task:
        """Write the notice to ``path`` (.pdf or .html) in a worker; the status is in ``written``."""
        register, controller, lang, source = self.register, self.controller, self.lang(), self._source

        def work(_progress: Progress) -> object:
            from ropa.io.pdf import export_notice

            with source.reopen() as own:
                return export_notice(own, register, path, lang=lang, controller=controller)

        def done(_summary: object) -> None:
            self.written.append(path)
            window = self.parent()
            status = getattr(window, "statusBar", None)
            if status is not None:
                status().showMessage(self.tr("Privacy notice saved to {file}").format(file=path), 10000)

        self.task = run_task(self, self.tr("Writing the privacy notice…"), work, done)
        return self.task

    def print_notice(self, *, preview: bool) -> PrintJob:
        """Write the notice as a PDF in a worker, then preview or print it."""
        register, controller, lang = self.register, self.controller, self.lang()

        def write(own: Session, target: Path, _progress: Progress) -> object:
            from ropa.io.pdf import export_notice

            return export_notice(own, register, target, lang=lang, controller=controller)

        job = PrintJob(self, self._source, self.name, write, "notice.pdf")
        self.job = job
        job.start(lambda ready: ready.preview() if preview else ready.print_())
        self.task = job.task
        return job

    def _ask_save(self, suffix: str) -> None:
        from PySide6.QtWidgets import QFileDialog

        kinds = {".pdf": self.tr("PDF files (*.pdf)"), ".html": self.tr("Web pages (*.html)")}
        suggested = Path.home() / f"{self.register}-{self.lang()}{suffix}"
        name, _chosen = QFileDialog.getSaveFileName(
            self, self.tr("Save Privacy Notice"), str(suggested), kinds[suffix]
        )
        if name:
            path = Path(name)
            self.save_to(path if path.suffix.lower() == suffix else Path(name + suffix))


def show_error(parent: QWidget, title: str, message: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(parent, title, message)


def _html(text: str) -> str:
    from html import escape

    return escape(text)


# -- the window's commands -------------------------------------------------------------------------


class Printing(QObject):
    """The print commands of one main window: its actions, menus and the editor's buttons."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.job: PrintJob | None = None
        self.notice_dialog: NoticeDialog | None = None
        self.preview_action = QAction(self.tr("Print Pre&view…"), window)
        self.preview_action.triggered.connect(lambda: self.print_record(preview=True))
        self.print_action = QAction(self.tr("&Print…"), window)
        self.print_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Print))
        self.print_action.triggered.connect(lambda: self.print_record(preview=False))
        self.print_register_action = QAction(self.tr("Print Re&gister…"), window)
        self.print_register_action.triggered.connect(lambda: self.print_register(preview=True))
        self.notice_action = QAction(self.tr("Privacy &Notice…"), window)
        self.notice_action.triggered.connect(self.open_notice)
        file_menu = window.file_menu
        before = window.save_as_action
        file_menu.insertAction(before, self.preview_action)
        file_menu.insertAction(before, self.print_action)
        file_menu.insertSeparator(before)
        register_menu = window.register_menu
        register_menu.addSeparator()
        register_menu.addAction(self.print_register_action)
        register_menu.addAction(self.notice_action)
        window.addAction(self.print_action)  # Ctrl+P works with the menu closed
        file_menu.aboutToShow.connect(self.update_actions)
        register_menu.aboutToShow.connect(self.update_actions)
        self.update_actions()

    def update_actions(self) -> None:
        has = self.window.workspace is not None
        register = has and self._register() is not None
        for action in (self.preview_action, self.print_action):
            action.setEnabled(has)
        for action in (self.print_register_action, self.notice_action):
            action.setEnabled(register)

    def connect_editor(self, editor: QWidget) -> None:
        """The register editor's Print… and Privacy Notice… buttons."""
        notice = getattr(editor, "notice_requested", None)
        if notice is not None:
            notice.connect(self.open_notice)
        printing = getattr(editor, "print_requested", None)
        if printing is not None:
            printing.connect(lambda: self.print_register(preview=True))

    # -- commands ----------------------------------------------------------------------------------

    def print_record(self, *, preview: bool) -> PrintJob | None:
        """The record of the controller shown (of every controller under All controllers)."""
        window = self.window
        if window.workspace is None:
            return None
        controller, lang, today = window.current_controller, _lang(window), window.today()

        def write(own: Session, target: Path, progress: Progress) -> object:
            from ropa.io.pdf import export_record

            return export_record(own, target, controller=controller, lang=lang, on=today, **_steps(progress))

        if controller is None:
            title = self.tr("Record of processing activities")
        else:
            summary = next((c for c in window.workspace.controller_summaries() if c.key == controller), None)
            title = summary.name if summary is not None else controller
        return self._start(title, write, preview)

    def print_register(self, *, preview: bool) -> PrintJob | None:
        """The record of the register shown: its controller's details, the register, its
        processors and transfers, as the record prints them."""
        window = self.window
        found = self._register()
        if window.workspace is None or found is None:
            return None
        key, name, controller = found
        lang, today = _lang(window), window.today()

        def write(own: Session, target: Path, progress: Progress) -> object:
            from ropa.io.pdf import export_record

            return export_record(
                own, target, controller=controller, register=key, lang=lang, on=today, **_steps(progress)
            )

        return self._start(name, write, preview)

    def open_notice(self) -> NoticeDialog | None:
        """The privacy notice dialog of the register shown."""
        window = self.window
        found = self._register()
        if window.workspace is None or found is None:
            return None
        key, name, controller = found
        if self.notice_dialog is not None:
            self.notice_dialog.close()
        dialog = NoticeDialog(window.workspace, key, name, controller, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda: setattr(self, "notice_dialog", None))
        self.notice_dialog = dialog
        dialog.open()
        return dialog

    def _start(self, title: str, write: Writer, preview: bool) -> PrintJob | None:
        workspace = self.window.workspace
        if workspace is None:
            return None
        if self.job is not None and self.job.task is not None and self.job.task.isRunning():
            return None  # one at a time
        job = PrintJob(self.window, workspace, title, write, "record.pdf")
        self.job = job
        job.start(lambda ready: ready.preview() if preview else ready.print_())
        return job

    def _register(self) -> tuple[str, str, str] | None:
        """The register shown in the register view: key, name and controller key."""
        window = self.window
        key = window.registers_page.current_key() if window.current_view.name == "REGISTERS" else None
        if not key:
            return None
        summary = window.model.summary_of(key)
        if summary is None:
            return None
        return key, summary.name or key, summary.controller_key


def _lang(window: MainWindow) -> str:
    """The window's language: the documents are printed in it, as File › Export writes them."""
    return str(getattr(window, "_language", "en"))


def _steps(progress: Progress) -> dict[str, Any]:
    return {
        "progress": lambda done, total: progress.step("Writing the PDF", done, total),
        "cancelled": progress.cancelled,
    }


def install_printing(window: MainWindow) -> Printing:
    """Add the print commands to ``window`` (its File and Register menus)."""
    return Printing(window)

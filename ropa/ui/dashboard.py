"""The dashboard of all controllers or of one: how complete the records are and what needs doing.

The numbers are :func:`ropa.model.checks.summary.dashboard` (``Session.dashboard``): the checks
over the whole workspace take about a second at 10,000 registers, so they run in a worker thread
with its own connection, a quarter of a second after the last change (edits in a row load once);
a result that arrives after the workspace or the controller changed is dropped. Above: tiles for
completeness, findings by severity and reviews; then charts (completeness, legal bases, transfer
destinations by mechanism); below, the findings (a double click opens the record in its editor at
the field) and the reviews overdue or coming up.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QThread,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ropa.gc_pause import collector_paused
from ropa.io import wording
from ropa.model.checks import Finding, Severity
from ropa.model.checks.summary import ADEQUACY, NO_MECHANISM, Dashboard, Review, field_text
from ropa.model.fields import Words
from ropa.model.validate import parse_path
from ropa.reference import reference
from ropa.ui.charts import PALETTE, Bar, BarChart, Series
from ropa.ui.i18n import ui_locale
from ropa.ui.list_table import TitledColumns, list_table
from ropa.ui.workers import Task

if TYPE_CHECKING:
    from ropa.app.session import Session
    from ropa.ui.main_window import MainWindow

_Index = QModelIndex | QPersistentModelIndex

DEBOUNCE_MS = 250
CHART_ROWS = 10  # bars per chart: the rest is summed up in its last line

SEVERITY_COLOURS = {
    Severity.ERROR: QColor("#c62828"),
    Severity.WARNING: QColor("#a66f00"),
    Severity.INFO: QColor("#2f6690"),
}
MISSING_COLOUR = QColor("#c62828")
#: What a record in the findings list is, where its name alone does not say it.
SUBJECT_WORDS = {
    "processing_on_behalf": wording.ON_BEHALF_KIND,  # as the documents and `ropa check` say it
    "processor": Words("processor", "käsittelijä"),
}


class FindingColumn(IntEnum):
    SEVERITY = 0
    CONTROLLER = 1
    RECORD = 2
    FIELD = 3
    MESSAGE = 4
    ARTICLE = 5
    RULE = 6


class FindingsModel(TitledColumns, QAbstractTableModel):
    """The findings, errors first; each row's text worded once, when it is first shown."""

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._headers = (
            self.tr("Severity"),
            self.tr("Controller"),
            self.tr("Record"),
            self.tr("Field"),
            self.tr("Finding"),
            self.tr("Article"),
            self.tr("Rule"),
        )
        self._severity_text = {s: s.label(language).capitalize() for s in Severity}
        self._owners = {"processor": self.tr("Processor catalogue"), "workspace": self.tr("Workspace")}
        self._rows: list[Finding] = []
        self._texts: dict[int, tuple[str, ...]] = {}
        self._names: dict[str, str] = {}
        self._brushes = {s: QBrush(c) for s, c in SEVERITY_COLOURS.items()}
        self._bold = QFont()
        self._bold.setBold(True)

    def set_findings(self, findings: Sequence[Finding], controller_names: dict[str, str]) -> None:
        order = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
        self.beginResetModel()
        self._rows = sorted(findings, key=lambda f: order[f.severity])  # stable: record order kept
        self._texts = {}
        self._names = controller_names
        self.endResetModel()

    def finding(self, row: int) -> Finding:
        return self._rows[row]

    def _text(self, row: int) -> tuple[str, ...]:
        found = self._texts.get(row)
        if found is None:
            f = self._rows[row]
            lang = self._language
            record = f.name or f.record
            subject = SUBJECT_WORDS.get(f.subject)
            if subject is not None:
                record = f"{record} ({subject(lang)})"
            found = (
                self._severity_text[f.severity],
                self._owners.get(f.subject) or self._names.get(f.controller or "", f.controller or ""),
                record if f.subject not in ("controller", "workspace") else "",
                field_text(f, lang),
                f.message(lang),
                f.article,
                f.rule.id,
            )
            self._texts[row] = found
        return found

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(index.row())[index.column()]
        if index.column() == FindingColumn.SEVERITY:
            if role == Qt.ItemDataRole.ForegroundRole:
                return self._brushes[self._rows[index.row()].severity]
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
        return None


class ReviewsModel(TitledColumns, QAbstractTableModel):
    """Reviews overdue (red, with the days) and coming up."""

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = (self.tr("Due"), self.tr("Register"), self.tr("Controller"), self.tr("When"))
        self._rows: list[tuple[Review, bool]] = []
        self._names: dict[str, str] = {}
        self._on = date.today()
        self._red = QBrush(MISSING_COLOUR)

    def set_reviews(self, dashboard: Dashboard, controller_names: dict[str, str]) -> None:
        self.beginResetModel()
        self._rows = [(r, True) for r in dashboard.overdue] + [(r, False) for r in dashboard.upcoming]
        self._names = controller_names
        self._on = dashboard.on
        self.endResetModel()

    def review(self, row: int) -> Review:
        return self._rows[row][0]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        review, overdue = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            days = abs((review.due - self._on).days)
            if overdue:
                when = self.tr("1 day overdue") if days == 1 else self.tr("{n} days overdue").format(n=days)
            elif days == 0:
                when = self.tr("today")
            else:
                when = self.tr("in 1 day") if days == 1 else self.tr("in {n} days").format(n=days)
            values = (
                review.due.isoformat(),
                review.name or review.key,
                self._names.get(review.controller, review.controller),
                when,
            )
            return values[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and overdue and index.column() in (0, 3):
            return self._red
        return None


class Tile(QFrame):
    """One number at a glance, with what it counts below it."""

    def __init__(self, caption: str, colour: QColor | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.number = QLabel("–")
        font = self.number.font()
        font.setPointSizeF(font.pointSizeF() * 2.0)
        font.setBold(True)
        self.number.setFont(font)
        if colour is not None:
            self.number.setStyleSheet(f"color: {colour.name()};")
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setStyleSheet("color: palette(mid);")
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)
        layout.addWidget(self.detail)
        layout.addStretch(1)

    def set(self, number: str, detail: str = "") -> None:
        self.number.setText(number)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.setAccessibleName(f"{self.caption.text()}: {number}" + (f", {detail}" if detail else ""))


def _chart_box(title: str, chart: BarChart) -> QGroupBox:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    layout.addWidget(chart)
    layout.addStretch(1)
    chart.setAccessibleName(title)
    return box


class DashboardPage(QWidget):
    """Tiles, charts, findings and reviews of all controllers or one; loaded in a worker."""

    open_finding = Signal(object)  # a Finding: open its record at its field
    open_register = Signal(str)

    def __init__(
        self,
        language: str,
        *,
        track: Callable[[Task], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``track(task)`` keeps each worker until its thread ends (the window waits for them
        when it closes, and deletes them); without it the page deletes its own."""
        super().__init__(parent)
        self.setObjectName("dashboardPage")
        self._track = track
        self.language = language
        self._locale = ui_locale(language)
        self._dashboard: Dashboard | None = None
        self._task: Task | None = None
        self._wanted: tuple[Callable[[], Session], str | None, date, int] | None = None
        self._shown: tuple[str | None, int] | None = None  # (controller, generation) on screen
        self._loading: tuple[str | None, int] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._start)

        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.status = QLabel()
        self.status.setStyleSheet("color: palette(mid);")
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.status)

        self.complete_tile = Tile(self.tr("complete (Art. 30 content)"))
        self.error_tile = Tile(self.tr("errors"), SEVERITY_COLOURS[Severity.ERROR])
        self.warning_tile = Tile(self.tr("warnings"), SEVERITY_COLOURS[Severity.WARNING])
        self.info_tile = Tile(self.tr("notes"), SEVERITY_COLOURS[Severity.INFO])
        self.overdue_tile = Tile(self.tr("reviews overdue"), MISSING_COLOUR)
        self.upcoming_tile = Tile(self.tr("reviews in the next 60 days"))
        tiles = QHBoxLayout()
        for tile in (
            self.complete_tile,
            self.error_tile,
            self.warning_tile,
            self.info_tile,
            self.overdue_tile,
            self.upcoming_tile,
        ):
            tiles.addWidget(tile, 1)

        self.completeness_chart = BarChart(self.tr("No registers."))
        self.completeness_box = _chart_box(self.tr("Completeness"), self.completeness_chart)
        self.basis_chart = BarChart(self.tr("No registers."))
        self.basis_box = _chart_box(self.tr("Registers by legal basis"), self.basis_chart)
        self.transfer_chart = BarChart(self.tr("No transfers outside the EU/EEA."))
        self.transfer_box = _chart_box(
            self.tr("Transfers outside the EU/EEA: records by destination and mechanism"), self.transfer_chart
        )
        charts = QGridLayout()
        charts.addWidget(self.completeness_box, 0, 0)
        charts.addWidget(self.basis_box, 0, 1)
        charts.addWidget(self.transfer_box, 1, 0, 1, 2)
        charts.setColumnStretch(0, 1)
        charts.setColumnStretch(1, 1)

        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(tiles)
        upper_layout.addLayout(charts)
        upper_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(upper)

        self.findings_model = FindingsModel(language, self)
        self.findings = self._table(self.findings_model, "findingsTable", self.tr("Findings"))
        char = self.findings.fontMetrics().averageCharWidth()
        for column, chars in enumerate((12, 22, 30, 24, 70, 10)):
            self.findings.horizontalHeader().resizeSection(column, char * chars)
        self.findings.doubleClicked.connect(self._activated)
        self.findings.activated.connect(self._activated)
        self.reviews_model = ReviewsModel(language, self)
        self.reviews = self._table(self.reviews_model, "reviewsTable", self.tr("Reviews"))
        for column, chars in enumerate((12, 50, 28)):
            self.reviews.horizontalHeader().resizeSection(column, char * chars)
        self.reviews.doubleClicked.connect(self._review_activated)
        self.reviews.activated.connect(self._review_activated)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.findings, self.tr("Findings"))
        self.tabs.addTab(self.reviews, self.tr("Reviews"))

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("dashboardSplitter")
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([640, 320])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addLayout(heading)
        layout.addWidget(self.splitter)

    def _table(self, model: QAbstractTableModel, name: str, accessible: str) -> QTableView:
        return list_table(model, name, accessible, row_padding=8)

    # -- loading -----------------------------------------------------------------------------------

    def load(
        self, open_session: Callable[[], Session], controller: str | None, on: date, generation: int
    ) -> None:
        """Show the dashboard of ``controller`` (None: all) as of workspace state ``generation``:
        computed in a worker with its own session (``open_session()``), after a short pause.

        While another controller's numbers are still on screen they are greyed out."""
        wanted = (controller, generation)
        if self._shown == wanted or self._loading == wanted:
            self._wanted = None  # back to what is shown or loading: nothing else is wanted now
            self._timer.stop()
            if self._shown == wanted:
                self._show_status()
                self.splitter.setEnabled(True)
            return
        self._wanted = (open_session, controller, on, generation)
        self.status.setText(self.tr("Checking…"))
        self.splitter.setEnabled(self._dashboard is not None and self._dashboard.controller == controller)
        self._timer.start()

    def _start(self) -> None:
        if self._wanted is None:
            return
        if self._task is not None:  # one at a time: the newest wish starts when it is done
            return
        open_session, controller, on, generation = self._wanted
        self._wanted = None

        def work(_progress: object) -> Dashboard:
            # The collector stays paused until the workspace's records are freed: a collection
            # over them (millions of objects) would hold the interpreter lock, and the window
            # with it, for a good part of a second.
            with collector_paused(), open_session() as own:
                return own.dashboard(controller, on)

        task = Task(work, self)
        self._task = task
        self._loading = (controller, generation)
        if self._track is not None:
            self._track(task)
        task.succeeded.connect(lambda result: self._loaded(result, controller, generation))
        task.failed.connect(self._failed)
        task.finished.connect(lambda: self._ended(task))
        task.start(QThread.Priority.LowPriority)

    def _ended(self, task: Task) -> None:
        if self._task is task:
            self._task = None
            self._loading = None
        if self._track is None:
            task.deleteLater()
        if self._wanted is not None:
            self._timer.start()

    def _loaded(self, result: Dashboard, controller: str | None, generation: int) -> None:
        wanted = self._wanted
        if wanted is not None and wanted[1] != controller:
            return  # another controller's is wanted now (a newer state of this one is still shown)
        self._shown = (controller, generation)
        self.set_dashboard(result)

    def _failed(self, error: BaseException) -> None:
        self.status.setText(self.tr("The checks could not run: {error}").format(error=error))

    def is_loading(self) -> bool:
        return self._task is not None or self._wanted is not None

    def wait(self, timeout_ms: int = 60_000) -> bool:
        """Block until the dashboard wanted is shown (tests, screenshots, benchmarks)."""
        from PySide6.QtCore import QDeadlineTimer
        from PySide6.QtWidgets import QApplication

        deadline = QDeadlineTimer(timeout_ms)
        while self.is_loading() and not deadline.hasExpired():
            if self._timer.isActive() and self._task is None:
                self._timer.stop()
                self._start()
            task = self._task
            if task is not None:
                task.wait(50)
            QApplication.processEvents()
        return not self.is_loading()

    # -- showing -----------------------------------------------------------------------------------

    @property
    def dashboard(self) -> Dashboard | None:
        return self._dashboard

    def set_dashboard(self, dashboard: Dashboard, controller_name: str = "") -> None:
        self._dashboard = dashboard
        names = {c.key: c.name or c.key for c in dashboard.controllers}
        if dashboard.controller is None:
            self.title.setText(self.tr("All controllers"))
        else:
            self.title.setText(controller_name or names.get(dashboard.controller, dashboard.controller))
        self._show_status()
        self.splitter.setEnabled(True)
        percent = self._percent(dashboard.overall)
        self.complete_tile.set(
            percent,
            self.tr("{complete} of {total} registers fully complete").format(
                complete=self._locale.toString(dashboard.complete_registers),
                total=self._locale.toString(dashboard.registers),
            ),
        )
        for tile, severity in (
            (self.error_tile, Severity.ERROR),
            (self.warning_tile, Severity.WARNING),
            (self.info_tile, Severity.INFO),
        ):
            tile.set(self._locale.toString(dashboard.count(severity)))
        self.overdue_tile.set(self._locale.toString(len(dashboard.overdue)))
        self.upcoming_tile.set(self._locale.toString(len(dashboard.upcoming)))
        self._completeness(dashboard)
        self._bases(dashboard)
        self._transfers(dashboard)
        self.findings_model.set_findings(dashboard.findings, names)
        self.findings.setColumnHidden(FindingColumn.CONTROLLER, dashboard.controller is not None)
        self.reviews_model.set_reviews(dashboard, names)
        self.reviews.setColumnHidden(2, dashboard.controller is not None)
        self.tabs.setTabText(
            0, self.tr("Findings ({count})").format(count=self._locale.toString(len(dashboard.findings)))
        )
        self.tabs.setTabText(
            1,
            self.tr("Reviews ({count})").format(
                count=self._locale.toString(len(dashboard.overdue) + len(dashboard.upcoming))
            ),
        )

    def _show_status(self) -> None:
        if self._dashboard is not None:
            self.status.setText(self.tr("Checked on {date}").format(date=self._dashboard.on.isoformat()))

    def _percent(self, share: float) -> str:
        return f"{self._locale.toString(int(share * 100 + 1e-9) if share < 1 else 100)} %"

    def _completeness(self, dashboard: Dashboard) -> None:
        bands = Series("share", self.tr("complete"), PALETTE[2])
        if dashboard.controller is None:
            self.completeness_box.setTitle(self.tr("Completeness by controller (least complete first)"))
            rows = [
                Bar(c.name or c.key, (("share", c.share),), self._percent(c.share))
                for c in dashboard.controllers
                if c.registers
            ]
        else:
            self.completeness_box.setTitle(self.tr("Completeness by register (least complete first)"))
            rows = [
                Bar(
                    s.name or s.key,
                    (("share", s.share),),
                    self._percent(s.share),
                    self.tr("{complete} of {items} Art. 30 items complete").format(
                        complete=s.complete, items=s.items
                    ),
                )
                for s in dashboard.scores
            ]
        more = len(rows) - CHART_ROWS
        shown = rows[:CHART_ROWS]
        if more > 0:
            rest = [s for s in rows[CHART_ROWS:]]
            mean = sum(b.total for b in rest) / len(rest)
            shown.append(
                Bar(
                    self.tr("{n} more").format(n=self._locale.toString(more)),
                    (("share", mean),),
                    self._percent(mean),
                )
            )
        self.completeness_chart.set_data(shown, [bands], maximum=1.0, legend=False)

    def _bases(self, dashboard: Dashboard) -> None:
        bases = reference().legal_bases
        found = Series("n", self.tr("registers"), PALETTE[0])
        missing = Series("none", self.tr("none recorded"), MISSING_COLOUR)
        rows = []
        for code, count in dashboard.legal_bases:
            known = bases.get(code) if code else None
            if known is None:
                rows.append(Bar(code or self.tr("None recorded"), (("none", count),)))
                continue
            article = known.article.removeprefix("Art. ")
            rows.append(Bar(f"{_capital(bases.label(code, self.language))} ({article})", (("n", count),)))
        self.basis_chart.set_data(rows, [found, missing], legend=False)

    def _transfers(self, dashboard: Dashboard) -> None:
        ref = reference()
        lang = self.language
        keys: list[str] = []
        for destination in dashboard.destinations:
            for mechanism, _ in destination.mechanisms:
                if mechanism not in keys:
                    keys.append(mechanism)
        ordered = [k for k in keys if k not in (NO_MECHANISM,)]
        ordered.sort(
            key=lambda k: (k != ADEQUACY, -sum(dict(d.mechanisms).get(k, 0) for d in dashboard.destinations))
        )
        series = []
        colours = iter(PALETTE)
        for key in ordered:
            label = ref.transfer_mechanisms.label(key, lang) if key in ref.transfer_mechanisms else key
            series.append(Series(key, _capital(label), next(colours, PALETTE[-1])))
        if NO_MECHANISM in keys:
            series.append(Series(NO_MECHANISM, self.tr("No mechanism"), MISSING_COLOUR))
        rows = []
        for destination in dashboard.destinations[:CHART_ROWS]:
            name = ref.country_name(destination.country, lang)
            counts = dict(destination.mechanisms)
            segments = tuple((s.key, float(counts.get(s.key, 0))) for s in series)
            rows.append(Bar(name, segments, self._locale.toString(destination.records)))
        more = dashboard.destinations[CHART_ROWS:]
        if more:
            summed = {s.key: float(sum(dict(d.mechanisms).get(s.key, 0) for d in more)) for s in series}
            rows.append(
                Bar(
                    self.tr("{n} more").format(n=self._locale.toString(len(more))),
                    tuple(summed.items()),
                    self._locale.toString(sum(d.records for d in more)),
                )
            )
        self.transfer_chart.set_data(rows, series)

    # -- activation --------------------------------------------------------------------------------

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_finding.emit(self.findings_model.finding(index.row()))

    def _review_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_register.emit(self.reviews_model.review(index.row()).key)


def open_finding(window: MainWindow, finding: Finding) -> bool:
    """Show the record a finding is about in its view and editor, at the finding's field."""
    from ropa.ui.sidebar import View

    subject, key = finding.subject, finding.record
    if subject == "register":
        window.go_to_register(key)
        slot = window.registers_page.slot
    elif subject == "processing_on_behalf":
        window.go_to_processing_on_behalf(key, finding.controller)
        slot = window.on_behalf_page.slot
    elif subject == "controller" and finding.controller:
        window.show_view(finding.controller, View.DETAILS)
        slot = window.controller_page.slot
    elif subject == "processor":
        window.go_to_processor(key)
        slot = window.processors_page.slot
    else:
        return False
    if slot.key != key:
        return False
    widget = slot.widget()
    focus = getattr(widget, "focus_path", None)
    if callable(focus):
        focus(parse_path(finding.path))
    else:
        slot.setFocus(Qt.FocusReason.OtherFocusReason)
    return True


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]

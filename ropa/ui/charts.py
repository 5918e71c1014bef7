"""Small charts painted with QPainter (Qt Charts is not part of PySide6-Essentials).

:class:`BarChart` draws horizontal bars, one per row, each made of coloured segments (a stacked
bar), the row's label on the left and its total (or a text such as "83 %") on the right, and a
legend above when the segments mean different things. Its text alternative (accessible
description, tooltip per row) says the same numbers in words, so colour is never the only signal.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget


@dataclass(frozen=True, slots=True)
class Series:
    """What one colour in the chart means."""

    key: str
    label: str
    colour: QColor


@dataclass(frozen=True, slots=True)
class Bar:
    """One row: its label, its segments as (series key, value), and the text at its end."""

    label: str
    segments: tuple[tuple[str, float], ...]
    value_text: str = ""
    tooltip: str = ""

    @property
    def total(self) -> float:
        return sum(value for _, value in self.segments)


#: Colours that stay apart for most eyes (Okabe-Ito), then greys.
PALETTE = (
    QColor("#0072b2"),
    QColor("#e69f00"),
    QColor("#009e73"),
    QColor("#cc79a7"),
    QColor("#56b4e9"),
    QColor("#d55e00"),
    QColor("#f0e442"),
    QColor("#7f7f7f"),
    QColor("#b0b0b0"),
)


class BarChart(QWidget):
    """Horizontal (stacked) bars with labels, totals and a legend; empty: a line saying so."""

    ROW_GAP = 6

    def __init__(self, empty_text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: list[Bar] = []
        self._series: dict[str, Series] = {}
        self._maximum: float | None = None
        self._show_legend = True
        self._empty_text = empty_text
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setMouseTracking(True)

    # -- content -----------------------------------------------------------------------------------

    def set_data(
        self,
        bars: Sequence[Bar],
        series: Sequence[Series],
        *,
        maximum: float | None = None,
        legend: bool = True,
    ) -> None:
        """Show ``bars``; ``series`` gives each segment key its colour and legend text;
        ``maximum`` fixes the scale (1.0 for shares), else the longest bar fills the width;
        ``legend`` False when the labels say what the colours mean."""
        self._bars = list(bars)
        self._show_legend = legend
        self._series = {s.key: s for s in series}
        self._maximum = maximum
        self.setAccessibleDescription(self.text())
        self.setMinimumHeight(self.sizeHint().height())
        self.updateGeometry()
        self.update()

    def bars(self) -> list[Bar]:
        return list(self._bars)

    def text(self) -> str:
        """The chart in words, one line per bar: what a screen reader says and a test reads."""
        lines = []
        for bar in self._bars:
            parts = [
                f"{self._series[k].label} {_number(v)}" for k, v in bar.segments if k in self._series and v
            ]
            detail = f" ({', '.join(parts)})" if self._legend() and parts else ""
            lines.append(f"{bar.label}: {bar.value_text or _number(bar.total)}{detail}")
        return "\n".join(lines) if lines else self._empty_text

    def _parts(self, bar: Bar) -> list[tuple[str, float]]:
        return [(k, v) for k, v in bar.segments if k in self._series and v]

    def _legend(self) -> list[Series]:
        used = {key for bar in self._bars for key, value in bar.segments if value}
        return [s for s in self._series.values() if s.key in used] if self._show_legend else []

    # -- geometry ----------------------------------------------------------------------------------

    def _row_height(self) -> int:
        return self.fontMetrics().height() + self.ROW_GAP

    def _legend_height(self) -> int:
        legend = self._legend()
        if not legend:
            return 0
        lines = self._legend_lines(legend, max(self.width() - self._label_width(), 200))
        return lines * self.fontMetrics().height() + 8 + (lines - 1) * 4

    def _legend_lines(self, legend: list[Series], width: int) -> int:
        metrics = self.fontMetrics()
        lines, x = 1, 0
        for s in legend:
            item = metrics.height() + 6 + metrics.horizontalAdvance(s.label) + 16
            if x and x + item > width:
                lines, x = lines + 1, 0
            x += item
        return lines

    def sizeHint(self) -> QSize:
        rows = max(len(self._bars), 1)
        return QSize(420, rows * self._row_height() + self._legend_height() + 4)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self.sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.setMinimumHeight(self.sizeHint().height())  # the legend may wrap to more lines

    def _label_width(self) -> int:
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(b.label) for b in self._bars), default=0)
        return min(widest + 10, int(self.width() * 0.5))

    def _value_width(self) -> int:
        metrics = self.fontMetrics()
        texts = [b.value_text or _number(b.total) for b in self._bars]
        return max((metrics.horizontalAdvance(t) for t in texts), default=0) + 10

    def _row_at(self, y: int) -> int | None:
        row = (y - self._legend_height()) // self._row_height()
        return row if 0 <= row < len(self._bars) else None

    # -- painting ----------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        metrics = self.fontMetrics()
        if not self._bars:
            painter.setPen(palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText))
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, self._empty_text
            )
            return
        label_w, value_w = self._label_width(), self._value_width()
        plot_w = max(self.width() - label_w - value_w, 20)
        top = self._maximum or max((b.total for b in self._bars), default=0) or 1.0
        row_h = self._row_height()
        top_y = self._legend_height()
        track = QColor(palette.color(QPalette.ColorRole.Mid))
        track.setAlpha(50)
        for row, bar in enumerate(self._bars):
            y = top_y + row * row_h
            painter.setPen(text_colour)
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_w - 10)
            painter.drawText(
                QRect(0, y, label_w - 6, row_h),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            bar_rect = QRectF(label_w, y + 3, plot_w, row_h - 6)
            painter.fillRect(bar_rect, track)
            x = float(label_w)
            for key, value in bar.segments:
                if value <= 0:
                    continue
                width = plot_w * value / top
                series = self._series.get(key)
                colour = series.colour if series is not None else PALETTE[-1]
                painter.fillRect(QRectF(x, y + 3, width, row_h - 6), colour)
                x += width
            painter.setPen(text_colour)
            painter.drawText(
                QRect(int(x) + 5, y, value_w + plot_w, row_h),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                bar.value_text or _number(bar.total),
            )
        legend = self._legend()
        if legend:
            y = 2
            x = label_w
            box = metrics.height() - 4
            for series in legend:
                item = box + 6 + metrics.horizontalAdvance(series.label) + 16
                if x > label_w and x + item > self.width():
                    x, y = label_w, y + metrics.height() + 4
                painter.fillRect(QRect(x, y + 2, box, box), series.colour)
                painter.setPen(text_colour)
                painter.drawText(
                    QRect(x + box + 6, y, item, metrics.height()), Qt.AlignmentFlag.AlignVCenter, series.label
                )
                x += item

    def event(self, event: object) -> bool:
        if isinstance(event, QHelpEvent) and event.type() == QHelpEvent.Type.ToolTip:
            row = self._row_at(event.pos().y())
            if row is None:
                QToolTip.hideText()
                return True
            bar = self._bars[row]
            lines = [f"{bar.label}: {bar.value_text or _number(bar.total)}"]
            if self._legend():
                lines += [
                    f"  {self._series[k].label}: {_number(v)}"
                    for k, v in bar.segments
                    if k in self._series and v
                ]
            if bar.tooltip:
                lines.append(bar.tooltip)
            QToolTip.showText(event.globalPos(), "\n".join(lines), self)
            return True
        return super().event(event)  # type: ignore[arg-type]


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"

"""The data-flow diagram of a register in the window: a QWidget that paints the same layout the PDF
prints (:mod:`ropa.io.pdf.diagram`), with the same bundled font, so screen and paper agree.

The widget only paints. Whoever places it builds the layout, e.g. with
:func:`ropa.io.pdf.export.register_flow_diagram` (from a Session) or
:func:`ropa.io.pdf.diagram.register_diagram` (from records), and hands it to :meth:`set_diagram`.
It scales the drawing to its width (never beyond ``MAX_ZOOM``) and asks for the height that
keeps the proportions.
"""

from __future__ import annotations

import functools
from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from ropa.io.pdf import terms
from ropa.io.pdf.diagram import Diagram
from ropa.io.pdf.fonts import BOLD, REGULAR, font_file
from ropa.model.records import Controller, Register

MAX_ZOOM = 1.6  # how far the drawing may grow beyond its size in points
POINT = 96 / 72  # a point in logical pixels: the drawing's natural size
MARGIN = 8.0  # logical pixels around the drawing
_TEXT_SCALE = 10.0  # fonts are sized in whole pixels: draw at 10x and scale down for fractional sizes


@functools.cache
def _family() -> str:
    """Load the bundled DejaVu Sans faces into Qt once; fall back to Qt's sans family."""
    families: list[str] = []
    for face in (REGULAR, BOLD):
        loaded = QFontDatabase.addApplicationFont(str(font_file(face)))
        if loaded >= 0:
            families += QFontDatabase.applicationFontFamilies(loaded)
    return families[0] if families else "Sans Serif"


class DiagramView(QWidget):
    """Paints one :class:`~ropa.io.pdf.diagram.Diagram`, or nothing when it has none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._diagram: Diagram | None = None
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)  # the placing window names it (setAccessibleName) in its language

    def diagram(self) -> Diagram | None:
        return self._diagram

    def set_diagram(self, diagram: Diagram | None) -> None:
        """Show ``diagram`` (None clears the view)."""
        self._diagram = diagram
        self.updateGeometry()
        self.update()

    # -- geometry ---------------------------------------------------------------------------------

    def zoom(self, width: float | None = None) -> float:
        """Logical pixels per point at ``width`` (the widget's own width by default)."""
        if self._diagram is None or self._diagram.width <= 0:
            return POINT
        room = (self.width() if width is None else width) - 2 * MARGIN
        return max(0.1, min(room / self._diagram.width, POINT * MAX_ZOOM))

    def sizeHint(self) -> QSize:
        if self._diagram is None:
            return QSize(0, 0)
        return QSize(
            int(self._diagram.width * POINT + 2 * MARGIN), int(self._diagram.height * POINT + 2 * MARGIN)
        )

    def minimumSizeHint(self) -> QSize:
        return QSize(120, 40) if self._diagram is not None else QSize(0, 0)

    def hasHeightForWidth(self) -> bool:
        return self._diagram is not None

    def heightForWidth(self, width: int) -> int:
        if self._diagram is None:
            return 0
        return int(self._diagram.height * self.zoom(width) + 2 * MARGIN)

    # -- painting ---------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._diagram is None:
            return
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            painter.translate(MARGIN, MARGIN)
            zoom = self.zoom()
            painter.scale(zoom, zoom)
            paint(painter, self._diagram)
        finally:
            painter.end()


def paint(painter: QPainter, diagram: Diagram) -> None:
    """Paint ``diagram`` in its own coordinates (points, y downwards) on any QPainter."""
    family = _family()
    for box in diagram.boxes:
        painter.setPen(QPen(QColor(box.stroke), 0.6))
        painter.setBrush(QColor(box.fill))
        painter.drawRoundedRect(QRectF(box.x, box.y, box.w, box.h), 2.5, 2.5)
        if box.stripe:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(box.stripe))
            painter.drawRect(QRectF(box.x, box.y, 2.4, box.h))
    for edge in diagram.edges:
        colour = QColor(edge.colour)
        pen = QPen(colour, edge.width)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        if edge.dashed:
            pen.setDashPattern([3.2 / edge.width, 2.0 / edge.width])  # in pen widths, as Qt counts them
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPolyline(QPolygonF([QPointF(x, y) for x, y in edge.points]))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in edge.arrow]))
    for text in diagram.texts:
        font = QFont(family)
        font.setBold(text.bold)
        font.setPixelSize(max(1, round(text.size * _TEXT_SCALE)))
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        painter.setFont(font)
        painter.setPen(QColor(text.colour))
        painter.save()
        painter.translate(text.x, text.y)
        painter.scale(1 / _TEXT_SCALE, 1 / _TEXT_SCALE)
        painter.drawText(QPointF(0, 0), text.text)
        painter.restore()


class DiagramPanel(QWidget):
    """The register editor's data-flow diagram: redrawn (debounced, like every derived panel) from
    the register as the form shows it, so it follows processors and transfers as they are edited.

    It lays the diagram out with :func:`ropa.io.pdf.diagram.register_diagram`, the same call the
    printed record makes, from the editor's context (language, day, processor catalogue). The
    controller is the editor's own (``ctx.controller``) when the window gave it, else the one named
    by :meth:`set_owner` (key and name, from the register list)."""

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = terms.DIAGRAM(ctx.lang)  # the heading the printed record gives it
        self.ctx = ctx
        self._owner = Controller()
        self._shown: tuple[Any, ...] | None = None
        column = QVBoxLayout(self)
        column.setContentsMargins(3, 3, 3, 3)
        self.view = DiagramView(self)
        self.view.setAccessibleName(self.title)
        column.addWidget(self.view)

    def set_owner(self, key: str, name: str) -> None:
        """The controller the register belongs to, when the editor's context has none."""
        self._owner = Controller(key=key, name=name)

    def update_record(self, record: Register) -> None:
        from ropa.io.pdf.diagram import register_diagram

        owner = self.ctx.controller or self._owner
        catalogue = self.ctx.catalogue
        state = (owner, record.processors, record.transfers, id(catalogue), self.ctx.lang, self.ctx.today)
        if state == self._shown:
            return
        self._shown = state
        self.view.set_diagram(register_diagram(owner, record, catalogue, self.ctx.today, self.ctx.lang))

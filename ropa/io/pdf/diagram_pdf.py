"""The reportlab painter of a :class:`~ropa.io.pdf.diagram.Diagram`: vector graphics in the PDF."""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Group, Polygon, PolyLine, Rect, String

from ropa.io.pdf.diagram import Diagram
from ropa.io.pdf.fonts import BOLD, REGULAR, register_fonts
from ropa.io.pdf.styles import colour

_DASH = [3.2, 2.0]


def drawing(diagram: Diagram, *, max_width: float | None = None, max_height: float | None = None) -> Drawing:
    """A reportlab Drawing of ``diagram``, scaled down to fit ``max_width`` and ``max_height``."""
    register_fonts()
    scale = 1.0
    if max_width is not None and diagram.width > max_width:
        scale = max_width / diagram.width
    if max_height is not None and diagram.height * scale > max_height:
        scale = max_height / diagram.height
    canvas = Drawing(
        diagram.width * scale, diagram.height * scale, initialFontName=REGULAR, initialFontSize=7
    )
    group = Group()
    height = diagram.height

    def flip(x: float, y: float) -> tuple[float, float]:
        return x, height - y

    for box in diagram.boxes:
        frame = Rect(box.x, height - box.y - box.h, box.w, box.h, rx=2.5, ry=2.5)
        frame.fillColor, frame.strokeColor, frame.strokeWidth = colour(box.fill), colour(box.stroke), 0.6
        group.add(frame)
        if box.stripe:
            stripe = Rect(box.x, height - box.y - box.h, 2.4, box.h)
            stripe.fillColor, stripe.strokeColor = colour(box.stripe), None
            group.add(stripe)
    for edge in diagram.edges:
        ink = colour(edge.colour)
        line = PolyLine([c for p in edge.points for c in flip(*p)])
        line.strokeColor, line.strokeWidth = ink, edge.width
        if edge.dashed:
            line.strokeDashArray = _DASH
        group.add(line)
        arrow = Polygon([c for p in edge.arrow for c in flip(*p)])
        arrow.fillColor, arrow.strokeColor = ink, None
        group.add(arrow)
    for text in diagram.texts:
        x, y = flip(text.x, text.y)
        group.add(String(x, y, text.text, fontName=BOLD if text.bold else REGULAR, fontSize=text.size,
                         fillColor=colour(text.colour)))  # fmt: skip
    if scale != 1.0:
        group.scale(scale, scale)
    canvas.add(group)
    return canvas

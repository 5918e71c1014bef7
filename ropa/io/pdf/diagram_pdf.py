"""The reportlab painter of a :class:`~ropa.io.pdf.diagram.Diagram`: vector graphics in the PDF."""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Group, Line, Polygon, PolyLine, Rect, String

from ropa.io.pdf.diagram import Diagram
from ropa.io.pdf.fonts import BOLD, REGULAR, register_fonts
from ropa.io.pdf.styles import colour

_DASH = [3.2, 2.0]


def drawing(diagram: Diagram, *, max_height: float | None = None) -> Drawing:
    """A reportlab Drawing of ``diagram`` (scaled down to ``max_height`` when taller)."""
    register_fonts()
    scale = 1.0
    if max_height is not None and diagram.height > max_height:
        scale = max_height / diagram.height
    canvas = Drawing(
        diagram.width * scale, diagram.height * scale, initialFontName=REGULAR, initialFontSize=7
    )
    group = Group()
    height = diagram.height

    def flip(x: float, y: float) -> tuple[float, float]:
        return x, height - y

    for box in diagram.boxes:
        group.add(
            Rect(box.x, height - box.y - box.h, box.w, box.h, rx=2.5, ry=2.5,
                 fillColor=colour(box.fill), strokeColor=colour(box.stroke), strokeWidth=0.6)
        )  # fmt: skip
        if box.stripe:
            group.add(
                Rect(
                    box.x, height - box.y - box.h, 2.4, box.h, fillColor=colour(box.stripe), strokeColor=None
                )
            )
    for edge in diagram.edges:
        points = [c for p in edge.points for c in flip(*p)]
        ink = colour(edge.colour)
        if len(edge.points) == 2:
            (x0, y0), (x1, y1) = (flip(*p) for p in edge.points)
            line = Line(x0, y0, x1, y1, strokeColor=ink, strokeWidth=edge.width)
        else:
            line = PolyLine(points, strokeColor=ink, strokeWidth=edge.width)
        if edge.dashed:
            line.strokeDashArray = _DASH
        group.add(line)
        group.add(Polygon([c for p in edge.arrow for c in flip(*p)], fillColor=ink, strokeColor=None))
    for text in diagram.texts:
        x, y = flip(text.x, text.y)
        group.add(String(x, y, text.text, fontName=BOLD if text.bold else REGULAR, fontSize=text.size,
                         fillColor=colour(text.colour)))  # fmt: skip
    if scale != 1.0:
        group.scale(scale, scale)
    canvas.add(group)
    return canvas

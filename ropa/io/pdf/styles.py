"""Page geometry, colours and paragraph styles of the printed documents: one restrained house style.

A4, generous margins, one embedded typeface (DejaVu Sans), navy headings, hairline rules; the
look of a document a law firm files rather than a data dump.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from ropa.io.pdf.fonts import BOLD, ITALIC, REGULAR, register_fonts
from ropa.io.pdf.palette import ACCENT, FILL, INK, MUTED, RULE

PORTRAIT = A4
LANDSCAPE = landscape(A4)
MARGIN_LEFT = 24 * mm
MARGIN_RIGHT = 20 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 22 * mm


def colour(hex_code: str) -> colors.Color:
    return colors.HexColor(hex_code)


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    head_cell: ParagraphStyle
    label: ParagraphStyle
    empty: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    meta: ParagraphStyle
    cover_title: ParagraphStyle
    cover_subtitle: ParagraphStyle
    cover_label: ParagraphStyle
    cover_value: ParagraphStyle
    toc0: ParagraphStyle
    toc1: ParagraphStyle
    notice_h2: ParagraphStyle
    bullet: ParagraphStyle


@functools.cache
def styles() -> Styles:
    """The paragraph styles, built once the fonts are registered."""
    register_fonts()
    ink, muted, accent = colour(INK), colour(MUTED), colour(ACCENT)

    def style(name: str, size: float, leading: float, **kw: object) -> ParagraphStyle:
        kw.setdefault("fontName", REGULAR)
        kw.setdefault("bulletFontName", REGULAR)  # reportlab's default is Helvetica, never embedded
        kw.setdefault("textColor", ink)
        return ParagraphStyle(name, fontSize=size, leading=leading, alignment=TA_LEFT, **kw)  # type: ignore[arg-type]

    return Styles(
        body=style("body", 9, 12.6, spaceAfter=4),
        small=style("small", 7.4, 9.6, textColor=muted),
        cell=style("cell", 8, 10.4),
        cell_bold=style("cell_bold", 8, 10.4, fontName=BOLD),
        head_cell=style("head_cell", 7.4, 9.4, fontName=BOLD, textColor=accent),
        label=style("label", 8, 10.4, textColor=ink),
        empty=style("empty", 8, 10.4, fontName=ITALIC, textColor=muted),
        h1=style("h1", 16, 20, fontName=BOLD, textColor=accent, spaceAfter=4),
        h2=style("h2", 12.5, 16, fontName=BOLD, textColor=accent, spaceBefore=6, spaceAfter=3),
        h3=style("h3", 9.4, 12, fontName=BOLD, textColor=ink, spaceBefore=9, spaceAfter=3),
        meta=style("meta", 8, 11, textColor=muted, spaceAfter=8),
        cover_title=style("cover_title", 26, 31, fontName=BOLD, textColor=accent, spaceAfter=6),
        cover_subtitle=style("cover_subtitle", 11, 15, textColor=muted, spaceAfter=28),
        cover_label=style("cover_label", 7.6, 10, fontName=BOLD, textColor=muted),
        cover_value=style("cover_value", 10, 13.5),
        toc0=style("toc0", 9.4, 12.4, fontName=BOLD, textColor=accent),
        toc1=style("toc1", 8.6, 11, leftIndent=14),
        notice_h2=style("notice_h2", 11, 14, fontName=BOLD, textColor=accent, spaceBefore=10, spaceAfter=3),
        bullet=style("bullet", 9, 12.6, leftIndent=12, bulletIndent=2, spaceAfter=1),
    )


RULE_COLOUR = colour(RULE)
FILL_COLOUR = colour(FILL)

"""The one typeface of every PDF: DejaVu Sans, embedded, so Finnish, Swedish, Polish, Czech and
German text prints right and no viewer substitutes a font (PDF/A-like: every font embedded).

Registered once per process with reportlab, as a family, so ``<b>`` and ``<i>`` in paragraph
markup pick the bold and oblique files rather than a built-in Type 1 font.
"""

from __future__ import annotations

import threading
from pathlib import Path

from ropa.errors import RopaError
from ropa.resources import resource_path

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"
FAMILY = "DejaVu Sans"

_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", ITALIC: "DejaVuSans-Oblique.ttf",
          BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf"}  # fmt: skip
_lock = threading.Lock()
_registered = False


class FontMissingError(RopaError):
    """A bundled font file is missing: the installation is broken."""


def font_file(name: str) -> Path:
    """The TTF file of one face (``REGULAR``, ``BOLD``...), for reportlab and for Qt."""
    path = resource_path("fonts", _FILES[name])
    if not path.is_file():
        raise FontMissingError(f"the font file {path} is missing; reinstall Ropa")
    return path


def register_fonts() -> str:
    """Register the family with reportlab (once, thread-safe) and return the regular face's name."""
    global _registered
    with _lock:
        if not _registered:
            from reportlab.lib.fonts import addMapping
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont

            for name in _FILES:
                pdfmetrics.registerFont(TTFont(name, str(font_file(name))))
            pdfmetrics.registerFontFamily(
                REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
            )
            addMapping(REGULAR, 0, 0, REGULAR)
            addMapping(REGULAR, 1, 0, BOLD)
            addMapping(REGULAR, 0, 1, ITALIC)
            addMapping(REGULAR, 1, 1, BOLD_ITALIC)
            _registered = True
    return REGULAR

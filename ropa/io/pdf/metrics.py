"""Advance widths of the bundled TrueType faces, read straight from the font files.

The diagram layout measures its text with these, in plain Python, so the reportlab and the Qt
painters draw one and the same layout with the same font: the widths are the fonts' own.
"""

from __future__ import annotations

import functools
import struct
from pathlib import Path

from ropa.io.pdf.fonts import BOLD, REGULAR, font_file


class FontMetrics:
    """The ``cmap`` (format 4) and ``hmtx`` tables of one TTF, as a width per character."""

    def __init__(self, path: Path) -> None:
        data = path.read_bytes()
        tables = _tables(data)
        units = struct.unpack_from(">H", data, tables[b"head"] + 18)[0]
        metrics_count = struct.unpack_from(">H", data, tables[b"hhea"] + 34)[0]
        advances = struct.unpack_from(f">{metrics_count * 2}H", data, tables[b"hmtx"])[::2]
        self._scale = 1.0 / units
        self._advance = {
            char: advances[min(glyph, metrics_count - 1)] * self._scale
            for char, glyph in _cmap(data, tables[b"cmap"]).items()
        }
        self._missing = advances[0] * self._scale  # .notdef

    def width(self, text: str, size: float) -> float:
        """The advance width of ``text`` at ``size`` points, in points."""
        advance = self._advance
        missing = self._missing
        return sum(advance.get(ord(char), missing) for char in text) * size


def _tables(data: bytes) -> dict[bytes, int]:
    count = struct.unpack_from(">H", data, 4)[0]
    found = {}
    for i in range(count):
        tag, _checksum, offset, _length = struct.unpack_from(">4sIII", data, 12 + 16 * i)
        found[tag] = offset
    return found


def _cmap(data: bytes, start: int) -> dict[int, int]:
    """Code point -> glyph id from the Unicode BMP subtable (platform 3/1 or 0/x, format 4)."""
    _version, count = struct.unpack_from(">HH", data, start)
    for i in range(count):
        platform, encoding, offset = struct.unpack_from(">HHI", data, start + 4 + 8 * i)
        table = start + offset
        if (platform, encoding) in ((3, 1), (0, 3), (0, 4)) and struct.unpack_from(">H", data, table)[0] == 4:
            return _format4(data, table)
    raise ValueError("no Unicode format 4 cmap")


def _format4(data: bytes, table: int) -> dict[int, int]:
    segments = struct.unpack_from(">H", data, table + 6)[0] // 2
    ends = struct.unpack_from(f">{segments}H", data, table + 14)
    starts_at = table + 16 + 2 * segments
    starts = struct.unpack_from(f">{segments}H", data, starts_at)
    deltas = struct.unpack_from(f">{segments}h", data, starts_at + 2 * segments)
    ranges_at = starts_at + 4 * segments
    ranges = struct.unpack_from(f">{segments}H", data, ranges_at)
    mapping: dict[int, int] = {}
    for i in range(segments):
        for code in range(starts[i], ends[i] + 1):
            if code == 0xFFFF:
                continue
            if ranges[i] == 0:
                glyph = (code + deltas[i]) & 0xFFFF
            else:
                at = ranges_at + 2 * i + ranges[i] + 2 * (code - starts[i])
                glyph = struct.unpack_from(">H", data, at)[0]
                glyph = (glyph + deltas[i]) & 0xFFFF if glyph else 0
            if glyph:
                mapping[code] = glyph
    return mapping


@functools.cache
def metrics(bold: bool = False) -> FontMetrics:
    """The metrics of the regular or the bold face, read once."""
    return FontMetrics(font_file(BOLD if bold else REGULAR))


def text_width(text: str, size: float, bold: bool = False) -> float:
    return metrics(bold).width(text, size)

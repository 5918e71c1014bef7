"""Column widths that follow the content, measured with the real font: no heading word is broken,
short codes and dates get narrow columns and long texts the room that is left."""

from __future__ import annotations

from collections.abc import Sequence

from ropa.io.pdf.metrics import text_width

PAD = 8.5  # the cell's left and right padding, and a little air
SAMPLE = 400  # rows measured: enough to know a column, cheap for a thousand-row annex
LONG_CELL = 1200  # characters: a row this long may need to split across pages


def column_widths(
    heads: Sequence[str],
    rows: Sequence[Sequence[str]],
    width: float,
    *,
    head_size: float = 7.4,
    cell_size: float = 8.0,
) -> list[float]:
    """Share ``width`` among the columns: each gets at least its longest word (heading in bold,
    cells in the body face), then the rest goes to the columns whose text is longest."""
    sample = rows[:SAMPLE]
    floors: list[float] = []
    wants: list[float] = []
    for i, head in enumerate(heads):
        texts = [row[i] for row in sample]
        word = max((text_width(w, head_size, True) for w in head.split()), default=0.0)
        word = max([word, *(text_width(w, cell_size) for t in texts for w in t.split())])
        floor = min(word, width * 0.35) + PAD
        line = max((text_width(part, cell_size) for t in texts for part in t.splitlines()), default=0.0)
        floors.append(floor)
        wants.append(max(floor, min(line + PAD, width * 0.6)))
    if sum(floors) >= width:
        return [width * f / sum(floors) for f in floors]
    if sum(wants) <= width:
        return [width * w / sum(wants) for w in wants]
    spare = width - sum(floors)
    excess = [w - f for w, f in zip(wants, floors, strict=True)]
    return [f + spare * e / sum(excess) for f, e in zip(floors, excess, strict=True)]


def split_rows(rows: Sequence[Sequence[str]]) -> int:
    """reportlab's ``splitInRow`` for a table: 1 (rows may split across pages) only when a cell is
    long enough to outgrow a page; otherwise rows stay whole, which reads better."""
    return int(any(len(cell) > LONG_CELL for row in rows for cell in row))

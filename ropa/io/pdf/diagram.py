"""The data-flow diagram of one register, laid out once in plain Python for every painter.

Who receives the register's data: the controller, the processors it engages, their sub-processors
to any depth, and the recipients of declared transfers, as boxes in columns by depth, each with
its country and where it keeps the data; each leg into a box coloured by the worst standing of
the flows it carries (:class:`~ropa.io.pdf.legs.Tone`), legs leaving the EEA labelled with their
mechanism and module. The result is geometry and colours only (points, y downwards, baselines
for text): :mod:`ropa.io.pdf.diagram_pdf` paints it with reportlab, :mod:`ropa.ui.diagram_view`
with QPainter, so the printed and the on-screen diagram are the same drawing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date

from ropa.io.pdf import palette, terms
from ropa.io.pdf.legs import Tone, short_ground, tone
from ropa.io.pdf.metrics import text_width
from ropa.model.catalogue import label
from ropa.model.processors import walk_chains
from ropa.model.records import Controller, Processor, Register
from ropa.model.transfers import Flow, ProcessorCatalogue
from ropa.reference import reference

Point = tuple[float, float]
Measure = Callable[[str, float, bool], float]  # (text, size, bold) -> width in points

# Geometry, in points.
PAD = 5.0
GAP_X = 28.0  # between columns; 16 when there are four or more
GAP_Y = 8.0
MAX_BOX = 168.0
MIN_BOX = 78.0
ROLE_SIZE = 6.2
NAME_SIZE = 7.6
DETAIL_SIZE = 6.4
LEGEND_SIZE = 6.4
LINE = 1.28  # line height as a multiple of the size
MAX_LEGS_SHOWN = 3


@dataclass(frozen=True, slots=True)
class Text:
    """One line of text; ``(x, y)`` is the start of its baseline."""

    x: float
    y: float
    text: str
    size: float
    colour: str
    bold: bool = False


@dataclass(frozen=True, slots=True)
class Box:
    key: str
    x: float
    y: float
    w: float
    h: float
    fill: str
    stroke: str
    stripe: str | None = None  # a coloured left edge: the box receives data outside the EEA


@dataclass(frozen=True, slots=True)
class Edge:
    """A polyline with an arrowhead (a filled triangle) at its end."""

    points: tuple[Point, ...]
    colour: str
    width: float
    dashed: bool
    arrow: tuple[Point, Point, Point]


@dataclass(frozen=True, slots=True)
class Diagram:
    width: float
    height: float
    boxes: tuple[Box, ...]
    edges: tuple[Edge, ...]
    texts: tuple[Text, ...]
    tones: frozenset[Tone] = field(default_factory=frozenset)  # what the legend explains


@dataclass
class _Node:
    key: str
    depth: int
    role: str
    name: str
    country: str | None
    processing: tuple[str, ...] = ()
    fill: str = palette.PROCESSOR_FILL
    stroke: str = "#8E9AA6"
    flows: list[Flow] = field(default_factory=list)
    children: list[_Node] = field(default_factory=list)
    lines: list[tuple[str, float, str, bool]] = field(default_factory=list)  # text, size, colour, bold
    h: float = 0.0
    band: float = 0.0

    @property
    def tone(self) -> Tone:
        return max((tone(f) for f in self.flows), default=Tone.INSIDE)


def register_diagram(
    controller: Controller,
    register: Register,
    catalogue: ProcessorCatalogue,
    on: date,
    lang: str = "en",
    *,
    width: float = 470.0,
    measure: Measure = text_width,
) -> Diagram:
    """Lay out the flows of ``register`` judged on ``on``, at most ``width`` points wide."""
    engaged = [link.processor for link in register.processors]
    flows = catalogue.declared(register.transfers, engaged, on) + catalogue.derived_transfers(engaged, on)
    root = _tree(controller, register, catalogue, engaged, flows, lang)
    return _place(root, width, measure, lang)


def _tree(
    controller: Controller,
    register: Register,
    catalogue: ProcessorCatalogue,
    engaged: list[str],
    flows: list[Flow],
    lang: str,
) -> _Node:
    root = _Node(
        key=controller.key,
        depth=0,
        role=label(Controller, "name", lang),
        name=controller.name or controller.key,
        country=controller.country,
        fill=palette.CONTROLLER_FILL,
        stroke=palette.ACCENT,
    )
    nodes: dict[str, _Node] = {}
    through = [t.processor for t in register.transfers if t.processor and t.processor not in engaged]
    for chain in walk_chains([*engaged, *dict.fromkeys(through)], catalogue.children):
        key = chain[-1]
        if key not in catalogue.processors or key in nodes:
            continue
        parent = nodes.get(chain[-2]) if len(chain) > 1 else root
        if parent is None:
            continue
        node = _processor_node(catalogue.processors[key], parent.depth + 1, lang)
        nodes[key] = node
        parent.children.append(node)
    for flow in flows:
        if flow.processor is not None and flow.processor in nodes:
            nodes[flow.processor].flows.append(flow)
        elif flow.processor is None:
            root.children.append(_recipient_node(flow, lang))
    return root


def _processor_node(processor: Processor, depth: int, lang: str) -> _Node:
    role = terms.SUB_PROCESSOR(lang) if depth > 1 else label(Processor, "name", lang)
    return _Node(
        key=processor.key,
        depth=depth,
        role=role,
        name=processor.name or processor.key,
        country=processor.country,
        processing=processor.processing_countries,
    )


def _recipient_node(flow: Flow, lang: str) -> _Node:
    return _Node(
        key=f"transfer-{flow.position}",
        depth=1,
        role=terms.RECIPIENT(lang),
        name=flow.recipient or reference().country_name(flow.country, lang),
        country=flow.country,
        fill=palette.RECIPIENT_FILL,
        flows=[flow],
    )


def _walk(node: _Node) -> Iterable[_Node]:
    yield node
    for child in node.children:
        yield from _walk(child)


def _place(root: _Node, width: float, measure: Measure, lang: str) -> Diagram:
    nodes = list(_walk(root))
    columns = max(n.depth for n in nodes) + 1
    gap = GAP_X if columns <= 3 else GAP_X * 4 / 7
    box_w = min(MAX_BOX, max(MIN_BOX, (width - (columns - 1) * gap) / columns))
    for node in nodes:
        _fill_lines(node, box_w - 2 * PAD, measure, lang)
        node.h = 2 * PAD + sum(size * LINE for _, size, _, _ in node.lines)
    _bands(root)
    boxes: list[Box] = []
    texts: list[Text] = []
    edges: list[Edge] = []
    centres: dict[int, float] = {}
    _position(root, 0.0, box_w, gap, centres, boxes, texts)
    for node in nodes:
        for child in node.children:
            edges.append(_edge(node, child, box_w, gap, centres))
    edges.sort(key=lambda e: _EDGE_ORDER[e.colour])
    used = frozenset({Tone.INSIDE} | {n.tone for n in nodes[1:]})
    height = root.band
    total_w = columns * box_w + (columns - 1) * gap
    legend, legend_h = _legend(used, height + 8, max(total_w, min(width, 360.0)), measure, lang)
    texts.extend(legend.texts)
    edges.extend(legend.edges)
    return Diagram(total_w, height + 8 + legend_h, tuple(boxes), tuple(edges), tuple(texts), used)


_EDGE_ORDER = {t.colour: int(t) for t in Tone}


def _fill_lines(node: _Node, inner: float, measure: Measure, lang: str) -> None:
    role = node.role + (f" · {node.country}" if node.country else "")
    node.lines = [(_fit(role, ROLE_SIZE, False, inner, measure), ROLE_SIZE, palette.MUTED, False)]
    for line in _wrap(node.name, NAME_SIZE, True, inner, measure, 2):
        node.lines.append((line, NAME_SIZE, palette.INK, True))
    if node.processing:
        places = f"{label(Processor, 'processing_countries', lang)}: {', '.join(node.processing)}"
        for line in _wrap(places, DETAIL_SIZE, False, inner, measure, 2):
            node.lines.append((line, DETAIL_SIZE, palette.MUTED, False))
    legs = _legs(node.flows, lang)
    for text, leg_tone in legs[:MAX_LEGS_SHOWN]:
        for line in _wrap(text, DETAIL_SIZE, True, inner, measure, 2):
            node.lines.append((line, DETAIL_SIZE, leg_tone.colour, True))
    if len(legs) > MAX_LEGS_SHOWN:
        more = terms.AND_MORE(lang).format(count=len(legs) - MAX_LEGS_SHOWN)
        node.lines.append((more, DETAIL_SIZE, palette.MUTED, False))


def _legs(flows: list[Flow], lang: str) -> list[tuple[str, Tone]]:
    """One line per destination outside the EEA: "→ US: SCC, module 2", worst first."""
    seen: dict[str, tuple[str, Tone]] = {}
    for flow in flows:
        if not flow.is_transfer:
            continue
        text = f"→ {flow.country.removeprefix('intl:')}: {short_ground(flow, lang)}"
        leg_tone = tone(flow)
        if flow.country not in seen or seen[flow.country][1] < leg_tone:
            seen[flow.country] = (text, leg_tone)
    return sorted(seen.values(), key=lambda item: -item[1])


def _bands(node: _Node) -> float:
    """The height of the band a node and its subtree take (children stacked, node centred)."""
    children = sum(_bands(child) for child in node.children) + GAP_Y * max(len(node.children) - 1, 0)
    node.band = max(node.h, children)
    return node.band


def _position(
    node: _Node,
    top: float,
    box_w: float,
    gap: float,
    centres: dict[int, float],
    boxes: list[Box],
    texts: list[Text],
) -> None:
    x = node.depth * (box_w + gap)
    y = top + (node.band - node.h) / 2
    centres[id(node)] = y + node.h / 2
    stripe = node.tone.colour if node.tone >= Tone.TRANSFER else None
    boxes.append(Box(node.key, x, y, box_w, node.h, node.fill, node.stroke, stripe))
    line_top = y + PAD
    for text, size, colour, bold in node.lines:
        texts.append(Text(x + PAD + (1.5 if stripe else 0), line_top + size * 0.98, text, size, colour, bold))
        line_top += size * LINE
    children = sum(c.band for c in node.children) + GAP_Y * max(len(node.children) - 1, 0)
    child_top = top + (node.band - children) / 2
    for child in node.children:
        _position(child, child_top, box_w, gap, centres, boxes, texts)
        child_top += child.band + GAP_Y


def _edge(parent: _Node, child: _Node, box_w: float, gap: float, centres: dict[int, float]) -> Edge:
    start_x = parent.depth * (box_w + gap) + box_w
    end_x = child.depth * (box_w + gap)
    bend = start_x + gap / 2
    y0, y1 = centres[id(parent)], centres[id(child)]
    leg = child.tone
    points = ((start_x, y0), (bend, y0), (bend, y1), (end_x - 4.0, y1))
    arrow = ((end_x, y1), (end_x - 5.0, y1 - 2.6), (end_x - 5.0, y1 + 2.6))
    return Edge(points, leg.colour, 1.6 if leg >= Tone.TRANSFER else 0.8, leg.dashed, arrow)


@dataclass
class _Legend:
    texts: list[Text]
    edges: list[Edge]


def _legend(
    used: frozenset[Tone], top: float, width: float, measure: Measure, lang: str
) -> tuple[_Legend, float]:
    """A row (wrapping) of line samples with what each standing means."""
    legend = _Legend([], [])
    x, y = 0.0, top
    row = LEGEND_SIZE * 1.9
    for item in sorted(used):
        words = item.label(lang)
        need = 22 + measure(words, LEGEND_SIZE, False) + 12
        if x > 0 and x + need > width:
            x, y = 0.0, y + row
        mid = y + LEGEND_SIZE * 0.65
        legend.edges.append(
            Edge(
                ((x, mid), (x + 14, mid)),
                item.colour,
                1.6 if item >= Tone.TRANSFER else 0.8,
                item.dashed,
                ((x + 18, mid), (x + 13, mid - 2.6), (x + 13, mid + 2.6)),
            )  # fmt: skip
        )
        legend.texts.append(Text(x + 22, y + LEGEND_SIZE, words, LEGEND_SIZE, palette.MUTED))
        x += need
    return legend, (y - top) + row


def _fit(text: str, size: float, bold: bool, width: float, measure: Measure) -> str:
    """``text`` cut with an ellipsis to fit ``width``."""
    if measure(text, size, bold) <= width:
        return text
    while text and measure(text + "…", size, bold) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _wrap(text: str, size: float, bold: bool, width: float, measure: Measure, most: int) -> list[str]:
    """Break ``text`` at spaces into at most ``most`` lines of ``width``; the last one cut to fit."""
    lines: list[str] = []
    words = text.split()
    current = ""
    for index, word in enumerate(words):
        trial = f"{current} {word}".strip()
        if measure(trial, size, bold) <= width or not current:
            current = trial
            continue
        lines.append(current)
        current = word
        if len(lines) == most - 1:
            current = " ".join(words[index:])
            break
    lines.append(current)
    return [_fit(line, size, bold, width, measure) for line in lines[:most]] or [""]

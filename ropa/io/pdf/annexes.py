"""Annex A (the processors and their sub-processor chains) and Annex B (every transfer, declared
and derived, with its standing on the export date) of the printed record."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, Any

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Table,
    TableStyle,
)

from ropa.io import wording as W
from ropa.io.pdf import terms
from ropa.io.pdf.blocks import GRID
from ropa.io.pdf.legs import Tone, ground, tone
from ropa.io.pdf.styles import FILL_COLOUR
from ropa.io.pdf.template import BODY, WIDE, SetHead
from ropa.io.pdf.text import esc, lines
from ropa.io.pdf.widths import column_widths, split_rows
from ropa.model.catalogue import label
from ropa.model.processors import walk_chains
from ropa.model.records import Register, Transfer
from ropa.model.transfers import Flow, RecordKind, TransferRow, controller_rows

if TYPE_CHECKING:
    from ropa.io.pdf.record import RecordStory


def processors_annex(story: RecordStory) -> list[Flowable]:
    """Every processor of the workspace (or of the controller's view), parents before sub-processors."""
    st, lang = story.st, story.lang
    out: list[Flowable] = [
        PageBreak(),
        story.heading("annex-a", "", terms.ANNEX_PROCESSORS(lang), 0, st.h1),
    ]
    processors = story.catalogue.processors
    if not processors:
        return [*out, Paragraph(esc(terms.NO_PROCESSORS(lang)), st.body)]
    users = _users(story)
    roots = [key for key, p in processors.items() if not p.parent or p.parent not in processors]
    for index, chain in enumerate(walk_chains(roots, story.catalogue.children), 1):
        story.tracker.check()
        processor = processors[chain[-1]]
        title = processor.name or processor.key
        out += [CondPageBreak(70 * mm), story.heading(f"a{index}", f"A.{index}", title, 1, st.h2)]
        facts = []
        if len(chain) > 1:
            parent = processors[chain[-2]]
            facts.append(terms.SUB_PROCESSOR_OF(lang).format(name=parent.name or parent.key))
        used = users.get(processor.key, [])
        if used:
            facts.append(f"{terms.USED_BY(lang)}: {'; '.join(used)}")
        if facts:
            out.append(Paragraph(" · ".join(esc(f) for f in facts), st.meta))
        out += story.blocks.record(processor)
    return out


def _users(story: RecordStory) -> dict[str, list[str]]:
    """Processor key -> "Controller (N registers)" for every controller engaging it, directly or
    through a chain."""
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    children = story.catalogue.children
    for controller in story.ws.controllers:
        for register in controller.registers:
            engaged = [link.processor for link in register.processors]
            for chain in walk_chains(engaged, children):
                counts[chain[-1]][controller.name or controller.key] += 1
        for pob in controller.processing_on_behalf:
            for chain in walk_chains(pob.subprocessors, children):
                counts[chain[-1]][controller.name or controller.key] += 1
    word = terms.RECORDS_COUNT
    return {
        key: [f"{name} ({word(story.lang).format(count=n)})" for name, n in by.items()]
        for key, by in counts.items()
    }


def transfers_annex(story: RecordStory) -> list[Flowable]:
    """One landscape table per controller: record, chain, destination, basis, status, mechanism,
    module and the adequacy decision with its scope, each judged on the export date."""
    st, lang = story.st, story.lang
    day = terms.day(story.on, lang)
    out: list[Flowable] = [
        NextPageTemplate(WIDE),
        PageBreak(),
        story.heading("annex-b", "", terms.ANNEX_TRANSFERS(lang), 0, st.h1),
        Paragraph(esc(terms.TRANSFERS_INTRO(lang).format(day=day)), st.body),
    ]
    width = story.doc.wide_width
    any_rows = False
    for index, controller in enumerate(story.ws.controllers, 1):
        story.tracker.check()
        rows = list(controller_rows(controller, story.catalogue, story.on))
        if not rows:
            continue
        any_rows = True
        out += [
            CondPageBreak(40 * mm),
            SetHead(story.doc, controller.name or controller.key),
            story.heading(f"b{index}", "", controller.name or controller.key, 1, st.h2),
            _table(story, rows, width),
        ]
    if not any_rows:
        out.append(Paragraph(esc(W.NO_TRANSFERS(lang)), st.body))
    out.append(NextPageTemplate(BODY))
    return out


def _table(story: RecordStory, rows: list[TransferRow], width: float) -> Table:
    st, lang = story.st, story.lang
    heads = [
        label(Register, "name", lang),
        W.THROUGH(lang),
        label(Transfer, "country", lang),
        W.BASIS(lang),
        f"{W.STATUS(lang)} {terms.day(story.on, lang)}",
        label(Transfer, "mechanism", lang),
        W.MODULE(lang),
        label(Transfer, "adequacy_scope", lang),
    ]
    data: list[list[Any]] = [[Paragraph(esc(h), st.head_cell) for h in heads]]
    commands: list[tuple[Any, ...]] = [("BACKGROUND", (0, 0), (-1, 0), FILL_COLOUR), *GRID]
    names = story.fmt.names
    texts: list[list[str]] = []
    for row in rows:
        flow = row.flow
        leg = tone(flow)
        record = row.name or row.record
        if row.kind is RecordKind.PROCESSING_ON_BEHALF:
            record += " (art. 30(2))" if terms.finnish(lang) else " (Art. 30(2))"
        cells = [
            record,
            "\n→ ".join(names.get(k, k) for k in flow.chain) or (flow.recipient or terms.DIRECT(lang)),
            story.fmt.country(flow.country),
            flow.basis.label(lang),
            flow.status.label(lang),
            ground(flow, lang) if flow.is_transfer else "",
            _module(flow, lang),
            _scope(flow, story),
        ]
        texts.append(cells)
        data.append([Paragraph(lines(c), st.cell) for c in cells])
        if leg >= Tone.CAUTION:
            ink = Tone(leg).colour
            data[-1][4] = Paragraph(f'<font color="{ink}"><b>{esc(cells[4])}</b></font>', st.cell)
            data[-1][5] = Paragraph(
                f'<font color="{ink}">{esc(cells[5] or W.NO_MECHANISM(lang))}</font>', st.cell
            )
    widths = column_widths(heads, texts, width)
    split = split_rows(texts)
    return Table(
        data, colWidths=widths, style=TableStyle(commands), repeatRows=1, splitInRow=split, hAlign="LEFT"
    )


def _module(flow: Flow, lang: str) -> str:
    if flow.mechanism != "scc":
        return ""
    recorded = str(flow.scc_module) if flow.scc_module is not None else "–"
    if flow.module_needed is not None and not flow.module_fits:
        return f"{recorded} ({W.NEEDS_MODULE(lang).format(module=flow.module_needed)})"
    return recorded


def _scope(flow: Flow, story: RecordStory) -> str:
    decision = flow.decision
    if decision is None:
        return ""
    lang = story.lang
    if not decision.scope_limited:
        return decision.decision
    scope = flow.adequacy_scope
    if scope.confirmed is True:
        state = terms.SCOPE_CONFIRMED(lang)
    elif scope.confirmed is False:
        state = terms.SCOPE_OUTSIDE(lang)
    else:
        state = terms.SCOPE_NOT_CONFIRMED(lang)
    if scope.checked_on is not None:
        state += f" ({terms.day(scope.checked_on, lang)})"
    limited = terms.SCOPE_LIMITED(lang).format(scope=decision.scope_label(lang))
    return f"{decision.decision}, {limited}. {state[0].upper()}{state[1:]}."

"""A privacy notice as a PDF: the same numbered sections, typeset in the house style with the
record's page machinery (running head and foot, page X of Y, an outline of the 14 sections)."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, Paragraph, Spacer

from ropa.io.pdf import terms
from ropa.io.pdf.notice import Block, Bullets, Lines, Notice, Para, Sub
from ropa.io.pdf.styles import Styles, styles
from ropa.io.pdf.template import Heading, RecordTemplate, RunningHead, numbering_canvas
from ropa.io.pdf.text import esc, lines


def write_notice_pdf(notice: Notice, path: Path) -> int:
    """Typeset ``notice`` into ``path``; return the number of pages."""
    head = RunningHead(
        title=notice.title,
        controller=notice.controller,
        footer=notice.updated,
        page_of=terms.PAGE_OF(notice.lang),
    )
    doc = RecordTemplate(
        str(path),
        head,
        title=f"{notice.title} – {notice.register}",
        author=notice.controller,
        subject=notice.intro,
        lang=notice.lang,
        cover=False,
    )
    st = styles()
    story: list[Flowable] = [
        Paragraph(esc(notice.controller), st.meta),
        Paragraph(esc(notice.title), st.cover_title),
        Paragraph(esc(notice.register), st.h2),
        Paragraph(esc(notice.intro), st.small),
        Paragraph(esc(notice.updated), st.small),
        Spacer(1, 6),
    ]
    for section in notice.sections:
        text = f"{section.number}.\u2002{section.heading}"
        story.append(
            Heading(
                Paragraph(esc(text), st.notice_h2),
                key=f"n{section.number}",
                title=text,
                level=0,
                pending=doc.pending,
            )  # fmt: skip
        )
        for block in section.blocks:
            story.extend(_flowables(block, st))
    story += [Spacer(1, 14), Paragraph(esc(notice.footer), st.small)]
    doc.build(story, canvasmaker=numbering_canvas(doc))
    return doc.pending.total


def _flowables(block: Block, st: Styles) -> list[Flowable]:
    if isinstance(block, Para):
        return [Paragraph(f"<i>{esc(block.text)}</i>" if block.muted else lines(block.text), st.body)]
    if isinstance(block, Sub):
        return [Paragraph(esc(block.text), st.h3)]
    if isinstance(block, Lines):
        return [Paragraph("<br/>".join(esc(line) for line in block.lines), st.body)]
    assert isinstance(block, Bullets)
    out: list[Flowable] = []
    for item in block.items:
        lead = f"<b>{esc(item.lead)}</b>" if item.lead else ""
        text = lines(item.text) if item.text else ""
        joined = f"{lead}<br/>{text}" if lead and text else lead or text
        out.append(Paragraph(joined, st.bullet, bulletText="•"))
    out.append(Spacer(1, 3))
    return out

"""Text out of a notice file, one reader per format, each with a well-kept library.

Every reader returns :class:`Extracted`: plain text whose paragraphs are separated by blank
lines, list items starting with ``- `` and lines the format marks as headings (a Word heading
style, an HTML ``h1``-``h6``, a paragraph that is all bold) listed in ``headings``, so the section
finder can use the author's own structure where the format keeps it. PDF pages are separated by
a form feed so that page headers and footers can be recognised and removed (:mod:`.clean`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from ropa.io.notice_import.errors import NoticeError

PAGE_BREAK = "\f"


@dataclass
class Extracted:
    """A notice's raw text and what its format said about it."""

    text: str
    format: str
    headings: set[str] = field(default_factory=set)  # lines the format marks as headings


def extract(path: Path) -> Extracted:
    """Read ``path`` by its extension; a file that cannot be read raises :class:`NoticeError`."""
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        supported = ", ".join(sorted(READERS))
        raise NoticeError(
            str(path), f"cannot read '{path.suffix or 'no extension'}' files (supported: {supported})"
        )
    if not path.is_file():
        raise NoticeError(str(path), "no such file")
    try:
        extracted = reader(path)
    except NoticeError:
        raise
    except OSError as exc:
        raise NoticeError(str(path), f"cannot read: {exc.strerror or exc}") from exc
    except Exception as exc:  # a library's own error for a damaged file: one line, naming the file
        raise NoticeError(
            str(path), f"not a readable {path.suffix.lstrip('.')} file ({type(exc).__name__}: {exc})"
        ) from exc
    if not extracted.text.strip():
        raise NoticeError(str(path), "no text found in it (a scanned PDF needs OCR first)")
    return extracted


def read_text(path: Path) -> Extracted:
    """Plain text: UTF-8 (with or without BOM), else the Windows code page Finnish offices use."""
    data = path.read_bytes()
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return Extracted(data.decode(encoding), "txt")
        except UnicodeDecodeError:
            continue
    raise NoticeError(str(path), "not UTF-8 or Windows-1252 text")


def read_docx(path: Path) -> Extracted:
    """Word: paragraphs and tables in document order; heading styles and list paragraphs kept."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = docx.Document(str(path))
    lines: list[str] = []
    headings: set[str] = set()

    def paragraph(p: Paragraph) -> None:
        text = p.text.strip()
        if not text:
            return
        style = (p.style.name if p.style is not None else "") or ""
        lowered = style.lower()
        heading = lowered.startswith(("heading", "otsikko", "rubrik", "title"))
        if heading or (_all_bold(p) and len(text) < 150):
            headings.add(text)
        numbered = p._p.pPr is not None and p._p.pPr.numPr is not None
        if not heading and ("list" in lowered or "luettelo" in lowered or numbered):
            text = f"- {text}"
        lines.append(text)

    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            paragraph(block)
        elif isinstance(block, Table):
            for row in block.rows:
                seen: set[int] = set()
                for cell in row.cells:  # merged cells repeat: keep each once
                    if id(cell._tc) in seen:
                        continue
                    seen.add(id(cell._tc))
                    for p in cell.paragraphs:
                        paragraph(p)
    return Extracted("\n\n".join(lines), "docx", headings)


def _all_bold(p: object) -> bool:
    runs = [run for run in p.runs if run.text.strip()]  # type: ignore[attr-defined]
    return bool(runs) and all(run.bold for run in runs)


def read_pdf(path: Path) -> Extracted:
    """PDF: the text layer of every page (pypdf), pages separated by a form feed.

    pypdf's own warnings about a damaged file are not shown: the error names the file once."""
    import logging

    from pypdf import PdfReader

    pypdf_log = logging.getLogger("pypdf")
    level = pypdf_log.level
    pypdf_log.setLevel(logging.ERROR + 10)
    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted:
            try:
                reader.decrypt("")
            except Exception as exc:
                raise NoticeError(str(path), "the PDF is encrypted") from exc
        pages = [page.extract_text() or "" for page in reader.pages]
    finally:
        pypdf_log.setLevel(level)
    return Extracted(f"\n{PAGE_BREAK}\n".join(pages), "pdf")


_BLOCKS = {
    "p", "div", "section", "article", "main", "header", "footer", "aside", "ul", "ol", "li", "table",
    "tr", "td", "th", "dl", "dt", "dd", "br", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
    "address", "figcaption", "caption",
}  # fmt: skip
_SKIP = {"script", "style", "noscript", "template", "head", "svg", "nav", "button", "form", "iframe"}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}


class _HtmlText(HTMLParser):
    """Block elements become paragraphs, ``li`` list items, ``h1``-``h6`` headings; scripts are skipped."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.headings: set[str] = set()
        self.current: list[str] = []
        self.skipping = 0
        self.heading = 0
        self.bold_only = True
        self.bold = 0
        self.item = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skipping += 1
        elif tag in _BLOCKS:
            self.flush()
            if tag in _HEADINGS:
                self.heading += 1
            if tag == "li":
                self.item = True
        elif tag in ("b", "strong"):
            self.bold += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCKS:
            self.flush()
            if tag in _HEADINGS:
                self.heading = max(0, self.heading - 1)
        elif tag in ("b", "strong"):
            self.bold = max(0, self.bold - 1)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.current.append("\n")

    def handle_data(self, data: str) -> None:
        if self.skipping:
            return
        if data.strip() and not self.bold:
            self.bold_only = False
        self.current.append(data)

    def flush(self) -> None:
        raw = "".join(self.current)
        self.current = []
        lines = [re.sub(r"\s+", " ", line).strip() for line in raw.split("\n")]
        text = "\n".join(line for line in lines if line)
        if text:
            if self.heading or (self.bold_only and len(text) < 150 and "\n" not in text):
                self.headings.add(text)
            self.blocks.append(f"- {text}" if self.item else text)
        self.item = False
        self.bold_only = True


def read_html(path: Path) -> Extracted:
    """HTML: the standard library's parser; the charset is UTF-8 unless the page declares another."""
    data = path.read_bytes()
    declared = re.search(rb"""charset=["']?([\w-]+)""", data[:4096])
    encoding = declared.group(1).decode("ascii") if declared else "utf-8"
    try:
        text = data.decode(encoding)
    except (LookupError, UnicodeDecodeError):
        text = data.decode("cp1252", errors="replace")
    parser = _HtmlText()
    parser.feed(text)
    parser.close()
    parser.flush()
    return Extracted("\n\n".join(parser.blocks), "html", parser.headings)


READERS: dict[str, Callable[[Path], Extracted]] = {
    ".txt": read_text,
    ".text": read_text,
    ".md": read_text,
    ".docx": read_docx,
    ".pdf": read_pdf,
    ".html": read_html,
    ".htm": read_html,
}

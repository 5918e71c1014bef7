"""Repairs what extraction breaks, before anything is read from the text.

Word processors, PDF text layers and web pages hand over the same notice in different states:
lines broken inside sentences, words hyphenated at line ends, page headers and numbers between
paragraphs, tables of contents, Markdown left over from a conversion. Each repair is one small
function; :func:`clean` runs them in order. The cleaned text is the one the draft's provenance
spans point into, so the review shows exactly what was read.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from ropa.io.notice_import.extract import PAGE_BREAK, Extracted

# Abbreviations after which a sentence or paragraph does not end (fi, sv, en).
_ABBREVIATIONS = """esim ns mm ym yms jne ao ko ks vrt puh p s n v ts eli tms os nk ml t.ex bl.a m.fl o.s.v
    osv tel e.g i.e etc incl approx no nr vs ca kl st resp art mom kohta luku ks.myös p.o pb pl"""
ABBREVIATIONS = frozenset(_ABBREVIATIONS.split())
_TERMINAL = ".!?:;"
_CONJUNCTIONS = {"ja", "tai", "sekä", "eli", "och", "eller", "samt", "and", "or"}
_NUMBERED = re.compile(r"^\s*(\d{1,2}(\.\d{1,2})*[.)]|[A-H][.)])\s+\S")
_ITEM = re.compile(r"^\s*([-•*–◦·▪]|\d{1,2}\)|[a-h]\))\s+")
_PAGE_NUMBER = re.compile(
    r"^\s*((sivu|sida|page|s\.)\s*\d+(\s*(/|\(|of|av|\/)\s*\d+\)?)?|\d+\s*(/|\()\s*\d+\)?|-\s*\d+\s*-|\d{1,3})\s*$",
    re.IGNORECASE,
)
_DATE = re.compile(r"\d{1,2}\.\s?\d{1,2}\.\s?\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{4}")
_TOC = re.compile(r"^(.{3,150}?)\s*(\.{3,}|…{2,}|\t|\s{3,})\s*\d{1,3}\s*$")
_CONTACT_LINE = re.compile(r"^([\w.+-]+@|(puh|p|tel|gsm|mob|phone|fax|email|e-mail|sähköposti)\b\.?)", re.I)
_TOC_TITLE = re.compile(
    r"^(sisällys(luettelo)?|sisältö|innehåll(sförteckning)?|contents|table of contents)$", re.I
)


def clean(extracted: Extracted) -> tuple[str, set[str]]:
    """The repaired text and the format's heading lines, repaired the same way."""
    text = _characters(extracted.text)
    text = _markdown(text)
    text = _page_furniture(text)
    text = _table_of_contents(text)
    text = _hyphenation(text)
    text = _broken_lines(text, extracted.headings)
    text = re.sub(r"\n[ \t]*\n(?:[ \t]*\n)+", "\n\n", text)
    text = _broken_paragraphs(text)
    text = re.sub(r"[ \t]+\n", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
    headings = {_characters(_markdown(h)).strip() for h in extracted.headings}
    return text, {h for h in headings if h}


def _characters(text: str) -> str:
    """One newline convention, no soft hyphens, ligatures or non-breaking spaces."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    for old, new in (("\u00ad", ""), ("\u00a0", " "), ("\u202f", " "), ("\ufb01", "fi"), ("\ufb02", "fl")):
        text = text.replace(old, new)
    text = re.sub(r"[\u200b\ufeff]", "", text)
    return re.sub(r"[ \t]+", lambda m: " " if "\t" not in m.group() else "\t", text)


def _markdown(text: str) -> str:
    """Markdown left by a converter: links, escapes, bold glued to the text before it, '#' titles."""
    text = re.sub(r"\\([()\[\]*_#.\-])", r"\1", text)
    text = re.sub(r"([\w.+-]+)\s*\((at|ät|a)\)\s*([\w-]+\.[\w.]+)", r"\1@\3", text)
    text = re.sub(r"\[([^\]]*)\]\((mailto:|https?:)?[^)]*\)", r"\1", text)
    # **Heading** glued to the end of the previous line: its own line
    text = re.sub(r"(?<=\S)\*\*([^*\n]{2,150})\*\*[ \t]*(?=\n|$)", r"\n\n\1\n\n", text)
    text = re.sub(r"(?<=\S)\*\*([^*\n]{2,150})\*\*", r"\n\n\1 ", text)
    text = text.replace("**", "").replace("__", "")
    return re.sub(r"(?m)^#{1,6}\s+", "", text)


def _page_furniture(text: str) -> str:
    """Page numbers go; a header or footer repeated on pages stays once, where it first appears."""
    lines = text.split("\n")
    counts = Counter(_shape(line) for line in lines if line.strip())
    pages = text.count(PAGE_BREAK) + 1
    boundary = _page_boundary_lines(lines) if pages > 1 else set()
    seen: set[str] = set()
    out: list[str] = []
    for line in lines:
        stripped = line.strip(" \t")
        if stripped == PAGE_BREAK or stripped == "":
            out.append("")
            continue
        shape = _shape(line)
        at_boundary = shape in boundary
        if (pages > 1 and at_boundary or counts[shape] > 1) and _PAGE_NUMBER.match(stripped):
            continue
        repeated = counts[shape] > 1 and len(stripped) <= 90 and (at_boundary or _DATE.search(stripped))
        if repeated and (pages == 1 or at_boundary or _DATE.search(stripped)):
            if shape in seen:
                out.append("")
                continue
            seen.add(shape)
        out.append(line)
    return "\n".join(out).replace(PAGE_BREAK, "")


def _shape(line: str) -> str:
    """A line with its page numbers blanked: 'Sivu 2/5' and 'Sivu 3/5' have one shape."""
    return re.sub(r"\d+\s*(/|\(|of|av)\s*\d+\)?$", "#", line.strip().lower())


def _page_boundary_lines(lines: list[str]) -> set[str]:
    """Shapes of the first and last four lines of pages (a running head or foot of up to four
    lines: organisation, title, date, page number), seen on at least two pages."""
    pages: list[list[str]] = [[]]
    for line in lines:
        if line.strip(" \t") == PAGE_BREAK:
            pages.append([])
        elif line.strip():
            pages[-1].append(_shape(line))
    seen = Counter(shape for page in pages for shape in {*page[:4], *page[-4:]})
    return {shape for shape, n in seen.items() if n >= 2}


def _table_of_contents(text: str) -> str:
    """Entries with dot leaders and page numbers, and their title, are navigation, not content."""
    lines = text.split("\n")
    toc = [bool(_TOC.match(line.strip())) for line in lines]
    if sum(toc) < 2:
        return text
    out = []
    for i, line in enumerate(lines):
        if toc[i]:
            continue
        if _TOC_TITLE.match(line.strip()) and any(toc[i + 1 : i + 4]):
            continue
        out.append(line)
    return "\n".join(out)


def _hyphenation(text: str) -> str:
    """'henkilö-' + 'tietoja' on the next line is one word; 'toimeksianto-' + 'tai' is not."""

    def join(m: re.Match[str]) -> str:
        before, after = m.group(1), m.group(2)
        word = re.match(r"\w+", after)
        if word and word.group().lower() in _CONJUNCTIONS:
            return f"{before}- {after}"
        if before[-1].isupper() or before[-1].isdigit():
            return f"{before}-{after}"  # EU-alueen, 2018-luvulla
        return before + after

    return re.sub(r"(\w+)-[ \t]*\n[ \t]*(?=[a-zåäö])(\w+)", lambda m: join(m), text)


def _broken_lines(text: str, headings: set[str]) -> str:
    """Join a line wrapped inside a sentence with the next one (single newlines only)."""
    lines = text.split("\n")
    out: list[str] = []
    for line in lines:
        if out and _continues(out[-1], line, headings):
            out[-1] = f"{out[-1].rstrip()} {line.strip()}"
        else:
            out.append(line)
    return "\n".join(out)


def _continues(previous: str, line: str, headings: set[str]) -> bool:
    prev, nxt = previous.strip(), line.strip()
    if not prev or not nxt or prev in headings or _ITEM.match(nxt) or _NUMBERED.match(nxt):
        return False
    if prev[-1] in _TERMINAL and not _ends_with_abbreviation(prev):
        return False
    if _CONTACT_LINE.match(nxt) or re.search(r"\d{3}$", prev):
        return False  # a contact block: name, phone, email each on a line
    if nxt[0].islower():
        return True
    if prev[-1] == "," and len(prev) >= 50 and not nxt[0].isdigit():
        return True  # a list wrapped after its comma
    return len(prev) >= 70 and not _NUMBERED.match(prev) and prev[-1] not in ",)" and "@" not in prev


def _broken_paragraphs(text: str) -> str:
    """A paragraph cut by a page break or a stray blank line: it ends mid-sentence, the next goes on."""
    paragraphs = text.split("\n\n")
    out: list[str] = []
    for paragraph in paragraphs:
        if out and _paragraph_continues(out[-1], paragraph):
            out[-1] = f"{out[-1].rstrip()} {paragraph.strip()}"
        else:
            out.append(paragraph)
    return "\n\n".join(out)


def _paragraph_continues(previous: str, paragraph: str) -> bool:
    prev, nxt = previous.strip(), paragraph.strip()
    if not prev or not nxt or _ITEM.match(nxt) or _NUMBERED.match(nxt):
        return False
    last_line = prev.rsplit("\n", 1)[-1]
    if _ends_with_abbreviation(last_line):
        return True
    return (
        last_line[-1] not in _TERMINAL
        and nxt[0].islower()
        and not _ITEM.match(last_line)
        and len(last_line) > 30
    )


def _ends_with_abbreviation(line: str) -> bool:
    m = re.search(r"(?:^|\s)([\w.]+)\.$", line)
    return m is not None and m.group(1).lower() in ABBREVIATIONS

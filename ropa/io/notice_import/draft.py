"""A notice read into a draft register: the records, where each value came from, and what is left.

:func:`read_notice` is the whole pipeline for one file: extract the text (:mod:`.extract`),
repair it (:mod:`.clean`), find its sections (:mod:`.sections`), map them (:mod:`.mapping`) and
build the records through the interchange reader, so a draft is valid by the same rules as any
import. Nothing is invented: a field the notice does not fill stays empty, and every unit of
text that no field holds is kept in the register's notes under the heading it came from.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ropa.io.interchange import FORMAT, VERSION, read_document
from ropa.io.notice_import import own
from ropa.io.notice_import.builder import Builder
from ropa.io.notice_import.clean import clean
from ropa.io.notice_import.extract import extract
from ropa.io.notice_import.layout import Span
from ropa.io.notice_import.mapping import assign_legal_bases, map_section
from ropa.io.notice_import.sections import Section, find_sections
from ropa.io.notice_import.vocabulary import LANGUAGE_WORDS, Topic
from ropa.model import records as r

EXTENSION = "notice_import"  # the key under the register's `extensions` holding the import's notes


@dataclass(frozen=True, slots=True)
class Note:
    """Text no field holds, kept under the heading it stood under ("" for the preamble)."""

    heading: str
    text: str
    spans: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class SectionView:
    """A section as the review shows it: heading, topic and where its text is."""

    heading: str
    topic: str
    span: Span


@dataclass(frozen=True)
class NoticeDraft:
    """One notice read into a draft: ``controller`` as the notice names it (no registers) and the
    ``register`` (status draft, the notes in its extensions). ``provenance`` maps a path
    (``register.purposes[0].legal_basis``, ``controller.dpo.email``) to the spans of ``text``
    it was read from."""

    source: str
    format: str
    language: str
    text: str
    sections: tuple[SectionView, ...]
    controller: r.Controller
    register: r.Register
    provenance: Mapping[str, tuple[Span, ...]]
    notes: tuple[Note, ...]
    legal_bases_named: tuple[str, ...] = ()  # every basis the notice names: choices for blank ones
    extras: Mapping[str, Any] = field(default_factory=dict)

    def spans(self, path: str) -> tuple[Span, ...]:
        """Where the value at ``path`` (or any value inside it) was read from."""
        exact = self.provenance.get(path)
        if exact is not None:
            return exact
        inside = [
            s for p, spans in self.provenance.items() if p.startswith((path + ".", path + "[")) for s in spans
        ]
        return tuple(sorted(set(inside), key=lambda s: s.start))

    def quote(self, span: Span) -> str:
        return self.text[span.start : span.end]


def read_notice(path: str | Path, *, on: date | None = None) -> NoticeDraft:
    """Read one notice file into a draft; :class:`NoticeError` names the file when it cannot."""
    path = Path(path)
    extracted = extract(path)
    text, hints = clean(extracted)
    if extracted.format == "html":
        page = path.read_text(encoding="utf-8", errors="replace")
        structure = own.parse(page) if own.is_own_html(page) else None
        if structure is not None:
            return _own_draft(page, structure, text, hints, str(path))
    return draft_from_text(text, source=str(path), format=extracted.format, hints=hints, on=on)


def _own_draft(page: str, structure: own.Page, text: str, hints: set[str], source: str) -> NoticeDraft:
    """A page ``ropa notice`` wrote: read by inverting the writer (:mod:`.own`), field for field."""
    lang_match = re.search(r'<html lang="(\w+)"', page)
    language = lang_match.group(1) if lang_match else detect_language(text)
    read = own.read_page(structure, language)
    sections = find_sections(text, hints)
    spans: dict[int, Span] = {}
    for section in sections:
        for number in _number(section.heading):
            spans.setdefault(number, _view(section, text).span)
    provenance = {path: (spans[n],) for path, n in read.origin.items() if n in spans}
    notes = tuple(
        Note(heading, body, tuple(spans[n] for n in _number(heading) if n in spans))
        for heading, body in read.notes
    )
    register = _register_values(read.register, notes, source, "html", language)
    controller, built = _records(read.controller, register)
    named = tuple(dict.fromkeys(p.legal_basis for p in built.purposes if p.legal_basis))
    return NoticeDraft(
        source=source,
        format="html",
        language=language,
        text=text,
        sections=tuple(_view(s, text) for s in sections),
        controller=controller,
        register=built,
        provenance=provenance,
        notes=notes,
        legal_bases_named=named,
    )


def draft_from_text(
    text: str, *, source: str = "", format: str = "txt", hints: set[str] | None = None, on: date | None = None
) -> NoticeDraft:
    """The draft of an already cleaned text (``read_notice`` without the file)."""
    on = on or date.today()
    sections = find_sections(text, hints or set())
    language = detect_language(text)
    b = Builder(language)
    for section in sections:
        map_section(b, section, on)
    named = assign_legal_bases(b)
    _name_from_title(b, sections)
    notes = _notes(b, sections)
    register = _register(b, notes, source, format, language)
    controller = _records(b.controller, register)
    return NoticeDraft(
        source=source,
        format=format,
        language=language,
        text=text,
        sections=tuple(_view(s, text) for s in sections),
        controller=controller[0],
        register=controller[1],
        provenance={p: tuple(spans) for p, spans in b.provenance.items()},
        notes=notes,
        legal_bases_named=named,
    )


def detect_language(text: str) -> str:
    """fi, sv or en: whose function words the text uses most."""
    words = re.findall(r"[a-zåäö]+", text.lower())
    scores = {lang: sum(1 for w in words if w in vocabulary) for lang, vocabulary in LANGUAGE_WORDS.items()}
    return max(scores, key=lambda lang: scores[lang]) if any(scores.values()) else "fi"


_NOTICE_WORDS = re.compile(
    r"\b(tietosuojaseloste|tietosuojalausunto|tietosuojailmoitus|rekisteriseloste|informointi-ilmoitus|"
    r"dataskyddsbeskrivning|dataskyddsmeddelande|integritetspolicy|registerbeskrivning|"
    r"privacy (notice|statement|policy)|data protection (notice|statement))\b",
    re.IGNORECASE,
)


def _name_from_title(b: Builder, sections: list[Section]) -> None:
    """No "register name" section: the title names the register ("Asiakasrekisterin tietosuojaseloste")."""
    if b.register.get("name"):
        return
    title = next((s for s in sections if s.topic is Topic.TITLE), None)
    if title is None or title.heading_span is None:
        return
    parts = [p.strip() for p in re.split(r"\s+[/|–—]\s+|:\s+", title.heading) if p.strip()]
    controller = str(b.controller.get("name", "")).casefold()
    parts = [
        p for p in parts if p.casefold() != controller and not re.search(r"\b(oy|oyj|ab|ltd)$", p, re.I)
    ] or parts
    name = parts[-1]
    stripped = _NOTICE_WORDS.sub("", name).strip(" -–,:")
    if stripped:
        name = re.sub(r"(rekisterin)$", "rekisteri", stripped)
        name = re.sub(r"^(for|of|för|the)\s+", "", name, flags=re.I).strip()
    if name.isupper():
        name = name.capitalize()
    name = name[:1].upper() + name[1:]
    b.register["name"] = name
    b.provenance["register.name"] = [title.heading_span]


def _notes(b: Builder, sections: list[Section]) -> tuple[Note, ...]:
    notes: list[Note] = []
    for section in sections:
        left = [u for u in section.units if u.index not in b.used]
        if not left:
            continue
        pieces: list[str] = []
        for unit in left:
            joiner = "\n" if unit.item or (pieces and pieces[-1].endswith(":")) else " "
            pieces.append(
                ("- " if unit.item else "") + unit.text
                if not pieces
                else joiner + ("- " if unit.item else "") + unit.text
            )
        notes.append(Note(section.heading, "".join(pieces).strip(), tuple(u.span for u in left)))
    return tuple(notes)


def _number(heading: str) -> tuple[int, ...]:
    found = re.match(r"(\d+)\.", heading)
    return (int(found.group(1)),) if found else ()


def _register(b: Builder, notes: tuple[Note, ...], source: str, format: str, language: str) -> dict[str, Any]:
    return _register_values(b.register, notes, source, format, language)


def _register_values(
    values: dict[str, Any], notes: tuple[Note, ...], source: str, format: str, language: str
) -> dict[str, Any]:
    register = dict(values)
    register["status"] = "draft"
    register["extensions"] = {
        EXTENSION: {
            "source": Path(source).name if source else "",
            "format": format,
            "language": language,
            "notes": [{"heading": n.heading, "text": n.text} for n in notes],
        }
    }
    return register


def _records(controller: dict[str, Any], register: dict[str, Any]) -> tuple[r.Controller, r.Register]:
    """Build the records through the interchange reader: one set of rules for every import."""
    document = {
        "format": FORMAT,
        "version": VERSION,
        "controllers": [{**controller, "key": "draft", "registers": [{**register, "key": "draft"}]}],
    }
    workspace = read_document(document, "notice draft")
    built = workspace.controllers[0]
    return _without_registers(built), built.registers[0]


def _without_registers(controller: r.Controller) -> r.Controller:
    import dataclasses

    return dataclasses.replace(controller, registers=(), processing_on_behalf=())


def _view(section: Section, text: str) -> SectionView:
    starts = [u.span.start for u in section.units] + (
        [section.heading_span.start] if section.heading_span else []
    )
    ends = [u.span.end for u in section.units] + ([section.heading_span.end] if section.heading_span else [])
    return SectionView(
        section.heading, section.topic.value, Span(min(starts, default=0), max(ends, default=0))
    )

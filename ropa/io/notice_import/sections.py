"""The section finder: where each part of a notice begins and what it is about, read from its words.

A heading is recognised by what it says (the vocabulary of :mod:`.vocabulary`), helped by what the
format marked (Word heading styles, HTML headings), by numbering ("5.", "A.") and by shape (a
short line without a full stop, a question, a label ending in a colon). Numbers only tell that
a heading is one; never what it is about, so renumbered, reordered and unnumbered notices read
alike. A notice with no recognisable headings is free text: each paragraph is then classified by
its own words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ropa.io.notice_import.layout import Line, Span, Unit, lines_of, units_of
from ropa.io.notice_import.vocabulary import BODY, HEADINGS, Topic

_NUMBER = re.compile(r"^\s*(\d{1,2}(\.\d{1,2})*\.?|\d{1,2}\)|[A-H][.)]|§\s*\d+\.?)\s+(?=\S)")
_CONTACT = re.compile(r"@|\d{3}[\s-]?\d{3}|\d{5}\s+\w|\d{7}-\d")
_DATE_LINE = re.compile(r"\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2}")

# Sub-headings inside a numbered section may narrow it to these topics; others inherit it.
_FAMILY: dict[Topic, frozenset[Topic]] = {
    Topic.CONTACT_PERSON: frozenset({Topic.RESPONSIBLE_PERSON, Topic.DPO}),
    Topic.CONTROLLER: frozenset({Topic.DPO, Topic.CONTACT_PERSON, Topic.RESPONSIBLE_PERSON}),
    Topic.RESPONSIBLE_PERSON: frozenset({Topic.CONTACT_PERSON, Topic.DPO}),
    Topic.SYSTEMS: frozenset({Topic.SECURITY, Topic.SECURITY_ELECTRONIC, Topic.SECURITY_MANUAL}),
    Topic.SECURITY: frozenset({Topic.SYSTEMS, Topic.SECURITY_ELECTRONIC, Topic.SECURITY_MANUAL}),
    Topic.DATA: frozenset({Topic.SPECIAL, Topic.SUBJECTS}),
    Topic.SUBJECTS: frozenset({Topic.DATA, Topic.SPECIAL}),
    Topic.PURPOSES: frozenset({Topic.LEGAL_BASIS}),
    Topic.LEGAL_BASIS: frozenset({Topic.PURPOSES}),
    Topic.RIGHTS: frozenset({Topic.COMPLAINT, Topic.CONTACT}),
    Topic.RECIPIENTS: frozenset({Topic.TRANSFERS}),
}
_DOMINANT = (Topic.OTHER, Topic.CONTACT)  # a cookie or contact heading is that, whatever else it says


@dataclass
class Section:
    """A heading (empty for the preamble) and the units under it, with the topic they map to."""

    topic: Topic
    heading: str
    heading_span: Span | None
    units: list[Unit] = field(default_factory=list)


def topics_of(heading: str) -> list[Topic]:
    """Every topic a heading's words name, the one they name first first."""
    core = _NUMBER.sub("", heading).strip().rstrip(":?*").strip().lower()
    found: dict[Topic, int] = {}
    for topic, pattern in HEADINGS:
        m = pattern.search(core)
        if m and topic not in found:
            found[topic] = m.start()
    ordered = sorted(found, key=lambda t: found[t])
    for dominant in _DOMINANT:
        if dominant in found:
            ordered.remove(dominant)
            ordered.insert(0, dominant)
    return ordered


def find_sections(text: str, hints: set[str]) -> list[Section]:
    """Split the cleaned text into sections; every line lands in exactly one."""
    lines = lines_of(text)
    numbered_doc = (
        sum(1 for line in lines if _heading(line, hints, False)[0] and _NUMBER.match(line.text)) >= 3
    )
    sections: list[Section] = [Section(Topic.OTHER, "", None)]
    parent: set[Topic] = set()
    index = 0
    title_done = False
    for i, line in enumerate(lines):
        if not title_done:
            title_done = True
            if _is_title(line, lines[i + 1 : i + 2], hints):
                sections.append(Section(Topic.TITLE, line.text, line.span))
                sections.append(Section(Topic.OTHER, "", None))
                continue
        is_heading, topics = _heading(line, hints, numbered_doc)
        if is_heading:
            numbered = bool(_NUMBER.match(line.text)) and not re.match(r"^\s*[A-H][.)]", line.text)
            topic = topics[0] if topics else None
            if numbered_doc and not numbered and parent:
                allowed = parent | set().union(*(_FAMILY.get(t, frozenset()) for t in parent))
                if topic is None or topic not in allowed:
                    topic = sections[-1].topic
            elif numbered or not numbered_doc:
                parent = set(topics)
            sections.append(Section(topic or Topic.OTHER, line.text, line.span))
            continue
        units = units_of(line, index)
        index += len(units)
        sections[-1].units.extend(units)
    sections = [s for s in sections if s.units or s.heading]
    if sum(1 for s in sections if s.heading and s.topic is not Topic.TITLE) < 2:
        return _free_text(sections)
    return sections


def _heading(line: Line, hints: set[str], numbered_doc: bool) -> tuple[bool, list[Topic]]:
    text = line.text
    if line.item or len(text) > 150 or _CONTACT.search(text) or _DATE_LINE.search(text):
        return False, []
    number = _NUMBER.match(text)
    core = _NUMBER.sub("", text).strip()
    words = len(core.split())
    topics = topics_of(text)
    full_stop = text.endswith(".") and not text.endswith("..")
    first = core.split()[0].lower().strip(",") if core else ""
    if not text.endswith("?") and re.fullmatch(r"\w+mme|we|vi|our|våra|meidän", first):
        return False, []  # "Keräämme seuraavia tietoja:" introduces a list, it is not a heading
    if text in hints and words <= 20:
        return True, topics
    if number and not full_stop and words <= 14 and core[:1].isupper():
        letter = re.match(r"^\s*[A-H][.)]", text)
        return (not letter or bool(topics) or words <= 5), topics
    if text.endswith("?") and words <= 14:
        return True, topics
    if topics and not full_stop and words <= 10 and core[:1].isupper():
        return True, topics
    return False, []


def _is_title(line: Line, following: list[Line], hints: set[str]) -> bool:
    text = line.text
    if (
        line.item
        or text.endswith(".")
        or _NUMBER.match(text)
        or _DATE_LINE.search(text)
        or _CONTACT.search(text)
    ):
        return False
    topics = topics_of(text)
    if (
        topics
        and topics[0] not in (Topic.OTHER,)
        and not re.search(
            r"seloste|lausunto|notice|statement|policy|beskrivning|meddelande|integritet", text, re.I
        )
    ):
        return False
    return len(text.split()) <= 12


def _free_text(sections: list[Section]) -> list[Section]:
    """No headings to go by: each paragraph goes to the topic its own words name most."""
    out: list[Section] = [s for s in sections if s.topic is Topic.TITLE]
    for section in sections:
        if section.topic is Topic.TITLE:
            continue
        by_paragraph: dict[int, list[Unit]] = {}
        for unit in section.units:
            by_paragraph.setdefault(unit.line.paragraph, []).append(unit)
        for units in by_paragraph.values():
            topic = body_topic(" ".join(u.text for u in units))
            if out and out[-1].topic is topic and not out[-1].heading:
                out[-1].units.extend(units)
            else:
                out.append(Section(topic, "", None, list(units)))
    return out


def body_topic(text: str) -> Topic:
    """The topic running text names most often (ties: the earlier in :data:`BODY`)."""
    lowered = text.lower()
    best, score = Topic.OTHER, 0
    for topic, pattern in BODY:
        hits = len(pattern.findall(lowered))
        if hits > score:
            best, score = topic, hits
    return best

"""Import a record kept in the UK ICO controller template layout (DOMAIN.md, "What people already use").

The layout: a contact block on top (controller, data protection officer, representative), then a
header row with the ICO's columns and one processing activity per row. Columns are recognised
by their heading's words, not their position. What maps is mapped (lawful basis and Art. 9
condition text to codes, country names in English or Finnish to codes, retention, security
measures, recipients...); what cannot be mapped is kept, heading and text, in the register's
description; both are reported. The records then go through the same validation as any import.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from ropa.io.excel.guard import WorkbookError
from ropa.io.excel.importer import WorkbookImport
from ropa.io.excel.parse import text_of
from ropa.io.excel.vocabulary import country_of, fold
from ropa.model import records as r
from ropa.model.validate import validate
from ropa.reference import reference

MAX_ROWS = 20_000
HEADER_SEARCH = 60
UNMAPPED_TITLE = "Not mapped from the ICO template:"

#: Column slots, each recognised by words in its heading; the first slot that matches wins.
_SLOTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("notes", ("link to contract", "processor contract", "record of consent", "assessment (if", "breach",
               "erasure policy", "retention and erasure", "interests assessment", "link to record")),
    ("dpia_reference", ("link to data protection impact", "link to dpia")),
    ("dpia_progress", ("impact assessment progress", "dpia progress")),
    ("dpia_required", ("impact assessment required", "dpia required")),
    ("national", ("schedule 1", "national legal basis", "national law")),
    ("art9", ("article 9", "art. 9", "special category")),
    ("basis", ("article 6", "art. 6", "lawful basis", "legal basis")),
    ("interests", ("legitimate interest",)),
    ("function", ("business function", "department")),
    ("joint", ("joint controller",)),
    ("subjects", ("categories of individuals", "data subjects", "categories of data subjects")),
    ("data", ("categories of personal data", "personal data categories", "types of personal data")),
    ("recipients", ("recipient",)),
    ("safeguards", ("safeguard",)),
    ("countries", ("third countr", "international organisation", "transferred to")),
    ("retention", ("retention",)),
    ("security", ("security measure", "technical and organisational")),
    ("rights", ("rights available", "individuals' rights", "rights of")),
    ("automated", ("automated decision",)),
    ("source", ("source",)),
    ("location", ("location of personal data", "location")),
    ("purpose", ("purpose",)),
)  # fmt: skip
_REQUIRED_SLOTS = {"purpose", "subjects", "data", "recipients", "retention", "security"}

_ART6 = re.compile(r"6\s*[(.]\s*1\s*[).]?\s*[(.]?\s*([a-f])\b", re.IGNORECASE)
_ART9 = re.compile(r"9\s*[(.]\s*2\s*[).]?\s*[(.]?\s*([a-j])\b", re.IGNORECASE)
_BASIS_WORDS = (
    ("art6-1-a", ("consent", "suostumus")),
    ("art6-1-b", ("contract", "sopimus")),
    ("art6-1-c", ("legal obligation", "lakisääteinen")),
    ("art6-1-d", ("vital interest", "elintärke")),
    ("art6-1-e", ("public task", "official authority", "julkisen vallan", "yleinen etu")),
    ("art6-1-f", ("legitimate interest", "oikeutettu etu")),
)
_ART9_WORDS = (
    ("art9-2-a", ("explicit consent", "nimenomainen suostumus")),
    ("art9-2-b", ("employment", "social security", "social protection", "työoikeus")),
    ("art9-2-c", ("vital interest",)),
    ("art9-2-d", ("not-for-profit", "not for profit", "foundation, association")),
    ("art9-2-e", ("made public", "manifestly public")),
    ("art9-2-f", ("legal claim", "judicial capacity")),
    ("art9-2-g", ("substantial public interest",)),
    ("art9-2-h", ("health or social care", "preventive or occupational medicine", "medical diagnosis")),
    ("art9-2-i", ("public health",)),
    ("art9-2-j", ("archiving", "research", "statistic")),
)
_MECHANISMS = (
    (
        "scc",
        ("standard contractual clause", "scc", "idta", "international data transfer agreement", "addendum"),
    ),
    ("bcr", ("binding corporate rules", "bcr")),
    ("adequacy", ("adequacy",)),
    ("derogation-49-1-a", ("explicit consent",)),
    ("code_of_conduct", ("code of conduct",)),
    ("certification", ("certification",)),
)
_NOTHING = frozenset({"", "n/a", "na", "none", "no", "not applicable", "-", "–", "ei", "ei ole", "nil"})
_YES = frozenset({"yes", "y", "kyllä", "required", "true"})
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
_PHONE = re.compile(r"\+?\d[\d ()-]{6,}\d")
_SLUG = re.compile(r"[^a-z0-9]+")
_FOLD = str.maketrans("äöåéü", "aoaeu")


@dataclass
class _Report:
    """What the import mapped and what it kept in the registers' descriptions."""

    mapped: dict[str, str] = field(default_factory=dict)  # heading -> field
    kept: dict[str, int] = field(default_factory=dict)  # heading -> cells kept in notes
    unmapped: list[str] = field(default_factory=list)  # values that looked mappable but were not

    def lines(self, title: str, activities: int) -> list[str]:
        found = [f"ICO template layout: sheet '{title}', {activities} processing activities"]
        if self.mapped:
            found.append("mapped: " + "; ".join(f"{h} → {f}" for h, f in self.mapped.items()))
        if self.kept:
            kept = "; ".join(f"{h} ({n})" for h, n in self.kept.items())
            found.append(f"kept in the register descriptions: {kept}")
        for value in self.unmapped[:20]:
            found.append(f"not mapped, kept in the description: {value}")
        if len(self.unmapped) > 20:
            found.append(f"… and {len(self.unmapped) - 20} more values not mapped")
        return found


_FIELDS = {
    "function": "department",
    "purpose": "purposes, name",
    "joint": "joint controllers",
    "subjects": "categories of data subjects",
    "data": "categories of personal data",
    "recipients": "recipients",
    "countries": "transfers (country)",
    "safeguards": "transfers (safeguards, mechanism)",
    "retention": "retention",
    "security": "security measures",
    "basis": "legal basis per purpose",
    "art9": "Art. 9(2) conditions",
    "interests": "legitimate interest",
    "rights": "data subject rights",
    "automated": "automated decision-making",
    "source": "sources",
    "location": "systems",
    "dpia_required": "DPIA status",
    "dpia_progress": "DPIA status",
    "dpia_reference": "DPIA reference",
    "national": "national legal basis",
}


def read_ico(wb: Any, source: str) -> WorkbookImport | None:
    """Records from the first sheet in the ICO layout, or None when no sheet has that layout."""
    for ws in wb.worksheets:
        ws.reset_dimensions()
        rows = [tuple(row) for row in ws.iter_rows(max_row=MAX_ROWS, values_only=True)]
        header = _header(rows)
        if header is None:
            continue
        index, slots = header
        return _read(ws.title, rows, index, slots, source)
    return None


def _slot(heading: str) -> str:
    folded = fold(heading)
    for slot, words in _SLOTS:
        if any(word in folded for word in words):
            return slot
    return "notes"


def _header(rows: list[tuple[Any, ...]]) -> tuple[int, dict[int, str]] | None:
    """The header row: the first with at least four of the ICO's required columns."""
    for index, row in enumerate(rows[:HEADER_SEARCH]):
        texts = {i: text_of(v).strip() for i, v in enumerate(row) if isinstance(v, str) and v.strip()}
        slots = {i: _slot(text) for i, text in texts.items()}
        if len(_REQUIRED_SLOTS & set(slots.values())) >= 4:
            return index, slots
    return None


def _read(
    title: str, rows: list[tuple[Any, ...]], header: int, slots: dict[int, str], source: str
) -> WorkbookImport:
    report = _Report()
    headings = {i: " ".join(text_of(rows[header][i]).split()) for i in slots}
    seen: set[str] = set()
    for i, slot in slots.items():
        if slot != "notes" and slot in seen and slot not in ("dpia_required", "dpia_progress"):
            slots[i] = "notes"
        seen.add(slots[i])
    controller = _controller(rows[:header])
    registers: list[r.Register] = []
    keys: set[str] = set()
    for row in rows[header + 1 :]:
        cells = {
            slot_index: text_of(row[slot_index]).strip() for slot_index in slots if slot_index < len(row)
        }
        if not any(cells.values()):
            continue
        registers.append(_register(controller.key, cells, slots, headings, report, keys))
    if not registers:
        raise WorkbookError([f"'{title}': the ICO layout's header row is there but no activity row"], source)
    workspace = r.Workspace(controllers=(_with(controller, registers=tuple(registers)),))
    problems = validate(workspace, where="in this workbook")
    if problems:
        raise WorkbookError([f"'{title}': {p}" for p in problems], source)
    return WorkbookImport(workspace, "ico", tuple(report.lines(title, len(registers))))


def _with(record: Any, **changes: Any) -> Any:
    import dataclasses

    return dataclasses.replace(record, **changes)


def _pieces(text: str, *, commas: bool = True) -> list[str]:
    """Items of a cell: one per line or semicolon, else per comma when the pieces are short."""
    parts = [p.strip(" •-*\t") for p in re.split(r"[\n;]", text)]
    parts = [p for p in parts if p and fold(p) not in _NOTHING]
    if commas and len(parts) == 1 and "," in parts[0]:
        split = [p.strip() for p in parts[0].split(",") if p.strip()]
        if all(len(p) <= 40 for p in split):
            return split
    return parts


def _codes(
    text: str, pattern: re.Pattern[str], prefix: str, words: Iterable[tuple[str, tuple[str, ...]]]
) -> list[str]:
    """Codes a free text names, by article reference or by words, in the order they appear."""
    found: list[tuple[int, str]] = [
        (m.start(), f"{prefix}{m.group(1).lower()}") for m in pattern.finditer(text)
    ]
    folded = fold(text)
    for code, phrases in words:
        for phrase in phrases:
            at = folded.find(phrase)
            if at >= 0:
                found.append((at, code))
                break
    ordered: list[str] = []
    for _, code in sorted(found):
        if code not in ordered:
            ordered.append(code)
    return ordered


def _register(
    controller: str,
    cells: dict[int, str],
    slots: dict[int, str],
    headings: dict[int, str],
    report: _Report,
    keys: set[str],
) -> r.Register:
    by_slot: dict[str, str] = {}
    notes: list[str] = []
    for index, value in cells.items():
        slot = slots[index]
        if not value:
            continue
        if slot == "notes":
            notes.append(f"{headings[index]}: {value}")
            report.kept[headings[index]] = report.kept.get(headings[index], 0) + 1
        else:
            by_slot[slot] = value
            report.mapped.setdefault(headings[index], _FIELDS[slot])

    def unmapped(what: str, value: str) -> None:
        notes.append(f"{what}: {value}")
        report.unmapped.append(f"{what}: '{value}'")

    purpose_text = by_slot.get("purpose", "")
    purposes = [p.strip() for p in purpose_text.split("\n") if p.strip()] or (
        [purpose_text] if purpose_text else []
    )
    bases = _codes(by_slot.get("basis", ""), _ART6, "art6-1-", _BASIS_WORDS)
    if not purposes and (bases or by_slot.get("interests")):
        purposes = [""]
    if len(bases) == 1:
        chosen: list[str | None] = [bases[0]] * len(purposes)
    elif bases and len(bases) == len(purposes):
        chosen = list(bases)
    else:
        chosen = [None] * len(purposes)
        if by_slot.get("basis"):
            unmapped("Lawful basis", by_slot["basis"])
    interests = by_slot.get("interests", "")
    if interests and "art6-1-f" not in chosen:
        unmapped("Legitimate interests", interests)
    purpose_records = tuple(
        r.Purpose(
            description=text,
            legal_basis=basis,
            legitimate_interest=interests if basis == "art6-1-f" else "",
        )
        for text, basis in zip(purposes, chosen, strict=True)
    )
    conditions: tuple[str, ...] = ()
    art9 = by_slot.get("art9", "")
    if art9 and fold(art9) not in _NOTHING:
        conditions = tuple(_codes(art9, _ART9, "art9-2-", _ART9_WORDS))
        if not conditions:
            unmapped("Article 9 condition", art9)
    transfers = _transfers(by_slot.get("countries", ""), by_slot.get("safeguards", ""), unmapped)
    joint = tuple(
        r.JointController(name=lines[0], contact="\n".join(lines[1:]))
        for lines in (
            [x.strip() for x in part.split(",")] for part in _pieces(by_slot.get("joint", ""), commas=False)
        )
    )
    automated = by_slot.get("automated", "")
    adm = r.AutomatedDecisionMaking()
    if automated:
        used = fold(automated) not in _NOTHING
        adm = r.AutomatedDecisionMaking(
            used=used, description=automated if used and fold(automated) not in _YES else ""
        )
    dpia = _dpia(
        by_slot.get("dpia_required", ""), by_slot.get("dpia_progress", ""), by_slot.get("dpia_reference", "")
    )
    name = (purposes[0] if purposes and purposes[0] else by_slot.get("function", "")).split("\n")[0][:120]
    key = _key(controller, name or "activity", keys)
    description = UNMAPPED_TITLE + "\n" + "\n".join(notes) if notes else ""
    return r.Register(
        key=key,
        name=name,
        status="active",
        department=by_slot.get("function", ""),
        description=description,
        joint_controllers=joint,
        purposes=purpose_records,
        special_category_conditions=conditions,
        national_legal_basis=by_slot.get("national", ""),
        data_subject_categories=tuple(_pieces(by_slot.get("subjects", ""))),
        data_categories=tuple(r.DataCategory(name=p) for p in _pieces(by_slot.get("data", ""))),
        sources=by_slot.get("source", ""),
        recipients=tuple(r.Recipient(name=p) for p in _pieces(by_slot.get("recipients", ""))),
        transfers=transfers,
        retention=by_slot.get("retention", ""),
        systems=tuple(_pieces(by_slot.get("location", ""))),
        security_measures=r.SecurityMeasures(electronic=by_slot.get("security", "")),
        automated_decision_making=adm,
        dpia=dpia,
        data_subject_rights=by_slot.get("rights", ""),
    )


def _transfers(
    countries: str, safeguards: str, unmapped: Callable[[str, str], None]
) -> tuple[r.Transfer, ...]:
    mechanism = next(
        (code for code, words in _MECHANISMS if any(_word(word, fold(safeguards)) for word in words)), None
    )
    found = []
    for piece in _pieces(countries):
        code = country_of(piece)
        if not reference().is_destination(code):
            unmapped("Third country", piece)
            continue
        found.append(r.Transfer(country=code, mechanism=mechanism, safeguards=safeguards))
    if safeguards and not found:
        unmapped("Safeguards", safeguards)
    return tuple(found)


def _word(word: str, text: str) -> bool:
    return re.search(rf"(?<![a-z]){re.escape(word)}", text) is not None


def _dpia(required: str, progress: str, link: str) -> r.Dpia:
    status = None
    if required:
        status = (
            "required" if fold(required) in _YES else "not_required" if fold(required) in _NOTHING else None
        )
    folded = fold(progress)
    if any(w in folded for w in ("complete", "done", "finished", "signed off", "valmis")):
        status = "done"
    elif (
        any(w in folded for w in ("progress", "ongoing", "started", "draft", "käynnissä"))
        and "not started" not in folded
    ):
        status = "in_progress"
    return r.Dpia(status=status, reference=link)


def _key(prefix: str, name: str, keys: set[str]) -> str:
    base = f"{prefix}-{_SLUG.sub('-', name.lower().translate(_FOLD)).strip('-')[:40]}".strip("-")
    key, n = base, 2
    while key in keys:
        key, n = f"{base}-{n}", n + 1
    keys.add(key)
    return key


# -- the contact block ---------------------------------------------------------------------------

_ROLES = (
    ("dpo", ("data protection officer", "dpo", "tietosuojavastaava")),
    ("representative", ("representative", "edustaja")),
    ("controller", ("controller", "organisation", "organization", "rekisterinpitäjä", "company")),
)
_PARTS = (
    ("email", ("email", "e-mail", "sähköposti")),
    ("phone", ("telephone", "phone", "puhelin")),
    ("address", ("address", "osoite")),
    ("name", ("name", "nimi")),
)


def _controller(rows: list[tuple[Any, ...]]) -> r.Controller:
    """The controller, DPO and representative from the block above the header row."""
    found: dict[str, dict[str, str]] = {"controller": {}, "dpo": {}, "representative": {}}
    columns: dict[int, str] = {}
    for row in rows:
        cells = [(i, text_of(v).strip()) for i, v in enumerate(row) if text_of(v).strip()]
        if not cells:
            continue
        parts = {
            i: next((p for p, words in _PARTS if any(w in fold(t) for w in words)), "") for i, t in cells
        }
        if len(cells) >= 2 and sum(1 for p in parts.values() if p) >= 2 and not _role(cells[0][1]):
            columns = {i: p for i, p in parts.items() if p}  # a "Name | Address | Email | Telephone" heading
            continue
        role = _role(cells[0][1])
        if role is None:
            continue
        rest = cells[1:]
        if columns and any(i in columns for i, _ in rest):
            for i, text in rest:
                if i in columns:
                    found[role][columns[i]] = text
            continue
        part = next((p for p, words in _PARTS if any(w in fold(cells[0][1]) for w in words)), "")
        text = "\n".join(t for _, t in rest)
        if part and part != "name":
            found[role][part] = text
        elif text:
            found[role].update(_contact(text, found[role]))
    controller = found["controller"]
    name = controller.get("name", "")
    key = _SLUG.sub("-", name.lower().translate(_FOLD)).strip("-")[:40] or "ico-import"
    representative = found["representative"]
    return r.Controller(
        key=key,
        name=name,
        address=controller.get("address", ""),
        email=controller.get("email", ""),
        phone=controller.get("phone", ""),
        dpo=r.Person(
            name=found["dpo"].get("name", ""),
            email=found["dpo"].get("email", ""),
            phone=found["dpo"].get("phone", ""),
        ),  # fmt: skip
        representative=r.Representative(
            name=representative.get("name", ""),
            address=representative.get("address", ""),
            email=representative.get("email", ""),
            phone=representative.get("phone", ""),
        )
        if any(representative.values())
        else None,
    )


def _role(label: str) -> str | None:
    folded = fold(label)
    return next((role for role, words in _ROLES if any(w in folded for w in words)), None)


def _contact(text: str, known: dict[str, str]) -> dict[str, str]:
    """Name, email, phone and address out of one free-text contact cell."""
    found = dict(known)
    email = _EMAIL.search(text)
    if email and "email" not in found:
        found["email"] = email.group(0)
        text = text.replace(email.group(0), " ")
    phone = _PHONE.search(text)
    if phone and "phone" not in found:
        found["phone"] = phone.group(0).strip()
        text = text.replace(phone.group(0), " ")
    pieces = [p.strip(" ,;") for p in re.split(r"[\n,;]", text) if p.strip(" ,;")]
    if pieces and "name" not in found:
        found["name"] = pieces.pop(0)
    if pieces and "address" not in found:
        found["address"] = ", ".join(pieces)
    return found

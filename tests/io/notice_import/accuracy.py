# ruff: noqa: E501 - tables of words and layout lines read best unwrapped
"""Precision and recall of the mapped fields over the notice fixtures (run it to print the table).

A draft is flattened into *atoms*, one per value a notice can give: a scalar field with its value,
one atom per list entry (a purpose, a data category, a recipient...), one per code given to an
entry (a purpose's legal basis, a category's special code, a recipient's kind), one per declared
transfer (country and mechanism). Expected atoms are written by hand in
``tests/fixtures/notices/expected/*.json`` from what each notice says. Short values must match
exactly (case and spacing aside); long texts count as matched when they share 80 % of their words.

    PYTHONPATH=. python tests/io/notice_import/accuracy.py
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ropa.io.notice_import import NoticeDraft, read_notice
from ropa.model import records as r

NOTICES = Path(__file__).parents[2] / "fixtures" / "notices"
EXPECTED = NOTICES / "expected"
Atom = tuple[str, str]

_TEXTS = [
    "sources",
    "disclosures",
    "transfers_statement",
    "retention",
    "legal_basis_notes",
    "national_legal_basis",
    "provision_requirement",
    "data_subject_rights",
    "description",
]


def atoms(controller: r.Controller, register: r.Register) -> set[Atom]:
    out: set[Atom] = set()

    def add(path: str, value: object) -> None:
        if value not in (None, "", ()):
            out.add((path, str(value).lower() if isinstance(value, bool) else str(value)))

    for name in ("name", "business_id", "address", "email", "phone", "supervisory_authority"):
        add(f"controller.{name}", getattr(controller, name))
    for name in ("name", "email", "phone"):
        add(f"controller.dpo.{name}", getattr(controller.dpo, name))
        add(f"register.contact_person.{name}", getattr(register.contact_person, name))
        add(f"register.responsible_person.{name}", getattr(register.responsible_person, name))
    add("register.name", register.name)
    for name in _TEXTS:
        add(f"register.{name}", getattr(register, name))
    add("register.security_measures.electronic", register.security_measures.electronic)
    add("register.security_measures.manual", register.security_measures.manual)
    add("register.automated_decision_making.used", register.automated_decision_making.used)
    add("register.created", register.created and register.created.isoformat())
    add("register.last_reviewed", register.last_reviewed and register.last_reviewed.isoformat())
    for p in register.purposes:
        add("register.purposes", p.description)
        if p.legal_basis:
            add("register.purposes.legal_basis", f"{p.description} => {p.legal_basis}")
    for c in register.data_categories:
        add("register.data_categories", c.name)
        if c.special:
            add("register.data_categories.special", f"{c.name} => {c.special}")
    for s in register.data_subject_categories:
        add("register.data_subject_categories", s)
    for x in register.recipients:
        add("register.recipients", x.name)
        if x.kind:
            add("register.recipients.kind", f"{x.name} => {x.kind}")
    for s in register.systems:
        add("register.systems", s)
    for t in register.transfers:
        add("register.transfers", f"{t.country} {t.mechanism or ''}".strip())
    return out


def _norm(value: str) -> str:
    return re.sub(r"\s+", " ", value).strip().casefold()


def _same(expected: str, got: str) -> bool:
    a, b = _norm(expected), _norm(got)
    if a == b:
        return True
    if len(a) < 60:
        return False
    wa, wb = set(re.findall(r"\w+", a)), set(re.findall(r"\w+", b))
    return len(wa & wb) / max(len(wa | wb), 1) >= 0.8


@dataclass
class Score:
    expected: int
    produced: int
    correct: int

    @property
    def precision(self) -> float:
        return self.correct / self.produced if self.produced else 1.0

    @property
    def recall(self) -> float:
        return self.correct / self.expected if self.expected else 1.0


def score(expected: set[Atom], produced: set[Atom]) -> tuple[Score, list[Atom], list[Atom]]:
    """Matched one to one; returns the score, the expected atoms missed and the produced ones wrong."""
    left = set(produced)
    missed: list[Atom] = []
    for path, value in sorted(expected):
        hit = next((a for a in sorted(left) if a[0] == path and _same(value, a[1])), None)
        if hit is None:
            missed.append((path, value))
        else:
            left.discard(hit)
    correct = len(expected) - len(missed)
    return Score(len(expected), len(produced), correct), missed, sorted(left)


def load_expected(name: str) -> set[Atom]:
    data = json.loads((EXPECTED / f"{name}.json").read_text(encoding="utf-8"))
    return {(path, value) for path, value in data["atoms"]}


def fixture_drafts(makers: dict[str, Callable[[Path], Path]], folder: Path) -> dict[str, NoticeDraft]:
    """Every fixture notice read: the committed files and those the tests make (docx, pdf, broken)."""
    drafts = {}
    for path in sorted(NOTICES.iterdir()):
        if path.is_file():
            drafts[path.stem] = read_notice(path)
    for name, make in makers.items():
        drafts[name] = read_notice(make(folder))
    return drafts


def table(drafts: dict[str, NoticeDraft]) -> tuple[str, Score]:
    rows = ["| notice | expected | produced | correct | precision | recall |", "|---|---|---|---|---|---|"]
    total = Score(0, 0, 0)
    for name, draft in drafts.items():
        found, _, _ = score(load_expected(name), atoms(draft.controller, draft.register))
        total = Score(
            total.expected + found.expected, total.produced + found.produced, total.correct + found.correct
        )
        rows.append(
            f"| {name} | {found.expected} | {found.produced} | {found.correct} | {found.precision:.0%} | {found.recall:.0%} |"
        )
    rows.append(
        f"| **all** | {total.expected} | {total.produced} | {total.correct} | {total.precision:.0%} | {total.recall:.0%} |"
    )
    return "\n".join(rows), total


if __name__ == "__main__":  # print the README table; --write drafts the expected files for hand review
    import tempfile

    sys.path.insert(0, str(Path(__file__).parents[3]))
    from tests.io.notice_import.makers import MAKERS

    with tempfile.TemporaryDirectory() as folder:
        drafts = fixture_drafts(MAKERS, Path(folder))
        if "--write" in sys.argv:
            for name, draft in drafts.items():
                target = EXPECTED / f"{name}.json"
                if not target.exists():
                    found = sorted(atoms(draft.controller, draft.register))
                    target.write_text(
                        json.dumps({"atoms": found}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
                    )
        if "--diff" in sys.argv:
            for name, draft in drafts.items():
                _, missed, wrong = score(load_expected(name), atoms(draft.controller, draft.register))
                for atom in missed:
                    print(name, "MISSED", atom)
                for atom in wrong:
                    print(name, "WRONG ", atom)
        print(table(drafts)[0])

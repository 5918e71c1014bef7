"""One wording for each thing: the words several documents print live in ropa.io.wording only."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

import ropa.io
from ropa.io import wording
from ropa.io.excel import findings_sheet
from ropa.io.excel import wording as excel_wording
from ropa.io.pdf import gap_report, terms
from ropa.model.fields import Words

SHARED = wording.shared()
IO = Path(ropa.io.__file__).parent
#: The modules that write the record's documents and their own words (the privacy notice, a form
#: of its own with numbered headings, is not one of them).
WRITERS = sorted(
    [
        IO / "transfer_list.py",
        IO / "findings_report.py",
        *(IO / "excel").glob("*.py"),
        *(path for path in (IO / "pdf").glob("*.py") if not path.name.startswith("notice")),
    ]
)


def test_the_shared_wording_is_a_real_list() -> None:
    assert len(SHARED) >= 20
    assert wording.CONTROLLER in SHARED.values()


@pytest.mark.parametrize("name", sorted(SHARED))
def test_every_shared_word_has_both_languages(name: str) -> None:
    words = SHARED[name]
    assert words.en.strip() and words.fi.strip()
    # the same placeholders in both languages
    assert _fields(words.en) == _fields(words.fi)


def _fields(text: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field}


def _literals(path: Path) -> set[str]:
    """The texts a module spells for people: the arguments of its ``Words(...)`` and the values of
    its dictionaries of words (``{"en": ..., "fi": ...}``), with the tuples in them."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Words":
            found |= _strings(node.args)
        elif isinstance(node, ast.Dict):
            found |= _strings([value for value in node.values if value is not None])
    return found


def _strings(nodes: list[ast.expr]) -> set[str]:
    out: set[str] = set()
    for node in nodes:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            out.add(node.value)
        elif isinstance(node, ast.Tuple | ast.List):
            out |= _strings(node.elts)
    return out


def test_the_scan_finds_the_old_way_of_spelling_words(tmp_path: Path) -> None:
    old = 'X = {"en": ("Controller", "Record"), "fi": ("Rekisterinpitäjä",)}\nY = Words("Basis", "Peruste")\n'
    probe = tmp_path / "probe.py"
    probe.write_text(old, encoding="utf-8")
    assert _literals(probe) == {"Controller", "Record", "Rekisterinpitäjä", "Basis", "Peruste"}


@pytest.mark.parametrize("path", WRITERS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_writer_spells_a_shared_word_itself(path: Path) -> None:
    literals = _literals(path)
    shared = {text for words in SHARED.values() for text in (words.en, words.fi)}
    assert not literals & shared, f"{path.name} spells shared words itself: {sorted(literals & shared)}"


def test_the_writers_use_the_shared_objects() -> None:
    assert wording.CONTROLLER in excel_wording.OVERVIEW_HEADINGS
    assert all(h in SHARED.values() for h in findings_sheet.HEADINGS)
    assert all(h in SHARED.values() for h in gap_report.HEADS)
    # nothing shared is defined again under the writers' own names
    for module in (excel_wording, terms, findings_sheet, gap_report):
        own = [value for value in vars(module).values() if isinstance(value, Words)]
        for words in own:
            assert not any(words.en == shared.en or words.fi == shared.fi for shared in SHARED.values()), (
                f"{module.__name__} has its own copy of {words}"
            )

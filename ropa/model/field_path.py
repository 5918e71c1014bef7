"""A field path in the words people read: ``purposes[0].legal_basis`` becomes ``Purposes 1 › Legal basis``.

The one way a path (the steps :func:`~ropa.model.validate.parse_path` reads, or the string
:func:`~ropa.model.validate.json_path` wrote) is named to a person: in the editor's problem
list, the window's refusal dialog, the dashboard's findings, the gap report and the change
history. Labels come from the field catalogue in English or Finnish; a list field followed by a
position reads ``Purposes 1`` (the position counted from 1); the steps are joined with `` › ``.
A name the catalogue does not know (an extension's, a field of a newer version) is kept as
written, and the steps after it too, positions as numbers counted from 1 (``extensions › x › 2``
after ``Extensions``, which every record has).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ropa.model.catalogue import EXTENSIONS, entity
from ropa.model.fields import FieldSpec, Words
from ropa.model.validate import Path, parse_path

SEPARATOR = " › "
EXTENSIONS_WORDS = Words("Extensions", "Laajennukset")


@dataclass(frozen=True, slots=True)
class Place:
    """Where a path ends: the record class its end holds and the field it ends at (or inside).

    ``spec`` is the last field the catalogue named, also for a path that ends at an item of a
    list (``transfers[1]``: the spec of *transfers*, ``record`` the transfer class); both are
    ``None`` past a name the catalogue does not know."""

    record: type | None
    spec: FieldSpec | None


def field_words(record: type | None, path: str | Iterable[str | int], lang: str = "en") -> str:
    """``path`` inside a ``record`` (a record class; ``None`` when there is none, as for a
    finding about the whole workspace) in ``lang``: ``Transfers 2 › SCC module``; ``""`` for the
    empty path (the whole record)."""
    words: list[str] = []
    for label, _spec, position in _steps(record, path):
        if isinstance(label, int):
            words.append(str(label + 1))
        elif isinstance(label, Words):
            text = label(lang)
            words.append(text if position is None else f"{text} {position + 1}")
        else:
            words.append(label)
    return SEPARATOR.join(words)


def field_place(record: type | None, path: str | Iterable[str | int]) -> Place:
    """Which record and field ``path`` inside ``record`` ends at (for naming the value found there)."""
    spec: FieldSpec | None = None
    current = record
    for label, step_spec, _position in _steps(record, path):
        if isinstance(label, int):
            continue  # a bare position: still inside the field it is an item of
        spec = step_spec
        current = step_spec.record if step_spec is not None else None
    return Place(current, spec)


def _steps(
    record: type | None, path: str | Iterable[str | int]
) -> Iterator[tuple[Words | str | int, FieldSpec | None, int | None]]:
    """Each step as ``(label, spec, position)``: a catalogue field's label with its spec and the
    position that follows it (or ``None``); a name kept as written (``spec`` None); a bare
    position (``label`` the position, counted from 0)."""
    steps: Path = parse_path(path) if isinstance(path, str) else tuple(path)
    current = record
    i = 0
    while i < len(steps):
        step = steps[i]
        i += 1
        if isinstance(step, int):
            yield step, None, None
            continue
        spec = None
        if current is not None:
            try:
                spec = entity(current).field(step)
            except KeyError:
                spec = None
        if spec is None:
            yield (EXTENSIONS_WORDS if current is not None and step == EXTENSIONS else step), None, None
            current = None
            continue
        position = None
        if i < len(steps) and isinstance(steps[i], int):
            position = int(steps[i])
            i += 1
        yield spec.label, spec, position
        current = spec.record

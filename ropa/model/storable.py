"""What a workspace can store and every exporter can write again: the rules on raw values.

A value that enters a workspace must leave it again, as JSON, as a workbook cell, on a
PostgreSQL server. So text is Unicode text: no unpaired surrogate (``"\\ud800"`` in JSON, which
no UTF-8 file can hold) and no NUL character (which PostgreSQL text cannot hold). The free-form
``extensions`` objects hold JSON values only: objects with string names, lists, strings, finite
numbers (no NaN or Infinity, nothing that overflows to infinity such as ``1e400``), integers of at
most 64 bits, true, false and null, nested at most :data:`MAX_DEPTH` levels.

Every door checks with these functions (the domain's validation, the JSON reader), so a value
is refused at the door with its path, never half-stored or left where export would fail.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from typing import Any

#: How deep an ``extensions`` value may nest (objects and lists inside one another).
MAX_DEPTH = 64
#: Integers are carried when they fit 64 bits, what JSON libraries and databases agree on.
MIN_INT, MAX_INT = -(2**63), 2**63 - 1

_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")

Path = tuple[str | int, ...]


def text_problem(value: str) -> str | None:
    """Why the string ``value`` cannot be stored, or None."""
    found = _UNSTORABLE.search(value)
    if found is None:
        return None
    char = found.group()
    if char == "\x00":
        return "contains a NUL character (\\u0000), which a workspace cannot store"
    return f"contains an unpaired surrogate (\\u{ord(char):04x}), which is not Unicode text"


def number_problem(value: int | float) -> str | None:
    """Why the number ``value`` cannot be carried by JSON (non-finite, or wider than 64 bits)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, float):
        return None if math.isfinite(value) else f"{value} is not a number JSON can carry"
    if MIN_INT <= value <= MAX_INT:
        return None
    return too_wide(len(str(abs(value))) if value.bit_length() < 10_000 else None)


def too_wide(digits: int | None) -> str:
    size = f"an integer of {digits} digits" if digits is not None else "an integer"
    return f"{size} is too large (integers are carried up to 64 bits: {MIN_INT} to {MAX_INT})"


def json_problems(value: Any, path: Path = ()) -> Iterator[tuple[Path, str]]:
    """Every place in the JSON value ``value`` that cannot be stored and written again, and why.

    Iterative, so any nesting depth is walked without recursion; deeper than :data:`MAX_DEPTH`
    is one problem at the first place that is too deep.
    """
    stack: list[tuple[Any, Path, int]] = [(value, path, 0)]
    while stack:
        item, where, depth = stack.pop()
        if isinstance(item, dict | list | tuple):
            if depth >= MAX_DEPTH:
                yield where, f"nested more than {MAX_DEPTH} levels deep"
                continue
            if isinstance(item, dict):
                for name, inner in reversed(list(item.items())):
                    if not isinstance(name, str):
                        yield where, f"a member name must be a string, not {name!r}"
                        continue
                    problem = text_problem(name)
                    if problem:
                        yield where + (name,), f"the member name {problem}"
                        continue
                    stack.append((inner, where + (name,), depth + 1))
            else:
                stack.extend((inner, where + (i,), depth + 1) for i, inner in reversed(list(enumerate(item))))
        elif isinstance(item, str):
            problem = text_problem(item)
            if problem:
                yield where, problem
        elif isinstance(item, int | float):
            problem = number_problem(item)
            if problem:
                yield where, problem
        elif item is not None:
            yield where, f"{type(item).__name__} is not a JSON value"

"""Hypothesis strategies for hostile input, shared by the tests/io/test_hostile_*.py files and the editor's.

Text draws from all of Unicode, unpaired surrogates and control characters included, and now and
then is huge; numbers include NaN, the infinities, floats that overflow (``1e400``) and integers
of thousands of digits; JSON values nest, sometimes far deeper than anything Ropa writes.
"""

from __future__ import annotations

import json
from typing import Any

from hypothesis import strategies as st

ODD_CHARACTERS = [
    "\ud800",
    "\udfff",
    "\x00",
    "\x1f",
    "\x7f",
    "\u2028",
    "\ufffe",
    "\uffff",
    "\u202e",
    "\r",
    "\t",
]

characters = st.one_of(st.characters(exclude_categories=()), st.sampled_from(ODD_CHARACTERS))
texts = st.one_of(
    st.text(characters, max_size=40),
    st.builds(
        lambda s, n: s * n, st.text(characters, min_size=1, max_size=3), st.sampled_from([1_000, 70_000])
    ),
)

#: A number token as JSON text, including those JSON cannot carry.
number_tokens = st.one_of(
    st.integers().map(str),
    st.floats(allow_nan=False, allow_infinity=False).map(repr),
    st.sampled_from(
        ["NaN", "Infinity", "-Infinity", "1e400", "-1e400", "1e-400", "9" * 25, "-" + "9" * 5000]
    ),
    st.integers(2**63 - 2, 2**63 + 2).map(str),
)


def _compound(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    items = st.lists(children, max_size=4)
    members = st.lists(st.tuples(texts, children), max_size=4)
    return st.one_of(
        items.map(lambda xs: "[" + ",".join(xs) + "]"),
        members.map(lambda ms: "{" + ",".join(f"{json.dumps(k)}:{v}" for k, v in ms) + "}"),
        # a member name given twice
        st.tuples(texts, children, children).map(
            lambda t: f"{{{json.dumps(t[0])}:{t[1]},{json.dumps(t[0])}:{t[2]}}}"
        ),
    )


#: A JSON value as text (so NaN and over-long numbers survive), any of it hostile.
json_tokens: st.SearchStrategy[str] = st.one_of(
    st.recursive(
        st.one_of(
            st.just("null"),
            st.sampled_from(["true", "false"]),
            number_tokens,
            texts.map(json.dumps),  # ensure_ascii: surrogates travel as \\udxxx escapes
        ),
        _compound,
        max_leaves=12,
    ),
    st.integers(30, 3000).map(lambda depth: "[" * depth + "]" * depth),  # deep nesting
    st.integers(30, 3000).map(lambda depth: '{"a":' * depth + "1" + "}" * depth),
)


def paths(value: Any, here: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    """Every place in a parsed document: its objects' members and its lists' items."""
    found = [here]
    if isinstance(value, dict):
        for name, inner in value.items():
            found.extend(paths(inner, (*here, name)))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            found.extend(paths(inner, (*here, index)))
    return found


PLACEHOLDER = "__hostile_value__"


def with_token(document: Any, path: tuple[str | int, ...], token: str, *, extension: bool = False) -> str:
    """``document`` as JSON text with the value at ``path`` replaced by the JSON text ``token``.

    With ``extension`` the token goes into an ``extensions`` object of the object at ``path``
    instead (where anything JSON can carry is kept as is).
    """
    document = json.loads(json.dumps(document))
    target: Any
    if extension:
        target = document
        for part in path:
            target = target[part]
        if not isinstance(target, dict):
            return json.dumps(document)
        target.setdefault("extensions", {})["hostile"] = PLACEHOLDER
    elif not path:
        return token
    else:
        parent = document
        for part in path[:-1]:
            parent = parent[part]
        parent[path[-1]] = PLACEHOLDER
    return json.dumps(document).replace(json.dumps(PLACEHOLDER), token, 1)

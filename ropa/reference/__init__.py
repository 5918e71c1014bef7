"""Reference data: the code lists, EU/EEA membership, interim provisions, adequacy decisions and
international organisations, with EN/FI labels.

The data lives in versioned, dated JSON files under ``resources/reference/`` so it can be
updated (and cited in exports) without code changes. Everything else in the application gets
reference data through :func:`reference`; stored records hold codes, never labels.

The JSON files are the one source of each code list: ``ropa.model.codes`` is generated from them
by ``python -m ropa.reference.codegen`` (``--check`` tells whether it is current). What the files
hold, their sources and what is not verified: docs/reference-data.md.
"""

from __future__ import annotations

import functools
import importlib
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ropa.resources import resource_path

if TYPE_CHECKING:
    from ropa.reference._model import (
        CODE_LIST_NAMES,
        FILE_NAMES,
        AdequacyDecision,
        Code,
        CodeList,
        Edition,
        EeaMembership,
        InterimProvision,
        Mechanism,
        Reference,
        ReferenceDataError,
    )

__all__ = [
    "CODE_LIST_NAMES",
    "FILE_NAMES",
    "AdequacyDecision",
    "Code",
    "CodeList",
    "Edition",
    "EeaMembership",
    "InterimProvision",
    "Mechanism",
    "Reference",
    "ReferenceDataError",
    "code_labels",
    "load_reference",
    "reference",
]

_MODEL_NAMES = frozenset(__all__) - {"code_labels", "load_reference", "reference"}


def __getattr__(name: str) -> Any:
    """The classes of ``_model``, imported when first asked for (PEP 562): the window's first
    paint needs only :func:`code_labels`, not the classes and the parser (about 8 ms)."""
    if name in _MODEL_NAMES:
        return getattr(importlib.import_module("ropa.reference._model"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def load_reference(directory: Path) -> Reference:
    """Load and validate the reference files in ``directory`` (tests, or a newer data set).

    Raises :class:`ReferenceDataError` naming the file and item when anything is malformed.
    """
    from ropa.reference._parse import load

    return load(Path(directory))


@functools.cache
def reference() -> Reference:
    """The shipped reference data, loaded once: the one way the application gets it."""
    return load_reference(resource_path("reference"))


@functools.cache
def code_labels(name: str, lang: str) -> dict[str, str]:
    """Code -> label in ``lang`` of the code list in ``resources/reference/<name>.json``, read from
    that one file without validating it.

    For the window's first paint, which shows the register statuses before :func:`reference` (the
    whole set, validated: tens of milliseconds) has been loaded. Same file, same labels: English
    where ``lang`` has none, like :meth:`Code.label`.
    """
    document = json.loads(resource_path("reference", f"{name}.json").read_text(encoding="utf-8"))
    language = lang[:2].lower()
    return {item["code"]: item["labels"].get(language) or item["labels"]["en"] for item in document["items"]}

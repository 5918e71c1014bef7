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
from pathlib import Path

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
from ropa.reference._parse import load as _load
from ropa.resources import resource_path

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
    "load_reference",
    "reference",
]


def load_reference(directory: Path) -> Reference:
    """Load and validate the reference files in ``directory`` (tests, or a newer data set).

    Raises :class:`ReferenceDataError` naming the file and item when anything is malformed.
    """
    return _load(Path(directory))


@functools.cache
def reference() -> Reference:
    """The shipped reference data, loaded once: the one way the application gets it."""
    return load_reference(resource_path("reference"))

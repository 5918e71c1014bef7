"""Reference data: the code lists, EU/EEA membership and adequacy decisions, with EN/FI labels.

The data lives in versioned, dated JSON files under ``resources/reference/`` so it can be
updated (and cited in exports) without code changes. Everything else in the application gets
reference data through :func:`reference`; stored records hold codes, never labels.
"""

from __future__ import annotations

import functools
from pathlib import Path

from ropa.reference._model import (
    AdequacyDecision,
    Code,
    CodeList,
    EeaMembership,
    Reference,
    ReferenceDataError,
)
from ropa.reference._parse import load as _load
from ropa.resources import resource_path

__all__ = [
    "AdequacyDecision",
    "Code",
    "CodeList",
    "EeaMembership",
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

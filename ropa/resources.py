"""Where the files under ``resources/`` are, in a source checkout and in an installed wheel."""

from __future__ import annotations

from pathlib import Path

_CHECKOUT = Path(__file__).resolve().parent.parent / "resources"
_WHEEL = Path(__file__).resolve().parent / "_resources"


def resource_path(*parts: str) -> Path:
    """Return the path of a file below ``resources/`` (the wheel ships them as ``ropa/_resources``)."""
    base = _CHECKOUT if _CHECKOUT.is_dir() else _WHEEL
    return base.joinpath(*parts)

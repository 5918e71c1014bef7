"""Where the files under ``resources/`` are: inside the installed package, or in this source checkout.

An installed Ropa (wheel, PyInstaller bundle) carries them as the package data ``ropa/_resources``
(see ``force-include`` in pyproject.toml); that copy always wins. The checkout's top-level
``resources/`` is used only when the package really sits in a Ropa checkout, so an unrelated
``site-packages/resources`` folder can never be taken for ours.

Callers get a real :class:`~pathlib.Path` because they hand it to code that opens files by name
(``QTranslator.load``, Alembic). That holds for every way Ropa is installed: a wheel is installed
unpacked, and PyInstaller extracts package data to disk. Only a zip import would give a
non-filesystem location; it is refused with a clear error (extract it, e.g. with
``importlib.resources.as_file``, before use).
"""

from __future__ import annotations

import functools
from pathlib import Path

from ropa.errors import RopaError

PACKAGED = "_resources"
CHECKOUT = "resources"


class ResourcesMissingError(RopaError):
    """Ropa's own data files cannot be found: the installation is broken."""


def resource_path(*parts: str) -> Path:
    """Return the path of a file or folder below ``resources/``, e.g. ``resource_path("reference")``."""
    return _base().joinpath(*parts)


@functools.cache
def _base() -> Path:
    # The package's own folder, from this module's path (importlib.resources would cost the
    # window's start a few milliseconds). A PyInstaller bundle keeps the module itself in its
    # archive but the package data beside it on disk; a zip import has neither on disk.
    here = Path(__file__)
    package = here.resolve().parent
    packaged = package / PACKAGED
    if packaged.is_dir():
        return packaged
    root = package.parent
    if _is_ropa_checkout(root) and (root / CHECKOUT).is_dir():
        return root / CHECKOUT
    archive = next((parent for parent in here.parents if parent.is_file()), None)
    if archive is not None:
        raise ResourcesMissingError(f"Ropa is inside an archive ({archive}); install it unpacked")
    raise ResourcesMissingError(
        f"Ropa's resource files are missing: no {PACKAGED} folder in {package}, "
        f"and {root} is not a Ropa source checkout; reinstall Ropa"
    )


def _is_ropa_checkout(root: Path) -> bool:
    """True if ``root`` holds the pyproject.toml of the project named ``ropa``.

    Read line by line rather than with ``tomllib``: this runs on every start from a checkout
    (``make run``), and the name line of the ``[project]`` table is all it needs.
    """
    try:
        lines = (root / "pyproject.toml").read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return False
    table = ""
    for line in lines:
        text = line.strip()
        if text.startswith("["):
            table = text
        elif table == "[project]" and text.replace(" ", "") in ('name="ropa"', "name='ropa'"):
            return True
    return False

"""The window's first screen, read from a workspace file before the workspace is opened.

:func:`first_look` reads the controllers and then the registers the window asks for, with
:mod:`ropa.store.first_look` (``sqlite3``, read-only, one transaction) and the queries of
:mod:`ropa.store.listing`: the window paints them, then opens the workspace with
:meth:`ropa.app.session.Session.open` (README "Start-up").
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from ropa.store import first_look as store_first_look
from ropa.store import listing
from ropa.store.listing import ControllerSummary, RegisterSummary

#: What the window asks for, given the controllers: the keyword arguments of
#: :func:`ropa.store.listing.register_summaries` (``controller``, ``order``, ``limit``...), or None
#: when the first look does not serve (the workspace is then opened before the first paint).
Choose = Callable[[list[ControllerSummary]], Mapping[str, Any] | None]


def first_look(path: Path, choose: Choose) -> tuple[list[ControllerSummary], list[RegisterSummary]] | None:
    """The controllers of the workspace file at ``path`` and the registers ``choose`` asks for;
    None when the file is not a current Ropa workspace or ``choose`` declines."""

    def read(reader: listing.Reader) -> tuple[list[ControllerSummary], list[RegisterSummary]] | None:
        controllers = listing.controller_summaries(reader)
        wanted = choose(controllers)
        if wanted is None:
            return None
        return controllers, listing.register_summaries(reader, **wanted)

    return store_first_look.look(path, read)

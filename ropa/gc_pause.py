"""Pause the cyclic garbage collector while many small objects are built (10,000-row lists and
tables, and the window's start)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while tens of thousands of small objects are created.

    Each burst of allocations would otherwise trigger collections that walk every object the
    process holds (with Qt loaded, doubling the time of a 10,000-row load); rows form no cycles.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


_paused_for_start = False


def pause_until_started() -> None:
    """Pause collection while the window starts: importing Qt's classes makes hundreds of Python
    enums, and the collections their allocations trigger walk them all again and again (about 8 ms
    of a 170 ms start), while nothing built then is garbage. :func:`resume_after_start` ends it."""
    global _paused_for_start
    if gc.isenabled():
        gc.disable()
        _paused_for_start = True


def resume_after_start() -> None:
    """End :func:`pause_until_started` (the window calls it after its first paint): what the
    start built lives as long as the process, so it is frozen out of later collections."""
    global _paused_for_start
    if _paused_for_start:
        _paused_for_start = False
        gc.freeze()
        gc.enable()

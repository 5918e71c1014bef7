"""The garbage collector paused while the window starts, and resumed (with the start frozen) after."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from ropa import gc_pause


@pytest.fixture
def collector() -> Iterator[None]:
    """Whatever a test does, the collector ends as it began: enabled, nothing frozen."""
    try:
        yield
    finally:
        gc_pause._paused_for_start = False  # noqa: SLF001 - the module's one flag
        gc.unfreeze()
        gc.enable()


def test_the_start_pauses_and_the_first_paint_resumes(collector: None) -> None:
    frozen = gc.get_freeze_count()
    gc_pause.pause_until_started()
    assert not gc.isenabled()
    with gc_pause.collector_paused():  # a paused burst inside the start leaves it paused
        pass
    assert not gc.isenabled()
    gc_pause.resume_after_start()
    assert gc.isenabled() and gc.get_freeze_count() > frozen  # what the start built is frozen
    count = gc.get_freeze_count()
    gc_pause.resume_after_start()  # once only
    assert gc.isenabled() and gc.get_freeze_count() == count


def test_resuming_without_a_pause_changes_nothing(collector: None) -> None:
    frozen = gc.get_freeze_count()
    gc_pause.resume_after_start()
    assert gc.isenabled() and gc.get_freeze_count() == frozen
    gc.disable()  # someone else's pause is not ours to end
    gc_pause.pause_until_started()
    gc_pause.resume_after_start()
    assert not gc.isenabled()

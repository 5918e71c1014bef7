"""Fixtures for the editor tests: editors built offscreen, English unless told, on a fixed day."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from editor_support import PROCESSORS, TODAY

from ropa.ui.editor import RecordEditor

EditorFactory = Callable[..., Any]


@pytest.fixture
def make_editor(qtbot) -> EditorFactory:
    """Build an editor of ``cls`` with the test processors, registered with qtbot, and load ``record``."""

    def factory(
        cls: type[RecordEditor], record: Any = None, *, lang: str = "en", processors=PROCESSORS
    ) -> Any:
        editor = cls(lang=lang, today=TODAY)
        qtbot.addWidget(editor)
        editor.set_context(processors, lang)
        if record is not None:
            editor.load(record)
        editor.resize(1100, 800)
        return editor

    return factory

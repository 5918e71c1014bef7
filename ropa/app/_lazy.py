"""Modules imported on first use, so that opening a workspace and showing its first list stays quick.

The application layer needs the records, validation, the interchange format and the SQLAlchemy
storage for every command, but not to open a workspace and list its registers. Importing them
costs about half a second, which the window would otherwise spend before its first paint. A
:class:`LazyModule` stands in for such a module (``r.Register`` imports ``ropa.model.records`` on
first access); type checkers see the real module through ``if TYPE_CHECKING``.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any


class LazyModule:
    """A module that is imported the first time one of its attributes is read."""

    __slots__ = ("_module", "_name")

    def __init__(self, name: str) -> None:
        self._name = name
        self._module: ModuleType | None = None

    def __getattr__(self, attribute: str) -> Any:
        module = self._module
        if module is None:
            module = self._module = importlib.import_module(self._name)  # thread-safe: the import lock
        return getattr(module, attribute)

    def __repr__(self) -> str:
        state = "imported" if self._module is not None else "not imported yet"
        return f"<lazy module {self._name!r} ({state})>"

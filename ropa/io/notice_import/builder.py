"""Collects what the mappers find: values at interchange paths, each with the units it came from.

Values are kept in the interchange shape (``controller`` and ``register`` objects of plain JSON
values), so the draft goes through the one reader and validator like every other import. A unit
is *used* once some field holds it; unused units end in the register's notes under their heading.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ropa.io.notice_import.layout import Span, Unit
from ropa.model.validate import json_path

Path = tuple[str | int, ...]


@dataclass
class Builder:
    language: str
    controller: dict[str, Any] = field(default_factory=dict)
    register: dict[str, Any] = field(default_factory=dict)
    provenance: dict[str, list[Span]] = field(default_factory=dict)
    used: set[int] = field(default_factory=set)
    basis_statements: list[tuple[Unit, tuple[str, ...]]] = field(default_factory=list)
    last_street: Unit | None = None  # an address's street line, waiting for its postal line

    def _root(self, path: Path) -> tuple[dict[str, Any], Path]:
        head, *rest = path
        return (self.controller if head == "controller" else self.register), tuple(rest)

    def get(self, path: Path) -> Any:
        root, rest = self._root(path)
        node: Any = root
        for part in rest:
            if isinstance(node, dict):
                node = node.get(part)
            elif isinstance(node, list) and isinstance(part, int) and part < len(node):
                node = node[part]
            else:
                return None
            if node is None:
                return None
        return node

    def _parent(self, path: Path) -> tuple[Any, str | int]:
        root, rest = self._root(path)
        node: Any = root
        for part, following in zip(rest, rest[1:], strict=False):
            if isinstance(node, list):
                assert isinstance(part, int)
                node = node[part]
            else:
                node = node.setdefault(part, [] if isinstance(following, int) else {})
        return node, rest[-1]

    def note(self, path: Path, *units: Unit, consume: bool = True) -> None:
        """Remember that ``units`` gave the value at ``path``."""
        spans = self.provenance.setdefault(json_path(path), [])
        for unit in units:
            if unit.span not in spans:
                spans.append(unit.span)
            if consume:
                self.used.add(unit.index)

    def put(self, path: Path, value: Any, *units: Unit, consume: bool = True) -> bool:
        """Set a single value the first time it is found; later findings of the same value add provenance."""
        parent, name = self._parent(path)
        current = parent.get(name) if isinstance(parent, dict) else parent[name]
        if current not in (None, "", [], {}) and current != value:
            return False
        parent[name] = value
        self.note(path, *units, consume=consume)
        return True

    def text(self, path: Path, unit: Unit, value: str | None = None, joiner: str | None = None) -> None:
        """Append a unit (or a part of it) to a text field: sentences by a space, list items by a line."""
        parent, name = self._parent(path)
        piece = (value if value is not None else unit.text).strip()
        current = parent.get(name, "") if isinstance(parent, dict) else ""
        if current and piece in current:
            self.note(path, unit)
            return
        if joiner is None:
            joiner = "\n" if unit.item or (current and current.endswith(":")) else " "
        parent[name] = f"{current}{joiner}{piece}" if current else piece
        self.note(path, unit)

    def item(self, path: Path, value: Any, *units: Unit, consume: bool = True) -> int:
        """Append to a list (a duplicate text is found, not added again); return its index."""
        parent, name = self._parent(path)
        items = parent.setdefault(name, [])
        key = _identity(value)
        for i, existing in enumerate(items):
            if key and _identity(existing) == key:
                self.note((*path, i), *units, consume=consume)
                return i
        items.append(value)
        self.note((*path, len(items) - 1), *units, consume=consume)
        return len(items) - 1


def _identity(value: Any) -> str:
    if isinstance(value, str):
        return value.casefold()
    if isinstance(value, dict):
        for name in ("name", "description", "country"):
            if value.get(name):
                return f"{name}:{str(value[name]).casefold()}"
    return ""

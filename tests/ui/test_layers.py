"""The window reaches the workspace only through the application layer (docs/architecture.md):
no module of ``ropa/ui`` imports the store, SQLAlchemy or sqlite3, not even for its types."""

from __future__ import annotations

import ast
from pathlib import Path

import ropa.ui

BELOW = ("ropa.store", "sqlalchemy", "sqlmodel", "sqlite3", "psycopg")


def _imported(tree: ast.AST) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
    return found


def test_the_window_imports_nothing_below_the_application_layer() -> None:
    folder = Path(ropa.ui.__file__).parent
    offences = [
        f"{path.relative_to(folder.parent.parent)}:{line}: {module}"
        for path in sorted(folder.rglob("*.py"))
        for line, module in _imported(ast.parse(path.read_text(encoding="utf-8")))
        if any(module == below or module.startswith(below + ".") for below in BELOW)
    ]
    assert offences == []

"""Reading back what Ropa prints, with poppler's command-line tools (packaging/system-deps.sh).

Where poppler-utils cannot be installed the PDF checks are skipped with the reason; in CI (env CI
set) a missing tool fails the test instead, so a green run always means the PDFs were read.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest


def tool(name: str) -> str:
    found = shutil.which(name)
    if found:
        return found
    if os.environ.get("CI"):
        pytest.fail(f"{name} is missing: CI must install poppler-utils (packaging/system-deps.sh)")
    pytest.skip(f"{name} is not installed: run packaging/system-deps.sh as root (poppler-utils)")


def run(*args: str) -> str:
    result = subprocess.run([tool(args[0]), *args[1:]], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout


def text(path: Path, *, first: int | None = None, last: int | None = None, body: bool = False) -> str:
    """The text of the PDF in content-stream order (``pdftotext -raw``): a table cell's lines stay
    together, so a value can be found whole. ``body``: without the running head and foot, which
    Ropa draws last on each page (two lines), so a paragraph that runs onto the next page reads on."""
    pages = [*(["-f", str(first)] if first else []), *(["-l", str(last)] if last else [])]
    content = run("pdftotext", "-raw", "-enc", "UTF-8", *pages, str(path), "-")
    if not body:
        return content
    return "\n".join("\n".join(page.rstrip("\n").split("\n")[:-2]) for page in content.split("\f"))


def flat(value: str) -> str:
    """Whitespace collapsed: line breaks inside a paragraph do not count."""
    return " ".join(value.split())


def fonts(path: Path) -> list[dict[str, str]]:
    """``pdffonts`` as rows: name, type, emb."""
    lines = run("pdffonts", str(path)).splitlines()[2:]
    rows = []
    for line in lines:
        parts = line.split()
        # name type... encoding emb sub uni object ID; "yes"/"no" columns are counted from the right
        rows.append({"name": parts[0], "emb": parts[-5], "sub": parts[-4], "uni": parts[-3]})
    return rows


def render(path: Path, prefix: Path, *, first: int, last: int, dpi: int = 60) -> list[Path]:
    """Pages ``first``-``last`` as PNG files (``pdftoppm -png``)."""
    run("pdftoppm", "-png", "-r", str(dpi), "-f", str(first), "-l", str(last), str(path), str(prefix))
    return sorted(prefix.parent.glob(f"{prefix.name}*.png"))

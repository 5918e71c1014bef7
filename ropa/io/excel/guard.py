"""Refuse files that are not workbooks, or that would unpack to more than any record needs.

An xlsx file is a zip archive. Its directory says how large each member unpacks to, and
Python's zip reader stops at that size, so checking the declared sizes bounds the memory and
time an import can take (a "zip bomb" of a few kilobytes cannot unpack to gigabytes).
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from ropa.errors import RopaError

#: A workbook of 10,000 registers unpacks to about 150 MB; ten times that is refused.
MAX_UNPACKED = 1536 * 1024 * 1024
MAX_MEMBERS = 10_000
MAX_RATIO = 1_000  # a member compressed more than this is not spreadsheet XML


class WorkbookError(RopaError):
    """A workbook that cannot be imported; ``problems`` lists each one as ``Sheet!A1: message``."""

    def __init__(self, problems: list[str], source: str = "") -> None:
        self.problems = list(problems)
        self.source = source
        first = f"{source}: {self.problems[0]}" if source else self.problems[0]
        more = len(self.problems) - 1
        super().__init__(first + (f" (and {more} more problem{'s' * (more > 1)})" if more > 0 else ""))


def check_archive(path: Path, *, limit: int = MAX_UNPACKED) -> None:
    """Raise :class:`WorkbookError` unless ``path`` is a zip archive of a sane unpacked size."""
    source = str(path)
    try:
        with path.open("rb") as handle:
            head = handle.read(4)
    except OSError as exc:
        raise WorkbookError([f"cannot read: {exc.strerror or exc}"], source) from exc
    if head[:2] != b"PK":
        hint = " (an old .xls file? save it as .xlsx)" if head == b"\xd0\xcf\x11\xe0" else ""
        raise WorkbookError([f"not an Excel workbook (.xlsx){hint}"], source)
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise WorkbookError([f"not an Excel workbook: a damaged zip archive ({exc})"], source) from exc
    if len(members) > MAX_MEMBERS:
        raise WorkbookError([f"refused: the archive holds {len(members)} files"], source)
    total = 0
    for member in members:
        total += member.file_size
        compressed = max(member.compress_size, 1)
        if member.file_size > 10 * 1024 * 1024 and member.file_size / compressed > MAX_RATIO:
            ratio = member.file_size // compressed
            raise WorkbookError(
                [f"refused: '{member.filename}' would unpack {ratio}-fold (a zip bomb?)"], source
            )
    if total > limit:
        size, most = total / 2**20, limit / 2**20
        message = f"refused: the workbook would unpack to {size:,.0f} MB (at most {most:,.0f} MB)"
        raise WorkbookError([message], source)
    if not any(m.filename == "[Content_Types].xml" for m in members):
        raise WorkbookError(["not an Excel workbook: a zip archive without [Content_Types].xml"], source)

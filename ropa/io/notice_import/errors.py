"""The one error a notice import raises: it names the file, so a batch of dozens says which one failed."""

from __future__ import annotations

from ropa.errors import RopaError


class NoticeError(RopaError):
    """A notice that cannot be read (missing, unreadable, unsupported format, no text in it)."""

    def __init__(self, source: str, message: str) -> None:
        self.source = source
        super().__init__(f"{source}: {message}")

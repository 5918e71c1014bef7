"""Problems as the editor shows them: where (a path of field names and indexes), what, how bad.

An *error* is what validation refuses (a wrong code, an SCC module without SCC, a bad date): it
blocks Save. The compliance checks' findings never block: a *gap* is Art. 30 content the record
lacks (the checks' errors), a *warning* something a DPO should look at, an *info* worth knowing.
Colour is never the only signal: marks carry an icon and a text too.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtGui import QColor

from ropa.model.validate import Path


class Severity(IntEnum):
    INFO = 0
    WARNING = 1
    GAP = 2
    ERROR = 3


COLOURS = {
    Severity.ERROR: QColor("#c62828"),
    Severity.GAP: QColor("#c25e00"),
    Severity.WARNING: QColor("#a66f00"),
    Severity.INFO: QColor("#2f6690"),
}
SYMBOLS = {Severity.ERROR: "✖", Severity.GAP: "⚠", Severity.WARNING: "⚠", Severity.INFO: "ℹ"}  # tooltips


@dataclass(frozen=True, slots=True)
class Mark:
    """One problem located in a record: ``("transfers", 0, "scc_module")``."""

    path: Path
    message: str
    severity: Severity

    def below(self, depth: int = 1) -> Mark:
        """The same mark as seen from inside the field or item at the head of its path."""
        return Mark(self.path[depth:], self.message, self.severity)


def group(marks: Iterable[Mark]) -> dict[str | int, list[Mark]]:
    """Marks by the first step of their path, each seen from inside that step."""
    out: dict[str | int, list[Mark]] = {}
    for mark in marks:
        if mark.path:
            out.setdefault(mark.path[0], []).append(mark.below())
    return out


def worst(marks: Iterable[Mark]) -> Severity | None:
    return max((m.severity for m in marks), default=None)

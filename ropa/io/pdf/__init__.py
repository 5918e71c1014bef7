"""Printed documents: the record of processing activities (PDF), the privacy notice of a register
(PDF or HTML) and the data-flow diagram both the PDF and the window draw.

The public functions live in :mod:`ropa.io.pdf.export` and are re-exported here, imported on
first use so that the window can import the diagram layout without loading reportlab.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ropa.io.pdf.export import (
        ExportCancelled,
        NoticeFormatError,
        NoticeSummary,
        RecordSummary,
        export_notice,
        export_record,
        register_flow_diagram,
        write_notice,
        write_record,
    )

__all__ = [
    "ExportCancelled",
    "NoticeFormatError",
    "NoticeSummary",
    "RecordSummary",
    "export_notice",
    "export_record",
    "register_flow_diagram",
    "write_notice",
    "write_record",
]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from ropa.io.pdf import export

        return getattr(export, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

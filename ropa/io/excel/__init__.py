"""The Art. 30 workbook (xlsx): exported for audits, imported back after editing, and ICO-layout imports.

The window and the CLI call :func:`export_workbook` (progress and cancel), :func:`read_workbook`
(records to store with ``Session.import_records``) and :func:`ropa.io.excel.preview.preview`.
"""

from ropa.io.excel.guard import WorkbookError
from ropa.io.excel.importer import WorkbookImport, read_workbook
from ropa.io.excel.writer import Cancelled, ExportSummary, export_workbook

__all__ = [
    "Cancelled",
    "ExportSummary",
    "WorkbookError",
    "WorkbookImport",
    "export_workbook",
    "read_workbook",
]

"""Editors for the records, built from the field catalogue: a register, a controller's own details,
a processor and an Art. 30(2) record, all one generic form underneath.

The window embeds one editor per kind of record::

    editor = RegisterEditor(lang="fi")
    editor.set_context(workspace.processors, "fi")
    editor.load(register)
    editor.save_requested.connect(lambda new: ...)   # run the app command, then editor.mark_saved(new)
"""

from ropa.ui.editor.editors import (
    ControllerEditor,
    ProcessingOnBehalfEditor,
    ProcessorEditor,
    RecordEditor,
    RegisterEditor,
)
from ropa.ui.editor.form import RecordForm

__all__ = [
    "ControllerEditor",
    "ProcessingOnBehalfEditor",
    "ProcessorEditor",
    "RecordEditor",
    "RecordForm",
    "RegisterEditor",
]

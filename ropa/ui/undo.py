"""Undo and redo over the application's commands.

Every change the window makes is a :class:`~ropa.app.session.Change` returned by a Session
command. :class:`ChangeCommand` puts it on a ``QUndoStack`` *after* it was made: undo calls
``Session.revert`` (which returns the change that redoes it), redo reverts that in turn. The
stack belongs to the window, so undo reaches changes made in any view. The Edit menu names the
change in the window's language, as precisely as the change allows ("Change purposes of Payroll").
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ropa.app.session import Change, Session
from ropa.errors import RopaError


def describe(change: Change, language: str) -> str:
    """What the Edit menu calls ``change``: "Delete register Payroll", "Change retention of Payroll"."""
    from ropa.model import records as r

    record, action = change.record, change.action
    # A rename is named by the name the user knew; everything else by the record as it is now.
    subject = change.old if action == "rename" or change.new is None else change.new
    if record is r.ProcessingOnBehalf:
        name = subject.client.name or subject.key
    else:
        name = subject.name or subject.key
    if record is r.Register:
        if action == "update":
            return _field_change(change, name, language)
        texts = {
            "create": QCoreApplication.translate("undo", "Create register {name}"),
            "duplicate": QCoreApplication.translate("undo", "Duplicate register {name}"),
            "delete": QCoreApplication.translate("undo", "Delete register {name}"),
            "move": QCoreApplication.translate("undo", "Move register {name}"),
            "retire": QCoreApplication.translate("undo", "Retire register {name}"),
            "link": QCoreApplication.translate("undo", "Link processor to {name}"),
            "unlink": QCoreApplication.translate("undo", "Unlink processor from {name}"),
            "edit-link": QCoreApplication.translate("undo", "Change processor link of {name}"),
            "add-transfer": QCoreApplication.translate("undo", "Add transfer to {name}"),
            "edit-transfer": QCoreApplication.translate("undo", "Change transfer of {name}"),
            "remove-transfer": QCoreApplication.translate("undo", "Remove transfer from {name}"),
        }
    elif record is r.Controller:
        texts = {
            "create": QCoreApplication.translate("undo", "Create controller {name}"),
            "rename": QCoreApplication.translate("undo", "Rename controller {name}"),
            "update": QCoreApplication.translate("undo", "Edit controller {name}"),
            "delete": QCoreApplication.translate("undo", "Delete controller {name}"),
        }
    elif record is r.Processor:
        texts = {
            "create": QCoreApplication.translate("undo", "Add processor {name}"),
            "add-subprocessor": QCoreApplication.translate("undo", "Add sub-processor {name}"),
            "update": QCoreApplication.translate("undo", "Edit processor {name}"),
            "delete": QCoreApplication.translate("undo", "Delete processor {name}"),
        }
    else:
        texts = {
            "create": QCoreApplication.translate("undo", "Create processing on behalf of {name}"),
            "update": QCoreApplication.translate("undo", "Edit processing on behalf of {name}"),
            "delete": QCoreApplication.translate("undo", "Delete processing on behalf of {name}"),
        }
    template = texts.get(action)
    return template.format(name=name) if template else change.description


def _field_change(change: Change, name: str, language: str) -> str:
    """Name the one field a register edit changed; several fields make it an "Edit register"."""
    from ropa.model.catalogue import entity

    old, new = change.old, change.new
    changed = [
        spec
        for spec in entity(type(new)).fields
        if getattr(old, spec.name) != getattr(new, spec.name) and spec.name != "key"
    ]
    if len(changed) == 1:
        label = changed[0].label(language)
        what = label if language == "fi" else label[:1].lower() + label[1:]
        return QCoreApplication.translate("undo", "Change {field} of {name}").format(field=what, name=name)
    return QCoreApplication.translate("undo", "Edit register {name}").format(name=name)


Applied = Callable[[Change], None]


class ChangeCommand(QUndoCommand):
    """One change already made, undone by ``Session.revert`` and redone by reverting the undo.

    ``applied`` is told about every change this command makes to the workspace (the window
    updates its lists); ``failed`` about an undo or redo the workspace refused (someone changed
    the same record meanwhile): the command then drops out of the stack.
    """

    def __init__(
        self,
        session: Callable[[], Session],
        change: Change,
        text: str,
        applied: Applied,
        failed: Callable[[str], None],
    ) -> None:
        super().__init__(text)
        self._session = session
        self._change = change  # what redo would (re)do: reverted by undo
        self._inverse: Change | None = None  # what undo did: reverted by redo
        self._applied = applied
        self._failed = failed
        self._first = True

    @property
    def change(self) -> Change:
        return self._change

    def redo(self) -> None:
        if self._first:  # pushed after the command ran: nothing to do the first time
            self._first = False
            return
        inverse = self._inverse
        assert inverse is not None
        self._run(lambda: self._session().revert(inverse, action="redo"), redo=True)

    def undo(self) -> None:
        self._run(lambda: self._session().revert(self._change), redo=False)

    def _run(self, action: Callable[[], Change], *, redo: bool) -> None:
        try:
            done = action()
        except RopaError as exc:
            self.setObsolete(True)
            self._failed(str(exc))
            return
        if redo:
            self._change = dataclasses.replace(done, action=self._change.action)
        else:
            self._inverse = done
        self._applied(done)

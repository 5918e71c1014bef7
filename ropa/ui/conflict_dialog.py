"""Someone else saved the record you are editing: keep theirs, use mine, or look at both first.

When saving a register, controller, processor or Art. 30(2) record is refused with a
:class:`~ropa.errors.ConflictError` (another window, another program or a colleague on the same
server saved it after it was shown), the window opens :class:`ConflictDialog`: the fields in
which the saved version ("theirs") and the edited one ("mine") differ, labelled from the field
catalogue in the window's language, and three ways on:

* **Keep Theirs**: drop my changes and show the record as it is now saved;
* **Use Mine**: save my version over theirs, naming the version now saved, an explicit choice
  that goes on the undo stack like any other save (Undo puts theirs back);
* **Show Both**: the two whole records side by side, differing fields marked, before choosing.

Closing the dialog saves nothing and leaves my changes in the editor.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ropa.model import records as r
from ropa.model.catalogue import entity
from ropa.ui.details import (
    CONTROLLER_GROUPS,
    ON_BEHALF_GROUPS,
    PROCESSOR_GROUPS,
    REGISTER_GROUPS,
    Group,
    Renderer,
    _t,
)

_GROUPS: dict[type, Sequence[Group]] = {
    r.Register: REGISTER_GROUPS,
    r.Controller: CONTROLLER_GROUPS,
    r.Processor: PROCESSOR_GROUPS,
    r.ProcessingOnBehalf: ON_BEHALF_GROUPS,
}
_CHANGED = "background-color:#fff3c4"  # a differing field; its label is also marked with ✱


class Choice(Enum):
    THEIRS = "theirs"
    MINE = "mine"


@dataclass(frozen=True, slots=True)
class Difference:
    """One top-level field in which the saved and the edited record differ."""

    name: str
    label: str
    theirs: Any
    mine: Any


def differences(kind: type, theirs: Any, mine: Any, language: str) -> list[Difference]:
    """The fields of ``kind`` in which ``theirs`` and ``mine`` differ, in the catalogue's order."""
    found = [
        Difference(spec.name, spec.label(language), getattr(theirs, spec.name), getattr(mine, spec.name))
        for spec in entity(kind).fields
        if getattr(theirs, spec.name) != getattr(mine, spec.name)
    ]
    if getattr(theirs, "extensions", None) != getattr(mine, "extensions", None):
        found.append(Difference("extensions", "extensions", theirs.extensions, mine.extensions))
    return found


def record_name(record: Any) -> str:
    if isinstance(record, r.ProcessingOnBehalf):
        return record.client.name or record.key
    return str(record.name or record.key)


class ConflictDialog(QDialog):
    """Theirs (saved, version ``version``) against mine (not saved); :meth:`choice` after ``exec``."""

    def __init__(
        self,
        kind: type,
        theirs: Any,
        mine: Any,
        version: int,
        language: str,
        processor_name: Callable[[str], str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind, self.theirs, self.mine, self.version = kind, theirs, mine, version
        self._renderer = Renderer(language, processor_name)
        self._language = language
        self.found = differences(kind, theirs, mine, language)
        self._choice: Choice | None = None
        self.setWindowTitle(self.tr("Changed by Someone Else"))
        noun = entity(kind).label(language)
        head = QLabel(
            self.tr(
                "{noun} “{name}” was saved by someone else after you opened it (now version {version}). "
                "Your changes are not saved yet."
            ).format(noun=noun, name=record_name(theirs), version=version)
        )
        head.setWordWrap(True)
        self.summary = QTextBrowser()
        self.summary.setOpenLinks(False)
        self.summary.setHtml(self._summary_html())
        self.summary.setAccessibleName(self.tr("Differences"))
        self.both = QSplitter()
        self.their_view, self.my_view = QTextBrowser(), QTextBrowser()
        for view, record, title in (
            (self.their_view, theirs, self.tr("Theirs (saved, version {version})").format(version=version)),
            (self.my_view, mine, self.tr("Mine (not saved)")),
        ):
            view.setOpenLinks(False)
            view.setAccessibleName(title)
            view.setHtml(self._whole_html(title, record))
            self.both.addWidget(view)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.summary)
        self.pages.addWidget(self.both)
        buttons = QDialogButtonBox()
        self.theirs_button = buttons.addButton(
            self.tr("Keep &Theirs"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.mine_button = buttons.addButton(self.tr("Use &Mine"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.both_button = buttons.addButton(self.tr("Show &Both"), QDialogButtonBox.ButtonRole.ActionRole)
        self.theirs_button.setToolTip(self.tr("Drop your changes and show the record as saved"))
        self.mine_button.setToolTip(self.tr("Save your version over theirs (Undo puts theirs back)"))
        self.theirs_button.clicked.connect(lambda: self._choose(Choice.THEIRS))
        self.mine_button.clicked.connect(lambda: self._choose(Choice.MINE))
        self.both_button.clicked.connect(self._toggle_both)
        self.mine_button.setDefault(False)
        self.mine_button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(self.pages, 1)
        layout.addWidget(buttons)
        self.resize(820, 520)

    def choice(self) -> Choice | None:
        """What the user chose; None when the dialog was closed (nothing saved, changes kept)."""
        return self._choice

    def button(self, choice: Choice) -> QPushButton:
        return self.theirs_button if choice is Choice.THEIRS else self.mine_button

    def _choose(self, choice: Choice) -> None:
        self._choice = choice
        self.done(QDialog.DialogCode.Accepted if choice is Choice.MINE else QDialog.DialogCode.Rejected)

    def _toggle_both(self) -> None:
        showing = self.pages.currentWidget() is self.both
        self.pages.setCurrentWidget(self.summary if showing else self.both)
        self.both_button.setText(self.tr("Show &Differences") if not showing else self.tr("Show &Both"))

    def showing_both(self) -> bool:
        return self.pages.currentWidget() is self.both

    def _summary_html(self) -> str:
        if not self.found:
            return html.escape(self.tr("Your version is the same as theirs."))
        heads = (self.tr("Field"), self.tr("Theirs (saved)"), self.tr("Mine (not saved)"))
        head = "".join(
            f"<th align='left' style='padding:4px 12px 4px 0; color:#555'>{html.escape(h)}</th>"
            for h in heads
        )
        spec_of = {spec.name: spec for spec in entity(self.kind).fields}
        rows = []
        for item in self.found:
            spec = spec_of.get(item.name)
            theirs, mine = (
                (self._renderer.value(spec, item.theirs), self._renderer.value(spec, item.mine))
                if spec is not None
                else (html.escape(repr(item.theirs)), html.escape(repr(item.mine)))
            )
            cell = "<td style='padding:4px 12px 4px 0; vertical-align:top'>"
            rows.append(
                f"<tr>{cell}<b>{html.escape(item.label)}</b></td>{cell}{theirs}</td>{cell}{mine}</td></tr>"
            )
        return f"<table cellspacing='0' width='100%'><tr>{head}</tr>{''.join(rows)}</table>"

    def _whole_html(self, title: str, record: Any) -> str:
        """The whole record as the read-only views lay it out, the differing fields marked."""
        changed = {item.name for item in self.found}
        known = entity(self.kind)
        parts = [f"<h3>{html.escape(title)}</h3>"]
        groups = _GROUPS.get(self.kind, (Group("", tuple(known.names)),))
        for group in groups:
            parts.append(f"<h4>{html.escape(_t(group.title))}</h4>")
            rows = []
            for name in group.fields:
                label, value = self._renderer.row(known.field(name), getattr(record, name))
                style = f" style='{_CHANGED}'" if name in changed else ""
                mark = " ✱" if name in changed else ""
                rows.append(
                    f"<tr{style}><td style='color:#555; padding:2px 12px 2px 0; vertical-align:top' "
                    f"width='180'>{label}{mark}</td><td style='padding:2px 0'>{value}</td></tr>"
                )
            parts.append(f"<table cellspacing='0' width='100%'>{''.join(rows)}</table>")
        return "".join(parts)

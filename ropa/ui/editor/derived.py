"""Read-only parts of a form that follow from what is typed: derived transfers, rights, the DPIA hint.

Each panel has ``update_record(record)``, called (debounced) with the record as it stands in the
form. They use the domain's rules only through a few narrow calls, so that a rewrite of those
rules needs a change here and nowhere else:

* :class:`DerivedTransfersPanel` reads ``country``, ``chain``, ``standing``, ``mechanism`` and
  ``scc_module`` of each :class:`ropa.model.transfers.DerivedTransfer` (other attributes are
  ignored);
* :class:`RightsPanel` shows :func:`ropa.model.rights.register_rights`: each derived right with
  its article, the purposes it follows from and its limits;
* :class:`DpiaHint` counts the WP248 criteria against the reference threshold.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QStyle,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ropa.model.records import Register
from ropa.model.rights import Right, article_label, register_rights
from ropa.model.transfers import CountryStatus, ProcessorCatalogue
from ropa.reference import reference
from ropa.ui.editor.context import EditorContext, capital, standing_text
from ropa.ui.editor.fields import WeightedTable

Roots = Callable[[Any], tuple[Iterable[str], ProcessorCatalogue]]


class DerivedTransfersPanel(QWidget):
    """The transfers the processors and their sub-processor chains imply, as of today.

    Double-clicking a row (or Enter) emits ``processor_activated`` with the key of the processor
    that processes in that country, so the window can open it where the mechanism is fixed.
    """

    processor_activated = Signal(str)

    def __init__(self, ctx: EditorContext, roots: Roots, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QCoreApplication.translate("editor", "Derived from processors")
        self.ctx = ctx
        self._roots = roots
        self.transfers: list[Any] = []
        column = QVBoxLayout(self)
        column.setContentsMargins(3, 3, 3, 3)
        column.setSpacing(4)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setEnabled(False)
        column.addWidget(self.note)
        headers = [
            QCoreApplication.translate("editor", "Country or organisation"),
            QCoreApplication.translate("editor", "Standing today"),
            QCoreApplication.translate("editor", "Processor chain"),
            QCoreApplication.translate("editor", "Mechanism"),
            QCoreApplication.translate("editor", "SCC module"),
        ]
        self.table = WeightedTable([3, 3, 5, 4, 2])
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setAccessibleName(self.title)
        self.table.verticalHeader().setVisible(False)
        self.table.itemActivated.connect(self._activated)
        self.table.setToolTip(
            QCoreApplication.translate(
                "editor", "Double-click a row to open the processor that processes there"
            )
        )
        column.addWidget(self.table)

    def update_record(self, record: Any) -> None:
        roots, catalogue = self._roots(record)
        self.show_transfers(catalogue.derived_transfers(list(roots), self.ctx.today), catalogue)

    def show_transfers(self, transfers: Sequence[Any], catalogue: ProcessorCatalogue) -> None:
        self.transfers = list(transfers)
        table = self.table
        table.setRowCount(len(self.transfers))
        names = catalogue.processors
        lang = self.ctx.lang
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for row, found in enumerate(self.transfers):
            country = getattr(found, "country", "")
            chain = tuple(getattr(found, "chain", ()))
            mechanism = getattr(found, "mechanism", None)
            module = getattr(found, "scc_module", None)
            standing = getattr(found, "standing", None)
            status = getattr(standing, "status", None)
            judged = getattr(found, "status", None)  # the flow judged with the adequacy scope, if told
            label = getattr(judged, "label", None)
            cells = [
                reference().country_name(country, lang),
                capital(label(lang) if callable(label) else standing_text(country, self.ctx.today, lang)),
                " › ".join((names[key].name or key) if key in names else key for key in chain),
                _mechanism_text(mechanism, lang),
                QCoreApplication.translate("editor", "Module {number}").format(number=module)
                if module
                else "",
            ]
            needs_tool = not mechanism and (
                status is CountryStatus.THIRD_COUNTRY or getattr(judged, "covered_by_adequacy", True) is False
            )
            if needs_tool:
                cells[3] = QCoreApplication.translate("editor", "None recorded")
            basis = getattr(getattr(found, "basis", None), "label", None)
            via = f" ({basis(lang)})" if callable(basis) else ""
            tips = {1: standing_text(country, self.ctx.today, lang, full=True), 2: " › ".join(chain) + via}
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(tips.get(col, text))
                table.setItem(row, col, cell)
            if needs_tool:
                mechanism_cell = table.item(row, 3)
                assert mechanism_cell is not None
                mechanism_cell.setIcon(warning)
        table.fit_rows(min(max(len(self.transfers), 1), 8))
        table.setVisible(bool(self.transfers))
        day = self.ctx.today.isoformat()
        if self.transfers:
            self.note.setText(
                QCoreApplication.translate(
                    "editor",
                    "Where the processors and their sub-processors process outside the EEA, on {day}.",
                ).format(day=day)
            )
        else:
            self.note.setText(
                QCoreApplication.translate(
                    "editor", "None: no processor in the chain processes outside the EEA on {day}."
                ).format(day=day)
            )

    def _activated(self, item: QTableWidgetItem) -> None:
        found = self.transfers[item.row()]
        chain = tuple(getattr(found, "chain", ()))
        if chain:
            self.processor_activated.emit(chain[-1])


def _mechanism_text(code: str | None, lang: str) -> str:
    if not code:
        return ""
    found = reference().transfer_mechanisms.get(code)
    return capital(found.label(lang)) if found is not None else code


class RightsPanel(QWidget):
    """The data-subject rights the register gives, each with its article, the purposes it follows
    from (or the whole register) and the limits the law puts on it, as ``register_rights`` says."""

    def __init__(self, ctx: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QCoreApplication.translate("editor", "Derived rights")
        self.ctx = ctx
        column = QVBoxLayout(self)
        column.setContentsMargins(3, 3, 3, 3)
        column.setSpacing(4)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setAccessibleName(self.title)
        column.addWidget(self.label)
        self.rights: frozenset[Right] = frozenset()
        self.explained: tuple[str, ...] = ()

    def update_record(self, record: Any) -> None:
        if not isinstance(record, Register):
            return
        lang = self.ctx.lang
        found = register_rights(record)
        self.rights = found.rights
        self.explained = found.explain(lang)
        rows = []
        for derived in found.derived:
            head = f"<b>{_escape(derived.label(lang))}</b> ({_escape(article_label(derived.article, lang))})"
            lines = [
                _escape(derived.scope(lang)),
                *(_escape(limit.explain(lang)) for limit in derived.limits),
            ]
            rows.append(f"<li title='{_escape(derived.reason(lang))}'>{head} — {'<br>'.join(lines)}</li>")
        html = "<ul style='margin-left: -24px'>" + "".join(rows) + "</ul>"
        if found.without_basis:
            names = ", ".join(p.label(lang) for p in found.without_basis)
            note = QCoreApplication.translate(
                "editor", "No legal basis yet, so no rights derived for: {purposes}"
            )
            html += f"<p><i>{_escape(note.format(purposes=names))}</i></p>"
        self.label.setText(html)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;")


class DpiaHint(QLabel):
    """How many WP248 criteria are met, and the rule of thumb: two or more usually means a DPIA."""

    def __init__(self, ctx: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ""
        self.ctx = ctx
        self.count = 0
        self.setWordWrap(True)
        self.setContentsMargins(3, 0, 3, 4)
        self.set_criteria(())

    @property
    def needed(self) -> bool:
        return self.count >= reference().dpia_threshold

    def set_criteria(self, criteria: Iterable[str]) -> None:
        self.count = len(set(criteria))
        total = len(reference().dpia_criteria)
        threshold = reference().dpia_threshold
        if self.count >= threshold:
            text = QCoreApplication.translate(
                "editor",
                "⚠ {count} of {total} criteria met: two or more usually means a DPIA is needed (WP248).",
            )
            self.setStyleSheet("color: #8a5a00; font-weight: bold;")
        else:
            text = QCoreApplication.translate(
                "editor",
                "{count} of {total} criteria met. Two or more usually means a DPIA is needed (WP248).",
            )
            self.setStyleSheet("")
        self.setText(text.format(count=self.count, total=total))
        self.setAccessibleName(self.text())

    def update_record(self, record: Any) -> None:
        dpia = getattr(record, "dpia", None)
        self.set_criteria(getattr(dpia, "criteria", ()) or ())


def next_review(day: date, years: int = 1) -> date:
    """The same day ``years`` later (29 February becomes 28 February)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)

"""What every field editor of one form shares: the language, today's date, the processors.

Choice lists (countries with their standing, processors with their chain) are item models built
once and shared by every combo box that shows them, so building a form and loading a record stay
cheap however many country or processor pickers it has.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import pycountry
from PySide6.QtCore import QCollator, QCoreApplication, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel

from ropa.model.records import Controller, Processor
from ropa.model.transfers import CountryStatus, ProcessorCatalogue, country_status
from ropa.reference import reference

CODE_ROLE = Qt.ItemDataRole.UserRole + 1  # the stored value of a choice ("FI", "intl:epo", a key)
KOSOVO = "XK"


def capital(text: str) -> str:
    """``"consent"`` -> ``"Consent"`` (reference labels are lower case; only the first letter changes)."""
    return text[:1].upper() + text[1:]


def code_text(list_name: str, code: str, lang: str) -> str:
    """How a code is shown in a picker: its label and, where the list has one, its article."""
    item = reference().code_list(list_name).get(code)
    if item is None:
        return code
    label = capital(item.label(lang))
    return f"{label} ({item.article})" if item.article.startswith("Art") else label


def standing_text(country: str, on: date, lang: str, *, full: bool = False) -> str:
    """``"EEA"``, ``"adequacy"`` (``"adequacy, limited scope"``) or ``"third country"`` on ``on``.

    With ``full`` the adequacy decision and its scope are named too.
    """
    standing = country_status(country, on)
    decision = standing.decision
    if standing.status is CountryStatus.EEA:
        return QCoreApplication.translate("editor", "EEA")
    if standing.status is CountryStatus.ADEQUACY and decision is not None:
        if not full:
            if standing.scope_limited:
                return QCoreApplication.translate("editor", "adequacy, limited scope")
            return QCoreApplication.translate("editor", "adequacy")
        text = QCoreApplication.translate("editor", "adequacy decision {decision}").format(
            decision=decision.decision
        )
        scope = decision.scope_label(lang)
        return f"{text}: {scope}" if scope else text
    if standing.status is CountryStatus.THIRD_COUNTRY:
        return QCoreApplication.translate("editor", "third country")
    return QCoreApplication.translate("editor", "no transfer (interim provision)")


def country_text(code: str, on: date, lang: str) -> str:
    """``"Finland — EEA"``: the destination's name in ``lang`` and where it stands on ``on``."""
    name = reference().country_name(code, lang)
    return f"{name} — {standing_text(code, on, lang)}"


def _collator(lang: str) -> QCollator:
    """Sorts names as people of ``lang`` expect (Finnish: å, ä, ö after z)."""
    return QCollator(QLocale(QLocale.Language.Finnish if lang == "fi" else QLocale.Language.English))


_COUNTRY_MODELS: dict[tuple[str, date, str], QStandardItemModel] = {}


def country_model(lang: str, on: date) -> QStandardItemModel:
    """Every country (ISO 3166-1 and XK) by name in ``lang``, then the international organisations.

    Shared by every country picker (built once per language and day). A code the data holds but
    the list lacks is appended by the picker that meets it (:func:`ensure_choice`).
    """
    cache_key = (lang, on, standing_text("FI", on, lang))  # the last part follows Qt's translators
    found = _COUNTRY_MODELS.get(cache_key)
    if found is not None:
        return found
    ref = reference()
    collator = _collator(lang)
    countries = [*(country.alpha_2 for country in pycountry.countries), KOSOVO]
    named = sorted(
        ((ref.country_name(code, lang), code) for code in countries), key=lambda n: collator.sortKey(n[0])
    )
    organisations = sorted(
        ((item.label(lang), item.code) for item in ref.organisations), key=lambda n: collator.sortKey(n[0])
    )
    model = QStandardItemModel()
    model.appendRow(_choice("", None, ""))
    for name, code in [*named, *organisations]:
        full = standing_text(code, on, lang, full=True)
        item = _choice(f"{name} — {standing_text(code, on, lang)}", code, f"{name} ({code}): {full}")
        model.appendRow(item)
    _COUNTRY_MODELS[cache_key] = model
    return model


def _choice(text: str, value: object, tooltip: str) -> QStandardItem:
    item = QStandardItem(text)
    item.setData(value, CODE_ROLE)
    if tooltip:
        item.setToolTip(tooltip)
    item.setEditable(False)
    return item


def ensure_choice(model: QStandardItemModel, value: object, text: str) -> int:
    """The row of ``value`` in ``model``, appending ``text`` for a value the list does not know."""
    row = find_choice(model, value)
    if row < 0:
        model.appendRow(_choice(text, value, text))
        row = model.rowCount() - 1
    return row


def find_choice(model: QStandardItemModel, value: object) -> int:
    index = getattr(model, "_ropa_index", None)
    if index is None or len(index) != model.rowCount():
        index = {model.item(row).data(CODE_ROLE): row for row in range(model.rowCount())}
        model._ropa_index = index  # type: ignore[attr-defined]
    return int(index.get(value, -1))


def unknown_text(value: object) -> str:
    return QCoreApplication.translate("editor", "{value} (not in the list)").format(value=value)


class EditorContext(QObject):
    """The language, the day country standings are judged on, and the processor catalogue."""

    processors_changed = Signal()

    def __init__(self, lang: str, today: date | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.today = today or date.today()
        self.processors: tuple[Processor, ...] = ()
        self.by_key: dict[str, Processor] = {}
        self.catalogue = ProcessorCatalogue(())
        self.processor_model = QStandardItemModel(self)
        self.processor_model.appendRow(_choice("", None, ""))
        self.controller: Controller | None = None  # the record's controller, for the checks

    def countries(self) -> QStandardItemModel:
        return country_model(self.lang, self.today)

    def set_processors(self, processors: Sequence[Processor]) -> None:
        self.processors = tuple(processors)
        self.by_key = {p.key: p for p in self.processors}
        self.catalogue = ProcessorCatalogue(self.processors)
        collator = _collator(self.lang)
        model = self.processor_model
        model.clear()
        model._ropa_index = None  # type: ignore[attr-defined]  # rows change: find_choice re-indexes
        model.appendRow(_choice("", None, ""))
        for p in sorted(self.processors, key=lambda p: collator.sortKey(p.name or p.key)):
            model.appendRow(_choice(self.processor_text(p.key), p.key, self.processor_tooltip(p.key)))
        self.processors_changed.emit()

    def processor_keys(self) -> set[str]:
        return set(self.by_key)

    def processor_name(self, key: str) -> str:
        found = self.by_key.get(key)
        return (found.name or key) if found is not None else key

    def processor_text(self, key: str) -> str:
        found = self.by_key.get(key)
        if found is None:
            return unknown_text(key)
        where = reference().country_name(found.country, self.lang) if found.country else ""
        name = found.name or key
        return f"{name} ({where})" if where else name

    def chain(self, key: str) -> list[str]:
        """``key`` and its parents up to the processor a register engages (loops stop)."""
        chain, seen = [key], {key}
        parent = self.by_key[key].parent if key in self.by_key else None
        while parent and parent not in seen:
            chain.append(parent)
            seen.add(parent)
            parent = self.by_key[parent].parent if parent in self.by_key else None
        return chain

    def processor_tooltip(self, key: str) -> str:
        found = self.by_key.get(key)
        if found is None:
            return key
        lines = [f"{found.name} ({key})"]
        chain = self.chain(key)
        if len(chain) > 1:
            names = " › ".join(self.processor_name(k) for k in reversed(chain))
            lines.append(QCoreApplication.translate("editor", "Sub-processor: {chain}").format(chain=names))
        if found.processing_countries:
            where = ", ".join(reference().country_name(c, self.lang) for c in found.processing_countries)
            lines.append(
                QCoreApplication.translate("editor", "Processes in: {countries}").format(countries=where)
            )
        return "\n".join(lines)

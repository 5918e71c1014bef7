"""The value types of the reference data: immutable, so a loaded reference can be shared freely."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from types import MappingProxyType
from typing import Any

from ropa.reference import _countries

#: Names (file stems) of the plain code lists, in the order they are loaded.
CODE_LIST_NAMES: tuple[str, ...] = (
    "legal_bases",
    "art9_conditions",
    "special_categories",
    "transfer_mechanisms",
    "scc_modules",
    "dpia_criteria",
    "register_statuses",
    "recipient_kinds",
    "dpia_statuses",
    "purpose_kinds",
)

#: File stem of the international organisations that can be transfer destinations.
ORGANISATIONS_NAME = "international_organisations"

#: Languages every label must have.
REQUIRED_LANGUAGES: tuple[str, ...] = ("en", "fi")


class ReferenceDataError(ValueError):
    """A reference data file is missing or malformed; the message names the file and the item."""


def normalise_lang(lang: str) -> str:
    """Reduce ``"fi_FI"``, ``"fi-FI"`` or ``"FI"`` to ``"fi"`` so UI locales can be passed as is."""
    return lang.replace("-", "_").split("_", 1)[0].lower()


def _as_day(on: date) -> date:
    """Comparing a ``datetime`` with a ``date`` raises, so callers may pass either."""
    return on.date() if isinstance(on, datetime) else on


def _frozen(mapping: Mapping[str, Any]) -> Mapping[str, Any]:
    return mapping if isinstance(mapping, MappingProxyType) else MappingProxyType(dict(mapping))


def _pick(labels: Mapping[str, str], lang: str) -> str:
    return labels.get(normalise_lang(lang)) or labels.get("en", "")


@dataclass(frozen=True)
class Code:
    """One code of a list: stored in the data by ``code``, shown to people by its label.

    ``name`` is the member name of the generated enum in ``ropa.model.codes`` (empty for lists
    that have no enum, such as the international organisations).
    """

    code: str
    labels: Mapping[str, str] = field(hash=False)
    article: str = ""
    extra: Mapping[str, Any] = field(default_factory=dict, hash=False)
    name: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "labels", _frozen(self.labels))
        object.__setattr__(self, "extra", _frozen(self.extra))

    def label(self, lang: str = "en") -> str:
        """The label in ``lang``; English for a language the data does not have."""
        return _pick(self.labels, lang)


@dataclass(frozen=True)
class CodeList:
    """A versioned, dated list of codes, so an export can say which edition of a list it used."""

    name: str
    version: int
    issued: date
    source: str
    items: tuple[Code, ...]
    _index: Mapping[str, Code] = field(init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "items", tuple(self.items))
        object.__setattr__(self, "_index", MappingProxyType({c.code: c for c in self.items}))

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and code in self._index

    def __iter__(self) -> Iterator[Code]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def get(self, code: str) -> Code | None:
        """The item for ``code``, or None: stored data may hold codes a later list dropped."""
        return self._index.get(code)

    def label(self, code: str, lang: str = "en") -> str:
        """The label of ``code``; an unknown code is shown as itself rather than failing."""
        item = self._index.get(code)
        return item.label(lang) if item is not None else code

    @property
    def codes(self) -> frozenset[str]:
        """All codes of the list, for validating stored values."""
        return frozenset(self._index)


@dataclass(frozen=True)
class EeaMembership:
    """A country's period inside the EU/EEA, where no Chapter V transfer rules apply."""

    country: str
    since: date
    until: date | None
    group: str

    def covers(self, on: date) -> bool:
        """Whether ``on`` falls in the membership period (``until`` is the last day, inclusive)."""
        on = _as_day(on)
        return self.since <= on and (self.until is None or on <= self.until)


@dataclass(frozen=True)
class AdequacyDecision:
    """A Commission adequacy decision (Art. 45), dated so past transfers are judged correctly."""

    country: str | None
    organisation: str | None
    decision: str
    adopted: date
    valid_until: date | None
    scope: Mapping[str, str] = field(hash=False)
    notes: Mapping[str, str] = field(hash=False)
    verified_on: date

    def __post_init__(self) -> None:
        object.__setattr__(self, "scope", _frozen(self.scope))
        object.__setattr__(self, "notes", _frozen(self.notes))

    def in_force(self, on: date) -> bool:
        """Whether the decision applied on ``on`` (``valid_until`` is the last day, inclusive)."""
        on = _as_day(on)
        return self.adopted <= on and (self.valid_until is None or on <= self.valid_until)

    def scope_label(self, lang: str = "en") -> str:
        """The limits of a partial decision; empty when it covers the whole country."""
        return _pick(self.scope, lang)


@dataclass(frozen=True, eq=False)
class Reference:
    """All reference data in one object, the single source the rest of the application uses."""

    legal_bases: CodeList
    art9_conditions: CodeList
    special_categories: CodeList
    transfer_mechanisms: CodeList
    scc_modules: CodeList
    dpia_criteria: CodeList
    register_statuses: CodeList
    recipient_kinds: CodeList
    dpia_statuses: CodeList
    purpose_kinds: CodeList
    eea: tuple[EeaMembership, ...]
    adequacy: tuple[AdequacyDecision, ...]
    dpia_threshold: int
    organisations: CodeList
    _adequacy_by_key: Mapping[str, tuple[AdequacyDecision, ...]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        by_key: dict[str, list[AdequacyDecision]] = {}
        for decision in self.adequacy:
            for key in (decision.country, decision.organisation):
                if key:
                    by_key.setdefault(key, []).append(decision)
        object.__setattr__(
            self, "_adequacy_by_key", MappingProxyType({k: tuple(v) for k, v in by_key.items()})
        )

    def code_list(self, name: str) -> CodeList:
        """A code list by its file name (``"legal_bases"`` or ``"legal_bases.json"``)."""
        stem = name.removesuffix(".json")
        if stem not in CODE_LIST_NAMES:
            raise KeyError(name)
        value: CodeList = getattr(self, stem)
        return value

    def is_eea(self, country: str, on: date) -> bool:
        """Whether ``country`` was inside the EU/EEA on ``on`` (then no transfer rules apply).

        Always false for an international organisation (``intl:...``) and for ``XK``."""
        return any(m.country == country and m.covers(on) for m in self.eea)

    def adequacy_for(self, country: str, on: date) -> AdequacyDecision | None:
        """The adequacy decision in force for ``country`` on ``on`` (the latest adopted if two
        overlap); ``country`` may also be an international organisation id, e.g. ``"intl:epo"``
        (the European Patent Organisation)."""
        in_force = [d for d in self._adequacy_by_key.get(country, ()) if d.in_force(on)]
        return max(in_force, key=lambda d: d.adopted, default=None)

    def is_country(self, code: object) -> bool:
        """Whether ``code`` is an ISO 3166-1 alpha-2 code; only the upper-case form is stored.

        Strict ISO: ``XK`` (Kosovo) and ``intl:`` ids are refused. Code that validates a
        transfer destination or any other country field uses :meth:`is_destination`."""
        return _countries.is_country(code)

    def is_organisation(self, code: object) -> bool:
        """Whether ``code`` is the id of a known international organisation (``intl:epo``)."""
        return code in self.organisations

    def is_destination(self, code: object) -> bool:
        """Whether ``code`` may stand where a country is recorded (Art. 30(1)(d)-(e): third
        countries *or international organisations*): an ISO 3166-1 alpha-2 code, ``XK``
        (Kosovo, the user-assigned code the EU uses) or a known ``intl:`` organisation id."""
        return _countries.is_country(code) or code == _countries.KOSOVO or self.is_organisation(code)

    def country_name(self, code: str, lang: str = "en") -> str:
        """The name of a destination in ``lang``: the ISO 3166 short name (Finnish from
        pycountry's translations), "Kosovo" for ``XK``, or the organisation's name for an
        ``intl:`` id; an unknown code is returned unchanged."""
        organisation = self.organisations.get(code)
        if organisation is not None:
            return organisation.label(lang)
        return _countries.country_name(code, normalise_lang(lang))

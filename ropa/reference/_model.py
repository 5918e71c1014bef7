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

#: File stem of the periods in which sending data to a non-EEA country was not a transfer.
INTERIM_NAME = "interim_provisions"

#: Every reference file (stems), in the order they are loaded.
FILE_NAMES: tuple[str, ...] = (*CODE_LIST_NAMES, ORGANISATIONS_NAME, "eea", "adequacy", INTERIM_NAME)

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
class Edition:
    """Which edition of a reference file is loaded, so an export can cite what it relied on.

    ``verified_on`` is the day the file's facts were last checked against their sources; facts
    that could not be checked are marked on the item itself (see docs/reference-data.md)."""

    name: str
    version: int
    issued: date
    source: str
    verified_on: date


@dataclass(frozen=True)
class CodeList:
    """A versioned, dated list of codes, so an export can say which edition of a list it used."""

    name: str
    version: int
    issued: date
    source: str
    items: tuple[Code, ...]
    verified_on: date | None = None
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


def _covers(since: date, until: date | None, on: date) -> bool:
    on = _as_day(on)
    return since <= on and (until is None or on <= until)


def empty_labels() -> Mapping[str, str]:
    """Labels that are empty in every required language (no note, no title)."""
    return MappingProxyType(dict.fromkeys(REQUIRED_LANGUAGES, ""))


@dataclass(frozen=True)
class EeaMembership:
    """A country's or territory's period inside the EU/EEA, where no Chapter V rules apply.

    Territories with their own ISO code (AX, GF, GP, MQ, RE, YT, MF; GI until 2020) are listed
    in their own right with ``part_of`` naming the member state, because a processor's country is
    recorded by its ISO code and Åland must not come out as a third country."""

    country: str
    since: date
    until: date | None
    group: str
    part_of: str | None = None
    notes: Mapping[str, str] = field(default_factory=empty_labels, hash=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "notes", _frozen(self.notes))

    def covers(self, on: date) -> bool:
        """Whether ``on`` falls in the membership period (``until`` is the last day, inclusive)."""
        return _covers(self.since, self.until, on)

    def note(self, lang: str = "en") -> str:
        """Why the period is as it is (e.g. the UK's transition period); often empty."""
        return _pick(self.notes, lang)


@dataclass(frozen=True)
class InterimProvision:
    """A period in which sending personal data to a non-EEA country was, by a provision of Union
    law, not a transfer to a third country: the EU-UK Trade and Cooperation Agreement's bridge
    (Art. FINPROV.10A) for the UK from 1 January to 27 June 2021.

    Kept apart from :class:`EeaMembership` because the country was not in the EEA: a record or
    notice must name the provision, and a UI must not show it as an EU country."""

    country: str
    since: date
    until: date
    instrument: str
    labels: Mapping[str, str] = field(hash=False)
    notes: Mapping[str, str] = field(hash=False)
    verified_on: date

    def __post_init__(self) -> None:
        object.__setattr__(self, "labels", _frozen(self.labels))
        object.__setattr__(self, "notes", _frozen(self.notes))

    def covers(self, on: date) -> bool:
        """Whether ``on`` falls in the period (both ends inclusive)."""
        return _covers(self.since, self.until, on)

    def label(self, lang: str = "en") -> str:
        """A short name of the provision for lists and notices."""
        return _pick(self.labels, lang)

    def note(self, lang: str = "en") -> str:
        return _pick(self.notes, lang)


@dataclass(frozen=True)
class Mechanism:
    """What Chapter V demands of a transfer mechanism, typed, so checks need not read JSON keys.

    Exactly one of :attr:`adequacy`, :attr:`safeguard` (Art. 46 and 47) and :attr:`derogation`
    (Art. 49) holds. ``requires_tia``: every Art. 46/47 tool needs a transfer impact assessment
    (C-311/18 Schrems II; EDPB Recommendations 01/2020). ``requires_documented_safeguards``: only
    the compelling legitimate interests of Art. 49(1) second subparagraph, whose safeguards the
    Art. 30(1)(e) record must document."""

    code: str
    name: str
    article: str
    labels: Mapping[str, str] = field(hash=False)
    safeguard: bool
    derogation: bool
    requires_tia: bool
    requires_documented_safeguards: bool

    def __post_init__(self) -> None:
        object.__setattr__(self, "labels", _frozen(self.labels))

    @property
    def adequacy(self) -> bool:
        """Art. 45: the transfer rests on an adequacy decision (which must cover the recipient)."""
        return not self.safeguard and not self.derogation

    def label(self, lang: str = "en") -> str:
        return _pick(self.labels, lang)


@dataclass(frozen=True)
class AdequacyDecision:
    """A Commission adequacy decision (Art. 45), dated so past transfers are judged correctly.

    One item is one period of one decision with one scope: the UK decision (EU) 2021/1772 is
    three items (original, six-month extension, renewal with a wider scope), the United States
    three decisions (Safe Harbour, Privacy Shield, Data Privacy Framework). ``adopted`` is the day
    the decision (or the amending decision, ``amended_by``) was adopted and took effect;
    ``valid_until`` the last day it applied (expiry, or the day before a judgment annulled it,
    ``ended_by``). ``unverified`` names the fields that could not be checked against an official
    source; ``source`` says where the others were checked."""

    country: str | None
    organisation: str | None
    decision: str
    adopted: date
    valid_until: date | None
    scope: Mapping[str, str] = field(hash=False)
    notes: Mapping[str, str] = field(hash=False)
    verified_on: date
    title: Mapping[str, str] = field(default_factory=empty_labels, hash=False)
    amended_by: str = ""
    ended_by: str = ""
    source: str = ""
    unverified: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "scope", _frozen(self.scope))
        object.__setattr__(self, "notes", _frozen(self.notes))
        object.__setattr__(self, "title", _frozen(self.title))
        object.__setattr__(self, "unverified", tuple(self.unverified))

    def in_force(self, on: date) -> bool:
        """Whether the decision applied on ``on`` (``valid_until`` is the last day, inclusive)."""
        return _covers(self.adopted, self.valid_until, on)

    @property
    def scope_limited(self) -> bool:
        """True when the decision covers only some recipients (US: the DPF List; CA: PIPEDA; JP:
        APPI business operators; KR, IL, GB until 2025: their stated limits), so a transfer
        relies on it only once the recipient is confirmed to be inside :meth:`scope_label`."""
        return bool(self.scope.get("en", "").strip())

    @property
    def verified(self) -> bool:
        """Whether every fact of the item was checked against a source (see ``unverified``)."""
        return not self.unverified

    def scope_label(self, lang: str = "en") -> str:
        """The limits of a partial decision; empty when it covers the whole country."""
        return _pick(self.scope, lang)

    def title_label(self, lang: str = "en") -> str:
        """The decision's common name ("EU-US Privacy Shield"), or empty."""
        return _pick(self.title, lang)

    def note(self, lang: str = "en") -> str:
        return _pick(self.notes, lang)


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
    interim: tuple[InterimProvision, ...] = ()
    mechanisms: Mapping[str, Mechanism] = field(default_factory=dict)
    editions: Mapping[str, Edition] = field(default_factory=dict)
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
        object.__setattr__(self, "interim", tuple(self.interim))
        object.__setattr__(self, "mechanisms", _frozen(self.mechanisms))
        object.__setattr__(self, "editions", _frozen(self.editions))

    def code_list(self, name: str) -> CodeList:
        """A code list by its file name (``"legal_bases"`` or ``"legal_bases.json"``)."""
        stem = name.removesuffix(".json")
        if stem not in CODE_LIST_NAMES:
            raise KeyError(name)
        value: CodeList = getattr(self, stem)
        return value

    def edition(self, name: str) -> Edition:
        """Version, issue date, source and verified-on date of any reference file, by its name."""
        return self.editions[name.removesuffix(".json")]

    def is_eea(self, country: str, on: date) -> bool:
        """Whether ``country`` was inside the EU/EEA on ``on`` (then no transfer rules apply).

        Territories with their own code count (AX, the outermost regions; GI until 2020); the UK
        counts until the end of the transition period, 31 December 2020. Always false for an
        international organisation (``intl:...``) and for ``XK``. The UK's interim period of 2021
        is not EEA: see :meth:`interim_for` and :meth:`is_transfer`."""
        return self.eea_membership(country, on) is not None

    def eea_membership(self, country: str, on: date) -> EeaMembership | None:
        """The EU/EEA membership period covering ``on``, with the member state a territory belongs
        to (``part_of``) and a note, or None outside the EU/EEA."""
        return next((m for m in self.eea if m.country == country and m.covers(on)), None)

    def interim_for(self, country: str, on: date) -> InterimProvision | None:
        """The provision under which sending data to ``country`` on ``on`` was not a transfer to a
        third country although the country was outside the EEA (GB, 1 January to 27 June 2021,
        EU-UK Trade and Cooperation Agreement Art. FINPROV.10A), or None."""
        return next((p for p in self.interim if p.country == country and p.covers(on)), None)

    def is_transfer(self, destination: str, on: date) -> bool:
        """Whether sending personal data to ``destination`` on ``on`` is a transfer under Chapter V:
        false inside the EU/EEA and during an interim provision, true everywhere else (including
        countries with an adequacy decision, ``XK`` and every international organisation)."""
        return not self.is_eea(destination, on) and self.interim_for(destination, on) is None

    def adequacy_for(self, country: str, on: date) -> AdequacyDecision | None:
        """The adequacy decision in force for ``country`` on ``on`` (the latest adopted if two
        overlap); ``country`` may also be an international organisation id, e.g. ``"intl:epo"``
        (the European Patent Organisation). A scope-limited decision
        (:attr:`AdequacyDecision.scope_limited`) covers a recipient only once its scope is
        confirmed."""
        in_force = [d for d in self._adequacy_by_key.get(country, ()) if d.in_force(on)]
        return max(in_force, key=lambda d: d.adopted, default=None)

    def adequacy_history(self, country: str) -> tuple[AdequacyDecision, ...]:
        """Every decision ever recorded for ``country`` (or an ``intl:`` id), oldest first."""
        return tuple(sorted(self._adequacy_by_key.get(country, ()), key=lambda d: d.adopted))

    def mechanism(self, code: str) -> Mechanism | None:
        """The Chapter V rules of a transfer mechanism code, or None for a code the list lacks."""
        return self.mechanisms.get(code)

    def is_art10(self, code: str) -> bool:
        """Whether a data-category code is Art. 10 data (criminal convictions and offences), which
        is not a special category: it needs official authority or a Union or Member State law
        (e.g. tietosuojalaki 7 §), not an Art. 9(2) condition."""
        item = self.special_categories.get(code)
        return item is not None and item.extra.get("art10") is True

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

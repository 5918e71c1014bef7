"""How a field of the record is declared: once, with everything every reader and writer needs.

Each record dataclass in :mod:`ropa.model.records` declares its fields with the functions below
(``text(...)``, ``code(...)``, ``many(...)``...). They return an ordinary ``dataclasses.field``
whose metadata carries a :class:`FieldSpec`: the kind of value, its code list or referenced
kind, English and Finnish label and help, the GDPR item it serves and whether the record needs
it. :mod:`ropa.model.catalogue` reads these specs; the interchange reader and writer, the storage
mapping, validation, and later the editor, Excel, PDF and checks all walk that one description
(as openpyxl declares each attribute of an element once, with a descriptor).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

SPEC = "ropa.field"  # the metadata key under which a field's spec is kept


class Kind(StrEnum):
    """What a field holds; decides how it is read, written, stored, validated and edited."""

    KEY = "key"  # the stable identifier documents use (str, never empty)
    TEXT = "text"  # free text, "" when empty
    TEXTS = "texts"  # a list of short texts
    CODE = "code"  # one code of a reference code list, or None
    CODES = "codes"  # a list of codes of one code list
    COUNTRY = "country"  # ISO 3166-1 alpha-2, XK, or intl:<organisation>; None when empty
    COUNTRIES = "countries"  # a list of destinations as above
    DATE = "date"  # a datetime.date, or None
    FLAG = "flag"  # True, False, or None (not yet answered)
    SCC_MODULE = "scc_module"  # 1-4, or None
    REF = "ref"  # a processor key, or None
    REFS = "refs"  # a list of processor keys
    OBJECT = "object"  # an embedded record, always present (empty when unknown)
    OPTIONAL = "optional"  # an embedded record or None (absent when empty)
    LIST = "list"  # a list of records


@dataclass(frozen=True, slots=True)
class Words:
    """A text in English and Finnish; other languages fall back to English."""

    en: str
    fi: str

    def __call__(self, lang: str = "en") -> str:
        return self.fi if lang[:2].lower() == "fi" and self.fi else self.en


@dataclass(frozen=True, slots=True, kw_only=True)
class FieldSpec:
    """Everything known about one field, apart from its name (the catalogue adds that)."""

    kind: Kind
    label: Words
    help: Words
    article: str = ""  # the GDPR item it serves, e.g. "30(1)(c)"; "" for practice fields
    required: bool = False  # the record needs it: the completeness checks report it when empty
    mandatory: bool = False  # a record without it cannot be stored at all (keys, link targets)
    codes: str = ""  # the reference code list of a CODE or CODES field
    record: type | None = None  # the record type of an OBJECT, OPTIONAL or LIST field
    only_with: tuple[str, str] | None = None  # (sibling field, code) it is meaningful only with
    since: int = 1  # the interchange version that added it
    name: str = ""  # the attribute name, filled in by the catalogue


def _field(spec: FieldSpec, *, default: Any = dataclasses.MISSING, factory: Any = dataclasses.MISSING) -> Any:
    return dataclasses.field(default=default, default_factory=factory, metadata={SPEC: spec})


def key(label: tuple[str, str], help_: tuple[str, str]) -> Any:
    # "" rather than required: a record is built up over time; validation refuses it unkeyed.
    return _field(
        FieldSpec(kind=Kind.KEY, mandatory=True, label=Words(*label), help=Words(*help_)), default=""
    )


def text(
    label: tuple[str, str],
    help_: tuple[str, str],
    article: str = "",
    *,
    required: bool = False,
    since: int = 1,
) -> Any:
    spec = FieldSpec(
        kind=Kind.TEXT,
        article=article,
        required=required,
        since=since,
        label=Words(*label),
        help=Words(*help_),
    )
    return _field(spec, default="")


def texts(
    label: tuple[str, str], help_: tuple[str, str], article: str = "", *, required: bool = False
) -> Any:
    spec = FieldSpec(
        kind=Kind.TEXTS, article=article, required=required, label=Words(*label), help=Words(*help_)
    )
    return _field(spec, default=())


def code(
    codes: str,
    label: tuple[str, str],
    help_: tuple[str, str],
    article: str = "",
    *,
    required: bool = False,
    since: int = 1,
) -> Any:
    spec = FieldSpec(
        kind=Kind.CODE,
        codes=codes,
        article=article,
        required=required,
        since=since,
        label=Words(*label),
        help=Words(*help_),
    )
    return _field(spec, default=None)


def codes(
    codes: str, label: tuple[str, str], help_: tuple[str, str], article: str = "", *, required: bool = False
) -> Any:
    spec = FieldSpec(
        kind=Kind.CODES,
        codes=codes,
        article=article,
        required=required,
        label=Words(*label),
        help=Words(*help_),
    )
    return _field(spec, default=())


def country(
    label: tuple[str, str], help_: tuple[str, str], article: str = "", *, required: bool = False
) -> Any:
    spec = FieldSpec(
        kind=Kind.COUNTRY, article=article, required=required, label=Words(*label), help=Words(*help_)
    )
    return _field(spec, default=None)


def countries(label: tuple[str, str], help_: tuple[str, str], article: str = "") -> Any:
    return _field(
        FieldSpec(kind=Kind.COUNTRIES, article=article, label=Words(*label), help=Words(*help_)), default=()
    )


def day(
    label: tuple[str, str],
    help_: tuple[str, str],
    article: str = "",
    *,
    required: bool = False,
    since: int = 1,
) -> Any:
    spec = FieldSpec(
        kind=Kind.DATE,
        article=article,
        required=required,
        since=since,
        label=Words(*label),
        help=Words(*help_),
    )
    return _field(spec, default=None)


def flag(
    label: tuple[str, str],
    help_: tuple[str, str],
    article: str = "",
    *,
    required: bool = False,
    since: int = 1,
) -> Any:
    spec = FieldSpec(
        kind=Kind.FLAG,
        article=article,
        required=required,
        since=since,
        label=Words(*label),
        help=Words(*help_),
    )
    return _field(spec, default=None)


def scc_module(label: tuple[str, str], help_: tuple[str, str], *, only_with: tuple[str, str]) -> Any:
    spec = FieldSpec(
        kind=Kind.SCC_MODULE, article="46(2)(c)", only_with=only_with, label=Words(*label), help=Words(*help_)
    )
    return _field(spec, default=None)


def ref(label: tuple[str, str], help_: tuple[str, str], article: str = "", *, mandatory: bool = False) -> Any:
    spec = FieldSpec(
        kind=Kind.REF, article=article, mandatory=mandatory, label=Words(*label), help=Words(*help_)
    )
    return _field(spec, default="" if mandatory else None)


def refs(label: tuple[str, str], help_: tuple[str, str], article: str = "") -> Any:
    return _field(
        FieldSpec(kind=Kind.REFS, article=article, label=Words(*label), help=Words(*help_)), default=()
    )


def one(
    record: type, label: tuple[str, str], help_: tuple[str, str], article: str = "", *, since: int = 1
) -> Any:
    spec = FieldSpec(
        kind=Kind.OBJECT, record=record, article=article, since=since, label=Words(*label), help=Words(*help_)
    )
    return _field(spec, factory=record)


def maybe(
    record: type, label: tuple[str, str], help_: tuple[str, str], article: str = "", *, since: int = 1
) -> Any:
    spec = FieldSpec(
        kind=Kind.OPTIONAL,
        record=record,
        article=article,
        since=since,
        label=Words(*label),
        help=Words(*help_),
    )
    return _field(spec, default=None)


def many(
    record: type,
    label: tuple[str, str],
    help_: tuple[str, str],
    article: str = "",
    *,
    required: bool = False,
    since: int = 1,
) -> Any:
    spec = FieldSpec(
        kind=Kind.LIST,
        record=record,
        article=article,
        required=required,
        since=since,
        label=Words(*label),
        help=Words(*help_),
    )
    return _field(spec, default=())

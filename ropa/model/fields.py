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


Label = tuple[str, str]  # (English, Finnish)

#: What a field holds when nothing has been entered: every record can be built up from nothing.
_EMPTY: dict[Kind, Any] = {
    Kind.KEY: "",  # refused by validation, but a record may be drafted before it has a key
    Kind.TEXT: "",
    Kind.TEXTS: (),
    Kind.CODE: None,
    Kind.CODES: (),
    Kind.COUNTRY: None,
    Kind.COUNTRIES: (),
    Kind.DATE: None,
    Kind.FLAG: None,
    Kind.SCC_MODULE: None,
    Kind.REF: None,
    Kind.REFS: (),
    Kind.OPTIONAL: None,
    Kind.LIST: (),
}


def _declare(
    kind: Kind,
    label: Label,
    help_: Label,
    article: str = "",
    *,
    required: bool = False,
    mandatory: bool = False,
    since: int = 1,
    codes: str = "",
    record: type | None = None,
    only_with: tuple[str, str] | None = None,
) -> Any:
    """A ``dataclasses.field`` carrying the field's spec, empty by default."""
    spec = FieldSpec(
        kind=kind,
        label=Words(*label),
        help=Words(*help_),
        article=article,
        required=required,
        mandatory=mandatory,
        codes=codes,
        record=record,
        only_with=only_with,
        since=since,
    )
    if kind is Kind.OBJECT:
        return dataclasses.field(default_factory=record, metadata={SPEC: spec})  # type: ignore[arg-type]
    default = "" if kind is Kind.REF and mandatory else _EMPTY[kind]
    return dataclasses.field(default=default, metadata={SPEC: spec})


def key(label: Label, help_: Label) -> Any:
    return _declare(Kind.KEY, label, help_, mandatory=True)


def text(label: Label, help_: Label, article: str = "", *, required: bool = False, since: int = 1) -> Any:
    return _declare(Kind.TEXT, label, help_, article, required=required, since=since)


def texts(label: Label, help_: Label, article: str = "", *, required: bool = False) -> Any:
    return _declare(Kind.TEXTS, label, help_, article, required=required)


def code(
    codes: str, label: Label, help_: Label, article: str = "", *, required: bool = False, since: int = 1
) -> Any:
    return _declare(Kind.CODE, label, help_, article, codes=codes, required=required, since=since)


def codes(codes: str, label: Label, help_: Label, article: str = "", *, required: bool = False) -> Any:
    return _declare(Kind.CODES, label, help_, article, codes=codes, required=required)


def country(label: Label, help_: Label, article: str = "", *, required: bool = False) -> Any:
    return _declare(Kind.COUNTRY, label, help_, article, required=required)


def countries(label: Label, help_: Label, article: str = "") -> Any:
    return _declare(Kind.COUNTRIES, label, help_, article)


def day(label: Label, help_: Label, article: str = "", *, required: bool = False, since: int = 1) -> Any:
    return _declare(Kind.DATE, label, help_, article, required=required, since=since)


def flag(label: Label, help_: Label, article: str = "", *, required: bool = False, since: int = 1) -> Any:
    return _declare(Kind.FLAG, label, help_, article, required=required, since=since)


def scc_module(label: Label, help_: Label, *, only_with: tuple[str, str]) -> Any:
    return _declare(Kind.SCC_MODULE, label, help_, "46(2)(c)", only_with=only_with)


def ref(label: Label, help_: Label, article: str = "", *, mandatory: bool = False) -> Any:
    return _declare(Kind.REF, label, help_, article, mandatory=mandatory)


def refs(label: Label, help_: Label, article: str = "") -> Any:
    return _declare(Kind.REFS, label, help_, article)


def one(record: type, label: Label, help_: Label, article: str = "", *, since: int = 1) -> Any:
    return _declare(Kind.OBJECT, label, help_, article, record=record, since=since)


def maybe(record: type, label: Label, help_: Label, article: str = "", *, since: int = 1) -> Any:
    return _declare(Kind.OPTIONAL, label, help_, article, record=record, since=since)


def many(
    record: type, label: Label, help_: Label, article: str = "", *, required: bool = False, since: int = 1
) -> Any:
    return _declare(Kind.LIST, label, help_, article, record=record, required=required, since=since)

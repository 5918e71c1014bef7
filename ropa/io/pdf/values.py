"""A field's value as plain text in a language: code labels, country names, dates, yes and no.

Walks the field's kind from the catalogue, so any field declared in :mod:`ropa.model.records`
is shown without code here. Returns plain text; the PDF layer escapes it for markup, the HTML
layer for HTML. Empty values come back as None (scalars) or () (lists): the layout decides how
"not recorded" looks.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from ropa.io import wording as W
from ropa.io.pdf import terms
from ropa.model.fields import FieldSpec, Kind
from ropa.reference import reference

#: Code lists whose labels read better with their article ("consent (Art. 6(1)(a))").
_WITH_ARTICLE = frozenset({"legal_bases", "art9_conditions", "special_categories", "transfer_mechanisms"})
_SCALARS = frozenset({Kind.KEY, Kind.TEXT, Kind.CODE, Kind.COUNTRY, Kind.DATE, Kind.FLAG, Kind.SCC_MODULE,
                      Kind.REF})  # fmt: skip
_LISTS = frozenset({Kind.TEXTS, Kind.CODES, Kind.COUNTRIES, Kind.REFS})


def is_scalar(spec: FieldSpec) -> bool:
    return spec.kind in _SCALARS


def is_plain_list(spec: FieldSpec) -> bool:
    """A list of texts, codes, countries or processor keys (not of records)."""
    return spec.kind in _LISTS


@dataclass(frozen=True)
class Formatter:
    """Turns values into text in ``lang``; ``names`` maps processor keys to their names."""

    lang: str
    names: Mapping[str, str]

    def day(self, value: date) -> str:
        return terms.day(value, self.lang)

    def code(self, codes: str, value: str) -> str:
        item = reference().code_list(codes).get(value)
        if item is None:
            return value
        label = item.label(self.lang)
        return f"{label} ({item.article})" if codes in _WITH_ARTICLE and item.article else label

    def country(self, code: str) -> str:
        """ "United States (US)"; an international organisation by its name alone."""
        name = reference().country_name(code, self.lang)
        return name if code.startswith("intl:") else f"{name} ({code})"

    def processor(self, key: str) -> str:
        return self.names.get(key, key)

    def flag(self, value: bool) -> str:
        return (W.YES if value else W.NO)(self.lang)

    def module(self, value: int) -> str:
        return reference().scc_modules.label(str(value), self.lang)

    def scalar(self, spec: FieldSpec, value: Any) -> str | None:
        """A scalar field's text, or None when it holds nothing."""
        if value is None or value == "":
            return None
        kind = spec.kind
        if kind is Kind.CODE:
            return self.code(spec.codes, value)
        if kind is Kind.COUNTRY:
            return self.country(value)
        if kind is Kind.DATE:
            return self.day(value)
        if kind is Kind.FLAG:
            return self.flag(value)
        if kind is Kind.SCC_MODULE:
            return self.module(value)
        if kind is Kind.REF:
            return self.processor(value)
        return str(value)

    def items(self, spec: FieldSpec, values: tuple[Any, ...]) -> tuple[str, ...]:
        """A plain list field's items as text, empty ones left out."""
        kind = spec.kind
        if kind is Kind.CODES:
            return tuple(self.code(spec.codes, v) for v in values if v)
        if kind is Kind.COUNTRIES:
            return tuple(self.country(v) for v in values if v)
        if kind is Kind.REFS:
            return tuple(self.processor(v) for v in values if v)
        return tuple(str(v) for v in values if str(v).strip())

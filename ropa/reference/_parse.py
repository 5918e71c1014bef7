"""Reading and validating the JSON files, with errors that point at the file and the item."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

from ropa.reference._model import (
    CODE_LIST_NAMES,
    INTERIM_NAME,
    ORGANISATIONS_NAME,
    REQUIRED_LANGUAGES,
    AdequacyDecision,
    Code,
    CodeList,
    Edition,
    EeaMembership,
    InterimProvision,
    Mechanism,
    Reference,
    ReferenceDataError,
    empty_labels,
)

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_ALPHA2 = re.compile(r"[A-Z]{2}")
_GROUPS = frozenset({"EU", "EEA"})
#: An enum member name: upper case, a letter first (so never a private or dunder name).
_MEMBER_NAME = re.compile(r"[A-Z][A-Z0-9_]*")
_ORGANISATION_ID = re.compile(r"intl:[a-z0-9-]+")
_CODE_KEYS = frozenset({"code", "name", "labels", "article"})
_ORGANISATION_KEYS = frozenset({"id", "labels", "note"})
_EEA_KEYS = frozenset({"country", "since", "until", "group", "part_of", "notes"})
_ADEQUACY_KEYS = frozenset(
    {
        "country",
        "organisation",
        "decision",
        "title",
        "amended_by",
        "adopted",
        "valid_until",
        "ended_by",
        "scope",
        "notes",
        "source",
        "unverified",
        "verified_on",
    }
)
#: Fields of an adequacy item that ``unverified`` may name.
_CHECKABLE = frozenset({"decision", "amended_by", "adopted", "valid_until", "ended_by", "scope"})
_INTERIM_KEYS = frozenset({"country", "since", "until", "instrument", "labels", "notes", "verified_on"})
#: The boolean rules every transfer mechanism carries.
_MECHANISM_FLAGS = ("safeguard", "derogation", "requires_tia", "requires_documented_safeguards")


class _Where:
    """Where a value sits ("legal_bases.json: items[3]"), for error messages."""

    def __init__(self, filename: str, path: str = "") -> None:
        self.filename = filename
        self.path = path

    def item(self, index: int) -> _Where:
        return _Where(self.filename, f"items[{index}]")

    def error(self, message: str) -> ReferenceDataError:
        prefix = f"{self.filename}: {self.path}: " if self.path else f"{self.filename}: "
        return ReferenceDataError(prefix + message)


def _get(obj: Mapping[str, Any], key: str, where: _Where) -> Any:
    if key not in obj:
        raise where.error(f"missing '{key}'")
    return obj[key]


def _text(obj: Mapping[str, Any], key: str, where: _Where, *, empty: bool = False) -> str:
    value = _get(obj, key, where)
    if not isinstance(value, str) or (not empty and not value.strip()):
        raise where.error(f"'{key}' must be a {'string' if empty else 'non-empty string'}")
    return value


def _optional_text(obj: Mapping[str, Any], key: str, where: _Where) -> str | None:
    if obj.get(key) is None:
        return None
    return _text(obj, key, where)


def _day(obj: Mapping[str, Any], key: str, where: _Where) -> date:
    value = _get(obj, key, where)
    if isinstance(value, str) and _DATE.fullmatch(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise where.error(f"'{key}' must be a date YYYY-MM-DD, got {value!r}")


def _optional_day(obj: Mapping[str, Any], key: str, where: _Where) -> date | None:
    if obj.get(key) is None:
        return None
    return _day(obj, key, where)


def _country(obj: Mapping[str, Any], key: str, where: _Where) -> str:
    value = _get(obj, key, where)
    if not isinstance(value, str) or not _ALPHA2.fullmatch(value):
        raise where.error(f"'{key}' must be an upper-case ISO 3166-1 alpha-2 code, got {value!r}")
    return value


def _labels(obj: Mapping[str, Any], key: str, where: _Where, *, empty: bool = False) -> dict[str, str]:
    value = _get(obj, key, where)
    if not isinstance(value, dict):
        raise where.error(f"'{key}' must be an object of language: text")
    for lang in REQUIRED_LANGUAGES:
        if lang not in value:
            raise where.error(f"missing '{key}.{lang}'")
    for lang, text in value.items():
        if not isinstance(text, str) or (not empty and not text.strip()):
            kind = "a string" if empty else "a non-empty string"
            raise where.error(f"'{key}.{lang}' must be {kind}")
    return value


def _unknown_keys(item: Mapping[str, Any], allowed: frozenset[str], where: _Where) -> None:
    unknown = sorted(set(item) - allowed)
    if unknown:
        raise where.error(f"unknown key(s) {', '.join(map(repr, unknown))}")


def _read(directory: Path, name: str) -> tuple[dict[str, Any], list[Any], _Where]:
    """The parsed document and its items, after checking the common header (name, version,
    issued, source, verified_on, items)."""
    filename = f"{name}.json"
    where = _Where(filename)
    try:
        raw = (directory / filename).read_bytes()
    except OSError as exc:
        raise where.error(f"cannot read {directory / filename}: {exc.strerror or exc}") from exc
    try:
        doc = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise where.error(f"not valid JSON: {exc}") from exc
    if not isinstance(doc, dict):
        raise where.error("the top level must be a JSON object")
    if _text(doc, "name", where) != name:
        raise where.error(f"'name' is {doc['name']!r}, expected {name!r}")
    version = _get(doc, "version", where)
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise where.error("'version' must be a positive integer")
    _day(doc, "issued", where)
    _text(doc, "source", where)
    _day(doc, "verified_on", where)
    items = _get(doc, "items", where)
    if not isinstance(items, list):
        raise where.error("'items' must be a list")
    return doc, items, where


def _unique(value: str, what: str, first_at: dict[str, int], index: int, where: _Where) -> None:
    """Refuse ``value`` if an earlier item had it, naming both items."""
    if value in first_at:
        raise where.error(f"duplicate {what} {value!r} (first at items[{first_at[value]}])")
    first_at[value] = index


def _member_name(obj: Mapping[str, Any], where: _Where) -> str:
    value = _get(obj, "name", where)
    if not isinstance(value, str) or not _MEMBER_NAME.fullmatch(value):
        raise where.error(f"'name' must be an upper-case identifier like 'PUBLIC_TASK', got {value!r}")
    return value


def _edition(doc: Mapping[str, Any], name: str) -> Edition:
    """The header of a file already checked by :func:`_read`."""
    return Edition(
        name=name,
        version=doc["version"],
        issued=date.fromisoformat(doc["issued"]),
        source=doc["source"],
        verified_on=date.fromisoformat(doc["verified_on"]),
    )


def _header(doc: Mapping[str, Any], name: str, codes: list[Code]) -> CodeList:
    edition = _edition(doc, name)
    return CodeList(
        name=name,
        version=edition.version,
        issued=edition.issued,
        source=edition.source,
        items=tuple(codes),
        verified_on=edition.verified_on,
    )


def _code_list(directory: Path, name: str) -> tuple[CodeList, dict[str, Any]]:
    doc, items, where = _read(directory, name)
    codes: list[Code] = []
    code_at: dict[str, int] = {}
    name_at: dict[str, int] = {}
    for index, item in enumerate(items):
        at = where.item(index)
        if not isinstance(item, dict):
            raise at.error("must be an object")
        code = _text(item, "code", at)
        _unique(code, "code", code_at, index, at)
        member = _member_name(item, at)
        _unique(member, "name", name_at, index, at)
        labels = _labels(item, "labels", at)
        article = item.get("article", "")
        if not isinstance(article, str):
            raise at.error("'article' must be a string")
        extra = {k: v for k, v in item.items() if k not in _CODE_KEYS}
        codes.append(Code(code=code, labels=labels, article=article, extra=extra, name=member))
    return _header(doc, name, codes), doc


def _organisations(directory: Path) -> tuple[CodeList, dict[str, Any]]:
    """The international organisations, as a code list whose codes are their ``intl:`` ids."""
    doc, items, where = _read(directory, ORGANISATIONS_NAME)
    organisations: list[Code] = []
    id_at: dict[str, int] = {}
    for index, item in enumerate(items):
        at = where.item(index)
        if not isinstance(item, dict):
            raise at.error("must be an object")
        _unknown_keys(item, _ORGANISATION_KEYS, at)
        ident = _get(item, "id", at)
        if not isinstance(ident, str) or not _ORGANISATION_ID.fullmatch(ident):
            raise at.error(f"'id' must look like 'intl:epo' (intl: and a-z, 0-9, -), got {ident!r}")
        _unique(ident, "id", id_at, index, at)
        labels = _labels(item, "labels", at)
        note = _optional_text(item, "note", at)
        extra = {} if note is None else {"note": note}
        organisations.append(Code(code=ident, labels=labels, extra=extra))
    return _header(doc, ORGANISATIONS_NAME, organisations), doc


def _eea(directory: Path) -> tuple[tuple[EeaMembership, ...], dict[str, Any]]:
    doc, items, where = _read(directory, "eea")
    result: list[EeaMembership] = []
    for index, item in enumerate(items):
        at = where.item(index)
        if not isinstance(item, dict):
            raise at.error("must be an object")
        _unknown_keys(item, _EEA_KEYS, at)
        country = _country(item, "country", at)
        since = _day(item, "since", at)
        _get(item, "until", at)
        until = _optional_day(item, "until", at)
        if until is not None and until < since:
            raise at.error("'until' is before 'since'")
        group = _get(item, "group", at)
        if group not in _GROUPS:
            raise at.error(f"'group' must be one of {sorted(_GROUPS)}, got {group!r}")
        part_of = None if item.get("part_of") is None else _country(item, "part_of", at)
        if part_of == country:
            raise at.error("'part_of' names the member state a territory belongs to, not itself")
        membership = EeaMembership(
            country=country,
            since=since,
            until=until,
            group=group,
            part_of=part_of,
            notes=_labels(item, "notes", at, empty=True) if "notes" in item else empty_labels(),
        )
        for other in result:
            if other.country == country and (
                (other.until is None or since <= other.until) and (until is None or other.since <= until)
            ):
                raise at.error(f"overlapping membership periods for {country!r}")
        result.append(membership)
    return tuple(result), doc


def _string_list(obj: Mapping[str, Any], key: str, where: _Where) -> tuple[str, ...]:
    value = obj.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise where.error(f"'{key}' must be a list of strings")
    return tuple(value)


def _adequacy(
    directory: Path, organisations: CodeList
) -> tuple[tuple[AdequacyDecision, ...], dict[str, Any]]:
    doc, items, where = _read(directory, "adequacy")
    result: list[AdequacyDecision] = []
    for index, item in enumerate(items):
        at = where.item(index)
        if not isinstance(item, dict):
            raise at.error("must be an object")
        _unknown_keys(item, _ADEQUACY_KEYS, at)
        _get(item, "country", at)
        _get(item, "organisation", at)
        country = None if item["country"] is None else _country(item, "country", at)
        organisation = _optional_text(item, "organisation", at)
        if (country is None) == (organisation is None):
            raise at.error("exactly one of 'country' and 'organisation' must be set")
        if organisation is not None and organisation not in organisations:
            raise at.error(
                f"'organisation' must be an id of {ORGANISATIONS_NAME}.json (e.g. 'intl:epo'), "
                f"got {organisation!r}"
            )
        adopted = _day(item, "adopted", at)
        _get(item, "valid_until", at)
        valid_until = _optional_day(item, "valid_until", at)
        if valid_until is not None and valid_until < adopted:
            raise at.error("'valid_until' is before 'adopted'")
        unverified = _string_list(item, "unverified", at)
        unknown = sorted(set(unverified) - _CHECKABLE)
        if unknown:
            raise at.error(
                f"'unverified' may name only {sorted(_CHECKABLE)}, got {', '.join(map(repr, unknown))}"
            )
        ended_by = _optional_text(item, "ended_by", at) or ""
        if ended_by and valid_until is None:
            raise at.error("'ended_by' needs the last day the decision applied in 'valid_until'")
        result.append(
            AdequacyDecision(
                country=country,
                organisation=organisation,
                decision=_text(item, "decision", at),
                adopted=adopted,
                valid_until=valid_until,
                scope=_labels(item, "scope", at, empty=True),
                notes=_labels(item, "notes", at, empty=True),
                verified_on=_day(item, "verified_on", at),
                amended_by=_optional_text(item, "amended_by", at) or "",
                ended_by=ended_by,
                source=_text(item, "source", at),
                unverified=unverified,
                title=_labels(item, "title", at) if "title" in item else empty_labels(),
            )
        )
    return tuple(result), doc


def _interim(
    directory: Path, eea: tuple[EeaMembership, ...]
) -> tuple[tuple[InterimProvision, ...], dict[str, Any]]:
    """Interim provisions; one may not overlap the country's own EU/EEA membership."""
    doc, items, where = _read(directory, INTERIM_NAME)
    result: list[InterimProvision] = []
    for index, item in enumerate(items):
        at = where.item(index)
        if not isinstance(item, dict):
            raise at.error("must be an object")
        _unknown_keys(item, _INTERIM_KEYS, at)
        country = _country(item, "country", at)
        since = _day(item, "since", at)
        until = _day(item, "until", at)
        if until < since:
            raise at.error("'until' is before 'since'")
        for m in eea:
            if m.country == country and m.since <= until and (m.until is None or since <= m.until):
                raise at.error(f"overlaps the EU/EEA membership of {country!r} in eea.json")
        result.append(
            InterimProvision(
                country=country,
                since=since,
                until=until,
                instrument=_text(item, "instrument", at),
                labels=_labels(item, "labels", at),
                notes=_labels(item, "notes", at, empty=True),
                verified_on=_day(item, "verified_on", at),
            )
        )
    return tuple(result), doc


def _mechanisms(code_list: CodeList) -> dict[str, Mechanism]:
    """Typed Chapter V rules of each transfer mechanism, checked for consistency."""
    result: dict[str, Mechanism] = {}
    for index, item in enumerate(code_list):
        at = _Where(f"{code_list.name}.json").item(index)
        flags: dict[str, bool] = {}
        for flag in _MECHANISM_FLAGS:
            value = _get(item.extra, flag, at)
            if not isinstance(value, bool):
                raise at.error(f"'{flag}' must be true or false")
            flags[flag] = value
        if flags["safeguard"] and flags["derogation"]:
            raise at.error("a mechanism is an Art. 46/47 safeguard or an Art. 49 derogation, not both")
        if flags["requires_tia"] != flags["safeguard"]:
            raise at.error("'requires_tia' must be true exactly for the Art. 46/47 safeguards")
        if flags["requires_documented_safeguards"] and not flags["derogation"]:
            raise at.error("'requires_documented_safeguards' applies only to an Art. 49 derogation")
        result[item.code] = Mechanism(
            code=item.code, name=item.name, article=item.article, labels=item.labels, **flags
        )
    return result


def _check_art10(code_list: CodeList) -> None:
    """Every data category says whether it is Art. 10 data; only ``criminal`` is."""
    for index, item in enumerate(code_list):
        at = _Where(f"{code_list.name}.json").item(index)
        value = _get(item.extra, "art10", at)
        if not isinstance(value, bool):
            raise at.error("'art10' must be true or false")
        expected = "Art. 10" if value else "Art. 9(1)"
        if item.article != expected:
            raise at.error(f"'article' must be {expected!r} when 'art10' is {str(value).lower()}")


def load(directory: Path) -> Reference:
    """Read and check every reference file in ``directory``."""
    lists: dict[str, CodeList] = {}
    editions: dict[str, Edition] = {}
    threshold = 0
    for name in CODE_LIST_NAMES:
        code_list, doc = _code_list(directory, name)
        lists[name] = code_list
        editions[name] = _edition(doc, name)
        if name == "dpia_criteria":
            value = _get(doc, "threshold", _Where(f"{name}.json"))
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                raise _Where(f"{name}.json").error("'threshold' must be a positive integer")
            threshold = value
    _check_art10(lists["special_categories"])
    mechanisms = _mechanisms(lists["transfer_mechanisms"])
    organisations, doc = _organisations(directory)
    editions[ORGANISATIONS_NAME] = _edition(doc, ORGANISATIONS_NAME)
    eea, doc = _eea(directory)
    editions["eea"] = _edition(doc, "eea")
    adequacy, doc = _adequacy(directory, organisations)
    editions["adequacy"] = _edition(doc, "adequacy")
    interim, doc = _interim(directory, eea)
    editions[INTERIM_NAME] = _edition(doc, INTERIM_NAME)
    return Reference(
        **lists,
        eea=eea,
        adequacy=adequacy,
        dpia_threshold=threshold,
        organisations=organisations,
        interim=interim,
        mechanisms=mechanisms,
        editions=editions,
    )

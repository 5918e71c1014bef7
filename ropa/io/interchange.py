"""The interchange JSON format, version 1 (``shared/INTERCHANGE.md``): the one road in and out.

:func:`read_document` is the one validator: it turns a parsed document into records or raises
:class:`InterchangeError` listing every problem with its JSON path. :func:`write_document` is its
inverse. Importers of other formats build an interchange document and call :func:`read_document`.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from ropa.errors import RopaError
from ropa.model import codes
from ropa.model import records as r
from ropa.model.processors import find_cycle
from ropa.reference import reference
from ropa.store.save import SaveSummary, save_workspace
from ropa.store.snapshot import load_workspace
from ropa.store.workspace import Workspace

FORMAT = "ropa-interchange"
VERSION = 1
MAX_ERRORS = 100

T = TypeVar("T")

PERSON = ("name", "email", "phone")
REPRESENTATIVE = ("name", "address", "email", "phone")
PROCESSOR = (
    "key", "name", "business_id", "country", "address", "email", "phone", "website", "dpo",
    "services", "processing_countries", "parent", "transfer_mechanism", "scc_module",
    "safeguards", "notes",
)  # fmt: skip
CONTROLLER = (
    "key", "name", "business_id", "address", "country", "email", "phone", "website",
    "representative", "dpo", "supervisory_authority", "registers", "processing_on_behalf",
)  # fmt: skip
REGISTER = (
    "key", "reference", "name", "status", "department", "description", "contact_person",
    "responsible_person", "joint_controllers", "purposes", "legal_basis_notes",
    "special_category_conditions", "national_legal_basis", "data_subject_categories",
    "data_categories", "sources", "recipients", "disclosures", "processors", "transfers",
    "transfers_statement", "retention", "systems", "security_measures",
    "automated_decision_making", "dpia", "data_subject_rights", "created", "last_reviewed",
    "next_review",
)  # fmt: skip
JOINT_CONTROLLER = ("name", "contact", "arrangement")
PURPOSE = ("description", "legal_basis", "legitimate_interest")
DATA_CATEGORY = ("name", "special", "retention", "source")
RECIPIENT = ("name", "kind", "country", "description")
PROCESSOR_LINK = ("processor", "task", "agreement", "agreement_date")
TRANSFER = ("recipient", "processor", "country", "mechanism", "scc_module", "safeguards", "tia", "notes")
SECURITY = ("electronic", "manual")
ADM = ("used", "description")
DPIA = ("criteria", "status", "reference", "date")
CLIENT = ("name", "business_id", "address", "email", "phone", "representative", "dpo")
PROCESSING_ON_BEHALF = (
    "key", "client", "categories_of_processing", "subprocessors", "transfers",
    "security_measures", "agreement", "agreement_date",
)  # fmt: skip
DOCUMENT = ("format", "version", "processors", "controllers")

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_CODE_NAMES: dict[type[StrEnum], str] = {
    codes.LegalBasis: "a legal basis code (art6-1-a ... art6-1-f)",
    codes.Art9Condition: "an Art. 9(2) condition code (art9-2-a ... art9-2-j)",
    codes.SpecialCategory: "a special category code",
    codes.TransferMechanism: "a transfer mechanism code",
    codes.DpiaCriterion: "a WP248 DPIA criterion code",
    codes.RegisterStatus: "a register status (draft, active, retired)",
    codes.RecipientKind: "a recipient kind (internal, external, public_authority, processor)",
    codes.DpiaStatus: "a DPIA status (not_assessed, not_required, required, in_progress, done)",
}


class InterchangeError(RopaError):
    """A document that cannot be imported; ``problems`` lists every one as ``path: message``."""

    def __init__(self, problems: Sequence[str], source: str = "") -> None:
        self.problems = list(problems)
        self.source = source
        first = f"{source}: {self.problems[0]}" if source else self.problems[0]
        more = len(self.problems) - 1
        super().__init__(first + (f" (and {more} more problem{'s' * (more > 1)})" if more else ""))


def _type_name(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _join(path: str, name: str | int) -> str:
    if isinstance(name, int):
        return f"{path}[{name}]"
    return f"{path}.{name}" if path else name


class _Reader:
    """Reads one document into records, collecting every problem with its path."""

    def __init__(self) -> None:
        self.problems: list[str] = []
        self.countries = reference().is_country

    def fail(self, path: str, message: str) -> None:
        if len(self.problems) < MAX_ERRORS:
            self.problems.append(f"{path}: {message}" if path else message)

    # -- shapes -------------------------------------------------------------------------------

    def obj(self, value: Any, path: str, keys: Iterable[str]) -> dict[str, Any] | None:
        """Return ``value`` as an object whose keys are all known, else report and return None."""
        if value is None:
            return {}
        if not isinstance(value, dict):
            self.fail(path, f"expected an object, got {_type_name(value)}")
            return None
        allowed = set(keys)
        for name in getattr(value, "duplicates", ()):
            self.fail(_join(path, name), f"'{name}' is given more than once in this object")
        for name in value:
            if name not in allowed and name != "extensions":
                self.fail(_join(path, name), f"unknown key '{name}'")
        return value

    def extensions(self, o: Mapping[str, Any], path: str) -> r.Extensions:
        value = o.get("extensions")
        if value is None:
            return None
        if not isinstance(value, dict):
            self.fail(_join(path, "extensions"), f"expected an object, got {_type_name(value)}")
            return None
        return value

    def items(
        self, o: Mapping[str, Any], name: str, path: str, read: Callable[[Any, str], T]
    ) -> tuple[T, ...]:
        value = o.get(name)
        here = _join(path, name)
        if value is None:
            return ()
        if not isinstance(value, list):
            self.fail(here, f"expected a list, got {_type_name(value)}")
            return ()
        return tuple(read(item, _join(here, i)) for i, item in enumerate(value))

    # -- scalars ------------------------------------------------------------------------------

    def text(self, o: Mapping[str, Any], name: str, path: str) -> str:
        value = o.get(name)
        if value is None:
            return ""
        if not isinstance(value, str):
            self.fail(_join(path, name), f"expected a string, got {_type_name(value)}")
            return ""
        return value

    def text_item(self, value: Any, path: str) -> str:
        if not isinstance(value, str):
            self.fail(path, f"expected a string, got {_type_name(value)}")
            return ""
        return value

    def key(self, o: Mapping[str, Any], path: str, what: str) -> str:
        value = o.get("key")
        if value is None or value == "":
            self.fail(_join(path, "key"), f"missing: every {what} needs a key")
            return ""
        if not isinstance(value, str):
            self.fail(_join(path, "key"), f"expected a string, got {_type_name(value)}")
            return ""
        return value

    def code_value(self, value: Any, path: str, enum: type[StrEnum]) -> str | None:
        if value is None or value == "":
            return None
        if not isinstance(value, str):
            self.fail(path, f"expected a code string, got {_type_name(value)}")
            return None
        if value not in enum._value2member_map_:
            self.fail(path, f"'{value}' is not {_CODE_NAMES[enum]}")
            return None
        return value

    def code(self, o: Mapping[str, Any], name: str, path: str, enum: type[StrEnum]) -> str | None:
        return self.code_value(o.get(name), _join(path, name), enum)

    def codes(self, o: Mapping[str, Any], name: str, path: str, enum: type[StrEnum]) -> tuple[str, ...]:
        found = self.items(o, name, path, lambda v, p: self.code_value(v, p, enum) or "")
        return tuple(c for c in found if c)

    def country_value(self, value: Any, path: str) -> str | None:
        if value is None or value == "":
            return None
        if not isinstance(value, str):
            self.fail(path, f"expected a country code string, got {_type_name(value)}")
            return None
        if not self.countries(value):
            self.fail(path, f"'{value}' is not an ISO 3166 country code")
            return None
        return value

    def country(self, o: Mapping[str, Any], name: str, path: str) -> str | None:
        return self.country_value(o.get(name), _join(path, name))

    def date(self, o: Mapping[str, Any], name: str, path: str) -> date | None:
        value = o.get(name)
        if value is None or value == "":
            return None
        here = _join(path, name)
        if not isinstance(value, str):
            self.fail(here, f"expected a date string YYYY-MM-DD, got {_type_name(value)}")
            return None
        try:
            if not _DATE.fullmatch(value):
                raise ValueError
            return date.fromisoformat(value)
        except ValueError:
            self.fail(here, f"'{value}' is not a date (YYYY-MM-DD)")
            return None

    def scc_module(self, o: Mapping[str, Any], name: str, path: str) -> int | None:
        value = o.get(name)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 4:
            self.fail(_join(path, name), f"expected an SCC module 1-4, got {json.dumps(value)}")
            return None
        return value

    def flag(self, o: Mapping[str, Any], name: str, path: str) -> bool | None:
        value = o.get(name)
        if value is None or isinstance(value, bool):
            return value
        self.fail(_join(path, name), f"expected true, false or null, got {_type_name(value)}")
        return None

    def ref(self, value: Any, path: str) -> str | None:
        if value is None or value == "":
            return None
        if not isinstance(value, str) or not value:
            self.fail(path, f"expected a processor key, got {_type_name(value)}")
            return None
        return value

    # -- objects ------------------------------------------------------------------------------

    def person(self, value: Any, path: str) -> r.Person:
        o = self.obj(value, path, PERSON)
        if not o:
            return r.Person()
        return r.Person(
            name=self.text(o, "name", path),
            email=self.text(o, "email", path),
            phone=self.text(o, "phone", path),
            extensions=self.extensions(o, path),
        )

    def representative(self, value: Any, path: str) -> r.Representative | None:
        o = self.obj(value, path, REPRESENTATIVE)
        if not o:
            return None
        rep = r.Representative(
            name=self.text(o, "name", path),
            address=self.text(o, "address", path),
            email=self.text(o, "email", path),
            phone=self.text(o, "phone", path),
            extensions=self.extensions(o, path),
        )
        return None if rep.is_empty() else rep

    def processor(self, value: Any, path: str) -> r.Processor | None:
        o = self.obj(value, path, PROCESSOR)
        if o is None:
            return None
        return r.Processor(
            key=self.key(o, path, "processor"),
            name=self.text(o, "name", path),
            business_id=self.text(o, "business_id", path),
            country=self.country(o, "country", path),
            address=self.text(o, "address", path),
            email=self.text(o, "email", path),
            phone=self.text(o, "phone", path),
            website=self.text(o, "website", path),
            dpo=self.person(o.get("dpo"), _join(path, "dpo")),
            services=self.text(o, "services", path),
            processing_countries=tuple(
                c for c in self.items(o, "processing_countries", path, self.country_value) if c
            ),
            parent=self.ref(o.get("parent"), _join(path, "parent")),
            transfer_mechanism=self.code(o, "transfer_mechanism", path, codes.TransferMechanism),
            scc_module=self.scc_module(o, "scc_module", path),
            safeguards=self.text(o, "safeguards", path),
            notes=self.text(o, "notes", path),
            extensions=self.extensions(o, path),
        )

    def transfer(self, value: Any, path: str) -> r.Transfer:
        o = self.obj(value, path, TRANSFER) or {}
        return r.Transfer(
            recipient=self.text(o, "recipient", path),
            processor=self.ref(o.get("processor"), _join(path, "processor")),
            country=self.country(o, "country", path),
            mechanism=self.code(o, "mechanism", path, codes.TransferMechanism),
            scc_module=self.scc_module(o, "scc_module", path),
            safeguards=self.text(o, "safeguards", path),
            tia=self.text(o, "tia", path),
            notes=self.text(o, "notes", path),
            extensions=self.extensions(o, path),
        )

    def register(self, value: Any, path: str) -> r.Register | None:
        o = self.obj(value, path, REGISTER)
        if o is None:
            return None
        security = self.obj(o.get("security_measures"), _join(path, "security_measures"), SECURITY) or {}
        adm = (
            self.obj(o.get("automated_decision_making"), _join(path, "automated_decision_making"), ADM) or {}
        )
        dpia = self.obj(o.get("dpia"), _join(path, "dpia"), DPIA) or {}
        sec_path, adm_path, dpia_path = (
            _join(path, "security_measures"),
            _join(path, "automated_decision_making"),
            _join(path, "dpia"),
        )
        return r.Register(
            key=self.key(o, path, "register"),
            reference=self.text(o, "reference", path),
            name=self.text(o, "name", path),
            status=self.code(o, "status", path, codes.RegisterStatus),
            department=self.text(o, "department", path),
            description=self.text(o, "description", path),
            contact_person=self.person(o.get("contact_person"), _join(path, "contact_person")),
            responsible_person=self.person(o.get("responsible_person"), _join(path, "responsible_person")),
            joint_controllers=self.items(o, "joint_controllers", path, self.joint_controller),
            purposes=self.items(o, "purposes", path, self.purpose),
            legal_basis_notes=self.text(o, "legal_basis_notes", path),
            special_category_conditions=self.codes(
                o, "special_category_conditions", path, codes.Art9Condition
            ),
            national_legal_basis=self.text(o, "national_legal_basis", path),
            data_subject_categories=self.items(o, "data_subject_categories", path, self.text_item),
            data_categories=self.items(o, "data_categories", path, self.data_category),
            sources=self.text(o, "sources", path),
            recipients=self.items(o, "recipients", path, self.recipient),
            disclosures=self.text(o, "disclosures", path),
            processors=self.items(o, "processors", path, self.processor_link),
            transfers=self.items(o, "transfers", path, self.transfer),
            transfers_statement=self.text(o, "transfers_statement", path),
            retention=self.text(o, "retention", path),
            systems=self.items(o, "systems", path, self.text_item),
            security_measures=r.SecurityMeasures(
                electronic=self.text(security, "electronic", sec_path),
                manual=self.text(security, "manual", sec_path),
                extensions=self.extensions(security, sec_path),
            ),
            automated_decision_making=r.AutomatedDecisionMaking(
                used=self.flag(adm, "used", adm_path),
                description=self.text(adm, "description", adm_path),
                extensions=self.extensions(adm, adm_path),
            ),
            dpia=r.Dpia(
                criteria=self.codes(dpia, "criteria", dpia_path, codes.DpiaCriterion),
                status=self.code(dpia, "status", dpia_path, codes.DpiaStatus),
                reference=self.text(dpia, "reference", dpia_path),
                date=self.date(dpia, "date", dpia_path),
                extensions=self.extensions(dpia, dpia_path),
            ),
            data_subject_rights=self.text(o, "data_subject_rights", path),
            created=self.date(o, "created", path),
            last_reviewed=self.date(o, "last_reviewed", path),
            next_review=self.date(o, "next_review", path),
            extensions=self.extensions(o, path),
        )

    def joint_controller(self, value: Any, path: str) -> r.JointController:
        o = self.obj(value, path, JOINT_CONTROLLER) or {}
        return r.JointController(
            name=self.text(o, "name", path),
            contact=self.text(o, "contact", path),
            arrangement=self.text(o, "arrangement", path),
            extensions=self.extensions(o, path),
        )

    def purpose(self, value: Any, path: str) -> r.Purpose:
        o = self.obj(value, path, PURPOSE) or {}
        return r.Purpose(
            description=self.text(o, "description", path),
            legal_basis=self.code(o, "legal_basis", path, codes.LegalBasis),
            legitimate_interest=self.text(o, "legitimate_interest", path),
            extensions=self.extensions(o, path),
        )

    def data_category(self, value: Any, path: str) -> r.DataCategory:
        o = self.obj(value, path, DATA_CATEGORY) or {}
        return r.DataCategory(
            name=self.text(o, "name", path),
            special=self.code(o, "special", path, codes.SpecialCategory),
            retention=self.text(o, "retention", path),
            source=self.text(o, "source", path),
            extensions=self.extensions(o, path),
        )

    def recipient(self, value: Any, path: str) -> r.Recipient:
        o = self.obj(value, path, RECIPIENT) or {}
        return r.Recipient(
            name=self.text(o, "name", path),
            kind=self.code(o, "kind", path, codes.RecipientKind),
            country=self.country(o, "country", path),
            description=self.text(o, "description", path),
            extensions=self.extensions(o, path),
        )

    def processor_link(self, value: Any, path: str) -> r.ProcessorLink:
        o = self.obj(value, path, PROCESSOR_LINK) or {}
        processor = self.ref(o.get("processor"), _join(path, "processor"))
        if processor is None and isinstance(value, dict) and value.get("processor") in (None, ""):
            self.fail(_join(path, "processor"), "missing: name the processor's key")
        return r.ProcessorLink(
            processor=processor or "",
            task=self.text(o, "task", path),
            agreement=self.text(o, "agreement", path),
            agreement_date=self.date(o, "agreement_date", path),
            extensions=self.extensions(o, path),
        )

    def client(self, value: Any, path: str) -> r.Client:
        o = self.obj(value, path, CLIENT) or {}
        return r.Client(
            name=self.text(o, "name", path),
            business_id=self.text(o, "business_id", path),
            address=self.text(o, "address", path),
            email=self.text(o, "email", path),
            phone=self.text(o, "phone", path),
            representative=self.representative(o.get("representative"), _join(path, "representative")),
            dpo=self.person(o.get("dpo"), _join(path, "dpo")),
            extensions=self.extensions(o, path),
        )

    def processing_on_behalf(self, value: Any, path: str) -> r.ProcessingOnBehalf | None:
        o = self.obj(value, path, PROCESSING_ON_BEHALF)
        if o is None:
            return None
        return r.ProcessingOnBehalf(
            key=self.key(o, path, "processing-on-behalf record"),
            client=self.client(o.get("client"), _join(path, "client")),
            categories_of_processing=self.text(o, "categories_of_processing", path),
            subprocessors=tuple(k for k in self.items(o, "subprocessors", path, self.ref) if k),
            transfers=self.items(o, "transfers", path, self.transfer),
            security_measures=self.text(o, "security_measures", path),
            agreement=self.text(o, "agreement", path),
            agreement_date=self.date(o, "agreement_date", path),
            extensions=self.extensions(o, path),
        )

    def controller(self, value: Any, path: str) -> r.Controller | None:
        o = self.obj(value, path, CONTROLLER)
        if o is None:
            return None
        return r.Controller(
            key=self.key(o, path, "controller"),
            name=self.text(o, "name", path),
            business_id=self.text(o, "business_id", path),
            address=self.text(o, "address", path),
            country=self.country(o, "country", path),
            email=self.text(o, "email", path),
            phone=self.text(o, "phone", path),
            website=self.text(o, "website", path),
            representative=self.representative(o.get("representative"), _join(path, "representative")),
            dpo=self.person(o.get("dpo"), _join(path, "dpo")),
            supervisory_authority=self.text(o, "supervisory_authority", path),
            registers=_present(self.items(o, "registers", path, self.register)),
            processing_on_behalf=_present(
                self.items(o, "processing_on_behalf", path, self.processing_on_behalf)
            ),
            extensions=self.extensions(o, path),
        )

    def document(self, value: Any) -> r.Workspace:
        if not isinstance(value, dict):
            self.fail("", f"expected a JSON object at the top, got {_type_name(value)}")
            return r.Workspace()
        if value.get("format") != FORMAT:
            self.fail("format", f"expected '{FORMAT}', got {json.dumps(value.get('format'))}")
            return r.Workspace()
        version = value.get("version")
        if version != VERSION or isinstance(version, bool):
            self.fail(
                "version", f"{json.dumps(version)} is not supported (this Ropa reads version {VERSION})"
            )
            return r.Workspace()
        o = self.obj(value, "", DOCUMENT) or {}
        return r.Workspace(
            processors=_present(self.items(o, "processors", "", self.processor)),
            controllers=_present(self.items(o, "controllers", "", self.controller)),
            extensions=self.extensions(o, ""),
        )

    # -- keys and references ------------------------------------------------------------------

    def check_keys(self, ws: r.Workspace) -> None:
        """Keys unique per kind, every reference resolves, no processor chain loops."""
        seen: dict[str, dict[str, str]] = {}

        def unique(kind: str, key: str, path: str) -> None:
            if not key:
                return
            first = seen.setdefault(kind, {}).setdefault(key, path)
            if first != path:
                self.fail(path, f"duplicate {kind} key '{key}' (first at {first})")

        for i, p in enumerate(ws.processors):
            unique("processor", p.key, f"processors[{i}].key")
        processors = seen.get("processor", {})

        def resolves(key: str | None, path: str) -> None:
            if key and key not in processors:
                self.fail(path, f"no processor with key '{key}' in this document")

        for i, p in enumerate(ws.processors):
            resolves(p.parent, f"processors[{i}].parent")
        for ci, c in enumerate(ws.controllers):
            cpath = f"controllers[{ci}]"
            unique("controller", c.key, f"{cpath}.key")
            for ri, reg in enumerate(c.registers):
                rpath = f"{cpath}.registers[{ri}]"
                unique("register", reg.key, f"{rpath}.key")
                for li, link in enumerate(reg.processors):
                    resolves(link.processor, f"{rpath}.processors[{li}].processor")
                for ti, t in enumerate(reg.transfers):
                    resolves(t.processor, f"{rpath}.transfers[{ti}].processor")
            for pi, pob in enumerate(c.processing_on_behalf):
                ppath = f"{cpath}.processing_on_behalf[{pi}]"
                unique("processing-on-behalf", pob.key, f"{ppath}.key")
                for si, key in enumerate(pob.subprocessors):
                    resolves(key, f"{ppath}.subprocessors[{si}]")
                for ti, t in enumerate(pob.transfers):
                    resolves(t.processor, f"{ppath}.transfers[{ti}].processor")
        cycle = find_cycle({p.key: p.parent for p in ws.processors if p.key})
        if cycle:
            where = processors.get(cycle[0], "processors").removesuffix(".key")
            self.fail(f"{where}.parent", "processor chain loops: " + " -> ".join(cycle))


def _present(items: tuple[T | None, ...]) -> tuple[T, ...]:
    return tuple(item for item in items if item is not None)


def read_document(document: Any, source: str = "") -> r.Workspace:
    """Validate a parsed interchange document and return its records.

    Raises :class:`InterchangeError` naming the JSON path of every problem; nothing is returned
    for a document with any problem, so callers can never store half of one.
    """
    reader = _Reader()
    workspace = reader.document(document)
    if not reader.problems:
        reader.check_keys(workspace)
    if reader.problems:
        raise InterchangeError(reader.problems, source)
    return workspace


class _Object(dict[str, Any]):
    """A parsed JSON object that remembers member names given twice (json keeps only the last)."""

    duplicates: tuple[str, ...] = ()


def _object(pairs: list[tuple[str, Any]]) -> _Object:
    result = _Object(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        duplicates = []
        for name, _ in pairs:
            if name in seen:
                duplicates.append(name)
            seen.add(name)
        result.duplicates = tuple(duplicates)
    return result


def parse_json(text: str | bytes, source: str = "") -> Any:
    """Parse JSON text; a broken or truncated file gives one line with the line and column."""
    try:
        if isinstance(text, bytes):
            text = text.decode("utf-8-sig")  # the format is UTF-8; Windows tools may add a BOM
        return json.loads(text, object_pairs_hook=_object)
    except json.JSONDecodeError as exc:
        raise InterchangeError(
            [f"not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"], source
        ) from exc
    except UnicodeDecodeError as exc:
        raise InterchangeError([f"not UTF-8 text (byte {exc.start})"], source) from exc
    except RecursionError as exc:
        raise InterchangeError(["JSON nested too deeply"], source) from exc


def read_file(path: str | Path) -> r.Workspace:
    """Read and validate an interchange file."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InterchangeError([f"cannot read: {exc.strerror}"], str(path)) from exc
    return read_document(parse_json(data, str(path)), str(path))


# -- writing ----------------------------------------------------------------------------------


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _with_ext(out: dict[str, Any], extensions: r.Extensions) -> dict[str, Any]:
    if extensions is not None:
        out["extensions"] = extensions
    return out


def _person(p: r.Person) -> dict[str, Any]:
    return _with_ext({"name": p.name, "email": p.email, "phone": p.phone}, p.extensions)


def _representative(rep: r.Representative | None) -> dict[str, Any] | None:
    if rep is None:
        return None
    return _with_ext(
        {"name": rep.name, "address": rep.address, "email": rep.email, "phone": rep.phone}, rep.extensions
    )


def _transfer(t: r.Transfer) -> dict[str, Any]:
    return _with_ext(
        {
            "recipient": t.recipient,
            "processor": t.processor,
            "country": t.country,
            "mechanism": t.mechanism,
            "scc_module": t.scc_module,
            "safeguards": t.safeguards,
            "tia": t.tia,
            "notes": t.notes,
        },
        t.extensions,
    )


def _processor(p: r.Processor) -> dict[str, Any]:
    return _with_ext(
        {
            "key": p.key,
            "name": p.name,
            "business_id": p.business_id,
            "country": p.country,
            "address": p.address,
            "email": p.email,
            "phone": p.phone,
            "website": p.website,
            "dpo": _person(p.dpo),
            "services": p.services,
            "processing_countries": list(p.processing_countries),
            "parent": p.parent,
            "transfer_mechanism": p.transfer_mechanism,
            "scc_module": p.scc_module,
            "safeguards": p.safeguards,
            "notes": p.notes,
        },
        p.extensions,
    )


def _register(g: r.Register) -> dict[str, Any]:
    sec, adm, dpia = g.security_measures, g.automated_decision_making, g.dpia
    return _with_ext(
        {
            "key": g.key,
            "reference": g.reference,
            "name": g.name,
            "status": g.status,
            "department": g.department,
            "description": g.description,
            "contact_person": _person(g.contact_person),
            "responsible_person": _person(g.responsible_person),
            "joint_controllers": [
                _with_ext({"name": j.name, "contact": j.contact, "arrangement": j.arrangement}, j.extensions)
                for j in g.joint_controllers
            ],
            "purposes": [
                _with_ext(
                    {
                        "description": p.description,
                        "legal_basis": p.legal_basis,
                        "legitimate_interest": p.legitimate_interest,
                    },
                    p.extensions,
                )
                for p in g.purposes
            ],
            "legal_basis_notes": g.legal_basis_notes,
            "special_category_conditions": list(g.special_category_conditions),
            "national_legal_basis": g.national_legal_basis,
            "data_subject_categories": list(g.data_subject_categories),
            "data_categories": [
                _with_ext(
                    {"name": d.name, "special": d.special, "retention": d.retention, "source": d.source},
                    d.extensions,
                )
                for d in g.data_categories
            ],
            "sources": g.sources,
            "recipients": [
                _with_ext(
                    {"name": x.name, "kind": x.kind, "country": x.country, "description": x.description},
                    x.extensions,
                )
                for x in g.recipients
            ],
            "disclosures": g.disclosures,
            "processors": [
                _with_ext(
                    {
                        "processor": link.processor,
                        "task": link.task,
                        "agreement": link.agreement,
                        "agreement_date": _iso(link.agreement_date),
                    },
                    link.extensions,
                )
                for link in g.processors
            ],
            "transfers": [_transfer(t) for t in g.transfers],
            "transfers_statement": g.transfers_statement,
            "retention": g.retention,
            "systems": list(g.systems),
            "security_measures": _with_ext(
                {"electronic": sec.electronic, "manual": sec.manual}, sec.extensions
            ),
            "automated_decision_making": _with_ext(
                {"used": adm.used, "description": adm.description}, adm.extensions
            ),
            "dpia": _with_ext(
                {
                    "criteria": list(dpia.criteria),
                    "status": dpia.status,
                    "reference": dpia.reference,
                    "date": _iso(dpia.date),
                },
                dpia.extensions,
            ),
            "data_subject_rights": g.data_subject_rights,
            "created": _iso(g.created),
            "last_reviewed": _iso(g.last_reviewed),
            "next_review": _iso(g.next_review),
        },
        g.extensions,
    )


def _processing_on_behalf(pob: r.ProcessingOnBehalf) -> dict[str, Any]:
    c = pob.client
    return _with_ext(
        {
            "key": pob.key,
            "client": _with_ext(
                {
                    "name": c.name,
                    "business_id": c.business_id,
                    "address": c.address,
                    "email": c.email,
                    "phone": c.phone,
                    "representative": _representative(c.representative),
                    "dpo": _person(c.dpo),
                },
                c.extensions,
            ),
            "categories_of_processing": pob.categories_of_processing,
            "subprocessors": list(pob.subprocessors),
            "transfers": [_transfer(t) for t in pob.transfers],
            "security_measures": pob.security_measures,
            "agreement": pob.agreement,
            "agreement_date": _iso(pob.agreement_date),
        },
        pob.extensions,
    )


def _controller(c: r.Controller) -> dict[str, Any]:
    return _with_ext(
        {
            "key": c.key,
            "name": c.name,
            "business_id": c.business_id,
            "address": c.address,
            "country": c.country,
            "email": c.email,
            "phone": c.phone,
            "website": c.website,
            "representative": _representative(c.representative),
            "dpo": _person(c.dpo),
            "supervisory_authority": c.supervisory_authority,
            "registers": [_register(g) for g in c.registers],
            "processing_on_behalf": [_processing_on_behalf(p) for p in c.processing_on_behalf],
        },
        c.extensions,
    )


def write_document(workspace: r.Workspace) -> dict[str, Any]:
    """Return the interchange document of ``workspace``, every key written (empty as ``""``/null/[])."""
    return _with_ext(
        {
            "format": FORMAT,
            "version": VERSION,
            "processors": [_processor(p) for p in workspace.processors],
            "controllers": [_controller(c) for c in workspace.controllers],
        },
        workspace.extensions,
    )


def dumps(workspace: r.Workspace) -> str:
    """The document as UTF-8 JSON text, indented for people to read and diff."""
    return json.dumps(write_document(workspace), ensure_ascii=False, indent=2) + "\n"


# -- files and workspaces ---------------------------------------------------------------------


def import_file(workspace: Workspace, path: str | Path, *, replace: bool = False) -> SaveSummary:
    """Import an interchange file into ``workspace`` as one transaction: all of it or nothing.

    With ``replace`` existing keys are overwritten, after a backup of the workspace is written.
    """
    return import_records(workspace, read_file(path), replace=replace)


def import_records(workspace: Workspace, records: r.Workspace, *, replace: bool = False) -> SaveSummary:
    """Store validated records in one transaction; back the workspace up first when replacing."""
    if replace:
        workspace.backup("before-import")
    with workspace.begin() as conn:
        return save_workspace(conn, records, replace=replace)


def export_file(workspace: Workspace, path: str | Path, *, controller: str | None = None) -> r.Workspace:
    """Write the workspace (or one controller's part) to ``path``; the file appears complete or not at all."""
    with workspace.connect() as conn:
        snapshot = load_workspace(conn, controller)
    write_text_atomically(Path(path), dumps(snapshot))
    return snapshot


def write_text_atomically(path: Path, content: str) -> None:
    """Write beside ``path`` and rename over it, so a crash never leaves half a file."""
    temporary = path.with_name(f".{path.name}.tmp")
    try:
        temporary.write_text(content, encoding="utf-8")
        os.replace(temporary, path)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise RopaError(f"{path}: cannot write: {exc.strerror}") from exc

"""Records for the editor tests: one with every field of the catalogue filled, built from the catalogue.

Walking the catalogue (not naming fields) means a field added to the records is filled here too,
so the round-trip tests cover it without being edited.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

from ropa.model import records as r
from ropa.model.catalogue import entity
from ropa.model.fields import Kind
from ropa.reference import reference

TODAY = date(2026, 11, 25)

PROCESSORS = (
    r.Processor(
        key="p1",
        name="Alpha Cloud Inc.",
        country="US",
        processing_countries=("US", "IE"),
        transfer_mechanism="scc",
        scc_module=2,
    ),
    r.Processor(key="p2", name="Beta Support Pvt", country="IN", processing_countries=("IN",), parent="p1"),
    r.Processor(key="p3", name="Gamma Oy", country="FI", processing_countries=("FI",)),
)


def _value(record: type, spec: Any, depth: int) -> Any:
    kind = spec.kind
    if kind is Kind.KEY:
        return f"key-{record.__name__.lower()}"
    if kind is Kind.TEXT:
        return f"{spec.name} of the {record.__name__}\nwith a second line"
    if kind is Kind.TEXTS:
        return (f"{spec.name} one", f"{spec.name} two")
    if kind is Kind.CODE:
        codes = [c.code for c in reference().code_list(spec.codes)]
        return codes[1]
    if kind is Kind.CODES:
        codes = [c.code for c in reference().code_list(spec.codes)]
        return (codes[2], codes[0])  # not in list order: the order must survive
    if kind is Kind.COUNTRY:
        return "US"
    if kind is Kind.COUNTRIES:
        return ("US", "intl:epo", "XK")
    if kind is Kind.DATE:
        return date(2025, 1, 2)
    if kind is Kind.FLAG:
        return True
    if kind is Kind.SCC_MODULE:
        return 2
    if kind is Kind.REF:
        return "p1"
    if kind is Kind.REFS:
        return ("p1", "p3")
    if kind in (Kind.OBJECT, Kind.OPTIONAL):
        return full(spec.record, depth + 1)
    if kind is Kind.LIST:
        return (full(spec.record, depth + 1), full(spec.record, depth + 1, second=True))
    raise AssertionError(kind)


def full(record: type, depth: int = 0, *, second: bool = False) -> Any:
    """A ``record`` with every field filled with a valid value, and extensions at every level."""
    values: dict[str, Any] = {}
    for spec in entity(record).fields:
        if record is r.Controller and spec.name in ("registers", "processing_on_behalf"):
            values[spec.name] = ()
            continue
        values[spec.name] = _value(record, spec, depth)
    for spec in entity(record).fields:
        if spec.only_with is not None:  # an SCC module goes with SCC
            values[spec.only_with[0]] = spec.only_with[1]
    if record is r.Processor:
        values["parent"] = "p3"
    if second and "name" in values:
        values["name"] = f"second {values['name']}"
    values["extensions"] = {"x-test": {"level": depth, "record": record.__name__}}
    return record(**values)


def full_controller() -> r.Controller:
    """A controller with every own field filled, carrying a register and an Art. 30(2) record."""
    return dataclasses.replace(
        full(r.Controller), registers=(full(r.Register),), processing_on_behalf=(full(r.ProcessingOnBehalf),)
    )

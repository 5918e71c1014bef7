"""The compliance checks of one record, as the editor shows them at its fields.

The rules live in :mod:`ropa.model.checks`; this module only runs them on the record in the form
(``check_register`` for a register, ``run_checks`` over a workspace holding just the record for
the others) and turns each finding's path (``"purposes[0].legal_basis"``) into the editor's path
(``("purposes", 0, "legal_basis")``). Findings never block Save: they are what the record still
lacks or what a DPO should look at; what blocks Save is validation.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date
from typing import Any

from ropa.model import records as r
from ropa.model.catalogue import entity
from ropa.model.checks import Finding, check_register, run_checks
from ropa.model.checks import Severity as CheckSeverity
from ropa.model.transfers import ProcessorCatalogue
from ropa.model.validate import Path, parse_path
from ropa.ui.editor.context import capital
from ropa.ui.editor.marks import Mark, Severity

#: How a finding is shown: an error of the checks (Art. 30 content missing) is a gap, not invalid data.
LEVELS = {
    CheckSeverity.ERROR: Severity.GAP,
    CheckSeverity.WARNING: Severity.WARNING,
    CheckSeverity.INFO: Severity.INFO,
}


def marks(findings: Sequence[Finding], lang: str, record: type) -> list[Mark]:
    """The findings as marks at their fields, in ``lang``.

    A missing-content message names the record the field is in ("Transfer: country is not
    recorded"); at the field that record is plain to see, so the prefix is dropped there.
    """
    out = []
    for finding in findings:
        path = parse_path(finding.path)
        message = finding.message(lang)
        prefix = f"{entity(_owner(record, path)).label(lang)}: "
        if message.startswith(prefix):
            message = capital(message[len(prefix) :])
        out.append(Mark(path, message, LEVELS[finding.severity]))
    return out


def _owner(record: type, path: Path) -> type:
    """The record type the last field of ``path`` belongs to."""
    owner = record
    current: type | None = record
    for step in path:
        if isinstance(step, int) or current is None:
            continue
        owner = current
        try:
            current = entity(current).field(step).record
        except KeyError:
            return owner
    return owner


def register_findings(
    register: r.Register, controller: r.Controller | None, catalogue: ProcessorCatalogue, on: date
) -> list[Finding]:
    return check_register(controller or r.Controller(), register, catalogue, on)


def record_findings(
    record: Any, *, controller: r.Controller | None, processors: Sequence[r.Processor], on: date
) -> list[Finding]:
    """The findings of a controller's own details, a processor or an Art. 30(2) record."""
    if isinstance(record, r.Controller):
        details = dataclasses.replace(record, registers=(), processing_on_behalf=())
        found = run_checks(r.Workspace(controllers=(details,)), on)
        return [f for f in found if f.subject == "controller"]
    if isinstance(record, r.Processor):
        catalogue = (*(p for p in processors if p.key != record.key), record)
        found = run_checks(r.Workspace(processors=catalogue), on)
        return [f for f in found if f.subject == "processor" and f.record == record.key]
    if isinstance(record, r.ProcessingOnBehalf):
        owner = dataclasses.replace(
            controller or r.Controller(), registers=(), processing_on_behalf=(record,)
        )
        found = run_checks(r.Workspace(processors=tuple(processors), controllers=(owner,)), on)
        return [f for f in found if f.subject == "processing_on_behalf"]
    if isinstance(record, r.Register):
        return register_findings(record, controller, ProcessorCatalogue(processors), on)
    return []

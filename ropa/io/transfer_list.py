"""``ropa transfers`` output: every flow leaving the EEA as a text table or as JSON.

The rows come from :func:`ropa.model.transfers.transfer_rows`; this module only lays them out,
with labels in English or Finnish from the shared wording, the field catalogue and the reference
data.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

import orjson

from ropa.io import wording as W
from ropa.model.catalogue import entity
from ropa.model.records import Transfer
from ropa.model.transfers import Flow, TransferRow
from ropa.reference import reference

_HEADINGS = (
    W.CONTROLLER,
    W.RECORD,
    W.THROUGH,
    entity(Transfer).field("country").label,
    W.BASIS,
    W.STATUS,
    entity(Transfer).field("mechanism").label,
    W.MODULE,
    W.RESTS_ON,
)


def rests_on(flow: Flow) -> str:
    """What a flow rests on: the interim provision that made it no transfer, the adequacy decision
    that covers it, else the article of the recorded mechanism; empty inside the EEA or uncovered."""
    if flow.standing.interim is not None:
        return flow.standing.interim.instrument
    if not flow.is_transfer:
        return ""
    if flow.status.covered_by_adequacy and flow.decision is not None:
        return flow.decision.decision
    mechanism = reference().mechanism(flow.mechanism or "")
    return mechanism.article if mechanism is not None else ""


def as_json(rows: Sequence[TransferRow], on: date) -> bytes:
    """The rows as a JSON document (``{"on": date, "transfers": [...]}``), codes not labels."""
    return orjson.dumps(
        {"on": on.isoformat(), "transfers": [_row(row) for row in rows]}, option=orjson.OPT_INDENT_2
    )


def _row(row: TransferRow) -> dict[str, Any]:
    flow = row.flow
    return {
        "controller": row.controller,
        "record_kind": row.kind.value,
        "record": row.record,
        "name": row.name,
        "basis": flow.basis.value,
        "chain": list(flow.chain),
        "destination": flow.country,
        "recipient": flow.recipient,
        "is_transfer": flow.is_transfer,
        "status": flow.status.value,
        "adequacy_decision": flow.decision.decision if flow.decision is not None else None,
        "adequacy_scope_confirmed": flow.adequacy_scope.confirmed,
        "mechanism": flow.mechanism,
        "scc_module": flow.scc_module,
        "module_needed": flow.module_needed,
        "module_fits": flow.module_fits,
        "tia": flow.tia,
        "rests_on": rests_on(flow),
    }


def as_text(rows: Sequence[TransferRow], lang: str = "en") -> str:
    """The rows as an aligned plain-text table with labels in ``lang`` (``en`` or ``fi``)."""
    lang = "fi" if lang.lower().startswith("fi") else "en"
    if not rows:
        return W.NO_TRANSFERS(lang)
    table = [tuple(h(lang) for h in _HEADINGS)] + [_cells(row, lang) for row in rows]
    widths = [max(len(line[i]) for line in table) for i in range(len(table[0]))]
    lines = [
        "  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip()
        for line in table
    ]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(lines)


def _cells(row: TransferRow, lang: str) -> tuple[str, ...]:
    flow = row.flow
    ref = reference()
    destination = f"{ref.country_name(flow.country, lang)} ({flow.country})"
    mechanism = W.NO_MECHANISM(lang)
    if flow.mechanism:
        mechanism = ref.transfer_mechanisms.label(flow.mechanism, lang)
    module = "" if flow.scc_module is None else str(flow.scc_module)
    if flow.mechanism == "scc" and not flow.module_fits and flow.module_needed is not None:
        module = f"{module or '-'} ({W.NEEDS_MODULE(lang).format(module=flow.module_needed)})"
    return (
        row.controller,
        f"{row.name} [{row.record}]" if row.name else row.record,
        " → ".join(flow.chain),
        destination,
        flow.basis.label(lang),
        flow.status.label(lang),
        mechanism if flow.is_transfer else "",
        module,
        rests_on(flow),
    )

"""``ropa check`` output: findings grouped by controller and record, as text or JSON, and the rule list."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date
from itertools import groupby
from typing import Any

import orjson

from ropa.io import wording as W
from ropa.model.checks import Finding, Severity, documented_rules
from ropa.model.fields import Words

NO_FINDINGS = Words("No findings.", "Ei havaintoja.")
#: How a finding's subject is named before its record key.
_SUBJECTS = {
    "register": W.REGISTER_KIND,
    "processing_on_behalf": W.ON_BEHALF_KIND,
    "controller": Words("controller", "rekisterinpitäjä"),
    "processor": Words("processor", "käsittelijä"),
}


def _lang(lang: str) -> str:
    return "fi" if lang.lower().startswith("fi") else "en"


def summary(findings: Sequence[Finding]) -> dict[str, int]:
    counts = Counter(f.severity.value for f in findings)
    return {severity.value: counts.get(severity.value, 0) for severity in Severity}


def as_json(findings: Sequence[Finding], on: date) -> bytes:
    """``{"on", "summary", "findings": [...]}`` with messages in both languages."""
    return orjson.dumps(
        {"on": on.isoformat(), "summary": summary(findings), "findings": [_finding(f) for f in findings]},
        option=orjson.OPT_INDENT_2,
    )


def _finding(finding: Finding) -> dict[str, Any]:
    return {
        "rule": finding.rule.id,
        "severity": finding.severity.value,
        "article": finding.article,
        "subject": finding.subject,
        "controller": finding.controller,
        "record": finding.record,
        "name": finding.name,
        "path": finding.path,
        "message": {"en": finding.message("en"), "fi": finding.message("fi")},
    }


def as_text(findings: Sequence[Finding], lang: str = "en") -> str:
    """Findings under a heading per controller (or the processor catalogue) and per record."""
    return joined_text([text_lines(findings, lang)], summary(findings), lang)


def joined_text(parts: Sequence[list[str]], counts: dict[str, int], lang: str = "en") -> str:
    """The text of findings printed in parts (:func:`text_lines` of consecutive runs of findings
    that split between two records), with the totals ``counts`` at the end."""
    lang = _lang(lang)
    if not any(parts):
        return NO_FINDINGS(lang)
    lines = [line for part in parts for line in part]
    lines.append("")
    lines.append(
        W.FINDING_COUNTS(lang).format(
            errors=counts["error"], warnings=counts["warning"], notes=counts["info"]
        )
    )
    return "\n".join(lines)


def text_lines(findings: Sequence[Finding], lang: str = "en") -> list[str]:
    """The lines of :func:`as_text` without its totals."""
    lang = _lang(lang)
    lines: list[str] = []
    # what a rule's lines start with and its message template, worked out once per rule
    heads: dict[str, tuple[str, str, str]] = {}
    for controller, of_controller in groupby(
        findings, key=lambda f: (f.controller, f.subject == "processor")
    ):
        key, processors = controller
        heading = W.PROCESSOR_CATALOGUE(lang) if processors else (key or W.WORKSPACE(lang))
        lines.append(heading)
        for (subject, record, name), of_record in groupby(
            of_controller, key=lambda f: (f.subject, f.record, f.name)
        ):
            if subject != "workspace":
                lines.append(f"  {_SUBJECTS[subject](lang)} {record}" + (f" – {name}" if name else ""))
            for finding in of_record:
                rule = finding.rule
                head = heads.get(rule.id)
                if head is None:
                    start = f"    {rule.severity.label(lang):<8} Art. {rule.article:<10} "
                    head = heads[rule.id] = (start, rule.template(lang), f" ({rule.id})")
                where = f" [{finding.path}]" if finding.path else ""
                lines.append(f"{head[0]}{head[1].format_map(finding.args)}{where}{head[2]}")
    return lines


def rules_table(lang: str = "en") -> str:
    """Every rule a finding can carry: id, severity, article and message, one per line."""
    lang = _lang(lang)
    rows = [
        (rule.id, rule.severity.label(lang), rule.article, rule.fi if lang == "fi" else rule.en)
        for rule in documented_rules()
    ]
    width = max(len(row[0]) for row in rows)
    return "\n".join(f"{rid:<{width}}  {sev:<8}  {art:<26}  {msg}" for rid, sev, art, msg in rows)

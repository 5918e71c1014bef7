"""Synthetic demo workspace as an interchange document (INTERCHANGE.md, version 2).

A DPO evaluating the tool, a screenshot, a benchmark and the tests all need a workspace that looks
like a real one: a few cities with their energy, housing and water companies, client firms,
hundreds of registers, a processor catalogue with sub-processor chains across countries, and the
gaps the compliance checks are meant to find. Names and texts come from ``resources/demo/*.json``
(:mod:`ropa.demo.material`), codes and country facts from ``ropa.reference``; everything else is
drawn from ``random.Random(seed)``, so the same arguments always give the same document.
"""

from __future__ import annotations

from typing import Any

from ropa.demo.builder import build

__all__ = ["build_demo"]


def build_demo(registers: int, seed: int = 0) -> dict[str, Any]:
    """Return an interchange document (INTERCHANGE.md version 2) with ``registers`` registers.

    Why: a realistic, reproducible workspace for demos, benchmarks and tests, with cities, their
    companies and client firms, a shared processor catalogue with sub-processor chains across
    countries, international organisations among the destinations, and deliberate gaps (missing
    transfer mechanisms and TIAs, unconfirmed adequacy scopes, overdue reviews) for the compliance
    checks. The same ``(registers, seed)`` always gives an identical document.
    """
    if registers < 0:
        raise ValueError("registers must be >= 0")
    return build(registers, seed)

"""Puts one demo document together: the catalogue, the controllers, their registers.

Why: the order of the draws is what makes a document reproducible, so it is fixed here, in one
place: processors first, then controller heads, register counts, and each controller in turn.
"""

from __future__ import annotations

from typing import Any

from ropa.demo.catalogue import Catalogue
from ropa.demo.controllers import plan_controllers
from ropa.demo.draw import Draw
from ropa.demo.registers import processing_on_behalf, register, templates_for

__all__ = ["VERSION", "build"]

VERSION = 2  # INTERCHANGE.md version written
_WEIGHT_OF = {"city": 3.0, "wellbeing": 2.0, "energy": 1.0, "housing": 1.0, "water": 0.7, "firm": 1.0}


def build(n: int, seed: int) -> dict[str, Any]:
    """The interchange document with ``n`` registers drawn from ``random.Random(seed)``."""
    doc: dict[str, Any] = {"format": "ropa-interchange", "version": VERSION}
    if n <= 0:
        doc["processors"] = []
        doc["controllers"] = []
        return doc
    draw = Draw(seed)
    rng = draw.rng
    catalogue = Catalogue(draw)
    catalogue.build(min(1500, max(12, n // 10)))  # beyond the first family, a few more roots
    plans = plan_controllers(draw, min(n, max(3, round(n / 25))))

    # Register counts: one each, the rest by weight (cities are the largest).
    weights = [_WEIGHT_OF[p["kind"]] * (0.4 + rng.random()) for p in plans]
    counts = [1] * len(plans)
    for i in rng.choices(range(len(plans)), weights=weights, k=n - len(plans)):
        counts[i] += 1

    controllers = []
    for plan, count in zip(plans, counts, strict=True):
        # Vendors the controller has contracts with: first-level processors only, so that the SCC
        # module of each leg is the one recorded on the processor (2 engaged, 3 sub-processor).
        roots = catalogue.roots
        vendors = rng.sample(roots, min(len(roots), rng.randint(2, 6)))
        staff = [draw.person(plan["domain"], plan["intl"]) for _ in range(rng.randint(2, 6))]
        templates = templates_for(draw, plan)
        used: dict[int, int] = {}
        registers = []
        for number in range(1, count + 1):
            ti = rng.randrange(len(templates))
            repeat = used.get(ti, 0)
            used[ti] = repeat + 1
            registers.append(register(draw, catalogue, plan, number, templates[ti], repeat, staff, vendors))
        controller = dict(plan["head"])
        controller["registers"] = registers
        is_ict = plan.get("sector") == "ict"
        controller["processing_on_behalf"] = (
            processing_on_behalf(draw, catalogue, plan, plans) if is_ict else []
        )
        controllers.append(controller)
    doc["processors"] = catalogue.processors
    doc["controllers"] = controllers
    return doc

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
_WEIGHT_OF = {"city": 3.0, "energy": 1.0, "housing": 1.0, "water": 0.7, "firm": 1.0}


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
    catalogue.build(min(1500, max(5, n // 10)))
    plans = plan_controllers(draw, min(n, max(3, round(n / 25))))

    # Register counts: one each, the rest by weight (cities are the largest).
    weights = [_WEIGHT_OF[p["kind"]] * (0.4 + rng.random()) for p in plans]
    counts = [1] * len(plans)
    for i in rng.choices(range(len(plans)), weights=weights, k=n - len(plans)):
        counts[i] += 1

    non_roots = [i for i in range(len(catalogue.processors)) if catalogue.depth[i] > 0]
    controllers = []
    for plan, count in zip(plans, counts, strict=True):
        # Vendors the controller has contracts with: mostly first-level processors.
        roots = catalogue.roots
        vendors = rng.sample(roots, min(len(roots), rng.randint(2, 6)))
        if non_roots and rng.random() < 0.5:
            extra = rng.choice(non_roots)
            if extra not in vendors:
                vendors.append(extra)
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

"""The shared processor catalogue: sub-processor chains from Finland out to third countries.

Why: derived transfers, mechanism gaps and the version 2 processor fields (TIA, adequacy scope,
per-country mechanisms, Art. 27 representative) are only worth showing on chains that cross
borders the way real supply chains do (FI -> SE/DE/IE -> US/IN/GB -> ...). The SCC module
recorded on a processor follows its leg: module 2 for a processor controllers engage directly (a
root), module 3 for a sub-processor. A processor established outside the EEA reaches the data from
its own country even when it stores them inside the EEA, so its country counts as a destination.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from ropa.demo.draw import Draw, empty_dpo, iso, slug
from ropa.demo.facts import (
    ADEQUACY,
    ART46_47,
    D_CHECK_END,
    D_CHECK_START,
    EEA,
    SCOPE_LIMITED,
    adequacy_decision,
)

__all__ = ["Catalogue", "Leg", "adequacy_scope", "empty_scope"]

# Art. 46 tools a few processors rely on instead of SCCs or BCRs. Derogations (Art. 49) are for
# occasional transfers, not a processor's ongoing processing (EDPB Guidelines 2/2018).
_RARE_MECHANISMS = {
    "certification": "Approved certification with binding and enforceable commitments (Art. 46(2)(f))",
    "code_of_conduct": "Approved code of conduct with binding and enforceable commitments (Art. 46(2)(e))",
}
# Where a processor outside the EEA that keeps the data inside it stores them.
_EEA_STORAGE = ("IE", "IE", "NL", "DE", "SE", "FI")


class Leg(NamedTuple):
    """How data reaches one processing country outside the EEA."""

    mechanism: str | None
    scc_module: int | None
    safeguards: str
    tia: str


def empty_scope() -> dict[str, Any]:
    """``adequacy_scope`` when no scope-limited decision is relied on (not checked)."""
    return {"confirmed": None, "checked_on": None, "evidence": ""}


def adequacy_scope(draw: Draw, country: str) -> dict[str, Any]:
    """Whether a recipient in ``country`` is inside its scope-limited adequacy decision.

    Mostly confirmed (e.g. on the DPF List), sometimes not yet checked, rarely found outside.
    """
    rng = draw.rng
    r = rng.random()
    if r < 0.23:
        return empty_scope()
    evidence = draw.m.adequacy_evidence[country]
    checked = iso(draw.date_between(D_CHECK_START, D_CHECK_END))
    if r < 0.93:
        return {"confirmed": True, "checked_on": checked, "evidence": evidence.confirmed}
    return {"confirmed": False, "checked_on": checked, "evidence": evidence.refuted}


def _adequacy_text(countries: list[str]) -> str:
    refs = ", ".join(f"{c} {adequacy_decision(c)}".strip() for c in countries)
    return f"Adequacy decision: {refs}"


class Catalogue:
    """Processors in document order (parents first) and what the generator needs to link them."""

    def __init__(self, draw: Draw) -> None:
        self.draw = draw
        self.processors: list[dict[str, Any]] = []
        self.depth: list[int] = []
        self.roots: list[int] = []
        self.outside: list[list[int]] = []  # subtree members reaching the data from outside the EEA
        # per processor: each destination outside the EEA (its own country, where it processes)
        self.legs: list[dict[str, Leg]] = []
        self.scope_country: list[str | None] = []  # the country its adequacy_scope is about
        self._index: dict[str, int] = {}

    def build(self, count: int) -> None:
        """Fill the catalogue to ``count`` processors: the first family, then random chains."""
        rng = self.draw.rng
        for member in self.draw.m.first_family:
            if len(self.processors) >= count:
                return
            parent = member.parent
            depth = 0 if parent is None else self.depth[parent] + 1
            self.add(depth, parent, (member.country, member.stem, member.trade), member.gap)
        while len(self.processors) < count:
            root = self.add(0, None)
            target = rng.choices((0, 1, 2, 3, 4), weights=(25, 30, 22, 14, 9))[0]
            current = root
            for depth in range(1, target + 1):
                if len(self.processors) >= count:
                    break
                child = self.add(depth, current)
                if rng.random() < 0.3 and len(self.processors) < count:
                    self.add(depth, current)  # a sibling sub-processor
                current = child

    def add(
        self,
        depth: int,
        parent: int | None,
        preset: tuple[str, str, int] | None = None,
        gap: bool = False,
    ) -> int:
        """Append one processor below ``parent`` (an earlier index) and return its index."""
        draw, m = self.draw, self.draw.m
        rng = draw.rng
        stem: str | None
        trade_i: int | None
        if preset is not None:
            country, stem, trade_i = preset
        else:
            country = rng.choice(m.depth_countries[depth])
            stem, trade_i = None, None
        stems = m.proc_stems.get(country)
        if stems is None or (country not in ("FI", "PL", "CZ") and rng.random() < 0.4):
            stems = m.proc_global_stems
        form = m.legal_forms.get(country, "Ltd")
        picked: list[int] = []

        def make() -> str:
            t = trade_i if trade_i is not None else rng.randrange(len(m.proc_trades))
            picked.append(t)
            return f"{stem or rng.choice(stems)} {m.proc_trades[t].word}"

        name = draw.unique_name(make, form)
        trade = m.proc_trades[picked[-1]]
        short = name.removesuffix(" " + form)
        key = draw.unique_key("processor", slug(short))
        index = len(self.processors)
        domain = slug(short).replace("-", "") + (".fi" if country == "FI" else ".com")

        # Processing countries: own country plus 0-2 from the pools of this and deeper levels.
        pcs = [country]
        for _ in range(rng.choice((0, 0, 1, 1, 2))):
            extra = rng.choice(m.depth_countries[min(4, depth + rng.randrange(2))])
            if extra not in pcs:
                pcs.append(extra)
        if country not in EEA and rng.random() < 0.25:
            pcs = [rng.choice(_EEA_STORAGE)]  # EU storage, access from its own country
        # The own country first: access from where the processor is established is a transfer.
        outside = [c for c in dict.fromkeys([country, *pcs]) if c not in EEA]
        default = self._default_leg(outside, parent is not None, gap)
        legs = {c: default for c in outside}
        country_mechanisms = self._country_legs(outside, default, parent is not None)
        for c, leg in country_mechanisms:
            legs[c] = leg
        relying = [c for c, leg in legs.items() if leg.mechanism == "adequacy" and c in SCOPE_LIMITED]
        scope_country = relying[0] if relying else None

        fi = country == "FI"
        proc: dict[str, Any] = {
            "key": key,
            "name": name,
            "business_id": draw.business_id() if fi else "",
            "country": country,
            "address": draw.fi_address() if fi else "",
            "email": f"privacy@{domain}",
            "phone": draw.phone() if fi else "",
            "website": f"https://www.{domain}",
            "dpo": draw.person(domain) if fi and rng.random() < 0.6 else empty_dpo(),
            "services": trade.fi if fi else trade.en,
            "processing_countries": pcs,
            "parent": self.processors[parent]["key"] if parent is not None else None,
            "transfer_mechanism": default.mechanism,
            "scc_module": default.scc_module,
            "safeguards": default.safeguards,
            "tia": default.tia,
            "adequacy_scope": adequacy_scope(draw, scope_country) if scope_country else empty_scope(),
            "country_mechanisms": [
                {
                    "country": c,
                    "mechanism": leg.mechanism,
                    "scc_module": leg.scc_module,
                    "safeguards": leg.safeguards,
                    "tia": leg.tia,
                }
                for c, leg in country_mechanisms
            ],
            "representative": rng.choice(m.proc_representatives).as_dict()
            if country not in EEA and rng.random() < 0.35
            else None,
            "notes": "" if rng.random() < 0.8 else m.proc_notes["fi" if fi else "en"],
        }
        self.processors.append(proc)
        self.depth.append(depth)
        self.outside.append([])
        self.legs.append(legs)
        self.scope_country.append(scope_country)
        if parent is None:
            self.roots.append(index)
        if outside:
            node: int | None = index
            while node is not None:
                self.outside[node].append(index)
                pkey = self.processors[node]["parent"]
                node = self._index[pkey] if pkey is not None else None
        self._index[key] = index
        return index

    def _default_leg(self, outside: list[str], sub: bool, gap: bool) -> Leg:
        """The processor's own mechanism for its countries outside the EEA (None: a gap)."""
        if not outside:
            return Leg(None, None, "", "")
        draw = self.draw
        rng = draw.rng
        r = rng.random()
        if gap or r < 0.12:
            return Leg(None, None, "", "")  # the gap compliance checks should report
        if r < 0.5 and all(c in ADEQUACY for c in outside):
            return Leg("adequacy", None, _adequacy_text(outside), "")
        if r < 0.86:
            module = 3 if sub else 2  # processor to sub-processor, controller to processor
            return Leg(
                "scc", module, f"SCC 2021/914 module {module}", draw.tia() if rng.random() < 0.88 else ""
            )
        if r < 0.95:
            tia = draw.tia() if rng.random() < 0.88 else ""
            return Leg("bcr", None, "Binding corporate rules approved by the lead authority", tia)
        mechanism = rng.choice(sorted(_RARE_MECHANISMS))
        tia = draw.tia() if rng.random() < 0.88 else ""
        return Leg(mechanism, None, _RARE_MECHANISMS[mechanism], tia if mechanism in ART46_47 else "")

    def _country_legs(self, outside: list[str], default: Leg, sub: bool) -> list[tuple[str, Leg]]:
        """Countries (besides the first) whose mechanism differs from the default one.

        E.g. a US processor under SCC module 3 whose GB site relies on adequacy, or one relying on
        adequacy whose US affiliate is not DPF-certified and signs SCCs instead.
        """
        if default.mechanism is None or len(outside) < 2:
            return []
        rng = self.draw.rng
        found: list[tuple[str, Leg]] = []
        for c in outside[1:]:
            if default.mechanism != "adequacy" and c in ADEQUACY and rng.random() < 0.75:
                found.append((c, Leg("adequacy", None, f"Adequacy decision {adequacy_decision(c)}", "")))
            elif default.mechanism == "adequacy" and c in SCOPE_LIMITED and rng.random() < 0.4:
                module = 3 if sub else 2
                found.append((c, Leg("scc", module, f"SCC 2021/914 module {module}", self.draw.tia())))
            elif default.mechanism == "scc" and c not in ADEQUACY and rng.random() < 0.15:
                found.append((c, Leg("bcr", None, "Intra-group BCR of the affiliate", self.draw.tia())))
        return found

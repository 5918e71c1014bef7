"""Processors (Art. 28) and their representatives (Art. 27)."""

from __future__ import annotations

from collections.abc import Iterator

from ropa.model.checks.engine import Hit, ProcessorCheck, RegisterCheck, Scope, Severity, rule
from ropa.reference import reference


@rule(
    "sub-processor-not-in-agreement",
    Severity.WARNING,
    "28(2)",
    "Sub-processor {name} in {country} ({chain}) is not mentioned in the agreement with {root}",
    "Alikäsittelijää {name} ({country}, {chain}) ei mainita sopimuksessa käsittelijän {root} kanssa",
)
def sub_processor_not_in_agreement(check: RegisterCheck) -> Iterator[Hit]:
    seen: set[str] = set()
    for flow in check.flows:
        if flow.depth < 1 or not flow.is_transfer or flow.processor in seen:
            continue
        index = check.link_index(flow.chain[0])
        if index is None:
            continue
        sub = check.catalogue.processors[flow.chain[-1]]
        agreement = check.register.processors[index].agreement
        mentioned = any(word and word.lower() in agreement.lower() for word in (sub.name, sub.key))
        if not mentioned:
            seen.add(sub.key)
            root = check.catalogue.processors[flow.chain[0]]
            yield Hit(
                f"processors[{index}].agreement",
                {
                    "name": sub.name or sub.key,
                    "country": flow.country,
                    "chain": " → ".join(flow.chain),
                    "root": root.name or root.key,
                },
            )


@rule(
    "processor-representative-missing",
    Severity.INFO,
    "27",
    "{name} is established in {country}, outside the EU: if Art. 3(2) applies to it, it needs an Art. 27 "
    "representative, and none is recorded",
    "{name} on sijoittautunut EU:n ulkopuolelle ({country}): jos 3 artiklan 2 kohta koskee sitä, sillä on "
    "oltava 27 artiklan mukainen edustaja, eikä sellaista ole kirjattu",
    Scope.PROCESSOR,
)
def processor_representative_missing(check: ProcessorCheck) -> Iterator[Hit]:
    processor = check.processor
    country = processor.country
    if not country or processor.representative is not None or reference().is_organisation(country):
        return
    if not reference().is_eea(country, check.on):
        yield Hit("representative", {"name": processor.name or processor.key, "country": country})

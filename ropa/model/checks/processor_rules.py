"""Processors (Art. 28) and their representatives (Art. 27)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ropa.model.checks.engine import Hit, ProcessorCheck, RegisterCheck, Scope, Severity, rule
from ropa.reference import reference

#: An agreement that says sub-processors are authorised in general (Art. 28(2): "general written
#: authorisation", with a list the processor keeps) need not name each one.
_GENERAL_AUTHORISATION = re.compile(
    r"general\s+(written\s+)?authori[sz]ation|sub-?processor\s+list|list\s+of\s+sub-?processors|"
    r"yleinen\s+(kirjallinen\s+)?(ennakko)?lupa|alikäsittelijä(luettelo|lista)|"
    r"allmänt\s+(skriftligt\s+)?förhandstillstånd|underbiträdeslista",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def _agreement_words(text: str) -> str | None:
    """An agreement in lower case, None when it authorises sub-processors in general (agreements
    repeat across registers: cached)."""
    return None if _GENERAL_AUTHORISATION.search(text) else text.lower()


@lru_cache(maxsize=16384)
def _names(agreement: str, name: str, key: str) -> bool:
    """Whether an agreement (in lower case) names a sub-processor by its name or key."""
    return any(word and word.lower() in agreement for word in (name, key))


@rule(
    "sub-processor-not-in-agreement",
    Severity.WARNING,
    "28(2)",
    "The agreement with {root} neither names nor generally authorises its sub-processors outside the "
    "EEA: {subs}",
    "Sopimus käsittelijän {root} kanssa ei nimeä eikä yleisesti hyväksy sen ETA:n ulkopuolisia "
    "alikäsittelijöitä: {subs}",
)
def sub_processor_not_in_agreement(check: RegisterCheck) -> Iterator[Hit]:
    unnamed: dict[int, dict[str, str]] = {}
    agreements: dict[int, str | None] = {}  # per link: the agreement in lower case, None if general
    for flow in check.flows:
        index = check.link_index(flow.chain[0]) if len(flow.chain) > 1 and flow.is_transfer else None
        if index is None:
            continue
        if index not in agreements:
            agreements[index] = _agreement_words(check.register.processors[index].agreement)
        agreement = agreements[index]
        if agreement is None:
            continue
        sub = check.catalogue.processors[flow.chain[-1]]
        if not _names(agreement, sub.name, sub.key):
            unnamed.setdefault(index, {})[sub.key] = f"{sub.name or sub.key} ({flow.country})"
    for index, subs in unnamed.items():
        root = check.catalogue.processors[check.register.processors[index].processor]
        words = {"root": root.name or root.key, "subs": ", ".join(subs.values())}
        yield Hit(f"processors[{index}].agreement", words)


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

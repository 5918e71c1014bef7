"""Chapter V: where a country stands on a date, and the transfers a processor chain implies."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import lru_cache

from ropa.model.processors import children_index, walk_chains
from ropa.model.records import Processor
from ropa.reference import AdequacyDecision, reference


class CountryStatus(StrEnum):
    """Where a destination (a country or an international organisation) stands under Chapter V on a date.

    ``THIRD_COUNTRY`` also covers an international organisation without an adequacy decision.
    """

    EEA = "eea"
    ADEQUACY = "adequacy"
    THIRD_COUNTRY = "third_country"


@dataclass(frozen=True, slots=True)
class CountryStanding:
    """A country's status on a date, with the adequacy decision when that is what covers it."""

    country: str
    status: CountryStatus
    decision: AdequacyDecision | None = None

    @property
    def scope_limited(self) -> bool:
        """True when the adequacy decision covers only part of the country (e.g. US: DPF only)."""
        return self.decision is not None and bool(self.decision.scope_label("en"))


@lru_cache(maxsize=4096)
def country_status(country: str, on: date) -> CountryStanding:
    """Return whether ``country`` is in the EEA, covered by adequacy, or a third country on ``on``.

    ``country`` may also be ``XK`` or an international organisation id: ``"intl:epo"`` is ADEQUACY
    from its decision's adoption (15 July 2025); no organisation is ever EEA."""
    ref = reference()
    if ref.is_eea(country, on):
        return CountryStanding(country, CountryStatus.EEA)
    decision = ref.adequacy_for(country, on)
    if decision is not None:
        return CountryStanding(country, CountryStatus.ADEQUACY, decision)
    return CountryStanding(country, CountryStatus.THIRD_COUNTRY)


@dataclass(frozen=True, slots=True)
class DerivedTransfer:
    """A transfer implied by a processor (or sub-processor) processing outside the EEA.

    ``chain`` runs from the processor the register engages down to ``processor``, the one that
    processes in ``country``; the mechanism is the one recorded on that processor, if any.
    """

    country: str
    chain: tuple[str, ...]
    standing: CountryStanding
    mechanism: str | None
    scc_module: int | None
    safeguards: str

    @property
    def processor(self) -> str:
        return self.chain[-1]

    @property
    def depth(self) -> int:
        """0 for the engaged processor itself, 1 for its sub-processor, and so on."""
        return len(self.chain) - 1


class ProcessorCatalogue:
    """The processor catalogue indexed once, so that derived transfers of many registers stay cheap."""

    def __init__(self, processors: Iterable[Processor]) -> None:
        self.processors: dict[str, Processor] = {p.key: p for p in processors}
        self.children = children_index({key: p.parent for key, p in self.processors.items()})

    def derived_transfers(self, roots: Iterable[str], on: date) -> list[DerivedTransfer]:
        """Walk the processors in ``roots`` and their sub-processor chains to any depth.

        Every processing country outside the EEA on ``on`` gives one derived transfer per
        (processor, country), carrying the shortest chain that leads to it. Keys not in the
        catalogue are skipped: a view of one controller holds every processor it references.
        """
        found: list[DerivedTransfer] = []
        for chain in walk_chains((r for r in roots if r in self.processors), self.children):
            processor = self.processors[chain[-1]]
            for country in dict.fromkeys(processor.processing_countries):
                standing = country_status(country, on)
                if standing.status is CountryStatus.EEA:
                    continue
                found.append(
                    DerivedTransfer(
                        country=country,
                        chain=chain,
                        standing=standing,
                        mechanism=processor.transfer_mechanism,
                        scc_module=processor.scc_module,
                        safeguards=processor.safeguards,
                    )
                )
        return found

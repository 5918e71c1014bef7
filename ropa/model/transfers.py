"""Chapter V: where a destination stands on a date, and every flow of data that leaves the EEA.

A flow is either *declared* in a record (``Register.transfers``, ``ProcessingOnBehalf.transfers``)
or *derived* from the processors a record engages and their sub-processor chains: each processor
sends data wherever it processes it (``processing_countries``) and to its own country of
establishment, from which it can access the data (EDPB Guidelines 05/2021). The same rows feed
``ropa transfers``, the window's Transfers view, the exports and the checks.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import lru_cache

from ropa.gc_pause import collector_paused
from ropa.model.fields import Words
from ropa.model.processors import children_index, walk_chains
from ropa.model.records import AdequacyScope, Controller, Processor, Transfer, Workspace
from ropa.reference import AdequacyDecision, InterimProvision, reference


class CountryStatus(StrEnum):
    """Where a destination (a country or an international organisation) stands under Chapter V on a date.

    ``THIRD_COUNTRY`` also covers an international organisation without an adequacy decision.
    """

    EEA = "eea"
    INTERIM = "interim"  # outside the EEA but, by a provision of Union law, no transfer (GB 1.1.-27.6.2021)
    ADEQUACY = "adequacy"
    THIRD_COUNTRY = "third_country"


@dataclass(frozen=True, slots=True)
class CountryStanding:
    """A country's status on a date, with the adequacy decision when that is what covers it."""

    country: str
    status: CountryStatus
    decision: AdequacyDecision | None = None
    interim: InterimProvision | None = None

    @property
    def scope_limited(self) -> bool:
        """True when the adequacy decision covers only part of the country (e.g. US: DPF only)."""
        return self.decision is not None and self.decision.scope_limited


@lru_cache(maxsize=4096)
def country_status(country: str, on: date) -> CountryStanding:
    """Return whether ``country`` is in the EEA, covered by adequacy, or a third country on ``on``.

    ``country`` may also be ``XK`` or an international organisation id: ``"intl:epo"`` is ADEQUACY
    from its decision's adoption (15 July 2025); no organisation is ever EEA."""
    ref = reference()
    if ref.is_eea(country, on):
        return CountryStanding(country, CountryStatus.EEA)
    interim = ref.interim_for(country, on)
    if interim is not None:
        return CountryStanding(country, CountryStatus.INTERIM, interim=interim)
    decision = ref.adequacy_for(country, on)
    if decision is not None:
        return CountryStanding(country, CountryStatus.ADEQUACY, decision)
    return CountryStanding(country, CountryStatus.THIRD_COUNTRY)


class TransferStatus(StrEnum):
    """What one flow is under Chapter V on a date, once the recipient's adequacy scope is known."""

    NOT_A_TRANSFER = "not_a_transfer"  # inside the EEA on that date, or under an interim provision
    ADEQUACY = "adequacy"  # covered by an adequacy decision (a limited one: scope confirmed)
    ADEQUACY_NOT_CONFIRMED = "adequacy_not_confirmed"  # adequacy only if in scope: not confirmed
    THIRD_COUNTRY = "third_country"  # needs an Art. 46/47 tool or an Art. 49 derogation

    def label(self, lang: str = "en") -> str:
        return _STATUS_LABELS[self](lang)

    @property
    def covered_by_adequacy(self) -> bool:
        return self is TransferStatus.ADEQUACY


_STATUS_LABELS: dict[TransferStatus, Words] = {
    TransferStatus.NOT_A_TRANSFER: Words("not a transfer", "ei siirto"),
    TransferStatus.ADEQUACY: Words("adequacy decision", "tietosuojan riittävyyttä koskeva päätös"),
    TransferStatus.ADEQUACY_NOT_CONFIRMED: Words(
        "adequacy only if in scope — not confirmed",
        "riittävyyspäätös vain soveltamisalan piirissä – ei vahvistettu",
    ),
    TransferStatus.THIRD_COUNTRY: Words("third country", "kolmas maa"),
}


def transfer_status(standing: CountryStanding, scope: AdequacyScope) -> TransferStatus:
    """Judge one flow: a scope-limited decision (US DPF, CA PIPEDA, JP, KR, IL) covers the
    recipient only when ``scope.confirmed`` is true; unknown scope is "not confirmed", and a
    recipient found outside the scope is in a third country as far as Art. 45 is concerned."""
    if standing.status in (CountryStatus.EEA, CountryStatus.INTERIM):
        return TransferStatus.NOT_A_TRANSFER
    if standing.status is CountryStatus.ADEQUACY:
        if not standing.scope_limited or scope.confirmed is True:
            return TransferStatus.ADEQUACY
        if scope.confirmed is None:
            return TransferStatus.ADEQUACY_NOT_CONFIRMED
    return TransferStatus.THIRD_COUNTRY


class Basis(StrEnum):
    """Why a flow exists."""

    DECLARED = "declared"  # written in the record's transfers
    PROCESSING = "processing"  # a processor stores or processes the data there
    ESTABLISHMENT = "establishment"  # access from the processor's country of establishment

    def label(self, lang: str = "en") -> str:
        return _BASIS_LABELS[self](lang)


_BASIS_LABELS: dict[Basis, Words] = {
    Basis.DECLARED: Words("declared", "ilmoitettu"),
    Basis.PROCESSING: Words("processing country", "käsittelymaa"),
    Basis.ESTABLISHMENT: Words("access from country of establishment", "pääsy sijoittautumismaasta"),
}

#: The SCC module a leg needs (DOMAIN: the module follows the leg).
CONTROLLER_TO_PROCESSOR = 2
PROCESSOR_TO_PROCESSOR = 3


@dataclass(frozen=True, slots=True, kw_only=True)
class Flow:
    """One flow of personal data to a destination, declared or derived, judged on one date.

    ``chain`` runs from the processor the record engages down to the one that receives the data
    (empty for a declared transfer that is not through a processor). ``module_needed`` is the SCC
    module the leg calls for (2 controller→processor, 3 processor→sub-processor and every leg of
    an Art. 30(2) record), None where the record does not tell (a transfer to another controller).
    """

    country: str
    basis: Basis
    chain: tuple[str, ...]
    standing: CountryStanding
    status: TransferStatus
    module_needed: int | None
    mechanism: str | None = None
    scc_module: int | None = None
    safeguards: str = ""
    tia: str = ""
    adequacy_scope: AdequacyScope = AdequacyScope()
    recipient: str = ""
    position: int | None = None  # a declared flow: its index in the record's transfers

    @property
    def processor(self) -> str | None:
        return self.chain[-1] if self.chain else None

    @property
    def depth(self) -> int:
        """0 for the engaged processor itself, 1 for its sub-processor, and so on."""
        return max(len(self.chain) - 1, 0)

    @property
    def is_transfer(self) -> bool:
        """Whether Chapter V applies to this flow on the date it was judged."""
        return self.status is not TransferStatus.NOT_A_TRANSFER

    @property
    def decision(self) -> AdequacyDecision | None:
        """The adequacy decision for the destination on that date, covering or not."""
        return self.standing.decision

    @property
    def module_fits(self) -> bool:
        """False only when SCC are recorded with a module other than the one the leg needs."""
        return (
            self.mechanism != "scc"
            or self.module_needed is None
            or self.scc_module in (None, self.module_needed)
        )


def _judged(country: str, on: date, scope: AdequacyScope) -> tuple[CountryStanding, TransferStatus]:
    standing = country_status(country, on)
    return standing, transfer_status(standing, scope)


class ProcessorCatalogue:
    """The processor catalogue indexed once, so that the flows of many records stay cheap."""

    def __init__(self, processors: Iterable[Processor]) -> None:
        self.processors: dict[str, Processor] = {p.key: p for p in processors}
        self.children = children_index({key: p.parent for key, p in self.processors.items()})
        # The derived flows of one chain on one date with one SCC module: the same for every record
        # that reaches that processor by that chain (1,000 processors under 10,000 registers), so
        # they are worked out once per catalogue. A catalogue is never changed after it is made:
        # a changed processor means a new catalogue, and so a new cache.
        self._chain_flows: dict[tuple[tuple[str, ...], date, int], tuple[Flow, ...]] = {}
        # ... and the whole answer per engaged list: many records engage the same processors.
        self._root_flows: dict[tuple[tuple[str, ...], date, bool], tuple[Flow, ...]] = {}

    def derived_transfers(self, roots: Iterable[str], on: date, *, on_behalf: bool = False) -> list[Flow]:
        """The flows leaving the EEA through the processors in ``roots`` and their chains, any depth.

        Each processor gives one flow per processing country outside the EEA on ``on`` and one
        for its own country of establishment when that is outside the EEA and not already a
        processing country; each carries the shortest chain that leads to it and the mechanism
        recorded for that country (``country_mechanisms``, else the processor's default). Keys
        not in the catalogue are skipped: a view of one controller holds every processor it
        references. ``on_behalf`` marks the chain of an Art. 30(2) record, where every leg is
        processor to sub-processor.
        """
        engaged = tuple(roots)
        known = self._root_flows.get((engaged, on, on_behalf))
        if known is None:
            known = self._root_flows[(engaged, on, on_behalf)] = self._walked(engaged, on, on_behalf)
        return list(known)

    def _walked(self, roots: tuple[str, ...], on: date, on_behalf: bool) -> tuple[Flow, ...]:
        found: list[Flow] = []
        cache = self._chain_flows
        for chain in walk_chains((r for r in roots if r in self.processors), self.children):
            module = PROCESSOR_TO_PROCESSOR if on_behalf or len(chain) > 1 else CONTROLLER_TO_PROCESSOR
            flows = cache.get((chain, on, module))
            if flows is None:
                flows = cache[(chain, on, module)] = self._chain_derived(chain, on, module)
            found.extend(flows)
        return tuple(found)

    def _chain_derived(self, chain: tuple[str, ...], on: date, module: int) -> tuple[Flow, ...]:
        """The flows leaving the EEA at the last processor of ``chain``, uncached."""
        processor = self.processors[chain[-1]]
        found = []
        for country, basis in _destinations(processor):
            standing, status = _judged(country, on, processor.adequacy_scope)
            if status is TransferStatus.NOT_A_TRANSFER:
                continue
            found.append(_derived(processor, country, basis, chain, standing, status, module))
        return tuple(found)

    def declared(
        self, transfers: Iterable[Transfer], engaged: Iterable[str], on: date, *, on_behalf: bool = False
    ) -> list[Flow]:
        """The declared ``transfers`` of a record that engages ``engaged``, as flows.

        A transfer through a processor needs module 2 when the record engages that processor
        directly, 3 for a sub-processor or in an Art. 30(2) record; without a processor the record
        does not say which. Its adequacy scope is its own, else the processor's. A transfer
        that names no destination yet (an unfinished draft) gives no flow.
        """
        direct = set(engaged)
        flows = []
        for position, transfer in enumerate(transfers):
            if not transfer.country:
                continue
            through = self.processors.get(transfer.processor) if transfer.processor else None
            scope = transfer.adequacy_scope
            if scope.confirmed is None and through is not None:
                scope = through.adequacy_scope
            standing, status = _judged(transfer.country, on, scope)
            module = None
            if transfer.processor:
                direct_leg = not on_behalf and transfer.processor in direct
                module = CONTROLLER_TO_PROCESSOR if direct_leg else PROCESSOR_TO_PROCESSOR
            flows.append(
                Flow(
                    country=transfer.country,
                    basis=Basis.DECLARED,
                    chain=(transfer.processor,) if transfer.processor else (),
                    standing=standing,
                    status=status,
                    module_needed=module,
                    mechanism=transfer.mechanism,
                    scc_module=transfer.scc_module,
                    safeguards=transfer.safeguards,
                    tia=transfer.tia,
                    adequacy_scope=scope,
                    recipient=transfer.recipient,
                    position=position,
                )
            )
        return flows


def _destinations(processor: Processor) -> Iterator[tuple[str, Basis]]:
    processing = dict.fromkeys(processor.processing_countries)
    for country in processing:
        yield country, Basis.PROCESSING
    if processor.country and processor.country not in processing:
        yield processor.country, Basis.ESTABLISHMENT


def _derived(
    processor: Processor,
    country: str,
    basis: Basis,
    chain: tuple[str, ...],
    standing: CountryStanding,
    status: TransferStatus,
    module: int,
) -> Flow:
    own = next((m for m in processor.country_mechanisms if m.country == country), None)
    return Flow(
        country=country,
        basis=basis,
        chain=chain,
        standing=standing,
        status=status,
        module_needed=module,
        mechanism=own.mechanism if own else processor.transfer_mechanism,
        scc_module=own.scc_module if own else processor.scc_module,
        safeguards=own.safeguards if own else processor.safeguards,
        tia=own.tia if own else processor.tia,
        adequacy_scope=processor.adequacy_scope,
    )


class RecordKind(StrEnum):
    REGISTER = "register"
    PROCESSING_ON_BEHALF = "processing_on_behalf"


@dataclass(frozen=True, slots=True, kw_only=True)
class TransferRow:
    """A flow with the record it belongs to: one line of ``ropa transfers`` and the Transfers view."""

    controller: str
    kind: RecordKind
    record: str
    name: str
    flow: Flow


def transfer_rows(workspace: Workspace, on: date) -> list[TransferRow]:
    """Every declared and derived flow of every record of ``workspace``, judged on ``on``.

    Declared transfers are listed even when the destination is inside the EEA on that date (the
    row then says it is not a transfer); derived ones only where Chapter V applies.
    """
    catalogue = ProcessorCatalogue(workspace.processors)
    rows: list[TransferRow] = []
    with collector_paused():  # tens of thousands of rows, no cycles among them
        for controller in workspace.controllers:
            rows.extend(controller_rows(controller, catalogue, on))
    return rows


def controller_rows(controller: Controller, catalogue: ProcessorCatalogue, on: date) -> Iterator[TransferRow]:
    """The rows of one controller: its registers, then its Art. 30(2) records."""
    for register in controller.registers:
        engaged = [link.processor for link in register.processors]
        flows = catalogue.declared(register.transfers, engaged, on) + catalogue.derived_transfers(engaged, on)
        for flow in flows:
            yield TransferRow(
                controller=controller.key,
                kind=RecordKind.REGISTER,
                record=register.key,
                name=register.name,
                flow=flow,
            )
    for pob in controller.processing_on_behalf:
        flows = catalogue.declared(pob.transfers, pob.subprocessors, on, on_behalf=True)
        for flow in flows + catalogue.derived_transfers(pob.subprocessors, on, on_behalf=True):
            yield TransferRow(
                controller=controller.key,
                kind=RecordKind.PROCESSING_ON_BEHALF,
                record=pob.key,
                name=pob.client.name,
                flow=flow,
            )

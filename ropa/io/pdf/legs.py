"""How one flow stands, in words and in a colour: shared by the diagram, the transfers annex and
the privacy notice, so the three never disagree about a transfer."""

from __future__ import annotations

from enum import IntEnum

from ropa.io import wording as W
from ropa.io.pdf import palette, terms
from ropa.model.fields import Words
from ropa.model.transfers import Flow, TransferStatus
from ropa.reference import reference


class Tone(IntEnum):
    """The standing of a leg, worst last (so ``max`` picks the one to show)."""

    INSIDE = 0  # no transfer on that date
    TRANSFER = 1  # leaves the EEA on a mechanism that holds
    CAUTION = 2  # limited adequacy with the scope not confirmed; an SCC module that does not fit
    WARNING = 3  # leaves the EEA with no mechanism, or on an adequacy decision that does not exist

    @property
    def colour(self) -> str:
        return _COLOURS[self]

    @property
    def dashed(self) -> bool:
        """Warnings are dashed too, so they survive a greyscale printer."""
        return self >= Tone.CAUTION

    def label(self, lang: str) -> str:
        return _LABELS[self](lang)


_COLOURS = {Tone.INSIDE: palette.INSIDE, Tone.TRANSFER: palette.TRANSFER, Tone.CAUTION: palette.CAUTION,
            Tone.WARNING: palette.WARNING}  # fmt: skip
_LABELS = {
    Tone.INSIDE: Words("inside the EU/EEA", "EU:n/ETA:n sisällä"),
    Tone.TRANSFER: Words("transfer with its mechanism", "siirto, siirtoperuste kirjattu"),
    Tone.CAUTION: Words(
        "adequacy scope not confirmed, or SCC module not fitting",
        "riittävyyspäätöksen soveltamisala vahvistamatta tai väärä vakiolausekemoduuli",
    ),
    Tone.WARNING: Words("transfer without a mechanism", "siirto ilman siirtoperustetta"),
}
_UNCONFIRMED = Words("adequacy unconfirmed", "riittävyys vahvistamatta")
_SHORT = {"scc": Words("SCC", "vakiolausekkeet"), "bcr": Words("BCR", "BCR"),
          "adequacy": Words("adequacy", "riittävyys")}  # fmt: skip


def tone(flow: Flow) -> Tone:
    """The same judgement as the transfer checks, reduced to one of four standings."""
    if not flow.is_transfer:
        return Tone.INSIDE
    if flow.status is TransferStatus.THIRD_COUNTRY and not flow.mechanism:
        return Tone.WARNING
    if flow.mechanism == "adequacy" and flow.decision is None:
        return Tone.WARNING
    if flow.status is TransferStatus.ADEQUACY_NOT_CONFIRMED and flow.mechanism in (None, "adequacy"):
        return Tone.CAUTION
    if not flow.module_fits:
        return Tone.CAUTION
    return Tone.TRANSFER


def short_ground(flow: Flow, lang: str) -> str:
    """A few words for a diagram: "SCC, module 2", "adequacy (EU) 2023/1795", "no mechanism"."""
    if not flow.is_transfer:
        return ""
    if flow.status.covered_by_adequacy and flow.decision is not None and flow.mechanism in (None, "adequacy"):
        return f"{_SHORT['adequacy'](lang)} {flow.decision.decision}"
    if tone(flow) is Tone.CAUTION and flow.mechanism in (None, "adequacy"):
        return _UNCONFIRMED(lang)
    if not flow.mechanism:
        return W.NO_MECHANISM(lang)
    words = _SHORT.get(flow.mechanism)
    mechanism = reference().mechanism(flow.mechanism)
    text = words(lang) if words else (mechanism.article if mechanism else flow.mechanism)
    if flow.mechanism == "scc" and flow.scc_module is not None:
        text += f", {'moduuli' if terms.finnish(lang) else 'module'} {flow.scc_module}"
    if not flow.module_fits and flow.module_needed is not None:
        text += f" ({W.NEEDS_MODULE(lang).format(module=flow.module_needed)})"
    return text


def ground(flow: Flow, lang: str) -> str:
    """The safeguard in full, for tables and notices: mechanism with its article, module, decision."""
    if not flow.is_transfer:
        interim = flow.standing.interim
        return interim.label(lang) if interim is not None else ""
    parts: list[str] = []
    if flow.mechanism:
        mechanism = reference().mechanism(flow.mechanism)
        label = mechanism.label(lang) if mechanism else flow.mechanism
        parts.append(f"{label} ({mechanism.article})" if mechanism and mechanism.article else label)
    elif not flow.status.covered_by_adequacy:
        parts.append(W.NO_MECHANISM(lang))
    if flow.mechanism == "scc" and flow.scc_module is not None:
        parts.append(reference().scc_modules.label(str(flow.scc_module), lang))
    if flow.decision is not None and flow.status.covered_by_adequacy:
        parts.append(f"{W.ADEQUACY_DECISION(lang)} {flow.decision.decision}")
    return "; ".join(parts)

"""Which fields a notice carries is declared once (:data:`ropa.io.notice_import.own.CARRIED`) and
held here to what the notice writer prints: clearing a carried field changes the page, and every
field whose clearing changes the page is either carried or named, with the reason, in
:data:`ropa.io.notice_import.own.PRINTED_NOT_CARRIED`."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

import pytest

from ropa.io.notice_import.own import CARRIED, PRINTED_NOT_CARRIED
from ropa.io.pdf.notice import build_notice
from ropa.io.pdf.notice_html import notice_html
from ropa.model import records as r
from ropa.model.transfers import ProcessorCatalogue
from tests.io.notice_import.test_roundtrip import rich

DAY = date(2026, 6, 1)
NOT_FIELDS = {"controller": {"registers", "processing_on_behalf", "extensions"}, "register": {"extensions"}}


def _page(workspace: r.Workspace, controller: r.Controller, register: r.Register, lang: str) -> str:
    notice = build_notice(
        controller, register, ProcessorCatalogue(workspace.processors), lang=lang, on=DAY, printed=DAY
    )
    return notice_html(notice)


def _empty(f: dataclasses.Field[Any]) -> Any:
    if f.default is not dataclasses.MISSING:
        return f.default
    assert f.default_factory is not dataclasses.MISSING
    return f.default_factory()


def _full() -> tuple[r.Workspace, r.Controller, r.Register]:
    """The rich seed with the fields no notice carries filled in too, so each can be probed."""
    workspace, controller, register = rich()
    register = dataclasses.replace(
        register,
        reference="VIE-1",
        transfers=(r.Transfer(country="US", recipient="Kumppani Inc."),),
        next_review=date(2027, 6, 1),
    )
    representative = r.Representative(name="Edustaja", address="Rue 1, Bruxelles")
    controller = dataclasses.replace(controller, representative=representative, public_authority=True)
    return workspace, controller, register


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_carried_is_what_the_writer_prints(lang: str) -> None:
    workspace, controller, register = _full()
    page = _page(workspace, controller, register, lang)
    printed: set[str] = set()
    for root, record in (("controller", controller), ("register", register)):
        for f in dataclasses.fields(record):
            if f.name in NOT_FIELDS[root]:
                continue
            value = getattr(record, f.name)
            assert value != _empty(f), f"the probe needs {root}.{f.name} filled in"
            cleared = dataclasses.replace(record, **{f.name: _empty(f)})
            args = (cleared, register) if root == "controller" else (controller, cleared)
            if _page(workspace, *args, lang) != page:  # type: ignore[arg-type]
                printed.add(f"{root}.{f.name}")
    declared = {f"{root}.{name}" for root, names in CARRIED.items() for name in names}
    assert declared <= printed, "declared carried but not printed"
    assert printed <= declared | set(PRINTED_NOT_CARRIED), "printed but neither carried nor explained"

"""The catalogue works out each chain's derived flows once: the results equal the uncached path."""

from __future__ import annotations

import dataclasses
from datetime import date

from ropa.demo import build_demo
from ropa.io.interchange import read_document
from ropa.model import records as r
from ropa.model.checks import check_register, run_checks
from ropa.model.transfers import ProcessorCatalogue

ON = date(2026, 11, 24)


def _demo() -> r.Workspace:
    workspace: r.Workspace = read_document(build_demo(300, 5), "demo")
    return workspace


def test_a_shared_catalogue_gives_what_a_fresh_one_gives_for_every_record() -> None:
    workspace = _demo()
    shared = ProcessorCatalogue(workspace.processors)
    compared = 0
    for on in (ON, date(2019, 6, 1)):  # two dates through one catalogue: each judged on its own
        for controller in workspace.controllers:
            for register in controller.registers:
                engaged = [link.processor for link in register.processors]
                fresh = ProcessorCatalogue(workspace.processors)
                assert shared.derived_transfers(engaged, on) == fresh.derived_transfers(engaged, on)
                assert check_register(controller, register, shared, on) == check_register(
                    controller, register, fresh, on
                )
                compared += 1
            for pob in controller.processing_on_behalf:
                fresh = ProcessorCatalogue(workspace.processors)
                assert shared.derived_transfers(pob.subprocessors, on, on_behalf=True) == (
                    fresh.derived_transfers(pob.subprocessors, on, on_behalf=True)
                )
    assert compared == 600


def test_a_chain_is_worked_out_once_per_catalogue_date_and_module() -> None:
    catalogue = ProcessorCatalogue(
        [
            r.Processor(key="host", country="FI", processing_countries=("FI",)),
            r.Processor(key="cloud", country="US", processing_countries=("US",), parent="host"),
        ]
    )
    first = catalogue.derived_transfers(["host"], ON)
    again = catalogue.derived_transfers(["host"], ON)
    assert [f.chain for f in first] == [("host", "cloud")] and first == again
    assert all(a is b for a, b in zip(first, again, strict=True))  # the same flows, not worked out again
    on_behalf = catalogue.derived_transfers(["host"], ON, on_behalf=True)
    direct = catalogue.derived_transfers(
        ["cloud"], ON
    )  # engaged directly: the controller-to-processor module
    assert on_behalf[0].module_needed == first[0].module_needed == 3 and direct[0].module_needed == 2


def test_a_changed_processor_makes_a_new_catalogue_with_its_own_flows() -> None:
    """A catalogue is made from the processors as they are; the editor makes a new one after a change."""
    cloud = r.Processor(key="cloud", country="US", processing_countries=("US",), transfer_mechanism="scc")
    before = ProcessorCatalogue([cloud])
    assert [(f.country, f.mechanism) for f in before.derived_transfers(["cloud"], ON)] == [("US", "scc")]
    changed = dataclasses.replace(cloud, processing_countries=("US", "IN"), transfer_mechanism="bcr")
    after = ProcessorCatalogue([changed])
    assert [(f.country, f.mechanism) for f in after.derived_transfers(["cloud"], ON)] == [
        ("US", "bcr"),
        ("IN", "bcr"),
    ]
    assert [(f.country, f.mechanism) for f in before.derived_transfers(["cloud"], ON)] == [("US", "scc")]
    moved = ProcessorCatalogue([dataclasses.replace(cloud, processing_countries=("SE",), country="SE")])
    assert moved.derived_transfers(["cloud"], ON) == []


def test_the_whole_run_is_unchanged_by_the_cache() -> None:
    """Every finding of the cached run equals the findings of each register checked on a fresh catalogue."""
    workspace = _demo()
    findings = [f for f in run_checks(workspace, ON) if f.subject == "register"]
    expected = [
        finding
        for controller in workspace.controllers
        for register in controller.registers
        for finding in check_register(controller, register, ProcessorCatalogue(workspace.processors), ON)
    ]
    assert findings == expected and len(findings) > 300

"""The missing-content family also covers a field declared only with a sibling's code: the SCC module."""

from __future__ import annotations

from datetime import date

from ropa.model import records as r
from ropa.model.checks import Severity, check_register, run_checks
from ropa.model.transfers import ProcessorCatalogue

ON = date(2026, 11, 25)


def _register_findings(*transfers: r.Transfer) -> dict[str, list[str]]:
    register = r.Register(key="g", name="G", transfers=transfers)
    found: dict[str, list[str]] = {}
    for finding in check_register(r.Controller(key="c"), register, ProcessorCatalogue(()), ON):
        found.setdefault(finding.rule.id, []).append(finding.path)
    return found


def test_scc_without_a_module_is_reported_at_the_module() -> None:
    found = _register_findings(
        r.Transfer(country="IN", mechanism="scc"),
        r.Transfer(country="IN", mechanism="scc", scc_module=2),
        r.Transfer(country="IN", mechanism="bcr"),
    )
    assert found["missing-transfer-scc-module"] == ["transfers[0].scc_module"]


def test_the_rule_is_a_warning_in_both_languages() -> None:
    register = r.Register(key="g", transfers=(r.Transfer(country="IN", mechanism="scc"),))
    [finding] = [
        f
        for f in check_register(r.Controller(key="c"), register, ProcessorCatalogue(()), ON)
        if f.rule.id == "missing-transfer-scc-module"
    ]
    assert finding.severity is Severity.WARNING
    assert (
        finding.message("en")
        == "Transfer: SCC module is not recorded, though the transfer mechanism is 'scc'"
    )
    assert finding.message("fi") == "Siirto: vakiolausekemoduuli puuttuu, vaikka siirtoperuste on 'scc'"


def test_processors_and_their_mechanisms_per_country() -> None:
    processor = r.Processor(
        key="p",
        name="P",
        processing_countries=("US", "IN"),
        transfer_mechanism="scc",
        country_mechanisms=(r.CountryMechanism(country="IN", mechanism="scc"),),
    )
    found = {
        (f.rule.id, f.path)
        for f in run_checks(r.Workspace(processors=(processor,)), ON)
        if f.rule.id.endswith("scc-module")
    }
    assert found == {
        ("missing-processor-scc-module", "scc_module"),
        ("missing-country-mechanism-scc-module", "country_mechanisms[0].scc_module"),
    }

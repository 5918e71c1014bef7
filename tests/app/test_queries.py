"""The Session's reads for the window, the commands it added, and long operations with Cancel."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from support import FIXTURES, workspace_text

from ropa.app import Cancelled, Session
from ropa.model import records as r

TODAY = date(2026, 11, 25)
ROOT = Path(__file__).resolve().parents[2]


class Stop:
    """A Progress that records the steps and cancels when told which step to stop at."""

    def __init__(self, at: str | None = None) -> None:
        self.steps: list[str] = []
        self.at = at
        self.stopped = False

    def step(self, text: str, done: int, total: int) -> None:
        self.steps.append(text)
        if text == self.at:
            self.stopped = True

    def cancelled(self) -> bool:
        return self.stopped


@pytest.fixture
def demo_workspace(workspace: Session) -> Session:
    from ropa.demo import build_demo
    from ropa.io.interchange import read_document

    workspace.import_records(read_document(build_demo(60, 7), "demo"))
    return workspace


def test_register_summaries_by_keys_controller_and_first_rows(demo_workspace: Session) -> None:
    ws = demo_workspace
    every = ws.register_summaries()
    assert ws.register_summaries(limit=5) == every[:5]
    assert [s.key for s in ws.register_summaries([every[3].key, every[7].key])] == [
        every[3].key,
        every[7].key,
    ]
    controller = every[0].controller_key
    assert ws.register_summaries(controller=controller) == [
        s for s in every if s.controller_key == controller
    ]
    assert ws.register_summaries([every[0].key], controller="no-such") == []
    by_review = ws.register_summaries(order="next_review", descending=True, limit=10)
    dated = sorted((s.next_review for s in every if s.next_review), reverse=True)
    assert [s.next_review for s in by_review] == dated[:10]
    by_name = ws.register_summaries(order="name", limit=3)
    assert [s.name.casefold() for s in by_name] == sorted(s.name.casefold() for s in every)[:3]
    first_two = [c.key for c in ws.controller_summaries()[:2]]
    among = ws.register_summaries(controllers=first_two, limit=4)
    assert among == [s for s in every if s.controller_key in first_two][:4] and among == every[:4]
    assert ws.register_summaries([every[0].key], controllers=[]) == []


def test_controller_summaries_count_registers_and_records(seeded_workspace: Session) -> None:
    found = {
        c.key: (c.name, c.registers, c.processing_on_behalf) for c in seeded_workspace.controller_summaries()
    }
    assert found == {
        "imatran-lampo": ("Imatran Lämpö Oy", 1, 0),
        "inmics": ("Inmics Oy", 1, 1),
        "kemi": ("Kemin kaupunki", 1, 0),
    }
    assert [c.name for c in seeded_workspace.controller_summaries()] == sorted(found[k][0] for k in found)


def test_register_facts_walk_the_processor_chains(seeded_workspace: Session) -> None:
    facts = seeded_workspace.register_facts(TODAY)
    inmics = facts["inmics-asiakas-markkinointi"]
    assert inmics.derived_countries == ("US", "IN") and inmics.derived_transfers == 2
    assert inmics.processors == {"inmics-hosting", "inmics-cloud", "inmics-cloud-support-in"}
    assert facts["kemi-viestinta"].legal_bases == {"art6-1-e", "art6-1-a"}
    assert facts["imatran-lampo-asiakas"].derived_countries == ("RS",)
    assert seeded_workspace.register_facts(TODAY, ["kemi-viestinta"]).keys() == {"kemi-viestinta"}


def test_transfer_rows_of_one_register_match_its_controllers_rows(seeded_workspace: Session) -> None:
    """The window asks for one register's rows; they are the controller's rows of that register."""
    ws = seeded_workspace
    for controller, register in (
        ("imatran-lampo", "imatran-lampo-asiakas"),
        ("inmics", "inmics-asiakas-markkinointi"),
    ):
        mine = ws.transfer_rows(None, TODAY, register=register)
        theirs = [row for row in ws.transfer_rows(controller, TODAY) if row.record == register]
        assert mine == theirs and mine
    rows = ws.transfer_rows("imatran-lampo", TODAY)
    assert {(row.flow.basis.value, row.flow.country) for row in rows} >= {("processing", "RS")}
    assert any(row.flow.basis.value == "declared" for row in rows)
    inmics = {row.flow.country: row.flow for row in ws.transfer_rows("inmics", TODAY)}
    assert inmics["IN"].chain[-1] == "inmics-cloud-support-in"


def test_processor_overview_with_users_through_chains(seeded_workspace: Session) -> None:
    overview = seeded_workspace.processor_overview("inmics")
    assert {p.key for p in overview.processors} == {
        "inmics-hosting",
        "inmics-cloud",
        "inmics-cloud-support-in",
    }
    [direct] = overview.users("inmics-hosting")
    assert (direct.register, direct.controller, direct.processor) == (
        "inmics-asiakas-markkinointi",
        "inmics",
        "inmics-hosting",
    )
    assert overview.users("inmics-cloud-support-in") == (direct,)  # used through its parents
    whole = seeded_workspace.processor_overview()
    assert len(whole.processors) == 7 and whole.processor("valu-digital") is not None


def test_processing_on_behalf_of_one_or_all_controllers(seeded_workspace: Session) -> None:
    [(controller, record)] = seeded_workspace.processing_on_behalf("inmics")
    assert controller == "inmics" and record.client.name
    assert seeded_workspace.processing_on_behalf() == [(controller, record)]
    assert seeded_workspace.processing_on_behalf("kemi") == []


def test_retire_rename_and_add_sub_processor_are_undoable(seeded_workspace: Session) -> None:
    ws = seeded_workspace
    before = workspace_text(ws)
    retired = ws.retire_register("kemi-viestinta")
    assert retired.action == "retire" and ws.get(r.Register, "kemi-viestinta").status == "retired"
    renamed = ws.rename_controller("kemi", "  Kemin kaupunkikonserni ")
    assert renamed.action == "rename" and ws.get(r.Controller, "kemi").name == "Kemin kaupunkikonserni"
    added = ws.add_subprocessor(
        "valu-digital", r.Processor(key="valu-sub", name="Sub", processing_countries=("IN",))
    )
    assert added.action == "add-subprocessor" and ws.get(r.Processor, "valu-sub").parent == "valu-digital"
    assert ws.register_facts(TODAY, ["kemi-viestinta"])["kemi-viestinta"].derived_countries == ("US", "IN")
    for change in (added, renamed, retired):
        ws.revert(change)
    assert workspace_text(ws) == before
    with pytest.raises(Exception, match="a name is needed"):
        ws.rename_controller("kemi", " ")


def test_the_processor_catalogue_is_kept_until_it_changes(seeded_workspace: Session) -> None:
    ws = seeded_workspace
    first = ws.processors()
    assert ws.processors() is first
    ws.create_processor(r.Processor(key="new-one", name="New"))
    assert "new-one" in {p.key for p in ws.processors()}
    ws.forget()
    assert ws.processors() is not first


def test_a_cancelled_import_rolls_back_inside_the_transaction(
    seeded_workspace: Session, tmp_path: Path
) -> None:
    from ropa.demo import build_demo
    from ropa.io.interchange import read_document

    source = tmp_path / "big.json"
    with Session.open(tmp_path / "other.ropa") as other:
        other.import_records(read_document(build_demo(60, 11), "demo"))
        other.export_json(source)
    empty = tmp_path / "empty.ropa"
    with Session.open(empty) as ws:
        before = workspace_text(ws)
        stop = Stop(at="Saving")  # Cancel pressed as the transaction starts: it stops inside it
        with pytest.raises(Cancelled):
            ws.import_file(source, progress=stop)
        assert stop.steps == ["Reading the file", "Parsing JSON", "Checking the records", "Saving"]
        assert workspace_text(ws) == before
        early = Stop(at="Reading the file")
        with pytest.raises(Cancelled):
            ws.import_file(source, progress=early)
        summary = ws.import_file(source, progress=Stop())
        assert summary.registers == 60


def test_a_cancelled_export_writes_nothing(seeded_workspace: Session, tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    with pytest.raises(Cancelled):
        seeded_workspace.export_json(target, progress=Stop(at="Writing JSON"))
    assert [p.name for p in tmp_path.iterdir() if "out" in p.name] == []
    seeded_workspace.export_json(target, controller="kemi", progress=Stop())
    assert target.is_file()


def test_demo_import_reports_its_steps(workspace: Session) -> None:
    stop = Stop()
    summary = workspace.import_demo(12, 3, progress=stop)
    assert summary.registers == 12 and stop.steps[0] == "Building the demo record"


@pytest.mark.sqlite_only
def test_listing_a_current_workspace_imports_neither_sqlalchemy_nor_alembic(
    seeded_workspace: Session,
) -> None:
    """What the window needs before its first paint comes from the standard library alone."""
    code = (
        "import sys\n"
        "from ropa.app import Session\n"
        f"ws = Session.open({str(seeded_workspace.path)!r}, create=False)\n"
        "assert len(ws.register_summaries()) == 3 and len(ws.controller_summaries()) == 3\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic', 'sqlmodel'))\n"
        "print(heavy)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


@pytest.mark.sqlite_only
def test_an_old_schema_is_still_upgraded_on_opening(tmp_path: Path) -> None:
    """Skipping Alembic for a current schema must not skip it for an old one."""
    import shutil

    path = tmp_path / "old.ropa"
    shutil.copy(FIXTURES / "workspaces" / "schema-0001.ropa", path)
    with Session.open(path, create=False) as ws:
        assert ws.register_summaries() and ws.processors()
        changed = ws.rename_controller(ws.controller_summaries()[0].key, "Uusi nimi")
        assert dataclasses.replace(changed.new, name="x").name == "x"

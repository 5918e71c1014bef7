"""The application layer's commands: validated, one transaction each, located refusals, undoable."""

from __future__ import annotations

import dataclasses

import pytest
from support import workspace_text

from ropa.app import CommandError, Session
from ropa.model import records as r


def _keys(ws: Session, controller: str) -> list[str]:
    return [g.key for g in ws.snapshot(controller).controllers[0].registers]


def test_create_update_delete_register_and_undo_each(seeded_workspace: Session) -> None:
    ws = seeded_workspace
    before = workspace_text(ws)
    created = ws.create_register("kemi", r.Register(key="kemi-uusi", name="Uusi rekisteri"), position=0)
    assert _keys(ws, "kemi")[0] == "kemi-uusi"
    edited = ws.update_register("kemi-uusi", r.Register(key="kemi-uusi", name="Nimi muutettu"))
    assert edited.old.name == "Uusi rekisteri" and ws.get(r.Register, "kemi-uusi").name == "Nimi muutettu"
    ws.revert(edited)
    assert ws.get(r.Register, "kemi-uusi").name == "Uusi rekisteri"
    ws.revert(created)
    assert workspace_text(ws) == before


def test_deleting_a_register_and_undoing_puts_it_back_in_place(seeded_workspace: Session) -> None:
    ws = seeded_workspace
    ws.create_register("kemi", r.Register(key="kemi-toinen", name="Toinen"))
    order = _keys(ws, "kemi")
    before = workspace_text(ws)
    deleted = ws.delete_register(order[0])
    assert _keys(ws, "kemi") == order[1:]
    ws.revert(deleted)
    assert workspace_text(ws) == before


def test_duplicate_and_move(seeded_workspace: Session) -> None:
    ws = seeded_workspace
    original = _keys(ws, "kemi")[0]
    copy = ws.duplicate_register(original)
    assert copy.new.key == f"{original}-copy" and _keys(ws, "kemi")[:2] == [original, f"{original}-copy"]
    assert dataclasses.replace(ws.get(r.Register, copy.new.key), key=original) == ws.get(r.Register, original)
    assert ws.duplicate_register(original).new.key == f"{original}-copy-2"
    order = _keys(ws, "kemi")
    moved = ws.move_register(copy.new.key, "inmics")
    assert _keys(ws, "inmics")[-1] == copy.new.key and copy.new.key not in _keys(ws, "kemi")
    ws.revert(moved)
    assert _keys(ws, "kemi") == order


def test_a_refused_change_names_the_field_and_changes_nothing(seeded_workspace: Session) -> None:
    ws = seeded_workspace
    before = workspace_text(ws)
    bad = r.Register(key="kemi-x", purposes=(r.Purpose(legal_basis="art6-1-z"),))
    with pytest.raises(CommandError) as caught:
        ws.create_register("kemi", bad)
    assert "register 'kemi-x': purposes[0].legal_basis: 'art6-1-z' is not a legal basis code" in str(
        caught.value
    )
    taken = _keys(ws, "inmics")[0]
    with pytest.raises(CommandError, match=f"key: register '{taken}' is already in the workspace"):
        ws.create_register("kemi", r.Register(key=taken))
    with pytest.raises(CommandError, match="no processor with key 'ghost' in the workspace"):
        ws.link_processor(_keys(ws, "kemi")[0], r.ProcessorLink(processor="ghost"))
    assert workspace_text(ws) == before


def test_transfers_and_links_edit_one_register(seeded_workspace: Session) -> None:
    ws = seeded_workspace
    key = _keys(ws, "kemi")[0]
    added = ws.add_transfer(key, r.Transfer(recipient="Nimbus", country="US", mechanism="scc", scc_module=2))
    assert ws.get(r.Register, key).transfers[-1].recipient == "Nimbus"
    with pytest.raises(CommandError, match="an SCC module is given but the transfer mechanism is not 'scc'"):
        ws.update_transfer(key, len(added.new.transfers) - 1, r.Transfer(mechanism="bcr", scc_module=2))
    ws.remove_transfer(key, len(added.new.transfers) - 1)
    assert ws.get(r.Register, key).transfers == added.old.transfers
    with pytest.raises(CommandError, match="no such item"):
        ws.unlink_processor(key, 99)


def test_processor_commands_keep_chains_and_references_sound(seeded_workspace: Session) -> None:
    ws = seeded_workspace
    ws.create_processor(r.Processor(key="sub", name="Sub Oy", parent="inmics-hosting"))
    ws.create_processor(r.Processor(key="subsub", name="Subsub Oy", parent="sub"))
    assert ws.get(r.Processor, "sub").parent == "inmics-hosting"
    hosting = ws.get(r.Processor, "inmics-hosting")
    with pytest.raises(CommandError, match="processor chain loops"):
        ws.update_processor("inmics-hosting", dataclasses.replace(hosting, parent="subsub"))
    with pytest.raises(CommandError, match="still used by its sub-processor 'subsub'"):
        ws.delete_processor("sub")
    used = ws.get(r.Register, _keys(ws, "kemi")[0]).processors[0].processor
    with pytest.raises(CommandError, match="still used by register"):
        ws.delete_processor(used)
    deleted = ws.delete_processor("subsub")
    ws.revert(deleted)
    assert ws.get(r.Processor, "subsub").parent == "sub"


def test_controller_details_change_without_touching_its_registers(seeded_workspace: Session) -> None:
    ws = seeded_workspace
    kemi = ws.get(r.Controller, "kemi")
    change = ws.update_controller(
        "kemi", dataclasses.replace(kemi, name="Kemin kaupunki (uusi)", registers=())
    )
    after = ws.get(r.Controller, "kemi")
    assert after.name == "Kemin kaupunki (uusi)" and after.registers == kemi.registers
    ws.revert(change)
    assert ws.get(r.Controller, "kemi") == kemi
    whole = ws.snapshot("kemi")
    ws.revert(ws.delete_controller("kemi"))
    assert (
        ws.snapshot("kemi") == whole
    )  # it comes back whole (after the others: controllers have no position)


def test_processing_on_behalf_delete_and_undo(seeded_workspace: Session) -> None:
    ws = seeded_workspace
    key = ws.snapshot("inmics").controllers[0].processing_on_behalf[0].key
    before = workspace_text(ws)
    ws.revert(ws.delete_processing_on_behalf(key))
    assert workspace_text(ws) == before

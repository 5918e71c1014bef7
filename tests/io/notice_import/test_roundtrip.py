"""A notice ``ropa notice`` writes (HTML) reads back into a register equal to the original in every
field a notice carries (:data:`ropa.io.notice_import.own.CARRIED`)."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from support import load_fixture

from ropa.io.interchange import read_document
from ropa.io.notice_import import EXTENSION, read_notice
from ropa.io.notice_import.own import CARRIED
from ropa.io.pdf import write_notice
from ropa.model import records as r

DAY = date(2026, 6, 1)


def seed(name: str) -> tuple[r.Workspace, r.Controller, r.Register]:
    workspace = read_document(load_fixture(name))
    controller = workspace.controllers[0]
    return workspace, controller, controller.registers[0]


def rich(name: str = "seed_kemi") -> tuple[r.Workspace, r.Controller, r.Register]:
    """A seed with every field a notice carries filled in, several lines and codes included."""
    workspace, controller, register = seed(name)
    register = dataclasses.replace(
        register,
        joint_controllers=(
            r.JointController(
                name="Lapin liitto", contact="kirjaamo@lapinliitto.fi", arrangement="Sopimus 2024; 26 art."
            ),
            r.JointController(name="Tornion kaupunki"),
        ),
        purposes=(
            *register.purposes,
            r.Purpose(
                description="Suoramarkkinointi",
                legal_basis="art6-1-f",
                kind="direct_marketing",
                legitimate_interest="Asiakassuhde. Tarjoukset asiakkaille",
            ),
            r.Purpose(description="Tutkimus"),
        ),
        legal_basis_notes="Ensimmäinen rivi.\nToinen rivi: luettelo; puolipisteitä.",
        special_category_conditions=("art9-2-a", "art9-2-h"),
        national_legal_basis="Kuntalaki 410/2015",
        criminal_data_basis="Rikosrekisterilaki 770/1993 6 §",
        provision_requirement='Vapaaehtoista <b>ei</b> & "lainausmerkit" <script>x</script>',
        sources="Rivi 1\n\nRivi 3 kappaleen jälkeen",
        data_categories=(
            *register.data_categories,
            r.DataCategory(
                name="Terveystiedot, allergiat", special="health", retention="5 v", source="Henkilö itse"
            ),
        ),
        recipients=(
            *register.recipients,
            r.Recipient(
                name="Ruotsin kumppani",
                kind="external",
                country="SE",
                description="Tapahtumat; yhteismarkkinointi",
            ),
            r.Recipient(name="Sisäinen tarkastus", kind="internal"),
            r.Recipient(name="Nimetön vastaanottaja"),
        ),
        automated_decision_making=r.AutomatedDecisionMaking(
            used=True, description="Pisteytys kävijätilastoista."
        ),
        systems=(*register.systems, "Arkisto (paperi)"),
    )
    controller = dataclasses.replace(
        controller,
        business_id="0209599-6",
        website="https://www.kemi.fi",
        supervisory_authority="Tietosuojavaltuutetun toimisto\nPL 800, 00531 Helsinki",
    )
    return workspace, controller, register


def carried(controller: r.Controller, register: r.Register) -> dict[str, Any]:
    """The values a notice carries, in the order the notice prints them."""
    values: dict[str, Any] = {f"controller.{n}": getattr(controller, n) for n in CARRIED["controller"]}
    values |= {f"register.{n}": getattr(register, n) for n in CARRIED["register"]}
    # the notice's date is the last review, or the creation when there was none
    values["register.last_reviewed"] = register.last_reviewed or register.created
    # special categories are printed after the others, under their own heading
    categories = register.data_categories
    values["register.data_categories"] = tuple(c for c in categories if not c.special) + tuple(
        c for c in categories if c.special
    )
    return values


def round_trip(
    workspace: r.Workspace, controller: r.Controller, register: r.Register, lang: str, folder: Path
) -> Any:
    path = folder / f"{register.key}-{lang}.html"
    write_notice(controller, register, workspace, path, lang=lang, on=DAY, printed=DAY)
    return read_notice(path)


@pytest.mark.parametrize("name", ["seed_kemi", "seed_imatran_lampo", "seed_inmics"])
@pytest.mark.parametrize("lang", ["fi", "en"])
def test_own_notice_reads_back_equal(name: str, lang: str, tmp_path: Path) -> None:
    workspace, controller, register = seed(name)
    draft = round_trip(workspace, controller, register, lang, tmp_path)
    expected = carried(controller, register)
    back = carried(draft.controller, draft.register)
    back["register.last_reviewed"] = draft.register.last_reviewed
    for path, value in expected.items():
        assert back[path] == value, path
    assert draft.language == lang


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_every_carried_field_reads_back(lang: str, tmp_path: Path) -> None:
    workspace, controller, register = rich()
    draft = round_trip(workspace, controller, register, lang, tmp_path)
    expected = carried(controller, register)
    back = carried(draft.controller, draft.register)
    back["register.last_reviewed"] = draft.register.last_reviewed
    for path, value in expected.items():
        assert back[path] == value, path


def test_a_nameless_controller_and_no_authority(tmp_path: Path) -> None:
    """No name: the page names the controller by its key, which is not read as its name; no
    supervisory authority: the page names the Finnish one, which is not read as recorded."""
    workspace, controller, register = seed("seed_imatran_lampo")
    controller = dataclasses.replace(controller, name="", supervisory_authority="")
    draft = round_trip(workspace, controller, register, "en", tmp_path)
    assert draft.controller.name == "" and draft.controller.supervisory_authority == ""
    for name in ("business_id", "address", "phone", "email", "website", "dpo"):
        assert getattr(draft.controller, name) == getattr(controller, name), name


def test_empty_fields_stay_empty(tmp_path: Path) -> None:
    """What the record leaves empty the notice prints as "not recorded"; it reads back empty."""
    workspace, controller, register = seed("seed_kemi")
    register = dataclasses.replace(
        register,
        contact_person=r.Person(),
        purposes=(),
        retention="",
        systems=(),
        security_measures=r.SecurityMeasures(),
        data_subject_rights="",
        automated_decision_making=r.AutomatedDecisionMaking(),
        recipients=(),
        disclosures="",
        transfers_statement="",
    )
    draft = round_trip(workspace, controller, register, "fi", tmp_path)
    back = draft.register
    assert back.contact_person == r.Person()
    assert back.purposes == () and back.retention == "" and back.systems == ()
    assert back.security_measures == r.SecurityMeasures() and back.data_subject_rights == ""
    assert back.automated_decision_making.used is None
    assert back.recipients == () and back.disclosures == "" and back.transfers_statement == ""


def test_round_trip_keeps_status_draft_and_what_is_not_carried_in_notes(tmp_path: Path) -> None:
    workspace, controller, register = seed("seed_kemi")
    draft = round_trip(workspace, controller, register, "fi", tmp_path)
    assert draft.register.status == "draft"
    extension = (draft.register.extensions or {})[EXTENSION]
    assert extension["format"] == "html" and extension["language"] == "fi"
    # the processors and the transfer list (which adds the flows the processors imply) are not the
    # record's own fields: the DPO finds them in the notes
    assert [n.heading.split(".")[0] for n in draft.notes] == ["4", "10"]
    assert "Microsoft Ireland Operations Ltd" in draft.notes[0].text
    # the review can show where each value and each note came from
    assert "5." in draft.quote(draft.spans("register.purposes")[0])
    assert [draft.quote(n.spans[0]).split()[0] for n in draft.notes] == ["4.", "10."]


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_pdf_notice_loses_its_running_heads(lang: str, tmp_path: Path) -> None:
    """The PDF's running head (controller, title, date, page X of Y, at the foot of every page) is
    page furniture the repair removes, leaving each line once where it first stands. The PDF goes
    through the general reader (bold leads and list structure are not in its text), so it is not
    held to the HTML's equality."""
    workspace, controller, register = seed("seed_kemi")
    path = tmp_path / "notice.pdf"
    pages = write_notice(controller, register, workspace, path, lang=lang, on=DAY, printed=DAY).pages
    assert pages > 2
    text = read_notice(path).text
    lines = [line.strip() for line in text.splitlines()]
    assert not [line for line in lines if line.startswith(("Sivu ", "Page "))]
    for head in (controller.name, {"fi": "Tietosuojaseloste", "en": "Privacy notice"}[lang]):
        assert lines.count(head) == 1, head


def test_an_own_page_edited_out_of_shape_reads_like_any_notice(tmp_path: Path) -> None:
    workspace, controller, register = seed("seed_kemi")
    path = tmp_path / "edited.html"
    write_notice(controller, register, workspace, path, lang="fi", on=DAY, printed=DAY)
    page = path.read_text(encoding="utf-8")
    start, end = (
        page.index('<section aria-labelledby="section-6">'),
        page.index('<section aria-labelledby="section-7">'),
    )
    path.write_text(page[:start] + page[end:], encoding="utf-8")
    draft = read_notice(path)  # the general reader: no section 6, the rest by its headings
    assert draft.register.name == register.name
    assert draft.controller.dpo == controller.dpo
    assert len(draft.register.purposes) == len(register.purposes)

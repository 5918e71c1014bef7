"""The data-flow diagram layout: pure Python geometry, the same for the PDF and the window.

Boxes per party in columns by depth, legs coloured by the standing of the flows they carry (the
same judgement as the transfer checks), labels that fit their boxes, nothing overlapping.
"""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from pdftools import flat, text
from reportlab.graphics import renderPDF
from support import load_fixture

from ropa.io.interchange import read_document
from ropa.io.pdf import palette
from ropa.io.pdf.diagram import PAD, Diagram, register_diagram
from ropa.io.pdf.diagram_pdf import drawing
from ropa.io.pdf.legs import Tone
from ropa.io.pdf.metrics import text_width
from ropa.model import records as r
from ropa.model.transfers import ProcessorCatalogue

ON = date(2026, 6, 4)


def diagram_of(register: r.Register, processors: tuple[r.Processor, ...], lang: str = "en") -> Diagram:
    controller = r.Controller(key="c", name="Kemin kaupunki", country="FI", registers=(register,))
    return register_diagram(controller, register, ProcessorCatalogue(processors), ON, lang)


def proc(key: str, country: str, *processing: str, parent: str | None = None, **kw: object) -> r.Processor:
    return r.Processor(key=key, name=f"{key.title()} Ltd", country=country, processing_countries=processing,
                       parent=parent, **kw)  # type: ignore[arg-type]  # fmt: skip


def uses(*keys: str, **kw: object) -> r.Register:
    return r.Register(
        key="g", name="Register", processors=tuple(r.ProcessorLink(processor=k) for k in keys), **kw
    )  # type: ignore[arg-type]


def edge_into(diagram: Diagram, key: str) -> object:
    box = next(b for b in diagram.boxes if b.key == key)
    return next(e for e in diagram.edges if e.arrow[0] == (box.x, box.y + box.h / 2))


def test_the_layout_imports_neither_reportlab_nor_qt() -> None:
    probe = (
        "import sys, ropa.io.pdf.diagram; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('reportlab', 'PySide6')))"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_kemi_controller_processors_and_an_unconfirmed_adequacy_leg() -> None:
    document = read_document(load_fixture("seed_kemi"))
    controller = document.controllers[0]
    diagram = register_diagram(
        controller, controller.registers[0], ProcessorCatalogue(document.processors), ON, "fi"
    )
    assert [b.key for b in diagram.boxes] == ["kemi", "valu-digital", "kuntien-tiera", "microsoft-ireland"]
    assert [b.x for b in diagram.boxes][1:] == [diagram.boxes[1].x] * 3  # one column of processors
    microsoft = edge_into(diagram, "microsoft-ireland")
    assert microsoft.colour == palette.CAUTION and microsoft.dashed  # type: ignore[attr-defined]
    assert edge_into(diagram, "valu-digital").colour == palette.INSIDE  # type: ignore[attr-defined]
    words = [t.text for t in diagram.texts]
    assert "Rekisterinpitäjä · FI" in words and "Käsittelijä · IE" in words
    assert "→ US: riittävyys vahvistamatta" in words
    assert Tone.CAUTION in diagram.tones


def test_chains_go_right_and_each_leg_carries_its_mechanism_and_module() -> None:
    processors = (
        proc("hosting", "FI", "FI"),
        proc("support", "US", "US", parent="hosting", transfer_mechanism="scc", scc_module=3),
        proc("backup", "IN", "IN", parent="support"),
        proc("mail", "US", "US", transfer_mechanism="scc", scc_module=3),
    )
    diagram = diagram_of(uses("hosting", "mail"), processors)
    x = {b.key: b.x for b in diagram.boxes}
    assert x["c"] < x["hosting"] == x["mail"] < x["support"] < x["backup"]
    assert edge_into(diagram, "support").colour == palette.TRANSFER  # type: ignore[attr-defined]
    assert edge_into(diagram, "backup").colour == palette.WARNING  # no mechanism at all
    assert edge_into(diagram, "mail").colour == palette.CAUTION  # module 3 where the leg needs 2
    words = " ".join(t.text for t in diagram.texts)  # a leg's label may wrap onto a second line
    assert "→ US: SCC, module 3 Sub-processor · IN" in words
    assert "→ IN: no mechanism recorded" in words
    assert "→ US: SCC, module 3 (needs 2)" in words
    assert diagram.tones == frozenset(Tone)


def test_a_declared_transfer_to_another_recipient_gets_its_own_box() -> None:
    register = uses(transfers=(r.Transfer(recipient="Partner Inc.", country="JP", mechanism="adequacy"),))
    diagram = diagram_of(register, ())
    keys = [b.key for b in diagram.boxes]
    assert keys == ["c", "transfer-0"]
    assert "Partner Inc." in [t.text for t in diagram.texts]


@pytest.mark.parametrize("count", [1, 6, 30])
def test_nothing_overlaps_and_every_text_fits_its_box(count: int) -> None:
    processors = tuple(proc(f"p{i}", "US" if i % 2 else "FI", "US", "IN", "BR") for i in range(count))
    subs = tuple(proc(f"s{i}", "CN", "CN", parent=f"p{i}") for i in range(count))
    diagram = diagram_of(uses(*(p.key for p in processors)), processors + subs)
    boxes = diagram.boxes
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            apart = a.x + a.w <= b.x or b.x + b.w <= a.x or a.y + a.h <= b.y or b.y + b.h <= a.y
            assert apart, (a.key, b.key)
    for t in diagram.texts:
        inside = [b for b in boxes if b.x <= t.x <= b.x + b.w and b.y <= t.y <= b.y + b.h]
        if inside:  # legend lines stand below the boxes
            assert t.x + text_width(t.text, t.size, t.bold) <= inside[0].x + inside[0].w - PAD + 0.01
    assert all(b.x >= 0 and b.x + b.w <= diagram.width + 0.01 for b in boxes)


def test_long_names_wrap_then_are_cut() -> None:
    long = dataclasses.replace(proc("x", "FI", "FI"), name="Pohjois-Pohjanmaan Hyvinvointialueen " * 6)
    diagram = diagram_of(uses("x"), (long,))
    names = [t for t in diagram.texts if t.bold and t.size > 7]
    assert len(names) == 3  # the controller's line and two for the processor
    assert names[-1].text.endswith("…")


def test_the_reportlab_painter_draws_vector_text(tmp_path: Path) -> None:
    document = read_document(load_fixture("seed_kemi"))
    controller = document.controllers[0]
    diagram = register_diagram(
        controller, controller.registers[0], ProcessorCatalogue(document.processors), ON
    )
    path = tmp_path / "diagram.pdf"
    renderPDF.drawToFile(drawing(diagram, max_width=200), str(path))
    content = flat(text(path))
    assert "Microsoft Ireland" in content and "Kemin kaupunki" in content
    assert drawing(diagram, max_width=200).width == pytest.approx(200)

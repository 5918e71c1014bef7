"""The printed record of processing activities, read back with poppler and pypdf.

Every value of a seed-based workspace is in the text, every register in the outline and the
contents, every catalogue field of a register (including one added later) has its row, fonts are
embedded, numbers of pages are right, and an export either completes or leaves nothing behind.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pdftools import flat, fonts, text
from pypdf import PdfReader
from support import SEED_DOCUMENTS, load_fixture

from ropa.app import Session
from ropa.io.interchange import read_document
from ropa.io.pdf import ExportCancelled, export_record, write_record
from ropa.io.pdf.blocks import Blocks
from ropa.io.pdf.styles import styles
from ropa.io.pdf.values import Formatter, is_plain_list, is_scalar
from ropa.model import catalogue
from ropa.model import records as r
from ropa.model.fields import Kind, Words
from ropa.model.fields import text as text_field
from ropa.model.records import Register, Workspace

ON = date(2026, 6, 4)


def seeds() -> Workspace:
    """The three seed documents and the interchange example as one workspace."""
    processors: list[r.Processor] = []
    controllers: list[r.Controller] = []
    for name in SEED_DOCUMENTS:
        document = read_document(load_fixture(name))
        known = {p.key for p in processors}
        processors += [p for p in document.processors if p.key not in known]
        controllers += document.controllers
    return Workspace(processors=tuple(processors), controllers=tuple(controllers))


@pytest.fixture(scope="module")
def seed_pdf(tmp_path_factory: pytest.TempPathFactory) -> tuple[Workspace, Path, str]:
    workspace = seeds()
    path = tmp_path_factory.mktemp("record") / "record.pdf"
    write_record(workspace, path, lang="fi", on=ON, printed=ON)
    return workspace, path, text(path, body=True)


def values(record: Any, fmt: Formatter) -> Iterator[tuple[str, str]]:
    """Every non-empty value of ``record`` as the PDF shows it, walking the catalogue."""
    for spec in catalogue.entity(type(record)).fields:
        value = getattr(record, spec.name)
        if is_scalar(spec):
            shown = fmt.scalar(spec, value)
            if shown:
                yield spec.name, shown
        elif is_plain_list(spec):
            for item in fmt.items(spec, value):
                yield spec.name, item
        elif spec.kind in (Kind.OBJECT, Kind.OPTIONAL) and value is not None:
            yield from values(value, fmt)
        elif spec.kind is Kind.LIST and spec.name not in ("registers", "processing_on_behalf"):
            for item in value:
                yield from values(item, fmt)


def test_every_field_value_of_the_seed_workspace_is_printed(seed_pdf: tuple[Workspace, Path, str]) -> None:
    workspace, _, content = seed_pdf
    printed = flat(content)
    fmt = Formatter("fi", {p.key: p.name for p in workspace.processors})
    records: list[Any] = [*workspace.processors]
    for controller in workspace.controllers:
        records += [controller, *controller.registers, *controller.processing_on_behalf]
    missing = [(name, v) for record in records for name, v in values(record, fmt) if flat(v) not in printed]
    assert missing == []
    assert sum(1 for record in records for _ in values(record, fmt)) > 400  # the walk really ran


def test_every_register_is_in_the_outline_and_the_contents(seed_pdf: tuple[Workspace, Path, str]) -> None:
    workspace, path, content = seed_pdf
    outline = _titles(PdfReader(path).outline)
    registers = [g.name for c in workspace.controllers for g in c.registers]
    assert len(registers) == 4
    for number, controller in enumerate(workspace.controllers, 1):
        assert f"{number}\u2002{controller.name}" in outline
        for index, register in enumerate(controller.registers, 1):
            assert f"{number}.{index}\u2002{register.name}" in outline
    contents = flat(content.split("Sisällys", 1)[1].split("Rekisterinpitäjä", 1)[0])
    for name in registers:
        assert name in contents
    for annex in ("Liite A. Käsittelijät ja alikäsittelijät", "Liite B. Siirrot EU:n/ETA:n ulkopuolelle"):
        assert annex in outline


def _titles(outline: list[Any]) -> list[str]:
    found: list[str] = []
    for entry in outline:
        if isinstance(entry, list):
            found += _titles(entry)
        else:
            found.append(entry.title)
    return found


def test_contents_give_the_page_each_heading_is_on(seed_pdf: tuple[Workspace, Path, str]) -> None:
    workspace, path, _ = seed_pdf
    pages = [flat(text(path, first=n, last=n)) for n in range(1, len(PdfReader(path).pages) + 1)]
    contents = [flat(line) for line in text(path, first=2, last=2).splitlines()]
    checked = 0
    for number, controller in enumerate(workspace.controllers, 1):
        for index, register in enumerate(controller.registers, 1):
            heading = f"{number}.{index} {register.name}"
            on_page = next(n for n, page in enumerate(pages[2:], 3) if heading in page)
            assert f"{heading} {on_page}" in contents
            checked += 1
    assert checked == 4


def test_running_head_and_page_x_of_y(seed_pdf: tuple[Workspace, Path, str]) -> None:
    _, path, _ = seed_pdf
    total = len(PdfReader(path).pages)
    page = flat(text(path, first=3, last=3))
    assert "Seloste käsittelytoimista" in page
    assert f"Sivu 3 / {total}" in page
    assert "4.6.2026" in page
    assert "Kaikki rekisterinpitäjät" in flat(text(path, first=2, last=2))


def test_metadata_and_language(seed_pdf: tuple[Workspace, Path, str]) -> None:
    _, path, _ = seed_pdf
    reader = PdfReader(path)
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Seloste käsittelytoimista – Kaikki rekisterinpitäjät"
    assert meta.subject and "30 artikla" in meta.subject
    assert meta.author == "Kaikki rekisterinpitäjät"
    assert reader.trailer["/Root"]["/Lang"] == "fi"


def test_only_embedded_fonts(seed_pdf: tuple[Workspace, Path, str]) -> None:
    _, path, _ = seed_pdf
    rows = fonts(path)
    assert rows and all(row["emb"] == "yes" for row in rows), rows
    assert {row["name"].split("+")[-1] for row in rows} <= {
        "DejaVuSans",
        "DejaVuSans-Bold",
        "DejaVuSans-Oblique",
        "DejaVuSans-BoldOblique",
    }


def test_empty_fields_are_printed_as_not_recorded(tmp_path: Path) -> None:
    register = Register(key="empty", name="Tyhjä rekisteri")
    controller = r.Controller(key="c", name="Org", registers=(register,))
    path = tmp_path / "empty.pdf"
    write_record(Workspace(controllers=(controller,)), path, lang="en", on=ON, printed=ON)
    content = flat(text(path))
    section = content.split("1.1\u2002Tyhjä rekisteri", 2)[-1].split("Data flows", 1)[0]
    assert section.count("not recorded") >= 20
    for spec in catalogue.entity(Register).fields:
        assert spec.label("en") in section, spec.name


# A register with one field more, as a later version of records.py would declare it.
@dataclass(frozen=True, slots=True, kw_only=True)
class _LaterRegister(Register):
    retention_review: str = text_field(
        ("Retention review", "Säilytysaikojen tarkistus"),
        ("When retention was last reviewed", "Milloin säilytysajat tarkistettiin"),
        "5(1)(e)",
    )


def test_every_catalogue_field_of_a_register_is_printed_even_one_added_later(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(catalogue._NOUNS, _LaterRegister, ("register", Words("Register", "Rekisteri")))
    fields = {
        f.name: getattr(seeds().controllers[1].registers[0], f.name) for f in dataclasses.fields(Register)
    }
    later = _LaterRegister(**fields, retention_review="Vuosittain <tammikuussa>")
    blocks = Blocks(Formatter("fi", {}), styles(), 470)
    markup = " ".join(_markup(flowable) for flowable in blocks.record(later))
    for spec in catalogue.entity(_LaterRegister).fields:
        assert spec.label("fi").replace("&", "&amp;") in markup, spec.name
    assert "Säilytysaikojen tarkistus" in markup and "art. 5(1)(e)" in markup
    assert "Vuosittain &lt;tammikuussa&gt;" in markup


def _markup(flowable: Any) -> str:
    """The paragraph markup inside a flowable (tables, their cells, headings)."""
    if hasattr(flowable, "_cellvalues"):
        return " ".join(_markup(cell) for row in flowable._cellvalues for cell in row)
    return str(getattr(flowable, "text", ""))


def test_transfers_annex_judges_declared_and_derived_flows(seed_pdf: tuple[Workspace, Path, str]) -> None:
    workspace, path, content = seed_pdf
    annex = flat(content.split("Liite B. Siirrot EU:n/ETA:n ulkopuolelle")[-1])
    assert "Microsoft Ireland Operations Ltd" in annex  # Kemi: derived from the processor's US processing
    assert "Yhdysvallat (US)" in annex and "käsittelymaa" in annex
    assert "riittävyyspäätös vain soveltamisalan piirissä – ei vahvistettu" in annex
    assert "(EU) 2023/1795" in annex
    sizes = {(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in PdfReader(path).pages}
    assert sizes == {(595, 842), (842, 595)}  # the annex is landscape


def test_export_of_one_controller_from_a_session(seeded_workspace: Session, tmp_path: Path) -> None:
    path = tmp_path / "kemi.pdf"
    summary = export_record(seeded_workspace, path, controller="kemi", lang="en", on=ON)
    assert (summary.controllers, summary.registers) == (1, 1)
    assert summary.pages == len(PdfReader(path).pages)
    content = flat(text(path))
    assert "Record of processing activities" in content and "Kemin kaupunki" in content
    assert "Imatran Lämpö" not in content
    assert "Record of processing carried out on behalf of controllers (Art. 30(2))" in content
    assert "No processing carried out on behalf of other controllers is recorded." in content


def test_progress_is_reported_and_cancel_leaves_nothing(tmp_path: Path) -> None:
    workspace = seeds()
    seen: list[tuple[int, int]] = []
    write_record(
        workspace, tmp_path / "done.pdf", on=ON, progress=lambda done, total: seen.append((done, total))
    )
    assert seen and seen[-1][0] == seen[-1][1] and [d for d, _ in seen] == sorted(d for d, _ in seen)

    calls = iter(range(1_000_000))
    with pytest.raises(ExportCancelled):
        write_record(workspace, tmp_path / "cancelled.pdf", on=ON, cancelled=lambda: next(calls) > 20)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["done.pdf"]


def test_a_failed_export_keeps_the_previous_file(tmp_path: Path) -> None:
    path = tmp_path / "record.pdf"
    path.write_bytes(b"previous")
    with pytest.raises(ExportCancelled):
        write_record(seeds(), path, on=ON, cancelled=lambda: True)
    assert path.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["record.pdf"]


def test_very_long_texts_and_names_split_across_pages(tmp_path: Path) -> None:
    """A description longer than a page splits inside its row; a huge name is cut in the heading and
    printed whole in its field."""
    long_text = " ".join(f"sana{i}" for i in range(9000))
    name = "Rekisteri " + "pitkä " * 400
    register = r.Register(key="long", name=name, description=long_text, retention=long_text[:3000])
    path = tmp_path / "long.pdf"
    summary = write_record(
        Workspace(controllers=(r.Controller(key="c", name="Org", registers=(register,)),)), path, on=ON
    )
    assert summary.pages > 8
    content = flat(text(path))
    assert "sana0 sana1" in content and "sana8999" in content
    assert flat(name) in content

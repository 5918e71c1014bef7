"""The diagram in the window: the QWidget paints the same layout as the PDF, scaled to its width."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QColor, QImage
from support import load_fixture

from ropa.app import Session
from ropa.io.interchange import read_document
from ropa.io.pdf import palette, register_flow_diagram
from ropa.io.pdf.diagram import register_diagram
from ropa.model.transfers import ProcessorCatalogue
from ropa.ui.diagram_view import MARGIN, DiagramView

ON = date(2026, 6, 4)


def kemi_diagram():  # type: ignore[no-untyped-def]
    document = read_document(load_fixture("seed_kemi"))
    controller = document.controllers[0]
    return register_diagram(
        controller, controller.registers[0], ProcessorCatalogue(document.processors), ON, "fi"
    )


def colours(image: QImage) -> set[str]:
    found = set()
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            found.add(QColor(image.pixel(x, y)).name())
    return found


def test_paints_boxes_text_and_the_warning_colour(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = DiagramView()
    qtbot.addWidget(view)
    diagram = kemi_diagram()
    view.set_diagram(diagram)
    view.resize(900, view.heightForWidth(900))
    image = view.grab().toImage()
    seen = colours(image)
    assert palette.CAUTION.lower() in seen  # the Microsoft leg: adequacy scope not confirmed
    assert palette.ACCENT.lower() in seen  # the controller's frame
    assert palette.CONTROLLER_FILL.lower() in seen
    assert view.heightForWidth(900) > view.heightForWidth(450) > 0
    assert abs(view.heightForWidth(900) - (diagram.height * view.zoom(900) + 2 * MARGIN)) < 1


def test_size_follows_the_diagram_and_none_clears_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = DiagramView()
    qtbot.addWidget(view)
    assert not view.hasHeightForWidth() and view.sizeHint().isEmpty()
    view.set_diagram(kemi_diagram())
    hint = view.sizeHint()
    assert hint.width() > 400 and hint.height() > 150
    view.set_diagram(None)
    assert view.diagram() is None and view.sizeHint().isEmpty()


def test_the_window_builds_the_diagram_from_a_session(seeded_workspace: Session, qtbot) -> None:  # type: ignore[no-untyped-def]
    diagram = register_flow_diagram(seeded_workspace, "kemi-viestinta", on=ON, lang="en")
    assert [b.key for b in diagram.boxes][0] == "kemi"
    view = DiagramView()
    qtbot.addWidget(view)
    view.set_diagram(diagram)
    view.resize(600, view.heightForWidth(600))
    assert not view.grab().toImage().isNull()

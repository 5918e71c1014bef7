"""RegisterTableModel over real workspaces: cells, filtering, sorting, overdue reviews."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from ui_support import column_texts, set_next_review, shown_keys, summaries

from ropa.app import Session
from ropa.app.session import RegisterSummary
from ropa.ui.register_model import KEY_ROLE, OVERDUE_COLOR, Column, RegisterTableModel

DISPLAY = Qt.ItemDataRole.DisplayRole
ASC, DESC = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder


def _model(ws: Session, **kwargs: object) -> RegisterTableModel:
    model = RegisterTableModel("en", **kwargs)  # type: ignore[arg-type]
    model.set_summaries(summaries(ws))
    return model


def test_rows_and_cells_of_the_seeded_workspace(qtmodeltester, seeded_workspace: Session) -> None:
    model = _model(seeded_workspace)
    qtmodeltester.check(model)
    assert (model.rowCount(), model.columnCount(), model.total_count()) == (3, 7, 3)
    headers = [model.headerData(column, Qt.Orientation.Horizontal) for column in Column]
    assert headers == [
        "Register",
        "Controller",
        "Department",
        "Status",
        "Next review",
        "Processors",
        "Transfers",
    ]
    kemi = next(row for row in range(3) if model.index(row, 0).data(KEY_ROLE) == "kemi-viestinta")
    assert [model.index(kemi, column).data(DISPLAY) for column in Column] == [
        "Viestinnän ja markkinoinnin tietosuojaseloste",
        "Kemin kaupunki",
        "Kaupunginhallitus / viestintä",
        "Active",
        "2027-06-04",
        "3",
        "0",
    ]
    assert model.summary(kemi).controller_key == "kemi"
    alignment = model.index(kemi, Column.PROCESSORS).data(Qt.ItemDataRole.TextAlignmentRole)
    assert alignment & Qt.AlignmentFlag.AlignRight


def test_filter_is_a_case_insensitive_substring_of_name_controller_department_or_key(
    seeded_workspace: Session,
) -> None:
    model = _model(seeded_workspace)
    model.set_filter("ASIAKAS")  # two register names
    assert sorted(shown_keys(model)) == ["imatran-lampo-asiakas", "inmics-asiakas-markkinointi"]
    model.set_filter("kemin")  # controller name
    assert shown_keys(model) == ["kemi-viestinta"]
    model.set_filter("hallitus")  # department
    assert shown_keys(model) == ["kemi-viestinta"]
    model.set_filter("lampo-asiakas")  # key
    assert shown_keys(model) == ["imatran-lampo-asiakas"]
    model.set_filter("no such register")
    assert model.rowCount() == 0 and model.total_count() == 3
    model.set_filter("")
    assert model.rowCount() == 3


def test_filter_does_not_match_across_fields(seeded_workspace: Session) -> None:
    model = _model(seeded_workspace)
    model.set_filter("tietosuojaselostekemin")
    assert model.rowCount() == 0


def test_typing_more_characters_gives_the_same_rows_as_a_fresh_filter(demo_workspace: Session) -> None:
    model, fresh = _model(demo_workspace), _model(demo_workspace)
    model.sort(Column.REGISTER, DESC)
    fresh.sort(Column.REGISTER, DESC)
    typed = ""
    for character in "asiakasrek":
        typed += character
        model.set_filter(typed)
        fresh.set_filter("")
        fresh.set_filter(typed)
        assert shown_keys(model) == shown_keys(fresh)
    assert 0 < model.rowCount() < model.total_count()
    model.set_filter("rekx")  # not an extension of the previous text: filters all rows again
    assert model.rowCount() == 0
    model.set_filter("rek")
    assert model.rowCount() > 0


def _sort_key(column: Column, row: RegisterSummary, status_labels: dict[str | None, str]) -> object:
    if column == Column.REGISTER:
        return row.name.casefold()
    if column == Column.CONTROLLER:
        return row.controller_name.casefold()
    if column == Column.DEPARTMENT:
        return row.department.casefold()
    if column == Column.STATUS:
        return status_labels[row.status].casefold()
    if column == Column.NEXT_REVIEW:
        return (row.next_review is None, row.next_review or date.min)
    if column == Column.PROCESSORS:
        return row.processors
    return row.transfers


@pytest.mark.parametrize("order", [ASC, DESC], ids=["ascending", "descending"])
@pytest.mark.parametrize("column", list(Column), ids=[column.name.lower() for column in Column])
def test_sort_by_each_column(demo_workspace: Session, column: Column, order: Qt.SortOrder) -> None:
    rows = summaries(demo_workspace)
    set_next_review(demo_workspace, rows[0].key, None)  # a register without a review date
    rows = summaries(demo_workspace)
    model = _model(demo_workspace)
    status_labels = {None: "", "draft": "draft", "active": "active", "retired": "retired"}
    model.sort(column, order)
    # Python's sort is stable, also with reverse=True: ties keep the workspace order, as in the model.
    expected = sorted(rows, key=lambda row: _sort_key(column, row, status_labels), reverse=order == DESC)
    assert shown_keys(model) == [row.key for row in expected]
    assert len(set(column_texts(model, column))) > 1  # the data really has something to sort


def test_sorting_keeps_the_filter_and_the_selection(demo_workspace: Session) -> None:
    model = _model(demo_workspace)
    model.set_filter("asiakas")
    assert 3 < model.rowCount() < model.total_count()
    selection = QItemSelectionModel(model)
    selection.select(
        model.index(2, 0), QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    )
    chosen = model.index(2, 0).data(KEY_ROLE)
    filtered = set(shown_keys(model))
    model.sort(Column.NEXT_REVIEW, DESC)
    assert set(shown_keys(model)) == filtered
    [selected] = selection.selectedRows()
    assert selected.data(KEY_ROLE) == chosen
    assert shown_keys(model).index(chosen) == selected.row()


def test_new_summaries_keep_sort_and_filter(seeded_workspace: Session) -> None:
    model = _model(seeded_workspace)
    model.sort(Column.REGISTER, DESC)
    model.set_filter("asiakas")
    model.set_summaries(summaries(seeded_workspace))
    assert shown_keys(model) == ["imatran-lampo-asiakas", "inmics-asiakas-markkinointi"]


def test_overdue_review_is_red_with_a_tooltip(seeded_workspace: Session) -> None:
    yesterday = date.today() - timedelta(days=1)
    set_next_review(seeded_workspace, "inmics-asiakas-markkinointi", yesterday)
    set_next_review(seeded_workspace, "kemi-viestinta", date.today())  # due today: not yet overdue
    model = _model(seeded_workspace)
    rows = {model.index(row, 0).data(KEY_ROLE): row for row in range(model.rowCount())}
    overdue = model.index(rows["inmics-asiakas-markkinointi"], Column.NEXT_REVIEW)
    assert overdue.data(DISPLAY) == yesterday.isoformat()
    assert overdue.data(Qt.ItemDataRole.ForegroundRole) == OVERDUE_COLOR
    assert overdue.data(Qt.ItemDataRole.ToolTipRole) == "Review overdue"
    for key in ("kemi-viestinta", "imatran-lampo-asiakas"):
        cell = model.index(rows[key], Column.NEXT_REVIEW)
        assert cell.data(Qt.ItemDataRole.ForegroundRole) is None
        assert cell.data(Qt.ItemDataRole.ToolTipRole) is None
    name_cell = model.index(rows["inmics-asiakas-markkinointi"], Column.REGISTER)
    assert name_cell.data(Qt.ItemDataRole.ForegroundRole) is None


def test_overdue_is_relative_to_the_given_day(seeded_workspace: Session) -> None:
    model = _model(seeded_workspace, today=date(2027, 6, 2))
    overdue = {
        model.index(row, 0).data(KEY_ROLE)
        for row in range(model.rowCount())
        if model.index(row, Column.NEXT_REVIEW).data(Qt.ItemDataRole.ForegroundRole) is not None
    }
    assert overdue == {"imatran-lampo-asiakas", "inmics-asiakas-markkinointi"}


def test_status_labels_follow_the_language(seeded_workspace: Session) -> None:
    model = RegisterTableModel("fi")
    model.set_summaries(summaries(seeded_workspace))
    assert set(column_texts(model, Column.STATUS)) == {"Voimassa"}


def test_unknown_status_code_shows_as_itself(seeded_workspace: Session) -> None:
    row = summaries(seeded_workspace)[0]
    model = RegisterTableModel("en")
    model.set_summaries([row._replace(status="archived"), row._replace(status=None)])
    assert column_texts(model, Column.STATUS) == ["archived", ""]


def test_an_overdue_date_is_painted_red(seeded_workspace: Session, qtbot) -> None:
    """The foreground is given as a colour (cheaper to make than a brush): Qt paints it all the same."""
    from PySide6.QtWidgets import QTableView

    set_next_review(seeded_workspace, "inmics-asiakas-markkinointi", date.today() - timedelta(days=1))
    model = _model(seeded_workspace)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(900, 300)
    rows = {model.index(row, 0).data(KEY_ROLE): row for row in range(model.rowCount())}
    image = view.viewport().grab().toImage()

    def reds(key: str) -> int:
        rect = view.visualRect(model.index(rows[key], Column.NEXT_REVIEW))
        pixels = (
            image.pixelColor(x, y)
            for x in range(rect.left(), rect.right())
            for y in range(rect.top(), rect.bottom())
        )
        return sum(1 for c in pixels if c.red() > 150 and c.green() < 100 and c.blue() < 100)

    assert reds("inmics-asiakas-markkinointi") > 10 and reds("kemi-viestinta") == 0

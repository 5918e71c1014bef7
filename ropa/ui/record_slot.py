"""Where one record is shown beside its list: the slot the editor forms plug into.

A :class:`RecordSlot` shows a hint while nothing is chosen, else one record in its widget. The
widget is made on first use by a factory (so building the window does not import the record
modules) and has the editor interface: ``load(record)``, ``is_dirty()``, ``revert()``. Today the
window puts read-only views there (:mod:`ropa.ui.details`); an editor from ``ropa.ui.editor``
replaces them with :meth:`RecordSlot.set_factory` (or :meth:`RecordSlot.set_widget`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget

WidgetFactory = Callable[[], QWidget]


class RecordSlot(QStackedWidget):
    """Where one record is shown beside its list: a hint while nothing is chosen, else the record.

    The widget shown is a read-only :class:`RecordView` until an editor is plugged in with
    :meth:`set_widget`; anything with ``load(record)`` and ``is_dirty()`` fits.
    """

    def __init__(self, hint: str, factory: WidgetFactory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hint = QLabel(hint)
        self._hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._hint.setWordWrap(True)
        self._hint.setStyleSheet("color: palette(mid); padding: 24px;")
        self.addWidget(self._hint)
        self._factory = factory
        self._widget: Any = None
        self.key: str | None = None
        self.version: int | None = None  # the record's version as shown: a save names it

    def widget(self) -> Any:  # type: ignore[override]
        """The record widget (a read-only view, or a plugged-in editor), made on first use."""
        if self._widget is None:
            self._widget = self._factory()
            self.addWidget(self._widget)
        return self._widget

    def set_factory(self, factory: WidgetFactory) -> None:
        """Make the record widget with ``factory`` from now on (the current one is dropped)."""
        self._factory = factory
        if self._widget is not None:
            showing = self.currentWidget() is self._widget
            self.removeWidget(self._widget)
            self._widget.deleteLater()
            self._widget = None
            if showing:
                self.setCurrentWidget(self.widget())

    def set_widget(self, widget: QWidget) -> None:
        """Use ``widget`` as the record widget, e.g. a ``RegisterEditor`` from ``ropa.ui.editor``."""
        self.set_factory(lambda: widget)

    def show_record(self, key: str, record: Any, version: int | None = None) -> None:
        widget = self.widget()
        self.key, self.version = key, version
        widget.load(record)
        self.setCurrentWidget(widget)

    def clear(self) -> None:
        self.key, self.version = None, None
        self.setCurrentWidget(self._hint)

    def is_dirty(self) -> bool:
        is_dirty = getattr(self._widget, "is_dirty", None)
        return bool(is_dirty()) if callable(is_dirty) and self.key is not None else False

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
from PySide6.QtWidgets import QLabel, QStackedWidget, QTabWidget, QWidget

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
        self._history_factory: WidgetFactory | None = None
        self._tabs: QTabWidget | None = None  # the record and its History tab, once history is on
        self.history: Any = None  # the History tab's panel (ropa.ui.history_view.HistoryPanel)
        self.key: str | None = None
        self.version: int | None = None  # the record's version as shown: a save names it

    def widget(self) -> Any:  # type: ignore[override]
        """The record widget (a read-only view, or a plugged-in editor), made on first use."""
        if self._widget is None:
            self._widget = self._factory()
            if self._history_factory is None:
                self.addWidget(self._widget)
            else:
                self._tabs = QTabWidget()
                self._tabs.setObjectName("recordTabs")
                self._tabs.setDocumentMode(True)
                self._tabs.addTab(self._widget, self.tr("Record"))
                self.history = self._history_factory()
                self._tabs.addTab(self.history, self.tr("History"))
                self._tabs.currentChanged.connect(self._tab_changed)
                self.addWidget(self._tabs)
        return self._widget

    def _page(self) -> QWidget:
        """What the stack shows for a record: the record widget, or the tabs holding it."""
        self.widget()
        return self._tabs if self._tabs is not None else self._widget

    def _tab_changed(self, index: int) -> None:
        if index == 1 and self.history is not None:
            self.history.shown()

    def show_history(self) -> None:
        """Show the History tab of the record shown (when this slot has one)."""
        if self._tabs is not None:
            self._tabs.setCurrentIndex(1)

    def set_factory(self, factory: WidgetFactory) -> None:
        """Make the record widget with ``factory`` from now on (the current one is dropped)."""
        self._factory = factory
        if self._widget is not None:
            page = self._tabs if self._tabs is not None else self._widget
            showing = self.currentWidget() is page
            self.removeWidget(page)
            page.deleteLater()
            self._widget, self._tabs, self.history = None, None, None
            if showing:
                self.setCurrentWidget(self._page())

    def enable_history(self, factory: WidgetFactory) -> None:
        """Put a History tab (made by ``factory``) beside the record widget once it is next made
        (call it before :meth:`set_factory`)."""
        self._history_factory = factory

    def set_widget(self, widget: QWidget) -> None:
        """Use ``widget`` as the record widget, e.g. a ``RegisterEditor`` from ``ropa.ui.editor``."""
        self.set_factory(lambda: widget)

    def show_record(self, key: str, record: Any, version: int | None = None) -> None:
        widget = self.widget()
        self.key, self.version = key, version
        widget.load(record)
        self.setCurrentWidget(self._page())
        if self.history is not None and self._tabs is not None:
            self.history.show_key(key, visible=self._tabs.currentIndex() == 1)

    def clear(self) -> None:
        self.key, self.version = None, None
        self.setCurrentWidget(self._hint)

    def is_dirty(self) -> bool:
        is_dirty = getattr(self._widget, "is_dirty", None)
        return bool(is_dirty()) if callable(is_dirty) and self.key is not None else False

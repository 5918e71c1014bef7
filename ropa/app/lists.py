"""The one-line summaries the window lists, for the window's own imports.

The rows come from :mod:`ropa.store.listing` (plain SQL); the window reaches them through the
application layer, like everything of the store, and through this small module rather than
:mod:`ropa.app.session`, which it does not import before its first paint.
"""

from __future__ import annotations

from ropa.store.listing import ControllerSummary, RegisterFacts, RegisterSummary

__all__ = ["ControllerSummary", "RegisterFacts", "RegisterSummary"]

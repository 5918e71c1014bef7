"""User text into reportlab paragraph markup: always escaped, so it is data and never markup.

reportlab's ``Paragraph`` parses its text as XML-like markup: ``<img src=...>`` would load a file,
``<a href>`` make a link, ``<font>`` change the face. Every string a user typed goes through
:func:`esc` (``xml.sax.saxutils.escape``) before it is put into markup, so such text prints
literally. Control characters, which the parser and PDF viewers mishandle, are dropped.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean(value: str) -> str:
    """``value`` without control characters (tabs and newlines stay); not yet escaped."""
    return _CONTROL.sub("", value)


def esc(value: str) -> str:
    """``value`` as paragraph markup that shows exactly these characters."""
    return escape(clean(value))


def lines(value: str) -> str:
    """Escaped, with the user's line breaks kept as ``<br/>``."""
    return "<br/>".join(esc(line) for line in value.strip().splitlines())

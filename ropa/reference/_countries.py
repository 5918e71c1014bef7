"""ISO 3166-1 country codes and names from pycountry, and Kosovo.

pycountry is imported on first use only: its import alone costs ~50 ms (importlib.metadata),
which would dominate loading the reference data. Lookups are cached.

``XK`` (Kosovo) is a user-assigned code, not part of ISO 3166-1, so pycountry lacks it; the EU
and most data sets use it. It is named here but kept out of :func:`is_country`.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import gettext


#: The user-assigned code the EU uses for Kosovo.
KOSOVO = "XK"

#: Kosovo's name, the same in English, Finnish and Swedish.
_KOSOVO_NAME = "Kosovo"


@functools.cache
def _pycountry() -> Any:
    import pycountry

    return pycountry


@functools.cache
def _alpha2_names() -> dict[str, str]:
    """Alpha-2 code to the official short ``name`` (the msgid of the translations)."""
    return {c.alpha_2: c.name for c in _pycountry().countries}


def is_country(code: object) -> bool:
    """Exact, case-sensitive membership: stored codes are upper case, ``"fi"`` is refused."""
    return isinstance(code, str) and code in _alpha2_names()


@functools.cache
def _translation(lang: str) -> gettext.NullTranslations:
    import gettext

    return gettext.translation("iso3166-1", _pycountry().LOCALES_DIR, languages=[lang], fallback=True)


@functools.lru_cache(maxsize=4096)
def country_name(code: str, lang: str) -> str:
    """Short name of ``code`` in ``lang`` (already normalised, e.g. ``"fi"``); ``code`` if unknown."""
    if code == KOSOVO:
        return _KOSOVO_NAME
    name = _alpha2_names().get(code) if isinstance(code, str) else None
    if name is None:
        return code
    if lang == "en":
        return name
    return _translation(lang).gettext(name)

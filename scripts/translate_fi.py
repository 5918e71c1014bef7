"""Fill resources/translations/ropa_fi.ts from a table of Finnish texts, then drop what vanished.

    python scripts/translate_fi.py TABLE.py   # TABLE.py defines FI = {(context, source): text}

A helper for the translator's workflow (pyside6-lupdate, this, pyside6-lrelease); the .ts file
stays the one source of the translations, edited by hand or with Qt Linguist as well.
"""

from __future__ import annotations

import runpy
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parents[1] / "resources" / "translations" / "ropa_fi.ts"


def main(table: str) -> int:
    texts = runpy.run_path(table)["FI"]
    tree = ET.parse(TS)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in list(context.iter("message")):
            translation = message.find("translation")
            assert translation is not None
            kind = translation.get("type")
            if kind in ("vanished", "obsolete"):
                context.remove(message)
                continue
            key = (name, message.findtext("source", ""))
            if key in texts:
                translation.text = texts[key]
                translation.attrib.pop("type", None)
            elif kind == "unfinished":
                missing.append(key)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    for key in missing:
        print("untranslated:", key)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))

"""Generate ``ropa/model/codes.py``, the StrEnums of the code lists, from ``resources/reference``.

The JSON files are the one source of every code list: each item's ``"code"`` is the enum value
and its ``"name"`` the member name. Run after changing a list::

    python -m ropa.reference.codegen          # rewrite ropa/model/codes.py
    python -m ropa.reference.codegen --check  # exit 1 if it is out of date (CI, tests)

The output is deterministic and already in ``ruff format`` style.
"""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import MappingProxyType

from ropa.reference import CODE_LIST_NAMES, Reference, load_reference
from ropa.resources import resource_path

#: The enum class generated for each code list, in the order of ``CODE_LIST_NAMES``.
ENUM_NAMES: Mapping[str, str] = MappingProxyType(
    {
        "legal_bases": "LegalBasis",
        "art9_conditions": "Art9Condition",
        "special_categories": "SpecialCategory",
        "transfer_mechanisms": "TransferMechanism",
        "scc_modules": "SccModule",
        "dpia_criteria": "DpiaCriterion",
        "register_statuses": "RegisterStatus",
        "recipient_kinds": "RecipientKind",
        "dpia_statuses": "DpiaStatus",
        "purpose_kinds": "PurposeKind",
    }
)

#: The generated module, in a source checkout.
CODES_PATH = Path(__file__).resolve().parent.parent / "model" / "codes.py"

COMMAND = "python -m ropa.reference.codegen"
_LINE_LENGTH = 110  # [tool.ruff] line-length

_HEADER = f'''\
# Generated from resources/reference by `{COMMAND}`; do not edit.
"""The code lists of ``resources/reference`` as StrEnums: data stores codes, the UI shows labels.

One enum per list; the members are the items' ``"name"`` and ``"code"``. Labels, articles and the
other attributes of a code come from :func:`ropa.reference.reference`.
"""

from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType
'''


def _literal(text: str) -> str:
    """A double-quoted Python string literal (JSON escapes are valid Python escapes)."""
    return json.dumps(text, ensure_ascii=False)


def _docstring(text: str, indent: str) -> list[str]:
    """``text`` as a docstring wrapped to the line length; quotes and backslashes escaped."""
    text = text.replace("\\", "\\\\").replace('"', '\\"')
    width = _LINE_LENGTH - len(indent) - len('"""')
    lines = textwrap.wrap(text, width=width, break_long_words=False, break_on_hyphens=False)
    lines[0] = '"""' + lines[0]
    lines[-1] += '"""'
    return [indent + line for line in lines]


def render(ref: Reference) -> str:
    """The text of ``ropa/model/codes.py`` for the code lists of ``ref``."""
    missing = [name for name in CODE_LIST_NAMES if name not in ENUM_NAMES]
    if missing:
        raise KeyError(f"no enum name in ENUM_NAMES for code list(s) {', '.join(missing)}")
    classes = [ENUM_NAMES[name] for name in CODE_LIST_NAMES]
    out = [_HEADER, "__all__ = ["]
    out += [f"    {_literal(name)}," for name in ["BY_CODE_LIST", *classes]]
    out.append("]")
    for name, cls in zip(CODE_LIST_NAMES, classes, strict=True):
        code_list = ref.code_list(name)
        source = code_list.source.strip().rstrip(".")
        out += ["", "", f"class {cls}(StrEnum):"]
        out += _docstring(f"``{name}.json``: {source}.", "    ")
        out.append("")
        out += [f"    {item.name} = {_literal(item.code)}" for item in code_list]
    out += [
        "",
        "",
        "#: The enum of each code list, by the list's file name.",
        "BY_CODE_LIST: Mapping[str, type[StrEnum]] = MappingProxyType(",
        "    {",
        *(f"        {_literal(name)}: {cls}," for name, cls in zip(CODE_LIST_NAMES, classes, strict=True)),
        "    }",
        ")",
    ]
    return "\n".join(out) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    """Write (or with ``--check`` compare) the generated module; 0 when it is up to date."""
    parser = argparse.ArgumentParser(prog=COMMAND, description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="only report whether the file is up to date")
    parser.add_argument("--reference", type=Path, default=None, help="reference directory to read")
    parser.add_argument("--output", type=Path, default=CODES_PATH, help="file to write or check")
    args = parser.parse_args(argv)
    directory: Path = args.reference or resource_path("reference")
    output: Path = args.output
    text = render(load_reference(directory))
    try:
        current: str | None = output.read_text(encoding="utf-8")
    except FileNotFoundError:
        current = None
    if args.check:
        if current != text:
            print(f"{output} is out of date with {directory}: run `{COMMAND}`", file=sys.stderr)
            return 1
        return 0
    if current != text:
        output.write_text(text, encoding="utf-8", newline="\n")
        print(f"wrote {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

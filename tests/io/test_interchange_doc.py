"""The documented format and the code agree: the example of docs/interchange.md imports as it stands."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from support import load_fixture

from ropa.io.interchange import read_document, write_document

DOC = Path(__file__).parents[2] / "docs" / "interchange.md"
SHARED = Path(__file__).parents[3] / "shared" / "INTERCHANGE.md"


def _example(text: str) -> dict:
    return json.loads(re.search(r"```json\n(.*?)```", text, re.S).group(1))


def test_documented_example_is_the_fixture_and_valid() -> None:
    example = _example(DOC.read_text(encoding="utf-8"))
    assert example == load_fixture("interchange_example")
    assert write_document(read_document(example))["controllers"][0]["key"] == "kemi"


def test_docs_copy_matches_the_shared_contract_when_present() -> None:
    if not SHARED.exists():
        pytest.skip("no shared/ beside this clone: docs/interchange.md is the contract here")
    ours = DOC.read_text(encoding="utf-8").split("\n", 2)[2]
    assert ours == SHARED.read_text(encoding="utf-8")

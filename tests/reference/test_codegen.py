"""ropa.reference.codegen: ropa/model/codes.py is generated from the JSON files and kept current."""

from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
import sys
from enum import StrEnum
from pathlib import Path
from types import MappingProxyType

import pytest

from ropa.reference import CODE_LIST_NAMES, codegen, load_reference, reference
from ropa.resources import resource_path

ROOT = Path(__file__).resolve().parents[2]


def test_codes_py_is_up_to_date() -> None:
    """Fails when a JSON list changed without `python -m ropa.reference.codegen`."""
    committed = codegen.CODES_PATH.read_text(encoding="utf-8")
    assert committed == codegen.render(reference()), "run `python -m ropa.reference.codegen`"
    assert codegen.main(["--check"]) == 0


def test_header_says_generated() -> None:
    first = codegen.render(reference()).splitlines()[0]
    assert first == "# Generated from resources/reference by `python -m ropa.reference.codegen`; do not edit."


def test_every_code_list_has_an_enum_name() -> None:
    assert list(codegen.ENUM_NAMES) == list(CODE_LIST_NAMES)


def _copy(tmp_path: Path) -> Path:
    target = tmp_path / "reference"
    shutil.copytree(resource_path("reference"), target)
    return target


def _with_new_basis(directory: Path) -> None:
    path = directory / "legal_bases.json"
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["items"].append({"code": "art6-1-z", "name": "NEW_BASIS", "labels": {"en": "new", "fi": "uusi"}})
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")


def _module(text: str) -> dict[str, object]:
    namespace: dict[str, object] = {}
    exec(compile(text, "codes.py", "exec"), namespace)
    return namespace


def test_render_follows_the_data(tmp_path: Path) -> None:
    directory = _copy(tmp_path)
    _with_new_basis(directory)
    namespace = _module(codegen.render(load_reference(directory)))
    legal_basis = namespace["LegalBasis"]
    assert isinstance(legal_basis, type) and issubclass(legal_basis, StrEnum)
    assert legal_basis["NEW_BASIS"] == "art6-1-z"
    assert list(legal_basis)[-1].name == "NEW_BASIS"


def test_render_is_deterministic_and_valid_python() -> None:
    text = codegen.render(load_reference(resource_path("reference")))
    assert text == codegen.render(reference())
    namespace = _module(text)
    by_list = namespace["BY_CODE_LIST"]
    assert isinstance(by_list, MappingProxyType)
    assert {name: enum.__name__ for name, enum in by_list.items()} == dict(codegen.ENUM_NAMES)
    assert text.endswith(")\n") and "\r" not in text
    assert max(len(line) for line in text.splitlines()) <= 110


def test_check_reports_a_stale_file_and_write_fixes_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    directory = _copy(tmp_path)
    output = tmp_path / "codes.py"
    shutil.copy(codegen.CODES_PATH, output)
    args = ["--reference", str(directory), "--output", str(output)]
    assert codegen.main([*args, "--check"]) == 0

    _with_new_basis(directory)
    assert codegen.main([*args, "--check"]) == 1
    assert "out of date" in capsys.readouterr().err
    assert "NEW_BASIS" not in output.read_text(encoding="utf-8")

    assert codegen.main(args) == 0
    assert 'NEW_BASIS = "art6-1-z"' in output.read_text(encoding="utf-8")
    assert codegen.main([*args, "--check"]) == 0


def test_check_of_a_missing_file_fails(tmp_path: Path) -> None:
    assert codegen.main(["--check", "--output", str(tmp_path / "absent.py")]) == 1


def test_command_line_check() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ropa.reference.codegen", "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.skipif(importlib.util.find_spec("ruff") is None, reason="ruff is not installed")
def test_output_is_ruff_clean(tmp_path: Path) -> None:
    """The generated text needs no formatting and passes the project's lint rules."""
    target = tmp_path / "codes.py"
    target.write_text(codegen.render(reference()), encoding="utf-8")
    config = ["--config", str(ROOT / "pyproject.toml")]
    for command in (["format", "--check"], ["check"]):
        result = subprocess.run(
            [sys.executable, "-m", "ruff", *command, *config, str(target)],
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 0, result.stdout + result.stderr

"""``ropa check`` in two processes prints exactly what one pass over the whole workspace prints."""

from __future__ import annotations

import dataclasses
import os
import time
from datetime import date
from pathlib import Path

import pytest

from ropa.app import Session, split_check
from ropa.cli import main
from ropa.demo import build_demo
from ropa.io.findings_report import as_text
from ropa.io.interchange import read_document
from ropa.model import records as r
from ropa.model.checks import run_checks

ON = date(2026, 11, 25)

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the split needs fork")


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "demo.ropa"
    with Session.open(path) as ws:
        ws.import_records(read_document(build_demo(240, 3), "demo"))
    return path


def _one_pass(path: Path, lang: str) -> tuple[str, bool]:
    with Session.open(path, create=False) as ws:
        findings = run_checks(ws.snapshot(), ON)
    return as_text(findings, lang), any(f.severity == "error" for f in findings)


@pytest.mark.parametrize("lang", ["en", "fi"])
def test_two_halves_print_what_one_pass_prints(
    demo: Path, lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(split_check, "MIN_REGISTERS", 10)
    with Session.open(demo, create=False) as ws:
        middle, last = split_check.split_point(ws) or (0, 0)
        assert 0 < middle < last  # two real halves
        split = split_check.check_text(ws, ON, lang)
    assert split is not None
    assert split == _one_pass(demo, lang)
    assert ("Käsittelijäluettelo" if lang == "fi" else "Processor catalogue") in split[0]


def test_the_command_splits_a_large_workspace_and_prints_the_same(
    demo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    expected, error = _one_pass(demo, "en")
    calls = []
    real = split_check.check_text
    monkeypatch.setattr(split_check, "MIN_REGISTERS", 10)
    monkeypatch.setattr(split_check, "check_text", lambda *a: calls.append(real(*a)) or calls[-1])
    capsys.readouterr()
    status = main(["--db", str(demo), "check", "--on", ON.isoformat()])
    assert capsys.readouterr().out == expected + "\n" and status == (1 if error else 0)
    assert len(calls) == 1 and calls[0] is not None  # it was split


def test_a_failed_child_leaves_its_half_to_the_parent(demo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    parent = os.getpid()
    real = split_check._part

    judged_here = []

    def failing_in_the_child(session: Session, ids: tuple[int, int], on: date, *, first: bool) -> tuple:
        if os.getpid() != parent:
            raise RuntimeError("the child breaks")
        judged_here.append(first)
        return real(session, ids, on, first=first)

    monkeypatch.setattr(split_check, "MIN_REGISTERS", 10)
    monkeypatch.setattr(split_check, "_part", failing_in_the_child)
    with Session.open(demo, create=False) as ws:
        split = split_check.check_text(ws, ON, "en")
    assert split == _one_pass(demo, "en")
    assert judged_here == [True, False]  # its own half, then the child's


def test_a_small_workspace_is_checked_in_one_go(demo: Path) -> None:
    with Session.open(demo, create=False) as ws:
        assert split_check.split_point(ws) is None  # 240 registers: below the threshold
        assert split_check.check_text(ws, ON, "en") is None


def test_the_child_answer_is_refused_when_not_whole() -> None:
    assert split_check._answer(b"") is None
    assert split_check._answer(b'{"counts": {"error": 1}}') is None
    assert split_check._answer(b'{"counts": {"error": 1, "warning": 0, "info": 2}, "error": true}\na') is None
    whole = b'{"counts": {"error": 1, "warning": 0, "info": 2}, "error": true, "seen": 7}\na\nb'
    assert split_check._answer(whole) == (["a", "b"], {"error": 1, "warning": 0, "info": 2}, True, 7)


def test_a_change_between_the_readings_means_one_pass(demo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The halves are read in two transactions: if the child saw a later state of the workspace
    (here: a register renamed once the parent had read its half), the report is made in one pass."""
    parent = os.getpid()
    real = split_check._part
    read = demo.with_name("parent-has-read")

    def with_a_change_in_between(session: Session, ids: tuple[int, int], on: date, *, first: bool) -> tuple:
        if os.getpid() == parent:
            found = real(session, ids, on, first=first)
            read.touch()
            return found
        for _ in range(600):  # the child: wait for the parent's reading, then someone saves
            if read.exists():
                break
            time.sleep(0.05)
        with Session.open(demo, create=False) as other:
            key = other.register_summaries()[-1].key
            register = other.get(r.Register, key)
            other.update_register(key, dataclasses.replace(register, name=register.name + " (muutettu)"))
        return real(session, ids, on, first=first)

    monkeypatch.setattr(split_check, "MIN_REGISTERS", 10)
    monkeypatch.setattr(split_check, "_part", with_a_change_in_between)
    with Session.open(demo, create=False) as ws:
        assert split_check.check_text(ws, ON, "en") is None
    assert read.exists()

"""Crash safety of edits: a process killed (SIGKILL) in the middle of bursts of edits through the
application layer loses nothing it had committed, keeps no half of an edit, and leaves a file
that SQLite's integrity check passes.

A child process edits one workspace as fast as it can through :class:`ropa.app.Session`:
numbered edits that each change several tables at once (a register's description and its lists
of purposes, systems and data categories, all carrying the edit's number), creations of new
registers, moves between controllers, and deletions, printing each edit's number only after its
command returned (committed). The parent kills it at a random moment, many times over the same
file, and then reads the workspace back.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

import ropa
from ropa.app import Session
from ropa.model import records as r

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

ROUNDS = 24
TARGET = "crash-target"

# The editing child. Edit n (n counts on across rounds, read from the workspace at start):
#   n % 4 == 1: update the target register: description, purposes, systems, data categories all say n
#   n % 4 == 2: create register crash-n under controller a, with n % 3 + 1 purposes saying n
#   n % 4 == 3: move the register the previous edit created to controller b
#   n % 8 == 0: delete register crash-(n-6); other multiples of 4 update the target again
CHILD = textwrap.dedent(
    """
    import dataclasses, sys
    from ropa.app import Session
    from ropa.model import records as r

    TARGET = "crash-target"

    def stamped(register, n):
        return dataclasses.replace(
            register,
            description=f"edit {n}",
            purposes=tuple(r.Purpose(description=f"edit {n}") for _ in range(n % 5 + 1)),
            systems=tuple(f"edit {n}" for _ in range(n % 3 + 1)),
            data_categories=tuple(r.DataCategory(name=f"edit {n}") for _ in range(n % 4 + 1)),
        )

    with Session.open(sys.argv[1], create=False) as ws:
        n = int(sys.argv[2])
        while True:
            n += 1
            if n % 4 == 2:
                ws.create_register("a", stamped(r.Register(key=f"crash-{n}", name=f"created {n}"), n))
            elif n % 4 == 3:
                ws.move_register(f"crash-{n - 1}", "b")
            elif n % 8 == 0:
                ws.delete_register(f"crash-{n - 6}")
            else:
                target = ws.get(r.Register, TARGET)
                ws.update_register(TARGET, stamped(target, n))
            print(n, flush=True)
    """
)


def _edit_number(text: str) -> int:
    assert text.startswith("edit "), text
    return int(text.removeprefix("edit "))


def _check_whole(register: r.Register) -> int:
    """The edit number a register carries; every part of it must carry the same (no half edit)."""
    n = _edit_number(register.description)
    assert len(register.purposes) == n % 5 + 1, (register.key, n, register.purposes)
    assert {p.description for p in register.purposes} == {f"edit {n}"}
    assert register.systems == tuple(f"edit {n}" for _ in range(n % 3 + 1))
    assert [c.name for c in register.data_categories] == [f"edit {n}"] * (n % 4 + 1)
    return n


def _expected_state(last: int) -> tuple[int, dict[str, str]]:
    """After edits 1..last: the target's edit number and where each crash-n register is."""
    target = 0
    where: dict[str, str] = {}
    for n in range(1, last + 1):
        if n % 4 == 2:
            where[f"crash-{n}"] = "a"
        elif n % 4 == 3:
            where[f"crash-{n - 1}"] = "b"
        elif n % 8 == 0:
            where.pop(f"crash-{n - 6}", None)
        else:
            target = n
    return target, where


def _state(path: Path) -> tuple[int, dict[str, str]]:
    with Session.open(path, create=False) as ws:
        snapshot = ws.snapshot()
    target = 0
    where: dict[str, str] = {}
    for controller in snapshot.controllers:
        for register in controller.registers:
            n = _check_whole(register) if register.description else 0
            if register.key == TARGET:
                target = n
            else:
                assert register.key == f"crash-{n}"
                where[register.key] = controller.key
    return target, where


def _integrity(path: Path) -> str:
    db = sqlite3.connect(path)
    try:
        return str(db.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        db.close()


@pytest.mark.sqlite_only
def test_sigkill_during_bursts_of_edits_keeps_every_committed_edit_whole(tmp_path: Path) -> None:
    path = tmp_path / "w.ropa"
    with Session.open(path) as ws:
        ws.create_controller(r.Controller(key="a", name="A"))
        ws.create_controller(r.Controller(key="b", name="B"))
        ws.create_register("a", r.Register(key=TARGET, name="Target"))
    root = str(Path(ropa.__file__).resolve().parents[1])  # the child imports this checkout's ropa
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, (root, os.environ.get("PYTHONPATH"))))}
    chance = random.Random(20261125)
    committed = 0  # the last edit number a child printed (edits are numbered on across rounds)
    for _round in range(ROUNDS):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(path), str(committed)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            text=True,
        )
        assert child.stdout is not None
        wanted = chance.randint(3, 60)  # edits to let through before the kill, then a random delay
        printed: list[int] = []
        while len(printed) < wanted:
            line = child.stdout.readline()
            if not line:
                child.wait(timeout=30)
                assert child.stderr is not None
                pytest.fail(f"the editing process stopped by itself: {child.stderr.read()}")
            printed.append(int(line))
        time.sleep(chance.random() * 0.02)
        child.send_signal(signal.SIGKILL)
        rest, _ = child.communicate(timeout=30)
        printed.extend(int(line) for line in rest.split())
        assert child.returncode == -signal.SIGKILL
        assert printed == list(range(committed + 1, committed + 1 + len(printed)))
        last_printed = printed[-1]

        assert _integrity(path) == "ok"
        target, where = _state(path)
        # The edit in flight when the kill came may have committed without being printed.
        candidates = [_expected_state(last_printed), _expected_state(last_printed + 1)]
        assert (target, where) in candidates, (last_printed, target, where)
        committed = last_printed if (target, where) == candidates[0] else last_printed + 1
    assert committed >= ROUNDS * 3  # the children really edited, round after round

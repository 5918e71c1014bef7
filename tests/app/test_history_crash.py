"""A process killed in the middle of a burst of edits leaves a history of exactly the committed edits.

A child process edits through :class:`~ropa.app.Session` as fast as it can (renaming a register
to ``edit-N``, and every fifth edit creating a register ``made-N``), printing each number once its
command returned. The test SIGKILLs it at a random moment, several times, restarting it each time
where the workspace says it got to; after each kill the history must list every committed edit
once, in order, with no edit that is not in the workspace and none that is missing.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ropa.app import Session
from ropa.model import records as r

ROOT = Path(__file__).resolve().parents[2]
REGISTER = "crash-target"

CHILD = """
import sys
from ropa.app import Session
from ropa.model import records as r

ws = Session.open(sys.argv[1])
n = int(sys.argv[2])
while True:
    n += 1
    register = ws.get(r.Register, "crash-target")
    if n % 5 == 0:
        ws.create_register("crash", r.Register(key=f"made-{n}", name=f"made {n}"))
    else:
        ws.update_register("crash-target", r.Register(key="crash-target", name=f"edit-{n}"))
    print(n, flush=True)
"""


def _committed(ws: Session) -> int:
    """The number of the last edit in the workspace: the target's name, or the last register made."""
    name = ws.get(r.Register, REGISTER).name
    last = int(name.removeprefix("edit-")) if name.startswith("edit-") else 0
    made = [
        int(s.key.removeprefix("made-"))
        for s in ws.register_summaries(controller="crash")
        if s.key != REGISTER
    ]
    return max([last, *made])


def _check(ws: Session) -> int:
    """The history agrees with the workspace edit by edit; returns the last edit committed."""
    entries = ws.history()
    assert [(e.action, e.key) for e in entries[:2]] == [("create", "crash"), ("create", REGISTER)]
    logged: list[int] = []
    name = "start"
    for e in entries[2:]:
        if e.action == "update":
            assert e.key == REGISTER and [f.path for f in e.fields] == ["name"]
            assert e.fields[0].old == name  # each edit starts where the previous committed one left
            name = str(e.fields[0].new)
            logged.append(int(name.removeprefix("edit-")))
        else:
            assert e.action == "create" and e.key.startswith("made-"), e
            logged.append(int(e.key.removeprefix("made-")))
    last = _committed(ws)
    assert logged == list(range(1, last + 1)), "the history lists exactly the committed edits, in order"
    made = {s.key for s in ws.register_summaries(controller="crash")} - {REGISTER}
    assert made == {f"made-{n}" for n in logged if n % 5 == 0}
    assert ws.get(r.Register, REGISTER).name == name
    return last


@pytest.mark.parametrize("rounds", [6])
def test_killed_in_a_burst_of_edits_the_history_lists_exactly_the_committed_ones(
    workspace_location: str | Path, rounds: int
) -> None:
    location = str(workspace_location)
    with Session.open(location) as ws:
        ws.create_controller(r.Controller(key="crash", name="Crash test"))
        ws.create_register("crash", r.Register(key=REGISTER, name="start"))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    chance = random.Random(30)
    acknowledged = 0
    for _ in range(rounds):
        with Session.open(location) as ws:
            start = _committed(ws)
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, location, str(start)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            text=True,
        )
        assert child.stdout is not None
        wanted = chance.randint(3, 25)
        seen = 0
        times: list[float] = []
        while seen < wanted:
            line = child.stdout.readline()
            if not line:
                child.wait()
                pytest.fail(f"the editing process ended: {child.stderr.read() if child.stderr else ''}")
            acknowledged = int(line)
            times.append(time.monotonic())
            seen += 1
        step = (times[-1] - times[0]) / (len(times) - 1)
        time.sleep(chance.uniform(0, 1.2 * step))  # land the kill anywhere inside the next command
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        child.stdout.close()
        if child.stderr is not None:
            child.stderr.close()
        assert child.returncode == -signal.SIGKILL
        with Session.open(location) as ws:
            last = _check(ws)
        assert last >= acknowledged  # every edit the process saw return is in the history
        assert last > start

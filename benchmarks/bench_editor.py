"""How fast the register editor builds, loads a register and reads it back (offscreen).

Why: the editor is built once and reused, so switching registers must only set values; the budget
for loading a register into it is 100 ms. Figures are printed, not asserted.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_editor.py [--registers N] [--seed S]

The demo workspace gives the processor catalogue (for the pickers) and the registers; "large" is the
demo register with the most list items, "huge" the lists of the twenty largest put into one register
(dozens of purposes, data categories, recipients, processors and transfers).
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import statistics
import time
from collections.abc import Callable
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import qInstallMessageHandler  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from ropa.demo import build_demo  # noqa: E402
from ropa.io.interchange import read_document  # noqa: E402
from ropa.model import records as r  # noqa: E402
from ropa.ui.editor import RegisterEditor  # noqa: E402

LISTS = ("purposes", "data_categories", "recipients", "processors", "transfers", "joint_controllers")


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


def _timed(action: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


def _report(label: str, samples: list[float]) -> None:
    if len(samples) == 1:
        print(f"{label:<46} {_ms(samples[0])}")
        return
    print(
        f"{label:<46} median {_ms(statistics.median(samples))}  max {_ms(max(samples))}  (n={len(samples)})"
    )


def _size(register: r.Register) -> int:
    return sum(len(getattr(register, name)) for name in LISTS) + len(register.data_subject_categories)


def _huge(registers: list[r.Register]) -> r.Register:
    largest = sorted(registers, key=_size, reverse=True)[:20]
    merged = {name: tuple(item for g in largest for item in getattr(g, name)) for name in LISTS}
    return dataclasses.replace(largest[0], **merged)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--registers", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(["bench"])
    qInstallMessageHandler(lambda _kind, _context, message: None)  # offscreen's size-hint warnings

    workspace = read_document(build_demo(args.registers, args.seed))
    registers = [g for c in workspace.controllers for g in c.registers]
    large = max(registers, key=_size)
    huge = _huge(registers)
    print(
        f"{len(registers)} registers, {len(workspace.processors)} processors; large register: "
        f"{_size(large)} list items, huge: {_size(huge)}"
    )

    first, editor = _timed(lambda: RegisterEditor(lang="fi"))
    again, other = _timed(lambda: RegisterEditor(lang="fi"))
    other.deleteLater()
    _report("build the editor (first, with the country list)", [first])
    _report("build another editor", [again])
    context, _ = _timed(lambda: editor.set_context(workspace.processors, "fi"))
    _report(f"set_context ({len(workspace.processors)} processors)", [context])
    editor.resize(1280, 900)
    editor.show()
    app.processEvents()

    for label, sample in (("large", large), ("huge", huge)):
        loads, values, checks = [], [], []
        for _ in range(15):
            seconds, _ = _timed(lambda sample=sample: editor.load(sample))
            loads.append(seconds)
            app.processEvents()
            seconds, value = _timed(editor.value)
            values.append(seconds)
            assert value == sample
            seconds, _ = _timed(editor.check_now)
            checks.append(seconds)
        _report(f"load the {label} register (includes a check)", loads)
        _report(f"value() of the {label} register", values)
        _report(f"check (validation, checks, derived panels), {label}", checks)

    switches = []
    for register in registers[:300]:
        seconds, _ = _timed(lambda register=register: editor.load(register))
        switches.append(seconds)
    app.processEvents()
    _report("load, switching through demo registers", switches)

    name = editor.form.editor("name")
    keystrokes = []
    for char in "Asiakasrekisteri":
        seconds, _ = _timed(lambda char=char: name.focus_widget().insert(char))  # type: ignore[attr-defined]
        keystrokes.append(seconds)
    _report("a keystroke (dirty check, no validation yet)", keystrokes)


if __name__ == "__main__":
    main()

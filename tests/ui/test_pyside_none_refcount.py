"""The installed PySide6 keeps references to None (6.12.0 on Python 3.11 does not; pyproject excludes it).

That build lowers None's reference count on every call of a void method, and after some tens of
thousands of calls (an afternoon of typing in the filter) the interpreter aborts.
"""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import sys
from PySide6.QtCore import QObject
probe = QObject()
before = sys.getrefcount(None)
for _ in range(200_000):
    probe.setObjectName("x")
print(before - sys.getrefcount(None))
"""


def test_many_void_calls_keep_none_alive() -> None:
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-500:]
    assert abs(int(result.stdout.strip())) < 1000

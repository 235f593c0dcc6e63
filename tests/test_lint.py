"""Static checks that are fast enough for the suite: ruff over the code and tests (mypy runs in `make lint`)."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _ruff() -> str | None:
    beside_python = Path(sys.executable).parent / "ruff"
    return str(beside_python) if beside_python.exists() else shutil.which("ruff")


def test_lint_ruff_reports_nothing():
    ruff = _ruff()
    if ruff is None:
        pytest.skip("ruff is not installed (pip install -e '.[test]')")
    result = subprocess.run([ruff, "check", "--no-cache", "src", "tests"], cwd=ROOT, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr

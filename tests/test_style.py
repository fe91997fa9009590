"""The repository is ruff-clean: lint and format, with the settings in pyproject.toml."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _ruff(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ruff", *args, "."], cwd=ROOT, capture_output=True, text=True, timeout=120
    )


def test_ruff_check_is_clean():
    done = _ruff("check", "--output-format", "concise", "--no-cache")
    assert done.returncode == 0, f"ruff check found problems (fix them, or run `ruff check --fix`):\n{done.stdout}"


def test_ruff_format_is_clean():
    done = _ruff("format", "--check", "--no-cache")
    assert done.returncode == 0, f"ruff format would change these files (run `ruff format`):\n{done.stdout}"

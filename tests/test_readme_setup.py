"""The README's setup command gives a student what the lessons need, and only that."""

from __future__ import annotations

import shlex
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _command(marker: str) -> list[list[str]]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split(marker, 1)[1].split("```bash", 1)[1].split("```", 1)[0]
    return [shlex.split(step) for step in block.strip().split("&&")]


def test_the_student_setup_installs_no_test_tools():
    pip = next(step for step in _command("<!-- setup-command -->") if "pip" in step[0])
    assert pip[1:] == ["install", "-e", "."], pip


def test_the_test_command_installs_the_test_extra():
    pip = next(step for step in _command("<!-- test-command -->") if "pip" in step[0])
    assert ".[test]" in pip, pip
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["optional-dependencies"]
    assert any(name.startswith("playwright") for name in extras["test"])


def test_the_setup_serves_the_repository_root_and_opens_lesson_00():
    lab = _command("<!-- setup-command -->")[-1]
    assert lab[:2] == [".venv/bin/jupyter", "lab"]
    assert "--ServerApp.root_dir=." in lab  # without it the root is notebooks/ and exercises/ is refused
    assert lab[-1] == "notebooks/00_start_here.ipynb" and (ROOT / lab[-1]).exists()

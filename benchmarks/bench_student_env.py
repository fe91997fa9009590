"""The student environment (the README's setup command) against the required packages alone.

Builds three fresh virtual environments in a temporary folder, pip's cache warm:

(a) the required packages only: the `dependencies` of pyproject.toml, installed by name, and (a') the four
    packages the kit is built on (jupyterlab, ipywidgets, pandas, matplotlib), to show what the kit's own
    additions (the page reader) cost;
(b) the student setup: the `pip install` of the README's setup command, run in a copy of the repository;
(c) the test setup: the `pip install` of the README's test command (the test extra added).

The goal: (b) is at most 5% larger than (a), so a student does not download the test tools.
Sizes are apparent bytes of every file under each venv (like `du -sb`).

Usage: `.venv/bin/python benchmarks/bench_student_env.py` (a few minutes).
"""

from __future__ import annotations

import re
import shlex
import shutil
import sys
import tempfile
import tomllib
import venv
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_binder import ROOT, _env, _mb, _run, tree_bytes  # noqa: E402


def readme_pip_args(marker: str) -> list[str]:
    """The arguments after `pip install` in the README command under `marker`, options such as -q dropped."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split(marker, 1)[1].split("```bash", 1)[1].split("```", 1)[0]
    step = next(part for part in block.split("&&") if "pip install" in part)
    args = shlex.split(step.split("pip install", 1)[1])
    return [a for a in args if not a.startswith("-") or a == "-e"]


#: The packages the kit is built on (its brief's required run-time packages); nbclient and nbformat come with jupyterlab.
CORE = ["jupyterlab", "ipywidgets", "pandas", "matplotlib"]


def required_packages() -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return list(project["dependencies"])


def _build(where: Path, name: str, args: list[str], cwd: Path | None = None) -> int:
    env_dir = where / name
    venv.EnvBuilder(with_pip=True, clear=True).create(env_dir)
    _run([env_dir / "bin" / "python", "-m", "pip", "install", "-q", *args], cwd=cwd, env=_env(env_dir), timeout=1800)
    return tree_bytes(env_dir)


def run() -> list[tuple]:
    with tempfile.TemporaryDirectory(prefix="bench-student-") as tmp:
        where = Path(tmp)
        repo = where / "repo"
        ignore = shutil.ignore_patterns(".venv", ".git", "__pycache__", "*.egg-info", "build", ".pytest_cache")
        shutil.copytree(ROOT, repo, ignore=ignore)
        student_args = readme_pip_args("<!-- setup-command -->")
        test_args = readme_pip_args("<!-- test-command -->")
        required = _build(where, "required", required_packages())
        student = _build(where, "student", student_args, cwd=repo)
        tested = _build(where, "test", test_args, cwd=repo)
        core = _build(where, "core", CORE)
    names = ", ".join(re.split(r"[<>=\[ ]", p)[0] for p in required_packages())
    return [
        (
            "student env (README setup) / required packages only",
            f"{student / required:.2f}",
            "<= 1.05",
            f"{_mb(student)} (pip install {' '.join(student_args)}) vs {_mb(required)} ({names})",
        ),
        (
            "student env (README setup) / the four core packages",
            f"{student / core:.2f}",
            "<= 1.05",
            f"{_mb(student)} vs {_mb(core)} ({', '.join(CORE)}); the difference is the page reader (trafilatura)",
        ),
        (
            "test env (README test command) / student env",
            f"{tested / student:.2f}",
            "-",
            f"{_mb(tested)} (pip install {' '.join(test_args)}): the test tools a student no longer installs",
        ),
    ]


if __name__ == "__main__":
    for row in run():
        print(*row, sep="\t")

"""Binder: repo2docker reads binder/, and a simulated build (no Docker) runs the start notebook and an exercise."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import venv
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

ROOT = Path(__file__).resolve().parents[1]
BINDER = ROOT / "binder"


def test_runtime_is_python_311():
    assert (BINDER / "runtime.txt").read_text().strip() == "python-3.11"


def test_requirements_pin_third_party_packages_only():
    lines = [
        line.strip()
        for line in (BINDER / "requirements.txt").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ]
    names = {re.split(r"==", line)[0].lower() for line in lines}
    assert all(re.fullmatch(r"[A-Za-z0-9_.\-]+==[0-9][0-9A-Za-z.\-]*", line) for line in lines), lines
    assert names == {
        "jupyterlab",
        "ipywidgets",
        "pandas",
        "matplotlib",
        "trafilatura",
        "lxml_html_clean",
        "charset-normalizer",
    }
    assert "medialit" not in names


def test_postbuild_installs_the_kit_without_dependencies():
    text = (BINDER / "postBuild").read_text()
    assert os.access(BINDER / "postBuild", os.X_OK)
    assert "set -e" in text and "--no-deps" in text


def test_readme_binder_badge_opens_the_start_notebook():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    links = re.findall(r"\((https://mybinder\.org/v2/gh/[^)\s]+)\)", readme)
    assert links, "README has no Binder link"
    for link in links:
        urlpath = unquote(parse_qs(urlsplit(link).query)["urlpath"][0])
        assert urlpath == "lab/tree/notebooks/00_start_here.ipynb"
    assert (ROOT / "notebooks" / "00_start_here.ipynb").exists()


def _repo2docker() -> str | None:
    found = Path(sys.executable).with_name("jupyter-repo2docker")
    return str(found) if found.exists() else shutil.which("jupyter-repo2docker")


@pytest.mark.slow
def test_repo2docker_lint_picks_up_binder_folder():
    exe = _repo2docker()
    if exe is None:
        pytest.fail("jupyter-repo2docker is not installed (it is in the test extra)")
    done = subprocess.run([exe, "--no-build", "--debug", str(ROOT)], capture_output=True, text=True, timeout=300)
    out = done.stdout + done.stderr
    assert done.returncode == 0, out[-2000:]
    assert "python=3.11" in out or "python-3.11" in out
    assert "binder/requirements.txt" in out
    assert "./binder/postBuild" in out
    # With a binder/ folder, repo2docker must ignore the top-level pyproject.toml.
    assert "pip install ." not in out.replace("--no-deps --no-cache-dir .", "")


def _copy_tree(dst: Path) -> Path:
    ignore = shutil.ignore_patterns(".venv", ".git", "__pycache__", "*.egg-info", "build", ".pytest_cache")
    shutil.copytree(ROOT, dst, ignore=ignore)
    return dst


EXECUTE = r"""
import sys, nbformat
from nbclient import NotebookClient
for path in sys.argv[1:]:
    nb = nbformat.read(path, as_version=4)
    NotebookClient(nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(__import__("pathlib").Path(path).parent)}}).execute()
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert not errors, (path, errors)
    print("executed", path)
"""


@pytest.mark.slow
def test_simulated_binder_build_runs_start_notebook_and_an_exercise(tmp_path):
    repo = _copy_tree(tmp_path / "repo")
    env_dir = tmp_path / "env"
    venv.EnvBuilder(with_pip=True, clear=True).create(env_dir)
    py = env_dir / "bin" / "python"
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "MEDIALIT_STRICT")}
    env["PATH"] = f"{env_dir / 'bin'}{os.pathsep}{env['PATH']}"
    env["HOME"] = str(tmp_path / "home")
    subprocess.run(
        [py, "-m", "pip", "install", "-q", "-r", "binder/requirements.txt"], cwd=repo, env=env, check=True, timeout=900
    )
    subprocess.run(["bash", "binder/postBuild"], cwd=repo, env=env, check=True, timeout=300)
    # The kit must come from site-packages, not from the copy's folder.
    where = subprocess.run(
        [py, "-c", "import medialit; print(medialit.__file__)"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert str(env_dir) in where
    exercises = sorted((repo / "exercises").glob("*.ipynb"))
    targets = [repo / "notebooks" / "00_start_here.ipynb"] + exercises[:1]
    done = subprocess.run(
        [py, "-c", EXECUTE, *map(str, targets)], cwd=repo, env=env, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, done.stdout[-1000:] + done.stderr[-3000:]
    assert done.stdout.count("executed") == len(targets)

"""The instructors' guide, tried as a new user would: its marked commands run, in order, in a fresh copy of the repo.

Blocks marked `<!-- guide:run -->` before a ```bash fence are run one by one with `bash -euo pipefail` in a copy
of the repository (no .venv, no .git), with the current virtual environment's bin folder first on PATH: the
README's setup command, which builds that environment from a fresh clone, is itself tested by CI (`.ci/run`).
Commands the test cannot run (Docker, git hosting, a real hub) are not marked, but every `medialit ...`
command anywhere in the guide must still parse with the real command line, so the guide cannot drift from it.
"""

from __future__ import annotations

import csv
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from medialit.cli import build_parser

ROOT = Path(__file__).resolve().parents[1]
GUIDE = ROOT / "docs" / "instructors.md"
RUN_MARK = "<!-- guide:run -->"


def _guide() -> str:
    return GUIDE.read_text(encoding="utf-8")


def fenced_blocks(text: str) -> list[tuple[bool, str, str]]:
    """(marked to run, language, body) for every fenced block, in order."""
    out = []
    for m in re.finditer(r"^(?P<mark><!-- guide:run -->\n)?```(?P<lang>\w*)\n(?P<body>.*?)^```$", text, re.M | re.S):
        out.append((m.group("mark") is not None, m.group("lang"), m.group("body")))
    return out


def runnable_blocks(text: str) -> list[str]:
    return [body for marked, lang, body in fenced_blocks(text) if marked and lang == "bash"]


def medialit_commands(body: str) -> list[list[str]]:
    """The arguments after `medialit` of each medialit command in a shell block.

    A command is `medialit` at the start of a shell segment (segments split at newlines, `&&`, `||`, `;`,
    `|`), or, in a `docker run` segment, the first `medialit` token (the command run in the container).
    """
    joined = body.replace("\\\n", " ")
    found = []
    for line in joined.splitlines():
        line = line.split(" #", 1)[0] if not line.lstrip().startswith("#") else ""
        for segment in re.split(r"&&|\|\||;|\|", line):
            try:
                tokens = shlex.split(segment)
            except ValueError:
                continue
            if tokens[:1] == ["medialit"]:
                found.append(tokens[1:])
            elif tokens[:2] == ["docker", "run"] and "medialit" in tokens:
                found.append(tokens[tokens.index("medialit") + 1 :])
    return found


def inline_commands(text: str) -> list[list[str]]:
    """Arguments of each `medialit ...` written in an inline code span (outside fenced blocks)."""
    prose = re.sub(r"^```.*?^```$", "", text, flags=re.M | re.S)
    return [shlex.split(span)[1:] for span in re.findall(r"`(medialit [^`]+)`", prose)]


# --------------------------------------------------------------------------- the guide matches the CLI


def test_guide_has_every_section_and_runnable_blocks():
    text = _guide()
    headings = re.findall(r"^## (.+)$", text, re.M)
    for needed in ("Running the unit", "Assign", "Collect", "Grade", "Keeping answers private", "Safety"):
        assert any(needed in h for h in headings), (needed, headings)
    blocks = runnable_blocks(text)
    assert len(blocks) >= 6
    # A mark must sit right before a bash fence; a stray one would silently run nothing.
    assert text.count(RUN_MARK) == len(blocks)


def test_the_readme_links_to_the_guide():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "(docs/instructors.md)" in readme


def test_every_medialit_command_in_the_guide_parses():
    parser = build_parser()
    commands = [cmd for _, lang, body in fenced_blocks(_guide()) if lang == "bash" for cmd in medialit_commands(body)]
    subcommands = {cmd[0] for cmd in commands if cmd and not cmd[0].startswith("-")}
    assert {"assign", "grade", "link"} <= subcommands, subcommands
    for args in commands:
        try:
            parsed = parser.parse_args(args)
        except SystemExit as stop:  # --version and --help exit 0 after printing; errors exit 2
            assert stop.code == 0, f"medialit {' '.join(args)} does not parse"
            continue
        assert parsed.command in subcommands


def test_every_inline_medialit_command_names_real_options():
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command").choices
    spans = inline_commands(_guide())
    assert spans, "the guide's prose names no medialit command"
    for args in spans:
        assert args and args[0] in sub, f"medialit {' '.join(args)}: no such subcommand"
        command = sub[args[0]]
        # a command with actions (`keys build`, `essays export`): the options are the action's own
        actions = next((a.choices for a in command._actions if isinstance(a.choices, dict)), {})
        if len(args) > 1 and args[1] in actions:
            command = actions[args[1]]
        known = {opt for action in command._actions for opt in action.option_strings}
        unknown = [a for a in args[1:] if a.startswith("-") and a.split("=")[0] not in known]
        assert not unknown, f"medialit {' '.join(args)}: unknown options {unknown}"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("medialit grade a --solutions b -o c.csv\n", [["grade", "a", "--solutions", "b", "-o", "c.csv"]]),
        ("mkdir -p x && medialit assign --check s/ e/\n", [["assign", "--check", "s/", "e/"]]),
        ("medialit link --hub h \\\n    --repo r\n", [["link", "--hub", "h", "--repo", "r"]]),
        ("cp -R README.md medialit notebooks ../x/\n", []),  # a folder named medialit is not a command
        (
            "docker run --rm -v a:b img \\\n  medialit grade /s --solutions /t -o /o.csv\n",
            [["grade", "/s", "--solutions", "/t", "-o", "/o.csv"]],
        ),
        ("# medialit grade in a comment\n", []),
    ],
)
def test_medialit_commands_are_found_in_shell_blocks(body, expected):
    assert medialit_commands(body) == expected


# --------------------------------------------------------------------------- the walk-through, for real


def _copy_tree(dst: Path) -> Path:
    ignore = shutil.ignore_patterns(
        ".venv", ".git", "__pycache__", "*.egg-info", "build", ".pytest_cache", ".hypothesis"
    )
    shutil.copytree(ROOT, dst, ignore=ignore)
    return dst


def _fake_hub_homes(homes: Path, exercises: Path) -> None:
    """Three students on a Littlest-JupyterHub-style machine: one with the sorter's answers, one without, one who never started."""
    for user, answers in (("ada", True), ("ben", False)):
        work = homes / f"jupyter-{user}" / "medialit-class" / "exercises"
        work.mkdir(parents=True)
        shutil.copy(exercises / "03_claims_and_denials.ipynb", work)
        if answers:
            (work / "medialit-answers.json").write_text('{"format": 1, "answers": {}}\n', encoding="utf-8")
    (homes / "jupyter-cy").mkdir()


@pytest.mark.slow
def test_following_the_guide_from_a_fresh_copy(tmp_path):
    repo = _copy_tree(tmp_path / "repo")
    homes = tmp_path / "homes"
    _fake_hub_homes(homes, ROOT / "exercises")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "MEDIALIT_STRICT")}
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env['PATH']}"
    env["HOMES"] = str(homes)

    outputs = []
    for number, block in enumerate(runnable_blocks(_guide()), start=1):
        done = subprocess.run(
            ["bash", "-euo", "pipefail", "-c", block], cwd=repo, env=env, capture_output=True, text=True, timeout=600
        )
        assert done.returncode == 0, (
            f"block {number} failed:\n{block}\n--- stdout\n{done.stdout[-2000:]}\n--- stderr\n{done.stderr[-3000:]}"
        )
        outputs.append(done.stdout + done.stderr)
    text = "\n".join(outputs)

    # Assign: exercises regenerated from the solutions are byte for byte the committed ones.
    for committed in sorted((ROOT / "exercises").glob("*.ipynb")):
        assert (repo / "exercises" / committed.name).read_bytes() == committed.read_bytes(), committed.name
    assert re.search(r"assign: 0 written, \d+ unchanged", text)
    check = subprocess.run(
        [Path(sys.executable).parent / "medialit", "assign", "--check", "solutions/", "exercises/"],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
    )
    assert check.returncode == 0 and check.stdout + check.stderr == ""

    # The public copy has the exercises and no answers.
    public = tmp_path / "medialit-class"
    assert sorted(p.name for p in public.iterdir()) == [
        ".gitignore",
        "README.md",
        "binder",
        "docs",
        "exercises",
        "medialit",
        "notebooks",
        "pyproject.toml",
    ]
    assert not (public / "solutions").exists() and not (public / "tests").exists()
    assert not list(public.rglob("__pycache__"))

    # The public copy builds as a package (Binder's postBuild installs it with pip).
    built = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "-q",
            "--no-deps",
            "--no-compile",
            "--target",
            str(tmp_path / "site"),
            str(public),
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert built.returncode == 0, built.stderr[-2000:]
    assert (tmp_path / "site" / "medialit" / "data" / "keys" / "01.json").exists()

    # Links are printed, exactly as the guide shows them.
    links = re.findall(r"^https://\S+$", text, re.M)
    assert any(link.startswith("https://mybinder.org/v2/gh/your-school/medialit-class/main?urlpath=") for link in links)
    assert any(link.startswith("https://hub.example.edu/hub/user-redirect/git-pull?repo=") for link in links)
    for link in links:
        assert f"`{link}`" in _guide(), f"the guide does not show the link the command prints: {link}"
    # ...and so are the summary lines the guide quotes.
    quoted_lines = [s for s in re.findall(r"`((?:assign|grade): [^`]+)`", _guide()) if not s.endswith("...")]
    assert len(quoted_lines) >= 2
    for said in quoted_lines:
        assert said in text, f"the guide quotes a line the command does not print: {said}"

    # Collection from the hub: a folder per student who has the notebook, answers copied when there are some.
    collected = repo / "submissions" / "03"
    assert sorted(p.name for p in collected.iterdir()) == ["ada", "ben"]
    assert (collected / "ada" / "medialit-answers.json").exists()
    assert not (collected / "ben" / "medialit-answers.json").exists()

    # Grading: the gradebook says what the guide says it does.
    with open(repo / "grades" / "01" / "grades.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    totals = {r["student"]: (r["points"], r["max_points"]) for r in rows if r["question"] == "TOTAL"}
    assert totals == {"ada": ("0", "12"), "ben": ("12", "12"), "cy": ("0", "12")}
    assert {r["status"] for r in rows if r["student"] == "ada" and r["question"] != "TOTAL"} == {"no response"}
    assert {r["status"] for r in rows if r["student"] == "ben" and r["question"] != "TOTAL"} == {"passed"}
    cy = {r["question"]: r for r in rows if r["student"] == "cy"}
    assert cy["01.5"]["status"] == "failed" and cy["01.5"]["reason"].startswith("01.5: not yet")
    # The rows quoted in the guide are real rows of this gradebook.
    quoted = next(body for _, lang, body in fenced_blocks(_guide()) if lang == "text" and body.startswith("student,"))
    produced = (repo / "grades" / "01" / "grades.csv").read_text(encoding="utf-8").splitlines()
    for line in quoted.splitlines():
        assert line in produced, f"the guide shows a gradebook line the grader does not write: {line}"
    for student in ("ada", "ben", "cy"):
        page = (repo / "grades" / "01" / "feedback" / f"{student}.html").read_text(encoding="utf-8")
        assert f"<h1>Feedback for {student}</h1>" in page and "01_anatomy.ipynb" in page
    assert "Total: 0 of 12 points." in (repo / "grades" / "01" / "feedback" / "cy.html").read_text(encoding="utf-8")

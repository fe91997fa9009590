"""The widgets in a real JupyterLab, driven in Debian's chromium by playwright.

Headless tests cannot see what the front end does with our HTML: whether the
widgets render at all, whether choosing a sentence redraws the tree, whether
markup in the article runs. This test opens `tests/browser/widgets.ipynb`,
runs every cell and looks.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from medialit import load_article
from medialit.render import sentence_label

HERE = Path(__file__).parent / "browser"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]

pytestmark = pytest.mark.browser


def _chromium() -> str:
    path = shutil.which("chromium")
    if path is None:
        if os.environ.get("CI") == "true":
            pytest.fail("chromium is not installed, and CI=true requires the browser test to run")
        pytest.skip("chromium is not installed (apt install chromium); set CI=true to make this a failure")
    pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install playwright)")
    return path


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(url: str) -> dict | list | None:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return json.loads(response.read())
    except OSError:
        return None


def _wait(predicate, timeout: float, what: str, step: float = 0.5):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(step)
    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")


@pytest.fixture
def lab(tmp_path):
    """A JupyterLab on 127.0.0.1 serving a copy of the test notebook; yields its base URL."""
    root = tmp_path / "root"
    root.mkdir()
    shutil.copy(HERE / "widgets.ipynb", root)
    shutil.copy(HERE / "handmade.py", root)
    # No "Jupyter news?" toast over the widgets in screenshots (and no attempt to fetch news).
    notification = tmp_path / "settings" / "@jupyterlab" / "apputils-extension" / "notification.jupyterlab-settings"
    notification.parent.mkdir(parents=True)
    notification.write_text(json.dumps({"fetchNews": "false", "checkForUpdates": False}))
    port = _free_port()
    env = {
        **os.environ,
        "JUPYTERLAB_SETTINGS_DIR": str(tmp_path / "settings"),
        "JUPYTERLAB_WORKSPACES_DIR": str(tmp_path / "workspaces"),
        "JUPYTER_RUNTIME_DIR": str(tmp_path / "runtime"),
    }
    log = open(tmp_path / "jupyterlab.log", "w")
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "jupyterlab",
            "--no-browser",
            "--ip=127.0.0.1",
            f"--port={port}",
            "--ServerApp.token=",
            "--ServerApp.password=",
            "--ServerApp.disable_check_xsrf=True",
            f"--ServerApp.root_dir={root}",
            "--LabApp.news_url=",
            "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
            # containers and CI runners often run as root; Jupyter refuses that unless told
            *(["--allow-root"] if hasattr(os, "geteuid") and os.geteuid() == 0 else []),
        ],
        cwd=root,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait(lambda: server.poll() is not None or _get(f"{url}/api/status"), 90, "JupyterLab to start")
        assert server.poll() is None, (tmp_path / "jupyterlab.log").read_text()
        yield url
    finally:
        stop_lab_server(server)
        log.close()


def test_widgets_render_and_respond_in_jupyterlab(lab, tmp_path):
    chromium = _chromium()
    from playwright.sync_api import expect, sync_playwright

    article = load_article()
    started = time.monotonic()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, headless=True, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 1000})
            page.goto(f"{lab}/lab/tree/widgets.ipynb")
            page.locator(".jp-Notebook .jp-Cell").first.wait_for(timeout=60_000)
            # A kernel must be up before "Run All" means anything.
            _wait(
                lambda: (_get(f"{lab}/api/kernels") or [{}])[0].get("execution_state") == "idle",
                90,
                "the kernel to start",
            )
            page.locator("#jp-MainMenu").get_by_role("menuitem", name="Run", exact=True).click()
            page.locator(".lm-Menu").get_by_role("menuitem", name=re.compile(r"^Run All Cells")).click()

            sorter = page.locator(".jp-OutputArea-output", has_text="Claim or denial?")
            sorter.first.wait_for(timeout=180_000)
            _wait(
                lambda: (_get(f"{lab}/api/kernels") or [{}])[0].get("execution_state") == "idle",
                60,
                "the kernel to finish",
            )
            page.wait_for_timeout(1000)

            # 1. every widget rendered: no widget error, no traceback anywhere
            body = page.locator("body").inner_text()
            assert "Error displaying widget" not in body
            assert "Traceback" not in body
            assert page.locator('[data-mime-type="application/vnd.jupyter.stderr"]').count() == 0
            assert page.locator(".widget-select select").count() == 2  # the two tracers

            # 2. choosing a sentence in the tracer redraws its chain
            tracer = page.locator(".jp-OutputArea-output", has_text="Attribution tracer").first
            picker = tracer.locator(".widget-select select")
            sentences = article.sentences.set_index("sentence")
            for sentence, expected in [(7, ["Voice of America", "CJTF-OIR"]), (4, ["Bas News", "war media cell"])]:
                label = sentence_label(
                    sentences.loc[sentence, "paragraph"], sentences.loc[sentence, "text"], sentence=sentence
                )
                picker.select_option(label=label)
                chain = tracer.locator(".medialit-chain")
                expect(chain).to_contain_text(sentences.loc[sentence, "text"][:40], timeout=10_000)
                for name in expected:
                    expect(chain).to_contain_text(name)
            tracer.scroll_into_view_if_needed()
            shot = tmp_path / "tracer.png"
            tracer.screenshot(path=str(shot))
            print(f"tracer screenshot: {shot}")

            # 3. the highlighter shows labelled marks
            highlighter = page.locator(".jp-OutputArea-output", has_text="Hedge highlighter").first
            assert highlighter.locator("mark.medialit-cue").count() >= 5
            expect(highlighter).to_contain_text("[hearsay]")
            highlighter.locator("mark.medialit-cue").first.scroll_into_view_if_needed()
            shot = tmp_path / "highlighter.png"
            page.screenshot(path=str(shot))
            print(f"highlighter screenshot: {shot}")

            # 4. the chart is an image with its alt text beside it in the notebook
            chart = page.locator(".jp-RenderedImage img").first
            chart.scroll_into_view_if_needed()
            assert chart.evaluate("img => img.naturalWidth") > 300
            shot = tmp_path / "chart.png"
            chart.screenshot(path=str(shot))
            print(f"chart screenshot: {shot}")

            # 5. the hostile article's markup is shown as text and never runs
            hostile = page.locator(".jp-OutputArea-output", has_text="Attribution tracer").nth(1)
            expect(hostile).to_contain_text('<b onmouseover="window.__pwned=1">Ali</b>')
            marks = page.locator(".jp-OutputArea-output", has_text="Hedge highlighter").nth(1)
            expect(marks).to_contain_text("<script>window.__pwned=1</script>")
            for target in page.locator("mark.medialit-cue").all()[-3:]:
                target.hover()
            assert page.evaluate("window.__pwned") is None
            assert page.locator(".jp-OutputArea-output img[src='x']").count() == 0
        finally:
            browser.close()
    print(f"browser test took {time.monotonic() - started:.1f} s")


# --------------------------------------------------------------------------- the README's own server
# Helpers for every browser test that needs the kit as a student opens it: the README's setup command,
# serving a copy of the repository, with a page that can open and run any notebook in it. A problem-set
# test reuses them like this:
#
#     def test_my_set_in_the_browser(readme_lab, tmp_path):
#         chromium = _chromium()
#         from playwright.sync_api import sync_playwright
#         lab, root = readme_lab                      # root: the served copy (notebooks/, exercises/, browser/)
#         with sync_playwright() as p:
#             browser = p.chromium.launch(executable_path=chromium, headless=True, args=CHROMIUM_ARGS)
#             page = browser.new_page(viewport={"width": 1280, "height": 1000})
#             open_notebook(page, lab, "exercises/08_capstone.ipynb", run_all=True)
#             ...                                     # then look at page.locator(".jp-OutputArea-output", ...)

ROOT = Path(__file__).resolve().parent.parent


def readme_server_argv() -> list[str]:
    """The `jupyter lab ...` part of the README's setup command, run with this interpreter."""
    import shlex

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("<!-- setup-command -->", 1)[1].split("```bash", 1)[1].split("```", 1)[0]
    lab = [part.strip() for part in block.strip().split("&&")][-1]
    argv = shlex.split(lab)
    assert argv[0] == ".venv/bin/jupyter" and argv[1] == "lab", f"the setup command ends with {lab!r}"
    return [sys.executable, "-m", "jupyter", *argv[1:]]


def start_lab_server(argv: list[str], cwd: Path, tmp_path: Path) -> tuple[subprocess.Popen, str]:
    """Start `argv` (a `jupyter lab` command) in `cwd` on a free port, with no token, news or browser.

    Settings, workspaces and runtime files go under `tmp_path`. Returns the process and its base URL once
    the server answers; stop it with `stop_lab_server`.
    """
    notification = tmp_path / "settings" / "@jupyterlab" / "apputils-extension" / "notification.jupyterlab-settings"
    notification.parent.mkdir(parents=True, exist_ok=True)
    notification.write_text(json.dumps({"fetchNews": "false", "checkForUpdates": False}))
    port = _free_port()
    env = {
        **os.environ,
        "JUPYTERLAB_SETTINGS_DIR": str(tmp_path / "settings"),
        "JUPYTERLAB_WORKSPACES_DIR": str(tmp_path / "workspaces"),
        "JUPYTER_RUNTIME_DIR": str(tmp_path / "runtime"),
    }
    log_path = tmp_path / "jupyterlab.log"
    with open(log_path, "w") as log:
        server = subprocess.Popen(
            [
                *argv,
                "--ServerApp.open_browser=False",
                "--ip=127.0.0.1",
                f"--port={port}",
                "--ServerApp.token=",
                "--ServerApp.password=",
                "--ServerApp.disable_check_xsrf=True",
                "--LabApp.news_url=",
                "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
                *(["--allow-root"] if hasattr(os, "geteuid") and os.geteuid() == 0 else []),
            ],
            cwd=cwd,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait(lambda: server.poll() is not None or _get(f"{url}/api/status"), 90, "JupyterLab to start")
    except AssertionError:
        stop_lab_server(server)
        raise
    if server.poll() is not None:
        raise AssertionError(log_path.read_text())
    return server, url


def stop_lab_server(server: subprocess.Popen) -> None:
    server.terminate()
    try:
        server.wait(timeout=20)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


@pytest.fixture
def readme_lab(tmp_path):
    """The README's setup command serving a copy of the kit (lessons, problem sets, the widget notebook).

    Yields (base URL, root folder). A copy, so that autosave never writes outputs into the repository.
    """
    root = tmp_path / "kit"
    for folder in ("notebooks", "exercises"):
        shutil.copytree(ROOT / folder, root / folder)
    shutil.copytree(HERE, root / "browser")
    server, url = start_lab_server(readme_server_argv(), root, tmp_path)
    try:
        yield url, root
    finally:
        stop_lab_server(server)


def start_page(lab: str, tmp_path: Path) -> str:
    """The page the README's command would open in the student's browser (written by the server as
    `jpserver-file-to-run-<pid>-open.html` in the runtime folder), as a URL on `lab`."""
    pages = list((tmp_path / "runtime").glob("jpserver-file-to-run-*-open.html"))
    assert len(pages) == 1, f"the server wrote no page to open the start notebook: {pages}"
    found = re.search(r'href="[^"]*?(/lab/tree/[^"?]+)', pages[0].read_text(encoding="utf-8"))
    assert found, pages[0].read_text(encoding="utf-8")
    return lab + found.group(1)


def kernel_idle(lab: str, path: str) -> bool:
    """Whether the kernel of the session on notebook `path` (relative to the root) exists and is idle."""
    sessions = _get(f"{lab}/api/sessions") or []
    return any(s.get("path") == path and s.get("kernel", {}).get("execution_state") == "idle" for s in sessions)


def open_notebook(page, lab: str, path: str, *, run_all: bool = False) -> None:
    """Open notebook `path` (relative to the server's root) in JupyterLab; with `run_all`, run every cell
    and wait until its kernel is idle again."""
    page.goto(f"{lab}/lab/tree/{path}")
    # Other notebooks may be open from before (the workspace is restored): wait for this one's tab to be current.
    name = path.rsplit("/", 1)[-1]
    page.locator(".lm-TabBar-tab.lm-mod-current", has_text=name).first.wait_for(timeout=60_000)
    page.locator(".jp-NotebookPanel:visible .jp-Cell").first.wait_for(timeout=60_000)
    _wait(lambda: kernel_idle(lab, path), 90, f"the kernel of {path} to start")
    if run_all:
        page.locator("#jp-MainMenu").get_by_role("menuitem", name="Run", exact=True).click()
        page.locator(".lm-Menu").get_by_role("menuitem", name=re.compile(r"^Run All Cells")).click()
        page.wait_for_timeout(1500)  # the kernel turns busy
        _wait(lambda: kernel_idle(lab, path), 180, f"{path} to finish running")
        page.wait_for_timeout(1000)


def test_readme_server_serves_the_whole_kit(readme_lab, tmp_path):
    """The README's command serves the repository root: the problem sets are reachable, not refused."""
    lab, root = readme_lab
    assert start_page(lab, tmp_path) == f"{lab}/lab/tree/notebooks/00_start_here.ipynb"
    for path in ("exercises/01_anatomy.ipynb", "notebooks/00_start_here.ipynb"):
        with urllib.request.urlopen(f"{lab}/api/contents/{path}?content=0", timeout=10) as response:
            assert response.status == 200
            assert json.loads(response.read())["path"] == path
    listing = {item["name"] for item in _get(f"{lab}/api/contents")["content"]}
    assert {"notebooks", "exercises"} <= listing


def test_a_student_opens_a_set_and_steps_the_tracer_by_keyboard(readme_lab, tmp_path):
    """From the README's server: a problem set opens from lesson 00's map; the tracer steps by keyboard."""
    chromium = _chromium()
    from playwright.sync_api import expect, sync_playwright

    lab, _ = readme_lab
    article = load_article()
    sentences = article.sentences.set_index("sentence")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, headless=True, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 1000})
            # 1. lesson 00's map links to a problem set, and the link opens it
            page.goto(start_page(lab, tmp_path))  # where the README's command sends the student's browser
            link = page.locator(".jp-RenderedMarkdown a", has_text="exercises/02_who_says_what.ipynb")
            link.first.scroll_into_view_if_needed(timeout=60_000)
            link.first.click()
            tab = page.locator(".lm-TabBar-tab", has_text="02_who_says_what.ipynb")
            expect(tab).to_have_count(1, timeout=30_000)
            expect(page.locator(".jp-NotebookPanel:visible h1").first).to_be_visible(timeout=30_000)
            shot = tmp_path / "exercise.png"
            page.screenshot(path=str(shot))
            print(f"exercise screenshot: {shot}")

            # 2. the tracer: ArrowDown in its number box moves the list's selection and redraws the chain
            open_notebook(page, lab, "browser/widgets.ipynb", run_all=True)
            tracer = page.locator(".jp-OutputArea-output", has_text="Attribution tracer").first
            picker = tracer.locator(".widget-select select")
            number = tracer.locator("input[type=number]")
            chain = tracer.locator(".medialit-chain")
            number.click()
            number.fill("8")
            number.press("Enter")
            expect(chain).to_contain_text(sentences.loc[8, "text"][:40], timeout=10_000)
            active = page.locator(".jp-NotebookPanel:visible .jp-Cell.jp-mod-active").get_attribute(
                "data-windowed-list-index"
            )
            for key, expected in [("ArrowDown", 7), ("ArrowDown", 6), ("ArrowUp", 7)]:
                number.press(key)
                _wait(
                    lambda expected=expected: picker.evaluate("select => select.selectedIndex") == expected,
                    10,
                    f"{key} to select sentence {expected}",
                    step=0.2,
                )
                expect(chain).to_contain_text(sentences.loc[expected, "text"][:40], timeout=10_000)
                assert number.input_value() == str(expected)
            expect(chain).to_contain_text("Voice of America")
            # the keys stayed in the widget: the notebook's active cell did not move
            assert (
                page.locator(".jp-NotebookPanel:visible .jp-Cell.jp-mod-active").get_attribute(
                    "data-windowed-list-index"
                )
                == active
            )
            tracer.scroll_into_view_if_needed()
            shot = tmp_path / "tracer-keyboard.png"
            tracer.screenshot(path=str(shot))
            print(f"tracer keyboard screenshot: {shot}")

            # 3. the sorter's chosen button carries a tick, not only a darker grey
            sorter = page.locator(".jp-OutputArea-output", has_text="Claim or denial?").first
            first = sorter.locator(".widget-toggle-buttons").first
            first.get_by_role("button", name="denial").click()
            expect(first.locator("button.mod-active .fa-check")).to_have_count(1, timeout=10_000)
            assert first.locator(".fa-check").count() == 1
            first.scroll_into_view_if_needed()
            shot = tmp_path / "sorter.png"
            sorter.screenshot(path=str(shot))
            print(f"sorter screenshot: {shot}")
        finally:
            browser.close()


# --------------------------------------------------------------------------- the capstone, as a student does it


def _points_shown(page, question: str) -> float:
    """The points a check cell's output shows for `question` ("... (1.5/3 points) ..."), read from the page."""
    # text_content, not inner_text: JupyterLab skips rendering cells off screen, and their inner text is empty
    text = page.locator(".jp-NotebookPanel:visible .medialit-check", has_text=f"{question}:").first.text_content()
    found = re.search(r"\((\d+(?:\.\d+)?)/(\d+(?:\.\d+)?) points?\)", text)
    assert found, text
    return float(found.group(1))


def _run_cell(page, lab: str, path: str, code_cell) -> None:
    """Run one code cell as a student does: click into it, Shift+Enter; wait until the kernel is idle again."""
    code_cell.scroll_into_view_if_needed()
    code_cell.locator(".jp-InputArea-editor").click()
    page.keyboard.press("Shift+Enter")
    page.wait_for_timeout(500)
    _wait(lambda: kernel_idle(lab, path), 120, f"a cell of {path} to run")


@pytest.mark.slow
def test_capstone_paste_box_answer_boxes_and_typed_answer_grade_as_shown(readme_lab, tmp_path):
    """From the README's server, in exercises/08_capstone.ipynb: paste an article that breaks triple quotes into the
    paste box, write the essay and choose 08.3 in their answer boxes, type a partly right 08.2; the points the
    check cells show are the points `medialit grade` gives the saved notebook and answers file."""
    chromium = _chromium()
    from playwright.sync_api import expect, sync_playwright
    from test_capstone_widget_grading import ARTICLE, ESSAY, HEADLINES

    from medialit import analyze
    from medialit.article import Article

    assert '"""' in ARTICLE and ARTICLE.endswith('"')  # what breaks PASTED = """..."""
    lab, root = readme_lab
    path = "exercises/08_capstone.ipynb"
    cell = lambda text: page.locator(".jp-NotebookPanel:visible .jp-CodeCell", has_text=text).first  # noqa: E731
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, headless=True, args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(
                viewport={"width": 1280, "height": 1000}, permissions=["clipboard-read", "clipboard-write"]
            )
            page = context.new_page()
            open_notebook(page, lab, path, run_all=True)

            # 1. paste the article into the paste box (the clipboard, Ctrl+V), Save, run the cell that reads it
            box = page.get_by_placeholder("3. Paste your article here")
            box.scroll_into_view_if_needed()
            page.evaluate("text => navigator.clipboard.writeText(text)", ARTICLE)
            box.click()
            page.keyboard.press("Control+V")
            expect(box).to_have_value(ARTICLE, timeout=10_000)
            pasted = page.locator(".jp-OutputArea-output", has=box)
            pasted.get_by_role("button", name="Save").click()
            expect(pasted).to_contain_text("Saved", timeout=10_000)
            shot = tmp_path / "capstone-paste.png"
            page.screenshot(path=str(shot))
            print(f"capstone paste screenshot: {shot}")
            _run_cell(page, lab, path, cell("mine, origin = own_article"))
            loaded = cell("mine, origin = own_article").locator(".jp-OutputArea")
            expect(loaded).to_contain_text(
                "Using the paste box (saved beside this notebook): Lowmoor Water Board Denies Reservoir Is Leaking",
                timeout=30_000,
            )
            for name, frame in analyze(Article.from_text(ARTICLE)).frames().items():
                expect(loaded).to_contain_text(f"{name:13} {len(frame):3} rows")

            # 2. the essay in 08.1's answer box, 08.3 chosen in its box: typed and clicked, then Save
            essay_box = page.locator(".jp-OutputArea-output", has_text="Answer to 08.1")
            essay_box.get_by_placeholder("Write your answer here").fill(ESSAY)
            essay_box.get_by_role("button", name="Save").click()
            expect(essay_box).to_contain_text("Saved your answer to 08.1", timeout=10_000)
            choice_box = page.locator(".jp-OutputArea-output", has_text="Answer to 08.3")
            choice_box.scroll_into_view_if_needed()
            choice_box.get_by_text(HEADLINES[1], exact=True).click()
            choice_box.get_by_role("button", name="Save").click()
            expect(choice_box).to_contain_text("Saved your answer to 08.3", timeout=10_000)

            # 3. 08.2 typed, partly right: one of the two rows the helper got wrong
            answer_2 = cell("answer_2 = ...")
            answer_2.scroll_into_view_if_needed()
            answer_2.locator(".jp-InputArea-editor").click()
            page.keyboard.press("Control+A")
            page.keyboard.insert_text('answer_2 = ["B"]')
            page.keyboard.press("Shift+Enter")  # runs it; the check cell below becomes the active one
            page.wait_for_timeout(500)
            _wait(lambda: kernel_idle(lab, path), 60, "08.2's answer to run")
            for check_cell in ('check("08.1"', 'check("08.2"', 'check("08.3"'):
                _run_cell(page, lab, path, cell(check_cell))
            shown = {q: _points_shown(page, q) for q in ("08.1", "08.2", "08.3")}
            assert shown == {"08.1": 2, "08.2": 1.5, "08.3": 2}, shown
            body = page.locator(".jp-NotebookPanel:visible").text_content()
            assert "Traceback" not in body and "Error displaying widget" not in body
            assert (
                page.locator('.jp-NotebookPanel:visible [data-mime-type="application/vnd.jupyter.stderr"]').count() == 0
            )

            # 4. save the notebook (Ctrl+S) and wait until the file on disk has the typed answer
            page.keyboard.press("Escape")
            page.keyboard.press("Control+S")
            _wait(
                lambda: 'answer_2 = [\\"B\\"]' in (root / path).read_text(encoding="utf-8"),
                30,
                "the notebook to be saved",
            )
        finally:
            browser.close()

    # 5. what the student hands in, graded (sandboxed where bubblewrap works)
    student = tmp_path / "subs" / "ada"
    student.mkdir(parents=True)
    shutil.copy(root / path, student)
    shutil.copy(root / "exercises" / "medialit-answers.json", student)
    saved = json.loads((student / "medialit-answers.json").read_text(encoding="utf-8"))["answers"]
    assert saved["08.article"] == ARTICLE and saved["08.1"] == ESSAY and saved["08.3"] == HEADLINES[1]
    book = tmp_path / "grades.csv"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "medialit",
            "grade",
            str(tmp_path / "subs"),
            "--solutions",
            str(ROOT / "solutions" / "08_capstone.ipynb"),
            "-o",
            str(book),
            "--jobs",
            "1",
            *(["--unsafe"] if shutil.which("bwrap") is None else []),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    import csv

    graded = {r["question"]: float(r["points"]) for r in csv.DictReader(book.open(encoding="utf-8"))}
    assert {q: graded[q] for q in shown} == shown
    assert graded["TOTAL"] == sum(shown.values())

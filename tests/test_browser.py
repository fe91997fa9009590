"""The widgets in a real JupyterLab, driven in Debian's chromium by playwright.

Headless tests cannot see what the front end does with our HTML: whether the
widgets render at all, whether choosing a sentence redraws the tree, whether
markup in the article runs. This test opens `tests/browser/widgets.ipynb`,
runs every cell and looks.
"""

from __future__ import annotations

import json
import re
import os
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
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"]

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
    env = {**os.environ, "JUPYTERLAB_SETTINGS_DIR": str(tmp_path / "settings"),
           "JUPYTERLAB_WORKSPACES_DIR": str(tmp_path / "workspaces"), "JUPYTER_RUNTIME_DIR": str(tmp_path / "runtime")}
    log = open(tmp_path / "jupyterlab.log", "w")
    server = subprocess.Popen(
        [sys.executable, "-m", "jupyterlab", "--no-browser", "--ip=127.0.0.1", f"--port={port}",
         "--ServerApp.token=", "--ServerApp.password=", "--ServerApp.disable_check_xsrf=True",
         f"--ServerApp.root_dir={root}", "--LabApp.news_url=", "--LabApp.check_for_updates_class="
         "jupyterlab.NeverCheckForUpdate",
         # containers and CI runners often run as root; Jupyter refuses that unless told
         *(["--allow-root"] if hasattr(os, "geteuid") and os.geteuid() == 0 else [])],
        cwd=root, env=env, stdout=log, stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait(lambda: server.poll() is not None or _get(f"{url}/api/status"), 90, "JupyterLab to start")
        assert server.poll() is None, (tmp_path / "jupyterlab.log").read_text()
        yield url
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
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
            _wait(lambda: (_get(f"{lab}/api/kernels") or [{}])[0].get("execution_state") == "idle", 90,
                  "the kernel to start")
            page.locator("#jp-MainMenu").get_by_role("menuitem", name="Run", exact=True).click()
            page.locator(".lm-Menu").get_by_role("menuitem", name=re.compile(r"^Run All Cells")).click()

            sorter = page.locator(".jp-OutputArea-output", has_text="Claim or denial?")
            sorter.first.wait_for(timeout=180_000)
            _wait(lambda: (_get(f"{lab}/api/kernels") or [{}])[0].get("execution_state") == "idle", 60,
                  "the kernel to finish")
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
                label = sentence_label(sentences.loc[sentence, "paragraph"], sentences.loc[sentence, "text"])
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

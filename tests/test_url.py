"""Loading an article by its address, against a local web server the test starts on 127.0.0.1.

Success, a redirect, a 404, a timeout, a page over the size limit and something that is not a page:
each either loads (the address kept in `meta["url"]`) or is one clear `MedialitError` line.
The command (`medialit analyze URL`) prints JSON or one line on stderr, never a traceback.
"""

from __future__ import annotations

import http.server
import json
import subprocess
import sys
import threading
import time

import pytest

import medialit.fetch as fetch
from medialit.article import load_article
from medialit.errors import MedialitError

STORY = (
    "<!DOCTYPE html><html><head><meta charset='windows-1252'><title>Tunnel | Gazette</title>"
    "<meta property='og:site_name' content='Coast Gazette'></head><body><nav>Home News</nav>"
    "<h1>Harbour Tunnel Opens</h1>"
    "<p>The harbour tunnel opened to traffic on Monday morning, six years after work began, the council said.</p>"
    "<p>\u201cIt is a relief,\u201d said Ana Ruiz, a caf\u00e9 owner who drives to work each day.</p>"
    "</body></html>"
).encode("cp1252")


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):  # keep the test output quiet
        pass

    def _send(self, code: int, body: bytes, ctype: str = "text/html", extra: dict | None = None) -> None:
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):  # noqa: N802 - the stdlib's name
        if self.path == "/story":
            self._send(200, STORY, "text/html")  # no charset in the header: the page's <meta> declares it
        elif self.path == "/moved":
            self.send_response(301)
            self.send_header("Location", "/story")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif self.path == "/plain":
            self._send(
                200,
                b"Bridge Closed\n\nThe council closed the bridge on Tuesday, officials said.\n",
                "text/plain; charset=utf-8",
            )
        elif self.path == "/slow":
            time.sleep(3)
            self._send(200, STORY)
        elif self.path == "/huge":
            self._send(200, b"<p>" + b"word " * 400 + b"</p>")
        elif self.path == "/image":
            self._send(200, b"\x89PNG\r\n\x1a\n", "image/png")
        else:
            self._send(404, b"<h1>Not found</h1>")


@pytest.fixture(scope="module")
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_page_loads_with_its_url_encoding_and_metadata(server):
    article = load_article(f"{server}/story")
    assert article.title == "Harbour Tunnel Opens"
    assert "caf\u00e9 owner" in article.text and "\u201cIt is a relief,\u201d" in article.text
    assert article.meta["url"].value == f"{server}/story"
    assert article.meta["url"].confidence == "stated"
    assert (article.meta["encoding"].value, article.meta["encoding"].confidence) == ("cp1252", "stated")
    assert article.meta["publisher"].value == "Coast Gazette"
    assert article.source == f"{server}/story"


def test_redirect_is_followed_and_the_final_address_kept(server):
    article = load_article(f"{server}/moved")
    assert article.meta["url"].value == f"{server}/story"
    assert "/moved" in article.meta["url"].basis


def test_plain_text_address(server):
    article = load_article(f"{server}/plain")
    assert article.paragraphs["role"].tolist() == ["headline", "body"]
    found = article.meta["encoding"]
    assert (found.value, found.confidence) == ("utf-8", "stated")
    assert found.evidence == "HTTP header Content-Type: charset=utf-8"


@pytest.mark.parametrize(
    "path, phrase",
    [
        ("/missing", "HTTP error 404 (no such page"),
        ("/image", "is image/png, not a web page"),
    ],
)
def test_bad_addresses_are_one_line(server, path, phrase):
    with pytest.raises(MedialitError) as err:
        load_article(f"{server}{path}")
    assert phrase in str(err.value) and "\n" not in str(err.value)
    assert f"{server}{path}" in str(err.value)


def test_timeout(server, monkeypatch):
    monkeypatch.setattr(fetch, "TIMEOUT", 0.5)
    with pytest.raises(MedialitError, match="no answer within 0.5 seconds"):
        load_article(f"{server}/slow")


def test_too_large(server, monkeypatch):
    monkeypatch.setattr(fetch, "MAX_PAGE_BYTES", 1000)
    with pytest.raises(MedialitError, match="larger than the 0.001 MB limit"):
        load_article(f"{server}/huge")


def test_offline_or_no_such_host():
    # Port 9 on this machine (discard) is closed: the connection is refused at once, as when offline.
    with pytest.raises(MedialitError, match="cannot connect|cannot find the site"):
        load_article("http://127.0.0.1:9/story")


def _cli(*args: str) -> subprocess.CompletedProcess:
    import os

    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "medialit", "analyze", *args], capture_output=True, text=True, env=env, timeout=120
    )


def test_cli_analyzes_an_address(server):
    done = _cli(f"{server}/story", "--what", "hedges")
    assert done.returncode == 0, done.stderr
    assert isinstance(json.loads(done.stdout), list)


def test_cli_404_is_one_line_without_traceback(server):
    done = _cli(f"{server}/missing")
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.count("\n") == 1 and "404" in done.stderr and "Traceback" not in done.stderr

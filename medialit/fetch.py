"""Fetch a web page by its address with the standard library: timeout, size limit, redirects, type checked.

`fetch_url(url)` returns a `Fetched` (the bytes, the final address after redirects, the declared
charset and content type) or raises one `MedialitError` line: offline, no such host, a 404, a
timeout, a page larger than the limit, something that is not a web page or text.
"""

from __future__ import annotations

import socket
import urllib.error
import urllib.request
from dataclasses import dataclass

from .errors import MedialitError

#: Seconds to wait for the server to answer (and between chunks of the page).
TIMEOUT = 20.0
#: Pages larger than this many bytes are refused (a news page with inline markup is a few MB at most).
MAX_PAGE_BYTES = 20_000_000
#: Content types read as a page or as text; anything else (PDF, images, video) is refused.
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_TEXT_TYPES = ("text/plain", "text/markdown")
# Some sites refuse Python's default user agent; say who we are, plainly.
_HEADERS = {
    "User-Agent": "Mozilla/5.0 (compatible; medialit teaching kit)",
    "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1",
}


@dataclass(frozen=True)
class Fetched:
    """A fetched page: its bytes and what the server said about them."""

    data: bytes
    url: str  # the final address, after redirects
    content_type: str  # "text/html", "text/plain", ...
    charset: str | None  # the charset the server declared, if any

    @property
    def kind(self) -> str:
        """How to read it: "html" or "text"."""
        return "text" if self.content_type in _TEXT_TYPES else "html"


def fetch_url(url: str, *, timeout: float | None = None, max_bytes: int | None = None) -> Fetched:
    """Download `url` (redirects followed) or raise a one-line `MedialitError` saying what went wrong.

    Args:
        url: an ``http://`` or ``https://`` address.
        timeout: seconds to wait for an answer (default `TIMEOUT`).
        max_bytes: the largest page accepted (default `MAX_PAGE_BYTES`).
    """
    timeout = TIMEOUT if timeout is None else timeout
    max_bytes = MAX_PAGE_BYTES if max_bytes is None else max_bytes
    url = url.strip()
    request = urllib.request.Request(url, headers=_HEADERS)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - http(s) only, checked above
            final = response.geturl()
            content_type = (response.headers.get_content_type() or "").lower()
            charset = response.headers.get_content_charset()
            if content_type not in _HTML_TYPES + _TEXT_TYPES:
                raise MedialitError(
                    f"{url}: is {content_type or 'of no stated type'}, not a web page or text; "
                    "give the address of the article's page"
                )
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise MedialitError(f"{url}: the page is larger than the {max_bytes / 1_000_000:g} MB limit")
            data = response.read(max_bytes + 1)  # one byte over the limit is enough to know
    except MedialitError:
        raise
    except urllib.error.HTTPError as err:
        hint = {
            404: "no such page; check the address",
            403: "the site refuses automated downloads; "
            "save the page from your browser (Save Page As) and load the file",
            401: "the page needs a login; save it from your browser and load the file",
            410: "the page has been removed",
        }.get(err.code, "the server refused the request")
        raise MedialitError(f"{url}: HTTP error {err.code} ({hint})") from None
    except urllib.error.URLError as err:
        reason = err.reason
        if isinstance(reason, (socket.timeout, TimeoutError)):
            raise MedialitError(
                f"{url}: no answer within {timeout:g} seconds; try again, or save the page "
                "from your browser and load the file"
            ) from None
        if isinstance(reason, socket.gaierror):
            raise MedialitError(f"{url}: cannot find the site (offline, or a typo in the address?)") from None
        raise MedialitError(f"{url}: cannot connect ({reason}); are you online?") from None
    except TimeoutError:
        raise MedialitError(
            f"{url}: no answer within {timeout:g} seconds; try again, or save the page "
            "from your browser and load the file"
        ) from None
    except (OSError, ValueError) as err:  # a malformed address, a dropped connection
        raise MedialitError(f"{url}: cannot be fetched ({err})") from None
    if len(data) > max_bytes:
        raise MedialitError(f"{url}: the page is larger than the {max_bytes / 1_000_000:g} MB limit")
    return Fetched(data, final, content_type, charset)

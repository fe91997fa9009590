"""Links that open the kit for a class: nbgitpuller links for a JupyterHub, and Binder links."""

from __future__ import annotations

from urllib.parse import quote, urlencode, urlsplit

from .errors import MedialitError

DEFAULT_NOTEBOOK = "notebooks/00_start_here.ipynb"


def clone_dir(repo: str) -> str:
    """The folder nbgitpuller clones `repo` into: the last path part, without `.git`."""
    path = urlsplit(repo).path if "://" in repo else repo.rsplit(":", 1)[-1]
    name = path.rstrip("/").rsplit("/", 1)[-1]
    if name.endswith(".git"):
        name = name[: -len(".git")]
    if not name:
        raise MedialitError(f"cannot tell the repository's name from {repo!r}")
    return name


def nbgitpuller_link(
    hub: str, repo: str, *, branch: str = "main", notebook: str = DEFAULT_NOTEBOOK, target: str | None = None
) -> str:
    """An nbgitpuller link: the hub clones (or updates) `repo` and opens `notebook` in JupyterLab.

    Args:
        hub: the hub's address, e.g. ``https://hub.example.edu`` (a trailing ``/hub`` is fine).
        repo: the git URL of the kit, e.g. ``https://github.com/org/medialit``.
        branch: the branch to pull.
        notebook: the notebook to open, relative to the repository.
        target: the folder to clone into (default: the repository's name).

    Raises:
        MedialitError: the hub is not an http(s) address or the notebook path is absolute.
    """
    parts = urlsplit(hub.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise MedialitError(f"--hub must be an http(s) address like https://hub.example.edu, got {hub!r}")
    if not repo.strip():
        raise MedialitError("--repo must name the kit's git repository")
    notebook = notebook.strip().removeprefix("./")
    if notebook.startswith("/") or ".." in notebook.split("/"):
        raise MedialitError(f"--notebook must be a path inside the repository, got {notebook!r}")
    base = hub.strip().rstrip("/")
    if base.endswith("/hub"):
        base = base[: -len("/hub")]
    folder = target or clone_dir(repo)
    params = {"repo": repo.strip(), "urlpath": f"lab/tree/{folder}/{notebook}", "branch": branch}
    if target:
        params["targetPath"] = target
    return f"{base}/hub/user-redirect/git-pull?" + urlencode(params, quote_via=quote, safe="")


def binder_link(
    repo: str, *, branch: str = "main", notebook: str = DEFAULT_NOTEBOOK, binder: str = "https://mybinder.org"
) -> str:
    """A Binder link that opens JupyterLab at `notebook` for a GitHub repository `owner/name` or URL."""
    spec = repo.strip()
    if "://" in spec:
        parts = urlsplit(spec)
        if parts.netloc != "github.com":
            raise MedialitError(f"Binder links are made for GitHub repositories, got {repo!r}")
        spec = parts.path.strip("/")
    spec = spec.removesuffix(".git")
    if spec.count("/") != 1:
        raise MedialitError(f"expected a GitHub repository as owner/name, got {repo!r}")
    return f"{binder.rstrip('/')}/v2/gh/{spec}/{quote(branch, safe='')}?urlpath=" + quote(
        f"lab/tree/{notebook}", safe=""
    )

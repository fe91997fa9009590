"""`medialit link`: nbgitpuller and Binder links, checked by parsing them back."""

from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from medialit.cli import main
from medialit.errors import MedialitError
from medialit.links import binder_link, clone_dir, nbgitpuller_link

REPO = "https://github.com/org/medialit"


def _query(link: str) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(link).query, keep_blank_values=True).items()}


@pytest.mark.parametrize(
    "repo, folder",
    [
        ("https://github.com/org/medialit", "medialit"),
        ("https://github.com/org/medialit.git", "medialit"),
        ("https://github.com/org/medialit/", "medialit"),
        ("git@github.com:org/media-kit.git", "media-kit"),
        ("https://gitlab.example.org/group/sub/kit", "kit"),
    ],
)
def test_clone_dir_is_the_repository_name(repo, folder):
    assert clone_dir(repo) == folder


def test_default_link_opens_the_start_notebook_on_main():
    link = nbgitpuller_link("https://hub.example.edu", REPO)
    parts = urlsplit(link)
    assert parts.scheme == "https" and parts.netloc == "hub.example.edu"
    assert parts.path == "/hub/user-redirect/git-pull"
    assert _query(link) == {
        "repo": REPO,
        "urlpath": "lab/tree/medialit/notebooks/00_start_here.ipynb",
        "branch": "main",
    }


@pytest.mark.parametrize(
    "hub", ["https://hub.example.edu/", "https://hub.example.edu/hub", "https://hub.example.edu/hub/"]
)
def test_hub_address_variants_give_one_path(hub):
    assert urlsplit(nbgitpuller_link(hub, REPO)).path == "/hub/user-redirect/git-pull"


def test_hub_under_a_prefix_keeps_the_prefix():
    link = nbgitpuller_link("https://uni.example.edu/jupyter", REPO)
    assert urlsplit(link).path == "/jupyter/hub/user-redirect/git-pull"


def test_special_characters_are_encoded_once():
    link = nbgitpuller_link(
        "https://hub.example.edu", REPO + ".git", branch="spring 2027", notebook="notebooks/03 claims&denials.ipynb"
    )
    raw_query = urlsplit(link).query
    assert " " not in raw_query and raw_query.count("&") == 2  # the & in the path is encoded
    q = _query(link)
    assert q["branch"] == "spring 2027"
    assert q["urlpath"] == "lab/tree/medialit/notebooks/03 claims&denials.ipynb"
    assert q["repo"] == REPO + ".git"


def test_target_folder_changes_urlpath_and_is_passed_on():
    q = _query(nbgitpuller_link("https://hub.example.edu", REPO, target="week3"))
    assert q["urlpath"].startswith("lab/tree/week3/") and q["targetPath"] == "week3"


@pytest.mark.parametrize(
    "hub, notebook",
    [
        ("hub.example.edu", "notebooks/x.ipynb"),
        ("ftp://hub.example.edu", "notebooks/x.ipynb"),
        ("https://hub.example.edu", "/etc/passwd"),
        ("https://hub.example.edu", "../outside.ipynb"),
    ],
)
def test_bad_values_are_user_errors(hub, notebook):
    with pytest.raises(MedialitError):
        nbgitpuller_link(hub, REPO, notebook=notebook)


def test_binder_link_opens_lab_at_the_start_notebook():
    link = binder_link("org/medialit")
    assert link.startswith("https://mybinder.org/v2/gh/org/medialit/main?urlpath=")
    assert unquote(_query(link)["urlpath"]) == "lab/tree/notebooks/00_start_here.ipynb"
    assert binder_link("https://github.com/org/medialit.git") == link


def test_cli_prints_the_link(capsys):
    assert main(["link", "--hub", "https://hub.example.edu", "--repo", REPO, "--branch", "b1"]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert _query(out.strip())["branch"] == "b1"


def test_cli_bad_hub_is_one_line_and_exit_1(capsys):
    assert main(["link", "--hub", "nope", "--repo", REPO]) == 1
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and err.startswith("medialit link: --hub")

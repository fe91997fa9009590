"""The bundled article ships byte-identical to the shared seed."""

import hashlib
from importlib import resources
from pathlib import Path

import pytest

import medialit

SHA256 = "3386f482c5a84bb30b3675dda2d96c9e60fd1f13525538775a5e351f4efbf636"
SHARED = Path(__file__).resolve().parents[2] / "shared" / "seed-article.txt"


def test_bundled_article_hash():
    data = resources.files("medialit").joinpath("data/article.txt").read_bytes()
    assert hashlib.sha256(data).hexdigest() == SHA256


@pytest.mark.skipif(not SHARED.exists(), reason="shared/seed-article.txt is not beside this checkout")
def test_bundled_article_matches_shared_copy():
    data = resources.files("medialit").joinpath("data/article.txt").read_bytes()
    assert data == SHARED.read_bytes()


def test_load_article_text_is_the_bundled_text():
    data = resources.files("medialit").joinpath("data/article.txt").read_bytes()
    assert medialit.load_article().text == data.decode("utf-8")

"""The real-text dev set (benchmarks/realtext): standoff only, well formed, and a scorer that fails readably."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "benchmarks" / "realtext" / "annotations.jsonl"
SCORER = ROOT / "benchmarks" / "eval_realtext.py"
CATEGORIES = {
    "probability",
    "hearsay",
    "approximator",
    "vague-source",
    "conditional",
    "prediction",
    "accusation",
    "evidential",
    "other",
}


def _rows() -> list[dict]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_standoff_only_no_text():
    rows = _rows()
    assert len(rows) == 42 and len({r["doc"] for r in rows}) == 42
    for r in rows:
        assert set(r) == {"doc", "sha256_text", "hedges", "denials", "figures", "headline_stance"}
        assert len(r["sha256_text"]) == 64
        assert r["headline_stance"] in (None, "reports", "endorses", "denies")
        for s, e, cat in r["hedges"]:
            assert isinstance(s, int) and isinstance(e, int) and 0 <= s < e and cat in CATEGORIES
        for s, e, a_s, a_e in r["denials"]:
            assert 0 <= s < e and ((a_s is None and a_e is None) or 0 <= a_s < a_e)
        for s, e in r["figures"]:
            assert 0 <= s < e


def test_six_per_publisher():
    publishers = [r["doc"].split("_")[0] for r in _rows()]
    assert {p: publishers.count(p) for p in set(publishers)} == dict.fromkeys(
        ["breitbart", "huff-post", "nyt", "politico", "usa-today", "wash-post", "west-journal"], 6
    )


def _run(args, env_extra=None, tmp_path=None):
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)}
    env.update(env_extra or {})
    return subprocess.run([sys.executable, str(SCORER), *args], capture_output=True, text=True, env=env, cwd=tmp_path)


def test_scorer_without_corpus_says_how(tmp_path):
    out = _run([], tmp_path=tmp_path)
    assert out.returncode == 2
    assert "MEDIALIT_POLNEAR" in out.stderr and "Traceback" not in out.stderr


def test_scorer_refuses_a_different_copy(tmp_path):
    # A file with every annotated doc but a different text: the hash check must say so.
    fake = tmp_path / "train.jsonl"
    fake.write_text(
        "".join(json.dumps({"doc": r["doc"], "text": "A different text."}) + "\n" for r in _rows()), encoding="utf-8"
    )
    out = _run([str(fake)], tmp_path=tmp_path)
    assert out.returncode == 2 and "differ from the annotated copy" in out.stderr
    assert "Traceback" not in out.stderr
    assert hashlib.sha256(b"A different text.").hexdigest() not in {r["sha256_text"] for r in _rows()}


@pytest.mark.parametrize("content", ["not json\n", json.dumps({"doc": "x", "text": "y"}) + "\n"])
def test_scorer_bad_file(tmp_path, content):
    bad = tmp_path / "bad.jsonl"
    bad.write_text(content, encoding="utf-8")
    out = _run([str(bad)], tmp_path=tmp_path)
    assert out.returncode == 2 and "eval_realtext:" in out.stderr and "Traceback" not in out.stderr


def test_greedy_is_one_to_one_largest_overlap_first():
    sys.path.insert(0, str(SCORER.parent))
    try:
        import eval_realtext
    finally:
        sys.path.remove(str(SCORER.parent))
    # One prediction spanning two gold figures ("30 percent to 60 percent" read as one range) matches one.
    assert len(eval_realtext.greedy([(0, 10), (14, 24)], [(0, 24)])) == 1
    # The larger overlap wins the prediction; a span touching only at the edge does not overlap.
    assert eval_realtext.greedy([(0, 5), (3, 20)], [(4, 20)]) == [(1, 0)]
    assert eval_realtext.greedy([(0, 5)], [(5, 9)]) == []

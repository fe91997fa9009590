"""Select the real-text dev set from PolNeAR train, deterministically.

Rule: keep articles whose text is 1,500 to 5,000 characters long (inclusive), order them by the
SHA-256 hex digest of the doc id (UTF-8), and take the first six of each of the seven publishers:
42 articles. Prints the doc ids, one a line.

    python select.py PATH/polnear_train.jsonl
"""

from __future__ import annotations

import hashlib
import json
import sys

PER_PUBLISHER = 6
MIN_CHARS, MAX_CHARS = 1500, 5000


def select(rows: list[dict]) -> list[dict]:
    """The selected articles, in selection order (by digest)."""
    keep = [r for r in rows if MIN_CHARS <= len(r["text"]) <= MAX_CHARS]
    keep.sort(key=lambda r: hashlib.sha256(r["doc"].encode("utf-8")).hexdigest())
    taken: dict[str, int] = {}
    out = []
    for r in keep:
        if taken.get(r["publisher"], 0) < PER_PUBLISHER:
            taken[r["publisher"]] = taken.get(r["publisher"], 0) + 1
            out.append(r)
    return out


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    for r in select(rows):
        print(r["doc"])

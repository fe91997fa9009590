"""Lessons are deterministic: two runs in fresh kernels give the same outputs.

The lessons are stored without outputs (so nbval, which compares against stored outputs, runs
them in lax mode: any error fails, nothing to compare). This test proves what a strict nbval run
would: every output, text, HTML and images alike, is the same from run to run. Only the ids that
ipywidgets and Jupyter make up per run (widget model ids) are masked.
"""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[1]
LESSONS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
_MODEL_ID = re.compile(r"(['\"]model_id['\"]:\s*['\"])[0-9a-f]{32}")


def _merge_streams(outputs: list) -> list:
    """Join consecutive stdout (or stderr) chunks: how a print is cut into messages depends on timing."""
    merged: list = []
    for o in outputs:
        if (
            o.get("output_type") == "stream"
            and merged
            and merged[-1].get("output_type") == "stream"
            and merged[-1].get("name") == o.get("name")
        ):
            merged[-1] = {**merged[-1], "text": merged[-1]["text"] + o["text"]}
        else:
            merged.append(dict(o))
    return merged


def _outputs(path: Path) -> list:
    nb = nbformat.read(path, as_version=4)
    NotebookClient(nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}).execute()
    out = []
    for i, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        for o in _merge_streams(cell.get("outputs", [])):
            o = {k: v for k, v in o.items() if k not in ("execution_count", "metadata", "transient")}
            out.append((i, _MODEL_ID.sub(r"\1<id>", repr(o))))
    return out


@pytest.mark.slow
@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.stem)
def test_two_runs_give_the_same_outputs(path):
    first, second = _outputs(path), _outputs(path)
    assert [i for i, _ in first] == [i for i, _ in second], "cells gave a different number of outputs between runs"
    for a, b in zip(first, second):
        assert a == b, f"cell {a[0]} differs between runs"

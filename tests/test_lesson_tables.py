"""Tables in the lessons read as words and plain numbers: no NaN, <NA>, NaT, inf or 3.200000e+01."""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"
MARKERS = re.compile(r"\bNaN\b|<NA>|\bNaT\b|\d\.\d+e[+-]\d+|\binf\b")


@pytest.mark.slow
@pytest.mark.parametrize("lesson", ["03_claims_and_denials", "05_figures", "06_timeline"])
def test_lesson_tables_show_no_pandas_markers(lesson):
    nb = nbformat.read(NOTEBOOKS / f"{lesson}.ipynb", as_version=4)
    NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOKS)}}).execute()
    tables = 0
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            html = output.get("data", {}).get("text/html", "")
            if "<table" not in html or "dataframe" not in html:
                continue
            tables += 1
            found = MARKERS.findall(output["data"].get("text/plain", "") + html)
            assert not found, f"{lesson}: a table shows {sorted(set(found))} in the cell starting {cell.source[:60]!r}"
    assert tables >= 1

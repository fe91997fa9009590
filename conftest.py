"""Repository-wide pytest hooks: what the fast loop (`pytest -m "not slow"`) leaves out.

The fast loop is for contributors between edits; the full suite (`pytest`) runs everything. Two kinds of test
are slow by nature and are marked here, once, instead of on every test: notebooks that nbval executes (each
starts a kernel) and browser tests (each starts JupyterLab and chromium).
"""

from __future__ import annotations

import pytest


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark every nbval notebook cell and every `browser` test `slow`."""
    for item in items:
        if item.path.suffix == ".ipynb" or item.get_closest_marker("browser") is not None:
            item.add_marker(pytest.mark.slow)

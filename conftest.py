"""Repository-wide pytest hooks: what the fast loop (`pytest -m "not slow"`) leaves out.

The fast loop is for contributors between edits; the full suite (`pytest`) runs everything. Two kinds of test
are slow by nature and are marked here, once, instead of on every test: notebooks that nbval executes (each
starts a kernel) and browser tests (each starts JupyterLab and chromium).
"""

from __future__ import annotations

import pytest


def pytest_configure(config: pytest.Config) -> None:
    """Where bubblewrap cannot work (macOS, Windows, a Linux without it), grade the suite's made-up classes
    unsandboxed instead of failing every grading test; CI installs bubblewrap, so there it is always used."""
    import os

    from medialit.teaching.grade import UNSAFE_ENV
    from medialit.teaching.sandbox import why_no_sandbox

    if why_no_sandbox() is not None:
        os.environ[UNSAFE_ENV] = "1"


def pytest_report_header(config: pytest.Config) -> str:
    import os

    from medialit.teaching.grade import UNSAFE_ENV

    if os.environ.get(UNSAFE_ENV) == "1":
        return "grading tests: no working bubblewrap here, so made-up classes are graded unsandboxed"
    return "grading tests: sandboxed with bubblewrap"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark every nbval notebook cell and every `browser` test `slow`."""
    for item in items:
        if item.path.suffix == ".ipynb" or item.get_closest_marker("browser") is not None:
            item.add_marker(pytest.mark.slow)

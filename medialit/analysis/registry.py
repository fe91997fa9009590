"""The finders of the analysis layer, each declared once: name, function, inputs and public columns.

`FINDERS` is the one list that `Analysis`, `analyze()`, `Analysis.to_json()`, the CLI's
``--what``, the package exports and the property tests read. A finder is a pure function
``fn(article, **inputs) -> DataFrame`` whose keyword inputs are other finders' frames (by
name); `compute` runs a finder with its inputs computed first, so a finder called alone
(``find_figures(article)``) reads the same frames as `analyze` does, never a private copy.

Adding a finder is one module and one line::

    register(Finder("affiliations", "medialit.analysis.affiliations:find_affiliations",
                    needs=("attributions",), reader_columns=("sentence", "source", "affiliation")))

This module imports no finder (and no pandas) until a frame is asked for, so
``import medialit`` stays light.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import import_module
from typing import TYPE_CHECKING, Any

from ..errors import MedialitError

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd


@dataclass(frozen=True)
class Finder:
    """One stage of the analysis.

    Attributes:
        name: the frame's name: the `Analysis` attribute, the `to_json` key and the ``--what`` choice.
        function: ``"module:function"``, imported on first use.
        needs: names of the finders whose frames `function` takes as keyword arguments of the same name.
        reader_columns: what ``medialit analyze --format table`` shows unless ``--all-columns``.
    """

    name: str
    function: str
    needs: tuple[str, ...] = ()
    reader_columns: tuple[str, ...] = ()

    @property
    def module(self) -> str:
        return self.function.partition(":")[0]

    @property
    def function_name(self) -> str:
        return self.function.partition(":")[2]

    def load(self) -> Callable[..., pd.DataFrame]:
        """The finder function."""
        return getattr(import_module(self.module), self.function_name)

    def columns(self) -> list[str]:
        """The public frame's columns: the module's ``COLUMNS`` then its ``EXTRA_COLUMNS`` (empty if none)."""
        module = import_module(self.module)
        return list(getattr(module, "COLUMNS", [])) + list(getattr(module, "EXTRA_COLUMNS", []))


#: The columns a frame of spans opens with: the row's id, its sentence, its offsets and its text.
SPAN_COLUMNS: tuple[str, ...] = ("id", "sentence", "start", "end", "text")
#: The columns of a statement's cue and content (attributions and claims).
STATEMENT_COLUMNS: tuple[str, ...] = ("cue", "cue_start", "cue_end", "content", "content_start", "content_end")

#: Every finder by name, in the order of `Analysis.frames()` and of the JSON output.
FINDERS: dict[str, Finder] = {}


def register(finder: Finder) -> Finder:
    """Add `finder` to `FINDERS` (after its inputs); a name already registered is an error."""
    if finder.name in FINDERS:
        raise MedialitError(f"a finder named {finder.name!r} is already registered")
    missing = [n for n in finder.needs if n not in FINDERS]
    if missing:
        raise MedialitError(f"finder {finder.name!r} needs {', '.join(missing)}: register those first")
    FINDERS[finder.name] = finder
    return finder


def unregister(name: str) -> None:
    """Remove the finder `name` (tests register fixtures and take them out again)."""
    dependants = [f.name for f in FINDERS.values() if name in f.needs]
    if dependants:
        raise MedialitError(f"finder {name!r} is needed by {', '.join(dependants)}")
    FINDERS.pop(name, None)


def compute(
    article: Any, names: list[str] | tuple[str, ...] | None = None, given: Mapping[str, pd.DataFrame] | None = None
) -> dict[str, pd.DataFrame]:
    """The frames `names` (default: every finder) of `article`, each input computed once.

    Frames in `given` are used as they are (not recomputed). The result holds the frames
    asked for, in registry order, plus nothing else.
    """
    wanted = list(FINDERS) if names is None else list(names)
    unknown = [n for n in wanted if n not in FINDERS]
    if unknown:
        raise MedialitError(f"no finder named {', '.join(map(repr, unknown))}; known: {', '.join(FINDERS)}")
    frames: dict[str, pd.DataFrame] = {k: v for k, v in (given or {}).items() if v is not None}

    def run(name: str) -> pd.DataFrame:
        if name not in frames:
            finder = FINDERS[name]
            inputs = {need: run(need) for need in finder.needs}
            frames[name] = finder.load()(article, **inputs)
        return frames[name]

    with _no_cyclic_gc():
        for name in wanted:
            run(name)
    return {name: frames[name] for name in FINDERS if name in wanted}


@contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """Pause Python's cycle collector while the finders run, and restore it after.

    The finders build many small objects (tokens, rows) that live until their frame is made; the
    collector's generational passes scan them again and again, about a tenth of `analyze` on 1 MB.
    Memory is the same: the rows are freed by reference counting, and the few cycles left are
    collected once the collector is back.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def inputs(article: Any, name: str, **given: pd.DataFrame | None) -> dict[str, pd.DataFrame]:
    """The input frames of finder `name` for `article`: those `given` (not None), the rest computed.

    A finder calls this first, so that called alone it reads what `analyze` would pass it.
    """
    needs = FINDERS[name].needs
    return compute(article, needs, given={k: v for k, v in given.items() if k in needs})


#: The built-in finders. Their frames' columns are documented in docs/architecture.md.
register(Finder("hedges", "medialit.analysis.hedges:find_hedges", reader_columns=("sentence", "text", "category")))
register(
    Finder(
        "attributions",
        "medialit.analysis.attributions:trace_attributions",
        reader_columns=("sentence", "source", "cue", "kind", "content"),
    )
)
register(
    Finder(
        "claims",
        "medialit.analysis.claims:find_claims",
        needs=("attributions",),
        reader_columns=("sentence", "stance", "actor", "cue", "content"),
    )
)
register(
    Finder(
        "figures",
        "medialit.analysis.figures:find_figures",
        needs=("attributions", "claims"),
        reader_columns=("sentence", "text", "qualifier", "what", "source", "status"),
    )
)
register(
    Finder(
        "dates",
        "medialit.analysis.timeline:find_dates",
        reader_columns=("sentence", "text", "kind", "date_low", "date_high"),
    )
)
register(Finder("headline_stance", "medialit.analysis.headline:headline_stance", reader_columns=("stance", "cue")))

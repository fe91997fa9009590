"""Numbers and labels in words for the charts: plain numbers, wrapped labels, a log axis read as plain numbers."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from ..render import plain

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.axes import Axes


def as_number(value: object) -> float | None:
    """`value` as a float, or None when it is missing, NaN or not a number."""
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return None if math.isnan(number) else number


def number_words(number: float | None) -> str:
    """'5,000', '0.33', 'no limit' (infinity) or '?' (unknown)."""
    if number is None:
        return "?"
    if math.isinf(number):
        return "no limit"
    if float(number).is_integer():
        return f"{int(number):,}"
    return f"{number:.2g}"


def wrap_label(text: str, width: int = 24, lines: int = 2) -> str:
    """`text` on at most `lines` lines of about `width` characters, broken between words only (never
    inside a word or at a hyphen); what does not fit ends in '…'."""
    import textwrap

    parts = textwrap.wrap(plain(text), width, break_long_words=False, break_on_hyphens=False) or [""]
    if len(parts) > lines:
        parts = parts[:lines]
        parts[-1] = parts[-1].rstrip(" ,;:") + "…"
    return "\n".join(parts)


def plain_number_ticks(ax: Axes, top: float) -> int:
    """Label the x axis (0 to `top`, powers of ten) with plain numbers (0, 1, 100, 10,000), not powers of ten
    (10⁰ … 10⁶); every other power when there are many, so the labels never run into each other.
    Returns the factor from one labelled tick to the next (10 or 100)."""
    from matplotlib.ticker import FixedLocator, FuncFormatter

    powers = max(int(math.floor(math.log10(max(top, 1.0)))), 0)
    step = 1 if powers <= 4 else 2
    ticks = [0.0] + [10.0**k for k in range(0, powers + 1, step)]
    ax.xaxis.set_major_locator(FixedLocator(ticks))
    # Every power of ten keeps its grid line, labelled or not: each line to the right is ×10.
    ax.xaxis.set_minor_locator(FixedLocator([10.0**k for k in range(0, powers + 1)]))
    ax.xaxis.set_major_formatter(FuncFormatter(lambda x, _pos: number_words(x)))
    return 10**step

"""Month and weekday names, read once from ``lexicons/calendar.csv``: the one place they are defined.

Every date rule asks this module (meta's publication date, the date finder, holiday rules, the
sentence splitter, chart labels), so adding a spelling ("Sept") is one row of that file. The
names are English and independent of the machine's locale (unlike the standard `calendar`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .errors import MedialitError
from .lexicon import load_lexicon

CATEGORIES = frozenset({"month", "month-abbr", "weekday", "weekday-abbr"})


@dataclass(frozen=True)
class CalendarWords:
    """The calendar lexicon as lookups.

    Attributes:
        month_names: the 12 full names, January first.
        month_abbrs: the short forms in calendar order, longest first within a month ("Sept", "Sep").
        months: lower-case full name or short form -> month number (1-12).
        weekday_names: the 7 full names, Monday first.
        weekday_abbrs: the 7 three-letter forms, Monday first.
        weekdays: lower-case full name -> weekday number (Monday 0), as `datetime.date.weekday()`.
    """

    month_names: tuple[str, ...]
    month_abbrs: tuple[str, ...]
    months: dict[str, int]
    weekday_names: tuple[str, ...]
    weekday_abbrs: tuple[str, ...]
    weekdays: dict[str, int]

    def month_name(self, month: int) -> str:
        """The full name of `month` (1-12)."""
        return self.month_names[month - 1]

    def month_short(self, month: int) -> str:
        """The three-letter form shown in charts ("Sep"), or the full name when it has none ("May")."""
        name = self.month_names[month - 1]
        return next((a for a in self.month_abbrs if len(a) == 3 and name.startswith(a)), name)

    def month_alternation(self, *, full: bool = True, abbreviations: bool = True) -> str:
        """A regex alternation (no group) of the names: full names first, then short forms."""
        return "|".join((self.month_names if full else ()) + (self.month_abbrs if abbreviations else ()))

    def weekday_alternation(self) -> str:
        """A regex alternation (no group) of the full weekday names."""
        return "|".join(self.weekday_names)


def _of(rows, category: str) -> list[str]:
    return [str(cue) for cue, cat in rows if cat == category]


@lru_cache(maxsize=1)
def calendar_words() -> CalendarWords:
    """The packaged calendar lexicon, checked and loaded once."""
    frame = load_lexicon("calendar", categories=CATEGORIES)
    rows = list(zip(frame["cue"], frame["category"]))
    names, days = _of(rows, "month"), _of(rows, "weekday")
    if len(names) != 12 or len(days) != 7:
        raise MedialitError("lexicons/calendar.csv: needs 12 month rows and 7 weekday rows, in calendar order")

    def owner(short: str, full: list[str], what: str) -> int:
        found = [i for i, name in enumerate(full) if name.startswith(short)]
        if len(found) != 1:
            raise MedialitError(f"lexicons/calendar.csv: {what} {short!r} must begin exactly one name")
        return found[0]

    shorts = sorted(_of(rows, "month-abbr"), key=lambda a: (owner(a, names, "month-abbr"), -len(a)))
    day_shorts = sorted(_of(rows, "weekday-abbr"), key=lambda a: owner(a, days, "weekday-abbr"))
    if len(day_shorts) != 7:
        raise MedialitError("lexicons/calendar.csv: needs one weekday-abbr row per weekday")
    months = {name.lower(): i for i, name in enumerate(names, start=1)}
    months.update({a.lower(): owner(a, names, "month-abbr") + 1 for a in shorts})
    return CalendarWords(
        month_names=tuple(names),
        month_abbrs=tuple(shorts),
        months=months,
        weekday_names=tuple(days),
        weekday_abbrs=tuple(day_shorts),
        weekdays={d.lower(): i for i, d in enumerate(days)},
    )

"""Clock times: «ساعت ۱۶», «۲۳:۳۰», «ساعت ۸ و ربع», «ساعت ۱۰ و ۳۰ دقیقه», «۹ صبح», «ساعت ۱۵ تا ۱۷».

A time is a ``time`` expression whose ``value`` is the hour of the day (16.5 for half past four in
the afternoon) and whose ``clock`` is ``HH:MM``. «ساعت» before it and a part of the day after it
(«صبح», «بعدازظهر», «شب») join the span; an hour said with an afternoon or evening part of the day
is moved past noon only where that part of the day holds it («۴ بعدازظهر» 16:00, «۸ شب» 20:00,
«۲ شب» stays 02:00).
"""
from __future__ import annotations

from .expr import Expr
from .lexicon import AFTERNOON, CLOCK_LABELS, RANGE_WORDS, SPORTS_CUES, TIMES_OF_DAY
from .tokens import DIGITS, TIME
from .words import ascii_digits


class Times:
    """Mixin of ``reader.Reader``: clock times, and whether a number sits in a match report."""

    def clock_time(self, i: int) -> list[Expr]:
        """«۲۳:۳۰», «ساعت 11:20 بعدازظهر», «۰۱:۴۵ بامداد»: a written clock time."""
        hm = self._hour_minute(i)
        if hm is None:
            return [Expr(i, i + 1, "skip")]
        return [self._clock_range(self._clock_expr(i, i + 1, *hm))]

    def _hour_minute(self, i: int) -> tuple[int, int] | None:
        """Hours and minutes of the written clock time at token i, or None when it is no time of day."""
        h, m = (int(x) for x in ascii_digits(self.toks[i].key).split(":")[:2])
        return (h, m) if h <= 24 and m <= 59 else None

    def _clock_range(self, e: Expr) -> Expr:
        """«۱۵:۳۰ تا ۱۶:۳۰», «ساعت ۱۱ تا ۱۲:۳۰»: a written clock time ends the range, one time."""
        x = e.j
        if self.key_at(x) in RANGE_WORDS and self.kind(x + 1) == TIME and self.adjacent(x) and self.adjacent(x - 1):
            hm = self._hour_minute(x + 1)
            if hm is not None:
                end = self._clock_expr(x + 1, x + 2, *hm)
                e.j, e.value_max, e.clock_end = end.j, end.value, end.clock
        return e

    def hour(self, i: int, j: int, hours: float) -> Expr:
        """A clock hour at tokens [i, j) after «ساعت» or before a part of the day, with «و ربع»,
        «و نیم», «و ۳۰ دقیقه» after it and a range «تا ۱۷»."""
        minutes = 0
        if self.key_at(j) == "و" and self.adjacent(j - 1) and self.adjacent(j):
            nxt = self.key_at(j + 1)
            if nxt in ("ربع", "نیم"):
                minutes, j = (15 if nxt == "ربع" else 30), j + 2
            elif self.kind(j + 1) == DIGITS and self.key_at(j + 2) == "دقیقه" and self.toks[j + 1].num.value < 60:
                minutes, j = int(self.toks[j + 1].num.value), j + 3
        e = self._clock_expr(i, j, int(hours), minutes)
        x = e.j
        if self.key_at(x) in RANGE_WORDS and self.kind(x + 1) == DIGITS and self.adjacent(x) and self.adjacent(x - 1):
            end_h = self.toks[x + 1].num.value
            if end_h == int(end_h) and 0 <= end_h <= 24:
                e.j = x + 2
                part = self.key_at(e.j)
                if part in TIMES_OF_DAY and self.adjacent(e.j - 1):  # «۹ صبح تا ۷ شب»: the end's own part of the day
                    e.j += 1
                    if end_h < 12 and end_h in AFTERNOON.get(part, ()):
                        end_h += 12
                e.value_max, e.clock_end = end_h, f"{int(end_h):02d}:00"
        return self._clock_range(e)

    def _clock_expr(self, i: int, j: int, h: int, m: int) -> Expr:
        if self.key_at(i - 1) in CLOCK_LABELS and self.adjacent(i - 1):
            i -= 1
        part = self.key_at(j)
        if part in TIMES_OF_DAY and self.adjacent(j - 1):
            j += 1
            if h < 12 and h in AFTERNOON.get(part, ()):
                h += 12
        e = Expr(i, j, "time", h + m / 60, rule="clock")
        e.clock = f"{h:02d}:{m:02d}"
        return e

    def sports_story(self) -> bool:
        """A sports story as a whole: several match words anywhere in the text (once per text)."""
        if self._sports_story is None:
            self._sports_story = sum(1 for t in self.toks if t.key in SPORTS_CUES) >= 3
        return self._sports_story

    def sports(self, i: int) -> bool:
        """A match report around token i: «۲-۱» there is a score, not a range."""
        return any(self.key_at(x) in SPORTS_CUES for x in range(max(0, i - 8), min(self.n, i + 8)))

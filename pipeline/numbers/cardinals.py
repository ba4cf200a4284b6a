"""Cardinal numbers in digits and words: scale words, «و» compounds, halves and fractions, ordinals.
"""
from __future__ import annotations

from .expr import Expr, Number
from .lexicon import PERCENT
from .words import WordNumber, compose, is_scale, place, trailing_chunk
from .tokens import DIGITS, NUMERIC_KINDS, WORD


class Cardinals:
    """Mixin of ``reader.Reader``: numbers in digits and words, «و» compounds, halves, fractions and ordinals."""

    def number(self, i: int) -> Number | None:
        """The longest number starting at token i: digits or words, scale words («۲ هزار»,
        «هزار میلیارد»), «و» compounds («سیصد هزار و سی و دو», «۷۹ میلیون و ۷۰۰ هزار»),
        halves («یک و نیم»), fractions («دو سوم», «۴ دهم»), ordinals («بیست و دوم», «۱۲ام»)."""
        tok = self.toks[i] if i < self.n else None
        if tok is None:
            return None
        if tok.kind == DIGITS:
            num = Number(i, i + 1, tok.num.value, digit=tok.num)
            parts = [tok.num.value]
            if tok.num.thousands is not None:
                # «۲.۵۰۰ نفر» is 2500; «۱.۲۵۰ میلیارد» and «۲.۵۰۰ درصد» keep the decimal
                nxt = self.toks[i + 1] if i + 1 < self.n and self.adjacent(i) else None
                if nxt is None or not (nxt.kind == WORD and is_scale(nxt.word.parts[0]) or nxt.key in PERCENT):
                    num.value = tok.num.thousands
                    parts = [tok.num.thousands]
        elif tok.kind == WORD:
            w = tok.word
            if w.ordinal:
                return self._ordinal_word(i, w)
            num = Number(i, i + 1, 0.0, words=True, percent=w.percent, tail=w.tail if w.tail != "و" else "")
            parts = list(w.parts)
            if w.percent or w.tail and w.tail != "و":
                num.value = compose(parts)
                num.scale = max([p for p in parts if is_scale(p)], default=0.0)
                return num
        else:
            return None
        num.scale = max([p for p in parts if is_scale(p)], default=0.0)
        j = i + 1
        glued_and = tok.kind == WORD and tok.word.tail == "و"
        while j < self.n and self.adjacent(j - 1):
            t = self.toks[j]
            and_at = None
            if glued_and or t.key == "و" and j + 1 < self.n and self.adjacent(j):
                # «... و X»: the «و» is a token of its own or glued on the previous word («هزارو»)
                and_at = j if glued_and else j + 1
                glued_and = False
            elif t.kind == WORD and t.conj:
                and_at = j  # «وپنج»: the «و» glued in front of the next number word
            if and_at is not None:
                sub = self._and_part(parts, num, and_at)
                if sub is None:
                    break
                j = sub
                if num.ordinal or num.tail:
                    break
                continue
            if t.kind == DIGITS and is_scale(parts[-1]) and self.key_at(j + 1) not in PERCENT:
                # «۲ هزار ۶۰۰ نفر»: the «و» after a scale word is often left out
                sub = self._and_part(parts, num, j)
                if sub is None:
                    break
                j = sub
                if num.tail:
                    break
                continue
            if t.kind == WORD:
                w = t.word
                first = w.parts[0]
                cur = trailing_chunk(parts)
                joins = is_scale(first) or (num.words and not is_scale(parts[-1]) and (
                    cur >= 10 and first < place(cur) or first == 100 and 0 < cur < 10))
                if not joins or w.percent and not is_scale(first):
                    break
                if w.ordinal and len(w.parts) > 1 and not is_scale(first):
                    break
                if w.ordinal and w.parts in ((10,), (100,), (1000,), (10.0,), (100.0,), (1000.0,)) and trailing_chunk(parts) == compose(parts):
                    num.frac = compose(parts) / w.parts[0]
                parts.extend(w.parts)
                num.words = True
                num.digit = None
                num.scale = max([num.scale] + [p for p in w.parts if is_scale(p)])
                j += 1
                if w.ordinal:
                    num.ordinal = True
                    break
                if w.tail == "و":
                    glued_and = True
                elif w.percent or w.tail:
                    num.percent, num.tail = w.percent, w.tail
                    break
                continue
            if t.key in ("ام", "امین") and (tok.kind == DIGITS or parts[-1] == 30):
                num.ordinal = True
                j += 1
            break
        num.value = compose(parts)
        num.parts = parts
        num.j = j
        if num.digit is not None and j > i + 1:
            num.digit = None
        # fractions: «دو سوم», «یک دهم», «سه چهارم», «۴ دهم درصد», «۳ هزارم»; «سه ربع»
        if num.words and not num.ordinal and not num.tail and not num.percent and j == i + 1 and num.value in (1, 2, 3) \
                and self.key_at(j) == "ربع" and self.adjacent(j - 1):
            # a quarter takes its unit like a whole number does: «یک ربع ساعت», «سه ربع دینار»
            num.value, num.digit, num.j = num.value / 4, None, j + 1
            return num
        if not num.ordinal and not num.tail and not num.percent and j < self.n and self.toks[j].kind == WORD and self.adjacent(j - 1):
            w = self.toks[j].word
            if w.ordinal and len(w.parts) == 1:
                den = w.parts[0]
                # «یک هشتم نهایی», «مرحله یک چهارم», «یک شانزدهم لیگ قهرمانان»: a round of a cup, not a share
                cup = parts == [1] and den in (2, 4, 8, 16, 32, 64) and (
                    self.key_at(j + 1) in ("نهایی", "لیگ", "جام") or self.key_at(i - 1) == "مرحله")
                if (num.words and num.value < den <= 10) or (den in (10, 100, 1000) and num.value < den and num.value == int(num.value)) \
                        or cup:
                    num.value = num.value / den
                    num.fraction = True
                    num.digit = None
                    num.j = j + 1
                    if cup:
                        num.tail = "round"
        return num

    def _and_part(self, parts: list[float], num: Number, x: int) -> int | None:
        """Join the number starting at token x to ``parts`` when «و» makes them one number
        («سیصد و سی», «۷۹ میلیون و ۷۰۰ هزار», «یک و نیم», «۴۹ و ۶ دهم»); the next index, or None."""
        if x >= self.n:
            return None
        nxt = self.toks[x]
        if nxt.kind == WORD and nxt.word.parts == (0.5,) and not nxt.word.ordinal:  # «یک و نیم»
            if is_scale(parts[-1]):
                parts.extend((0.5, parts[-1]))  # «دو میلیون و نیم»: half of the scale
                num.digit = None
                return x + 1
            parts.append(0.5)
            num.digit = None
            return x + 1
        if nxt.kind not in NUMERIC_KINDS or nxt.kind == WORD and (nxt.word.percent or nxt.word.tail and nxt.word.tail != "و"):
            return None
        sub = self.number(x)
        if sub is None or sub.percent:
            return None
        last_scale = parts[-1] if is_scale(parts[-1]) else 0.0
        cur = trailing_chunk(parts)
        if sub.fraction:  # «۴۹ و ۶ دهم»
            ok = sub.value < 1 and parts[-1] == int(parts[-1])
        elif last_scale and sub.scale > last_scale:
            # «۶۰ هزار و ۵۰۰ میلیارد»: the larger scale applies to the whole
            ok = trailing_chunk(sub.parts[:1]) < last_scale and not sub.ordinal
        elif last_scale:
            ok = sub.value < last_scale and not sub.scale >= last_scale
        else:
            # «بیست و [پنج میلیون]», «سیصد و [دو هزار]»: the words before the next number's scale
            # fill the places left, and the scale then applies to the whole («۲۵ میلیون»)
            ok = num.words and sub.words and cur >= 10 and _leading_chunk(sub.parts or [sub.value]) < place(cur)
        if not ok:
            return None
        parts.extend(sub.parts if sub.parts and not sub.fraction else [sub.value])
        num.words = num.words or sub.words
        num.ordinal = sub.ordinal
        num.scale = max(num.scale, sub.scale)
        num.tail = sub.tail  # «صد و هفتاد و شش هزارتومان», «دویست و پنجاه میلیونی»: the last word's unit or ending
        num.digit = None
        return sub.j

    def one_of(self, i: int) -> list[Expr]:
        """«در یکی از این فرصت‌ها», «تنها در یکی از روستاها», «فقط یکی»: a count of one (CONVENTIONS).
        Opening a clause, «یکی از» mostly says what something is («یکی از رسالت‌های سازمان ... است»:
        judges of two rounds read no number there), and «یکی از مهم‌ترین» is none either."""
        prev, nxt = self.key_at(i - 1), self.key_at(i + 1)
        if prev in ("فقط", "تنها") and nxt != "از":
            return [Expr(i, i + 1, "cardinal", 1.0)]
        if nxt != "از" or prev != "در":
            return []
        if any(self.key_at(x).endswith("ترین") for x in range(i + 2, min(self.n, i + 5))):
            return []  # «در یکی از مهم‌ترین ...»
        return [Expr(i, i + 1, "cardinal", 1.0)]

    def _ordinal_word(self, i: int, w: WordNumber) -> Number:
        if len(w.parts) == 2 and w.parts[0] < w.parts[1] < 1000 and w.parts[0] < 10:  # «یک‌پنجم»
            return Number(i, i + 1, w.parts[0] / w.parts[1], words=True, fraction=True)
        return Number(i, i + 1, compose(w.parts), ordinal=True, words=True)


def _leading_chunk(parts: list[float]) -> float:
    """Value of the parts before the first scale word: 5 of «پنج میلیون و ...», 76 of «هفتاد و شش هزار»."""
    lead = 0.0
    for p in parts:
        if is_scale(p):
            break
        lead += p
    return lead

"""What follows a number: its unit (``unit_at``), the qualifier before or after it, money context.
"""
from __future__ import annotations

from ..persian.chars import unit_text
from .expr import Expr, UnitMatch
from ..persian.measures import VERB_NOUNS
from .lexicon import (VICTIMS, DEATH_BEFORE_TON, RANK_NOUNS, PEOPLE_AFTER_TON, PEOPLE_OF, AREA_UNITS, COMPOUND_UNITS, COMPOUND_VERBS, COUNT_UNITS, MONEY_NOUNS, CURRENCIES, LIGHT_VERBS, LIGHT_VERB_NOUNS, MONEY_ABBREVIATIONS,
                      MONEY_CUES, NOT_UNITS, PERCENT, POSSESSED_UNITS, POST_QUALIFIERS, QUALIFIERS, QUALIFIER_MAXLEN,
                      RANGE_WORDS, RESULT_NOUNS, RESULT_VERBS, SUFFIXED_UNITS, WORDS_IN_VI, ZWNJ_SUFFIXES, COUNTED_BEFORE)
from ..persian.chars import ZWNJ
from ..persian.sports import CLUBS, CLUBS_NEED_CUE
from ..places.gazetteer import arabic_name, is_country as country, lookup as lookup_place
from ..zwnj import lexicon
from .tokens import LATIN_OR_LETTER, NOT_UNIT_KINDS, NUMERIC_KINDS, OTHER, TIME, WORD
from .words import SCALES, key


#: One-word club names: never the noun a number counts in a sports story (clubs that are everyday
#: words, «هوادار», «فولاد», «تراکتور», can be).
CLUB_WORDS = frozenset(key(c.strip()) for c in CLUBS.split("|") if c.strip() and " " not in c.strip()) \
    - {key(w) for w in CLUBS_NEED_CUE} - {key("تراکتور"), key("پیکان")}


#: endings glued to a counted noun that are no part of it: the adjectival «ه» («سه کارته», «سه
#: اخطاره»), the copula («پنج هواپیماست»). Not «ی»: «دو استقلالی», «۳۴۲۵ فلسطینی», «سه قهرمانی»
#: are nouns of their own that hazm does not list.
_GLUED_ENDINGS = ("ست", "ه")


#: words after a counted noun that show its final «ی» is the relative or indefinite one
_AFTER_RELATIVE = frozenset(("که", "هستند", "است", "بودند", "هست", "بود"))


def dictionary_form(unit: str) -> str:
    """The noun a glued ending hides, when hazm's lexicon knows the noun and not the glued form
    (judges of several dev draws: «سه کارته» → کارت, «پنج هواپیماست» → هواپیما)."""
    lex = lexicon()
    if len(unit) < 4 or unit in lex.tagged:
        return unit
    for ending in _GLUED_ENDINGS:
        stem = unit[: -len(ending)]
        if unit.endswith(ending) and len(stem) >= 3 and stem in lex.nouns:
            return stem
    return unit


def _neither_noun_nor_adjective(form: str) -> bool:
    lex = lexicon()
    return form in lex.tagged and form not in lex.nouns and form not in lex.adjectives


class Units:
    """Mixin of ``reader.Reader``: units (``unit_at``), qualifiers before and after a number, money context."""

    def host_place(self, j: int) -> bool:
        """Is token j a country, or a town right after a year («المپیک ۲۰۰۰ سیدنی»): a host, no unit?"""
        text = self.text[self.starts[j]:self.ends[j]]
        if country(text):
            return True
        year = self.toks[j - 1].num if j and self.kind(j - 1) in NUMERIC_KINDS else None
        return year is not None and getattr(year, "digits", 0) == 4 and 1900 <= (year.value or 0) <= 2100 \
            and any(p.place_type == "city" for p in lookup_place(text))

    def unit_at(self, j: int) -> UnitMatch | None:
        """The unit starting at token j: UnitMatch(kind, unit, multiplier, next index), or None."""
        if j >= self.n or not self.adjacent(j - 1):
            return None
        tok = self.toks[j]
        k = tok.key
        if k in PERCENT:
            return UnitMatch("percent", "درصد", 1.0, j + 1)
        if k == "واحد" and self.key_at(j + 1) in PERCENT and self.adjacent(j):
            return UnitMatch("percent", "واحد درصد", 1.0, j + 2)  # percentage points
        if k in CURRENCIES:
            return UnitMatch("money", CURRENCIES[k], 1.0, j + 1)
        if k in MONEY_ABBREVIATIONS:
            mult, cur = MONEY_ABBREVIATIONS[k]
            return UnitMatch("money", cur, mult, j + 1)
        if k in RESULT_NOUNS and self.key_at(j - 2) not in ("بر", "-") and self.key_at(j - 2) not in CLUB_WORDS \
                and self.key_at(j + 1) not in RESULT_VERBS:  # not the score of «نفت تهران ۳ ملوان ۳ تساوی»
            return UnitMatch("quantity", k, 1.0, j + 1)  # «۵ برد، ۱ تساوی و ۴ شکست»: a side's results (seventh dev draw)
        if tok.kind in NOT_UNIT_KINDS or not k or k in NOT_UNITS:
            return None
        if not LATIN_OR_LETTER.match(k[0]):
            return None
        if k == "تا" or k in RANGE_WORDS:
            return None
        if k == "برابر" and self.key_at(j + 1) == "با":
            return None  # «برابر با»: «equal to», not «times»
        if k not in COUNT_UNITS and self.host_place(j):
            return None  # «جام ۲۰۱۴ میانمار», «المپیک 2000 سیدنی»: the host, no counted noun
        if k not in COUNT_UNITS and self.sports_story() and (k in CLUB_WORDS or self.lineup_name(j)):
            return None  # «نفت تهران ۳ ملوان ۳»: a score between clubs; «(۵۵ یوسف سیدی)»: a substitute's minute
        if k not in COUNT_UNITS and (len(k) > 4 and k.endswith(("دند", "تند")) or lexicon().finite_verb(k)):
            return None  # «به یک میلیون رساندند», «۷۱ توانست»: a verb, no counted noun
        if self.sports_story() and arabic_name(self.text[self.starts[j]:self.ends[j]]):
            return None  # «لخویا ۳ الشحانیه ۱»: a score between Arab clubs
        if k in RANK_NOUNS and self.kind(j + 1) == WORD and self.toks[j + 1].word.ordinal and self.adjacent(j):
            return None  # «با نمره ۴.۷۹ مقام اول»: the rank is the ordinal's, the number is a score
        if k in ("باعث", "موجب", "سبب", "منجر") or k.endswith("ترین") and len(k) > 5:
            return None  # «این دو باعث می‌شود», «۲۰۱۴ بدترین سال»
        if k == "ساعت" and self.kind(j + 1) == TIME and self.adjacent(j):
            return None  # «بازی ۲۷ ساعت ۱۱:۰۰»: «ساعت» opens a clock time, it counts no hours
        if k in LIGHT_VERB_NOUNS and self.key_at(j + 1) in LIGHT_VERBS:
            return None  # «نوروز ۸۶ خبر داد»: the noun belongs to the verb, not to the number
        if k not in COUNT_UNITS and k not in SUFFIXED_UNITS and k not in MONEY_NOUNS and (
                self.key_at(j + 1) in COMPOUND_VERBS and (k.endswith("ی") or k in VERB_NOUNS)
                or self.key_at(j + 1) in ("می", "نمی") and self.adjacent(j)):
            # «شبکه پنج پخش می‌شود», «۸۵ گلزنی کردند», «سه میلیارد جمع شده»: the noun is half of a verb.
            # Not a plain noun before a verb: «مصدوم شدن ۶ مسافر شد», «۲۳ گل شد», «۳۷ امتیاز شد».
            return None
        if k not in COUNT_UNITS and k not in SUFFIXED_UNITS and not self._zwnj_between(j, j + 1) \
                and _neither_noun_nor_adjective(self.text[self.starts[j]:self.ends[j]]):
            return None  # «این دو اصلا ربطی ندارند»: hazm knows the word, and never as a noun
        if k == "گانه":
            return UnitMatch("cardinal", None, 1.0, j + 1)  # «مناطق ۲۲ گانه»: «-fold», the count of a set named before
        unit = SUFFIXED_UNITS.get(k) or (k[:-1] if k.endswith("ه") and k[:-1] in COUNT_UNITS else None) or self._unit_text(j)
        end = j + 1
        if self._zwnj_between(j, j + 1) and self.kind(j + 1) == OTHER and self.key_at(j + 1) not in ZWNJ_SUFFIXES \
                and LATIN_OR_LETTER.match(self.key_at(j + 1)[:1] or "."):
            # «یک هفته‌نامه», «دو ماه‌نامه»: the counted noun is the whole compound, not «one week»
            unit, end = unit_text(self.text[self.starts[j]: self.ends[j + 1]]), j + 2
        if k in AREA_UNITS and self.key_at(end) in ("مربع", "مکعب") and self.adjacent(j):
            unit, end = f"{unit} {self.key_at(end)}", end + 1  # «یک متر مربع», «۳ میلیون متر مکعب»
        elif end == j + 1 and self.key_at(end) in COMPOUND_UNITS.get(unit, COMPOUND_UNITS.get(k, ())) and self.adjacent(j) \
                and self.key_at(end + 1) not in ("گذشته", "قبل", "پیش", "آینده", "بعد") and self.kind(end + 1) not in NUMERIC_KINDS:
            second = end + 2 if self.key_at(end + 1) == "گراد" else end + 1  # «سانتی‌گراد», «سانتی گراد»
            unit, end = f"{unit} {unit_text(self.text[self.starts[end]:self.ends[second - 1]]).replace(' ', ZWNJ)}", second
            # «۳۰ هزار نفر روز», «۵۰۰ کیلووات ساعت», «۳۷ درجه سانتی‌گراد»
        if unit and unit.endswith("ی") and len(unit) > 3 and end == j + 1 and self.key_at(end) in _AFTER_RELATIVE \
                and k not in COUNT_UNITS and unit not in lexicon().nouns:  # not «۱۴ بازی که»
            unit = unit[:-1]  # «۴ جودوکاری که ...», «۳ بازیکنی هستند»: the relative «ی» is no part of the noun
        elif unit and " " not in unit and k not in COUNT_UNITS:
            unit = dictionary_form(unit)
        # «هفته‌ای», «شهرک‌های»: a suffix after a ZWNJ stays in the span, not in the unit
        while end < self.n and self.key_at(end) in ("ای", "ی", "ها", "های", "هایی") and self.text[self.ends[end - 1]: self.starts[end]] == "\u200c":
            end += 1
        for scale, mult in SCALES.items():  # a scale word glued to the unit it multiplies
            if unit and unit.startswith(scale) and key(unit[len(scale):]) in COUNT_UNITS:
                return UnitMatch("quantity", unit[len(scale):], float(mult), end)  # «۹۶۷ هزارتن»: 967,000 tonnes
        if unit == "تن" and self.persons_ton(j, end):
            unit = "نفر"  # «دو تن از آنها», «۹۰ تن کشته»: persons, not tonnes (judges of three draws)
        return UnitMatch("quantity", unit, 1.0, end)

    def persons_ton(self, j: int, end: int) -> bool:
        """Does «تن» at token j count persons: before «کشته», «دیگر» or «از» + people («۹۶ تن از
        مأموران»), with a death a few words before or after it («غرق شدن یک تن», «۶۰ تن در این حادثه
        کشته»), after victims named just before it, whatever the figure («جان باختگان به ۲۲۱۱۵ تن»),
        after «این»/«آن» («این دو تن»), or with people named in the clause before it («تعداد شهدای
        فلسطینی … به ۹۰ تن رسید»)? Tonnes weigh goods: «۵۰۰ تن گندم»."""
        nxt = self.key_at(end)
        if nxt in PEOPLE_AFTER_TON or nxt == "دیگر":
            return True
        if any(self.key_at(x) in DEATH_BEFORE_TON for x in range(max(0, j - 4), j - 1)):
            return True  # «غرق شدن یک تن در دریا», «مرگ تلخ یک تن»: a person died (a dev23 judge)
        for x in range(end + 1, min(self.n, end + 4)):  # «۶۰ تن در این حادثه کشته شده‌اند» (a dev24 judge)
            if self.key_at(x) in (".", "،", ",", "؛", ":", "!", "؟"):
                break
            if self.key_at(x) in PEOPLE_AFTER_TON:
                return True
        if nxt == "از":
            after = self.key_at(end + 1)
            return after in PEOPLE_OF or after == "آن" and self.key_at(end + 2) == "ها" or (
                len(after) > 4 and after.endswith("ان") and after[:-2] in lexicon().nouns)
        number_at = j - 1
        for x in range(number_at - 1, max(-1, number_at - 6), -1):
            if self.key_at(x) in (".", "؟", "!", "؛", ":"):
                break
            if self.key_at(x) in VICTIMS:
                return True  # «تعداد جان باختگان به ۲۲۱۱۵ تن», «مبتلایان به ۱۰۴۰۰۰ تن» (a dev25 judge)
        num = self.toks[number_at].num
        if self.kind(number_at - 1) in NUMERIC_KINDS or num is not None and num.value >= 1000:
            return False  # «۱۲ هزار تن», «۵۰۰۰ تن»: a weight
        if self.key_at(number_at - 1) in ("این", "آن") and nxt not in COUNT_UNITS:
            return True
        for x in range(number_at - 1, max(-1, number_at - 11), -1):
            if self.key_at(x) in (".", "؟", "!", "؛", ":"):
                return False
            if self.key_at(x) in PEOPLE_OF:
                return True
        return False

    def lineup_name(self, j: int) -> bool:
        """Token j is the name in a line-up's «(N first-name surname)»: the number opens the brackets
        and one or two words close them."""
        return self.key_at(j - 2) == "(" and any(self.key_at(x) == ")" for x in (j + 1, j + 2, j + 3)) \
            and self.kind(j + 1) not in NUMERIC_KINDS

    def _unit_text(self, j: int) -> str:
        raw = unit_text(self.text[self.starts[j]: self.ends[j]])
        for poss in ("شان", "ش"):  # «دو روزش», «سه فرزندشان»: the possessive is not part of the noun
            if raw.endswith(poss) and key(raw[: -len(poss)]) in COUNT_UNITS | POSSESSED_UNITS:
                return raw[: -len(poss)]
        if raw.endswith("\u200cای") and len(raw) > 4:  # «هفته‌ای», «مرحله‌ای» -> the noun
            raw = raw[:-3]
        elif len(raw) > 3 and raw.endswith("ای") and raw not in ("چای",):
            raw = raw[:-1]  # «۱۴ روستای دشتستان»: the ezafe after a vowel
        elif len(raw) > 4 and raw.endswith("وی") and raw not in WORDS_IN_VI:
            raw = raw[:-1]  # «۹۰۰ دانشجوی پیام‌نور», «۵۰ نیروی امدادی»
        return raw

    def qualifier(self, i: int) -> tuple[str | None, int]:
        """Qualifier phrase ending just before token i: (qualifier, first token index)."""
        for length in range(min(QUALIFIER_MAXLEN, i), 0, -1):
            keys = tuple(self.toks[x].key for x in range(i - length, i))
            q = QUALIFIERS.get(keys)
            if q is not None:
                return q, i - length
        return None, i

    def _post_qualifier(self, e: Expr) -> None:
        """«۱۵ سال و بیشتر», «۲۰ درصد به بالا», «یک میلیون و اندی»."""
        j = e.j
        if j + 1 < self.n and self.adjacent(j - 1) and self.adjacent(j):
            q = POST_QUALIFIERS.get((self.key_at(j), self.key_at(j + 1)))
            if q is not None:
                e.qualifier = e.qualifier or q
                e.j = j + 2
                e.post_qualified = True

    def _money_context(self, i: int) -> bool:
        return any(self.key_at(x) in MONEY_CUES for x in range(max(0, i - 6), i))

    def _count_context(self, i: int) -> bool:
        return any(self.key_at(x) in COUNTED_BEFORE for x in range(max(0, i - 6), i))

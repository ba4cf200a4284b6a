"""The grammar's "not a number here" guards: identifiers (codes, phone numbers, URLs, «F-16» read whole),
ambiguous one-word numbers («نه», «سی», «یک»), number words inside ZWNJ compounds («می‌دوم»).
"""
from __future__ import annotations

from .lexicon import (NUMBERED_THINGS, COUNT_UNITS, CURRENCIES, DAHAM_VERB_NOUNS, IDENTIFIER_CUES, LIGHT_VERB_NOUNS,
                      LABELS, MONEY_ABBREVIATIONS, PERCENT, RANGE_WORDS, SPORTS_COUNTED, SUFFIXED_UNITS,
                      WORD_LABELS)
from .tokens import DIGITS, JALALI_MONTH, LATIN, LATIN_OR_LETTER, MONTH_KINDS, OTHER, WORD
from .words import is_scale

#: words that stress «یک» as one, not the indefinite article: «تنها یک تیم», «فقط در یک مقطع»
_STRESS_ONE = ("تنها", "فقط", "حداقل", "حداکثر", "دستکم", "حتی")
_PREPOSITIONS = ("به", "در", "با", "از", "برای")
#: event names a year is written glued to («یورو۲۰۲۰», «یورو96»)
_GLUED_YEAR_CUES = ("یورو", "المپیک")


class Guards:
    """Mixin of ``reader.Reader``: "not a number here": identifiers, ambiguous one-word numbers, number words in ZWNJ compounds."""

    def is_identifier(self, i: int) -> bool:
        """A digit group that is part of a word, a code, a phone number or a URL."""
        tok = self.toks[i]
        s, e = self.starts[i], self.ends[i]
        before = self.text[s - 1] if s > 0 else " "
        after = self.text[e] if e < len(self.text) else " "
        if LATIN_OR_LETTER.match(before) or before in "_#@":
            # «ایران۴۰درصد», «گذشت۱۴۰۰ سال» (a ZWNJ lost before the digits), «سال۱۳۷۳» are figures;
            # «هتل4ستاره», «لشکر21حمزه», «F16» are names
            if LATIN.match(before) or before in "_#@":
                return True
            if self.key_at(i - 1) in ("سال", *_GLUED_YEAR_CUES) and self.ends[i - 1] == s and tok.num is not None and tok.num.plain:
                return False  # «سال۱۳۷۳», «یورو۲۰۲۰», «یورو96»: a year glued to its word
            nxt = self.key_at(i + 1)
            if nxt in PERCENT and self.ends[i] == self.starts[i + 1]:
                return False
            if self.kind(i + 1) == JALALI_MONTH and self.adjacent(i) and tok.num is not None and tok.num.plain and tok.num.value <= 31:
                return False  # «قروه۱۴ خردادماه»
            return not (self.ends[i] < self.starts[i + 1] if i + 1 < self.n else False) or not (
                nxt in COUNT_UNITS or nxt in PERCENT or nxt in CURRENCIES or self.kind(i + 1) == WORD and is_scale(self.toks[i + 1].word.parts[0]))
        if before in "-/" and s > 1 and LATIN_OR_LETTER.match(self.text[s - 2]):
            return True  # COVID-19, F-16
        if LATIN.match(after) or after in "_@":
            return True
        if after == "-" and e + 1 < len(self.text) and LATIN_OR_LETTER.match(self.text[e + 1]) and LATIN.match(self.text[e + 1]):
            return True
        if tok.num is not None and tok.num.leading_zero:
            return True
        if self.blocked and self.in_url(i):
            return True
        prev = self.key_at(i - 1)
        if prev in IDENTIFIER_CUES or self.label_before(i) or (prev and LATIN.match(prev[0]) and self.adjacent(i - 1)):
            return True
        # «شماره حساب ۳۳۳۳», «شماره پرونده ۱۲»: «شماره» and the thing numbered, then the number
        return prev in NUMBERED_THINGS and self.key_at(i - 2) == "شماره" and self.adjacent(i - 2) and self.adjacent(i - 1)

    def label_before(self, i: int) -> bool:
        """Is token i a number after a word that names by number, quoted («شماره «۱۱»») or in the
        plural («شماره‌های ۲۸ و ۲۵»)? (The plain «شماره ۱۰» is IDENTIFIER_CUES.)"""
        prev = self.key_at(i - 1)
        if prev in ("«", '"') and self.key_at(i - 2) in IDENTIFIER_CUES:
            return True
        return prev in ("ها", "های") and self._zwnj_between(i - 2, i - 1) and self.key_at(i - 2) in IDENTIFIER_CUES

    def model_number(self, i: int) -> bool:
        """Is token i the number of a model or a code written «name-number» («تی-۷۲», «کووید-۱۹», «F-16»):
        a short word, a hyphen and the digits, all glued, nothing glued after?"""
        if i < 2 or self.key_at(i - 1) not in ("-", "–") or self.kind(i - 2) != OTHER:
            return False
        word = self.key_at(i - 2)
        return self.ends[i - 2] == self.starts[i - 1] and self.ends[i - 1] == self.starts[i] and 1 <= len(word) <= 6 \
            and LATIN_OR_LETTER.match(word[:1] or ".") is not None \
            and (i + 1 >= self.n or self.ends[i] < self.starts[i + 1] or not LATIN_OR_LETTER.match(self.key_at(i + 1)[:1] or "."))

    def plural_label(self, i: int) -> bool:
        """A label in the plural right before token i: «ساعت‌های ۱۱ تا ۱۲», «ماده‌های ۱۰ و ۱۲»."""
        return self.key_at(i - 1) in ("ها", "های") and self._zwnj_between(i - 2, i - 1) and self.key_at(i - 2) in LABELS

    def _in_compound(self, i: int) -> bool:
        """A number word inside a ZWNJ compound: «می‌دوم» (a verb), «نیم‌نگاهی», «سه‌بعدی»,
        «هفت‌تپه». A count noun after the ZWNJ («سه‌هفته», «نیم‌ساعت») still reads."""
        if self._zwnj_between(i - 1, i) and self.key_at(i - 1) in ("می", "نمی", "بی", "ن", "ب"):
            return True
        if not self._zwnj_between(i, i + 1):
            return False
        nxt = self.toks[i + 1]
        if nxt.kind != OTHER:
            return False
        k = nxt.key
        return not (k in COUNT_UNITS or k in PERCENT or k in CURRENCIES or k in MONEY_ABBREVIATIONS
                    or k in ("ام", "امین", "م", "ها", "های", "هایی", "شنبه", "ای", "ی") or k in SUFFIXED_UNITS)

    def in_list_of_counts(self, i: int) -> bool:
        """Is the «یک» at token i one item of a list of counts: a number before it, then «و» or a comma
        («دو طلا، یک نقره»), or «یک X» then «و» and a number («یک کشته و ۲۹ مجروح»)? The
        indefinite article never stands in such a list (judges of several dev draws)."""
        if self.key_at(i - 1) in ("و", "،", ",") and any(
                self.kind(x) in (DIGITS, WORD) and self.key_at(x) != "یک" for x in range(max(0, i - 5), i - 2)):
            return True  # a word between the number and «و»: its counted noun («کلانتری ۱۳ و یک ...» is no list)
        return self.key_at(i + 2) in ("و", "،", ",") and self.kind(i + 3) in (DIGITS, WORD) and self.key_at(i + 3) != "یک"

    def word_ok(self, i: int) -> bool:
        """Ambiguous one-word numbers («نه», «سی», «یک») read only where they can only be numbers."""
        tok = self.toks[i]
        k = tok.key
        if k == "نه":  # «نه تنها», «نه یک کلمه … و نه …»: mostly «not»
            nxt = self.key_at(i + 1)
            return self.adjacent(i) and (nxt in COUNT_UNITS or self.kind(i + 1) == WORD and is_scale(self.toks[i + 1].word.parts[0]))
        if k == "نیم" and self.key_at(i + 1) == "فصل":
            return False  # «تعطیلات نیم فصل»: the mid-season break, a date the dates stage reads
        if k == "سه" and self.key_at(i - 1) == "ورزش":
            return False  # the news site «ورزش سه»
        if k == "سی":
            prev, nxt = self.key_at(i - 1), self.key_at(i + 1)
            if not self.adjacent(i) or nxt in (".", "،", ",", "؛", ":", ")", "»", ""):
                return False  # «به نقل از سی .» (a cut «سی‌ان‌ان»)
            if prev in ("بی", "ای", "آی", "پی", "دی", "سی", "تی", "جی", "اف") or nxt in ("ان", "دی", "تی", "آی", "ای", "پی", "سی", "بی", "آر", "اف"):
                return False  # letters spelled out: «سی‌ان‌ان», «اف سی سئول» (FC), «سی اف مونتری» (CF)
        if k == "یک":
            nxt = self.key_at(i + 1)
            if not self.adjacent(i):
                return False
            if nxt in RANGE_WORDS and self.kind(i + 2) == WORD and self.adjacent(i + 1):
                return True  # «بین یک الی دو بن»
            if nxt == "بار" and self.key_at(i + 2) == "دیگر":
                return False  # «یک بار دیگر»: «once again», no count
            if nxt in SPORTS_COUNTED or self.key_at(i - 1) in _STRESS_ONE or (
                    self.key_at(i - 1) in _PREPOSITIONS and self.key_at(i - 2) in _STRESS_ONE):
                return True  # «دو طلا، یک نقره و یک برنز», «با یک گل پیش افتاد», «تنها یک تیم», «فقط به یک برد»
            if self.key_at(i + 2).startswith("محرومیت") or self.key_at(i - 1).startswith("محرومیت") \
                    or self.key_at(i + 2).startswith("محروم") and self.key_at(i - 1) == "به":
                return True  # «یک جلسه محرومیت», «به یک بازی محروم شد»: a ban's length counts (CONVENTIONS)
            if self.in_list_of_counts(i):
                return True  # «دو بازیکن برزیلی و یک بازیکن پرتغالی», «یک کشته و ۲۹ مجروح»
            if self.key_at(i - 1) in WORD_LABELS and self.adjacent(i - 1):
                return True  # «ناحیه یک», «منطقه یک»: a numbered district (a judge of the eighth dev draw)
            return nxt in COUNT_UNITS or nxt in SUFFIXED_UNITS or nxt in PERCENT or nxt in CURRENCIES or nxt == "ربع" or self.kind(i + 1) == WORD or nxt == "و" and self.kind(i + 2) == WORD or self.kind(i + 1) in MONTH_KINDS
        if k == "دهم" and self.key_at(i - 1) in LIGHT_VERB_NOUNS | DAHAM_VERB_NOUNS:
            return False  # «چه کاری انجام دهم»: «I do», not «tenth»
        if k == "ده" and self.key_at(i - 1) in LIGHT_VERB_NOUNS | DAHAM_VERB_NOUNS and (
                not self.adjacent(i) or self.key_at(i + 1) in (".", "؟", "!", "،", ",", "و", "تا", "که", ":", "")):
            return False  # «پاسخ ده.», «ادامه ده و …»: the imperative «give», not ten
        if k == "نخست" and self.key_at(i + 1) in ("وزیر", "وزیری"):
            return False
        if k == "اول" and self.key_at(i + 1) == "از" and self.key_at(i + 2) == "همه":
            return False  # «اول از همه»: first of all, an adverb (judges of the eighth and ninth dev draws)
        if k == "صفر":  # also the lunar month Safar
            return self.key_at(i + 1) in PERCENT or self.kind(i + 1) == DIGITS
        if self.key_at(i + 1) in ("ها", "های", "هایی") and self.adjacent(i):
            return False  # «ده ها», «صد های»: vague plurals
        return True

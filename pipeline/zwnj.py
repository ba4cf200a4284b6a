"""ZWNJ restoration: put back the zero-width non-joiners scraped news loses.

Three defects are repaired, each only where the evidence is clear:

- dropped inside a word: «منطقهای» -> «منطقه‌ای», «میکنند» -> «می‌کنند», «سرمایهگذاری» ->
  «سرمایه‌گذاری»; the contraction «حاکیست» becomes «حاکی است»;
- typed as a space: «سرمایه گذاری» -> «سرمایه‌گذاری», «فرصت های» -> «فرصت‌های», «می شود» -> «می‌شود»;
- (stray ZWNJs are removed earlier, by the normalizer's ``stray_zwnj`` step).

How: a lexicon of written forms with counts (pipeline/data/zwnj_lexicon.tsv.gz, built by
scripts/build_zwnj_lexicon.py from ZWNJ-clean news plus hazm's word list with its part-of-speech
tags and frequencies, and its verbs). A word the lexicon knows (seen in the news, or tagged by
hazm) is rewritten only when its ZWNJ spelling is more frequent than the joined one («بیکاری»
stays, «سالهای» becomes «سال‌های»); a plural the news also writes with a ZWNJ gets it («آن‌ها»),
since our output writes every plural «ها» after a joining letter so. A word it does not know is
analysed with Persian morphology (prefixes می/نمی/بی, plural and possessive suffixes,
ای/ام/اند/است after a silent ه, تر/ترین after adjectives, compound second parts such as
گذاری/پذیری/دهنده, surname parts after ی) and split only when the stem is a known word; when two
readings fit («صحنهای»: «صحنه‌ای» or «صحن‌های») the one whose stem the news shows with that kind
of ending wins. Two words separated by a space are joined when one is a bound morpheme (ها, های, تر, می …) or
when the news counts show the pair mostly written with a ZWNJ.

Every decision is cached per distinct word, so the cost on a long text is one ``re.split`` plus a
dict lookup per word. Edits are character-exact (an inserted ZWNJ is an insertion), so offsets of
the result map back to the input precisely.
"""
from __future__ import annotations

import gzip
import re
from difflib import SequenceMatcher
from itertools import accumulate
from pathlib import Path

from .document import Edit, EditMap
from .persian.chars import URL_RE, ZWNJ

LEXICON_PATH = Path(__file__).resolve().parent / "data" / "zwnj_lexicon.tsv.gz"

# Persian/Arabic letters (no digits, no punctuation, no diacritics).
_L = "[\u0621-\u063a\u0641-\u064a\u066e-\u066f\u0671-\u06d3\u06d5\u06ee-\u06ef\u06fa-\u06fc\u06ff]"
_W = rf"{_L}+(?:{ZWNJ}{_L}+)*"
_SPLIT = re.compile(f"({_W})")
assert _SPLIT.groups == 1
# Distinct words remembered before the caches are emptied (bounded memory on endless batches).
_CACHE_LIMIT = 400_000

# Letters that never join the next letter: a ZWNJ after them is invisible and never needed.
NON_JOINING = frozenset("اآأإٱدذرزژوؤءة")

# A written form known only from hazm's lists counts as this many news occurrences.
_HAZM_WEIGHT = 2
# hazm's tagged words below this corpus frequency are too rare to vouch for a joined spelling.
_HAZM_REAL = 20

PLURAL = ("ها", "های", "هایی", "هایم", "هایت", "هایش", "هایمان", "هایتان", "هایشان", "هاست")
_PLURAL_ENDS = tuple(s for s in PLURAL)
# Clitics that need a ZWNJ only after a silent ه («منطقه‌ای», «آمده‌است», «توانسته‌اند»).
AFTER_HE = ("ای", "یی", "ام", "ات", "اش", "ایم", "اید", "اند", "است", "مان", "تان", "شان")
# Word-forming suffixes that always take a ZWNJ after a silent ه («ذخیره‌گاه», «علاقه‌مند»,
# «خنده‌دار», «بهره‌ور»), though they are written joined after other letters («دانشگاه»).
HE_COMPOUND = ("گاه", "گاهی", "مند", "مندی", "مندان", "دار", "داری", "داران", "وار", "ور", "وری", "گر", "گری", "گران")
# Possessive clitics that take a ZWNJ after a final ی («زندگی‌شان», «پیشانی‌اش»).
AFTER_YE = ("اش", "شان", "مان", "تان")
# Preverbs written before می/نمی in one word («برمی‌گرداند», «فرونمی‌ریزد»).
PREVERBS = ("بر", "فرو", "فرا", "وا", "در", "باز")
COMPARATIVE = ("تر", "ترین", "ترها", "تری")
# Second parts of surnames written with a ZWNJ after a final ی («کاظمی‌نژاد», «حسینی‌پور»).
NAME_PARTS = ("نژاد", "پور", "نیا", "زاده", "فر")
# Endings whose news counts show that a stem in ه is a noun taking clitics («صحنه‌ها», «صحنه‌اش»).
# Not the verb endings «اند»/«است»: every participle has those, and a participle rarely takes
# the «ای» a noun in ه takes all the time.
_HE_EVIDENCE = ("ها", "های", "ام", "اش", "ایی")
_PERFECT = ("ایم", "اید", "اند")
# Clitics written after a ZWNJ only when the ه before them is silent.
_SILENT_HE = ("ای", "اش", "ام", "ات", "اند", "است")
# Second parts of compounds that are written with a ZWNJ after a joining letter.
COMPOUND = (
    "گذاری", "گذار", "گذاران", "پذیر", "پذیری", "ناپذیر", "زایی", "زا", "ریزی", "دهنده",
    "دهندگان", "دهندگی", "کننده", "کنندگان", "کنندگی", "آمیز", "انگیز", "شناس", "شناسی", "شناسان",
    "سازی", "سازان", "گیری", "گیر", "افزایی", "آوری", "آور", "رسانی", "رسان", "یابی", "اندیش", "اندیشی",
    "محور", "گرایی", "گرا", "خیز", "خواهی", "خواه", "نویس", "نویسی", "نویسان", "برداری",
    "زنی", "جویی", "کاران", "گذاران",
)
# Compound second parts that never stand alone, so «X کننده» is one word written with a space.
# (Not «محور», «خواه», «گیر», «زا», «آور»: they are also words of their own.)
_COMPOUND_PAIR = frozenset(COMPOUND) - {"محور", "خواه", "گیر", "زا", "آور", "مند", "رسان", "شناس", "ساز"}
_SUFFIXES: list[tuple[str, str]] = sorted(
    [(s, "plural") for s in PLURAL]
    + [(s, "he") for s in AFTER_HE]
    + [(s, "ye") for s in AFTER_YE]
    + [(s, "hec") for s in HE_COMPOUND]
    + [(s, "comparative") for s in COMPARATIVE]
    + [(s, "name") for s in NAME_PARTS]
    + [(s, "compound") for s in COMPOUND],
    key=lambda item: -len(item[0]),
)
# Standalone words that are bound morphemes of the word before them («فرصت های», «بزرگ ترین»).
_BOUND_AFTER = frozenset(PLURAL + COMPARATIVE + ("هاست",)) - {"تری"}
_BOUND_AFTER_HE = frozenset(("ای", "ام", "اند", "ایم", "اید", "اش", "ات", "یی"))
# Possessives typed as a word of their own after a final ی («زندگی شان»).
_BOUND_AFTER_YE = frozenset(("شان", "مان", "تان"))
# «می»/«نمی», also behind a preverb («برمی گرداند», «فرونمی ریزد»).
_VERB_PREFIXES = frozenset(("می", "نمی") + tuple(p + m for p in PREVERBS for m in ("می", "نمی")))
_COMPOUND_SET = frozenset(COMPOUND)
_SECOND_TRIGGERS = _BOUND_AFTER | _BOUND_AFTER_HE | _BOUND_AFTER_YE | _COMPOUND_PAIR
# Words a compound part is never glued to («به دهنده» is not a word).
_FUNCTION_WORDS = frozenset(
    "و در به از که را با این آن برای تا یا هم نیز هر چه اگر اما یک دو سه چند همه بر بی پس پیش".split()
)
_AFFIXES = frozenset(s for s, _ in _SUFFIXES) | _VERB_PREFIXES | {"بی", "است"}


class Lexicon:
    """Counts of written forms, the ZWNJ spellings of joined forms and of space-separated pairs."""

    def __init__(self, path: Path = LEXICON_PATH):
        self.count: dict[str, int] = {}
        self.hazm: set[str] = set()
        self.verbs: set[str] = set()
        # hazm's tagged vocabulary (word -> its corpus frequency), and its nouns and adjectives
        self.tagged: dict[str, int] = {}
        self.nouns: set[str] = set()
        self.adjectives: set[str] = set()
        pair_count: dict[str, int] = {}
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("#"):
                    continue
                form, n, flags, *freq = line.rstrip("\n").split("\t")
                if "p" in flags:
                    pair_count[form] = int(n)
                    continue
                self.count[form] = int(n)
                if "h" in flags:
                    self.hazm.add(form)
                if "v" in flags:
                    self.verbs.add(form)
                if "t" in flags:
                    self.tagged[form] = int(freq[0]) if freq else 0
                    if "n" in flags:
                        self.nouns.add(form)
                    if "a" in flags:
                        self.adjectives.add(form)
        # joined form -> (best ZWNJ spelling, its score); "a b" -> (ZWNJ spelling, score, space count)
        self.variants: dict[str, tuple[str, int]] = {}
        self.pairs: dict[str, tuple[str, int, int]] = {}
        for form in self.count:
            if ZWNJ not in form:
                continue
            score = self.score(form)
            key = form.replace(ZWNJ, "")
            best = self.variants.get(key)
            if best is None or score > best[1]:
                self.variants[key] = (form, score)
            parts = form.split(ZWNJ)
            for i in range(1, len(parts)):
                pair = ZWNJ.join(parts[:i]) + " " + ZWNJ.join(parts[i:])
                old = self.pairs.get(pair)
                if old is None or score > old[1]:
                    self.pairs[pair] = (form, score, pair_count.get(pair, 0))

    def score(self, form: str) -> int:
        return self.count.get(form, 0) + (_HAZM_WEIGHT if form in self.hazm or form in self.verbs else 0)

    def known(self, form: str) -> bool:
        return form in self.count

    def finite_verb(self, word: str) -> bool:
        """A conjugated verb that is no noun or adjective too («داریم», «ماند», «شوند»; not «بازی»,
        «کند»), also behind the subjunctive or negative prefix («برسد», «نشد»)."""
        word = word.replace(ZWNJ, "")
        if word.endswith("ی"):
            return False  # the second person («رفتی») is rare in news; untagged adjectives («رنگی») are not
        if word in self.verbs:
            return word not in self.nouns and word not in self.adjectives
        return (len(word) >= 3 and word[0] in "بن" and word not in self.tagged
                and word[1:] in self.verbs and word[1:] not in self.adjectives)

    def real(self, form: str) -> bool:
        """A joined form that is a word of its own: seen in the news or tagged by hazm with a
        frequency (hazm's untagged entries include many forms that lost their ZWNJ)."""
        return self.count.get(form, 0) > 0 or self.tagged.get(form, 0) >= _HAZM_REAL

    def evidence(self, stem: str, suffixes: tuple[str, ...], skip: str = "", joined: bool = True) -> int:
        """News occurrences of ``stem`` with any of ``suffixes`` (after a ZWNJ, and joined unless
        ``joined`` is false), leaving out the form being decided: how much the news shows this
        stem taking this kind of ending."""
        get = self.count.get
        zwnj = sum(get(stem + ZWNJ + s, 0) for s in suffixes)
        if not joined:
            return zwnj
        return zwnj + sum(get(stem + s, 0) for s in suffixes if stem + s != skip)


_LEXICON: Lexicon | None = None


def lexicon() -> Lexicon:
    global _LEXICON
    if _LEXICON is None:
        _LEXICON = Lexicon()
    return _LEXICON


class Restorer:
    """Decisions over one lexicon, cached per distinct word and per word pair."""

    def __init__(self, lex: Lexicon | None = None):
        self.lex = lex or lexicon()
        self._words: dict[str, str] = {}
        self._seen: set[str] = set()
        self._fixes: dict[str, str] = {}
        self._joins: dict[str, str | None] = {}
        self._diffs: dict[tuple[str, str], list[Edit]] = {}
        # Words after which the next word may be glued on; the rest only looks at the second word.
        self._joinable = frozenset(pair for pair in self.lex.pairs if self._join(*pair.split(" ", 1)) is not None)
        self._first_triggers = frozenset(pair.split(" ", 1)[0] for pair in self._joinable) | _VERB_PREFIXES

    # ------------------------------------------------------------------ single words

    def word(self, word: str) -> str:
        """The restored spelling of one word (ZWNJ-joined parts are checked one by one)."""
        out = self._words.get(word)
        if out is None:
            if ZWNJ in word:
                # The ZWNJs already there are taken as meant; a part that is itself an affix
                # («های», «گذاری») stays, so restoring restored text changes nothing.
                out = ZWNJ.join(part if part in _AFFIXES else self._plain(part) for part in word.split(ZWNJ))
            else:
                out = self._plain(word)
            self._words[word] = out
        return out

    def _plain(self, word: str, depth: int = 0) -> str:
        if len(word) < 3:
            return word
        lex = self.lex
        # hazm's list also holds many forms whose ZWNJ was dropped («میگذاشت», «اسبها»), so a
        # joined form counts only by its news occurrences; hazm's word decides only when
        # morphology finds nothing.
        joined = lex.count.get(word, 0)
        variant = lex.variants.get(word)
        if variant is not None:
            form, score = variant
            written = lex.count.get(form, 0)
            if written:
                if score > joined:
                    return form
                # The plural «ها» takes a ZWNJ in our output, as the agencies write it: a plural
                # the news also writes with one («آن‌ها», «جنبش‌های») gets it, unless the joined
                # form is a word of its own for hazm («تنها», «منتها»).
                ending = form[form.rindex(ZWNJ) + 1:]
                if written >= 2 and ending in PLURAL and word not in lex.tagged:
                    return form
                # Likewise «تر»/«ترین», when the news writes the ZWNJ at least a third as often
                # («بزرگ‌ترین»), but not where the joined form is the rule («بیشتر», «بهترین»).
                if written >= 3 and 3 * written >= joined and ending in COMPARATIVE and word not in lex.tagged:
                    return form
            elif not joined and word not in lex.hazm:
                # Only hazm writes it with a ZWNJ: enough when nothing speaks for the joined form.
                return form
        if joined and depth <= 2 and word not in lex.tagged and word.endswith(_PLURAL_ENDS):
            # A plural the news sample writes joined («اسکناسهای») still gets the ZWNJ our output
            # gives every plural «ها», when the analysis finds a plural reading.
            # Only for a stem the news also writes with a ZWNJ'd plural: «انتهای», «تنهایی» are
            # words of their own, not «انت» + «های».
            out = self._analyse(word, depth)
            if out and out[out.rfind(ZWNJ) + 1:] in PLURAL:
                stem = out[: out.rfind(ZWNJ)]
                if lex.real(stem) and lex.evidence(stem, PLURAL, joined=False) >= 2:
                    return out
        if joined or depth > 2 or lex.real(word) or word in lex.verbs:
            return word
        return self._analyse(word, depth) or word

    def _stem(self, stem: str, depth: int) -> tuple[str, int] | None:
        """A stem's spelling and weight when it is a word we know (directly or once repaired).
        The stem gets the same decision it would get as a word of its own, so restoring the
        output again changes nothing."""
        lex = self.lex
        if len(stem) < 2:
            return None
        form = self._plain(stem, depth + 1)
        if form != stem:
            variant = lex.variants.get(stem)
            return form, variant[1] if variant is not None and variant[0] == form else 1
        if lex.known(stem):
            return stem, max(lex.score(stem), 1)
        return None

    def _analyse(self, word: str, depth: int) -> str | None:
        """Split an unknown word into a known stem and affixes; None when nothing fits."""
        lex = self.lex
        # Readings are ranked by (evidence, stem weight, hazm frequency). Evidence is how often the
        # news shows the stem with the same kind of ending: «صحنهای» is «صحنه‌ای» unless «صحن» is
        # seen in the plural, «قطعهای» is «قطعه‌ای» though «قطع» is the more frequent word. Checked
        # on the lexicon's own ambiguous «…های» forms (stems only): 364/400 right, 337 by stem
        # frequency alone.
        best: tuple[tuple[int, int, int], str] | None = None
        for suffix, kind in _SUFFIXES:
            if not word.endswith(suffix) or len(word) - len(suffix) < 2:
                continue
            stem = word[: -len(suffix)]
            last = stem[-1]
            if kind == "hec":
                # «ذخیره‌گاه», but «پناهگاه»: the consonant-ه test below applies
                kind = "he"
            if kind == "he" and last != "ه" or kind == "ye" and last != "ی":
                continue
            if kind == "ye" and (stem[-2] in "اآو" or not lex.real(stem)):
                # after a vowel ی is a consonant and the clitic joins («برایتان», «چایشان»)
                continue
            if kind == "he" and sum(lex.count.get(stem + c, 0) for c in "یشم") >= 2 \
                    and not lex.evidence(stem, _SILENT_HE + ("ی",), joined=False):
                # a consonant ه («راهی», «آبراهی») takes its clitics joined: «آبراهام» is no «آبراه‌ام»
                continue
            if len(stem) < 3 and kind in ("he", "compound", "name"):
                # two-letter stems («اف» + «زایی», «شه» + «ات») are mostly pieces of other words
                continue
            if kind == "name" and last != "ی":
                continue
            if suffix == "تری" and stem not in lex.adjectives and not lex.evidence(stem, COMPARATIVE, word, joined=False):
                # «ارکستری», «تویتری»: «تری» is mostly something else after a noun
                continue
            if kind == "plural" and stem in lex.tagged and stem not in lex.nouns and stem not in lex.adjectives \
                    and not lex.evidence(stem, PLURAL, word):
                # hazm knows the stem, but not as a noun or adjective («کین»): no plural
                continue
            if kind == "comparative" and stem in lex.tagged and stem not in lex.adjectives \
                    and not lex.evidence(stem, COMPARATIVE, word, joined=False):
                # hazm knows the stem, but not as an adjective: no «تر»
                continue
            found = self._stem(stem, depth)
            if found is None:
                continue
            if kind == "plural":
                evidence = lex.evidence(stem, PLURAL, word)
            elif kind == "he" and suffix in _PERFECT and stem in lex.verbs:
                # a participle with a person ending («رسانده‌ایم»), not «رساند» + «هایم»
                evidence = lex.evidence(stem, _PERFECT + ("است",), word)
            elif kind == "he":
                evidence = lex.evidence(stem, _HE_EVIDENCE, word)
            else:
                evidence = 0
            # After a non-joining letter the word is already right as it stands («جاهایی» is
            # «جا» + «هایی», not «جاه» + «ایی»): such a reading competes and, if best, keeps it.
            candidate = word if last in NON_JOINING else found[0] + ZWNJ + suffix
            key = (evidence, found[1], lex.tagged.get(stem, 0))
            if best is None or key > best[0]:
                best = (key, candidate)
        # «حاکیست» is «حاکی است» with the alef dropped.
        if word.endswith("یست") and len(word) > 4:
            stem = word[:-2]
            if lex.count.get(stem, 0) >= 3 and (best is None or (0, lex.count[stem], 0) > best[0]):
                best = ((0, lex.count[stem], 0), stem + " است")
        for preverb in PREVERBS:
            if word.startswith(preverb) and word[len(preverb):len(preverb) + 2] in ("می", "نم"):
                rest = word[len(preverb):]
                for prefix in ("نمی", "می"):
                    if rest.startswith(prefix) and rest[len(prefix):] in lex.verbs:
                        return preverb + prefix + ZWNJ + rest[len(prefix):]
        for prefix in ("نمی", "می"):
            if word.startswith(prefix) and len(word) - len(prefix) >= 2:
                rest = word[len(prefix):]
                # Only verbs take می («میخانه», «میلر» are not می + noun).
                if rest in lex.verbs or lex.count.get("می" + ZWNJ + rest, 0) or lex.count.get("نمی" + ZWNJ + rest, 0):
                    return prefix + ZWNJ + rest
                if depth < 2:
                    repaired = self._analyse(rest, depth + 1)
                    if repaired and repaired.split(ZWNJ, 1)[0] in lex.verbs:
                        return prefix + ZWNJ + repaired
                break
        if best is not None and best[1] == word:
            return None
        if best is None and word.endswith("هی") and len(word) >= 5:
            # The ezafe «ی» after a silent ه («پوشه‌ی», «جامعه‌ی»): the news writes the stem's
            # clitics with a ZWNJ («پوشه‌ای»), which a consonant ه never takes («گروهی», «راهی»).
            stem = word[:-1]
            if lex.real(stem) and lex.evidence(stem, _SILENT_HE, joined=False):
                return stem + ZWNJ + "ی"
        if word.startswith("بی") and best is None:
            rest = word[2:]
            # not «ب» + a verb («بیابد»)
            if len(rest) >= 3 and rest in lex.hazm and lex.score(rest) >= _HAZM_WEIGHT + 2 and word[1:] not in lex.verbs:
                return "بی" + ZWNJ + rest
        return best[1] if best else None

    # ------------------------------------------------------------------ word pairs

    def join(self, first: str, second: str) -> str | None:
        """What goes between two words separated by one space: ZWNJ, "" or None (keep the space)."""
        key = first + " " + second
        if key in self._joins:
            return self._joins[key]
        out = self._join(first, second)
        self._joins[key] = out
        return out

    def _join(self, first: str, second: str) -> str | None:
        lex = self.lex
        glue = "" if first[-1] in NON_JOINING else ZWNJ
        if second in _BOUND_AFTER and len(first) >= 2:
            return glue
        if first in _VERB_PREFIXES:
            if second in lex.verbs or lex.count.get(first + ZWNJ + second, 0) > 0:
                return ZWNJ
            return None
        if second in _BOUND_AFTER_HE and first[-1] == "ه" and lex.known(first) and len(first) >= 3:
            return ZWNJ
        if second in _BOUND_AFTER_YE and first[-1] == "ی" and lex.real(first) and len(first) >= 3:
            return ZWNJ
        if second in _COMPOUND_PAIR and glue and len(first) >= 2 and first not in _FUNCTION_WORDS and lex.known(first):
            return ZWNJ
        pair = lex.pairs.get(first + " " + second)
        if pair is None or not glue:
            return None
        form, _, spaced = pair
        # A space is also a correct spelling for many pairs («به عنوان», «هیچ کس»): join only when
        # the news clearly prefers the ZWNJ, or for a compound hazm lists that the news never spaces.
        written = lex.count.get(form, 0)
        if written >= 3 and written > 2 * spaced:
            return ZWNJ
        if not spaced and second in _COMPOUND_SET and form in lex.hazm:
            return ZWNJ
        return None

    # ------------------------------------------------------------------ text

    def restore(self, text: str) -> tuple[str, EditMap]:
        # The stdlib ``re`` splits about five times faster than ``regex`` here; parts alternate
        # gap, word, gap, word, ..., gap. Per-word work stays in C (set algebra, comprehensions):
        # Python only runs for words never seen before.
        parts = _SPLIT.split(text)
        if len(parts) == 1:
            return text, EditMap(())
        if len(self._seen) > _CACHE_LIMIT:
            self._seen.clear()
            self._words.clear()
            self._fixes.clear()
            self._joins.clear()
            self._diffs.clear()
        words = parts[1::2]
        seen, fixes = self._seen, self._fixes
        for word in set(words) - seen:
            new = self.word(word)
            if new != word:
                fixes[word] = new
            seen.add(word)
        new_parts = parts.copy()
        changes: dict[int, str] = {}
        if fixes:
            for k in [k for k, w in enumerate(words) if w in fixes]:
                changes[2 * k + 1] = fixes[words[k]]
        # Spaces that may become a ZWNJ (or vanish): after a trigger word or before a bound one.
        # Pairs are judged on the repaired words (the first whole, the second by its first part:
        # «گذاریها» -> «گذاری‌ها» -> «گذاری»), so a second pass finds nothing more to do.
        firsts, seconds = self._first_triggers, _SECOND_TRIGGERS
        fixed = [fixes.get(w, w) for w in words] if fixes else words
        heads = [w if ZWNJ not in w else w.split(ZWNJ, 1)[0] for w in fixed]
        last = len(words) - 1
        joinable, prefixes = self._joinable, _VERB_PREFIXES
        pairs = {
            k for k, w in enumerate(fixed)
            if w in firsts and k < last and (w in prefixes or w + " " + heads[k + 1] in joinable)
        }
        pairs.update(k - 1 for k, w in enumerate(heads) if w in seconds and k > 0)
        for k in sorted(pairs):
            if parts[2 * k + 2] == " ":
                glue = self.join(fixed[k], heads[k + 1])
                if glue is not None:
                    changes[2 * k + 2] = glue
        if not changes:
            return text, EditMap(())
        starts = [0, *accumulate(map(len, parts))]
        if "://" in text or "www." in text or "@" in text:
            # A Persian slug in a URL or an e-mail address is an identifier: keep it as written.
            protected = [m.span() for m in URL_RE.finditer(text)]
            if protected:
                changes = {i: v for i, v in changes.items() if not _inside(starts[i], protected)}
        edits: list[Edit] = []
        shift = 0
        for i in sorted(changes):
            old, new = parts[i], changes[i]
            new_parts[i] = new
            s = starts[i]
            for i0, i1, j0, j1 in self._diff(old, new):
                edits.append((s + i0, s + i1, s + shift + j0, s + shift + j1))
            shift += len(new) - len(old)
        return "".join(new_parts), EditMap(edits)

    def _diff(self, old: str, new: str) -> list[Edit]:
        key = (old, new)
        ops = self._diffs.get(key)
        if ops is None:
            ops = [
                (i0, i1, j0, j1)
                for tag, i0, i1, j0, j1 in SequenceMatcher(None, old, new, autojunk=False).get_opcodes()
                if tag != "equal"
            ]
            self._diffs[key] = ops
        return ops


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


_RESTORER: Restorer | None = None


def restore(text: str) -> tuple[str, EditMap]:
    """Restore dropped and space-typed ZWNJs in ``text``; the EditMap records every change."""
    global _RESTORER
    if _RESTORER is None:
        _RESTORER = Restorer()
    return _RESTORER.restore(text)

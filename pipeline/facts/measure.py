"""What a number counts or measures: the measure phrase read from the words around it (see the
package docstring for the rules, with examples)."""
from __future__ import annotations

from typing import NamedTuple

from ..document import NumberMention, Token
from ..zwnj import lexicon
from ..persian.measures import (AGE_WORDS, CLAUSE_ENDS, COMPOUND_LIGHT_VERBS, DEMONSTRATIVES, DOWN_WORDS, DUMMY_NOUNS,
                                DURATION_ADJECTIVES,
                                HEADCOUNT_WORDS, INDEFINITE_ENDINGS, LINKS, MEASURE_STOP, MEASURING_UNITS,
                                ORDINAL_WORDS, PEOPLE_UNITS, PERSON_NOUNS, QUALIFIER_WORDS, QUANTITY_NOUNS, RANK_IN,
                                RANK_WORDS, RATE_LINKS, RECORD_NOUNS, STANDING_VERBS, TIME_UNITS, UP_WORDS, VERB_HOMOGRAPHS, VERB_NOUNS)

#: the measure of a standing said without its rank word («ماینس با ۳۱ امتیاز ششم است»)
STANDING_MEASURE = "رده"
#: the measure of a person's age («پل پوگبا ۱۹ ساله»): the unit alone says nothing
AGE_MEASURE = "سن"


class Measure(NamedTuple):
    """Tokens ``a``..``b`` of the sentence, less ``cut_start`` characters at the start of token ``a``
    («۳۲» of «۳۲ساله») and ``cut_end`` at the end of token ``b`` (the indefinite «‌ای» of
    «هزینه‌ای»); or, when ``text`` is set, words the text leaves out («رده»)."""
    a: int
    b: int
    cut_start: int = 0
    cut_end: int = 0
    text: str | None = None
    weak: bool = False  # the unit alone («متر مکعب»): a figure named before in the sentence says more


class Sentence(NamedTuple):
    """A sentence's tokens and which of them are places, other numbers and names (people and organisations)."""
    tokens: list[Token]
    places: frozenset[int]
    numbers: frozenset[int]
    names: frozenset[int]


def bare(word: str) -> str:
    return word.replace("\u200c", "")


def _is_stop(w: str) -> bool:
    """A word no measure takes in: a function word, a digit, a verb («۹ گل برسد», «۴ بازی حساس داریم»)."""
    return bare(w) in MEASURE_STOP or w in MEASURE_STOP or w[:1].isdigit() or w.startswith(("می\u200c", "نمی\u200c")) \
        or bare(w) not in VERB_HOMOGRAPHS and lexicon().finite_verb(w)


def _noun_of_verb(word: str, nxt: str) -> bool:
    """A noun (not an adjective) before a verb: the first half of a compound verb."""
    lex = lexicon()
    return bare(nxt) not in VERB_HOMOGRAPHS and lex.finite_verb(nxt) and word in lex.nouns and word not in lex.adjectives


def _boundary(s: Sentence, j: int, places: bool = True, taken: bool = True) -> bool:
    """A word a measure going right stops before: a compound verb's noun («جلسه تشکیل داده»), a
    change («سکه کاهش»), a place, another number or a rank («امتیاز ششم»)."""
    w = s.tokens[j].text
    if taken and j + 1 < len(s.tokens) and bare(s.tokens[j + 1].text) in COMPOUND_LIGHT_VERBS:
        return True  # «قطعه طیور | واکسینه شد», «کاهش داشتیم»: the first half of a compound verb
    if j + 1 < len(s.tokens) and _noun_of_verb(w, s.tokens[j + 1].text):
        return True  # «۶ قسمت | تقسیم کردیم», «دو دقیقه | طول کشید»; not «۴ بازی حساس داریم»
    if bare(w) in UP_WORDS or bare(w) in DOWN_WORDS:
        # «سکه کاهش ۵۰ هزار تومانی داشت» ends at the change; «دو دلیل کاهش قیمت» goes on
        return j + 1 >= len(s.tokens) or _is_stop(s.tokens[j + 1].text) or j + 1 in s.numbers \
            or not s.tokens[j + 1].text[-1:].isalpha()
    return w in VERB_NOUNS or places and j in s.places or j in s.numbers or w in ORDINAL_WORDS


def phrase(s: Sentence, i: int, step: int, limit: int, places: bool = True) -> tuple[int, int] | None:
    """Token range [a, b] of the noun phrase starting at ``i`` and running in direction ``step``;
    a rate («برای هر فرد») does not count towards ``limit``. Going right it stops at a place unless
    ``places`` is false (a share is of the place: «۴۱ درصد اقتصاد قم»)."""
    tokens = s.tokens
    j, taken, words = i, [], 0
    while 0 <= j < len(tokens) and words < limit:
        w = tokens[j].text
        if step < 0 and bare(w) == "هر" and j > 0 and tokens[j - 1].text in RATE_LINKS and taken:
            taken += [j, j - 1]  # «منابع آب برای هر فرد»: the rate belongs to the measure
            words -= 1
            j -= 2
            continue
        inner = w in DEMONSTRATIVES and taken and 0 <= j + step < len(tokens) and \
            bare(tokens[j + step].text) not in MEASURE_STOP  # «صنایع این استان»: inside a phrase, not at its edge
        if not inner and _is_stop(w):
            break
        if step > 0 and _boundary(s, j, places, bool(taken)):
            break
        if not taken and (w in ("یک", "يك") or step > 0 and bare(w) == "دیگر"):
            j += step  # «یک نمایشگر», «چهار نفر دیگر زخمی»: the article or «other», not the measure
            continue
        taken.append(j)
        words += 1
        if len(taken) >= 2 and tokens[taken[-2]].text in DEMONSTRATIVES:
            break  # «این استان» closes the phrase: what follows is the predicate
        if step > 0 and j in s.names and j + 1 not in s.names:
            break  # «۱۵۰ هوادار نفت | تیم», «دو گل والنسیا | بسیار»: a name ends the phrase
        j += step
    while taken and step < 0 and tokens[taken[-1]].text in ("یک", "يك"):
        taken.pop()  # «یک نمایشگر ۹ اینچی»
    while taken and step > 0 and tokens[taken[-1]].text in DEMONSTRATIVES:
        taken.pop()  # «۵/۶ درصد کل تولید ناخالص داخلی | این کشور»: cut by the limit
    if not taken:
        return None
    return (min(taken), max(taken))


def _indefinite(word: str) -> int:
    """Characters of an indefinite ending to cut («هزینه‌ای» -> 3, «اردویی» -> 2), else 0."""
    for ending, cut in INDEFINITE_ENDINGS:
        if word.endswith(ending) and len(word) - cut >= 2:
            return cut
    return 0


def _left_noun(s: Sentence, first: int) -> Measure | None:
    """The noun just before the number (past qualifiers: «هزینه‌ای بالغ بر ۷ میلیارد ریال»), when it
    is indefinite («هزینه‌ای», «اردویی ۲ روزه»): that noun alone, its ending cut."""
    j = first - 1
    while j >= 0 and bare(s.tokens[j].text) in QUALIFIER_WORDS:
        j -= 1
    if j < 0 or _is_stop(s.tokens[j].text):
        return None
    cut = _indefinite(s.tokens[j].text)
    return Measure(j, j, 0, cut) if cut else None


def _quantity_noun(s: Sentence, first: int, money: bool = False, count: bool = False) -> Measure | None:
    """«مدت زمان ۴۵ روز», «ضخامت دومین نت‌بوک آرکوس ۲۰ میلی‌متر», «جمعیت این شهر ۵۰ هزار نفر»: a noun
    that names a quantity, at most five words before the number with no verb or preposition between,
    is what it measures, with the words after it up to the thing measured (an ordinal, a
    demonstrative, a place, a name)."""
    tokens = s.tokens
    j = first - 1
    while j >= 0 and bare(tokens[j].text) in QUALIFIER_WORDS:
        j -= 1
    if j >= 0 and bare(tokens[j].text) in DUMMY_NOUNS:
        # «تعداد ۴۰۰ هزار قطعه طیور»: the noun only introduces the number; money keeps «مبلغ»
        return Measure(j, j) if money else None
    lo = j
    while lo >= 0 and first - lo <= 6 and (not _is_stop(tokens[lo].text) or tokens[lo].text in DEMONSTRATIVES) \
            and (lo not in s.numbers or _ordinal(tokens[lo].text)):
        if count and lo < j:
            return None  # a count names what it counts itself: «در طول این ایام دو نشست ویژه»
        if bare(tokens[lo].text) in QUANTITY_NOUNS and not (count and bare(tokens[lo].text) in RECORD_NOUNS):
            b = lo
            while b + 1 <= j and not _possessor(s, b + 1):
                b += 1
            return Measure(lo, b)
        lo -= 1
    return None


def _ordinal(word: str) -> bool:
    return word in ORDINAL_WORDS or bare(word).endswith("مین")


def _possessor(s: Sentence, j: int) -> bool:
    """Where the thing a quantity noun measures begins: «ضخامت | دومین نت‌بوک», «جمعیت | این شهر»."""
    w = s.tokens[j].text
    return (w in DEMONSTRATIVES or _ordinal(w) or j in s.places
            or j in s.names or j in s.numbers)


def _adjectival(tokens: list[Token], j: int) -> int:
    """Words of the noun phrase ending at ``j``: two when ``j`` is a relational adjective («دوره
    آموزشی», «چارچوب زمانی»), else one («ندارم | قرارداد»)."""
    return 2 if j >= 1 and bare(tokens[j].text).endswith("ی") and not _is_stop(tokens[j - 1].text) else 1


def _unit_start(n: NumberMention, tokens: list[Token], first: int, last: int) -> int:
    words = len((n.unit or "").split())
    return max(first, last - words + 1) if words else last


def _glued(token: Token, unit_word: str) -> int:
    """Characters before the unit in a token that glues it to the digits («۳۲ساله» -> 2)."""
    text = token.text
    i = 0
    while i < len(text) and (text[i].isdigit() or text[i] in "/.٫,٬"):
        i += 1
    return i if 0 < i < len(text) else 0


def _tail(s: Sentence, after: int, first: int) -> tuple[int, int] | None:
    """Adjectives after a unit («واحد صنعتی»); «از نظر حق‌التدریس» names what the count is in. Not a
    predicate: «بایرن با ۵۴ امتیاز صدرنشین است»."""
    tokens = s.tokens
    if after + 1 < len(tokens) and tokens[after].text == "از" and tokens[after + 1].text in RANK_IN:
        return phrase(s, after + 2, 1, 3)
    tail = phrase(s, after, 1, 2)
    if tail and first > 0 and tokens[first - 1].text == "با" and tail[1] + 1 < len(tokens) \
            and tokens[tail[1] + 1].text in STANDING_VERBS:
        return None
    return tail


def _predicate(s: Sentence, after: int) -> tuple[int, int] | None:
    """What a count of people did, when nothing else names them: the compound verb of their clause
    («هزار نفر در این جبهه ثبت‌نام کرده‌اند», «۳۰۰ نفر ... اعلام آمادگی کامل کرده‌اند»)."""
    tokens = s.tokens
    for j in range(after, min(len(tokens), after + 12)):
        w = tokens[j].text
        if bare(w) in CLAUSE_ENDS or not w[-1:].isalpha() or j in s.numbers or bare(w) in COMPOUND_LIGHT_VERBS:
            return None
        if w in VERB_NOUNS:
            for k in range(j + 1, min(len(tokens), j + 4)):
                if bare(tokens[k].text) in COMPOUND_LIGHT_VERBS:
                    return (j, k)
                if not tokens[k].text[-1:].isalpha():
                    break
    return None


def measure_span(n: NumberMention, s: Sentence, first: int, last: int) -> Measure | None:
    """What ``n`` (tokens ``first``..``last`` of the sentence) measures, or None."""
    tokens = s.tokens
    after = last + 1
    if n.kind == "percent":
        if bare(tokens[last].text).endswith("درصدی") and first > 0:
            j = first - 1  # «پیشرفت ۹۵ درصدی», «سالیانه رشدی ۷/۳ درصدی»: the change or state is named before
            if bare(tokens[j].text) == "از":
                j -= 1
            left = phrase(s, j, -1, 2) if j >= 0 else None
            if left:
                return Measure(*left)
        if after < len(tokens) and tokens[after].text in ("از", "به"):
            after += 1  # «۹۸ درصد از صنایع», «۸ صدم درصد به تراکم جمعیتی کلاس‌ها افزوده شد»
        right = phrase(s, after, 1, 5, places=False)  # «۴۱ درصد اقتصاد قم»: the place belongs to what is shared
        return Measure(*right) if right else None
    if n.kind == "ordinal":
        if first > 0 and tokens[first - 1].text in RANK_WORDS:
            rank = first - 1
            for j in range(after, min(after + 4, len(tokens) - 1)):
                if tokens[j].text in RANK_IN:
                    tail = phrase(s, j + 1, 1, 3, places=False)
                    if tail:
                        return Measure(rank, tail[1])
            return Measure(rank, rank)
        if standing(s, first, last):
            return Measure(first, last, text=STANDING_MEASURE)
        return None
    unit = bare(n.unit or "")
    u0 = _unit_start(n, tokens, first, last)
    word = bare(tokens[last].text)
    if n.kind == "quantity" and unit and all(c.isdigit() or c in "/.٫," for c in word):
        if first < last and bare(tokens[first].text) == unit:
            return Measure(first, first)  # «امتیاز ۸»: the unit written before the number
        if first == last:
            return Measure(first, last, text=n.unit)  # «دورتموند ۳۹»: the unit the text leaves out («امتیاز»)
    if n.kind == "quantity" and word.endswith(AGE_WORDS + HEADCOUNT_WORDS):
        # «پل پوگبا ۱۹ ساله», «یک نیمه ۱۰ نفره»: the age or head count is the word itself;
        # «قراردادی ۳ ساله» is the contract's length
        j = first - 1
        person = j < 0 or j in s.names or bare(tokens[j].text) in PERSON_NOUNS or _is_stop(tokens[j].text)
        if word.endswith(AGE_WORDS) and not person:
            left = _left_noun(s, first) or (Measure(*phrase(s, j, -1, 1)) if phrase(s, j, -1, 1) else None)
            if left:
                return left
        if word.endswith(AGE_WORDS):
            return Measure(first, last, text=AGE_MEASURE)  # a person's age: «سن», not the unit «ساله»
        return Measure(last, last, _glued(tokens[last], word))
    if n.kind == "quantity" and word.endswith(DURATION_ADJECTIVES):
        # «اردویی ۲ روزه», «دوره آموزشی دو روزه»; «در شش ماهه نخست» is a stretch of time
        left = _left_noun(s, first) or (phrase(s, first - 1, -1, _adjectival(tokens, first - 1)) if first > 0 else None)
        if left:
            return left if isinstance(left, Measure) else Measure(*left)
        tail = _tail(s, after, first)
        return Measure(last, tail[1] if tail else last, _glued(tokens[last], word))
    if n.kind in ("quantity", "money"):
        # «رکورد ۲۰ پنالتی» counts penalties, «رکورد ۱۱۳.۸۰ ثانیه» is a time
        count = n.kind == "quantity" and unit.split(" ")[0] not in MEASURING_UNITS and unit not in PEOPLE_UNITS
        named = _quantity_noun(s, first, n.kind == "money", count)
        if named:
            return named
    if n.kind == "money":
        left = _left_noun(s, first)
        if left:
            return left
        if first > 0 and not _is_stop(tokens[first - 1].text):
            left = phrase(s, first - 1, -1, 2)  # «با هزینه ۱.۲ میلیارد ریال», «قیمت طلا ۸۹ دلار»
            if left:
                return Measure(*left)
    head = unit.split(" ")[0]
    if n.kind == "quantity" and head in MEASURING_UNITS and head not in TIME_UNITS:
        j = first - 1
        if j >= 0 and bare(tokens[j].text) in {"آن", "این"}:
            j -= 1  # «ضخامت آن ۲۰ میلی‌متر»
        left = phrase(s, j, -1, 2) if j >= 0 else None
        return Measure(*left) if left else Measure(u0, last, weak=True)
    if n.kind == "quantity" and unit in PEOPLE_UNITS or n.kind == "money":
        j = first - 1
        while j >= 0 and (bare(tokens[j].text) in QUALIFIER_WORDS):
            if tokens[j].text in LINKS and j - 1 >= 0 and bare(tokens[j - 1].text) not in MEASURE_STOP:
                break
            j -= 1
        if j >= 0 and tokens[j].text in LINKS:
            left = phrase(s, j - 1, -1, 2)
            if left:
                return Measure(*left)
        if n.kind == "money":
            right = phrase(s, after, 1, 2)
            if right:
                return Measure(*right)
            left = phrase(s, first - 1, -1, 2)
            return Measure(*left) if left else None
        # «هفت نفر عضو اصلی»: who the people are follows the count
        right = phrase(s, after, 1, 2) or _predicate(s, after)
        return Measure(*right) if right else None
    if n.kind == "quantity":
        # the unit ends the mention; adjectives after it belong to the measure
        tail = _tail(s, after, first)
        if tail and tokens[after].text == "از":
            return Measure(*tail)
        return Measure(u0, tail[1]) if tail else Measure(u0, last)
    return None


def standing(s: Sentence, first: int, last: int) -> bool:
    """«ماینس با ۳۱ امتیاز ششم است», «عرفان خردمندکیا سوم شد», «دوم و سوم هستند»: an ordinal that is
    a standing, said of a name or a score; «برنامه پنجم بود» says which plan."""
    tokens = s.tokens
    p = first - 1
    if p >= 0 and tokens[p].text == "و" and p - 1 >= 0 and _ordinal(tokens[p - 1].text):
        p -= 2  # «دوم و سوم»
    if p >= 0 and not (p in s.numbers or p in s.names or p in s.places or not tokens[p].text[-1:].isalpha()
                       or bare(tokens[p].text) in MEASURE_STOP):
        return False
    j = last + 1
    while j + 1 < len(tokens) and tokens[j].text == "و" and (tokens[j + 1].text in ORDINAL_WORDS
                                                             or bare(tokens[j + 1].text).endswith("م")):
        j += 2
    nxt = tokens[j].text if j < len(tokens) else ""
    return nxt in STANDING_VERBS


def not_a_measure(tokens: list[Token], first: int, last: int) -> bool:
    """A number that places rather than measures: a time counted from an event («دو دقیقه بعد»,
    «صد بار دیگر»), an age as a point in time («در ۱۶ سالگی»), an age group («زیر ۲۰ سال»)."""
    word = bare(tokens[last].text)
    nxt = bare(tokens[last + 1].text) if last + 1 < len(tokens) else ""
    prev = bare(tokens[first - 1].text) if first > 0 else ""
    if nxt in ("بعد", "قبل", "پیش", "دیگر", "بعدتر") and word in TIME_UNITS | {"بار"}:
        return True
    return word.endswith("سالگی") or prev == "زیر" and word in ("سال", "ساله")


def direction(tokens: list[Token], first: int, last: int) -> str | None:
    for j in range(max(0, first - 3), min(len(tokens), last + 4)):
        w = bare(tokens[j].text)
        if w in UP_WORDS:
            return "up"
        if w in DOWN_WORDS:
            return "down"
    return None

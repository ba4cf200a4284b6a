"""What a number counts or measures: the measure phrase read from the words around it (see the
package docstring)."""
from __future__ import annotations

from ..document import NumberMention, Token
from ..persian.measures import (DEMONSTRATIVES, DOWN_WORDS, LINKS, MEASURE_STOP, MEASURING_UNITS,
                                ORDINAL_WORDS, PEOPLE_UNITS, QUALIFIER_WORDS, RANK_IN, RANK_WORDS,
                                STANDING_VERBS, UP_WORDS, VERB_NOUNS)


def bare(word: str) -> str:
    return word.replace("\u200c", "")


def phrase(tokens: list[Token], i: int, step: int, limit: int, place_tokens: frozenset[int] = frozenset()) -> tuple[int, int] | None:
    """Token range [a, b] of the noun phrase starting at ``i`` and running in direction ``step``."""
    j, taken = i, []
    while 0 <= j < len(tokens) and len(taken) < limit:
        w = tokens[j].text
        inner = w in DEMONSTRATIVES and taken and 0 <= j + step < len(tokens) and \
            bare(tokens[j + step].text) not in MEASURE_STOP  # «صنایع این استان»: inside a phrase, not at its edge
        if not inner and (bare(w) in MEASURE_STOP or w in MEASURE_STOP or w[:1].isdigit() or w.startswith("می")):
            break
        if step > 0 and taken and (w in VERB_NOUNS or bare(w) in UP_WORDS or bare(w) in DOWN_WORDS
                                   or j in place_tokens or w in ORDINAL_WORDS):
            break  # «جلسه تشکیل داده», «سکه کاهش»: a compound verb's noun, a change, a place, a rank
        if not taken and w in ("یک", "يك"):
            j += step  # «یک نمایشگر»: the article, not the measure
            continue
        taken.append(j)
        if len(taken) >= 2 and tokens[taken[-2]].text in DEMONSTRATIVES:
            break  # «این استان» closes the phrase: what follows is the predicate
        j += step
    if not taken:
        return None
    return (min(taken), max(taken))


def measure_span(n: NumberMention, tokens: list[Token], first: int, last: int,
                 place_tokens: frozenset[int] = frozenset()) -> tuple[int, int] | None:
    """Token range of what ``n`` (tokens ``first``..``last``) measures, or None."""
    after = last + 1
    if n.kind == "percent":
        if tokens[last].text.replace("\u200c", "").endswith("درصدی") and first > 0:
            j = first - 1  # «پیشرفت ۹۵ درصدی», «رشد ۷/۳ درصدی»: the change or state is named before
            if bare(tokens[j].text) == "از":
                j -= 1
            left = phrase(tokens, j, -1, 1) if j >= 0 else None
            if left:
                return left
        if after < len(tokens) and tokens[after].text == "از":
            after += 1
        return phrase(tokens, after, 1, 4)  # «۴۱ درصد اقتصاد قم»: the place belongs to what is shared
    if n.kind == "ordinal":
        if first > 0 and tokens[first - 1].text in RANK_WORDS:
            rank = first - 1
            for j in range(after, min(after + 4, len(tokens) - 1)):
                if tokens[j].text in RANK_IN:
                    tail = phrase(tokens, j + 1, 1, 3)
                    if tail:
                        return (rank, tail[1])
            return (rank, rank)
        return None
    unit = (n.unit or "").replace("\u200c", "")
    if n.kind == "money" and first > 0 and bare(tokens[first - 1].text) not in MEASURE_STOP:
        left = phrase(tokens, first - 1, -1, 2)  # «با هزینه ۱.۲ میلیارد ریال», «قیمت طلا ۸۹ دلار»
        if left:
            return left
    if n.kind == "quantity" and unit.split(" ")[0] in MEASURING_UNITS | {"مکعب", "مربع"}:
        j = first - 1
        if j >= 0 and bare(tokens[j].text) in {"آن", "این"}:
            j -= 1  # «ضخامت آن ۲۰ میلی‌متر»
        left = phrase(tokens, j, -1, 2) if j >= 0 else None
        if left:
            return left
    if n.kind == "quantity" and unit in PEOPLE_UNITS or n.kind == "money":
        j = first - 1
        while j >= 0 and (bare(tokens[j].text) in QUALIFIER_WORDS):
            if tokens[j].text in LINKS and j - 1 >= 0 and bare(tokens[j - 1].text) not in MEASURE_STOP:
                break
            j -= 1
        if j >= 0 and tokens[j].text in LINKS:
            left = phrase(tokens, j - 1, -1, 2)
            if left:
                return left
        if n.kind == "money":
            right = phrase(tokens, after, 1, 2, place_tokens)
            if right:
                return right
            return phrase(tokens, first - 1, -1, 2)
        # «هفت نفر عضو اصلی»: who the people are follows the count
        return phrase(tokens, after, 1, 2, place_tokens)
    if n.kind == "quantity":
        # the unit is the last token of the mention; adjectives after it belong to the measure
        tail = phrase(tokens, after, 1, 2, place_tokens)
        return (last, tail[1]) if tail else (last, last)
    return None


def standing(tokens: list[Token], last: int) -> bool:
    """«ماینس با ۳۱ امتیاز ششم است», «در رده هفدهم قرار دارد»: an ordinal that is a standing."""
    nxt = tokens[last + 1].text if last + 1 < len(tokens) else ""
    return nxt in STANDING_VERBS


def direction(tokens: list[Token], first: int, last: int) -> str | None:
    for j in range(max(0, first - 3), min(len(tokens), last + 4)):
        w = bare(tokens[j].text)
        if w in UP_WORDS:
            return "up"
        if w in DOWN_WORDS:
            return "down"
    return None

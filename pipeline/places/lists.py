"""Enumerated lists: «هفت شهرک صنعتی شکوهیه، الغدیر، …», «استان‌های تهران، اصفهان و فارس».

A list starts at a head: an optional stated count (a number word or digits) and a category noun,
plural («استان‌های», «کشورهای», «شهرک‌های صنعتی») or counted singular («هفت شهرک صنعتی», «سه
استان»). Items follow, separated by «،»; the last one is joined by «و».

- Place categories (province, county, city, country) take items from the gazetteer, so a list
  stops at the first word that is not such a place («کشورهای ایران، عراق و ترکیه در …»).
- Named categories (industrial towns and areas, special zones, villages) take free names: every
  item between two commas is one item, «و» inside it included («چوب و مبلمان ثامن»); the last
  stretch is split on «و» into short names and ends at the first word that cannot be part of a
  name («… سیرو و طغرود و همچنین …»). A list also ends where the next list head starts («… و چهار
  ناحیه صنعتی …»). When the stated count says the last «و» joins one name, it is not split
  («فناوری اطلاعات و ارتباطات (I.C.T)» is the seventh of seven).
- A parenthesised remark after an item is its ``note``, not part of its name: «شهاب (چاپ و نشر)»
  is item «شهاب», note «چاپ و نشر»; «فناوری اطلاعات و ارتباطات (I.C.T)» is item «فناوری اطلاعات و
  ارتباطات», note «I.C.T». The item's span covers the name and its note.
"""
from __future__ import annotations

import regex

from ..document import Enumeration, ListItem, Token
from ..persian.chars import WORD_RE, ascii_digits, fold_letters, lookup_key
from ..persian.stopwords import LIST_NAME_STOP
from . import gazetteer as gz
from .industrial import INDUSTRIAL_LIST_CATEGORIES, NAMED_TYPES

NUMBER_WORDS = {
    "دو": 2, "سه": 3, "چهار": 4, "پنج": 5, "شش": 6, "شیش": 6, "هفت": 7, "هشت": 8, "نه": 9, "ده": 10,
    "یازده": 11, "دوازده": 12, "سیزده": 13, "چهارده": 14, "پانزده": 15, "پونزده": 15, "شانزده": 16,
    "هفده": 17, "هجده": 18, "هیجده": 18, "نوزده": 19, "بیست": 20, "سی": 30,
}

# category key (folded, no spaces/ZWNJ) -> (label, item type, plural?)
_CATEGORIES: dict[str, tuple[str, str, bool]] = {}


def _cat(label: str, item_type: str, singulars: list[str], plurals: list[str]) -> None:
    for s in singulars:
        _CATEGORIES[lookup_key(s)] = (label, item_type, False)
    for p in plurals:
        _CATEGORIES[lookup_key(p)] = (label, item_type, True)


for _category in INDUSTRIAL_LIST_CATEGORIES:  # industrial towns and areas, zones: see industrial.py
    _cat(*_category)
_cat("استان", "province", ["استان"], ["استان‌های", "استانهای", "استان ها"])
_cat("شهرستان", "county", ["شهرستان"], ["شهرستان‌های", "شهرستانهای"])
_cat("شهر", "city", ["شهر"], ["شهرهای", "شهر‌های", "کلانشهرهای", "کلان‌شهرهای"])
_cat("کشور", "country", ["کشور"], ["کشورهای"])
_cat("روستا", "village", ["روستا", "روستای"], ["روستاهای"])
_CAT_PREFIXES = {k[:n] for k in _CATEGORIES for n in range(1, len(k) + 1)}
_CAT_FIRSTS = frozenset(_CAT_PREFIXES)
_ITEM_TYPES = {label: kind for label, kind, _ in _CATEGORIES.values()}
_CAT_MAX_TOKENS = 4
PLACE_TYPES = {"province": ("province",), "county": ("county",), "city": ("city", "port", "county"),
               "country": ("country",)}
_NAMED = {*NAMED_TYPES, "village"}

_LIST_END = {".", "!", "?", "؟", "؛", ":", "\n"}
_NAME_STOP = frozenset(fold_letters(w) for w in LIST_NAME_STOP)
_NAME_MAX_WORDS = 5


def _count(tok: Token) -> int | None:
    t = ascii_digits(tok.text)
    if t.isdecimal():
        return int(t)
    return NUMBER_WORDS.get(fold_letters(tok.text))


def _category_at(tokens: list[Token], i: int) -> tuple[int, tuple[str, str, bool]] | None:
    """Longest category noun starting at token i: (end token index, category)."""
    k = ""
    best = None
    for n in range(min(_CAT_MAX_TOKENS, len(tokens) - i)):
        tok = tokens[i + n]
        k += lookup_key(tok.text)
        if k not in _CAT_PREFIXES or not WORD_RE.fullmatch(tok.text):
            break
        if k in _CATEGORIES:
            best = (i + n + 1, _CATEGORIES[k])
    return best


def _heads(tokens: list[Token], keys: list[str] | None = None) -> list[tuple[int, int, int | None, tuple[str, str, bool]]]:
    """(start token, end token, stated count, category) of every list head: a plural category, or
    a category right after a stated count of two or more. ``keys`` are the tokens' ``lookup_key``s."""
    if keys is None:
        keys = [lookup_key(t.text) for t in tokens]
    out = []
    last_end = 0
    # only tokens that can start a category noun are looked at
    for j in [j for j, k in enumerate(keys) if k in _CAT_FIRSTS]:
        if j < last_end:
            continue
        cat = _category_at(tokens, j)
        if cat is None:
            continue
        end, c = cat
        count = _count(tokens[j - 1]) if j > last_end else None
        if count is not None:
            if count >= 2 or c[2]:
                out.append((j - 1, end, count if count >= 2 else None, c))
                last_end = end
        elif c[2]:
            out.append((j, end, None, c))
            last_end = end
    return out


def item_type(category: str) -> str:
    """What the items of a list of ``category`` are: province, county, city, country, village,
    industrial_town, industrial_area or special_zone."""
    return _ITEM_TYPES[category]


def find(text: str, tokens: list[Token], keys: list[str] | None = None) -> list[Enumeration]:
    """Enumerations in ``text`` (offsets into it); ``tokens`` are its tokens (``keys`` their
    ``lookup_key``s, when the caller has them)."""
    heads = _heads(tokens, keys)
    out: list[Enumeration] = []
    for h, (start, end, count, (label, item_type, _plural)) in enumerate(heads):
        limit = heads[h + 1][0] if h + 1 < len(heads) else len(tokens)
        for j in range(end, limit):
            if tokens[j].text in _LIST_END or "\n" in text[tokens[j - 1].end:tokens[j].start]:
                limit = j
                break
        if item_type in _NAMED:
            items = _named_items(text, tokens, end, limit, count)
        else:
            items = _place_items(text, tokens, end, limit, PLACE_TYPES[item_type])
        if len(items) < 2:
            continue
        if item_type in _NAMED and count is None:
            # «روستاهای زیبا و برخورداری», «روستاهای سیستان و بلوچستان»: adjectives or the
            # region they lie in, not a list; an uncounted list of names needs a comma
            if "،" not in text[items[0].start:items[-1].end] and "," not in text[items[0].start:items[-1].end]:
                continue
            if items[0].item.startswith("و "):  # «مناطق آزاد و ویژه اقتصادی، …»: one phrase, not a list
                continue
            first = gz.lookup(items[0].item)
            if first and first[0].place_type in ("country", "province", "county", "region"):
                continue
        s, e = tokens[start].start, items[-1].end
        out.append(Enumeration(s, e, text[s:e], label, count, items, item_type))
    return out


def _split_note(text: str, s: int, e: int) -> tuple[str, str | None, int]:
    """(name, note, name end) of text[s:e]: a trailing «(…)» is the note."""
    piece = text[s:e]
    m = regex.search(r"\s*\(([^()]*)\)\s*$", piece)
    if m:
        return " ".join(piece[:m.start()].split()), m.group(1).strip() or None, s + len(piece[:m.start()].rstrip())
    return " ".join(piece.split()), None, e


def _item(text: str, s: int, e: int) -> ListItem:
    name, note, _ = _split_note(text, s, e)
    return ListItem(s, e, text[s:e], fold_letters(name), note)


def _split_top_level(tokens: list[Token], start: int, limit: int, is_separator) -> list[tuple[int, int]]:
    """Token ranges of tokens[start:limit] between separators outside parentheses."""
    out = []
    depth = 0
    seg = start
    for j in range(start, limit):
        t = tokens[j].text
        if t == "(":
            depth += 1
        elif t == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and is_separator(t):
            out.append((seg, j))
            seg = j + 1
    out.append((seg, limit))
    return out


def _segments(tokens: list[Token], start: int, limit: int) -> list[tuple[int, int]]:
    """Token ranges between top-level commas (commas inside parentheses do not split)."""
    return _split_top_level(tokens, start, limit, lambda t: t in ("،", ","))


def _name_like(tokens: list[Token], a: int, b: int, allow_and: bool) -> bool:
    words = 0
    depth = 0
    for t in tokens[a:b]:
        if t.text == "(":
            depth += 1
            continue
        if t.text == ")":
            depth = max(0, depth - 1)
            continue
        if depth:
            continue
        if not WORD_RE.fullmatch(t.text):
            return False
        w = fold_letters(t.text)
        if w == "و" and allow_and:
            continue
        if w in _NAME_STOP or _count(t) is not None:
            return False
        words += 1
    return 0 < words <= _NAME_MAX_WORDS


def _and_parts(tokens: list[Token], a: int, b: int) -> list[tuple[int, int]]:
    """Split tokens[a:b] at top-level «و»."""
    return _split_top_level(tokens, a, b, lambda t: fold_letters(t) == "و")


def _leading_name(tokens: list[Token], a: int, b: int) -> int:
    """End (token index) of the name that starts part tokens[a:b]; a when there is none."""
    j = a
    depth = 0
    while j < b:
        t = tokens[j].text
        if t == "(":
            depth += 1
        elif t == ")":
            if depth == 0:
                break
            depth -= 1
        elif not depth:
            if not WORD_RE.fullmatch(t) or fold_letters(t) in _NAME_STOP or _count(tokens[j]) is not None:
                break
            if j - a >= _NAME_MAX_WORDS:
                break
        j += 1
    return j


def _named_items(text: str, tokens: list[Token], start: int, limit: int, count: int | None) -> list[ListItem]:
    # a trailing «و» before the next list head belongs to neither list
    while limit > start and fold_letters(tokens[limit - 1].text) == "و":
        limit -= 1
    ranges: list[tuple[int, int]] = []
    segs = _segments(tokens, start, limit)
    for n, (a, b) in enumerate(segs):
        last = n == len(segs) - 1
        if not last and _name_like(tokens, a, b, allow_and=True):
            ranges.append((a, b))
            continue
        parts = []
        for pa, pb in _and_parts(tokens, a, b):
            pe = _leading_name(tokens, pa, pb)
            if pe == pa:
                break
            parts.append((pa, pe))
            if pe < pb:  # the name ended before its part did: the list ends here
                break
        if count is not None and len(ranges) + len(parts) > count and len(parts) > 1:
            keep = count - len(ranges)
            if keep >= 1:
                parts = parts[:keep - 1] + [(parts[keep - 1][0], parts[-1][1])]
        ranges.extend(parts)
        break
    return [_item(text, tokens[a].start, tokens[b - 1].end) for a, b in ranges if b > a]


def _place_at(tokens: list[Token], i: int, limit: int, types: tuple[str, ...]) -> tuple[int, gz.Place] | None:
    index = gz.index()
    k = ""
    best = None
    for n in range(min(6, limit - i)):
        tok = tokens[i + n]
        if not WORD_RE.fullmatch(tok.text):
            break
        k += lookup_key(tok.text)
        if gz.max_parts().get(k, 1) < n + 1:
            continue
        for p in index.get(k, ()):
            if p.place_type in types:
                best = (i + n + 1, p)
                break
    return best


def _place_items(text: str, tokens: list[Token], start: int, limit: int, types: tuple[str, ...]) -> list[ListItem]:
    items: list[ListItem] = []
    j = start
    while j < limit:
        hit = _place_at(tokens, j, limit, types)
        if not hit:
            break
        end, place = hit
        s, e = tokens[j].start, tokens[end - 1].end
        note = None
        if end + 2 < limit and tokens[end].text == "(":
            close = next((x for x in range(end + 1, min(limit, end + 8)) if tokens[x].text == ")"), None)
            if close is not None:
                note = text[tokens[end].end:tokens[close].start].strip() or None
                e = tokens[close].end
                end = close + 1
        items.append(ListItem(s, e, text[s:e], place.name, note))
        if end < limit and tokens[end].text in ("،", ","):
            j = end + 1
            continue
        if end < limit and fold_letters(tokens[end].text) == "و":  # «A، B و C»: C is the last item
            hit = _place_at(tokens, end + 1, limit, types)
            if hit:
                e2, p2 = hit
                s2, ee = tokens[end + 1].start, tokens[e2 - 1].end
                items.append(ListItem(s2, ee, text[s2:ee], p2.name, None))
        break
    return items

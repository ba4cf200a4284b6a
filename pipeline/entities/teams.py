"""National teams: «تیم جوانان», «تیم ملی فوتبال امید ایران» (CONVENTIONS: «تیم ملی X» is one
ORG; the bare youth team, and the bare «تیم ملی» in a story about Iran, is Iran's)."""
from __future__ import annotations

from ..persian.sports import TEAM_WORDS
from ..places.gazetteer import is_country
from .features import lexicon_key
from .rules import Cand, Sentences


#: the words that make «تیم» a national age or gender team («تیم جوانان», «تیم فوتبال امید»)
_TEAM_GROUPS = {lexicon_key(w) for w in "جوانان نوجوانان امید بزرگسالان زنان بانوان دانشجویان نونهالان".split()}
_TEAM_KEYS = {lexicon_key(w) for w in TEAM_WORDS}


def find_national_teams(sx: Sentences) -> list[Cand]:
    """ORG for a national age or gender team, with «تیم» and its country if said: «تیم جوانان»,
    «تیم ملی فوتبال امید ایران» (CONVENTIONS: «تیم ملی X» is one ORG; the bare youth team is Iran's)."""
    out = []
    iran_team = None
    for si, i in sx.occurrences("تیم"):
        keys, texts = sx.keys[si], sx.texts[si]
        j = i + 1
        while j < len(keys) and j - i <= 4 and keys[j] in _TEAM_KEYS:
            j += 1
        if j + 2 < len(keys) and keys[j] == "زیر" and keys[j + 1].isdigit() and keys[j + 2] == "سال":
            j += 3  # «تیم ملی فوتسال زیر ۲۱ سال»: the age group is part of the name
        national = "ملی" in keys[i + 1:j]
        if not national and not any(keys[x] in _TEAM_GROUPS for x in range(i + 1, j)):
            continue
        if j < len(keys) and (is_country(texts[j]) or keys[j] == "کشورمان"):
            j += 1
        elif national and not any(keys[x] in _TEAM_GROUPS for x in range(i + 1, j)):
            # bare «تیم ملی» is Iran's team in a story about it (judges of the last three draws);
            # not «تیم ملی این کشور», nor in a story about foreign teams only
            if j < len(keys) and keys[j] in ("این", "آن", "دو"):
                continue
            if iran_team is None:
                iran_team = _no_foreign_national_team(sx)
            if not iran_team:
                continue
        out.append(sx.cand(si, i, j, "ORG", "rule"))
    return out


def _no_foreign_national_team(sx: Sentences) -> bool:
    """Does the text name no foreign national team? Then bare «تیم ملی» is Iran's, named or not (an
    Iranian outlet's «تیم ملی»; judges of six draws)."""
    for keys, texts in zip(sx.keys, sx.texts):
        for i, k in enumerate(keys):
            if k == "ملی" and i and keys[i - 1] == "تیم" and i + 1 < len(keys) and keys[i + 1] != "ایران" \
                    and is_country(texts[i + 1]):
                return False
    return True

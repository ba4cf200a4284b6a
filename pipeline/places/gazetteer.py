"""The place table (``pipeline/data/gazetteer.tsv``) and the spelling key used to look names up.

The table is built by ``scripts/build_gazetteer.py`` from the 1402 divisions of Iran, OpenStreetMap
county centroids, city coordinates and hand-written world names. Every row is one place; the
``variants`` column lists other spellings news uses. Lookup goes through ``persian.chars.lookup_key``, which folds what
scraped text varies on (Arabic ي/ك, diacritics, ZWNJ, spaces inside a name), so «خرم‌آباد»,
«خرم آباد», «خرمآباد» and «خرم‌آباد» with Arabic letters are one key.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import regex

from ..persian.chars import lookup_key

GAZETTEER_PATH = Path(__file__).resolve().parent.parent / "data" / "gazetteer.tsv"

COLUMNS = ("place_id", "name", "place_type", "province", "county", "country", "lat", "lon", "wikidata",
           "needs_cue", "variants", "population", "province_id", "capital")


# Rank when one spelling names several places: the bigger unit wins (documented rule).
TYPE_RANK = {"country": 0, "province": 1, "region": 2, "county": 3, "city": 4, "district": 5,
             "rural_district": 6, "village": 7, "port": 4, "sea": 8, "other": 8}


@dataclass(frozen=True, slots=True)
class Place:
    place_id: str
    name: str
    place_type: str
    province: str | None
    county: str | None
    country: str | None
    lat: float | None
    lon: float | None
    wikidata: str | None
    needs_cue: int  # 0 a place on its own, 1 needs a weak cue («در X»), 2 a strong one («شهر X»)
    variants: tuple[str, ...]
    population: int | None = None  # a prior between homonyms (when the sources give one)
    province_id: str | None = None  # ``ir:province:NNN`` of the province holding an Iranian place (for maps)


def _opt(value: str) -> str | None:
    return value or None


def _float(value: str) -> float | None:
    return float(value) if value else None


@lru_cache(maxsize=1)
def places() -> tuple[Place, ...]:
    with GAZETTEER_PATH.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        return tuple(
            Place(r["place_id"], r["name"], r["place_type"], _opt(r["province"]), _opt(r["county"]),
                  _opt(r["country"]), _float(r["lat"]), _float(r["lon"]), _opt(r["wikidata"]),
                  int(r["needs_cue"] or 0), tuple(v for v in r["variants"].split("|") if v),
                  int(float(r["population"])) if r.get("population") else None, _opt(r.get("province_id") or ""))
            for r in reader
        )


@lru_cache(maxsize=1)
def index() -> dict[str, tuple[Place, ...]]:
    """key -> the places spelled that way, best first (bigger unit, then table order)."""
    out: dict[str, list[Place]] = {}
    for p in places():
        for spelling in (p.name, *p.variants):
            k = lookup_key(spelling)
            bucket = out.setdefault(k, [])
            if p not in bucket:
                bucket.append(p)
    return {k: tuple(sorted(v, key=lambda p: TYPE_RANK.get(p.place_type, 9))) for k, v in out.items()}


_PARTS = regex.compile(r"[\s\u200c]+")


@lru_cache(maxsize=1)
def max_parts() -> dict[str, int]:
    """key -> the most words (split at spaces and ZWNJ) any spelling with that key has. A name
    matched over n tokens needs a spelling of at least n words, so «به شهر» is not «بهشهر»."""
    out: dict[str, int] = {}
    for p in places():
        for spelling in (p.name, *p.variants):
            k = lookup_key(spelling)
            parts = len(_PARTS.split(spelling.strip()))
            if spelling.startswith("بندر") and len(spelling) > 5 and spelling[4] not in " \u200c":
                parts += 1  # «بندرامام خمینی» is as often written «بندر امام خمینی»
            out[k] = max(out.get(k, 0), parts)
    return out


@lru_cache(maxsize=1)
def key_prefixes() -> frozenset[str]:
    """Every leading part of every key (the empty one too): a scan stops as soon as the key it has
    built is not among them, since no spelling can go on from there."""
    return frozenset(k[:n] for k in index() for n in range(len(k) + 1))


def lookup(name: str) -> tuple[Place, ...]:
    """Places spelled ``name`` (any spelling variant), best first; empty when unknown."""
    return index().get(lookup_key(name), ())


@lru_cache(maxsize=1)
def provinces() -> dict[str, Place]:
    """Canonical province name -> its row."""
    return {p.name: p for p in places() if p.place_type == "province"}


@lru_cache(maxsize=4096)
def is_country(name: str) -> bool:
    """Is ``name`` (any spelling) a country's? For the stages that must not take one for something
    else: a number's unit («۲۰۱۴ میانمار»), a team's generic head («تیم ژاپن»)."""
    return any(p.place_type == "country" for p in lookup(name))


def foreign_city(name: str) -> bool:
    """Is ``name`` a city abroad and no country (a club in sports news may be named after it: «تیم
    روستوف»)?"""
    found = lookup(name)
    return any(p.place_type == "city" and p.country not in (None, "ایران") for p in found) \
        and not any(p.place_type == "country" or p.country == "ایران" for p in found)


def place_adjective(word: str, countries_only: bool = False) -> bool:
    """Is ``word`` a place's adjective («هلندی», «اصفهانی») or its people («ژاپنی‌ها»)? The entity
    rules use it to tell a nationality from a name."""
    for tail in ("یی\u200cها", "ییها", "ی\u200cها", "یها", "ایی", "یی", "ی"):  # «ایتالیایی‌ها», «اسپانیایی», «شیلیایی»
        stem = word[: -len(tail)]
        if word.endswith(tail) and len(stem) >= 2 and (is_country(stem) if countries_only else lookup(stem)):
            return True
    stem = word[:-2] + "ه"  # «فرانسوی»: «فرانسه» drops its «ه» before «وی»
    return word.endswith(("وی", "وي")) and len(stem) >= 3 and (is_country(stem) if countries_only else bool(lookup(stem)))


def arabic_name(word: str) -> bool:
    """Is ``word`` a name written with the Arabic article that neither hazm's vocabulary nor the
    gazetteer knows («الغرافه», «الشحانیه»)? In a match report: a club."""
    from ..zwnj import lexicon

    return word.startswith("ال") and len(word) > 4 and word not in lexicon().tagged and not lookup(word)

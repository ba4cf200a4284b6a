"""Build pipeline/data/place_name_risk.tsv: one-word place names that are also frequent Persian words.

For the places stage's "common word risk": «هند» (also handball's «هند» in sport pages), «چین»
(«دست‌چین»), «مصر» («مُصر», insistent), «جان», «امید», «بهار», «نور». The list is computed, not
typed: every one-word name or variant in pipeline/data/gazetteer.tsv (all but districts and rural
districts, which the stage matches only after their cue word) and pipeline/data/world_places.tsv is looked up in hazm's word list
(hazm/data/words.dat, shipped with the hazm package, MIT: word, corpus count, POS tags).

Columns:
- name: the spelling as written in the place tables
- hazm_count: the word's count in hazm's corpus (after folding ي/ك and ZWNJ, the largest count of
  the spellings that fold together)
- hazm_pos: hazm's POS tags for the word (N noun, AJ adjective, ADV adverb, V verb, CONJ, P, PRO, ...)
- non_noun: 1 when hazm tags the word with anything besides N/AJ/RES, strong evidence of a
  common-word sense («وان» CONJ, «مالی» ADV)
- place_types / place_ids: the places the name may mean (at most 3 ids, biggest unit first)
- needs_cue: the gazetteer's current cue level for the name (smallest over its rows; empty for
  world-only names), so a reader sees where the stage already guards the name

hazm's counts include the place uses themselves («ایران» is frequent because news names Iran), so
a count alone is a candidate, not a verdict: the stage should combine it with the type (a country
needs more evidence to be demoted than a village) and non_noun.

Rows: names with hazm_count >= MIN_COUNT, sorted by count (descending) then name; deterministic.

Usage: python scripts/build_place_name_risk.py [--out pipeline/data/place_name_risk.tsv]
"""
from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from placedata_common import DATA, key, read_gazetteer  # noqa: E402

MIN_COUNT = 150_000  # low enough to keep «مرند» (191K): a name is listed as a candidate, not demoted
NOUNISH = {"N", "AJ", "RES"}  # RES: hazm's tag for foreign/residual words, common for names
TYPE_ORDER = ["country", "continent", "province", "capital", "state", "region", "sea", "lake", "river",
              "mountain", "desert", "island", "county", "city", "port", "other", "district", "rural_district"]
COLUMNS = ("name", "hazm_count", "hazm_pos", "non_noun", "place_types", "place_ids", "needs_cue")


def hazm_words() -> dict[str, tuple[int, set[str]]]:
    import hazm

    path = Path(hazm.__file__).resolve().parent / "data" / "words.dat"
    out: dict[str, tuple[int, set[str]]] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 2 or not parts[1].isdigit():
                continue
            k = key(parts[0])
            count, tags = out.get(k, (0, set()))
            new_tags = {t for t in (parts[2].split(",") if len(parts) > 2 else []) if t and t != "0"}
            out[k] = (max(count, int(parts[1])), tags | new_tags)
    return out


def build() -> list[dict]:
    words = hazm_words()
    places: dict[str, dict] = {}

    def note(name: str, place_type: str, place_id: str, needs_cue: str | None):
        if not name or " " in name.strip() or "\u200c" in name:  # one-word names only
            return
        k = key(name)
        entry = places.setdefault(k, {"name": name, "types": {}, "cue": None})
        entry["types"].setdefault(place_type, []).append(place_id)
        if needs_cue not in (None, ""):
            cue = int(needs_cue)
            entry["cue"] = cue if entry["cue"] is None else min(entry["cue"], cue)

    gazetteer_ids = set()
    for r in read_gazetteer():
        gazetteer_ids.add(r["place_id"])
        if r["place_type"] in ("district", "rural_district"):  # matched only after «بخش»/«دهستان»
            continue
        for n in [r["name"], *r["variants"].split("|")]:
            note(n, r["place_type"], r["place_id"], r["needs_cue"])
    with (DATA / "world_places.tsv").open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if r["place_id"] in gazetteer_ids:  # folded into gazetteer.tsv under this id: noted above
                continue
            for n in [r["name"], *r["variants"].split("|")]:
                note(n, r["place_type"], r["place_id"], None)

    rows = []
    for k, e in places.items():
        count, tags = words.get(k, (0, set()))
        if count < MIN_COUNT:
            continue
        types = sorted(e["types"], key=lambda t: TYPE_ORDER.index(t) if t in TYPE_ORDER else len(TYPE_ORDER))
        ids = [pid for t in types for pid in sorted(set(e["types"][t]))][:3]
        rows.append({
            "name": e["name"], "hazm_count": str(count), "hazm_pos": ",".join(sorted(tags)),
            "non_noun": str(int(bool(tags - NOUNISH))), "place_types": ",".join(types),
            "place_ids": "|".join(ids), "needs_cue": "" if e["cue"] is None else str(e["cue"]),
        })
    rows.sort(key=lambda r: (-int(r["hazm_count"]), r["name"]))
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=DATA / "place_name_risk.tsv")
    args = ap.parse_args(argv)
    rows = build()
    with args.out.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS, delimiter="\t", quoting=csv.QUOTE_NONE, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    print(f"{len(rows)} names -> {args.out} ({args.out.stat().st_size / 1024:.1f} KB); "
          f"{sum(r['non_noun'] == '1' for r in rows)} with a non-noun POS")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

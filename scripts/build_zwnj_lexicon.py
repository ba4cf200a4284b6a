"""Build pipeline/data/zwnj_lexicon.tsv.gz, the word counts the ZWNJ restorer decides with.

    python scripts/build_zwnj_lexicon.py [--data ../shared/data] [--out pipeline/data/zwnj_lexicon.tsv.gz]

Sources (never UPDT: that is the development/benchmark set, and the real test is held-out news):

- Fars News and Varzesh3 articles (../shared/data/text/farsnews-varzesh3, repository Apache-2.0,
  article text from the publishers). Only articles that look ZWNJ-clean are counted: at least 2
  ZWNJs per 100 words and the prefix «می» far more often joined by a ZWNJ than by a space. Old Fars
  articles use Arabic ي/ك: the text goes through our own character normalization first.
  From them: how often each written form occurs (with or without ZWNJ), and, for every form with a
  ZWNJ, how often its parts occur as two space-separated words.
- hazm's word list (hazm/data/words.dat, MIT) as a list of known stems, with its part-of-speech
  tags and frequencies (tagged entries are real words; nouns may take the plural, adjectives
  «تر»), and hazm's verb stems (hazm/data/verbs.dat) expanded into present/past personal forms,
  so «می» + verb can be recognised for verbs the news sample never shows.

Output, one line each, tab-separated: ``form  count  flags [hazm_frequency]`` where count is the
news count and flags holds ``h`` (in hazm's list), ``v`` (a verb form), ``t`` (hazm tags it with a
part of speech: real vocabulary, its frequency in the fourth column), ``n``/``a`` (tagged noun /
adjective); space-separated pairs are written as ``first second  count  p``.
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import Counter
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.normalize import normalize  # noqa: E402

ZWNJ = "\u200c"
WORD = regex.compile(r"[^\P{Arabic}\p{Nd}\p{Mn}\u060c\u061b\u061f\u066a-\u066d\u06d4]+(?:\u200c[^\P{Arabic}\p{Nd}\p{Mn}\u060c\u061b\u061f\u066a-\u066d\u06d4]+)*")
PAIR = regex.compile(rf"({WORD.pattern}) (?=({WORD.pattern}))")
MI_SPACE = regex.compile(r"(?<![^\s])ن?می ")
MI_ZWNJ = regex.compile(r"(?<![^\s])ن?می\u200c")


def articles(folder: Path, exclude: tuple[str, ...] = ()):
    for path in sorted(folder.glob("*.json")):
        if path.name in exclude:
            continue
        for art in json.loads(path.read_text(encoding="utf-8")):
            parts = [art.get("title") or "", art.get("abstract") or ""] + list(art.get("paragraphs") or [])
            yield "\n".join(p for p in parts if isinstance(p, str))


def clean_enough(text: str) -> bool:
    words = text.count(" ") + 1
    if text.count(ZWNJ) < 0.02 * words:
        return False
    return len(MI_SPACE.findall(text)) * 5 <= len(MI_ZWNJ.findall(text))


def hazm_data() -> Path:
    import hazm

    return Path(hazm.__file__).resolve().parent / "data"


def verb_forms(verbs_file: Path) -> set[str]:
    forms: set[str] = set()
    for line in verbs_file.read_text(encoding="utf-8").splitlines():
        if "#" not in line:
            continue
        past, present = line.split("#", 1)
        for stem in filter(None, [past.strip()]):
            forms.update(stem + end for end in ("", "م", "ی", "یم", "ید", "ند", "ه"))
        for stem in filter(None, [present.strip()]):
            # Stems ending in a vowel take a glide ی («نمایم», «گوید»), except many in و («رود», «شود»,
            # «دود»): both are listed.
            glides = ["ی", ""] if stem[-1] == "و" else ["ی"] if stem[-1] in "اآ" else [""]
            for glide in glides:
                forms.update(stem + glide + end for end in ("م", "ی", "یم", "ید", "ند", "د"))
    return {f for f in forms if len(f) >= 2}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--out", type=Path, default=ROOT / "pipeline" / "data" / "zwnj_lexicon.tsv.gz")
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--exclude", nargs="*", default=(), help="article files to leave out (for a held-out test)")
    args = ap.parse_args()

    unigrams: Counter[str] = Counter()
    pairs: Counter[str] = Counter()
    used = total = 0
    for raw in articles(args.data / "text" / "farsnews-varzesh3", tuple(args.exclude)):
        total += 1
        # Characters, junk and stray ZWNJs only: the counts must show the text as written.
        text = normalize(raw, skip={"zwnj", "punctuation"}).text
        if not clean_enough(text):
            continue
        used += 1
        unigrams.update(WORD.findall(text))
        pairs.update(f"{a} {b}" for a, b in PAIR.findall(text))

    data = hazm_data()
    hazm_words: set[str] = set()
    # Words hazm tags with a part of speech and a corpus frequency are real vocabulary; its
    # untagged entries (frequency 0, tag "0") include many forms whose ZWNJ was dropped.
    hazm_tagged: dict[str, list] = {}
    for line in (data / "words.dat").read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        word = normalize(fields[0].strip(), skip={"zwnj"}).text if fields[0].strip() else ""
        if not word:
            continue
        hazm_words.add(word)
        if len(fields) >= 3 and fields[2] not in ("", "0") and fields[1].isdigit():
            entry = hazm_tagged.setdefault(word, [0, set()])
            entry[0] += int(fields[1])
            entry[1].update(fields[2].split(","))
    verbs = verb_forms(data / "verbs.dat")

    # Only pairs whose joined-by-ZWNJ form is a word (in the news or in hazm) matter to the restorer.
    wanted: set[str] = set()
    for form in list(unigrams) + list(hazm_words):
        if ZWNJ in form:
            parts = form.split(ZWNJ)
            for i in range(1, len(parts)):
                wanted.add(ZWNJ.join(parts[:i]) + " " + ZWNJ.join(parts[i:]))

    rows: dict[str, list] = {}
    for form, n in unigrams.items():
        if n >= args.min_count or (ZWNJ in form and n >= 1):
            rows[form] = [n, ""]
    for word in hazm_words:
        rows.setdefault(word, [0, ""])[1] += "h"
    for word, (freq, tags) in hazm_tagged.items():
        # t: tagged by hazm, n: noun, a: adjective; the hazm frequency goes in a fourth column
        flags = "t" + ("n" if "N" in tags else "") + ("a" if "AJ" in tags else "")
        rows[word][1] += flags
        rows[word].append(freq)
    for word in verbs:
        rows.setdefault(word, [0, ""])[1] += "v"
    for pair in wanted:
        n = pairs.get(pair, 0)
        if n:
            rows[pair] = [n, "p"]

    args.out.parent.mkdir(parents=True, exist_ok=True)
    lines = ["\t".join(map(str, [form, *row])) + "\n" for form, row in sorted(rows.items())]
    body = f"# built by scripts/build_zwnj_lexicon.py from {used}/{total} ZWNJ-clean Fars/Varzesh3 articles and hazm words/verbs\n"
    body += "".join(lines)
    # mtime=0: the same inputs give the same bytes.
    with open(args.out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as fh:
        fh.write(body.encode("utf-8"))
    print(f"{args.out}: {len(lines)} rows from {used}/{total} articles, {args.out.stat().st_size / 1e6:.2f} MB")


if __name__ == "__main__":
    main()

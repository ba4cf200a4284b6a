"""ZWNJ restoration and normalization speed on real edited text, beside hazm's Normalizer.

    python benchmarks/bench_zwnj.py [--data GOLD ...] [--lexicon LEX] [--limit N] [--repeat 3] [--json]

Golds (``--data``, each reported on its own; default: the first two):

- UPDT (../shared/data/text/updt, 5,998 sentences of edited Persian, 10,181 ZWNJs): a
  development set, never used to build the lexicon nor to choose rules;
- NSURL-2019 NER training data part 2 (../shared/data/ner/nsurl2019-train/600K: news text that
  keeps its ZWNJs, 16,369 sentences, 40,466 ZWNJs; tokens rejoined with spaces, characters
  normalized): a held-out set from another source, never used to build the lexicon;
- a Fars/Varzesh3 JSON file (its ZWNJ-clean articles), for a held-out test against a lexicon
  built without it:
  ``python scripts/build_zwnj_lexicon.py --exclude fars-news-5.json --out /tmp/lex.tsv.gz`` then
  ``python benchmarks/bench_zwnj.py --data ../shared/data/text/farsnews-varzesh3/fars-news-5.json --lexicon /tmp/lex.tsv.gz``.

Two damaged copies of each gold are made:

- ``deleted``: every ZWNJ removed, so the words join («منطقه‌ای» -> «منطقهای»);
- ``space``:   every ZWNJ replaced by a space («منطقه‌ای» -> «منطقه ای»).

Each copy goes through ``pipeline.normalize`` (all steps) and through hazm's ``Normalizer()``
(default settings), line by line, and the ZWNJs of each output are compared with the gold.

How outputs are compared, fairly for both tools (hazm also rewrites digits, punctuation spacing,
letters): each line is reduced to its skeleton (every character except whitespace and ZWNJ, with
Arabic letter/digit variants folded), and every gap between two consecutive skeleton characters
gets a label: space (any whitespace), ZWNJ, or nothing. The gold and the output skeletons are
aligned with difflib; gaps inside aligned stretches are compared (the share aligned is reported).
A ZWNJ after a letter that never joins the next one (ا د ذ ر ز ژ و) changes nothing on screen, so
there it counts as "nothing" on both sides. Positives are gold ZWNJ gaps; a prediction is a ZWNJ
gap in the output. ``precision inside words`` is the precision over ZWNJs put where the damaged
input had no space (a word split in two); in the ``space`` setting every gold ZWNJ sits on a
space of the input, so any ZWNJ inside a word is wrong there by construction.

UPDT mostly writes the plural «ها» and the comparative «تر» joined («ارزشها», «مهمترین»), and Fars
often «آنها», while issue 2 asks for the ZWNJ («فرصت‌های», «شهرک‌ها») and the restorer writes every
plural «ها» after a joining letter with one; both are standard spellings. Rows marked ``/either``
do not count a ZWNJ there as an error; the plain rows are strict. Other spellings that are a
house style rather than an error («به‌عنوان» / «به عنوان», «رئیس‌جمهور» / «رئیس جمهور»,
«انجام‌شده» / «انجام شده») count as errors in every row: the ``space`` rows are lowered by them
most (NSURL writes them with ZWNJs, and a space is left as it is there).

Speed: ``normalize`` over the whole ``deleted`` text in one call (first pass with empty caches,
then the best of ``--repeat`` passes), beside ``hazm.Normalizer().normalize`` on the same string
in the same process; then once per article over the 4,000 scraped Fars/Varzesh3 articles
(first pass with empty caches, second pass), beside hazm on the same articles.
"""
from __future__ import annotations

import argparse
import json
import time
from difflib import SequenceMatcher
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

from pipeline import zwnj as zwnj_module
from pipeline.normalize import normalize

ZWNJ = "\u200c"
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "text" / "updt" / "updt-plain-nodiacritics.txt"
DEFAULT_NSURL = ROOT.parent / "shared" / "data" / "ner" / "nsurl2019-train" / "600K"
NON_JOINING = zwnj_module.NON_JOINING
_FOLD = str.maketrans(
    {**{"ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه", "ۀ": "ه", "أ": "ا", "إ": "ا", "ؤ": "و"},
     **{chr(0x0660 + i): chr(0x06F0 + i) for i in range(10)},
     **{str(i): chr(0x06F0 + i) for i in range(10)}}
)


def skeleton(line: str) -> tuple[str, list[str]]:
    """Skeleton characters of ``line`` and the label of the gap after each (S space, Z, N)."""
    chars: list[str] = []
    labels: list[str] = []
    pending = "N"
    for ch in line:
        if ch.isspace():
            pending = "S"
        elif ch == ZWNJ:
            if pending != "S":
                pending = "Z"
        else:
            if chars:
                if pending == "Z" and chars[-1] in NON_JOINING:
                    pending = "N"
                labels.append(pending)
            chars.append(ch.translate(_FOLD))
            pending = "N"
    labels.append("N")
    return "".join(chars), labels


class Score:
    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0
        self.inside_tp = self.inside_fp = 0
        self.gaps = self.aligned = 0
        # false positives that are the other standard spelling: a ZWNJ before the plural «ها» or
        # the comparative «تر» where the gold joins the letters («ارزش‌ها» for gold «ارزشها»)
        self.fp_spelling = self.inside_fp_spelling = 0

    def add(self, gold: str, damaged: str, output: str) -> None:
        g_chars, g_labels = skeleton(gold)
        d_chars, d_labels = skeleton(damaged)
        o_chars, o_labels = skeleton(output)
        # gold and damaged have the same skeleton by construction
        assert g_chars == d_chars, (gold, damaged)
        self.gaps += max(len(g_chars) - 1, 0)
        matcher = SequenceMatcher(None, g_chars, o_chars, autojunk=False)
        for a, b, size in matcher.get_matching_blocks():
            for k in range(size - 1):
                gl, ol, dl = g_labels[a + k], o_labels[b + k], d_labels[a + k]
                self.aligned += 1
                if gl == "Z" and ol == "Z":
                    self.tp += 1
                elif ol == "Z":
                    self.fp += 1
                elif gl == "Z":
                    self.fn += 1
                spelling = ol == "Z" and gl == "N" and g_chars[a + k + 1:a + k + 3] in ("ها", "تر")
                self.fp_spelling += spelling
                if ol == "Z" and dl == "N":
                    if gl == "Z":
                        self.inside_tp += 1
                    else:
                        self.inside_fp += 1
                        self.inside_fp_spelling += spelling
        # gold ZWNJs in stretches that did not align are misses
        covered = set()
        for a, b, size in matcher.get_matching_blocks():
            covered.update(range(a, a + size - 1))
        self.fn += sum(1 for i, label in enumerate(g_labels[:-1]) if label == "Z" and i not in covered)

    def as_dict(self, either_spelling: bool = False) -> dict:
        """Scores; with ``either_spelling`` a ZWNJ before plural «ها»/comparative «تر» where the
        gold joins is not an error (both spellings are standard; issue 2 asks for the ZWNJ)."""
        fp = self.fp - (self.fp_spelling if either_spelling else 0)
        inside_fp = self.inside_fp - (self.inside_fp_spelling if either_spelling else 0)
        p = self.tp / (self.tp + fp) if self.tp + fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        inside = self.inside_tp + inside_fp
        return {
            "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
            "precision_inside_words": round(self.inside_tp / inside, 4) if inside else None,
            "tp": self.tp, "fp": fp, "fn": self.fn, "inside_predicted": inside,
            "aligned_gaps": round(self.aligned / self.gaps, 4) if self.gaps else None,
        }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, nargs="+", default=[p for p in (DEFAULT_DATA, DEFAULT_NSURL) if p.exists()] or [DEFAULT_DATA],
                    help="gold files: UPDT text, a Fars/Varzesh3 JSON file, or the NSURL 600K folder "
                         "(default: UPDT and NSURL 600K); speed is measured on the first")
    ap.add_argument("--limit", type=int, default=0, help="first N lines only")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--lexicon", type=Path, help="another lexicon (e.g. one built with --exclude for a held-out test)")
    ap.add_argument("--articles", type=Path, default=ROOT.parent / "shared" / "data" / "text" / "farsnews-varzesh3",
                    help="scraped articles (JSON) for the per-article speed figure; skipped when absent")
    args = ap.parse_args()

    from hazm import Normalizer

    if args.lexicon:
        zwnj_module._RESTORER = zwnj_module.Restorer(zwnj_module.Lexicon(args.lexicon))
    hazm_normalizer = Normalizer()
    tools = {
        "pipeline": lambda s: normalize(s).text,
        "hazm": hazm_normalizer.normalize,
    }
    all_results = []
    for data in args.data:
        lines = _gold_lines(data)
        if args.limit:
            lines = lines[: args.limit]
        gold_zwnj = sum(line.count(ZWNJ) for line in lines)
        results: dict = {"data": str(data), "lines": len(lines), "gold_zwnj": gold_zwnj, "settings": {}}
        for setting, damage in (("deleted", ""), ("space", " ")):
            damaged_lines = [line.replace(ZWNJ, damage) for line in lines]
            results["settings"][setting] = {}
            for name, tool in tools.items():
                score = Score()
                for gold, damaged in zip(lines, damaged_lines):
                    score.add(gold, damaged, tool(damaged))
                results["settings"][setting][name] = score.as_dict()
                results["settings"][setting][name + "/either"] = score.as_dict(either_spelling=True)
        all_results.append(results)
    results = all_results[0]
    lines = _gold_lines(args.data[0])
    if args.limit:
        lines = lines[: args.limit]

    # Speed on the whole damaged text in one call.
    text = "\n".join(line.replace(ZWNJ, "") for line in lines)
    lex = zwnj_module._RESTORER.lex if zwnj_module._RESTORER else None
    zwnj_module._RESTORER = zwnj_module.Restorer(lex)  # empty caches for the first pass
    t0 = time.perf_counter()
    normalize(text)
    first = time.perf_counter() - t0
    ours = min(_timed(lambda: normalize(text)) for _ in range(args.repeat))
    no_zwnj = min(_timed(lambda: normalize(text, skip={"zwnj"})) for _ in range(args.repeat))
    theirs = min(_timed(lambda: hazm_normalizer.normalize(text)) for _ in range(args.repeat))
    n = len(text)
    speed_articles = _article_speed(args.articles, hazm_normalizer) if args.articles.is_dir() else None
    results["speed"] = {
        "chars": n,
        "pipeline_first_pass_chars_per_s": round(n / first),
        "pipeline_chars_per_s": round(n / ours),
        "pipeline_without_zwnj_chars_per_s": round(n / no_zwnj),
        "hazm_chars_per_s": round(n / theirs),
        "pipeline_over_hazm": round(theirs / ours, 2),
        "articles": speed_articles,
    }

    if args.json:
        print(json.dumps({"datasets": all_results, "speed": results["speed"]}, ensure_ascii=False, indent=2))
        return
    print("tool/either: a ZWNJ before plural ها or comparative تر where the gold joins is not an error")
    for res in all_results:
        print(f"\n{res['lines']} lines, {res['gold_zwnj']} gold ZWNJs ({res['data']})")
        print(f"{'setting':8} {'tool':16} {'P':>7} {'R':>7} {'F1':>7} {'P-inside':>9} {'tp':>6} {'fp':>6} {'fn':>6} {'aligned':>8}")
        for setting, by_tool in res["settings"].items():
            for name, s in by_tool.items():
                pin = "-" if s["precision_inside_words"] is None else f"{s['precision_inside_words']:.4f}"
                print(f"{setting:8} {name:16} {s['precision']:7.4f} {s['recall']:7.4f} {s['f1']:7.4f} {pin:>9} "
                      f"{s['tp']:6} {s['fp']:6} {s['fn']:6} {s['aligned_gaps']:8.4f}")
    print()
    sp = results["speed"]
    print(f"speed on {sp['chars']:,} chars: pipeline {sp['pipeline_chars_per_s']:,} chars/s "
          f"(first pass {sp['pipeline_first_pass_chars_per_s']:,}; without zwnj step "
          f"{sp['pipeline_without_zwnj_chars_per_s']:,}), hazm Normalizer {sp['hazm_chars_per_s']:,} chars/s, "
          f"ratio {sp['pipeline_over_hazm']}x")
    if sp["articles"]:
        a = sp["articles"]
        print(f"speed per article on {a['articles']:,} Fars/Varzesh3 articles ({a['chars']:,} chars): pipeline "
              f"{a['pipeline_chars_per_s']:,} chars/s (first pass {a['pipeline_first_pass_chars_per_s']:,}), "
              f"hazm Normalizer {a['hazm_chars_per_s']:,} chars/s, ratio {a['pipeline_over_hazm']}x")


def _gold_lines(path: Path) -> list[str]:
    if path.is_dir():
        return _nsurl_lines(path)
    if path.suffix == ".json":
        return _clean_article_lines(path)
    return [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]


def _nsurl_lines(folder: Path, files: int = 0) -> list[str]:
    """Sentences of the NSURL-2019 NER training data, part 2 (600K: news text that keeps its
    ZWNJs, one token per line, blank line between sentences), tokens rejoined with spaces and
    normalized except for ZWNJ restoration (it uses Arabic ي/ك). Never used to build the lexicon."""
    lines = []
    for path in sorted(folder.glob("NER-*"))[: files or None]:
        tokens: list[str] = []
        sentences = []
        for row in path.read_text(encoding="utf-8").splitlines():
            token = row.split("\t", 1)[0].strip()
            if token:
                tokens.append(token)
            elif tokens:
                sentences.append(" ".join(tokens))
                tokens = []
        if tokens:
            sentences.append(" ".join(tokens))
        text = normalize("\n".join(sentences), skip={"zwnj"}).text
        lines += [ln for ln in text.splitlines() if ln.strip()]
    return lines


def _clean_article_lines(path: Path) -> list[str]:
    """Paragraphs of the ZWNJ-clean articles of a Fars/Varzesh3 JSON file (the same test as the
    lexicon builder's), normalized except for ZWNJ restoration: a gold of real news."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("build_zwnj_lexicon", ROOT / "scripts" / "build_zwnj_lexicon.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    lines = []
    for art in json.loads(path.read_text(encoding="utf-8")):
        parts = [art.get("title") or "", art.get("abstract") or ""] + list(art.get("paragraphs") or [])
        text = normalize("\n".join(p for p in parts if isinstance(p, str)), skip={"zwnj"}).text
        if build.clean_enough(text):
            lines += [ln for ln in text.splitlines() if ln.strip()]
    return lines


def _article_speed(folder: Path, hazm_normalizer) -> dict:
    """normalize() called once per scraped article, as the pipeline does, beside hazm."""
    texts = []
    for path in sorted(folder.glob("*.json")):
        for art in json.loads(path.read_text(encoding="utf-8")):
            parts = [art.get("title") or "", art.get("abstract") or ""] + list(art.get("paragraphs") or [])
            texts.append("\n".join(p for p in parts if isinstance(p, str)))
    n = sum(map(len, texts))
    zwnj_module._RESTORER = zwnj_module.Restorer(zwnj_module._RESTORER.lex if zwnj_module._RESTORER else None)
    first = _timed(lambda: [normalize(t) for t in texts])
    ours = _timed(lambda: [normalize(t) for t in texts])
    theirs = _timed(lambda: [hazm_normalizer.normalize(t) for t in texts])
    return {
        "articles": len(texts), "chars": n,
        "pipeline_first_pass_chars_per_s": round(n / first), "pipeline_chars_per_s": round(n / ours),
        "hazm_chars_per_s": round(n / theirs), "pipeline_over_hazm": round(theirs / ours, 2),
    }


def _timed(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


if __name__ == "__main__":
    main()

"""Train the CRF entity tagger (python-crfsuite) on the NSURL-2019 Persian NER training data, plus
ArmanPersoNER fold-1 (its first 80%) and the real-news gold's judged dev articles, mapped to the
NSURL labels (EVENT added).

    nice python scripts/train_ner.py                     # the shipped model -> pipeline/data/ner_crf.model
    nice python scripts/train_ner.py --heldout 0.1       # train on 90% of NSURL documents, score the rest
    nice python scripts/train_ner.py --extra none --realnews 0 --no-events   # NSURL only (the model before issue 12)

Data: ../shared/data/ner/nsurl2019-train/{300K,600K}/ (one file per news document, ``token<TAB>tag``,
blank line between sentences). The held-out split is by document, seeded, so it is reproducible;
its file list is written next to the model (``.heldout.txt``) for ``python -m pipeline eval ner``.

The other corpora (``--extra arman``; ``parsner`` was tried and is not used), mapped to NSURL's labels:
- ARMAN ``train_fold1.txt``: pers -> PER, org -> ORG, loc -> LOC, fac -> as NSURL labels phrases
  with the same first word: ORG where most NSURL phrases opening with it are ORG («دانشگاه»), else
  LOC (NSURL tags airports, stadiums, mosques, streets and squares LOC: «فرودگاه», «ورزشگاه»,
  «مسجد» open B-LOC phrases in its gold); event -> EVENT (``--no-events``: O), pro -> O. A one-word
  org that is a country («ایران», «آمریکا»: ARMAN tags countries acting as agents ORG) -> LOC, as
  NSURL does. Only the first 80% of its sentences are trained on; the last 20% (sentences 4097-5121)
  are the ARMAN held-out set (``--arman-heldout``), scored PER/LOC/ORG only. No other ARMAN fold is
  used anywhere, so nothing of it leaks (ARMAN's folds overlap each other).
- ParsNER ``train_news.pos`` and ``train_wiki.pos``: PERS -> PER, LOC, ORG, MISC -> O.
- the real-news gold (``--realnews N``, default 2: its dev articles N times over; ``--realnews-split``
  names dev draws, and an unseen split is refused): the pipeline's sentences of each article tagged
  with what its judges found right (``realnews``); EVENT kept (NSURL has no EVENT, so its O stands).
Neither corpus tags dates, times, money or percentages, so their O there would teach the model to
miss them: those four types are filled in from an NSURL-trained model (``--silver``, by default the
NSURL-only model kept at ``/tmp/ner_base.model``), only where the corpus's own tags are all O.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pycrfsuite  # noqa: E402

from pipeline.entities import Tagger, chunks, evaluate, format_scores, read_conll, score, write_attributes  # noqa: E402
from pipeline.entities.features import Featurizer  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "ner" / "nsurl2019-train"
NER_DATA = ROOT.parent / "shared" / "data" / "ner"
DEFAULT_MODEL = ROOT / "pipeline" / "data" / "ner_crf.model"
ARMAN_TRAIN_FRACTION = 0.8
SILVER_TYPES = ("DAT", "TIM", "MON", "PCT")
ARMAN_MAP = {"pers": "PER", "org": "ORG", "loc": "LOC", "fac": "LOC", "event": "", "pro": ""}  # fac: see _facilities
PARSNER_MAP = {"PERS": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": ""}

Sentence = list[tuple[str, str]]


def documents(data: Path) -> list[Path]:
    return sorted(p for p in data.glob("*/*") if p.is_file())


def split(paths: list[Path], fraction: float, seed: int) -> tuple[list[Path], list[Path]]:
    shuffled = list(paths)
    random.Random(seed).shuffle(shuffled)
    n = int(round(len(shuffled) * fraction))
    return sorted(shuffled[n:]), sorted(shuffled[:n])


def _mapped(sent: Sentence, mapping: dict[str, str]) -> Sentence:
    out = []
    for tok, tag in sent:
        prefix, _, kind = tag.partition("-")
        new = mapping.get(kind, "") if prefix in ("B", "I") else ""
        out.append((tok, f"{prefix}-{new}" if new else "O"))
    return out


def _countries_as_loc(sent: Sentence, lexicon: dict[str, str]) -> Sentence:
    """ARMAN tags a country acting as an agent ORG; NSURL tags it LOC."""
    from pipeline.entities.features import lexicon_key

    tags = [t for _, t in sent]
    for s, e, kind in chunks(tags):
        if kind == "ORG" and e - s == 1 and "loc" in lexicon.get(lexicon_key(sent[s][0]), "").split(","):
            tags[s] = "B-LOC"
    return [(tok, tag) for (tok, _), tag in zip(sent, tags)]


def nsurl_heads() -> dict[str, str]:
    """First word of a phrase -> ORG or LOC, whichever NSURL's gold uses more for phrases opening
    with it (only words that open 3 or more ORG/LOC phrases)."""
    from collections import Counter

    from pipeline.entities.features import lexicon_key

    counts: dict[str, Counter] = {}
    for path in documents(DEFAULT_DATA):
        for sent in read_conll(path):
            tags = [t for _, t in sent]
            for s, _, kind in chunks(tags):
                if kind in ("ORG", "LOC"):
                    counts.setdefault(lexicon_key(sent[s][0]), Counter())[kind] += 1
    return {k: c.most_common(1)[0][0] for k, c in counts.items() if sum(c.values()) >= 3}


def _facilities(raw: Sentence, mapped: Sentence, heads: dict[str, str]) -> Sentence:
    """ARMAN's fac phrases labelled as NSURL labels phrases with the same first word."""
    from pipeline.entities.features import lexicon_key

    out = list(mapped)
    for s, e, kind in chunks([t for _, t in raw]):
        if kind == "fac":
            label = "ORG" if heads.get(lexicon_key(raw[s][0])) == "ORG" else "LOC"
            out[s:e] = [(raw[s][0], "B-" + label)] + [(raw[j][0], "I-" + label) for j in range(s + 1, e)]
    return out


_HEADS: dict[str, str] | None = None


def arman(part: str) -> list[Sentence]:
    """ARMAN fold-1 training file, mapped; ``part``: "train" (first 80%) or "heldout" (the rest)."""
    global _HEADS
    if _HEADS is None:
        _HEADS = nsurl_heads()
    sents = read_conll(NER_DATA / "arman" / "train_fold1.txt")
    cut = int(len(sents) * ARMAN_TRAIN_FRACTION)
    lexicon = Featurizer().lexicon
    return [_countries_as_loc(_facilities(s, _mapped(s, ARMAN_MAP), _HEADS), lexicon)
            for s in (sents[:cut] if part == "train" else sents[cut:])]


def parsner() -> list[Sentence]:
    out = []
    for name in ("train_news.pos", "train_wiki.pos"):
        out += [_mapped(s, PARSNER_MAP) for s in read_conll(NER_DATA / "parsner" / name)]
    return out


def silver_fill(sents: list[Sentence], model: Path) -> list[Sentence]:
    """Dates, times, money and percentages from an NSURL-trained model where a corpus that does
    not tag those types has only O."""
    tagger = Tagger(model)
    out = []
    for sent in sents:
        tags = [t for _, t in sent]
        pred = tagger.tag([t for t, _ in sent])
        for s, e, kind in chunks(pred):
            if kind in SILVER_TYPES and all(t == "O" for t in tags[s:e]):
                tags[s:e] = ["B-" + kind] + ["I-" + kind] * (e - s - 1)
        out.append([(tok, tag) for (tok, _), tag in zip(sent, tags)])
    return out


#: real-news gold labels -> the model's: a facility is LOC or ORG as NSURL labels phrases with its
#: first word (as ARMAN's fac); an EVENT is no label of the model (the rules find events), so O
REALNEWS_MAP = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "DATE": "DAT", "TIME": "TIM", "MONEY": "MON",
                "PERCENT": "PCT", "EVENT": ""}


def _split_names(split: str) -> list[str]:
    """«dev», «dev3», «dev1..dev12» or a comma list of those: the real-news splits named."""
    names = []
    for part in split.split(","):
        lo, dots, hi = part.partition("..")
        if dots:
            prefix = lo.rstrip("0123456789")
            names += [f"{prefix}{i}" for i in range(int(lo[len(prefix):]), int(hi[len(prefix):]) + 1)]
        else:
            names.append(part)
    return names


def realnews(split: str = "dev") -> list[Sentence]:
    """The real-news gold's ``split`` articles as tagged sentences: the pipeline's sentences and
    tokens of each article, tagged with the entities its judges found right (records judged ok,
    partial records as fixed, and the items they listed as missed); every other token O. Only dev
    articles: the unseen ones stay unseen."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import bench_realnews as br
    from pipeline.entities.features import lexicon_key
    import pipeline

    global _HEADS
    if _HEADS is None:
        _HEADS = nsurl_heads()
    out: list[Sentence] = []
    rows = [r for name in _split_names(split) for r in br.articles(name)]
    for row in rows:
        text = br.load_text(row)
        gold, _ = br.gold_of(row["id"], text)
        doc = pipeline.process(text, skip={"places", "entities", "quotes", "facts", "dates", "numbers"})
        spans = []
        for g in gold.get("entities", []):
            label = (g["fields"] or {}).get("label")
            if not g["real"] or label not in REALNEWS_MAP and label != "FAC":
                continue
            s, e = doc.to_normalized(g["start"], g["end"])
            spans.append((s, e, label))
        for sent in doc.sentences:
            toks = sent.tokens
            tags = ["O"] * len(toks)
            for s, e, label in spans:
                inside = [i for i, t in enumerate(toks) if t.start >= s and t.end <= e]
                if not inside:
                    continue
                if label == "FAC":
                    label = "ORG" if _HEADS.get(lexicon_key(toks[inside[0]].text)) == "ORG" else "LOC"
                else:
                    label = REALNEWS_MAP[label]
                if label and all(tags[i] == "O" for i in inside):
                    tags[inside[0]] = "B-" + label
                    for i in inside[1:]:
                        tags[i] = "I-" + label
            if toks:
                out.append([(t.text, tag) for t, tag in zip(toks, tags)])
    return out


def extra_sentences(names: list[str], silver: Path) -> list[Sentence]:
    sents: list[Sentence] = []
    if "arman" in names:
        sents += arman("train")
    if "parsner" in names:
        sents += parsner()
    if sents:
        t0 = time.time()
        sents = silver_fill(sents, silver)
        print(f"{len(sents)} extra sentences ({', '.join(names)}), silver DAT/TIM/MON/PCT: {time.time() - t0:.0f}s", flush=True)
    return sents


def train(paths: list[Path], model: Path, c1: float, c2: float, iterations: int, minfreq: int,
          extra: list[Sentence] = ()) -> None:
    feats = Featurizer()
    trainer = pycrfsuite.Trainer(verbose=False)
    n_tokens = 0
    t0 = time.time()
    sents = [s for path in paths for s in read_conll(path)] + list(extra)
    for sent in sents:
        tokens = [t for t, _ in sent]
        tags = [tag for _, tag in sent]
        trainer.append(feats.sentence(tokens), tags)
        n_tokens += len(tokens)
    print(f"features for {n_tokens} tokens ({len(paths)} NSURL documents, {len(extra)} extra sentences): "
          f"{time.time() - t0:.0f}s", flush=True)
    trainer.set_params({
        "c1": c1,
        "c2": c2,
        "max_iterations": iterations,
        "feature.minfreq": minfreq,
        "feature.possible_transitions": True,
    })
    t0 = time.time()
    model.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(model))
    write_attributes(model)
    last = trainer.logparser.last_iteration or {}
    print(f"trained in {time.time() - t0:.0f}s, {last.get('num', '?')} iterations, "
          f"{model.stat().st_size / 1e6:.1f} MB -> {model}", flush=True)


def score_arman(model: Path) -> dict:
    """PER/LOC/ORG scores on the ARMAN held-out part (mapped labels), one sentence per document
    (ARMAN has no document boundaries), consistency off."""
    tagger = Tagger(model)
    gold = arman("heldout")
    pred = [tagger.tag([t for t, _ in s]) for s in gold]
    return score([[t for _, t in s] for s in gold], pred, ("PER", "LOC", "ORG"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--model", type=Path, default=DEFAULT_MODEL)
    ap.add_argument("--heldout", type=float, default=0.0, help="fraction of NSURL documents to hold out and score")
    ap.add_argument("--extra", default="arman", help="extra corpora: arman, parsner (tried, not used), or none")
    ap.add_argument("--silver", type=Path, default=Path("/tmp/ner_base.model"),
                    help="NSURL-trained model that fills DAT/TIM/MON/PCT in the extra corpora")
    ap.add_argument("--arman-heldout", action="store_true", help="only score MODEL on the ARMAN held-out part")
    ap.add_argument("--seed", type=int, default=2019)
    ap.add_argument("--c1", type=float, default=0.05)
    ap.add_argument("--c2", type=float, default=0.01)
    ap.add_argument("--iterations", type=int, default=150)
    ap.add_argument("--minfreq", type=int, default=1)
    ap.add_argument("--realnews", type=int, default=2,
                    help="add the real-news gold's dev articles (benchmarks/realnews), this many times over")
    ap.add_argument("--events", action=argparse.BooleanOptionalAction, default=True,
                    help="train EVENT too: ARMAN's events and the real-news gold's (NSURL has none, so its O stands)")
    ap.add_argument("--realnews-split", default="dev",
                    help="which real-news dev draws --realnews adds: dev (all), dev3, dev1..dev12, or a comma list")
    args = ap.parse_args(argv)
    if any(not n.startswith("dev") for n in _split_names(args.realnews_split)):
        ap.error("--realnews-split: only dev draws may be trained on")
    if args.events:
        ARMAN_MAP["event"] = REALNEWS_MAP["EVENT"] = "EVENT"
    if args.arman_heldout:
        print("ARMAN held-out (last 20% of fold-1 train, PER/LOC/ORG):")
        print(format_scores(score_arman(args.model)))
        return 0
    paths = documents(args.data)
    if not paths:
        raise SystemExit(f"no training files under {args.data}")
    names = [n for n in args.extra.split(",") if n and n != "none"]
    extra = extra_sentences(names, args.silver) if names else []
    if args.realnews:
        news = realnews(args.realnews_split)
        print(f"{len(news)} real-news dev sentences, {args.realnews} times over", flush=True)
        extra += news * args.realnews
    train_paths, held = split(paths, args.heldout, args.seed) if args.heldout else (paths, [])
    train(train_paths, args.model, args.c1, args.c2, args.iterations, args.minfreq, extra)
    if held:
        args.model.with_suffix(".heldout.txt").write_text("\n".join(map(str, held)) + "\n", encoding="utf-8")
        for consistency in (False, True):
            scores = evaluate([str(p) for p in held], model=str(args.model), consistency=consistency)
            print(f"held-out ({len(held)} documents), document consistency {'on' if consistency else 'off'}:")
            print(format_scores(scores), flush=True)
    print("ARMAN held-out (last 20% of fold-1 train, PER/LOC/ORG):")
    print(format_scores(score_arman(args.model)), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

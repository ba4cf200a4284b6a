"""Train the CRF entity tagger (python-crfsuite) on the NSURL-2019 Persian NER training data.

    nice python scripts/train_ner.py                     # all documents -> pipeline/data/ner_crf.model
    nice python scripts/train_ner.py --heldout 0.1       # train on 90% of documents, score the rest

Data: ../shared/data/ner/nsurl2019-train/{300K,600K}/ (one file per news document, ``token<TAB>tag``,
blank line between sentences). The held-out split is by document, seeded, so it is reproducible;
its file list is written next to the model (``.heldout.txt``) for ``python -m pipeline eval ner``.
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

from pipeline.entities import evaluate, format_scores, read_conll, write_attributes  # noqa: E402
from pipeline.entities.features import Featurizer  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "ner" / "nsurl2019-train"
DEFAULT_MODEL = ROOT / "pipeline" / "data" / "ner_crf.model"


def documents(data: Path) -> list[Path]:
    return sorted(p for p in data.glob("*/*") if p.is_file())


def split(paths: list[Path], fraction: float, seed: int) -> tuple[list[Path], list[Path]]:
    shuffled = list(paths)
    random.Random(seed).shuffle(shuffled)
    n = int(round(len(shuffled) * fraction))
    return sorted(shuffled[n:]), sorted(shuffled[:n])


def train(paths: list[Path], model: Path, c1: float, c2: float, iterations: int, minfreq: int) -> None:
    feats = Featurizer()
    trainer = pycrfsuite.Trainer(verbose=False)
    n_tokens = 0
    t0 = time.time()
    for path in paths:
        for sent in read_conll(path):
            tokens = [t for t, _ in sent]
            tags = [tag for _, tag in sent]
            trainer.append(feats.sentence(tokens), tags)
            n_tokens += len(tokens)
    print(f"features for {n_tokens} tokens in {len(paths)} documents: {time.time() - t0:.0f}s", flush=True)
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


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--model", type=Path, default=DEFAULT_MODEL)
    ap.add_argument("--heldout", type=float, default=0.0, help="fraction of documents to hold out and score")
    ap.add_argument("--seed", type=int, default=2019)
    ap.add_argument("--c1", type=float, default=0.05)
    ap.add_argument("--c2", type=float, default=0.01)
    ap.add_argument("--iterations", type=int, default=150)
    ap.add_argument("--minfreq", type=int, default=1)
    args = ap.parse_args(argv)
    paths = documents(args.data)
    if not paths:
        raise SystemExit(f"no training files under {args.data}")
    train_paths, held = split(paths, args.heldout, args.seed) if args.heldout else (paths, [])
    train(train_paths, args.model, args.c1, args.c2, args.iterations, args.minfreq)
    if held:
        args.model.with_suffix(".heldout.txt").write_text("\n".join(map(str, held)) + "\n", encoding="utf-8")
        for consistency in (False, True):
            scores = evaluate([str(p) for p in held], model=str(args.model), consistency=consistency)
            print(f"held-out ({len(held)} documents), document consistency {'on' if consistency else 'off'}:")
            print(format_scores(scores), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

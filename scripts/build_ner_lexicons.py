"""Build the NER lexicons in pipeline/data/ner_lexicon.tsv (``word<TAB>category`` lines).

Sources:
- person first names: persian-gender-detection 1.4.0 (MIT) and farsi-faker 1.9.0 (MIT);
  surnames: farsi-faker 1.9.0 (MIT). Both are read straight from their wheels (no install):
      pip download --no-deps farsi-faker==1.9.0 persian-gender-detection==1.4.0 -d /tmp/ner_pkgs
- places: provinces, counties and cities of the 1402 divisions (Statistical Centre of Iran,
  ../shared/data/gazetteer/iran-divisions-1402) plus a short hand-written list of countries and
  world cities that Persian news names most often;
- title/role words, organisation heads, news agencies: pipeline/persian/ (titles, organisations,
  agencies), shared with the stages; months, weekdays, currencies: written here.

Word clusters (pipeline/data/ner_clusters.tsv, ``word<TAB>coarse,fine``): word2vec (gensim, which
hazm already brings) over unlabelled news, ../shared/data/text/ (Fars News + Varzesh3 articles, UPDT)
plus the tokens (not the tags) of the NER training files, then k-means (scikit-learn) at two
granularities. Words seen fewer than 3 times get no cluster.

Common words (pipeline/data/ner_common.txt, one lexicon key a line), which document consistency
never spreads on their own: words the NSURL gold leaves untagged at least 70% of the time (seen 5
times or more), and words hazm's word list (hazm/data/words.dat, MIT) gives as adjectives or adverbs
only, or as nouns that are also adjectives, unless the name lexicon knows them as a first name,
surname or place.

Usage: python scripts/build_ner_lexicons.py --wheels /tmp/ner_pkgs [--shared ../shared/data]
       nice python scripts/build_ner_lexicons.py --clusters [--shared ../shared/data]
       python scripts/build_ner_lexicons.py --common [--shared ../shared/data]
"""
from __future__ import annotations

import argparse
import csv
import glob
import io
import pickle
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.entities.features import lexicon_key  # noqa: E402
# The lexicon classes the entity rules and the places stage share: one list each, in pipeline/persian/.
from pipeline.persian.agencies import LEXICON_AGENCIES as AGENCIES  # noqa: E402
from pipeline.persian.organisations import LEXICON_ORG_HEADS as ORG_HEADS  # noqa: E402
from pipeline.persian.titles import LEXICON_TITLES as TITLES  # noqa: E402


MONTHS = """فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند ژانویه فوریه مارس آوریل
مه می ژوئن ژوئیه جولای اوت آگوست سپتامبر اکتبر نوامبر دسامبر محرم صفر ربیع‌الاول ربیع‌الثانی
جمادی‌الاول جمادی‌الثانی رجب شعبان رمضان شوال ذی‌القعده ذی‌الحجه فروردین‌ماه اردیبهشت‌ماه
خردادماه تیرماه مردادماه شهریورماه مهرماه آبان‌ماه آذرماه دی‌ماه بهمن‌ماه اسفندماه""".split()

WEEKDAYS = "شنبه یکشنبه دوشنبه سه‌شنبه چهارشنبه پنجشنبه پنج‌شنبه جمعه".split()

CURRENCY = "ریال تومان دلار یورو پوند ین یوان درهم دینار روبل لیر فرانک سکه".split()

MAGNITUDE = "هزار میلیون میلیارد بیلیون تریلیون همت".split()

PERCENT = "درصد درصدی".split()

TIME_WORDS = "ساعت دقیقه ثانیه صبح ظهر عصر شب بامداد نیمه‌شب".split()

DATE_WORDS = "امروز دیروز فردا امسال پارسال سال ماه روز هفته قرن دهه".split()

COUNTRIES = """ایران عراق سوریه لبنان ترکیه افغانستان پاکستان عربستان یمن بحرین قطر کویت امارات عمان اردن
مصر لیبی تونس الجزایر مراکش سودان فلسطین اسرائیل روسیه چین هند ژاپن کره آمریکا امریکا کانادا
مکزیک برزیل آرژانتین انگلیس انگلستان بریتانیا فرانسه آلمان ایتالیا اسپانیا پرتغال هلند بلژیک
سوئیس سوئد نروژ دانمارک فنلاند اتریش لهستان یونان اوکراین بلاروس ارمنستان آذربایجان گرجستان
ترکمنستان ازبکستان تاجیکستان قزاقستان قرقیزستان اندونزی مالزی تایلند ویتنام استرالیا نیجریه
ونزوئلا کوبا اروپا آسیا آفریقا خاورمیانه تهران مسکو پکن واشنگتن لندن پاریس برلین رم بغداد دمشق
بیروت آنکارا استانبول کابل اسلام‌آباد ریاض دوحه دبی قاهره وین ژنو نیویورک توکیو دهلی باکو ایروان
تفلیس غزه قدس حلب موصل بصره نجف کربلا
""".split()


def wheel_member(wheels: Path, pattern: str, member_suffix: str) -> bytes:
    for wheel in sorted(glob.glob(str(wheels / pattern))):
        with zipfile.ZipFile(wheel) as zf:
            for name in zf.namelist():
                if name.endswith(member_suffix):
                    return zf.read(name)
    raise SystemExit(f"no {member_suffix} in {wheels}/{pattern}: run the pip download in the docstring")


def names(wheels: Path) -> tuple[set[str], set[str]]:
    first: set[str] = set()
    last: set[str] = set()
    raw = wheel_member(wheels, "persian_gender_detection-*.whl", "gender/iranianNamesDataset.csv").decode("utf-8")
    for row in csv.DictReader(io.StringIO(raw)):
        first.add(row["Names"])
    faker = pickle.loads(wheel_member(wheels, "farsi_faker-*.whl", "data/names.pkl"))
    first.update(faker["male_names"])
    first.update(faker["female_names"])
    last.update(faker["last_names"])
    return first, last


def places(shared: Path) -> set[str]:
    out: set[str] = set()
    base = shared / "gazetteer" / "iran-divisions-1402"
    for name in ("provinces.csv", "counties.csv", "cities-filtered.csv"):
        with open(base / name, encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                n = row["name"].strip()
                if n and not any(ch.isdigit() for ch in n):
                    out.add(n)
    out.update(COUNTRIES)
    return out


def add_phrases(lex: dict[str, set[str]], phrases, cat: str) -> None:
    """Single words get ``cat``; words of a multi-word phrase get ``cat``B / ``cat``I."""
    for phrase in phrases:
        parts = [lexicon_key(p) for p in phrase.split()]
        parts = [p for p in parts if p]
        if not parts:
            continue
        if len(parts) == 1:
            lex.setdefault(parts[0], set()).add(cat)
        else:
            lex.setdefault(parts[0], set()).add(cat + "B")
            for p in parts[1:]:
                lex.setdefault(p, set()).add(cat + "I")
            # The glued form (ZWNJ or no space between parts) is common for names too.
            lex.setdefault("".join(parts), set()).add(cat)


def unlabelled_sentences(shared: Path):
    """Token keys of every sentence of the unlabelled text (and of the NER files' tokens)."""
    import json

    from pipeline.entities.features import Featurizer
    from pipeline.normalize import normalize
    from pipeline.segment import sentences

    keys = Featurizer(lexicon={}, clusters={})
    text_dir = shared / "text"
    for path in sorted((text_dir / "farsnews-varzesh3").glob("*.json")):
        for art in json.loads(path.read_text(encoding="utf-8")):
            parts = [art.get("title") or "", art.get("abstract") or ""] + list(art.get("paragraphs") or [])
            for sent in sentences(normalize("\n".join(p for p in parts if p)).text):
                yield [keys.token(t.text)[5] for t in sent.tokens]
    updt = text_dir / "updt" / "updt-plain-nodiacritics.txt"
    if updt.exists():
        for line in updt.read_text(encoding="utf-8").splitlines():
            toks = line.split()
            if toks:
                yield [keys.token(t)[5] for t in toks]
    for path in sorted((shared / "ner" / "nsurl2019-train").glob("*/*")):
        sent: list[str] = []
        for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
            token = raw.split("\t")[0].strip()
            if token and "\t" in raw:
                sent.append(keys.token(token)[5])
            elif sent:
                yield sent
                sent = []
        if sent:
            yield sent


def clusters(shared: Path, out: Path, sizes=(64, 512), seed: int = 7) -> None:
    import numpy as np
    from gensim.models import Word2Vec
    from sklearn.cluster import MiniBatchKMeans

    corpus = list(unlabelled_sentences(shared))
    print(f"{len(corpus)} sentences, {sum(map(len, corpus))} tokens", flush=True)
    model = Word2Vec(corpus, vector_size=100, window=4, min_count=3, workers=1, epochs=5, sg=0, seed=seed)
    words = model.wv.index_to_key
    vecs = model.wv.vectors / np.linalg.norm(model.wv.vectors, axis=1, keepdims=True)
    ids = []
    for k in sizes:
        km = MiniBatchKMeans(n_clusters=k, random_state=seed, batch_size=4096, n_init=3)
        ids.append(km.fit_predict(vecs))
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for i, w in enumerate(words):
            fh.write(w + "\t" + ",".join(str(a[i]) for a in ids) + "\n")
    print(f"{len(words)} words -> {out}")


def common(shared: Path, out: Path, lexicon_path: Path) -> None:
    from collections import Counter

    import hazm

    from pipeline.entities.evaluate import read_conll

    seen: Counter[str] = Counter()
    named: Counter[str] = Counter()
    for path in sorted((shared / "ner" / "nsurl2019-train").glob("*/*")):
        for sent in read_conll(path):
            for tok, tag in sent:
                k = lexicon_key(tok)
                seen[k] += 1
                named[k] += tag[2:] in ("PER", "ORG", "LOC")
    words = {k for k, n in seen.items() if n >= 5 and named[k] < 0.3 * n}
    names = set()
    for line in lexicon_path.read_text(encoding="utf-8").splitlines():
        word, _, cats = line.partition("\t")
        if {"fn", "ln", "loc"} & set(cats.split(",")):
            names.add(word)
    data = Path(hazm.__file__).resolve().parent / "data" / "words.dat"
    for line in data.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 3:
            continue
        k = lexicon_key(parts[0])
        tags = set(parts[2].split(","))
        if k and k not in names and ("AJ" in tags or "ADV" in tags) and seen[k] < 5:
            words.add(k)
    words = sorted(w for w in words if w and not w[0].isdigit())
    out.write_text("# common words: never spread by document consistency on their own (build_ner_lexicons.py --common)\n"
                   + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} common words -> {out}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--wheels", type=Path, default=Path("/tmp/ner_pkgs"))
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--out", type=Path, default=ROOT / "pipeline" / "data" / "ner_lexicon.tsv")
    ap.add_argument("--clusters", action="store_true", help="build the word clusters instead")
    ap.add_argument("--common", action="store_true", help="build the common-word list instead")
    args = ap.parse_args(argv)
    if args.common:
        common(args.shared, args.out.with_name("ner_common.txt"), args.out)
        return 0
    if args.clusters:
        clusters(args.shared, args.out.with_name("ner_clusters.tsv"))
        return 0
    first, last = names(args.wheels)
    lex: dict[str, set[str]] = {}
    add_phrases(lex, first, "fn")
    add_phrases(lex, last, "ln")
    add_phrases(lex, places(args.shared), "loc")
    for cat, words in (("title", TITLES), ("orgh", ORG_HEADS), ("agency", AGENCIES), ("month", MONTHS),
                       ("wday", WEEKDAYS), ("cur", CURRENCY), ("mag", MAGNITUDE), ("pct", PERCENT),
                       ("time", TIME_WORDS), ("date", DATE_WORDS)):
        add_phrases(lex, words, cat)
    with open(args.out, "w", encoding="utf-8", newline="\n") as fh:
        for word in sorted(lex):
            fh.write(f"{word}\t{','.join(sorted(lex[word]))}\n")
    print(f"{len(lex)} words -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Quotes and facts on the real-news gold (the articles of ``bench_realnews.py``), judged by readers
who did not write the rules.

    python benchmarks/bench_realnews_qf.py                 # score the test half
    python benchmarks/bench_realnews_qf.py --split dev --errors
    python benchmarks/bench_realnews_qf.py packets OUT     # judge packets for articles without verdicts
    python benchmarks/bench_realnews_qf.py unjudged OUT --split all   # packets of rows no verdict covers yet

Kept in ``benchmarks/realnews/``: ``records/<id>.qf.jsonl`` (the quotes Q1… and facts F1… the judges
saw) and ``verdicts/<id>.qf.jsonl``. A quote is right when its speaker is the one who said it (its
span only has to overlap the judged statement); a fact's ``measure`` and ``subject`` are judged one
by one. Scoring a run: a quote record overlapping a judged real statement is ok when its speaker
names the judged speaker (``same_speaker``: equal, or the surname or first words of the other); a fact's measure (subject) is right when it folds to the judged one.
See CONVENTIONS.md, «Quotes and facts».
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import asdict
from pathlib import Path

from bench_realnews import DATA, HERE, SPLITS, _context, _fold, _locate, articles, jsonl_lines, load_text

QUOTE_FIELDS = ("speaker", "speaker_role", "speaker_text", "cue", "direct", "reported_by")
FACT_FIELDS = ("kind", "value", "value_max", "unit", "qualifier", "measure", "subject", "time", "direction", "list_index")


def same_speaker(a, b) -> bool:
    """Two names of one speaker: equal, or one the other's surname or first words («غفوری» and «مجید
    غفوری», «سازمان ملل» and «سازمان ملل متحد»), compared as a reader would (letters folded)."""
    if not a or not b:
        return False
    x, y = _words(a), _words(b)
    if x == y:
        return True
    short, long_ = sorted((x, y), key=len)
    return bool(short) and (long_[-len(short):] == short or long_[:len(short)] == short)


def _words(name: str) -> list[str]:
    return [_fold(w) for w in str(name).replace("\u200c", " ").split() if _fold(w)]


def records_of(text: str) -> list[dict]:
    import pipeline

    doc = pipeline.process(text)
    rows = []
    for prefix, recs, fields in (("Q", doc.quotes, QUOTE_FIELDS), ("F", doc.facts, FACT_FIELDS)):
        for n, rec in enumerate(recs, 1):
            d = asdict(rec)
            row = {"id": f"{prefix}{n}", "table": "quotes" if prefix == "Q" else "facts",
                   "start": d["start"], "end": d["end"], "text": d["text"]}
            row.update({f: d[f] for f in fields if d.get(f) not in (None, "")})
            rows.append(row)
    return rows


def _write_packet(path: Path, title: str, text: str, rows: list[dict], contexts: tuple[str, ...]) -> None:
    """A judge's packet: the article, then the rows of each table (with their context for the tables
    in ``contexts``)."""
    lines = [title, "", "## Text (exactly as the pipeline read it)", "", "```", text, "```", ""]
    for table in ("quotes", "facts"):
        mine = [r for r in rows if r["table"] == table]
        lines += [f"## {table} records ({len(mine)})", ""]
        for r in mine:
            shown = {k: v for k, v in r.items() if k not in ("id", "table", "start", "end", "text")}
            what = r["text"] if table == "facts" else r["text"][:80] + ("…" if len(r["text"]) > 80 else "")
            lines.append(f"- **{r['id']}** «{what}» {json.dumps(shown, ensure_ascii=False)}  ")
            if table in contexts:
                lines.append(f"  context: {_context(text, r['start'], r['end'], 90)}")
        lines.append("")
    path.write_text("\n".join(lines), encoding="utf-8")


def write_packets(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for row in articles("all"):
        aid = row["id"]
        if (HERE / "verdicts" / f"{aid}.qf.jsonl").exists():
            continue
        text = load_text(row)
        recs = records_of(text)
        (HERE / "records" / f"{aid}.qf.jsonl").write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
        _write_packet(out / f"{aid}.md", f"# Article {aid}", text, recs, contexts=("facts",))
        print(out / f"{aid}.md", len(recs), "records")


def write_unjudged(out: Path, split: str) -> None:
    """Packets of the rows no verdict covers yet: a fact whose span was never judged, or whose measure
    or subject is none a judge accepted, and a quote overlapping no judged statement and no quote
    shown before. They are appended to ``records/<id>.qf.jsonl`` with new ids; the judge's verdicts
    go to the end of ``verdicts/<id>.qf.jsonl``."""
    out.mkdir(parents=True, exist_ok=True)
    for row in articles(split):
        aid = row["id"]
        vpath, rpath = HERE / "verdicts" / f"{aid}.qf.jsonl", HERE / "records" / f"{aid}.qf.jsonl"
        if not vpath.exists():
            continue
        text = load_text(row)
        gold_quotes, gold_facts, _ = gold_of(aid, text)
        old = [r for _, r in jsonl_lines(rpath)]
        shown = {(r["table"], r["start"], r["end"], r.get("measure"), r.get("subject"), r.get("speaker")) for r in old}
        new = []
        for r in records_of(text):
            key = (r["table"], r["start"], r["end"], r.get("measure"), r.get("subject"), r.get("speaker"))
            if key in shown:
                continue
            if r["table"] == "facts":
                g = gold_facts.get((r["start"], r["end"]))
                if g is not None and (not g["real"] or (_fold(r.get("measure")) in g["measures"]
                                                         and _fold(r.get("subject")) in g["subjects"])):
                    continue
            elif any(g["start"] < r["end"] and r["start"] < g["end"] for g in gold_quotes):
                continue  # its speaker is compared with the judged one
            new.append(r)
        if not new:
            continue
        counts = {"Q": sum(r["table"] == "quotes" for r in old), "F": sum(r["table"] == "facts" for r in old)}
        for r in new:
            prefix = "Q" if r["table"] == "quotes" else "F"
            counts[prefix] += 1
            r["id"] = f"{prefix}{100 + counts[prefix]}"
        with rpath.open("a", encoding="utf-8") as f:
            f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in new)
        _write_packet(out / f"{aid}.md", f"# Article {aid} (rows to judge: {len(new)})", text, new,
                      contexts=("quotes", "facts"))
        print(out / f"{aid}.md", len(new), "records")


def gold_of(aid: str, text: str) -> tuple[list[dict], dict[tuple[int, int], dict], list[str]]:
    """(judged real statements, judged facts by span, problems)."""
    problems: list[str] = []
    recs = {r["id"]: r for _, r in jsonl_lines(HERE / "records" / f"{aid}.qf.jsonl")}
    quotes: list[dict] = []
    facts: dict[tuple[int, int], dict] = {}
    seen = set()
    for n, v in jsonl_lines(HERE / "verdicts" / f"{aid}.qf.jsonl"):
        if v.get("verdict") == "missed":
            loc = _locate(text, v)
            if loc is None:
                problems.append(f"{aid}:{n}: missed «{v['text'][:30]}» not found")
                continue
            if v.get("table") == "quotes":
                quotes.append({"start": loc[0], "end": loc[1], "speaker": (v.get("fields") or {}).get("speaker"),
                               "record": None})
            continue
        r = recs.get(v.get("id"))
        if r is None:
            problems.append(f"{aid}:{n}: verdict for unknown record {v.get('id')}")
            continue
        seen.add(r["id"])
        if r["table"] == "quotes":
            if v.get("verdict") != "wrong":
                speaker = (v.get("fix") or {}).get("speaker", r.get("speaker"))
                quotes.append({"start": r["start"], "end": r["end"], "speaker": speaker, "record": r["id"]})
        else:
            # A span judged again (``unjudged``: a later rule wrote another measure or subject) keeps
            # every answer a judge accepted; the latest verdict says whether it is a fact at all.
            g = facts.setdefault((r["start"], r["end"]), {"real": True, "measures": set(), "subjects": set(),
                                                          "measure": None, "subject": None})
            if v.get("verdict") == "wrong":
                g["real"] = False
                continue
            g["real"] = True
            for field in ("measure", "subject"):
                value = r.get(field) if v.get(field) == "ok" else v.get(f"{field}_fix")
                if v.get(field) == "ok" or value is not None:
                    g[field + "s"].add(_fold(value))
                    g[field] = g[field] if g[field] is not None else value
    for rid in recs:
        if rid not in seen:
            problems.append(f"{aid}: record {rid} has no verdict")
    return quotes, facts, problems


def score(split: str, errors: bool = False) -> dict:
    t: Counter = Counter()
    listing, problems = [], []
    rows = [r for r in articles(split) if (HERE / "verdicts" / f"{r['id']}.qf.jsonl").exists()]
    for row in rows:
        text = load_text(row)
        gold_quotes, gold_facts, probs = gold_of(row["id"], text)
        problems += probs
        recs = records_of(text)
        found = set()
        for r in (x for x in recs if x["table"] == "quotes"):
            t["quotes"] += 1
            over = [g for g in gold_quotes if g["start"] < r["end"] and r["start"] < g["end"]]
            ok = any(same_speaker(g["speaker"], r.get("speaker")) for g in over)
            if ok:
                t["quotes_ok"] += 1
                found.update(id(g) for g in over if same_speaker(g["speaker"], r.get("speaker")))
            elif errors:
                listing.append(f"{row['id']}\tquote\t{r.get('speaker')}\t«{r['text'][:50]}»\t"
                               f"judged: {[g['speaker'] for g in over] or 'no statement'}")
        t["quotes_gold"] += len(gold_quotes)
        if errors:
            listing += [f"{row['id']}\tquote missed\t{g['speaker']}\t«{text[g['start']:g['start'] + 60]}»"
                        for g in gold_quotes if id(g) not in found]
        t["quotes_found"] += sum(1 for g in gold_quotes if id(g) in found)
        for r in (x for x in recs if x["table"] == "facts"):
            g = gold_facts.get((r["start"], r["end"]))
            if g is None:
                t["facts_unjudged"] += 1
                continue
            if not g["real"]:
                t["facts_not_facts"] += 1
                continue
            t["facts"] += 1
            # a field judged empty-and-right (the article names none) is right when the row leaves it empty
            m_ok = _fold(r.get("measure")) in g["measures"]
            s_ok = _fold(r.get("subject")) in g["subjects"]
            t["measure_ok"] += m_ok
            t["subject_ok"] += s_ok
            if errors and not (m_ok and s_ok):
                listing.append(f"{row['id']}\tfact\t«{r['text']}»\tmeasure «{r.get('measure')}» vs «{g['measure']}»\t"
                               f"subject «{r.get('subject')}» vs «{g['subject']}»")
    return {"articles": len(rows), "t": t, "listing": listing, "problems": problems}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("command", nargs="?", default="score", choices=("score", "packets", "unjudged"))
    ap.add_argument("out", nargs="?", default="/tmp/realnews-qf-packets")
    ap.add_argument("--split", default="test", choices=SPLITS,
                    help="unseen = test + every holdout draw, the articles no rule was tuned on")
    ap.add_argument("--errors", action="store_true")
    args = ap.parse_args(argv)
    if not DATA.is_dir():
        print(f"needs {DATA} (../shared/data beside the repository)", file=sys.stderr)
        return 1
    if args.command == "packets":
        write_packets(Path(args.out))
        return 0
    if args.command == "unjudged":
        write_unjudged(Path(args.out), args.split)
        return 0
    res = score(args.split, args.errors)
    t = res["t"]

    def ratio(a: int, b: int) -> str:
        return f"{a / b:.3f}" if b else "-"

    print(f"quotes and facts, split={args.split}: {res['articles']} judged articles")
    print(f"quotes: {t['quotes']} records, speaker right {t['quotes_ok']} (P {ratio(t['quotes_ok'], t['quotes'])}); "
          f"judged statements {t['quotes_gold']}, found with the right speaker {t['quotes_found']} "
          f"(R {ratio(t['quotes_found'], t['quotes_gold'])})")
    print(f"facts: {t['facts']} judged facts ({t['facts_not_facts']} rows judged no fact, {t['facts_unjudged']} unjudged); "
          f"measure right {ratio(t['measure_ok'], t['facts'])}, subject right {ratio(t['subject_ok'], t['facts'])}")
    for p in res["problems"]:
        print("problem:", p, file=sys.stderr)
    for line in res["listing"]:
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

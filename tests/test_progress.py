"""The progress line has a total, a bar and an ETA once the background count is known."""
from __future__ import annotations

from pipeline.batch import Options, run


def test_progress_shows_a_total_and_an_eta(tmp_path, seed_text, capsys):
    news = tmp_path / "news"
    news.mkdir()
    for i in range(3):
        (news / f"{i}.txt").write_text(seed_text, encoding="utf-8")
    run([news], Options(out=tmp_path / "out", base=news, workers=1, progress=True))
    out, err = capsys.readouterr()
    last = err.rstrip("\n").split("\r")[-1]
    assert out == "" and "3/3 documents (0 failed)" in last and "ETA 0:00" in last and "[" + "#" * 24 + "]" in last

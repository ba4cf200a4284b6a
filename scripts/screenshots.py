"""Regenerate the README's screenshots (docs/view.png, docs/report.png) with headless Chromium.

    .venv/bin/python scripts/screenshots.py     # needs chromium; the report uses ../shared/data when present

The article view is the seed article; the report is a run over 300 Fars News/Varzesh3 articles
(the seed alone when ../shared/data is absent), shown from its map section.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pipeline  # noqa: E402
from pipeline import batch, report  # noqa: E402
from pipeline.view import render  # noqa: E402

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars"]


def shot(url: str, png: Path, size: str) -> None:
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    if not exe:
        raise SystemExit("chromium is not installed")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([exe, *FLAGS, f"--user-data-dir={profile}", f"--screenshot={png}", f"--window-size={size}", url],
                       check=True, capture_output=True)
    print(f"{png}: {png.stat().st_size // 1024} KB")


def shot_section(page: Path, script: str, png: Path, width: int, height: int) -> None:
    """A screenshot after a script ran in the page (scroll, focus), through the tests' DevTools-pipe driver."""
    import base64

    sys.path.insert(0, str(ROOT / "tests"))
    from _browser import Browser

    b = Browser()
    try:
        b.call("Emulation.setDeviceMetricsOverride", session=True, width=width, height=height,
               deviceScaleFactor=1, mobile=False)
        b.open(page)
        b.eval(script)
        data = b.call("Page.captureScreenshot", session=True, format="png")["data"]
        png.write_bytes(base64.b64decode(data))
    finally:
        b.close()
    print(f"{png}: {png.stat().st_size // 1024} KB")


def main() -> None:
    docs = ROOT / "docs"
    docs.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        seed = ROOT / "corpus" / "irna-qom-small-industries.txt"
        doc = pipeline.process(seed.read_text(encoding="utf-8"), doc_id="seed",
                               meta={"source": "corpus/irna-qom-small-industries.txt"})
        (tmp / "view.html").write_text(render(doc), encoding="utf-8")
        # focus ORG «استانداری قم» so that the picture shows a record's fields
        focus = ("[...document.querySelectorAll('#pane-original mark.k-ORG[data-seg=\"0\"]')]"
                 ".find(m => m.textContent === 'استانداری قم').focus()")
        shot_section(tmp / "view.html", focus, docs / "view.png", 760, 820)

        data = ROOT.parent / "shared" / "data" / "text" / "farsnews-varzesh3"
        inputs: list[Path] = [seed]
        if data.exists():
            rows = []
            for name in ("fars-news-1.json", "varzesh3-1.json"):
                rows += json.loads((data / name).read_text(encoding="utf-8"))[:150]
            src = tmp / "articles.jsonl"
            src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
            inputs = [src]
        batch.run(inputs, batch.Options(out=tmp / "run", progress=False))
        index = report.build(tmp / "run", report.Options(views=0))
        shot_section(index, "document.getElementById('map').scrollIntoView()", docs / "report.png", 760, 1000)


if __name__ == "__main__":
    main()

"""Small helpers shared by the place-data build scripts (build_province_shapes, build_world_places,
build_place_name_risk).

The scripts must not import the places stage (it is being moved), so the name key is restated here:
it folds what scraped Persian varies on (Arabic ي/ك, hamza seats, diacritics, ZWNJ, spaces), the
same folds the stage applies, so a name found here is found there.
"""
from __future__ import annotations

import csv
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "pipeline" / "data"
GAZETTEER = DATA / "gazetteer.tsv"

_FOLD = str.maketrans({
    "ي": "ی", "ى": "ی", "ئ": "ی", "ك": "ک", "ة": "ه", "ۀ": "ه", "أ": "ا", "إ": "ا", "ٱ": "ا", "ؤ": "و",
})
_NOISE = re.compile(r"[\u064b-\u065f\u0670\u0640\u200c\u200d\u200f\u200e\s\-]+")


def fold(text: str) -> str:
    return text.translate(_FOLD)


def key(text: str) -> str:
    """Lookup key: folded letters, no diacritics, ZWNJ, tatweel, spaces or hyphens."""
    return _NOISE.sub("", fold(text))


def read_gazetteer(path: Path = GAZETTEER) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def fmt_coord(value: float, digits: int = 4) -> str:
    """A fixed number of decimals, trailing zeros trimmed: stable text for the same float."""
    text = f"{value:.{digits}f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text

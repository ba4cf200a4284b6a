"""Function words: hazm's stop-word list, and the short lists that end a name or a phrase."""
from __future__ import annotations

from functools import lru_cache

from .chars import fold_letters

#: Words that end a name in running text (with hazm's stop words: ``name_stopwords``).
NAME_END_WORDS = "و در به از که را با است هستند بود شد نیز همچنین دارای دارد".split()


@lru_cache(maxsize=1)
def name_stopwords() -> frozenset[str]:
    """hazm's stopword list (shipped with hazm) plus ``NAME_END_WORDS``, folded (``fold_letters``)."""
    import importlib.util
    from pathlib import Path

    words = set()
    spec = importlib.util.find_spec("hazm")  # its data file only: importing hazm is slow
    path = Path(spec.origin).resolve().parent / "data" / "stopwords.dat" if spec and spec.origin else Path("-")
    try:
        words.update(w.strip() for w in path.read_text(encoding="utf-8").split("\n") if w.strip())
    except OSError:
        pass
    words.update(NAME_END_WORDS)
    return frozenset(fold_letters(w) for w in words)


#: Words an ORG name may run through between its head and the place («دانشگاه علوم پزشکی تهران»);
#: these stop the walk back (places): a mention after them is outside any ORG name.
CHAIN_BREAKERS = frozenset("""
در به از با برای تا که یا را است بود شد هم نیز این آن همچنین اما ولی گفت کرد دارد شده می‌شود
ها های درباره علیه برابر مقابل سوی کشور کشورهای وارد راهی عازم
ملت رئیس‌جمهور نخست‌وزیر سفیر سرکنسول استاندار دادستان مقامات رهبر نیروهای اتباع
""".split())

#: Words that end an item of a named list («شهرک‌های صنعتی A، B و …», places.lists).
LIST_NAME_STOP = frozenset("""
و در به از که را با است هستند بود شد نیز همچنین دارای دارد هم این آن برای تا یا اما ولی هر همه
می نمی شده باید کرد کرده گفت افزود بوده بودند دارند داشت شامل نظیر مانند مثل یعنی
""".split())

#: Entity rules: a title, event or list phrase never runs across them; lexicon keys.
PHRASE_STOP = set("""در به از با که را برای تا این آن است بود شد شده هستند دارد داشت کرد کند گفت افزود و یا نیز
هم همچنین اما ولی طی روی پس پیش بر بین میان
کاملا اخیرا تقریبا عمدتا مجددا رسما قطعا دقیقا صرفا اساسا حتما واقعا نسبتا فعلا قبلا بعدا""".split())

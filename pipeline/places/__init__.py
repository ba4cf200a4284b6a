"""Places: gazetteer mentions with type, province, country and coordinates, industrial towns and
areas, and the lists an article counts («هفت شهرک صنعتی شکوهیه، الغدیر، …»).

``extract(text)`` works on raw or normalized text (Arabic ي/ك, missing or extra ZWNJ and spaces
inside names are folded by ``persian.chars.lookup_key``). How a name becomes a place:

- whole tokens only, longest match first («خراسان رضوی» before «خراسان», «تهرانی» never);
- a strong cue before the name («استان», «شهرستان», «شهر», «بخش», «دهستان», «روستای», «ایالت»,
  «جزیره», «دریاچه», «رود», «بندر», «کوه»; «شهر مقدس قم») is part of the mention, as in the NSURL/ARMAN gold («استان قم»), and
  picks the type («استان قم» a province, «شهر قم» a city); «کشور» right before a country is part
  of it too («کشور چین», as the NSURL gold mostly spans it), «کشورهای» is not; an unknown word is a
  place only after «روستای» or «ایالت»;
- names that are everyday words or given names need context (``needs_cue`` in the table): given
  names a weak cue («در مهران», «به بم»), everyday words a strong cue («شهر نور»);
- a name inside an organisation's name is not a place mention: «دانشگاه تهران», «استانداری قم»,
  «خبرگزاری جمهوری اسلامی ایران», «وزیر صنعت ایتالیا», «تیم ملی ایران» (the NSURL gold tags
  those ORG), but a country's people and officials keep it a place («ملت ایران», «سفیر ایران»,
  «رئیس‌جمهور ترکیه», «تیم تهران»); nor after «آقای»/«خانم»; nor a club («مس کرمان», «نفت
  آبادان»; «نفت ایران» is Iran), a news source («به گزارش خوزستان») or a paper quoted alone
  («به «ایران» گفت»); «کاخ سفید» is not in the table;
- one name, several places: the cue's type, else the bigger unit (country > province > county >
  city), so a bare «قم» is the province;
- a direction before a place is part of it («جنوب لبنان», «جنوب غربی تهران»), and a place
  followed directly by the country or province holding it is one mention («شهر حلب سوریه»), as
  the gold spans them.

Industrial towns and areas («شهرک صنعتی X», «ناحیه صنعتی X», list items of «هفت شهرک صنعتی …»),
villages after «روستای» and places not in the table get their province from the article: the
nearest province named before them in the same sentence, else earlier in the article, else the
first one named after them.
"""
from __future__ import annotations

from ..document import Enumeration, PlaceMention
from ..segment import tokenize
from .lists import find as find_lists, item_type
from .matcher import extract_mentions
from .tokens import TokenView

__all__ = ["extract", "lists", "annotate", "item_type"]


def extract(text: str) -> list[PlaceMention]:
    """Place mentions in ``text`` (offsets into it), in text order, none overlapping."""
    tokens = tokenize(text)
    return extract_mentions(text, TokenView(tokens), find_lists(text, tokens))


def lists(document_or_text) -> list[Enumeration]:
    """The enumerations of a text (offsets into it) or of a Document's ``text`` (normalized
    offsets; ``annotate`` rebases them)."""
    text = document_or_text if isinstance(document_or_text, str) else document_or_text.text
    return find_lists(text, tokenize(text))


def annotate(document) -> None:
    """Find places and lists in ``document.text`` and append them in original offsets."""
    text = document.text
    # the segmenter's tokens are this tokenizer's tokens of the same text, cut at sentence ends
    # (which never fall inside a token): tokenizing again would be a third of this stage's time
    tokens = [t for s in document.sentences for t in s.tokens] if document.sentences else tokenize(text)
    view = TokenView(tokens)
    enums = find_lists(text, tokens, view.key)
    for m in extract_mentions(text, view, enums):
        document.places.append(document.rebase(m))
    for enum in enums:
        document.lists.append(document.rebase(enum))

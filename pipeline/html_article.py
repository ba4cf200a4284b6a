"""The article in an HTML page: its title and paragraphs, without scripts, styles, navigation,
headers, footers, asides or forms (``readers`` turns a page into a record with it)."""
from __future__ import annotations

from html.parser import HTMLParser

import regex

from .document import clip_title

_SKIP_TAGS = frozenset(("script", "style", "noscript", "template", "nav", "header", "footer", "aside",
                        "form", "svg", "iframe", "button", "select", "textarea", "object", "canvas", "menu"))
_VOID_TAGS = frozenset(("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                        "param", "source", "track", "wbr"))
_BLOCK_TAGS = frozenset(("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "div",
                         "section", "article", "main", "td", "th", "tr", "dd", "dt", "figcaption",
                         "ul", "ol", "table", "body", "br", "hr"))
_PARAGRAPH_TAGS = frozenset(("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "figcaption"))
_SKIP_ATTR = regex.compile(
    r"(?i)(?:^|[\s_-])(?:nav|navbar|menu|footer|header|sidebar|breadcrumbs?|share|social|comments?|"
    r"related|advert|ads|banner|cookie|popup|subscribe|tags)(?:$|[\s_-])"
)


# Start tags that end an open <p> (HTML's "a p element's end tag may be omitted" list): pages
# that never close their paragraphs must not build a stack as deep as the page is long.
_CLOSES_P = frozenset(("address", "article", "aside", "blockquote", "details", "div", "dl", "fieldset",
                       "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
                       "header", "hgroup", "hr", "main", "menu", "nav", "ol", "p", "pre", "section",
                       "table", "ul"))
# An open <p> inside one of these is out of reach of the start tags above (HTML's button scope).
_P_SCOPE = frozenset(("applet", "caption", "html", "table", "td", "th", "marquee", "object", "template", "button"))


class _ArticleParser(HTMLParser):
    """Collects the title and the text blocks. Every stack operation is O(1) amortized (each tag's
    open positions are indexed), so unclosed tags, stray end tags and deep nesting stay linear."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool]] = []  # (tag, skipped)
        self.open: dict[str, list[int]] = {}  # tag -> stack positions where it is open
        self.title_parts: list[str] = []
        self.h1_parts: list[str] = []
        self.blocks: list[tuple[str, bool, bool]] = []  # (text, in a paragraph tag, inside <article>/<main>)
        self.current: list[str] = []
        self.in_title = False
        self.in_h1 = False
        self.saw_article = False

    def _skipped(self) -> bool:
        return bool(self.stack) and self.stack[-1][1]

    def _inside(self, names: frozenset[str] | set[str]) -> bool:
        return any(self.open.get(tag) for tag in names)

    def _push(self, tag: str, skip: bool) -> None:
        self.open.setdefault(tag, []).append(len(self.stack))
        self.stack.append((tag, skip))

    def _pop_to(self, depth: int) -> None:
        while len(self.stack) > depth:
            tag, _ = self.stack.pop()
            self.open[tag].pop()

    def _flush(self) -> None:
        text = " ".join("".join(self.current).split())
        self.current = []
        if text:
            self.blocks.append((text, self._inside(_PARAGRAPH_TAGS), self._inside({"article", "main"})))

    def _close_open_p(self) -> None:
        p = self.open.get("p")
        if not p:
            return
        scope = max((self.open[t][-1] for t in _P_SCOPE if self.open.get(t)), default=-1)
        if p[-1] > scope:
            self._pop_to(p[-1])

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title" and not self._inside({"svg"}):
            self.in_title = True
            return
        if tag in _BLOCK_TAGS:
            self._flush()
        if tag in _CLOSES_P:
            self._close_open_p()
        if tag in _VOID_TAGS:
            return
        if tag in ("article", "main"):
            self.saw_article = True
        marker = " ".join(v or "" for k, v in attrs if k in ("class", "id", "role"))
        skip = self._skipped() or tag in _SKIP_TAGS or tag == "head" or bool(marker and _SKIP_ATTR.search(marker))
        if tag == "h1" and not skip and not self.h1_parts:
            self.in_h1 = True
        self._push(tag, skip)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK_TAGS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
            return
        if tag in _BLOCK_TAGS:
            self._flush()
        where = self.open.get(tag)
        if where:
            self._pop_to(where[-1])
        if tag == "h1":
            self.in_h1 = False

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title_parts.append(data)
            return
        if self._skipped():
            return
        if self.in_h1:
            self.h1_parts.append(data)
        self.current.append(data)

    def close(self) -> None:
        super().close()
        self._flush()


# A "<" that no ">" follows before the next "<" opens no tag. Python's HTMLParser (before the
# fixes of 2025) rescans such a tag to the end of the input for every one of them: "<a " * 50,000
# takes minutes. Escaped first, they are plain text, as a browser shows them.
_UNCLOSED_LT = regex.compile(r"<(?=[^<>]*(?:<|\Z))")


def html_article(html: str) -> tuple[str, str]:
    """(title, text) of an HTML page: ``<title>`` (or the first ``<h1>``), then the article's
    paragraphs, one per line. Inside ``<article>``/``<main>`` when the page has them; paragraph
    tags when they hold the text, otherwise every visible block."""
    parser = _ArticleParser()
    parser.feed(_UNCLOSED_LT.sub("&lt;", html))
    parser.close()
    title = clip_title("".join(parser.title_parts)) or clip_title("".join(parser.h1_parts))
    blocks = parser.blocks
    if parser.saw_article and any(inside for _, _, inside in blocks):
        blocks = [b for b in blocks if b[2]]
    paragraphs = [b for b in blocks if b[1]]
    if sum(len(t) for t, _, _ in paragraphs) >= 0.5 * sum(len(t) for t, _, _ in blocks):
        blocks = paragraphs
    lines = [t for t, _, _ in blocks]
    if lines and title and lines[0] == title:
        lines = lines[1:]
    return title, "\n".join(lines)


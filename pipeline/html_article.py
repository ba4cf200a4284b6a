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


class _ArticleParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool]] = []  # (tag, skipped)
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
        return any(tag in names for tag, _ in self.stack)

    def _flush(self) -> None:
        text = " ".join("".join(self.current).split())
        self.current = []
        if text:
            self.blocks.append((text, self._inside(_PARAGRAPH_TAGS), self._inside({"article", "main"})))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title" and not self._inside({"svg"}):
            self.in_title = True
            return
        if tag in _BLOCK_TAGS:
            self._flush()
        if tag in _VOID_TAGS:
            return
        if tag in ("article", "main"):
            self.saw_article = True
        marker = " ".join(v or "" for k, v in attrs if k in ("class", "id", "role"))
        skip = self._skipped() or tag in _SKIP_TAGS or tag == "head" or bool(marker and _SKIP_ATTR.search(marker))
        if tag == "h1" and not skip and not self.h1_parts:
            self.in_h1 = True
        self.stack.append((tag, skip))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK_TAGS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
            return
        if tag in _BLOCK_TAGS:
            self._flush()
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break
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


def html_article(html: str) -> tuple[str, str]:
    """(title, text) of an HTML page: ``<title>`` (or the first ``<h1>``), then the article's
    paragraphs, one per line. Inside ``<article>``/``<main>`` when the page has them; paragraph
    tags when they hold the text, otherwise every visible block."""
    parser = _ArticleParser()
    parser.feed(html)
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

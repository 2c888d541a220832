"""Reading .html and .htm files with BeautifulSoup.

Visible text only: block elements become line breaks, table cells are joined by a
tab, blank lines are dropped. The page is decoded by its <meta> charset when that is
right, else as a .txt file is.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import regex

from .contract import Limits, Text
from .plain_text import BOMS, canonical, decode

# BeautifulSoup is imported where a page is read: a batch of .txt reports does not pay for it.
if TYPE_CHECKING:
    from bs4 import Tag

_DECLARED_CHARSET = regex.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", regex.IGNORECASE)
_HIDDEN = {"head", "script", "style", "noscript", "template", "title"}
_BLOCKS = {
    "address", "article", "aside", "blockquote", "caption", "dd", "div", "dl", "dt", "fieldset",
    "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
    "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "tfoot", "thead", "tr", "ul",
}  # fmt: skip
_CELLS = ["td", "th"]
_HTML_SPACE = regex.compile(r"[ \t\n\r\f]+")  # HTML's own whitespace; &nbsp; and U+3000 are text
_SPACES_AROUND_TAB = regex.compile(r" *\t *")


def read_html(data: bytes, limits: Limits) -> Text:
    markup = _decode_html(data)
    return replace(markup, text=_visible_text(markup.text))


def _decode_html(data: bytes) -> Text:
    """Decode with the <meta> charset when it is there and right, else as a .txt file."""
    declared = _DECLARED_CHARSET.search(data[:4096])
    if declared and not data.startswith(tuple(bom for bom, _, _ in BOMS)):
        try:
            name = canonical(declared.group(1).decode("ascii"))
            return Text(data.decode(name), name)
        except (LookupError, UnicodeDecodeError):
            pass  # pages often declare a charset they are not in: detect instead
    return decode(data)


def _visible_text(markup: str) -> str:
    from bs4 import BeautifulSoup, CData, NavigableString, Tag

    parts: list[str] = []
    # An explicit stack, not recursion: deeply nested pages must not hit the recursion limit.
    stack: list[object] = [BeautifulSoup(markup, "html.parser")]
    while stack:
        node = stack.pop()
        if type(node) is str:  # a line break queued for the end of a block element
            parts.append(node)
        elif isinstance(node, Tag):
            _open_tag(node, parts, stack)
        elif type(node) in (NavigableString, CData):  # not comments, doctypes, ...
            parts.append(_HTML_SPACE.sub(" ", node))
    lines = (_SPACES_AROUND_TAB.sub("\t", line).strip() for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _open_tag(tag: Tag, parts: list[str], stack: list[object]) -> None:
    if tag.name in _HIDDEN:
        return
    if tag.name == "br":
        parts.append("\n")
        return
    if tag.name in _CELLS and tag.find_previous_sibling(_CELLS):
        parts.append("\t")
    if tag.name in _BLOCKS:
        parts.append("\n")
        stack.append("\n")
    stack.extend(reversed(tag.contents))

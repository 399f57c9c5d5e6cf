"""RSS and Atom feeds (feedparser): one article an item, its text, or its page when the input holds it."""

from __future__ import annotations

import time
from pathlib import Path

from ..errors import InputError
from .model import Article, ReadOptions

BLOCKS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "blockquote", "tr")


def parse_feed(raw: bytes, name: str, options: ReadOptions) -> list[Article | InputError]:
    """The feed's items as articles (url = the item's link), with their errors, in feed order."""
    import feedparser

    feed = feedparser.parse(raw)
    if feed.bozo and not feed.entries:
        problem = getattr(feed, "bozo_exception", "") or "not a feed"
        return [InputError(name, f"is not a readable RSS or Atom feed ({problem})",
                           hint="give the feed file as downloaded")]
    source = feed.feed.get("title") or None
    items: list[Article | InputError] = []
    for number, entry in enumerate(feed.entries, start=1):
        items.append(_item(entry, number, name, source, feed.feed.get("language"), options))
    if not items:
        items.append(InputError(name, "is a feed without items", hint="an empty feed holds no article",
                                kind="ignored"))
    return items


def _item(entry, number: int, name: str, source: str | None, language: str | None,
          options: ReadOptions) -> Article | InputError:
    origin = f"{name}:item {number}"
    link = (entry.get("link") or "").strip() or None
    doc_id = str(entry.get("id") or link or f"{Path(name).name}:{number}")
    html = ""
    if entry.get("content"):
        html = entry.content[0].get("value", "")
    html = html or entry.get("summary", "") or entry.get("description", "")
    text = html_to_text(html)
    article = Article(id=doc_id, text=text, title=entry.get("title") or None, url=link, source=source,
                      origin=origin, lang=(language or "fr").strip() or "fr")
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    written = entry.get("published") or entry.get("updated")
    if parsed:
        article.date = time.strftime("%Y-%m-%d", parsed)
    elif written:
        article.warnings.append(f"{origin}: date {written!r} is not a date feedparser can read; ignored")
    if article.date is None:
        article.date = options.default_date
        if article.date is None:
            article.warnings.append(f"{origin}: no date; relative dates stay unresolved")
    return article


def html_to_text(html: str) -> str:
    """An item's HTML (or plain) text, one paragraph a line."""
    if "<" not in html:
        return html.strip()
    import lxml.html
    from lxml.etree import ParserError

    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (ParserError, ValueError):
        return html.strip()
    for element in root.iter(*BLOCKS):
        element.tail = "\n" + (element.tail or "")
    for element in root.iter("script", "style"):
        element.drop_tree()
    lines = (" ".join(line.split()) for line in root.text_content().split("\n"))
    return "\n".join(line for line in lines if line)

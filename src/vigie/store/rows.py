"""Articles and coded events → the store's rows (plain tuples in the tables' column order)."""

from __future__ import annotations

import hashlib
import json
import unicodedata
from typing import Any
from urllib.parse import urlsplit

from ..articles import Article
from ..events import Event
from .dedup import block_of, lead_end
from .schema import ACTOR_COLUMNS, PLACE_COLUMNS

ARTICLE_COLUMNS = ("hash", "text_hash", "id", "url", "source", "date", "title", "text", "lang", "origin",
                   "coder", "num_mentions")

CONTRACT_COLUMNS = (
    "doc_id", "sentence", "start", '"end"', "trigger", "trigger_start", "trigger_end", "code", "root",
    "quad_class", "goldstein", "plover",
    *(f"source_{name}" for name in ACTOR_COLUMNS), *(f"target_{name}" for name in ACTOR_COLUMNS),
    "date", "date_text", "mode", *(f"location_{name}" for name in PLACE_COLUMNS),
    "confidence", "target_inferred", "article_date")

MENTION_COLUMNS = ("key", "article_hash", "id", "event_id", "block", "in_lead", "sentence_norm", "record",
                   *CONTRACT_COLUMNS)


def article_hash(article: Article) -> str:
    """The content hash an article is known by: the same article read again has the same hash."""
    content = json.dumps([article.id, article.date, article.title, article.url, article.source,
                          article.lang, article.text], ensure_ascii=False)
    return hashlib.sha256(content.encode("utf-8")).hexdigest()


def text_hash(text: str) -> str:
    """Hash of the text alone, whitespace-folded: exact duplicates (GDELT's de-duplication) share it."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def fold(text: str) -> str:
    """Lower case without accents, for text search without the FTS extension."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def outlet(source: str | None, url: str | None, hash_: str) -> str:
    """Who published an article, for NumSources: its source, else its URL's host, else itself."""
    if source and source.strip():
        return source.strip().lower()
    if url:
        host = urlsplit(url).hostname
        if host:
            return host.removeprefix("www.")
    return f"article:{hash_}"


def article_row(article: Article, hash_: str, coder: str, mentions: int) -> tuple:
    return (hash_, text_hash(article.text), article.id, article.url, article.source, article.date, article.title,
            article.text, article.lang, article.origin, coder, mentions)


def mention_row(event: Event, hash_: str, lead: int) -> tuple:
    record = event.to_dict()
    contract = contract_values(record)
    block = block_of(event.root, event.source.country if event.source else None,
                     event.target.country if event.target else None)
    return (f"{hash_[:24]}:{record['id']}", hash_, record["id"], None, block, event.start < lead,
            fold(event.sentence), json.dumps(record, ensure_ascii=False), *contract)


def contract_values(record: dict[str, Any]) -> tuple:
    """The contract's fields of one event's JSON form, in CONTRACT_COLUMNS order."""
    source = record.get("source") or {}
    target = record.get("target") or {}
    place = record.get("location") or {}
    confidence = record.get("confidence")
    return (record["doc_id"], record["sentence"], record["start"], record["end"], record["trigger"],
            record.get("trigger_start"), record.get("trigger_end"), record["code"], record["root"],
            record["quad_class"], record["goldstein"], record.get("plover"),
            *(source.get(name) for name in ACTOR_COLUMNS), *(target.get(name) for name in ACTOR_COLUMNS),
            record.get("date"), record.get("date_text"), record["mode"],
            *(place.get(name) for name in PLACE_COLUMNS),
            float(confidence) if isinstance(confidence, int | float) else None,
            bool(record.get("target_inferred", False)), record.get("article_date"))


def lead_of(article: Article, min_chars: int) -> int:
    return lead_end(article.text, min_chars)

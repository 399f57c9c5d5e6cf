"""Normalising place names: the keys the gazetteer indexes and looks up.

"Genève", "GENEVE" and "geneve" share one key; so do "Saint-Pétersbourg" and "saint petersbourg".
A name as written after a locative ("au Caire", "dans le Donbass", "aux États-Unis") is also tried
without its preposition and article.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

# Letters NFKD does not decompose, and punctuation that should not tell two names apart.
_FOLD = {
    "œ": "oe", "æ": "ae", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "ħ": "h", "ı": "i", "þ": "th",
    "’": "'", "ʼ": "'", "ʻ": "'", "‘": "'", "`": "'", "´": "'",
    "-": " ", "‐": " ", "‑": " ", "–": " ", "—": " ", "_": " ", ".": " ", "/": " ",
}
_EDGE_PUNCT = " \t\r\n,;:!?«»\"“”[]"

PREPOSITIONS = ("a", "en", "au", "aux", "dans", "de", "du", "des", "d'", "vers", "depuis", "pres de",
                "sur", "via", "jusqu'a", "jusqu'au", "jusqu'aux", "entre")
ARTICLES = ("le", "la", "les", "l'")

_PREPOSITION = re.compile("^(?:" + "|".join(
    re.escape(p) for p in sorted(PREPOSITIONS, key=len, reverse=True)) + r")(?:\s+|(?<=')\s*)")
_ARTICLE = re.compile(r"^(?:le|la|les)\s+|^l'\s*")
_QUALIFIED = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<qualifier>[^()]+)\)\s*$")


@cache
def _table() -> dict[int, str]:
    """Latin letters with diacritics -> base letters, plus `_FOLD` (built once, on first use)."""
    table = {ord(k): v for k, v in _FOLD.items()}
    for code in [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]:
        char = chr(code)
        if code in table:
            continue
        base = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
        if base != char and base.isascii():
            table[code] = base.lower()
    table[ord("ß")] = "ss"
    return table


def normalise(text: str) -> str:
    """Lower case, no accents, one space between words, hyphens and apostrophes unified."""
    folded = text.lower().translate(_table())
    if not folded.isascii():  # scripts and marks beyond Latin-1/Extended: the slow, general way
        decomposed = unicodedata.normalize("NFKD", folded.casefold())
        folded = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).translate(_table())
    if "' " in folded:
        folded = folded.replace("' ", "'")
    return " ".join(folded.split()).strip(_EDGE_PUNCT + "()'")


def normalise_many(texts: list[str]) -> list[str]:
    """`normalise` over many names at once (one `translate` for all: the gazetteer's load time)."""
    if not texts:
        return []
    lines = "\n".join(texts).lower().translate(_table()).split("\n")
    if len(lines) != len(texts):  # a name held a line break: no shortcut
        return [normalise(text) for text in texts]
    edge = _EDGE_PUNCT + "()'"
    out = []
    for text, folded in zip(texts, lines, strict=True):
        if not folded.isascii() or "' " in folded:
            out.append(normalise(text))
        else:
            out.append(" ".join(folded.split()).strip(edge))
    return out


def without_article(key: str) -> str:
    """'le caire' -> 'caire', "l'ukraine" -> 'ukraine'; a key without article is returned as is."""
    if not key.startswith(("le ", "la ", "les ", "l'")):
        return key
    return _ARTICLE.sub("", key, count=1)


_CONTRACTED = {"au": "le ", "du": "le ", "aux": "les ", "des": "les "}


def variants(key: str) -> list[str]:
    """The key; without its leading preposition; with a contracted article restored ("au havre" ->
    "le havre"); without preposition and article. Distinct, in that order."""
    out = [key]
    stripped = _PREPOSITION.sub("", key, count=1)
    if stripped and stripped != key:
        out.append(stripped)
        article = _CONTRACTED.get(key[: len(key) - len(stripped)].strip())
        if article and not stripped.startswith(("le ", "la ", "les ", "l'")):
            out.append(article + stripped)
    bare = without_article(stripped)
    if bare and bare not in out:
        out.append(bare)
    return out


def split_qualifier(text: str) -> tuple[str, str | None]:
    """'Genève (Suisse)' -> ('Genève', 'Suisse'); a name without parentheses -> (name, None)."""
    match = _QUALIFIED.match(text.strip())
    if not match:
        return text, None
    return match.group("name"), match.group("qualifier")


def clean(text: str) -> str:
    """The text as written, without surrounding spaces, quotes and trailing punctuation."""
    return text.strip(_EDGE_PUNCT)


def has_capital(text: str) -> bool:
    return any(ch.isupper() for ch in text)

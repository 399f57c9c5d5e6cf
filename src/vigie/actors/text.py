"""Folding and tokenising French noun phrases the same way for the dictionaries and the input.

"Les États-Unis" and "les Etats Unis" both become the tokens ("les", "etats", "unis"); "l'Otan" becomes
("l'", "otan"). Each token keeps its place in the original text and whether it was capitalised,
which is what tells a surname ("Major", "May") from a common word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from unidecode import unidecode

# A word (letters and digits), with a trailing elision apostrophe kept on it ("l'", "d'", "qu'"); or a comma.
_TOKEN = re.compile(r"[^\W_]+(?:['’](?=[^\W_]))?|,", re.UNICODE)

ARTICLES = frozenset({"le", "la", "les", "l'"})


@dataclass(frozen=True)
class Token:
    text: str  # as written
    fold: str  # lower case, no accents, "'" for any apostrophe
    start: int
    end: int
    capital: bool  # first letter is upper case in the original


def fold(text: str) -> str:
    """Lower case ASCII form of a word or phrase: 'Sergueï' -> 'serguei', 'd’État' -> "d'etat"."""
    if text.isascii():
        return text.lower()
    return unidecode(text.replace("’", "'")).lower()


def tokenize(text: str) -> list[Token]:
    tokens = []
    for match in _TOKEN.finditer(text):
        word = match.group()
        tokens.append(Token(word, fold(word), match.start(), match.end(), word[:1].isupper()))
    return tokens


def key_of(text: str, strip_article: bool = True) -> tuple[str, ...]:
    """The dictionary key of a name: folded tokens without a leading article ('la Russie' -> ('russie',))."""
    words = tuple(t.fold for t in tokenize(text) if t.fold != ",")
    if strip_article and len(words) > 1 and words[0] in ARTICLES:
        words = words[1:]
    return words


def plural(word: str) -> str:
    """French plural of one word: 'chef' -> 'chefs', 'général' -> 'généraux', 'fils' -> 'fils'."""
    if word.endswith(("s", "x", "z")):
        return word
    if word.endswith("al"):
        return word[:-2] + "aux"
    if word.endswith(("au", "eu")):
        return word + "x"
    return word + "s"


def plural_phrase(phrase: str) -> str:
    """Plural of a title: its head and a leading adjective ('Premier ministre' -> 'Premiers ministres')."""
    words = phrase.split(" ")
    count = 2 if len(words) > 1 and fold(words[0]) in {"premier", "premiere", "haut", "haute", "grand",
                                                       "grande", "vice"} else 1
    head = words[0].split("-")
    if len(head) > 1 and fold(head[0]) in {"vice", "ex", "sous", "co"}:
        head[-1] = plural(head[-1])
        words[0] = "-".join(head)
    else:
        for i in range(min(count, len(words))):
            words[i] = plural(words[i]) if fold(words[i]) != "vice" else words[i]
    return " ".join(words)


def demonym_forms(masculine: str) -> list[str]:
    """Regular inflections of a masculine demonym: 'russe' -> russe(s); 'ukrainien' -> ukrainien(ne)(s)."""
    if masculine.endswith("e"):
        feminine = masculine
    elif masculine.endswith(("en", "on")):
        feminine = masculine + "ne"
    elif masculine.endswith("c"):
        feminine = masculine[:-1] + "que"
    else:
        feminine = masculine + "e"
    forms = [masculine, plural(masculine), feminine, feminine + "s"]
    return list(dict.fromkeys(forms))

"""Is an article French? Its script, its function words, then a language identifier (py3langid)."""

from __future__ import annotations

import re
import unicodedata
from functools import cached_property

# Function words to tell French from other languages without a model (share of tokens).
_FRENCH = frozenset("le la les des du de un une et est sont à au aux en dans pour par sur que qui "
                    "ne pas avec ce cette il elle ils elles son sa ses leur leurs a ont été".split())
_OTHER = frozenset("the and of to in is are was were that with for on by this from "
                   "der die das und ist nicht mit el los las y del que por con una".split())
_WORD = re.compile(r"[a-zà-ÿ']+")
SAMPLE = 4000  # characters judged
LANGUAGE_NAMES = {"en": "English", "de": "German", "es": "Spanish", "it": "Italian", "pt": "Portuguese",
                  "nl": "Dutch", "ru": "Russian", "uk": "Ukrainian", "ar": "Arabic", "zh": "Chinese",
                  "ja": "Japanese", "tr": "Turkish", "pl": "Polish", "fa": "Persian", "he": "Hebrew"}


def looks_french(text: str) -> bool:
    """True unless the text is long enough to judge and its function words are mostly not French."""
    words = _WORD.findall(text[:SAMPLE].lower())
    if len(words) < 12:
        return True
    french = sum(1 for w in words if w in _FRENCH)
    other = sum(1 for w in words if w in _OTHER)
    return french >= other and french / len(words) > 0.06


def _letters(text: str) -> tuple[int, int]:
    """(letters, Latin letters) in the sample."""
    letters = latin = 0
    for char in text[:SAMPLE]:
        if char.isalpha():
            letters += 1
            if char < "\u0250" or "LATIN" in unicodedata.name(char, ""):
                latin += 1
    return letters, latin


class LanguageCheck:
    """Built once per reading run; the identifier's model is loaded only when a text needs it."""

    @cached_property
    def _identifier(self):
        from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

        return LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE, norm_probs=True)

    def problem(self, text: str, declared: str | None) -> str | None:
        """None for a French article; else why it is not taken as one."""
        if declared and not declared.lower().startswith("fr"):
            return f"is declared as {_name(declared)} ('lang': {declared!r}), not French"
        letters, latin = _letters(text)
        if letters == 0:
            return "has no letters (symbols, digits or emoji only)"
        if latin < letters / 2:
            lang = self._identifier.classify(text[:SAMPLE])[0]
            return f"is written in another script ({_name(lang)}?), not French"
        words = _WORD.findall(text[:SAMPLE].lower())
        if len(words) < 12:
            return None  # too short to judge: taken as French
        french = sum(1 for w in words if w in _FRENCH)
        if french / len(words) > 0.15 and looks_french(text):
            return None  # plainly French: no model needed
        lang, _ = self._identifier.classify(text[:SAMPLE])
        if lang == "fr" or looks_french(text):
            return None
        return f"looks like {_name(lang)}, not French"


def _name(code: str) -> str:
    return LANGUAGE_NAMES.get(code.lower()[:2], code)

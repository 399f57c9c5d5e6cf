"""Regular-expression pieces of the French time grammar, built once from the lexicon."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import Lexicon

APOS = "['’]"
FUNCTION_WORDS = frozenset(
    "à a au aux et ou où de du des d le la les l en dans par pour sur avec sans sous entre vers "
    "contre qui que qu ce cet cette ces il elle ils elles on nous vous est sont était ont avait "
    "avaient fut se s y ne n ni mais puis alors selon après avant depuis lors dont chez jusqu "
    "comme car soit même aussi déjà encore notamment pendant durant dès puisque lorsque quand "
    "tandis si".split())
DETERMINERS = frozenset(
    "le la les l un une du des au aux ce cet cette ces son sa ses leur leurs notre nos votre vos "
    "mon ma mes quel quelle".split())
PERSON_NOUNS = frozenset(
    "homme hommes femme femmes fille filles fillette fillettes garçon garçons garçonnet enfant enfants "
    "bébé bébés jeune jeunes adolescent adolescente adolescents adolescentes victime victimes "
    "personne personnes retraité retraitée octogénaire nonagénaire père mère fils frère sœur "
    "patient patiente conducteur conductrice automobiliste piéton cycliste motard élève élèves "
    "étudiant étudiante suspect suspecte prévenu prévenue détenu détenue chien chienne cheval "
    "mineur mineure mineurs mineures individu individus ressortissant ressortissante".split())
TIME_PREPOSITIONS = re.compile(
    rf"(?:\bà|\bvers|\bdès|\bjusqu{APOS}à|\bavant|\baprès|\bde|\bd{APOS}|\bentre|\bet|\bpour|\bdepuis|"
    rf"\bsur le coup de|\baux alentours de|\bà partir de|\bvers les)\s*$",
    re.IGNORECASE)
DURATION_PREPOSITIONS = re.compile(
    r"(?:\bpendant|\bdurant|\ben|\bdepuis|\bplus de|\bmoins de|\bprès de|\bdernières|\bderniers|"
    r"\bprochaines|\bprochains|\bces|\bles|\bdes|\bquelque|\benviron|\bpour|\bde)\s*$",
    re.IGNORECASE)
WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿœŒ]+(?:['’][A-Za-zÀ-ÖØ-öø-ÿ]+)?")


TOKEN = re.compile(r"\w+")
DIGIT = "#"  # the key of any token holding a digit
STOP_TOKENS = frozenset("le la les l de du des d à au aux en dans pour par ce cet cette un une".split())


def token_keys(text: str) -> frozenset[str]:
    """The words a rule can be keyed on: lower-case word tokens, articles and prepositions left out."""
    return frozenset(t for t in TOKEN.findall(text.lower()) if t not in STOP_TOKENS) - {""}


@dataclass(frozen=True)
class Pieces:
    """Named regex fragments; `expand` fills `{NAME}` holes in a rule's pattern.

    `words[kind]` holds the lexicon's word tokens of each kind, to key rules on (a rule is only run
    near the words it needs: `keys`)."""

    month: str
    weekday: str
    number: str
    unit: str
    part: str
    season: str
    ref: str
    set_word: str
    holiday: str
    words: dict[str, frozenset[str]]

    def keys(self, *kinds: str, words: str = "", digits: bool = False) -> frozenset[str]:
        """Trigger words of a rule: those of lexicon kinds, plus `words`, plus any digit."""
        out = set(token_keys(words))
        for kind in kinds:
            out |= self.words[kind]
        if digits:
            out.add(DIGIT)
        return frozenset(out)

    def expand(self, pattern: str) -> re.Pattern[str]:
        table = {
            "MONTH": self.month, "WD": self.weekday, "NUM": self.number, "UNIT": self.unit,
            "PART": self.part, "SEASON": self.season, "REF": self.ref, "SETW": self.set_word,
            "HOLIDAY": self.holiday, "A": APOS,
            "DAY": r"(?:1er|1re|premier|3[01]|[12]\d|0?[1-9])(?![\d,.:h])",
            "YEAR": r"(?:1[5-9]\d\d|20\d\d|21\d\d)(?![\d]|[.,]\d)",
            "YY": (r"(?:['’]?\d\d)(?!\d)(?=\s*(?:[,.;:()!?»\"/-]|$)|\s+(?:à|au|et|en|où|dans|sur|lors|avec|"
                   r"par|pour|puis|le|la|les|il|elle|ils|elles|on|qui|que|il)\b)"),
            "REL": (r"(?:derni(?:er|ère)s?|prochaine?s?|passée?s?)"),
            "MOD": r"(?:début|fin|mi|milieu|courant|la\s+mi|la\s+fin|le\s+début|le\s+milieu)",
        }
        text = re.sub(r"\{([A-Z]+)\}", lambda m: table[m.group(1)], pattern)
        return re.compile(r"(?<![\wÀ-ÿ-])" + text + r"(?![\wÀ-ÿ])", re.IGNORECASE)


def build_pieces(lexicon: Lexicon) -> Pieces:
    words = lexicon.alternation("number")
    number = rf"(?:\d+(?:,\d+)?|{words}(?:(?:\s+et\s+|-et-|-|\s+){words})*)"
    return Pieces(
        month=lexicon.alternation("month"),
        weekday=lexicon.alternation("weekday"),
        number=number,
        unit=lexicon.alternation("unit"),
        part=lexicon.alternation("part"),
        season=lexicon.alternation("season"),
        ref=lexicon.alternation("ref"),
        set_word=lexicon.alternation("set"),
        holiday=lexicon.alternation("holiday"),
        words={kind: frozenset().union(*(token_keys(form) for form in table)) if table else frozenset()
               for kind, table in lexicon.words.items()},
    )


def previous_words(text: str, start: int, count: int = 2) -> list[str]:
    """The `count` words before `start`, nearest last, lower-cased ("l'" and "d'" as words)."""
    window = text[max(0, start - 60):start]
    words = [w.lower().replace("’", "'") for w in re.findall(r"[\wÀ-ÿœ]+['’]?|['’]", window)]
    return words[-count:]


def next_word(text: str, end: int) -> str:
    match = re.match(r"\s*([\wÀ-ÿœ%€$]+)", text[end:end + 40])
    return match.group(1) if match else ""


def at_sentence_start(text: str, start: int) -> bool:
    """True when only punctuation, quotes or spaces separate `start` from the end of the last sentence."""
    window = text[max(0, start - 8):start]
    if start <= 8 and not window.strip(" \t\n\"«(_-"):
        return True
    return bool(re.search(r"[.!?:»\n]\s*[\"«(_-]?\s*$", window))

"""Rules for times of day, durations, sets, seasons and deictic words:
'21 h 45', 'deux ans', 'ces derniers jours', 'chaque année', "l'automne", 'actuellement'."""

from __future__ import annotations

import re
from dataclasses import replace

from .context import Context, clock_value, season_year
from .pieces import (
    DETERMINERS,
    DURATION_PREPOSITIONS,
    FUNCTION_WORDS,
    PERSON_NOUNS,
    TIME_PREPOSITIONS,
    Pieces,
    at_sentence_start,
    previous_words,
)
from .rule import Candidate, Match, Rule, fixed

TIME_UNITS = {"H": "H", "MIN": "M", "S": "S"}
PART_SETS = {"matin": "TMO", "matins": "TMO", "soir": "TEV", "soirs": "TEV", "nuit": "TNI", "nuits": "TNI"}
FRACTIONS = {"demi": 0.5, "quart": 0.25, "quarts": 0.75}
AGE_BEFORE = ("âgé de", "âgée de", "âgés de", "âgées de", "âge de", "âgé d'", "âgée d'", "agé de", "agée de",
              "agés de", "agées de", "les moins de", "les plus de")
# nouns that take a duration with "de" ("une peine de 10 ans"); before other words "de N ans" is an age
DURATION_NOUNS = frozenset(
    "peine peines période durée contrat retard plan mandat programme délai absence séjour bail engagement "
    "moratoire prison réclusion emprisonnement sursis interdiction trêve exil occupation guerre conflit "
    "règne carrière travail attente intervalle total moyenne maximum minimum terme cycle prolongation "
    "suspension accord traité mission espace exercice an ans bout plus moins près environ âge "
    "dizaine centaine quinzaine vingtaine trentaine".split())


def number_text(amount: float) -> str:
    return str(int(amount)) if amount == int(amount) else f"{amount:g}"


def period(unit: str, amount: float | None) -> str:
    """TimeML period for an amount of a lexicon unit: (2, 'Y') -> P2Y, (None, 'D') -> PXD,
    (0.5, 'H') -> PT30M."""
    if unit.startswith("P"):  # a fixed span: P10Y (décennie), P6M (semestre)...
        size, letter = int(unit[1:-1]), unit[-1]
        return f"PX{letter}" if amount is None else f"P{number_text(amount * size)}{letter}"
    if amount is None:
        return f"PTX{TIME_UNITS[unit]}" if unit in TIME_UNITS else f"PX{unit}"
    if unit == "H" and amount != int(amount):
        return f"PT{number_text(amount * 60)}M"
    if unit == "Y" and amount != int(amount) and amount * 12 == int(amount * 12):
        return f"P{int(amount * 12)}M"
    if unit == "D" and amount != int(amount):
        return f"PT{number_text(amount * 24)}H"
    if unit in TIME_UNITS:
        return f"PT{number_text(amount)}{TIME_UNITS[unit]}"
    return f"P{number_text(amount)}{unit}"


def is_age(m: Match, start: int, end: int) -> bool:
    """'à l'âge de 114 ans', 'une fillette de 6 ans', 'Pierre Monod, 97 ans,': an age, not a duration."""
    before = m.text[max(0, start - 12):start].lower().replace("’", "'").strip()
    if before.endswith(AGE_BEFORE):
        return True
    mod = (m.group("mod") or "").lower()
    if mod in ("plus de", "moins de") and previous_words(m.text, start, 1) == ["les"]:
        return True  # "les moins de 17 ans"
    span_start = start
    ranged = re.search(r"\bde\s+\w+\s+(?:à|et|ou)\s+$", m.text[max(0, start - 30):start])
    if ranged:  # "des enfants de 2 à 8 ans": look before the range
        span_start = start - len(ranged.group(0)) + 3
    words = previous_words(m.text, span_start, 2)
    if len(words) == 2 and words[1] in ("de", "d'") and not re.match(r"\s+(?:de|d['’])", m.text[end:end + 4]):
        if words[0] in PERSON_NOUNS or words[0] not in DURATION_NOUNS:
            return True
    after = m.text[end:end + 2]
    return bool(re.search(r"[,(]\s*$", m.text[max(0, start - 3):start])) and after[:1] in (",", ")", ".")


def build_duration(m: Match) -> list[Candidate]:
    start, end = m.span("core") if "core" in m.m.groupdict() else m.span()
    unit = str(m.value("unit", "unit"))
    if m.group("n"):
        amount = m.lexicon.number(m.group("n"))
        if amount is None:
            return []
        if m.group("half") or m.group("half2"):
            amount += 0.5
        low = m.group("n").lower()
        if low in ("un", "une") and unit == "D" and m.group("unit").lower() == "jour":
            words = previous_words(m.text, start, 1)
            if not words or words[-1] not in ("pendant", "durant", "depuis", "en", "pour", "de", "d'", "sur"):
                return []  # "un jour" = some day
        if unit == "H" and not m.group("mod") and TIME_PREPOSITIONS.search(m.text[max(0, start - 25):start]) \
                and not DURATION_PREPOSITIONS.search(m.text[max(0, start - 25):start]):
            return []  # "à 20 heures": a clock time
        if unit == "Y" and is_age(m, start, end):
            return []
        if unit == "S" and low in ("un", "une") and re.match(r"\s+[a-zé]", m.text[end:end + 3]) \
                and not re.match(r"\s+(?:de|d['’]|à|et|ou|plus|après|avant|pour)\b", m.text[end:end + 8]):
            return []  # "une seconde fois": an ordinal
    elif m.group("frac"):
        word = re.search(r"demi|quarts?", m.group("frac").lower()).group(0)
        amount = FRACTIONS[word] * (3 if m.group("frac").lower().startswith("trois") else 1)
    else:
        amount = None
        if m.group("vague").lower() == "des" and re.match(r"\s+(?:(?:18|19|20)?\d0|vingt|trente|quarante|"
                                                          r"cinquante|soixante|quatre)", m.text[end:end + 8]):
            return []  # "des années 60" is a decade
        follower = re.match(r"\s+([a-zà-ÿ]+)", m.text[end:end + 30])
        if m.group("vague").lower() == "des" and follower and follower.group(1) not in FUNCTION_WORDS:
            return []  # "des heures scolaires", "des jours fériés"
    value = period(unit, amount)
    return [Candidate(start, end, fixed("DURATION", value))]


def build_duration_range(m: Match) -> list[Candidate]:
    """'de 8 à 24 mois': the first number is a duration of the same unit."""
    first = m.lexicon.number(m.group("n1"))
    if first is None:
        return []
    unit = str(m.value("unit", "unit"))
    if unit == "Y":
        words = previous_words(m.text, m.span()[0], 2)
        if len(words) == 2 and words[1] == "de" and words[0] not in DURATION_NOUNS:
            return []  # "des enfants de 2 à 8 ans": ages
    return [Candidate(*m.span("n1"), fixed("DURATION", period(unit, first)))] + build_duration(m)


def build_term(m: Match) -> list[Candidate]:
    return [Candidate(*m.span(), fixed("DURATION", str(m.value("unit", "unit"))))]


def build_recent(m: Match) -> list[Candidate]:
    start = m.span("adj")[0] if m.group("det").lower() == "des" else m.span()[0]
    raw = m.group("n") or m.group("n2")
    amount = m.lexicon.number(raw) if raw else None
    return [Candidate(start, m.span()[1], fixed("DURATION", period(str(m.value("unit", "unit")), amount)))]


def build_set(m: Match) -> list[Candidate]:
    word = m.group("what").lower()
    weekday = m.lexicon.value("weekday", word.rstrip("s"))
    if weekday:
        value = f"XXXX-WXX-{weekday}"
    elif word in PART_SETS:
        value = f"XXXX-XX-XX{PART_SETS[word]}"
    elif word.startswith("week"):
        value = "XXXX-WXX-WE"
    else:
        unit = m.lexicon.value("unit", word)
        if unit is None:
            return []
        amount = m.lexicon.number(m.group("n")) if m.group("n") else 1.0
        value = period(str(unit), amount)
    return [Candidate(*m.span(), fixed("SET", value))]


def build_per(m: Match) -> list[Candidate]:
    unit = m.lexicon.value("unit", m.group("unit"))
    value = "P1D" if m.group("unit").lower() == "nuit" else period(str(unit), 1.0)
    return [Candidate(*m.span("unit"), fixed("SET", value))]


def build_set_word(m: Match) -> list[Candidate]:
    words = previous_words(m.text, m.span()[0], 1)
    if words and (words[-1] in DETERMINERS or words[-1] in ("presse", "journal", "journaux")):
        return []  # "le quotidien Le Monde", "un hebdomadaire", "la presse quotidienne": newspapers
    return [Candidate(*m.span(), fixed("SET", str(m.value("set", "w"))))]


def build_ref(m: Match) -> list[Candidate]:
    start, end = m.span()
    word = m.group("w").lower()
    words = previous_words(m.text, start, 1)
    if word.startswith("précédent"):
        if words[-1:] == ["sans"] or re.match(r"\s*(?:[.,;:)»]|de\b|d['’])", m.text[end:end + 4]):
            return []  # "sans précédent", "créer un précédent"
    if word.startswith(("prochain", "futur", "actuel")) and words[-1:] in (["au"], ["du"]) \
            and re.match(r"\s*[.,;:)»]", m.text[end:end + 3]):
        return []
    if word[0].isupper() and not at_sentence_start(m.text, start) and not word.isupper():
        return []  # a name ("Avenir", "Futur")
    return [Candidate(start, end, fixed("TIME", str(m.value("ref", "w"))))]


def build_season(m: Match) -> list[Candidate]:
    start, end = m.span()
    named = re.match(r"\s+(?:de|du|des|d['’])\s*(?!l['’]année|cette|\d)", m.text[end:end + 16])
    if not m.group("year") and named:
        return []  # "le printemps de l'environnement", "le printemps de Prague"
    if m.group("pre"):
        start = m.span("season")[0]
    season = str(m.value("season", "season"))
    if m.group("year"):
        value = f"{m.group('year')}-{season}"
        return [Candidate(start, end, fixed("DATE", value), explicit_year=True)]
    if m.group("pre") and m.group("pre").lower() == "en" and not m.group("rel"):
        return [Candidate(start, end, fixed("DATE", f"XXXX-{season}"))]
    rel = (m.group("rel") or "").lower()
    relation = "past" if rel.startswith(("dern", "pass")) else "future" if rel.startswith("proch") else None

    def resolve(ctx: Context) -> tuple[str, str | None]:
        year = season_year(ctx, season, relation, start, end, use_tense=False)
        return "DATE", f"{year:04d}-{season}" if year is not None else None
    return [Candidate(start, end, resolve)]


def build_clock(m: Match) -> list[Candidate]:
    start, end = m.span()
    if m.group("noon"):
        word = m.group("noon")
        if word[0].isupper() and not at_sentence_start(m.text, start):
            return []  # "le Midi", "Midi Libre"
        hour = 12 if word.lower() == "midi" else 24
        minute = 30 if m.group("demi") else 0
        if hour == 24 and minute:
            hour = 0
    else:
        hour = int(m.group("h"))
        extra = (m.group("min") or "").lower()
        minute = int(extra) if extra.isdigit() else 30 if "demie" in extra else 15 if "quart" in extra else 0
        if "moins" in extra:
            hour, minute = hour - 1, 45
        ampm = (m.group("ampm") or "").lower()
        if ampm and not ampm.endswith("matin") and hour < 12:
            hour += 12
        before = m.text[max(0, start - 25):start]
        if m.group("word"):
            if not (TIME_PREPOSITIONS.search(before) or m.group("min") or ampm) \
                    or DURATION_PREPOSITIONS.search(before):
                return []
        elif not m.group("min") and DURATION_PREPOSITIONS.search(before) \
                and not TIME_PREPOSITIONS.search(before):
            return [Candidate(start, end, fixed("DURATION", f"PT{hour}H"))]
        if hour > 24 or minute > 59:
            return []

    def resolve(ctx: Context) -> tuple[str, str | None]:
        day = ctx.reference_day()
        return "TIME", clock_value(day, hour, minute) if day else None
    return [Candidate(start, end, resolve, clock=True)]


def span_rules(p: Pieces) -> list[Rule]:
    units = p.keys("unit")
    keys = {"duration": units, "duration_range": units, "term": units, "recent": units,
            "set": p.keys("unit", "weekday", words="lundis mardis mercredis jeudis vendredis samedis "
                          "dimanches matin matins soir soirs nuit nuits week ends"),
            "per": p.keys("unit", words="nuit"), "set_word": p.keys("set"), "ref": p.keys("ref"),
            "season": p.keys("season"), "clock": p.keys(words="midi minuit", digits=True)}
    return [replace(rule, keys=keys[rule.name]) for rule in _rules(p)]


def _rules(p: Pieces) -> list[Rule]:
    x = p.expand
    mods = (r"plus\s+de|moins\s+de|près\s+de|environ|presque|au\s+moins|au\s+plus|pas\s+moins\s+de|quelque|"
            r"à\s+peine|un\s+peu\s+plus\s+d{A}|un\s+peu\s+moins\s+d{A}|bien\s+plus\s+de|une\s+bonne|un\s+bon")
    return [
        Rule("duration", x(r"(?:(?P<mod>" + mods + r")\s*)?(?:(?P<n>{NUM})(?P<half>\s+et\s+demie?)?\s+|"
                           r"(?P<vague>quelques|plusieurs|de\s+nombreux|de\s+nombreuses|de\s+longs|de\s+longues|"
                           r"des|bien\s+des)\s+|(?P<frac>une?\s+demi|une?\s+quart\s+d['’e]\s*|"
                           r"trois\s+quarts\s+d['’e]\s*)[\s-]*)(?P<unit>{UNIT})(?P<half2>\s+et\s+demie?)?"),
             build_duration, 1),
        Rule("duration_range", x(r"(?P<n1>{NUM})\s+(?:à|ou)\s+"
                                 r"(?P<core>(?P<mod>)(?P<n>{NUM})(?P<half>)(?P<vague>)(?P<frac>)"
                                 r"\s+(?P<unit>{UNIT})(?P<half2>))"), build_duration_range, 0),
        Rule("term", x(r"(?P<unit>quinquennats?|septennats?)"), build_term, 0),
        Rule("recent", x(r"(?P<det>ces|les|des)\s+(?:(?P<n>{NUM})\s+)?"
                         r"(?P<adj>derni(?:er|ère)s|prochaine?s)\s+"
                         r"(?:(?P<n2>{NUM})\s+)?(?P<unit>{UNIT})"), build_recent, 2),
        Rule("set", x(r"(?:chaque|tous\s+les|toutes\s+les)\s+(?:(?P<n>{NUM})\s+)?(?P<what>{UNIT}|{WD}s?|"
                      r"matins?|soirs?|nuits?|week[\s-]ends?)"), build_set, 2),
        Rule("per", x(r"par\s+(?P<unit>an|année|jour|mois|semaine|semestre|trimestre|heure|minute|"
                      r"seconde|nuit)"),
             build_per, 1),
        Rule("set_word", x(r"(?P<w>{SETW})"), build_set_word, 0),
        Rule("ref", x(r"(?P<w>{REF})"), build_ref, 0),
        Rule("season", x(r"(?:(?P<pre>en|au|dès\s+l{A}|depuis\s+l{A})\s*|(?P<det>l{A}|cet|cette|ce|le|la)\s*)"
                         r"(?P<season>{SEASON})(?:\s+(?P<year>{YEAR})|\s+(?P<rel>derni(?:er|ère)|prochaine?|"
                         r"passée?))?(?!\s+(?:arabe|de\s+prague|des\s+peuples))"), build_season, 1),
        Rule("clock", x(r"(?:(?P<h>[01]?\d|2[0-4])\s?(?:(?P<word>heures?)|[hH])"
                        r"(?:\s?(?P<min>[0-5]\d|et\s+demie|"
                        r"et\s+quart|moins\s+le\s+quart))?|(?P<noon>midi|minuit)(?P<demi>\s+et\s+demie?)?)"
                        r"(?:\s+(?P<ampm>du\s+matin|du\s+soir|de\s+l{A}après-midi))?"), build_clock, 1),
    ]

"""Rules for expressions resolved against the anchor or the day last named:
'hier soir', 'lundi prochain', 'la semaine dernière', 'le lendemain', 'il y a trois jours'."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from . import calendar as cal
from .context import Context, offset_value, part_value, relative_unit, season_year
from .pieces import Pieces, at_sentence_start, previous_words
from .rule import Candidate, Match, Resolver, Rule
from .rules_absolute import day_month_resolver, day_number
from .tense import PRESENT

DEICTIC = {"avant-hier": -2, "avant hier": -2, "hier": -1, "aujourd'hui": 0, "demain": 1,
           "après-demain": 2, "après demain": 2}
ANAPHORS = {"lendemain": 1, "surlendemain": 2, "veille": -1, "avant-veille": -2, "avant veille": -2}
UNIT_WORDS = {"semaine": "W", "mois": "M", "an": "Y", "année": "Y", "week-end": "WE", "week end": "WE",
              "fin de semaine": "WE", "trimestre": "Q", "semestre": "H", "siècle": "C", "décennie": "E"}
SEASON_WORDS = {"printemps": "SP", "été": "SU", "automne": "FA", "hiver": "WI"}
NEXT = ("prochain", "prochaine", "suivant", "suivante", "d'après")
REFERENCE_RELATIONS = ("précédent", "précédente", "suivant", "suivante", "d'avant", "d'après")
UNIT_STEPS = {"Y": ("Y", 1), "M": ("M", 1), "W": ("W", 1), "D": ("D", 1), "P10Y": ("Y", 10),
              "P100Y": ("Y", 100), "P3M": ("M", 3), "P6M": ("M", 6), "P5Y": ("Y", 5), "P7Y": ("Y", 7)}
UNITS = "semaine|mois|an|année|week[\\s-]end|fin\\s+de\\s+semaine|trimestre|semestre|siècle|décennie"


def norm(text: str | None) -> str:
    return re.sub(r"\s+", " ", (text or "").lower().replace("’", "'"))


def unit_of(text: str) -> str:
    key = norm(text)
    return UNIT_WORDS.get(key) or UNIT_WORDS[key.replace("-", " ")]


def part_code(m: Match, group: str = "part") -> str | None:
    code = m.value("part", group)
    return str(code) if code else None


def with_part(day: dt.date | None, part: str | None) -> tuple[str, str | None]:
    if part is None:
        return "DATE", day.isoformat() if day else None
    if part == "MI":
        return "TIME", f"{day.isoformat()}T12:00" if day else None
    return "TIME", part_value(day, part)


def build_deictic(m: Match) -> list[Candidate]:
    start, end = m.span()
    offset = DEICTIC[norm(m.group("word")).replace("’", "'")]
    part = part_code(m)
    today = offset == 0 and part is None and not m.group("wd")
    text = m.text
    before = previous_words(text, start, 3)
    present_ref = today and (
        (at_sentence_start(text, start) and text[end:end + 1] == ",")
        or (text[max(0, start - 2):start].strip() == "," and text[end:end + 1] == ",")
        or before[-1:] in (["jusqu'"], ["encore"], ["toujours"], ["depuis"], ["dès"])
        or any(w in ("ne", "n'") for w in before))

    def resolve(ctx: Context) -> tuple[str, str | None]:
        if present_ref:
            return "TIME", "PRESENT_REF"
        day = cal.shift_day(ctx.anchor, offset) if ctx.anchor else None
        return with_part(day, part)
    return [Candidate(start, end, resolve, rule="deictic")]


def build_this_part(m: Match) -> list[Candidate]:
    start, end = m.span()
    part = part_code(m)
    anaphoric = bool(m.group("la"))
    night = part == "NI"

    def resolve(ctx: Context) -> tuple[str, str | None]:
        day = ctx.reference_day() if anaphoric else ctx.anchor
        if night and not anaphoric and day and ctx.direction(start, end) == cal.PAST:
            day = cal.shift_day(day, -1)
        return with_part(day, part)
    return [Candidate(start, end, resolve)]


def unit_resolver(start: int, end: int, unit: str, offset: int, reference: bool) -> Resolver:
    def resolve(ctx: Context) -> tuple[str, str | None]:
        step = offset
        if unit == "WE" and offset == 0 and not reference and ctx.anchor is not None:
            if ctx.direction(start, end) == cal.PAST and ctx.anchor.isoweekday() < 6:
                step = -1
        return "DATE", relative_unit(ctx, unit, step, reference)
    return resolve


def build_this_unit(m: Match) -> list[Candidate]:
    start, end = m.span()
    unit = unit_of(m.group("unit"))
    return [Candidate(start, end, unit_resolver(start, end, unit, 0, m.group("ci") == "-là"))]


def build_relative_unit(m: Match) -> list[Candidate]:
    start, end = m.span()
    unit = unit_of(m.group("unit"))
    rel = norm(m.group("rel"))
    if rel in ("en cours",):
        return [Candidate(start, end, unit_resolver(start, end, unit, 0, False))]
    offset = 1 if rel.startswith(NEXT) else -1
    return [Candidate(start, end, unit_resolver(start, end, unit, offset, rel in REFERENCE_RELATIONS))]


def build_new_year(m: Match) -> list[Candidate]:
    def resolve(ctx: Context) -> tuple[str, str | None]:
        if ctx.year_month is None:
            return "DATE", None
        year, month = ctx.year_month
        return "DATE", f"{year if month <= 2 else year + 1:04d}"
    return [Candidate(*m.span(), resolve)]


def build_edge(m: Match) -> list[Candidate]:
    """'la fin de l'année', 'le début du mois prochain', 'fin d'année': the period's value."""
    start, end = m.span()
    word = norm(m.group("unit"))
    before = previous_words(m.text, start, 1)
    if not m.group(0).lower().startswith(("la", "le")) and before[-1:] in (["de"], ["d'"]):
        return []  # "une fête de fin d'année": part of a noun
    rel = norm(m.group("rel"))
    offset = 1 if rel.startswith(NEXT) else -1 if rel and rel != "en cours" else 0
    reference = rel in REFERENCE_RELATIONS
    if word in SEASON_WORDS:
        season = SEASON_WORDS[word]

        def resolve(ctx: Context) -> tuple[str, str | None]:
            year = season_year(ctx, season, cal.PAST if offset < 0 else cal.FUTURE if offset else None,
                               start, end)
            return "DATE", f"{year:04d}-{season}" if year is not None else None
        return [Candidate(start, end, resolve)]
    if word in ("matinée", "après-midi", "soirée", "journée", "nuit"):
        part = {"matinée": "MO", "après-midi": "AF", "soirée": "EV", "journée": "DT", "nuit": "NI"}[word]
        return [Candidate(start, end, lambda ctx: ("TIME", part_value(ctx.reference_day(), part)))]
    unit = UNIT_WORDS[word]
    return [Candidate(start, end, unit_resolver(start, end, unit, offset, reference))]


def build_weekday(m: Match) -> list[Candidate]:
    start, end = m.span()
    det = norm(m.group("det"))
    word = m.group("wd")
    before = previous_words(m.text, start, 1)
    if word[0].isupper() and not word.isupper() and before and before[-1] in ("du", "de", "d'"):
        return []  # "le Journal du Dimanche"
    if det in ("dès", "depuis"):
        start = m.span("wd")[0]
    weekday = int(m.value("weekday", "wd"))
    part = part_code(m)
    rel = norm(m.group("rel"))
    if det == "le" and not part and not rel and not re.match(r"\s*\d", m.text[end:end + 3]):
        value = f"XXXX-WXX-{weekday}"
        return [Candidate(start, end, lambda ctx: ("SET", value))]

    def resolve(ctx: Context) -> tuple[str, str | None]:
        if rel in REFERENCE_RELATIONS:
            base = ctx.reference_day()
            direction, strict = (cal.FUTURE if rel.startswith(NEXT) else cal.PAST), True
        else:
            base = ctx.anchor
            if rel:
                direction, strict = (cal.FUTURE if rel.startswith(NEXT) else cal.PAST), True
            elif det == "depuis":
                direction, strict = cal.PAST, False
            else:  # a weekday in the present tense is mostly one to come: "il se rend mardi à Kiev"
                direction, strict = ctx.direction(start, end), False
                direction = cal.FUTURE if direction == PRESENT else direction
        if base is None:
            return ("TIME" if part else "DATE"), None
        return with_part(cal.weekday_near(base, weekday, direction, strict), part)
    return [Candidate(start, end, resolve, rule="weekday")]


PART_NOUNS = {"nuit": "NI", "soirée": "EV", "matinée": "MO", "après-midi": "AF", "après midi": "AF",
              "matin": "MO", "soir": "EV", "journée": "DT"}


def build_night_of(m: Match) -> list[Candidate]:
    """'la nuit de lundi à mardi', "l'après-midi du lundi", 'la nuit du jeudi 9 mai 2024'."""
    start, end = m.span()
    weekday = int(m.value("weekday", "wd"))
    part = PART_NOUNS[re.sub(r"^(?:la|le|l')\s*", "", norm(m.group("noun")))]
    if m.group("day"):
        year = int(m.group("year")) if m.group("year") else None
        dated = day_month_resolver(start, end, day_number(m.group("day")), int(m.value("month", "month")),
                                   year, False, weekday, None)
        return [Candidate(start, end, lambda ctx: ("TIME", _with_part_value(dated(ctx)[1], part)),
                          explicit_year=year is not None)]

    def resolve(ctx: Context) -> tuple[str, str | None]:
        if ctx.anchor is None:
            return "TIME", None
        day = cal.weekday_near(ctx.anchor, weekday, ctx.direction(start, end))
        return "TIME", part_value(day, part)
    return [Candidate(start, end, resolve)]


def _with_part_value(value: str | None, part: str) -> str | None:
    return f"{value}T{part}" if value and len(value) == 10 else None


def build_weekday_day(m: Match) -> list[Candidate]:
    """'mardi 17' (the month left implicit): the Tuesday the 17th nearest the anchor."""
    start, end = m.span()
    weekday, day = int(m.value("weekday", "wd")), int(m.group("day"))

    def resolve(ctx: Context) -> tuple[str, str | None]:
        if ctx.anchor is None:
            return "DATE", None
        fits = []
        for shift in range(-3, 4):
            year, month = cal.add_months(ctx.anchor.year, ctx.anchor.month, shift)
            if cal.valid_day(year, month, day) and dt.date(year, month, day).isoweekday() == weekday:
                fits.append(dt.date(year, month, day))
        if not fits:
            return "DATE", None
        return "DATE", min(fits, key=lambda d: abs((d - ctx.anchor).days)).isoformat()
    return [Candidate(start, end, resolve)]


def build_anaphor(m: Match) -> list[Candidate]:
    start, end = m.span()
    word = norm(m.group("w"))
    offset = ANAPHORS.get(word, 0)
    part = part_code(m)
    before = previous_words(m.text, start, 2)
    of_event = bool(re.match(r"\s+(?:de|d['’]|du|des)\b", m.text[end:end + 5])) and offset != 0 and (
        not m.group("det") and before[-1:] == ["au"] or before[-2:] in (["à", "la"], ["à", "l'"]))
    if of_event:  # "au lendemain de ...", "à la veille de ...": the time of the sentence itself
        return [Candidate(start, end, lambda ctx: with_part(ctx.sentence_day(start) or ctx.anchor, None))]

    def resolve(ctx: Context) -> tuple[str, str | None]:
        day = ctx.reference_day()
        return with_part(cal.shift_day(day, offset) if day else None, part)
    return [Candidate(start, end, resolve)]


def build_offset(m: Match) -> list[Candidate]:
    start, end = m.span()
    sign = -1 if norm(m.group("dir")).startswith("il") else 1
    step = UNIT_STEPS.get(str(m.value("unit", "unit")))
    amount = m.lexicon.number(m.group("n"))
    if step is None or amount is None:
        return []
    unit, size = step
    return [Candidate(start, end, lambda ctx: ("DATE", offset_value(ctx, unit, sign * amount * size)))]


def relative_rules(p: Pieces) -> list[Rule]:
    units = p.keys(words="semaine mois an année week fin trimestre semestre siècle décennie")
    keys = {"deictic": p.keys(words="hier demain aujourd"), "this_part": p.keys("part"),
            "part_of_day": p.keys("part", words="journée"), "this_unit": units, "relative_unit": units,
            "new_year": p.keys(words="nouvelle"), "edge": p.keys(words="début fin milieu mi"),
            "weekday": p.keys("weekday"), "night_of": p.keys("weekday"),
            "weekday_day": p.keys("weekday"),
            "anaphor": p.keys(words="lendemain surlendemain veille"), "same_day": p.keys(words="même là"),
            "offset": p.keys("unit")}
    return [replace(rule, keys=keys[rule.name]) for rule in _rules(p)]


def _rules(p: Pieces) -> list[Rule]:
    x = p.expand
    part = r"(?P<part>matin|soir|après[\s-]midi|midi|nuit|matinée|soirée)"
    return [
        Rule("deictic", x(r"(?P<word>avant[\s-]hier|après[\s-]demain|hier|aujourd{A}hui|demain)"
                          r"(?:\s*,?\s+(?P<wd>{WD})(?![\s-]*\d)|\s+(?:en\s+(?:début|fin|milieu)\s+(?:de\s+|d{A}\s*)"
                          r"|dans\s+la\s+|au\s+)?" + part + r")?"), build_deictic, 2),
        Rule("this_part", x(r"(?:ce|cet|cette)\s+(?:même\s+)?(?P<part>matin|soir|après[\s-]midi|midi|nuit)"
                            r"(?P<la>-là)?"), build_this_part, 2),
        Rule("part_of_day", x(r"(?:dans|durant|pendant|au\s+cours\s+de|tard\s+dans|toute)\s+"
                              r"(?P<core>(?:la\s+|l{A})"
                              r"(?P<part>nuit|soirée|matinée|journée|après[\s-]midi))(?!\s+(?:de|du|d{A}|où|qui))"),
             lambda m: build_part_of_day(m), 1),
        Rule("this_unit", x(r"(?:ce|cet|cette)\s+(?P<unit>" + UNITS + r")(?P<ci>-ci|-là)?"),
             build_this_unit, 2),
        Rule("relative_unit", x(r"(?:l{A}|la\s+|le\s+)(?P<unit>" + UNITS + r")\s+(?P<rel>derni(?:er|ère)|"
                                r"prochaine?|passée?|précédente?|suivante?|d{A}avant|d{A}après|écoulée?|"
                                r"en\s+cours)"), build_relative_unit, 2),
        Rule("new_year", x(r"la\s+nouvelle\s+année"), build_new_year, 2),
        Rule("edge", x(r"(?:(?:la|le)\s+)?(?:début|fin|milieu|mi)[\s-]+"
                       r"(?:de\s+l{A}|du\s+|de\s+la\s+|d{A}|de\s+)"
                       r"(?P<unit>année|an|mois|semaine|siècle|décennie|trimestre|semestre|été|hiver|automne|"
                       r"printemps|matinée|après-midi|soirée|journée|nuit)(?:\s+(?P<rel>derni(?:er|ère)|"
                       r"prochaine?|passée?|en\s+cours|précédente?|suivante?))?"), build_edge, 2),
        Rule("weekday", x(r"(?:(?P<det>le|ce|ce\s+même|dès|depuis)\s+)?(?P<wd>{WD})"
                          r"(?:\s+(?:en\s+|dans\s+la\s+|"
                          r"au\s+)?" + part + r")?(?:\s+(?P<rel>dernier|prochain|passé|suivant|précédent|"
                          r"d{A}avant|d{A}après))?(?!\s+(?:saint|gras|noir|sanglant|des\s+cendres|de\s+pâques))"),
             build_weekday, 1),
        Rule("weekday_day", x(r"(?P<wd>{WD})\s+(?P<day>3[01]|[12]\d|0?[1-9])(?!\d|[,.:]\d|\s*(?:h\b|heures?|"
                              r"{MONTH}|%|ans?\b|mois|jours?|morts?|personnes))"), build_weekday_day, 1),
        Rule("night_of", x(r"(?P<noun>la\s+nuit|la\s+soirée|la\s+matinée|la\s+journée|l{A}après[\s-]midi|"
                           r"le\s+matin|le\s+soir)\s+(?:de|du)\s+(?P<wd>{WD})(?:\s+(?P<day>{DAY})\s+"
                           r"(?P<month>{MONTH})(?:\s+(?P<year>{YEAR}))?)?(?:\s+(?:à|au)\s+{WD})?"),
             build_night_of, 3),
        Rule("anaphor", x(r"(?:(?P<det>le|la|l{A})\s*)?(?P<w>surlendemain|lendemain|avant[\s-]veille|veille)"
                          r"(?:\s+(?:au\s+)?" + part + r")?(?!\s+(?:sanitaire|technologique|stratégique))"),
             build_anaphor, 1),
        Rule("same_day", x(r"(?P<det>le|la|ce)\s+(?:même\s+)?(?P<w>jour|matin|soir|nuit|après-midi)"
                           r"(?:\s+même|-là)|le\s+même\s+(?P<w2>jour)|la\s+même\s+(?P<w3>nuit|soirée|matinée)"),
             lambda m: build_same_day(m), 1),
        Rule("offset", x(r"(?P<dir>il\s+y\s+a|dans)\s+(?:(?:plus\s+de|moins\s+de|près\s+de|environ|presque|"
                         r"à\s+peine|quelque|tout\s+juste|exactement|précisément)\s+)?(?P<n>{NUM})\s+"
                         r"(?P<unit>{UNIT})(?!\s+(?:de|d{A}|du|des)\b)"), build_offset, 2),
    ]


def build_same_day(m: Match) -> list[Candidate]:
    word = norm(m.group("w") or m.group("w2") or m.group("w3"))
    part = {"matin": "MO", "soir": "EV", "nuit": "NI", "après-midi": "AF", "soirée": "EV",
            "matinée": "MO"}.get(word)
    return [Candidate(*m.span(), lambda ctx: with_part(ctx.reference_day(), part))]


def build_part_of_day(m: Match) -> list[Candidate]:
    """'dans la soirée', 'pendant la nuit': that part of the day last named."""
    part = {"nuit": "NI", "soirée": "EV", "matinée": "MO", "journée": "DT"}.get(norm(m.group("part")), "AF")
    return [Candidate(*m.span("core"), lambda ctx: with_part(ctx.reference_day(), part))]

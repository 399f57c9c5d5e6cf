"""Rules for calendar dates: '1er février', 'le 13 février 2003', 'mai 1988', 'en 1997', 'les années 60'."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from . import calendar as cal
from .context import Context
from .pieces import FUNCTION_WORDS, Pieces, at_sentence_start, next_word, previous_words
from .rule import Candidate, Match, Resolver, Rule

RELATIONS = {"dernier": cal.PAST, "derniers": cal.PAST, "dernière": cal.PAST, "dernières": cal.PAST,
             "passé": cal.PAST, "passée": cal.PAST, "passés": cal.PAST, "passées": cal.PAST,
             "prochain": cal.FUTURE, "prochains": cal.FUTURE, "prochaine": cal.FUTURE,
             "prochaines": cal.FUTURE}
DECADE_WORDS = {"vingt": 2, "trente": 3, "quarante": 4, "cinquante": 5, "soixante": 6, "soixante-dix": 7,
                "quatre-vingt": 8, "quatre-vingts": 8, "quatre-vingt-dix": 9}
ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}
NOT_YEAR_BEFORE = frozenset(
    "n° no numéro article page p tél code rn vol ligne chambre route bus département modèle type lot "
    "km kilomètres altitude cote indice score plus moins environ près quelque quelques les des aux ses "
    "leurs mille résolution résolutions".split())
NOT_YEAR_AFTER = frozenset("F FF € $ % M Md km m kg t".split())
MONTH_CONTEXT = frozenset(
    "en de d' depuis fin début mi courant le au du dès jusqu'en avant après mois".split())


def relation(text: str | None) -> str | None:
    return RELATIONS.get(text.lower()) if text else None


def day_number(text: str) -> int:
    text = text.lower()
    return 1 if text in ("1er", "1re", "premier") else int(text)


def year_of(m: Match, year_group: str = "year", yy_group: str = "yy",
            anchor_year: int | None = None) -> tuple[int | None, bool]:
    """(year, whether it is a two-digit year to resolve against the anchor)."""
    if m.group(year_group):
        return int(m.group(year_group)), False
    if m.group(yy_group):
        return int(m.group(yy_group).lstrip("'’")), True
    return None, False


def resolve_year(ctx: Context, year: int | None, short: bool) -> int | None:
    if year is None or not short:
        return year
    anchor_year = ctx.year_month[0] if ctx.year_month else None
    return cal.two_digit_year(year, anchor_year)


def day_month_resolver(start: int, end: int, day: int, month: int, year: int | None, short: bool,
                       weekday: int | None, rel: str | None) -> Resolver:
    def resolve(ctx: Context) -> tuple[str, str | None]:
        y = resolve_year(ctx, year, short)
        if y is None and rel is None:
            y = ctx.sentence_year(start)
            if y is not None and weekday is not None and cal.valid_day(y, month, day) \
                    and dt.date(y, month, day).isoweekday() != weekday:
                y = None
        if y is None:
            direction = rel or ctx.direction(start, end)
            if ctx.anchor is not None:
                y = cal.year_for_day(ctx.anchor, month, day, direction, weekday)
            elif ctx.year_month is not None:
                y = cal.year_for_month(*ctx.year_month, month, direction)
            else:
                return "DATE", f"XXXX-{month:02d}-{day:02d}" if 1 <= day <= 31 else None
        if y is None or not cal.valid_day(y, month, day):
            return "DATE", None
        return "DATE", f"{y:04d}-{month:02d}-{day:02d}"
    return resolve


def month_resolver(start: int, end: int, month: int, year: int | None, short: bool,
                   rel: str | None) -> Resolver:
    def resolve(ctx: Context) -> tuple[str, str | None]:
        y = resolve_year(ctx, year, short)
        if y is None and rel is None:
            y = ctx.sentence_year(start)
        if y is None:
            if ctx.year_month is None:
                return "DATE", f"XXXX-{month:02d}"
            direction = rel or ctx.direction(start, end)
            y = cal.year_for_month(*ctx.year_month, month, direction, strict=rel is not None)
        return "DATE", cal.month_value(y, month)
    return resolve


def build_full_date(m: Match) -> list[Candidate]:
    start = m.span("det")[0] if m.group("det") else m.span("core")[0]
    month = int(m.value("month", "month"))
    day = day_number(m.group("day"))
    weekday = m.value("weekday", "wd")
    year, short = year_of(m)
    resolver = day_month_resolver(start, m.span()[1], day, month, year, short,
                                  weekday if isinstance(weekday, int) else None, relation(m.group("rel")))
    part = m.value("part", "part")
    if part:  # "samedi 29 janvier au soir"
        resolver = with_part_of(resolver, str(part))
    return [Candidate(start, m.span()[1], resolver, explicit_year=year is not None)]


def with_part_of(resolver: Resolver, part: str) -> Resolver:
    def resolve(ctx: Context) -> tuple[str, str | None]:
        _, value = resolver(ctx)
        if value is None or len(value) != 10:
            return "TIME", None
        return "TIME", f"{value}T12:00" if part == "MI" else f"{value}T{part}"
    return resolve


def build_week_of(m: Match) -> list[Candidate]:
    """'la semaine du 7 février': the ISO week of that day."""
    inner = day_month_resolver(m.span()[0], m.span()[1], day_number(m.group("day")),
                               int(m.value("month", "month")), *year_of(m), None, None)

    def resolve(ctx: Context) -> tuple[str, str | None]:
        _, value = inner(ctx)
        if value is None or value.startswith("X"):
            return "DATE", None
        return "DATE", cal.week_value(dt.date.fromisoformat(value))
    return [Candidate(*m.span(), resolve, explicit_year=bool(m.group("year")))]


def build_day_list(m: Match) -> list[Candidate]:
    """'les 6 et 13 avril prochains', 'du 19 au 23 juillet': each day is an expression."""
    month = int(m.value("month", "month"))
    year, short = year_of(m)
    rel = relation(m.group("rel"))
    out = []
    first_start = m.span("det")[0] if (m.group("det") or "").lower() == "les" else m.span("first")[0]
    spans = [(first_start, m.span("first")[1], m.group("first"))]
    last_start = m.span("lastdet")[0] if m.group("lastdet") else m.span("day")[0]
    spans.append((last_start, m.span()[1], m.group("day")))
    for start, end, day in spans:
        resolver = day_month_resolver(start, end, day_number(day), month, year, short, None, rel)
        out.append(Candidate(start, end, resolver, explicit_year=year is not None))
    return out


def build_numeric_date(m: Match) -> list[Candidate]:
    day, month = int(m.group("d")), int(m.group("mo"))
    raw = m.group("y")
    year, short = int(raw), len(raw) == 2

    def resolve(ctx: Context) -> tuple[str, str | None]:
        y = resolve_year(ctx, year, short)
        if y is None or not cal.valid_day(y, month, day):
            return "DATE", None
        return "DATE", f"{y:04d}-{month:02d}-{day:02d}"
    return [Candidate(*m.span(), resolve, explicit_year=True)]


def build_month(m: Match) -> list[Candidate]:
    month = int(m.value("month", "month"))
    year, short = year_of(m)
    rel = relation(m.group("rel")) if "rel" in m.m.groupdict() else None
    start = m.span()[0]
    if m.group("det") and m.group("det").lower() != "le":
        start = m.span("mois")[0]
    if year is None and not m.group("mod") and not m.group("mois") and rel is None:
        word = m.group("month")
        if word[0].isupper() and word.lower() in ("mars", "mai") and not at_sentence_start(m.text, start):
            before = previous_words(m.text, start, 1)
            if not before or before[-1] not in MONTH_CONTEXT:
                return []
    end = m.span("month")[1] if m.group("month2") else m.span()[1]
    out = [Candidate(start, end, month_resolver(start, end, month, year, short, rel),
                     explicit_year=year is not None)]
    if m.group("month2"):
        second = int(m.value("month", "month2"))
        s2, e2 = m.span("month2")[0], m.span()[1]
        out.append(Candidate(s2, e2, month_resolver(s2, e2, second, year, short, rel),
                             explicit_year=year is not None))
    return out


def year_is_quantity(m: Match, start: int, end: int) -> bool:
    """'2000 personnes', 'plus de 1500', '1998 €': a number, not a year."""
    after = next_word(m.text, end)
    if after in NOT_YEAR_AFTER or m.text[end:end + 2].lstrip().startswith(("%", "€", "$")):
        return True
    if after and after[0].islower() and after.lower() not in FUNCTION_WORDS:
        return True
    before = previous_words(m.text, start, 1)
    if before and before[-1] in NOT_YEAR_BEFORE:
        return True
    return bool(m.text[max(0, start - 2):start].strip(" ").isdigit())


def build_year(m: Match) -> list[Candidate]:
    start, end = m.span()
    if not m.group("pre") and year_is_quantity(m, start, end):
        return []
    value = m.group("year")
    return [Candidate(start, end, lambda ctx: ("DATE", value), explicit_year=True)]


def build_year_range(m: Match) -> list[Candidate]:
    """'1982-1990', '2002/2003': two years."""
    first, second = m.group("y1"), m.group("y2")
    return [Candidate(*m.span("y1"), lambda ctx: ("DATE", first), explicit_year=True),
            Candidate(*m.span("y2"), lambda ctx: ("DATE", second), explicit_year=True)]


def build_short_year(m: Match) -> list[Candidate]:
    start, end = m.span("yy")
    raw = int(m.group("yy").lstrip("'’"))

    def resolve(ctx: Context) -> tuple[str, str | None]:
        return "DATE", f"{resolve_year(ctx, raw, True):04d}"
    return [Candidate(start, end, resolve, explicit_year=True)]


def build_mod_year(m: Match) -> list[Candidate]:
    value = m.group("year")
    return [Candidate(*m.span(), lambda ctx: ("DATE", value), explicit_year=True)]


def build_decade(m: Match) -> list[Candidate]:
    raw = m.group("dec").lower()
    if raw in DECADE_WORDS:
        value = f"19{DECADE_WORDS[raw]}X"
    elif len(raw) == 4:
        value = raw[:3] + "X"
    else:
        value = f"19{raw[0]}X"
    start = m.span("det")[0] if m.group("det") else m.span("mod")[0] if m.group("mod") else m.span("core")[0]
    return [Candidate(start, m.span()[1], lambda ctx: ("DATE", value))]


def roman(text: str) -> int | None:
    total = 0
    values = [ROMAN.get(c) for c in text.upper()]
    if None in values:
        return None
    for i, v in enumerate(values):
        total += -v if i + 1 < len(values) and values[i + 1] > v else v
    return total


def build_century(m: Match) -> list[Candidate]:
    raw = m.group("c")
    number = int(raw) if raw.isdigit() else roman(raw)
    if not number or number > 21:
        return []
    value = f"{number - 1:02d}XX"
    return [Candidate(*m.span(), lambda ctx: ("DATE", value))]


def holiday_resolver(start: int, end: int, spec: str, year: int | None) -> Resolver:
    def on(y: int) -> dt.date:
        if spec.startswith("EASTER"):
            return cal.easter(y) + dt.timedelta(days=int(spec[6:]))
        return dt.date(y, int(spec[:2]), int(spec[3:]))

    def resolve(ctx: Context) -> tuple[str, str | None]:
        if year is not None:
            return "DATE", on(year).isoformat()
        if ctx.anchor is None:
            if ctx.year_month is not None:
                return "DATE", on(ctx.year_month[0]).isoformat()
            return "DATE", None if spec.startswith("EASTER") else f"XXXX-{spec}"
        days = [on(y) for y in (ctx.anchor.year - 1, ctx.anchor.year, ctx.anchor.year + 1)]
        direction = ctx.direction(start, end)
        if direction == cal.PAST:
            return "DATE", max(d for d in days if d <= ctx.anchor).isoformat()
        if direction == cal.FUTURE:
            return "DATE", min(d for d in days if d >= ctx.anchor).isoformat()
        return "DATE", min(days, key=lambda d: abs((d - ctx.anchor).days)).isoformat()
    return resolve


def build_holiday(m: Match) -> list[Candidate]:
    start, end = m.span()
    name = m.group("name")
    after = m.text[end:end + 30]
    if name.lower().startswith("no") and after[:1] == " " and after[1:2].isupper():
        return []  # Noël Mamère: a first name
    if "île de" in m.text[max(0, start - 8):start].lower():
        return []
    spec = str(m.value("holiday", "name"))
    year = int(m.group("year")) if m.group("year") else None
    return [Candidate(start, end, holiday_resolver(start, end, spec, year), explicit_year=year is not None)]


ORDINALS = {"premier": 1, "1er": 1, "deuxième": 2, "second": 2, "2e": 2, "2ème": 2, "troisième": 3, "3e": 3,
            "3ème": 3, "quatrième": 4, "4e": 4, "4ème": 4, "dernier": 4}


def build_quarter(m: Match) -> list[Candidate]:
    """'au premier trimestre 2022' -> 2022-Q1, 'le second semestre' -> YYYY-H2."""
    number = ORDINALS[m.group("ord").lower()]
    letter = "Q" if m.group("unit").lower().startswith("tri") else "H"
    if letter == "H":
        number = 2 if number > 1 else 1
    year = int(m.group("year")) if m.group("year") else None
    start = m.span("det")[0] if m.group("det") and m.group("det").lower() == "le" else m.span("ord")[0]

    def resolve(ctx: Context) -> tuple[str, str | None]:
        y = year or ctx.sentence_year(start) or (ctx.year_month[0] if ctx.year_month else None)
        return "DATE", f"{y:04d}-{letter}{number}" if y else None
    return [Candidate(start, m.span()[1], resolve, explicit_year=year is not None)]


def absolute_rules(p: Pieces) -> list[Rule]:
    months, digits = p.keys("month"), p.keys(digits=True)
    keys = {"full_date": months, "day_list": months, "month_year": months, "month": months,
            "decade": p.keys(words="années"), "week_of": p.keys(words="semaine"),
            "quarter": p.keys(words="trimestre semestre"), "century": p.keys(words="siècle"),
            "holiday": p.keys("holiday")}
    return [replace(rule, keys=keys.get(rule.name, digits)) for rule in _rules(p)]


def _rules(p: Pieces) -> list[Rule]:
    x = p.expand
    return [
        Rule("full_date", x(r"(?:(?P<det>le|ce|ce\s+même)\s+)?(?P<core>(?:(?P<wd>{WD})\s+)?(?P<day>{DAY})"
                            r"(?:\s+|-)(?P<month>{MONTH})(?:\s+(?P<year>{YEAR})|\s+(?P<yy>{YY}))?"
                            r"(?:\s+(?P<rel>{REL}))?(?:\s+(?:au\s+|dans\s+la\s+|en\s+)?"
                            r"(?P<part>matin|soir|après[\s-]midi|soirée|matinée|nuit))?)"),
             build_full_date, 2),
        Rule("week_of", x(r"la\s+semaine\s+du\s+(?P<day>{DAY})\s+(?P<month>{MONTH})(?:\s+(?P<year>{YEAR}))?"
                          r"(?P<yy>)"), build_week_of, 3),
        Rule("day_list", x(r"(?:(?P<det>les|du|entre\s+le)\s+)?(?P<first>{DAY})(?:\s*,\s*{DAY})*\s*"
                           r"(?:,|et|au|à|-|ou)\s*(?P<lastdet>le\s+)?(?P<day>{DAY})\s+(?P<month>{MONTH})"
                           r"(?:\s+(?P<year>{YEAR})|\s+(?P<yy>{YY}))?(?:\s+(?P<rel>{REL}))?"),
             build_day_list, 1),
        Rule("numeric_date", x(r"(?P<d>{DAY})[/.](?P<mo>0?[1-9]|1[0-2])[/.](?P<y>\d{4}|\d{2})(?![\d/])"),
             build_numeric_date, 3),
        Rule("iso_date", x(r"(?P<y>\d{4})-(?P<mo>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])"),
             build_numeric_date, 3),
        Rule("month_year", x(r"(?:(?P<mod>{MOD})[\s-]+|(?P<det>le|au|du)?\s*"
                             r"(?P<mois>mois\s+(?:de\s+|d{A}\s*)))?"
                             r"(?P<month>{MONTH})(?P<month2>)(?:\s+(?P<year>{YEAR})|\s+(?P<yy>{YY}))"),
             build_month, 2),
        Rule("month", x(r"(?:(?P<mod>{MOD})(?:\s+du)?[\s-]+)?(?:(?P<det>le|au|du)?\s*"
                        r"(?P<mois>mois\s+(?:de\s+|d{A}\s*)))?"
                        r"(?P<month>{MONTH})(?:\s*-\s*(?P<month2>{MONTH}))?(?:\s+(?P<rel>{REL}))?"
                        r"(?P<year>)(?P<yy>)"), build_month, 1),
        Rule("year", x(r"(?:(?P<pre>l{A}an(?:née)?)\s+)?(?P<year>{YEAR})"), build_year, 1),
        Rule("year_range", x(r"(?P<y1>{YEAR})\s*[-–/]\s*(?P<y2>{YEAR})"), build_year_range, 1),
        Rule("short_year", x(r"en\s+(?P<yy>{YY})"), build_short_year, 0),
        Rule("mod_year", x(r"(?:la\s+|le\s+)?(?:début|fin|mi|milieu|courant)[\s-]+(?P<year>{YEAR})"),
             build_mod_year, 2),
        Rule("decade", x(r"(?:(?P<mod>(?:le\s+|la\s+)?(?:début|fin|milieu)\s+des\s+)|(?P<det>les\s+))?"
                         r"(?P<core>années\s+(?P<dec>(?:18|19|20)?\d0|vingt|trente|quarante|cinquante|"
                         r"soixante-dix|soixante|quatre-vingt-dix|quatre-vingts?))"), build_decade, 2),
        Rule("century", x(r"(?:(?:la\s+|le\s+)?(?:début|fin|milieu)\s+du\s+|le\s+)?"
                          r"(?P<c>[IVXL]+|\d{1,2})(?:e|è|ème|eme)\s+siècle"), build_century, 2),
        Rule("quarter", x(r"(?:(?P<det>le|au|du)\s+)?"
                          r"(?P<ord>premier|1er|deuxième|second|2e|2ème|troisième|3e|"
                          r"3ème|quatrième|4e|4ème|dernier)\s+(?P<unit>trimestre|semestre)"
                          r"(?:\s+(?P<year>{YEAR})|\s+(?:de\s+)?(?:l{A}année|cette\s+année))?"),
             build_quarter, 2),
        Rule("holiday", x(r"(?:(?:cette|la)\s+fête\s+de\s+)?(?P<name>{HOLIDAY})(?:\s+(?P<year>{YEAR}))?"),
             build_holiday, 1),
    ]

"""De-duplication: the mentions (sentences) that report one event become one event.

Mentions are compared inside a *block*: same root code, same source country, same target country.
In a block, mentions are taken most precise date first and each joins the first event it is
compatible with (else starts one). Compatible means, against everything the event holds so far:
  - the base codes agree (3 digits; a 2-digit code matches any code under it),
  - the actors' roles agree where both sides say one (USA and USAGOV agree; USAGOV and USAMIL do not),
  - the modes are in one group of `dedup.yaml` (occurred/alleged; planned; negated; hypothetical),
  - the dates overlap (a day, an ISO week, a month; undated → the article's date), and the event's
    date narrows to the overlap, so a month-dated report cannot chain two different days,
  - the places, when both have one, are in the same country.
The result depends only on the block's mentions, never on the order they were ingested in.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..datafiles import package_path
from ..errors import DataError
from ..events import MODES

_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class Rules:
    base_code_digits: int
    mode_group: dict[str, int]
    mode_preference: tuple[str, ...]
    undated_on_article_date: bool
    lead_min_chars: int

    @classmethod
    def load(cls, path: Path | str | None = None) -> Rules:
        """Read dedup.yaml (the package's, or `path`); a wrong entry raises DataError `file:line: field: ...`."""
        path = Path(path) if path else package_path("vigie.store", "dedup.yaml")
        try:
            node = yaml.compose(path.read_text(encoding="utf-8"))
        except OSError as err:
            raise DataError(str(path), None, "file", f"cannot be read: {err.strerror}") from err
        except yaml.YAMLError as err:
            mark = getattr(err, "problem_mark", None)
            raise DataError(str(path), mark.line + 1 if mark else None, "yaml", str(err)) from err
        if not isinstance(node, yaml.MappingNode):
            raise DataError(str(path), 1, "yaml", "expected a mapping of rules")
        values: dict[str, object] = {}
        lines: dict[str, int] = {}
        for key, value in node.value:
            values[key.value] = yaml.safe_load(yaml.serialize(value))
            lines[key.value] = key.start_mark.line + 1
        return _rules(str(path), values, lines)


def _rules(path: str, values: dict[str, object], lines: dict[str, int]) -> Rules:
    known = {"base_code_digits", "mode_groups", "mode_preference", "undated_on_article_date", "lead_min_chars"}
    for name in values:
        if name not in known:
            raise DataError(path, lines[name], name, f"unknown rule (known: {', '.join(sorted(known))})")
    for name in known:
        if name not in values:
            raise DataError(path, None, name, "is required")

    def fail(name: str, problem: str) -> DataError:
        return DataError(path, lines[name], name, problem)

    digits = values["base_code_digits"]
    if not isinstance(digits, int) or isinstance(digits, bool) or not 2 <= digits <= 4:
        raise fail("base_code_digits", f"must be 2, 3 or 4, not {digits!r}")
    groups = values["mode_groups"]
    if not isinstance(groups, list) or not all(isinstance(g, list) for g in groups):
        raise fail("mode_groups", "must be a list of lists of modes")
    group_of: dict[str, int] = {}
    for number, group in enumerate(groups):
        for mode in group:
            if mode not in MODES:
                raise fail("mode_groups", f"{mode!r} is not a mode ({', '.join(MODES)})")
            if mode in group_of:
                raise fail("mode_groups", f"{mode!r} is in two groups")
            group_of[mode] = number
    missing = [mode for mode in MODES if mode not in group_of]
    if missing:
        raise fail("mode_groups", f"every mode needs a group; missing {', '.join(missing)}")
    preference = values["mode_preference"]
    if not isinstance(preference, list) or sorted(map(str, preference)) != sorted(MODES):
        raise fail("mode_preference", f"must list each mode once ({', '.join(MODES)})")
    undated = values["undated_on_article_date"]
    if not isinstance(undated, bool):
        raise fail("undated_on_article_date", f"must be true or false, not {undated!r}")
    lead = values["lead_min_chars"]
    if not isinstance(lead, int) or isinstance(lead, bool) or lead < 0:
        raise fail("lead_min_chars", f"must be a whole number of characters, not {lead!r}")
    return Rules(digits, group_of, tuple(preference), undated, lead)


def date_interval(value: str | None) -> tuple[dt.date, dt.date] | None:
    """'2022-02-01' → that day; '2022-W05' → its Monday..Sunday; '2022-02' → the month; else None."""
    if not value:
        return None
    try:
        if _DAY.match(value):
            day = dt.date.fromisoformat(value)
            return day, day
        week = _WEEK.match(value)
        if week:
            monday = dt.date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1)
            return monday, monday + dt.timedelta(days=6)
        month = _MONTH.match(value)
        if month:
            first = dt.date(int(month.group(1)), int(month.group(2)), 1)
            following = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
            return first, following - dt.timedelta(days=1)
    except ValueError:
        return None
    return None


def lead_end(text: str, min_chars: int) -> int:
    """Offset where the article's lead ends: after the first paragraph of at least `min_chars` characters."""
    position = 0
    for match in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", text):
        position = match.end()
        if len(match.group().strip()) >= min_chars:
            return position
    return position


@dataclass(frozen=True)
class Mention:
    """What de-duplication needs to know of one mention (a row of `mentions` with its article)."""

    key: str
    article_hash: str
    source_key: str  # the outlet (article source, else URL host, else the article itself)
    code: str
    mode: str
    date: str | None
    article_date: str | None
    source_role: str | None
    target_role: str | None
    place_country: str | None
    start: int
    in_lead: bool
    confidence: float | None = None


@dataclass
class Cluster:
    """One event being built: its members and what they have narrowed it to."""

    members: list[Mention]
    base: str
    mode_group: int
    interval: tuple[dt.date, dt.date] | None
    source_role: str | None
    target_role: str | None
    place_country: str | None
    articles: set[str] = field(default_factory=set)

    @property
    def seed(self) -> Mention:
        return self.members[0]

    def id(self) -> str:
        return hashlib.sha1(self.seed.key.encode("utf-8")).hexdigest()[:16]


def block_of(root: str, source_country: str | None, target_country: str | None) -> str:
    """The blocking key: mentions are only compared with mentions of the same block."""
    return f"{root}|{source_country or '-'}|{target_country or '-'}"


def cluster(mentions: Iterable[Mention], rules: Rules) -> list[Cluster]:
    """Group one block's mentions into events (see the module's doc for the rules)."""
    prepared = [(mention, _interval(mention, rules)) for mention in mentions]
    prepared.sort(key=lambda pair: _order(*pair))
    clusters: list[Cluster] = []
    for mention, interval in prepared:
        for candidate in clusters:
            if _join(candidate, mention, interval, rules):
                break
        else:
            clusters.append(Cluster([mention], _base(mention.code, rules), rules.mode_group[mention.mode],
                                    interval, mention.source_role, mention.target_role, mention.place_country,
                                    {mention.article_hash}))
    return clusters


def _interval(mention: Mention, rules: Rules) -> tuple[dt.date, dt.date] | None:
    own = date_interval(mention.date)
    if own is None and rules.undated_on_article_date:
        return date_interval(mention.article_date)
    return own


def _order(mention: Mention, interval: tuple[dt.date, dt.date] | None) -> tuple:
    if interval is None:
        return (1, 0, dt.date.max, mention.article_hash, mention.start, mention.key)
    return (0, (interval[1] - interval[0]).days, interval[0], mention.article_hash, mention.start, mention.key)


def _base(code: str, rules: Rules) -> str:
    return code[:rules.base_code_digits]


def _agree(held: str | None, new: str | None) -> bool:
    return held is None or new is None or held == new


def _join(event: Cluster, mention: Mention, interval: tuple[dt.date, dt.date] | None, rules: Rules) -> bool:
    base = _base(mention.code, rules)
    if not (base.startswith(event.base) or event.base.startswith(base)):
        return False
    if rules.mode_group[mention.mode] != event.mode_group:
        return False
    if not (_agree(event.source_role, mention.source_role) and _agree(event.target_role, mention.target_role)
            and _agree(event.place_country, mention.place_country)):
        return False
    if interval is None or event.interval is None:
        if not (interval is None and event.interval is None and mention.article_hash in event.articles):
            return False
        narrowed = None
    else:
        narrowed = (max(interval[0], event.interval[0]), min(interval[1], event.interval[1]))
        if narrowed[0] > narrowed[1]:
            return False
    event.members.append(mention)
    event.base = base if len(base) > len(event.base) else event.base
    event.interval = narrowed
    event.source_role = event.source_role or mention.source_role
    event.target_role = event.target_role or mention.target_role
    event.place_country = event.place_country or mention.place_country
    event.articles.add(mention.article_hash)
    return True


def best_mention(event: Cluster, rules: Rules) -> Mention:
    """The mention whose fields the event shows: the most specific code, the preferred mode, the surest."""
    rank = {mode: number for number, mode in enumerate(rules.mode_preference)}
    return min(event.members, key=lambda m: (-len(m.code), rank[m.mode], -(m.confidence or 0.0),
                                             not m.in_lead, event.members.index(m)))


def counts(event: Cluster) -> tuple[int, int, int]:
    """GDELT's NumMentions, NumSources, NumArticles: every mention (several in one article count), the
    distinct outlets, the distinct articles."""
    members: Sequence[Mention] = event.members
    return len(members), len({m.source_key for m in members}), len({m.article_hash for m in members})

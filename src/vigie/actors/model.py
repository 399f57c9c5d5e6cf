"""The entries of the actor dictionaries: states, bodies, groups, titles, sectors, names and people."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

OFFICES = frozenset({
    "head_of_state", "head_of_government", "foreign_minister", "defence_minister", "secretary_general",
    "commission_president", "council_president", "parliament_president", "high_representative",
    "senate_president", "army_chief", "party_leader", "opposition_leader", "group_leader", "group_commander",
    "envoy",
    "prosecutor", "court_president"})
# The CAMEO sector an office gives its holder in a state (the rest are GOV): a Speaker is LEG.
OFFICE_SECTORS = {"parliament_president": "LEG", "senate_president": "LEG", "army_chief": "MIL",
                  "party_leader": "PTY", "opposition_leader": "OPP", "prosecutor": "JUD",
                  "court_president": "JUD"}
# The office a head title ("le président", "le chef") names before a complement of that sector:
# "le président du Sénat", "le chef de l'armée", "le chef de l'opposition".
SECTOR_HEADS = {"LEG": "parliament_president", "MIL": "army_chief", "OPP": "opposition_leader",
                "PTY": "party_leader", "JUD": "court_president"}
# Offices several people hold at once in one country (the leaders of its parties, the UN's envoys): a
# title names the holder only when there is one that day.
SHARED_OFFICES = frozenset({"party_leader", "opposition_leader", "envoy", "group_commander"})
# Offices whose `country` is a group's id ("HAMAS"): the holder takes the group's country and sector.
# "le chef du Hamas" is the holder of GROUP_OFFICE; a commander (a wing's head, a deputy) is no holder.
GROUP_OFFICE = "group_leader"
GROUP_OFFICES = frozenset({GROUP_OFFICE, "group_commander"})
# Which office a title names when it says "the leader", "the number one" of a state or body.
LEADER = "leader"
SECTORS = frozenset({
    "GOV", "MIL", "COP", "JUD", "LEG", "PTY", "OPP", "REB", "INS", "SEP", "UAF", "SPY", "ELI", "BUS",
    "MED", "CVL", "NGO", "REL", "LAB", "EDU", "HLH", "HRI", "REF", "CRM"})
BODY_COUNTRIES = frozenset({"NATO", "UN", "EU", "WST", "IGO"})
# When a person holds several offices on one day, the one that names them.
OFFICE_RANK = ("head_of_state", "head_of_government", "secretary_general", "commission_president",
               "council_president", "high_representative", "foreign_minister", "defence_minister",
               "parliament_president", "senate_president", "group_leader", "army_chief", "group_commander",
               "prosecutor", "court_president", "envoy", "opposition_leader", "party_leader")


@dataclass(frozen=True)
class Period:
    start: datetime.date | None = None
    end: datetime.date | None = None

    def covers(self, when: datetime.date | None) -> bool:
        """`when` falls inside (ends inclusive). An unknown date is covered by open-ended periods."""
        if when is None:
            return self.end is None
        return (self.start is None or self.start <= when) and (self.end is None or when <= self.end)

    def distance(self, when: datetime.date) -> int:
        """Days from `when` to the period (0 inside)."""
        if self.start is not None and when < self.start:
            return (self.start - when).days
        if self.end is not None and when > self.end:
            return (when - self.end).days
        return 0


@dataclass(eq=False)
class Country:
    id: str
    name: str
    names: list[str]
    demonyms: list[str]
    metonyms: list[Name]
    wikidata: str | None
    leader: str
    president: str  # the office the title 'président' names there (Iran: head_of_government)
    period: Period
    keep_article: bool = False
    source: str = ""


@dataclass(eq=False)
class Body:
    id: str
    name: str
    names: list[str]
    country: str  # NATO, UN, EU, WST or IGO
    code: str
    demonyms: list[str]
    wikidata: str | None
    role: str | None
    head: str | None  # the office of its leader ("secretary_general")
    parent: str | None
    source: str = ""


@dataclass(eq=False)
class Group:
    id: str
    name: str
    names: list[str]
    country: str
    role: str
    # (when, sector, country) overrides: the Taliban govern in 1996-2001; the UCK of 2001 fights in Macedonia
    periods: list[tuple[Period, str, str | None]]
    wikidata: str | None
    source: str = ""

    def _period_on(self, when: datetime.date | None) -> tuple[Period, str, str | None] | None:
        for item in self.periods:
            if when is not None and item[0].covers(when) or when is None and item[0].end is None:
                return item
        return None

    def role_on(self, when: datetime.date | None) -> str:
        found = self._period_on(when)
        return found[1] if found is not None else self.role

    def country_on(self, when: datetime.date | None) -> str:
        found = self._period_on(when)
        return found[2] or self.country if found is not None else self.country


@dataclass(eq=False)
class Title:
    """A word for a person by their function: 'président', 'chef de la diplomatie', 'porte-parole'."""

    names: list[str]
    plurals: list[str]
    sector: str | None  # None: takes the sector of its complement ('le porte-parole de l'armée')
    office: str | None  # one of OFFICES, LEADER, or None
    country: str | None  # implied country or body ('Foreign Secretary' -> GBR)
    countries: list[str]  # where the title is used, the first by default ('chancelier': DEU, AUT)
    office_countries: frozenset[str]  # the office applies only there ('secrétaire d'État' -> USA)
    counterpart: bool  # 'homologue'
    president: bool = False  # 'président': the office the country's `president` field names
    source: str = ""
    line: int | None = None


@dataclass(eq=False)
class Sector:
    """A collective noun for a part of a state or society: 'armée', 'oligarques', 'manifestants'."""

    names: list[str]
    sector: str
    source: str = ""
    line: int | None = None


@dataclass(eq=False)
class Name:
    """A name standing for a country's sector: 'Moscou' (RUS GOV), 'le Pentagone' (USA MIL)."""

    text: str
    country: str
    role: str | None
    period: Period
    user: bool = False
    source: str = ""


@dataclass(frozen=True)
class Term:
    office: str
    country: str
    period: Period
    acting: bool = False


@dataclass(eq=False)
class Person:
    name: str
    surname: str
    aliases: list[str]
    gender: str
    wikidata: str | None
    terms: list[Term] = field(default_factory=list)
    source: str = ""
    line: int | None = None
    user: bool = False  # from a user's file: their terms win over built-in ones on the same days

    def terms_on(self, when: datetime.date | None) -> list[Term]:
        return [term for term in self.terms if term.period.covers(when)]

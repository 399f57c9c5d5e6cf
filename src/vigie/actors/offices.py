"""Which office a title names in a phrase: the country's holder of it, the Speaker behind "le président du
Parlement", the leader behind "le chef du Hamas". Date-free except for dated names; no state."""

from __future__ import annotations

import datetime
from dataclasses import replace

from .catalog import Catalog
from .index import Target
from .model import GROUP_OFFICE, LEADER, SECTOR_HEADS, Name, Title
from .phrase import Reading, Span

# Titles that name the head of whatever their complement names ("le chef", "le président", "le patron").
_HEADS = (LEADER, "head_of_state")


def dated(targets: list[Target], when: datetime.date | None) -> Name:
    """The one of several dated names ("Belgrade": YUG, SCG, SRB) valid on `when`; on a handover day the
    newcomer; with no valid one, the nearest."""
    names = [t.entry for t in targets]
    valid = [n for n in names if n.period.covers(when)]
    if valid:
        return max(valid, key=lambda n: n.period.start or datetime.date.min)
    if when is None:
        return max(names, key=lambda n: n.period.start or datetime.date.min)
    return min(names, key=lambda n: n.period.distance(when))


def office_for(catalog: Catalog, title: Title, code: str) -> str | None:
    """The office `title` names in the state or body `code` ("le président" of Iran is its head of
    government; "le chef" of NATO its secretary general), None where the title has no office there."""
    office = title.office
    if office is None:
        return None
    body = catalog.bodies.get(code)
    if office == LEADER or (body is not None and office in ("head_of_state", "head_of_government")):
        if body is not None:
            return body.head or (catalog.bodies[body.parent].head if body.parent else None)
        country = catalog.countries.get(code)
        return country.leader if country else None
    if title.office_countries and code not in title.office_countries:
        return None
    if title.president and code in catalog.countries:
        return catalog.countries[code].president
    return office


def head_key(r: Reading, title: Title) -> tuple[str, str, bool] | None:
    """(group or body id, office, is a body) of the head a title names in its first complement: "le chef
    du Hamas" -> (HAMAS, group_leader), "le patron de l'OMS" -> (WHO, secretary_general); None when the
    phrase names someone, several people or a former holder, or the complement leads nobody."""
    if r.name is not None or r.plural or r.ex or not r.places or title.office not in (*_HEADS, "secretary_general"):
        return None
    span = r.places[0]
    groups, bodies = span.only({"group"}), span.only({"body"})
    if groups:
        return groups[0].entry.id, GROUP_OFFICE, False
    if bodies and bodies[0].entry.head:
        return bodies[0].entry.id, bodies[0].entry.head, True
    return None


def sector_head(r: Reading, title: Title, when: datetime.date | None) -> Title:
    """A head title before a complement naming a part of the state: 'le président du Parlement
    libanais' is the Speaker (LEG), 'le chef de l'armée soudanaise' the army chief (MIL), 'le président
    de la Cour suprême' a judge (JUD), 'le chef de l'opposition' OPP, 'le président de la Knesset' (a
    name with a sector) Israel's Speaker. Other titles are returned unchanged."""
    if title.office not in _HEADS or title.counterpart:
        return title
    sector = None
    if r.role is not None and r.role.has({"sector"}) and not r.role.has({"title"}):
        sector = r.role.only({"sector"})[0].entry.sector
    elif r.places and r.places[0].has({"metonym"}):
        sector = dated(r.places[0].only({"metonym"}), when).role
    if sector in (None, "GOV"):
        return title
    return replace(title, sector=sector, office=SECTOR_HEADS.get(sector), president=False,
                   office_countries=frozenset(), country=None)


def group_sector(r: Reading, when: datetime.date | None) -> str | None:
    """'le chef du Hezbollah': the group's sector."""
    for span in r.places[:1]:
        groups = span.only({"group"})
        if groups:
            return groups[0].entry.role_on(when)
    return None


def role_sector(span: Span | None) -> str | None:
    if span is None:
        return None
    entry = span.targets[0].entry
    return getattr(entry, "sector", None)

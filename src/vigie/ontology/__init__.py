"""CAMEO event codes as data: names (English, French), Goldstein score, QuadClass and PLOVER type."""

from __future__ import annotations

from .cameo import CameoCode, Ontology, UnknownCodeError, quad_class_of_root
from .rules import CodingRules

__all__ = ["CameoCode", "CodingRules", "Ontology", "UnknownCodeError", "quad_class_of_root"]

"""French predicate lexicon (predicates.jsonl) and modality markers (modality.jsonl), validated at load."""

from __future__ import annotations

from .modality import Modality, ModalityMarker
from .predicates import Lexicon, Predicate, Requirement

__all__ = ["Lexicon", "Modality", "ModalityMarker", "Predicate", "Requirement"]

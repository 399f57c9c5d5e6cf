"""Guesses on French word forms, used where spaCy's lemmatiser slips: strings in, strings out."""

from __future__ import annotations


def infinitives(form: str) -> list[str]:
    """First-group infinitives a French verb form may belong to: frappe → frapper, désarment → désarmer,
    massé(e)(s) → masser. Guesses only: the lexicon decides which exist."""
    guesses = []
    if form.endswith("ent"):
        guesses.append(form[:-3] + "er")
    if form.endswith("e"):
        guesses.append(form + "r")
    for ending in ("ées", "és", "ée", "é"):
        if form.endswith(ending):
            guesses.append(form[: -len(ending)] + "er")
            break
    return guesses

"""Lexicon coverage by CAMEO code: entries per code (verbs, nouns, others) and codes without entries.

    python benchmarks/lexicon_coverage.py [--root 17] [--missing-only]

Codes come from the ontology (shared/reference/cameo.tsv); a code counts the entries coded exactly so.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from vigie.lexicon import Lexicon  # noqa: E402
from vigie.ontology import Ontology  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", help="only codes under this root (e.g. 17)")
    parser.add_argument("--missing-only", action="store_true", help="only the codes without entries")
    args = parser.parse_args()
    ontology = Ontology.load()
    lexicon = Lexicon.load(ontology)
    by_code: dict[str, Counter] = {}
    for entry in lexicon:
        by_code.setdefault(entry.code, Counter())[entry.pos] += 1
    codes = [c for c in ontology_codes(ontology) if not args.root or c.startswith(args.root)]
    missing = [c for c in codes if c not in by_code]
    if not args.missing_only:
        print(f"{'code':<6}{'all':>5}{'VERB':>6}{'NOUN':>6}{'other':>7}  name")
        for code in codes:
            pos = by_code.get(code, Counter())
            other = sum(pos.values()) - pos["VERB"] - pos["NOUN"]
            print(f"{code:<6}{sum(pos.values()):>5}{pos['VERB']:>6}{pos['NOUN']:>6}{other:>7}  {name(ontology, code)}")
    print(f"\ncodes without entries ({len(missing)}/{len(codes)}):")
    for code in missing:
        print(f"  {code}  {name(ontology, code)}")
    print(f"\nentries: {len(lexicon)}; codes covered: {len(codes) - len(missing)}/{len(codes)}")


def ontology_codes(ontology: Ontology) -> list[str]:
    return sorted(c.code for c in ontology)


def name(ontology: Ontology, code: str) -> str:
    entry = ontology.get(code)
    return entry.name_fr or entry.name_en


if __name__ == "__main__":
    main()

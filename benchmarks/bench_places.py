"""Gazetteer load time and lookup throughput.

    .venv/bin/python benchmarks/bench_places.py [--loads 3] [--seconds 2]

Prints: entries indexed, load time (each run, in this process), lookups per second over a mix of
names as the coder passes them (French exonyms with prepositions and articles, geonames names,
countries, regions, lowercase words and non-places), and the process's peak memory.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import time

from vigie.places import Gazetteer

MIX = [
    "Kiev", "à Kyiv", "Moscou", "au Caire", "La Haye", "en Crimée", "dans le Donbass", "Genève (Suisse)",
    "aux États-Unis", "en Ukraine", "l'Ukraine", "Washington", "Londres", "Bruxelles", "Pékin", "Varsovie",
    "Kharkov", "Marioupol", "Tripoli", "Vienne", "Paris", "Lyon", "Sens", "Springfield", "Warszawa", "Lisboa",
    "Otan", "la capitale", "Kremlin", "à peine", "en mai", "la frontière", "Sénat", "Nulle-part-sur-Mer",
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--loads", type=int, default=3, help="how many times to build the gazetteer")
    parser.add_argument("--seconds", type=float, default=2.0, help="how long to run lookups")
    args = parser.parse_args()

    times = []
    gazetteer = None
    for _ in range(args.loads):
        start = time.perf_counter()
        gazetteer = Gazetteer.load()
        times.append(time.perf_counter() - start)
    assert gazetteer is not None
    counts = gazetteer.counts
    print(f"entries: {counts.countries} countries, {counts.curated_cities} French city names, "
          f"{counts.other_places} regions/seas/towns, {counts.geonames_cities} geonames cities")
    print(f"keys: {counts.curated_names} curated, {counts.city_names} city names, "
          f"{counts.alternate_names} alternate names")
    print(f"load: first {times[0]:.3f} s, median {statistics.median(times):.3f} s, "
          f"min {min(times):.3f} s over {len(times)} loads")

    found = sum(gazetteer.is_place(text) for text in MIX)
    lookups = 0
    start = time.perf_counter()
    deadline = start + args.seconds
    while time.perf_counter() < deadline:
        for text in MIX:
            gazetteer.lookup(text)
        lookups += len(MIX)
    elapsed = time.perf_counter() - start
    print(f"lookups: {lookups / elapsed:,.0f}/s ({len(MIX)} names in the mix, {found} places)")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory of the process: {peak:.0f} MB")


if __name__ == "__main__":
    main()

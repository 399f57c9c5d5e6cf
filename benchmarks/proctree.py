"""The live processes below one process, read from /proc: shared by the benchmarks that measure a whole
process tree (a run's pool workers and multiprocessing helpers included)."""

from __future__ import annotations

import os


def descendants(root: int) -> dict[int, list[str]]:
    """Every live descendant of `root` (not `root` itself), with its /proc/PID/stat fields after the
    command name (fields[1] is the parent, fields[11] and fields[12] user and system clock ticks)."""
    stats: dict[int, list[str]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat") as handle:
                stats[int(entry.name)] = handle.read().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
    family, frontier = {}, [root]
    while frontier:
        parent = frontier.pop()
        for pid, fields in stats.items():
            if pid not in family and pid != root and int(fields[1]) == parent:
                family[pid] = fields
                frontier.append(pid)
    return family

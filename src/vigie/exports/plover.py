"""PLOVER JSON: one list of events in PLOVER's terms (event type, mode, context, actor and recipient lists).

    {"id", "date", "event_type": "CONSULT", "mode": "phone", "context": ["planned"],
     "actor": [{"code", "name", "country", "sector", "text", "wikidata"}], "recipient": [...],
     "location": {"name", "country", "lat", "lon", "geonames_id"} | null,
     "vigie": {"cameo", "goldstein", "quad_class", "mode", "num_mentions", "num_sources", "num_articles",
               "confidence", "evidence": [{"doc_id", "sentence", "start", "end", "trigger"}]}}

`mode` is PLOVER's (phone, visit, troops…: the mapping in ontology/cameo.tsv), not Vigie's; Vigie's
occurred/planned/negated/hypothetical/alleged goes in `context` when it is not `occurred`, and in `vigie.mode`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from ..ontology import Ontology


def plover_record(event: dict[str, Any], ontology: Ontology, evidence: list[dict[str, Any]] | None = None
                  ) -> dict[str, Any]:
    """One event dict (as `vigie.store.events` or `event` gives) → its PLOVER record."""
    code = ontology.get(event["code"]) if event["code"] in ontology else None
    context = [] if event["mode"] == "occurred" else [event["mode"]]
    if event.get("target_inferred"):
        context.append("recipient_inferred")
    mentions = evidence if evidence is not None else event.get("mentions")
    if mentions is None:
        mentions = [event]
    return {
        "id": event["id"],
        "date": event.get("date") or event.get("date_from"),
        "event_type": (code.plover if code else None) or event.get("plover"),
        "mode": code.plover_mode if code else None,
        "context": context,
        "actor": [_actor(event["source"])] if event.get("source") else [],
        "recipient": [_actor(event["target"])] if event.get("target") else [],
        "location": event.get("location"),
        "vigie": {
            "cameo": event["code"], "goldstein": event["goldstein"], "quad_class": event["quad_class"],
            "mode": event["mode"], "num_mentions": event["num_mentions"], "num_sources": event["num_sources"],
            "num_articles": event["num_articles"], "confidence": event.get("confidence"),
            "evidence": [{"doc_id": m["doc_id"], "sentence": m["sentence"], "start": m["start"], "end": m["end"],
                          "trigger": m["trigger"]} for m in mentions],
        },
    }


def _actor(actor: dict[str, Any]) -> dict[str, Any]:
    return {"code": actor.get("code"), "name": actor.get("name"), "country": actor.get("country"),
            "sector": actor.get("role"), "text": actor.get("text"), "wikidata": actor.get("wikidata")}


def write_plover(records: Iterable[dict[str, Any]], handle) -> int:
    """Write one JSON list, a record per line inside it (json.load reads it whole); returns how many."""
    count = 0
    handle.write("[")
    for record in records:
        handle.write(("\n" if count == 0 else ",\n") + json.dumps(record, ensure_ascii=False))
        count += 1
    handle.write("\n]\n")
    return count

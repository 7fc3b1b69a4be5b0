"""Actor quality on CoNLL-2003-shaped data: entity mentions (exact span, type) and unique key actors."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.language import Language

from builder.evaluation.metrics import Score, compare, read_jsonl
from builder.extract import analyse_doc
from builder.extract.actors import ActorTable
from builder.nlp.spacy_model import load_nlp

TYPE_OF_KIND = {"person": "PER", "organisation": "ORG", "country": "LOC", "place": "LOC"}
ACTOR_TYPES = ("PER", "ORG", "LOC")


@dataclass(frozen=True)
class ActorScores:
    """Mention-level scores per type and overall, and per-document unique-name scores."""

    documents: int
    mentions: dict[str, Score]
    overall: Score
    key_actors: Score

    def as_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "mentions": {t: s.as_dict() for t, s in self.mentions.items()},
            "overall": self.overall.as_dict(),
            "key_actors": self.key_actors.as_dict(),
        }


def predicted_mentions(table: ActorTable) -> set[tuple[int, int, str]]:
    """(start, end, type) of every actor name mention, typed by the merged actor's kind."""
    return {(m.start, m.end, TYPE_OF_KIND[actor.kind]) for m, actor in table.resolved() if m.label != "NORP"}


def predicted_names(table: ActorTable) -> set[tuple[str, str]]:
    """Unique (type, lower-cased name) pairs, each typed by the actor its variant was merged into."""
    return {(TYPE_OF_KIND[actor.kind], m.text.lower()) for m, actor in table.resolved() if m.label != "NORP"}


def gold_mentions(record: dict[str, Any]) -> set[tuple[int, int, str]]:
    return {(e["start"], e["end"], e["type"]) for e in record["entities"] if e["type"] in ACTOR_TYPES}


def gold_names(record: dict[str, Any]) -> set[tuple[str, str]]:
    return {(t, name.lower()) for t in ACTOR_TYPES for name in record["entity_set"].get(t, [])}


def by_type(predicted: set[tuple[int, int, str]], gold: set[tuple[int, int, str]], kind: str) -> Score:
    return compare({p for p in predicted if p[2] == kind}, {g for g in gold if g[2] == kind})


def score_actor_records(records: Iterable[dict[str, Any]], nlp: Language | None = None) -> ActorScores:
    """Run the real actor extractor over CoNLL-shaped records and score it."""
    nlp = nlp or load_nlp()
    records = list(records)
    per_type = dict.fromkeys(ACTOR_TYPES, Score(0, 0, 0))
    names = Score(0, 0, 0)
    for record, doc in zip(records, nlp.pipe(r["text"] for r in records), strict=True):
        table = analyse_doc(doc, record.get("id", "doc")).actors
        predicted, gold = predicted_mentions(table), gold_mentions(record)
        for kind in ACTOR_TYPES:
            per_type[kind] = per_type[kind] + by_type(predicted, gold, kind)
        names = names + compare(predicted_names(table), gold_names(record))
    overall = sum(per_type.values(), Score(0, 0, 0))
    return ActorScores(len(records), per_type, overall, names)


def score_actors_file(path: str | Path, nlp: Language | None = None) -> ActorScores:
    return score_actor_records(read_jsonl(path), nlp)

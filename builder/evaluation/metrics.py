"""Shared scoring arithmetic: precision, recall and F1 from counts, in percent."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, fields, is_dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Score:
    """True positives, false positives and false negatives, with P / R / F1 in percent."""

    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return 100.0 * self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return 100.0 * self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 2),
            "recall": round(self.recall, 2),
            "f1": round(self.f1, 2),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


def compare(predicted: set[Any], gold: set[Any]) -> Score:
    """Score two sets of hashable items against each other."""
    return Score(len(predicted & gold), len(predicted - gold), len(gold - predicted))


def read_jsonl(path: str | Path) -> Iterator[dict[str, Any]]:
    """Records of a JSONL file, skipping blank lines."""
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


# The field that names a record's document: records of one document (the sentences of a FactBank article, the
# windows of one RAMS source article) always fall in the same half.
DOCUMENT_KEYS = ("doc_id", "source_url", "id")


def half_of(record: dict[str, Any]) -> str:
    """'tune' or 'check': a stable half, from a hash of the record's document."""
    key = next((str(record[k]) for k in DOCUMENT_KEYS if record.get(k)), json.dumps(record, sort_keys=True))
    return "tune" if int(hashlib.sha1(key.encode()).hexdigest(), 16) % 2 == 0 else "check"


def split_half(records: Sequence[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The records of the tune half and of the check half, each in file order."""
    tune = [r for r in records if half_of(r) == "tune"]
    return tune, [r for r in records if half_of(r) == "check"]


def combine(a: Any, b: Any) -> Any:
    """Two results on disjoint data as one.

    Counts add up (field by field, through dicts, tuples and dataclasses); a result with an `articles` count
    and mean values (ROUGE) is averaged, weighted by that count.
    """
    if hasattr(a, "__add__") and not isinstance(a, (tuple, list)):
        return a + b
    if isinstance(a, dict):
        return {k: combine(a[k], b[k]) for k in a}
    if isinstance(a, (tuple, list)):
        return type(a)(combine(x, y) for x, y in zip(a, b, strict=True))
    if is_dataclass(a) and hasattr(a, "articles"):
        return _weighted_mean(a, b)
    if is_dataclass(a):
        return type(a)(*(combine(getattr(a, f.name), getattr(b, f.name)) for f in fields(a)))
    raise TypeError(f"cannot combine {type(a).__name__} results")


def _weighted_mean(a: Any, b: Any) -> Any:
    total = a.articles + b.articles
    values = {}
    for f in fields(a):
        x, y = getattr(a, f.name), getattr(b, f.name)
        if f.name == "articles":
            values[f.name] = total
        elif isinstance(x, float):
            values[f.name] = (x * a.articles + y * b.articles) / total if total else 0.0
        else:
            values[f.name] = x
    return type(a)(**values)

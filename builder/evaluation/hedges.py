"""Sentence-level scoring of the hedge detector on Szeged-shaped JSONL (`{text, uncertain, cues}` per line).

Run: `python -m builder.evaluation.hedges FILE.jsonl [FILE.jsonl ...]`.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.language import Language

from builder.evaluation.metrics import Score
from builder.extract.hedges import find_hedges
from builder.nlp.spacy_model import load_nlp


@dataclass(frozen=True)
class HedgeRecord:
    """One gold sentence: its text and whether the annotators found it uncertain."""

    id: str
    text: str
    uncertain: bool


@dataclass(frozen=True)
class SentenceScores:
    """Confusion counts for the class "uncertain", with precision, recall and F1 in percent."""

    true_positives: int
    false_positives: int
    false_negatives: int
    true_negatives: int

    @property
    def score(self) -> Score:
        """The shared P / R / F1 arithmetic (true negatives do not enter it)."""
        return Score(self.true_positives, self.false_positives, self.false_negatives)

    @property
    def precision(self) -> float:
        return self.score.precision

    @property
    def recall(self) -> float:
        return self.score.recall

    @property
    def f1(self) -> float:
        return self.score.f1

    def summary(self) -> str:
        """One line: P / R / F1 and the counts behind them."""
        return (
            f"P {self.precision:.1f} / R {self.recall:.1f} / F1 {self.f1:.1f} "
            f"(tp {self.true_positives}, fp {self.false_positives}, fn {self.false_negatives})"
        )


def record_from_json(obj: dict[str, Any]) -> HedgeRecord:
    """A record from one parsed JSON line; a sentence is uncertain iff it has a cue (or says so)."""
    uncertain = bool(obj.get("uncertain", False) or obj.get("cues"))
    return HedgeRecord(str(obj.get("id", "")), str(obj["text"]), uncertain)


def parse_lines(lines: Iterable[str]) -> tuple[HedgeRecord, ...]:
    """Records from JSONL lines, skipping blank ones."""
    return tuple(record_from_json(json.loads(line)) for line in lines if line.strip())


def load_records(path: str | Path) -> tuple[HedgeRecord, ...]:
    """All records of a Szeged-shaped JSONL file."""
    with open(path, encoding="utf-8") as handle:
        return parse_lines(handle)


def score(gold: Sequence[bool], predicted: Sequence[bool]) -> SentenceScores:
    """Sentence-level confusion counts of predicted against gold "uncertain" labels."""
    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold labels but {len(predicted)} predictions")
    pairs = list(zip(gold, predicted, strict=True))
    return SentenceScores(
        true_positives=sum(g and p for g, p in pairs),
        false_positives=sum(p and not g for g, p in pairs),
        false_negatives=sum(g and not p for g, p in pairs),
        true_negatives=sum(not g and not p for g, p in pairs),
    )


def predict(texts: Iterable[str], nlp: Language | None = None) -> tuple[bool, ...]:
    """Whether the detector finds at least one cue in each text."""
    nlp = nlp or load_nlp()
    return tuple(bool(find_hedges(doc[:])) for doc in nlp.pipe(texts, batch_size=256))


def score_hedges_file(path: str | Path, nlp: Language | None = None) -> SentenceScores:
    """Run the real detector over a Szeged-shaped file and score it."""
    records = load_records(path)
    return score([r.uncertain for r in records], predict((r.text for r in records), nlp))


def main(argv: Sequence[str]) -> int:
    """Print one score line per file."""
    for path in argv:
        print(f"{path}: {score_hedges_file(path).summary()}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main(sys.argv[1:]))

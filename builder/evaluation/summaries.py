"""Bottom-line quality: ROUGE of the summary against CNN/DM highlights, with Lead-3 as the reference."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language

from builder.evaluation.metrics import read_jsonl
from builder.extract.summary import summarise
from builder.nlp.spacy_model import load_nlp, sentences_of

ROUGE_TYPES = ("rouge1", "rouge2", "rougeLsum")


@dataclass(frozen=True)
class RougeResult:
    """Macro-averaged ROUGE F1 (×100) of one system."""

    system: str
    articles: int
    rouge1: float
    rouge2: float
    rougeLsum: float

    def as_dict(self) -> dict[str, float | int | str]:
        return {"system": self.system, "articles": self.articles, "rouge1": round(self.rouge1, 2),
                "rouge2": round(self.rouge2, 2), "rougeLsum": round(self.rougeLsum, 2)}  # fmt: skip


def reference_of(record: dict) -> str:
    """The gold highlights, one per line (what rougeLsum expects)."""
    highlights = record.get("gold_highlights_detok") or [record.get("gold_summary", "")]
    return "\n".join(h.strip() for h in highlights if h.strip())


def rouge_average(system: str, pairs: Iterable[tuple[str, str]]) -> RougeResult:
    """Mean ROUGE F1 over (prediction, reference) pairs, Porter stemming on."""
    from rouge_score import rouge_scorer  # dev dependency: only the eval harness needs it

    scorer = rouge_scorer.RougeScorer(list(ROUGE_TYPES), use_stemmer=True)
    totals = dict.fromkeys(ROUGE_TYPES, 0.0)
    count = 0
    for prediction, reference in pairs:
        scores = scorer.score(reference, prediction)
        for key in ROUGE_TYPES:
            totals[key] += scores[key].fmeasure
        count += 1
    means = {k: 100 * v / count if count else 0.0 for k, v in totals.items()}
    return RougeResult(system, count, means["rouge1"], means["rouge2"], means["rougeLsum"])


def score_summary_records(records: Iterable[dict], nlp: Language | None = None) -> list[RougeResult]:
    """Our bottom line and Lead-3, both on our own sentence split, scored in the same run."""
    nlp = nlp or load_nlp()
    records = list(records)
    ours, lead = [], []
    for record, doc in zip(records, nlp.pipe(r["text"] for r in records), strict=True):
        sentences = sentences_of(doc)
        reference = reference_of(record)
        ours.append(("\n".join(e.text for e in summarise(doc, sentences, "eval")), reference))
        lead.append(("\n".join(s.text for s in sentences[:3]), reference))
    return [rouge_average("bottom line", ours), rouge_average("Lead-3", lead)]


def score_summaries_file(path: str | Path, nlp: Language | None = None) -> list[RougeResult]:
    """The same on every record of a CNN/DM-shaped JSONL file."""
    return score_summary_records(read_jsonl(path), nlp)

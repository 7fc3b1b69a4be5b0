"""Bottom line: an extractive summary scored by position, centrality and who-did-what content."""

from __future__ import annotations

import math
from collections import Counter

from spacy.tokens import Doc, Span

from builder.model import Evidence, Sentence
from builder.extract.evidence import evidence_for

CONTENT_POS = {"NOUN", "PROPN", "VERB", "ADJ", "NUM"}
MIN_WORDS = 6
MAX_WORDS = 60


def content_lemmas(span: Span) -> list[str]:
    """Lower-case lemmas of the content words of a span."""
    return [t.lemma_.lower() for t in span if t.pos_ in CONTENT_POS and not t.is_stop and t.is_alpha]


def _centroid_scores(spans: list[Span]) -> list[float]:
    """Cosine similarity of each sentence's content words to the whole document's."""
    bags = [Counter(content_lemmas(s)) for s in spans]
    doc_freq = Counter(word for bag in bags for word in bag)
    total = sum(doc_freq.values()) or 1
    centroid = {w: c / total for w, c in doc_freq.items()}
    scores = []
    for bag in bags:
        dot = sum(centroid[w] * c for w, c in bag.items())
        norm = math.sqrt(sum(c * c for c in bag.values())) * math.sqrt(sum(v * v for v in centroid.values()))
        scores.append(dot / norm if norm else 0.0)
    return scores


def _shape_penalty(span: Span) -> float:
    """Down-weight sentences that rarely make a good bottom line: fragments, quotes, questions."""
    words = sum(1 for t in span if t.is_alpha)
    penalty = 0.0
    if words < MIN_WORDS or words > MAX_WORDS:
        penalty += 0.5
    if span.text.rstrip().endswith("?"):
        penalty += 0.4
    if span.text.lstrip()[:1] in {"“", '"', "'"}:
        penalty += 0.2
    if not any(t.dep_ in {"nsubj", "nsubjpass"} for t in span):
        penalty += 0.2
    return penalty


def score_sentences(spans: list[Span]) -> list[float]:
    """Score = lead position prior + centrality + named entities − shape penalty."""
    centrality = _centroid_scores(spans)
    top = max(centrality, default=0.0) or 1.0
    scores = []
    for i, span in enumerate(spans):
        position = 1.0 / (1.0 + 0.5 * i)
        entities = min(len([e for e in span.ents if e.label_ in {"PERSON", "ORG", "GPE", "NORP"}]), 3) / 3
        scores.append(position + 0.6 * centrality[i] / top + 0.2 * entities - _shape_penalty(span))
    return scores


def summary_size(count: int) -> int:
    """Three sentences for a full article, two for a short one, all of a very short one."""
    return min(count, 3 if count >= 8 else 2)


def summarise(doc: Doc, sentences: tuple[Sentence, ...], article_id: str) -> tuple[Evidence, ...]:
    """The best 2–3 sentences, in article order."""
    spans = [doc.char_span(s.start, s.end, alignment_mode="expand") for s in sentences]
    scores = score_sentences(spans)
    ranked = sorted(range(len(spans)), key=lambda i: (-scores[i], i))
    chosen = sorted(ranked[: summary_size(len(spans))])
    return tuple(evidence_for(sentences, sentences[i].index, article_id) for i in chosen)

"""Bottom line: an extractive summary scored by position and centrality, picked greedily without repeats.

Weights were tuned on the CNN/DM dev set (`briefing eval --summaries`), where plain Lead-3 is the reference.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from builder.core.model import Evidence, Sentence
from builder.extract.evidence import evidence_for

CONTENT_POS = {"NOUN", "PROPN", "VERB", "ADJ", "NUM"}
OPENING_QUOTES = ("“", '"', "'", "‘")
FIRST_DOUBLE_QUOTE = re.compile(r'[“”"]')


@dataclass(frozen=True)
class Weights:
    """How much each signal counts; see the module docstring for where the values come from."""

    position_decay: float = 0.3
    centrality: float = 0.3
    min_words: int = 8
    short_penalty: float = 0.3
    max_words: int = 45
    long_penalty: float = 0.5
    quote_penalty: float = 0.3
    redundancy: float = 0.3


WEIGHTS = Weights()


def content_lemmas(span: Span) -> set[str]:
    """Lower-case lemmas of the content words of a span."""
    return {t.lemma_.lower() for t in span if t.pos_ in CONTENT_POS and not t.is_stop and t.is_alpha}


def centrality(bags: list[set[str]]) -> list[float]:
    """How many other sentences share each sentence's content words, normalised to [0, 1]."""
    doc_freq = Counter(word for bag in bags for word in bag)
    raw = [sum(doc_freq[w] - 1 for w in bag) / (len(bag) + 3) for bag in bags]
    top = max(raw, default=0.0) or 1.0
    return [r / top for r in raw]


def continues_quotation(text: str) -> bool:
    """The sentence goes on with a quotation opened before: its first double quote mark closes.

    ('Prices will rise. We had no choice," the chairman said.' split in two: the second sentence is still the
    chairman's words, and shown alone as a bottom line it reads as the writer's, with a stray closing mark.)
    """
    found = FIRST_DOUBLE_QUOTE.search(text)
    if found is None:
        return False
    if found.group() != '"':
        return found.group() == "”"
    before = text[found.start() - 1] if found.start() else " "
    return not before.isspace() and before not in "([{—–-"


def quoted(span: Span) -> bool:
    """Direct speech: the sentence opens a quotation or continues one."""
    text = span.text.lstrip()
    return text.startswith(OPENING_QUOTES) or continues_quotation(text)


def base_score(index: int, span: Span, central: float, w: Weights = WEIGHTS) -> float:
    """Lead position prior plus centrality, minus penalties for fragments, run-ons and quotes."""
    words = sum(1 for t in span if t.is_alpha)
    score = 1.0 / (1.0 + w.position_decay * index) + w.centrality * central
    score -= w.short_penalty if words < w.min_words else 0.0
    score -= w.long_penalty if words > w.max_words else 0.0
    score -= w.quote_penalty if quoted(span) else 0.0
    return score


def overlap(a: set[str], b: set[str]) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def summary_size(count: int) -> int:
    """Three sentences for a full article, two for a short one, all of a tiny one."""
    return min(count, 3 if count >= 6 else 2)


def pick(scores: list[float], bags: list[set[str]], size: int, w: Weights = WEIGHTS) -> list[int]:
    """Greedy selection: best score after a penalty for repeating what is already chosen."""
    chosen: list[int] = []
    while len(chosen) < size:

        def gain(i: int) -> float:
            return scores[i] - w.redundancy * max((overlap(bags[i], bags[j]) for j in chosen), default=0.0)

        candidates = [i for i in range(len(scores)) if i not in chosen]
        chosen.append(max(candidates, key=lambda i: (gain(i), -i)))
    return sorted(chosen)


def summarise(doc: Doc, sentences: tuple[Sentence, ...], article_id: str) -> tuple[Evidence, ...]:
    """The best 2–3 sentences, in article order."""
    spans = [doc.char_span(s.start, s.end, alignment_mode="expand") for s in sentences]
    bags = [content_lemmas(s) for s in spans]
    central = centrality(bags)
    scores = [base_score(i, span, central[i]) for i, span in enumerate(spans)]
    chosen = pick(scores, bags, summary_size(len(spans)))
    return tuple(evidence_for(sentences, sentences[i].index, article_id) for i in chosen)

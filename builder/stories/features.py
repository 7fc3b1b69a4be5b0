"""What story grouping compares: weighted content features of each briefing and their cosine similarities.

Features are lower-cased content words, numbers and years, and the named things of the briefing's terms
(people, organisations, places, laws, products, events; a person also by surname). Years weigh more, because
the same leaders meeting in another year is another story. Weights are TF-IDF with sublinear term frequency;
features carried by a large share of the collection are treated as stop words, which also keeps pair
generation near-linear. (Counting the title and lead double was tried and did not help on the dev sets.)
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

import numpy as np

from builder.core.model import Briefing, Term
from builder.stories.linking import Similar

TOKEN = re.compile(r"[^\W\d_](?:[\w'’\-]*[^\W_])?|\d+(?:[.,]\d+)*")
YEAR = re.compile(r"(?:19|20)\d\d")
YEAR_WEIGHT = 3.0  # a year names the event's time: it should outweigh one topic word
NAMED_LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW", "NAME"}
)
COMMON_SHARE = 0.1  # features in more than this share of articles are corpus stop words …
COMMON_MIN = 20  # … but only once that share is above this many articles
BLOCK_ROWS = 1024  # rows of the similarity matrix held in memory at once (at most 1024 x articles)

Vector = dict[str, float]


@functools.cache
def stop_words() -> frozenset[str]:
    """spaCy's English stop words, read on first use (importing this module never loads spaCy)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


@functools.lru_cache(maxsize=1 << 16)
def word_feature(token: str) -> str | None:
    """The feature of one token: `y:` year, `n:` number, `w:` content word, or None for a stop word."""
    low = token.lower().replace("’", "'").removesuffix("'s")
    if len(low) < 2 or low in stop_words():
        return None
    if YEAR.fullmatch(low):
        return f"y:{low}"
    if low[0].isdigit():
        return f"n:{low}"
    return f"w:{low[:-1]}" if low.endswith("s") and len(low) > 3 else f"w:{low}"


def name_key(text: str) -> str:
    """A named thing's text, lower-cased, without a possessive and extra spaces."""
    return " ".join(text.lower().replace("’", "'").removesuffix("'s").split())


def name_features(term: Term) -> list[str]:
    """The `t:` features of one named term: its name, and a person's surname on its own."""
    name = name_key(term.text)
    surname = [f"t:{name.rsplit(' ', 1)[-1]}"] if term.label == "PERSON" and " " in name else []
    return [f"t:{name}", *surname] if name else []


def features_of(briefing: Briefing) -> Counter[str]:
    """Weighted feature counts of one briefing: words of its title and sentences, and its named terms."""
    counts: Counter[str] = Counter()
    texts = [briefing.article.title or "", *(s.text for s in briefing.sentences)]
    for text in texts:
        for token in TOKEN.findall(text):
            if feature := word_feature(token):
                counts[feature] += YEAR_WEIGHT if feature.startswith("y:") else 1.0
    for term in briefing.terms:
        if term.label in NAMED_LABELS:
            counts.update(name_features(term))
    return counts


def sublinear(count: float) -> float:
    """Term frequency damped so that repetition counts less than breadth."""
    return 1 + math.log(count) if count >= 1 else count


def tfidf(counts: Sequence[Mapping[str, float]]) -> list[Vector]:
    """Unit-length TF-IDF vectors (sublinear tf, idf = ln(1 + N/df)), without corpus stop words.

    Weighed as arrays over every (article, feature) at once, with the arithmetic of weighing them one by one:
    `math.log` of each distinct document frequency and count, products and quotients in doubles, and each
    norm a sum of squares in the article's own order (`np.bincount` adds in order), so the weights are those
    of `tfidf_one_by_one` to the bit (`tests/test_grouping.py`).
    """
    if not counts:
        return []
    n = len(counts)
    names = [f for c in counts for f in c]
    numbers: dict[str, int] = {}
    ids = np.array([numbers.setdefault(f, len(numbers)) for f in names], dtype=np.int64)
    df = np.bincount(ids, minlength=len(numbers))
    frequencies, at = np.unique(df, return_inverse=True)
    idf = np.array([math.log(1 + n / int(d)) for d in frequencies.tolist()])[at][ids]
    counted = np.array([v for c in counts for v in c.values()], dtype=np.float64)
    values, at = np.unique(counted, return_inverse=True)
    raw = np.array([sublinear(v) for v in values.tolist()])[at] * idf
    lengths = [len(c) for c in counts]
    article = np.repeat(np.arange(n), lengths)
    norms = np.sqrt(np.bincount(article, weights=raw * raw, minlength=n))
    norms[norms == 0] = 1.0
    weights = (raw / norms[article]).tolist()
    kept = (df[ids] <= max(COMMON_MIN, COMMON_SHARE * n)).tolist()
    vectors, start = [], 0
    for length in lengths:
        end = start + length
        row = zip(names[start:end], weights[start:end], kept[start:end], strict=True)
        vectors.append({f: w for f, w, k in row if k})
        start = end
    return vectors


def tfidf_one_by_one(counts: Sequence[Mapping[str, float]]) -> list[Vector]:
    """`tfidf`, article by article: what the arrays must give (kept for the test that says they do)."""
    df = Counter(feature for c in counts for feature in c)
    limit = max(COMMON_MIN, COMMON_SHARE * len(counts))
    vectors = []
    for c in counts:
        raw = {f: sublinear(v) * math.log(1 + len(counts) / df[f]) for f, v in c.items()}
        norm = math.sqrt(sum(w * w for w in raw.values())) or 1.0
        vectors.append({f: w / norm for f, w in raw.items() if df[f] <= limit})
    return vectors


def postings_of(vectors: Sequence[Vector]) -> list[tuple[np.ndarray, np.ndarray]]:
    """For each feature carried by two or more articles, by name: their indexes (ascending) and weights."""
    lists: dict[str, tuple[list[int], list[float]]] = defaultdict(lambda: ([], []))
    for i, vector in enumerate(vectors):
        for feature, weight in vector.items():
            lists[feature][0].append(i)
            lists[feature][1].append(weight)
    return [
        (np.array(rows), np.array(weights, dtype=np.float32))
        for _, (rows, weights) in sorted(lists.items())
        if len(rows) > 1
    ]


def cosine_pairs(vectors: Sequence[Vector], floor: float) -> Similar:
    """Cosine of every pair (i < j) reaching `floor`, in (i, j) order.

    Each cosine is a float32 sum of float32 products, feature by feature in the order of their names, over
    blocks of rows; a block holds only the columns from its first row on, since only pairs i < j are kept.
    """
    postings = postings_of(vectors)
    firsts, seconds, values = [], [], []
    for start in range(0, len(vectors), BLOCK_ROWS):
        end = min(start + BLOCK_ROWS, len(vectors))
        block = np.zeros((end - start, len(vectors) - start), dtype=np.float32)
        for rows, weights in postings:
            low, high = np.searchsorted(rows, (start, end))
            if low < high:
                block[np.ix_(rows[low:high] - start, rows[low:] - start)] += np.outer(
                    weights[low:high], weights[low:]
                )
        i, j = np.nonzero(block >= floor)
        above = j > i
        i, j = i[above], j[above]
        firsts.append(i + start)
        seconds.append(j + start)
        values.append(block[i, j].astype(np.float64))
    if not firsts:
        empty = np.zeros(0, dtype=np.int64)
        return Similar(empty, empty, np.zeros(0))
    first, second = (np.concatenate(side).astype(np.int64) for side in (firsts, seconds))
    return Similar(first, second, np.concatenate(values))

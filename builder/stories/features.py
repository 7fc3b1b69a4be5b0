"""What story grouping compares: weighted content features of each briefing and their cosine similarities.

Features are lower-cased content words, numbers and years, and the named things of the briefing's terms
(people, organisations, places, laws, products, events; a person also by surname). Years weigh more, because
the same leaders meeting in another year is another story. Weights are TF-IDF with sublinear term frequency,
the collection's counts rounded to steps so that adding an article does not move other articles' weights
(`tfidf`); features carried by a large share of the collection are treated as stop words, which also keeps
pair generation near-linear. (Counting the title and lead double was tried and did not help on the dev sets.)
"""

from __future__ import annotations

import dataclasses
import functools
import math
import re
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from builder.core.model import Briefing, Term
from builder.stories.dates import full_dates, lead_texts
from builder.stories.linking import Similar, Spans

TOKEN = re.compile(r"[^\W\d_](?:[\w'’\-]*[^\W_])?|\d+(?:[.,]\d+)*")
YEAR = re.compile(r"(?:19|20)\d\d")
YEAR_WEIGHT = 3.0  # a year names the event's time: it should outweigh one topic word
NAMED_LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW", "NAME"}
)
EVENT_SENTENCES = 2  # the title and this many sentences tell who did what: the happening's own words
# Words of when, not of what: two leads that share only "earlier" or "on Saturday" share no happening.
TIME_WORDS = frozenset(
    {
        *("w:today", "w:tonight", "w:yesterday", "w:tomorrow", "w:earlier", "w:later", "w:ago", "w:recent"),
        *("w:recently", "w:early", "w:late", "w:lately", "w:weekend", "w:week", "w:month", "w:year"),
        *("w:day", "w:night", "w:morning", "w:afternoon", "w:evening", "w:time"),
        *("w:monday", "w:tuesday", "w:wednesday", "w:thursday", "w:friday", "w:saturday", "w:sunday"),
    }
)
ACT_SENTENCES = 3  # the title and the first of these sentences that tells an act
DATELINE_WORDS = 12  # a line this short that gives a full date is a dateline
COMMON_SHARE = 0.1  # features in more than this share of articles are corpus stop words (`common_limit`) …
COMMON_MIN = 20  # … but only once that share is above this many articles

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


def lead_event_words(briefing: Briefing) -> tuple[str, ...]:
    """The content words (`w:` features) written in lower case in the title and first sentences: what the
    lead says happened ("executed", "video", "escaped", "loan"), not who (names are capitalised) or when."""
    found = {
        feature
        for text in lead_texts(briefing, EVENT_SENTENCES)
        for token in TOKEN.findall(text)
        if token[0].islower() and (feature := word_feature(token)) and feature.startswith("w:")
    }
    return tuple(sorted(found - TIME_WORDS))


def acts_of(briefing: Briefing) -> tuple[str, ...]:
    """What the lead says happened, as the lemmas of its acts (`extract.acts`: "offer", "reject"): those of
    the title and of the first of the lead's sentences that tells one, datelines left out (extraction read
    each text's acts from its parse: `Briefing.lead_acts`)."""
    return tuple(sorted({act for i in act_texts(briefing) for act in briefing.lead_acts[i]}))


def parties_of(briefing: Briefing) -> tuple[str, ...]:
    """Whom the acts of `acts_of` befell, from the same texts (`Briefing.lead_parties`), one entry an act:
    "arrest\tjackson vincent"."""
    found: dict[str, set[str]] = {}
    for i in act_texts(briefing):
        for entry in briefing.lead_parties[i] if i < len(briefing.lead_parties) else ():
            act, words = entry.split("\t")
            found.setdefault(act, set()).update(words.split())
    return tuple(sorted(f"{act}\t{' '.join(sorted(words))}" for act, words in found.items()))


def act_texts(briefing: Briefing) -> list[int]:
    """Which of `Briefing.lead_acts` the lead's acts are read from: the title's (0) and the first of the
    lead's sentences that tells one, datelines and a body line that is the title left out."""
    if not briefing.lead_acts:
        return []
    title = (briefing.article.title or "").strip()
    chosen = [0] if title and not dateline(title) else []
    told = zip(briefing.sentences[: ACT_SENTENCES + 1], briefing.lead_acts[1:], strict=False)
    for i, sentence, acts in [(i, s, a) for i, (s, a) in enumerate(told, 1) if s.text.strip() != title][
        :ACT_SENTENCES
    ]:
        if not dateline(sentence.text):
            chosen.append(i)
            if acts:
                break  # the first sentence of the body that tells an act
    return chosen


def dateline(text: str) -> bool:
    """A short line that gives a date ("May 2, 2013, 1: 12 PM", "Updated Saturday, December 05, 2009")."""
    return len(text.split()) <= DATELINE_WORDS and any(True for _ in full_dates(text))


def sublinear(count: float) -> float:
    """Term frequency damped so that repetition counts less than breadth."""
    return 1 + math.log(count) if count >= 1 else count


def rounded_count(count: int) -> float:
    """A count rounded down to a power of √2 (1, 2, 2.83, 4, 5.66, 8 …), from the bits of its square."""
    return 2 ** (((count * count).bit_length() - 1) / 2)


def collection_size(count: int) -> int:
    """The N of idf: the count of articles rounded down to a power of two."""
    return 1 << (count.bit_length() - 1)


def common_limit(count: int) -> float:
    """Features in more articles than this are corpus stop words: COMMON_SHARE of the count of articles
    rounded UP to a power of √2, so never below the share of the exact count (no feature the exact share
    keeps is dropped) and at most √2 times it."""
    return max(COMMON_MIN, COMMON_SHARE * 2 ** ((count * count - 1).bit_length() / 2))


def tfidf(counts: Sequence[Mapping[str, float]]) -> list[Vector]:
    """Unit-length TF-IDF vectors (sublinear tf, idf = ln(1 + N / df)), without corpus stop words, with N and
    every document frequency df rounded down to steps (`collection_size`, `rounded_count`).

    The steps keep a weight still while the collection grows. With exact counts every article added moved
    every weight a little (N grows, and the df of each word it holds), so two articles whose similarity sat
    near a floor joined and left one story as unrelated articles came in: four articles of the 5,000-article
    benchmark corpus switched stories on almost every addition, and on the 1,000-article corpus three
    additions (one of them on other countries, a story of its own) changed the stories of 7, 24 and 8 other
    articles, and at 5,000 three additions those of 0, 9 and 10. Rounded, a weight changes only when its
    feature's df reaches the next step (a feature held by d articles reaches one after about 0.4 d more
    articles holding it) or when the count of articles passes a power of two (N) or of √2 (the stop-word
    limit); an article that shares no feature with two others leaves their vectors, and their similarity,
    exactly as they were. A step is one way (counts only grow as articles are added), so a pair does not swing
    back and forth. The same additions now change the stories of 0, 0 and 5 articles at 1,000 (the third new
    article names their country and leader, and becomes their nearest neighbour) and at 5,000 of 0, 0 and 4
    (the second new article had joined their story; the third, its twin, takes it into a story of the two).
    The weights stay a pure function of the set of articles: a cold build and a build step by step agree.

    The stop-word limit is a share of the count rounded UP (`common_limit`), so it never drops a feature that
    the share of the exact count keeps (rounded down, ECB+ fell from 96.2 to 89.5 B-cubed F1), in steps of
    √2 (in steps of 2, at 5,000 benchmark articles the limit was 16% of the articles instead of 10%: template
    words kept made topic-wide stories, and an addition changed the stories of 27 others). A fixed
    reference table of word counts from other texts, instead of the collection's own, would make every
    weight independent of the collection; measured with the counts of 2,473 other dev texts (CoNLL, RAMS,
    Szeged) and rejected: ECB+ fell to 91.9 dev / 91.6 CV and the 84 BBC texts merged 40 articles (an
    election's coverage into two stories), because the words common to one site's subject ("election",
    "labour") are rare in a general collection and weigh as a happening's own words.

    Weighed as arrays over every (article, feature) at once, with the arithmetic of weighing them one by one:
    `math.log` of each distinct rounded df and count, products and quotients in doubles, and each norm a sum
    of squares in the article's own order (`np.bincount` adds in order), so the weights are those of
    `tfidf_one_by_one` to the bit (`tests/test_grouping.py`).
    """
    return list(weigh(counts).vectors)


class Vectors(Sequence[Vector]):
    """Each article's vector, made into a dict when first asked for: the weights are reckoned for every
    article at once (as arrays), but a build that keeps the last one's pairs and groups (`reuse`) looks at the
    vectors of the few articles and groups a change touches, and making every dict cost 0.1 s at 5,000
    articles."""

    def __init__(self, names: list[str], weights: np.ndarray, kept: np.ndarray, starts: np.ndarray) -> None:
        self._names, self._weights, self._kept, self._starts = names, weights, kept, starts.tolist()
        self._made: dict[int, Vector] = {}

    def __len__(self) -> int:
        return len(self._starts) - 1

    def __getitem__(self, item: int) -> Vector:  # type: ignore[override]
        found = self._made.get(item)
        if found is None:
            start, end = self._starts[item], self._starts[item + 1]
            weights, kept = self._weights[start:end].tolist(), self._kept[start:end].tolist()
            found = self._made[item] = {
                f: w for f, w, k in zip(self._names[start:end], weights, kept, strict=True) if k
            }
        return found

    def __iter__(self) -> Iterator[Vector]:
        return map(self.__getitem__, range(len(self)))


@dataclass(frozen=True, eq=False)
class Weights:
    """`tfidf`'s vectors and what they were weighed from: each feature's document frequency (`features`, in
    order of first appearance, and `df`), and every (article, feature) entry (`article`, `feature`: numbers
    into `features`), so that a later build can tell which vectors a change of counts moves
    (`features.reuse`)."""

    vectors: Sequence[Vector]
    features: list[str]
    df: np.ndarray
    article: np.ndarray
    feature: np.ndarray


def weigh(counts: Sequence[Mapping[str, float]]) -> Weights:
    """`tfidf`, with the counts it read."""
    empty = np.zeros(0, dtype=np.int64)
    if not counts:
        return Weights([], [], empty, empty, empty)
    n = len(counts)
    size = collection_size(n)
    names = [f for c in counts for f in c]
    # Features numbered in order of first appearance, looked up by C-level `map` (a comprehension with
    # `setdefault` cost 0.1 s over the ~870,000 features of 5,000 benchmark articles).
    numbers = {f: n for n, f in enumerate(dict.fromkeys(names))}
    ids = np.fromiter(map(numbers.__getitem__, names), dtype=np.int64, count=len(names))
    df = np.bincount(ids, minlength=len(numbers))
    frequencies, at = np.unique(df, return_inverse=True)
    idf = np.array([math.log(1 + size / rounded_count(int(d))) for d in frequencies.tolist()])[at][ids]
    counted = np.array([v for c in counts for v in c.values()], dtype=np.float64)
    values, at = np.unique(counted, return_inverse=True)
    raw = np.array([sublinear(v) for v in values.tolist()])[at] * idf
    lengths = [len(c) for c in counts]
    article = np.repeat(np.arange(n), lengths)
    norms = np.sqrt(np.bincount(article, weights=raw * raw, minlength=n))
    norms[norms == 0] = 1.0
    starts = np.concatenate([[0], np.cumsum(lengths)])
    vectors = Vectors(names, raw / norms[article], df[ids] <= common_limit(n), starts)
    return Weights(vectors, list(numbers), df, article, ids)


def tfidf_one_by_one(counts: Sequence[Mapping[str, float]]) -> list[Vector]:
    """`tfidf`, article by article: what the arrays must give (kept for the test that says they do)."""
    df = Counter(feature for c in counts for feature in c)
    size, limit = collection_size(len(counts) or 1), common_limit(len(counts) or 1)
    vectors = []
    for c in counts:
        raw = {f: sublinear(v) * math.log(1 + size / rounded_count(df[f])) for f, v in c.items()}
        norm = math.sqrt(sum(w * w for w in raw.values())) or 1.0
        vectors.append({f: w / norm for f, w in raw.items() if df[f] <= limit})
    return vectors


def postings(vectors: Sequence[Vector]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Every weight of a feature carried by two or more articles, ordered by the feature's name, then by
    article: the feature's number (in name order), the article's index and the weight (float32)."""
    names = [f for v in vectors for f in v]
    numbers = {f: n for n, f in enumerate(sorted(set(names)))}
    feature = np.fromiter(map(numbers.__getitem__, names), dtype=np.int64, count=len(names))
    article = np.repeat(np.arange(len(vectors), dtype=np.int64), [len(v) for v in vectors])
    weight = np.array([w for v in vectors for w in v.values()], dtype=np.float64).astype(np.float32)
    shared = np.bincount(feature, minlength=len(numbers))[feature] > 1
    feature, article, weight = feature[shared], article[shared], weight[shared]
    order = np.lexsort((article, feature))
    return feature[order], article[order], weight[order]


def cosine_pairs(vectors: Sequence[Vector], floor: float, spans: Spans | None = None) -> Similar:
    """Cosine of every pair (i < j) reaching `floor`, in (i, j) order; with `spans`, of at least their pairs.

    Each cosine is a float32 sum of float32 products, feature by feature in the order of their names, as
    `cosine_one_by_one` sums it, to the bit. Grouping asks only for the pairs its time rules can allow
    (`timing.Timing.spans`): in date order a band along the diagonal, at 5,000 benchmark articles 0.3M of
    12.5M pairs. Those are weighed pair by pair (`span_cosines`); when the spans hold most pairs (undated
    articles pair with every other), every pair is weighed in dense blocks (`every_cosine`), which costs
    less per pair.
    """
    count = len(vectors)
    if spans is None or 2 * spans.base[-1] > count * (count - 1) // 2:
        return every_cosine(vectors, floor)
    return span_cosines(vectors, floor, spans)


def every_cosine(vectors: Sequence[Vector], floor: float) -> Similar:
    """`cosine_pairs` of every pair, over blocks of rows of the similarity matrix: a block holds the columns
    from its first row on (only pairs i < j are kept), and adds each feature's products in name order."""
    feature, article, weight = postings(vectors)
    cuts = np.flatnonzero(np.diff(feature)) + 1  # one run of the postings per feature
    runs_ = list(zip(np.split(article, cuts), np.split(weight, cuts), strict=True)) if len(feature) else []
    firsts, seconds, values = [], [], []
    for start in range(0, len(vectors), BLOCK_ROWS):
        end = min(start + BLOCK_ROWS, len(vectors))
        block = np.zeros((end - start, len(vectors) - start), dtype=np.float32)
        for rows, weights in runs_:
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
    return similar_of(firsts, seconds, values)


def span_cosines(vectors: Sequence[Vector], floor: float, spans: Spans) -> Similar:
    """`cosine_pairs` of the pairs of the spans: each weight of a later article of a pair is multiplied by
    the weights of the same feature of the earlier articles of its spans (a run of the postings, which are
    ordered by feature and article), and the products are added into one float32 sum per pair, feature by
    feature (`np.add.at` adds in the order given)."""
    count = len(vectors)
    feature, article, weight = postings(vectors)
    keys = feature * count + article  # ascending
    base = spans.base
    first_span = np.searchsorted(spans.later, np.arange(count + 1))  # an article's spans: first_span[j] …
    firsts, seconds, values = [], [], []
    for start, end in runs(base[first_span], PAIRS_AT_ONCE):  # later articles whose pairs are summed together
        offset = base[first_span[start]]
        sums = np.zeros(base[first_span[end]] - offset, dtype=np.float32)
        at = np.flatnonzero((article >= start) & (article < end))  # weights of the later articles
        many = first_span[article[at] + 1] - first_span[article[at]]
        at = np.repeat(at, many)  # one row per weight and span of its article
        span = first_span[article[at]] + np.arange(len(at)) - np.repeat(np.cumsum(many) - many, many)
        low = np.searchsorted(keys, feature[at] * count + spans.low[span])  # the earlier articles' weights
        high = np.searchsorted(keys, feature[at] * count + spans.high[span])
        shift = base[span] - spans.low[span] - offset  # a pair's number in `sums`: earlier article + shift
        ends = np.concatenate([[0], np.cumsum(high - low)])
        for a, b in runs(ends, PRODUCTS_AT_ONCE):
            lengths = high[a:b] - low[a:b]
            earlier = np.arange(ends[a], ends[b]) - np.repeat(ends[a:b] - low[a:b], lengths)
            pair = np.repeat(shift[a:b], lengths) + article[earlier]
            np.add.at(sums, pair, weight[earlier] * np.repeat(weight[at[a:b]], lengths))
        hit = np.flatnonzero(sums >= floor)
        ranged = np.searchsorted(base, hit + offset, side="right") - 1
        firsts.append(spans.low[ranged] + hit + offset - base[ranged])
        seconds.append(spans.later[ranged])
        values.append(sums[hit].astype(np.float64))
    found = similar_of(firsts, seconds, values)
    order = np.lexsort((found.second, found.first))
    return Similar(found.first[order], found.second[order], found.value[order])


BLOCK_ROWS = 1024  # rows of the similarity matrix held in memory at once (at most 1024 x articles)
PAIRS_AT_ONCE = 1 << 22  # pairs whose sums are held at once (16 MB of float32)
PRODUCTS_AT_ONCE = 1 << 22  # products formed at once


def similar_of(firsts: list[np.ndarray], seconds: list[np.ndarray], values: list[np.ndarray]) -> Similar:
    """Pairs found in parts, as one `Similar` (in the parts' order)."""
    if not firsts:
        empty = np.zeros(0, dtype=np.int64)
        return Similar(empty, empty, np.zeros(0))
    first, second = (np.concatenate(side).astype(np.int64) for side in (firsts, seconds))
    return Similar(first, second, np.concatenate(values))


def runs(cumulative: np.ndarray, limit: int) -> list[tuple[int, int]]:
    """Consecutive runs [start, end) of items whose sizes add up to at most `limit` (an item larger than the
    limit alone), from the running totals of their sizes (`cumulative[k]`: the size of the items before k)."""
    out, start = [], 0
    items = len(cumulative) - 1
    while start < items:
        end = int(np.searchsorted(cumulative, cumulative[start] + limit, side="right")) - 1
        end = min(max(end, start + 1), items)
        out.append((start, end))
        start = end
    return out


def cosine_one_by_one(vectors: Sequence[Vector], floor: float) -> dict[tuple[int, int], float]:
    """`cosine_pairs` of every pair, pair by pair: what the arrays must give (kept for the test that says they
    do)."""
    names = [sorted(v) for v in vectors]
    out = {}
    for j in range(len(vectors)):
        for i in range(j):
            total = np.float32(0.0)
            for f in names[i]:
                if f in vectors[j]:
                    total = np.float32(total + np.float32(vectors[i][f]) * np.float32(vectors[j][f]))
            if total >= floor:
                out[(i, j)] = float(total)
    return out


# The last grouping's candidate pairs, kept so that a build weighs only the pairs a change can move.
#
# Grouping weighs every pair of articles that time may allow (`grouping.Candidates`): at 5,000 articles
# some 300,000, most of a second, and then judges each pair by the time and outlet rules. Both are functions
# of the two articles alone once their vectors are fixed, and a vector depends on the collection only
# through rounded counts (`tfidf`): the count of articles rounded down to a power of two (N), each of its
# features' document frequency rounded down to a power of √2, and whether that frequency is over the
# stop-word limit.
#
# So a pair of two articles whose facts are unchanged (the same key: the same article, extractor and code)
# and none of whose features moved a step has, bit for bit, the cosine and the verdicts it had in the last
# build. Only the pairs with a *dirty* article are weighed and judged again: an article that is new or
# edited, or that holds a feature whose rounded frequency or stop-word standing changed (`reuse`). When N
# moves a step every weight moves: everything is weighed again, as it is without a usable record (none,
# another version, other code, other rules). The result is the one grouping from nothing gives
# (`tests/test_kept_pairs.py`). What is kept (`Kept`) is data only: the articles' keys in chronological
# order, every feature's document frequency, and the pairs as arrays (`runtime.cache.PairCache` stores it).


@dataclass(frozen=True, eq=False)
class Kept:
    """One grouping's candidate pairs and what they were weighed from."""

    rules: tuple  # the grouping rules the verdicts were judged by (`dataclasses.astuple` of `grouping.Rules`)
    keys: tuple[str, ...]  # each article's key, in chronological order (the items of the pairs)
    features: tuple[str, ...]  # every feature of the collection …
    df: np.ndarray  # … and the count of articles holding it
    first: np.ndarray  # the candidate pairs (first < second, sorted) …
    second: np.ndarray
    value: np.ndarray  # … their cosines (float32 sums, as float64) …
    allowed: np.ndarray  # … whether the rules let the pair link (`grouping.allowed`) …
    apart: np.ndarray  # … and whether one article tells the other's news as something else
    groups: KeptGroups | None = None  # the groups it made

    @property
    def similar(self) -> Similar:
        return Similar(self.first, self.second, self.value)


@dataclass(frozen=True, eq=False)
class KeptGroups:
    """One grouping's groups and what was found for each from its articles' vectors: its key features
    (`grouping.key_features`) and its thread link (`threads.Link`). A group of the same articles, none of
    whose vectors moved, has the same key features in the next build, and its link is taken over where it
    still holds."""

    members: np.ndarray  # every group's articles (items of `Kept.keys`), group after group …
    sizes: np.ndarray  # … and how many each has
    terms: tuple[tuple[str, ...], ...]  # per group: its key features
    targets: np.ndarray  # … the earlier group it links to (-1: none) …
    cosines: np.ndarray  # … and their cosine
    named: tuple[tuple[str, ...], ...]  # … its principal people and organisations (sorted identity keys) …
    every: tuple[tuple[str, ...], ...]  # … and its principal actors of every kind


class PairStore(Protocol):
    """Where builds keep their pairs (`runtime.cache.PairCache`)."""

    def key(self, briefing: Briefing) -> str: ...  # changes with anything that changes its grouping facts

    def load(self) -> Kept | None: ...

    def keep(self, kept: Kept) -> None: ...


@dataclass(frozen=True, eq=False)
class Reused:
    """What a build takes over from the last one: which articles must be weighed again, and the pairs of the
    others with their verdicts (items are this build's indexes)."""

    dirty: np.ndarray  # per article: its pairs are weighed and judged again
    similar: Similar  # the kept pairs of two clean articles
    allowed: np.ndarray
    apart: np.ndarray
    now: np.ndarray  # each kept article's index now, -1 if it is gone or dirty
    groups: KeptGroups | None  # the last build's groups


def rules_of(rules: object) -> tuple:
    """The rules as plain values, to tell whether kept verdicts were judged by the same ones."""
    return dataclasses.astuple(rules)  # type: ignore[call-overload]


def steps(counts: np.ndarray) -> np.ndarray:
    """The √2 step of each count (`features.rounded_count`: the bits of its square), -1 for none."""
    distinct, at = np.unique(counts, return_inverse=True)
    table = np.array([(int(c) * int(c)).bit_length() if c > 0 else -1 for c in distinct.tolist()])
    return table[at] if len(counts) else np.zeros(0, dtype=np.int64)


def reuse(kept: Kept | None, keys: tuple[str, ...], weights: Weights, rules: tuple) -> Reused | None:
    """The part of the last grouping that holds for this collection, or None when nothing does."""
    count = len(keys)
    if kept is None or kept.rules != rules or not count or not kept.keys:
        return None
    if collection_size(count) != collection_size(len(kept.keys)):
        return None  # N moved a step: every weight moved
    previous = dict(zip(kept.features, kept.df.tolist(), strict=True))
    old = np.fromiter(map(previous.get, weights.features, [0] * len(weights.features)), dtype=np.int64)
    new = weights.df
    moved = steps(new) != steps(old)
    moved |= (new <= common_limit(count)) != (old <= common_limit(len(kept.keys)))
    dirty = np.zeros(count, dtype=bool)
    dirty[weights.article[moved[weights.feature]]] = True
    at = {key: n for n, key in enumerate(kept.keys)}
    now = np.full(len(kept.keys), -1, dtype=np.int64)  # each kept item's index now, -1 if gone or dirty
    for item, key in enumerate(keys):
        was = at.get(key)
        if was is None:
            dirty[item] = True
        elif not dirty[item]:
            now[was] = item
    a, b = now[kept.first], now[kept.second]
    clean = (a >= 0) & (b >= 0)  # clean articles keep their chronological order: a < b still
    similar = Similar(a[clean], b[clean], kept.value[clean])
    return Reused(dirty, similar, kept.allowed[clean], kept.apart[clean], now, kept.groups)


def dirty_spans(spans: Spans, dirty: np.ndarray) -> Spans:
    """The pairs of the spans with a dirty article: every range of a dirty later article, and the dirty
    articles inside the ranges of the others."""
    own = dirty[spans.later]
    items = np.flatnonzero(dirty)
    low, high = spans.low[~own], spans.high[~own]
    starts, ends = np.searchsorted(items, low), np.searchsorted(items, high)
    many = ends - starts
    at = np.arange(int(many.sum())) + np.repeat(starts - (np.cumsum(many) - many), many)
    inside = items[at]
    later = np.concatenate([spans.later[own], np.repeat(spans.later[~own], many)])
    lows = np.concatenate([spans.low[own], inside])
    highs = np.concatenate([spans.high[own], inside + 1])
    return Spans.merged(later, lows, highs)


def involved(spans: Spans, count: int) -> np.ndarray:
    """Per article: in a pair of the spans."""
    marks = np.zeros(count + 1, dtype=np.int64)
    np.add.at(marks, spans.low, 1)
    np.add.at(marks, spans.high, -1)
    inside = np.cumsum(marks[:-1]) > 0
    inside[spans.later] = True
    return inside


def combined(reused: Reused, fresh: Similar) -> tuple[Similar, np.ndarray, np.ndarray, np.ndarray]:
    """The kept pairs and the freshly weighed ones (no pair is both) in (first, second) order; for each,
    whether it is fresh, and the kept verdicts (False for fresh pairs)."""
    first = np.concatenate([reused.similar.first, fresh.first])
    second = np.concatenate([reused.similar.second, fresh.second])
    value = np.concatenate([reused.similar.value, fresh.value])
    none = np.zeros(len(fresh), dtype=bool)
    is_fresh = np.concatenate([np.zeros(len(reused.similar), dtype=bool), ~none])
    allowed, apart = np.concatenate([reused.allowed, none]), np.concatenate([reused.apart, none])
    order = np.lexsort((second, first))
    similar = Similar(first[order], second[order], value[order])
    return similar, is_fresh[order], allowed[order], apart[order]

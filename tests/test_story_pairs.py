"""Grouping weighs only the pairs its time rules can allow (`Timing.spans`), and gets the groups of weighing
every pair: the cosines are those of summing pair by pair, to the bit, and no pair time allows is left out."""

from __future__ import annotations

import dataclasses
import random

import numpy as np
import pytest

from builder.stories.grouping import (
    KEY_TERMS,
    RULES,
    Candidates,
    chronological,
    facts_of,
    group_indexes,
    key_terms,
)
from builder.stories.linking import Spans
from builder.stories.similarity import cosines
from builder.stories.similarity.cosines import cosine_one_by_one, cosine_pairs, every_cosine, span_cosines
from builder.stories.similarity.weights import tfidf
from builder.stories.timing import Timing
from tests.factories import synthetic_briefings
from tests.test_story_time import invented_leads


def vectors_of(briefings):
    return tfidf([facts_of(b).features() for b in briefings])


def as_dict(similar) -> dict[tuple[int, int], float]:
    pairs = list(zip(similar.first.tolist(), similar.second.tolist(), strict=True))
    assert pairs == sorted(pairs) and len(set(pairs)) == len(pairs)  # in (i, j) order, each once
    return similar.as_dict()


@pytest.fixture(scope="module")
def vectors():
    return vectors_of(synthetic_briefings(120))


@pytest.mark.parametrize("floor", [0.0, 0.05, 0.3])
def test_cosines_over_arrays_are_the_pair_by_pair_sums_to_the_bit(vectors, floor: float) -> None:
    expected = cosine_one_by_one(vectors, floor)
    assert 0 < len(expected) < len(vectors) * (len(vectors) - 1) // 2 or floor == 0.0
    assert as_dict(every_cosine(vectors, floor)) == expected
    assert as_dict(span_cosines(vectors, floor, Spans.every(len(vectors)))) == expected
    assert as_dict(cosine_pairs(vectors, floor)) == expected


def test_cosines_of_some_spans_are_those_of_their_pairs(vectors, monkeypatch) -> None:
    count, chosen = len(vectors), random.Random(7)
    later, low, high = [], [], []
    for j in range(count):
        for _ in range(chosen.randrange(4)):  # overlapping and empty ranges too
            a = chosen.randrange(j + 1)
            later.append(j)
            low.append(a)
            high.append(chosen.randrange(a, j + 1))
    spans = Spans.merged(*(np.array(side, dtype=np.int64) for side in (later, low, high)))
    wanted = {(i, j) for j, a, b in zip(later, low, high, strict=True) for i in range(a, b)}
    assert {(i, j) for j in range(count) for i in range(j) if (i, j) in spans} == wanted
    assert spans.base[-1] == len(wanted)  # merged ranges are disjoint
    expected = {pair: value for pair, value in cosine_one_by_one(vectors, 0.05).items() if pair in wanted}
    assert as_dict(span_cosines(vectors, 0.05, spans)) == expected
    monkeypatch.setattr(cosines, "PAIRS_AT_ONCE", 50)  # sums and products held in small parts
    monkeypatch.setattr(cosines, "PRODUCTS_AT_ONCE", 30)
    assert as_dict(span_cosines(vectors, 0.05, spans)) == expected


def test_no_articles_and_one_article() -> None:
    for vectors in ([], [{"w:word": 1.0}]):
        assert len(cosine_pairs(vectors, 0.0, Spans.every(len(vectors)))) == 0
        assert len(span_cosines(vectors, 0.0, Spans.every(len(vectors)))) == 0


def chronological_facts(briefings):
    return [f for f, _ in sorted(((facts_of(b), b) for b in briefings), key=lambda fb: chronological(*fb))]


@pytest.mark.parametrize("window", [7, 30, 60])
@pytest.mark.parametrize("references", [True, False], ids=["dates referred to", "none referred to"])
def test_spans_hold_every_pair_close_in_time(window: int, references: bool) -> None:
    briefings = invented_leads() + synthetic_briefings(150)
    if not references:
        briefings = [dataclasses.replace(b, terms=()) for b in briefings]
    timing = Timing(chronological_facts(briefings), window)
    spans = timing.spans()
    count = len(briefings)
    close = {(i, j) for j in range(count) for i in range(j) if timing.close_in_time(i, j)}
    weighed = {(i, j) for j in range(count) for i in range(j) if (i, j) in spans}
    assert close <= weighed
    assert len(weighed) < count * (count - 1) // 2  # and fewer than all pairs
    if references:  # dates referred to far back add pairs beyond the window
        assert any(timing.dated(i, j) and abs(timing.days[i] - timing.days[j]) > window for i, j in close)


def test_a_month_that_does_not_exist_refers_to_no_article() -> None:
    facts = chronological_facts(synthetic_briefings(40))
    facts[-5] = dataclasses.replace(facts[-5], references=("0000-05", "2021-13", *facts[-5].references))
    timing = Timing(facts, 60)
    spans = timing.spans()
    assert all((i, j) in spans for j in range(40) for i in range(j) if timing.close_in_time(i, j))


def test_spans_of_articles_out_of_date_order_are_every_pair() -> None:
    facts = [facts_of(b) for b in invented_leads()]  # a000, a001 …: dated and undated mixed
    spans = Timing(facts, 60).spans()
    assert spans.base[-1] == len(facts) * (len(facts) - 1) // 2


@pytest.mark.parametrize("window", [7, 60])
def test_groups_of_the_pairs_time_allows_are_the_groups_of_every_pair(window: int) -> None:
    briefings = invented_leads() + synthetic_briefings(400)
    rules = dataclasses.replace(RULES, window_days=window)
    every = Candidates.of(briefings)
    some = Candidates.of(briefings, window_days=60)
    assert len(some.similar) < len(every.similar)
    assert group_indexes(some, rules) == group_indexes(every, rules)
    with pytest.raises(ValueError, match="window"):
        group_indexes(Candidates.of(briefings, window_days=7), dataclasses.replace(RULES, window_days=60))


def key_terms_by_one_sort(vectors, forms) -> tuple[str, ...]:
    """`grouping.key_terms` as first written: one sort by (falling weight, name), every feature looked at."""
    total: dict[str, float] = {}
    for vector in vectors:
        for feature, weight in vector.items():
            if feature[:2] in {"t:", "w:"}:
                total[feature] = total.get(feature, 0.0) + weight
    ranked = sorted(total.items(), key=lambda item: (-item[1], item[0]))
    name_words = {w for f in total if f.startswith("t:") for w in f[2:].split()}
    shown: dict[str, str] = {}
    for feature, _ in ranked:
        if feature.startswith("t:") or feature[2:] not in name_words:
            shown.setdefault(feature[2:], forms.get(feature, feature[2:]))
    return tuple(shown.values())[:KEY_TERMS]


def test_key_terms_are_the_heaviest_ties_by_name() -> None:
    chosen = random.Random(3)
    words = ["vell", "harbour", "okoro", "lind", "box", "talks", "cost", "visit", "token", "amara okoro"]
    forms = {"t:amara okoro": "Amara Okoro", "t:okoro": "Okoro", "t:vell": "Vell"}
    for _ in range(300):
        vectors = [
            {
                f"{chosen.choice('twyn')}:{chosen.choice(words)}": chosen.choice([0.1, 0.2, 0.25, 0.5])
                for _ in range(chosen.randrange(1, 12))
            }
            for _ in range(chosen.randrange(1, 4))
        ]
        assert key_terms(vectors, forms) == key_terms_by_one_sort(vectors, forms)

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from builder.core.model import Briefing, Evidence, Term
from builder.stories.features import features_of, name_features
from builder.stories.grouping import Candidates, Rules, StoryGroup, group_round, group_stories, story_id
from builder.stories.linking import Similar, first_neighbours, group_means, linked_components, neighbour_links
from builder.stories.similarity.weights import (
    collection_size,
    common_limit,
    rounded_count,
    tfidf,
    tfidf_one_by_one,
)
from builder.stories.timing import years_disagree

ROOT = Path(__file__).resolve().parent.parent

# Short invented articles: two sources on one earthquake, two Putin–Kim summits four years apart, and
# unrelated news. Each line is a paragraph.
ARTICLES = {
    "quake-wire": """date 2024-03-12
A magnitude 6.4 earthquake struck near the port city of Antofagasta in northern Chile on Tuesday, killing at
least 12 people and toppling several buildings.
Chile's disaster agency Senapred said rescuers were searching the rubble of a collapsed hotel in Antofagasta.
President Gabriel Boric flew to the region and declared a state of catastrophe.
The quake was centred 40 kilometres north of Antofagasta at a depth of 35 kilometres, the US Geological
Survey said.
""",
    "quake-daily": """date 2024-03-13
Rescue teams in Antofagasta worked through the night after Tuesday's magnitude 6.4 earthquake left 12
people dead.
Most of the victims were guests of a seafront hotel that collapsed, Senapred said.
Gabriel Boric, who declared a state of catastrophe for the Antofagasta region, promised to rebuild quickly.
Aftershocks rattled northern Chile on Wednesday, and schools in Antofagasta stayed closed.
""",
    "summit-2019": """date 2019-04-25
Vladimir Putin and North Korean leader Kim Jong Un held their first summit on Thursday, in April 2019.
The Russian president received Kim on Russky Island in Vladivostok.
Kim arrived in Vladivostok by armoured train and said he hoped for a fruitful meeting.
Putin said Kim needed security guarantees before giving up nuclear weapons.
The two leaders discussed the stalled nuclear talks with the United States.
""",
    "summit-2023": """date 2023-09-13
Vladimir Putin hosted North Korean leader Kim Jong Un in Russia's Far East in September 2023.
The Russian president met Kim at the Vostochny Cosmodrome on Wednesday.
Kim arrived by armoured train and toured the launch site with Putin.
Putin said Russia would help North Korea build satellites.
Western officials fear the two leaders discussed an arms deal.
""",
    "football": """date 2024-03-10
Arsenal beat Chelsea 3-1 at the Emirates Stadium on Sunday to move top of the Premier League table.
Bukayo Saka scored twice before half-time and Declan Rice added a third.
Chelsea manager Mauricio Pochettino said his side had been second best.
""",
    "bank": """date 2024-03-14
The Bank of Japan raised its benchmark interest rate for the first time in 17 years on Thursday.
Governor Kazuo Ueda said wages were finally rising fast enough to sustain inflation of about 2 percent.
The yen weakened after the decision as traders had expected the move.
""",
    "phone": """date 2024-03-11
Samsung unveiled a foldable phone with a larger battery at an event in Seoul on Monday.
The company said the device would go on sale in April for about 1,800 dollars.
Analysts said the launch was aimed at winning back buyers from Apple.
""",
}


@pytest.fixture(scope="module")
def briefings(extract_texts) -> dict[str, Briefing]:
    """Briefings of the invented articles, extracted by the real pipeline."""
    return extract_texts(ARTICLES, "grouping")


def groups_of(stories: Sequence[StoryGroup]) -> set[frozenset[str]]:
    return {frozenset(s.article_ids) for s in stories}


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        # one event from two sources
        (["quake-wire", "quake-daily"], [{"quake-wire", "quake-daily"}]),
        # similar events in different years
        (["summit-2019", "summit-2023"], [{"summit-2019"}, {"summit-2023"}]),
        # unrelated articles
        (["football", "bank", "phone"], [{"football"}, {"bank"}, {"phone"}]),
        # everything together
        (
            list(ARTICLES),
            [
                {"quake-wire", "quake-daily"},
                {"summit-2019"},
                {"summit-2023"},
                {"football"},
                {"bank"},
                {"phone"},
            ],
        ),
    ],
)
def test_groups(briefings: dict[str, Briefing], names: list[str], expected: list[set[str]]) -> None:
    stories = group_stories([briefings[n] for n in names])
    assert groups_of(stories) == {frozenset(e) for e in expected}


def test_ids_are_stable_when_an_unrelated_article_arrives(briefings: dict[str, Briefing]) -> None:
    before = group_stories([briefings[n] for n in ("quake-wire", "quake-daily", "summit-2023", "football")])
    after = group_stories(
        [briefings[n] for n in ("quake-wire", "quake-daily", "summit-2023", "football", "bank")]
    )
    assert {s.id: s.article_ids for s in before}.items() <= {s.id: s.article_ids for s in after}.items()


# An article on something else entirely: it shares no word, name, number or year with the quake and summit
# articles (the test checks that it does not).
UNRELATED = {
    "violin": """date 2024-03-15
A violinist from Tallinn premiered a concerto for glass harmonica at the Estonia concert hall.
Critics praised the soloist's bowing; the composer dedicated the piece to her late teacher.
""",
}


def test_an_unrelated_article_moves_no_weight_similarity_or_story(
    briefings: dict[str, Briefing], extract_texts
) -> None:
    """The weights of an article depend on the collection only through rounded counts (`weights.tfidf`):
    adding an article that shares no feature with some articles leaves their vectors, the similarity of
    every pair of them and their stories as they were (with exact counts, the new article's count alone moved
    every weight)."""
    (violin,) = extract_texts(UNRELATED, "grouping-unrelated").values()
    names = ["quake-wire", "quake-daily", "summit-2019", "summit-2023"]
    assert all(not set(features_of(violin)) & set(features_of(briefings[n])) for n in names)
    before = Candidates.of([briefings[n] for n in names])
    after = Candidates.of([*(briefings[n] for n in names), violin])
    ids_before = [b.article.id for b in before.briefings]
    ids_after = [b.article.id for b in after.briefings]
    vectors_after = dict(zip(ids_after, after.vectors, strict=True))
    for article_id, vector in zip(ids_before, before.vectors, strict=True):
        assert list(vectors_after[article_id].items()) == list(vector.items())  # to the bit, in order

    def pairs(c: Candidates) -> dict[tuple[str, str], float]:
        ids = [b.article.id for b in c.briefings]
        found = zip(
            c.similar.first.tolist(), c.similar.second.tolist(), c.similar.value.tolist(), strict=True
        )
        return {(ids[i], ids[j]): v for i, j, v in found if ids[i] in names and ids[j] in names}

    assert pairs(before) and pairs(after) == pairs(before)
    stories_before = group_stories([briefings[n] for n in names])
    stories_after = group_stories([*(briefings[n] for n in names), violin])
    assert set(stories_before) <= set(stories_after)


def test_a_common_feature_moves_no_weight_until_its_count_reaches_a_step() -> None:
    """A feature held by 40 of 400 articles (not common: the limit is 51.2): a new article holding it too
    (41, below the next step, 46) changes no other article's vector; with exact counts every vector would
    move."""
    counts: list[dict[str, float]] = [
        {f"w:topic{k % 30}": 1.0, f"w:own{k}": 2.0, **({"w:often": 1.0} if k < 40 else {})}
        for k in range(400)
    ]
    new = {"w:often": 1.0, "w:elsewhere": 1.0}
    before, after = tfidf(counts), tfidf([*counts, new])
    assert after[:400] == before
    assert rounded_count(40) == rounded_count(45) < rounded_count(46)
    stepped = tfidf([*counts, *[new] * 6])  # 46 articles hold it: its weight steps down, once
    assert stepped[0]["w:often"] < before[0]["w:often"]


def test_rounded_counts_are_steps_of_the_square_root_of_two() -> None:
    assert [rounded_count(n) for n in (1, 2, 3, 4, 5, 6, 8, 11, 12, 16)] == pytest.approx(
        [1, 2, 2**1.5, 4, 4, 2**2.5, 8, 8, 2**3.5, 16]
    )
    assert [collection_size(n) for n in (1, 2, 3, 1000, 1024, 1025, 5000)] == [1, 2, 2, 512, 1024, 1024, 4096]
    assert [common_limit(n) for n in (10, 496, 512, 513, 5000)] == pytest.approx(
        [20, 51.2, 51.2, 72.41, 579.26], 1e-4
    )


def test_output_does_not_depend_on_input_order(briefings: dict[str, Briefing]) -> None:
    forward = list(briefings.values())
    assert group_stories(forward) == group_stories(forward[::-1])
    assert group_stories(forward) == group_stories(sorted(forward, key=lambda b: b.title))


def test_story_fields(briefings: dict[str, Briefing]) -> None:
    (story,) = group_stories([briefings["quake-daily"], briefings["quake-wire"]])
    assert story.id == story_id("quake-wire")  # founded by the earlier article
    assert story.article_ids == ("quake-wire", "quake-daily")
    assert (story.first_date, story.last_date, story.size) == ("2024-03-12", "2024-03-13", 2)
    assert "Antofagasta" in story.key_terms


def test_undated_articles_follow_dated_ones(briefings: dict[str, Briefing]) -> None:
    wire = briefings["quake-wire"]
    undated = dataclasses.replace(wire, article=dataclasses.replace(wire.article, id="a-undated", date=None))
    (story,) = group_stories([undated, briefings["quake-daily"]])
    assert story.article_ids == ("quake-daily", "a-undated")
    assert story.first_date == story.last_date == "2024-03-13"


def test_the_seed_articles_form_one_story(seed_briefings: dict[str, Briefing]) -> None:
    stories = group_stories(list(seed_briefings.values()))
    assert groups_of(stories) == {frozenset(seed_briefings)}


def test_undated_summits_in_different_years_stay_apart(briefings: dict[str, Briefing]) -> None:
    undated = [
        dataclasses.replace(b, article=dataclasses.replace(b.article, date=None))
        for b in (briefings["summit-2019"], briefings["summit-2023"])
    ]
    assert groups_of(group_stories(undated)) == {frozenset({"summit-2019"}), frozenset({"summit-2023"})}


@pytest.mark.parametrize(
    ("a", "b", "disagree"),
    [({"2019"}, {"2023"}, True), ({"2019", "2023"}, {"2023"}, False), (set(), {"2023"}, False)],
)
def test_years_disagree(a: set[str], b: set[str], disagree: bool) -> None:
    assert years_disagree(frozenset(a), frozenset(b)) is disagree


def test_no_briefings_no_stories() -> None:
    assert group_stories([]) == ()


def test_first_neighbours_take_the_most_similar_and_break_ties_by_index() -> None:
    similar = Similar.of({(0, 1): 0.5, (1, 2): 0.5, (0, 2): 0.2, (3, 4): 0.1})
    at = first_neighbours(6, similar)
    pairs = list(zip(similar.first.tolist(), similar.second.tolist(), strict=True))
    nearest = {item: sum(pairs[p]) - item for item, p in enumerate(at.tolist()) if p >= 0}
    assert nearest == {0: 1, 1: 0, 2: 1, 3: 4, 4: 3}  # item 5 has no pair


def test_group_means_count_missing_pairs_as_zero() -> None:
    similar = Similar.of({(0, 2): 0.6, (0, 1): 0.9})
    means, entry = group_means(np.array([0, 0, 2]), similar)
    assert means.as_dict() == {(0, 2): pytest.approx(0.3)}  # (0.6 + 0) / (2 * 1); the pair in group 0 is not
    assert entry.tolist() == [-1, 0]  # the pair (0, 1) is inside group 0, (0, 2) counts towards (0, 2)


@pytest.mark.parametrize(
    ("text", "label", "features"),
    [
        ("Kim Jong Un", "PERSON", ["t:kim jong un", "t:un"]),
        ("Putin’s", "PERSON", ["t:putin"]),
        ("Vostochny  Cosmodrome", "FAC", ["t:vostochny cosmodrome"]),
    ],
)
def test_name_features(text: str, label: str, features: list[str]) -> None:
    assert name_features(Term(text, label, Evidence("a", 1, 0, len(text), text))) == features


def test_linked_components_skip_a_link_that_joins_incompatible_groups() -> None:
    apart = {frozenset({0, 2})}

    def compatible(a: list[int], b: list[int]) -> bool:
        return not any(frozenset({x, y}) in apart for x in a for y in b)

    assert linked_components(4, [(0, 1), (1, 2), (2, 3)], compatible) == [0, 0, 2, 2]
    assert linked_components(4, [(1, 2), (0, 1), (2, 3)], compatible) == [0, 1, 1, 1]  # order decides


def test_strongest_links_are_tried_first_and_each_once() -> None:
    similar = Similar.of({(1, 2): 0.5, (0, 3): 0.9, (2, 4): 0.5, (1, 4): 0.1})
    keep = np.ones(len(similar), dtype=bool)
    assert neighbour_links(5, similar, keep) == [(0, 3), (1, 2), (2, 4)]  # 1 → 2 and 2 → 1 is one link
    assert neighbour_links(5, similar, similar.value > 0.6) == [(0, 3)]


class Always:
    """Time rules that rule nothing out (and place no article on the timeline)."""

    def groups_compatible(self, a: list[int], b: list[int]) -> bool:
        return True

    def near_pairs(self, first: np.ndarray, second: np.ndarray, days: int) -> np.ndarray:
        return np.zeros(len(first), dtype=bool)


@pytest.mark.parametrize(
    ("labels", "pairs", "joined"),
    [
        # two lone articles need their own floor (0.22): a 0.15 pair does not join them
        ([0, 1], {(0, 1): 0.15}, [0, 1]),
        ([0, 1], {(0, 1): 0.25}, [0, 0]),
        # a lone article joins a pair only at its own floor (a pair may be two articles on one subject) …
        ([0, 0, 2], {(0, 1): 0.5, (1, 2): 0.25, (0, 2): 0.12}, [0, 0, 0]),
        ([0, 0, 2], {(0, 1): 0.5, (1, 2): 0.2, (0, 2): 0.16}, [0, 0, 2]),  # mean 0.18, closest 0.2 < 0.22
        # two groups of two join at the join floor (0.10), if the mean reaches the group floor (0.15)
        (
            [0, 0, 2, 2],
            {(0, 1): 0.5, (2, 3): 0.5, (1, 2): 0.2, (0, 3): 0.12, (0, 2): 0.15, (1, 3): 0.15},
            [0, 0, 0, 0],
        ),
        # a lone article whose nearest article is in a group of three or more joins it at the lone floor
        # (0.12), though its mean over the group (0.04) is far under the group floor
        ([0, 0, 0, 3], {(0, 1): 0.5, (0, 2): 0.5, (1, 2): 0.5, (2, 3): 0.13}, [0, 0, 0, 0]),
        ([0, 0, 0, 3], {(0, 1): 0.5, (0, 2): 0.5, (1, 2): 0.5, (2, 3): 0.11}, [0, 0, 0, 3]),
        ([0, 0, 2], {(0, 1): 0.5, (1, 2): 0.13}, [0, 0, 2]),  # not in a pair
    ],
)
def test_group_round_floors(labels: list[int], pairs: dict, joined: list[int]) -> None:
    floors = np.full(len(pairs), 0.22)
    rules = Rules(dated_floor=0.1, undated_floor=0.22, group_floor=0.15, join_floor=0.10, lone_floor=0.12)
    assert group_round(labels, Similar.of(pairs), floors, Always(), rules) == joined


def test_weights_over_arrays_are_the_one_by_one_weights_to_the_bit(seed_briefings) -> None:
    counts = [features_of(b) for b in seed_briefings.values()]
    counts += [{"w:word": 2.0, "y:2024": 3.0, "t:name": 1}, {}, {"w:word": 1.0}]  # an empty article too
    for some in (counts, counts[:3], counts[-1:], []):
        weighed, one_by_one = tfidf(some), tfidf_one_by_one(some)
        assert weighed == one_by_one
        assert [list(v.items()) for v in weighed] == [list(v.items()) for v in one_by_one]  # order and bits

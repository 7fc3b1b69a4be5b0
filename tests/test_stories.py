"""Story merging: gifts, claims, sources, conflicts and timeline across the articles of one story."""

from __future__ import annotations

import pytest

from builder.stories.dates import resolve
from builder.stories.identity import Identity, distinct_roles
from builder.stories.merge import build_story, item_head
from tests.factories import briefing

A_TEXT = "Ana Ruiz gave Leo Park a signed atlas in Lisbon.\nOfficials worried about the cost.\nIt may rain."
B_TEXT = "Leo Park received an atlas signed by the author from Ruiz.\nThe atlas came from Porto."


def two_sources():
    a = briefing(
        "a", A_TEXT, date="2024-03-02", source="Wire One",
        actors=[("Ana Ruiz", "person", 2, ("Ruiz",), 1), ("Leo Park", "person", 1, (), 1)],
        gifts=[("Ana Ruiz", "a signed atlas", "Leo Park", 1)],
        concerns=[("Officials", "the cost of the visit", 2)],
        questions=[("Will it rain during the visit?", 3)],
        terms=[("Lisbon", "GPE", 1)],
    )  # fmt: skip
    b = briefing(
        "b", B_TEXT, date="2024-03-03", source="Wire Two",
        actors=[("Ruiz", "person", 1, (), 1), ("Leo Park", "person", 2, (), 1)],
        gifts=[("Ruiz", "an atlas signed by the author", "Leo Park", 1)],
        concerns=[("Officials", "the cost of the visit", 2)],
        terms=[("Porto", "GPE", 2)],
    )  # fmt: skip
    return a, b


def test_same_gift_from_two_sources_is_one_row_with_both_wordings():
    story = build_story("story-1", two_sources())
    assert len(story.gifts) == 1
    gift = story.gifts[0]
    assert (gift.giver, gift.recipient) == ("Ana Ruiz", "Leo Park")
    assert [v.text for v in gift.variants] == ["a signed atlas", "an atlas signed by the author"]
    assert gift.sources == ("a", "b")


def test_claims_merge_with_their_sources_and_exclusives_are_listed():
    story = build_story("story-1", two_sources())
    assert [c.sources for c in story.concerns] == [("a", "b")]
    exclusives = {s.article_id: [e.text for e in s.exclusives] for s in story.sources}
    assert exclusives == {"a": ["Lisbon"], "b": ["Porto"]}


def test_story_is_deterministic_and_dated_by_its_newest_source():
    a, b = two_sources()
    assert build_story("story-1", [a, b]) == build_story("story-1", [b, a])
    assert build_story("story-1", [a, b]).date == "2024-03-03"


def test_timeline_lists_publications():
    story = build_story("story-1", two_sources())
    assert [e.when for e in story.timeline] == ["2024-03-02", "2024-03-03"]


@pytest.mark.parametrize(
    ("item", "head"),
    [
        ("a glove from a space suit", "glove"),
        ("a Russian-produced rifle", "rifle"),
        ("a rifle of North Korean origin", "rifle"),
        ("two bronze statues", "statue"),
        ("a high-quality rifle manufactured in Russia", "rifle"),
        ("an atlas signed by the author", "atlas"),
        ("a hand-carved wooden box containing a statue", "box"),
    ],
)
def test_item_head(item, head):
    assert item_head(item) == head


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        ("2023-09-13", None, ("2023-09-13", False)),
        ("Sept. 13, 2023", None, ("2023-09-13", False)),
        ("13 September 2023", None, ("2023-09-13", False)),
        ("March 2021", None, ("2021-03", False)),
        ("2016", None, ("2016", False)),
        ("Tuesday", "2023-09-15", ("2023-09-12", True)),
        ("yesterday", "2023-09-15", ("2023-09-14", True)),
        ("Tuesday", None, None),
        ("a few more days", "2023-09-15", None),
        ("2270", None, None),
        # A day written without its year is the nearest such day: the one just past, or the one just ahead.
        ("Oct. 28", "2022-01-09", ("2021-10-28", True)),
        ("December 30", "2015-02-02", ("2014-12-30", True)),
        ("March 4", "2019-03-11", ("2019-03-04", True)),
        ("May 20", "2018-01-04", ("2018-05-20", True)),
        ("Jan. 3", "2020-12-20", ("2021-01-03", True)),
    ],
)
def test_dates_resolve(text, reference, expected):
    when = resolve(text, reference)
    assert (when and (when.iso, when.approximate)) == expected


def test_identity_merges_spellings_and_short_names_across_articles():
    a = briefing("a", "x", actors=[("Kim Jong Un", "person", 3, ("Kim",), 1)])
    b = briefing("b", "y", actors=[("Kim Jong-un", "person", 1, (), 1), ("Kim", "person", 1, (), 1)])
    who = Identity([a, b])
    assert who.name("Kim Jong-un") == who.name("Kim") == who.name("kim jong un") == "Kim Jong Un"
    assert who.name("South Korea") == "South Korea"


def test_identity_merges_a_bodys_short_names_and_aliases_across_articles():
    a = briefing(
        "a", "x", actors=[("Labour", "organisation", 7, (), 1), ("Tories", "organisation", 1, (), 1)]
    )
    b = briefing(
        "b", "y",
        actors=[
            ("Labour Party", "organisation", 15, ("Labour",), 1),
            ("Conservatives", "organisation", 1, (), 1),
            ("Cole", "person", 1, (), 1),
        ],
    )  # fmt: skip
    c = briefing(
        "c", "z",
        actors=[("Conservative Party", "organisation", 5, ("Tories",), 1), ("Ann Cole", "person", 2, (), 1)],
    )  # fmt: skip
    who = Identity([a, b, c])
    assert who.name("Labour") == who.name("Labour Party") == "Labour Party"
    tories = {who.name(n) for n in ("Tories", "Conservatives", "Conservative Party")}
    assert tories == {"Conservative Party"}
    assert who.name("Cole") == "Ann Cole"


def test_identity_leaves_a_name_two_bodies_share_apart():
    a = briefing("a", "x", actors=[("Unity", "organisation", 2, (), 1)])
    b = briefing("b", "y", actors=[("Unity Party", "organisation", 3, ("Unity",), 1)])
    c = briefing("c", "z", actors=[("Unity Group", "organisation", 3, ("Unity",), 1)])
    who = Identity([a, b, c])
    assert who.name("Unity") == "Unity"
    assert who.name("Unity Party") != who.name("Unity Group")


def test_roles_said_by_a_longer_role_are_dropped():
    roles = ["President", "Russian President", "President", "leader"]
    assert distinct_roles(roles) == ("Russian President", "leader")


def test_identity_merges_a_bodys_singular_plural_and_possessive_names_but_not_people():
    a = briefing("a", "x", actors=[("Lib Dems", "organisation", 3, (), 1), ("William", "person", 1, (), 1)])
    b = briefing("b", "y", actors=[("Lib Dem", "organisation", 1, (), 1), ("Williams", "person", 1, (), 1)])
    who = Identity([a, b])
    assert who.name("Lib Dem") == who.name("Lib Dem's") == who.name("Lib Dems") == "Lib Dems"
    assert who.name("William") != who.name("Williams")


def test_short_body_names_are_found_by_their_index_as_by_comparing_every_pair():
    """The index of organisation names (`identity._BodyIndex`: identity stays near-linear in the number of
    bodies) finds what comparing every pair of organisation names finds, on invented names built to collide:
    names with designators, plurals before "party", clipped words, nicknames, one-letter parties."""
    import random
    from collections import Counter

    from builder.nlp.bodies import short_form
    from builder.stories.identity import _merge_short_bodies

    rng = random.Random(7)
    pieces = ["lab", "our", "con", "serv", "ative", "lib", "eral", "dem", "un", "ion", "x", "a", "ab", "tor"]
    words = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 3))) for _ in range(120)]
    names = {" ".join(rng.choice(words) for _ in range(rng.randint(1, 3))) for _ in range(500)}
    names |= {w + suffix for w in words[:40] for suffix in ("s", " party", " group")}
    names |= {w[:3] + " " + w for w in words[:40]} | {"tories", "conservative party", "x party", "xs"}
    names |= {"lib dems", "liberal democrats", "gop", "republican party", "isis", "islamic state", "s party"}
    weight = Counter(dict.fromkeys(names, 1))
    kinds = dict.fromkeys(names, "organisation")
    expected = {}
    for key in sorted(names):
        longer = [o for o in sorted(names) if o != key and short_form(key.split(), o.split())]
        if len(longer) == 1:
            expected[key] = longer[0]
    assert expected and _merge_short_bodies(weight, kinds) == expected


def test_a_claim_whose_sources_name_different_holders_says_whose_it_is_in_each():
    from builder.site.views.story_view import holder_view

    a, b = two_sources()
    same = build_story("story-1", [a, b]).concerns[0]
    assert same.attributions == () and holder_view(same, {"a": "A", "b": "B"}) == "Officials"
    b = briefing("b", B_TEXT, date="2024-03-03", concerns=[("", "the cost of the visit", 2)])
    told = build_story("story-1", [a, b]).concerns[0]
    assert told.holder == "Officials" and told.sources == ("a", "b")
    assert told.attributions == (("a", "Officials"), ("b", "unattributed"))
    assert holder_view(told, {"a": "A", "b": "B"}) == "Officials (A); unattributed (B)"

"""Acceptance checks on the two seed articles, as the pipeline issue states them.

These check outcomes only; the rules themselves are tested on other sentences in the per-extractor tests.
"""

from __future__ import annotations

import pytest

FIRST, SECOND = "000_e9c6093c045788ca", "002_20b909a3ead7810e"
PUTIN, KIM_1, KIM_2 = "Vladimir Putin", "Kim Jong Un", "Kim Jong-un"

EXPECTED_GIFTS = {
    FIRST: [
        (PUTIN, "Russian-produced rifle", KIM_1),
        (KIM_1, "North Korean rifle", PUTIN),
        (PUTIN, "glove from a space suit", KIM_1),
    ],
    SECOND: [
        (PUTIN, "high-quality rifle manufactured in Russia", KIM_2),
        (KIM_2, "rifle of North Korean origin", PUTIN),
        (PUTIN, "glove from a space suit", KIM_2),
    ],
}


@pytest.mark.parametrize("article_id", [FIRST, SECOND])
def test_exactly_the_real_gifts(seed_briefings, article_id):
    gifts = seed_briefings[article_id].gifts
    assert len(gifts) == 3, [(g.giver, g.item, g.recipient) for g in gifts]
    for (giver, item, recipient), gift in zip(EXPECTED_GIFTS[article_id], gifts, strict=True):
        assert (gift.giver, gift.recipient) == (giver, recipient)
        assert item in gift.item
        assert gift.status == "given"
        assert gift.item in gift.evidence.text


@pytest.mark.parametrize("article_id", [FIRST, SECOND])
def test_non_gifts_stay_out(seed_briefings, article_id):
    items = " ".join(g.item for g in seed_briefings[article_id].gifts).lower()
    for word in ("invitation", "support", "technolog", "deal", "weapon"):
        assert word not in items


@pytest.mark.parametrize(("article_id", "kim"), [(FIRST, KIM_1), (SECOND, KIM_2)])
def test_actor_variants_merge(seed_briefings, article_id, kim):
    actors = {a.name: a for a in seed_briefings[article_id].actors}
    assert "Kim" in actors[kim].aliases
    assert "Putin" in actors[PUTIN].aliases
    assert "North Korean" in actors["North Korea"].aliases
    assert not {"Kim", "Putin", "North Korean", "DPRK", "Pyongyang", "English", "Russian"} & set(actors)
    assert actors[kim].kind == "person" and actors["North Korea"].kind == "country"


def test_dprk_and_pyongyang_count_toward_north_korea(seed_briefings):
    actors = {a.name: a for a in seed_briefings[FIRST].actors}
    assert {"DPRK", "Pyongyang"} <= set(actors["North Korea"].aliases)
    assert actors["South Korea"].mentions == 1
    assert "Kremlin spokesman" in actors["Dmitry Peskov"].roles


def test_south_korean_foreign_ministry_concern(seed_briefings):
    concerns = seed_briefings[SECOND].concerns
    ministry = [c for c in concerns if "South Korea" in c.holder and "foreign ministry" in c.holder]
    assert ministry and "technology cooperation" in ministry[0].about


def test_unknown_details_of_the_arms_deal_are_an_open_question(seed_briefings):
    questions = seed_briefings[FIRST].questions
    assert any("details" in q.question and "agreement" in q.question for q in questions)
    assert any("arms deal" in q.question for q in questions)
    assert all(q.question.endswith("?") for q in questions)


def test_dates(seed_briefings):
    assert seed_briefings[SECOND].article.date == "2023-11-08"
    assert seed_briefings[FIRST].article.date is None
    assert "date" not in seed_briefings[SECOND].sentences[0].text.split()[0].lower()


def test_the_two_seeds_are_one_story_with_three_merged_gifts(seed_briefings):
    from builder.pipeline import build_stories

    stories = build_stories(list(seed_briefings.values()))
    assert len(stories) == 1
    story = stories[0]
    assert set(story.article_ids) == {FIRST, SECOND}
    assert len(story.gifts) == 3
    assert all(set(g.sources) == {FIRST, SECOND} for g in story.gifts)
    glove = next(g for g in story.gifts if "glove" in g.variants[0].text)
    assert {v.text for v in glove.variants} == {
        "a glove from a space suit",
        "a glove from a space suit that had been to space multiple times",
    }


def test_source_comparison_names_what_only_one_seed_reports(seed_briefings):
    from builder.pipeline import build_stories

    story = build_stories(list(seed_briefings.values()))[0]
    only = {s.article_id: " | ".join(e.text for e in s.exclusives) for s in story.sources}
    for term in ("Vostochny Cosmodrome", "Resolution 2270", "Ukraine"):
        assert term in only[FIRST] and term not in only[SECOND]
    for term in ("Vladivostok", "fighter jet factory", "China"):
        assert term in only[SECOND] and term not in only[FIRST]
    assert story.timeline and story.timeline[0].when == "2023-11-08"

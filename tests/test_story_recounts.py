"""Another article's news told as this article's past ("Last week … said in a statement") or as a side
happening ("Meanwhile …"): two happenings, never one story. Invented phrasing of the shapes found in one
outlet's coverage (BBC dev texts, named in tests/fixtures/judged_story_pairs.json)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from builder.core.model import Briefing
from builder.stories.grouping import group_stories
from builder.stories.timing import Text, recounting, recounting_sentences, recounts, side_from, tells_aside
from tests import factories


@pytest.mark.parametrize(
    ("sentence", "recounts_past"),
    [
        ('Last week the harbour master said in a statement: "I signed every page myself."', True),
        ("Last month, the council voted to close the pool.", True),
        ("But a fortnight of talks began two weeks ago in the capital.", False),  # not its opening
        ("Two weeks ago the union rejected the offer.", True),
        ("The mayor said last week that the bridge would reopen in spring.", True),
        ("The governor announced in a statement last month that she would stand down.", True),
        ("The keeper was placed on the injured list last week.", False),  # dates a detail inside a clause
        ("Sales figures from last month showed a fall of 3%.", False),
        ("The minister said on Tuesday she would resign.", False),  # a weekday: within the week
        ("Earlier this year the firm cut 200 jobs.", True),
    ],
)
def test_recounting(sentence: str, recounts_past: bool) -> None:
    assert recounting(sentence) is recounts_past


def report(aid: str, text: str) -> Briefing:
    return factories.briefing(aid, text)


STATEMENT = report(
    "statement",
    "The harbour master has denied that officials at the ministry wrote his report on the Kessby dock fire.\n"
    "He said the report was his own view and not a summary of the inquiry's findings.\n"
    'In a statement, the harbour master said: "I was involved in every stage of the drafting and I approved '
    'the final report myself."\n'
    "Opposition councillors have called for the inquiry's findings to be published in full.",
)
DENIAL = report(
    "denial",
    "The harbour master has again denied being pressed by the ministry over his report on the dock fire.\n"
    "Claims that officials wrote the report were wholly unfounded, he told a stormy port board meeting.\n"
    "Board members asked him to publish the inquiry's findings in full, and he refused.\n"
    'Last week the harbour master said in a statement: "I was involved in every stage of the drafting and I '
    'approved the final report myself."',
)


def test_an_article_recounting_the_others_news_as_its_past_recounts_it() -> None:
    past = recounting_sentences(DENIAL)
    assert past == (3,) and recounting_sentences(STATEMENT) == ()
    assert recounts(Text(DENIAL, past), past, Text(STATEMENT, ()))
    assert not recounts(Text(STATEMENT, ()), (), Text(DENIAL, past))


def test_a_past_the_other_article_also_recounts_is_not_its_news() -> None:
    """Both articles recount the same earlier statement: neither tells it as news."""
    earlier = report(
        "earlier",
        "The port board met on Friday.\n"
        'Last week the harbour master said in a statement: "I was involved in every stage of the drafting '
        'and I approved the final report myself."',
    )
    past = recounting_sentences(DENIAL)
    assert not recounts(Text(DENIAL, past), past, Text(earlier, recounting_sentences(earlier)))


TOUR = report(
    "tour",
    "The Green Alliance leader Mara Vell has begun a week-long tour of marginal seats.\n"
    "Ms Vell is visiting coastal towns on Monday, where her party hopes to win seats from the government.\n"
    "Later in the week she will visit the northern cities, where the race is with the opposition.\n"
    "The government says a vote for the Green Alliance would only help the opposition back into power.",
)
POLICY = report(
    "policy",
    "Savers should be protected from fees hidden in small print, the Green Alliance says.\n"
    "Its finance spokesman Tom Arlo is setting out a plan for a cap on account charges.\n"
    "He said banks had been allowed to mark their own homework for too long.\n"
    "The Green Alliance leader Mara Vell, meanwhile, is halfway through a tour of marginal seats.\n"
    "Ms Vell is visiting coastal towns on Monday, where her party hopes to win seats from the government.\n"
    "The government says a vote for the Green Alliance would only help the opposition back into power.",
)


def test_an_article_telling_the_others_news_as_a_side_happening() -> None:
    assert side_from(POLICY) == 3 and side_from(TOUR) == 0
    assert tells_aside(Text(POLICY, ()), 3, Text(TOUR, ()))
    assert not tells_aside(Text(TOUR, ()), 0, Text(POLICY, ()))
    # "meanwhile" of a detail both tell: the part before it is the other article's text too
    update = report(
        "update",
        "\n".join(s.text for s in TOUR.sentences[:2])
        + "\n"
        + "\n".join(s.text for s in POLICY.sentences[3:]),
    )
    assert not tells_aside(Text(update, ()), side_from(update), Text(TOUR, ()))


def stories(*briefings: Briefing) -> set[frozenset[str]]:
    return {frozenset(s.article_ids) for s in group_stories(briefings)}


def on_one_day(*briefings: Briefing) -> tuple[Briefing, ...]:
    """The articles placed on one day: time allows the pair, so its leads need not share a word."""
    return tuple(replace(b, article=replace(b.article, date="2024-03-04")) for b in briefings)


def test_told_as_past_or_aside_never_one_story_though_alike() -> None:
    """The same articles with the marks taken away are one story: the marks are what keeps them apart."""
    assert stories(STATEMENT, DENIAL) == {frozenset({"statement"}), frozenset({"denial"})}
    unmarked = report("denial", DENIAL.article.text.replace("Last week the", "The"))
    assert stories(STATEMENT, unmarked) == {frozenset({"statement", "denial"})}
    assert stories(*on_one_day(TOUR, POLICY)) == {frozenset({"tour"}), frozenset({"policy"})}
    aside = report("policy", POLICY.article.text.replace(" meanwhile", ""))
    assert stories(*on_one_day(TOUR, aside)) == {frozenset({"tour", "policy"})}
    # Undated, their leads share no word of what happened (a tour, a plan for savers): two stories anyway.
    assert stories(TOUR, aside) == {frozenset({"tour"}), frozenset({"policy"})}

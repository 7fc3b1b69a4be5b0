"""What leads name that tells two reports of one kind of happening apart: months and occasions."""

from __future__ import annotations

import pytest

from builder.core.model import Briefing
from builder.stories.dates import months_in
from builder.stories.features import features_of
from builder.stories.grouping import RULES, group_stories
from builder.stories.similarity.cosines import cosine_pairs
from builder.stories.similarity.weights import tfidf
from builder.stories.timing import occasions_disagree, occasions_in

# Invented undated reports (plain .txt, no date): two monthly releases of one statistic, a second source on
# one of them, and two award ceremonies. Each line is a paragraph.
RELEASE = """Factory output in Canada fell short of forecasts in {month}, though a drop in stockpiles lifted
manufacturers' confidence to its highest in two years.
Statistics Canada said plants produced goods worth 58 billion dollars in {month}, below what economists had
expected.
Carmakers and food processors led the slowdown, while lumber mills kept their output steady.
"""
ARTICLES = {
    "output-march": RELEASE.format(month="March"),
    "output-march-other": """Canadian factories made less than economists had forecast in March, Statistics
Canada said.
Plants produced goods worth 58 billion dollars, with carmakers and food processors slowing the most.
Lumber mills kept output steady, and manufacturers' confidence rose to a two-year high.
""",
    "output-april": RELEASE.format(month="April"),
    "awards-harbour": """The drama Salt Roads took best film at the Harbour Screen Awards, and its lead
Mara Olsen was named best actress.
Salt Roads also won the prize for best screenplay, and the director Teo Varga thanked the fishing town where
it was filmed.
The comedy Tin Roof, nominated in four categories, went home without a prize.
""",
    "awards-lantern": """The drama Salt Roads dominated this year's Lantern Film Awards, winning best film
and best actress for Mara Olsen.
The director Teo Varga also took the screenplay prize for Salt Roads, which was filmed in a fishing town.
The comedy Tin Roof, nominated in three categories, won nothing.
""",
}


@pytest.fixture(scope="module")
def briefings(extract_texts) -> dict[str, Briefing]:
    return extract_texts(ARTICLES, "leads")


def grouped(briefings: dict[str, Briefing], names: list[str]) -> set[frozenset[str]]:
    return {frozenset(s.article_ids) for s in group_stories([briefings[n] for n in names])}


def cosine(briefings: dict[str, Briefing], a: str, b: str) -> float:
    vectors = tfidf([features_of(briefings[n]) for n in (a, b)])
    return cosine_pairs(vectors, 0.0).as_dict().get((0, 1), 0.0)


@pytest.mark.parametrize(("a", "b"), [("output-march", "output-april"), ("awards-harbour", "awards-lantern")])
def test_alike_reports_of_different_occasions_stay_apart(
    briefings: dict[str, Briefing], a: str, b: str
) -> None:
    assert cosine(briefings, a, b) >= RULES.undated_floor  # alike enough to be one story by words alone
    assert grouped(briefings, [a, b]) == {frozenset({a}), frozenset({b})}


def test_two_sources_on_one_months_release_are_one_story(briefings: dict[str, Briefing]) -> None:
    names = ["output-march", "output-march-other", "output-april"]
    assert grouped(briefings, names) == {frozenset(names[:2]), frozenset(names[2:])}


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("Retail sales rose more than expected in February, figures show", {2}),
        ("Prices climbed between Sept. 3 and the end of October", {9, 10}),
        ("UPDATED: FRIDAY, MAY 9, 2014", {5}),
        ("The rally, held in May, drew thousands", {5}),
        ("May 12 was the deadline", {5}),
        ("Ministers may raise taxes, Theresa May said", set()),
        ("The March of the Penguins returns", {3}),  # a capitalised month word still counts
    ],
)
def test_months_in(text: str, months: set[int]) -> None:
    assert months_in(text) == frozenset(months)


def kinds(text: str) -> set[tuple[str, frozenset[str]]]:
    return set(occasions_in(text))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Leaders gathered for the G20 summit in Osaka", {("meeting", frozenset({"g20"}))}),
        ("She spoke to the Green Party's autumn conference", {("meeting", frozenset({"green"}))}),
        ("The Harbour Screen Awards were handed out", {("awards", frozenset({"harbour", "screen", "hs"}))}),
        ("The Central Election Commission said turnout was high", set()),  # a body, not an occasion
        ("Parliamentary elections will be held on two dates", set()),  # says which kind, not which one
        ("Voters went to the polls in the general election", set()),
        ("Rovers v United ended goalless", {("match", frozenset({"rover", "united"}))}),
        ("It was the 4th national election since independence", set()),
        # an award named by the body that gives it
        ("The Harbour Film Critics Association (HFCA) named it", {("awards", frozenset({"harbour"}))}),
        ("The Kessby Film Critics also awarded it best director", {("awards", frozenset({"kessby"}))}),
        ("It was voted best film by the Lantern Critics Circle", {("awards", frozenset({"lantern"}))}),
        ("The Harbour Rowing Association said the regatta would go ahead", set()),  # gives no award
        # one of a numbered series, by its number
        ("She was unveiled as the 14th Navigator on Saturday", {("numbered navigator", frozenset({"14"}))}),
        ("He becomes the Fifth Warden of the Marches", {("numbered warden", frozenset({"5"}))}),
        ("The sixth round of talks ended", set()),  # not a name
        ("Talks resume on the 4th August", set()),  # a date
    ],
)
def test_occasions_in(text: str, found: set[tuple[str, frozenset[str]]]) -> None:
    assert kinds(text) == found


@pytest.mark.parametrize(
    ("a", "b", "disagree"),
    [
        ("at the Harbour Screen Awards", "this year's Lantern Film Awards", True),
        ("at the Lantern Film Awards", "the Lantern awards", False),  # part of the name
        ("the Southern Athletic Conference tournament", "the SAC tournament", False),  # by its initials
        ("the G20 summit", "the Nato summit", True),
        ("the G20 summit", "the Osaka Grand Prix", False),  # different kinds are not compared
        ("the G20 summit and the Nato summit", "the Nato summit", False),
        ("the G20 summit", "talks in the capital", False),  # one names none
        ("The Harbour Film Critics Association named it best film", "this year's Lantern Film Awards", True),
        ("The Harbour Film Critics Association named it best film", "the Harbour film awards", False),
        ("unveiled as the 14th Navigator", "cast as the fifteenth Navigator", True),  # two castings of a role
        ("unveiled as the 14th Navigator", "the Fourteenth Navigator takes over", False),
        ("the 14th Navigator, who replaces the 13th Navigator", "the 13th Navigator steps down", False),
    ],
)
def test_occasions_disagree(a: str, b: str, disagree: bool) -> None:
    assert occasions_disagree(frozenset(occasions_in(a)), frozenset(occasions_in(b))) is disagree

"""Outlets: who published an article, and corroboration counted by outlet rather than by file."""

from __future__ import annotations

import dataclasses

import pytest

from builder.core.model import Article
from builder.site.views.story_view import count_badge, coverage, outlet_note
from builder.stories.merge import build_story
from builder.stories.outlets import host_label, outlet_of, source_groups
from tests.factories import briefing


def article(aid: str, source: str | None = None, url: str | None = None, lead: str = "Text.") -> Article:
    return Article(aid, aid, f"{aid}.md", None, None, source, url, (), (lead,), aid)


@pytest.mark.parametrize(
    ("url", "label"),
    [
        ("https://www.bbc.co.uk/news/world-1", "bbc"),
        ("http://web.archive.org/web/20190305101500/http://www.bbc.co.uk/news/20000001", "bbc"),
        ("http://edition.cnn.com/2015/04/01/x", "cnn"),
        ("https://www.theguardian.com/world/2024/jun/19/x", "theguardian"),
        ("https://www.abc.net.au/news/x", "abc"),
        ("not an address", None),
    ],
)
def test_host_label(url: str, label: str | None) -> None:
    assert host_label(url) == label


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (article("1", url="https://www.bbc.co.uk/news/1"), article("2", source="BBC News"), True),
        (article("1", url="https://www.theguardian.com/x"), article("2", source="The Guardian"), True),
        (article("1", url="https://www.nytimes.com/x"), article("2", source="The New York Times"), True),
        (article("1", url="http://www.dailymail.co.uk/x"), article("2", source="Daily Mail"), True),
        (article("1", source="Daily Mail"), article("2", source="Daily Mirror"), False),
        (
            article("1", lead="LONDON (Reuters) - Shares fell."),
            article("2", url="https://www.reuters.com/x"),
            True,
        ),
        (article("1", lead="Lima, Peru (CNN)As the river rose"), article("2", source="CNN"), True),
        (article("1", url="https://www.bbc.co.uk/news/1"), article("2", url="https://www.cnn.com/x"), False),
    ],
)
def test_one_outlet_under_different_names(a: Article, b: Article, same: bool) -> None:
    assert outlet_of(a).same(outlet_of(b)) is same


@pytest.mark.parametrize(
    "lead",
    [
        "The United Nations (UN) Security Council met.",
        "Kim Jong Un (left) met Putin.",
        "Text without an outlet.",
    ],
)
def test_a_bracket_in_the_lead_is_not_an_outlet(lead: str) -> None:
    assert outlet_of(article("1", lead=lead)) is None


def test_articles_without_an_outlet_each_stand_alone() -> None:
    groups = source_groups(
        [article("1", "BBC News"), article("2"), article("3", url="https://bbc.co.uk/x"), article("4")]
    )
    assert groups == [["1", "3"], ["2"], ["4"]]


TEXT = "Ana Ruiz gave Leo Park a signed atlas.\nOfficials worried about the cost."


def three_articles_two_outlets():
    def one(aid: str, source: str | None):
        return briefing(
            aid, TEXT, date="2024-03-02", source=source,
            actors=[("Ana Ruiz", "person", 1, (), 1), ("Leo Park", "person", 1, (), 1)],
            gifts=[("Ana Ruiz", "a signed atlas", "Leo Park", 1)],
            concerns=[("Officials", "the cost of the visit", 2)],
        )  # fmt: skip

    a, b = one("a", "Wire One"), one("b", "Wire One")
    c = one("c", None)
    c = dataclasses.replace(c, article=dataclasses.replace(c.article, url="https://www.wire-two.com/x"))
    return a, b, c


def test_corroboration_counts_outlets_not_articles() -> None:
    story = build_story("story-1", three_articles_two_outlets())
    assert [s.outlet for s in story.sources] == ["Wire One", "Wire One", "wire-two.com"]
    assert story.independent_sources() == 2
    assert story.independent_sources(["a", "b"]) == 1
    assert count_badge(story.gifts[0].sources, story) == "2 sources"
    assert count_badge(("a", "b"), story) == "1 source"
    assert coverage(story) == "3 articles from 2 sources"
    assert outlet_note(story) == "2 articles come from Wire One, one source"


def test_articles_naming_no_outlet_count_as_their_own_sources() -> None:
    a, b, _ = three_articles_two_outlets()
    story = build_story(
        "story-1",
        [dataclasses.replace(x, article=dataclasses.replace(x.article, source=None)) for x in (a, b)],
    )
    assert story.independent_sources() == 2
    assert coverage(story) == "2 sources"
    assert outlet_note(story) == "2 articles name no outlet"


def test_the_page_names_each_outlet_that_published_several_articles() -> None:
    a, b, c = three_articles_two_outlets()

    def moved(x, aid: str, source: str | None):
        return dataclasses.replace(x, article=dataclasses.replace(x.article, id=aid, slug=aid, source=source))

    more = [moved(c, "d", "Port *Ledger*"), moved(c, "e", "Port *Ledger*"), moved(c, "f", None)]
    story = build_story(
        "story-2",
        [a, b, *[dataclasses.replace(x, article=dataclasses.replace(x.article, url=None)) for x in more]],
    )
    assert coverage(story) == "5 articles from 3 sources"
    assert outlet_note(story) == (
        r"2 articles come from Wire One and 2 from Port \*Ledger\*, each outlet one source; "
        "1 article names no outlet"
    )

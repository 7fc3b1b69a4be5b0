"""Open questions from forms with no modal on the event itself: a view stated by "the X is that …", what
"we" may see happen, a doubt ("sceptical that …"), a deal not yet final, and a quoted "I" written as the
person who speaks."""

from __future__ import annotations

import pytest

from tests.extracted import questions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The rumour is that Acme Motors will close its plant in Leeds next year.",
            "Will Acme Motors close its plant in Leeds next year?",
        ),
        (
            "The suspicion is that the Acme tax files were stolen by a former employee.",
            "Were the Acme tax files stolen by a former employee?",
        ),
        (
            "The hope is that the new ferry will cut journey times to the islands.",
            "Will the new ferry cut journey times to the islands?",
        ),
        ("The signs are that the housing market is slowing.", "Is the housing market slowing?"),
    ],
)
def test_a_view_stated_by_be_that_is_asked(parse, text, expected):
    assert questions(parse, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("You could see prices rise by a fifth next year.", "Could prices rise by a fifth next year?"),
        (
            '"We could see house prices falling sharply next spring," said Anna Berg.',
            "Could house prices fall sharply next spring?",
        ),
        (
            '"But we may see online sales of the album overtaking CD sales soon," she says.',
            "Could online sales of the album overtake CD sales soon?",
        ),
    ],
)
def test_what_we_may_see_happen_is_asked(parse, text, expected):
    assert questions(parse, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"I hope to sign the contract before the end of the month," said Tom Reed, the club\'s manager.',
            "Will Tom Reed sign the contract before the end of the month?",
        ),
        (
            '"My side could lose the vote next week," said Tom Reed.',
            "Could Tom Reed's side lose the vote next week?",
        ),
        ('"I have possibly made a mistake," said Tom Reed.', "Did Tom Reed make a mistake?"),
        ('"I don\'t know if I will stay at the club," said Tom Reed.', "Will Tom Reed stay at the club?"),
    ],
)
def test_a_quoted_i_is_the_named_speaker(parse, text, expected):
    assert questions(parse, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bond traders were sceptical that the bank's results signalled a recovery.",
            "Did the bank's results signal a recovery?",
        ),
        (
            "Halden Steel and the port authority reached a provisional agreement for the firm to lease two "
            "berths, the council said.",
            "Will the provisional agreement for the firm to lease two berths be finalised?",
        ),
    ],
)
def test_a_doubt_or_a_deal_not_yet_final_is_asked(parse, text, expected):
    assert questions(parse, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # a past view, settled as the story goes on
        "The hope was that the new ferry would cut journey times to the islands.",
        # a fact stated, not a view
        "The problem is that the new ferry is too big for the harbour.",
        # what someone saw, not an event to come
        '"We could see them from the hill," she said.',
        # whom the speaker's "we" takes in, the page does not say
        '"We hope we can reopen the mine next year," said Tom Reed.',
        # the speaker's own opinion, given as such
        'Ann Lee said she would stand. "I think the party will back me," she said.',
        # a speaker's expectation of the past, told as the story goes
        '"Training has gone well, so I was hoping to win the final," added Jo Muir.',
        # what the speaker could choose to do
        '"I could be rude about him because of what happened," said Tom Reed.',
        # an idiom cut from the infinitive that says what for
        "The worry is that landlords will soon be falling over themselves to put up rents and evict tenants.",
        # a doubt denied
        "Analysts were not sceptical that the merger would go ahead.",
        # which deal, the question would not say
        "The two unions signed a draft deal on pay last night.",
        # "I" outside quotation marks is the writer, not anyone named
        "Ann Lee spoke first. I may vote for the plan next week.",
    ],
)
def test_forms_that_are_not_open_points_are_refused(parse, text):
    assert questions(parse, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Odda Energy and the state oil firm reached a preliminary deal for Norwegian companies to share "
            "in the building of two large gas pipelines in the north, the ministry said.",
            "Will the preliminary deal for Norwegian companies to share in the building of two large gas "
            "pipelines in the north be finalised?",
        ),
        (  # "oilfields" is tagged a verb: a noun in a preposition's object all the same
            "Petra Oil and the state oil company reached a preliminary deal for Greek companies to take part "
            "in the exploration of the Farzad and Jufeyr oilfields, the ministry said.",
            "Will the preliminary deal for Greek companies to take part in the exploration of the Farzad and "
            "Jufeyr oilfields be finalised?",
        ),
    ],
)
def test_a_deal_not_yet_final_is_asked_with_its_whole_phrase(parse, text, expected):
    assert questions(parse, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # which reports, of which merger: the article told of them before
        "Bond dealers were sceptical that the latest reports signalled a merger.",
        "Analysts were sceptical that the claims would hold up in court.",
    ],
)
def test_a_report_told_of_before_is_not_asked_about(parse, text):
    assert questions(parse, text) == []

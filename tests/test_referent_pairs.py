"""Counted and act references written as what the article names (invented sentences in the phrasing of
news reports): "the two countries", "both sides", "the pair", "the two" as the names the article last
joined with "and"; "the plan", "the ban" as the one earlier mention that says which act ("a plan to close
…"); left as written where the article does not make it sure."""

from __future__ import annotations

import pytest

from builder.extract.concerns import find_concerns
from tests.extracted import questions


def concerns(parse, text):
    return [(c.holder, c.about) for c in find_concerns(parse(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a counted noun of the kind the names are
            "Vietnam and Malaysia held fisheries talks in Hanoi on Monday. Diplomats said the two countries "
            "are likely to renew the accord in June.",
            "Will Vietnam and Malaysia renew the accord in June?",
        ),
        (  # "the pair": two people joined by "and"; a job word run into the name is left out
            "Sprinters Maria Kollas and Nikos Varos missed a doping test in Patras. The pair are likely to "
            "appeal against the suspension next month.",
            "Will Maria Kollas and Nikos Varos appeal against the suspension next month?",
        ),
        (  # "both sides", after "between A and B"
            "Ties between Ghana and Togo have worsened over the border. Both sides are expected to send "
            "envoys to Accra next week.",
            "Will Ghana and Togo send envoys to Accra next week?",
        ),
        (  # "the two" on its own
            "Ruth Okafor and Dan Pell set up the charity in 2001. The two are likely to step down next year.",
            "Will Ruth Okafor and Dan Pell step down next year?",
        ),
    ],
)
def test_a_counted_phrase_is_written_as_the_names_joined_before(parse, text, expected):
    assert questions(parse, text) == [expected]


def test_a_concern_topic_names_the_pair(parse):
    text = (
        "Norvik Foods and Harland Dairies agreed to merge in March. Farmers warned that the two companies "
        "could squeeze milk prices."
    )
    assert concerns(parse, text) == [
        ("Farmers", "Norvik Foods and Harland Dairies could squeeze milk prices")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # names of people where the noun counts countries: not these
        "Ruth Okafor and Dan Pell met in Lagos. Diplomats said the two countries are likely to renew the "
        "accord in June.",
        # three names where the phrase counts two
        "Chad, Niger and Mali held talks. Diplomats said the two countries are likely to renew the accord in "
        "June.",
    ],
)
def test_no_names_that_do_not_fit_the_count_or_kind(parse, text):
    assert all("Okafor" not in q and "Chad" not in q for q in questions(parse, text))


def test_names_joined_in_the_same_sentence_are_others(parse):
    text = (
        "Talks on trade between Chile and Peru resumed in Lima. Worries have been raised by Canada and "
        "Mexico about a possible fishing deal between the two nations."
    )
    assert questions(parse, text) == ["Was a fishing deal between Chile and Peru agreed, and on what terms?"]
    assert concerns(parse, text) == [
        ("Canada", "a possible fishing deal between Chile and Peru"),
        ("Mexico", "a possible fishing deal between Chile and Peru"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # "the two men" is not a woman and a man
        "Mrs Ellis and Mr Dunn were arrested outside the pub. The two men are likely to appear in court on "
        "Monday.",
        # joined long before: the article may mean two it never joined
        "Oman and Qatar signed a gas pact in 2019. Prices fell. Ports grew. Exports rose. Output slowed. "
        "Officials said the two countries are likely to renew the accord in June.",
    ],
)
def test_no_names_of_the_wrong_sex_or_joined_long_before(parse, text):
    assert all(" and " not in q for q in questions(parse, text))


def test_they_after_a_sentence_whose_subject_is_joined_names(parse):
    text = (
        "Sprinters Maria Kollas and Nikos Varos missed a doping test in Patras. They are likely to appeal "
        "against the suspension next month."
    )
    assert questions(parse, text) == [
        "Will Maria Kollas and Nikos Varos appeal against the suspension next month?"
    ]


def test_they_after_a_plural_of_its_own_sentence_is_left(parse):
    text = (
        "Norvik Foods and Harland Dairies agreed to merge in March. Farmers warned that they could lose "
        "their contracts."
    )
    assert all("Norvik" not in about for _, about in concerns(parse, text))


def test_the_latest_pair_far_back_after_another_is_not_sure(parse):
    text = (
        "Peru and Chile signed a pact in 2019. Bolivia and Brazil signed one in 2020. Trade grew. Prices "
        "fell. Ports expanded. Exports rose. Diplomats said the two countries are likely to renew the "
        "accord in June."
    )
    assert all(" and " not in q for q in questions(parse, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the one earlier mention with the phrase that says which act
            "The council unveiled a ban on plastic bags in May. Shop owners fear the ban could hurt trade.",
            [("Shop owners", "the ban on plastic bags could hurt trade")],
        ),
        (  # two plans named before: which one, not sure, and the topic stays as written
            "The board set out a plan to sell the port and a plan to close the depot. Unions fear the plan "
            "could cost 300 jobs.",
            [("Unions", "the plan could cost 300 jobs")],
        ),
        (  # a later "a plan" brings in another act: not sure
            "The board set out a plan to sell the port. In June it made a plan for the depot too. Unions "
            "fear the plan could cost 300 jobs.",
            [("Unions", "the plan could cost 300 jobs")],
        ),
    ],
)
def test_an_act_noun_takes_the_one_mention_that_says_which(parse, text, expected):
    assert concerns(parse, text) == expected

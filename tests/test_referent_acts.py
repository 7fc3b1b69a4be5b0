"""Acts named under another word: "the move", "his move" or "the decision" is written with the act the article
told before it; a noun said before only inside a compound ("a settlement deal") is that compound; what is not
sure is left as it was."""

from __future__ import annotations

import pytest

from builder.extract.concerns import find_concerns
from builder.extract.questions import find_questions


def questions(parse, text):
    return [q.question for q in find_questions(parse(text))]


def topics(parse, text):
    return [c.about for c in find_concerns(parse(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a generic act noun: the one deed of the sentence before
            "The chain closed 200 stores on Monday. Critics said the move was reckless.",
            "the move to close 200 stores was reckless",
        ),
        (  # a possessor's act: the deed whose subject is the possessor
            "President Ivanov pardoned 56 politicians. Opposition leaders condemned his move.",
            "Ivanov's move to pardon 56 politicians",
        ),
        (  # a noun made from a verb: the clause of that verb, with its infinitive
            "The board decided to sell the club last week. Fans warned the decision could ruin the club.",
            "the decision to sell the club could ruin the club",
        ),
        (  # ... or with its object
            "The council closed the library in March. Residents criticised the closure.",
            "the closure of the library",
        ),
    ],
)
def test_an_act_noun_is_written_with_its_act(parse, text, expected):
    assert topics(parse, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The chain closed 200 stores on Monday. Analysts said the move may lead to more job cuts.",
            "Could the move to close 200 stores lead to more job cuts?",
        ),
        (
            "Mr Brown scrapped the levy in 2004. The move may have cost the Treasury £2bn, officials said.",
            "Did the move to scrap the levy cost the Treasury £2bn?",
        ),
        (  # said before only as the first word of a compound whose head is a kind word
            "Ten directors agreed a $40m (£20m) settlement deal in a lawsuit over the collapse of the bank. "
            "The settlement may be put to the courts next week.",
            "Could the $40m settlement deal be put to the courts next week?",
        ),
    ],
)
def test_a_question_on_an_act_noun_is_asked_with_its_act(parse, text, expected):
    assert questions(parse, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two deeds joined: which one the move is, not sure
        (
            "The chain closed 200 stores and cut 5,000 jobs. Critics said the move was reckless.",
            "the move was reckless",
        ),
        # a deed denied, a saying, a deed in the speaker's quoted words: no deed told
        ("Officials did not close the bridge. Critics said the move was reckless.", "the move was reckless"),
        (
            "The minister said the plan was sound. Critics said the move was reckless.",
            "the move was reckless",
        ),
        (
            '"We will close 200 stores," the chain said. Critics said the move was reckless.',
            "the move was reckless",
        ),
        # the possessor is not the doer
        ("Acme closed 200 stores. Opposition leaders condemned his move.", "his move"),
        # a deed that is no decision: "the decision" takes only "decide"
        (
            "Ann Lee and Tom Ray took bronze in the doubles. Fans said the decision was wrong.",
            "the decision was wrong",
        ),
        # a compound's head that is not a kind word: "the strike" is no strike ballot, "the trade" no deal
        (
            "Rail staff backed a planned 48-hour strike ballot. Managers warned the strike could cripple "
            "the network.",
            "the strike could cripple the network",
        ),
        (
            "The two countries signed a historic trade deal. Farmers fear the trade could ruin them.",
            "the trade could ruin them",
        ),
    ],
)
def test_no_act_without_one_sure_deed(parse, text, expected):
    assert topics(parse, text) == [expected]


def test_a_compound_with_a_kind_word_names_its_first_word(parse):
    text = "Ten directors agreed a $40m settlement deal. Shareholders criticised the settlement."
    assert topics(parse, text) == ["the $40m settlement deal"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # an act said before by another noun of its kind, with its infinitive (a purpose after it left out)
            "The mayor announced plans to let staff work from home to cut office costs. Business "
            "groups criticised the move.",
            "the move to let staff work from home",
        ),
        (
            "Acme announced plans to close 200 stores. Unions warned the policy could cost 5,000 jobs.",
            "the policy to close 200 stores could cost 5,000 jobs",
        ),
        (  # two acts of that kind said before: which one, not sure
            "The council proposed a scheme to charge drivers. It also unveiled a plan to cut bus fares. "
            "Critics said the move was reckless.",
            "the move was reckless",
        ),
    ],
)
def test_an_act_said_before_by_another_noun_of_its_kind(parse, text, expected):
    assert topics(parse, text) == [expected]

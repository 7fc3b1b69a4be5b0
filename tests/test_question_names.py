"""Pronouns in open questions: named when the actors say with confidence who is meant, else refused."""

from __future__ import annotations

import pytest

from builder.extract.questions import find_questions
from tests.extracted import questions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Alan Milburn met party officials on Monday. He may resign next week, aides said.",
            "Could Alan Milburn resign next week?",
        ),
        ("Acme Corp said it is expected to cut 500 jobs.", "Will Acme Corp cut 500 jobs?"),
        (
            "Maria Lopez spoke to reporters on Friday. Her plans may be delayed until the autumn.",
            "Could Maria Lopez's plans be delayed until the autumn?",
        ),
        (  # the question names her already: the possessive stays "her"
            "Nora Quinn said she planned to time the tour around the opening of her new office.",
            "Will Nora Quinn time the tour around the opening of her new office?",
        ),
    ],
)
def test_a_pronoun_is_written_as_the_actor_it_stands_for(parse, text, expected):
    assert questions(parse, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # two people named: which one "he" is, the rules cannot be sure
        "Tony Blair and Gordon Brown met on Monday. He may call an election in May.",
        # "it" named last may be a thing, not the firm
        "Acme Corp unveiled a new phone on Monday. It could go on sale in June.",
        # the agent or the player: whose transfer is not clear
        "Sam Cole, the agent of Rui Costa, said his transfer could be delayed.",
        # "he" is the unnamed man, not anyone named before
        "Paul Grant spoke on Monday. A man from Leeds said he may appeal against the ruling.",
        # the article settles it
        "The announcement ends speculation that the club would move to a new stadium.",
        # "it" as the object is not the firm that makes it
        "Acme Corp should instead make it compulsory, one analyst suggested.",
        # the speaker is the person named last; "he" is someone else
        'Tom Hill praised the players. "I do not know what more he could want," he said.',
        # a title says who "he" cannot be
        "Ms Jackson wrote to the council. She asked whether he would lower the fence.",
        # what a thing cannot do, not what may happen
        "Pavel Orlov said his pump could no longer draw water from the well.",
        # a past belief, told as the story goes on
        "When Ana Ruiz moved to Hull, she thought she had solved the problem.",
    ],
)
def test_an_unsure_pronoun_is_still_refused(parse, text):
    assert questions(parse, text) == []


def test_an_impersonal_it_is_not_named(parse):
    text = "Acme Corp reported record sales. It is unclear whether Acme's shares will rise."
    assert questions(parse, text) == ["Will Acme's shares rise?"]


def test_naming_leaves_no_trace_on_the_parse(parse):
    analysis = parse("Alan Milburn met officials on Monday. He may resign next week.")
    find_questions(analysis)
    assert all(token._.named is None for token in analysis.doc)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the subject of the sentences before, carried on by "he" and "it"
            "Karl Dorn, 61, of Leeds, told the court he had been dazzled by the low sun."
            " He admitted he had hit Mrs Hale but denies causing injury by careless driving.",
            "Disputed: Karl Dorn denies causing injury by careless driving",
        ),
        (
            "Hermes Group built its fame on leaked Treasury papers."
            " It is also known as the Blue Cat. What is not clear is whether it buys the papers.",
            "Does Hermes Group buy the leaked Treasury papers?",
        ),
        (  # a noun of an adjunct ("for a comment") or of a relative clause is no thing "it" carries on
            "Northfield Waste Limited, whose depot was leased from Bay Holdings, could not be reached for a"
            " comment. It has until 9 May to appeal.",
            "Will Northfield Waste Limited appeal by 9 May?",
        ),
        (  # a thing before the firm's last mention is not on the way
            "The depot broke the rules on waste storage, inspectors said. Delta Freight Limited was told to"
            " shut it. It has until 2 June to lodge an appeal.",
            "Will Delta Freight Limited lodge an appeal by 2 June?",
        ),
        (  # an object "him" is not the subject of its own clause: the one person named before it
            "Sonic Records held talks with the singer Omar Reyes, and wished to keep him.",
            "Will Sonic Records keep Omar Reyes?",
        ),
    ],
)
def test_a_pronoun_named_by_the_topic_or_as_an_object(parse, text, expected):
    assert questions(parse, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # the subject before is a thing, not an actor: "it" may be the plan
        "The plan was drawn up by Acme Corp. It could be approved in June.",
        # a thing the firm's clause acts on, after the firm is named: "it" may be the tower
        "Orbit Homes Limited bought a derelict tower in March. It has until 9 May to lodge an appeal.",
        # a thing its relative clause says the firm is, after the firm: "it" may be the report
        "Orbit Homes Limited was named in a report. It is expected to be published in May.",
        # two people named in the sentence before "him": which one, the rules cannot say
        "Tom Hill met the agent Sam Cole in May and hoped to keep him.",
        # two people as the subject before: "he" is one of them
        "Tom Hill and Sam Cole spoke on Monday. He is expected to resign in June.",
        # inside a quotation, "he" is not the speaker named before it
        "Tom Hill spoke about Sam Cole on Monday."
        " \u2018If he has a leave of absence, that means he may get well.",
        # "her" after "she": the one the pronoun before means, not the person named
        "Nadia Bell praised the coach Anna Rees. She says the move has prevented her from making plans.",
    ],
)
def test_a_topic_or_object_pronoun_that_is_unsure_is_refused(parse, text):
    assert questions(parse, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The chain is wanted by both Tesco and Asda. Both companies have until 9 June to buy Argos.",
            ["Will both Tesco and Asda buy Argos by 9 June?"],
        ),
        (  # three names before: which two, the rules cannot say
            "Ken Hall, Jim Boyd and Tom Ross ran the bank. Both men are expected to resign.",
            [],
        ),
        (  # "both companies" after two people's names is not them
            "The deal was signed by Ken Hall and Jim Boyd. Both companies are expected to grow.",
            [],
        ),
    ],
)
def test_both_is_named_by_the_one_pair_of_names_before(parse, text, expected):
    assert questions(parse, text) == expected

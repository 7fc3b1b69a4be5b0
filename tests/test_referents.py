"""Referents anchored: a bare "the law", "the scheme", "the airline" in an open question or a concern's topic
is written as what the article means by it; a pointer to what the line does not say is not asked."""

from __future__ import annotations

import dataclasses

import pytest

from builder.extract.concerns import find_concerns
from builder.extract.questions import find_questions


def questions(parse, text, title=None):
    analysis = dataclasses.replace(parse(text), title=title)
    return [q.question for q in find_questions(analysis)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the fullest earlier mention of the same noun
            "The council unveiled a new parking permit scheme on Monday. Officials said the scheme is "
            "likely to start in June.",
            "Will the new parking permit scheme start in June?",
        ),
        (  # the one named law "the law" describes
            "Congress passed the Clean Water Act in May. Critics said the law may harm small farms.",
            "Could the Clean Water Act harm small farms?",
        ),
        (  # the named actor the resolver links the description to
            "Acme Airlines lost money again last year. The airline could run out of cash by June, "
            "analysts said.",
            "Could Acme Airlines run out of cash by June?",
        ),
        (  # "party" is a word of the name: "the" stays
            "The Liberal Party held its conference in May. Analysts said the party may be in breach of "
            "the rules.",
            "Could the Liberal Party be in breach of the rules?",
        ),
        (
            "Regulators imposed heavy financial penalties on Alder Bank. Critics asked whether the penalties "
            "could force the bank to change.",
            "Could the heavy financial penalties force the Alder Bank to change?",
        ),
    ],
)
def test_a_bare_description_is_written_as_its_antecedent(parse, text, expected):
    assert questions(parse, text) == [expected]


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            "Latest Opera browser gets vocal",
            "The new version lets users give spoken commands. But the browser may crash with some "
            "screen readers.",
            "Could the latest Opera browser crash with some screen readers?",
        ),
        (  # no headline: which browser, the question cannot say, and it is not asked
            None,
            "The new version lets users give spoken commands. But the browser may crash with some "
            "screen readers.",
            None,
        ),
    ],
)
def test_a_headline_names_the_noun(parse, title, text, expected):
    assert questions(parse, text, title) == ([expected] if expected else [])


@pytest.mark.parametrize(
    "text",
    [
        # two schemes: which one, not sure
        "The city runs a bus scheme and a cycle hire scheme. The scheme will likely be expanded next year.",
        # where someone spoke is not what the article is about
        "Tom Hill said on BBC Radio 5's Drive programme that voters were bored. The programme could give "
        "the winner a head start.",
        # the resolver's body named last is a navy, and the line names it: the company is someone else
        "Harbour Marine serviced US Navy ships for years. Prosecutors said the company may have overcharged "
        "the Navy by millions.",
        # two countries named: which one "the government" is, not sure
        "Peru and Chile signed a pact. Critics believe the government hid 2 billion dollars of debt.",
        # "waging war" is a deed and its object, not a war described: no "the waging war"
        "The report accuses the rebel commander of waging war in the north. Observers believe the war "
        "could spread to the capital.",
    ],
)
def test_no_antecedent_without_confidence_and_then_no_question(parse, text):
    assert questions(parse, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the one country named so far
            "Greece owes the IMF money. Officials say the country may repay 300 million euros to the IMF on "
            "Thursday.",
            "Could Greece repay 300 million euros to the IMF on Thursday?",
        ),
        (
            "Portugal faces a budget gap. Critics believe the government hid 2 billion euros of debt.",
            "Did Portugal's government hide 2 billion euros of debt?",
        ),
        (  # a place or time of the clause may stay loose; who or what it is about may not
            "Diego Ruiz hurt his knee in training. Diego Ruiz could return to the pitch in May.",
            "Could Diego Ruiz return to the pitch in May?",
        ),
    ],
)
def test_the_one_country_named_and_loose_adjuncts(parse, text, expected):
    assert questions(parse, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the sentence says which ruling before the line's "the ruling"
            "The Rail Union, which was angered by the ruling of the panel, said it may challenge the ruling "
            "in court.",
            "Could the Rail Union challenge the ruling of the panel in court?",
        ),
        (  # said with a pronoun of its own: whose, the line cannot say, and "the ruling" stays
            "The Rail Union, which was angered by the ruling of its panel, said it may challenge the ruling "
            "in court.",
            "Could the Rail Union challenge the ruling in court?",
        ),
    ],
)
def test_the_own_sentence_says_which(parse, text, expected):
    assert questions(parse, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Officials say the listing could take several days.",
        "Rescuers said most of the victims may have died in the blast.",
        "Analysts expect the broadcasters to cancel the debate.",
    ],
)
def test_who_or_what_a_question_is_about_must_be_said(parse, text):
    assert questions(parse, text) == []


def test_a_pointer_to_what_the_question_does_not_say_is_not_asked(parse):
    text = (
        "Officials asked the bank to delay the new rules. The minister is likely to repeat that request at "
        "the summit."
    )
    assert questions(parse, text) == []


def test_a_concern_topic_is_anchored(parse):
    text = (
        "Congress passed the Clean Water Act in May. Farm groups warned that the law could ruin small farms."
    )
    assert [(c.holder, c.about) for c in find_concerns(parse(text))] == [
        ("Farm groups", "the Clean Water Act could ruin small farms")
    ]

"""What an article says is not told or cannot be told yet ("would not say when …", "were unable to say why
…", "it is too early to say how many …"); not what a quoted speaker says they do not know (invented
sentences in the phrasing of news reports)."""

from __future__ import annotations

import pytest

from tests.extracted import questions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the telling verb cannot be carried out: unable, impossible, not possible, not able, too early
        ("Police were unable to say why the Tamar Bridge collapsed.", ["Why did the Tamar Bridge collapse?"]),
        ("It is too early to say how many jobs will go.", ["Unknown: how many jobs will go"]),
        ("Officials were not able to confirm who fired first.", ["Unknown: who fired first"]),
        (
            "Divers said it was not possible to determine how much fuel the Norland tanker still held.",
            ["Unknown: how much fuel the Norland tanker still held"],
        ),
        (
            "It is impossible to predict when the Lyra Mine will reopen.",
            ["When will the Lyra Mine reopen?"],
        ),
        # a wh-clause the parse hung on the verb as a time clause is still what is not told
        (
            "Officials have not said when the new Leeds airport will open.",
            ["Unknown: when the new Leeds airport will open"],
        ),
        # a wh-word that is the clause's complement: the verb ends the clause, nothing was cut
        ("Police did not confirm who the three Acme directors were.", ["Who were the three Acme directors?"]),
        (
            "The council would not say what the new Tamar Bridge toll will be.",
            ["What will the new Tamar Bridge toll be?"],
        ),
    ],
)
def test_what_is_not_or_cannot_yet_be_told_is_asked(parse, text, expected):
    assert questions(parse, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The minister did not say anything when the report came out.",  # the verb has an object
        "The mayor said when the storm hit the bridge collapsed.",  # told, not withheld
        "Police were able to say why the Tamar Bridge collapsed.",  # able: it was told
        "It is possible to say how the Lyra Mine flooded.",
        "The firm has revealed how its new Leeds plant will work.",
        # a quoted speaker's own not knowing, which the article leaves open for nobody
        "Asked about the streak, Novak said: 'I don't know what the secret of our form is.'",
        "'I do not know who the Acme directors were,' the former chairman said.",
        # what a speaker says one other person does not know: that person's ignorance, often a jab
        "'He doesn't even know what the Norland accord is,' the senator said of the governor.",
        "Critics say Jane Okafor does not know what the new Tamar Bridge toll will be.",
    ],
)
def test_what_is_told_or_told_when_is_not_asked(parse, text):
    assert questions(parse, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # not knowing told of those who would find out, or of nobody: open to all, asked
        ("Police do not know who the three Acme directors were.", ["Who were the three Acme directors?"]),
        ("Nobody knows what the new Tamar Bridge toll will be.", ["What will the new Tamar Bridge toll be?"]),
    ],
)
def test_what_those_who_would_find_out_do_not_know_is_asked(parse, text, expected):
    assert questions(parse, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "opposition" names an act, never someone "his" may mean: the one person named is
            "President Mohammad Khatami has unveiled a budget. But opposition from MPs could block his plans "
            "to sell state firms.",
            ["Could opposition from MPs block Mohammad Khatami's plans to sell state firms?"],
        ),
        (  # a person noun above the pronoun may be who "he" is: not named
            "President Mohammad Khatami has unveiled a budget. But the minister said he could resign.",
            [],
        ),
    ],
)
def test_a_pronoun_under_an_abstract_subject_is_named(parse, text, expected):
    assert questions(parse, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # hedged evidence: what it would show is the open point, asked in its own tense
        (
            "Leaked emails appear to show that the Acme board knew of the fault.",
            ["Did the Acme board know of the fault?"],
        ),
        (
            "The Norland budget could be a sign that Norland is preparing for a snap election.",
            ["Is Norland preparing for a snap election?"],
        ),
        (
            "New data from the Leeds lab seems to indicate that the Lyra vaccine works in older patients.",
            ["Does the Lyra vaccine work in older patients?"],
        ),
        ("The emails do not appear to show that the Acme board knew of the fault.", []),  # denied, not hedged
        # the "that" left out: a clause with its own subject and complement, no gap, says what the sign holds
        (
            "The Norland budget could be a sign Norland is preparing for a snap election.",
            ["Is Norland preparing for a snap election?"],
        ),
        (
            "The Norland budget could be a sign voters will not forgive.",
            [],
        ),  # a relative: "forgive" lacks its object
        ("The Norland budget could be a sign he had been waiting for.", []),  # a stranded "for": a relative
    ],
)
def test_what_hedged_evidence_shows_is_asked(parse, text, expected):
    assert questions(parse, text) == expected

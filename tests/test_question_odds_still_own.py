"""Three grammatical shapes of an open point (invented sentences in the phrasing of news reports):
the clause an impersonal "it is likely / unlikely / possible" rates, with or without "that"; a step a "still"
says is yet to be taken ("still have to", "still needs to", "must still"); and the article's own question,
asked as written when it reads alone."""

from __future__ import annotations

import pytest

from tests.extracted import questions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # that-less: the parse reads "unlikely fresh tariffs"; the adjective is not part of the subject
        (
            "But it's unlikely fresh tariffs will be imposed on Norland steel.",
            ["Will fresh tariffs be imposed on Norland steel?"],
        ),
        (
            "It is unlikely that fresh tariffs will be imposed on Norland steel.",
            ["Will fresh tariffs be imposed on Norland steel?"],
        ),
        (
            "It is likely the Norland central bank will raise rates in May.",
            ["Will the Norland central bank raise rates in May?"],
        ),
        (
            "It is possible the Norland central bank will raise rates in May.",
            ["Will the Norland central bank raise rates in May?"],
        ),
        (
            "Analysts say it is probable the Acme merger will be blocked by regulators.",
            ["Will the Acme merger be blocked by regulators?"],
        ),
    ],
)
def test_the_clause_an_impersonal_likely_rates_is_asked(parse, text, expected):
    assert questions(parse, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "It is possible to buy tickets for the Norland final online from Monday.",  # what can be done
        "The likely winner of the Norland award is Jane Roe.",  # no clause rated
        "It was likely that the crowd at the Norland final would be smaller than last year.",  # a judgement
    ],
)
def test_what_is_not_a_rated_clause_is_not_asked(parse, text):
    assert questions(parse, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Norland researchers still have to check the samples.",
            ["Will Norland researchers check the samples?"],
        ),
        (
            "The Acme board still needs to approve the merger with Norland Bank.",
            ["Will the Acme board approve the merger with Norland Bank?"],
        ),
        (
            "Prof Jane Roe said Norland researchers still had to check the samples.",
            ["Will Norland researchers check the samples?"],
        ),
        (
            "The Tamar Bridge must still be inspected by engineers.",
            ["Will the Tamar Bridge be inspected by engineers?"],
        ),
        (
            "Acme must still find a buyer for the Belmont chain.",
            ["Will Acme find a buyer for the Belmont chain?"],
        ),
    ],
)
def test_a_step_still_to_be_taken_is_asked(parse, text, expected):
    assert questions(parse, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Norland researchers still had to check the samples before the launch.",  # told as the story goes
        "The gunman must still be inside the Acme building.",  # an epistemic guess, not a step
        "The Acme board still has the power to approve the merger.",  # "has" a power, not "has to"
        "Norland researchers still do not have to check the samples.",  # no step needed
        "Acme Corp still has enough cash to pay its debts.",
    ],
)
def test_what_is_no_step_still_to_be_taken_is_not_asked(parse, text):
    assert questions(parse, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Broken printers pile up in Norland offices. But where do we put the broken printers?",  # "we"
        "Would it be too much to ask Acme for a recycling box too?",  # "it" rhetoric
        "But could there be something else behind the Acme deal?",  # "something": the text leaves it unsaid
        "Why the difference?",  # no clause
        # answered next; rhetoric on what happened; a speaker's, put to "you"; "he": the page cannot say who
        "Acme Corp makes phones. Will Acme Corp cut prices? No, says its boss.",
        "Who would have thought Norland would win the cup?",
        '"Will you compensate local businesses?" Jane Roe asked the Norland council.',
        "Norland fans waited. Will he ever come back to the club?",
        # asks nothing; in the past, the story goes on to tell it; the other half of an alternative
        "But who knows?",
        "Jane Roe was lost on Mount Tamar. What did Jane Roe do for 36 hours?",
        "Did Acme know? Or was Acme Corp sure that the Norland regulator would not find out?",
    ],
)
def test_a_question_that_cannot_stand_alone_is_not_asked(parse, text):
    assert questions(parse, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the reporter named for a pronoun that fits: a body's "it", several reporters' "they", one's "she"
        (
            "Norcorp says it hopes to open most branches by the spring.",
            ["Will Norcorp open most branches by the spring?"],
        ),
        (
            "Both Acme and Norcorp have said they also plan to raise wages.",
            ["Will both Acme and Norcorp raise wages?"],
        ),
        (
            "Jane Roe said she hoped to sign a new contract by May.",
            ["Will Jane Roe sign a new contract by May?"],
        ),
    ],
)
def test_a_reported_pronoun_is_the_reporter_it_fits(parse, text, expected):
    assert questions(parse, text) == expected


def test_one_persons_they_is_not_the_person(parse):
    """ "Prof Roe said they still had to …": her team, not Prof Roe; the page cannot say whom, so no line."""
    text = "Prof Jane Roe from the University of Norland said they still had to check the samples."
    assert questions(parse, text) == []

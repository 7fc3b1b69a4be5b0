"""A concern's topic is a whole clause where the rules cut it from one (concerns/shapes.py): a joined verb
with the subject it shares, a relative clause with its noun, an infinitive with the clause above it, a gerund
charged told of whom it is laid on. Sentences invented in the style of the news the rules were read on."""

from __future__ import annotations

import pytest

from builder.extract.concerns import find_concerns
from builder.extract.concerns.shapes import whole_clause


def abouts(parse, text):
    return [c.about for c in find_concerns(parse(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "which" under a verb of belief inside the relative clause
            "She moved to Ohio to escape the agency, which she believes is unconstitutional.",
            "the agency is unconstitutional",
        ),
        (  # an infinitive: the clause above it, whose subject it shares
            "The director said: 'If the review drags on, we are going to face a serious risk of gas "
            "shortages this winter.'",
            "we are going to face a serious risk of gas shortages this winter",
        ),
        (  # a gerund charged by a noun: told of whom the accusation is laid on
            "The league has been dogged by repeated accusations of failing to pay its referees.",
            "The league failed to pay its referees",
        ),
        (  # a gerund charged by a passive criticism verb inside another clause
            "The storm became a political row as the agency was criticised for being too slow in "
            "restoring power.",
            "the agency was too slow in restoring power",
        ),
    ],
)
def test_a_fragment_is_written_as_its_whole_clause(parse, text, expected):
    assert expected in abouts(parse, text)


@pytest.mark.parametrize(
    ("text", "about", "expected"),
    [
        (  # a joined verb: the subject it shares with the verb before
            "The singer claims that the actress was jealous of her pony and stole the saddle.",
            "stole the saddle",
            "the actress stole the saddle",
        ),
        (  # "whose": the noun the relative hangs on, as its owner
            "He said: 'We will not take lectures from a party whose reckless tax policies hit the poorest "
            "hardest.'",
            "whose reckless tax policies hit the poorest hardest",
            "a party's reckless tax policies hit the poorest hardest",
        ),
        (  # a clause with its subject is left as it is
            "The singer claims that the actress stole the saddle.",
            "the actress stole the saddle",
            "the actress stole the saddle",
        ),
    ],
)
def test_a_topic_cut_from_its_clause_gets_its_subject(parse, text, about, expected):
    span = parse(text).doc[:]
    assert whole_clause(about, span) == expected


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a gerund of reason under a verb that lays no charge: the clause above says something else
        (
            "In May, the bank paid £5m in fines to regulators for violating market rules on its reserves.",
            "violating market rules on its reserves",
        ),
        # a charge laid on a pronoun: no clause can say whom it claims of
        ("He is also accused of taking a bribe at his office.", "taking a bribe at his office"),
    ],
)
def test_a_gerund_with_no_clause_to_tell_it_stays(parse, text, kept):
    assert kept in abouts(parse, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # whom the cue aims at: a person, a body, a place
        ("The draw was marred by angry fans' protests against Jim Pike.", "protests against Jim Pike"),
        (
            "The club apologised to Uefa for complaints it lodged against the organisation last season.",
            "complaints against the organisation",
        ),
        (
            "The Met Office has issued a severe storm warning for the islands.",
            "severe storm warning for the islands",
        ),
        # one bare word: the cue says what about it
        ("Observers could not verify Kenya's allegations of bribery.", "allegations of bribery"),
    ],
)
def test_a_topic_naming_only_whom_the_cue_aims_at_keeps_the_cue(parse, text, expected):
    assert expected in abouts(parse, text)


def test_a_topic_that_says_what_is_left_as_it_is(parse):
    assert "the price of school meals" in abouts(
        parse, "Parents raised concerns about the price of school meals."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a relative right after its noun says which one: kept
            "Jo Hale added that the council had failed to consult residents in a way that was open and fair.",
            "the council had failed to consult residents in a way that was open and fair",
        ),
        (
            "He said: 'God will judge those who insulted the people of this town.'",
            "God will judge those who insulted the people of this town",
        ),
        (  # a preposition stranded at the end of its relative stays
            "The coach said: 'We have had a horrible winter to put up with.'",
            "We have had a horrible winter to put up with",
        ),
        (  # a list subject cut round its names loses its last name too
            "Trade unions have long warned that developing nations such as Peru, Chile, and Ghana could "
            "lose thousands of jobs once the tariffs are lifted.",
            "developing nations could lose thousands of jobs once the tariffs are lifted",
        ),
    ],
)
def test_a_clause_keeps_what_defines_its_nouns(parse, text, expected):
    assert expected in abouts(parse, text)


def test_a_relative_set_off_by_a_comma_stays_out(parse):
    text = "Jo Hale said the council had failed its tenants, who pay the highest rents in the county."
    assert "the council had failed its tenants" in abouts(parse, text)

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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mr Tan said that long queues for council housing and rising rents are major worries for many "
            "young couples.",
            "long queues for council housing and rising rents",
        ),
        (
            "The closure of the clinic is a concern for the elderly residents of the town.",
            "The closure of the clinic",
        ),
    ],
)
def test_what_is_said_to_be_a_concern_for_someone_is_its_topic(parse, text, expected):
    assert expected in abouts(parse, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no subject the cue noun is said of: the cue and whom it is for, as before
        (
            "Officials voiced concern for the residents of the island.",
            "concern for the residents of the island",
        ),
        # a denied concern is no statement of what the concern is
        ("The closure of the clinic is not a concern for the residents.", "concern for the residents"),
    ],
)
def test_a_cue_for_someone_with_no_subject_said_to_be_it_keeps_the_cue(parse, text, expected):
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # object and reason of a criticism verb: the clause it claims, in the passive
            "Union leaders lined up to criticise the chancellor over the pension figures.",
            "the chancellor was criticised over the pension figures",
        ),
        (
            "Farmers condemned the ministry for its handling of the drought.",
            "the ministry was condemned for its handling of the drought",
        ),
        (  # a plural object, a present perfect
            "Campaigners have criticised the councils over the closure of the libraries.",
            "the councils have been criticised over the closure of the libraries",
        ),
        (  # a charge the rules could not write as a deed: the charge's own preposition kept
            "Opposition parties accused President Smith of masterminding and directing the campaign to "
            "boost his popularity.",
            "President Smith was accused of masterminding",
        ),
        (  # the participle after the noun it hangs on
            "The summit was criticised by Moscow for its timing.",
            "The summit was criticised for its timing",
        ),
    ],
)
def test_an_object_and_a_reason_split_by_a_comma_are_written_as_a_clause(parse, text, expected):
    assert any(a.startswith(expected) for a in abouts(parse, text))
    assert not any(", for" in a or ", over" in a for a in abouts(parse, text))


def test_a_cue_nouns_topic_keeps_the_reason_after_it(parse):
    text = "The report drew criticism of the regulator for its slow response."
    assert "criticism of the regulator for its slow response" in abouts(parse, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "it" in what an accusation says: the body that denies it
            "Norway has repeatedly rejected accusations that it sold weapons to the militia.",
            "Norway sold weapons to the militia",
        ),
        (  # "he" in a clause the parser took for a relative one
            "The minister resigned last month following accusations he misused public funds.",
            "The minister misused public funds",
        ),
        (  # "they": a plural subject that can be charged
            "Local residents denied accusations that they had dumped waste in the river.",
            "Local residents had dumped waste in the river",
        ),
        (
            "Labour MP John Smith has rejected claims that he misled parliament.",
            "John Smith misled parliament",
        ),
        (  # a noun between them that is no one "he" can be (a body, plural)
            "A council candidate will be questioned by detectives over claims he offered voters cash.",
            "A council candidate offered voters cash",
        ),
    ],
)
def test_a_pronoun_in_what_a_claim_says_is_the_subject_telling_of_the_claim(parse, text, expected):
    assert expected in abouts(parse, text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # someone else between them the pronoun may mean
        ("Acme denied claims by the regulator that it had hidden losses.", None),
        # a subject that cannot be charged ("tensions"): left
        (
            "Anger has grown amid allegations that they hid the report from staff.",
            "they hid the report from staff",
        ),
        # a sex the title says otherwise
        ("Ms Jones has rejected claims that he misled parliament.", "he misled parliament"),
    ],
)
def test_a_pronoun_the_grammar_does_not_bind_is_left(parse, text, kept):
    found = abouts(parse, text)
    assert not any(a.startswith(("Acme had", "Anger", "Ms Jones", "Jones")) for a in found)
    if kept is not None:
        assert kept in found


def test_a_placeholder_it_is_not_written_as_a_subject(parse):
    text = "The bank declined, insisting it would be unwise to publish the names of its clients."
    assert not any(a.startswith("The bank would") for a in abouts(parse, text))


def test_a_deed_charged_on_a_pronoun_is_told_of_the_person_it_stands_for(parse):
    text = (
        "Labour leader Gordon Brown spoke in Leeds. Once more, the Tories accused him of hiding the real "
        "cost of his spending plans."
    )
    assert "Gordon Brown hid the real cost of his spending plans" in abouts(parse, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the participle after the noun charged
            "Two directors accused of ignoring the safety rules resigned on Monday.",
            "Two directors ignored the safety rules",
        ),
        (
            "A former council leader accused of wasting public money resigned on Monday.",
            "A former council leader wasted public money",
        ),
        (  # a passive joined to a verb whose subject it shares
            "The party faced allegations of waste during its term, and was accused of failing to stop the "
            "floods in the south.",
            "The party failed to stop the floods in the south",
        ),
    ],
)
def test_a_gerund_charged_by_a_participle_is_told_of_whom_it_charges(parse, text, expected):
    assert expected in abouts(parse, text)


def test_a_participle_the_parser_hung_on_a_thing_is_not_told_of_it(parse):
    text = (
        "The trial of John Beck, a manager of city care homes accused of abusing dozens of boys, began in "
        "1991."
    )
    assert not any(a.startswith("city care homes") for a in abouts(parse, text))


def test_a_state_charged_by_a_participle_is_told_in_the_past(parse):
    text = "A former Ohio nurse accused of having sex with a patient took a plea deal on Monday."
    assert "A former Ohio nurse had sex with a patient" in abouts(parse, text)

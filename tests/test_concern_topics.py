"""A concern's topic reads alone as a phrase: a thing's "it" or "they" written as what the sentence names it
by, and no dateline or linking word left in front of it (concerns/topics.py; phrasing modelled on news
sentences, invented)."""

from __future__ import annotations

import pytest

from builder.extract.concerns import find_concerns
from builder.extract.concerns.topics import tidied
from builder.extract.referents.pronouns import spoken_of


def abouts(parse, text):
    return [(c.holder, c.about) for c in find_concerns(parse(text))]


@pytest.mark.parametrize(
    ("text", "pronoun", "expected"),
    [
        (  # the object of the verb a speaker's participle clause hangs on
            "Shop owners have slammed parking charges, saying they threaten the future of the high street.",
            "they",
            "charges",
        ),
        ("Two firms challenged the data law arguing it breached EU rules.", "it", "law"),
        # the number does not agree: "they" are the unions, not the plan
        ("Unions attacked the plan, saying they would strike in May.", "they", None),
        # no speaker's participle: "it" may be anything
        ("The firm criticised the law because it breached EU rules.", "it", None),
        # no criticism or challenge: "it" is the fine, not the bid
        ("She filed a claim to get her deposit back, saying it was withheld unfairly.", "it", None),
        # a person is no thing
        ("Fans booed the manager, saying he had failed the club.", "he", None),
    ],
)
def test_the_thing_a_speakers_participle_speaks_of(parse, text, pronoun, expected):
    token = next(t for t in parse(text).doc if t.lower_ == pronoun)
    found = spoken_of(token)
    assert (found.text if found is not None else None) == expected


def test_a_things_pronoun_in_a_topic_is_written_out(parse):
    text = "Shop owners have slammed parking charges, saying they threaten the future of the high street."
    assert abouts(parse, text) == [("Shop owners", "parking charges threaten the future of the high street")]


@pytest.mark.parametrize(
    ("sentence", "about", "expected"),
    [
        (  # a wire dateline opens the sentence and the topic
            "LONDON - Global efforts to cut emissions are threatened by a lack of collaboration, the "
            "agency said.",
            "LONDON - Global efforts to cut emissions are threatened by a lack of collaboration",
            "Global efforts to cut emissions are threatened by a lack of collaboration",
        ),
        (  # the preposition that links the topic to the cue
            "Some Russians were detained while protesting against the partial mobilisation.",
            "against the partial mobilisation",
            "the partial mobilisation",
        ),
        (  # the participle that links it to a criticism noun
            "The quarrel began with the controversy surrounding the naming of the new stadium.",
            "surrounding the naming of the new stadium",
            "the naming of the new stadium",
        ),
        (  # past the quote mark that opens the phrase
            'The mayor complained about "reckless spending" by the council.',
            "about reckless spending by the council",
            "reckless spending by the council",
        ),
        (  # a quote mark before the preposition: the phrase keeps it
            'Fans were "furious about" the price of tickets.',
            "about the price of tickets",
            "the price of tickets",
        ),
        (  # a quoted phrase that only opens the topic: no preposition leads it
            'The union said "reckless cuts" were to blame for the closures.',
            "reckless cuts were to blame for the closures",
            "reckless cuts were to blame for the closures",
        ),
        (  # a participle with no object is the phrase itself
            "He was charged over items belonging to Mr Lee.",
            "belonging to Mr Lee",
            "belonging to Mr Lee",
        ),
        (  # the preposition governs only its phrase, not the clause after it
            "For years the plan has failed the poorest families, critics said.",
            "For years the plan has failed the poorest families",
            "For years the plan has failed the poorest families",
        ),
        (  # no dateline: a capital word that is a name
            "Mr Lee warned that the scheme would fail.",
            "the scheme would fail",
            "the scheme would fail",
        ),
    ],
)
def test_a_topic_without_its_opening_words(parse, sentence, about, expected):
    doc = parse(sentence).doc
    assert tidied(about, doc[:]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a topic noun phrase is cut by the topic's length, not the noun phrase's
            "He fears for his children's safety and the health of his 90-year-old mother.",
            [("unattributed", "his children's safety and the health of his 90-year-old mother")],
        ),
        (  # a bare "the man" keeps the relative clause that says which man
            "She voiced her anger at the man who wants to take what is hers.",
            [("unattributed", "anger at the man who wants to take what is hers")],
        ),
        (  # a clause as subject stays the subject
            '"Going out at night is very dangerous," said resident Anna Petrova.',
            [("Anna Petrova", "Going out at night is very dangerous")],
        ),
        (  # "such a deal": the deal said before ("a great deal of talk" is an amount, not a deal)
            "There has been a great deal of talk about a possible arms deal between the two countries. "
            "Critics warned that such a deal would violate the treaty.",
            [("Critics", "the possible arms deal would violate the treaty")],
        ),
        (  # "such access": the access its own sentence said
            "Opponents say access to the archive would help, while archivists oppose such access.",
            [("archivists", "access to the archive")],
        ),
        (  # a headline quoted as a clause, in sentence case; names keep their capitals
            "Critics have argued that China Courting Iran Shows Contempt for Global Trade Rules.",
            [("Critics", "China courting Iran shows contempt for global trade rules")],
        ),
        (  # no headline: names in a row are names
            "Critics have warned that Prime Minister Tony Blair will lose the vote.",
            [("Critics", "Prime Minister Tony Blair will lose the vote")],
        ),
    ],
)
def test_a_topic_reads_as_a_clean_phrase(parse, text, expected):
    assert abouts(parse, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a deed charged is told as done, in the past, whatever the charge's tense
            "Kyiv accuses Russian forces of shelling near the nuclear plant.",  # Kyiv stands for Ukraine
            [("Ukraine", "Russian forces shelled near the nuclear plant")],
        ),
        (  # a deed denied ("of not paying") keeps its negation
            "The union accused the council of not paying its cleaners.",
            [("union", "the council did not pay its cleaners")],
        ),
        (  # a deed said to go on ("still"): told as going on
            "The minister accused the rebels of still holding the airport.",
            [("minister", "the rebels are still holding the airport")],
        ),
        (  # a passive deed
            "Critics accused the minister of having been misled by officials.",
            [("Critics", "the minister was misled by officials")],
        ),
        (  # a state, in the tense of the charge: "having" is "had"
            "The judge branded the family as having improper motives against the maid.",
            [("judge", "the family had improper motives against the maid")],
        ),
        (  # a label given: "called X unfair"
            'In 2010, the group called the airline\'s policy "discriminatory and unfair".',
            [("group", "the airline's policy was discriminatory and unfair")],
        ),
        (  # the subject of a passive criticism verb is the one charged
            "The agency was criticised for being too slow in providing relief.",
            [("unattributed", "The agency was too slow in providing relief")],
        ),
        (  # a noun for a deed: the deed by whom it is charged of
            "Drivers have accused the bus operator of unfair work practices.",
            [("Drivers", "unfair work practices by the bus operator")],
        ),
        (  # no clause is charged: what the criticism is over, told of its target in the passive
            "Residents criticised the council over the closure of the library.",
            [("Residents", "the council was criticised over the closure of the library")],
        ),
    ],
)
def test_a_charge_is_written_as_the_clause_it_claims(parse, text, expected):
    assert abouts(parse, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a label the parser hung on the object, after it
        (
            "The opposition has branded the proposal unworkable.",
            [("opposition", "the proposal is unworkable")],
        ),
        # a one-word label after "as"
        (
            'The inspector described the contractor\'s conduct as "reckless".',
            [("inspector", "the contractor's conduct was reckless")],
        ),
        # an adjective before its noun is no label
        ("Critics called the unfair decision a scandal.", [("Critics", "the unfair decision was a scandal")]),
    ],
)
def test_a_label_is_written_as_a_clause(parse, text, expected):
    assert abouts(parse, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what the critic says alongside tells what is wrong; its "it" is the thing criticised
        (
            "Unions condemned the plan, saying it would cost 40 jobs.",
            [("Unions", "the plan would cost 40 jobs")],
        ),
        (
            "Doctors criticised the new rules, saying patients would wait longer for treatment.",
            [("Doctors", "patients would wait longer for treatment")],
        ),
        # a "he" the criticised thing names: the thing stays in front
        (
            "A party spokesman criticised John Smith's record, saying crime had risen when he was minister.",
            [("party spokesman", "John Smith's record: crime had risen when he was minister")],
        ),
        # a "they" that may be the critics, a person's "he": the thing criticised alone, as before
        ("Unions condemned the plans, saying they would strike.", [("Unions", "the plans")]),
        ("Fans criticised the manager, saying he had failed the club.", [("Fans", "the manager")]),
        # a reason given: the charge, not what is said alongside
        (
            "Residents criticised the council for closing the library, saying it was short-sighted.",
            [("Residents", "the council closed the library")],
        ),
    ],
)
def test_what_a_critic_says_alongside_is_the_topic(parse, text, expected):
    assert abouts(parse, text) == expected


def test_a_charge_on_a_pronoun_is_not_made_a_clause_with_it_as_subject(parse):
    """ "accused me of sensationalizing": "me sensationalized" is no English."""
    assert all(
        " sensationalized" not in about
        for _, about in abouts(parse, "You could accuse me of sensationalizing.")
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a topic that is only a pronoun: what "it" is, the line cannot say
        ("The Lib Dems also oppose it.", []),
        (
            "The Lib Dems also oppose the plans to close the library.",
            [("Lib Dems", "the plans to close the library")],
        ),
        # a thing's "it" as the subject of the topic's clause, said of nothing the line names
        ("Critics warned that it would fail.", []),
        # an "it" that holds the place of a clause after its verb reads
        (
            "Critics warned that it would be wrong to close the library.",
            [("Critics", "it would be wrong to close the library")],
        ),
        (
            '"It is a great shame that the council never listens to its tenants," said Mr Hale.',
            [("Hale", "It is a great shame that the council never listens to its tenants")],
        ),
        # a charge written as a clause is no bare description ("criticised the agency for spending …")
        (
            "The inspector general criticised the agency for spending $630,000 on adverts.",
            [("inspector general", "the agency spent $630,000 on adverts")],
        ),
    ],
)
def test_a_topic_that_does_not_say_what_it_is_about_is_not_shown(parse, text, expected):
    assert abouts(parse, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a protest or a feeling aimed at someone: the act before whom it aims at
        (
            "Hundreds of fans gathered outside the ground to protest against the club's owners.",
            [("fans", "protest against the club's owners")],
        ),
        (
            "Angry parents vented their fury at the council.",
            [("Angry parents", "fury at the council")],
        ),
        ("Workers complained about the manager.", [("Workers", "complaints about the manager")]),
        # a thing protested against or complained about says what is wrong: left as it is
        ("Residents protested against the new road.", [("Residents", "the new road")]),
        ("Residents complained about the noise.", [("Residents", "the noise")]),
    ],
)
def test_a_protest_aimed_at_someone_names_the_act(parse, text, expected):
    assert abouts(parse, text) == expected

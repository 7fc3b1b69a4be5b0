"""A concern's topic is a phrase that ends where the grammar ends it, not a fragment (concerns/cues.py,
charges.py, lengths.py): a participle after the cue noun carries the topic, not a verb-first clause; a
subject the parser hung on the reporting verb keeps its phrase; two joined deeds charged stay both; a long
topic is cut only where every word kept has what it needs. Sentences invented in the style of news."""

from __future__ import annotations

import pytest

from builder.extract.concerns import find_concerns
from builder.extract.concerns.lengths import GRACE, MAX_ABOUT_WORDS, shortened
from builder.extract.phrasing import words


def abouts(parse, text):
    return [c.about for c in find_concerns(parse(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a participle of aiming: its "at" names whom the criticism aims at
            "The coach brushed aside the latest criticism aimed at his young squad.",
            "his young squad",
        ),
        ("The manager shrugged off the criticism directed at the club's owners.", "the club's owners"),
        (  # "about" inside the participle's phrase, not the place it was raised at
            "Concerns raised at the meeting about the cost of the bridge were ignored.",
            "the cost of the bridge",
        ),
        ("Fears voiced over the closure of the plant have grown in the town.", "the closure of the plant"),
    ],
)
def test_a_participle_after_the_cue_noun_carries_its_topic(parse, text, expected):
    assert expected in abouts(parse, text)


def test_a_participle_after_the_cue_noun_is_no_topic_of_its_own(parse):
    found = abouts(parse, "Concerns raised at the meeting about the cost of the bridge were ignored.")
    assert not any(a.startswith(("raised", "aimed", "voiced")) for a in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "for next year" hung on "warned" belongs to the subject "the budget"
            "The minister warned the budget for next year was unrealistic.",
            "the budget for next year was unrealistic",
        ),
        (  # a subject right before its clause, as before
            "The chairman conceded his post at the bank could be under threat if the merger fails.",
            "his post at the bank could be under threat if the merger fails",
        ),
    ],
)
def test_a_subject_taken_for_the_reporting_verbs_object_keeps_its_phrase(parse, text, expected):
    assert expected in abouts(parse, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the first gerund a verb after "of", the second hung on the charging verb
            "It accuses President Okafor of masterminding and directing the raids to boost his ratings.",
            "President Okafor masterminded and directed the raids to boost his ratings",
        ),
        (  # the first gerund read as a noun, the second hung on the charging verb
            "The opposition accused the minister of hiding and destroying the records.",
            "the minister hid and destroyed the records",
        ),
        (
            "The dossier accuses the governor of masterminding and directing the purge to protect his "
            "allies.",
            "the governor masterminded and directed the purge to protect his allies",
        ),
    ],
)
def test_two_joined_deeds_charged_are_both_told(parse, text, expected):
    assert expected in abouts(parse, text)


def test_a_noun_charged_stays_a_noun(parse):
    assert "fraud by the mayor" in abouts(parse, "Critics accused the mayor of fraud.")


def test_a_long_topic_is_not_cut_inside_an_of_phrase_or_a_predicate(parse):
    text = (
        "Ms Reed warned that the real danger for the hundreds of families living along the river would be "
        "from the sudden release of water held back behind the old dam upstream."
    )
    found = abouts(parse, text)
    assert not any(a.endswith(("the sudden release", "would be")) for a in found)
    assert any(a.endswith("behind the old dam upstream") for a in found)


@pytest.mark.parametrize(
    "text",
    [
        (  # a clause to stop after, before "but" and a clause of its own
            "The inspector warned that the new rules had done too little to protect children but a far "
            "better course would be for elected councils to draw up a minimum care standard with their "
            "local schools."
        ),
        (
            "The charity warned that more than half of the food parcels handed out by its volunteers in the "
            "last two winters have gone to working parents and a third have gone to those over the age of 70."
        ),
    ],
)
def test_a_long_topic_still_stops_where_a_clause_ends(parse, text):
    found = abouts(parse, text)
    assert found and all(len(a.split()) <= MAX_ABOUT_WORDS for a in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the addressee after "to" is left; the topic hung on the sending verb is taken
            "The ministry sent a formal protest to the Dutch government over the arrests.",
            "the arrests",
        ),
        (
            "Residents lodged complaints to the council about the noise from the quarry.",
            "the noise from the quarry",
        ),
        # "to" after an objection to a thing is what it is about
        ("The club lodged an objection to the fixture change.", "the fixture change"),
    ],
)
def test_whom_a_protest_is_sent_to_is_not_its_topic(parse, text, expected):
    assert expected in abouts(parse, text)


def test_a_protest_with_only_its_addressee_has_no_topic(parse):
    assert "the Dutch government" not in abouts(
        parse, "The ministry sent a formal protest to the Dutch government."
    )


def test_a_charge_hung_on_the_accuseds_relative_clause_is_told(parse):
    text = (
        "Critics have accused the former mayor of Turin who became prime minister last year of trying to "
        "tighten his grip on power."
    )
    assert "the former mayor of Turin tried to tighten his grip on power" in abouts(parse, text)


def test_a_topic_a_few_words_over_the_limit_is_not_cut_at_a_preposition(parse):
    text = (
        "The council warned that the new road scheme would cut the village off from the town centre and "
        "leave hundreds of elderly residents without any regular bus service to the hospital in Leeds."
    )
    found = abouts(parse, text)
    assert any(a.endswith("without any regular bus service to the hospital in Leeds") for a in found)
    assert MAX_ABOUT_WORDS < max(len(a.split()) for a in found) <= MAX_ABOUT_WORDS + GRACE


def test_a_topic_far_over_the_limit_is_still_cut_at_a_preposition(parse):
    text = (
        "The council warned that the new road scheme would cut the village off from the town centre for "
        "several years and leave hundreds of elderly residents without any regular bus service to the only "
        "hospital in the city of Leeds."
    )
    found = abouts(parse, text)
    assert found and all(len(a.split()) <= MAX_ABOUT_WORDS for a in found)


def test_a_topic_a_few_words_over_the_limit_is_still_cut_where_a_clause_ends(nlp):
    doc = nlp(
        "the plan would close two small schools in the north of the county, and the families who live "
        "there would have to drive their children forty miles to school"
    )
    kept = shortened(list(doc))
    assert MAX_ABOUT_WORDS < len(doc) <= MAX_ABOUT_WORDS + GRACE
    assert words(kept) == "the plan would close two small schools in the north of the county"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "ie ..." between two dashes is an aside, whatever the parser hangs its noun on
            "Professor Jane Hill said that single-step checking - ie passwords - is vulnerable, and that "
            "firms must act.",
            "single-step checking is vulnerable",
        ),
        (
            "The expert warned that two-step login - ie a code sent by text - is vulnerable to simple "
            "attacks.",
            "two-step login is vulnerable to simple attacks",
        ),
        (  # the dash that closes the pair opens no aside: "of the valley" stays
            "Campaigners warned that at least 3,000 homes - or 7,500 residents - of the valley could lose "
            "their water supply this summer.",
            "at least 3,000 homes - or 7,500 residents - of the valley could lose their water supply this "
            "summer",
        ),
    ],
)
def test_an_aside_between_two_dashes_goes_whole_and_the_closing_dash_opens_none(parse, text, expected):
    assert expected in abouts(parse, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a dash inside a word is no aside mark
            "The union said the leaflets were anti-union and deeply misleading.",
            "the leaflets were anti-union and deeply misleading",
        ),
        (  # one dash, no pair: what follows it is kept as the parser left it
            "The union said the plan was a disaster - and unfair to staff too.",
            "the plan was a disaster - and unfair to staff too",
        ),
    ],
)
def test_a_dash_that_pairs_with_no_other_cuts_nothing_more(parse, text, expected):
    assert expected in abouts(parse, text)

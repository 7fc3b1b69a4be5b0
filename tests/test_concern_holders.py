"""Who holds a concern told through someone who relays it: table tests of invented sentences.

The rules live in builder/extract/concerns/holders.py and actors/speech.py (`quoted_as`)."""

from __future__ import annotations

import pytest

from builder.core.model import UNATTRIBUTED
from builder.extract.concerns import find_concerns


def holders_of(parse, text):
    return [c.holder for c in find_concerns(parse(text))]


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (  # the one quoted speaks; the writer who quotes only relays
            "Radio Nord quoted the judge's colleagues as saying that the courts were failing to protect "
            "judges.",
            "judge's colleagues",
        ),
        (
            "The Evening Star quoted doctors at the clinic as saying the new rules were dangerous.",
            "doctors at the clinic",
        ),
        (  # a passive of quoting: its subject is quoted
            "The dockers' union was quoted as saying the new rota was unsafe for night crews.",
            "dockers' union",
        ),
        (  # cited as warning
            "The agency cited a senior diplomat as warning that the truce could collapse within days.",
            "senior diplomat",
        ),
        (  # a pronoun in the quoted words is the one quoted, not the writer
            "The Daily Post quoted farmers as saying they feared the river would flood their fields.",
            "farmers",
        ),
        (  # who relays is not part of the holder's name
            "Economists quoted by the newspaper warned that the currency could fall further.",
            "Economists",
        ),
    ],
)
def test_the_one_quoted_holds_what_a_writer_relays(parse, text, holder):
    assert holders_of(parse, text) == [holder]


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (  # the writer's own judgement, not a quotation: the writer holds it
            "The Evening Star said the new rules were dangerous.",
            "Evening Star",
        ),
        (  # "reported" a thing, not someone as saying: the reporter's subject speaks after "as"
            "The council reported the damage, as inspectors warned the bridge could collapse.",
            "inspectors",
        ),
    ],
)
def test_a_writer_holds_its_own_words(parse, text, holder):
    assert holders_of(parse, text) == [holder]


@pytest.mark.parametrize(
    ("text", "holders"),
    [
        (  # "the pair" stands for the two people named together before it
            "Ann Lee and Bob Smith fled the camp in May. Now the pair are scared they will be found by the "
            "guards.",
            ["Ann Lee", "Bob Smith"],
        ),
        (  # reached through "they" said by the pair
            "Police spoke to Tom Hale, Bob Smith and Carl Moss. The trio said they were worried about "
            "reprisals.",
            ["Tom Hale and Bob Smith and Carl Moss"],
        ),
        (  # a pair is not three: the people named with another number are not who it stands for
            "Nora Quist met Bob Smith, Ian Webb and Carl Moss on Friday. The pair said the plan was a "
            "disaster.",
            ["pair"],
        ),
        (  # a person named by age whom the article does not name is shown by age, not unattributed
            "The 20-year-old, who was paid £50 a week, said: 'What upset me most was the cruelty to "
            "animals.'",
            ["20-year-old"],
        ),
        (  # a role with a definite owner ("the club's head coach") is the person the article gives it
            "Coach Carl Dunn was sacked on Friday. 'The board has betrayed the fans,' said the club's head "
            "coach.",
            ["Carl Dunn"],
        ),
        (  # a named owner must fit: a "Rovers manager" is not United's manager
            "Rovers manager Tim Berg praised his side. 'I am worried about the injuries,' said United's "
            "manager.",
            ["United's manager"],
        ),
    ],
)
def test_a_described_holder_is_the_people_the_article_names(parse, text, holders):
    assert holders_of(parse, text) == holders


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (  # the age set beside a name earlier says who "the 15-year-old" is, whatever the sentence before
            "Mia Dahl (pictured), 15, was detained with her cousin, 19-year-old Sven Aune. Officers searched "
            "the flat on Friday. Court records show the 15-year-old was angry that her father had sold her "
            "horse.",
            "Mia Dahl",
        ),
        (  # an age written before a name; "he" in his words is the one of that age
            "Mia Dahl (pictured), 15, was detained with her cousin, 19-year-old Sven Aune. Officers searched "
            "the flat on Friday. The 19-year-old said he feared the hearing would be unfair.",
            "Sven Aune",
        ),
    ],
)
def test_a_person_named_by_age_is_the_one_given_that_age(parse, text, holder):
    assert holders_of(parse, text) == [holder]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a charge a participle lays with no accuser named is nobody's the sentence names, not the paper's
            "Shareholders will vote on two directors accused of misleading the board, the paper said.",
            [(UNATTRIBUTED, "two directors misled the board")],
        ),
        (
            "The radio station said it would interview a coach criticised for bullying young players.",
            [(UNATTRIBUTED, "a coach bullied young players")],
        ),
        (  # the reporter's own judgement stays the reporter's
            "The paper said two directors had misled the board.",
            [("paper", "two directors had misled the board")],
        ),
    ],
)
def test_a_charge_relayed_with_no_accuser_is_not_the_reporters(parse, text, expected):
    assert [(c.holder, c.about) for c in find_concerns(parse(text))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the worried are in the reported words: theirs, once, not also the reporter's
            "Growers are worried that the frost will ruin the crop, the ministry said.",
            [("Growers", "the frost will ruin the crop")],
        ),
        (
            "The ministry said growers were worried that the frost would ruin the crop.",
            [("growers", "the frost would ruin the crop")],
        ),
        (  # the reporter's own worry stays the reporter's
            "The ministry said it was worried that the frost would ruin the crop.",
            [("ministry", "the frost would ruin the crop")],
        ),
        (  # the reporter's own judgement stays the reporter's
            "The ministry said the frost would ruin the crop.",
            [("ministry", "the frost would ruin the crop")],
        ),
    ],
)
def test_a_feeling_in_reported_words_is_the_feelers_not_the_reporters(parse, text, expected):
    assert [(c.holder, c.about) for c in find_concerns(parse(text))] == expected


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (  # a document that frames a clause ("In a note, X disputed …") is X's when it speaks later
            "In a briefing note sent to MPs, Harbour Energy disputed the figures. 'The projections are "
            "wildly misleading,' the briefing adds.",
            "Harbour Energy",
        ),
        (
            "In a statement, the Tarn Valley Trust said the figures were flawed. The statement added that "
            "the new rules were unfair to small charities.",
            "Tarn Valley Trust",
        ),
        (  # a document nobody is said to have written speaks as itself, not unattributed
            "'The projections are wildly misleading,' the briefing adds.",
            "briefing",
        ),
    ],
)
def test_a_framing_document_is_its_authors(parse, text, holder):
    assert holders_of(parse, text)[-1] == holder


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # "according to X" frames the clause as X's words
        ("According to the union, the trust has failed its nurses.", "union"),
        (
            "The new timetable, according to rail campaigners, is a disaster for commuters.",
            "rail campaigners",
        ),
        ("According to Ms Hale, the council wasted millions on the stadium.", "Hale"),
    ],
)
def test_according_to_names_who_criticises(parse, text, holder):
    assert any(holder in h for h in holders_of(parse, text))


@pytest.mark.parametrize(
    "text",
    [
        # "according to" a source of facts: nothing judged, no concern
        "According to the statistics office, exports rose by 4% in March.",
        "According to the company, the new store will open in May.",
        # an incident told "according to" a source: a fact it gives, no judgement
        "According to the newspaper, the threats were sent to the two schools by post.",
        "According to witnesses, the driver damaged three cars before he fled.",
        # a harm told in the passive as having befallen its subject, no one named who did it
        "According to the inspectors, hundreds of homes were endangered by the leak.",
        "According to the coastguard, the search was hampered by high winds.",
    ],
)
def test_according_to_with_nothing_judged_gives_no_concern(parse, text):
    assert holders_of(parse, text) == []


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # the same harm laid on someone, foreseen, or a verb that charges a doer: the source's judgement
        ("According to the tenants, their lives were endangered by the landlord.", "tenants"),
        ("According to the inspectors, hundreds of homes could be endangered by the leak.", "inspectors"),
        ("According to the union, the cleaners were exploited.", "union"),
    ],
)
def test_according_to_a_harm_laid_foreseen_or_charged_stays(parse, text, holder):
    assert any(holder in h for h in holders_of(parse, text))


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # the author of a document, set off by commas before the verb
        (
            "The report, by the National Audit Office, warns that the scheme is badly run.",
            "National Audit Office",
        ),
        (
            "The review, by the Care Quality Commission, warned the ward was unsafe.",
            "Care Quality Commission",
        ),
    ],
)
def test_an_author_set_off_by_commas_holds_the_document(parse, text, holder):
    assert holders_of(parse, text) == [holder]


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # "the company" after a public body and a business is the business, not the body
        (
            "The FBI asked Norcom to unlock the phone. The company refused, saying the order was dangerous.",
            "Norcom",
        ),
        (
            "The European Commission fined Vantor Holdings on Monday. The firm said the fine was unfair.",
            "Vantor Holdings",
        ),
        # with the business not named as an actor, the description stays as written
        ("The European Commission fined Vantor on Monday. The firm said the fine was unfair.", "firm"),
        # the business not named as an actor: "the company" stays as written, not another body named before
        (
            "Reporters at the Daily Courier asked for comment. Earlier, the FBI had asked the phone maker to "
            "write new software. The company refused, saying it would be wrong to weaken security.",
            "company",
        ),
        # a public body may still be "the agency" or "the organisation"
        (
            "The Food Standards Agency inspected the plant on Monday. The agency said hygiene was appalling.",
            "Food Standards Agency",
        ),
    ],
)
def test_a_company_word_is_never_a_public_body(parse, text, holder):
    assert holders_of(parse, text) == [holder]

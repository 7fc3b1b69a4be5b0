"""Names and kinds of actors on real phrasing: a name holds no quote mark, one body is one row, teams and
places named like people are what they are. Phrasing modelled on BBC and Daily Mail reports (written for
these tests)."""

from __future__ import annotations

import pytest

from builder.core.model import Article
from builder.extract import analyse
from builder.extract.briefing import extract
from builder.nlp.spacy_model import load_nlp


def actors(text: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    return {a.name: (a.kind, a.roles) for a in analyse(text).actors.actors}


def kinds(text: str) -> dict[str, str]:
    return {name: kind for name, (kind, _) in actors(text).items()}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            'Surrey skipper Gareth Batty told BBC Radio London:"Everyone is stepping up to the plate."',
            "BBC Radio London",
        ),
        ('Yorkshire captain Alex Lees:"We are all gutted. We have let ourselves down."', "Alex Lees"),
        ('Seamer Matt Taylor told BBC Radio Bristol:"There\'s definitely a bit on offer."', "Matt Taylor"),
    ],
)
def test_a_name_ends_before_a_glued_colon_and_quote(text, name):
    found = kinds(text)
    assert name in found, found
    assert not any('"' in n or ":" in n for n in found), found


def test_one_name_shown_is_one_actor():
    text = (
        "Fighters joined Islamic State, according to research by the United Nations. Others came, according "
        "to a report by the United Nations The number of foreign fighters rose. UN sanctions failed."
    )
    names = [a.name for a in analyse(text).actors.actors]
    assert names.count("United Nations") == 1, names


def briefing_actors(text: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    """The actors of the whole briefing (descriptions resolved and added as roles)."""
    article = Article("a", "a", "a.txt", None, None, None, None, (), tuple(text.split("\n\n")), "")
    briefing = extract(article, load_nlp()(article.text))
    return {a.name: (a.kind, a.roles) for a in briefing.actors}


@pytest.mark.parametrize(
    ("text", "person", "wrong"),
    [
        (  # a title written before another person's name is no description of the prime minister
            "Prime Minister David Cameron praised the plan.\n\nThe former Deputy Prime Minister John "
            "Prescott said Mr Pickles had given a 'car crash' interview.",
            "David Cameron",
            "former Deputy Prime Minister",
        ),
        (  # a description whose capitalised words are not the person's role names someone else
            "Joey Essex, Eddie Izzard and Coronation Street actress Sally Lindsay were there. Reality star "
            "Joey Essex posed for a selfie.\n\nThe former Coronation Street star backed the plans.",
            "Joey Essex",
            "former Coronation Street star",
        ),
        (  # an animal described is no person's role
            "Shepherd John Hendy helped deliver the young lamb near Melton Mowbray. Suffolk black lamb Jean "
            "is seven years old.\n\nJean Morris from the farm said the lamb was the biggest they had seen.",
            "Jean Morris",
            "Suffolk black lamb",
        ),
    ],
)
def test_a_role_is_one_stated_of_that_person(text, person, wrong):
    found = briefing_actors(text)
    assert person in found, found
    assert wrong not in found[person][1], found[person]


@pytest.mark.parametrize(
    ("text", "team"),
    [
        (
            "Having lost to Durham in the semi-finals last weekend, Yorkshire were hoping to atone by "
            "reaching the final.",
            "Yorkshire",
        ),
        ("Glamorgan are being led by Michael Hogan for the first time this season.", "Glamorgan"),
        ("Glamorgan batsman Nick Selman told BBC Wales Sport he was pleased with the pitch.", "Glamorgan"),
    ],
)
def test_a_county_that_plays_is_a_team(text, team):
    assert kinds(text).get(team) == "organisation", kinds(text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Bresnan and Waite were left to rue the dropped catch.", "Bresnan"),  # a list takes the plural
        ("Tim Bresnan made 68 but was the last man out.", "Tim Bresnan"),
    ],
)
def test_a_player_stays_a_person(text, person):
    assert kinds(text).get(person) == "person", kinds(text)

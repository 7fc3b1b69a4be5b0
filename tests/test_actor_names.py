"""Names and kinds of actors on real phrasing: a name holds no quote mark, one body is one row, a role is one
stated of that actor, teams and places named like people are what they are. Phrasing modelled on BBC and
Daily Mail reports (written for these tests; names invented)."""

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
            'Kent skipper Owen Marsh told BBC Radio Kent:"Everybody played their part today."',
            "BBC Radio Kent",
        ),
        ('Derbyshire captain Rob Tolley:"We are so disappointed. We let it slip."', "Rob Tolley"),
        ('Seamer Ian Cobb told BBC Radio Leeds:"There\'s some help in the pitch."', "Ian Cobb"),
    ],
)
def test_a_name_ends_before_a_glued_colon_and_quote(text, name):
    found = kinds(text)
    assert name in found, found
    assert not any('"' in n or ":" in n for n in found), found


def test_one_name_shown_is_one_actor():
    text = (
        "Recruits joined the militia, a study by the United Nations found. Many travelled, says a paper by "
        "the United Nations The total of recruits grew. UN monitors agreed."
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
            "Prime Minister Tom Harlow backed the scheme.\n\nThe former Deputy Prime Minister Ken Pollard "
            "said the minister had given a dreadful interview.",
            "Tom Harlow",
            "former Deputy Prime Minister",
        ),
        (  # a description whose capitalised words are not the person's role names someone else
            "Dean Foster, Ella Nye and Emmerdale actress Rita Bell were there. Reality star Dean Foster "
            "posed for a photo.\n\nThe former Emmerdale star backed the pledge.",
            "Dean Foster",
            "former Emmerdale star",
        ),
    ],
)
def test_a_role_is_one_stated_of_that_person(text, person, wrong):
    found = briefing_actors(text)
    assert person in found, found
    assert wrong not in found[person][1], found[person]


@pytest.mark.parametrize(
    ("role", "kept"),
    [
        ("Suffolk black lamb", False),  # "Suffolk black lamb Mabel": an animal, not the farmer Mabel Hart
        ("young lamb", False),
        ("Texel ewe", False),
        ("Queen", True),  # an insect by WordNet's commonest sense, a title before a name
        ("Coronation Street actress", True),
        ("Tory MP", True),
        ("seamer", True),  # a word WordNet lacks
    ],
)
def test_a_role_describes_a_person_not_an_animal(role, kept):
    from builder.extract.actors.table import _of_a_person

    assert _of_a_person(role) is kept


@pytest.mark.parametrize(
    ("text", "team"),
    [
        (
            "After losing to Essex in the semi-final last week, Lancashire were hoping to make amends.",
            "Lancashire",
        ),
        ("Somerset are being captained by Jim Pike for the rest of the month.", "Somerset"),
        ("Glamorgan batsman Huw Bevan told BBC Wales he was pleased.", "Glamorgan"),
    ],
)
def test_a_county_that_plays_is_a_team(text, team):
    assert kinds(text).get(team) == "organisation", kinds(text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Smith and Jones were left to rue the dropped catch.", "Jones"),  # a list takes the plural
        ("Sam Pryce made 54 but was the ninth man out.", "Sam Pryce"),
    ],
)
def test_a_player_stays_a_person(text, person):
    assert kinds(text).get(person) == "person", kinds(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The foal was born near Market Harborough, Leicestershire, on Tuesday.", "Market Harborough"),
        ("The foal was born near Market Harborough, Leicestershire, on Tuesday.", "Leicestershire"),
        (
            "Halton Barracks has served the town with honour for two centuries, the MP said.",
            "Halton Barracks",
        ),
        ("Shadow Health Secretary Ann Pryor, MP for Llanelli, said the move was wrong.", "Llanelli"),
        (
            "The comedian spoke to a crowd at Warrington's Parr Hall. At the rally in Warrington, he spoke.",
            "Warrington",
        ),
        ("The tremor reached as far as Milan and Florence, reports said.", "Florence"),
        ("Manchester wins the party conference. It will be held in Manchester, not Blackpool.", "Manchester"),
    ],
)
def test_towns_counties_and_sites_are_places(text, name):
    assert kinds(text).get(name) in {"place", None}, kinds(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The papers were seen by a QC and two officials.", "QC"),
        ("Survival expert Ray Mears said that he backs the plan.", "Survival"),
        ("The papers were drafted with the help of Solicitor General Ann Pryor.", "Solicitor General"),
        (
            "Transport Secretary Ann Pryor said trains would run. The Transport Secretary said it was safe.",
            "Transport",
        ),
    ],
)
def test_titles_portfolios_and_common_words_are_not_actors(text, absent):
    assert absent not in kinds(text), kinds(text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The report was written by Rupert Hale QC, a member of the chambers.", "Rupert Hale"),
        ("Survival expert and TV star Ray Mears said that he backs the plan.", "Ray Mears"),
        ("The gala was attended by Dave Lister, Joey Barton and Sally Fenton.", "Dave Lister"),
        (
            "Seamer Jack Pomfret took three wickets. Fast bowler Pomfret (3-40) then struck again.",
            "Jack Pomfret",
        ),
    ],
)
def test_a_person_the_model_took_for_a_body_is_a_person(text, person):
    assert kinds(text).get(person) == "person", kinds(text)


@pytest.mark.parametrize(
    ("name", "forms"),
    [
        ("Durham, County", {"Durham", "County Durham"}),
        ("Bristol, City of", {"Bristol"}),
        ("Swansea [Abertawe GB-ATA]", {"Swansea"}),
        ("North Yorkshire", {"North Yorkshire", "Yorkshire"}),
        ("Vale of Glamorgan, The", {"Vale of Glamorgan", "Glamorgan"}),
        ("West Coast", {"West Coast"}),  # "Coast" is a common noun, no county
    ],
)
def test_the_forms_news_writes_a_county_in(name, forms):
    from builder.data.make_regions import written_forms

    assert written_forms(name) == forms


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a place named before a word for a place or a natural feature stays a place
        ("Fighting has displaced thousands on the southern Luzon island.", "Luzon", "place"),
        ("The firm won an order for a network in the Sichuan province of China.", "Sichuan", "place"),
        ("Tension rose in the Gulf region after the attacks.", "Gulf", "place"),
        # a building named by ordinary words is no office ("Solicitor General" is one)
        ("The final was played at the National Hockey Centre on Sunday.", "National Hockey Centre", "place"),
        # a body beside the city it is in stays a body
        ("Paying agent: First Lakeside Bank, Detroit.", "First Lakeside Bank", "organisation"),
    ],
)
def test_a_place_or_a_body_by_the_words_around_it(text, name, kind):
    assert kinds(text).get(name) == kind, kinds(text)


def test_a_city_in_a_headline_does_not_make_the_team_named_after_it_a_place():
    from spacy.tokens import Span

    from builder.extract.actors.kinds import a_place_by_its_words

    doc = load_nlp()("BRADFORD 1996-08-31 Bradford Bulls beat Leeds on Saturday.")
    city, team = Span(doc, 0, 1, label="GPE"), Span(doc, 2, 4, label="ORG")
    assert not a_place_by_its_words([city, team])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body's initials the model ran into the name of a person holding a post in it
        ("The scheme won praise from the chairman of BT Mike Spade. He said it was a fine idea.",
         {"BT": "organisation", "Mike Spade": "person"}),
        ("The deal was backed by the chief executive of IAG Dan Carver, who said he was pleased.",
         {"IAG": "organisation", "Dan Carver": "person"}),
        # a part of the body named by a place, or no person said to be there, stays one name
        ("The presenter of BBC Radio Kent said he was sorry.", {"BBC Radio Kent": "organisation"}),
        ("The scheme won praise from the chairman of BT Mike Spade.", {}),
    ],
)  # fmt: skip
def test_a_body_and_the_person_holding_a_post_in_it_are_two_names(text, expected):
    found = kinds(text)
    assert all(found.get(name) == kind for name, kind in expected.items()), found
    assert "BT Mike Spade" not in found or not expected

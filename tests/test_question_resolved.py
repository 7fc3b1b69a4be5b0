"""A question that keeps a reference the sentences before explain is written with the article's named thing
when the article makes it sure ("the Frenchman" → the person the story follows, "the decision" → "the
decision of the league panel" its own sentence said before), and is not asked when it does not; a description
with a phrase of its own that says which one ("the driver in the blue van") is understood alone (invented
sentences in the phrasing of news reports)."""

from __future__ import annotations

import pytest

from builder.extract.questions.alone import demonym_person
from tests.extracted import questions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a nationality for the one person the story follows and named last a few sentences back
        (
            "Thierry Dubois is working hard to get over a knee injury, Swansea said. Dubois is training "
            "with a physio in Lyon. Scans showed a small tear. The Frenchman hopes to return for the derby "
            "against Hull on May 9.",
            "Will Thierry Dubois return for the derby against Hull on May 9?",
        ),
        # the noun said before in its own sentence with the phrase that says which one
        (
            'A league panel banned two players on Monday. Kelso Rovers - which said it was "deeply shocked" '
            "by the decision of the league panel - is weighing whether to fight the decision at the "
            "High Court.",
            "Will Kelso Rovers fight the decision of the league panel at the High Court?",
        ),
        # a body called by the noun its name ends in
        (
            "Leeds City Council approved the parking scheme in May, a spokesman said. Residents objected. "
            "The council is expected to publish a review next week.",
            "Will Leeds City Council publish a review next week?",
        ),
        # a place phrase with a word of its own tells the driver apart
        (
            "A blue van hit a cyclist on Mill Road on Sunday. The driver in the blue van, who fled the "
            "scene, is under investigation by police.",
            "Pending: the driver in the blue van is under investigation by police",
        ),
        (
            "A blue van hit a cyclist on Mill Road on Sunday. The driver of the blue van that drove off is "
            "still under investigation by detectives.",
            "Pending: the driver of the blue van is still under investigation by detectives",
        ),
        # what the subject is said to be is no reference to anything before
        (
            "Early buyers drive sales of new phones. But Asia's shoppers may be the early buyers.",
            "Could Asia's shoppers be the early buyers?",
        ),
        # a possessor's words say which one
        (
            "Fires burn across the world's largest forest. The grim news from the forest will likely add to "
            "pressure on President Ana Lobo.",
            "Will the grim news from the world's largest forest add to pressure on President Ana Lobo?",
        ),
    ],
)
def test_a_reference_the_article_names_is_written_out(parse, text, expected):
    found = questions(parse, text)
    assert expected in found, found


@pytest.mark.parametrize(
    "text",
    [
        # a nationality with words of its own: maybe someone the article does not name
        "Tom Dale beat Karl Huber in the final. Dale played well. Fans said the tall Austrian may retire "
        "next year.",
        # two people named as often: which one, not sure
        "Thierry Dubois and Marc Fournier trained in Lyon, Swansea said. Dubois and Fournier flew home on "
        "Monday. The Frenchman hopes to return for the derby against Hull on May 9.",
        # a thing whose noun a company's name holds is not that company
        "Tidal Ltd plans a lagoon off Swansea. Tidal Ltd says it is safe. NRW said the lagoon would mean "
        "20% of salmon dying each year.",
        # an act noun with no mention in its own sentence that says which
        "Regulators fined Marlow Freight Ltd in June. It has until 9 May to appeal the decision.",
        # a place phrase that says no more which one
        "A van hit a cyclist on Sunday. The driver in the van is under investigation by police.",
    ],
)
def test_no_question_where_the_article_does_not_make_it_sure(parse, text):
    assert not any(q.endswith("?") or q.startswith("Pending") for q in questions(parse, text))


@pytest.mark.parametrize(
    ("word", "person"),
    [
        ("frenchman", True),
        ("irishwoman", True),
        ("spaniard", True),
        ("russian", True),
        ("french", False),  # "the French": the whole people
        ("chinese", False),
        ("swiss", False),
        ("chairman", False),
        ("woman", False),
    ],
)
def test_demonym_person(word, person):
    assert demonym_person(word) is person

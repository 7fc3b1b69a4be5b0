"""Who holds a concern told through someone who relays it: table tests of invented sentences.

The rules live in builder/extract/concerns/holders.py and actors/speech.py (`quoted_as`)."""

from __future__ import annotations

import pytest

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

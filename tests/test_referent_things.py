"""A thing's "it" that a concern's topic is about, written as the one thing the sentence before named that
"it" can be; left as it was (and the topic not shown) where two things, a person, a plural, a placeholder
"it" or a state could be meant."""

from __future__ import annotations

import pytest

from builder.extract.concerns import find_concerns


def topics(parse, text):
    return [c.about for c in find_concerns(parse(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the one thing of the sentence before: its object, the subject being people
            "Researchers developed a new blood test for bowel cancer. Doctors warned it could miss early "
            "tumours.",
            ["the new blood test for bowel cancer could miss early tumours"],
        ),
        (  # its subject, the object being a plural
            "For small studios, Unreal Engine offers some new tools. It could make game design slightly more "
            "expensive, critics warned.",
            ["Unreal Engine could make game design slightly more expensive"],
        ),
    ],
)
def test_it_is_the_one_thing_named_before(parse, text, expected):
    assert topics(parse, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # two things it may be: the firm or the plant
        "The firm sold the plant to a rival. Analysts fear it could close within a year.",
        # a state told before: "it" is as often what happened
        "Dan Lee's goal was their first in three games. Fans warned it could cost them the title.",
        # a person named with a title, and a bare "the festival" that says no more than "it"
        "Mr Prater predicts the festival will grow. It has doubled its costs since 2019, critics warned.",
        # a plural
        "Scientists unveiled two paper sensors on Monday. Experts warned it may fail in hot weather.",
    ],
)
def test_no_thing_without_one_sure_antecedent(parse, text):
    assert topics(parse, text) == []


def test_a_placeholder_it_is_left(parse):
    text = "The council published a report. Critics warned it is clear that the plan will fail."
    assert topics(parse, text) == ["it is clear that the plan will fail"]

from __future__ import annotations

import pytest

from builder.core.model import UNATTRIBUTED
from builder.extract.concerns import find_concerns


def concerns(parse, text):
    return [(c.holder, c.about, c.cue) for c in find_concerns(parse(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Japan expressed concerns about the missile tests.",
            ("Japan", "the missile tests", "concerns"),
        ),
        (
            "Concerns have been raised by France and Germany regarding the new tariffs.",
            ("France; Germany", "the new tariffs", "Concerns"),
        ),
        (
            "There is apprehension that the ceasefire may collapse.",
            (UNATTRIBUTED, "the ceasefire may collapse", "apprehension"),
        ),
        (
            "Seoul held a joint exercise criticized by Beijing for raising tensions in the region.",
            ("China", "a joint exercise, for raising tensions in the region", "criticized"),
        ),
        (
            "Prime Minister Jane Doe criticized the budget for cutting school funding.",
            ("Jane Doe", "the budget, for cutting school funding", "criticized"),
        ),
        (
            "The union warned that the strike could spread to other ports.",
            ("union", "the strike could spread to other ports", "warned"),
        ),
        (
            "Environmental groups fear that the dam will flood the valley.",
            ("Environmental groups", "the dam will flood the valley", "fear"),
        ),
        (
            "A nuclear test would pose a serious threat to Japan and South Korea.",
            (UNATTRIBUTED, "A nuclear test would pose a serious threat to Japan and South Korea", "threat"),
        ),
        (
            "The shipment, a clear violation of the embargo, was seized.",
            (UNATTRIBUTED, "The shipment, a clear violation of the embargo", "violation"),
        ),
        (
            "The ministry said the sale would violate the arms embargo.",
            ("ministry", "the sale would violate the arms embargo", "violate"),
        ),
        (
            "Analysts suggest that the new militia could become a destabilizing presence in the north.",
            (
                "Analysts",
                "the new militia could become a destabilizing presence in the north",
                "destabilizing",
            ),
        ),
        (
            "Foreign critics have argued that the election was unfair.",
            ("Foreign critics", "the election was unfair", "critics"),
        ),
    ],
)
def test_concerns_name_holder_and_topic(parse, text, expected):
    assert concerns(parse, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The firm remains a going concern.",
        "As far as Canada is concerned, the matter is closed.",
        "The frog is a threatened species.",
        "The storm poses no threat to the coast.",
        "The bakery concern reported higher sales.",
        "The minister visited the port on Tuesday.",
    ],
)
def test_non_concerns_are_ignored(parse, text):
    assert concerns(parse, text) == []


def test_concern_evidence_points_at_its_sentence(parse):
    analysis = parse("The talks ended.\n\nJapan expressed concerns about the missile tests.")
    (concern,) = find_concerns(analysis)
    assert concern.evidence.sentence == 2
    assert concern.evidence.text == "Japan expressed concerns about the missile tests."

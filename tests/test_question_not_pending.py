"""What is done is not pending: a charge laid, an investigation the story told of, an expectation reported
long ago; and advice cut from what it is for is not written (invented sentences in news phrasing)."""

from __future__ import annotations

import pytest

from tests.extracted import questions


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Varga was charged with arson and criminal damage, the prosecutor said.",
        "According to court papers, Ms Dorn was charged on 12 March with two counts of fraud.",
        "Jan Mol and Piet Mol have been charged with robbery.",
        "Federal prosecutors launched the investigation after complaints from shareholders.",
        "Back on 4 November 2020, the port police said that Mr Halden will be charged with perjury.",
        "Members should also work to raise the output of the mills to 100 tonnes by 2030, the union said.",
    ],
)
def test_no_pending_statement_from_a_deed_done(parse, text):
    assert questions(parse, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tomas Varga will be charged with arson and criminal damage, the prosecutor said.",
            "Pending: Tomas Varga will be charged with arson and criminal damage",
        ),
        (
            "Federal prosecutors have launched an investigation into the collapse of the bank.",
            "Pending: federal prosecutors have launched an investigation into the collapse of the bank",
        ),
        ("The union said members should work harder.", "Recommended: members should work harder"),
        (  # a passive says what is to happen without its aim
            "The report says thousands of flats should be built to ease the shortage.",
            "Recommended: thousands of flats should be built",
        ),
        (  # a dated report whose forecast names a time of its own still looks ahead
            "In a 2010 study, professors predicted that ethnic minorities would make up a fifth of the "
            "population by 2051.",
            "Will ethnic minorities make up a fifth of the population by 2051?",
        ),
    ],
)
def test_what_is_still_to_come_is_pending(parse, text, expected):
    assert questions(parse, text) == [expected]

"""Who or what an open question is about, written so the line reads alone: a described subject the article
names ("the Category 2 hurricane" → "Hurricane Fiona", "the telecom giant" → the company named in its
sentence), the noun a relative clause belongs to, the subject where the sentence says its words twice, and
a hedged count no "the" can take (invented sentences in the phrasing of news reports)."""

from __future__ import annotations

import pytest

from tests.extracted import questions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a described subject whose noun is the title of the one name the article gives
            "Hurricane Irma hit Cuba on Sunday, the US National Hurricane Center said. The Category 2 "
            "hurricane is likely to strengthen into a Category 4 over warm waters.",
            "Will Hurricane Irma strengthen into a Category 4 over warm waters?",
        ),
        (  # a described subject the resolver links to the company named in its own sentence
            "Hackers have attacked a subsidiary of Norland Telecommunications Ltd (Nortel), the company "
            "said, raising questions about whether the Nordic telecom giant was being targeted.",
            "Was Norland Telecommunications Ltd being targeted?",
        ),
    ],
)
def test_a_described_subject_is_written_as_its_name(parse, text, expected):
    assert questions(parse, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # the woman is never named: the second "the woman" is the subject, not the first
        "\"Despite commands to the woman to put the knife down, the woman allegedly ignored the officers' "
        'instructions and ran off."',
        # a relative right after its noun is that noun's, not the call's ("a call … regarding a woman")
        "On Friday evening officers got a call for help about a man who was allegedly waving a knife along "
        "Bedok North Road.",
        # "the at least eight deaths" is no phrase; "the deaths" alone says nothing of which
        "At least eight deaths were reported after the storm. The deaths are under investigation.",
        # two names of the kind: which hurricane, the noun does not say
        "Hurricane Irma hit Cuba, a year after Hurricane Maria. The hurricane may become a Category 3.",
    ],
)
def test_no_question_about_a_subject_the_line_cannot_name(parse, text):
    assert questions(parse, text) == []

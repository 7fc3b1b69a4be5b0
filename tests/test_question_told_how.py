"""A hedge inside an indirect question the sentence tells ("explains how X could …", "envisage how Y might
look") is no open point; under a word of asking, inquiring or not knowing the question stays (invented
sentences in news phrasing)."""

from __future__ import annotations

import pytest

from tests.extracted import questions


@pytest.mark.parametrize(
    "text",
    [
        "The leaflet explains how households could cut their energy bills.",
        "The guide shows how tenants might claim the new rebate.",
        "The website lets visitors imagine how the new bridge might look.",
        "The report sets out how Norland could repay its debts by 2030.",
        "I can see how voters might think the tax rise was a mistake.",
        "The new app helps drivers picture how the road layout might change after the works.",
        "The leaflet gives advice about how families could cut their energy bills this winter.",
    ],
)
def test_no_question_from_a_how_the_sentence_tells(parse, text):
    assert questions(parse, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Economists wonder how Norland could repay its debts by 2030.",
            "How will Norland repay its debts by 2030?",
        ),
        (
            "Investors are asking how Halden Bank could cover the losses.",
            "How will Halden Bank cover the losses?",
        ),
        ("It is still unclear how Norland might repay its debts.", "How will Norland repay its debts?"),
        (
            "It remains to be seen how the new owners might run the club.",
            "How will the new owners run the club?",
        ),
        (
            "Norland could repay its debts by 2030, the minister said.",
            "Could Norland repay its debts by 2030?",
        ),
    ],
)
def test_an_indirect_question_left_open_is_asked(parse, text, expected):
    assert questions(parse, text) == [expected]

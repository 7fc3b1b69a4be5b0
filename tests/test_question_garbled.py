"""Questions a parse error would garble are not written: a list subject the parse broke in two, a unit read
as a verb, a relative clause cut from its noun, a verb joined to another with no "and" or comma (invented
sentences in the phrasing of news reports)."""

from __future__ import annotations

import pytest

from tests.extracted import questions


@pytest.mark.parametrize(
    "text",
    [
        # "nations such as Kenya, Peru, and Bangladesh" cut round the names: the list would lose them
        "Trade unions are warning that poorer nations such as Kenya, Peru, and Bangladesh could lose many "
        "thousands of jobs after the tariffs end.",
        # "£5m" split, its "m" read as the verb
        "The review also suggests increasing state funding for charities to £5m so aid can be given to all "
        "charities with at least three staff.",
        # a relative clause ("which … could mean …") cut from "control orders"
        'The new law proposes "curfew orders", which as well as keeping terror suspects under house arrest '
        "could mean tagging or a ban on phone use.",
        # "may be banned" hung on "stipulates" with no "and": the rule is not what may be banned
        "Rule 12 stipulates that a driver found guilty of speeding or ignores a red light may be banned "
        "for a year.",
    ],
)
def test_no_garbled_question(parse, text):
    assert questions(parse, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Halden Bank cut 300 jobs, shut two plants and could sell its Leeds office.",
            "Could Halden Bank sell its Leeds office?",
        ),
        (
            "Halden Bank cut 300 jobs and could sell its Leeds office.",
            "Could Halden Bank sell its Leeds office?",
        ),
    ],
)
def test_a_joined_verb_keeps_its_shared_subject(parse, text, expected):
    assert questions(parse, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # the parse hung "talks on the pact" on "tariff" and left "are likely" with no subject: the question
        # would end inside the next clause's subject
        "Analysts say Brazil and Chile would likely block any new tariff and talks on the trade pact are "
        "likely to drag on.",
    ],
)
def test_no_question_cut_before_a_verb_that_lost_its_subject(parse, text):
    assert questions(parse, text) == []

"""Questions faithful to the sentence: a condition, advice, a view the sentence corrects, a past
expectation or an inquiry that may never be made is not asked as a forecast (invented sentences)."""

from __future__ import annotations

import pytest

from tests.extracted import questions


@pytest.mark.parametrize(
    "text",
    [
        # a condition the claim hangs on, dropped from the question
        "If found guilty of bribery, the mayor might be sent to prison for five years.",
        "If the rebels are defeated, the fighters could be scattered across the region.",
        # a view the sentence itself says was wrong
        "Officials initially believed the minister was in Geneva before the agency said he was not.",
        "The engineer assumed the cable was live when it was in fact dead.",
        "The keeper wrongly thought the ball was rolling out of play.",
        # what was expected before a past time the article tells of
        "Organisers had said they expected some 40,000 fans might come to the stadium.",
        # an inquiry that may be made, holds no open point
        "Regulators may assess whether Acme Corp complies with the rules.",
    ],
)
def test_no_forecast_from_a_condition_a_correction_or_a_past_expectation(parse, text):
    assert not any(q.endswith("?") for q in questions(parse, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Jakarta council said landlords should cut rents for small shops.",
            "Recommended: landlords should cut rents for small shops",
        ),
        (
            "Ms Lane added that the consumer watchdog should examine the loans market.",
            "Recommended: the consumer watchdog should examine the loans market",
        ),
        (
            "The watchdog said banks should publish their fees.",
            "Recommended: banks should publish their fees",
        ),
        (
            "The report said the health minister should resign.",
            "Recommended: the health minister should resign",
        ),
        ("LIMA - Peru should return the land, the minister said.", None),
        (
            "In extreme cases, coastal flooding in Jakarta may force people to move.",
            "Possible: in extreme cases, coastal flooding in Jakarta may force people to move",
        ),
    ],
)
def test_advice_and_conditions_are_written_as_they_stand(parse, text, expected):
    assert questions(parse, text) == ([expected] if expected else [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The IAAF is deciding whether to appeal against the ruling of the Greek tribunal.",
            "Will the IAAF appeal against the ruling of the Greek tribunal?",
        ),
        ("Officials will decide whether the Tate Modern will reopen.", "Will the Tate Modern reopen?"),
        (
            "The papers went to a panel to decide whether Acme's licence should be withdrawn.",
            "Should Acme's licence be withdrawn?",
        ),
        (
            "Lawyers say Dorn could face a ten-year term if he loses the appeal.",
            "Could Dorn face a ten-year term if he loses the appeal?",
        ),
        (
            "Even if users switch the feature on, attackers could still download a back-up of the data.",
            "Could attackers download a back-up of the data?",
        ),
        (
            "Two octopuses displaying dark colours may fight if in close proximity.",
            "Could two octopuses displaying dark colours fight if in close proximity?",
        ),
    ],
)
def test_decisions_to_come_and_kept_conditions_are_asked(parse, text, expected):
    assert questions(parse, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # asked what they themselves would do, and answering in the same sentence: nothing is left open
        "Asked whether she would stand for the leadership, Ms Okafor said she would back the current leader.",
        "Asked whether he would quit over the row, Mr Tanaka said he would stay on to finish the reforms.",
        # "Without X, …" opening the clause holds for each verb joined to it: no forecast without it
        "Without tighter controls, the new rules will be much harder to enforce and could be ignored for "
        "years, the watchdog warned.",
        # an untold fact that does not say of what: "What is the precise cause?" means nothing alone
        "The precise cause was not determined, and the airline said its inquiry would continue.",
        "The timetable will not be announced before all the details have been determined, a spokesman said.",
    ],
)
def test_no_question_answered_conditioned_or_about_nothing_named(parse, text):
    assert questions(parse, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a question put about something else is not settled by the reply
        (
            "Asked if it was realistic to expect the Greens to win the election, Ms Berg said: "
            '"Our ambitions have no limit."',
            "Will the Greens win the election?",
        ),
        # the condition kept, written as the sentence says it
        (
            "Without a rescue package from the government, Flybe could run out of cash by March, its "
            "chairman said.",
            "Possible: without a rescue package from the government, Flybe could run out of cash by March",
        ),
        ("The cause of the blaze has not been determined.", "What is the cause of the blaze?"),
    ],
)
def test_open_points_beside_an_answer_a_condition_or_an_untold_fact(parse, text, expected):
    assert questions(parse, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a possibility is asked as one, never as a forecast
        (
            "The spare keys might be stolen from the office, the report warned.",
            "Could the spare keys be stolen",
        ),
        ("Analysts say the Harlow plant could close next year.", "Could the Harlow plant close next year?"),
        ("The new rules may be rolled out across Wales.", "Could the new rules be rolled out across Wales?"),
        (
            "There might be delays at the Dover crossing, the council said.",
            "Could there be delays at the Dover",
        ),
        ('"We could see fares rising sharply next spring," said Anna Berg.', "Could fares rise sharply next"),
        # not a possibility: a forecast, a plan, a reported future, or a "when" left open stays as it is
        ("Marta Ruiz is expected to sign for Porto next week.", "Will Marta Ruiz sign for Porto next week?"),
        ("The Harlow plant is likely to close next year.", "Will the Harlow plant close next year?"),
        (
            "There was no word from the ministry on when the Dover bridge might reopen.",
            "When will the Dover bridge reopen?",
        ),
        ("Gale Bank may have been sold to a rival in March.", "Was Gale Bank sold to a rival in March?"),
        ("The Bradford mayor might be considering a fare cut.", "Is the Bradford mayor considering a fare"),
    ],
)
def test_a_possibility_keeps_its_modality(parse, text, expected):
    assert any(q.startswith(expected) for q in questions(parse, text)), questions(parse, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a belief or a report about why: the reason is kept, since the deed itself is told
        (
            "Tom Yoran quit the firm in May. Reports suggest he left because his unit was short of money.",
            ["Did Tom Yoran leave because his unit was short of money?"],
        ),
        (
            "It is believed that Mr Ivanov was targeted because he had started to fund rival parties.",
            ["Was Mr Ivanov targeted because he had started to fund rival parties?"],
        ),
        # no reason clause: asked as before
        (
            "It is believed that Mr Ivanov was targeted by the police.",
            ["Was Mr Ivanov targeted by the police?"],
        ),
        # a relative clause the parse read as what is not known ("readers we don't know") asks nothing
        ("I'd say 60% of the letters came from readers I don't know.", []),
        ("Police said it was unclear who fired the first shot.", ["Who fired the first shot?"]),
    ],
)
def test_a_reason_is_asked_with_its_deed(parse, text, expected):
    assert questions(parse, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause saying which ones a noun of the question means is kept with it
        (
            "The Elm Trust plans to plant oaks for the 300 miners who died in the pits.",
            "Will the Elm Trust plant oaks for the 300 miners who died in the pits?",
        ),
        # an aside after a comma is left out, as before
        (
            "The Elm Trust plans to plant oaks for the 300 miners, who worked in the pits for a century.",
            "Will the Elm Trust plant oaks for the 300 miners?",
        ),
        # a clause with a pronoun the line cannot place is not brought back
        ("The Elm Trust plans to plant oaks for the 300 miners who died with him.", None),
    ],
)
def test_a_defining_clause_stays_with_its_noun(parse, text, expected):
    found = questions(parse, text)
    assert found == [expected] if expected else not any("died" in q for q in found)

"""Open questions a reader understands alone: what exists, what is untold, what may be going on now, whose
country, a quoted speaker's "my" (invented sentences in the phrasing of news reports)."""

from __future__ import annotations

import pytest

from tests.extracted import questions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a forecast or a modal says will exist: "there would be …" asked as "Will there be …?"
        (
            "Analysts predict that there would be three million electric cars on the road by 2030.",
            "Will there be three million electric cars on the road by 2030?",
        ),
        (
            "There could be delays to the new bridge, the council said.",
            "Could there be delays to the new bridge?",
        ),
        # a fact a speaker did not know or would not tell: "What is the …?"
        (
            "The mayor admitted he does not know the total cost of the river parade at Greenwich.",
            "What is the total cost of the river parade at Greenwich?",
        ),
        (
            "Fire officers did not disclose the cause of the warehouse blaze.",
            "What is the cause of the warehouse blaze?",
        ),
        # what may be going on now is asked in the present, not as a forecast
        (
            "Analysts said the central bank might be considering a cut in interest rates.",
            "Is the central bank considering a cut in interest rates?",
        ),
        # "the country" of a country that is the subject above it, where the article names several
        (
            "Spain and Italy signed the deal. Greece accused Turkish jets on Tuesday of flying over islands "
            "in the country's eastern Aegean region.",
            "Did Turkish jets fly over islands in Greece's eastern Aegean region?",
        ),
        # a quoted "my" of a speaker the question names: "her" where the article says she
        (
            'Maria Lopez has been named in the squad. She was delighted. "I hope to lead my team to '
            'the title," said Lopez.',
            "Will Maria Lopez lead her team to the title?",
        ),
    ],
)
def test_asked_so_that_it_reads_alone(parse, text, expected):
    assert expected in questions(parse, text)


@pytest.mark.parametrize(
    "text",
    [
        "Perhaps there is a sense of relief among the fans.",  # a present state, hedged: the speaker's view
        "There may be no agreement at all.",  # "Will there be no agreement?" reads turned round
        "The coach said he did not know them very well.",  # not knowing people is no untold fact
        "The firm did not reveal the cost.",  # the cost of what, the line cannot say
    ],
)
def test_no_question_that_reads_badly_alone(parse, text):
    assert not any(q.endswith("?") for q in questions(parse, text))


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        # the country its clause acts on is not "the country" ("accused the US of arming rebels in …")
        (
            "Spain and Italy signed the deal. Omar Haddad accused the US of still arming rebels in the "
            "country.",
            "United States",
        ),
        # a firm's home country is not the place meant
        (
            "Spain and Italy signed the deal. Turkey's Anatolia Oil is reported to have won a contract to "
            "drill the Zagros field in the north of the country.",
            "north of Turkey",
        ),
    ],
)
def test_the_country_is_not_guessed(parse, text, unwanted):
    assert not any(unwanted in q for q in questions(parse, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a subject that needs its defining relative clause to say which one keeps it
        (
            "Some economists say the real number of people who used payday loans may be closer to two "
            "million.",
            "Could the real number of people who used payday loans be closer to two million?",
        ),
        (
            "The amount the council spends on roads could fall by a third next year, officials warned.",
            "Could the amount the council spends on roads fall by a third next year?",
        ),
        (
            "Analysts say the share of drivers who switch to electric cars could double by 2030.",
            "Could the share of drivers who switch to electric cars double by 2030?",
        ),
        (
            "Officials say the number of families who lost their homes could rise to 3,000.",
            "Could the number of families who lost their homes rise to 3,000?",
        ),
        (
            "Police said the men who robbed the jeweller may have fled abroad.",
            "Did the men who robbed the jeweller flee abroad?",
        ),
    ],
)
def test_a_subject_keeps_the_relative_clause_that_says_which(parse, text, expected):
    assert questions(parse, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # a relative set off by commas, with a pronoun of its own, is not kept: the line cannot place it
        "Officials say the price the group paid for the stake, which it bought in 2019, may be revised.",
    ],
)
def test_no_relative_clause_kept_that_the_line_cannot_place(parse, text):
    assert questions(parse, text) == []

"""Open questions that keep a reference only the sentences before explain are not asked: a demonstrative, a
third-person pronoun, or a definite noun phrase that says only what kind ("the decision", "the US firm", "the
three men", "the poll" once its clause became the question), when it is who or what the question is about or
acts on. Where something happens ("on the field"), the time of writing ("this year"), a name-like phrase ("the
Iraq war") and "the average voter" are left (invented sentences in the phrasing of news reports)."""

from __future__ import annotations

import pytest

from builder.extract.questions.alone import unplaced
from tests.extracted import questions


@pytest.mark.parametrize(
    "text",
    [
        # an object told of before: "the decision", "the shooting", "the programme"
        "A tribunal fined Marlow Freight Ltd £40,000 in June. It has until 9 May to appeal the decision.",
        "A gunman shot two students at a college in Ohio on Monday. Police do not know what caused the "
        "shooting.",
        "The Elm Lodge care home began showing the films in May. It plans to evaluate the programme next "
        "month.",
        # a person or body described by kind only: who, the line cannot say
        "Karl Brandt bought the chain in 2019. The US firm is expected to sell the stores next year.",
        "Three men were seized near Aleppo on Friday. Reports suggested the group targeted the three men.",
        # written out as the fuller mention before, which still names no one
        "Three men were seized near Aleppo on Friday. Reports suggested the group targeted the men.",
        "A boy of six was hit by a bus in Delhi. The little boy was reported to be in a stable condition.",
        # a subject whose clause saying which one became the question itself
        "Voters go to the polls soon. Ms Orr said the poll - likely to be held on 9 June - would be tight.",
        # a subject whose defining clause was cut
        "Judges earn well. The three judges who dismissed the claim are thought to earn £200,000 a year.",
        # a place phrase the parse hung on the noun says no more which one
        "A tribunal banned Eva Lind in May. Her club is weighing whether to challenge the decision at "
        "the Court of Appeal.",
        # a demonstrative: which point
        "Three shots rang out, but it is unclear who held the rifle at that stage.",
        # written as the fuller mention before, which says which no better ("the two banks", "the leaked
        # papers")
        "Regulators fined two banks. Critics asked whether the penalties could force the banks to change.",
        "Hermes Group built its fame on leaked papers. What is not clear is whether it buys the papers.",
        # a counted thing told of before
        "Quakes struck Chile in 2010 and 2014. The two events may share a similar mechanism.",
    ],
)
def test_no_question_that_leans_on_the_sentences_before(parse, text):
    assert not any(q.endswith("?") for q in questions(parse, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # where something happens is not what the question is about
        (
            "Omar Diallo hurt his knee in March. He hopes he can go back on the field soon.",
            "Can Omar Diallo go back on the field soon?",
        ),
        # the time of writing
        (
            "Border guards stopped 40,000 people last year. Officials expect 70,000 migrants to cross into "
            "Greece this year.",
            "Will 70,000 migrants cross into Greece this year?",
        ),
        # a name-like phrase: a place's own war
        (
            "The Iraq war could become a key issue in the campaign, lawyers say.",
            "Could the Iraq war become a key issue in the campaign?",
        ),
        # a body's possessive after the name of one of its people: a reader takes it as theirs
        (
            "The party lost seats in May. Ann Hale said she planned to build the party's campaign around "
            "housing.",
            "Will Ann Hale build the party's campaign around housing?",
        ),
        # any one of the kind, not one told of before
        (
            "Prom costs keep rising. The average American teenager is expected to spend over $300 this year.",
            "Will the average American teenager spend over $300 this year?",
        ),
        # inside an adjunct clause of the question, not what it asks about
        (
            "Lind and Berg missed a drugs test in May. Lind and Berg face a hearing in the autumn for "
            "supposedly dodging the test.",
            "Pending: Lind and Berg face a hearing in the autumn for supposedly dodging the drugs test",
        ),
        # a place's name after the noun says which one
        (
            "The funeral drew 2,000 guests. Ms Hale said the full cost of the civic funeral at York Minster "
            "is not yet known.",
            "What is the full cost of the civic funeral at York Minster?",
        ),
        # two words of its own say which
        (
            "Regulators fined the firm. The question is whether the Dutch competition watchdog exceeded its "
            "powers.",
            "Did the Dutch competition watchdog exceed its powers?",
        ),
        # a phrase that says which one, whose own words are told for the first time
        (
            "Crews were called to Dock Road in Leeds on Sunday. The cause of the warehouse fire remains "
            "unknown.",
            "What is the cause of the warehouse fire?",
        ),
    ],
)
def test_a_question_that_reads_alone_is_kept(parse, text, expected):
    found = questions(parse, text)
    assert expected in found, found


@pytest.mark.parametrize(
    ("sentence", "question", "wanted"),
    [
        (
            "The firm is likely to appeal the decision.",
            "Will the firm appeal the decision?",
            ("The firm", "the decision"),
        ),
        ("Police said they may question him again.", "Will police question him again?", ("him",)),
        ("They hope to finish a bridge this year.", "Will they finish a bridge this year?", ("they",)),
        ("Rivers may flood this week.", "Will rivers flood this week?", ()),
        ("Ann Lee hopes to win the race in May.", "Will Ann Lee win the race in May?", ("the race",)),
        ("Ann Lee hopes to win a race in Oslo.", "Will Ann Lee win a race in Oslo?", ()),
        # a first mention, not a noun said before: "the market" of a sentence about the market
        (
            "The watchdog may examine the market.",
            "Will the watchdog examine the market?",
            ("The watchdog",),
        ),
    ],
)
def test_unplaced_words(parse, sentence, question, wanted):
    """The sentence after one that names the race and the watchdog's kind of noun nowhere else."""
    doc = parse(f"The race began in 1990 and it was a fine day. {sentence}").doc
    last = list(doc.sents)[-1]
    assert unplaced(question, last) == wanted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the firm" in a clause reported by a speaker whose phrase names one organisation: that body
        (
            "Falk Group is in talks to buy the label. A cousin of the founders of Falk Group said the firm "
            "had met the tailor Ann Roy and hoped to keep her.",
            "Will Falk Group keep Ann Roy?",
        ),
        (
            "Shares in the bank fell. A spokesman for Orion Bank said the company was likely to close 40 "
            "branches in Wales.",
            "Will Orion Bank close 40 branches in Wales?",
        ),
    ],
)
def test_the_firm_a_speaker_speaks_for_is_named(parse, text, expected):
    assert expected in questions(parse, text)


@pytest.mark.parametrize(
    "text",
    [
        # a speaker's phrase naming no body: which firm, the line cannot say
        "The label is for sale. Tom Reed said the firm hoped to retain the designer Ann Roy.",
        # a public body's official: "the company" is some business told of before, not the ministry
        "Shares fell again. An official at the Finance Ministry said the company may cut 300 jobs in Leeds.",
        # two bodies in the speaker's phrase: which one, not sure
        "Talks went on. A lawyer for Orion Bank in its dispute with Vega Trust said the firm may sell its "
        "Leeds branch.",
    ],
)
def test_no_firm_named_where_the_speaker_does_not_say_which(parse, text):
    assert not any(q.endswith("?") for q in questions(parse, text))

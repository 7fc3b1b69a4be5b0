from __future__ import annotations

import pytest

from builder.extract.hedges import find_hedges


def cues(parse, text):
    analysis = parse(text)
    return find_hedges(analysis.doc[:])


@pytest.mark.parametrize(
    ("text", "cue", "kind"),
    [
        ("The ministry may announce new sanctions next week.", "may", "possible"),
        ("The sanctions could hurt exporters.", "could", "possible"),
        ("Analysts expect the bank to cut rates.", "expect", "probable"),
        ("The bridge is expected to reopen in June.", "expected", "probable"),
        ("Officials suggest that the fire was deliberate.", "suggest", "belief"),
        ("It is unclear who ordered the strike.", "unclear", "unknown"),
        ("The cause of the blaze is not yet known.", "not yet known", "unknown"),
        ("The terms of the settlement will not be known for weeks.", "not be known", "unknown"),
        ("If the talks fail, the strike will continue.", "If", "condition"),
        ("Officials will decide whether the museum will reopen.", "whether", "investigation"),
        ("The factory reportedly closed last year.", "reportedly", "reported"),
        ("The suspect allegedly fled the country.", "allegedly", "reported"),
        ("Prices are likely to rise.", "likely", "probable"),
        ("The deal appears to be close.", "appears", "probable"),
        ("There has been speculation about a trade deal.", "speculation", "belief"),
        ("Should the talks collapse, fighting may resume.", "Should", "condition"),
        ("Investors voiced concern about the debt.", "concern", "fear"),
        ("Doubts remain over the accuracy of the count.", "Doubts", "belief"),
    ],
)
def test_hedging_uses_are_found(parse, text, cue, kind):
    found = cues(parse, text)
    assert (cue, kind) in {(c.text, c.kind) for c in found}


@pytest.mark.parametrize(
    "text",
    [
        "Talks are scheduled to resume in May.",
        "She could not reach the border before dark.",
        "He could see the harbour from his window.",
        "Profits were higher than expected.",
        "The expected merger was announced today.",
        "The minister suggested a new timetable.",
        "There is no doubt that the vote was fair.",
        "He appeared in court on Monday.",
        "Loans are available to firms if necessary.",
        "The firm remains a going concern.",
        "The plant employs 300 people.",
        "The refinery was built as quickly as possible.",
        "They hold a strong belief in free trade.",
    ],
)
def test_non_hedging_uses_are_ignored(parse, text):
    assert cues(parse, text) == ()


def test_cue_spans_point_into_the_doc(parse):
    analysis = parse("Rebels may have seized the airport, and it is unclear whether talks will resume.")
    found = find_hedges(analysis.doc[:])
    assert [c.text for c in found] == ["may", "unclear", "whether"]
    assert all(analysis.doc.text[c.start : c.end] == c.text for c in found)


def test_each_cue_is_reported_once_in_text_order(parse):
    found = cues(parse, "The vote might be delayed, and officials might cancel it.")
    assert [c.start for c in found] == sorted({c.start for c in found})

"""Truecasing of ALL-CAPS lines and the second NER pass over them."""

from __future__ import annotations

import pytest

from builder.nlp.casing import dictionary_check, is_caps_word, is_shouted, truecase_word, word_case

COMMON = dictionary_check(frozenset({"win", "storm", "talk", "hold"}), [("s", ""), ("ing", "")])


@pytest.mark.parametrize(
    ("word", "expected"),
    [("KOREA", True), ("U.S.", True), ("NATO", True), ("Korea", False), ("A", False), ("1996", False)],
)
def test_caps_words(word, expected):
    assert is_caps_word(word) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("TENNIS - HINGIS WINS IN ROME .", True),
        ("OSLO 2001-05-06", True),
        ("The IAEA and NATO met in Vienna on Monday .", False),
        ("Results of the weekend :", False),
    ],
)
def test_shouted_lines(line, expected):
    assert is_shouted(line.split()) is expected


@pytest.mark.parametrize(
    ("word", "known", "first", "expected"),
    [
        ("HINGIS", {"hingis": "Hingis"}, False, "Hingis"),  # the case the body writes it in
        ("WINS", {}, False, "wins"),  # a dictionary word, inflected
        ("IN", {}, False, "in"),  # a function word
        ("ZAGORKA", {}, False, "Zagorka"),  # unknown: a name
        ("STORM", {}, True, "Storm"),  # first word of the line
        ("Rome", {}, False, "Rome"),  # not shouted: left alone
        ("BOSNIA-HERZEGOVINA", {}, False, "Bosnia-Herzegovina"),
    ],
)
def test_truecase_word(word, known, first, expected):
    assert truecase_word(word, known, first, COMMON) == expected


def test_word_case_keeps_the_capitalised_words_of_names():
    table = word_case(["North Korea", "Bosnia-Herzegovina", "Republic of the Congo"])
    assert table["korea"] == "Korea" and table["herzegovina"] == "Herzegovina"
    assert "of" not in table and "the" not in table


def _ents(nlp, text: str) -> dict[str, str]:
    return {e.text: e.label_ for e in nlp(text).ents}


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        (
            "MERKEL URGES CALM AFTER FLOODS\nGerman Chancellor Angela Merkel visited the towns on Monday.",
            "MERKEL",
            "PERSON",
        ),
        ("TRUDEAU PLEDGES AID TO HAITI\nJustin Trudeau said Canada would send aid.", "HAITI", "GPE"),
        ("NORTH KOREA TESTS NEW MISSILE\nNorth Korea fired a missile on Monday.", "NORTH KOREA", "GPE"),
        ("HINGIS WINS IN ROME\nMartina Hingis beat a qualifier in Rome.", "ROME", "GPE"),
    ],
)
def test_shouted_headlines_are_recognised_in_true_case(nlp, text, name, label):
    assert _ents(nlp, text).get(name) == label


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("TENNIS - HINGIS WINS IN ROME\nMartina Hingis beat a qualifier in Rome.", "TENNIS"),
        ("STORM HITS COAST\nA storm hit the coast of Maine on Monday.", "STORM"),
    ],
)
def test_common_words_in_shouted_lines_are_not_names(nlp, text, word):
    assert word not in _ents(nlp, text)

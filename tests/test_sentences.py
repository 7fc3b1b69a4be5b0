"""Sentence starts: one paragraph per line; neither a paragraph's first word nor a closing quote mark is a
sentence of its own."""

import pytest

from builder.nlp.spacy_model import sentences_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The small model cuts a short capitalised opening word off its paragraph's first sentence.
        (
            "Phone sales keep rising\nUK handset buyers keep trading up, a survey finds.",
            [
                "Phone sales keep rising",
                "UK handset buyers keep trading up, a survey finds.",
            ],
        ),
        (
            "Leader sets out his tax case\nLib Dem chief Tom Harlow has said his party will argue for "
            "a local income tax.",
            [
                "Leader sets out his tax case",
                "Lib Dem chief Tom Harlow has said his party will argue for a local income tax.",
            ],
        ),
        # Paragraphs still start sentences, and sentences inside a paragraph are still split.
        (
            "EU ministers met on Monday. They agreed a plan.\nUS firms said they would hire more staff.",
            [
                "EU ministers met on Monday.",
                "They agreed a plan.",
                "US firms said they would hire more staff.",
            ],
        ),
        # A closing quote mark the model split off a paragraph's last sentence closes that sentence.
        (
            'Mr Hart told Radio Leeds: "It is such a shame that Mr Crane does not do what he says."\n'
            "Council leader Anna Berg said the plan was sound.",
            [
                'Mr Hart told Radio Leeds: "It is such a shame that Mr Crane does not do what he says."',
                "Council leader Anna Berg said the plan was sound.",
            ],
        ),
        # A one-word paragraph stays a sentence of its own.
        ("Analysis\nThe vote was close.", ["Analysis", "The vote was close."]),
    ],
)
def test_sentences(nlp, text: str, expected: list[str]) -> None:
    assert [s.text for s in sentences_of(nlp(text))] == expected


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        # A full stop glued to the next sentence, as scraped texts have it, is a token of its own.
        ("The club paid 250.The fee rose.", ["The", "club", "paid", "250", ".", "The", "fee", "rose", "."]),
        ("They met in the town.Mrs Hale spoke first.", ["town", ".", "Mrs", "Hale"]),
        # A quote mark glued after a final stop is split off both sides.
        ('He said no."Critics were angry.', ["no", ".", '"', "Critics"]),
        ("It was over.\u201dThe vote followed.", ["over", ".", "\u201d", "The"]),
        # A closing quote mark glued between a word and such a stop is split off the word.
        ('The rules were "poor".The board met.', ["poor", '"', ".", "The"]),
        ('He called it "a step"."It works," he said.', ["step", '"', ".", '"', "It"]),
        # A colon and quote mark glued between a name and the quotation it opens are split off both sides.
        ('Owen Marsh told BBC Radio Kent:"Everybody did well."', ["Kent", ":", '"', "Everybody"]),
        ("Yorkshire captain Alex Lees:\u201cWe are all gutted.\u201d", ["Lees", ":", "\u201c", "We"]),
        ('Lees told BBC Sport:"I was happy."', ["Sport", ":", '"', "I", "was"]),
        # A colon inside a time or a reference is left alone.
        ("The match starts at 10:30 today.", ["10:30"]),
    ],
)
def test_glued_sentences_are_split_into_tokens(nlp, text: str, tokens: list[str]) -> None:
    found = [t.text for t in nlp.tokenizer(text)]
    start = found.index(tokens[0])
    assert found[start : start + len(tokens)] == tokens


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        # Abbreviations, decimals, initials and web addresses are left whole.
        ("The U.S. rate was 3.5 per cent.", ["U.S.", "3.5"]),
        ("See www.example.co.uk for details.", ["www.example.co.uk"]),
        ("J.R.R. Tolkien wrote it.", ["J.R.R."]),
    ],
)
def test_stops_inside_words_are_left_whole(nlp, text: str, whole: list[str]) -> None:
    found = [t.text for t in nlp.tokenizer(text)]
    assert all(w in found for w in whole), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The club paid 250.The fee rose last year.",
            ["The club paid 250.", "The fee rose last year."],
        ),
        (
            "Shops shut early in the town.Mrs Hale said trade was slow.",
            ["Shops shut early in the town.", "Mrs Hale said trade was slow."],
        ),
    ],
)
def test_glued_sentences_are_two_sentences(nlp, text: str, expected: list[str]) -> None:
    assert [s.text for s in sentences_of(nlp(text))] == expected

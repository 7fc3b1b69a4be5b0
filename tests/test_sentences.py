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

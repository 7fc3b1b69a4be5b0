"""Headlines derived for articles that come without a title (builder.extract.headline), on the real model."""

from __future__ import annotations

import pytest

from builder.extract.headline import derive_title

CASES = [
    # The opener names whom the clause's subject points back to: the headline names them.
    (
        "In a meeting between Russian President Vladimir Putin and North Korean leader Kim Jong-un, "
        "both leaders "
        "exchanged unique gifts as a symbol of diplomatic relations.",
        "Vladimir Putin and Kim Jong-un exchanged unique gifts as a symbol of diplomatic relations",
    ),
    (
        "When Maria Lopez, 41, took over the family bakery in Leeds, she expected a quiet life.",
        "Maria Lopez expected a quiet life",
    ),
    # A subject that names someone is kept as written, the opener dropped.
    (
        "At the end of a summit in Russia's Far East, Vladimir Putin and Kim Jong Un gifted each other guns.",
        "Vladimir Putin and Kim Jong Un gifted each other guns",
    ),
    # Two people named for one "he": which one is unknown, so the whole sentence stands (cut to length).
    (
        "After talks between Joe Biden and Emmanuel Macron in Paris, he said a deal was close.",
        "After talks between Joe Biden and Emmanuel Macron in Paris, he said a deal…",
    ),
    # Nothing in the sentence names "it": the clause stays as it is.
    ("On Monday, it emerged that the plant would close.", "It emerged that the plant would close"),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_a_derived_headline_names_whom_its_subject_points_to(nlp, sentence, expected):
    assert derive_title(nlp(sentence)) == expected

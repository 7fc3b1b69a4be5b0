from __future__ import annotations

import pytest

from builder.extract.summary import continues_quotation, summarise
from builder.nlp.spacy_model import sentences_of


@pytest.mark.parametrize(
    ("text", "continues"),
    [
        ('Nobody was hurt," the fire chief said.', True),
        ("The plant will reopen in May” a spokeswoman added.", True),
        ('"We have lifted the suspension.', False),
        ('The minister said "no" to the plan.', False),
        ("The union called the offer “an insult”.", False),
        ('The so-called "red list" was published on Monday.', False),
        ("The council approved the budget on Tuesday.", False),
        ('He called it - "a disgrace" - and left.', False),
    ],
)
def test_a_sentence_continuing_a_quotation_is_told_apart(text, continues):
    assert continues_quotation(text) is continues


def test_the_bottom_line_does_not_start_inside_a_quotation(parse):
    text = (
        "The county board has lifted the suspension of the goalkeeper Anna Berg after she apologised. "
        "The board had suspended Berg for missing two training camps in March. "
        '"We have withdrawn the ban. '
        'Berg has explained her absence to the board members," said board chairman Tomas Lind. '
        "Berg will now join the squad for the regional championships next month. "
        "The championships open in Lund on the first Saturday of the month. "
        "Berg said she was grateful to the board for its quick decision."
    )
    analysis = parse(text)
    chosen = summarise(analysis.doc, sentences_of(analysis.doc), "a1")
    picked = [text[e.start : e.end] for e in chosen]
    assert len(picked) == 3
    assert not any(p.startswith("Berg has explained") for p in picked)
    assert any(p.startswith("Berg will now join") for p in picked)

"""A story marks an open question answered only by another source's settled statement of the same thing."""

from __future__ import annotations

import pytest

from builder.stories.merge import StoryClaim, answer_for
from tests.factories import briefing

ASKING = briefing("asking", "The ferry firm may resume sailings to Brava next week.", questions=[("q", 1)])


def claim(question: str) -> StoryClaim:
    return StoryClaim("", question, (), ("asking",))


@pytest.mark.parametrize(
    ("question", "other", "answered"),
    [
        # a settled statement of the same thing answers it
        ("Will the ferry firm resume sailing to Brava?", "The ferry firm resumed sailing to Brava.", True),
        ("Did the fire destroy the warehouse?", "The fire destroyed the warehouse.", True),
        ("Will the ferry firm resume sailing?", "The ferry firm will resume sailing, it said.", True),
        ("Will the ferry firm resume sailing?", "The ferry firm will resume sailing in May.", True),
        # a forecast, an intention or a hedge of its own answers nothing
        ("Will the ferry firm resume sailing to Brava?", "The ferry firm expects to resume sailing.", False),
        ("Will the ferry firm resume sailing to Brava?", "The ferry firm plans to resume sailing.", False),
        ("Will the ferry firm resume sailing?", "The ferry firm may resume sailing.", False),
        ("Will the ferry firm resume sailing to Brava?", "The ferry firm will likely resume sailing.", False),
        # sharing the names is not sharing the claim
        ("Will Lisbon cooperate with Praia?", "Leaders of Lisbon and Praia met in Praia on Monday.", False),
        ("Did the ferry firm sail to Brava?", "She doubted that the ferry firm sailed to Brava.", False),
        # a question for a missing piece is not answered by shared words
        ("What caused the fire?", "Police are looking into what caused the fire.", False),
        ("What caused the fire?", "The fire caused damage to three boats.", False),
    ],
)  # fmt: skip
def test_answer_for(question, other, answered):
    other_briefing = briefing("other", other)
    found = answer_for(claim(question), [ASKING, other_briefing])
    assert (found is not None) is answered
    if answered:
        assert found.article_id == "other" and found.sentence == 1


def test_the_asking_source_never_answers_itself():
    same = briefing("asking", "The ferry firm resumed sailing to Brava.")
    assert answer_for(claim("Will the ferry firm resume sailing to Brava?"), [same]) is None

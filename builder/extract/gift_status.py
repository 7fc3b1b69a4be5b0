"""Whether a gift verb reports a gift made, promised or only reported, or no gift at all (negated, hedged)."""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Token

from builder.extract.gift_lexicon import (
    BLOCKING_HEADS,
    FUTURE_AUX,
    HEDGE_ADVERBS,
    HEDGE_AUX,
    PROMISE_HEADS,
    RESTITUTION,
)
from builder.model import GiftStatus


def _chain(verb: Token) -> list[Token]:
    """The verb and the verbs it depends on through infinitives and coordination."""
    chain = [verb]
    while chain[-1].dep_ in {"xcomp", "conj"} and chain[-1].head.i != chain[-1].i and len(chain) < 5:
        chain.append(chain[-1].head)
    return chain


def _blocked(verb: Token) -> bool:
    """True when a governing verb denies, declines, considers or forbids the gift, or asks whether."""
    node = verb
    while node.head.i != node.i:
        if any(c.lower_ in {"whether", "if"} and c.dep_ == "mark" for c in node.children):
            return True
        node = node.head
        if node.lemma_.lower() in BLOCKING_HEADS:
            return True
    return False


def status_of(verb: Token, promise_verb: bool) -> GiftStatus | None:
    """given, promised or reported; None when the gift is negated, hypothetical or blocked."""
    status: GiftStatus = "promised" if promise_verb else "given"
    chain = _chain(verb)
    for lower, node in pairwise(chain):
        if lower.dep_ == "xcomp" and node.lemma_.lower() in PROMISE_HEADS | {"be", "go"}:
            status = "promised"  # "pledged to give", "is set to give", "is to give", "is going to give"
    for node in chain:
        for child in node.children:
            word = child.lower_
            if child.dep_ == "neg" or (child.dep_ == "aux" and word in HEDGE_AUX):
                return None
            if child.dep_ == "aux" and word in FUTURE_AUX:
                status = "promised"
            if child.dep_ == "advmod" and word in HEDGE_ADVERBS and status == "given":
                status = "reported"
    return None if _blocked(verb) else status


def restitution(verb: Token) -> bool:
    """True when the clause says the object is being returned ("handed over ..., returning artefacts")."""
    return any(
        c.lemma_.lower() in RESTITUTION and c.dep_ in {"advcl", "xcomp", "conj"} for c in verb.children
    )

"""Whether a gift verb reports a gift made, promised or only reported, or no gift at all (negated, hedged)."""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Token

from builder.core.model import GiftStatus
from builder.extract.gifts.lexicon import (
    ALLEGED,
    BLOCKING_HEADS,
    CONDITIONAL_AUX,
    FUTURE_AUX,
    HEDGE_ADVERBS,
    HEDGE_AUX,
    PROMISE_HEADS,
    REPORTING_HEADS,
    REQUESTING,
    RESTITUTION,
    UNLIKELY,
)
from builder.extract.gifts.syntax import glued_clause
from builder.extract.phrasing import infinitive


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
        if any(c.lower_ in {"whether", "if", "unless"} and c.dep_ == "mark" for c in node.children):
            return True
        if _on_condition(node):
            return True
        if (
            node.dep_ == "relcl"
            or (node.dep_ == "acl" and not _marked(node))
            or glued_clause(node) is not None
        ):
            return False  # "the broadcaster, which is funded by the state, denied ...": its own assertion
        purpose = node.dep_ == "advcl" and infinitive(node)
        asked = node.dep_ in {"xcomp", "ccomp"} and node.head.lemma_.lower() in REQUESTING
        node = node.head
        if purpose:
            continue  # "stopped the game to let X present ...": the gift is what the act was for
        if node.lemma_.lower() in BLOCKING_HEADS or asked or _denied_by_noun(node) or _unlikely(node):
            return True
        if node.pos_ in {"VERB", "AUX"} and _modal(node):
            return True  # "a cap would mean voters handing the parties extra money"
    return False


def _on_condition(node: Token) -> bool:
    """ "as long as proceeds went to X", "so long as he gives": a clause set as the condition of another is
    not stated as done."""
    return any(
        c.dep_ == "mark" and c.lower_ == "as" and c.i > 0 and c.nbor(-1).lower_ == "long"
        for c in node.children
    )


def _modal(verb: Token) -> bool:
    """True for a clause that is only possible or conditional ("would mean", "could see")."""
    return any(c.dep_ == "aux" and c.lower_ in HEDGE_AUX | CONDITIONAL_AUX for c in verb.children)


def _unlikely(node: Token) -> bool:
    """ "it was highly unlikely he would give", "reluctant for the state to fund": the gift is ruled out."""
    words = [node, *(c for c in node.children if c.dep_ in {"acomp", "attr"})]
    return any(w.lemma_.lower() in UNLIKELY for w in words)


def _reported(verb: Token) -> bool:
    """True when a clause is what someone said or decided ("said it would donate"), read up its chain."""
    node = verb
    for _ in range(4):
        if node.head.i == node.i:
            return False
        if node.dep_ in {"ccomp", "xcomp", "conj"} and node.head.lemma_.lower() in REPORTING_HEADS:
            return True
        if node.dep_ not in {"conj", "xcomp"}:
            return False
        node = node.head
    return False


def _marked(clause: Token) -> bool:
    """True for a clause opened by "that", "whether" or "if" (a complement, not a description)."""
    return any(c.dep_ == "mark" for c in clause.children)


def _denied_by_noun(node: Token) -> bool:
    """ "no evidence that X gave", "no sign that X gave": a noun with "no" that the gift clause completes."""
    return node.pos_ == "NOUN" and any(c.lower_ == "no" and c.dep_ == "det" for c in node.children)


def status_of(verb: Token, promise_verb: bool) -> GiftStatus | None:
    """given, promised or reported; None when the gift is negated, hypothetical, asked about or blocked."""
    if _question(verb) or _habitual(verb):
        return None
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
            if child.dep_ == "aux" and word in CONDITIONAL_AUX:
                if not _reported(node):
                    return None  # "would give" on its own: hypothetical or conditional
                status = "promised"
            if child.dep_ == "advmod" and word in ALLEGED:
                return None
            if child.dep_ == "advmod" and word in HEDGE_ADVERBS and status == "given":
                status = "reported"
    return None if _blocked(verb) else status


TIME_UNITS = {"day", "week", "month", "year", "season", "night", "morning", "weekend", "christmas"}
HABITUAL = {"daily", "weekly", "monthly", "yearly", "annually", "routinely", "regularly", "usually", "often"}


def _habitual(verb: Token) -> bool:
    """ "The agency hands out meals to 9,000 people daily", "gives each member a scarf every season": what
    someone does as a rule, in the present tense, is an activity, not a gift made."""
    if verb.tag_ not in {"VBZ", "VBP"}:
        return False
    every = any(
        c.lemma_.lower() in TIME_UNITS and any(d.lower_ in {"every", "each"} for d in c.children)
        for c in verb.children
    )
    return every or any(c.dep_ in {"advmod", "npadvmod"} and c.lower_ in HABITUAL for c in verb.children)


def _question(verb: Token) -> bool:
    """True for a clause that asks ("Who was funding the group?") rather than reports."""
    sent = verb.sent
    last = next((t for t in reversed(sent) if not t.is_punct or t.text == "?"), None)
    asks = any(c.tag_ in {"WP", "WDT"} and c.dep_ in {"nsubj", "dobj"} for c in verb.children)
    ends_asking = last is not None and last.text == "?" and not _statement_before_dash(verb)
    return ends_asking or (asks and verb.dep_ not in {"relcl", "acl"})


BREAKS = {"—", "–", ";"}


def _statement_before_dash(verb: Token) -> bool:
    """ "X was a donor — but shouldn't she meet foreign leaders anyway?": the question mark closes the clause
    after the dash; the clause before it, which opens with no question word or auxiliary, states a fact
    ("They knew it when they donated — so how ...?": "when" inside it asks nothing)."""
    sent = verb.sent
    cut = next((t for t in sent if t.text in BREAKS and t.i > verb.i), None)
    if cut is None:
        return False
    opening = next((t for t in sent if not t.is_punct and t.lower_ not in {"so", "and", "but"}), sent[0])
    return opening.pos_ != "AUX" and opening.tag_ not in {"WP", "WDT", "WRB"}


def restitution(verb: Token) -> bool:
    """True when the clause says the object is being returned ("handed over ..., returning artefacts", "gave
    the coin back to the landowner", "handed it back")."""
    return any(
        (c.lemma_.lower() in RESTITUTION and c.dep_ in {"advcl", "xcomp", "conj"})
        or (c.lower_ == "back" and c.dep_ in {"advmod", "prt"})
        for c in verb.children
    )

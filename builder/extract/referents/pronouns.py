"""Third-person pronouns: which words they are, and whether the line itself names their referent."""

from __future__ import annotations

import functools

from spacy.tokens import Token

from builder.data import appraisal
from builder.extract.actors.speech import SPEECH_VERBS
from builder.nlp.names import names_a_person

PERSON_WORDS = {"he", "she", "him", "her", "his"}
BODY_WORDS = {"it", "its"}
GROUP_WORDS = {"they", "them", "their"}
CONTESTING_VERBS = {"challenge", "contest", "dispute", "reject", "question", "fight", "resist"}


def bound(pronoun: Token, kept: set[int]) -> bool:
    """A pronoun whose referent the line itself names before it: a person's name for "he", a named body or a
    singular noun for "it", a plural noun for "they" ("government bodies … their data handling")."""
    word = pronoun.lower_
    before = [t for t in pronoun.doc[pronoun.sent.start : pronoun.i] if t.i in kept]
    if word in PERSON_WORDS:
        return any(
            t.ent_type_ == "PERSON" or (t.pos_ == "NOUN" and t.tag_ == "NN" and personal(t)) for t in before
        )
    if word in BODY_WORDS:
        return any(t.ent_type_ in {"ORG", "GPE"} or t.tag_ == "NN" for t in before)
    return any(t.tag_ in {"NNS", "NNPS"} or t.ent_type_ in {"ORG", "GPE", "NORP"} for t in before)


def personal(noun: Token) -> bool:
    """A noun that names a person ("the athlete", "a man")."""
    return names_a_person(noun.lemma_)


def spoken_of(pronoun: Token) -> Token | None:
    """The thing a speaker's participle clause says "it" or "they" of: the object of the verb of criticism
    or challenge the clause hangs on ("slammed parking charges, saying they threaten …", "challenged
    the law arguing it breached EU rules"), when its number agrees; None otherwise."""
    if pronoun.lower_ not in {"it", "they"} or pronoun.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    clause = pronoun.head
    saying = clause.head
    if clause.dep_ != "ccomp" or saying.dep_ not in {"advcl", "acl"} or saying.tag_ != "VBG":
        return None
    if saying.lemma_.lower() not in SPEECH_VERBS:
        return None
    if saying.dep_ == "acl":  # the parser hung the participle on the object itself
        thing = saying.head if saying.head.dep_ == "dobj" else None
    else:
        thing = next((c for c in saying.head.children if c.dep_ == "dobj"), None)
    if thing is None or thing.head.lemma_.lower() not in _contesting():
        return None  # "filed a claim to get her deposit back, saying it was withheld": the deposit
    if thing.pos_ not in {"NOUN", "PROPN"} or personal(thing):
        return None
    plural = thing.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in thing.children)
    return thing if plural == (pronoun.lower_ == "they") else None


@functools.cache
def _contesting() -> frozenset[str]:
    return frozenset(appraisal()["criticism_verbs"]) | CONTESTING_VERBS

"""Third-person pronouns: which words they are, and whether the line itself names their referent."""

from __future__ import annotations

from spacy.tokens import Token

from builder.nlp.names import senses

PERSON_WORDS = {"he", "she", "him", "her", "his"}
BODY_WORDS = {"it", "its"}
GROUP_WORDS = {"they", "them", "their"}


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
    return "r" in senses(noun.lemma_.lower())[:1]

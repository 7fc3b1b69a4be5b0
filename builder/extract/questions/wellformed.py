"""Whether a question built from a clause is good English that means something on its own."""

from __future__ import annotations

import re
from itertools import pairwise

from spacy.tokens import Token

from builder.extract.phrasing import LOOSE_ENDS, MAX_WORDS, phrase_root

COMPLEMENTS = {"dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "dative"}
VAGUE_HEADS = {
    "something",
    "anything",
    "nothing",
    "nobody",
    "everything",
    "everyone",
    "anyone",
    "none",
    "one",
}
VAGUE_DETERMINERS = {
    "this",
    "that",
    "these",
    "those",
    "such",
    "some",
    "it",
    "they",
    "he",
    "she",
    "either",
    "neither",
    "any",
}
ANAPHORIC_NOUNS = {
    "pair",
    "figure",
    "figures",
    "former",
    "latter",
    "duo",
    "trio",
    "two",
    "three",
    "same",
    "other",
}
MAX_PREDICATE = 22
DEMONSTRATIVES = {"this", "that", "these", "those"}
GLUED = re.compile(r"[a-z][A-Z][a-z]|[a-zA-Z][.:][A-Z]")
NEEDS_COMPLEMENT = {
    "agree",
    "believe", "think", "say", "suggest", "know", "expect", "hope", "claim", "have", "make", "put", "give",
    "take", "get", "want", "need", "include", "mean", "become", "show", "find", "see", "tell", "consider",
}  # fmt: skip
BARE_OK = {
    "nsubj",
    "nsubjpass",
    "aux",
    "auxpass",
    "neg",
    "punct",
    "advmod",
    "cc",
    "conj",
    "mark",
    "advcl",
    "prep",
}
UNPLACED_PRONOUNS = {
    "he",
    "she",
    "him",
    "her",
    "his",
    "hers",
    "they",
    "them",
    "it",
    "we",
    "us",
    "our",
    "i",
    "me",
    "my",
    "you",
    "your",
}


def well_formed(verb: Token, subject: list[Token], predicate: list[Token]) -> bool:
    """Whether a question built from these parts is good English that means something alone."""
    if verb.tag_.startswith("NN") or verb.pos_ not in {"VERB", "AUX"}:
        return False  # a noun read as a verb ("Does five interest rate rise …?")
    if any(c.dep_ == "neg" for c in verb.children):
        return False  # "should not expect" asked as "expect" would turn the sentence round
    bare = not [t for t in predicate if not t.is_punct]
    if bare and (verb.lemma_ in NEEDS_COMPLEMENT or any(c.dep_ not in BARE_OK for c in verb.children)):
        return False  # its object or clause was cut ("Does the public believe?")
    if predicate and (predicate[-1].pos_ in LOOSE_ENDS or predicate[-1].tag_ in {"WDT", "WP", "WRB"}):
        return False
    if len(subject) >= MAX_WORDS or len(predicate) > MAX_PREDICATE or _repeats([*subject, *predicate]):
        return False
    if _orphaned(predicate) or _bare_antecedent([*subject, *predicate]):
        return False
    if _detached(predicate, {verb.i}):
        return False
    owned = any(t.lower_ in {"its", "their"} for t in subject)
    return (
        not owned
        and subject_stands_alone(subject)
        and not any(stray(t, verb) for t in [*subject, *predicate])
    )


def _detached(tokens: list[Token], anchors: set[int]) -> bool:
    """Whether a word lost the word it modifies ("stand in winnable" once "seats" was cut)."""
    kept = {t.i for t in tokens} | anchors
    return any(t.head.i not in kept and not t.is_punct for t in tokens)


def _bare_antecedent(tokens: list[Token]) -> bool:
    """A noun left bare once its relative clause was cut ("expect titles", "the day is the day")."""
    kept = {t.i for t in tokens}
    for noun in (t for t in tokens if t.pos_ in {"NOUN", "PRON"}):
        cut = any(c.dep_ in {"relcl", "acl"} and c.i not in kept and _restrictive(c) for c in noun.children)
        others = [c for c in noun.children if c.i in kept and c.dep_ not in {"det", "punct"}]
        if cut and not others:
            return True
    return False


def _common(token: Token) -> bool:
    """A common word that only has a capital because it started a sentence or a heading."""
    opening = token.i == token.sent.start or token.doc[token.i - 1].text in {
        '"',
        "“",
        "‘",
        "'",
        ":",
        "(",
        "-",
        "–",
    }
    return (
        not opening
        and token.pos_ not in {"PROPN", "X"}
        and not token.ent_type_
        and token.text != "I"
        and not token.is_upper
    )


def _restrictive(clause: Token) -> bool:
    """A relative clause that says which one is meant (no comma before it)."""
    start = clause.left_edge.i
    return start == 0 or clause.doc[start - 1].text not in {",", "(", "–", "—", "-"}


def _repeats(tokens: list[Token]) -> bool:
    """The same word twice in a row ("the the"), left where a cut joined two phrases."""
    ordered = sorted(tokens, key=lambda t: t.i)
    return any(a.lower_ == b.lower_ and a.is_alpha for a, b in pairwise(ordered))


def _orphaned(predicate: list[Token]) -> bool:
    """A preposition whose object was cut ("despite about 5 May"), or "not only" without "but also"."""
    kept = {t.i for t in predicate}
    for token in predicate:
        if token.dep_ == "prep" and not any(c.i in kept for c in token.children):
            return True
        if token.lower_ == "only" and token.i > 0 and token.doc[token.i - 1].lower_ == "not":
            return not any(t.lower_ == "but" for t in predicate)
    return False


def subject_stands_alone(subject: list[Token]) -> bool:
    """A subject a reader can place: not a pronoun, "the pair", "something", nor cut by a comma."""
    if not subject:
        return True
    root = phrase_root(subject)
    first = subject[0].lower_
    if root.tag_ in {"PRP", "EX", "DT", "WP"} or root.lower_ in VAGUE_HEADS or first in VAGUE_DETERMINERS:
        return False
    if first == "the" and root.lower_ in ANAPHORIC_NOUNS:
        return False
    return not any(t.text == "," for t in subject) or any(t.dep_ == "cc" for t in subject)


def stray(token: Token, verb: Token) -> bool:
    """A word that breaks the question: a wh-word, a finite verb of another clause, a pronoun, a bracket."""
    if token.tag_ in {"WP", "WRB", "WDT", "WP$"} and token.dep_ not in {"nsubj", "nsubjpass", "dobj"}:
        return True
    if token.tag_ in {"WP", "WRB", "WP$"}:
        return True
    if token.tag_ in {"VBD", "VBZ", "VBP", "MD"} and token.dep_ not in {
        "relcl",
        "ccomp",
        "advcl",
        "acl",
        "pcomp",
    }:
        return token.head.i != verb.i or token.dep_ not in {"conj"}
    if token.lower_ in UNPLACED_PRONOUNS | {"here", "not", "n't"}:
        return True
    if (token.lower_ in DEMONSTRATIVES and token.dep_ != "det") or (
        token.lower_ == "one" and token.i > 0 and token.doc[token.i - 1].lower_ in DEMONSTRATIVES
    ):
        return True  # "a test like this", "on this one"
    if GLUED.search(token.text) or (token.text[:1].isupper() and _common(token)):
        return (
            True  # words run together in the source ("TurkeyThe"), or a stray capital ("be Secondly stolen")
        )
    return token.text in {";", "(", ")", "[", "]"}

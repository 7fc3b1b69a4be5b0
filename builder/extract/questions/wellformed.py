"""Whether a question built from a clause is good English that means something on its own."""

from __future__ import annotations

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
VAGUE_DETERMINERS = {"this", "that", "these", "those", "such", "some", "it", "they", "he", "she"}
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
NEEDS_COMPLEMENT = {
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
    if len(subject) >= MAX_WORDS or _repeats([*subject, *predicate]) or _orphaned(predicate):
        return False
    if _detached(predicate, {verb.i}):
        return False
    owned = any(t.lower_ in {"its", "their"} for t in subject)
    return (
        not owned
        and subject_stands_alone(subject)
        and not any(_stray(t, verb) for t in [*subject, *predicate])
    )


def _detached(tokens: list[Token], anchors: set[int]) -> bool:
    """Whether a word lost the word it modifies ("stand in winnable" once "seats" was cut)."""
    kept = {t.i for t in tokens} | anchors
    return any(t.head.i not in kept and not t.is_punct for t in tokens)


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


def _stray(token: Token, verb: Token) -> bool:
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
    if token.lower_ in UNPLACED_PRONOUNS or token.lower_ == "here":
        return True
    return token.text in {";", "(", ")", "[", "]"}

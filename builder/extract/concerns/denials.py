"""Views denied by whoever would hold them: "we do not believe the scheme failed", "nobody thinks the reform
will hurt", "I'm not someone who thinks the plan will fail", "I don't think anyone should be worried".

A judging or worry word inside such a clause is no one's concern: the speaker says the opposite.
"""

from __future__ import annotations

from spacy.tokens import Token

# Verbs of saying or thinking whose denial denies what their clause says.
DENYING_VERBS = {
    "think", "believe", "accuse", "speak", "suggest", "say", "claim", "allege", "consider", "mean",
}  # fmt: skip
NOBODY = {"nobody", "none", "no-one"}
NEGATIONS = {"never", "not", "n't"}
# Someone described as not being the kind who holds the view: "not someone who thinks …".
SOMEONE = {"someone", "somebody", "one", "person", "man", "woman", "type", "kind", "sort", "anyone"}


def denied_view(token: Token) -> bool:
    """Whether the nearest verb of saying or thinking above a word is denied: negated ("do not believe"),
    held by nobody ("nobody thinks", "no one believes", "no minister suggested"), or said of someone the
    speaker says they are not ("I'm not someone who thinks …", "he is not the kind of man who says …")."""
    node = token
    while node.head != node:
        node = node.head
        if node.pos_ in {"VERB", "AUX"} and node.lemma_.lower() in DENYING_VERBS:
            return _negated(node) or held_by_nobody(node) or _not_one_who(node)
    return False


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in NEGATIONS for c in verb.children)


def held_by_nobody(verb: Token) -> bool:
    """ "Nobody thinks …", "no one believes …", "no minister has suggested …"."""
    for subject in (c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}):
        if subject.lower_ in NOBODY or (subject.lower_ == "one" and _says_no(subject)):
            return True
        if any(c.dep_ == "det" and c.lower_ in {"no", "neither"} for c in subject.children):
            return True
    return False


def _says_no(one: Token) -> bool:
    """The "no" of "no one" (a determiner of "one", or the word just before it)."""
    before = one.doc[one.i - 1] if one.i > 0 else None
    return any(c.lower_ == "no" for c in one.children) or (before is not None and before.lower_ == "no")


def _not_one_who(verb: Token) -> bool:
    """A relative clause on someone the speaker says they are not: "I'm not someone who thinks …"."""
    if verb.dep_ != "relcl":
        return False
    someone = verb.head
    if someone.lower_ not in SOMEONE or someone.dep_ not in {"attr", "acomp"}:
        return False
    return _negated(someone.head)

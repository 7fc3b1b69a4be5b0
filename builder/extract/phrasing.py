"""Phrasing: turning parsed clauses and noun phrases back into short, readable text."""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc, Token

MAX_WORDS = 14
HEDGE_MODALS = {"may", "might", "could"}
MODAL_TEXT = {"wo": "will", "ca": "can", "sha": "shall"}
RELATIVE = {"which", "that", "who", "whom"}
ASIDE_MARKS = {",", "(", "–", "—", "--", "-"}
PLURAL_ONLY = {"whereabouts", "headquarters", "details", "terms"}
SENTENCE_ADVERBS = {
    "also", "however", "furthermore", "meanwhile", "yet", "still", "nonetheless", "moreover", "thus", "well",
    "therefore", "so", "then", "now", "additionally", "overall", "indeed", "further", "either", "simply",
}  # fmt: skip
CUT_DEPS = {"advcl", "parataxis", "conj", "cc", "dep", "intj", "mark", "neg", "preconj", "punct"}
CLAUSE_PARTS = {"nsubj", "nsubjpass", "aux", "auxpass", "expl"}
NP_DROP_WORDS = {"possible", "potential", "alleged", "any", "such", "purported", "rumored", "rumoured"}
LOOSE_ENDS = {"ADP", "DET", "CCONJ", "SCONJ", "PART", "AUX"}
QUOTE_MARKS = re.compile(r"``|''|[\"“”]|\(\s*\)")


def child(token: Token, deps: set[str]) -> Token | None:
    """The first child with one of the dependency labels."""
    return next((c for c in token.children if c.dep_ in deps), None)


def words(tokens: Iterable[Token], lower_first: bool = False) -> str:
    """Tokens as text in document order, one space where the source had one or where tokens were cut out."""
    ordered = sorted((t for t in set(tokens) if not t.is_space), key=lambda t: t.i)
    parts = []
    for this, following in zip(ordered, [*ordered[1:], None], strict=False):
        gap = following is not None and following.i != this.i + 1 and not following.is_punct
        parts.append(this.text + (" " if this.whitespace_ or gap else ""))
    text = " ".join(QUOTE_MARKS.sub("", "".join(parts)).split()).strip(",;:–—- ")
    if lower_first and ordered and _lowerable(ordered[0]):
        text = text[:1].lower() + text[1:]
    return text


def _lowerable(token: Token) -> bool:
    return (
        token.pos_ != "PROPN" and not token.ent_type_ and token.text != "I" and not token.text[1:2].isupper()
    )


def plural(token: Token) -> bool:
    """Whether a subject head is plural: a plural noun, or nouns joined by "and"."""
    return token.tag_ in {"NNS", "NNPS"} or token.lower_ in PLURAL_ONLY or child(token, {"conj"}) is not None


def phrase_root(tokens: list[Token]) -> Token:
    """The token of a phrase whose head lies outside it."""
    ids = {t.i for t in tokens}
    return next((t for t in tokens if t.head.i not in ids or t.head == t), tokens[0])


def _cut(token: Token) -> bool:
    """Modifiers a short question can do without: relative clauses, asides and "including/such as" lists."""
    aside = token.i > token.head.i and token.doc[token.left_edge.i - 1].text in ASIDE_MARKS
    if token.dep_ == "relcl" or (aside and token.dep_ not in {"conj", "cc", "punct"}):
        return True
    following = token.doc[min(token.i + 1, len(token.doc) - 1)]
    return token.lower_ in {"including", "especially"} or (
        token.lower_ == "such" and following.lower_ == "as"
    )


def without_asides(root: Token, skip: set[int]) -> list[Token]:
    """The root's subtree minus relative clauses, asides (with their commas) and the skipped tokens."""
    cuts = [c for c in root.subtree if c.i != root.i and _cut(c)]
    removed = {t.i for c in cuts for t in c.subtree} | skip
    for cut in cuts:  # the commas or dashes that framed the aside go with it
        removed |= {i for i in (cut.left_edge.i - 1, cut.right_edge.i + 1) if _mark(root.doc, i)}
    return [t for t in root.subtree if t.i not in removed and not t.is_space]


def _mark(doc: Doc, i: int) -> bool:
    return 0 <= i < len(doc) and doc[i].text in ASIDE_MARKS | {")"}


def noun_phrase(noun: Token, drop_determiners: bool = False, drop: set[int] | None = None) -> list[Token]:
    """The noun with its modifiers, minus asides, relative clauses and (optionally) its determiners."""
    tokens = without_asides(noun, drop or set())
    while tokens and (tokens[-1].is_punct or tokens[-1].dep_ == "cc"):
        tokens.pop()
    while (
        drop_determiners
        and tokens
        and tokens[0] != noun
        and (tokens[0].dep_ in {"det", "predet"} or tokens[0].lower_ in NP_DROP_WORDS)
    ):
        tokens.pop(0)
    return _trim(tokens)


def _trim(tokens: list[Token]) -> list[Token]:
    """Cut a long phrase before the last preposition (attached to a noun or verb) that keeps it short."""
    if len(tokens) <= MAX_WORDS:
        return tokens
    bounds = [
        n
        for n, t in enumerate(tokens[: MAX_WORDS + 1])
        if n >= 4 and t.dep_ == "prep" and t.head.tag_ not in {"VBN", "VBG", "JJ", "JJR", "RB"}
    ]
    return tokens[: bounds[-1]] if bounds else tokens[:MAX_WORDS]


def subject_of(verb: Token) -> list[Token] | None:
    """The subject phrase of a verb; shared with a conjoined or controlling verb; a relative's antecedent."""
    auxes = [a for a in verb.children if a.dep_ in {"aux", "auxpass"}]  # the parser sometimes hangs it there
    subjects = [c for t in [verb, *auxes] for c in t.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects and verb.dep_ in {"conj", "xcomp"} and verb.head.pos_ in {"VERB", "AUX"}:
        return subject_of(verb.head)
    if not subjects or (verb.dep_ == "relcl" and subjects[0].lower_ not in RELATIVE):
        return None  # no subject, or an object relative ("the evidence that prosecutors might present")
    if subjects[0].lower_ in RELATIVE and verb.dep_ in {"relcl", "acl"}:
        subjects = [_antecedent(verb.head)]
    # A list subject ("X, Y, and Z could …") is sometimes parsed as two subjects: keep the words between them.
    between = [t for t in verb.doc[subjects[0].i : subjects[-1].i] if t.dep_ in {"cc", "punct"}]
    phrase = sorted({*(t for s in subjects for t in noun_phrase(s)), *between}, key=lambda t: t.i)
    if len(phrase) == 1 and (
        phrase[0].tag_ in {"PRP", "EX", "WDT", "WP", "DT"} or phrase[0].lower_ in RELATIVE
    ):
        return None  # a bare pronoun does not say who
    return phrase or None


def _antecedent(noun: Token) -> Token:
    """Climb "the visit to the Far East, which …" from "East" to "visit", where the relative belongs."""
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in {"NOUN", "PROPN"}:
        noun = noun.head.head
    return noun


def _predicate(verb: Token, skip: set[int]) -> list[Token]:
    """The verb and what follows it in its clause, minus asides, other clauses and hedges."""
    kept = [verb]
    for child in verb.children:
        if child.i in skip or child.dep_ in CUT_DEPS | CLAUSE_PARTS or child.lower_ in SENTENCE_ADVERBS:
            continue
        if (child.i > verb.i or child.dep_ == "advmod") and not _cut(child):
            kept += without_asides(child, skip)
    return _trim(sorted(kept, key=lambda t: t.i))


def _be(number: str, past: bool) -> str:
    return {("singular", False): "is", ("plural", False): "are", ("singular", True): "was"}.get(
        (number, past), "were"
    )


def _front(
    verb: Token, auxes: list[Token], future: bool, number: str, past: bool
) -> tuple[str, list[Token], str]:
    """The question's first word, the auxiliaries left after the subject, and the verb's form."""
    if auxes and auxes[0].tag_ == "MD":
        return MODAL_TEXT.get(auxes[0].lower_, auxes[0].lower_), auxes[1:], verb.text
    if future and auxes and auxes[0].lemma_ == "have":  # "may have been sold" → "Was … sold?"
        if (len(auxes) > 1 and auxes[1].lower_ == "been") or (verb.lemma_ == "be" and len(auxes) == 1):
            return _be(number, True), auxes[2:], verb.text if verb.lemma_ != "be" else ""
        return "did", auxes[1:], verb.lemma_
    if future:
        return "will", auxes, verb.lemma_ if verb.tag_ != "VBN" or not auxes else verb.text
    if auxes and auxes[0].tag_ == "VB" and auxes[0].lemma_ in {"be", "have"}:  # "seems to be doing"
        return (
            _be(number, past) if auxes[0].lemma_ == "be" else "had" if past else "has",
            auxes[1:],
            verb.text,
        )
    if auxes:
        return auxes[0].lower_, auxes[1:], verb.text
    past = past or verb.tag_ in {"VBD", "VBN"}
    if verb.lemma_ == "be":
        return _be(number, past), [], ""
    return ("did" if past else "does" if number == "singular" else "do"), [], verb.lemma_


def _expanded(drop: set[int], verb: Token) -> set[int]:
    """Dropped cue words, with the clauses of dropped cue verbs ("without fearing he …") taken along."""
    keep = {a.i for a in verb.ancestors} | {verb.i}
    return drop | {
        t.i for i in drop if verb.doc[i].pos_ == "VERB" and i not in keep for t in verb.doc[i].subtree
    }


def clause_question(
    verb: Token, drop: set[int], future: bool = False, subject: list[Token] | None = None, past: bool = False
) -> str | None:
    """A yes/no (or wh-) question from a clause: "X may do Y" → "Will X do Y?"; None if it would dangle."""
    embedded = verb.dep_ in {"ccomp", "csubj", "pcomp", "xcomp"}
    wh = next((c for c in verb.children if c.tag_ in {"WP", "WRB"} and c.i < verb.i and embedded), None)
    subject = subject or subject_of(verb)
    if subject is None and (wh is None or wh.dep_ not in {"nsubj", "nsubjpass"}):
        return None
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i < verb.i and c.tag_ != "TO"]
    future = future or any(a.lower_ in HEDGE_MODALS for a in auxes)
    auxes = [a for a in auxes if a.i not in drop and a.lower_ not in HEDGE_MODALS]
    skip = _expanded(drop, verb) | {t.i for t in [*auxes, *(subject or []), *([wh] if wh else [])]}
    predicate = [t for t in _predicate(verb, skip) if t != verb]
    if (predicate and predicate[-1].pos_ in LOOSE_ENDS) or (not predicate and verb.lemma_ == "be"):
        return None
    if subject is None:  # "who fired" → "Who fired?"
        return _sentence([wh.lower_ if wh else "", *(a.text for a in auxes), verb.text, words(predicate)])
    number = "plural" if plural(phrase_root(subject)) else "singular"
    front, rest, form = _front(verb, auxes, future, number, past)
    subject_text = words(subject, lower_first=True)
    return _sentence(
        [wh.lower_ if wh else "", front, subject_text, *(a.text for a in rest), form, words(predicate)]
    )


def _sentence(parts: list[str]) -> str:
    text = " ".join(p for p in parts if p)
    return text[:1].upper() + text[1:] + "?"


def confirm_question(verb: Token, drop: set[int]) -> str | None:
    """ "X reportedly did Y" → "Is it confirmed that X did Y?"."""
    subject = subject_of(verb)
    if subject is None:
        return None
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass", "neg"} and c.i not in drop]
    clause = [*subject, *auxes, *_predicate(verb, drop | {t.i for t in [*subject, *auxes]})]
    return f"Is it confirmed that {words(clause, lower_first=True)}?"

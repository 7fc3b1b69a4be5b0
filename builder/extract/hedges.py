"""Hedge and uncertainty cues in a sentence, counted only where the parse shows a hedging use."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from spacy.tokens import Span, Token

HedgeKind = Literal[
    "possible", "probable", "belief", "fear", "condition", "investigation", "unknown", "reported", "pending",
    "disputed",
]  # fmt: skip  # "pending" and "disputed" are asked about by questions/pending.py, never found here


@dataclass(frozen=True)
class HedgeCue:
    """One uncertainty cue: its words, kind, and character span in the doc text."""

    text: str
    kind: HedgeKind
    start: int
    end: int


NEGATIONS = {"not", "n't", "n’t", "never", "no"}
COMPLEMENTS = {"ccomp", "xcomp", "acomp", "oprd"}
ABILITY_VERBS = {
    "see", "hear", "feel", "smell", "understand", "remember", "recall", "imagine", "afford", "comment",
    "reach",
}  # fmt: skip
ADVERBS: dict[str, HedgeKind] = {
    "possibly": "possible", "perhaps": "possible", "maybe": "possible", "conceivably": "possible",
    "potentially": "possible", "probably": "probable", "likely": "probable", "presumably": "probable",
    "apparently": "probable", "seemingly": "probable", "supposedly": "reported", "reportedly": "reported",
    "allegedly": "reported", "purportedly": "reported", "unlikely": "probable",
}  # fmt: skip
ATTRIBUTES: dict[str, HedgeKind] = {
    "possible": "possible", "potential": "possible", "likely": "probable", "unlikely": "probable",
    "probable": "probable", "improbable": "probable", "alleged": "reported", "rumored": "reported",
    "rumoured": "reported", "purported": "reported", "presumed": "probable", "putative": "probable",
    "unconfirmed": "unknown", "doubtful": "probable", "questionable": "probable",
}  # fmt: skip
NOUNS: dict[str, HedgeKind] = {
    "speculation": "belief", "possibility": "possible", "likelihood": "probable", "probability": "probable",
    "rumor": "reported", "rumour": "reported", "suspicion": "belief", "uncertainty": "unknown",
    "assumption": "belief", "hypothesis": "belief", "belief": "belief", "doubt": "belief",
    "allegation": "reported", "accusation": "reported", "concern": "fear", "worry": "fear",
    "fear": "fear", "risk": "possible", "expectation": "probable",
}  # fmt: skip
CLAUSE_NOUNS = {"suspicion", "assumption", "hypothesis", "belief", "allegation", "accusation", "probability"}
TOPIC_NOUNS = {"concern", "worry", "fear", "expectation"}
BELIEF_VERBS = {
    "believe", "think", "suspect", "suppose", "assume", "presume", "guess", "speculate", "reckon", "doubt",
    "predict", "anticipate", "forecast", "foresee", "estimate", "suggest", "allege", "rumor", "rumour",
    "hypothesize", "hypothesise", "expect", "fear", "wonder", "feel", "project", "question", "worry",
}  # fmt: skip
CLAUSE_VERBS = {"feel", "fear", "estimate", "project", "suggest", "think", "believe", "suspect", "assume"}
SEEM_VERBS = {"seem", "appear"}
REPORT_VERBS = {"say", "report", "believe", "think", "rumor", "understand", "consider", "see", "view"}
UNKNOWN_ADJECTIVES = {"unknown", "unclear", "uncertain", "undecided", "undetermined", "unconfirmed"}
KNOWN_WORDS = {"known", "clear", "certain", "sure", "confirmed", "determined", "decided", "settled"}
STILL_OPEN = {"see", "determine", "decide", "confirm", "know", "settle", "establish", "clarify", "resolve"}
UNKNOWN_LEMMAS = {"know", *STILL_OPEN}
NOT_CONDITIONS = {"necessary", "possible", "needed", "any", "ever", "anything", "applicable", "appropriate"}
PRESENT_TAGS = {"VBZ", "VBP", "MD"}


def _negated(token: Token) -> bool:
    """Whether a token (or the word it hangs on) carries a negation."""
    return any(c.dep_ == "neg" or c.lower_ == "never" for c in (*token.children, *token.head.children))


def _has_dep(token: Token, deps: set[str]) -> bool:
    return any(c.dep_ in deps for c in token.children)


def _has_clause(token: Token) -> bool:
    """Whether a that-clause hangs on the token ("the belief that …")."""
    clauses = [c for c in token.children if c.dep_ in {"acl", "ccomp", "relcl"}]
    return any(m.lower_ == "that" and m.dep_ == "mark" for c in clauses for m in c.children)


def _has_topic(token: Token) -> bool:
    """Whether an "about/over" phrase names what the worry is about."""
    return any(c.dep_ == "prep" and c.lower_ in {"about", "over"} for c in token.children)


def _neighbour(token: Token, offset: int) -> Token:
    """The token `offset` places away, or the token itself at the edges of the doc."""
    i = token.i + offset
    return token.doc[i] if 0 <= i < len(token.doc) else token


def _modal(token: Token) -> HedgeKind | None:
    """may/might/could as epistemic modals; "could" of past ability and "may" the month are left out."""
    if token.tag_ != "MD":
        return None
    return None if token.lower_ == "could" and _past_ability(token) else "possible"


def _past_ability(token: Token) -> bool:
    """Whether "could" is ability or purpose ("could not reach", "could see", "so that he could")."""
    verb = token.head
    if any(c.dep_ == "neg" for c in verb.children) or verb.lemma_ in ABILITY_VERBS:
        return True
    purpose = any(c.lower_ == "so" and _neighbour(c, 1).lower_ == "that" for c in verb.children)
    return purpose or any(
        c.dep_ in {"mark", "advmod"} and c.lower_ in {"when", "only"} for c in verb.children
    )


def _should(token: Token) -> HedgeKind | None:
    """The inverted conditional "Should X fail, …"."""
    subjects = [c for c in token.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    inverted = token.tag_ == "MD" and bool(subjects) and token.i < subjects[0].i
    return "condition" if inverted and token.head.dep_ == "advcl" else None


def _would(token: Token) -> HedgeKind | None:
    """Hypothetical "would be a problem", "would not be surprised"; not future-in-the-past reporting."""
    verb = token.head
    if token.tag_ != "MD":
        return None
    if any(c.lower_ == "surprised" for c in verb.children):
        return "probable"
    if verb.lemma_ != "be" or _negated(token) or _has_dep(verb, {"auxpass"}):
        return None
    return "probable" if _has_dep(verb, {"acomp", "attr", "xcomp"}) else None


def _adverb(token: Token) -> HedgeKind | None:
    return ADVERBS.get(token.lower_) if token.pos_ in {"ADV", "ADJ"} and token.dep_ != "amod" else None


def _condition(token: Token) -> HedgeKind | None:
    """if/unless/whether and "until" a future event; not "if necessary" or "dozens if not hundreds"."""
    word = token.lower_
    if word in {"whether", "unless"}:
        return "investigation" if word == "whether" else "condition"
    if word == "if":
        right, after = _neighbour(token, 1), _neighbour(token, 2)
        if right.lower_ in NOT_CONDITIONS or (right.lower_ == "not" and after.pos_ in {"NUM", "ADJ", "ADV"}):
            return None
        return None if _neighbour(token, -1).lower_ == "as" else "condition"
    if word == "until" and token.dep_ == "mark":
        return "condition" if token.head.tag_ in PRESENT_TAGS else None
    return None


RULES: dict[str, Callable[[Token], HedgeKind | None]] = {
    **{w: _modal for w in ("may", "might", "could")},
    "should": _should,
    "would": _would,
    **{w: _adverb for w in ADVERBS},
    **{w: _condition for w in ("if", "unless", "whether", "until")},
}


def _attribute(token: Token) -> HedgeKind | None:
    """possible/likely/alleged…, except "the best possible", "as soon as possible", "made it possible to"."""
    if token.pos_ not in {"ADJ", "VERB", "NOUN"}:
        return None
    if token.lower_ == "possible" and not _possible_event(token):
        return None
    return ATTRIBUTES.get(token.lower_)


def _possible_event(token: Token) -> bool:
    """Whether "possible" is about an event ("a possible deal"), not feasibility ("possible to")."""
    left = _neighbour(token, -1)
    if left.tag_ in {"JJS", "CD"} or left.lower_ in {"as", "if", "all", "every", "only", "whenever"}:
        return False
    if token.dep_ == "amod":
        return True
    infinitive = any(c.dep_ == "xcomp" for c in (*token.children, *token.head.children))
    return not infinitive and token.head.lemma_ != "make" and not _negated(token)


def _noun(token: Token) -> HedgeKind | None:
    """speculation/possibility/doubt…, but not "no doubt", "a belief in", or "the oil concern"."""
    lemma = token.lemma_.lower()
    if token.pos_ not in {"NOUN", "PROPN"} or (lemma == "doubt" and _doubt_denied(token)):
        return None
    if lemma in CLAUSE_NOUNS and not _has_clause(token):
        return None
    if lemma == "risk" and not _has_clause(token):
        return None
    if lemma in TOPIC_NOUNS and not (_has_clause(token) or _has_topic(token)):
        return None
    return NOUNS.get(lemma)


def _doubt_denied(token: Token) -> bool:
    if any(c.lower_ in NEGATIONS | {"little"} for c in token.children):
        return True
    return token.head.lower_ in {"without", "beyond"} or _negated(token.head)


def _belief_verb(token: Token) -> HedgeKind | None:
    """believe/expect/suggest… taking a clause; not "as expected", "the expected gain", "suggest a plan"."""
    if token.pos_ not in {"VERB", "AUX"} or token.dep_ == "amod" or token.head.lower_ == "than":
        return None
    if any(c.dep_ == "mark" and c.lower_ in {"as", "than"} for c in token.children):
        return None
    lemma = token.lemma_
    if lemma == "expect":
        return "probable" if _has_dep(token, COMPLEMENTS | {"dobj"}) else None
    if lemma in {"wonder", "question"}:
        return "investigation" if lemma == "wonder" or _has_dep(token, {"ccomp"}) else None
    if lemma == "worry":
        return "fear" if _has_topic(token) or _has_clause(token) else None
    if lemma == "suspect" and any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
        return "reported"
    if lemma in CLAUSE_VERBS:
        return "belief" if _has_dep(token, {"ccomp", "xcomp"}) or token.dep_ == "parataxis" else None
    return None if lemma == "doubt" and _negated(token) else "belief"


def _seem(token: Token) -> HedgeKind | None:
    """seem/appear with a complement ("appears to be", "it seems that"), not "appeared in court"."""
    return "probable" if token.pos_ in {"VERB", "AUX"} and _has_dep(token, COMPLEMENTS | {"attr"}) else None


def _reported(token: Token) -> HedgeKind | None:
    """A passive report verb: "X is said to …", "is believed to …", "is seen as …"."""
    if not (_has_dep(token, {"auxpass"}) and token.tag_ == "VBN"):
        return None
    if token.lemma_ in {"see", "view"}:
        return "probable" if any(c.dep_ == "prep" and c.lower_ == "as" for c in token.children) else None
    infinitive = any(c.dep_ == "xcomp" and any(g.tag_ == "TO" for g in c.children) for c in token.children)
    return "reported" if infinitive else None


def _unknown(token: Token) -> HedgeKind | None:
    """Unknowns: "unclear", "not (yet) known", "won't be known", "remains to be seen", "nobody knows"."""
    if token.lower_ in UNKNOWN_ADJECTIVES:
        return "unknown" if token.dep_ != "amod" else None
    knowing = token.lower_ in KNOWN_WORDS or token.lemma_ == "know"
    if knowing and token.dep_ not in {"amod", "advmod"} and _denied(token):  # the cheap tests first
        return "unknown"
    if token.lemma_ in STILL_OPEN and token.tag_ == "VBN" and still_open(token):
        return "unknown"
    return None


def _denied(token: Token) -> bool:
    """Whether a knowing word is negated or has "nobody"/"no" before it ("nobody knows")."""
    return _negated(token) or any(c.lower_ in {"nobody", "no"} for c in token.children if c.i < token.i)


def still_open(token: Token) -> bool:
    """Whether a participle is still open: "remains to be seen", "has yet to be decided"."""
    before = {t.lower_ for t in token.doc[max(token.sent.start, token.i - 4) : token.i]}
    return "to" in before and bool(before & {"remains", "remain", "remained", "yet"})


def cue_kind(token: Token) -> HedgeKind | None:
    """The kind of uncertainty a token expresses here, or None when it is not a hedging use."""
    lower, lemma = token.lower_, token.lemma_  # each attribute read builds a new string: read them once
    for rule in _rules_for(lower, lemma):
        if kind := rule(token):
            return kind
    return None


@functools.lru_cache(maxsize=65536)
def _rules_for(lower: str, lemma: str) -> tuple[Callable[[Token], HedgeKind | None], ...]:
    """The rules that apply to a word with this form and lemma, in the order they are tried."""
    checks: list[tuple[bool, Callable[[Token], HedgeKind | None]]] = [
        (lower in RULES, RULES.get(lower, _unknown)),
        (lower in ATTRIBUTES, _attribute),
        (lemma.lower() in NOUNS, _noun),
        (lemma in BELIEF_VERBS, _belief_verb),
        (lemma in SEEM_VERBS, _seem),
        (lemma in REPORT_VERBS, _reported),
        (lower in UNKNOWN_ADJECTIVES or lower in KNOWN_WORDS or lemma in UNKNOWN_LEMMAS, _unknown),
    ]  # `_unknown` answers None for any other word, so it is not even asked
    return tuple(rule for applies, rule in checks if applies)


def _cue_span(token: Token) -> tuple[int, int]:
    """The cue's characters: a negated "known"/"clear" takes its negation along ("not clear")."""
    start, end = token.idx, token.idx + len(token.text)
    if token.lower_ in KNOWN_WORDS or token.lemma_ == "know":
        negs = [c.idx for c in (*token.children, *token.head.children) if c.dep_ == "neg" and c.i < token.i]
        start = min([start, *negs])
    return start, end


def find_hedges(sent: Span) -> tuple[HedgeCue, ...]:
    """The uncertainty cues of one sentence, in text order."""
    cues = set()
    text, offset = sent.text, sent.start_char  # not doc.text, which joins every token of the doc again
    for token in sent:
        kind = cue_kind(token)
        if kind is not None:
            start, end = _cue_span(token)
            cues.add(HedgeCue(text[start - offset : end - offset], kind, start, end))
    return tuple(sorted(cues, key=lambda c: (c.start, c.end)))

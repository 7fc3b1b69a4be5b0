"""Open points that are not hedges: plans, hopes and promises not yet carried out, what is still to come."""

from __future__ import annotations

from spacy.tokens import Span, Token

from builder.extract.hedges import HedgeCue
from builder.extract.phrasing import subject_of, without_asides, words
from builder.extract.questions.clauses import base_form
from builder.extract.questions.wellformed import UNPLACED_PRONOUNS, subject_stands_alone
from builder.extract.questions.wellformed import stray as _stray

PENDING_VERBS = {
    "hope", "plan", "intend", "aim", "seek", "wish", "promise", "pledge", "vow", "propose", "prepare", "set",
    "due", "bid",
}  # fmt: skip
OPEN_MARKS = {"investigation": "Pending:", "pending": "Pending:", "reported": "Not confirmed:"}
MAX_STATEMENT = 25
URGING_VERBS = {"say", "add", "urge", "argue", "insist", "recommend", "suggest", "tell", "believe", "think"}


def pending_cues(sent: Span) -> tuple[HedgeCue, ...]:
    """Cues of what is still to happen: "hopes to", "is due to", "has yet to", "said X should"."""
    found = [token for token in sent if _pending(token)]
    return tuple(HedgeCue(t.text, "pending", t.idx, t.idx + len(t.text)) for t in found)


def _pending(token: Token) -> bool:
    lemma = base_form(token) if token.pos_ == "VERB" else token.lemma_.lower()  # spaCy reads "hopes" as "hop"
    if lemma in PENDING_VERBS and token.pos_ in {"VERB", "ADJ"}:
        plain = not any(
            c.dep_ in {"neg", "dobj"} for c in token.children
        )  # "seek donations to …" is a purpose
        return plain and _infinitive(token) is not None
    if token.lower_ == "yet" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "to":
        return _infinitive(token.head) is not None
    if token.lower_ == "should" and token.tag_ == "MD":
        clause = token.head
        return clause.dep_ == "ccomp" and clause.head.lemma_ in URGING_VERBS
    return False


def _infinitive(token: Token) -> Token | None:
    """The to-infinitive a pending word governs ("plans to announce" → "announce")."""
    return next(
        (c for c in token.children if c.dep_ == "xcomp" and any(g.tag_ == "TO" for g in c.children)), None
    )


def pending_clause(token: Token) -> Token | None:
    """The clause whose event is pending, for a cue found by `pending_cues`."""
    if token.lower_ == "yet":
        return _infinitive(token.head)
    if token.lower_ == "should":
        return token.head
    return _infinitive(token)


def open_statement(token: Token, kind: str) -> str | None:
    """The uncertain statement itself, marked open, where no question reads well ("Pending: whether …")."""
    verb = _clause_verb(token)
    marker = token.dep_ in {"advmod", "mark"} or kind == "pending"  # a word that can go, or stays as written
    if verb is None or kind not in OPEN_MARKS or not marker:
        return None
    kept = [t for t in without_asides(verb, set()) if t.i != token.i or kind in {"investigation", "pending"}]
    kept = [t for t in kept if t.dep_ not in {"cc", "conj", "advcl", "parataxis"} or t.head != verb]
    subject = subject_of(verb)
    if subject is None or not subject_stands_alone(subject) or _unplaced(kept) or len(kept) > MAX_STATEMENT:
        return None
    if not set(subject) <= set(kept):
        return None  # the statement must say whose plan or doubt it is
    if token.sent.text.rstrip().endswith("?") or any(_stray(t, verb) for t in kept if t.lower_ != "not"):
        return None
    text = words(kept, lower_first=kind != "investigation")
    return f"{OPEN_MARKS[kind]} {text[:1].lower() + text[1:] if kind == 'investigation' else text}"


def _clause_verb(token: Token) -> Token | None:
    """The verb of the clause the cue marks as open."""
    if token.lower_ in {"whether", "if"} or token.dep_ == "advmod":
        return token.head if token.head.pos_ in {"VERB", "AUX"} else None
    return pending_clause(token) and token.head if token.lower_ == "yet" else _own_verb(token)


def _own_verb(token: Token) -> Token | None:
    node = token
    while node.pos_ not in {"VERB", "AUX"} and node.head != node:
        node = node.head
    return node if node.pos_ in {"VERB", "AUX"} else None


def _unplaced(tokens: list[Token]) -> bool:
    return any(
        t.lower_ in UNPLACED_PRONOUNS or (t.tag_ in {"WP", "WRB"} and t.dep_ != "mark") for t in tokens
    )

"""Who holds a concern: the named actor, a resolved he/she, or the noun phrase (named in one place)."""

from __future__ import annotations

from spacy.tokens import Token

from builder.core.model import UNATTRIBUTED
from builder.extract import Analysis
from builder.extract.phrasing import noun_phrase, words

PRONOUN_PEOPLE = {"he", "she", "him", "her"}
ARTICLES = {"the", "a", "an"}
MAX_HOLDER_WORDS = 8
QUOTE_MARKS = ("“", '"', "‘", "``")


def holders(head: Token | None, analysis: Analysis) -> list[str]:
    """Who holds a concern, one name per conjoined holder: the named actor, else the noun phrase, else
    `unattributed`. The one place holders are resolved."""
    if head is None:
        return [UNATTRIBUTED]
    names = [name for member in _conjuncts(head) if (name := _name(member, analysis))]
    return list(dict.fromkeys(names)) or [UNATTRIBUTED]


def _conjuncts(head: Token) -> list[Token]:
    members = {head.i, *(c.i for c in head.conjuncts)}
    return [head, *(t for t in head.subtree if t.dep_ == "conj" and t.head.i in members)]


def _name(token: Token, analysis: Analysis) -> str | None:
    """An actor's name, a resolved he/she, or the noun phrase without its article."""
    actor = analysis.actors.actor_for(token)
    if actor is not None:
        return actor.name
    if token.lower_ in PRONOUN_PEOPLE:  # after a quotation: the person named before the quotation began
        quoted_first = token.sent.text.lstrip().startswith(QUOTE_MARKS)
        person = analysis.actors.person_before(token.sent.start_char if quoted_first else token.idx)
        return person.name if person is not None else None
    if token.pos_ == "PRON":
        return None
    others = {t.i for c in token.children if c.dep_ in {"conj", "cc"} for t in c.subtree}
    phrase = [t for t in noun_phrase(token) if t.i not in others]
    while phrase and phrase[0].lower_ in ARTICLES:
        phrase = phrase[1:]
    return words(phrase[:MAX_HOLDER_WORDS]) or None

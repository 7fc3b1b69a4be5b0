"""Offices and portfolios the model labelled organisations: "Solicitor General Harriet Harman", "Communities
Secretary Eric Pickles". A title is a role of the person who holds it, and the field a minister is in is a
part of the title: neither is a body that acts.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from builder.nlp.names import names_a_person, senses

MINISTERS = {
    "secretary", "minister", "spokesman", "spokeswoman", "spokesperson", "commissioner", "tsar", "czar",
    "chief", "envoy", "adviser", "advisor", "director", "correspondent", "editor",
}  # fmt: skip
PARTICLES = {"of", "the", "for", "and"}


def a_title(spans: list[Span]) -> bool:
    """ "Solicitor General", "Secretary of State", "Chancellor of the Exchequer": a name of ordinary words
    opened by one for a person in the singular, as an office is named, not a body."""
    span = spans[0]
    if span.ent_id_ or len(span) < 2:
        return False
    first = span[0]
    if not names_a_person(first.lower_) or first.lemma_.lower() != first.lower_:
        return False  # "Friends of the Earth": people in the plural name a group
    if any(senses(t.lower_)[:1] == "g" for t in span):
        return False  # "National Executive Committee": a body's word
    cut = next((k for k, t in enumerate(span) if t.lower_ in PARTICLES), len(span))
    head = span[cut - 1]  # "Secretary" of "Secretary of State", "Centre" of "National Tennis Centre"
    if senses(head.lower_)[:1] in {"a", "l", "o"}:
        return False  # "National Tennis Centre": a building or a place, not an office
    return all(t.lower_ in PARTICLES or _ordinary(t.lower_) for t in span[1:])


def a_portfolio(spans: list[Span]) -> bool:
    """ "Communities Secretary Eric Pickles", "the Communities Secretary", "Monetary Affairs Commissioner":
    ordinary words only ever written before a minister's title name the field, not a body ("Kremlin
    spokesman" keeps the Kremlin: no ordinary word)."""
    if spans[0].ent_id_:
        return False
    return all(_before_a_title(s) and all(_ordinary_word(t) for t in s) for s in spans)


def _before_a_title(span: Span) -> bool:
    doc = span.doc
    if span.end >= len(doc):
        return False
    after = doc[span.end]
    return after.lemma_.lower() in MINISTERS and span.root.head.i == after.i


def _ordinary(word: str) -> bool:
    return bool(senses(word))


def _ordinary_word(token: Token) -> bool:
    """A dictionary word, or the plural of one ("Communities"), or a joining word."""
    word = token.lower_
    singular = word[:-3] + "y" if word.endswith("ies") else word.removesuffix("s")
    return word in PARTICLES or _ordinary(word) or _ordinary(singular)

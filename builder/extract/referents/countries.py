"""The country a description means: "the country", "the government" → the one country the article has
named so far."""

from __future__ import annotations

from spacy.tokens import Token

from builder.extract import Analysis
from builder.extract.referents.descriptions import name_words

COUNTRY_NOUNS = {"country", "government", "nation"}
# country names written with "the" ("the Netherlands", "the United States")
TAKES_THE = {"united", "republic", "kingdom", "states", "netherlands", "philippines", "gambia", "bahamas"}


def sole_country(token: Token, analysis: Analysis) -> tuple[str, str, Token] | None:
    """ "the country" → "Greece", "the government" → "Greece's government" ("the US government"): the one
    country the article has named so far (two or more, or none: which one, not sure)."""
    lemma = token.lemma_.lower()
    if token.tag_ != "NN" or lemma not in COUNTRY_NOUNS:
        return None
    named = {
        actor.name
        for mention, actor in analysis.actors.resolved()
        if mention.kind == "country" and mention.end <= token.idx
    }
    if len(named) != 1:
        named = _in_sentence(token, analysis)
    if len(named) != 1:
        return None
    name = named.pop()
    the = name.isupper() or bool(name_words(name) & TAKES_THE)  # "the US", "the United States"
    if lemma in {"country", "nation"}:
        return (f"the {name}" if the else name), "country", token
    return (f"the {name} government" if the else f"{name}'s government"), "country", token


def _in_sentence(token: Token, analysis: Analysis) -> set[str]:
    """The one country the noun's own sentence names before it, when that country is the subject of a clause
    above the noun's ("Ukraine accused Russian forces of shelling … in the country's south" → Ukraine), where
    the article has named several; not a country its clause acts on ("accused the US of supporting
    terrorists in the country"), nor a firm's home ("Turkey's Everasia")."""
    sent = token.sent
    named = []
    for mention, actor in analysis.actors.resolved():
        before = sent.start_char <= mention.start < token.idx
        if mention.kind != "country" or mention.label == "NORP" or not before:
            continue
        span = analysis.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None:
            named.append((span.root, actor.name))
    if len({name for _, name in named}) != 1:
        return set()
    root, name = named[0]
    above = (
        root.dep_ in {"nsubj", "nsubjpass"}
        and root.head.is_ancestor(token)
        and root.head != _clause_of(token)
    )
    return {name} if above else set()


def _clause_of(token: Token) -> Token:
    """The verb whose clause the token stands in."""
    while token.pos_ not in {"VERB", "AUX"} and token.head.i != token.i:
        token = token.head
    return token

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
        return None
    name = named.pop()
    the = name.isupper() or bool(name_words(name) & TAKES_THE)  # "the US", "the United States"
    if lemma in {"country", "nation"}:
        return (f"the {name}" if the else name), "country", token
    return (f"the {name} government" if the else f"{name}'s government"), "country", token

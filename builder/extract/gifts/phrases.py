"""Phrases of gift frames as written: items with their modifiers, parties named by actor or description."""

from __future__ import annotations

import re

from spacy.tokens import Token

from builder.extract import Analysis
from builder.extract.actors import TITLES, Mention
from builder.extract.gifts import syntax as syn
from builder.nlp.edges import with_whole_words

ARTICLES = {"a", "an", "the"}
CUT_DEPS = {"relcl", "appos", "conj", "cc", "punct", "advcl"}
TRAILING_PREPS = {"as", "at", "during", "on", "after", "before", "to", "by", "via", "under", "ahead", "for"}
INNER_PUNCT = {"-", "–", "/", "'", "’", "&", "."}
GROUP_WORDS = {
    "each",
    "all",
    "both",
    "many",
    "some",
    "most",
    "several",
    "dozens",
    "hundreds",
    "thousands",
    "scores",
}
QUOTES = {'"', "“", "”", "«", "'"}


def _drop(token: Token, top: bool) -> bool:
    """True for a dependent that is not part of the phrase as the gift list shows it."""
    if token.dep_ in CUT_DEPS and not _inner_punct(token) and not _in_modifier_list(token, top):
        return True
    trailing = top and token.i > token.head.i
    if trailing and (token.dep_ == "advmod" or (token.dep_ == "prep" and token.lower_ in TRAILING_PREPS)):
        return True
    return token.dep_ == "prep" and any(c.ent_type_ in {"DATE", "TIME"} for c in token.children)


MODIFIER_DEPS = {"amod", "compound", "nmod"}


def _in_modifier_list(token: Token, top: bool) -> bool:
    """A word listed inside a modifier before its noun ("a black and white photograph", "money and anti-tank
    missiles"): part of that modifier, not a second item."""
    modifier = token.head
    noun = modifier.head
    return (
        not top
        and token.dep_ in {"conj", "cc"}
        and modifier.dep_ in MODIFIER_DEPS
        and modifier.i < token.i < noun.i
    )


def _inner_punct(token: Token) -> bool:
    """A hyphen or apostrophe inside a word ("three-bedroom", "drivers' association")."""
    glued_left = token.i > 0 and not token.doc[token.i - 1].whitespace_
    return token.text in INNER_PUNCT and (glued_left or token.lower_ in {"'", "’"})


def _aside(token: Token) -> bool:
    """A comma, bracket or quotation mark opening an aside after the head (not a possessive apostrophe)."""
    return token.text in {",", "(", ";"} or (token.text in QUOTES and token.dep_ != "case")


def _subtree(head: Token, skip: frozenset[int], top: bool) -> list[Token]:
    keep = [head]
    for child in head.children:
        if child.i not in skip and not _drop(child, top):
            keep.extend(_subtree(child, skip, False))
    return keep


def phrase_tokens(head: Token, skip: frozenset[int] = frozenset()) -> list[Token]:
    """The head with its modifiers, cut before appositions, relative clauses, dates and a quoted aside."""
    tokens = sorted(_subtree(head, skip, True), key=lambda t: t.i)
    tokens = [t for t in tokens if t.i >= syn.dateline_end(head)]
    cut = next((t.i for t in head.subtree if t.i > head.i and _aside(t) and t.i not in skip), None)
    return [t for t in tokens if cut is None or t.i < cut]


def text_of(tokens: list[Token]) -> str:
    """Tokens joined as written, without edge punctuation. Where words of the text were left out between two
    tokens (quotation marks, an aside), a space stands for them if the text had one there: 'a "sizable" aid
    contribution' without its quotation marks is "a sizable aid contribution", not "a sizableaid …"."""
    while tokens and (tokens[-1].is_punct or tokens[-1].text in QUOTES):
        tokens = tokens[:-1]
    while tokens and (tokens[0].is_punct or tokens[0].text in QUOTES):
        tokens = tokens[1:]
    parts = []
    for token, after in zip(tokens, [*tokens[1:], None], strict=True):
        gap = token.doc[token.i : after.i] if after is not None else token.doc[token.i : token.i + 1]
        parts.append(token.text + (" " if any(t.whitespace_ for t in gap) else ""))
    if tokens and syn.magnitude_suffix(tokens[-1]) and tokens[-1].text.endswith("."):
        parts[-1] = parts[-1].rstrip()[:-1]  # "£1m." at a sentence's end: the full stop is the sentence's
    return "".join(parts).strip()


def item_text(item: Token, verb: Token, skip: frozenset[int]) -> str:
    """The item as written, with "from a space suit" kept even when the parser hung it on the verb."""
    tokens = [t for t in phrase_tokens(item, skip) if t.lower_ not in {"each", "other"} or t.i == item.i]
    if not tokens:
        return ""
    end = max(t.i for t in tokens)
    after = item.doc[end + 1] if end + 1 < len(item.doc) else None
    if after is not None and syn.magnitude_suffix(after):
        tokens.append(after)  # "$1" + "m": the model split the amount
        end += 1
    for prep in syn.children(verb, "prep"):
        if prep.i == end + 1 and prep.lower_ in {"from", "of"} and prep.i not in skip:
            tokens.extend(phrase_tokens(prep, skip))
            end = prep.right_edge.i
    tokens.extend(_restrictive_clause(tokens, end, skip))
    return text_of(sorted(tokens, key=lambda t: t.i))


RELATIVE_WORDS = {"that", "which", "who"}
MAX_CLAUSE = 12


def _restrictive_clause(tokens: list[Token], end: int, skip: frozenset[int]) -> list[Token]:
    """A short defining clause right after the item ("…suit that had been to space"): part of its description.

    Clauses set off by a comma add an aside rather than say which thing it is, so they stay out.
    """
    for token in tokens:
        for clause in syn.children(token, "relcl"):
            words = list(clause.subtree)
            cut = next((t.i for t in words if t.i in skip), None)  # a party the parser hung on the clause
            words = [t for t in words if cut is None or t.i < cut]
            if not words:
                continue
            opener = words[0]
            if (
                opener.i == end + 1
                and (opener.lower_ in RELATIVE_WORDS or opener.dep_ == "nsubj")  # "the trophy she won"
                and len(words) <= MAX_CLAUSE
                and clause.i in {t.i for t in words}
            ):
                return words
    return []


def group_member(token: Token) -> Token:
    """The group named in "each of the BRICS leaders"."""
    if token.lower_ in GROUP_WORDS:
        inner = syn.pobjs(token, "of")
        if inner:
            return inner[0]
    return token


def _adjacent_name(token: Token) -> Token | None:
    """A name right after the phrase, set off by commas, that the parser did not attach as an apposition."""
    doc = token.doc
    start = syn.np_end(token) + 1
    if start + 1 >= len(doc) or doc[start].text != ",":
        return None
    entity = next(
        (e for e in doc.ents if start < e.start <= start + 6 and e.label_ in {"PERSON", "ORG"}), None
    )
    if entity is None:
        return None
    if any((t.is_punct and t.text != "-") or t.pos_ in {"ADP", "DET"} for t in doc[start + 1 : entity.start]):
        return None
    after = doc[entity.end] if entity.end < len(doc) else None
    return entity.root if after is None or after.is_punct else None


def named_party(token: Token, analysis: Analysis) -> str | None:
    """The canonical actor name for a phrase headed by, or set in apposition to, a named actor.

    A name owned by a person ("Clinton's Senate campaign") is not that actor, so it stays a description."""
    if any(c.ent_type_ == "PERSON" for c in syn.children(token, "poss")):
        return None
    joined = _split_title(token) or _named_after_place(token) or _titled_name(token, analysis)
    if joined is not None:
        return joined
    actor = analysis.actors.actor_for(token) if token.pos_ == "PROPN" or token.ent_type_ else None
    if actor is not None:
        return actor.name
    described = token.dep_ == "appos" and any(c.lower_ in {"a", "an"} for c in syn.children(token, "det"))
    if described and token.head.pos_ == "PROPN":
        actor = analysis.actors.actor_for(token.head)  # "Radio Liberty, a state-funded broadcaster"
        if actor is not None:
            return actor.name
    called = [o for c in syn.children(token, "acl") if c.lemma_ in {"call", "name"} for o in c.children]
    for other in [*syn.children(token, "appos"), _adjacent_name(token), *called]:
        if other is not None and _a_name(other) and other.i > token.i:
            first = _first_actor(other, analysis) if other in called else None
            actor = analysis.actors.actor_for(other)
            return first or (actor.name if actor is not None else text_of(phrase_tokens(other)))
    return None


def _a_name(token: Token) -> bool:
    """A proper name, also one whose last part the tagger read as a common word: the "in" of a hyphenated
    romanised name ("the South Korean leader, Moon Jae-in,") is tagged a noun but lies inside a person's
    name."""
    return token.pos_ == "PROPN" or (token.ent_type_ in {"PERSON", "ORG"} and token.ent_iob_ == "I")


def _titled_name(token: Token, analysis: Analysis) -> str | None:
    """ "awarded President Trump the Order", parsed with "President" as the object and the name hung
    elsewhere: a title word with the name right after it is that person."""
    doc = token.doc
    if token.ent_type_ or token.lower_.rstrip(".") not in TITLES or token.i + 1 >= len(doc):
        return None
    name = doc[token.i + 1]
    if name.ent_type_ != "PERSON" or name.ent_iob_ != "B" or token.is_ancestor(name):
        return None
    actor = analysis.actors.actor_for(name)
    return actor.name if actor is not None else None


def _named_after_place(token: Token) -> str | None:
    """A body named with a place that the tagger tagged as the place alone ("Enterprise Singapore", "Sport
    England"): the whole name, not the country."""
    if token.ent_type_ not in {"GPE", "LOC"}:
        return None
    before = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < token.i]
    if not before or any(c.ent_type_ for c in before):
        return None
    name = text_of([t for t in token.doc[before[0].left_edge.i : token.i + 1]])
    return re.sub(r"['’]s?$", "", name)


TITLE_JOINS = {"to", "of", "for", "in"}


def _split_title(token: Token) -> str | None:
    """A title-case name the tagger cut at its small word ("Tribute" + "to" + "Heroes", "Children" + "in" +
    "Need"): the whole name, when both halves are tagged and nothing but the small word stands between."""
    doc = token.doc
    if not (token.ent_type_ or token.pos_ == "PROPN") or not token.text[:1].isupper():
        return None
    for prep in syn.children(token, "prep"):
        inner = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if prep.lower_ not in TITLE_JOINS or prep.i != token.i + 1 or inner is None or inner.pos_ != "PROPN":
            continue
        span = doc[token.left_edge.i : inner.i + 1]
        words = [t for t in span if t.i != prep.i and t.lower_ not in ARTICLES]
        if inner.left_edge.i == prep.i + 1 and all(t.text[:1].isupper() for t in words):
            return text_of([t for t in span if not (t.i == span.start and t.lower_ in ARTICLES)])
    return None


def _first_actor(name: Token, analysis: Analysis) -> str | None:
    """The first actor in a name the tagger split in two ("an entity called Klein, Ltd.")."""
    for token in name.subtree:
        actor = analysis.actors.actor_for(token) if token.ent_type_ == name.ent_type_ else None
        if actor is not None:
            return actor.name
    return None


def described_party(token: Token, skip: frozenset[int] = frozenset()) -> str:
    """A party only described ("Colleagues at the Bank of England"), minus its leading article and the
    words in `skip` (the gift verb of "a state-funded broadcaster")."""
    clauses = frozenset(c.i for c in token.children if c.dep_ == "acl" and c.tag_ != "VBG")
    tokens = with_whole_words(phrase_tokens(token, clauses | skip))  # "his re-election bid", not "his re"
    while tokens and tokens[0].lower_ in ARTICLES:
        tokens = tokens[1:]
    while tokens and tokens[-1].dep_ == "case":
        tokens = tokens[:-1]
    while (
        len(tokens) > 1 and tokens[0].lower_.rstrip(".") in TITLES and all(t.pos_ == "PROPN" for t in tokens)
    ):
        tokens = tokens[1:]  # "Prime Minister Sofia Marin" when the name was not recognised as a person
    return text_of(tokens)


def mention_name(mention: Mention, analysis: Analysis) -> str | None:
    """The canonical name of the actor an actor-table mention belongs to."""
    span = analysis.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    actor = analysis.actors.actor_for(span) if span is not None else None
    return actor.name if actor is not None else None

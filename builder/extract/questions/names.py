"""Pronouns in open questions named: "Will he resign?" asked as "Will Alan Milburn resign?" when sure who."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

from spacy.tokens import Span, Token

from builder.core.model import Actor
from builder.extract import Analysis
from builder.extract.actors.resolve import (
    BACK,
    BODY_PRONOUNS,
    PERSON_PRONOUNS,
    pronoun_sex,
    subject_above,
    titled_sexes,
)
from builder.extract.evidence import sentence_index_at
from builder.extract.phrasing import named

KINDS = {"person": {"person"}, "body": {"organisation", "country"}}
ENTITY_LABELS = {"person": {"PERSON"}, "organisation": {"ORG"}, "country": {"GPE"}}
IMPERSONAL_VERBS = {"seem", "appear", "remain", "emerge", "be", "become", "look"}


@contextmanager
def named_pronouns(analysis: Analysis) -> Iterator[dict[int, Actor]]:
    """While open, each pronoun the resolver links with confidence to a named actor is written as its name;
    gives those actors by token index."""
    marked: dict[int, Actor] = {}
    try:
        for token in analysis.doc:
            actor = confident_actor(analysis, token)
            if actor is not None:
                token._.named = actor.name
                marked[token.i] = actor
        yield marked
    finally:
        for i in marked:
            analysis.doc[i]._.named = None


def named_once(text: str, sent: Span, actors: dict[int, Actor]) -> str:
    """The question with a name the question has already given written back as the pronoun: "Will Kennedy
    plan around his child?", not "… around Charles Kennedy's child?"."""
    for token in (t for t in sent if t.i in actors):
        written = named(token)
        at = text.find(written) if written else -1
        if at <= 0:
            continue
        before = text[:at].lower()
        if any(re.search(rf"\b{re.escape(name)}\b", before) for name in _names(actors[token.i])):
            text = text[:at] + token.lower_ + text[at + len(written) :]
    return text


def _names(actor: Actor) -> set[str]:
    """The actor's names, lower case, and a person's surname ("Mr Kennedy" names "Charles Kennedy")."""
    names = {n.lower() for n in (actor.name, *actor.aliases)}
    if actor.kind == "person":
        names.add(actor.name.split()[-1].lower())
    return names


def confident_actor(analysis: Analysis, token: Token) -> Actor | None:
    """The actor a pronoun stands for, when no other actor of its kind is named earlier in the sentence and
    the subject of a clause it hangs from names it ("Acme said it …"), or, for "he" / "she" under no such
    subject, it is the only person named since a couple of sentences back. Else None, as for an impersonal
    "it" ("it is likely that …") or an "it" that may be a thing."""
    word = token.lower_
    if token.pos_ != "PRON" or word not in PERSON_PRONOUNS | BODY_PRONOUNS or word.endswith("self"):
        return None
    if (word == "it" and _impersonal(token)) or _object(token) or _clitic_after(token):
        return None
    reference = analysis.resolver.resolve(token)
    if reference is None or reference.how != "pronoun" or _other_gender(analysis, token, reference.actor):
        return None
    kinds = KINDS["person" if word in PERSON_PRONOUNS else "body"]
    if _named_near(analysis, token, kinds, back=0) - {reference.actor.name}:
        return None  # "Lee's agent Cole said his transfer …": whose, the parse cannot say
    governor, named_governor = _governed_by(analysis, token)
    if named_governor is not None:
        return reference.actor if named_governor == reference.actor.name else None  # "Milburn said he …"
    if word in BODY_PRONOUNS or (governor is not None and not _owned(governor)):
        return (
            None  # "it" named last is as often a thing ("it looked like a compromise"); "the man said he …"
        )
    nearby = _named_near(analysis, token, kinds)
    if nearby != {reference.actor.name} or _both_genders_near(analysis, token) or _speaker_before(token):
        return None  # "she said … I doubt he will cope": someone the article has not named
    return reference.actor


def _owned(noun: Token) -> bool:
    """ "his speech": a thing someone has, not someone "he" may be (unlike "the boss", "the horse")."""
    return any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in noun.children)


def _object(token: Token) -> bool:
    """ "him", "it" as an object ("make it compulsory" too): not its clause's subject, often a thing."""
    subject = token.dep_ in {"nsubj", "nsubjpass"} and token.head.pos_ in {"VERB", "AUX"}
    return token.tag_ != "PRP$" and not subject


def _speaker_before(token: Token) -> bool:
    """ "I do not know what more he could want": the person named last speaks, "he" is someone else."""
    return any(t.lower_ in {"i", "me", "my", "we", "us", "our"} for t in token.sent if t.i < token.i)


def _clitic_after(token: Token) -> bool:
    """ "he'll", "she's": a name cannot take the clitic ("Smith'll")."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return following is not None and not token.whitespace_ and following.text[:1] in {"'", "’"}


def _other_gender(analysis: Analysis, token: Token, actor: Actor) -> bool:
    """ "he" for someone the article calls "Ms Jackson" (titles are the only gender the article states)."""
    if actor.kind != "person":
        return False
    return bool(titled_sexes(analysis.doc, analysis.actors, actor) - {pronoun_sex(token.lower_)})


def _both_genders_near(analysis: Analysis, token: Token) -> bool:
    """ "he" and "she" both used since a couple of sentences back: two people, one of them perhaps unnamed."""
    sentence = sentence_index_at(analysis.sentences, token.idx)
    start = analysis.sentences[max(1, sentence - BACK) - 1].start  # indexes are 1-based
    before = analysis.doc[max(0, token.i - 300) : token.i]
    seen = {pronoun_sex(t.lower_) for t in before if t.idx >= start and t.pos_ == "PRON"}
    return {"m", "f"} <= seen


def _impersonal(token: Token) -> bool:
    """ "it is unclear whether …", "it remains to be seen", "it is expected that …": no one is meant."""
    head = token.head
    if token.dep_ == "expl":
        return True
    clause = any(c.dep_ in {"ccomp", "csubj"} for c in head.children)
    return clause and (head.lemma_ in IMPERSONAL_VERBS or head.tag_ == "VBN")


def _governed_by(analysis: Analysis, token: Token) -> tuple[Token | None, str | None]:
    """The first subject, not a pronoun, of a clause the pronoun hangs from ("Acme said it …"), when it
    could be who the pronoun means (a name or a singular noun), and the actor it names."""
    subject = subject_above(token)
    if subject is None:
        return None, None
    actor = analysis.actors.actor_for(subject)
    if actor is not None:
        return subject, actor.name
    return (subject if subject.tag_ in {"NN", "NNP"} else None), None  # "a man said he …"


def _named_near(analysis: Analysis, token: Token, kinds: set[str], back: int = BACK) -> set[str]:
    """Actors of these kinds named from `back` sentences back up to the pronoun, with names of that kind the
    actor table left out (a second person is still someone "he" may mean)."""
    sentence = sentence_index_at(analysis.sentences, token.idx)
    found = {actor.name for actor in analysis.resolver.named_before(token, back) if actor.kind in kinds}
    labels = {label for kind in kinds for label in ENTITY_LABELS[kind]}
    for entity in analysis.doc.ents:
        near = sentence_index_at(analysis.sentences, entity.start_char) >= sentence - back
        if entity.label_ in labels and entity.end_char <= token.idx and near:
            actor = analysis.actors.actor_for(entity)
            found.add(actor.name if actor is not None else entity.text)
    return found

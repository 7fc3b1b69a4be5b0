"""A concern's topic written to read alone: a bare "the law" or "the firm" as what the article means, and a
"he", "her" or "its" whose referent the article makes sure written as the actor's name."""

from __future__ import annotations

import dataclasses

from spacy.tokens import Span, Token

from builder.core.model import Actor, Concern
from builder.extract import Analysis
from builder.extract.actors.resolve import BACK, pronoun_sex, subject_above, titled_sexes
from builder.extract.concerns.holders import FIRST_PERSON
from builder.extract.questions.names import confident_actor
from builder.extract.referents import anchor
from builder.extract.referents.pronouns import PERSON_WORDS, personal


def anchored(concern: Concern, span: Span, analysis: Analysis) -> Concern:
    """The concern with its topic's referents written out, each actor once; the holder's own "her" or "his"
    is left, as the line names the holder beside it ("Ms Lee: her name would be dragged in")."""

    written = {concern.holder}

    def actor_of(token: Token) -> Actor | None:
        actor = _person(analysis, token) if token.lower_ in PERSON_WORDS else None
        if actor is None and token.lower_ == "its":  # not "it": "it is worth debating" names no one
            actor = confident_actor(analysis, token)
        if actor is None or actor.name in written:
            return None  # named once, the next "his" reads ("Ms Lee had sold her car")
        written.add(actor.name)
        return actor

    return dataclasses.replace(concern, about=anchor(concern.about, span, analysis, actor_of).text)


def _person(analysis: Analysis, pronoun: Token) -> Actor | None:
    """The person a "he" or "her" stands for: the one the actor resolution links when the rules for
    questions are sure of it, or when that person is the only one named from two sentences back (a
    possessive's clause may have a thing for its subject: "the pause softened criticism of her moves")."""
    if _someone_else_before(pronoun):
        return None
    actor = confident_actor(analysis, pronoun)
    if actor is not None:
        return actor if actor.kind == "person" and not _said_by_another(analysis, pronoun, actor) else None
    reference = analysis.resolver.resolve(pronoun)
    if reference is None or reference.how != "pronoun" or reference.actor.kind != "person":
        return None
    if _said_by_another(analysis, pronoun, reference.actor):
        return None
    people = {a.name for a in analysis.resolver.named_before(pronoun, BACK) if a.kind == "person"}
    sexes = titled_sexes(analysis.doc, analysis.actors, reference.actor)
    agrees = not sexes or sexes == {pronoun_sex(pronoun.lower_)}
    return reference.actor if people == {reference.actor.name} and agrees else None


def _said_by_another(analysis: Analysis, pronoun: Token, actor: Actor) -> bool:
    """ "Mertesacker admits he cannot work out …": the named subject of a clause above the pronoun is as
    likely whom it means as the person the resolution chose."""
    subject = subject_above(pronoun)
    other = analysis.actors.actor_for(subject) if subject is not None else None
    return other is not None and other.name != actor.name


def _someone_else_before(pronoun: Token) -> bool:
    """Someone the pronoun may stand for whom the article does not name, earlier in its sentence: a
    speaker's "I" or "we" ("we said he should go"), a person by a common noun ("a 45-year-old, near the end
    of his career")."""
    before = pronoun.doc[pronoun.sent.start : pronoun.i]
    return any(t.lower_ in FIRST_PERSON or _a_person(t) for t in before)


def _a_person(noun: Token) -> bool:
    """A common noun for one person: "the referee", "a 45-year-old"."""
    if noun.tag_ != "NN" or noun.ent_type_ not in {"", "DATE"}:
        return False
    return personal(noun) or noun.lower_.endswith("year-old")

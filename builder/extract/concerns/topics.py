"""A concern's topic written to read alone: a bare "the law" or "the firm" as what the article means, a
"he", "her" or "its" whose referent the article makes sure written as the actor's name, a thing's "it" or
"they" as what the sentence names it by, and no dateline or stray leading preposition."""

from __future__ import annotations

import dataclasses

from spacy.tokens import Span, Token

from builder.core.model import Actor, Concern
from builder.extract import Analysis
from builder.extract.actors.resolve import BACK, pronoun_sex, subject_above, titled_sexes
from builder.extract.concerns.holders import FIRST_PERSON
from builder.extract.phrasing import noun_phrase, words
from builder.extract.questions.names import confident_actor
from builder.extract.referents import aligned, anchor
from builder.extract.referents.pronouns import PERSON_WORDS, personal, spoken_of
from builder.nlp.datelines import dateline_end

HEADLINE_WORDS = 4  # capitalised words in a row of a clause that make it a headline


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

    about = tidied(concern.about, span)
    written = anchor(about, span, analysis, actor_of, _thing_of, such=True)
    return dataclasses.replace(concern, about=written.text)


def _thing_of(pronoun: Token) -> str | None:
    thing = spoken_of(pronoun)
    return words(noun_phrase(thing)) if thing is not None else None


def tidied(about: str, sent: Span) -> str:
    """The topic without what only opens its sentence or its phrase: a wire dateline ("LONDON - Global
    efforts …"), the preposition or participle that links it to the cue ("against the mobilisation",
    "(the controversy) surrounding the naming of the stadium")."""
    placed = aligned(about, sent)
    if not placed:
        return about
    about = _in_sentence_case(about, [sent.doc[i] for i in sorted(placed)], placed)
    lead = sent.doc[min(placed, key=lambda i: placed[i][0])]
    if about[: placed[lead.i][0]].strip(" \"“”‘’'(`"):
        return about  # the topic opens with words of its own
    kept = [i for i in placed if i != lead.i]
    cut = _dateline_cut(lead, placed) or (_link_cut(lead, kept) if kept else None)
    if cut is None or cut not in placed:
        return about
    return about[placed[cut][0] :]


def _in_sentence_case(about: str, tokens: list[Token], placed: dict[int, tuple[int, int]]) -> str:
    """A headline quoted as a clause ("… argued that Russia Courting North Korea Shows Contempt for
    International Law") in sentence case: its capitalised words that are no name written small."""
    capitals = [t for t in tokens if _capitalised(t)]
    words = [t for t in tokens if t.is_alpha]
    verb = any(t.tag_.startswith("VB") for t in capitals)  # a capital verb mid-sentence: a headline
    if len(capitals) < HEADLINE_WORDS or not verb or 2 * len(capitals) < len(words):
        return about
    for token in capitals:
        if not token.ent_type_:
            start, end = placed[token.i]
            about = about[:start] + about[start:end].lower() + about[end:]
    return about


def _capitalised(token: Token) -> bool:
    text = token.text
    return not token.is_sent_start and len(text) > 1 and text[0].isupper() and text[1:].islower()


def _dateline_cut(lead: Token, placed: dict[int, tuple[int, int]]) -> int | None:
    """The first word after a dateline the topic opens with."""
    end = dateline_end(lead)
    return end if lead.i < end and end in placed else None


def _link_cut(lead: Token, kept: list[int]) -> int | None:
    """The word after a leading preposition or participle whose phrase is the whole topic ("against X",
    "surrounding X")."""
    if lead.pos_ == "ADP" and lead.dep_ == "prep":
        phrase = lead
    elif lead.dep_ == "acl" and lead.tag_ == "VBG":  # its object, not "belonging to X"
        phrase = next((c for c in lead.children if c.dep_ == "dobj"), None)
    else:
        return None
    if phrase is None:
        return None
    inside, after = {t.i for t in lead.subtree}, {t.i for t in phrase.subtree if t.i > lead.i}
    if not all(i in inside for i in kept) or lead.i + 1 not in kept or lead.i + 1 not in after:
        return None
    return lead.i + 1


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

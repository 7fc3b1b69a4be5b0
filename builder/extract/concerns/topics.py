"""A concern's topic written to read alone: a bare "the law" or "the firm" as what the article means, a
"he", "her" or "its" whose referent the article makes sure written as the actor's name, a thing's "it" or
"they" as what the sentence names it by, and no dateline or stray leading preposition."""

from __future__ import annotations

import dataclasses

from spacy.tokens import Span, Token

from builder.core.model import Actor, Concern
from builder.extract import Analysis
from builder.extract.actors.resolve import BACK, pronoun_sex, subject_above, titled_sexes
from builder.extract.actors.speech import can_speak
from builder.extract.concerns.charges import charge_clause
from builder.extract.concerns.holders import FIRST_PERSON
from builder.extract.concerns.lengths import MAX_ABOUT_WORDS, short
from builder.extract.phrasing import noun_phrase, phrase_root, without_asides, words
from builder.extract.questions.names import IMPERSONAL_VERBS, confident_actor
from builder.extract.questions.verbforms import base_form
from builder.extract.referents import Anchored, aligned, anchor, is_core, loose_wording
from builder.extract.referents.pronouns import PERSON_WORDS, bound, personal, spoken_of
from builder.nlp.datelines import dateline_end

HEADLINE_WORDS = 4  # capitalised words in a row of a clause that make it a headline
NAMED = {"PERSON", "ORG", "GPE", "NORP"}
THING_PRONOUNS = {"it"}  # "they" is as often people the speaker means
SEEMING = {"sound", "seem", "look", "appear", "feel"}
CLAUSE_DEPS = {"xcomp", "ccomp", "advcl", "acl"}


def anchored(concern: Concern, span: Span, analysis: Analysis) -> Concern | None:
    """The concern with its topic's referents written out, each actor once; the holder's own "her" or "his"
    is left, as the line names the holder beside it ("Ms Lee: her name would be dragged in"). None where
    what the topic is about stays a "the plan", "it" or "this" the line cannot say ("It has even more
    effect …", "opposed the plans"): such a line does not read alone."""

    written = {concern.holder}
    known: set[int] = set()  # pronouns for someone the line names already: they read

    def actor_of(token: Token) -> Actor | None:
        actor = _person(analysis, token) if token.lower_ in PERSON_WORDS else None
        if actor is None and token.lower_ == "its":  # not "it": "it is worth debating" names no one
            actor = confident_actor(analysis, token)
        if actor is not None and actor.name in written:
            known.add(token.i)
            return None  # named once, the next "his" reads ("Ms Lee had sold her car")
        if actor is None:
            return None
        written.add(actor.name)
        return actor

    about = claimed_of(tidied(concern.about, span), span, analysis, concern.holder)
    if (deed := _deed_of_someone(about, span, analysis)) is not None:
        about, name = deed
        written.add(name)  # "Tom Reed took a bribe at his office": his reads
    written = anchor(about, span, analysis, actor_of, _thing_of, such=True)
    if _unread(written, about, span, known):
        whole = _whole_clause(about, span)  # "the minute Mr Lun found out …, he should have …"
        written = anchor(whole, span, analysis, actor_of, _thing_of, such=True) if whole else written
        if whole is None or _unread(written, whole, span, known):
            what = _what_it_is(about, span)  # "it was a shameful waste of money": the waste of money
            if what is None:
                return None
            written = anchor(what, span, analysis, actor_of, _thing_of, such=True)
            if _unread(written, what, span, known):
                return None
    return dataclasses.replace(concern, about=written.text)


MIN_ATTRIBUTE_WORDS = 3  # "a waste" alone says nothing; "a shameful waste of money" does


def _what_it_is(about: str, span: Span) -> str | None:
    """What a topic whose subject is a loose "it" or "this" says the thing is, where that phrase reads
    alone: "it had been a frustrating start to the ferry" → "a frustrating start to the ferry"; not a bare
    noun ("it is a disgrace"), nor a denied one ("it is not a waste")."""
    placed = aligned(about, span)
    kept = [span.doc[i] for i in sorted(placed)]
    if not kept:
        return None
    root = phrase_root(kept)
    if root.lemma_ != "be" or any(c.dep_ == "neg" for c in root.children):
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ in {"it", "this", "that"} for c in root.children):
        return None
    attribute = next((c for c in root.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
    if attribute is None or attribute.i not in placed:
        return None
    phrase = [t for t in noun_phrase(attribute) if t.i in placed]
    if sum(not t.is_punct for t in phrase) < MIN_ATTRIBUTE_WORDS:
        return None
    return words(phrase)


def _unread(written: Anchored, about: str, span: Span, known: set[int]) -> bool:
    """Whether what a topic is about stays unsaid: the topic is only a pronoun ("opposed it"), or its main
    clause has for subject a thing's "it" the line cannot say ("It has even more effect when …").
    A bare description ("the plans", "the move") is left: the article has often said which before, in words
    the line cannot borrow, and a reader of the brief knows it."""
    placed = aligned(about, span)
    kept = [span.doc[i] for i in sorted(placed)]
    if not kept:
        return False
    root = phrase_root(kept)
    for token in kept:
        wording = loose_wording(token, placed)
        if wording is None or wording not in written.loose or token.i in known or token.pos_ != "PRON":
            continue
        if _understood(token, placed):
            continue
        if (token == root and _all_of(root, kept)) or (
            token.lower_ in THING_PRONOUNS and is_core(token) and token.head in _main_verbs(root)
        ):
            return True
    return False


def _understood(token: Token, placed: dict[int, tuple[int, int]]) -> bool:
    """An "it" that only holds the place of a clause after its verb, which the line says: "it would not help
    the town to shut …", "it is clear that …", "it sounds like …"."""
    if token.lower_ != "it" or token.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    verb = token.head
    said = [verb, *(c for c in verb.children if c.dep_ in {"acomp", "attr"})]  # "it would be wrong to …"
    clauses = [c for h in said for c in h.children if c.dep_ in CLAUSE_DEPS and c.i > verb.i]
    return any(_extraposed(c) and c.i in placed for c in clauses)


def _all_of(root: Token, kept: list[Token]) -> bool:
    """Whether the topic is nothing but the root's phrase ("the plans"), not a clause built on it ("the
    agency spent …", written from "criticised the agency for spending …")."""
    return all(t.i <= root.i for t in kept) and {t.i for t in kept} <= {t.i for t in root.subtree}


def _main_verbs(root: Token) -> set[Token]:
    """The topic's main verb and those joined to it: whose subjects say what the topic is about (not "what
    he said" deep inside it)."""
    return {root, *(c for c in root.children if c.dep_ == "conj")}


def _extraposed(clause: Token) -> bool:
    """A to-infinitive or a that-clause after the verb, which a placeholder "it" stands for."""
    marks = {c.lower_ for c in clause.children if c.dep_ in {"aux", "mark"}}
    if "like" in marks or "if" in marks:  # "it sounds like …", "it looks as if …"
        return clause.head.lemma_ in SEEMING
    return "to" in marks or "that" in marks or (clause.tag_ == "VBG" and clause.dep_ != "advcl")


def _whole_clause(about: str, span: Span) -> str | None:
    """The topic's clause with what opens it (an adverbial clause, a time phrase), where the topic was cut
    from it: the referent it leaves loose may be named there."""
    placed = aligned(about, span)
    kept = [span.doc[i] for i in sorted(placed)]
    if not kept:
        return None
    root = phrase_root(kept)
    if root.pos_ not in {"VERB", "AUX"}:
        return None
    tokens = [t for t in without_asides(root, set()) if not (t.dep_ == "mark" and t.head == root)]
    opening = [t for t in tokens if t.i < kept[0].i]
    if (
        not any(t.ent_type_ in NAMED for t in opening)
        or sum(not t.is_punct for t in tokens) > MAX_ABOUT_WORDS
    ):
        return None  # only a name it opens with can say whom the rest means; a clause cut short is no help
    return short(tokens)


def claimed_of(about: str, span: Span, analysis: Analysis, holder: str) -> str:
    """ "Acme denied allegations that it overcharged customers" → "Acme overcharged customers"; "the minister
    resigned after claims he misused funds" → "the minister misused funds": the subject pronoun of what a
    claim, charge or report says (a clause after a noun or a verb) is the subject of the clause that tells
    of the claim, where that subject is someone who can be charged (a name, a body, a person) agreeing with
    the pronoun, and no other such noun comes between them. Left where that subject is the holder the line
    shows beside it ("Smith said he was misled": Smith's "he" reads)."""
    placed = aligned(about, span)
    edits = []
    for i in placed:
        pronoun = span.doc[i]
        if pronoun.lower_ not in CLAIMED_PRONOUNS or pronoun.dep_ not in {"nsubj", "nsubjpass"}:
            continue
        before = pronoun.doc[pronoun.sent.start : pronoun.i]
        if bound(pronoun, set(placed)) or any(t.lower_ in FIRST_PERSON for t in before):
            continue  # "we said he should go": whom a speaker means, the line cannot say
        if pronoun.lower_ == "it" and _placeholder(pronoun):
            continue  # "arguing it would be wrong to …": no one is meant
        subject = _telling_subject(pronoun)
        if subject is None or not _agrees(analysis, pronoun, subject) or _rival(analysis, pronoun, subject):
            continue
        if any(t.i in placed for t in subject.subtree):
            continue  # the line names it already
        written = _written_as(analysis, subject)
        if written is not None and _plain_name(written) != _plain_name(holder):
            edits.append((*placed[i], written))
    for start, end, written in sorted(edits, reverse=True):
        about = about[:start] + (written[:1].upper() + written[1:] if start == 0 else written) + about[end:]
    return about


CHARGING_VERBS = {"accuse", "suspect", "blame", "charge", "criticise", "criticize", "condemn", "attack"}
CLAIMED_PRONOUNS = {"he", "she", "it", "they"}
CLAIM_DEPS = {"acl", "ccomp", "relcl"}
UP_DEPS = {"prep", "pobj", "dobj", "advcl", "xcomp", "acl", "nsubjpass", "ccomp", "conj", "attr", "agent"}
MAX_SUBJECT_WORDS = 8
CLAIM_NOUNS = {
    "accusation", "allegation", "claim", "charge", "suggestion", "report", "suspicion", "rumour", "rumor",
    "fear", "concern", "criticism", "complaint",
}  # fmt: skip
DENYING_VERBS = {"deny", "reject", "dismiss", "refute", "dispute"}  # "denied that it had …"
# what someone does with a claim ("the claims he made", "the allegations she denied")
MEETING_VERBS = {
    "make", "deny", "reject", "raise", "level", "bring", "file", "repeat", "dismiss", "face", "lodge",
    "publish", "hear", "receive", "investigate", "express", "voice",
}  # fmt: skip


def _placeholder(pronoun: Token) -> bool:
    """An "it" holding the place of a clause after its verb ("it would be wrong to …", "it is clear that
    …", "it seems that …")."""
    verb = pronoun.head
    passive = any(c.dep_ == "auxpass" for c in verb.children)  # "it is expected that …"
    if verb.lemma_ not in IMPERSONAL_VERBS | SEEMING and not passive:
        return False  # "it has sent troops to help …": a purpose, not a clause "it" stands for
    said = [verb, *(c for c in verb.children if c.dep_ in {"acomp", "attr"})]
    clauses = [c for h in said for c in h.children if c.dep_ in CLAUSE_DEPS and c.i > verb.i]
    return any(_extraposed(c) for c in clauses) or verb.lemma_ in SEEMING


def _telling_subject(pronoun: Token) -> Token | None:
    """The subject of the clause that tells of the claim the pronoun's clause says: up from that clause
    (after a noun or a verb) to the nearest verb with a subject of its own."""
    clause = pronoun.head
    if clause.dep_ not in CLAIM_DEPS or clause.pos_ not in {"VERB", "AUX"}:
        return None
    if clause.dep_ == "relcl" and not _content_clause(clause):
        return None
    claim = clause.head
    if claim.lemma_.lower() not in CLAIM_NOUNS | DENYING_VERBS:
        return None  # "the victim said he threatened …": whom a speaker's "he" means, the grammar leaves open
    node = clause.head
    while True:
        subject = next((c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None and node.pos_ in {"VERB", "AUX"}:
            break
        if node.dep_ not in UP_DEPS or node.head == node:
            return None
        node = node.head
    if subject.pos_ == "PRON" or subject.tag_ in {"WDT", "WP"} or subject.is_ancestor(pronoun):
        return None
    return subject


def _plain_name(name: str) -> str:
    first, _, rest = name.partition(" ")
    return (rest if first.lower() in {"the", "a", "an"} and rest else name).lower()


def _content_clause(clause: Token) -> bool:
    """ "accusations he misused funds": a clause the parser took for a relative one, after a noun of claim,
    with no relative word and not one that says who made or met the claim ("the claims he made")."""
    if clause.head.lemma_.lower() not in CLAIM_NOUNS or clause.lemma_.lower() in MEETING_VERBS:
        return False
    return not any(c.tag_ in {"WDT", "WP", "WP$"} for c in clause.children)


def _agrees(analysis: Analysis, pronoun: Token, subject: Token) -> bool:
    """A name or a noun for someone who can be charged, of the pronoun's number and kind (a person for
    "he"/"she", a body or a thing one for "it"), and of its sex where the article's titles say."""
    if not can_speak(subject) or subject.pos_ not in {"NOUN", "PROPN"}:
        return False
    plural = subject.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in subject.children)
    actor = analysis.actors.actor_for(subject)
    person = subject.ent_type_ == "PERSON" or (subject.pos_ == "NOUN" and personal(subject))
    person = person or (actor is not None and actor.kind == "person")
    word = pronoun.lower_
    if word == "they":
        return plural
    if plural or person != (word in {"he", "she"}):
        return False
    if word == "it" or actor is None:
        return True
    sexes = titled_sexes(analysis.doc, analysis.actors, actor)
    return not sexes or sexes == {pronoun_sex(word)}


def _rival(analysis: Analysis, pronoun: Token, subject: Token) -> bool:
    """Another noun for someone between the subject and the pronoun, of its number and kind, whom the
    pronoun may mean as well ("Acme denied claims by the regulator that it …"; not "the police" for "he")."""
    between = pronoun.doc[subject.right_edge.i + 1 : pronoun.i]
    return any(t.dep_ != "compound" and _agrees(analysis, pronoun, t) for t in between)


def _written_as(analysis: Analysis, subject: Token) -> str | None:
    """The subject as the line writes it: the actor's name, or the noun phrase when short."""
    actor = analysis.actors.actor_for(subject)
    if actor is not None:
        return actor.name
    phrase = [t for t in noun_phrase(subject) if not t.is_space]
    return words(phrase) if 0 < len(phrase) <= MAX_SUBJECT_WORDS else None


def _deed_of_someone(about: str, span: Span, analysis: Analysis) -> tuple[str, str] | None:
    """ "taking a bribe at his office" of "He is also accused of taking a bribe …", "glossing over the
    facts" of "accused him of glossing over the facts": a deed charged on a pronoun, written as the clause
    it claims of the person the pronoun stands for, where the article makes that person sure ("Tom Reed
    took a bribe at his office")."""
    placed = aligned(about, span)
    kept = [span.doc[i] for i in sorted(placed)]
    if not kept or kept[0].tag_ != "VBG" or kept[0].dep_ != "pcomp":
        return None
    deed, prep = kept[0], kept[0].head
    verb = prep.head
    if prep.lower_ not in {"of", "for"} or verb.pos_ != "VERB" or base_form(verb) not in CHARGING_VERBS:
        return None
    target = next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}), None)
    if target is None or target.lower_ not in PERSON_WORDS or target.i in placed:
        return None
    actor = _person(analysis, target)
    if actor is None:
        return None
    tail = [t for t in kept if t.i > deed.i]
    clause = charge_clause(verb, target, actor.name, charge=deed, tail=tail, named=True)
    return (clause, actor.name) if clause is not None else None


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
    "surrounding X"), past a quote mark that opens the phrase ('about "abusive campaigning"')."""
    if lead.pos_ == "ADP" and lead.dep_ == "prep":
        phrase = lead
    elif lead.dep_ == "acl" and lead.tag_ == "VBG":  # its object, not "belonging to X"
        phrase = next((c for c in lead.children if c.dep_ == "dobj"), None)
    else:
        return None
    if phrase is None:
        return None
    inside, after = {t.i for t in lead.subtree}, {t.i for t in phrase.subtree if t.i > lead.i}
    following = lead.i + 1
    while following < len(lead.doc) and lead.doc[following].is_quote:
        following += 1
    if not all(i in inside for i in kept) or following not in kept or following not in after:
        return None
    return following


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

"""A concern's topic written as a whole clause where the rules cut it from one: a verb joined to another
that shares its subject ("… was jealous of the hen and stole it" → "the actress stole it"), a relative
clause ("whose policies hit the poorest" → "the party's policies hit the poorest"), an infinitive or a
gerund whose subject is the clause above ("for being too sluggish" → "the administration was criticised for
being too sluggish"). A topic that stays a fragment is left as it is for the caller to judge."""

from __future__ import annotations

import dataclasses

from lemminflect import getInflection
from spacy.tokens import Span, Token

from builder.core.model import Concern
from builder.extract.actors.speech import REPORT_VERBS, SAY_VERBS, can_speak
from builder.extract.concerns.charges import charge_clause
from builder.extract.concerns.criticism import criticism_verbs
from builder.extract.concerns.cues import clause_text
from builder.extract.phrasing import noun_phrase, phrase_root, subject_of, without_asides, words
from builder.extract.questions.verbforms import base_form, be
from builder.extract.referents import aligned
from builder.nlp.names import names_a_person, senses

SUBJECTS = {"nsubj", "nsubjpass", "expl", "csubj"}
RELATIVES = {"which", "who", "that"}
FINITE = {"VBD", "VBZ", "VBP", "MD"}
# Preps of a charge or a topic, through which a gerund's subject is the clause above ("criticised for
# being slow"); not "by breaching the deal", a means, whose clause above says something else.
CHARGE_PREPS = {"for", "of", "over", "about", "as"}
AIM_PREPS = {"about", "over", "of", "against", "for", "at", "regarding", "concerning", "on"}
AIMED_SENSES = {"r", "g", "l", "o"}  # WordNet's first sense: a person, a body, a place, a land form
CHARGING = {"accuse", "suspect", "blame", "charge"}
REASON_PREPS = {"for", "over"}  # "criticism of the regulator for its slow response": why
CHARGE_NOUNS = {"accusation", "allegation", "charge", "claim", "suspicion"}


def whole(concern: Concern, span: Span) -> Concern:
    """The concern with its topic written as a whole clause where it was a fragment of one, or as the cue's
    own phrase where it named only whom or where the cue word aims at ("protests against the owner")."""
    about = reason_clause(concern.about, span)
    about = whole_clause(about, span)
    about = with_cue(about, concern.cue, span)
    return concern if about == concern.about else dataclasses.replace(concern, about=about)


def with_cue(about: str, cue: str, span: Span) -> str:
    """ "Karl Oyston" of "fans' protests against Karl Oyston", "torture" of "Ukraine's allegations of
    torture", "the archipelago" of "a storm warning for the archipelago": the object of the cue noun's
    preposition names whom or where the concern aims at, or is one bare word; the cue's own phrase (its
    owner, who holds it, left out) says what the concern is."""
    placed = aligned(about, span)
    kept = [span.doc[i] for i in sorted(placed)]
    if not kept:
        return about
    root = phrase_root(kept)
    prep = root.head
    noun = _cue_noun(prep.head, cue)
    if (act := _act_aimed(root, kept, cue, about)) is not None:
        return act  # "protested against the owners" → "protest against the owners"
    if root.dep_ != "pobj" or prep.lower_ not in AIM_PREPS or noun is None or prep.i in placed:
        return about
    reason = _reason(noun, root)
    if not (_aimed_at(root) or sum(t.is_alpha for t in kept) == 1 or reason is not None):
        return about
    if _aimed_at(root) and (subject := _what_is_the_concern(noun)) is not None:
        return subject  # "rising rents are a worry for students": the rents, not the students
    named = noun.head if noun.dep_ == "acl" else noun  # "a storm warning": "warning" read as a participle
    own = [t for t in named.subtree if t.i <= noun.i and not _owner(t, named) and t.i not in placed]
    if noun.dep_ != "acl":
        own = [t for t in own if t.i == noun.i or t.head == noun or t.head.head == noun]
    why = (
        f" {words(without_asides(reason, set()))}"
        if reason is not None and not _placed_in(reason, placed)
        else ""
    )
    return f"{words(own)} {prep.text} {about}{why}" if own else about


def _what_is_the_concern(noun: Token) -> str | None:
    """The subject a cue noun is said of, when the cue noun is what that subject is ("long queues for
    council housing are major worries for young couples", "the closure is a worry for residents"): that
    subject is what the concern is about; the cue's "for" names who holds it. None for a pronoun subject
    ("they are a worry") or a denied cue."""
    verb = noun.head
    if noun.dep_ != "attr" or verb.lemma_ != "be" or any(c.dep_ == "neg" for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ not in {"NOUN", "PROPN"} or subject.i > noun.i:
        return None
    return words(noun_phrase(subject)) or None


def reason_clause(about: str, span: Span) -> str:
    """ "the chancellor, over the figures" (of "criticised the chancellor over the figures"), "the ministry,
    for its handling of the drought", "President Smith, masterminding the campaign" (of "accused President
    Smith of masterminding …"): what a verb of criticism acts on and the phrase that says why, split by a
    comma, written as the clause the sentence claims of it: "the chancellor was criticised over the figures".
    Left as it is where the part before the comma is not the verb's object (or the noun its participle
    hangs on) or the part after it is not a phrase of that verb or that object."""
    comma = about.find(", ")
    placed = aligned(about, span)
    if not placed:
        return about
    if comma < 0:  # "the councils over the closure": the parser hung the reason on the object
        comma = _reason_start(about, placed, span)
        if comma is None:
            return about
    first = [span.doc[i] for i in placed if placed[i][1] <= comma]
    second = [span.doc[i] for i in placed if placed[i][0] > comma]
    if not first or not second:
        return about
    thing = phrase_root(first)
    verb = thing.head if thing.dep_ in {"dobj", "nsubjpass"} else None
    if thing.dep_ == "ROOT" or (verb is None and thing.i < span.end - 1):
        participle = next((c for c in thing.children if c.dep_ == "acl" and c.tag_ == "VBN"), None)
        verb = participle  # "a summit criticised by Moscow for its timing"
    if verb is None or verb.pos_ != "VERB" or verb.i in placed or base_form(verb) not in _blaming():
        return about
    if verb.dep_ == "relcl":
        return about  # "the fraud that she blames the board for hiding": the deed's object is outside
    reason = _reason_of(second[0], verb, thing)
    if reason is None or not all(t.i in {x.i for x in reason.subtree} for t in second):
        return about
    if thing.tag_ == "PRP" and thing.lower_ not in OBJECT_TO_SUBJECT:
        return about  # "accuse me of …": a speaker's "I" says no one the line names
    subject = OBJECT_TO_SUBJECT[thing.lower_] if thing.tag_ == "PRP" else about[:comma]
    plural = thing.tag_ in {"NNS", "NNPS"} or thing.lower_ == "them"
    plural = plural or any(c.dep_ == "conj" for c in thing.children)
    number = "plural" if plural else "singular"
    auxes = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    if auxes & {"has", "have"} and not auxes & {"been", "is", "are", "was", "were"}:
        tense = ("have" if plural else "has") + " been"  # "have criticised X": X has been criticised
    else:
        tense = be(number, verb.tag_ not in {"VBZ", "VBP"} or bool(auxes & {"did", "had", "was", "were"}))
    said = about[comma:].lstrip(", ")
    link = "" if said.lower().startswith(reason.lower_ + " ") else reason.text + " "
    participle = verb.text if verb.tag_ == "VBN" else _participle(base_form(verb))
    return f"{subject} {tense} {participle} {link}{said}"


def _reason_start(about: str, placed: dict[int, tuple[int, int]], span: Span) -> int | None:
    """Where a "for" or "over" phrase on a topic's head noun starts in the line, when the topic is that noun
    phrase and nothing before it."""
    kept = [span.doc[i] for i in placed]
    root = phrase_root(kept)
    reason = next((c for c in root.children if c.dep_ == "prep" and c.lower_ in REASON_PREPS), None)
    if reason is None or reason.i not in placed or reason.i < root.i or kept[0].i < root.left_edge.i:
        return None
    if not (can_speak(root) or root.ent_type_ in {"ORG", "GPE", "NORP", "PERSON"}):
        return None  # "proposals for house arrest": a noun whose own "for" phrase says which
    return placed[reason.i][0] - 1


OBJECT_TO_SUBJECT = {"him": "he", "her": "she", "them": "they", "it": "it"}


def _blaming() -> frozenset[str]:
    return frozenset(criticism_verbs() | CHARGING)


def _reason_of(first: Token, verb: Token, thing: Token) -> Token | None:
    """The preposition of the verb (or of its object, where the parser hung it there: "accused officials of
    negligence") whose phrase the words after the comma are, starting with it or with its object."""
    prep = first if first.dep_ == "prep" else first.head
    if prep.dep_ != "prep" or prep.head not in {verb, thing} or prep.i < thing.i:
        return None
    return prep if prep.lower_ in CHARGE_PREPS | {"for", "over", "as"} else None


def _participle(lemma: str) -> str:
    forms = getInflection(lemma, tag="VBN")
    return forms[0] if forms else lemma + "ed"


def _reason(noun: Token, topic: Token) -> Token | None:
    """The "for" or "over" phrase after a cue noun's topic that says why ("criticism of the regulator for
    its slow response"), also where the parser hung it on the verb the noun is the object of."""
    owners = [noun, noun.head] if noun.dep_ == "dobj" else [noun]
    preps = [c for o in owners for c in o.children if c.dep_ == "prep" and c.i > topic.i]
    return next((c for c in preps if c.lower_ in REASON_PREPS), None)


def _placed_in(phrase: Token, placed: dict[int, tuple[int, int]]) -> bool:
    return any(t.i in placed for t in phrase.subtree)


# Verbs of protest aimed at someone, and the noun that names the act: "fans protested against the owners" →
# "protest against the owners" (the target alone says nothing of what the concern is).
ACT_NOUNS = {"protest": "protest", "complain": "complaints", "object": "objection", "demonstrate": "protest"}
AGAINST_PREPS = {"against", "at", "about", "over"}


def _act_aimed(root: Token, kept: list[Token], cue: str, about: str) -> str | None:
    """A topic that names only whom a protest or a feeling aims at ("(against) the owners"), written with
    the act's noun before it: "protest against the owners", "anger at the chairman"."""
    prep = root if root.dep_ == "prep" else root.head
    target = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is root else root
    if root.dep_ not in {"prep", "pobj"} or target is None or not _aimed_at(target):
        return None
    if kept[0].i < prep.i or any(t.i not in {x.i for x in prep.subtree} for t in kept):
        return None
    act = _act_noun(prep, cue)
    if act is None:
        return None
    return " ".join([act, *([] if kept[0] == prep else [prep.text]), about])


def _act_noun(prep: Token, cue: str) -> str | None:
    """The act a cue names, aimed at someone through a preposition on the cue verb ("protested against the
    owners": "protest") or on the verb the cue noun is the object of ("vented their anger at the chairman":
    "anger")."""
    verb = prep.head
    if prep.lower_ not in AGAINST_PREPS or verb.pos_ != "VERB":
        return None
    if verb.text == cue:
        return ACT_NOUNS.get(verb.lemma_.lower())
    felt = next((c for c in verb.children if c.dep_ == "dobj" and c.text == cue and c.pos_ == "NOUN"), None)
    return (
        felt.text.lower() if felt is not None and not any(c.dep_ == "prep" for c in felt.children) else None
    )


def _cue_noun(head: Token, cue: str) -> Token | None:
    """The cue noun a preposition hangs on: itself, the noun of the relative clause that lodges it
    ("complaints it lodged against …"), or the cue read as a participle after the noun it names ("a storm
    warning for …")."""
    if head.text != cue and head.dep_ == "relcl" and head.head.text == cue:
        head = head.head
    if head.text != cue:
        return None
    if head.pos_ == "NOUN":
        return head
    glued = (
        head.dep_ == "acl" and head.tag_ == "VBG" and head.head.pos_ == "NOUN" and head.head.i == head.i - 1
    )
    return head if glued else None


def _aimed_at(noun: Token) -> bool:
    """A person, a body or a place: whom or where a concern aims at, not what it is about."""
    if noun.ent_type_ in {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"} or noun.pos_ == "PRON":
        return True
    return noun.pos_ in {"NOUN", "PROPN"} and senses(noun.lemma_)[:1] in AIMED_SENSES


def _owner(token: Token, noun: Token) -> bool:
    """The cue noun's determiner or owner ("Ukraine's", "the"), or a word inside the owner's phrase."""
    node = token
    while node != noun:
        if node.dep_ in {"poss", "det", "predet"} and node.head == noun:
            return True
        node = node.head
    return token.dep_ == "case"


def whole_clause(about: str, span: Span) -> str:
    """The topic with the subject its clause lacks: borrowed from the verb it is joined to, the noun a
    relative clause hangs on, or the clause above an infinitive or gerund."""
    placed = aligned(about, span)
    kept = [span.doc[i] for i in sorted(placed)]
    if len(kept) < 2:
        return about
    root = phrase_root(kept)
    if root.pos_ not in {"VERB", "AUX"} or kept[0].i > root.left_edge.i + _auxes(root):
        return about  # not a clause, or one whose opening words were cut on purpose
    subject = next((c for c in root.children if c.dep_ in SUBJECTS), None)
    if subject is not None:
        return _relative(about, root, subject, placed) or about
    if root.dep_ == "conj" and root.tag_ in FINITE | {"VBN"} and kept[0].i >= root.i - _auxes(root):
        return _joined(about, root, placed) or about
    if kept[0].lower_ == "to" or (kept[0] == root and root.tag_ == "VBG"):
        return _from_above(about, root) or about
    return about


def _auxes(verb: Token) -> int:
    """How many auxiliaries open the verb's clause ("could be", "to"): the topic may start with them."""
    return sum(1 for c in verb.children if c.dep_ in {"aux", "auxpass", "neg"} and c.i < verb.i)


def _relative(about: str, root: Token, subject: Token, placed: dict[int, tuple[int, int]]) -> str | None:
    """ "which is unlawful" → "the scheme is unlawful"; "whose policies hit …" → "the party's policies hit
    …": the noun the relative clause hangs on in place of its pronoun."""
    clause = root.head if root.dep_ == "ccomp" and root.head.dep_ == "relcl" else root  # "which she says is"
    if clause.dep_ != "relcl" or clause.head.pos_ not in {"NOUN", "PROPN"}:
        return None
    pronoun = subject if subject.lower_ in RELATIVES else None
    owner = next((c for c in subject.children if c.dep_ == "poss" and c.lower_ == "whose"), None)
    word = pronoun or owner
    if word is None or word.i not in placed or min(placed) != word.i:
        return None
    phrase = subject_of(root) if pronoun is not None and clause == root else None
    noun = words(phrase) if phrase else words(noun_phrase(clause.head, drop={t.i for t in clause.subtree}))
    if not noun:
        return None
    if owner is not None:
        noun += "'" if noun.endswith("s") else "'s"
    start, end = placed[word.i]
    return about[:start] + noun + about[end:]


def _joined(about: str, root: Token, placed: dict[int, tuple[int, int]]) -> str | None:
    """ "… and stole the hen" → "the actress stole the hen": a joined verb's shared subject, where it is
    a noun phrase (not a pronoun or a relative)."""
    phrase = subject_of(root)
    if not phrase or any(t.i in placed for t in phrase) or phrase[0].tag_ in {"PRP", "WDT", "WP"}:
        return None
    start = min(placed[i][0] for i in placed)
    return about[:start] + words(phrase) + " " + about[start:]


def _accused_of(noun: Token, deed: Token) -> str | None:
    """ "The federation faced accusations of failing to pay its players" → "The federation failed to pay its
    players": the deed charged, told of whom the accusation is laid on (the subject of the verb that has
    the charge noun for its object, or of a passive whose agent it is: "was plagued by accusations")."""
    if noun.lemma_.lower() not in CHARGE_NOUNS or noun.i > deed.i:
        return None
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "agent" else noun.head
    if noun.dep_ not in {"dobj", "pobj"} or verb.pos_ not in {"VERB", "AUX"}:
        return None
    deps = {"nsubjpass"} if noun.dep_ == "pobj" else {"nsubj"}
    accused = next((c for c in verb.children if c.dep_ in deps), None)
    if accused is None or accused.pos_ == "PRON" or accused.lower_ in RELATIVES:
        return None
    return charge_clause(verb, accused, words(noun_phrase(accused)), charge=deed)


def _from_above(about: str, root: Token) -> str | None:
    """An infinitive or a gerund with its subject: the clause above a "to" verb, up to the nearest verb
    that has one ("we are going to run the risk"); a gerund charged ("criticised for being too sluggish")
    as the clause it claims of whom the charge is laid on. Never through a saying verb (whose subject says
    it: the topic is what is said) nor a gerund of means or reason ("paid fines for violating the rules")."""
    node = root
    while not any(c.dep_ in SUBJECTS for c in node.children):
        head = node.head
        if node.dep_ == "pcomp" and head.lower_ in CHARGE_PREPS:
            return _charged(head.head, node)
        if head == node or node.dep_ not in {"xcomp", "conj"}:
            return None
        if head.pos_ not in {"VERB", "AUX"} or head.lemma_.lower() in SAY_VERBS | REPORT_VERBS:
            return None
        node = head
    subject = next(c for c in node.children if c.dep_ in SUBJECTS)
    if subject.lower_ in RELATIVES and node.dep_ != "relcl":
        return None
    text = clause_text(node)
    return text if text is not None and root.text in text and len(text) > len(about) else None


def _chargeable(noun: Token) -> bool:
    """A noun a participle of charge can be told of: someone ("two teenagers", "a former teacher"), not a
    thing the parser hung it on ("a manager of care homes accused of …": not the homes), nor a noun with a
    relative word ("which hardliners accused of …")."""
    relative = any(c.tag_ in {"WDT", "WP", "WP$"} for c in noun.children)
    someone = noun.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} or names_a_person(noun.lemma_.lower())
    return noun.pos_ in {"NOUN", "PROPN"} and noun.dep_ != "dep" and not relative and someone


def _charged(owner: Token, deed: Token) -> str | None:
    """The deed a charge claims, told of whom it is laid on: "was criticised for being too sluggish" →
    "the administration was too sluggish"; "faced accusations of failing to pay its players" → "the
    federation failed to pay its players". None where that is a pronoun or no one."""
    if owner.pos_ == "NOUN":
        return _accused_of(owner, deed)
    if owner.pos_ != "VERB" or base_form(owner) not in CHARGING | criticism_verbs():
        return None
    target = next((c for c in owner.children if c.dep_ in {"nsubjpass", "dobj"}), None)
    drop: set[int] = set()
    if target is None and owner.dep_ == "acl" and owner.tag_ == "VBN" and _chargeable(owner.head):
        target, drop = owner.head, {t.i for t in owner.subtree}  # "two teenagers accused of killing …"
    elif target is None and owner.dep_ == "conj" and owner.tag_ == "VBN":
        target = next(
            (c for c in owner.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None
        )  # "… and was accused of"
    if target is None or target.pos_ == "PRON" or target.lower_ in RELATIVES:
        return None
    thing = words([t for t in noun_phrase(target, drop=drop) if t.i not in drop])
    return charge_clause(owner, target, thing, charge=deed)

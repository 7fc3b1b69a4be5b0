"""Concerns said as feelings: someone angry, upset or dismayed about something, a thing that worries or angers
someone, and the pseudo-cleft "What worries X is …".

The worry words the cue module already reads as states ("residents are worried that …", "fears that …",
"my concern is that …") are not repeated here; this module adds the feelings of anger and dismay, the verbs
whose object feels them ("the move angered residents"), and feelings a thing provokes ("prompted concern
from the editor").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from builder.extract.actors.speech import can_speak
from builder.extract.concerns.cues import CAUSE_VERBS, STATE_VERBS, clause_text, short, topic_phrase
from builder.extract.concerns.denials import denied_view, held_by_nobody
from builder.extract.phrasing import noun_phrase

# Feelings of anger, dismay or unease, said of a holder: "farmers are furious that …", "left them upset".
FELT = {
    "angry", "furious", "upset", "outraged", "dismayed", "disappointed", "frustrated", "appalled",
    "horrified", "unhappy", "uneasy", "troubled", "disturbed", "annoyed", "incensed", "livid", "indignant",
    "aggrieved", "exasperated", "apprehensive", "wary", "unnerved", "disgusted", "infuriated", "angered",
    "distressed", "perturbed",
}  # fmt: skip
ATTITUDES = {"scathing", "critical", "dismissive", "contemptuous", "scornful"}  # an attitude of criticism
FEELING_ADJECTIVES = FELT | ATTITUDES
# Verbs whose object feels the worry or anger and whose subject causes it: "the plan angered residents".
EXPERIENCER_VERBS = {
    "worry", "concern", "alarm", "anger", "frustrate", "infuriate", "outrage", "dismay", "trouble",
    "disturb", "bother", "appal", "appall", "enrage", "annoy", "irritate", "scare", "frighten", "unsettle",
    "unnerve", "incense", "horrify", "disgust",
}  # fmt: skip  # not "upset": "Ayana upset the favourite" is a defeat
# Feelings as nouns that a thing provokes or someone vents: "sparked fears among parents", "vented their
# anger at the ruling".
FEELING_NOUNS = {
    "concern", "fear", "worry", "alarm", "anxiety", "anger", "fury", "frustration", "dismay", "outrage",
    "disgust", "unease", "disquiet", "exasperation", "indignation", "resentment", "consternation",
}  # fmt: skip
VENT_VERBS = {"vent", "hide", "suppress", "express", "voice", "show", "conceal", "contain", "register"}
FEELING_PREPS = {"about", "over", "at", "with", "by", "of", "regarding", "towards", "toward"}
LEARNING_VERBS = {"see", "hear", "learn", "read", "discover", "find", "realise", "realize", "watch", "notice"}
TOPIC_ONLY = {"about", "with"}  # "disappointed with the first half": a time can be what it is about
OWNER_PREPS = {"from", "among", "amongst"}
NEGATORS = {"not", "n't", "never", "no"}
SPEAKING_PRONOUNS = {"me", "us", "him", "her", "them", "i", "we", "he", "she", "they"}


@dataclass(frozen=True)
class Feeling:
    """A feeling of concern: the word that names it, who feels it (if the sentence says), what it is about."""

    cue: Token
    holder: Token | None
    about: str


def feelings(sent: Span) -> list[Feeling]:
    """The feelings of concern a sentence states, in text order."""
    found = []
    for token in sent:
        feeling = _adjective(token) or _experiencer(token) or _provoked(token)
        if feeling is not None:
            found.append(feeling)
    return found


def _negated(token: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in NEGATORS for c in token.children)


def _adjective(token: Token) -> Feeling | None:
    """ "Union leaders were furious that the plant would close", "residents are angry about the fees",
    "the ruling left farmers upset"."""
    if token.lower_ not in FEELING_ADJECTIVES:
        return None
    verb = state_verb(token)
    if verb is None or _negated(token) or _negated(verb):
        return None
    if denied_view(token) or held_by_nobody(verb):
        return None  # "I don't think fans are angry about it", "nobody is upset that …"
    about = cause_of(token, verb)
    if about is None:
        return None
    holder = (
        next((c for c in verb.children if c.dep_ == "dobj"), None)
        if verb.lemma_ in {"leave", "make"}
        else None
    )
    holder = holder or next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if holder is None or holder.lower_ in {"it", "which", "that", "what"}:
        return None  # "it is disappointing", "few reasons to be upset with life": no one is said to feel it
    return Feeling(token, holder, about)


def cause_of(token: Token, verb: Token) -> str | None:
    """What a feeling word says the feeling is about, if its clause says: "furious that …", "angry about
    …", "outraged when I saw …"."""
    return _topic_text(token) or _topic_text(verb, preps=FEELING_PREPS - {"with", "by"}) or _learned(verb)


def state_verb(token: Token) -> Token | None:
    """The verb that says someone is in the state a feeling word names: "are" of "are furious", "left" of
    "left them upset", or the word itself where the parser read "he was disappointed with …" as a passive."""
    if token.pos_ not in {"ADJ", "VERB"}:
        return None
    if token.dep_ in {"acomp", "xcomp", "oprd", "ccomp"} and token.head.lemma_.lower() in STATE_VERBS:
        return token.head
    passive = token.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in token.children)
    return token if passive and not any(c.dep_ == "agent" for c in token.children) else None


def _topic_text(owner: Token, preps: set[str] = FEELING_PREPS) -> str | None:
    """What a feeling is about: a "that" clause, or the object of "about/over/at/with/by"."""
    clause = next(
        (c for c in owner.children if c.dep_ in {"ccomp", "acl"} and c.pos_ in {"VERB", "AUX"}), None
    )
    if clause is not None and any(
        c.dep_ == "mark" or c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children
    ):
        return clause_text(clause)
    for prep in owner.children:
        if prep.dep_ in {"prep", "agent"} and prep.lower_ in preps:
            obj = next((c for c in prep.children if c.dep_ in {"pobj", "pcomp"}), None)
            if obj is not None and (obj.ent_type_ not in {"DATE", "TIME"} or prep.lower_ in TOPIC_ONLY):
                return short(topic_phrase(obj))
    return None


def _learned(verb: Token) -> str | None:
    """What the feeler saw or learned when the feeling came: "outraged when I saw the police report" → "the
    police report", "angry when they heard the plant would close" → "the plant would close"."""
    for clause in (c for c in verb.children if c.dep_ == "advcl" and c.lemma_.lower() in LEARNING_VERBS):
        if not any(c.lower_ in {"when", "after", "once"} for c in clause.children):
            continue
        what = next((c for c in clause.children if c.dep_ in {"dobj", "ccomp"}), None)
        if what is not None and what.dep_ == "ccomp" and what.pos_ in {"VERB", "AUX"}:
            return clause_text(what)
        if what is not None:
            return short(noun_phrase(what))
    return None


def _experiencer(verb: Token) -> Feeling | None:
    """ "The closure angered residents", "residents were angered by the closure", "it worries me that …",
    "What worries Ms Carter is the cost"."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in EXPERIENCER_VERBS or _negated(verb):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if passive is not None:  # "residents were angered by the closure"
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        cause = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        if cause is None or not _feels(passive):
            return None
        return Feeling(verb, passive, short(noun_phrase(cause)) or "")
    if subject is not None and subject.lower_ == "what" and subject.tag_ == "WP":
        return _cleft(verb)
    feeler = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if subject is None or feeler is None or not _feels(feeler):
        return None
    if subject.lower_ == "it":  # "it worries me that the talks have stalled"
        clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        about = clause_text(clause) if clause is not None else None
    elif subject.pos_ in {"PRON", "DET"} or subject.ent_type_ == "PERSON" or _denied(subject):
        return None  # "this angered them" (named earlier), "Diego angering his wife" (by doing what?),
        # "no case concerned me more" (a comparison)
    else:
        about = short(noun_phrase(subject))
    return Feeling(verb, feeler, about) if about else None


def _denied(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in {"no", "neither"} for c in noun.children)


def _feels(token: Token) -> bool:
    """Whether a word can stand for someone who feels: a pronoun for people, a name, a people noun."""
    if token.lower_ in SPEAKING_PRONOUNS:
        return True
    if token.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"}:
        return True
    return token.pos_ == "NOUN" and can_speak(token)


def _cleft(verb: Token) -> Feeling | None:
    """ "What worries Ms Carter is the cost", "What angers me is that nobody listened"."""
    doc = verb.doc
    be = next(
        (t for t in doc[verb.i + 1 : verb.sent.end] if t.lemma_ == "be" and t.pos_ in {"AUX", "VERB"}), None
    )
    if be is None:
        return None
    feeler = next((c for c in verb.children if c.dep_ == "dobj"), None)
    feeler = feeler or next((c for c in be.children if c.dep_ == "nsubj" and c.i < be.i), None)
    said = next((c for c in be.children if c.i > be.i and c.dep_ in {"attr", "ccomp", "acomp"}), None)
    if feeler is None or said is None or not _feels(feeler):
        return None
    about = clause_text(said) if said.pos_ in {"VERB", "AUX"} else short(noun_phrase(said))
    return Feeling(verb, feeler, about) if about else None


def _provoked(noun: Token) -> Feeling | None:
    """ "The image prompted concern from the editor", "the ruling sparked fears among parents", "stewards
    could barely hide their anger at the failure"."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in FEELING_NOUNS or noun.dep_ != "dobj":
        return None
    if any(c.lower_ in NEGATORS | {"little"} or c.dep_ == "neg" for c in noun.children):
        return None
    verb = noun.head
    lemma = verb.lemma_.lower()
    if lemma in CAUSE_VERBS:
        owner = _owner(noun) or _owner(verb)
        cause = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if cause is None or cause.pos_ == "PRON" or owner is None:
            return None
        about = _topic_text(noun) or short(noun_phrase(cause))
        return Feeling(noun, owner, about) if about else None
    if lemma in VENT_VERBS:
        about = _topic_text(noun) or _topic_text(verb, preps={"at", "over", "about"})
        owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
        owner = owner or next((c for c in verb.children if c.dep_ == "nsubj"), None)  # "their anger": theirs
        return Feeling(noun, owner, about) if about and owner is not None else None
    return None


def _owner(token: Token) -> Token | None:
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in OWNER_PREPS:
            found = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if found is not None:
                return found
    return None


FEARS = {"fear", "afraid", "scared", "terrified", "frightened"}
SAFETY = {"life", "lives", "safety"}


def fear_for_life_told(cue: Token) -> bool:
    """Fear for someone's life or safety told in the past ("she was afraid for her life", "I feared for my
    mother's life"): a reaction in an incident told, no worry about what lies ahead; in the present ("we fear
    for our safety") it stays one."""
    if cue.lemma_.lower() not in FEARS and cue.lower_ not in FEARS:
        return False
    verb = cue if cue.pos_ == "VERB" else state_verb(cue)
    if verb is None or verb.tag_ != "VBD" or any(c.tag_ == "MD" for c in verb.children):
        return False
    objects = [t for c in cue.children if c.dep_ == "prep" and c.lower_ == "for" for t in c.children]
    return any(o.dep_ == "pobj" and o.lower_ in SAFETY for o in objects)

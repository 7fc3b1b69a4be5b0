"""Harm told as having happened: an incident report, not anyone's judgement, worry or warning.

Disaster and crime news tells what befell things and people ("a wall was damaged", "rifles were stolen from a
shop", "houses collapsed", "the mistake arose from human error", "after the disaster"). Said by a spokesman,
the police or a ministry, such words are no criticism of anyone and no harm foreseen: nobody holds a concern.
The same words stay concerns where they are foreseen ("the key might be stolen", "floods may damage
property"), where someone is blamed for them ("the cuts had damaged public services", "you stole £185,000"),
or where they judge something ("the plan was a disaster").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from builder.extract.phrasing import infinitive
from builder.nlp.names import AGENTS, THINGS, senses

# What befalls things and people as an event (damage, loss, collapse, injury): the lemmas of the judging verbs
# (appraisal.json) that can be said of what happened to something rather than of what someone did wrong.
EVENT_HARM = {
    "abandon", "collapse", "cripple", "damage", "harm", "hurt", "plunder", "ram", "rob", "ruin", "steal",
    "suffer", "wreck",
}  # fmt: skip
EXPERIENCER = {"suffer"}  # its subject bears the harm ("profit suffered", "houses suffered damage")
# A thing named as the background of what a sentence says: "after the disaster", "sent there by mistake",
# "since the crisis", "the recovery from this terrible disaster".
BACKGROUND_PREPS = {"after", "since", "before", "during", "following", "by", "from"}
# Nouns that name someone's omission: a harm they cause is blamed on whoever failed ("the delays were caused
# by a lack of planning"), not told as a mishap.
FAILINGS = {
    "lack", "failure", "neglect", "negligence", "mismanagement", "incompetence", "complacency", "disregard",
    "shortcoming",
}  # fmt: skip
CAUSING = {"cause", "leave", "wreak", "inflict", "trigger", "bring", "create"}
CONCRETE = THINGS | {"l"}  # things one can touch, and places ("homes", "a wall", "the window", "crops")
PERSON_PRONOUNS = {"i", "we", "you", "he", "she", "they", "me", "us", "him", "her", "them", "who", "whose"}
PAST_AUX = {"was", "were", "had", "has", "have", "been", "'d"}
# A protest made in play, at a referee's call: part of the match told, not a concern (the README decides
# players' protests in match reports are not concerns). The officials of a game and their calls.
PLAY_PROTESTS = {"protest", "appeal", "complain", "remonstrate"}
OFFICIATING = {
    "referee", "ref", "umpire", "linesman", "linesmen", "penalty", "offside", "booking", "card", "free-kick",
    "whistle", "var",
}  # fmt: skip
FORMAL_VERBS = {"lodge", "file", "submit", "register", "make"}  # a complaint lodged afterwards stays one


def harm_that_happened(token: Token) -> bool:
    """A verb of harm told of what it befell, in the past, with no one to blame: "a wall was damaged",
    "weapons were stolen from a shop", "the car was found abandoned", "houses collapsed", "profit suffered",
    "the storm damaged homes"; not "might be stolen" (foreseen), "the cuts damaged services" (something
    blamed for harm to something abstract) or "they robbed pensioners" (a person harmed by someone)."""
    if token.lemma_.lower() not in EVENT_HARM or token.pos_ not in {"VERB", "ADJ", "AUX"}:
        return False
    if not _told_as_past(token):
        return False
    if _passive(token):
        agent = _agent(token)
        patient = _patient(token)
        return agent is None or (patient is not None and _concrete(patient))
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if token.lemma_.lower() in EXPERIENCER:  # "profit suffered", "the victims suffered severe burns"; not
        return subject is None or not _person(subject) or _object(token) is not None  # "we suffered" alone
    if subject is None or blameable(subject):
        return False
    target = _object(token)
    return target is None or _concrete(target)  # "houses collapsed", "the storm damaged hundreds of homes"


def names_an_event(noun: Token) -> bool:
    """A judging noun (or the noun a judging adjective grades) that names what happened rather than judging
    anything: the subject of a verb told in the past ("the mistake arose from", "the breach led to",
    "equipment problems forced"), or the background of what is said ("after a disaster", "by mistake", "the
    recovery from this terrible disaster"); not "the plan was a disaster" (a judgement) or "there is a
    risk" (a worry)."""
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return False
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None and blameable(owner):
        return False  # "their mistake cost them the match": blame laid on someone
    if noun.dep_ == "pobj" and noun.head.dep_ == "agent":  # "the delay was caused by a technical problem"
        return noun.lemma_.lower() not in FAILINGS and _narrated(noun.head.head)
    if noun.dep_ == "pobj" and noun.head.lower_ in BACKGROUND_PREPS:
        if noun.head.lower_ != "by":
            return True
        # "sent there by mistake" (a bare noun: how), not "threatened by a lack of …" (what does it)
        return not any(c.dep_ in {"det", "poss", "amod", "compound"} for c in noun.children)
    verb = noun.head
    said = noun.dep_ == "nsubj" and verb.pos_ == "VERB" and verb.lemma_ not in {"be", "have", "need"}
    return said and _narrated(verb)


def caused_by_an_event(noun: Token, acts: Callable[[Token], bool]) -> bool:
    """Harm a thing or an event caused, told as having happened: "the storm had caused catastrophic damage",
    "the crash caused chaos on the roads"; not what someone, their act or a policy caused ("the cuts caused
    chaos" where `acts` tells a policy or a decision, "the minister's plan caused chaos")."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in CAUSING or not _narrated(verb):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "conj":
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)  # "… and caused a crisis"
    if subject is None or blameable(subject) or acts(subject):
        return False
    return not any(c.dep_ == "poss" for c in subject.children)


def _narrated(verb: Token) -> bool:
    """A verb told in the simple past or the past perfect ("arose", "had led to"), not in the present
    perfect, which says what is still so ("piracy has cost Microsoft billions")."""
    if not _told_as_past(verb):
        return False
    told = {"had", "'d", "was", "were"}  # "had led to", "was caused by"; not "has cost"
    return verb.tag_ == "VBD" or any(c.dep_ in {"aux", "auxpass"} and c.lower_ in told for c in verb.children)


def blameable(token: Token) -> bool:
    """Someone who can be blamed: a person or a body (a name, a pronoun for people, "the council")."""
    if token.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"}:
        return True
    if token.pos_ == "PRON":
        return token.lower_ in PERSON_PRONOUNS
    return _person(token)


def _person(token: Token) -> bool:
    if token.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} or token.lower_ in PERSON_PRONOUNS:
        return True
    return senses(token.lemma_)[:1] in AGENTS and senses(token.lemma_) != ""


def _told_as_past(verb: Token) -> bool:
    """A verb told as having happened: past or perfect, no modal, no infinitive ("to damage"), also up the
    infinitives and joined verbs it hangs on ("could go on to damage")."""
    node = verb
    while True:
        if any(c.tag_ == "MD" for c in node.children) or infinitive(node):
            return False
        if node.dep_ not in {"xcomp", "conj"} or node.head == node:
            break
        node = node.head
    if verb.tag_ == "VBD":
        return True
    if verb.tag_ != "VBN":
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if auxiliaries:
        return all(a.lower_ in PAST_AUX for a in auxiliaries)  # "was damaged", "had been stolen"
    return verb.dep_ in {"acl", "oprd", "xcomp", "amod"}  # "found abandoned", "a car stolen last week"


def _passive(verb: Token) -> bool:
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children):
        return True
    return verb.tag_ == "VBN" and verb.dep_ in {"acl", "oprd", "xcomp", "amod"}


def _patient(verb: Token) -> Token | None:
    """What a passive verb of harm befell: its subject, the noun its participle follows ("a car stolen"), or
    the object of the verb it completes ("found the car abandoned", "the car was found abandoned")."""
    found = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if found is not None:
        return found
    if verb.dep_ in {"acl", "amod"}:
        return verb.head
    above = verb.head
    return next((c for c in above.children if c.dep_ in {"nsubjpass", "dobj", "nsubj"}), None)


def _agent(verb: Token) -> Token | None:
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None


def _object(verb: Token) -> Token | None:
    found = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if found is None or found.pos_ not in {"NUM", "NOUN"} or found.ent_type_ not in {"CARDINAL", ""}:
        return found
    of = next((c for c in found.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    inner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return inner if inner is not None and (found.pos_ == "NUM" or found.ent_type_ == "CARDINAL") else found


def _concrete(noun: Token) -> bool:
    """A thing one can touch or a place, by the most frequent sense of the word ("a wall", "rifles", "homes"),
    or a number of them ("hundreds of homes")."""
    if noun.ent_type_ in {"FAC", "LOC", "PRODUCT", "MONEY"}:
        return True
    return senses(noun.lemma_)[:1] in CONCRETE and senses(noun.lemma_) != ""


def protest_in_play(cue: Token, words: list[Token]) -> bool:
    """A protest at a referee's call, told in a match report: "players protested over the penalty",
    "complained to the referee", "the visitors' protests over the offside goal"; not a complaint lodged
    afterwards ("the club lodged a complaint about the referee") nor a protest at anything else."""
    if cue.lemma_.lower() not in PLAY_PROTESTS:
        return False
    if cue.pos_ == "NOUN" and cue.dep_ in {"dobj", "nsubjpass"} and cue.head.lemma_.lower() in FORMAL_VERBS:
        return False
    return any(t.lemma_.lower() in OFFICIATING or t.lower_ in OFFICIATING for t in [*words, *cue.subtree])


# Ordinary weather a forecast gives odds of ("a risk of showers", "the chance of frost"): a forecast, no harm
# foreseen by anyone; severe weather (floods, storms, gales, heatwaves) is not listed and stays a warning.
ORDINARY_WEATHER = {
    "shower", "rain", "drizzle", "snow", "sleet", "frost", "fog", "mist", "cloud", "hail", "thunder",
    "sunshine", "sun", "breeze",
}  # fmt: skip
ODDS = {"risk", "chance", "threat", "danger", "likelihood", "possibility", "prospect"}


def ordinary_weather(token: Token) -> bool:
    """The odds of ordinary weather in a forecast: "there is a risk of showers on Sunday", "a slight chance of
    frost", "the threat of rain and drizzle"; not "the risk of flooding", "a threat of storms"."""
    if token.lemma_.lower() not in ODDS or token.pos_ != "NOUN":
        return False
    of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    what = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return what is not None and what.lemma_.lower() in ORDINARY_WEATHER

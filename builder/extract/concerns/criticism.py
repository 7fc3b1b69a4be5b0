"""Criticism in reported speech: who says, claims or argues something damning, and the words that say so."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Span, Token

from builder.data import appraisal, noun_senses
from builder.extract.actors.speech import SAY_VERBS, SPEECH_ACTS, TIMES, agent_of, can_speak, speaker_of
from builder.extract.concerns.cues import STATE_ADJECTIVES, not_enough_to, on_record, voicing
from builder.extract.concerns.denials import denied_view
from builder.extract.concerns.events import (
    EVENT_HARM,
    FAILINGS,
    caused_by_an_event,
    harm_that_happened,
    names_an_event,
    ordinary_weather,
    protest_in_play,
)
from builder.extract.concerns.feelings import FELT, cause_of, state_verb
from builder.extract.phrasing import infinitive
from builder.nlp.names import names_a_person

NAMING_VERBS = {
    "describe",
    "call",
    "brand",
    "label",
    "dub",
    "dismiss",
    "attack",
    "condemn",
    "criticise",
    "criticize",
    "see",
    "view",
    "regard",
    "consider",
}
CLAIM_NOUNS = {
    "claim",
    "allegation",
    "accusation",
    "suggestion",
    "charge",
    "complaint",
    "protest",
    "criticism",
    "view",
    "belief",
    "argument",
    "assertion",
    "contention",
}
ABSTRACT_ENDINGS = ("ion", "ment", "ism", "ity", "ance", "ence", "cy", "al", "ure")
ABSTRACT_TARGETS = {
    "plan", "policy", "budget", "record", "idea", "bill", "law", "scheme", "deal", "move", "approach",
    "speech", "remark", "comment", "claim", "tax", "measure", "rule", "reform", "pledge", "promise",
    "strategy",
    "handling",
}  # fmt: skip
NEGATORS = {"not", "n't", "never", "no", "nothing", "hardly"}
REPORT_NOUNS = {"report", "claim", "suggestion", "speculation", "rumour", "rumor", "story", "allegation"}
QUOTES = ("“", '"', "‘", "'", "``")
JUDGING_VERBS = {"see", "view", "regard", "consider"}
REMEDY_VERBS = {
    "tackle", "target", "address", "solve", "fix", "fight", "combat", "reduce", "cut", "curb", "end",
    "prevent", "ease", "overcome", "reverse", "resolve", "remedy", "counter", "stop", "check",
    "investigate", "correct", "repair", "clear", "downplay", "minimise", "minimize", "deny",
    "protect", "defend", "guard", "shield", "safeguard",  # "protecting the public against the threat"
}  # fmt: skip
TARGET_PREPS = {"of", "for", "over", "as", "about", "against"}
# Verbs and nouns of help given for a harm ("help those struggling", "relief for victims", "in recognition of
# the problems"): the harm they act on is not judged by whoever offers them (`_help_offered`). Not the verbs
# of fighting a harm (REMEDY_VERBS, read only where they govern the harm word): "vowed to fight the firms who
# extort money" charges the firms.
HELP_VERBS = {
    "help", "aid", "assist", "relieve", "alleviate", "rescue", "compensate", "support", "cope", "deal",
}  # fmt: skip
HELP_NOUNS = {
    "help", "aid", "assistance", "relief", "recognition", "protection", "support", "compensation",
    "solution", "remedy", "cure", "treatment", "defender", "defence", "defense",
}  # fmt: skip
# A remedy still wanting: failed, refused, lacking, too little, or demanded of someone.
WANTING = {
    "fail", "refuse", "neglect", "lack", "need", "require", "demand", "call", "urge", "plead", "appeal",
    "press", "absence", "shortage",
}  # fmt: skip
DUTY = {"must", "should", "ought"}
PAST_TOLD = {"was", "were", "had", "been", "has", "have"}  # "were found to have", "has been found to have"
DEMANDING = {"urge", "call", "demand", "ask", "appeal", "press", "plead"}
CASE_VERBS = {"accuse", "allege", "suspect"}  # verbs that lay a charge on someone
CASE_NOUNS = {"suspect", "victim", "defendant"}  # the parties of a criminal case
DISPUTE_PREPS = {"amid", "amidst", "over", "following"}
OUSTER_WORDS = {  # a call for someone to go, or to apologise
    "resign", "resignation", "quit", "sacking", "dismissal", "removal", "impeachment", "impeach", "apology",
    "apologise", "apologize",
}  # fmt: skip
MERIT_NOUNS = {
    "wisdom", "sense", "logic", "legality", "fairness", "value", "need", "motive", "judgement", "judgment",
    "competence", "credibility", "integrity", "rationale", "thinking", "basis", "validity",
}  # fmt: skip
SAFE_FROM = {("out", "of"), ("free", "of"), ("free", "from"), ("clear", "of")}  # "out of danger"
ASCRIBED_VERBS = {"feel", "think", "believe", "reckon"}  # views a speaker may ascribe to others
TAX_WORDS = {"tax", "taxes", "taxation", "levy", "levies"}
RISING_WORDS = {
    "higher", "extra", "additional", "more", "bigger", "increased", "rising", "heavier", "steeper",
}  # fmt: skip
RAISING_VERBS = {"raise", "increase", "hike", "double", "treble"}
RISE_VERBS = {"rise", "soar", "increase", "climb", "jump", "rocket"}
# What befalls a body: said of one person ("his knees hurt", "she suffered bruises") it is an account of
# their health or luck, not a judgement of anything at stake.
BODILY_HARM = {"suffer", "hurt", "harm", "struggle", "collapse", "damage", "grave"}
REFLEXIVES = {"himself", "herself", "myself", "yourself", "themselves"}
EXPERIENCER_SUBJECT = {"suffer", "struggle"}  # the subject bears it even with an object ("suffered bruises")
# Surprise that frames a complaint ("it amazes me that …", "I'm baffled that …", "it is odd that …").
SURPRISE_VERBS = {
    "amaze",
    "astonish",
    "astound",
    "baffle",
    "stagger",
    "stun",
    "bemuse",
    "bewilder",
    "flabbergast",
}
SURPRISE_ADJECTIVES = {
    "amazing", "astonishing", "astounding", "baffling", "staggering", "extraordinary", "incredible",
    "unbelievable", "bewildering", "bizarre", "surprising", "strange", "odd", "amazed", "astonished",
    "baffled", "staggered", "stunned", "bemused", "bewildered", "surprised",
}  # fmt: skip
GOOD_WORDS = {"good", "best", "better", "positive", "right"}
# Feelings a speaker can tell of themselves (not an attitude to something: "critical of", "scathing about").
OWN_FEELINGS = FELT | set(STATE_ADJECTIVES)
FEELING_MAKERS = {"leave", "make"}
SPEAKING = {"i", "we", "me", "us"}
PERSONS = SPEAKING | {"he", "she", "him", "her", "they", "them"}
ONE_PERSON = {"i", "me", "my", "he", "him", "his", "she", "her", "you", "your", "someone"}


@dataclass(frozen=True)
class Criticism:
    """A damning statement: its verb, its speaker (if the sentence names one), what is said, its cue."""

    verb: Token
    speaker: Token | None
    content: tuple[Token, ...]
    cue: Token


@functools.cache
def _lexicon() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in appraisal().items() if isinstance(v, list)}


def criticism_verbs() -> frozenset[str]:
    """The lemmas of the verbs that criticise: accuse, blame, condemn, complain, protest …"""
    return _lexicon()["criticism_verbs"]


def is_criticism_verb(token: Token) -> bool:
    """accuse / blame / condemn / slam …, as a verb with something or someone to criticise."""
    lemma = token.lemma_.lower()
    if _questions_merit(token):
        return True
    if token.pos_ != "VERB" or lemma not in _lexicon()["criticism_verbs"] or _negated(token):
        return False
    if lemma == "attack":  # "attacked the plan as", not "attacked the village"
        target = _object(token)
        return _has_prep(token, {"as", "for", "over"}) or (target is not None and _abstract(target))
    if lemma in {"blast", "slam", "slate"}:  # "slammed the minister", not "blasted a shot over the bar"
        target = _object(token)
        if target is not None:
            return _abstract(target) or _someone(target)
        return _has_prep(token, {"as", "for", "over"}) and not _moved_into(token)
    if lemma == "blame" and not _blames_someone(token):
        return False  # "blamed the delay on the weather": a cause given, no one accused
    if lemma == "dismiss" and not _has_prep(token, {"as"}) and _report_noun(_object(token)):
        return False  # "dismissed reports that talks had stalled": a denial
    if lemma in {"dismiss", "brand", "label"}:  # "branded the plan unworkable", "dismissed it as a stunt"
        complement = _has_prep(token, {"as"}) or any(
            c.dep_ in {"oprd", "xcomp"} and (c.pos_ != "ADJ" or negative_word([c]) is not None)
            for c in token.children
        )  # not a label that judges nothing: "branded 'eccentric'"
        return complement or negative_word(_target(token)) is not None
    return _object(token) is not None or _has_prep(token, {"of", "for", "over", "about", "to", "against"})


def _moved_into(verb: Token) -> bool:
    """A blow struck on a place, not words ("the storm slammed into the coast over the weekend"): a verb of
    striking with "into" or "onto"."""
    return _has_prep(verb, {"into", "onto"})


def _blames_someone(verb: Token) -> bool:
    """Blame laid on someone ("blamed the council", "blamed the cuts on ministers", "was blamed for …"),
    not a cause named ("blamed the incident on a moment of frustration", "blamed cock-up")."""
    if _has_prep(verb, {"for"}) or any(c.dep_ == "nsubjpass" for c in verb.children):
        return True
    on = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"), None)
    if on is not None:
        return any(_someone(c) for c in on.children if c.dep_ == "pobj")
    target = _object(verb)
    return target is None or _someone(target)


def _someone(token: Token) -> bool:
    """A person or a body that can be blamed: a name, a pronoun for people, "the council", "ministers"."""
    if token.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"}:
        return True
    if token.pos_ == "PRON":
        return token.lower_ not in {"it", "this", "that", "which", "what"}
    sense = noun_senses().get(token.lemma_.lower(), "")[:1]
    return sense in {"r", "g"} or token.lemma_.lower() in _lexicon()["speaker_nouns"]


def _report_noun(token: Token | None) -> bool:
    return token is not None and token.lemma_.lower() in REPORT_NOUNS


def _questions_merit(verb: Token) -> bool:
    """Doubt cast on a thing's merit: "questioned the wisdom of buying the insurer", "doubt the value of"."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in {"question", "doubt", "challenge"} or _negated(verb):
        return False
    target = _object(verb)
    return target is not None and target.lemma_.lower() in MERIT_NOUNS and _has_prep(target, {"of", "behind"})


def is_criticism_noun(token: Token) -> bool:
    """complaint / objection / outcry / furore …, as a noun."""
    return (
        token.pos_ == "NOUN" and token.lemma_.lower() in _lexicon()["criticism_nouns"] and not _negated(token)
    )


def negative_word(tokens: Iterable[Token]) -> Token | None:
    """The first word passing a negative judgement ("unworkable", "a fiasco", "too expensive", "failed")."""
    lex = _lexicon()
    for token in tokens:
        lemma = token.lemma_.lower()
        found = (
            (
                token.pos_ in {"ADJ", "VERB"}
                and (lemma in lex["adjectives"] or token.lower_ in lex["adjectives"])
                and not _acts_on_something(token)
            )
            or (token.pos_ == "NOUN" and lemma in lex["nouns"] and token.dep_ != "compound")
            or (token.pos_ == "VERB" and lemma in lex["verbs"] and token.dep_ not in {"amod", "compound"})
            or _too_much(token)
            or _should_have_done(token)
            or _let_down(token)
            or _tax_rises(token)
            or _surprised_at_a_failing(token)
        )
        if token.i > 1 and token.doc[token.i - 1].text == "-" and not token.doc[token.i - 2].whitespace_:
            continue  # the end of a hyphenated word ("high-risk", "cost-free") is not judged alone
        if token.i + 1 < len(token.doc) and token.doc[token.i + 1].text == "-":
            # part of a hyphenated word: a listed one the tokenizer split ("anti-Semitic", "a U-turn") is
            # judged whole, any other is not judged by its first part ("problem-free")
            found = _hyphenated(token) in lex["adjectives"] | lex["nouns"]
            if not found:
                continue
        if _lying_somewhere(token) or _remedied(token) or _denied(token) or _describes_someone(token):
            continue
        if _befalls_one_person(token) or _no_verdict(token) or _own_feeling(token) or on_record(token):
            continue
        if _only_a_condition(token):
            continue  # "cannot keep data unless there is a grave risk": the case a rule gives way in
        if _in_background(token) or _claim_denied(token) or _own_failing(token):
            continue  # "despite her illness", "the reports were false", "we made errors"
        if ordinary_weather(token) or _ruling_told(token):
            continue  # "a risk of showers on Sunday": a forecast; "were found to have misled": a ruling
        if harm_that_happened(token) or _names_an_event(token) or _threat_of_violence(token):
            continue  # an incident report: "a wall was damaged", "the mistake arose from human error"
        if not_enough_to(token) or _enough_to_harm(token) or _does_nothing_to(token):
            continue  # "not enough to derail the recovery", "would do nothing to undermine": the harm said
            # not to follow
        if (found and not _negated(token)) or _not_adding_up(token) or _denied_virtue(token, lex):
            return token
    return None


EXCEPTING = {"unless", "except", "barring"}
CASE_NOUNS_OF_A_RULE = {"case", "event"}  # "except in the case of a threat", "in the event of a risk"


def _only_a_condition(token: Token) -> bool:
    """A harm named only as the case in which a rule gives way, which nobody says is there: "governments
    cannot keep data unless there is a grave risk", "except in the case of a grave risk". The harm
    noun is what an "unless" clause says there is, or what "except in the case of" names; not a judging
    word in a demand ("we will strike unless the council drops its damaging plan")."""
    if token.pos_ == "ADJ" and token.dep_ == "amod":
        token = token.head  # "a grave risk": the risk
    if token.pos_ != "NOUN":
        return False
    while _of_a_noun(token) and token.head.head.lemma_.lower() not in CASE_NOUNS_OF_A_RULE:
        token = token.head.head  # "a serious risk of fraud": the risk
    head = token.head
    existential = head.lemma_ == "be" and any(c.dep_ == "expl" for c in head.children)
    if token.dep_ in {"attr", "nsubj"} and existential:
        return any(c.dep_ == "mark" and c.lower_ in EXCEPTING for c in head.children)
    if not _of_a_noun(token) or head.head.lemma_.lower() not in CASE_NOUNS_OF_A_RULE:
        return False
    node = head.head
    while node.dep_ in {"pobj", "prep"} and node.head != node:
        node = node.head
        if node.lower_ in EXCEPTING:
            return True
    return False


def _of_a_noun(token: Token) -> bool:
    """ "(a risk) of fraud": the object of an "of" that hangs on a noun."""
    return token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ == "NOUN"


def _hyphenated(token: Token) -> str:
    """The whole hyphenated word that starts at a token ("anti-semitic"), lower case."""
    doc, end = token.doc, token.i
    while end + 2 < len(doc) and doc[end + 1].text == "-" and not doc[end + 1].whitespace_:
        end += 2
    return doc[token.i : end + 1].text.lower()


def _lying_somewhere(token: Token) -> bool:
    """ "Lie" in its bodily sense: "lying down", "found lying in the road", "lay awake" (no untruth)."""
    if token.lemma_.lower() not in {"lie", "lay"} or token.pos_ != "VERB":
        return False
    return any(
        (c.dep_ == "prt" and c.lower_ in {"down", "back", "low", "still"})
        or (c.dep_ == "prep" and c.lower_ in PLACE_PREPS)
        or (c.dep_ in {"advmod", "acomp"} and c.lower_ in {"down", "awake", "still", "flat", "dead", "low"})
        for c in token.children
    )


PLACE_PREPS = {"in", "on", "at", "under", "beneath", "beside", "near", "across", "inside", "outside", "by"}


def _acts_on_something(verb: Token) -> bool:
    """A judging word used as a finite verb says what someone did, not what they feel: "Obiri upset the
    champion" (a defeat), not "fans were upset" or "left them upset"."""
    if verb.pos_ != "VERB" or verb.tag_ not in {"VBD", "VBZ", "VBP"}:
        return False
    named_doer = any(c.dep_ == "nsubj" and c.pos_ in {"PROPN", "NOUN"} for c in verb.children)
    return named_doer and any(c.dep_ in {"dobj", "xcomp"} for c in verb.children)


def _names_an_event(token: Token) -> bool:
    """A judging noun naming what happened ("after the disaster"), or a judging adjective grading the harm it
    names ("the recovery from this terrible disaster"; not "a horrendous season had contributed to …", which
    judges the season)."""
    if token.pos_ == "NOUN":
        return names_an_event(token) or caused_by_an_event(token, _abstract)
    harm = token.head.lemma_.lower() in _lexicon()["nouns"] | EVENT_HARM
    if token.pos_ != "ADJ" or token.dep_ != "amod" or not harm:
        return False
    return names_an_event(token.head) or caused_by_an_event(token.head, _abstract)


def _remedied(token: Token) -> bool:
    """A problem being solved is no criticism: "would target the extreme problems", "to avoid the crisis",
    "prevents food being wasted"; help given or promised for a harm ("would help those who struggle")."""
    if _help_offered(token):
        return True
    node = token
    while node.head != node and node.pos_ not in {"VERB", "AUX"}:
        node = node.head
    if node == token:  # the judging word is a verb: the remedy governs it or sits inside its clause
        inside = [t for t in token.subtree if t.i < token.i and t.pos_ == "VERB"]
        above = token.head
        while token.dep_ in {"xcomp", "ccomp", "acl"} and above.head != above and above.pos_ != "VERB":
            above = above.head  # "prevents food being wasted": wasted -> food -> prevents
        heads = [above] if token.dep_ in {"xcomp", "ccomp", "acl"} else []
        return any(t.lemma_.lower() in REMEDY_VERBS for t in [*heads, *inside])
    if any(c.dep_ == "compound" and c.lemma_.lower() in REMEDY_VERBS for c in token.children):
        return True  # "minimise waste" where the parser made the verb a noun before it
    remedy = node.pos_ in {"VERB", "AUX"} and node.lemma_.lower() in REMEDY_VERBS
    return remedy and not _negated(node) and not _does_nothing_to(node)  # not "has not tackled the crisis",
    # "did nothing to stop the abuse": a remedy not made is a duty not done


def _help_offered(token: Token) -> bool:
    """A harm named as what help is given or promised for, not judged: "the mayor will help tenants who are
    struggling with rent", "the bridge will be free in recognition of the problems", "would offer relief to
    families hit by …". The harm word lies in what help (a verb of helping, a noun of help, or a verb giving
    one) acts on, not in its subject; help that is denied, failed or found wanting ("did not help those
    struggling", "failed to help", "not enough help for") or demanded ("must help", "urged the council to
    help", "calls for relief for") still criticises."""
    node = token
    while node.head != node:
        if node.dep_ in {"nsubj", "csubj", "expl"}:
            return False  # "the problems helped nobody": the harm does the act
        node = node.head
        if node.pos_ in {"VERB", "AUX"} and node.lemma_.lower() in SAY_VERBS | SPEECH_ACTS:
            return False  # the remedy lies above what someone says: "vowed to help those who said …"
        lemma = node.lemma_.lower()
        remedy = (
            (node.pos_ == "VERB" and lemma in HELP_VERBS)
            or (node.pos_ == "NOUN" and lemma in HELP_NOUNS)
            or (node.pos_ == "VERB" and any(_help_given(c) for c in node.children))
        )
        if remedy:
            return not _remedy_wanting(node)
    return False


def _help_given(noun: Token) -> bool:
    """A noun of help as what a verb gives: "would offer relief to families hit by …", "provides support for
    those who …"."""
    return noun.dep_ == "dobj" and noun.pos_ == "NOUN" and noun.lemma_.lower() in HELP_NOUNS


def _too_little(amount: Token) -> bool:
    """ "not enough", "too little", "too few"."""
    if amount.lower_ not in {"enough", "little", "few"}:
        return False
    return any(c.lower_ in {"not", "n't", "too", "nowhere"} for c in [*amount.children, *amount.lefts])


def _remedy_wanting(remedy: Token) -> bool:
    """A remedy denied, failed, found wanting or demanded: "did not help", "failed to protect", "not enough
    help", "too little relief", "must fix", "should help", "urged them to help", "calls for protection",
    "gave no support"."""
    given = [c for c in remedy.children if _help_given(c)]
    if any(c.lower_ in {"no", "little"} or _too_little(c) for g in given for c in g.children):
        return True
    node = remedy
    while True:
        lemma = node.lemma_.lower()
        if _negated(node) or lemma in WANTING or lemma in FAILINGS:
            return True
        if any(_too_little(c) or (c.tag_ == "MD" and c.lower_ in DUTY) for c in node.children):
            return True  # "not enough help", "too little relief", "must help"
        if lemma == "have" and any(c.dep_ == "xcomp" and infinitive(c) for c in node.children):
            return True  # "we have to help them"
        if node.pos_ in {"VERB", "AUX"} and lemma in SAY_VERBS | SPEECH_ACTS:
            return lemma in DEMANDING  # up to who says it: "urged the council to fix …"
        if node.head == node:
            return False
        node = node.head


def _befalls_one_person(token: Token) -> bool:
    """Harm to one person's body or luck, told: "his knees hurt", "she was suffering an allergy", "one of
    her patients collapsed", "after struggling to find tools" (a warning of harm done by something keeps
    its object: "the cuts would hurt patients")."""
    lemma = token.lemma_.lower()
    if lemma not in BODILY_HARM:
        return False
    if token.pos_ == "ADJ":  # "his grave illness"
        return token.dep_ == "amod" and _one_person(token.head)
    if token.pos_ != "VERB":
        return False
    bearer = next((c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    caused = bearer is not None and bearer.dep_ == "nsubj" and lemma not in EXPERIENCER_SUBJECT
    victim = next((c for c in token.children if c.dep_ == "dobj"), None)
    if victim is not None and _done_to_one_person(token, victim, bearer):
        return True  # "people were trying to harm her", "told by the voices to harm herself"
    if caused and victim is not None:
        return False  # "the fall hurt her", "the cuts would hurt patients": what did it is named
    if bearer is None and token.tag_ == "VBG" and token.dep_ in {"pcomp", "advcl"}:
        bearer = _subject_above(
            token.head.head if token.dep_ == "pcomp" else token.head
        )  # "after struggling"
    elif bearer is None and token.dep_ == "acomp":
        bearer = _subject_above(token.head)  # "she's going to be brain damaged"
    if bearer is not None and bearer.lower_ in {"who", "that"} and token.dep_ == "relcl":
        bearer = token.head  # "someone who has suffered …"
    return bearer is not None and _one_person(bearer)


def _own_feeling(token: Token) -> bool:
    """A feeling told of a person ("I'm really disappointed", "he said he was furious and would appeal", "it
    left us upset"): with no cause said it judges nothing; a speaker's own feeling with its cause is said by
    the feelings module, about the cause rather than the whole quotation."""
    verb = state_verb(token) if token.lower_ in OWN_FEELINGS else None
    if verb is None:
        return False
    made = verb.lemma_ in FEELING_MAKERS  # "it left us upset": the object feels it
    feeler = next((c for c in verb.children if c.dep_ == "dobj"), None) if made else None
    feeler = feeler or next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if feeler is None or feeler.lower_ not in PERSONS:
        return False
    return feeler.lower_ in SPEAKING or cause_of(token, verb) is None


def _done_to_one_person(verb: Token, victim: Token, doer: Token | None) -> bool:
    """Harm one person did, meant or was told to do to another (or to themselves): an account of violence,
    not a judgement of anything at stake ("the cuts would hurt patients" keeps its many)."""
    if not (_one_person(victim) or victim.lower_ in REFLEXIVES) or _foreseen(verb):
        return False  # "he may well attack another child" is a warning
    meant = infinitive(verb)  # "trying to harm her", "told to harm herself"
    return meant or (doer is not None and (_one_person(doer) or doer.lower_ in {"they", "people"}))


def _threat_of_violence(verb: Token) -> bool:
    """A threat to hurt one person (or oneself), told as what someone did: an account of violence, as
    "held a blade to his throat and threatened to hurt himself"; not a threat of action ("threatened to go
    on strike", "threatened to send the pictures to her family")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "threaten":
        return False
    for act in (c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in BODILY_HARM):
        victim = next((c for c in act.children if c.dep_ == "dobj"), None)
        if victim is not None and _done_to_one_person(act, victim, None):
            return True
    return False


def _enough_to_harm(token: Token) -> bool:
    """ "enough" whose aim is a harm or a worry ("not enough to derail the recovery", "not enough to raise any
    concerns"): denied, it is a reassurance; not "did not do enough to protect the pupils"."""
    if token.lower_ != "enough":
        return False
    owners = [token, token.head] if token.dep_ == "advmod" else [token]  # "not large enough to …"
    aims = [c for o in owners for c in o.children if c.dep_ in {"xcomp", "advcl"} and infinitive(c)]
    worries = {"concern", "worry", "fear", "alarm"}
    return any(
        aim.lemma_.lower() in _lexicon()["verbs"]
        or any(c.dep_ == "dobj" and c.lemma_.lower() in worries for c in aim.children)
        for aim in aims
    )


def _ruling_told(token: Token) -> bool:
    """A ruling told as done, nobody's judgement: "they were found to have misled the stewards", "the rider
    had been found to have breached the code"; not one to come ("should be found to have …"), nor one the
    sentence judges ("wrongly found to have …"). (A sanction told, "Morocco were punished", is left: a
    sanctioned side's own telling of it is often its complaint.)"""
    node = token
    while node.dep_ in {"xcomp", "conj"} and node.head != node and node.pos_ in {"VERB", "AUX"}:
        node = node.head  # "found to have misled": misled -> found
    if node is token or node.lemma_.lower() != "find" or token.tag_ not in {"VBN", "VB"}:
        return False
    auxiliaries = [c for c in node.children if c.dep_ in {"aux", "auxpass"}]
    if not any(a.dep_ == "auxpass" for a in auxiliaries) or not all(
        a.lower_ in PAST_TOLD for a in auxiliaries
    ):
        return False
    return not any(c.dep_ == "advmod" and _judging_adverb(c) for c in node.children)


def _judging_adverb(adverb: Token) -> bool:
    """ "unfairly", "wrongly", "harshly": an adverb made from a judging adjective (or one of these)."""
    word = adverb.lower_
    stem = word.removesuffix("ly")
    return word in {"wrongly", "unjustly", "harshly"} or (stem != word and stem in _lexicon()["adjectives"])


def _does_nothing_to(verb: Token) -> bool:
    """A harm said not to follow from something: "the tariff would do nothing to undermine the recovery",
    "the row has done little to damage his chances" (a reassurance; "did nothing to stop the abuse" judges a
    duty not done, and its harm word is not the verb after "nothing")."""
    if verb.pos_ != "VERB" or not infinitive(verb):
        return False
    if verb.dep_ in {"relcl", "acl"} and verb.head.lower_ in {"nothing", "little"}:
        amount = verb.head
    elif verb.dep_ in {"advcl", "xcomp"}:
        amount = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
    else:
        return False
    return amount is not None and amount.lower_ in {"nothing", "little"} and amount.head.lemma_ == "do"


def _foreseen(verb: Token) -> bool:
    """Whether a verb, or a verb its infinitive hangs on, carries a modal ("will go on to harm", "could
    harm")."""
    node = verb
    while True:
        if any(c.tag_ == "MD" for c in node.children):
            return True
        if node.dep_ not in {"xcomp", "conj", "advcl"} or node.head == node:
            return False
        node = node.head


def _subject_above(verb: Token) -> Token | None:
    """The subject of a verb, or of the verb above it that an infinitive or a joined verb shares."""
    while not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        if verb.dep_ not in {"xcomp", "advcl", "conj"} or verb.head == verb:
            return None
        verb = verb.head
    return next(c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"})


def _no_verdict(token: Token) -> bool:
    """A judging word used for something else: "the good and bad experiences", "legal and illegal downloads"
    (both sides named), "taking risks" (daring)."""
    if token.pos_ == "ADJ":
        paired = [token.head] if token.dep_ == "conj" else []
        paired += [c for c in token.children if c.dep_ == "conj"]
        return any(p.lemma_.lower() in GOOD_WORDS or _opposites(token, p) for p in paired)
    return token.lemma_.lower() == "risk" and token.dep_ == "dobj" and token.head.lemma_.lower() == "take"


NEGATING_PREFIXES = ("un", "in", "il", "im", "ir", "dis", "non-", "non")


def _opposites(word: Token, other: Token) -> bool:
    """A word joined to its own opposite by a negating prefix ("legitimate and illegitimate users", "legal or
    illegal", "fair and unfair"): both sides named, nothing judged."""
    a, b = word.lower_, other.lower_
    return any(a == p + b or b == p + a for p in NEGATING_PREFIXES)


def _one_person(token: Token) -> bool:
    """A word for one person: "he", "my wife", "one of her patients", "the boy", a person's name."""
    if token.lower_ == "one":  # "one of her patients", not "one in eight households"
        return any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)
    if token.lower_ in ONE_PERSON or token.ent_type_ == "PERSON":
        return True
    if any(c.dep_ == "poss" and c.lower_ in ONE_PERSON for c in token.children):
        return True  # "his hands", "your wife"
    return token.tag_ == "NN" and names_a_person(token.lemma_)


def _describes_someone(token: Token) -> bool:
    """A participle that says what people go through, not what is wrong: "those struggling every day to
    pay", "families suffering from the cold"."""
    node = token
    while node.head != node and not (node.dep_ == "acl" and node.tag_ == "VBG"):
        if node.dep_ in {"ccomp", "relcl", "advcl", "conj"}:
            return False
        node = node.head
    reduced = not any(c.dep_ in {"aux", "nsubj"} for c in node.children)  # not "the claim it is failing"
    return node.dep_ == "acl" and node.tag_ == "VBG" and reduced and node.head.pos_ in {"PRON", "NOUN"}


def _denied(token: Token) -> bool:
    """A judgement denied or dismissed: "no immediate danger", "we never accused him of graft", "we do not
    believe the scheme failed", "I'm not someone who thinks the plan will fail"."""
    if token.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in token.children):
        return True
    prep = token.head
    if token.dep_ == "pobj" and (prep.head.lower_, prep.lower_) in SAFE_FROM:
        return True  # "believed to be out of danger", "free from risk"
    return denied_view(token)  # "we do not believe the scheme failed", "nobody thinks it will fail"


def _denied_virtue(token: Token, lex: dict[str, frozenset[str]]) -> bool:
    """A virtue denied: "has not been straightforward", "that's not very useful"."""
    return (
        token.pos_ in {"ADJ", "NOUN"} and token.lemma_.lower() in lex["negated_positive"] and _negated(token)
    )


def _surprised_at_a_failing(token: Token) -> bool:
    """A complaint said as surprise at what someone does not do or does wrong: "it amazes me that the party
    doesn't want to come", "it astonishes me the league ignores us", "it is extraordinary that they never
    replied", "I'm baffled that the council has failed to act". The surprise word frames a content clause that
    is negated or tells a failing (a judging verb: ignore, fail, neglect …); surprise at a success ("it is
    amazing that we won") is none."""
    lemma = token.lemma_.lower()
    if lemma in SURPRISE_VERBS and token.pos_ == "VERB":
        framed = any(c.dep_ in {"nsubj", "expl"} and c.lower_ == "it" for c in token.children) or (
            any(c.dep_ == "nsubjpass" and c.lower_ in SPEAKING for c in token.children)  # "I'm baffled that"
        )
    elif token.lower_ in SURPRISE_ADJECTIVES and token.dep_ == "acomp":
        subjects = [c for c in token.head.children if c.dep_ in {"nsubj", "expl"}]
        framed = any(c.lower_ in {"it", *SPEAKING} for c in subjects)
    else:
        return False
    return framed and surprise_clause(token) is not None


def surprise_clause(token: Token) -> Token | None:
    """The clause telling a failing that a surprise word frames ("it amazes me that [the party doesn't
    want to come]"), or None."""
    if token.lemma_.lower() not in SURPRISE_VERBS and token.lower_ not in SURPRISE_ADJECTIVES:
        return None
    clauses = [c for c in [*token.children, *token.head.children] if c.dep_ in {"ccomp", "csubj", "xcomp"}]
    return next((c for c in clauses if c is not token and _tells_a_failing(c)), None)


def _tells_a_failing(clause: Token) -> bool:
    """A clause that is negated ("doesn't want to come", "never replied", "no one cares") or whose verb or a
    verb it governs judges (ignore, fail, neglect …)."""
    if clause.pos_ not in {"VERB", "AUX"}:
        return False
    verbs = [clause, *(c for c in clause.children if c.dep_ in {"xcomp", "conj"} and c.pos_ == "VERB")]
    no_one = any(c.dep_ == "nsubj" and (c.lower_ in {"nobody", "no-one"} or _no(c)) for c in clause.children)
    negated = any(_negated(v) or any(c.dep_ == "neg" for c in v.children) for v in verbs)
    return no_one or negated or any(v.lemma_.lower() in _lexicon()["verbs"] for v in verbs)


def _too_much(token: Token) -> bool:
    """ "too expensive", "too little, too late", "far too high"."""
    too = token.lower_ == "too" and token.dep_ == "advmod" and token.head.pos_ in {"ADJ", "ADV"}
    return too and token.head.lower_ not in {"early", "soon"}  # "too early to judge" is a caution


def _should_have_done(token: Token) -> bool:
    """A duty not done, said of the past: "the accounts should have been audited", "ministers ought to have
    known" (not "should have" of the future: "by May it should have been built" is a plan)."""
    if token.lower_ not in {"should", "ought"} or token.tag_ != "MD":
        return False
    verb = token.head
    done = verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "have" for c in verb.children)
    planned = any(c.ent_type_ in TIMES for c in verb.subtree if c.dep_ in {"pobj", "npadvmod"})
    return done and not planned


def _tax_rises(token: Token) -> bool:
    """A tax rise foreseen, the warning of a campaign: "would mean higher taxes", "an extra tax on every
    house", "would be forced to increase taxation", "taxes will go up" (not a raise the speaker plans: "we
    will raise the levy")."""
    if token.pos_ != "NOUN" or not ({token.lower_, token.lemma_.lower()} & TAX_WORDS):
        return False
    if any(c.dep_ == "amod" and c.lower_ in RISING_WORDS for c in token.children):
        return True
    verb = token.head
    if token.dep_ == "dobj" and verb.lemma_.lower() in RAISING_VERBS:
        raiser = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return raiser is None or raiser.lower_ not in {"i", "we"}
    up = any(c.dep_ in {"prt", "advmod"} and c.lower_ == "up" for c in verb.children)
    return token.dep_ == "nsubj" and (verb.lemma_.lower() in RISE_VERBS or (verb.lemma_ == "go" and up))


def _let_down(token: Token) -> bool:
    """ "felt let down by the board", "has let the farmers down"."""
    return token.lemma_ == "let" and any(c.dep_ == "prt" and c.lower_ == "down" for c in token.children)


def _not_adding_up(token: Token) -> bool:
    """ "the sums do not add up"."""
    return token.lemma_ == "add" and _negated(token) and any(c.lower_ == "up" for c in token.children)


def _negated(token: Token) -> bool:
    """Whether the word, or the predicate it belongs to, is negated ("was not a wasted vote")."""
    path = [token]
    while path[-1].head != path[-1]:
        node = path[-1]
        if node.dep_ in {"amod", "acomp", "attr", "oprd", "compound", "advmod", "dobj"}:
            path.append(node.head)
        elif node.dep_ == "pobj" and (_state_phrase(node) or _of_a_denial(node)):
            path += [node.head, node.head.head]  # "not put them at risk", "no knowledge of any misconduct"
        elif node.dep_ == "pobj" and node.head.lower_ == "as" and node.head.head.pos_ == "VERB":
            path += [
                node.head,
                node.head.head,
            ]  # "not perceived as a problem", "don't look at it as a problem"
        else:
            break
    if path[-1].dep_ == "conj" and any(c.lower_ == "nor" for c in path[-1].head.children):
        return True  # "did not break the rules, nor did it mislead investors"
    return any(_negating(c, h) for h in path for c in h.children if c.i < token.i)


def _negating(child: Token, head: Token) -> bool:
    """A word that negates its head: "not", "never", "no longer", "at no point", "no" on a noun above the
    word ("no knowledge of …")."""
    if child.dep_ == "neg" or child.lower_ in NEGATORS - {"no"}:
        return True
    if child.dep_ in {"nsubj", "nsubjpass"} and (_no(child) or child.lower_ in {"nobody", "none", "no-one"}):
        return True  # "no group is worse off"
    if child.lower_ == "longer" and any(c.lower_ == "no" for c in child.children):
        return True
    if child.dep_ == "prep" and any(_no(c) for c in child.children if c.dep_ == "pobj"):
        return head.pos_ in {"VERB", "AUX"}  # "at no stage did she …"
    return child.lower_ == "no" and child.dep_ == "det" and head.pos_ == "NOUN"


def _no(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in {"no", "neither"} for c in noun.children)


def _state_phrase(noun: Token) -> bool:
    """A bare noun after "at/in/under" that says a state of the verb's object: "put jobs at risk"."""
    prep = noun.head
    bare = not any(c.dep_ in {"det", "poss"} for c in noun.children)
    return bare and prep.lower_ in {"at", "in", "under"} and prep.head.pos_ == "VERB"


def _of_a_denial(noun: Token) -> bool:
    """The "of" object of a noun that "no" denies: "no knowledge of any misconduct", "no sign of abuse"."""
    prep = noun.head
    return prep.lower_ == "of" and prep.head.pos_ == "NOUN" and _no(prep.head)


def _has_prep(token: Token, words: set[str]) -> bool:
    return any(c.dep_ in {"prep", "agent"} and c.lower_ in words for c in token.children)


def _object(token: Token) -> Token | None:
    return next((c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}), None)


def _abstract(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    return not noun.ent_type_ and (lemma in ABSTRACT_TARGETS or lemma.endswith(ABSTRACT_ENDINGS))


def content_of(verb: Token) -> Token | None:
    """What was said: the clause under a saying verb, or the quote a trailing "he said" belongs to."""
    clause = next((c for c in verb.children if c.dep_ in {"ccomp", "xcomp", "oprd"}), None)
    if clause is not None:
        return clause
    if verb.dep_ == "parataxis" and verb.head.pos_ in {"VERB", "AUX"}:
        return verb.head
    return next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"), None)


_LAST_FRAMES: list[Any] = [None, ()]  # the sentence last asked about and its frames


def frames(sent: Span) -> tuple[tuple[Token, Token | None, Token], ...]:
    """Every (saying verb, speaker, content) in a sentence, including "amid claims (that) …".

    Remembered for the span last asked about: the concern finder asks twice of each sentence (criticism, then
    its last speaker); holding the span keeps its id from being reused by another."""
    if _LAST_FRAMES[0] is not sent:
        _LAST_FRAMES[:] = [sent, tuple(_frames(sent))]
    return _LAST_FRAMES[1]


def _frames(sent: Span) -> Iterator[tuple[Token, Token | None, Token]]:
    for token in sent:
        lemma = token.lemma_.lower()
        if (source := according_to(token)) is not None:
            yield token, source, token.head  # "According to the union, the trust has failed its nurses"
        elif token.pos_ == "VERB" and (lemma in SAY_VERBS or lemma in NAMING_VERBS):
            content = content_of(token) if lemma not in JUDGING_VERBS else _as_phrase(token)
            if content is not None and not _asked(content):
                yield token, speaker_of(token), content
                for joined in _own_clauses(
                    token
                ):  # "said the bill would help, but ministers had been complacent"
                    yield token, speaker_of(token), joined
        elif token.pos_ == "NOUN" and lemma in CLAIM_NOUNS:
            clauses = [c for c in token.children if c.dep_ in {"acl", "ccomp", "relcl"}]
            # not who voiced it: "complaints filed by dozens of investigators"
            clause = next((c for c in clauses if voicing(c) is None), None)
            if clause is not None and clause.pos_ in {"VERB", "AUX"}:
                yield token, _owner(token), clause


def _participant(cue: Token) -> bool:
    """A judging noun that takes part in what a clause tells ("the threats were sent by post", "the latest
    attacks bring the toll to 40"), not one predicated of something ("the plan is a disaster"), or a
    harm told as done ("the driver damaged three cars"), not foreseen ("the drought could wreck the harvest"):
    what is told "according to" a source is a fact it gives unless the clause judges."""
    if cue.pos_ == "VERB":
        return (cue.lemma_.lower() in EVENT_HARM and not _foreseen(cue)) or _harm_suffered(cue)
    return cue.pos_ == "NOUN" and cue.dep_ not in {"attr", "oprd", "appos"}


# Verbs of the judging lexicon that say what befell someone or something (put at risk, held back, made
# worse), not what anyone did wrong ("exploited", "misled", "cheated" charge a doer even unnamed).
HARM_SUFFERED = EVENT_HARM | {
    "endanger", "threaten", "hamper", "hinder", "worsen", "erode", "derail", "jeopardise", "jeopardize",
    "undermine",
}  # fmt: skip


def _harm_suffered(verb: Token) -> bool:
    """A harm told in the passive as having befallen its subject, with no one named who did it ("According
    to the report, thousands of residents were endangered by the leak", "… were hindered"): a fact the
    source gives, not a judgement; not one with someone as its agent ("were endangered by the landlord"), a
    modal ("could be endangered"), or a verb that charges a doer ("were exploited")."""
    if verb.lemma_.lower() not in HARM_SUFFERED or _foreseen(verb):
        return False
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    doer = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    return doer is None or not _someone(doer)


def according_to(token: Token) -> Token | None:
    """The source of "according to X" that frames a clause ("According to critics, the plan is unworkable",
    "the plan, according to critics, is unworkable"): X, who says the clause; None for anything else."""
    if token.lower_ != "according" or token.head == token or token.head.pos_ not in {"VERB", "AUX"}:
        return None
    to = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    return next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None


def _asked(content: Token) -> bool:
    """An embedded question claims nothing: "refused to say whether the plan was a mistake"."""
    return any(c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in content.children)


def _disputed(noun: Token) -> bool:
    """Claims that a story is built around are a charge: "resigned amid claims (that) he lied", "a row
    over suggestions the figures were fixed"."""
    return (
        noun.pos_ == "NOUN"
        and noun.dep_ == "pobj"
        and noun.head.lower_ in DISPUTE_PREPS
        and not any(c.dep_ == "neg" or c.lower_ in NEGATORS for c in noun.children)
    )


def _own_clauses(verb: Token) -> list[Token]:
    """Clauses coordinated with a saying verb that have their own subject and no saying verb of their own."""
    return [
        c
        for c in verb.children
        if c.dep_ == "conj"
        and c.pos_ in {"VERB", "AUX"}
        and c.lemma_ not in SAY_VERBS
        and any(s.dep_ in {"nsubj", "nsubjpass"} for s in c.children)
    ]


def _as_phrase(verb: Token) -> Token | None:
    """ "is seen as a blow": the "as" phrase of a judging verb."""
    return next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"), None)


def _owner(noun: Token) -> Token | None:
    """Whose claim: "Tory claims", "the party's complaint"."""
    return next((c for c in noun.children if c.dep_ in {"poss", "compound", "amod"} and c.ent_type_), None)


def _clause_tokens(content: Token, verb: Token) -> list[Token]:
    """The content's words, without the speaker's own words when the quote holds the saying verb."""
    skip = {t.i for t in verb.subtree} if verb in content.subtree and verb != content else set()
    agent = agent_of(verb)
    skip |= (
        {t.i for t in agent.head.subtree} if agent is not None else set()
    )  # "… by the Conservatives who …"
    return [t for t in content.subtree if t.i not in skip]


def _target(verb: Token) -> list[Token]:
    """What a criticism verb is aimed at: its object and its "of/for/over/as" phrase."""
    parts = [
        c
        for c in verb.children
        if c.dep_ in {"dobj", "oprd", "ccomp"}
        or (c.dep_ == "prep" and c.lower_ in TARGET_PREPS and c.i > verb.i)  # not "As always, they accused"
    ]
    return sorted((t for c in parts for t in c.subtree), key=lambda t: t.i)


def criticisms(sent: Span) -> list[Criticism]:
    """The damning statements of a sentence: a criticism verb, or something said with a negative judgement;
    where one report holds another ("He says Goldsmith warned that …"), the innermost speaker holds it."""
    found: list[Criticism] = []
    for verb, speaker, content in frames(sent):
        words = _clause_tokens(content, verb)
        cue = negative_word(words) or (verb if _disputed(verb) else None)
        if cue is not None and not (verb.lower_ == "according" and _participant(cue)):
            found.append(Criticism(verb, speaker, tuple(words), cue))
    for token in sent:
        if is_criticism_verb(token) and not any(c.verb == token for c in found):
            found.append(Criticism(token, speaker_of(token), tuple(_target(token)), token))
        elif (demand := _ouster_demand(token)) is not None and not any(c.verb == token for c in found):
            found.append(Criticism(token, speaker_of(token), demand, token))
    found = [c for c in found if not any(_reports(c, other) or _ascribed(c, other) for other in found)]
    found = [c for c in found if not _criminal_case(c) and not protest_in_play(c.cue, list(c.content))]
    found = [c for c in found if not any(_relays_charge(c, other) for other in found)]
    found = [c for c in found if not _relays_a_feeling(c)]
    found = [c for c in found if not denied_by_speaker(c.cue) and not _granted(c) and not _own_deed(c)]
    return [c for c in found if not any(_mute_inside(c, other) for other in found)]


def _criminal_case(item: Criticism) -> bool:
    """A criminal case told, not anyone's concern (as the README decides): a crime alleged by the police,
    prosecutors or a court ("Prosecutors accused the banker of fraud", "police allege that he stole …"), a
    crime laid on someone with no accuser named where the sentence tells the case's proceedings ("Jones, who
    is accused of murder, appeared in court") or, for a person, where the article tells them ("… appeared in
    court. He is accused of …"), or what is alleged of a suspect and a victim ("It is alleged that the
    victim was approached by a suspect …"). A crime alleged by someone else ("the opposition accused the
    minister of fraud"), and an accusation with no accuser named outside a case ("Russian forces are accused
    of killing civilians", "the regime is accused of torture"), stay concerns (the lead's decision)."""
    lemma = item.verb.lemma_.lower()
    if lemma not in CASE_VERBS:
        return False
    if item.speaker is not None and _legal(item.speaker):
        return True
    said = {t.lemma_.lower() for t in item.content if t.pos_ in {"VERB", "NOUN"}}
    if lemma == "allege" and said & CASE_NOUNS:
        return True
    unnamed = item.speaker is None or (_passive(item.verb) and agent_of(item.verb) is None)
    if not unnamed or not said & _lexicon()["crimes"]:
        return False
    if in_proceedings(item.verb.sent):
        return True
    accused = _accused(item.verb)  # a person whose case the article tells: "appeared in court …; Jones is
    return accused is not None and _one_accused(accused) and _tells_a_case(item.verb.doc)  # accused of …"


def _accused(verb: Token) -> Token | None:
    """Who a charge is laid on: "Jones is accused of …", "two teenagers accused of …"."""
    if verb.dep_ == "acl":
        return verb.head
    return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)


def _one_accused(noun: Token) -> bool:
    """One or more persons, named or described ("Jones", "two teenagers", "he"), not a force, a regime, a
    people or a body ("Russian forces", "the regime", "the firm")."""
    if noun.ent_type_ in {"ORG", "NORP", "GPE"}:
        return False
    return noun.ent_type_ == "PERSON" or noun.lower_ in {"he", "she"} or names_a_person(noun.lemma_.lower())


def _tells_a_case(doc: Doc) -> bool:
    """An article that tells a criminal case's proceedings in some sentence (a charge, a court, a trial)."""
    return any(in_proceedings(sentence) for sentence in doc.sents)


def in_proceedings(sentence: Span) -> bool:
    """A sentence that tells a criminal case's proceedings: a charge, an arrest, a court, a trial, a plea, a
    verdict or a sentence ("was charged with", "appeared at Leeds Crown Court", "denies the charge", "on
    trial", "was jailed"); the police or a court named in it (as nouns: not "courting voters"; "in charge of"
    is no charge)."""
    lex = _lexicon()
    for token in sentence:
        lemma = token.lemma_.lower()
        if lemma in lex["legal_accusers"] and token.pos_ in {"NOUN", "PROPN"}:
            return True
        if lemma in lex["proceedings"] and not (lemma == "charge" and token.head.lower_ == "in"):
            return True
        if token.lower_ == "counts" and any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
            return True  # "36 counts of fraud": the charges of an indictment
    return False


def _legal(accuser: Token) -> bool:
    """The police, prosecutors, a court ("Metropolitan Police", "the Crown Prosecution Service")."""
    return any(t.lemma_.lower() in _lexicon()["legal_accusers"] for t in accuser.subtree if t.i <= accuser.i)


def _passive(verb: Token) -> bool:
    return any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children) or (
        verb.tag_ == "VBN" and verb.dep_ == "acl"
    )


def _ouster_demand(verb: Token) -> tuple[Token, ...] | None:
    """A call for someone to go: "called on the director to resign", "demanded the chairman's resignation"."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in {"call", "demand", "urge"} or _negated(verb):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and (
        subject.lower_ in {"nobody", "none"} or any(c.lower_ == "no" for c in subject.children)
    ):
        return None  # "nobody called for …", "no one called for …"
    for part in verb.subtree:
        if part.lemma_.lower() in OUSTER_WORDS and part.i > verb.i:
            leading = {c.i for c in verb.children if c.dep_ in {"prep", "agent"}}  # "on", "for"
            deadline = {t.i for c in verb.children if c.i in leading and _deadline(c) for t in c.subtree}
            skip = leading | deadline
            return tuple(t for t in verb.subtree if t.i > verb.i and not t.is_punct and t.i not in skip)
    return None


def _deadline(prep: Token) -> bool:
    """ "by Friday", "before 31 March": when, not what is demanded."""
    return any(c.dep_ == "pobj" and c.ent_type_ in TIMES for c in prep.children)


def _mute_inside(inner: Criticism, outer: Criticism) -> bool:
    """ "Cook said Goldsmith's admission suggested Parliament was misled": a thing that "suggests" inside
    someone's report is the reporter's argument, not a holder of its own."""
    mute = inner.speaker is None or not can_speak(inner.speaker)
    return mute and inner is not outer and inner.verb in outer.content


def _unnamed_charge(item: Criticism) -> bool:
    """A charge laid by a participle after the one charged, with no accuser named: "two directors accused of
    misleading the board" (held by nobody the sentence names, also inside someone's report). A charge told
    as a clause of the report ("said the regime was accused of …") is left to the report's rules."""
    verb = item.verb
    laid = verb.dep_ == "acl" and verb.tag_ == "VBN"
    return item.cue == verb and is_criticism_verb(verb) and laid and agent_of(verb) is None


def _relays_charge(outer: Criticism, inner: Criticism) -> bool:
    """Whether `outer` only relays a charge nobody named lays, whose words hold its judging word: in
    "Shareholders will vote on two directors accused of misleading the board, the paper said", the paper
    reports the vote; who accuses the directors it does not say."""
    if outer is inner or not _unnamed_charge(inner) or inner.verb not in outer.content:
        return False
    return outer.cue == inner.verb or outer.cue in inner.verb.subtree


def _relays_a_feeling(item: Criticism) -> bool:
    """Whether a report's judging word lies in what someone in its words is worried, afraid or angry about:
    "Farmers are worried that the drought will ruin the harvest, the agency said" is the farmers' worry (a
    concern of its own, held by them), which the agency relays; not where the reporter feels it ("the
    agency said it was worried that …": a pronoun, the older rules decide)."""
    if item.cue == item.verb:
        return False
    inside = {t.i for t in item.content}
    node = item.cue
    while node.head.i != node.i and node.head.i != item.verb.i:
        node = node.head
        felt = node.lower_ in OWN_FEELINGS and node.pos_ in {"ADJ", "VERB"}
        verb = state_verb(node) if felt else (node if node.lemma_.lower() in {"fear", "worry"} else None)
        feeler = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None) if verb else None
        named = feeler is not None and feeler.pos_ in {"NOUN", "PROPN"} and can_speak(feeler)
        if named and feeler.i in inside:  # type: ignore[union-attr]
            return True
    return False


def _reports(outer: Criticism, inner: Criticism) -> bool:
    """Whether `outer` only reports what `inner` says (inner's verb lies in outer's words). What others feel
    or think, said by a speaker ("the union said its members felt let down"), is the speaker's claim."""
    return (
        outer is not inner
        and inner.verb in outer.content
        and inner.speaker is not None
        and can_speak(inner.speaker)
        and not _ascribed(inner, outer)
    )


def _ascribed(inner: Criticism, outer: Criticism) -> bool:
    """Whether `inner` is a view `outer`'s speaker ascribes to others ("its members felt let down"): it is
    listed once, as the speaker's (the speaker's own view, "she believed …", stays as it was)."""
    return (
        outer is not inner
        and inner.verb in outer.content
        and inner.verb.lemma_.lower() in ASCRIBED_VERBS
        and (inner.speaker is None or inner.speaker.pos_ != "PRON")  # not "I think", "she believed"
        and outer.speaker is not None
        and can_speak(outer.speaker)
    )


def quoted(sent: Span) -> bool:
    """Whether a sentence is a quotation with no saying verb of its own (the speaker is named before); a
    saying verb in the infinitive reports nobody's words ('"He failed to say which taxes would rise.')."""
    text = sent.text.lstrip()
    return text.startswith(QUOTES) and not any(
        t.lemma_ in SAY_VERBS and t.pos_ == "VERB" and not infinitive(t) for t in sent
    )


# Verbs by which a speaker grants what was put to them ("she accepted she had hit the van", "I accept the
# delay cost you dearly"): an admission, not a charge the speaker brings.
ACCEPTING = {"accept"}
# Verbs by which a speaker denies a clause ("denied that its troops were to blame for …"): what the clause
# charges is the speaker's denial, not anyone's concern.
DENYING = {"deny", "reject", "refute", "rebut"}
# Prepositions that set a judging word as the background of what is said ("despite her illness", "during
# the crisis"), and the nouns of "in the aftermath of …", "in the wake of …".
BACKGROUND_PREPS = {"despite", "during", "after", "since", "following", "before"}
AFTERMATH_NOUNS = {"aftermath", "wake", "midst", "course"}


def denied_by_speaker(token: Token) -> bool:
    """A word in a clause its speaker denies: "The ministry denied that its troops were to blame for …"
    (nobody is said to blame them; "rejected suggestions that its troops were to blame" still tells of
    someone's charge)."""
    node = token
    while node.head != node:
        if node.dep_ == "ccomp" and node.head.pos_ == "VERB" and node.head.lemma_.lower() in DENYING:
            return True
        node = node.head
    return False


def _granted(item: Criticism) -> bool:
    """What a speaker accepts of what was put to them ("She accepted she had hit the van but denies …")."""
    return item.cue != item.verb and item.verb.lemma_.lower() in ACCEPTING


def _own_deed(item: Criticism) -> bool:
    """A speaker's claim of their own act, an infinitive with no subject or object of its own ("claimed to
    have leaked the files to shame the mayor", "drivers who are thought to be dodging the toll"): a boast or
    a suspicion told, not a judgement (not "told the council to scrap its wasteful scheme", where the
    object acts)."""
    verb = item.verb
    if item.cue == verb or verb.lemma_.lower() not in SAY_VERBS:
        return False
    content = next((c for c in verb.children if c.dep_ == "xcomp"), None)
    if content is None or not infinitive(content) or item.cue not in content.subtree:
        return False
    return not any(c.dep_ == "dobj" for c in verb.children)


def _in_background(token: Token) -> bool:
    """A judging word in the background of what is said, not its point: the object of "despite", "during",
    "after", "since", "following", "before" or "in the aftermath of" on a verb ("the guards must stay at the
    house, despite her illness", "the shop closed in the wake of the row"); a cause stays ("because of the
    shortage, families are forced into …")."""
    node = token.head if token.pos_ == "ADJ" and token.dep_ == "amod" else token
    if node.pos_ not in {"NOUN", "PROPN"}:
        return False
    while _of_a_noun(node):
        node = node.head.head
    if node.dep_ != "pobj":
        return False
    prep = node.head
    aftermath = prep.lower_ == "in" and node.lemma_.lower() in AFTERMATH_NOUNS
    return (prep.lower_ in BACKGROUND_PREPS or aftermath) and prep.head.pos_ in {"VERB", "AUX"}


def _claim_denied(token: Token) -> bool:
    """A judging word said of a claim or a report ("the reports of a rift were false", "the allegations are
    baseless"): a denial."""
    if token.pos_ != "ADJ" or token.dep_ not in {"acomp", "attr"}:
        return False
    subject = next((c for c in token.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subject is not None and subject.lemma_.lower() in CLAIM_NOUNS | REPORT_NOUNS


def _own_failing(token: Token) -> bool:
    """A speaker's own failing, said by "I" or "we" as the doer ("we failed there", "we made plenty of
    errors", "I should have rung"): an admission, not a concern; not what befalls them ("we suffer from a
    muddle") nor what is done to them ("we were let down")."""
    verb = token if token.pos_ in {"VERB", "AUX"} else None
    if token.tag_ == "MD":
        verb = token.head
    elif token.pos_ == "NOUN":
        node = token
        while _of_a_noun(node):  # "made a lot of mistakes"
            node = node.head.head
        verb = node.head if node.dep_ == "dobj" else None
    if verb is None or token.lemma_.lower() in BODILY_HARM:
        return False
    if any(c.dep_ == "auxpass" for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lower_ in {"i", "we"}

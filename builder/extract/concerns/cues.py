"""Concerns named by a cue word (worry, fear, warning, criticism, threat): the cue, its topic, its holder."""

from __future__ import annotations

from spacy.tokens import Token

from builder.data import appraisal
from builder.extract.actors.speech import (
    DOCUMENTS,
    REPORT_VERBS,
    SAY_VERBS,
    SPEECH_ACTS,
    can_speak,
    joined_in,
    name_after,
    object_controller,
    quoted_as,
)
from builder.extract.concerns.charges import charge_clause
from builder.extract.concerns.denials import denied_view, held_by_nobody
from builder.extract.concerns.events import ordinary_weather, protest_in_play
from builder.extract.concerns.holders import answers
from builder.extract.concerns.lengths import MAX_ABOUT_WORDS, short
from builder.extract.phrasing import infinitive, noun_phrase, without_asides, words
from builder.extract.questions.verbforms import base_form
from builder.extract.referents.pronouns import spoken_of
from builder.nlp.names import senses

WORRY_LEMMAS = {"concern", "worry", "fear", "apprehension", "anxiety", "alarm"}
CRITIC_LEMMAS = {"criticism", "criticize", "criticise", "critic", "condemn", "condemnation"}
WARNING_LEMMAS = {"warning", "warn", "threat", "violation", "violate", "caution"}
CUE_LEMMAS = WORRY_LEMMAS | CRITIC_LEMMAS | WARNING_LEMMAS
CUE_WORDS = CUE_LEMMAS | {"destabilize"}
TOPIC_PREPS = {"about", "over", "regarding", "concerning", "on", "of", "at", "for", "against"}
EXPRESS_VERBS = {
    "express", "raise", "voice", "share", "cite", "have", "air", "reiterate", "remain", "grow", "mount",
}  # fmt: skip
POSE_VERBS = {"pose", "represent", "constitute", "present"}
AIMING_VERBS = {"aim", "direct", "level", "target", "point", "hurl", "throw"}  # "criticism aimed at X"
# A complaint, objection or outcry is a concern when it says what it is about ("an outcry over the closure"),
# is lodged by someone ("the union lodged a complaint") or is caused by something ("the levy sparked anger").
LODGE_VERBS = EXPRESS_VERBS | {"lodge", "file", "make", "submit", "register", "launch", "stage", "lead"}
VOICING_VERBS = {"issue", "send", "put", "bring", "level", "sound", "state", "set", "give"}  # "issued by X"
# Verbs whose subject makes the protest they hold: "fans have planned a protest".
HOLD_VERBS = {"plan", "hold", "organise", "organize", "join"}
CAUSE_VERBS = {"cause", "spark", "provoke", "prompt", "trigger", "draw", "attract", "fuel", "stir", "face"}
OUTCRY_PREPS = TOPIC_PREPS | {"to"}
ADDRESSED = {"complaint", "protest", "objection", "grievance"}  # sent to someone: "a protest to the embassy"
SENT_PREPS = {"over", "about", "regarding", "concerning", "against"}
STATE_ADJECTIVES = {  # a holder's state of worry or fear, said of them: "residents are scared that …"
    "concerned": "concern", "worried": "worry", "alarmed": "alarm", "fearful": "fear", "scared": "fear",
    "afraid": "fear", "frightened": "fear", "terrified": "fear", "anxious": "worry", "nervous": "worry",
}  # fmt: skip
STATE_VERBS = {  # verbs that say someone is in a state: "are worried", "feel uneasy", "left them scared"
    "be", "feel", "seem", "appear", "look", "sound", "become", "get", "grow", "remain", "stay", "leave",
    "make", "keep",
}  # fmt: skip
# Verbs of a legal record: what someone is charged with, convicted or jailed for is the record of a case,
# told as fact, not anyone's concern ("was charged with possession of offensive weapons", "those who violated
# laws were detained"); an accusation ("accused of") stays a concern.
# Verbs that end a warning or a threat: one lifted, cancelled or withdrawn is no longer held ("the weather
# service lifted its hurricane warning", "the tsunami warning was cancelled").
ENDING_VERBS = {"lift", "cancel", "withdraw", "rescind", "revoke", "scrap", "drop", "downgrade", "end"}
# Devices that warn as their function (WordNet gives some of them other senses first, or none).
DEVICES = {"app", "alarm", "sign", "siren", "alert", "detector", "monitor", "sensor", "beacon", "light"}
RECORD_VERBS = {
    "charge", "convict", "jail", "sentence", "arrest", "detain", "imprison", "indict", "prosecute", "fine",
}  # fmt: skip


def _lemma(token: Token) -> str:
    word = token.lower_
    if word in STATE_ADJECTIVES and token.pos_ == "ADJ":  # "experts are concerned that …"
        return STATE_ADJECTIVES[word]
    return "destabilize" if word.startswith(("destabiliz", "destabilis")) else token.lemma_.lower()


def _verb_lemma(token: Token) -> str:
    """A verb's dictionary form from lemminflect, where spaCy's lemmatizer errs ("staged" → "stag")."""
    return base_form(token).lower() if token.pos_ == "VERB" else token.lemma_.lower()


def _outcry_lemmas() -> frozenset[str]:
    return frozenset(appraisal()["criticism_nouns"]) - CUE_LEMMAS


def is_outcry(token: Token) -> bool:
    """A criticism noun (complaint, objection, outcry, backlash) with a topic, an author or a cause."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in _outcry_lemmas():
        return False
    if any(c.dep_ == "neg" or c.lower_ in {"no", "little"} for c in token.children) or _few(token):
        return False
    if protest_in_play(token, list(token.head.subtree) if token.dep_ == "pobj" else []):
        return False  # "protests over the penalty": part of the match told
    return _outcry_topic(token) is not None or _clause(token) is not None or _outcry_verb(token) is not None


def _few(noun: Token) -> bool:
    """ "very few complaints" (hardly any), not "a few complaints" (some)."""
    some = any(c.dep_ == "det" and c.lower_ == "a" for c in noun.children)
    return not some and any(c.lower_ == "few" for c in noun.children)


def _outcry_topic(token: Token) -> Token | None:
    preps = {"over", "about"} if token.lemma_.lower() == "row" else OUTCRY_PREPS  # not "the fourth row of"
    # "the complaints it lodged against …", "a complaint lodged by residents about …"
    lodged = [c for c in [_lodged_in(token), *_voicings(token)] if c is not None]
    # "sent a protest to the embassy over the arrests": the topic the parser hung on the verb that sends it
    sent = (
        [c for c in token.head.children if c.i > token.i and c.lower_ in SENT_PREPS] if _sent(token) else []
    )
    for prep in [*token.children, *(c for verb in lodged for c in verb.children), *sent]:
        if prep.dep_ == "prep" and prep.lower_ in preps:
            obj = next((c for c in prep.children if c.dep_ in {"pobj", "pcomp"}), None)
            if obj is not None and obj.ent_type_ not in {"DATE", "TIME"} and not _addressee(token, prep, obj):
                return obj
    return None


def _sent(noun: Token) -> bool:
    """A complaint or protest that is the object of the verb that sends or lodges it."""
    return noun.lemma_.lower() in ADDRESSED and noun.dep_ == "dobj" and noun.head.pos_ == "VERB"


def _addressee(noun: Token, prep: Token, obj: Token) -> bool:
    """Whom a complaint or protest is sent to, not what it is about: "a protest to the Dutch government",
    "complaints to the regulator" (someone after "to"); "an objection to the plan" is about the plan."""
    return noun.lemma_.lower() in ADDRESSED and prep.lower_ == "to" and obj.pos_ != "VERB" and can_speak(obj)


def _outcry_verb(token: Token) -> Token | None:
    """The verb that lodges or causes the criticism noun it governs as object, or lodges it in a relative
    clause ("the complaint the union filed")."""
    verb = token.head
    # a noun object the parser sometimes labels a clause: "which caused Green protests"
    if token.dep_ in {"dobj", "nsubjpass", "ccomp"} and _verb_lemma(verb) in LODGE_VERBS | CAUSE_VERBS:
        return verb
    return _lodged_in(token)


def _lodged_in(token: Token) -> Token | None:
    """The relative clause that lodges a criticism noun: "the complaints it lodged", "objections (that)
    residents had filed"."""
    return next(
        (c for c in token.children if c.dep_ == "relcl" and _verb_lemma(c) in LODGE_VERBS - EXPRESS_VERBS),
        None,
    )


def _outcry_about(token: Token) -> str | None:
    topic = _outcry_topic(token)
    if topic is not None:
        return short(topic_phrase(topic))
    clause = _clause(token)
    if clause is not None:
        return clause_text(clause)
    verb = _outcry_verb(token)
    if verb is not None and _verb_lemma(verb) in CAUSE_VERBS:
        cause = _cause(verb)
        return short(noun_phrase(cause)) if cause is not None else None
    return None


def _cause(verb: Token) -> Token | None:
    """What caused it: the subject, or what a "which" stands for ("the posters which caused protests")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in {"which", "that", "who"} and verb.dep_ == "relcl":
        return verb.head
    return subject if subject is not None and subject.pos_ != "PRON" else None


def on_record(token: Token) -> bool:
    """Whether a judging word lies inside what a legal record verb says of someone ("charged with possession
    of offensive weapons", "persons who violated laws were detained"), and is not itself a saying verb."""
    node = token
    while node.head != node:
        if node.pos_ == "VERB" and node.lemma_.lower() in REPORT_VERBS | SPEECH_ACTS | SAY_VERBS:
            return False  # "critics who warned of abuses were detained": the warning is theirs
        node = node.head
        if node.pos_ == "VERB" and node.lemma_.lower() in RECORD_VERBS:
            return True
    return False


def not_enough_to(token: Token) -> bool:
    """Whether a word lies in what a denied "enough" says would follow: "the dip was not enough to derail the
    recovery", "not enough to raise any concerns" (a reassurance: the harm does not follow); "did not do
    enough to protect the pupils" (a duty not done) names no harm there."""
    node = token
    while node.head != node:
        if node.dep_ in {"xcomp", "advcl"} and infinitive(node):
            degree = node.head if node.head.lower_ == "enough" else None
            degree = degree or next((c for c in node.head.children if c.lower_ == "enough"), None)
            if degree is not None:  # "not enough to …", "not large enough to …"
                return any(
                    c.dep_ == "neg" for h in (degree, degree.head, degree.head.head) for c in h.children
                )
        node = node.head
    return False


def is_concern_cue(token: Token) -> bool:
    """A cue word in a concern sense: not "a going concern", "as far as X is concerned", "no threat", not in
    a legal record ("charged with making threats"; a protest stays the protesters' stance, "arrested for
    protesting against the dam")."""
    if is_outcry(token):
        return True
    lemma = _lemma(token)
    if lemma not in CUE_WORDS or token.pos_ not in {"NOUN", "VERB", "ADJ", "AUX"} or on_record(token):
        return False
    if any(c.lower_ in {"no", "not", "n't", "never", "going"} or c.dep_ == "neg" for c in token.children):
        return False
    if token.dep_ == "acomp" and any(c.dep_ == "neg" for c in token.head.children):
        return False  # "investors are not worried about …": the negation sits on the verb
    state = governing_verb(token) if token.pos_ == "ADJ" else None  # also "… worried about X or concerned …"
    if denied_view(token) or (state is not None and state.lemma_ in STATE_VERBS and held_by_nobody(state)):
        return False  # "I don't think anyone should be worried", "no one is worried about …"
    if _ended(token) or not_enough_to(token):
        return False  # "lifted its hurricane warning": a warning ended
    if lemma in {"warn", "warning"} and _device_function(token):
        return False  # "apps that warn of severe weather": what a device does, nobody's warning
    if ordinary_weather(token):
        return False  # "the threat of showers": a forecast
    if token.lower_ in STATE_ADJECTIVES and token.dep_ in {"acomp", "xcomp", "advcl"}:
        return token.head.lemma_ in STATE_VERBS  # "are scared that …", not "running scared of …"
    if (
        token.head.dep_ != "ROOT"
        and any(c.dep_ == "neg" for c in token.head.children)
        and token.dep_ == "dobj"
    ):
        return False  # "does not pose a threat"
    if lemma == "concern" and token.pos_ != "NOUN":
        return _topic(token) is not None or _clause(token) is not None
    if lemma == "threat" and not _posed(token):
        return False  # "threats penetrating PCs", "the threat of penalties": a danger named, not a warning
    if lemma == "concern" and _stated(token) is not None:
        return True  # "My concern is that …"
    return lemma != "concern" or _topic(token) is not None or _clause(token) is not None or _expressed(token)


def _device_function(cue: Token) -> bool:
    """A warning a device or a system gives as what it does, told in the present ("apps that warn of
    severe weather", "an alert system that sends out warnings about viruses", "the alarm warns of smoke"):
    its function, nobody's concern; not a document ("the report warns"), whose author holds it."""
    verb = cue if cue.pos_ == "VERB" else (cue.head if cue.dep_ == "dobj" else None)
    while verb is not None and verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head  # "apps that guide drivers and warn of storms"
    if verb is None or verb.tag_ not in {"VBZ", "VBP"}:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in {"that", "which"} and verb.dep_ == "relcl":
        subject = verb.head
    if subject is None or subject.pos_ != "NOUN" or subject.lemma_.lower() in DOCUMENTS or can_speak(subject):
        return False
    lemma = subject.lemma_.lower()
    return lemma in DEVICES or senses(lemma)[:1] == "a"  # an artifact by its most frequent sense


def _ended(token: Token) -> bool:
    """A warning or threat that a verb ends: "lifted its hurricane warning", "the tsunami warning was
    cancelled" (also where the parser reads "warning" as a participle of "tsunami")."""
    noun = token.head if token.dep_ == "acl" and token.tag_ == "VBG" else token
    if noun.pos_ != "NOUN" and noun is token:
        return False
    return noun.dep_ in {"dobj", "nsubjpass"} and noun.head.lemma_.lower() in ENDING_VERBS


def _posed(noun: Token) -> bool:
    """A threat someone says a thing poses ("would pose a serious threat to …"), a warning; a threat made
    ("threatened to sue") or named ("the threat of penalties") is not a concern."""
    return noun.dep_ in {"dobj", "attr"} and noun.head.lemma_ in POSE_VERBS


def _stated(noun: Token) -> Token | None:
    """The clause a cue noun is equated with: "My concern is that …", "The fear is that …"."""
    return _clause(noun.head) if noun.dep_ == "nsubj" and noun.head.lemma_ == "be" else None


def _expressed(noun: Token) -> bool:
    return noun.dep_ in {"dobj", "nsubj", "nsubjpass"} and noun.head.lemma_ in EXPRESS_VERBS


def _topic(token: Token) -> Token | None:
    """The object of "about/over/regarding …" on the cue, or on the verb that expresses it."""
    owners = [token, token.head] if token.pos_ == "NOUN" and token.head.lemma_ in EXPRESS_VERBS else [token]
    owners += _voicings(token)  # "concerns raised by tenants about the rent"
    participles = _participles(token)  # "criticism aimed at the team", "fears voiced over the plan"
    for owner in owners + participles:
        preps = [p for p in owner.subtree if _aims(owner, p)] if owner in participles else owner.children
        for prep in preps:
            if prep.dep_ == "prep" and prep.lower_ in TOPIC_PREPS and _held_by(prep) is None:
                obj = next((c for c in prep.children if c.dep_ in {"pobj", "pcomp"}), None)
                if obj is not None and obj.ent_type_ not in {"DATE", "TIME"} and not _duration(prep, obj):
                    return obj  # "warned on 7 March", "scared for a while": no topic
    return None


# Nouns of a stretch of time: "scared for a bit", "worried for a while" say how long, not about what.
DURATIONS = {"bit", "while", "moment", "time", "minute", "second", "hour", "day", "week", "month", "year"}


def _duration(prep: Token, obj: Token) -> bool:
    """ "for a bit", "for a few days": how long a feeling lasted, not what it is about."""
    return prep.lower_ == "for" and obj.lemma_.lower() in DURATIONS


def _participles(noun: Token) -> list[Token]:
    """The participles after a cue noun that carry its topic, not a clause it states: "criticism aimed at
    the team", "fears voiced over the plan" (no subject, no "that" of their own; a participle of voicing
    with its "by" agent is counted among the voicings already)."""
    if noun.pos_ != "NOUN":
        return []
    return [
        c
        for c in noun.children
        if c.dep_ == "acl"
        and c.tag_ in {"VBN", "VBG"}
        and c.i > noun.i
        and voicing(c) is None
        and not any(g.dep_ in SUBJECT_DEPS | {"mark"} for g in c.children)
    ]


def _aims(participle: Token, prep: Token) -> bool:
    """Whether a preposition in a participle's phrase says what its noun is about: "about/over X" after
    any participle; "at/against X" only after a verb of aiming ("aimed at", "levelled against"), not a
    place or an occasion ("raised at the meeting")."""
    if prep.dep_ != "prep":
        return False
    if prep.lower_ in {"at", "against"}:
        return prep.head == participle and participle.lemma_.lower() in AIMING_VERBS
    return prep.lower_ in {"about", "over", "regarding", "concerning"}  # also on the participle's object


def _held_by(prep: Token) -> Token | None:
    """Who "the concerns of …" belong to: people after "of" hold the worry ("the concerns of parents
    about meals"); they are not what it is about."""
    if prep.lower_ != "of" or _lemma(prep.head) not in {"concern", "worry"} or prep.head.pos_ != "NOUN":
        return None
    people = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return people if people is not None and people.pos_ in {"NOUN", "PROPN"} and can_speak(people) else None


def _clause(token: Token) -> Token | None:
    """A clause the cue governs: "apprehension that …", "warned that …", "argued that …" (not a participle
    that says who voiced it: "concerns raised by tenants")."""
    return next(
        (
            c
            for c in token.children
            if c.dep_ in {"ccomp", "acl"} and c.pos_ in {"VERB", "AUX"} and voicing(c) is None
        ),
        None,
    )


def _voiced_by(noun: Token) -> Token | None:
    """Who voiced a concern named by a noun, in a participle after it: "complaints filed by dozens of
    investigators", "concerns raised by tenants", "warnings issued by the weather service"."""
    if noun.pos_ != "NOUN":
        return None
    return next((a for c in noun.children if c.dep_ == "acl" and (a := voicing(c)) is not None), None)


def _voicings(noun: Token) -> list[Token]:
    """The participles of voicing after a noun ("raised" of "concerns raised by tenants about …")."""
    return [c for c in noun.children if c.dep_ == "acl" and voicing(c) is not None]


def voicing(participle: Token) -> Token | None:
    """The "by" agent of a participle of voicing ("raised by X", "filed by X", "issued by X"), or None."""
    voiced = participle.lemma_.lower() in LODGE_VERBS | VOICING_VERBS
    return _agent(participle) if participle.tag_ == "VBN" and voiced else None


def about_of(token: Token) -> str | None:
    """What the concern is about, as a short phrase taken from the sentence."""
    if is_outcry(token):
        return _outcry_about(token)
    lemma = _lemma(token)
    if lemma == "critic":  # "critics have argued that …": what the critics say
        clause = _clause(token.head) if token.dep_ == "nsubj" else None
        return clause_text(clause) if clause is not None else None
    if lemma == "violation" and token.dep_ == "appos" and token.head.pos_ in {"NOUN", "PROPN"}:
        thing = words(noun_phrase(token.head, drop={t.i for t in token.subtree}))
        return f"{thing}, {words(noun_phrase(token))}"  # "such a deal, a clear violation of X"
    if lemma == "threat" and _posed(token):
        return clause_text(token.head)  # "X would pose a threat to A and B"
    if lemma in {"violate", "destabilize"}:
        return clause_text(governing_verb(token))
    if token.dep_ == "acl" and token.tag_ == "VBN":  # "a summit criticized by Moscow for …"
        return _criticised(token, token.head)
    target = next((c for c in token.children if c.dep_ == "dobj"), None)
    if lemma in CRITIC_LEMMAS and target is None and token.pos_ == "VERB":  # "the plan was condemned by …"
        target = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
    if target is not None and target.lower_ in {"which", "who", "that"} and token.dep_ == "relcl":
        target = token.head  # "the board, which was criticised for …": the board
    if lemma in CRITIC_LEMMAS and target is not None:  # "X criticized the budget for …"
        return _criticised(token, target)
    topic = _topic(token)
    if topic is not None:
        return short(topic_phrase(topic))
    clause = _clause(token) or (_clause(token.head) if token.dep_ in {"acomp"} else None) or _stated(token)
    if clause is None and lemma == "warn":
        return _warned_to(token)
    return clause_text(clause) if clause is not None else None


def topic_phrase(topic: Token) -> list[Token]:
    """The words of a cue's topic, cut only by `short` ("fears for his children's safety and the health of
    his mother" keeps the mother); a bare "the person" keeps the relative clause that says which one."""
    if topic.pos_ == "VERB":
        return without_asides(topic, set())
    tokens = noun_phrase(topic, whole=True)
    defining = next((c for c in topic.children if c.dep_ == "relcl" and c.i > topic.i), None)
    bare = all(t.dep_ in {"det", "predet"} for t in tokens if t != topic)
    if defining is None or not bare or topic.doc[defining.left_edge.i - 1].text in {",", "(", "-", "—"}:
        return tokens
    return [t for t in topic.subtree if t.i <= defining.right_edge.i and not t.is_space]


def _warned_to(verb: Token) -> str | None:
    """A warning given as advice: "warned drivers to avoid the road" → "drivers to avoid the road"."""
    advice = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    whom = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if advice is None or whom is None:
        return None
    return short([t for t in verb.subtree if t.i >= whom.left_edge.i and t.i <= advice.right_edge.i])


def _criticised(verb: Token, target: Token) -> str | None:
    """The criticised thing and the reason given: "a joint exercise, over the tensions"; a deed or a state
    given as the reason written as the clause it claims ("criticised for being slow" → "… was slow"); with
    no reason, what the critic says alongside ("criticised the plan, saying it would cost jobs")."""
    reason = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"for", "over"}), None)
    if reason is None and (alongside := said_alongside(verb, target)) is not None:
        return alongside
    thing = words(noun_phrase(target, drop={t.i for t in verb.subtree} if target == verb.head else set()))
    if reason is not None and (claimed := charge_clause(verb, target, thing)) is not None:
        return claimed
    return f"{thing}, {words(without_asides(reason, set()))}" if reason is not None else thing or None


# Verbs of saying whose "-ing" form, after a verb of criticising, tells what is wrong: "condemned the plan,
# saying it would cost jobs", "criticised the board, arguing that it had ignored the warnings".
SAYING_ALONGSIDE = {"say", "add", "argue", "claim", "warn", "insist", "allege", "complain", "note", "write"}
PERSON_SUBJECTS = {"i", "we", "you", "he", "she"}


def said_alongside(verb: Token, target: Token | None) -> str | None:
    """What a critic says alongside a criticism that names only its target ("A spokesman criticised the
    minister's record, saying police numbers had fallen"): the clause said, which tells what is wrong; its
    "it" or "they" for the thing criticised is written as that thing when the line is anchored ("condemned
    the plan, saying it would cost jobs" → "the plan would cost jobs"). None where nothing is said alongside,
    where the clause has no subject of its own, or where its subject is a person's pronoun or a "they" that
    may be the critics themselves ("unions condemned the plans, saying they would strike")."""
    saying = next(
        (
            c
            for c in verb.children
            if c.dep_ in {"advcl", "conj", "xcomp"} and c.tag_ == "VBG" and c.lemma_ in SAYING_ALONGSIDE
        ),
        None,
    )
    clause = next((c for c in saying.children if c.dep_ == "ccomp"), None) if saying is not None else None
    if clause is None or clause.pos_ not in {"VERB", "AUX"} or target is None:
        return None
    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.lower_ in PERSON_SUBJECTS:
        return None
    if subject.lower_ in {"it", "they"} and spoken_of(subject) != target:
        return None
    critics = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject.lower_ == "they" and (critics is None or critics.tag_ in {"NNS", "NNPS", "PRP"}):
        return None  # "unions condemned the plans, saying they would strike": the unions, as likely
    text = clause_text(clause)
    thing = words(noun_phrase(target, drop={t.i for t in verb.subtree} if target == verb.head else set()))
    if text is not None and thing and _names_whom_it_means(target, clause):
        return f"{thing}: {text}"  # "Mr Howard's record: police numbers had fallen when he was …"
    return text


def _names_whom_it_means(target: Token, clause: Token) -> bool:
    """Whether the criticised thing names the one person a "he" or "she" of the clause said alongside can
    mean ("criticised Mr Howard's record, saying numbers fell when he was home secretary")."""
    people = [t for t in target.subtree if t.ent_type_ == "PERSON" and t.ent_iob_ == "B"]
    pronouns = [t for t in clause.subtree if t.lower_ in {"he", "she", "him", "his", "her"}]
    return len(people) == 1 and bool(pronouns)


def governing_verb(token: Token) -> Token:
    """The verb of the clause a cue word sits in ("could act as a destabilizing force" → "act")."""
    node = token
    while node.pos_ not in {"VERB", "AUX"} and node.head != node:
        node = node.head
    return node


def clause_text(verb: Token | None) -> str | None:
    """A clause as written, without its leading connective or "that", asides and relative clauses."""
    if verb is None:
        return None
    joined = [
        c
        for c in verb.children
        if c.dep_ == "conj" and (any(s.dep_ in SUBJECT_DEPS for s in c.children) or _speech_act(c))
    ]
    cut = {t.i for c in joined for t in c.subtree} | {c.i for c in verb.children if c.dep_ == "cc" and joined}
    tokens = _with_defining(without_asides(verb, cut), cut)
    tokens = [t for t in tokens if t.dep_ not in {"mark"} or t.head != verb]
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS | {"expl", "csubj"}), None)
    if subject is None and (subject := _subject_taken_as_object(verb)) is not None:
        taken = [*noun_phrase(subject), *_hung_between(subject, verb)]
        tokens = sorted({t.i: t for t in [*taken, *tokens]}.values(), key=lambda t: t.i)
    start = subject.left_edge.i if subject is not None else verb.i
    tokens = [t for t in tokens if t.i >= start or (t.head == verb and t.dep_ in {"aux", "neg"})]
    tokens = _without_list_tail(tokens, verb)
    if subject is not None and subject.lower_ in {"who", "which", "that"} and verb.dep_ == "relcl":
        antecedent = [t for t in noun_phrase(verb.head) if t.i not in {s.i for s in verb.subtree}]
        tokens = antecedent + [
            t for t in tokens if t != subject
        ]  # "Mr Blair who will waste …" → "Mr Blair will …"
    return short(tokens)


def _without_list_tail(tokens: list[Token], verb: Token) -> list[Token]:
    """A list subject whose names were cut as an aside ("developing nations [such as A, B,] and C could
    lose jobs") loses the rest of the list too: "developing nations could lose jobs", not "developing nations
    and C could lose jobs" (the parser takes the last name for a second subject)."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i]
    kept = {t.i for t in tokens}
    if len(subjects) < 2 or subjects[0].i not in kept:
        return tokens
    first, last = subjects[0], subjects[-1]
    gap = [t for t in verb.doc[first.i + 1 : last.left_edge.i] if t.i not in kept]
    if not any(t.pos_ == "PROPN" for t in gap):
        return tokens
    tail = {t.i for t in last.subtree} | {
        t.i for t in verb.doc[first.i + 1 : last.left_edge.i] if t.is_punct or t.dep_ == "cc"
    }
    return [t for t in tokens if t.i not in tail]


def _with_defining(tokens: list[Token], cut: set[int]) -> list[Token]:
    """The words with the relative clauses that say which thing is meant put back: one right after its noun,
    with no comma or dash before it ("in a way that was fair", "those who slandered the nation", "the
    right time to introduce it"); one set off by a comma says something more, and stays out."""
    kept = {t.i for t in tokens}
    doc = tokens[0].doc if tokens else None
    while doc is not None:
        defining = [
            r
            for i in sorted(kept)
            for r in doc[i].children
            if r.dep_ == "relcl"
            and r.i not in kept
            and r.i not in cut
            and r.left_edge.i - 1 in kept
            and not doc[r.left_edge.i - 1].is_punct
        ]
        added = {t.i for r in defining for t in without_asides(r, cut)}
        if not defining or sum(not doc[i].is_punct for i in kept | added) > MAX_ABOUT_WORDS:
            break  # a line too long to hold it would be cut elsewhere: better without it
        kept |= added
    return [t for t in tokens[0].doc if t.i in kept] if doc is not None else tokens


def _speech_act(verb: Token) -> bool:
    """A saying verb joined to a reported clause is the speaker's next act, not part of what was said: "said
    the logo was crude but asked fans to wait", "… and promised a fair policy"."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in SPEECH_ACTS and verb.tag_ in {"VBD", "VBZ", "VBP"}


def in_speech_act(token: Token, clause: Token) -> bool:
    """Whether a word lies in a saying verb joined to the clause (cut from its text by `clause_text`)."""
    node = token
    while node != clause and node.head != node:
        if node.dep_ == "conj" and node.head == clause and _speech_act(node):
            return True
        node = node.head
    return False


def _subject_taken_as_object(verb: Token) -> Token | None:
    """The subject of a reported clause that the parser made the reporting verb's object: "warned the picture
    was less healthy" (budget: object of "warned", "was" with no subject)."""
    if verb.dep_ != "ccomp" or verb.pos_ not in {"VERB", "AUX"}:
        return None
    found = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
    if found is None or infinitive(verb):
        return None
    between = found.doc[found.right_edge.i + 1 : verb.left_edge.i]
    return found if len(between) == len(_hung_between(found, verb)) else None


def _hung_between(subject: Token, verb: Token) -> list[Token]:
    """The words between a subject taken as the reporting verb's object and its clause, where they are
    phrases the parser hung on the reporting verb and so belong to the subject: "admitted his job at the
    club could be under threat" ("at the club" on "admitted")."""
    between = subject.doc[subject.right_edge.i + 1 : verb.left_edge.i]
    inside = {t.i for t in between}
    phrases = [t for t in between if t.head == verb.head and t.dep_ == "prep"]
    hung = [t for p in phrases for t in p.subtree]
    return hung if {t.i for t in hung} == inside and all(t.i in inside for t in hung) else []


SUBJECT_DEPS = {"nsubj", "nsubjpass"}


def holder_head(token: Token) -> Token | None:
    """The token naming whoever is worried, critical or warning."""
    if is_outcry(token):
        return _outcry_holder(token)
    lemma = _lemma(token)
    if lemma == "critic":
        return token
    possessor = next(
        (c for c in token.children if c.dep_ == "poss" and c.ent_type_ not in {"DATE", "TIME"}), None
    )
    if possessor is not None:
        return possessor
    of = next((c for c in token.children if c.dep_ == "prep" and _held_by(c) is not None), None)
    if of is not None:
        return _held_by(of)  # "the concerns of parents"
    if (voiced := _voiced_by(token)) is not None:
        return voiced  # "concerns raised by tenants", "warnings issued by the weather service"
    among = next((c for c in token.children if c.dep_ == "prep" and c.lower_ in {"among", "amongst"}), None)
    if (
        among is not None
        and (group := next((c for c in among.children if c.dep_ == "pobj"), None)) is not None
    ):
        return group  # "concern amongst voters about …"
    if (felt_in := _felt_in(token)) is not None:
        return felt_in  # "concern in Japan about …", "fears in the industry"
    if (sender := _sent_from(token)) is not None:
        return sender  # "criticism from MPs", "ignored warnings from staff"
    if token.pos_ == "NOUN" and token.dep_ in {"dobj", "nsubjpass"}:
        verb = token.head
        if answers(verb):
            return None  # "faced criticism", "ignored warnings": the sentence does not name who holds them
        agent = _agent(verb) if token.dep_ == "nsubjpass" else _subject(verb)
        if agent is not None and lemma not in {"threat", "violation"}:
            return agent
    if token.pos_ in {"VERB", "ADJ", "AUX"} and lemma not in {"violate", "destabilize"}:
        found = (
            _agent(token)
            or _subject(token)
            or (_subject(token.head) if token.dep_ == "acomp" else None)
            or _issuer(token)
        )
        if found is not None and (can_speak(found) or reporter(token) is None):
            return found  # not "aim" in "The real aim, believes Mr Hale, is to embarrass …"
    return reporter(token)


def _felt_in(noun: Token) -> Token | None:
    """Who a worry noun is felt in: "concern in Japan about …", "fears in the industry", "the anxiety in
    pupils" (people, a body or a country after "in"; not a document, a time or a thing: "concern in the
    report", "fears in recent weeks")."""
    if noun.pos_ != "NOUN":
        return None
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "in" and c.i > noun.i):
        where = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if where is None or where.ent_type_ in {"DATE", "TIME"} or where.lemma_.lower() in DOCUMENTS:
            continue
        if where.pos_ in {"NOUN", "PROPN"} and can_speak(where):
            return where
    return None


def _sent_from(token: Token) -> Token | None:
    """Who a worry, warning or criticism comes from: "criticism from MPs", "warnings from staff" (also where
    the parser hung "from" on the verb the noun is the object of), someone who can speak."""
    owners = [token, token.head] if token.dep_ == "dobj" and token.head.pos_ == "VERB" else [token]
    for owner in owners:
        for prep in (c for c in owner.children if c.dep_ == "prep" and c.lower_ == "from" and c.i > token.i):
            source = next((c for c in prep.children if c.dep_ == "pobj"), None)
            named = source is not None and (can_speak(source) or source.text[:1].isupper())
            if named and source.pos_ in {"NOUN", "PROPN"} and source.ent_type_ not in {"DATE", "TIME"}:
                return source
    return None


def _issuer(participle: Token) -> Token | None:
    """Who issues what a participle after a noun says: "The service issued a storm warning for …" (where
    "warning" is read as a participle of "storm"), "The firm put out a statement warning that …": the
    subject of the verb whose object the noun is, else the noun when it can speak ("critics warning that …",
    "a report warning that …")."""
    if participle.dep_ != "acl" or participle.tag_ != "VBG" or participle.head.pos_ != "NOUN":
        return None
    noun = participle.head
    issuer = _subject(noun.head) if noun.dep_ == "dobj" and noun.head.pos_ == "VERB" else None
    if can_speak(noun) and (issuer is None or noun.lemma_.lower() not in DOCUMENTS):
        return noun
    return issuer  # "Police released a report warning that …": the police


def _agent(verb: Token) -> Token | None:
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None


def _subject(verb: Token) -> Token | None:
    """The subject of a verb, or of the verb a participle or a purpose clause hangs on ("They withdrew, citing
    fears …", "Leaders lined up to criticise …")."""
    found = next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ not in {"which", "that"}), None)
    if found is None and (acting := object_controller(verb) or joined_in(verb)) is not None:
        return acting  # "prompted the federation to warn …", "joined the union in criticising …"
    purpose = verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    shared = verb.tag_ == "VBG" or purpose or (verb.dep_ == "conj" and verb.head.dep_ == "advcl")
    if found is None and shared and verb.dep_ in {"advcl", "conj"} and verb.head.pos_ == "VERB":
        return _subject(verb.head)  # "Leaders lined up to criticise …", "took to the web to … criticise"
    return found


def reporter(token: Token) -> Token | None:
    """The subject of a reporting verb the cue's clause hangs on ("Experts suggest that …"), also through a
    clause of time or condition ('"When videos break the rules, we remove them," she said'), or of one set
    off inside it ("The real aim, believes Mr Hale, is to embarrass …", "…, the union says.")."""
    node = governing_verb(token)
    path = [node]
    while node.dep_ in {"ccomp", "xcomp", "conj", "advcl"} and node.head != node:
        node = node.head
        path.append(node)
        if node.lemma_ not in REPORT_VERBS:
            continue
        said_by = _subject(node) or name_after(node) or quoted_as(node)  # "quoted X as saying …": X
        if said_by is not None:
            return said_by
    for clause in path:
        for aside in (c for c in clause.children if c.dep_ == "parataxis" and c.lemma_ in REPORT_VERBS):
            speakers = [c for c in aside.children if c.dep_ == "nsubj" and can_speak(c)]
            subject = speakers[-1] if speakers else name_after(aside)
            if subject is not None:
                return subject
    return None


def _outcry_holder(token: Token) -> Token | None:
    """Who complains: "the party's complaint", "Tory protests", "anger among farmers", "a backlash from
    parents", "the union lodged a complaint", "criticism was voiced by the council"."""
    owner = next(
        (
            c
            for c in token.children
            if c.dep_ == "poss" or (c.dep_ in {"compound", "amod"} and c.ent_type_ in {"NORP", "ORG", "GPE"})
        ),
        None,
    )
    if owner is not None:
        return owner
    if (voiced := _voiced_by(token)) is not None:
        return voiced  # "complaints filed by dozens of investigators"
    verb = _outcry_verb(token)
    for owner_of in (token, verb):
        for prep in owner_of.children if owner_of is not None else ():
            if prep.dep_ == "prep" and prep.lower_ in {"from", "among", "amongst", "by"}:
                group = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if group is not None:
                    return group
    if verb is not None and _verb_lemma(verb) in LODGE_VERBS:
        passive = token.dep_ == "nsubjpass" and verb == token.head
        return _agent(verb) if passive else _subject(verb)
    if token.dep_ == "dobj" and _verb_lemma(token.head) in HOLD_VERBS:
        return _subject(token.head)  # "fans have planned a mass protest against the owner"
    acting = _verb_above(token.head) if token.dep_ == "pobj" and token.head.lower_ == "in" else None
    if acting is not None:
        return _subject(acting)  # "fans left their seats empty (for ten minutes) in protest at the prices"
    return reporter(token)


def _verb_above(prep: Token) -> Token | None:
    """The verb a prepositional phrase belongs to, also where the parser hung it on the phrase before ("walked
    out after ten minutes in protest"): up through prepositions, their objects and a predicate ("left the
    seats empty for …")."""
    node = prep
    while node.dep_ in {"prep", "pobj", "oprd"} and node.head != node:
        node = node.head
        if node.pos_ == "VERB":
            return node
    return None

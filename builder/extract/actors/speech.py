"""Who speaks: the one lexicon of speech verbs, who says what a verb reports, and who can speak at all.

Gifts ("I" and "we" in quoted words), concern holders and criticism in reported speech ask these, and the
actor resolution (`Resolver.speaker`) uses them to find who speaks a quotation.
"""

from __future__ import annotations

import functools

from spacy.tokens import Token

from builder.data import appraisal
from builder.extract.phrasing import infinitive
from builder.nlp.names import names_a_person

# The one lexicon of speech verbs, in the groups the extractors read it by.
SPEECH_VERBS = frozenset({
    "say", "tell", "add", "warn", "claim", "argue", "insist", "state", "explain", "admit", "remember",
    "recall", "write", "continue",
})  # fmt: skip  # whose subject speaks the words they report or introduce ('"…," she remembers')
QUOTING_ONLY = frozenset({"remember", "recall", "continue"})  # introduce quoted words, claim nothing
VIEW_VERBS = frozenset({"believe", "think"})  # whose subject holds a view rather than speaks it
CLAIM_VERBS = frozenset({
    "suggest", "agree", "allege", "maintain", "contend", "declare", "acknowledge", "stress", "fear",
    "complain", "describe", "call", "brand", "label", "dub", "reckon", "feel", "accept", "concede",
})  # fmt: skip  # report a claim or a judgement, not quoted words
SAY_VERBS = (SPEECH_VERBS - QUOTING_ONLY) | VIEW_VERBS | CLAIM_VERBS  # what someone says, claims or thinks
# Verbs whose subject reports the clause a concern cue stands in ("Experts suggest that …", "…, the union
# says"), read by the concern cues. Not SAY_VERBS, kept as found: it adds verbs of emphasis and worry (note,
# point, underline, emphasise, assert, caution, worry) and lacks admit, explain, write and the claim verbs of
# judgement or assent (agree, accept, concede, acknowledge, describe, call, brand, label, dub, feel, reckon,
# maintain, contend, declare, complain); which of them should join is not measured.
REPORT_VERBS = frozenset({
    "say", "suggest", "warn", "emphasize", "emphasise", "stress", "argue", "note", "claim", "believe",
    "insist", "add", "state", "tell", "caution", "point", "underline", "fear", "worry", "think", "assert",
    "allege",
})  # fmt: skip
# What a speaker does next, joined to a reported clause: "said the logo was crude but urged fans to wait",
# "… and promised a fair policy" (not "claim", also "claimed expenses"). Speech acts, not SAY_VERBS: adds
# directives and commitments (urge, ask, demand, appeal, promise, pledge, vow, announce, predict).
SPEECH_ACTS = frozenset({
    "say", "add", "urge", "promise", "pledge", "vow", "insist", "tell", "ask", "call", "argue", "admit",
    "concede", "demand", "appeal", "announce", "acknowledge", "stress", "warn", "predict",
})  # fmt: skip
# Documents that can say, warn or allege in an article's words ("the memo warns", "the complaint alleged");
# their author, where the article names one, holds what they say.
DOCUMENTS = {
    "report", "study", "survey", "book", "poll", "statement", "letter", "paper", "newspaper", "website",
    "memo", "memorandum", "review", "document", "dossier", "audit", "complaint", "lawsuit", "petition",
    "research", "briefing",
}  # fmt: skip
SPEAKER_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent")
NOT_SPEAKERS = {
    "paper", "order", "number", "letter", "power", "water", "matter", "other", "factor", "error", "border",
    "corner", "quarter", "winter", "summer", "centre", "center", "content", "event", "amount", "element",
    "moment", "percent", "comment", "argument", "statement", "government",
}  # fmt: skip  # ("government" is a speaker noun; listed here only so the suffix rule does not decide it)
RELATIVE = {"who", "which", "that", "whom"}
# Verbs whose object is made to do what the infinitive after it says ("prompted the league to demand …").
CAUSATIVES = {"prompt", "lead", "force", "cause", "drive", "spur", "provoke", "compel", "move", "oblige"}
# Verbs by which a writer relays whom it reports as saying ("quoted officials as saying …", "cited a source as
# warning …", "was quoted as saying …"): the one quoted speaks, the writer only relays.
QUOTING_VERBS = {"quote", "cite", "report"}
COURTESY_TITLES = {"mr", "mrs", "ms", "miss", "dr", "sir", "lord", "lady", "baroness", "dame"}
TIMES = {"DATE", "TIME"}


def can_speak(token: Token) -> bool:
    """Whether a word can stand for someone holding a view: a name, a pronoun, "critics", "the report"."""
    if token.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} or token.pos_ in {"PRON", "PROPN"}:
        return True
    lemma = token.lemma_.lower()
    if lemma in speaker_nouns() or (lemma in DOCUMENTS and token.pos_ in {"NOUN", "PROPN"}):
        return True
    if len(token.text) > 2 and token.text.endswith("s") and token.text[:-1].isupper():
        return token.text[:-1].lower() in speaker_nouns()  # "MPs", "MEPs": the plural of an abbreviation
    if token.pos_ == "NOUN" and names_a_person(lemma):
        return True  # a noun whose first sense is a person: "surgeon", "pensioner", "nurse"
    return lemma.endswith(SPEAKER_SUFFIXES) and lemma not in NOT_SPEAKERS and token.pos_ == "NOUN"


@functools.cache
def speaker_nouns() -> frozenset[str]:
    return frozenset(w.lower() for w in appraisal()["speaker_nouns"])


def speaker_of(verb: Token) -> Token | None:
    """Who says it: the subject, the "by" agent of a passive, the antecedent of "who", or the subject of
    the verb a participle hangs on ("Brown issued a rallying cry, warning …")."""
    agent = agent_of(verb)
    if agent is not None:
        return agent
    if verb.lemma_.lower() == "blame" and verb.dep_ == "xcomp" and verb.head.lemma_ == "be":
        return None  # "Russia was to blame for …": the one blamed, not who blames
    # two subjects where a speaker is set off: "The real aim, believes Mr Hale, is …" (the one who can speak);
    # not a participle read as the subject ("Replying for the Greens, … Ada Quist, said")
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "VERB"]
    subject = next((s for s in subjects if can_speak(s)), subjects[0] if subjects else None)
    own = any(c.dep_ in {"nsubjpass", "expl"} for c in verb.children)  # "but it has been alleged that …"
    if subject is None and verb.dep_ == "conj" and verb.head.pos_ == "VERB" and not own:
        return speaker_of(verb.head)
    if subject is not None and subject.lower_ in RELATIVE:  # "… the Conservatives, who said …"
        before = verb.doc[subject.i - 1] if subject.i > 0 and verb.doc[subject.i - 1].is_punct else subject
        antecedent = verb.doc[before.i - 1] if before.i > 0 else None
        return antecedent if antecedent is not None and antecedent.pos_ in {"NOUN", "PROPN"} else None
    if subject is None and (quoted := quoted_as(verb)) is not None:
        return quoted  # "Radio X quoted the judge's colleagues as saying …": the colleagues say it
    if subject is None and (controller := object_controller(verb)) is not None:
        return controller  # "the letter prompted the league to demand an apology": the league demands
    if subject is None and (joined := joined_in(verb)) is not None:
        return (
            joined  # "Teachers joined the union in criticising …", "the union was joined by … in criticising"
        )
    if (
        subject is None
        and (verb.tag_ == "VBG" or verb.dep_ == "xcomp" or (verb.dep_ == "advcl" and infinitive(verb)))
        and verb.dep_ in {"advcl", "xcomp", "conj"}
    ):  # "…, warning …", "lined up to criticise", a purpose: "gathered outside the hall to protest against …"
        return speaker_of(verb.head) if verb.head.pos_ in {"VERB", "AUX"} else None
    if subject is None and (misread := _relative_subject(verb)) is not None:
        return misread
    if subject is None:
        return _noun_before(verb) or _name_set_off_before(verb) or _person_before(verb) or name_after(verb)
    return subject


def object_controller(verb: Token) -> Token | None:
    """Who does an infinitive's act where a verb of causing above it has an object: "prompted the league to
    demand", "forced the board to warn" (the object acts, the subject only brought it about); not a verb of
    asking or wanting ("urged ministers to condemn …": the one who urges holds it, the ministers may not
    act), nor a thing or a document."""
    if verb.dep_ != "xcomp" or not infinitive(verb) or verb.head.lemma_.lower() not in CAUSATIVES:
        return None
    found = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
    if found is None or found.lower_ in {"it", "this", "that", "which", "what"}:
        return None
    if found.lemma_.lower() in DOCUMENTS or not can_speak(found):
        return None
    return found


def quoted_as(verb: Token) -> Token | None:
    """Who a writer quotes as saying what a speech verb after "as" reports: the object of the verb of quoting
    ("Radio X quoted the judge's colleagues as saying …", "the paper cited officials as warning …") or its
    passive subject ("The union was quoted as saying …"); None where no one is named (a pronoun "it" or
    "this", a document), so the older rules decide."""
    prep = verb.head
    speaking = verb.lemma_.lower() in SPEECH_VERBS | CLAIM_VERBS | VIEW_VERBS
    if verb.dep_ not in {"pcomp", "advcl"} or not speaking:
        return None
    if verb.dep_ == "advcl":  # "as" read as the mark of a clause: "quoted him as saying"
        if not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
            return None
        prep = verb
    elif prep.lower_ != "as":
        return None
    quoting = prep.head
    if quoting.lemma_.lower() not in QUOTING_VERBS or any(c.dep_ == "nsubj" for c in verb.children):
        return None
    deps = {"nsubjpass"} if any(c.dep_ == "auxpass" for c in quoting.children) else {"dobj"}
    found = next((c for c in quoting.children if c.dep_ in deps and c.i < verb.i), None)
    if found is None or found.lower_ in {"it", "this", "that", "which", "what"}:
        return None
    return found if can_speak(found) else None


def joined_in(verb: Token) -> Token | None:
    """Who does an act that another joins them in ("in criticising …" after "joined"): the subject of
    "join", or of a passive "was joined by" (the one joined does it too, and is named first)."""
    prep = verb.head
    above = prep.head
    if verb.dep_ != "pcomp" or prep.lower_ != "in" or above.lemma_.lower() != "join":
        return None
    return next((c for c in above.children if c.dep_ in {"nsubj", "nsubjpass"}), None)


def _relative_subject(verb: Token) -> Token | None:
    """The subject of a relative clause the parser read as a participle on it: in "firms, which activists
    accused of dumping waste", "accused" hangs on "activists" as if they were the accused."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or noun.pos_ not in {"NOUN", "PROPN"} or noun.i > verb.i:
        return None
    start = noun.left_edge.i  # the relative itself, where the parser made it the noun's determiner
    before = {verb.doc[start].lower_, verb.doc[start - 1].lower_ if start > 0 else ""}
    return noun if before & (RELATIVE - {"who"}) else None


def _person_before(verb: Token) -> Token | None:
    """A named person hung on the verb before it in another role, where the parser found no subject: a
    surname that is also a word ("manager John Still told …")."""
    misread = {"advmod", "npadvmod", "dep"}  # not the passive's subject: "Allen is accused of …"
    found = [c for c in verb.children if c.i < verb.i and c.ent_type_ == "PERSON" and c.dep_ in misread]
    return found[-1] if found else None


def name_after(verb: Token) -> Token | None:
    """The speaker named right after a speech verb whose subject the parser missed or gave to another verb:
    "What this is about, believes Mr Blair, is …" (the last word of the name)."""
    if verb.lemma_.lower() not in SAY_VERBS - {"tell"} or any(
        c.dep_ in {"nsubj", "nsubjpass", "dobj"} for c in verb.children
    ):
        return None  # not "told BBC Radio London": whom it was told
    doc, end = verb.doc, verb.sent.end
    at = verb.i + 1
    titled = at < end and doc[at].lower_.rstrip(".") in COURTESY_TITLES
    at += titled
    if at >= end or doc[at].pos_ != "PROPN" or not (titled or doc[at].ent_type_ in {"PERSON", "ORG"}):
        return None
    while at + 1 < end and doc[at + 1].pos_ == "PROPN":
        at += 1
    return doc[at]


def _name_set_off_before(verb: Token) -> Token | None:
    """Who, where the parser found no subject in "Responding, party chairman Jane Roe, said: …": the name
    just before the comma that precedes the saying verb."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != "," or verb.lemma_.lower() not in SAY_VERBS:
        return None
    before = _apposed_name(doc[verb.i - 2])
    return before if before.pos_ == "PROPN" and before.ent_type_ in {"PERSON", "ORG", "NORP"} else None


def _apposed_name(token: Token) -> Token:
    """The name a token's phrase is set beside: in "Ada Quist, MP for Harrowby, said", Harrowby ends the
    role that stands beside Quist, who speaks."""
    node = token
    while node.dep_ in {"pobj", "prep"} and node.head.i != node.i:
        node = node.head
    named = node.dep_ == "appos" and node.head.pos_ == "PROPN" and node != token
    return node.head if named else token


def _noun_before(verb: Token) -> Token | None:
    """Who, where the parser read "claims" in "amid Tory claims the ads were …" as a verb with no subject: the
    name just before it, governed by a preposition."""
    if verb.tag_ not in {"VBZ", "VBP"} or verb.i == 0:
        return None
    before = verb.doc[verb.i - 1]
    named = before.ent_type_ in {"NORP", "ORG", "PERSON", "GPE"} and before.pos_ == "PROPN"
    return before if named and before.dep_ == "pobj" and verb.dep_ != "ROOT" else None


def agent_of(verb: Token) -> Token | None:
    """The "by" agent of a passive, also where the parser hung it on the complement ("labelled a big
    misjudgement by the Conservatives")."""
    holders = [  # not a participle's own agent: in "felt let down by the board", the board feels nothing
        verb,
        *(c for c in verb.children if c.dep_ in {"oprd", "xcomp", "attr"} and c.pos_ not in {"VERB", "AUX"}),
    ]
    for owner in holders:
        for prep in owner.children:
            if prep.dep_ == "agent" or (prep.dep_ == "prep" and prep.lower_ == "by" and owner != verb):
                found = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if found is not None and found.ent_type_ in TIMES:
                    continue  # "demand an apology by 31 March": a deadline, not who demands
                if found is not None and (found.ent_type_ or owner == verb):
                    return found
    return None

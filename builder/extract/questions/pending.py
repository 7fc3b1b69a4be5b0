"""Open points that are not hedges: plans and hopes not yet carried out, what is still to come."""

from __future__ import annotations

from spacy.tokens import Span, Token

from builder.extract.hedges import HedgeCue
from builder.extract.questions.clauses import (
    CONTENT_NOUNS,
    accused_deed,
    base_form,
    content_clause,
    seen_event,
)

PENDING_VERBS = {
    "hope", "plan", "intend", "aim", "seek", "wish", "propose", "prepare", "set", "due", "bid",
}  # fmt: skip
# Not "promise", "pledge", "vow": the speaker's own commitment, reported as made and not put in doubt, is the
# news itself, not an open point (briefing_gold counts none of them as open).
# Processes under way whose outcome is still to come: an inquiry, a charge awaiting trial, talks, an approval.
UNDER_WAY = {"investigation", "review", "consideration", "discussion", "negotiation", "inquiry", "scrutiny"}
UP_FOR = {"discussion", "debate", "review", "renewal", "negotiation", "sale", "approval"}
IN_TALKS = {"negotiation", "talk", "discussion"}
FOR_DECISION = {"approval", "consideration", "ratification", "review", "decision"}
FACED = {
    "charge", "trial", "prosecution", "investigation", "inquiry", "extradition", "lawsuit",
    "suit", "hearing", "retrial", "appeal", "tribunal", "probe",
}  # fmt: skip
OPENED = {"investigation", "inquiry", "review", "probe", "audit"}
OPENING_VERBS = {"order", "launch", "open", "begin", "start", "announce", "set"}
STILL_DOING = {"seek", "negotiate", "wait", "await", "consider", "discuss", "investigate", "review", "talk"}
TELLING = {
    "say", "confirm", "reveal", "disclose", "explain", "specify", "clarify", "conclude", "tell", "identify",
    "name", "announce", "indicate", "determine", "establish", "ascertain", "predict",
}  # fmt: skip
INQUIRING = {
    "investigate",
    "probe",
    "examine",
    "review",
    "look",
    "assess",
    "study",
    "scrutinise",
    "scrutinize",
}
DECIDING = {"decide", "rule", "vote", "determine", "choose", "judge", "adjudicate"}
DECISIONS = {
    "decision",
    "vote",
    "ruling",
    "verdict",
    "judgment",
    "judgement",
    "announcement",
    "outcome",
    "result",
}
COMPLEMENT_DEPS = {"xcomp", "ccomp", "oprd"}
NEEDING = {"have", "need"}  # "still have to / still needs to": a step not yet taken
STILL_TO = {"yet", "still"}  # "has yet to reply", "are still to be published": what is still to happen
CONTINUING = {"continue", "resume", "drag"}  # "talks are continuing": a process under way, its end not told
REFUSING = {"decline", "refuse", "fail"}
# "were unable to say", "it is impossible / not possible / too early to say": the telling cannot be done
UNABLE = {"unable", "impossible"}
ABLE = {"able", "possible"}
# what a "did not know / would not reveal the X of Y" leaves open: a fact to be told, asked "What is the X …?"
UNTOLD_FACTS = {
    "cost", "price", "value", "number", "amount", "size", "scale", "extent", "cause", "identity", "name",
    "whereabouts", "location", "date", "timing", "reason", "motive", "terms", "details", "figure", "total",
    "toll", "outcome", "source", "nature", "fate",
}  # fmt: skip
CLAIMING = {"claim", "allege"}
REPORT_NOUNS = {"report", "claim", "allegation", "accusation", "suggestion", "rumour", "rumor"}
DENYING = {"deny", "reject", "refute", "dispute", "rebut", "contest"}
URGING_VERBS = {"say", "add", "urge", "argue", "insist", "recommend", "suggest", "tell", "believe", "think"}
DOUBTING = {"sceptical", "skeptical", "doubtful", "dubious", "unconvinced"}  # "traders were sceptical that …"
# hedged evidence: "appears to show that …", "may indicate that …", "could be a sign that …"
HEDGING_MODALS = {"may", "might", "could"}
SEEM_WORDS = {"seem", "appear"}
EVIDENCE_VERBS = {"show", "indicate", "prove", "confirm", "reveal", "signal", "imply", "point"}
PROVISIONAL = {"preliminary", "provisional", "draft", "tentative", "outline"}  # a deal not yet final
DEALS = {"deal", "agreement", "accord", "pact", "treaty", "contract", "settlement"}
# "The rumour is that …", "The hope is that …": nouns of a view or an expectation whose content a "be" states
STATED_NOUNS = {
    "rumour", "rumor", "speculation", "suspicion", "belief", "assumption", "hope", "expectation", "fear",
    "worry", "concern", "danger", "risk", "chance", "likelihood", "possibility", "prospect", "suggestion",
    "theory", "guess", "bet", "feeling", "hunch", "sign", "indication", "thinking", "view",
}  # fmt: skip


def pending_cues(sent: Span) -> tuple[HedgeCue, ...]:
    """Cues of what is still to happen ("hopes to", "is due to", "has yet to", "said X should"), of what is
    not told ("would not say which …") and of claims ("Labour claim the savings do not add up")."""
    cues = []
    for t in sent:
        claim = claimed(t) or claims_to(t) or accused_deed(t) is not None
        kind = "pending" if _pending(t) else "unknown" if _untold(t) else "reported" if claim else None
        kind = kind or ("disputed" if disputed_report(t) is not None or denied_act(t) is not None else None)
        kind = kind or ("belief" if stated_clause(t) is not None or doubted_clause(t) is not None else None)
        kind = kind or ("pending" if provisional_deal(t) else None)
        kind = kind or ("possible" if t.tag_ == "MD" and seen_event(t.head) is not None else None)
        if kind is not None:
            cues.append(HedgeCue(t.text, kind, t.idx, t.idx + len(t.text)))
    return tuple(cues)


def _untold(token: Token) -> bool:
    """ "did not say which roads …", "declined to say how many …": a wh-question the article leaves open."""
    if untold_fact(token) is not None:
        return True
    if token.pos_ != "VERB" or base_form(token) not in TELLING or wh_clause(token) is None:
        return False
    return _refused(token) or any(c.dep_ == "neg" for c in token.children)


def _refused(verb: Token) -> bool:
    """ "declined to say", "were unable to say", "it was not possible to determine", "it is too early to
    say": an infinitive of telling that someone will not or cannot carry out."""
    if verb.dep_ != "xcomp":
        return False
    head = verb.head
    if base_form(head) in REFUSING:
        return True
    frame = head if head.pos_ == "ADJ" else next((c for c in head.children if c.dep_ == "acomp"), None)
    if frame is None:
        return False
    negated = any(c.dep_ == "neg" for c in (*frame.children, *frame.head.children))
    too = any(c.dep_ == "advmod" and c.lower_ == "too" for c in frame.children)
    return frame.lower_ in UNABLE or (frame.lower_ in ABLE and negated) or too


def untold_fact(token: Token) -> Token | None:
    """The fact a telling or knowing verb leaves untold: "the mayor does not know the total cost of the
    parade", "declined to reveal the identity of the buyer" → "cost", "identity"."""
    if token.pos_ != "VERB" or (base_form(token) not in TELLING and token.lemma_ != "know"):
        return None
    if not (_refused(token) or any(c.dep_ == "neg" for c in token.children)):
        return None
    fact = next((c for c in token.children if c.dep_ == "dobj" and c.i > token.i), None)
    if fact is None or fact.lemma_.lower() not in UNTOLD_FACTS:
        return None
    return fact if any(c.dep_ in {"det", "poss"} for c in fact.children) else None


def wh_clause(token: Token) -> Token | None:
    """The clause a telling verb governs when it opens with a wh-word ("which roads will be closed")."""
    clause = next((c for c in token.children if c.dep_ == "ccomp"), None) or _object_clause(token)
    if clause is None or clause.i < token.i:
        return None
    return clause if clause.doc[clause.left_edge.i].tag_ in {"WP", "WDT", "WRB"} else None


def _object_clause(token: Token) -> Token | None:
    """ "have not said when the airport will open", parsed as a time clause: a wh-clause right after a telling
    verb that has no object of its own is what is (not) told."""
    if base_form(token) not in TELLING or any(c.dep_ in {"dobj", "ccomp"} for c in token.children):
        return None
    clause = next((c for c in token.children if c.dep_ == "advcl" and c.left_edge.i == token.i + 1), None)
    return clause if clause is not None and clause.left_edge.tag_ in {"WRB", "WP"} else None


def disputed_report(token: Token) -> Token | None:
    """The clause of a report someone denies: "the ministry denied reports that rebels had seized the jail",
    "rejected claims that the figures were wrong"; the report is open, not settled by the denial."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in REPORT_NOUNS or token.dep_ != "dobj":
        return None
    denier = token.head
    if base_form(denier) not in DENYING or any(c.dep_ == "neg" for c in denier.children):
        return None
    clause = next(
        (c for c in token.children if c.dep_ in {"acl", "ccomp"} and c.pos_ in {"VERB", "AUX"}), None
    )
    if clause is None or not any(m.lower_ == "that" and m.dep_ == "mark" for m in clause.children):
        return None
    return clause


def doubted_clause(token: Token) -> Token | None:
    """What someone doubts: "traders were sceptical that the figures signalled a recovery" → "signalled"."""
    if token.pos_ != "ADJ" or token.lower_ not in DOUBTING or token.dep_ != "acomp":
        return None
    if any(c.dep_ == "neg" for c in token.head.children):
        return None  # "were not sceptical that …"
    return next(
        (
            c
            for c in token.children
            if c.dep_ == "ccomp" and {m.lower_ for m in c.children if m.dep_ == "mark"} == {"that"}
        ),
        None,
    )


def evidenced_clause(token: Token) -> Token | None:
    """What a hedged piece of evidence points to: "emails appear to show that the board knew" → "knew",
    "the move could be a sign that Norland is preparing for an election" → "preparing": the evidence is
    granted, what it shows is the open point. A that-clause only ("could be a sign of weakness" has none)."""
    if token.tag_ == "MD" and token.lower_ in HEDGING_MODALS:
        verb = token.head
    elif token.lemma_ in SEEM_WORDS and token.pos_ in {"VERB", "AUX"}:
        verb = next((c for c in token.children if c.dep_ == "xcomp"), None)
    else:
        return None
    if verb is None or any(c.dep_ == "neg" for c in (*verb.children, *token.children)):
        return None
    if verb.lemma_ == "be":  # "could be a sign that …"
        sign = next((c for c in verb.children if c.dep_ == "attr"), None)
        holder = sign if sign is not None and sign.lemma_.lower() in CONTENT_NOUNS else None
        deps = {"acl", "ccomp", "relcl"}
    else:
        holder = verb if base_form(verb) in EVIDENCE_VERBS else None
        deps = {"ccomp"}
    if holder is None:
        return None
    return next(
        (
            c
            for c in holder.children
            if c.dep_ in deps
            and c.i > holder.i
            and (any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) or content_clause(c))
            and any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)
        ),
        None,
    )


def provisional_deal(token: Token) -> bool:
    """ "reached a preliminary deal for X to develop Y": a deal not yet final, made (not denied)."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in DEALS or token.tag_ != "NN":
        return False
    if not any(c.dep_ in {"amod", "compound"} and c.lower_ in PROVISIONAL for c in token.children):
        return False
    return token.dep_ in {"dobj", "nsubj", "nsubjpass"} and not _negative(token.head)


def stated_clause(token: Token) -> Token | None:
    """What a view or an expectation holds, stated by a present "be": "the rumour is that the plant will
    close" → "close"; not a past one ("the hope was that …", settled by the story) nor a denied one."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in STATED_NOUNS or token.dep_ != "nsubj":
        return None
    be = token.head
    if be.lemma_ != "be" or be.tag_ not in {"VBZ", "VBP"} or any(c.dep_ == "neg" for c in be.children):
        return None
    if any(c.dep_ in {"neg", "det"} and c.lower_ in {"no", "not"} for c in token.children):
        return None  # "no sign is that …" is no view held
    return next(
        (
            c
            for c in be.children
            if c.dep_ == "ccomp"
            and c.i > be.i
            and c.pos_ in {"VERB", "AUX"}
            and {m.lower_ for m in c.children if m.dep_ == "mark"} == {"that"}  # not "that, whilst X …"
        ),
        None,
    )


def denied_act(token: Token) -> Token | None:
    """The act someone denies doing, as a charge in court is denied: "he denies causing serious injury"."""
    if token.pos_ != "VERB" or base_form(token) != "deny" or token.tag_ not in {"VBZ", "VBP"}:
        return None
    if any(c.dep_ == "neg" for c in token.children):
        return None
    return next((c for c in token.children if c.dep_ in {"xcomp", "dobj", "ccomp"} and c.tag_ == "VBG"), None)


def claims_to(token: Token) -> bool:
    """ "Cyber Berkut claims to have taken the files": a claim of one's own deed, not confirmed."""
    return (
        token.pos_ == "VERB"
        and base_form(token) in CLAIMING
        and token.tag_ in {"VBZ", "VBP", "VBD"}
        and not any(c.dep_ == "neg" for c in token.children)
        and any(
            c.dep_ == "xcomp" and c.lemma_ != "have" and any(g.tag_ == "TO" for g in c.children)
            for c in token.children
        )  # "claimed to have hijacked printers" misread with "have" as the verb: no question
    )


def claimed(token: Token) -> bool:
    """ "X claim(s) that Y": an assertion the article attributes and does not confirm."""
    return (
        token.pos_ == "VERB"
        and base_form(token) in CLAIMING
        and (token.tag_ in {"VBZ", "VBP", "VBD"} or any(c.dep_ == "nsubj" for c in token.children))
        and any(c.dep_ == "ccomp" and c.i > token.i for c in token.children)
        and not any(c.dep_ == "neg" for c in token.children)
    )


def _pending(token: Token) -> bool:
    if _process(token) or hoped_clause(token) is not None or deadline_verb(token) is not None:
        return True
    lemma = base_form(token) if token.pos_ == "VERB" else token.lemma_.lower()  # spaCy reads "hopes" as "hop"
    if lemma in PENDING_VERBS and token.pos_ in {"VERB", "ADJ"}:
        if _past_narrative(token):
            return False  # "Yorkshire were hoping to atone …": a hope the story has since settled
        plain = not any(
            c.dep_ in {"neg", "dobj"} for c in token.children
        )  # "seek donations to …" is a purpose
        return plain and _infinitive(token) is not None
    if token.lower_ in STILL_TO and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "to":
        return _infinitive(token.head) is not None
    if still_needed(token) is not None:
        return True
    if token.lower_ == "should" and token.tag_ == "MD":
        clause = token.head
        return clause.dep_ == "ccomp" and clause.head.lemma_ in URGING_VERBS
    return False


def still_needed(token: Token) -> Token | None:
    """The step a "still" says is yet to be taken: "researchers still have to validate the test", "the board
    still needs to approve it", "trials must still confirm that …" → "validate", "approve", "confirm". A past
    "still had to" counts only when reported ("said they still had to …"): told as the story goes, the step
    may since have been taken. An epistemic "must still be" ("he must still be inside") is a guess, not a
    step."""
    if token.lower_ != "still" or token.dep_ != "advmod" or token.head.pos_ not in {"VERB", "AUX"}:
        return None
    verb = token.head
    must = any(c.dep_ == "aux" and c.lower_ == "must" for c in verb.children)
    if base_form(verb) in NEEDING and not must:
        step = _infinitive(verb)
    elif must and (verb.lemma_ != "be" or any(c.dep_ == "auxpass" for c in verb.children)):
        step = verb
    else:
        return None
    if step is None or any(c.dep_ == "neg" for c in (*verb.children, *step.children)):
        return None
    past = verb.tag_ == "VBD" or any(c.dep_ == "aux" and c.tag_ == "VBD" for c in verb.children)
    return None if past and not _reported(verb) else step


def _past_narrative(verb: Token) -> bool:
    """A past progressive told as the story goes ("were hoping to"), not reported ("said it was hoping")."""
    past = verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lower_ in {"was", "were"} and c.i < verb.i for c in verb.children
    )
    return past and not _reported(verb)


def _process(token: Token) -> bool:
    """A process under way whose outcome is not known yet: "is under investigation", "faces charges",
    "was charged with", "in talks with", "put to the courts for approval", "ordered a review",
    "still seeking", "has until 21 March to reply"; an inquiry or decision to come; what has not yet
    happened."""
    lemma, head = token.lemma_.lower(), token.head
    if token.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in {"VERB", "AUX"}:
        prep = head.lower_
        talks = prep == "in" and talks_clause(token) is not None  # asked as "Will X buy …?", never stated
        if head.head.lemma_ == "be" and head.head.tag_ == "VBD" and not _still_then(head.head, talks):
            return False  # "the case was under investigation": under way then, not said to be now
        return (
            (prep == "under" and lemma in UNDER_WAY)
            or (prep == "for" and lemma in FOR_DECISION)
            or (prep == "in" and lemma in IN_TALKS and token.tag_ == "NNS" and head.head.lemma_ == "be")
            or (prep == "until" and head.head.lemma_ == "have" and _infinitive(head.head) is not None)
            or (prep == "for" and lemma in UP_FOR and any(t.lower_ == "up" for t in head.head.children))
        )
    if token.dep_ == "dobj" and lemma in FACED and head.lemma_ == "face":
        return True
    if token.dep_ == "dobj" and lemma in OPENED and head.lemma_ in OPENING_VERBS:
        return not _told_before(token)  # "launched the investigation": one the story told of, opened before
    if token.lemma_ == "charge" and token.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in token.children):
        # "was charged with arson": a charge laid is done; only one still to be laid is to come
        return _to_come(token) and any(c.dep_ == "prep" and c.lower_ == "with" for c in token.subtree)
    if token.tag_ == "VBG" and any(c.lower_ == "still" and c.dep_ == "advmod" for c in token.children):
        return base_form(token) in STILL_DOING
    return (
        _inquiry(token)
        or _decision_to_come(token)
        or _not_yet(token)
        or _awaited(token)
        or _continuing(token)
    )


def _still_then(be: Token, talks: bool) -> bool:
    """A past "was" that still holds when written: reported ("police said the theft of the car was under
    investigation", the past of reported speech) or said to last ("was still under review"), of a thing the
    sentence places (not a bare "the shooting", told of before)."""
    still = any(c.lower_ == "still" and c.dep_ == "advmod" for c in be.children)
    if talks:
        return _reported(be)
    subject = next((c for c in be.children if c.dep_ == "nsubj"), None)
    bare = subject is None or all(c.dep_ in {"det", "punct"} for c in subject.children)
    return not bare and (still or _reported(be))  # "said the shooting was …": which shooting, told before


def _present(verb: Token) -> bool:
    """The verb, or its first auxiliary, in the present tense ("awaits", "is awaiting", "are awaited")."""
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i < verb.i]
    return (auxes[0] if auxes else verb).tag_ in {"VBZ", "VBP"}


def _awaited(token: Token) -> bool:
    """ "the club is awaiting the result of an appeal", "the results are still awaited": what is waited
    for has not come yet."""
    if token.pos_ != "VERB" or base_form(token) != "await" or _negative(token) or not _present(token):
        return False
    if token.tag_ == "VBN":
        return any(c.dep_ == "auxpass" for c in token.children) and subject_noun(token, "nsubjpass")
    return any(c.dep_ == "dobj" for c in token.children) and subject_noun(token, "nsubj")


def _continuing(token: Token) -> bool:
    """ "talks between the union and the firm are continuing": talks under way, their outcome not told."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in IN_TALKS or token.dep_ != "nsubj":
        return False
    verb = token.head
    return base_form(verb) in CONTINUING and _present(verb) and not _negative(verb)


def subject_noun(verb: Token, dep: str) -> bool:
    """The verb's subject is a noun, not a pronoun whose referent the page may not give."""
    return any(c.dep_ == dep and c.pos_ in {"NOUN", "PROPN"} for c in verb.children)


def process_verb(token: Token) -> bool:
    """A verb that is itself the process to come ("are investigating", "will rule")."""
    return token.pos_ == "VERB" and (_inquiry(token) or _decision_to_come(token))


def _inquiry(token: Token) -> bool:
    """An inquiry under way or to come: "police are investigating", "is being investigated by officers",
    "an inquiry will examine", "regulators are looking into"."""
    if token.pos_ != "VERB" or base_form(token) not in INQUIRING or _negative(token):
        return False
    if base_form(token) == "look" and not any(
        c.dep_ == "prep" and c.lower_ == "into" for c in token.children
    ):
        return False
    auxes = [c for c in token.children if c.dep_ in {"aux", "auxpass"} and c.i < token.i]
    words_before = [a.lower_ for a in auxes]
    under_way = token.tag_ == "VBG" and any(a.tag_ in {"VBZ", "VBP"} for a in auxes)  # "are investigating"
    being = token.tag_ == "VBN" and "being" in words_before and any(a.tag_ in {"VBZ", "VBP"} for a in auxes)
    return under_way or being or _future(auxes)


def _decision_to_come(token: Token) -> bool:
    """A decision to come: "the court will rule next month", "ministers will decide", "a vote is expected",
    "a verdict is due"."""
    if token.pos_ == "VERB" and base_form(token) in DECIDING and not _negative(token):
        return _future([c for c in token.children if c.dep_ in {"aux", "auxpass"} and c.i < token.i])
    if (
        token.pos_ != "NOUN"
        or token.lemma_.lower() not in DECISIONS
        or token.dep_ not in {"nsubj", "nsubjpass"}
    ):
        return False
    head = token.head
    expected = (
        head.lemma_ == "expect"
        and head.tag_ == "VBN"
        and not any(c.dep_ in COMPLEMENT_DEPS for c in head.children)
    )
    due = head.lemma_ == "be" and any(c.lower_ == "due" and c.dep_ == "acomp" for c in head.children)
    present = any(
        t.tag_ in {"VBZ", "VBP"} for t in [head, *head.children] if t == head or t.dep_.startswith("aux")
    )
    return (expected or due) and present and not _negative(head)


def _not_yet(token: Token) -> bool:
    """ "has not yet decided", "has not yet been approached", "does not yet work": what is still to happen."""
    if token.lower_ != "yet" or token.dep_ != "advmod" or token.head.pos_ not in {"VERB", "AUX"}:
        return False
    verb = token.head
    if verb.lemma_ in {"know", "clear", "be"} and not any(c.dep_ == "auxpass" for c in verb.children):
        return False  # "is not yet known": an unknown, asked as one
    neg = next((c for c in verb.children if c.dep_ == "neg"), None)
    return neg is not None and neg.i == token.i - 1


def _to_come(verb: Token) -> bool:
    """A passive still to happen: "will be charged", "is to be charged", "expected to be charged"; not "was
    charged", "has been charged"."""
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i < verb.i]
    return _future(auxes) or any(a.tag_ == "TO" for a in auxes)


def _told_before(noun: Token) -> bool:
    """ "the investigation" with no word that says which: one the story told of before."""
    return any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in noun.children) and not any(
        c.dep_ in {"prep", "amod", "compound", "acl", "relcl", "poss"} for c in noun.children
    )


def _future(auxes: list[Token]) -> bool:
    return bool(auxes) and auxes[0].lower_ in {"will", "'ll", "shall"}


def _negative(verb: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in {"never", "no"} for c in verb.children)


def _infinitive(token: Token) -> Token | None:
    """The to-infinitive a pending word governs ("plans to announce" → "announce")."""
    return next(
        (c for c in token.children if c.dep_ == "xcomp" and any(g.tag_ == "TO" for g in c.children)), None
    )


def _reported(verb: Token) -> bool:
    """ "ONGC said it was in talks": a past tense of reported speech, still true when reported."""
    return verb.dep_ == "ccomp" and base_form(verb.head) in {"say", "confirm", "announce", "reveal", "tell"}


def deadline_verb(token: Token) -> Token | None:
    """What someone has until a date to do: "Ms Orla has until 3 June to reply" → "reply"; the "until"
    of a present "has/have" right before it, the date, then a to-infinitive."""
    doc = token.doc
    if token.lower_ != "until" or token.i == 0:
        return None
    have = doc[token.i - 1]
    if have.lemma_ != "have" or have.tag_ not in {"VBZ", "VBP"}:
        return None
    for i in range(token.i + 1, min(token.i + 7, len(doc) - 1)):
        if doc[i].tag_ == "TO" and doc[i + 1].tag_ == "VB":
            dated = any(t.ent_type_ in {"DATE", "TIME"} for t in doc[token.i + 1 : i])
            return doc[i + 1] if dated else None
        if doc[i].is_punct:
            return None
    return None


def hoped_clause(token: Token) -> Token | None:
    """What is hoped will happen: "ministers hope the new rules will cut waiting lists", "in the hope that the
    phones will get them jobs"; not a hope in the past or one denied."""
    if token.lemma_.lower() != "hope" and base_form(token) != "hope":
        return None
    if token.pos_ == "VERB" and (
        token.tag_ not in {"VBZ", "VBP"} or any(c.dep_ == "neg" for c in token.children)
    ):
        return None
    deps = {"ccomp"} if token.pos_ == "VERB" else {"acl", "ccomp"} if token.pos_ == "NOUN" else set()
    for clause in (
        c for c in token.children if c.dep_ in deps and c.i > token.i and c.pos_ in {"VERB", "AUX"}
    ):
        auxes = [a for a in clause.children if a.dep_ in {"aux", "auxpass"} and a.i < clause.i]
        if auxes and auxes[0].lower_ in {"will", "can", "would", "could", "'ll"}:
            return clause
    return None


def talks_clause(token: Token) -> Token | None:
    """The deal talks are about: "was in talks to buy former assets" → "buy"."""
    if token.lemma_.lower() not in IN_TALKS or token.head.lower_ != "in":
        return None
    return next(
        (c for c in token.children if c.dep_ == "acl" and any(g.tag_ == "TO" for g in c.children)), None
    )


def pending_clause(token: Token) -> Token | None:
    """The clause whose event is pending, for a cue found by `pending_cues`."""
    if token.lower_ in STILL_TO:
        return _infinitive(token.head)
    if token.lower_ == "should":
        return token.head
    return _infinitive(token)

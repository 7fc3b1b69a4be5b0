"""Questions from clauses: "X may do Y" → "Could X do Y?", "X is expected to do Y" → "Will X do Y?", with
verb forms from lemminflect (`verbforms`)."""

from __future__ import annotations

from spacy.tokens import Token

from builder.extract.concerns.holders import reporter_of
from builder.extract.phrasing import (
    HEDGE_MODALS,
    LOOSE_ENDS,
    MODAL_TEXT,
    child,
    noun_phrase,
    phrase_root,
    plural,
    predicate_of,
    subject_of,
    without_asides,
    words,
)
from builder.extract.questions.verbforms import base_form, be, do, have
from builder.extract.questions.wellformed import (
    MAX_PREDICATE,
    UNPLACED_PRONOUNS,
    bare_antecedent,
    bound,
    detached,
    orphaned,
    restrictive,
    stray,
    subject_stands_alone,
    well_formed,
)
from builder.extract.referents.pronouns import PERSON_WORDS

BOUNDING = {
    "as",
    "so",
    "until",
    "till",
    "before",
    "after",
    "once",
    "because",
    "since",
    "when",
    "while",
    "whenever",
}
ADVISED = "Recommended:"  # "X should do Y, the watchdog says": advice, never asked as a forecast
SEEING = {"see", "witness"}
SPEAKER_FORMS = {"am": "is", "'m": "is", "have": "has", "do": "does"}  # the forms "I" takes, for a name
GENERIC_SEERS = {"we", "you", "one"}  # "we could see …" said of anyone: the event is the open point
REPORTING = {
    "say", "add", "tell", "claim", "argue", "insist", "believe", "think", "suggest", "warn", "predict", "ask",
    "wonder", "question", "expect", "forecast", "hope", "estimate", "announce", "confirm", "promise",
    "pledge",
}  # fmt: skip
# a clause that says on what the claim hangs ("if convicted", "unless talks fail"): asked without it, the
# question says more than the sentence
HINGES = {"if", "unless"}
REASONS = {"because"}  # a reason clause, kept with the question or nothing asked (`reason`)
MAX_DEFINING = 7
# nouns whose clause says what they hold ("a sign [that] X is preparing to quit"), see `content_clause`
CONTENT_NOUNS = {"sign", "signal", "indication", "hint", "evidence", "proof", "suggestion"}
CASE_NOUNS = {"case", "event"}  # "in extreme cases", "in the event of a strike"


def _front(
    verb: Token, auxes: list[Token], future: bool, number: str, past: bool
) -> tuple[str, list[Token | str], str]:
    """The question's first word, the auxiliaries left after the subject, and the verb's form."""
    if auxes and auxes[0].tag_ == "MD":
        return MODAL_TEXT.get(auxes[0].lower_, auxes[0].lower_), auxes[1:], verb.text
    if future and auxes and auxes[0].lemma_ == "have":  # "may have been sold" → "Was … sold?"
        if (len(auxes) > 1 and auxes[1].lower_ == "been") or (verb.lemma_ == "be" and len(auxes) == 1):
            return be(number, True), auxes[2:], verb.text if verb.lemma_ != "be" else ""
        return "did", auxes[1:], base_form(verb)
    if future:  # "are teeming" → "Will … be teeming", "has grown" → "Will … have grown"
        rest = [base_form(a) if a.tag_ in {"VBZ", "VBP", "VBD"} else a.text for a in auxes]
        return "will", rest, base_form(verb) if verb.tag_ not in {"VBN", "VBG"} or not auxes else verb.text
    if verb.tag_ == "VBN" and not auxes:  # "seemed calculated to" → "Was … calculated to"
        return be(number, past), [], verb.text
    if [a.lower_ for a in auxes] in (["have"], ["had"]) and verb.tag_ == "VBN":  # "to have originated",
        return do(number, True), [], base_form(verb)  # "reports that rebels had seized" → "Did rebels seize"
    if [a.lower_ for a in auxes] == ["had", "been"] and verb.tag_ == "VBN":  # "had been seized" → "Was …"
        return be(number, True), [], verb.text
    if [a.lower_ for a in auxes] == ["have", "been"] and verb.tag_ == "VBN":  # "said to have been evacuated"
        return be(number, True), [], verb.text
    if auxes and auxes[0].tag_ == "VB" and auxes[0].lemma_ in {"be", "have"}:  # "seems to be doing"
        return (
            be(number, past) if auxes[0].lemma_ == "be" else have(number, past),
            auxes[1:],
            verb.text,
        )
    if auxes:
        return auxes[0].lower_, auxes[1:], verb.text
    past = past or verb.tag_ in {"VBD", "VBN"}
    if verb.lemma_ == "be":
        return be(number, past), [], ""
    return do(number, past), [], base_form(verb)


def _expanded(drop: set[int], verb: Token) -> set[int]:
    """Dropped cue words, with the clauses of dropped cue verbs ("without fearing he …") taken along."""
    keep = {a.i for a in verb.ancestors} | {verb.i}
    return drop | {
        t.i for i in drop if verb.doc[i].pos_ == "VERB" and i not in keep for t in verb.doc[i].subtree
    }


def clause_question(
    verb: Token,
    drop: set[int],
    future: bool = False,
    subject: list[Token] | None = None,
    past: bool = False,
    advice: bool = False,
    possible: bool = False,
) -> str | None:
    """A yes/no (or wh-) question from a clause: "X may do Y" → "Could X do Y?"; None unless it reads well.
    With `advice` ("the watchdog said X should do Y"), the advice as it stands, marked: "Recommended: X
    should do Y" (asked "Will X do Y?" it would become a forecast). A possibility ("may", "might", "could"
    in the clause, or `possible` for one said of it from outside) is asked as one: "Could X do Y?", never
    as the forecast "Will X do Y?"."""
    if (seen := seen_event(verb)) is not None:  # "we could see prices rise" → "Could prices rise?"
        hedged = possible or any(hedge_modal(c) for c in verb.children)
        return clause_question(seen[0], drop, future=True, subject=seen[1], possible=hedged)
    if (verb.dep_ == "relcl" and not content_clause(verb)) or (
        verb.head.dep_ == "relcl" and verb.dep_ != "xcomp"
    ):
        return None  # a relative clause is rarely the open point
    if _purpose(verb) or verb.sent.text.rstrip().endswith("?") or long_ago(verb):
        return (
            None  # a relative or purpose clause is rarely the open point; a question in the text is rhetoric
        )
    if _misparsed_report(verb) or about_to(verb) or unjoined(verb):
        return None
    embedded = verb.dep_ in {"ccomp", "csubj", "pcomp", "xcomp"}
    wh = next((c for c in verb.children if c.tag_ in {"WP", "WRB"} and c.i < verb.i and embedded), None)
    wh_object = _wh_object(verb) if embedded else None  # "what role the man had played"
    opening = verb.doc[verb.left_edge.i]
    if (
        embedded
        and opening.tag_ in {"WP", "WDT", "WRB", "WP$"}
        and opening != wh
        and opening not in (wh_object or [])
    ):
        return None  # "which roads will be closed" asked without its "which"
    subject = subject or named_subject(subject_of(verb)) or clausal_subject(verb)
    if subject and bare_antecedent(subject):  # "the share of drivers [who switch to EVs]"
        subject = with_defining_clause(subject)
    if subject is None and wh is None and (there := _existential(verb)) is not None:
        return _there_question(verb, there, drop)
    if subject and any(t.text in {"-", "–", "—"} and t.whitespace_ for t in subject):
        return None  # "NEW YORK - Russia": a dateline or an aside run into the subject
    if subject is None and (wh is None or wh.dep_ not in {"nsubj", "nsubjpass"}):
        return None
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i < verb.i and c.tag_ != "TO"]
    if subject and any(a.i < subject[0].i for a in auxes):
        return None  # an inverted auxiliary of another clause ("Were conditions to worsen, …")
    if counterfactual(verb, auxes):
        return None  # "would have been far worse if …" asks nothing
    if not advice and advised(verb, auxes):
        return None  # "X should act" urges: asked "Will X act?" it becomes a forecast
    possible = possible or any(hedge_modal(a) for a in auxes)
    state = verb.lemma_ == "be" and child(verb, {"acomp"}) is not None and not future  # "may be allergic"
    future = future or any(a.lower_ in HEDGE_MODALS or _reported_future(a) for a in auxes)
    future = future and not (
        state and not any(_reported_future(a) for a in auxes)
    )  # → "Is James allergic …?"
    future = future and not _possibly_doing(verb, auxes)  # "might be considering" → "Is X considering …?"
    auxes = [a for a in auxes if a.i not in drop and a.lower_ not in HEDGE_MODALS and not _reported_future(a)]
    fronted = [*([wh] if wh else []), *(wh_object or [])]
    skip = _expanded(drop, verb) | {t.i for t in [*auxes, *(subject or []), *fronted]}
    predicate = [t for t in predicate_of(verb, skip, trim=False) if t != verb]
    if _cue_inside(drop, verb, predicate) or not well_formed(verb, subject or [], predicate):
        return None
    condition = _trailing_hinge(verb, skip, subject or [], reasons=not future)
    predicate = sorted([*predicate, *condition], key=lambda t: t.i)
    predicate = sorted([*predicate, *defining_clauses(predicate)], key=lambda t: t.i)
    if any(hinge(c) and c not in predicate for c in verb.children) or _shared_hinge(verb):
        return None  # "If convicted, he could be jailed": without its condition the question predicts
    if not future and any(reason(c) and c not in predicate for c in verb.children):
        return None  # "reports suggest he left because …": the reason is what is open, not the leaving
    start = subject[-1].i if subject else -1
    before = words([t for t in predicate if start < t.i < verb.i])  # "finally": before the verb, as written
    after = words([t for t in predicate if t.i > verb.i])
    wh_text = words(wh_object, lower_first=True) if wh_object else wh.lower_ if wh else ""
    if subject is None:  # "who fired" → "Who fired?", "what could happen" → "What will happen?"
        if not any(t.pos_ in {"NOUN", "PROPN"} for t in predicate):
            return None  # "What will happen?" says nothing on its own
        form = ["will", base_form(verb)] if future and not auxes else [*(a.text for a in auxes), verb.text]
        return _sentence([wh_text, *form[:-1], before, form[-1], after])
    number = "plural" if plural(phrase_root(subject)) else "singular"
    front, rest, form = _front(verb, auxes, future or advice, number, past)
    if front == "will" and possible and not advice and not wh_text and not negated(verb):
        front = "could"  # "the key might be stolen" → "Could the key be stolen?", not "Will …?"
    if advice:
        if front != "will":
            return None
        auxes_kept = [a if isinstance(a, str) else a.text for a in rest]
        parts = [ADVISED, words(subject, lower_first=True), "should", *auxes_kept, before, form, after]
        return " ".join(p for p in parts if p)
    if len(subject) == 1 and subject[0].lower_ == "i":  # "I am going to …", the speaker named: "Is Ann Lee …"
        front = SPEAKER_FORMS.get(front, front)
    subject_text = words(subject, lower_first=True)
    return _sentence(
        [
            wh_text,
            front,
            subject_text,
            *(a if isinstance(a, str) else a.text for a in rest),
            before,
            form,
            after,
        ]
    )


def content_clause(verb: Token) -> bool:
    """ "a sign the minister is preparing to quit": a clause that says what a sign or hint holds, its
    "that" left out, which the parse reads as a relative clause; a relative has a word or a gap for its noun
    ("a sign he could not ignore"), this one has neither: its own subject and its complement."""
    if verb.dep_ != "relcl" or verb.head.lemma_.lower() not in CONTENT_NOUNS:
        return False
    relative = any(c.tag_ in {"WDT", "WP", "WRB", "WP$"} or c.lower_ == "that" for c in verb.children)
    subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
    complement = any(
        c.dep_ in {"dobj", "xcomp", "ccomp", "attr", "acomp"} or (c.dep_ == "prep" and child(c, {"pobj"}))
        for c in verb.children
    )  # a preposition with its object: "preparing for an election"; a stranded one is a gap
    return not relative and subject and complement


def _existential(verb: Token) -> Token | None:
    """The "there" of "there would be a million new homes": a clause whose subject is what it says exists."""
    if verb.lemma_ != "be" or child(verb, {"attr"}) is None:
        return None
    return next((c for c in verb.children if c.dep_ == "expl" and c.lower_ == "there" and c.i < verb.i), None)


def _there_question(verb: Token, there: Token, drop: set[int]) -> str | None:
    """ "forecast that there would be a million new homes built by 2030" → "Will there be a million new homes
    built by 2030?"; "there could be delays to the bridge" → "Could there be delays to the bridge?"."""
    auxes = [c for c in verb.children if c.dep_ == "aux" and c.i < verb.i]
    if any(a.i < there.i for a in auxes) or negated(verb):
        return None  # "were there …" is already a question; "there is no X" turned round would mislead
    if counterfactual(verb, auxes) or advised(verb, auxes) or any(hinge(c) for c in verb.children):
        return None
    if not any(a.lower_ in HEDGE_MODALS or _reported_future(a) for a in auxes):
        return None  # "perhaps there is a feeling of …": a present state, hedged, is the speaker's own view
    if [a for a in auxes if a.lower_ not in HEDGE_MODALS and not _reported_future(a)]:
        return None  # "there has been", "there will have been": no plain form to ask
    skip = _expanded(drop, verb) | {there.i, *(a.i for a in auxes)}
    predicate = [t for t in predicate_of(verb, skip, trim=False) if t != verb]
    thing = child(verb, {"attr"})
    if not predicate or predicate[0] != thing.left_edge or not well_formed(verb, [], predicate):
        return None
    if any(c.lower_ == "no" for c in thing.children):
        return None  # "there may be no deal": asked "Will there be no deal?" it reads turned round
    if not subject_stands_alone(noun_phrase(thing)):
        return None  # "there could be such delays": which, the sentence before said
    front = "could there be" if any(hedge_modal(a) for a in auxes) else "will there be"
    return _sentence([front, words(predicate, lower_first=True)])


def hedge_modal(aux: Token) -> bool:
    """ "may", "might", "could" as the auxiliary of a clause: what it says is possible, not foretold."""
    return aux.dep_ == "aux" and aux.tag_ == "MD" and aux.lower_ in HEDGE_MODALS


def negated(verb: Token) -> bool:
    """Whether a verb carries its own negation ("did not leave", "will never leave")."""
    return any(c.dep_ == "neg" for c in verb.children)


def _possibly_doing(verb: Token, auxes: list[Token]) -> bool:
    """ "Putin might be considering a mobilisation": what may be going on now, asked in the present ("Is
    Putin considering …?"), not as a forecast ("Will Putin be considering …?")."""
    modal = [a.lower_ for a in auxes if a.tag_ == "MD"]
    progressive = [a.lower_ for a in auxes if a.tag_ != "MD"] == ["be"]
    return verb.tag_ == "VBG" and modal in (["may"], ["might"], ["could"]) and progressive


def advised(verb: Token, auxes: list[Token]) -> bool:
    """ "the watchdog should act", "said X should do Y": advice, not an event to ask about; "whether charges
    should be brought" is a decision the sentence says is to be taken, and is asked."""
    whether = any(c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in verb.children)
    return not whether and any(a.lower_ == "should" and a.i < verb.i for a in auxes)


def _trailing_hinge(verb: Token, skip: set[int], subject: list[Token], reasons: bool = False) -> list[Token]:
    """A condition written after the verb, kept in the question ("Will Dorn face a ten-year term if he loses
    the appeal?"): the question then asks what the sentence does. With `reasons` (a deed the sentence tells,
    not a forecast), a reason clause too ("Did Tom Yoran leave because his unit was short of money?"). Its
    own verbs and negation may stand; a pronoun only for a subject that is one named person ("he" for
    "Dorn")."""
    parts = [
        p
        for p in verb.children
        if p.i > verb.i and p.dep_ == "advcl" and (hinge(p) or (reasons and reason(p)))
    ]
    if len(parts) != 1:
        return []
    kept = without_asides(parts[0], skip)
    person = len(subject) > 0 and all(t.ent_type_ == "PERSON" for t in subject)
    for token in kept:
        own_verb = token.pos_ in {"VERB", "AUX"} and token.dep_ not in {"relcl", "acl"}
        pronoun = token.lower_ in PERSON_WORDS and token.dep_ != "poss" and person
        own_negation = token.dep_ == "neg" and token.head == parts[0]  # "because it was not given …"
        if stray(token, verb) and not (own_verb or pronoun or own_negation):
            return []
    return kept


def hinge(part: Token) -> bool:
    """A condition the claim hangs on: "if / unless …" (not a conceding "even if"), an inverted "Should
    talks fail", "in extreme cases", "in the event of …"."""
    if part.dep_ == "advcl":
        if any(c.lower_ == "even" and c.i < part.i for c in part.children):
            return False  # "even if people switch it on, attackers could still …": whatever happens
        if any(c.dep_ == "mark" and c.lower_ in HINGES for c in part.children):
            return True
        subject = next((c for c in part.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        return subject is not None and any(
            c.dep_ in {"aux", "auxpass"} and c.i < subject.i for c in [part, *part.children]
        )
    if part.dep_ == "prep" and part.lower_ == "in":
        return any(c.dep_ == "pobj" and c.lemma_.lower() in CASE_NOUNS for c in part.children)
    if part.dep_ == "prep" and part.lower_ == "without" and part.i < part.head.i:
        return _opens_clause(part)  # "Without this deal, the plant could close": only if it lacks the deal
    return False


def reason(part: Token) -> bool:
    """A reason clause after the verb ("… quit because her team was short of staff"): what a
    belief or a report about it is mostly about, so a question cut from it asks what the sentence tells."""
    return (
        part.dep_ == "advcl"
        and part.i > part.head.i
        and any(c.dep_ == "mark" and c.lower_ in REASONS for c in part.children)
    )


def with_defining_clause(subject: list[Token]) -> list[Token]:
    """A subject given back the short relative clause that says which one it means, which the phrase cut
    ("the amount [the council spends on roads]", "the share of drivers [who switch to EVs]"): one clause
    of at most MAX_DEFINING words, right after the subject's last word, with no comma, quote or clause of its
    own inside."""
    kept = {t.i for t in subject}
    last = max(t.i for t in subject)
    for clause in (c for t in subject for c in t.children if c.dep_ == "relcl" and c.i not in kept):
        words_ = list(clause.subtree)
        if clause.left_edge.i == last + 1 and _short_defining(clause, words_):
            return sorted([*subject, *words_], key=lambda t: t.i)
    return subject


def defining_clauses(predicate: list[Token]) -> list[Token]:
    """The short relative clauses saying which ones a noun of the question means, which the cut took ("in
    memory of the 300 miners [who died in the pits]"): without them the
    question speaks of others too. As for a subject (`with_defining_clause`): at most MAX_DEFINING words right
    after a kept word, no comma, quote or clause of their own, and no pronoun the line cannot place."""
    kept = {t.i for t in predicate}
    added: list[Token] = []
    for noun in (t for t in predicate if t.pos_ in {"NOUN", "PROPN", "NUM"}):
        for clause in (c for c in noun.children if c.dep_ == "relcl" and c.i not in kept):
            words_ = list(clause.subtree)
            inside = [*predicate, *words_]
            if (
                clause.left_edge.i - 1 in kept
                and _short_defining(clause, words_)
                and not any(_unplaced_pronoun(t, inside) for t in words_)
            ):
                added += words_
    return added


def _short_defining(clause: Token, words_: list[Token]) -> bool:
    """A relative clause that can say which one its noun means: restrictive, at most MAX_DEFINING words, no
    comma or quote, and no clause of its own inside."""
    return (
        len(words_) <= MAX_DEFINING
        and restrictive(clause)
        and not any(t.is_punct or t.is_quote for t in words_)
        and not any(t.dep_ in {"relcl", "ccomp", "advcl", "acl"} for t in words_ if t != clause)
    )


def _unplaced_pronoun(token: Token, tokens: list[Token]) -> bool:
    """A pronoun the line does not name, other than "its" / "their" bound by a noun before it."""
    if token.lower_ not in UNPLACED_PRONOUNS or token._.named is not None:
        return False
    return not (token.lower_ in {"its", "their"} and bound(token, tokens))


def _shared_hinge(verb: Token) -> bool:
    """A condition opening the clause that this verb is joined to ("Without X, the rules will be harder to
    enforce and could be ignored"): it holds for both verbs."""
    first = verb.head if verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"} else None
    return first is not None and any(hinge(c) for c in first.children if c.i < first.i)


def _opens_clause(part: Token) -> bool:
    """A phrase that opens its clause, set off by a comma ("Without X, …"), not one inside the subject."""
    doc = part.doc
    end = part.right_edge.i + 1
    return (
        end < len(doc)
        and doc[end].text == ","
        and all(
            t.dep_ in {"advmod", "cc", "punct", "prep"} or t.i >= part.i
            for t in doc[part.sent.start : part.i]
        )
    )


def seen_event(verb: Token) -> tuple[Token, list[Token] | None] | None:
    """What "we" / "you" in general may see happen ("we could see prices rising", "you may see online sales
    overtaking CD sales"): the event's verb, and its subject where the parse made it the object of "see"."""
    if verb.lemma_ not in SEEING or verb.pos_ != "VERB":
        return None
    seer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if seer is None or seer.lower_ not in GENERIC_SEERS or seer._.named is not None:
        return None
    event = next(
        (
            c
            for c in verb.children
            if c.dep_ in {"ccomp", "xcomp"} and c.tag_ in {"VB", "VBG"} and c.i > verb.i
        ),
        None,
    )
    if event is not None:
        return (event, None) if subject_of(event) is not None else None
    seen = child(verb, {"dobj"})
    if seen is None or seen.pos_ not in {"NOUN", "PROPN"}:
        return None
    event = next((c for c in seen.children if c.dep_ == "acl" and c.tag_ == "VBG"), None) or next(
        (
            c
            for c in verb.children
            if c.dep_ == "advcl"
            and c.tag_ == "VBG"
            and c.i == seen.right_edge.i + 1
            and not any(g.dep_ in {"mark", "nsubj", "aux"} for g in c.children)
        ),
        None,
    )
    if event is None:
        return None
    return event, noun_phrase(seen, drop={t.i for t in event.subtree})


def named_subject(subject: list[Token] | None) -> list[Token] | None:
    """ "Veritas says it hopes to …": a pronoun subject inside a report is the reporter, when named and when
    the pronoun fits it (one person named is no "it" or "they")."""
    if subject is None or len(subject) != 1 or subject[0].lower_ not in {"it", "they", "he", "she"}:
        return subject
    reporter = reporter_of(subject[0])
    if reporter is None or reporter.pos_ != "PROPN":
        return subject
    # one person who reports is no "it" or "they" ("Dr X said they still had to …": the team, not Dr X)
    person, many = reporter.ent_type_ == "PERSON", any(c.dep_ == "conj" for c in reporter.children)
    fits = not (person and not many and subject[0].lower_ in {"it", "they"})
    return noun_phrase(reporter) if fits else subject


def clausal_subject(verb: Token) -> list[Token] | None:
    """A gerund clause as subject: "winning over women voters is key" → "winning over women voters"."""
    if verb.lemma_ == "be":
        return None  # "leaving a career would be a sacrifice": a judgement, not an event to ask about
    clause = next((c for c in verb.children if c.dep_ == "csubj" and c.tag_ == "VBG"), None)
    return without_asides(clause, set()) if clause is not None else None


def unjoined(verb: Token) -> bool:
    """A verb the parse joined to another with no "and" / "or" / "but" and no subject of its own ("X have to
    decide … as new policies could be established"): it would borrow the other verb's subject."""
    if verb.dep_ != "conj" or any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children):
        return False
    between = range(verb.head.i + 1, verb.i)
    return not any(verb.doc[i].dep_ == "cc" or verb.doc[i].text in {";", "-", "–", "—"} for i in between)


def about_to(verb: Token) -> bool:
    """ "may be about to get worse" has no good question form."""
    return verb.lemma_ == "be" and any(c.lower_ == "about" for c in verb.children)


def _misparsed_report(verb: Token) -> bool:
    """ "says level three apprenticeships should …" read with "level" as the object of "says", or a clause
    inside a free relative ("what they believed Labour had achieved")."""
    if verb.dep_ not in {"ccomp", "xcomp"}:
        return False
    before = [c for c in verb.head.children if c.i < verb.i]
    object_too = verb.head.lemma_ in REPORTING and any(
        c.dep_ == "dobj" and c.tag_.startswith("NN") for c in before
    )
    return object_too or any(c.tag_ in {"WP", "WDT"} and c.dep_ in {"dobj", "pobj"} for c in before)


def long_ago(verb: Token) -> bool:
    """ "By 1929, the arrows could direct flights": a year long past makes "could" what was possible then."""
    years = [t for t in verb.subtree if t.ent_type_ == "DATE" and t.like_num and len(t.text) == 4]
    return any(t.text.isdigit() and int(t.text) < 1990 for t in years)


def _purpose(verb: Token) -> bool:
    """ "so (that) pilots could find their way": a purpose, not an open point."""
    return verb.dep_ == "advcl" and any(
        c.lower_ in BOUNDING and c.dep_ in {"mark", "advmod"} for c in verb.children
    )


def _wh_object(verb: Token) -> list[Token] | None:
    """An object with a wh-determiner, to be fronted: "what role" in "what role the man had played"."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < verb.i), None)
    if obj is None or not any(c.tag_ == "WDT" and c.dep_ == "det" for c in obj.children):
        return None
    return [t for t in obj.subtree]


def _cue_inside(drop: set[int], verb: Token, predicate: list[Token]) -> bool:
    """Whether a cut cue took words out of the middle of the question ("to engage the electorate ahead")."""
    inside = {t.i for t in verb.subtree}
    kept = {t.i for t in predicate}
    for i in drop:
        cue = verb.doc[i]
        if i not in inside or cue.i == verb.i:
            continue
        if cue.head != verb and cue.head.i in kept:
            return True
        if cue.head == verb and cue.dep_ not in {"aux", "auxpass", "advmod", "mark", "neg"}:
            return True  # "using the issue to suggest …": the cut cue carried what the verb is for
    return False


def _reported_future(aux: Token) -> bool:
    """ "said the system would achieve its aims": a future, asked ("should act" urges: `advised`)."""
    if aux.lower_ not in {"would", "'d"}:
        return False
    clause = aux.head
    return (
        clause.dep_ == "ccomp"
        and clause.head.lemma_ in REPORTING
        and clause.head.tag_ in {"VBD", "VBZ", "VBP", "VBG", "VBN"}
    )


def counterfactual(verb: Token, auxes: list[Token]) -> bool:
    """ "would have been", "could have done", or a "would" clause with an "if" condition."""
    modal = [a for a in auxes if a.tag_ == "MD"]
    if not modal:
        return False
    perfect = any(a.lower_ == "have" for a in auxes) and modal[0].lower_ in {
        "would",
        "could",
        "should",
        "might",
    }
    condition = any(
        c.dep_ == "advcl" and any(m.lower_ in {"if", "unless"} for m in c.children) for c in verb.children
    )
    verdict = (
        modal[0].lower_ == "would" and verb.lemma_ == "be" and any(c.dep_ == "acomp" for c in verb.children)
    )
    if verdict and not _reported_future(modal[0]):
        return True  # "would be wise / preferable": a judgement, not an open event
    return (perfect and modal[0].lower_ != "may") or (condition and modal[0].lower_ == "would")


def _sentence(parts: list[str]) -> str:
    text = " ".join(p for p in parts if p)
    return text[:1].upper() + text[1:] + "?"


def confirm_question(verb: Token, drop: set[int]) -> str | None:
    """ "X reportedly did Y" → "Is it confirmed that X did Y?"."""
    subject = subject_of(verb)
    if subject is None or verb.lemma_ in REPORTING:
        return None  # "reportedly told the BBC": who said what is not the open point
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass", "neg"} and c.i not in drop]
    predicate = predicate_of(verb, drop | {t.i for t in [*subject, *auxes]}, trim=False)
    rest = [t for t in predicate if t != verb]
    if not subject_stands_alone(subject) or len(rest) > MAX_PREDICATE or _bare_or_stray(verb, subject, rest):
        return None
    return f"Is it confirmed that {words([*subject, *auxes, *predicate], lower_first=True)}?"


def _bare_or_stray(verb: Token, subject: list[Token], rest: list[Token]) -> bool:
    return any(stray(t, verb) for t in [*subject, *rest] if t.lower_ not in {"not", "n't"})


def accused_deed(verb: Token) -> Token | None:
    """The deed in "accused the council of hiding the report": the gerund after "of", when "accuse" is not
    negated and has someone accused as its object."""
    if verb.pos_ != "VERB" or base_form(verb) != "accuse" or negated(verb):
        return None
    if child(verb, {"dobj"}) is None:
        return None
    of = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    deed = child(of, {"pcomp"}) if of is not None else None
    if deed is None:
        return None
    perfect = deed.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "having" for c in deed.children)
    if deed.lemma_ in {"be", "have"}:
        return None  # "of being out of touch", "of having some nerve": a judgement of character, not a deed
    return deed if deed.tag_ == "VBG" or perfect else None  # "of hiding", "of having hidden"


def accusation_question(verb: Token) -> str | None:
    """ "X accused the council of hiding the report" → "Did the council hide the report?"; "of having hidden"
    → the same."""
    deed = accused_deed(verb)
    if deed is None:
        return None
    subject = noun_phrase(child(verb, {"dobj"}))
    act = deed
    rest = [t for t in predicate_of(act, set(), trim=False) if t != act]
    if not subject or not subject_stands_alone(subject) or len(rest) > MAX_PREDICATE or not rest:
        return None
    if any(stray(t, act) for t in [*subject, *rest]) or orphaned(rest) or bare_antecedent([*subject, *rest]):
        return None
    if detached(rest, {act.i}) or max(rest, key=lambda t: t.i).pos_ in LOOSE_ENDS:
        return None
    return _sentence(["did", words(subject, lower_first=True), base_form(act), words(rest)])

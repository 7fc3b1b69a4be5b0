"""What a sentence says that is no open point to forecast: a view it corrects, an expectation of a past
time, an inquiry that only may be made."""

from __future__ import annotations

from spacy.tokens import Token

from builder.extract.questions.clauses import REPORTING, base_form

SEEM_VERBS = {"seem", "appear", "look"}
OPINION_VERBS = {"think", "believe", "feel", "reckon", "suppose", "guess", "assume"}
FIRST_WORDS = {"initially", "originally", "first"}
MISTAKEN = {"wrongly", "mistakenly", "falsely", "erroneously", "incorrectly"}
# "in fact" / "in reality" after a belief or a hope: the sentence goes on to say what is so
CORRECTING = {"fact", "reality"}
HYPOTHETICAL_MODALS = {"may", "might", "could", "can", "would", "should", "must"}


def corrected(cue: Token) -> bool:
    """ "thought the bridge was closed when it was in fact open", "wrongly believed the vote had passed",
    "initially believed X was in Geneva": the sentence says the view was wrong."""
    if cue.lemma_ in OPINION_VERBS | SEEM_VERBS and any(
        c.dep_ == "advmod" and c.lower_ in MISTAKEN | FIRST_WORDS for c in cue.children
    ):
        return True
    return any(
        t.lower_ in CORRECTING and t.head.lower_ == "in" and t.n_lefts + t.n_rights == 0
        for t in cue.sent
        if t.i > cue.i
    )


def past_expectation(cue: Token) -> bool:
    """ "Authorities had said they expected a million people might travel": what was expected before a
    past time the article tells of, since come and gone, not a point still open."""
    return any(
        base_form(verb) in REPORTING
        and (
            any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.lefts)
            or (verb != cue and _dated_back(verb) and _undated_will(cue))
        )
        for verb in [cue, *cue.ancestors]
        if verb.pos_ == "VERB"
    )


def _dated_back(verb: Token) -> bool:
    """ "Back on 4 November 2020, police said …": a report the article dates to a year (or marks "back"),
    told as background."""
    if verb.tag_ != "VBD":
        return False
    told = [c for c in verb.children if c.dep_ in {"advmod", "prep", "npadvmod"}]
    back = any(c.lower_ == "back" for c in told)
    years = [t for c in told for t in c.subtree if t.ent_type_ == "DATE" and t.like_num and len(t.text) == 4]
    return back or any(t.text.isdigit() for t in years)


def _undated_will(cue: Token) -> bool:
    """ "X will be charged" with no time of its own: a step then next, since come due ("would make up a fifth
    by 2051" or "could be illegal" still look ahead)."""
    verb = cue.head if cue.tag_ == "MD" else cue
    will = any(t.lower_ in {"will", "'ll"} and t.dep_ in {"aux", "auxpass"} for t in [cue, *verb.children])
    return will and not any(t.ent_type_ in {"DATE", "TIME"} for t in verb.subtree)


def inquiry_that_may_be(cue: Token) -> bool:
    """ "whether …" under an inquiry that may be made, or "may" of the inquiry itself ("authorities may
    assess whether …"): what may be looked into is no open point, asked or stated."""
    if cue.lower_ in {"whether", "if"} and cue.dep_ == "mark":
        return hypothetical_inquiry(cue.head)
    return cue.tag_ == "MD" and any(
        c.dep_ in {"ccomp", "xcomp"} and any(g.dep_ == "mark" and g.lower_ == "whether" for g in c.children)
        for c in cue.head.children
    )


def hypothetical_inquiry(clause: Token) -> bool:
    """The inquiry a "whether" clause hangs on is one that may, could or must be made ("authorities may
    assess whether …", "whether X complies may be an indication of …"): not an inquiry under way."""
    governor = clause.head
    return any(c.tag_ == "MD" and c.lower_ in HYPOTHETICAL_MODALS for c in governor.children)

"""A side's own play judged after a finished match: "we were poor at the back", "I think we lacked
discipline", "the coach criticised his defence", told in a match report.

Such an assessment judges a result already told: no harm is still to come and no one else did wrong, so it
is no concern (tests/reviewed/README.md, Decided). A worry about what lies ahead (an injury, a ban,
relegation) or a complaint against others (a referee, the board, the fans) stays one, and so does any
judgement not told of the speaker's own side in the past tense ("it is difficult to win the league if you
lack desire", "we could go down", "the referee was a disgrace").

Three things from the text's grammar and lexicon:
- a *match report*: the article tells a result, a score ("won 2-1") or a result word beside a match word
  ("lost the game", "a draw in the derby");
- the *own side*: the judged clause's subject (or the object of a verb of criticising) is the speaker's "we",
  "I", "our …", "my …", or "his/her" side, team, players, defence …;
- a *finished* match: the clause is told in the simple past, with no modal and no condition above it.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from builder.extract.concerns.feelings import FELT

SCORE = re.compile(r"^\d{1,3}-\d{1,3}$")  # "2-1", "21-17"; not a season ("2015-16") nor a year
RESULT_WORDS = {"win", "beat", "defeat", "lose", "draw", "victory", "loss", "thrash", "edge", "concede"}
MATCH_WORDS = {
    "match", "game", "fixture", "derby", "final", "semi-final", "innings", "wicket", "half-time", "kick-off",
    "striker", "goalkeeper", "scorer", "equaliser", "equalizer", "header",
}  # fmt: skip  # not "goal", "penalty", "set": a policy's goal, a fine, a set of rules
SPEAKER_SIDE = {"we", "i"}
OWN = {"our", "my"}
THIRD_OWN = {
    "his",
    "her",
}  # "the coach criticised his defence": the speaker's own side told in the third person
SIDE_NOUNS = {
    "side", "team", "players", "player", "defence", "defense", "attack", "midfield", "squad", "men", "boys",
    "girls", "lads", "forwards", "backs", "pack", "bowlers", "batsmen", "performance", "display", "defending",
    "finishing", "passing",
}  # fmt: skip
# Others whom a side's complaint is against: officials, owners, governing bodies, crowds.
OTHERS = {
    "referee", "ref", "official", "officials", "linesman", "umpire", "var", "board", "owner", "owners",
    "chairman", "federation", "association", "league", "fan", "fans", "supporter", "supporters", "crowd",
    "organiser", "organizer", "steward", "stewards", "decision", "pitch",
}  # fmt: skip
# What lies ahead for a side: a worry about it stays a concern.
AHEAD = {
    "injury", "injure", "injured", "ban", "banned", "suspension", "suspend", "suspended", "relegation",
    "relegate", "relegated", "drop", "sack", "sacked", "future",
}  # fmt: skip
CRITICISING = {"criticise", "criticize", "blast", "slam", "lambast", "berate", "rebuke", "fault", "blame"}
# Verbs that put a label or a charge on their object: "I called him a cheat" judges him, not the speaker's
# side ("the coach called his defence shambolic" still judges the coach's own side).
NAMING = {"call", "brand", "label", "dub", "describe", "accuse"}
CONDITIONS = {"if", "unless", "when"}
# Parts of a match a feeling may be about in the present tense: "I'm disappointed with the first half".
MATCH_PARTS = {"half", "result", "performance", "display", "start", "defeat", "loss", "draw", "game", "match"}


def own_play(cue: Token) -> bool:
    """Whether a judging or feeling word judges its speaker's own side's play in a match the article reports
    as finished."""
    if not match_report(cue.doc):
        return False
    clause = _clause(cue)
    if clause is None or not (_finished(clause) or _felt_about_the_match(clause)):
        return False
    judged = _judged(clause)
    if judged is None or not _own_side(judged):
        return False
    words = {t.lemma_.lower() for t in clause.subtree} | {t.lower_ for t in clause.subtree}
    return not words & (OTHERS | AHEAD)


def match_report(doc: Doc) -> bool:
    """Whether a text tells a match's result: a score or a result word in a sentence with a match word (or a
    score)."""
    key = "concerns.match_report"
    if key not in doc.user_data:
        doc.user_data[key] = any(_tells_a_result(sent) for sent in doc.sents)
    return bool(doc.user_data[key])


def _tells_a_result(sent) -> bool:  # type: ignore[no-untyped-def]
    score = any(SCORE.match(t.text) for t in sent) or _spaced_score(sent)
    result = any(t.lemma_.lower() in RESULT_WORDS for t in sent)
    match = any(t.lemma_.lower() in MATCH_WORDS and t.pos_ == "NOUN" for t in sent)
    return (score and (result or match)) or (result and match)


def _spaced_score(sent) -> bool:  # type: ignore[no-untyped-def]
    """A score the tokenizer split: "2 - 1"."""
    tokens = list(sent)
    return any(
        a.is_digit and b.text in {"-", "–"} and c.is_digit and len(a.text) <= 3 and len(c.text) <= 3
        for a, b, c in zip(tokens, tokens[1:], tokens[2:], strict=False)
    )


def _clause(cue: Token) -> Token | None:
    """The verb of the clause a cue sits in (the cue itself when it is one)."""
    node = cue
    while node.pos_ not in {"VERB", "AUX"}:
        if node.head == node:
            return None
        node = node.head
    return node


def _finished(clause: Token) -> bool:
    """Told in the simple past, with no modal, condition or future on it or on a clause it hangs on ("we
    could have lost", "if we play like that again"); the verbs of saying above it do not count."""
    auxiliaries = [c for c in clause.children if c.dep_ in {"aux", "auxpass"}]
    past = clause.tag_ == "VBD" or any(a.tag_ == "VBD" and a.lemma_ != "have" for a in auxiliaries)
    if not past:
        return False
    node = clause
    while True:
        if any(c.tag_ == "MD" or (c.dep_ == "mark" and c.lower_ in CONDITIONS) for c in node.children):
            return False
        if node.head == node or node.dep_ not in {"xcomp", "conj", "acomp", "advcl", "ccomp"}:
            return True
        node = node.head
        if node.dep_ == "ROOT" or node.lemma_.lower() in {"say", "think", "feel", "admit", "add", "tell"}:
            return True


def _felt_about_the_match(clause: Token) -> bool:
    """A feeling told in the present of a part of the match just played: "I'm disappointed with the first
    half", "we are frustrated with the result" (not "worried about the next game": a worry is no FELT word
    here, and a modal or a condition still keeps it)."""
    feeling = (
        clause if clause.lower_ in FELT else next((c for c in clause.children if c.lower_ in FELT), None)
    )
    if feeling is None or any(c.tag_ == "MD" for c in clause.children):
        return False
    causes = [t for c in feeling.children if c.dep_ == "prep" for t in c.subtree]
    return any(t.lemma_.lower() in MATCH_PARTS and t.pos_ == "NOUN" for t in causes)


def _judged(clause: Token) -> Token | None:
    """Who or what the clause judges: the object of a verb of criticising, else the active subject (the
    feeler of a feeling: "I was disappointed")."""
    if clause.lemma_.lower() in CRITICISING | NAMING:
        return next((c for c in clause.children if c.dep_ == "dobj"), None)
    passive = next((c for c in clause.children if c.dep_ == "nsubjpass"), None)
    if passive is not None:
        return passive if clause.lower_ in FELT else None  # "we were denied a penalty": done to the side
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    while subject is None and clause.dep_ == "conj" and clause.head != clause:
        clause = clause.head  # "we lacked organisation and lacked discipline"
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return subject


def _own_side(judged: Token) -> bool:
    """ "we", "I", "our defending", "my finishing", "his defence"."""
    if judged.lower_ in SPEAKER_SIDE:
        return True
    owners = {c.lower_ for c in judged.children if c.dep_ == "poss"}
    return bool(owners & OWN) or (bool(owners & THIRD_OWN) and judged.lemma_.lower() in SIDE_NOUNS)

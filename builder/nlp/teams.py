"""Sports teams named after places ("Leeds 2 Everton 1", "Essex beat Kent"): organisations, not places.

National sides keep the country's label (the country is the actor); clubs, counties and city teams become ORG.
People stay people: a name the model reads as a full personal name ("Pete Sampras") is never a team.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from builder.nlp.casing import line_of, lines_of
from builder.nlp.edges import replace_ents
from builder.nlp.results_lines import PLACE_LABELS, Segment, read_line

TEAM_VERBS = {
    "beat", "defeat", "draw", "lose", "win", "lead", "trail", "thrash", "edge", "overcome", "rout", "crush",
    "host", "play", "face", "meet", "outplay", "whip", "hammer", "down", "sweep", "blank", "top", "tie",
}  # fmt: skip
TEAM_NOUNS = {
    "team", "club", "side", "squad", "coach", "manager", "captain", "striker", "goalkeeper", "fans",
    "skipper", "midfielder", "defender", "winger", "keeper", "supporters",
}  # fmt: skip
POSITIONS = {
    "striker", "goalkeeper", "skipper", "midfielder", "defender", "winger", "keeper", "captain", "batsman",
    "batsmen", "batter", "bowler", "seamer", "spinner", "opener", "wicketkeeper", "all-rounder", "paceman",
    "fly-half", "prop", "lock", "flanker", "hooker", "scrum-half", "centre", "full-back",
}  # fmt: skip
# Plural verb forms: British English makes a team plural ("Yorkshire were hoping", "Glamorgan are being led");
# a person's or a place's one-word name takes the singular.
PLURAL_FORMS = {"were", "are", "have", "'re", "'ve"}
# "scored 17 goals for Rayo Vallecano", "played for Derby", "signed for Ajax": the side a player plays for.
PLAYING_FOR = {
    "goal", "goals", "play", "sign", "score", "appearance", "appearances", "apps", "debut", "start",
}  # fmt: skip
ARG_DEPS = {"nsubj", "dobj", "nsubjpass"}
PLACE_PREPOSITIONS = {"in", "at", "near", "from", "to", "outside"}
LineReading = tuple[list[Segment], list[Segment]]  # a line's team names and glossed athletes (`read_line`)


def _full_person(ents: Iterable[Span], seg: Segment) -> bool:
    return any(e.label_ == "PERSON" and len(e) > 1 and e.start < seg.end and seg.start < e.end for e in ents)


def _is_country(span: Span, countries: set[str]) -> bool:
    return span.label_ in {"GPE", "NORP"} and span.id_ in countries


def team_spans(doc: Doc, countries: set[str], read: list[LineReading] | None = None) -> list[Span]:
    """Spans of the doc that name teams, from result lines and from what the names do ("beat", "side")."""
    ents = list(doc.ents)
    found: list[Span] = []
    for teams, _ in read if read is not None else map(read_line, lines_of(doc)):
        for seg in teams:
            if seg.kind != "name":
                continue
            span = doc[seg.start : seg.end]
            if _full_person(ents, seg) or any(_is_country(e, countries) for e in ents if _inside(e, span)):
                continue
            found.append(span)
    for ent in ents:
        candidate = ent.label_ in PLACE_LABELS or (ent.label_ == "PERSON" and len(ent) == 1)
        if candidate and _acts_as_team(ent) and not _is_country(ent, countries):
            found.append(ent)
    return found


def _inside(ent: Span, span: Span) -> bool:
    return ent.start < span.end and span.start < ent.end


def _acts_as_team(ent: Span) -> bool:
    """A name that beats, draws with or hosts someone, or that heads a "side" or "coach" phrase."""
    root = ent.root
    head = root.head
    if _plural_subject(ent):
        return True  # "Yorkshire were hoping to atone", "Glamorgan are being led by Michael Hogan"
    if root.dep_ in {"nsubj", "dobj", "nsubjpass"} and head.lemma_ in TEAM_VERBS and head.pos_ == "VERB":
        others = [_arg_label(c) for c in head.children if c.dep_ in ARG_DEPS and c.i != root.i]
        if ent.label_ == "PERSON":  # "Sampras beat Agassi": people beat people
            return any(label not in {"PERSON", "PROPN", ""} for label in others)
        return any(others)
    if ent.label_ == "PERSON":  # "Sierra's team record" is a player's, not a team's; "the Ajax skipper"
        return root.dep_ == "compound" and _a_position(head)  # not "Dole campaign manager"
    if root.dep_ == "pobj" and head.lower_ == "for":
        return head.head.lemma_.lower() in PLAYING_FOR or head.head.lower_ in PLAYING_FOR
    return root.dep_ in {"compound", "poss"} and head.lemma_ in TEAM_NOUNS


def _a_position(noun: Token) -> bool:
    """A player's position or place in a side: "Glamorgan batsman", "Gloucestershire seamer", "Yorkshire
    captain" (a plural too: "Gloucestershire batsmen")."""
    return noun.pos_ in {"NOUN", "PROPN"} and (noun.lemma_.lower() in POSITIONS or noun.lower_ in POSITIONS)


def _plural_subject(ent: Span) -> bool:
    """A one-word name in the singular that is the subject of a plural verb: a side, as British English
    writes teams ("Yorkshire were well-placed"), not a person or a place. Never in a list ("Bresnan and Waite
    were …"), nor a plural name ("the Greens are")."""
    root = ent.root
    if (
        len(ent) != 1
        or root.dep_ not in {"nsubj", "nsubjpass"}
        or root.tag_ not in {"NNP", "NN"}
        or root.conjuncts
    ):
        return False
    verb = root.head
    forms = [verb, *(c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i < verb.i)]
    first = min(forms, key=lambda t: t.i)
    return first.lower_ in PLURAL_FORMS and first.i > root.i


def _arg_label(token: Token) -> str:
    """The entity label of a verb's argument, "PROPN" for an unlabelled proper noun, else ""."""
    return token.ent_type_ or ("PROPN" if token.pos_ == "PROPN" else "")


def athlete_spans(doc: Doc, countries: set[str], read: list[LineReading] | None = None) -> list[Span]:
    """Names glossed with their country in results lines: people (not already a country themselves)."""
    read = read if read is not None else [read_line(line) for line in lines_of(doc)]
    spans = [doc[s.start : s.end] for _, athletes in read for s in athletes]
    return [s for s in spans if not any(_is_country(e, countries) for e in s.ents)]


def with_teams(doc: Doc, countries: set[str]) -> list[Span]:
    """The doc's entities with teams labelled ORG (every mention of a team's name) and athletes PERSON."""
    clubs = clubs_named_after_cities(doc)
    doc.ents = replace_ents(doc, clubs)
    for token in (t for club in clubs for t in club):
        token.ent_id_ = ""  # the gazetteer's id stays on the token, and a span's id is its root's
    read = [read_line(line) for line in lines_of(doc)]  # each line cut into runs once, for teams and athletes
    teams = team_spans(doc, countries, read)
    names = {t.text.lower() for t in teams}
    also = [e for e in doc.ents if e.text.lower() in names and _may_relabel(e, countries)]
    people = [Span(doc, s.start, s.end, "PERSON") for s in athlete_spans(doc, countries, read)]
    relabelled = [Span(doc, s.start, s.end, "ORG") for s in [*teams, *also]]
    return replace_ents(doc, people + relabelled)


def _may_relabel(ent: Span, countries: set[str]) -> bool:
    """Whether another mention of a team's name is the team too, not a place ("in Leeds") or dateline."""
    if ent.label_ == "ORG" or _is_country(ent, countries):
        return False
    before = ent.doc[ent.start - 1] if ent.start else None
    if before is not None and before.lower_ in PLACE_PREPOSITIONS:
        return False
    return not _on_dateline(ent)


def _on_dateline(ent: Span) -> bool:
    """Whether a name opens a dateline ("LEEDS, England 1996-08-30"): a line that ends in a date."""
    line = line_of(ent[0])
    words = [t for t in line if not t.is_punct]
    return bool(words) and words[0].i == ent.start and (words[-1].ent_type_ == "DATE" or _date_like(line))


def _date_like(line: Span) -> bool:
    tail = line[-5:].text.replace(" ", "")
    return any(c.isdigit() for c in tail) and ("-" in tail or "/" in tail) and tail[-1].isdigit()


def clubs_named_after_cities(doc: Doc) -> list[Span]:
    """A club named after a city or country whose name the gazetteer matched alone: "Real Madrid striker
    Karim Benzema" gave "Madrid" (Spain); the whole name is the club's, an organisation, where it heads a team
    word ("striker", "skipper", "fans") or where the doc names it whole elsewhere."""
    candidates = []
    for ent in doc.ents:
        if not ent.id_ or ent.start == 0:
            continue
        word = doc[ent.start - 1]
        if word.is_title and word.is_alpha and word.pos_ in {"PROPN", "ADJ"} and not word.ent_type_:
            candidates.append(doc[ent.start - 1 : ent.end])
    clubs = [s for s in candidates if s[0].pos_ == "PROPN" and _heads_a_team_word(s)]
    whole = {e.text for e in doc.ents if not e.id_ and len(e) > 1 and e.label_ in {"ORG", "PERSON", "FAC"}}
    whole |= {s.text for s in clubs}
    clubs += [s for s in candidates if s.text in whole and s not in clubs]
    return [Span(doc, s.start, s.end, "ORG") for s in clubs]


def _heads_a_team_word(span: Span) -> bool:
    modifiers = [t for t in span if t.dep_ in {"compound", "poss", "amod", "nmod"}]
    return any(t.head.lemma_ in TEAM_NOUNS and t.head.pos_ == "NOUN" for t in modifiers)

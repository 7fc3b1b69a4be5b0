"""Sports teams named after places ("Leeds 2 Everton 1", "Essex beat Kent"): organisations, not places.

National sides keep the country's label (the country is the actor); clubs, counties and city teams become ORG.
People stay people: a name the model reads as a full personal name ("Pete Sampras") is never a team.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from builder.extract.casing import lines_of
from builder.extract.edges import JOINERS

TEAM_VERBS = {
    "beat", "defeat", "draw", "lose", "win", "lead", "trail", "thrash", "edge", "overcome", "rout", "crush",
    "host", "play", "face", "meet", "outplay", "whip", "hammer", "down", "sweep", "blank", "top", "tie",
}  # fmt: skip
TEAM_NOUNS = {"team", "club", "side", "squad", "coach", "manager", "captain", "striker", "goalkeeper", "fans"}
SCORE_JOINERS = {"at", "v", "vs", "vs."}
BRACKET_WIDTH = 4  # "( Czech Republic )": a short bracket after a name is a gloss, not part of the shape
PLACE_LABELS = {"GPE", "LOC", "FAC", "NORP"}
ARG_DEPS = {"nsubj", "dobj", "nsubjpass"}
PLACE_PREPOSITIONS = {"in", "at", "near", "from", "to", "outside"}


@dataclass(frozen=True)
class Segment:
    """A run of a line: a capitalised name, a number or score, or anything else."""

    kind: str  # "name", "num" or "other"
    start: int
    end: int
    gloss: bool = False  # followed by a bracketed place, as athletes are: "Pete Sampras ( U.S. )"


def _is_name_word(token: Token) -> bool:
    text = token.text
    return text[:1].isupper() and (token.is_alpha or text.endswith(".") or "-" in text or "'" in text)


def segments(line: Span) -> list[Segment]:
    """The line as name, number and other runs; joiners inside a name ("Queen of the South") stay in it.

    Short brackets ("( U.S. )", "( 7-5 )") are left out, so a gloss does not change the line's shape.
    """
    doc, found = line.doc, []
    i = line.start
    while i < line.end:
        token = doc[i]
        close = _bracket_end(line, i)
        if close:
            if found and found[-1].kind == "name" and _names_place(doc[i + 1 : close - 1]):
                found[-1] = Segment("name", found[-1].start, found[-1].end, gloss=True)
            i = close
            continue
        if _is_name_word(token):
            j = i + 1
            while j < line.end and (_is_name_word(doc[j]) or _joins(line, j)):
                j += 1
            found.append(Segment("name", i, j))
            i = j
            continue
        kind = "num" if any(c.isdigit() for c in token.text) and not token.is_punct else "other"
        found.append(Segment(kind, i, i + 1))
        i += 1
    return [s for s in found if not doc[s.start].is_space]


def _joins(line: Span, j: int) -> bool:
    doc = line.doc
    return doc[j].lower_ in JOINERS and j + 1 < line.end and _is_name_word(doc[j + 1])


def _bracket_end(line: Span, i: int) -> int:
    """The index after a short bracketed gloss opening at token i, or 0."""
    doc = line.doc
    if doc[i].text != "(":
        return 0
    for j in range(i + 1, min(i + BRACKET_WIDTH + 2, line.end)):
        if doc[j].text == ")":
            return j + 1
    return 0


def _names_place(inside: Span) -> bool:
    return bool(inside) and all(t.ent_type_ in PLACE_LABELS for t in inside if not t.is_punct)


def _shape(segs: list[Segment]) -> str:
    return "".join({"name": "N", "num": "0"}.get(s.kind, "x") for s in segs)


def result_names(line: Span) -> Iterator[Segment]:
    """Names that a line's shape marks as teams: score lines, fixtures and table rows."""
    segs = segments(line)
    shape = _shape(segs)
    doc = line.doc
    if shape.startswith("N0N0") or (
        len(segs) == 3 and shape == "NxN" and doc[segs[1].start].lower_ in SCORE_JOINERS
    ):  # "Leeds 2 Everton 1"
        yield segs[0]
        yield segs[2]
    elif (
        shape.startswith("N000") and set(shape[1:]) == {"0"} and not segs[0].gloss
    ):  # "Wrexham 2 0 2 0 5 5 2"
        yield segs[0]
    elif _is_scorecard(line, segs):  # "Kent 244 ( C. Hooper 58 ) , Sussex 120-3"
        yield from (
            a
            for a, b in zip(segs, segs[1:], strict=False)
            if a.kind == b.kind == "name"
            or (
                a.kind == "name" and b.kind == "num" and not a.gloss and not _initialled(doc[a.start : a.end])
            )
        )


def athletes(line: Span) -> Iterator[Segment]:
    """Names glossed with a country in a line that is not a team result ("Jiri Novak ( Czech Republic )")."""
    segs = segments(line)
    if any(True for _ in result_names(line)):
        return
    yield from (s for s in segs if s.kind == "name" and s.gloss)


def _initialled(name: Span) -> bool:
    """A name that starts with an initial ("C. Hooper"), as people are written in scorecards."""
    first = name[0].text
    return len(first) <= 3 and first.endswith(".")


def _is_scorecard(line: Span, segs: list[Segment]) -> bool:
    """A line of names and numbers with hardly any ordinary words: a results or scorecard line."""
    numbers = sum(s.kind == "num" for s in segs)
    words = sum(t.is_alpha and t.is_lower for t in line)
    return numbers >= 2 and words * 3 <= numbers


def _full_person(ents: Iterable[Span], seg: Segment) -> bool:
    return any(e.label_ == "PERSON" and len(e) > 1 and e.start < seg.end and seg.start < e.end for e in ents)


def _is_country(span: Span, countries: set[str]) -> bool:
    return span.label_ in {"GPE", "NORP"} and span.id_ in countries


def team_spans(doc: Doc, countries: set[str]) -> list[Span]:
    """Spans of the doc that name teams, from result lines and from what the names do ("beat", "side")."""
    ents = list(doc.ents)
    found: list[Span] = []
    for line in lines_of(doc):
        for seg in result_names(line):
            if not seg.kind == "name":
                continue
            span = doc[seg.start : seg.end]
            if _full_person(ents, seg) or any(_is_country(e, countries) for e in ents if _inside(e, span)):
                continue
            found.append(span)
    for ent in ents:
        if ent.label_ in PLACE_LABELS | {"PERSON"} and _acts_as_team(ent) and not _is_country(ent, countries):
            if ent.label_ != "PERSON" or len(ent) == 1:
                found.append(ent)
    return found


def _inside(ent: Span, span: Span) -> bool:
    return ent.start < span.end and span.start < ent.end


def _acts_as_team(ent: Span) -> bool:
    """A name that beats, draws with or hosts someone, or that heads a "side" or "coach" phrase."""
    root = ent.root
    head = root.head
    if root.dep_ in {"nsubj", "dobj", "nsubjpass"} and head.lemma_ in TEAM_VERBS and head.pos_ == "VERB":
        others = [c.ent_type_ for c in head.children if c.dep_ in ARG_DEPS and c.i != root.i and c.ent_type_]
        return bool(others) and (ent.label_ != "PERSON" or any(label != "PERSON" for label in others))
    return root.dep_ in {"compound", "poss"} and head.lemma_ in TEAM_NOUNS


def athlete_spans(doc: Doc, countries: set[str]) -> list[Span]:
    """Names glossed with their country in results lines: people (not already a country themselves)."""
    spans = [doc[s.start : s.end] for line in lines_of(doc) for s in athletes(line)]
    return [s for s in spans if not any(_is_country(e, countries) for e in s.ents)]


def with_teams(doc: Doc, countries: set[str]) -> list[Span]:
    """The doc's entities with teams labelled ORG (every mention of a team's name) and athletes PERSON."""
    teams = team_spans(doc, countries)
    names = {t.text.lower() for t in teams}
    also = [e for e in doc.ents if e.text.lower() in names and _may_relabel(e, countries)]
    people = [Span(doc, s.start, s.end, "PERSON") for s in athlete_spans(doc, countries)]
    relabelled = [Span(doc, s.start, s.end, "ORG") for s in [*teams, *also]]
    return filter_spans(people + relabelled + list(doc.ents))


def _may_relabel(ent: Span, countries: set[str]) -> bool:
    """Whether another mention of a team's name is the team too, not a place ("in Leeds") or dateline."""
    if ent.label_ == "ORG" or _is_country(ent, countries):
        return False
    before = ent.doc[ent.start - 1] if ent.start else None
    if before is not None and before.lower_ in PLACE_PREPOSITIONS:
        return False
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    return after is None or after.ent_type_ != "DATE"

"""Results lines of sports pages: score lines, fixtures, tables and scorecards, read by their shape.

A line is cut into name, number and other runs ("Leeds 2 Everton 1" is N0N0); short bracketed glosses
("( U.S. )") are left out of the shape but remembered on the name before them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from builder.nlp.edges import JOINERS

SCORE_JOINERS = {"at", "v", "vs", "vs."}
BRACKET_WIDTH = 4  # "( Czech Republic )": a short bracket after a name is a gloss, not part of the shape
PLACE_LABELS = {"GPE", "LOC", "FAC", "NORP"}


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
    """A joining word inside a name ("Queen of the South"), or a hyphen glued between two of its words
    ("Jean-Luc Aubertin")."""
    doc = line.doc
    if j + 1 >= line.end or not _is_name_word(doc[j + 1]):
        return False
    glued = doc[j].text == "-" and not doc[j - 1].whitespace_ and not doc[j].whitespace_
    glued = glued and doc[j - 1].is_title and doc[j + 1].is_title  # not a headline's "BUILD-UP"
    return doc[j].lower_ in JOINERS or glued


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


def _could_hold_results(line: Span) -> bool:
    """A quick test before cutting a line into runs: every results shape needs a number, a bracket or a
    score joiner ("Leeds v Everton"), and most lines of prose have none of them."""
    text = line.text
    return "(" in text or any(c.isdigit() for c in text) or any(t.lower_ in SCORE_JOINERS for t in line)


def read_line(line: Span) -> tuple[list[Segment], list[Segment]]:
    """The line's team names (`result_names`) and its people: the names glossed with a country in a line that
    is no team result ("Jiri Novak ( Czech Republic )"), a side's players ("Italy - 1 - Marco Rossi ; 2 -
    Luca Bianchi") and its scorers ("Norway - Erik Dahl ( 31st )"). The line is cut into runs once."""
    if not _could_hold_results(line):
        return [], []
    segs = segments(line)
    players = team_sheet(line, segs) or scorers(line, segs) or cricketers(line, segs)
    if players:
        return [], players  # the names before the minutes are players, not teams of a scorecard
    teams = list(_named_by_shape(line, segs))
    if teams or "(" not in line.text:
        return teams, []
    return teams, [s for s in segs if s.kind == "name" and s.gloss]


DASHES = {"-", "–", "—"}
ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)$")
MINUTE_ENDS = {")", ",", "min", "mins", "minute", "minutes"}  # "( 31st )", "( 3rd minute", not "( 2nd leg )"


def team_sheet(line: Span, segs: list[Segment]) -> list[Segment]:
    """A side's players as a team sheet lists them, each after a shirt number and a dash ("Italy - 1 -
    Marco Rossi ; 2 - Luca Bianchi ( 14 - Paolo Verdi 87th ) , 5 - Dario Neri"): three or more in
    the line. A score ("2-1 - Leeds") or a date is no shirt number."""
    doc = line.doc
    found = [
        name
        for number, dash, name in zip(segs, segs[1:], segs[2:], strict=False)
        if number.kind == "num"
        and doc[number.start : number.end].text.isdigit()
        and dash.kind == "other"
        and doc[dash.start].text in DASHES
        and name.kind == "name"
    ]
    return found if len(found) >= 3 else []


def scorers(line: Span, segs: list[Segment]) -> list[Segment]:
    """A side's scorers, each with the minute of the goal in brackets after a team's name and a dash
    ("Norway - Erik Dahl ( 31st ) , Lars Berg ( 75th )", "Chile - Pedro Alvarez ( 3rd minute , 88th on
    penalty kick )"). Not a fixture's leg ("Leeds - Everton ( 2nd leg )"), nor a name in prose before a
    bracketed ordinal (no team and dash open the line)."""
    doc = line.doc
    if len(segs) < 3 or segs[0].kind != "name" or doc[segs[1].start].text not in DASHES:
        return []
    return [
        seg
        for seg in segs[2:]
        if seg.kind == "name"
        and seg.end + 1 < line.end
        and doc[seg.end].text == "("
        and ORDINAL.match(doc[seg.end + 1].text) is not None
        and seg.end + 2 < line.end
        and doc[seg.end + 2].lower_ in MINUTE_ENDS
    ]


DISMISSALS = {"c", "b", "st", "lbw"}  # "D. Lowe c Hart b Mills 31": caught by Hart, bowled by Mills


def cricketers(line: Span, segs: list[Segment]) -> list[Segment]:
    """The people of a cricket scorecard line, read by its shape: bowlers with their analysis ("Bowling :
    Kerr 7-0-29-0 , Mills 9.5-1-44-2": overs, maidens, runs, wickets), and a batsman with the fielder and
    bowler of the dismissal ("D. Lowe c Hart b Mills 31", "P. Shah lbw b Kerr 4"). A name inside a longer
    person's name the model found ("de Silva") is left as it is."""
    doc = line.doc
    found = [name for name, *figures in _windows(segs, 8) if name.kind == "name" and _analysis(doc, figures)]
    if len(found) < 2 and not (found and doc[line.start].lower_ == "bowling"):
        found = []
    if not found and segs and segs[-1].kind == "num" and segs[0].kind == "name":
        marks = [i for i, s in enumerate(segs) if s.kind == "other" and doc[s.start].text in DISMISSALS]
        if any(doc[s.start].text == "b" for s in segs if s.kind == "other") and marks:
            after = [segs[i + 1] for i in marks if i + 1 < len(segs) and segs[i + 1].kind == "name"]
            found = [segs[0], *after] if after else []
    return [s for s in found if not _inside_a_longer_person(doc[s.start : s.end])]


def _inside_a_longer_person(name: Span) -> bool:
    """A name the model reads as part of a longer person's name ("Silva" of "de Silva"): left as it is."""
    return any(
        e.label_ == "PERSON" and len(e) > len(name) for e in name.doc.ents if e.start <= name.start < e.end
    )


def _windows(segs: list[Segment], width: int) -> Iterator[list[Segment]]:
    for i in range(len(segs) - width + 1):
        yield segs[i : i + width]


def _analysis(doc: Doc, figures: list[Segment]) -> bool:
    """Four numbers joined by dashes: a bowler's overs, maidens, runs and wickets ("9.5-1-44-2")."""
    kinds = [f.kind for f in figures]
    dashes = all(doc[f.start].text == "-" for f in figures[1::2])
    return kinds == ["num", "other"] * 3 + ["num"] and dashes


def result_names(line: Span) -> Iterator[Segment]:
    """Names that a line's shape marks as teams: score lines, fixtures and table rows."""
    if _could_hold_results(line):
        yield from _named_by_shape(line, segments(line))


def _named_by_shape(line: Span, segs: list[Segment]) -> Iterator[Segment]:
    shape = _shape(segs)
    doc = line.doc
    if shape.startswith("N0N0") or (
        len(segs) == 3 and shape == "NxN" and doc[segs[1].start].lower_ in SCORE_JOINERS
    ):  # "Leeds 2 Everton 1"
        yield segs[0]
        yield segs[2]
    elif (
        shape.startswith("N000") and set(shape[1:]) == {"0"} and not segs[0].gloss
    ):  # "Barnmouth 3 1 1 1 4 4 4"
        yield segs[0]
    elif _is_scorecard(line, segs):  # "Kent 244 ( C. Hooper 58 ) , Sussex 120-3"
        for name, after in pairwise(segs):
            scored = name.kind == "name" and after.kind == "num" and not name.gloss
            if scored and not _initialled(doc[name.start : name.end]):
                yield name


def _initialled(name: Span) -> bool:
    """A name that starts with an initial ("C. Hooper"), as people are written in scorecards."""
    first = name[0].text
    return len(first) <= 3 and first.endswith(".")


def _is_scorecard(line: Span, segs: list[Segment]) -> bool:
    """A line of names and numbers with hardly any ordinary words: a results or scorecard line."""
    numbers = sum(s.kind == "num" for s in segs)
    scored = sum(a.kind == "name" and b.kind == "num" for a, b in pairwise(segs))
    words = sum(t.is_alpha and t.is_lower for t in line)
    return scored >= 2 and words * 3 <= numbers

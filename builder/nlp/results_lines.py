"""Results lines of sports pages: score lines, fixtures, tables and scorecards, read by their shape.

A line is cut into name, number and other runs ("Leeds 2 Everton 1" is N0N0); short bracketed glosses
("( U.S. )") are left out of the shape but remembered on the name before them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise

from spacy.tokens import Span, Token

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


def _could_hold_results(line: Span) -> bool:
    """A quick test before cutting a line into runs: every results shape needs a number, a bracket or a
    score joiner ("Leeds v Everton"), and most lines of prose have none of them."""
    text = line.text
    return "(" in text or any(c.isdigit() for c in text) or any(t.lower_ in SCORE_JOINERS for t in line)


def read_line(line: Span) -> tuple[list[Segment], list[Segment]]:
    """The line's team names (`result_names`) and the names glossed with a country in a line that is no team
    result ("Jiri Novak ( Czech Republic )"): athletes. The line is cut into runs once for both."""
    if not _could_hold_results(line):
        return [], []
    segs = segments(line)
    teams = list(_named_by_shape(line, segs))
    if teams or "(" not in line.text:
        return teams, []
    return teams, [s for s in segs if s.kind == "name" and s.gloss]


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

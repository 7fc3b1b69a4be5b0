"""Entity edges: no scores, brackets, line breaks or trailing common nouns inside a name."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

NAME_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"}
JOINERS = {
    "of",
    "de",
    "da",
    "del",
    "der",
    "van",
    "von",
    "la",
    "le",
    "al",
    "bin",
    "el",
    "di",
    "du",
    "y",
    "and",
}


def _has_digit(token: Token) -> bool:
    return any(c.isdigit() for c in token.text)


def _edge_junk(token: Token) -> bool:
    """A token that cannot begin or end a name: space, bracket, dash, score or number."""
    return token.is_space or (token.is_punct and token.text not in {"'s", "’s"}) or _has_digit(token)


def _trailing_junk(token: Token) -> bool:
    """A token that cannot end a name: also a joiner ("Bank of") or a lower-case common word ("airport")."""
    return _edge_junk(token) or token.lower_ in JOINERS or (token.is_lower and token.is_alpha)


def trim(span: Span) -> Span | None:
    """The span without junk at either edge, cut at the first line break; None when nothing is left."""
    doc = span.doc
    start, end = span.start, span.end
    for token in span:
        if token.is_space and "\n" in token.text and token.i > start:
            end = token.i
            break
    while start < end and _edge_junk(doc[start]):
        start += 1
    while end > start and _trailing_junk(doc[end - 1]):
        end -= 1
    if start >= end:
        return None
    if (start, end) == (span.start, span.end):
        return span
    return Span(doc, start, end, span.label_, span_id=span.id_)


def trimmed_ents(doc: Doc) -> list[Span]:
    """The doc's entities with name-type entities trimmed (others as they are)."""
    result = []
    for ent in doc.ents:
        kept = trim(ent) if ent.label_ in NAME_LABELS else ent
        if kept is not None:
            result.append(kept)
    return result

"""A concern's topic cut to a length a line can hold: at a clause comma or a preposition, never inside a list,
without a dangling connective or an open bracket."""

from __future__ import annotations

from spacy.tokens import Token

from builder.extract.phrasing import words

MAX_ABOUT_WORDS = 26


def short(tokens: list[Token]) -> str | None:
    """The phrase cut at a comma or preposition when it runs long; None if nothing readable is left."""
    tokens = shortened(tokens)
    text = words(tokens)
    return text if len(text.split()) >= 2 or (tokens and tokens[0].pos_ in {"PROPN", "NOUN"}) else None


def shortened(tokens: list[Token], limit: int = MAX_ABOUT_WORDS) -> list[Token]:
    """The words of a phrase cut at a comma or preposition when it runs past `limit` words, with no dangling
    connective."""
    if sum(not t.is_punct for t in tokens) > limit:
        bounds = [n for n, t in enumerate(tokens[: limit + 1]) if n >= min(6, limit // 2) and _boundary(t)]
        tokens = tokens[: bounds[-1]] if bounds else tokens[:limit]
    while (
        tokens
        and (
            tokens[-1].is_punct
            or tokens[-1].pos_ in {"ADP", "CCONJ", "DET", "SCONJ"}
            or (tokens[-1].lower_ == "to" and tokens[-1].pos_ == "PART")  # "failure to, as they saw it, act"
        )
        and tokens[-1].dep_ != "prt"
        and not _stranded(tokens[-1])
    ):
        tokens = tokens[:-1]
    return _without_open_bracket(tokens)


def _stranded(token: Token) -> bool:
    """A preposition that ends its clause with no object of its own: "a loophole that needs to be looked
    at", "a season to put up with" (not one whose object a cut left out)."""
    return token.pos_ == "ADP" and token.dep_ in {"prep", "prt"} and not any(token.children)


def _without_open_bracket(tokens: list[Token]) -> list[Token]:
    """A phrase cut inside brackets loses the bracketed part: "could be hacked (file photo" → "could be
    hacked"."""
    for n in range(len(tokens) - 1, -1, -1):
        if tokens[n].text in {")", "]"}:
            return tokens
        if tokens[n].text in {"(", "["}:
            cut = tokens[:n]
            while cut and (cut[-1].is_punct or cut[-1].pos_ in {"ADP", "CCONJ", "DET", "SCONJ"}):
                cut = cut[:-1]
            return cut
    return tokens


def _boundary(token: Token) -> bool:
    """A clause comma or a preposition on a noun or verb: where a phrase can stop (never inside a list)."""
    if token.text == ",":
        return token.head.pos_ in {"VERB", "AUX"}
    return token.dep_ == "prep" and token.head.tag_ not in {"VBN", "VBG", "JJ", "JJR", "RB"}

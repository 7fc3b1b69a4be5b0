"""Wire datelines ("OSLO —", "HALIFAX, Nova Scotia —") that open a story before its first sentence begins."""

from __future__ import annotations

from spacy.tokens import Span, Token

DASHES = {"—", "–", "--"}
PLACES = {"GPE", "LOC", "FAC"}


def dateline_end(token: Token) -> int:
    """The first token after a wire dateline ("OSLO —", "SEOUL (Reuters) -", "(CNN)An …", "Kathmandu, Nepal
    (CNN)Rescuers …"), else the sentence start."""
    sent = token.sent
    credit = glued_credit_end(sent)
    if credit is not None:
        return credit
    for tok in sent[:14]:
        if tok.text in DASHES or _spaced_hyphen(tok):
            first = next((t for t in sent if any(c.isalpha() for c in t.text)), None)
            is_dateline = (
                first is not None and first.i < tok.i and first.text.isupper() and len(first.text) > 1
            )
            return tok.i + 1 if is_dateline else sent.start
    return sent.start


def _spaced_hyphen(token: Token) -> bool:
    """ "SEOUL (Reuters) - North Korea …": a hyphen with a space on both sides works as a dash."""
    return token.text == "-" and bool(token.whitespace_) and token.i > 0 and bool(token.nbor(-1).whitespace_)


def glued_credit_end(sent: Span) -> int | None:
    """The token after an outlet's credit glued to the first word of the story, as scraped stories open
    ("(CNN)An unmanned craft …", "Kathmandu, Nepal (CNN)Rescuers …"): a bracketed name with no space after its
    closing bracket, at the start of the sentence or after the place it was filed from ("Apple (AAPL)Shares"
    is no dateline: Apple is no place)."""
    doc = sent.doc
    for tok in sent[:14]:
        if tok.text != ")" or tok.whitespace_ or tok.i + 1 >= len(doc):
            continue
        opening = next((t for t in reversed(sent[: tok.i - sent.start]) if t.text == "("), None)
        if opening is None or not 1 <= tok.i - opening.i - 1 <= 3:
            return None
        inside = doc[opening.i + 1 : tok.i]
        named = any(t.is_alpha for t in inside) and all(t.text[:1].isupper() for t in inside if t.is_alpha)
        placed = all(t.ent_type_ in PLACES or t.text == "," for t in doc[sent.start : opening.i])
        return tok.i + 1 if named and placed and doc[tok.i + 1].text[:1].isupper() else None
    return None

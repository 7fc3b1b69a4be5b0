"""Wire datelines ("OSLO —", "HALIFAX, Nova Scotia —") that open a story before its first sentence begins."""

from __future__ import annotations

from spacy.tokens import Token

DASHES = {"—", "–", "--"}


def dateline_end(token: Token) -> int:
    """The first token after a wire dateline ("OSLO —", "SEOUL (Reuters) -"), else the sentence start."""
    sent = token.sent
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

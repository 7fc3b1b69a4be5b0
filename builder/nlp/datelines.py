"""Wire datelines ("OSLO —", "HALIFAX, Nova Scotia —") that open a story before its first sentence begins."""

from __future__ import annotations

from spacy.tokens import Token

DASHES = {"—", "–", "--"}


def dateline_end(token: Token) -> int:
    """The first token after a wire dateline ("OSLO —", "HALIFAX, Nova Scotia —"), else the sentence start."""
    sent = token.sent
    for tok in sent[:14]:
        if tok.text in DASHES:
            first = next((t for t in sent if any(c.isalpha() for c in t.text)), None)
            is_dateline = (
                first is not None and first.i < tok.i and first.text.isupper() and len(first.text) > 1
            )
            return tok.i + 1 if is_dateline else sent.start
    return sent.start

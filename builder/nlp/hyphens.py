"""Words the tokenizer splits at a hyphen ("re-election": "re", "-", "election") read as one word again.

The parser often makes the first piece the head of the phrase and hangs the rest on the noun after it
("to his re-election bid": "re" is the object of "to", "-election" modifies "bid"), so a phrase cut from the
parse alone reads "his re"."""

from __future__ import annotations

from spacy.tokens import Token

HYPHENS = {"-", "‐"}


def _glued(left: Token, hyphen: Token) -> bool:
    """A hyphen with no space on either side of it, a word after it."""
    doc = hyphen.doc
    after = doc[hyphen.i + 1] if hyphen.i + 1 < len(doc) else None
    return (
        hyphen.text in HYPHENS
        and not left.whitespace_
        and not hyphen.whitespace_
        and after is not None
        and after.is_alpha
        and left.is_alpha
    )


def glued_word(token: Token) -> list[Token]:
    """The tokens of the hyphenated word holding a token ("re", "-", "election"); the token alone when no
    hyphen is glued to it."""
    doc = token.doc
    start = end = token.i
    while start >= 2 and _glued(doc[start - 2], doc[start - 1]):
        start -= 2
    while end + 2 < len(doc) and _glued(doc[end], doc[end + 1]):
        end += 2
    return list(doc[start : end + 1])


def word_head(token: Token) -> Token:
    """The head of the phrase a split hyphenated word stands in: the noun the word modifies when the parser
    hung the word's last piece on it ("bid" of "his re-election bid"), else the word's last piece ("founder"
    of "the group's co-founder"); the token itself when it is no piece of a hyphenated word."""
    word = glued_word(token)
    if len(word) == 1:
        return token
    last = word[-1]
    doc = token.doc
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if after is None or after.pos_ not in {"NOUN", "PROPN"} or last.head.i != after.i:
        return last
    head = after
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    return head


def with_whole_words(tokens: list[Token]) -> list[Token]:
    """A phrase's tokens with every hyphenated word in it whole, and run on to the noun such a word at its end
    modifies ("his re" → "his re-election bid"), in text order."""
    found = {t.i: t for t in tokens}
    for token in tokens:
        word = glued_word(token)
        if len(word) == 1:
            continue
        found.update((t.i, t) for t in word)
        head = word_head(token)
        if head.i > word[-1].i:
            found.update((t.i, t) for t in token.doc[word[-1].i + 1 : head.i + 1])
    return [found[i] for i in sorted(found)]

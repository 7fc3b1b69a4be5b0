"""Entity edges: no scores, brackets, line breaks or trailing common nouns inside a name."""

from __future__ import annotations

import functools
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from builder.data import gazetteer

NAME_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"}
SEPARATORS = {",", "v", "v.", "vs", "vs.", "at", "(", ")", "[", "]", ";", '"'}
JOINERS = {"of", "de", "da", "del", "der", "van", "von", "la", "le", "al", "bin", "el", "di", "du", "and"}


def _has_digit(token: Token) -> bool:
    return any(c.isdigit() for c in token.text)


def _breaks(token: Token, label: str) -> bool:
    """A token no name runs across: a line break, number, bracket, comma, "v" or a dash between spaces."""
    if (token.is_space and "\n" in token.text) or token.lower_ in SEPARATORS:
        return True
    if label == "PERSON" and token.lower_ in {"and", "or", "&"}:  # two people, not one
        return True
    spaced_dash = token.text in {"-", "--", "–", "—"} and bool(token.whitespace_) and token.i > 0
    return _has_digit(token) or (spaced_dash and bool(token.doc[token.i - 1].whitespace_))


def _edge_junk(token: Token) -> bool:
    """A token that cannot begin or end a name: a space, a bracket or other punctuation."""
    return token.is_space or (token.is_punct and token.text not in {"'s", "’s"})


def _trailing_junk(token: Token) -> bool:
    """A token that cannot end a name: a joiner ("Bank of"), a lower-case word ("airport"), a possessive, a
    form of address that opens the next line where its stop was lost ("the Court of Appeal Mr Quelch took …").

    The end of a hyphenated word stays ("Kim Jong-un").
    """
    if token.i > 0 and not token.doc[token.i - 1].whitespace_ and token.is_alpha:
        return False
    return (
        _edge_junk(token)
        or token.lower_.rstrip(".") in ADDRESS_FORMS - WORD_FORMS
        or token.lower_ in JOINERS
        or (token.is_lower and token.is_alpha)
        or _possessive(token)
    )


def _possessive(token: Token) -> bool:
    """A possessive ending split off as its own token ("Farrakhan 's")."""
    return token.text in {"'s", "’s", "'", "’"}


def _leading_junk(token: Token, label: str) -> bool:
    """A word that cannot open a name: a lower-case word ("fullback") or, before a person, a nationality."""
    if token.is_alpha and token.is_lower and token.lower_ not in JOINERS:
        return True
    return label == "PERSON" and token.text in demonyms()


@functools.cache
def demonyms() -> frozenset[str]:
    """Nationality words from the gazetteer ("American", "Australian")."""
    return frozenset(d for c in gazetteer()["countries"] for d in c.get("demonyms", []))


def _pieces(span: Span) -> list[tuple[int, int]]:
    if span.id_:  # a gazetteer form is whole as listed ("Washington, D.C.")
        return [(span.start, span.end)]
    cuts = [t.i for t in span if _breaks(t, span.label_)]
    bounds = [span.start - 1, *cuts, span.end]
    return [(a + 1, b) for a, b in pairwise(bounds) if b > a + 1]


ADDRESS_FORMS = {  # written before a person's name: forms of address, abbreviated ranks and offices
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sgt", "det", "insp", "supt", "cpl", "pte", "lt", "capt",
    "maj", "col", "cllr", "rev", "sergeant", "detective",
}  # fmt: skip
# forms that are also words and may end a name ("Little Miss", "Private Detective")
WORD_FORMS = {"miss", "sergeant", "detective"}
# a whole name starting with these may be a brand or a contest: "Dr Pepper", "Miss World"
LEADING_BRANDS = {"dr", "miss"}


def _addressed(span: Span) -> int | None:
    """Where a form of address or a rank starts a person's name inside a span not taken for a person:
    "GDC Mr Allard" (an organisation, then a man), "Acme Ltd Dr Rossi", "Sgt Daniels"."""
    for token in span:
        following = token.nbor(1) if token.i + 1 < span.end else None
        first = token.i == span.start  # "Sgt Daniels" as a whole taken for a body
        form = token.lower_.rstrip(".")
        if (
            form in ADDRESS_FORMS - (LEADING_BRANDS if first else set())
            and following is not None
            and following.is_title
        ):
            return token.i
    return None


def trim(span: Span) -> list[Span]:
    """The names inside an entity span: cut at breaks, without junk at either edge (maybe none)."""
    doc = span.doc
    found = []
    for start, end in _pieces(span):
        while start < end and (_edge_junk(doc[start]) or _leading_junk(doc[start], span.label_)):
            start += 1
        while end > start and _trailing_junk(doc[end - 1]):
            end -= 1
        if start >= end:
            continue
        person = _addressed(doc[start:end]) if span.label_ != "PERSON" and not span.id_ else None
        if person is None:
            found.append(Span(doc, start, end, span.label_, span_id=span.id_))
        else:
            found.extend(trim(Span(doc, start, person, span.label_)) if person > start else [])
            found.append(Span(doc, person, end, "PERSON"))
    return found


def trimmed_ents(doc: Doc) -> list[Span]:
    """The doc's entities with name-type entities trimmed (others as they are)."""
    result: list[Span] = []
    for ent in doc.ents:
        result.extend(trim(ent) if ent.label_ in NAME_LABELS else [ent])
    return result


def replace_ents(doc: Doc, new: list[Span]) -> list[Span]:
    """The doc's entities with `new` spans put in over the old ones they overlap (first new span wins)."""
    taken: set[int] = set()
    placed = []
    for span in new:
        if not taken & set(range(span.start, span.end)):
            placed.append(span)
            taken.update(range(span.start, span.end))
    kept = [e for e in doc.ents if not taken & set(range(e.start, e.end))]
    return sorted(placed + kept, key=lambda e: e.start)


def in_hyphen_compound(ent: Span) -> bool:
    """A place used as part of an adjective: "New York-based", "Moscow-backed", "pro-Moscow"."""
    doc = ent.doc
    after = doc[ent.end : ent.end + 2]
    glued_after = (
        len(after) == 2 and after[0].text == "-" and not ent[-1].whitespace_ and not after[0].whitespace_
    )
    if glued_after and after[1].is_lower and after[1].is_alpha:
        return True
    before = doc[max(ent.start - 2, 0) : ent.start]
    if len(before) == 2 and before[1].text == "-" and not before[1].whitespace_ and not before[0].whitespace_:
        return before[0].is_lower and before[0].is_alpha
    return False


def places_as_modifiers(doc: Doc) -> list[Span]:
    """The doc's entities with places inside hyphenated adjectives relabelled NORP, like "North Korean"."""
    return [
        Span(doc, e.start, e.end, "NORP", span_id=e.id_)
        if e.label_ in {"GPE", "LOC"} and in_hyphen_compound(e)
        else e
        for e in doc.ents
    ]


def with_hyphen_tails(doc: Doc) -> list[Span]:
    """Personal names whose last part is hyphenated run to its end: "Moon Jae" + "-in" is "Moon Jae-in".

    One glued tail only: "Moon Jae-in-led" is an adjective built on the name, left as the model read it."""
    return [_with_tail(ent) if ent.label_ == "PERSON" else ent for ent in doc.ents]


def _glued_hyphen(doc: Doc, i: int) -> bool:
    """Token i is a hyphen glued to the words on both sides, and a word follows it."""
    return (
        i + 1 < len(doc)
        and doc[i].text == "-"
        and not doc[i - 1].whitespace_
        and not doc[i].whitespace_
        and doc[i + 1].is_alpha
        and not doc[i + 1].ent_type_
    )


def _with_tail(ent: Span) -> Span:
    doc = ent.doc
    if not _glued_hyphen(doc, ent.end) or _glued_hyphen(doc, ent.end + 2):
        return ent
    return Span(doc, ent.start, ent.end + 2, ent.label_, span_id=ent.id_)


ORG_HEADS = {"Department", "Ministry", "Office", "Secretary", "Bureau", "Minister", "Commission", "Institute"}


def with_department_heads(doc: Doc) -> list[Span]:
    """ "Department of" + "Trade and Industry": an organisation the model found without its head words."""
    spans = []
    for ent in doc.ents:
        start = ent.start
        if ent.label_ == "ORG" and start >= 2 and doc[start - 1].lower_ in {"of", "for"}:
            head = doc[start - 2]
            if head.text in ORG_HEADS and not head.ent_type_:
                start -= 2
        spans.append(ent if start == ent.start else Span(doc, start, ent.end, ent.label_, span_id=ent.id_))
    return spans


# Words the tokenizer splits at a hyphen ("re-election": "re", "-", "election"), read as one word again. The
# parser often makes the first piece the head of the phrase and hangs the rest on the noun after it ("to his
# re-election bid": "re" is the object of "to"), so a phrase cut from the parse alone reads "his re".

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

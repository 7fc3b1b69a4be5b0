"""A concern's topic cut to a length a line can hold: at a clause comma, a conjunction before a clause or a
preposition, never inside a list, and only where every word kept keeps what it needs (a verb its object, a
noun its "of" phrase, a copula its predicate); a topic with nowhere clean to stop is kept whole up to a
point. No dangling connective or open bracket."""

from __future__ import annotations

from spacy.tokens import Token

from builder.extract.phrasing import words

MAX_ABOUT_WORDS = 26
MAX_OVER = 14  # a phrase with nowhere clean to stop is kept whole up to this many words over the limit
# a phrase at most this many words over the limit is cut only at a clause (a comma, a conjunction), never at
# a preposition: such a cut saves a few words and loses the end that says what ("a simple choice - value |
# for money or more waste", "should not be a barrier | to prosecuting")
GRACE = 4


def short(tokens: list[Token]) -> str | None:
    """The phrase cut at a comma or preposition when it runs long; None if nothing readable is left."""
    tokens = shortened(tokens)
    text = words(tokens)
    return text if len(text.split()) >= 2 or (tokens and tokens[0].pos_ in {"PROPN", "NOUN"}) else None


def shortened(tokens: list[Token], limit: int = MAX_ABOUT_WORDS) -> list[Token]:
    """The words of a phrase cut at the last clean boundary when it runs past `limit` words (only at a clause
    when at most GRACE words past), kept whole where there is none and it runs at most MAX_OVER words past,
    else cut at the last boundary (or hard); no dangling connective."""
    length = sum(not t.is_punct for t in tokens)
    if length > limit:
        bounds = [n for n, t in enumerate(tokens[: limit + 1]) if n >= min(6, limit // 2) and _boundary(t)]
        if length <= limit + GRACE:
            bounds = [n for n in bounds if tokens[n].dep_ != "prep"]
        clean = [n for n in bounds if _complete(tokens[:n], tokens[n:])]
        if clean:
            tokens = tokens[: clean[-1]]
        elif length > limit + MAX_OVER:  # too long whole: cut as best it can
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
    """A clause comma, a conjunction before a clause of its own, or a preposition on a noun or verb: where a
    phrase can stop (never inside a list)."""
    if token.text == ",":
        return token.head.pos_ in {"VERB", "AUX"}
    if token.dep_ == "cc":  # "… had too little control, but a better way would be …"
        return _clause_starts(token.doc[token.i + 1]) if token.i + 1 < len(token.doc) else False
    return token.dep_ == "prep" and token.head.tag_ not in {"VBN", "VBG", "JJ", "JJR", "RB"}


def _clause_starts(token: Token) -> bool:
    """Whether a clause with a subject of its own opens at the token."""
    return any(
        s.dep_ in {"nsubj", "nsubjpass", "expl"}
        and s.left_edge.i == token.i
        and s.head.pos_ in {"VERB", "AUX"}
        for s in token.doc[token.i : min(token.i + 12, len(token.doc))]
    )


# What a head cannot stand without: its object, its predicate, its infinitive, its "of" phrase (a clause
# it reports may go: "testified during the trial | that …" reads; the parser also takes a second clause
# after "but" for one).
COMPLEMENTS = {
    "dobj",
    "pobj",
    "pcomp",
    "attr",
    "acomp",
    "oprd",
    "xcomp",
    "agent",
    "dative",
    "auxpass",
}


def _complete(kept: list[Token], dropped: list[Token]) -> bool:
    """Whether a cut leaves every kept word with what it needs: no verb without its object or its clause
    ("… would be" cut before "for elected councillors to …"), no noun without its "of" phrase ("over the
    age" cut before "of 60"), no copula without its predicate, nothing kept whose head is cut."""
    ids = {t.i for t in kept}
    within = ids | {t.i for t in dropped}
    if any(t.head.i in within and t.head.i not in ids for t in kept):
        return False  # what is kept hangs on a word cut: "the cause of the suit ten years | after …"
    for token in dropped:
        if token.head.i not in ids or token.head == token:
            continue
        if token.dep_ in COMPLEMENTS:
            return False
        if (
            token.dep_ == "prep"
            and token.lower_ == "of"
            and token.head.pos_ in {"NOUN", "PROPN", "NUM", "PRON"}
        ):
            return False
        if token.dep_ in {"prep", "acl", "relcl"} and token.head.tag_ == "DT":
            return False  # "paid to those | over the age of 60": "those" is said by what follows
        if token.dep_ == "prep" and _bare_copula(token.head, ids):
            return False
    return True


def _bare_copula(verb: Token, ids: set[int]) -> bool:
    """A "be" whose only predicate is the phrase a cut would drop ("could be | under threat")."""
    if verb.lemma_ != "be" or verb.dep_ in {"aux", "auxpass"}:
        return False
    predicates = {"attr", "acomp", "prep", "advmod"}
    return not any(c.dep_ in predicates and c.i in ids and c.i > verb.i for c in verb.children)

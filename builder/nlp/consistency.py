"""Document-level label consistency: one name, one label, and a person's bare surname is that person."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from spacy.attrs import IS_ALPHA, IS_LOWER, IS_SPACE, IS_UPPER, LOWER, ORTH, SENT_START
from spacy.tokens import Doc, Span, Token

from builder.nlp.casing import line_of
from builder.nlp.edges import replace_ents

NAME_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"}
VOTING_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC"}
PLAIN_LABELS = {"PERSON", "ORG", "NORP"}
COMPANY_WORDS = {
    "inc", "corp", "co", "ltd", "plc", "llc", "ag", "sa", "spa", "nv", "bv", "gmbh", "group", "holdings",
    "industries", "international", "bank", "airlines", "motors", "cables", "systems", "bros", "company",
}  # fmt: skip


def _is_initial(word: str) -> bool:
    return len(word) <= 3 and word.endswith(".")


def person_words(ents: list[Span]) -> set[str]:
    """First and last words of the multi-word personal names in the doc ("Ryan", "Giggs" of "Ryan Giggs")."""
    words: set[str] = set()
    for ent in ents:
        if ent.label_ == "PERSON" and len(ent) > 1:
            for token in (ent[0], ent[-1]):
                if token.is_alpha and token.text[0].isupper() and not _is_initial(token.text):
                    words.add(token.text)
    return words


def _as_company(ent: Span) -> Span:
    """A name ending in a company word ("Pirelli SpA", "Daewoo Motors") is an organisation's."""
    if (
        ent.label_ in NAME_LABELS
        and len(ent) > 1
        and ent[-1].lower_.rstrip(".") in COMPANY_WORDS
        and not ent.id_
    ):
        return Span(ent.doc, ent.start, ent.end, "ORG")
    return ent


def company_words(ents: list[Span]) -> set[str]:
    """First words of organisation names that end in a company word ("Pirelli" of "Pirelli SpA")."""
    return {
        e[0].text
        for e in ents
        if e.label_ == "ORG" and len(e) > 1 and e[-1].lower_.rstrip(".") in COMPANY_WORDS and e[0].is_title
    }


def _uncapped(text: str) -> str:
    """A name shouted in capitals in title case ("HENKE" -> "Henke"), so it compares with the body's form."""
    return text.title() if text.isupper() and len(text) > 3 else text


def _names_person(ent: Span, people: set[str], full: set[str]) -> bool:
    """An unlinked non-person entity whose text is a named person's full name or a part of it, or that is a
    short name ending in a named person's surname ("Mariano Rivera" when "Rivera" is a person)."""
    if ent.label_ == "PERSON" or ent.id_:
        return False
    if _uncapped(ent.text) in full or _uncapped(ent.text) in people:
        return True
    words = [t for t in ent if not t.is_punct]
    short_name = 2 <= len(words) <= 3 and all(t.is_title for t in words)
    return short_name and words[-1].text in people and words[0].text not in people


def majority_labels(ents: list[Span]) -> dict[str, str]:
    """Each unlinked name's most frequent label in the doc, where one label has more votes than any other."""
    votes: dict[str, Counter[str]] = {}
    for ent in ents:
        if ent.label_ in VOTING_LABELS and not ent.id_:
            votes.setdefault(_uncapped(ent.text), Counter())[ent.label_] += 1
    winners = {}
    for text, counter in votes.items():
        ranked = counter.most_common(2)
        if len(ranked) == 1 or ranked[0][1] > ranked[1][1]:
            winners[text] = ranked[0][0]
    return winners


def _is_name_token(token: Token) -> bool:
    return (
        token.is_alpha and token.text[0].isupper() and not token.ent_type_ and token.pos_ in {"PROPN", "NOUN"}
    )


def consistent_ents(doc: Doc) -> list[Span]:
    """The doc's entities relabelled for consistency, plus bare mentions of named people the model missed."""
    ents = [_as_company(e) for e in doc.ents]
    people = person_words(ents)
    full = {e.text for e in ents if e.label_ == "PERSON" and len(e) > 1}
    winners = majority_labels(ents)
    companies = company_words(ents) - people
    changed = []
    for ent, original in zip(ents, doc.ents, strict=True):
        label = "PERSON" if _names_person(ent, people, full) else winners.get(_uncapped(ent.text), ent.label_)
        if ent.label_ == "PERSON" and ent.text in companies:
            label = "ORG"
        if ent.label_ in NAME_LABELS and label != original.label_:
            changed.append(Span(doc, ent.start, ent.end, label, span_id=ent.id_))
    surnames = {e[-1].text for e in ents if e.label_ == "PERSON" and len(e) > 1} & people
    missed = [
        Span(doc, t.i, t.i + 1, "PERSON") for t in doc if _uncapped(t.text) in surnames and stands_alone(t)
    ]
    return replace_ents(doc, changed + missed)


def capitalised_inside(doc: Doc) -> set[str]:
    """Lower-cased words the doc writes capitalised mid-sentence more often than in lower case."""
    votes: Counter[str] = Counter()
    strings = doc.vocab.strings
    rows = doc.to_array([ORTH, LOWER, IS_LOWER, IS_ALPHA, IS_UPPER, SENT_START, IS_SPACE]).tolist()
    # The attribute arrays, not a Python Token per word; the token before the first is the last, as doc[-1].
    before_space = [row[-1] for row in rows[-1:] + rows[:-1]]
    for row, after_space in zip(rows, before_space, strict=True):
        orth, lower, is_lower, is_alpha, is_upper, sent_start, _ = row
        if is_lower and is_alpha:
            votes[strings[lower]] -= 1
        elif strings[orth][:1].isupper() and not is_upper and sent_start != 1 and not after_space:
            votes[strings[lower]] += 1
    return {word for word, vote in votes.items() if vote > 0}


def is_plain_word(ent: Span, is_common: Callable[[str], bool], inside: set[str]) -> bool:
    """A person or organisation named only by common words, seldom capitalised mid-sentence ("Women")."""
    words = [t for t in ent if t.is_alpha]
    if ent.label_ not in PLAIN_LABELS or not words or any(_is_acronym(t) for t in words):
        return False
    return all(is_common(t.lower_) and t.lower_ not in inside for t in words)


def _is_acronym(token: Token) -> bool:
    """A short all-capitals word in a line that is not itself in capitals ("IRA", "RBI")."""
    if not token.is_upper or len(token) > 4:
        return False
    line_words = [t for t in line_of(token) if t.is_alpha and len(t) > 1]
    return sum(t.is_upper for t in line_words) * 2 < len(line_words)


def without_common_words(doc: Doc, is_common: Callable[[str], bool]) -> list[Span]:
    """The doc's entities less capitalised common words that are no names (see `is_plain_word`)."""
    inside = capitalised_inside(doc)
    places = any(len(e) == 1 and e.label_ in {"GPE", "LOC", "FAC"} and not e.id_ for e in doc.ents)
    lower = {t.lower_ for t in doc if t.is_lower and t.is_alpha} if places else set()
    return [
        e
        for e in doc.ents
        if e.label_ not in NAME_LABELS
        or e.id_
        or not (is_plain_word(e, is_common, inside) or _common_noun_capitalised(e, is_common, inside, lower))
    ]


def _common_noun_capitalised(
    ent: Span, is_common: Callable[[str], bool], inside: set[str], lower: set[str]
) -> bool:
    """A one-word "place" that the doc also writes in lower case, and capitalises mid-sentence no more often:
    "Tsunami cost hits shares" over a report on "the tsunami" (a place named by a common word, "Bath",
    "Reading", is capitalised wherever the doc names it)."""
    word = ent[0]
    return (
        len(ent) == 1
        and ent.label_ in {"GPE", "LOC", "FAC"}
        and word.lower_ in lower
        and is_common(word.lower_)
        and word.lower_ not in inside
    )


def stands_alone(token: Token) -> bool:
    """A capitalised, unlabelled word with no capitalised word beside it (so not part of a longer name).

    In a shouted line every word is capitalised, so there the neighbours say nothing.
    """
    doc = token.doc
    neighbours = [doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc)]
    if not _is_name_token(token):
        return False
    return token.is_upper or not any(n.text[:1].isupper() and n.is_alpha for n in neighbours)


def is_initial_token(token: Token) -> bool:
    """An initial written before a surname ("M.", "J.J."), not an abbreviation such as "St." or "U.S."."""
    parts = token.text.split(".")
    return (
        token.text.endswith(".") and all(len(p) == 1 and p.isupper() for p in parts[:-1]) and len(parts) <= 3
    )


def with_initials(doc: Doc) -> list[Span]:
    """People written with initials ("M. Waugh", "J.J. Kenny"): the initials join the name, a person's."""
    found = []
    for i, token in enumerate(doc[:-1]):
        if not is_initial_token(token) or token.ent_type_ or (i > 0 and is_initial_token(doc[i - 1])):
            continue
        j = i
        while j < len(doc) and is_initial_token(doc[j]):
            j += 1
        if j >= len(doc) or not doc[j].is_title or not doc[j].is_alpha:
            continue
        ent = next((e for e in doc.ents if e.start == j), None)
        if ent is not None and ent.id_:
            continue
        found.append(Span(doc, i, ent.end if ent is not None else j + 1, "PERSON"))
    return replace_ents(doc, found)

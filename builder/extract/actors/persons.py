"""People the model labelled organisations: "Long-time Labour supporter Eddie Izzard", "Philippe Sands QC".

The model often reads an unfamiliar full name as a body. What the article does with the name shows a person:
a letters-after-the-name ("QC"), a list it shares with people ("at the event with Eddie Izzard and Sally
Lindsay"), a person's job before it and a person's pronoun after it ("TV star Bear Grylls said that he
supports …"), or its last word used alone as a person ("fast bowler Meaker" beside "Stuart Meaker").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from builder.data import places
from builder.nlp.names import names_a_person, senses

# Letters written after a person's name: honours, a barrister's rank, a seat in a parliament.
POST_NOMINALS = {
    "QC", "KC", "SC", "MP", "MSP", "MEP", "AM", "MLA", "TD", "OBE", "MBE", "CBE", "KBE", "DBE", "GBE", "KCMG",
    "FRS", "PhD", "VC", "GC", "DSO", "MC", "Jr", "Jnr", "Snr", "Sr",
}  # fmt: skip
PERSONAL_PRONOUNS = {"he", "she", "his", "her", "him", "himself", "herself"}
TITLES_BEFORE = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady"}
BODY_WORDS = {"and", "&", "of", "for", "the"}


def post_nominal(span: Span) -> int:
    """How many letters-after-the-name close a name of two or more words before them ("Sands QC": 1)."""
    count = 0
    while len(span) - count > 2 and span[len(span) - 1 - count].text.rstrip(".") in POST_NOMINALS:
        count += 1
    return count


def a_person_named_as_a_body(span: Span) -> bool:
    """Whether an organisation's name is a person's, by what the article does with any of its mentions."""
    if span.ent_id_ or not _name_like(span):
        return False
    doc = span.doc
    same = [e for e in doc.ents if e.text == span.text] or [span]
    return any(post_nominal(e) or _listed_with_people(e) or _job_and_pronoun(e) for e in same) or (
        len(span) > 1 and _surname_alone_as_a_person(span)
    )


def unglued(ent: Span) -> list[Span]:
    """ "the chairman of BT Tom Hoe": a body's capital initials the model ran into the name of the person
    who holds a post in it are two names, the body's and the person's."""
    if ent.label_ != "ORG" or ent.ent_id_ or not 3 <= len(ent) <= 4:
        return [ent]
    first = ent[0]
    initials = first.is_upper and first.is_alpha and 2 <= len(first) <= 5
    if not initials or not _name_like(ent[1:]) or any(t.text in places() for t in ent[1:]):
        return [ent]  # "BBC Radio Kent": a place in it names a part of the body
    if not _post_of(ent) or not _pronoun_follows(ent):
        return [ent]
    doc = ent.doc
    return [
        Span(doc, ent.start, ent.start + 1, label="ORG"),
        Span(doc, ent.start + 1, ent.end, label="PERSON"),
    ]


def _post_of(ent: Span) -> bool:
    """A word for a person's post right before "of" and the name ("the chairman of", "chief executive of")."""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].lower_ != "of":
        return False
    post = doc[ent.start - 2]
    return post.pos_ == "NOUN" and names_a_person(post.lemma_)  # "executive" is a body too


def _pronoun_follows(ent: Span) -> bool:
    """ "… Tom Hoe. He said: …": "he" or "she" comes after the name, before another person is named, in its
    sentence or the next."""
    doc = ent.doc
    sentence = ent.root.sent
    end = doc[sentence.end].sent.end if sentence.end < len(doc) else sentence.end
    for token in doc[ent.end : end]:
        if token.ent_type_ == "PERSON":
            return False
        if token.lower_ in {"he", "she"}:
            return True
    return False


def _name_like(span: Span) -> bool:
    """Title-case words, no joining word and no word for a body ("Matrix Chambers", "Hansard Society")."""
    words = [t for t in span if t.text.rstrip(".") not in POST_NOMINALS]
    if not words or not all(t.is_title and t.is_alpha for t in words) or len(words) > 3:
        return False
    if any(t.lower_ in BODY_WORDS for t in words):
        return False
    return not any(set(senses(t.lower_)[:2]) & {"g"} for t in words)


def _listed_with_people(span: Span) -> bool:
    """ "the event with Eddie Izzard and Sally Lindsay", "with Davies and Ben Foakes": listed with
    a person the model named in full."""
    root = span.root
    others = [t for t in [*root.conjuncts] if not (span.start <= t.i < span.end)]
    return any(t.ent_type_ == "PERSON" and _full_name(t) for t in others)


def _full_name(token: Token) -> bool:
    return any(c.dep_ in {"compound", "flat"} and c.ent_type_ == "PERSON" for c in token.children)


def _job_and_pronoun(span: Span) -> bool:
    """ "TV star Bear Grylls said that he supports …": a word for a person's job written before a name of
    two words or more, and a personal pronoun after the name in its sentence."""
    if len(span) < 2 or span.start == 0:
        return False
    before = span.doc[span.start - 1]
    classes = senses(before.lemma_.lower())
    job = before.pos_ == "NOUN" and before.is_lower and "r" in classes and "g" not in classes  # "star"
    after = span.doc[span.end : span.root.sent.end]
    return job and any(t.lower_ in PERSONAL_PRONOUNS for t in after)


def _only_a_person(lemma: str) -> bool:
    classes = senses(lemma)
    return classes[:1] == "r" and "g" not in classes


def _surname_alone_as_a_person(span: Span) -> bool:
    """The last word of the name used alone as a person: tagged a person, after "Mr", or after a word for a
    person's job ("fast bowler Meaker (3-61)")."""
    surname = span[-1 - post_nominal(span)].text
    for token in span.doc:
        if token.text != surname or span.start <= token.i < span.end or token.i == 0:
            continue
        before = span.doc[token.i - 1]
        if token.ent_type_ == "PERSON" and not any(
            e.start <= token.i < e.end and len(e) > 1 for e in span.doc.ents
        ):
            return True
        if before.lower_.rstrip(".") in TITLES_BEFORE:
            return True
        if before.pos_ == "NOUN" and before.is_lower and _only_a_person(before.lemma_.lower()):
            return True
    return False

"""A thing's "it" that opens what a line says ("It could mean much earlier diagnosis") and the thing the
sentence before named: the one noun phrase of that sentence's main clause, its subject or its object, that can
be "it" (one thing: not a person, not a plural, not a time, an amount or a place). Where the subject and the
object can both be "it", or the line's own sentence names a thing before its "it", which one is not sure."""

from __future__ import annotations

from spacy.tokens import Span, Token

from builder.extract.referents.pronouns import personal

NOT_THINGS = {"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY", "PERSON", "GPE", "LOC"}
THING_NAMES = {"ORG", "PRODUCT", "WORK_OF_ART", "LAW", "EVENT", "FAC"}
TITLES = {"mr", "mrs", "ms", "miss", "dr", "sir", "lady", "lord", "prof", "professor", "dame"}
CLAUSE_ROLES = {"nsubj", "dobj", "attr", "nsubjpass"}
MAX_WORDS = 8
# prepositions of a verb's adjunct of time or purpose ("contacted for a comment", "after the fire"), whose
# object is no thing the clause is about; not "in", "on", "by" ("named in a report": the report may be "it")
ADJUNCT_PREPS = {"for", "during", "after", "before", "since", "until"}
# words that say a noun is a general kind, not one thing named ("something", "anything", "nothing")
EMPTY_HEADS = {"something", "anything", "nothing", "everything", "thing", "one", "lot", "way", "time"}


def thing_before(pronoun: Token) -> tuple[str, Token] | None:
    """The noun phrase a subject "it" of a main clause stands for, written as a definite phrase, and its
    head; None where not one thing of the sentence before can be meant."""
    if pronoun.lower_ != "it" or pronoun.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    if _placeholder(pronoun.head):
        return None  # "it is clear that …", "it would be wrong to …": no thing is meant
    if pronoun.head.lemma_ == "be":
        return None  # "It was disappointing", "it shouldn't be down to …": mostly what happened, no thing
    own = pronoun.doc[pronoun.sent.start : pronoun.i]
    if any(_can_be_it(t) for t in own):
        return None  # "the test was cheap, and it could …": the line's own sentence names a thing first
    before = [s for s in pronoun.doc.sents if s.end <= pronoun.sent.start]
    if not before:
        return None
    if before[-1].root.lemma_ == "be":
        return None  # "X was their first goal in three games. It …": the state told, as often as X
    candidates = [t for t in _main_clause_nouns(before[-1]) if _can_be_it(t)]
    if len(candidates) != 1:
        return None  # none, or a subject and an object that may both be "it"
    written = _written(candidates[0])
    return (written, candidates[0]) if written is not None else None


def on_the_way(noun: Token) -> bool:
    """Whether a singular noun met between a named body and a later "it" may be what that "it" means: a noun
    the clause acts on or says the subject is ("unveiled a new phone", "is a hub"), not one inside a relative
    clause ("whose site was run by …") nor the object of a preposition of time or purpose ("contacted for a
    comment")."""
    path = [noun, *noun.ancestors]
    if any(t.dep_ in {"relcl", "acl", "advcl"} for t in path[:-1]):
        return False
    adjunct = noun.dep_ == "pobj" and noun.head.lower_ in ADJUNCT_PREPS
    return not (adjunct and noun.head.head.pos_ in {"VERB", "AUX"})


def _placeholder(verb: Token) -> bool:
    """A verb whose "it" holds the place of a clause after it, or of the weather or the time."""
    said = [verb, *(c for c in verb.children if c.dep_ in {"acomp", "attr"})]
    after = [c for h in said for c in h.children if c.i > verb.i]
    if any(c.dep_ in {"ccomp", "xcomp", "advcl", "csubj"} and _clause_mark(c) for c in after):
        return True
    return verb.lemma_.lower() in {"seem", "appear", "rain", "snow", "take"}


def _clause_mark(clause: Token) -> bool:
    marks = {c.lower_ for c in clause.children if c.dep_ in {"aux", "mark"}}
    return bool(marks & {"to", "that", "if", "whether", "like"}) or clause.tag_ == "VBG"


def _main_clause_nouns(sent: Span) -> list[Token]:
    root = sent.root
    verbs = [root, *(c for c in root.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"})]
    nouns = [c for v in verbs for c in v.children if c.dep_ in CLAUSE_ROLES]
    # a reported clause carries the thing where the main verb only says who spoke ("Experts say a test …")
    for verb in verbs:
        for clause in (c for c in verb.children if c.dep_ == "ccomp"):
            nouns += [c for c in clause.children if c.dep_ in CLAUSE_ROLES]
    return nouns


def _can_be_it(noun: Token) -> bool:
    """A noun phrase "it" may stand for: one thing, named or not."""
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.tag_ in {"NNS", "NNPS"}:
        return False
    if noun.ent_type_ in NOT_THINGS or noun.lemma_.lower() in EMPTY_HEADS:
        return False
    if noun.pos_ == "PROPN" and noun.ent_type_ and noun.ent_type_ not in THING_NAMES:
        return False
    if noun.pos_ == "PROPN" and any(t.lower_.rstrip(".") in TITLES for t in noun.subtree):
        return False  # "Mr Prater", a name the tagger gave no kind: a person
    if any(c.dep_ == "conj" for c in noun.children):
        return False  # "a test and a scan": two things
    return not (noun.pos_ == "NOUN" and personal(noun))


def _written(noun: Token) -> str | None:
    """The phrase as a definite one ("a new blood test" → "the new blood test"), without a clause after it;
    None where it is long, holds a pronoun, or is itself a bare "the …" that says nothing more than "it"."""
    words = [t for t in noun.subtree if t.i <= noun.i or t.dep_ in {"prep", "pobj", "compound", "amod"}]
    words = [t for t in words if not any(a.dep_ in {"relcl", "acl", "appos"} for a in _path(t, noun))]
    words = sorted(words, key=lambda t: t.i)
    while words and words[-1].is_punct:
        words.pop()
    if not words or words[-1].i - words[0].i + 1 != len(words) or len(words) > MAX_WORDS:
        return None
    if any(t.tag_ in {"PRP", "PRP$"} or (t.is_punct and t.text not in {"-", "'s"}) for t in words):
        return None
    first = words[0]
    if first.lower_ in {"this", "that", "these", "those"}:
        return None
    if first.lower_ == "the" and len(words) == 2 and noun.pos_ == "NOUN":
        return None  # "the test": which test, the line still cannot say
    text = "".join(t.text_with_ws for t in words).strip()
    if first.lower_ in {"a", "an"}:
        text = "the" + text[len(first.text) :]
    return text


def _path(token: Token, top: Token) -> list[Token]:
    """The tokens from `token` up to (not including) `top`."""
    path = []
    while token != top and token.head != token:
        path.append(token)
        token = token.head
    return path

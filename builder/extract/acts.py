"""What happened, as an article's lead tells it: the lemmas of its main predicates ("offer", "reject").

Reports of one happening days apart tell it with the same act: a takeover bid is "makes offer" or "offer"
whoever writes it, and an outlet's follow-up of the bid the next week, if still about the bid, says the same.
The next happening of a thread is another act: the target "rejects" the bid, the bidder "raises" it. Time
rules of story grouping read these acts for dated articles more than a few days apart
(`stories.features.acts_of`, `stories.timing.Timing.close_in_time`).

Extraction reads the acts of the title and of each of the first sentences (`text_acts`, kept on the briefing
as `lead_acts`), and whom each act befell (`act_parties`, kept as `lead_parties`: one act befalling two
people is two happenings); the story stage picks the title's and the first sentence's that tells one. A
sentence's acts come from the article's own parse, the title's from a parse of the title alone (it is not
in the body), unless the body opens with the title as written. An act is read from the parse of each text:

- the main verb of the clause (its lemma, with a particle: "check out" is not "check into"), its
  conjoined verbs ("club sacks manager, appoints coach"), and the verb a saying reports ("police said a man
  had been arrested": "arrest"; "agent says club to sign striker": "sign");
- for a light verb with an object, the object's noun ("makes an offer", "launched a bid": "offer", "bid");
- for a headline without a verb, its head noun ("Blaze at mill"), or the verb that describes it ("inmate
  caught after days at large": "catch").

Headlines in title case ("Singer Checks Out Of Clinic") mislead the tagger: their words are lower-cased
before parsing, but for the words of names the article does not write in lower case.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Span, Token

from builder.core.model import Sentence, Term
from builder.extract.actors.speech import SAY_VERBS, SPEECH_VERBS

# Verbs that report or announce another act: the act is the clause they introduce.
REPORTING = SPEECH_VERBS | SAY_VERBS | frozenset(
    {"announce", "confirm", "report", "reveal", "deny", "learn", "show", "find", "expect", "hope", "plan",
     "seek", "want", "vow", "pledge", "promise", "threaten", "decide", "fail", "try", "appear", "seem"}
)  # fmt: skip
# Verbs whose object names the act ("makes an offer", "faces charges", "holds talks").
LIGHT = frozenset(
    {"make", "launch", "table", "submit", "lodge", "file", "issue", "face", "hold", "take", "give", "have",
     "get", "receive", "put", "stage", "mount", "win", "suffer", "carry", "reach", "be", "become"}
)  # fmt: skip
VERB_TAGS = frozenset({"VERB", "AUX"})
NOUN_TAGS = frozenset({"NOUN", "PROPN"})
CLAUSES = frozenset({"ccomp", "xcomp"})
WORD = re.compile(r"[A-Za-z][\w'’\-]*")
Words = frozenset[str]
TITLE_CASE_SHARE = 0.6  # share of a title's longer words written capitalised that makes it a title-case one
LEAD_TEXTS = 4  # sentences whose acts are kept: stories read three, after a body line that is the title
# The labels of the terms whose words are names (`stories.features.NAMED_LABELS`, one layer up: the same set).
NAME_LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW", "NAME"}
)


@functools.cache
def parser():  # type: ignore[no-untyped-def]
    """The project's spaCy pipeline (loaded on first use, shared with extraction in the same process)."""
    from builder.nlp.spacy_model import load_nlp

    return load_nlp()


PARSING = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")


def text_acts(
    doc: Doc, sentences: Sequence[Sentence], title: str | None, terms: Sequence[Term]
) -> tuple[tuple[tuple[str, ...], ...], tuple[tuple[str, ...], ...]]:
    """The acts of the title (first; none without a title) and of each of the first LEAD_TEXTS sentences, each
    sorted, and whom each of these acts befell (`text_parties`): the sentences' from the article's parse, the
    title's from its own parse (in sentence case) unless the body opens with it as written."""
    roots = lead_roots(doc, sentences, title, terms)
    people = frozenset(w.lower() for t in terms if t.label == "PERSON" for w in WORD.findall(t.text))
    acts = tuple(tuple(sorted(sentence_acts(r))) if r is not None else () for r in roots)
    return acts, tuple(text_parties(r, people) if r is not None else () for r in roots)


def lead_roots(
    doc: Doc, sentences: Sequence[Sentence], title: str | None, terms: Sequence[Term]
) -> tuple[Token | None, ...]:
    """The roots of the title's parse (None without a title) and of the first LEAD_TEXTS sentences'."""
    body = [root_of(doc, s) for s in sentences[:LEAD_TEXTS]]
    title = (title or "").strip()
    if not title:
        return (None, *body)
    lower = lower_words(s.text for s in sentences)
    names = frozenset(w.lower() for t in terms if t.label in NAME_LABELS for w in WORD.findall(t.text))
    cased = sentence_case(title, lower, names)
    opening = [root for s, root in zip(sentences[:LEAD_TEXTS], body, strict=False) if s.text.strip() == title]
    if opening and cased == title:
        return (opening[0], *body)
    nlp = parser()
    with nlp.select_pipes(enable=[p for p in PARSING if p in nlp.pipe_names]):
        parsed = nlp(cased)
    return (next(parsed.sents).root, *body)


def text_parties(root: Token, people: Words) -> tuple[str, ...]:
    """Whom the acts of one text befell (`act_parties`), among `people`, the lower-cased words of the
    article's names of people: "arrest\tjackson vincent", sorted."""
    acts = sentence_acts(root)
    parties = act_parties(root).items()
    found = {act: named for act, words in parties if act in acts and (named := words & people)}
    return tuple(sorted(f"{act}\t{' '.join(sorted(words))}" for act, words in found.items()))


def root_of(doc: Doc, sentence: Sentence) -> Token:
    """The root of a sentence in the article's parse: of its longest parsed sentence where it joins several
    (an opening word the model cut off, a closing quote mark)."""
    span = doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
    parts: list[Span] = list(span.sents) if span is not None else []
    if not parts:
        return doc[0]
    return max(parts, key=len).root


def lower_words(texts: Iterable[str]) -> frozenset[str]:
    """The words the texts write in lower case."""
    return frozenset(w for text in texts for w in WORD.findall(text) if w[0].islower())


def sentence_case(text: str, lower: frozenset[str], names: frozenset[str]) -> str:
    """A title-case headline with its words lower-cased, but for the words of names its article does not
    write in lower case; other texts as they are."""
    words = [w for w in WORD.findall(text) if len(w) > 3]
    if not words or sum(w[0].isupper() for w in words) < TITLE_CASE_SHARE * len(words):
        return text
    return WORD.sub(lambda m: m[0] if m[0].lower() in names and m[0] not in lower else m[0].lower(), text)


def sentence_acts(root: Token) -> set[str]:
    """The acts of one sentence, from its root."""
    acts: set[str] = set()
    for head in (root, *(c for c in root.children if c.dep_ == "conj" and c.pos_ in VERB_TAGS)):
        acts.update(clause_acts(head, depth=0))
    return acts


def clause_acts(head: Token, depth: int) -> set[str]:
    """The acts of the clause headed by a token."""
    lemma = head.lemma_.lower()
    if head.pos_ in VERB_TAGS:
        if lemma in REPORTING and depth < 2:
            reported = [c for c in head.children if c.dep_ in CLAUSES and c.pos_ in VERB_TAGS]
            if reported:
                return {a for c in reported for a in clause_acts(c, depth + 1)}
        if lemma in LIGHT:
            objects = [c for c in head.children if c.dep_ in {"dobj", "attr"} and c.pos_ == "NOUN"]
            if objects:
                return {c.lemma_.lower() for c in objects}
        particle = next((c.lower_ for c in head.children if c.dep_ == "prt"), None)
        return {f"{lemma} {particle}" if particle else lemma}
    if head.pos_ in NOUN_TAGS:
        described = [c for c in head.children if c.dep_ in {"acl", "relcl"} and c.pos_ == "VERB"]
        if described:
            return {a for c in described for a in clause_acts(c, depth + 1)}
        return {lemma} if head.pos_ == "NOUN" else set()
    return set()


# Who an act befell: the one arrested, fired, stopped or checked into rehab. Two reports of one happening name
# the same person (or one of them names no one: "the actress"); the same act befalling two people is two
# happenings (two players' DUI arrests weeks apart, a coach fired and another hired).
PARTY_DEPS = frozenset({"dobj", "nsubjpass"})
UNDERGOING = frozenset({"face", "receive", "suffer", "get"})  # light verbs whose subject undergoes the act


def act_parties(root: Token) -> dict[str, set[str]]:
    """For each act of a sentence (as `sentence_acts` reads it), the words of the names of who it befell: the
    object of its verb, the subject of a passive (also a headline's: "Jackson arrested on suspicion of DUI"),
    the subject of a light verb of undergoing ("Williams faces charges"). The subject of an active verb
    without an object is left out: the parser takes a misread object for none ("Klitschko stops Tony
    Thompson")."""
    found: dict[str, set[str]] = {}
    for head in (root, *(c for c in root.children if c.dep_ == "conj" and c.pos_ in VERB_TAGS)):
        for act, words in clause_parties(head, depth=0).items():
            found.setdefault(act, set()).update(words)
    return found


def clause_parties(head: Token, depth: int) -> dict[str, set[str]]:
    """`act_parties` of the clause headed by a verb."""
    if head.pos_ not in VERB_TAGS:
        return {}
    lemma = head.lemma_.lower()
    if lemma in REPORTING and depth < 2:
        reported = [c for c in head.children if c.dep_ in CLAUSES and c.pos_ in VERB_TAGS]
        if reported:
            found: dict[str, set[str]] = {}
            for clause in reported:
                for act, words in clause_parties(clause, depth + 1).items():
                    found.setdefault(act, set()).update(words)
            return found
    subjects = [c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if lemma in LIGHT:
        objects = [c for c in head.children if c.dep_ in {"dobj", "attr"} and c.pos_ == "NOUN"]
        if objects:  # who faces charges underwent them; who makes an offer made it
            words = name_words(subjects) if lemma in UNDERGOING else set()
            return {c.lemma_.lower(): words for c in objects} if words else {}
    objects = [c for c in head.children if c.dep_ in PARTY_DEPS]
    if not objects and head.tag_ == "VBN" and not any(c.dep_ in {"aux", "auxpass"} for c in head.children):
        objects = subjects  # a headline's passive: "Jackson arrested on suspicion of DUI"
    particle = next((c.lower_ for c in head.children if c.dep_ == "prt"), None)
    words = name_words(objects)
    return {f"{lemma} {particle}" if particle else lemma: words} if words else {}


def name_words(tokens: Iterable[Token]) -> set[str]:
    """The lower-cased words of the proper names the tokens head, with the proper nouns compounded into them
    ("Vincent Jackson"; a role noun before the name is not part of it: "receiver Vincent Jackson")."""
    words: set[str] = set()
    for token in tokens:
        for name in (token, *(c for c in token.children if c.dep_ == "appos")):
            if name.pos_ == "PROPN":
                words |= {t.lower_ for t in compounds(name)}
    return words


def compounds(token: Token) -> list[Token]:
    """A proper noun and the proper nouns compounded into it, recursively."""
    found = [token]
    for child in token.children:
        if child.dep_ == "compound" and child.pos_ == "PROPN":
            found += compounds(child)
    return found

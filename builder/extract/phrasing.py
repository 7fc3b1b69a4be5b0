"""Phrasing: turning parsed clauses and noun phrases back into short, readable text."""

from __future__ import annotations

import html
import itertools
import re
from collections.abc import Iterable

from spacy.tokens import Doc, Token

if not Token.has_extension("named"):
    Token.set_extension("named", default=None)  # the actor a pronoun stands for, set by `questions.names`

MAX_WORDS = 14
HEDGE_MODALS = {"may", "might", "could"}
MODAL_TEXT = {"wo": "will", "ca": "can", "sha": "shall"}
RELATIVE = {"which", "that", "who", "whom"}
ASIDE_MARKS = {",", "(", "–", "—", "--", "-"}
DASHES = {"–", "—", "--", "-"}
PLURAL_ONLY = {"whereabouts", "headquarters", "details", "terms"}
SENTENCE_ADVERBS = {
    "also", "however", "furthermore", "meanwhile", "yet", "still", "nonetheless", "moreover", "thus", "well",
    "therefore", "so", "then", "now", "additionally", "overall", "indeed", "further", "either", "simply",
}  # fmt: skip
CUT_DEPS = {"advcl", "parataxis", "conj", "cc", "dep", "intj", "mark", "neg", "preconj", "punct"}
CLAUSE_PARTS = {"nsubj", "nsubjpass", "aux", "auxpass", "expl"}
NP_DROP_WORDS = {"possible", "potential", "alleged", "any", "such", "purported", "rumored", "rumoured"}
LOOSE_ENDS = {"ADP", "DET", "CCONJ", "SCONJ", "PART", "AUX"}
CONTRACTION = re.compile(r"['’](s|re|ve|ll|d|m|t)|n['’]t", re.IGNORECASE)
QUOTE_MARKS = re.compile(r"``|''|[\"“”]|(?<!\w)['‘’]|['‘’](?!\w)|\(\s*\)")


def child(token: Token, deps: set[str]) -> Token | None:
    """The first child with one of the dependency labels."""
    return next((c for c in token.children if c.dep_ in deps), None)


def infinitive(verb: Token) -> bool:
    """A "to" infinitive ("to allow", "to give")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def named(token: Token) -> str | None:
    """The actor's name written for a pronoun ("he" → "Alan Milburn", "its" → "Acme's"), if one is set."""
    name = token._.named
    if name is None:
        return None
    if token.tag_ == "PRP$":
        return name + ("'" if name.endswith("s") else "'s")
    return name


def words(tokens: Iterable[Token], lower_first: bool = False) -> str:
    """Tokens as text in document order, one space where the source had one or where tokens were cut out;
    a pronoun the article's actors resolve is written as the actor's name."""
    # a word whose name is "" is said by the word before it ("the two countries" → "China and Japan")
    ordered = sorted((t for t in set(tokens) if not t.is_space and t._.named != ""), key=lambda t: t.i)
    parts = []
    for this, following in zip(ordered, [*ordered[1:], None], strict=False):
        gap = following is not None and following.i != this.i + 1 and not following.is_punct
        kept = this.tag_ == "POS" or CONTRACTION.fullmatch(this.text)  # "James' mother", "it's", "don't"
        text = named(this) or (this.text if kept else QUOTE_MARKS.sub("", this.text))
        parts.append(text + (" " if this.whitespace_ or gap else ""))
    text = " ".join(html.unescape("".join(parts)).split()).strip(",;:–—- ")
    first = ordered[0] if ordered else None
    small = (
        first is not None and first._.named is None and (first.lower_ in {"the", "a", "an"} or first.like_num)
    )
    if lower_first and first and (_lowerable(first) or small):
        text = text[:1].lower() + text[1:]
    return text


def _lowerable(token: Token) -> bool:
    return (
        token._.named is None
        and token.pos_ != "PROPN"
        and not token.ent_type_
        and token.text != "I"
        and not token.text[1:2].isupper()
    )


def plural(token: Token) -> bool:
    """Whether a subject head is plural: a plural noun, nouns joined by "and", "more than 100 people"."""
    if token.tag_ in {"NNS", "NNPS"} or token.lower_ in PLURAL_ONLY or child(token, {"conj"}) is not None:
        return True
    counted = [
        t
        for t in token.subtree
        if t.tag_ in {"NNS", "NNPS"} and t.head.i in {token.i, *(c.i for c in token.children)}
    ]
    return token.pos_ in {"ADJ", "NUM", "ADV", "PRON"} and bool(counted)


def phrase_root(tokens: list[Token]) -> Token:
    """The token of a phrase whose head lies outside it."""
    ids = {t.i for t in tokens}
    return next((t for t in tokens if t.head.i not in ids or t.head == t), tokens[0])


def _cut(token: Token) -> bool:
    """Modifiers a short question can do without: relative clauses, asides and "including/such as" lists.
    A dash that closes a pair opens nothing: "300 homes - or 900 people - of the valley" keeps "of
    the valley"."""
    mark = token.doc[token.left_edge.i - 1]
    in_word = (
        mark.text == "-" and not mark.whitespace_ and not token.doc[mark.i - 1].whitespace_
    )  # "anti-Semitic"
    aside = token.i > token.head.i and mark.text in ASIDE_MARKS and not in_word and not _closing_dash(mark)
    if token.dep_ == "relcl" or (aside and token.dep_ not in {"conj", "cc", "punct"}):
        return True
    following = token.doc[min(token.i + 1, len(token.doc) - 1)]
    preceding = token.doc[max(token.i - 1, 0)]
    return token.lower_ in {"including", "especially"} or (
        (token.lower_ == "such" and following.lower_ == "as")
        or (token.lower_ == "as" and preceding.lower_ == "such")
    )


def without_asides(root: Token, skip: set[int]) -> list[Token]:
    """The root's subtree minus relative clauses, asides (with their commas) and the skipped tokens; an
    aside a dash opens runs to the dash that closes it ("verification - ie passwords - is weak": "ie
    passwords" goes, whatever the parser hung "passwords" on)."""
    cuts = [c for c in root.subtree if c.i != root.i and _cut(c)]
    removed = {t.i for c in cuts for t in c.subtree} | skip
    for cut in cuts:  # the commas or dashes that framed the aside go with it
        removed |= {i for i in (cut.left_edge.i - 1, cut.right_edge.i + 1) if _mark(root.doc, i)}
        removed |= _dashed(cut, root)
    return [t for t in root.subtree if t.i not in removed and not t.is_space]


def _spaced_dash(token: Token) -> bool:
    """A dash standing between words ("a - b"), not one inside a word ("anti-Semitic")."""
    doc = token.doc
    return token.text in DASHES and (bool(token.whitespace_) or bool(doc[token.i - 1].whitespace_))


def _closing_dash(mark: Token) -> bool:
    """A dash with an odd number of dashes before it in its sentence: the one that closes a pair."""
    if not _spaced_dash(mark):
        return False
    before = mark.doc[mark.sent.start : mark.i]
    return sum(_spaced_dash(t) for t in before) % 2 == 1


def _dashed(cut: Token, root: Token) -> set[int]:
    """The words up to and with the dash that closes an aside a dash opens, within the root's phrase (not
    the root itself): empty where the aside has no closing dash."""
    doc = cut.doc
    mark = cut.left_edge.i - 1
    if mark < 0 or not _spaced_dash(doc[mark]) or _closing_dash(doc[mark]):
        return set()
    end = doc[mark].sent.end
    close = next((i for i in range(cut.right_edge.i + 1, end) if _spaced_dash(doc[i])), None)
    inside = {t.i for t in root.subtree}
    span = set(range(mark, close + 1)) if close is not None else set()
    return span if span <= inside and root.i not in span else set()


def _mark(doc: Doc, i: int) -> bool:
    return 0 <= i < len(doc) and doc[i].text in ASIDE_MARKS | {")"}


def noun_phrase(
    noun: Token, drop_determiners: bool = False, drop: set[int] | None = None, whole: bool = False
) -> list[Token]:
    """The noun with its modifiers, minus asides, relative clauses and (optionally) its determiners; a long
    phrase is cut short unless `whole` is asked for (where a cut would lose which thing it is)."""
    tokens = without_asides(noun, drop or set())
    while tokens and (tokens[-1].is_punct or tokens[-1].dep_ == "cc"):
        tokens.pop()
    while (
        drop_determiners
        and tokens
        and tokens[0] != noun
        and (tokens[0].dep_ in {"det", "predet"} or tokens[0].lower_ in NP_DROP_WORDS)
    ):
        tokens.pop(0)
    return tokens if whole else _trim(tokens)


def _trim(tokens: list[Token]) -> list[Token]:
    """Cut a long phrase before the last preposition (attached to a noun or verb) that keeps it short."""
    if len(tokens) <= MAX_WORDS:
        return tokens
    bounds = [
        n
        for n, t in enumerate(tokens[: MAX_WORDS + 1])
        if n >= 4 and t.dep_ == "prep" and t.head.tag_ not in {"VBN", "VBG", "JJ", "JJR", "RB"}
    ]
    return tokens[: bounds[-1]] if bounds else tokens[:MAX_WORDS]


def subject_of(verb: Token) -> list[Token] | None:
    """The subject phrase of a verb; shared with a conjoined or controlling verb; a relative's antecedent."""
    auxes = [a for a in verb.children if a.dep_ in {"aux", "auxpass"}]  # the parser sometimes hangs it there
    subjects = [c for t in [verb, *auxes] for c in t.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects and verb.dep_ in {"conj", "xcomp"} and verb.head.pos_ in {"VERB", "AUX"}:
        return subject_of(verb.head) if verb.dep_ == "xcomp" or _joined(verb) else None
    if not subjects or (verb.dep_ == "relcl" and subjects[0].lower_ not in RELATIVE):
        return None  # no subject, or an object relative ("the evidence that prosecutors might present")
    if subjects[0].lower_ in RELATIVE and verb.dep_ in {"relcl", "acl"}:
        subjects = [_antecedent(verb.head) if _after_comma(verb) else verb.head]
    # A list subject ("X, Y, and Z could …") is sometimes parsed as two subjects: keep the words between them.
    between = [t for t in verb.doc[subjects[0].i : subjects[-1].i] if t.dep_ in {"cc", "punct"}]
    phrase = sorted({*(t for s in subjects for t in noun_phrase(s)), *between}, key=lambda t: t.i)
    if _list_cut(phrase):
        return None  # "developing nations such as A, B, and C" cut round its names: the list loses them
    if (
        len(phrase) == 1
        and phrase[0]._.named is None
        and (phrase[0].tag_ in {"PRP", "EX", "WDT", "WP", "DT"} or phrase[0].lower_ in RELATIVE)
    ):
        return None  # a bare pronoun does not say who
    return phrase or None


def _list_cut(phrase: list[Token]) -> bool:
    """Names left out right before an "and" or a comma that goes on to another name ("nations [such as A,
    B,] and C"); not an aside dropped before a common noun ("economies [such as the US,] and EU states")."""
    for a, b in itertools.pairwise(phrase):
        gap = a.doc[a.i + 1 : b.i]
        named_after = any(t.pos_ == "PROPN" for t in phrase if t.i > b.i)
        if gap and b.dep_ in {"cc", "conj", "punct"} and any(t.pos_ == "PROPN" for t in gap) and named_after:
            return True
    return False


def _joined(verb: Token) -> bool:
    """A joined verb with an "and" / "or" / "but" or a comma between it and the verb it shares a subject with;
    one with neither is a misparse ("Section 193 stipulates that a person … may be sentenced")."""
    head = verb.head
    between = [c for c in head.children if head.i < c.i < verb.i and (c.dep_ == "cc" or c.text in {",", ";"})]
    return bool(between) or any(c.dep_ == "cc" for c in verb.children)


def _after_comma(relative: Token) -> bool:
    """ ", which …": a relative set off by a comma may belong to the phrase a preposition hangs on; one
    right after its noun ("a woman who was waving") is that noun's own."""
    start = relative.left_edge.i
    return start > 0 and relative.doc[start - 1].text == ","


def _antecedent(noun: Token) -> Token:
    """Climb "the visit to the Far East, which …" from "East" to "visit", where the relative belongs."""
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in {"NOUN", "PROPN"}:
        noun = noun.head.head
    return noun


def predicate_of(verb: Token, skip: set[int], trim: bool = True) -> list[Token]:
    """The verb and what follows it in its clause, minus asides, other clauses and hedges."""
    kept = [verb]
    for child in verb.children:
        if child.i in skip or child.dep_ in CUT_DEPS | CLAUSE_PARTS or child.lower_ in SENTENCE_ADVERBS:
            continue
        if (child.i > verb.i or child.dep_ == "advmod") and not _cut(child):
            kept += without_asides(child, skip)
    ordered = sorted(kept, key=lambda t: t.i)
    return _trim(ordered) if trim else ordered

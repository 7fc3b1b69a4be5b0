"""Gifts: who gave (or promised) what to whom, with the item as written and the sentence it comes from."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import permutations

from spacy.tokens import Token

from builder.extract import Analysis
from builder.extract import gift_phrases as phrases
from builder.extract import gift_syntax as syn
from builder.extract.evidence import evidence_at
from builder.extract.gift_nouns import noun_frames
from builder.extract.gift_rules import Frame, verb_frames
from builder.model import Gift

TERMINAL = (".", "!", "?", '"', "”", "’", "'")
INDEFINITE = {"anyone", "someone", "everyone", "anybody", "somebody", "everybody"}


@dataclass(frozen=True)
class Found:
    """A gift with its parties named, and where it sits in the text (for ordering and context)."""

    giver: str
    item: str
    recipient: str
    frame: Frame
    sentence: int


def find_gifts(analysis: Analysis) -> tuple[Gift, ...]:
    """Every gift in the analysed text, in text order, without repeats."""
    frames = [f for token in analysis.doc for f in verb_frames(token)] + noun_frames(analysis.doc)
    history: list[Found] = []
    for frame in sorted(frames, key=lambda f: (f.anchor.i, f.item.i)):
        history.extend(resolve(frame, analysis, history))
    found = _without_overviews(_without_headline(history, analysis))
    ordered = sorted(found, key=lambda f: (f.sentence, f.frame.anchor.i, f.frame.item.i))
    unique = {(f.giver, f.item, f.recipient, f.frame.status): f for f in reversed(ordered)}
    return tuple(
        _gift(f, analysis) for f in ordered if unique[(f.giver, f.item, f.recipient, f.frame.status)] is f
    )


def _gift(found: Found, analysis: Analysis) -> Gift:
    evidence = evidence_at(analysis.sentences, found.frame.anchor, analysis.article_id)
    return Gift(found.giver, found.item, found.recipient, found.frame.status, evidence)


def _sentence(token: Token, analysis: Analysis) -> int:
    return evidence_at(analysis.sentences, token, analysis.article_id).sentence


def _without_headline(found: list[Found], analysis: Analysis) -> list[Found]:
    """Drop gifts read from a headline line when the body reports gifts itself (the headline repeats them)."""
    sentences = analysis.sentences
    is_headline = (
        len(sentences) > 1 and sentences[1].paragraph == 1 and not sentences[0].text.endswith(TERMINAL)
    )
    body = [f for f in found if f.sentence > 1]
    return body if is_headline and body else found


def _without_overviews(found: list[Found]) -> list[Found]:
    """Drop "X and Y gifted each other Z" when the text also itemises a gift between the same two parties.

    The mutual sentence is then an overview of gifts the article reports one by one; keeping it would list
    each gift twice, once under its generic name.
    """
    specific = {(f.giver, f.recipient) for f in found if not f.frame.mutual}
    return [f for f in found if not (f.frame.mutual and (f.giver, f.recipient) in specific)]


def resolve(frame: Frame, analysis: Analysis, history: list[Found]) -> list[Found]:
    """Name the parties of a frame (pronouns and "in return" from the context) and split coordinations."""
    sentence = _sentence(frame.anchor, analysis)
    last = next((f for f in reversed(history) if f.sentence >= sentence - 1), None)
    givers = [_name(t, "giver", frame, analysis, last) for t in _members(frame.giver)]
    if frame.mutual:
        pairs = list(permutations([g for g in givers if g], 2))
    else:
        recipients = [_name(t, "recipient", frame, analysis, last) for t in _members(frame.recipient)]
        givers, recipients = _fill_in_return(frame, givers, recipients, last)
        pairs = [(g, r) for g in givers for r in recipients if g and r and g != r]
    skip = _party_preps(frame)
    members = _items(frame.item) if frame.split_items else [frame.item]
    items = [phrases.item_text(i, frame.anchor, skip) for i in members]
    return [Found(g, i, r, frame, sentence) for g, r in pairs for i in items if i]


def _members(token: Token | None) -> list[Token | None]:
    """A party and the parties coordinated with it ("Pelosi and Harris")."""
    if token is None:
        return [None]
    token = phrases.group_member(token)
    return [token, *[c for c in token.conjuncts if c.i > token.i]]


def _items(item: Token) -> list[Token]:
    """The item and the items listed with it, leaving out names the parser coordinated by mistake."""
    return [
        item,
        *[c for c in item.conjuncts if c.i > item.i and c.ent_type_ != "PERSON" and c.pos_ != "PRON"],
    ]


def _party_preps(frame: Frame) -> frozenset[int]:
    """Prepositions that introduce a party, so they never end up inside the item text."""
    parties = [t for t in (frame.giver, frame.recipient) if t is not None]
    heads = [t.head for t in parties if t.head.pos_ == "ADP"]
    return frozenset(h.i for h in heads) | {t.i for t in parties} | {frame.anchor.i}


def _explicit(token: Token | None, frame: Frame) -> bool:
    return token is not None and token.pos_ != "PRON" and frame.anchor.is_ancestor(token)


def _fill_in_return(
    frame: Frame, givers: list[str | None], recipients: list[str | None], last: Found | None
) -> tuple[list[str | None], list[str | None]]:
    """ "In return, Y received Z": the parties of the gift it answers, swapped, fill what the clause lacks."""
    if not frame.in_return or last is None:
        return givers, recipients
    if _explicit(frame.recipient, frame) and recipients[0] is not None:
        answered = last.giver if _same_name(recipients[0], last.recipient) else last.recipient
        return ([answered] if not _explicit(frame.giver, frame) else givers), recipients
    if not _explicit(frame.giver, frame):
        givers = [last.recipient]
    return givers, [last.giver]


def _same_name(a: str, b: str) -> bool:
    """True when one name's words contain the other's ("Hardy" and "Tom Hardy")."""
    x, y = set(a.lower().split()), set(b.lower().split())
    return x <= y or y <= x


def _name(token: Token | None, role: str, frame: Frame, analysis: Analysis, last: Found | None) -> str | None:
    """The name for a party token: actor name, resolved pronoun or title, else the description as written."""
    if token is None:
        return None
    if token.lower_ in INDEFINITE:
        return token.text
    if token.pos_ == "PRON":
        return _pronoun(token, role, frame, analysis, last)
    return _plain_name(token, analysis)


def _plain_name(token: Token, analysis: Analysis) -> str | None:
    """A party that is not a pronoun: named actor, resolved title, or the description as written."""
    name = phrases.named_party(token, analysis) or phrases.anaphoric_title(token, analysis)
    return name or phrases.described_party(token) or None


def _pronoun(token: Token, role: str, frame: Frame, analysis: Analysis, last: Found | None) -> str | None:
    """Resolve he/she/they: a subject continues the last clause's subject, an object the last recipient."""
    if token.lower_ in {"i", "me", "we", "us", "you", "myself", "ourselves"}:
        return None
    if frame.in_return and last is not None:
        return last.recipient if role == "giver" else last.giver
    if token.dep_ in syn.SUBJECT_DEPS or (role == "giver" and token.dep_ == "poss"):
        return _clause_subject(token, analysis) or _person_before(token, analysis, None)
    if last is not None and last.sentence >= _sentence(token, analysis) - 1:
        return last.recipient
    giver = _name(frame.giver, "giver", frame, analysis, last) if frame.giver is not token else None
    return _person_before(token, analysis, giver)


def _clause_subject(token: Token, analysis: Analysis) -> str | None:
    """The named subject of a governing clause in the sentence, else of the previous sentence."""
    node = token.head
    while node.head.i != node.i:
        node = node.head
        subject = syn.own_subject(node) if node.pos_ in {"VERB", "AUX"} else None
        if subject is not None and subject.pos_ != "PRON" and not subject.is_ancestor(token):
            return _plain_name(subject, analysis)
    start = token.sent.start
    if start == 0:
        return None
    root = analysis.doc[start - 1].sent.root
    subject = syn.own_subject(root)
    if subject is None or subject.pos_ == "PRON":
        return None
    return _plain_name(subject, analysis)


def _person_before(token: Token, analysis: Analysis, exclude: str | None) -> str | None:
    """The most recently named person before the token other than `exclude`."""
    for mention in reversed(analysis.actors.mentions):
        if mention.end <= token.idx and mention.kind == "person":
            name = phrases.mention_name(mention, analysis)
            if name != exclude:
                return name
    return None

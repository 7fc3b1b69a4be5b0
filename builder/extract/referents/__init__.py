"""Referents anchored: a bare "the law", "the company" or "it" in a line written from one sentence (an open
question, a concern's topic) is written as what the article means by it, so the line reads alone.

A definite description with no word of its own ("the law", "the scheme", "the firm") takes the fullest
earlier mention of the same noun ("a new beverage container return scheme" → "the new beverage container
return scheme"), the one named law, event or work the noun describes ("the law" → "the Inflation Reduction
Act"), or the named actor the resolver links it to ("the airline" → "Continental Airlines"). A pronoun takes
the actor the caller is sure of. What finds nothing sure is reported as loose: the caller decides whether the
line can still be shown.
"""

from __future__ import annotations

import difflib
import itertools
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from builder.core.model import Actor, Evidence
from builder.extract import Analysis
from builder.extract.evidence import evidence_at
from builder.extract.referents.acts import act_noun, act_told_before
from builder.extract.referents.countries import sole_country
from builder.extract.referents.descriptions import (
    DEMONSTRATIVE,
    act_said_before,
    actor_described,
    bare_description,
    compound_head,
    described_actor,
    described_definite,
    named_by_its_noun,
    named_thing,
    said_before_in,
    said_with_its_words,
    same_noun,
    speakers_body,
    titled,
)
from builder.extract.referents.pairs import counted_phrase, joined_subject, named_ones
from builder.extract.referents.pronouns import BODY_WORDS, GROUP_WORDS, PERSON_WORDS, bound
from builder.extract.referents.things import thing_before
from builder.nlp.spacy_model import load_nlp

CORE_DEPS = {"nsubj", "nsubjpass"}
SIDE_CLAUSES = {"pcomp", "advcl", "acl", "relcl"}
# a share of a group is about the group: "most of the people", "the great majority of the bodies"
SHARES = {
    "most", "majority", "some", "many", "all", "none", "half", "number", "rest", "part", "share",
    "proportion", "minority", "few", "several", "each", "one", "two", "three", "dozens", "hundreds",
    "thousands",
}  # fmt: skip


@dataclass(frozen=True)
class Anchor:
    """One referent written out: the sentence's wording, what the line says instead, how it was found, and
    the sentence the antecedent comes from."""

    wording: str
    written: str
    how: str  # "actor", "name", "same noun", "act", "pair", "pronoun" or "thing"
    evidence: Evidence


@dataclass(frozen=True)
class Anchored:
    """A line with its referents written out, and the wordings left that only the article explains."""

    text: str
    anchors: tuple[Anchor, ...]
    loose: tuple[str, ...]
    # the loose wordings that are who or what the line is about: the subject of its clause ("Will the
    # designation take …?", "most of the people"), not what it acts on or where ("on the field")
    core: tuple[str, ...] = ()

    @property
    def stands_alone(self) -> bool:
        return not self.loose

    @property
    def points_back(self) -> bool:
        """A "that request", "this phase" left: a pointer to something the line does not say."""
        return any(wording.split()[0] in DEMONSTRATIVE for wording in self.loose)


def anchor(
    text: str,
    sent: Span,
    analysis: Analysis,
    actor_of: Callable[[Token], Actor | None] | None = None,
    thing_of: Callable[[Token], str | None] | None = None,
    such: bool = False,
    speakers: bool = False,
) -> Anchored:
    """The line written from `sent` with each bare description (and each pronoun `actor_of` is sure of an
    actor for, or `thing_of` of a thing) it keeps written as its antecedent; the wordings nothing sure was
    found for are `loose`; with `such`, "such a deal" is a description too; with `speakers`, "the firm" a
    speaker's phrase names is that body (`speakers_body`)."""
    placed = aligned(text, sent)
    edits: list[tuple[int, int, str]] = []
    anchors: list[Anchor] = []
    loose: list[str] = []
    core: list[str] = []
    done: set[str] = set()
    for token in sent:
        if token.i not in placed:
            continue
        found = _counted(text, token, placed, analysis) if token.pos_ in {"NOUN", "NUM"} else None
        if found is None and token.pos_ == "NOUN":
            found = _description(token, placed, analysis, such, speakers)
        if found is None and token.pos_ == "NOUN" and token.dep_ in CORE_DEPS:
            found = _described(token, placed, analysis)
        if found is None and token.pos_ == "NOUN":
            found = _act(token, placed, analysis)
        if found is None and token.pos_ == "PRON" and actor_of is not None:
            found = _pronoun(token, placed, analysis, actor_of)
        if found is None and token.pos_ == "PRON":
            found = _joined_pronoun(token, placed, analysis)
        if found is None and token.pos_ == "PRON" and thing_of is not None:
            found = _thing(token, placed, analysis, thing_of)
        if found is None and token.pos_ == "PRON" and is_core(token):
            found = _thing_before(token, placed, analysis)
        if found is None:
            if (wording := loose_wording(token, placed)) is not None:
                loose.append(wording)
                core += [wording] if is_core(token) else []
            continue
        start, end, written, made = found
        if made.wording.lower() in done:
            continue  # "the law … the law": named once, then the short form reads
        done.add(made.wording.lower())
        edits.append((start, end, _cased(text[start:end], written)))
        anchors.append(made)
    for start, end, written in sorted(edits, reverse=True):
        text = text[:start] + written + text[end:]
    return Anchored(text, tuple(anchors), tuple(dict.fromkeys(loose)), tuple(dict.fromkeys(core)))


def is_core(token: Token) -> bool:
    """Who or what the line is about: the subject of a clause, or the noun a share of it is taken from
    ("most of the people"); not a possessive, an object, a place or an adjunct ("back on the field")."""
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in SHARES:
        token = token.head.head  # "most of the people" stands where "most" does
    if token.dep_ not in CORE_DEPS or token.head.dep_ in SIDE_CLAUSES:
        return False  # "as the kitten jumps around": a side clause's subject
    # two subjects of one verb: a list the parse broke ("the cost of repairs to the roof, the walls and …")
    return sum(c.dep_ in CORE_DEPS for c in token.head.children) == 1


def _cased(old: str, new: str) -> str:
    """The new words with the old first letter's case where the new one starts with a small word."""
    if old[:1].isupper() and new[:1].islower():
        return new[:1].upper() + new[1:]
    if old[:1].islower() and new.split(" ", 1)[0] in {"The", "A", "An"}:
        return new[:1].lower() + new[1:]
    return new


# where the sentence's tokens stand in the line ------------------------------------------------------------


def aligned(text: str, sent: Span) -> dict[int, tuple[int, int]]:
    """Sentence token index → the character span of the same word in the line, for the words the line kept
    in order (longest matching blocks of lower-cased words, quote marks aside)."""
    line = _tokenise(text)
    ours = [t for t in sent if not t.is_space and _plain(t.text)]
    theirs = [t for t in line if _plain(t.text)]
    # a phrase the sentence says twice ("commands to the woman …, the woman disregarded …") is placed where
    # the line's words around it are: of the first and the last occurrence, the tighter placing
    forward = _placed(ours, theirs)
    backward = _placed(ours[::-1], theirs[::-1])
    return min((forward, backward), key=_spread)


def _placed(ours: list[Token], theirs: list[Token]) -> dict[int, tuple[int, int]]:
    matcher = difflib.SequenceMatcher(
        None, [_plain(t.text) for t in ours], [_plain(t.text) for t in theirs], autojunk=False
    )
    placed = {}
    for block in matcher.get_matching_blocks():
        for k in range(block.size):
            mine, other = ours[block.a + k], theirs[block.b + k]
            placed[mine.i] = (other.idx, other.idx + len(other.text))
    return dict(sorted(placed.items()))


def _spread(placed: dict[int, tuple[int, int]]) -> tuple[int, int]:
    """Fewer words placed is worse; then the more sentence words skipped between placed ones, the worse."""
    indices = list(placed)
    return -len(indices), sum(b - a - 1 for a, b in itertools.pairwise(indices))


def _tokenise(text: str) -> Doc:
    return load_nlp().tokenizer(text)


def _plain(word: str) -> str:
    return word.lower().strip("\"“”‘’'`")


def loose_wording(token: Token, placed: dict[int, tuple[int, int]]) -> str | None:
    """The wording of a bare description or a third-person pronoun the line keeps, as the sentence has it;
    None for a pronoun whose referent the line names before it ("Chua's claim that he …")."""
    if token.pos_ == "NOUN" and (det := bare_description(token, set(placed))) is not None:
        return f"{det.lower_} {token.text}"
    if token.pos_ == "PRON" and token.lower_ in PERSON_WORDS | BODY_WORDS | GROUP_WORDS:
        return None if bound(token, set(placed)) else token.lower_
    return None


def _description(
    token: Token,
    placed: dict[int, tuple[int, int]],
    analysis: Analysis,
    such: bool = False,
    speakers: bool = False,
) -> tuple[int, int, str, Anchor] | None:
    det = bare_description(token, set(placed), such)
    if det is None or det.i not in placed:
        return None
    wording = f"{det.text} {token.text}"
    found = (speakers_body(token, analysis) if speakers else None) or _antecedent(token, det, analysis)
    if found is None:
        return None
    written, how, source = found
    if how == "same sentence" and source.i in placed:
        return None  # the line says it in full before
    made = Anchor(wording, written, how, evidence_at(analysis.sentences, source, analysis.article_id))
    return placed[det.i][0], placed[token.i][1], written, made


def _counted(
    text: str, token: Token, placed: dict[int, tuple[int, int]], analysis: Analysis
) -> tuple[int, int, str, Anchor] | None:
    """ "the two countries", "the pair" → "China and Japan": the named ones the article joined last, where
    the line does not name them already."""
    if token.i not in placed or (counted := counted_phrase(token)) is None:
        return None
    first, count, kinds = counted
    if first.i not in placed:
        return None
    found = named_ones(token, count, kinds, analysis)
    if found is None:
        return None
    written, source = found
    start, end = placed[first.i][0], placed[token.i][1]
    if all(name.lower() in text[:start].lower() for name in written.replace(" and ", ", ").split(", ")):
        return None  # "China and Japan agreed …, and the two countries …": the line names them
    wording = token.doc[first.i : token.i + 1].text
    made = Anchor(wording, written, "pair", evidence_at(analysis.sentences, source, analysis.article_id))
    return start, end, written, made


def _act(
    token: Token, placed: dict[int, tuple[int, int]], analysis: Analysis
) -> tuple[int, int, str, Anchor] | None:
    """ "the move" → "the move to close 200 stores", "his decision" → "his decision to sell the club": an
    act noun the line keeps bare, with what says which act from the clause the article told it in; the
    article's word stays, and a possessor is left for the pronoun rules."""
    lead = act_noun(token, set(placed))
    if lead is None or token.i not in placed:
        return None
    found = act_told_before(token, lead, analysis)
    if found is None:
        return None
    tail, verb = found
    if lead.dep_ == "poss":
        start, wording, written = placed[token.i][0], token.text, f"{token.text} {tail}"
    else:
        start, wording, written = placed[lead.i][0], f"{lead.text} {token.text}", f"the {token.text} {tail}"
    made = Anchor(wording, written, "act", evidence_at(analysis.sentences, verb, analysis.article_id))
    return start, placed[token.i][1], written, made


def _described(
    token: Token, placed: dict[int, tuple[int, int]], analysis: Analysis
) -> tuple[int, int, str, Anchor] | None:
    """ "the Category 2 hurricane", "the Southeast Asian telecom giant": who or what the line is about,
    described with words of its own but named before; written as that name when the article makes it sure."""
    det = described_definite(token, set(placed))
    if det is None or det.i not in placed:
        return None
    found = named_by_its_noun(token, analysis) or described_actor(token, analysis)
    if found is None:
        return None
    written, how, source = found
    wording = token.doc[det.i : token.i + 1].text
    made = Anchor(wording, written, how, evidence_at(analysis.sentences, source, analysis.article_id))
    return placed[det.i][0], placed[token.i][1], written, made


def _antecedent(token: Token, det: Token, analysis: Analysis) -> tuple[str, str, Token] | None:
    if said_before_in(token):  # "access to data …, while operators oppose such access": that access
        if det.lower_ == "such":
            return said_with_its_words(token)
        return said_with_its_words(token, definite=True) if det.lower_ == "the" else None
    return (
        actor_described(token, analysis)
        or sole_country(token, analysis)
        or named_thing(token, analysis)
        or named_by_its_noun(token, analysis)
        or same_noun(token, analysis)
        or act_said_before(token, analysis)
        or compound_head(token, analysis)
        or titled(token, analysis.title)
    )


# pronouns -------------------------------------------------------------------------------------------------


def _pronoun(
    token: Token,
    placed: dict[int, tuple[int, int]],
    analysis: Analysis,
    actor_of: Callable[[Token], Actor | None],
) -> tuple[int, int, str, Anchor] | None:
    if token.lower_ not in PERSON_WORDS | BODY_WORDS or bound(token, set(placed)):
        return None  # "Lee had failed in her duty": the line says whose
    actor = actor_of(token)
    if actor is None:
        return None
    name = actor.name + ("'" if actor.name.endswith("s") else "'s") if token.tag_ == "PRP$" else actor.name
    start, end = placed[token.i]
    source = (
        actor.evidence[0] if actor.evidence else evidence_at(analysis.sentences, token, analysis.article_id)
    )
    made = Anchor(token.text, name, "pronoun", source)
    return start, end, name, made


def _joined_pronoun(
    token: Token, placed: dict[int, tuple[int, int]], analysis: Analysis
) -> tuple[int, int, str, Anchor] | None:
    """ "they" → "Thanou and Kenteris": the names joined as the subject of the sentence before."""
    if bound(token, set(placed)) or (written := joined_subject(token, analysis)) is None:
        return None
    start, end = placed[token.i]
    made = Anchor(token.text, written, "pair", evidence_at(analysis.sentences, token, analysis.article_id))
    return start, end, written, made


def _thing_before(
    token: Token, placed: dict[int, tuple[int, int]], analysis: Analysis
) -> tuple[int, int, str, Anchor] | None:
    """ "It could mean much earlier diagnosis" → "The new blood test could mean …": a thing's "it" that the
    line's clause is about, written as the one thing the sentence before named that it can be."""
    if bound(token, set(placed)) or (found := thing_before(token)) is None:
        return None
    written, noun = found
    start, end = placed[token.i]
    made = Anchor(token.text, written, "thing", evidence_at(analysis.sentences, noun, analysis.article_id))
    return start, end, written, made


def _thing(
    token: Token,
    placed: dict[int, tuple[int, int]],
    analysis: Analysis,
    thing_of: Callable[[Token], str | None],
) -> tuple[int, int, str, Anchor] | None:
    """ "saying they threaten …" → "parking charges threaten …": a thing pronoun the caller is sure
    of, written as the phrase the sentence names the thing by."""
    if token.lower_ not in BODY_WORDS | GROUP_WORDS or bound(token, set(placed)):
        return None
    written = thing_of(token)
    if written is None:
        return None
    start, end = placed[token.i]
    made = Anchor(token.text, written, "thing", evidence_at(analysis.sentences, token, analysis.article_id))
    return start, end, written, made

"""Concerns: who is worried, critical or warning (or nobody named), and about what."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from builder.core.model import UNATTRIBUTED, Concern
from builder.extract import Analysis
from builder.extract.actors.resolve import QUOTE_REACH
from builder.extract.actors.speech import SPEECH_VERBS, can_speak
from builder.extract.concerns.charges import charge_clause
from builder.extract.concerns.criticism import (
    FEELING_MAKERS,
    OWN_FEELINGS,
    Criticism,
    criticism_verbs,
    criticisms,
    in_proceedings,
    negative_word,
    quoted,
    surprise_clause,
)
from builder.extract.concerns.cues import (
    about_of,
    clause_text,
    governing_verb,
    holder_head,
    in_speech_act,
    is_concern_cue,
    reporter,
    said_alongside,
    short,
)
from builder.extract.concerns.feelings import fear_for_life_told, feelings, state_verb
from builder.extract.concerns.holders import FIRST_PERSON, holders
from builder.extract.concerns.play import own_play as _own_play
from builder.extract.concerns.shapes import whole
from builder.extract.concerns.topics import anchored
from builder.extract.evidence import evidence_at
from builder.extract.phrasing import noun_phrase, phrase_root, words

THING_PRONOUNS = {"it", "this", "that"}
ADMITTING = {"admit", "confess", "deny", "plead"}  # a charge someone answers of themselves
CHARGE_CUES = {"accused", "accuse", "accuses", "accusing", "blamed", "blame", "blames", "blaming"}
CHARGING_VERBS = {"accuse", "suspect", "convict"}  # "accused X of Y": Y is the charge
# A target that only stands for someone or something named elsewhere ("accused him of …", "What some saw
# as …")
STAND_INS = THING_PRONOUNS | {"he", "him", "she", "her", "they", "them", "what", "who", "whom", "which"}
FINDING_VERBS = {"conclude", "determine", "find", "rule", "hear", "learn", "establish", "decide"}
MIN_REPEATED_WORDS = 4  # shorter topics ("the plan") may be two concerns that happen to share words
ATTITUDE_VERBS = criticism_verbs() | {"threaten", "warn", "fear", "worry"}  # whose subject holds the attitude


def find_concerns(analysis: Analysis) -> tuple[Concern, ...]:
    """Every concern with a readable topic, one per holder, in text order, without repeats."""
    concerns: list[Concern] = []
    seen: set[tuple[str, int]] = set()
    for sentence in analysis.sentences:
        span = analysis.doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
        if span is None:
            continue
        found = _attributed_first(
            _charges_first(
                [
                    *_cue_concerns(span, analysis),
                    *_feeling_concerns(span, analysis),
                    *_criticisms(span, analysis),
                ]
            )
        )
        for concern in found:  # one concern per holder and sentence, the cue-word one first
            key = (concern.holder, concern.evidence.sentence)
            if key in seen or any(_repeated(concern, earlier) for earlier in concerns):
                continue
            readable = anchored(whole(concern, span), span, analysis)
            if readable is not None:  # else the next one may read
                seen.add(key)
                concerns.append(readable)
    return tuple(concerns)


def _charges_first(found: list[Concern]) -> list[Concern]:
    """An explicit charge ("accused the board of hiding the report") goes before other concerns of the same
    sentence, so that it is the one kept for its holder rather than a feeling or a judging word."""
    return sorted(found, key=lambda c: c.cue.lower() not in CHARGE_CUES)


def _repeated(concern: Concern, earlier: Concern) -> bool:
    """The same concern said again, as where a caption or a standfirst repeats a sentence of the story: the
    same holder and the same words, one perhaps cut shorter ("… their own backyard (pictured)")."""
    if concern.holder != earlier.holder:
        return False
    new, old = _plain(concern.about), _plain(earlier.about)
    shorter = min(new, old, key=len)
    return len(shorter.split()) >= MIN_REPEATED_WORDS and (new.startswith(old) or old.startswith(new))


def _plain(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", text.lower()).split())


def _attributed_first(found: list[Concern]) -> list[Concern]:
    """An unattributed concern is dropped where the same sentence names who holds it ("warning the stakes are
    too high" is Brown's)."""
    named = [c for c in found if c.holder != UNATTRIBUTED]
    return [c for c in found if c.holder != UNATTRIBUTED or not _covered(c, named)]


def _covered(concern: Concern, named: list[Concern]) -> bool:
    about = concern.about.lower()
    return any(about in c.about.lower() or c.about.lower() in about for c in named)


def own_play(cue: Token) -> bool:
    """A reaction told, no concern: a side's own play after a match, or fear for a life told in the past."""
    return _own_play(cue) or fear_for_life_told(cue)


def _cue_concerns(span: Span, analysis: Analysis) -> list[Concern]:
    """Concerns named by a cue word: worry, fear, warning, criticism, threat, violation."""
    found = []
    for token in span:
        if is_concern_cue(token) and not own_play(token) and (about := about_of(token)):
            evidence = evidence_at(analysis.sentences, token, analysis.article_id)
            found += [Concern(h, about, token.text, evidence) for h in _named(holder_head(token), analysis)]
    return found


def _feeling_concerns(span: Span, analysis: Analysis) -> list[Concern]:
    """Concerns said as feelings: "residents are furious that …", "the move angered farmers"."""
    found = []
    for feeling in feelings(span):
        if own_play(feeling.cue):
            continue  # "we were frustrated with how we defended", after a match: no harm ahead
        evidence = evidence_at(analysis.sentences, feeling.cue, analysis.article_id)
        found += [
            Concern(h, feeling.about, feeling.cue.text, evidence) for h in _named(feeling.holder, analysis)
        ]
    return found


def _named(head: Token | None, analysis: Analysis) -> list[str]:
    """The holders of a concern; none where an "I" or "we" speaks whom the article does not name (the
    concern is someone's, not unattributed)."""
    names = holders(head, analysis)
    speaking = head is not None and head.lower_ in FIRST_PERSON
    return [] if speaking and names == [UNATTRIBUTED] else names


def _criticisms(span: Span, analysis: Analysis) -> list[Concern]:
    """Criticism in what someone says; a damning quotation goes to who speaks it (the actor resolution finds
    the speaker named before, while the quotation runs on)."""
    found = []
    evidence = evidence_at(analysis.sentences, span, analysis.article_id)
    for item in criticisms(span):
        if _own_charge(item) and in_proceedings(item.verb.sent):
            continue  # "Green, who was jailed for a year, had admitted failing to …": a criminal case told
        if own_play(item.cue):
            continue  # "we were poor at the back", told after a match the article reports: no concern
        about = _criticism_about(item)
        if about:
            said_by = (
                _fearful(item) or item.speaker or _named_after(item.verb, analysis) or _reported_by(item)
            )
            names = holders(said_by, analysis) if not _own_charge(item) else [UNATTRIBUTED]
            if names == [UNATTRIBUTED] and said_by is not None and said_by.lower_ in THING_PRONOUNS:
                # "It tells us that the cuts have failed", right after a speaker's quoted words: what the
                # thing shows is said by the speaker quoted just before
                names = [name] if (name := _speaker_name(said_by, analysis, reach=0)) else names
            found += [Concern(h, about, item.cue.text, evidence) for h in names]
    if (
        not found
        and quoted(span)
        and (cue := negative_word(span)) is not None
        and not _finding(span, cue)
        and not own_play(cue)
    ):
        about = clause_text(surprise_clause(cue) or span.root)
        speaker = _speaker_name(span[0], analysis)
        if about and speaker:
            found.append(Concern(speaker, about, cue.text, evidence))
    return found


def _reported_by(item: Criticism) -> Token | None:
    """Who reports a charge that names no one ('"It is alleged that …," he added', '"When clips break the
    rules, we remove them," she said'): the speaker of the report it is part of; not for a clause joined to
    another one ("Barcelona said they paid … but it has been alleged that …": nobody named alleges it)."""
    return reporter(item.verb) if item.verb.dep_ != "conj" else None


def _finding(span: Span, cue: Token) -> bool:
    """A sentence that reports what someone else found or heard ("…, the jury heard", "the inquest
    concluded …", "… after the board determined that …"): its judging words are not those of the speaker
    quoted before."""
    root = span.root
    verbs = [root, *(c for c in root.children if c.dep_ == "parataxis"), *cue.ancestors]
    return any(v.lemma_.lower() in FINDING_VERBS for v in verbs)


def _speaker_name(token: Token, analysis: Analysis, reach: int = QUOTE_REACH) -> str | None:
    """Who speaks the quotation holding a token, named as a holder, or None."""
    speaker = analysis.resolver.speaker(token, reach)
    names = holders(speaker, analysis) if speaker is not None else [UNATTRIBUTED]
    return names[0] if names != [UNATTRIBUTED] else None


def _own_charge(item: Criticism) -> bool:
    """ "The driver had admitted failing to check the brakes": a charge someone admits or denies of
    themselves is not their concern; whoever brings it, unnamed here, holds it."""
    if item.verb.lemma_.lower() not in ADMITTING:
        return False
    clause = next((c for c in item.verb.children if c.dep_ in {"xcomp", "ccomp", "dobj", "pcomp"}), None)
    own = clause is not None and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children)
    return own and clause.tag_ == "VBG"  # type: ignore[union-attr]


def _fearful(item: Criticism) -> Token | None:
    """Who the reported words say is worried, angry or threatening: "Many shop owners fear closure, the union
    said" is the shop owners' fear, which the union reports; so are "Some traders have threatened to strike,
    our correspondent says" and "A report said Ms Lee felt frustrated by …" (a feeling or an act of
    criticism told of its subject; a judging word, "the council failed residents", stays the speaker's)."""
    if not is_concern_cue(item.cue) and not _attitude(item.cue):
        return None
    head = _feeler(item.cue) or holder_head(item.cue)
    inside = head is not None and head in item.content and head != item.speaker
    return head if inside and head.pos_ in {"NOUN", "PROPN"} and can_speak(head) else None  # type: ignore[union-attr]


def _feeler(cue: Token) -> Token | None:
    """Who feels a feeling word: the subject of its state verb ("Ms Lee felt frustrated by the delays
    …": not the cause in "by"), the object of a verb that leaves someone so ("it left residents angry")."""
    verb = state_verb(cue) if cue.lower_ in OWN_FEELINGS else None
    if verb is None:
        return None
    made = verb.lemma_ in FEELING_MAKERS
    feeler = next((c for c in verb.children if c.dep_ == "dobj"), None) if made else None
    return feeler or next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)


def _attitude(cue: Token) -> bool:
    """A feeling or an act of criticism, which its own subject holds: "felt frustrated", "were afraid",
    "threatened to strike", "complained"."""
    lemma = cue.lemma_.lower()
    feeling = cue.lower_ in OWN_FEELINGS and cue.pos_ in {"ADJ", "VERB"}
    return feeling or (cue.pos_ == "VERB" and lemma in ATTITUDE_VERBS)


def _named_after(verb: Token, analysis: Analysis) -> Token | None:
    """The speaker of an inverted report the parser missed: '"…," said Tory spokeswoman Jane Doe.'."""
    after = verb.doc[verb.i + 1 : verb.sent.end]
    if verb.lemma_ not in SPEECH_VERBS or not after:
        return None
    return next((t for t in after if t.pos_ == "PROPN" and analysis.actors.actor_for(t) is not None), None)


def _criticism_about(item: Criticism) -> str | None:
    """What is criticised: the clause said, or the target and the charge ("the proposal, unworkable")."""
    content = [t for t in item.content if not t.is_space]
    if not content:
        return None
    if (failing := surprise_clause(item.cue)) is not None:
        return clause_text(failing)  # "it amazes me that the party won't come": the party won't come
    root = phrase_root(content)
    if root.pos_ in {"VERB", "AUX"} and root.dep_ != "prep":
        about = clause_text(root)
        if (
            about
            and item.cue != item.verb
            and item.cue.text not in about
            and not in_speech_act(item.cue, root)
        ):  # the damning words were cut as an aside (not as the speaker's next act: "… but urged …")
            return clause_text(governing_verb(item.cue)) or about
        return about
    target = next((c for c in item.verb.children if c.dep_ in {"dobj", "nsubjpass"}), None)
    naming = item.verb.lemma_.lower() not in CHARGING_VERBS  # not "…, accusing it of …": "it" is the accused
    if target is not None and target.lower_ in {"them", "it"} and item.verb.dep_ == "advcl" and naming:
        # "denied the claims, calling them lies": what "them" stands for is the object of the main verb
        target = next((c for c in item.verb.head.children if c.dep_ == "dobj"), target)
    reasons = [c for c in item.verb.children if c.dep_ == "prep" and c.lower_ in {"of", "for", "over", "as"}]
    alongside = said_alongside(item.verb, target) if item.cue == item.verb and not reasons else None
    if alongside is not None:
        return alongside  # "criticised the record, saying police numbers had fallen": what is wrong
    charged = _charge_on_target(item.verb, target)
    kept = {t.i for t in charged.subtree} if charged is not None else set()
    said = [t for t in content if target is None or t not in target.subtree or t.i in kept]
    charge = short(said)
    if target is not None and target.lower_ in {"that", "which", "who"} and item.verb.dep_ == "relcl":
        target = item.verb.head  # "the company that could be blamed for …": the company
        kept = {t.i for t in item.verb.subtree}
    thing = words(noun_phrase(target, drop=kept)) if target is not None else ""
    charge = charge.removeprefix("as ").removeprefix("of ") if charge else charge
    if charge and target is not None and target.lower_ in STAND_INS:
        return charge  # "accused him of fraud": the charge, not "him, fraud"
    if target is not None and (claimed := charge_clause(item.verb, target, thing, _charged(charged), said)):
        return claimed  # "accused Russian forces of shelling …" → "Russian forces shelled …"
    return ", ".join(p for p in (thing, charge) if p) or None


def _charged(prep: Token | None) -> Token | None:
    """The gerund or noun of a charge's "of" phrase the parser hung on the accused."""
    return next((c for c in prep.children if c.dep_ in {"pobj", "pcomp"}), None) if prep is not None else None


def _charge_on_target(verb: Token, target: Token | None) -> Token | None:
    """The charge of "accused officials of negligence" where the parser hung "of negligence" on the accused
    rather than on the verb: it is the charge, not part of who is accused."""
    if target is None or verb.lemma_.lower() not in CHARGING_VERBS:
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in verb.children):
        return None
    charge = next((c for c in target.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    what = next((c for c in charge.children if c.dep_ in {"pobj", "pcomp"}), None) if charge else None
    proper = what is not None and what.pos_ == "PROPN" and what.text[:1].isupper()  # not "of masterminding"
    named = what is None or proper or what.ent_type_  # "the mayor of Florence" is who
    return None if named else charge

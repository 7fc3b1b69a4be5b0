"""Scoring the gift extractor: gift triples on written passages, giver/recipient slots on RAMS gift events."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc

from builder.core.model import NOT_NAMED
from builder.data import gazetteer
from builder.evaluation.metrics import Score, read_jsonl
from builder.extract import Analysis, analyse
from builder.extract.actors import TITLES
from builder.nlp.spacy_model import load_nlp

ARTICLES = {"a", "an", "the"}
RECIPIENT_ROLES = {"recipient", "beneficiary"}
PERSON_PRONOUNS = {"he", "him", "his", "himself", "she", "her", "hers", "herself"}
GROUP_PRONOUNS = {"they", "them", "their", "themselves", "it", "its", "itself"}
GROUP_ENTS = {"ORG", "NORP", "GPE"}
REFERENT_SENTENCES = 3  # how far back a pronoun's referent may be named


@dataclass(frozen=True)
class Triple:
    """giver → item → recipient as strings."""

    giver: str
    item: str
    recipient: str
    status: str = "given"


@dataclass(frozen=True)
class Passage:
    """A written passage and its gold gifts."""

    id: str
    text: str
    gold: tuple[Triple, ...]


@dataclass(frozen=True)
class Argument:
    """A gold RAMS argument: its text and where it starts in the window."""

    text: str
    start: int


@dataclass(frozen=True)
class RamsEvent:
    """A RAMS gift event: the text window, the trigger span, and the gold givers and recipients."""

    id: str
    text: str
    trigger: tuple[int, int]
    givers: tuple[Argument, ...]
    recipients: tuple[Argument, ...]


EMPTY = Score(0, 0, 0)


def passage_from(record: dict) -> Passage:
    """A gifts_written record as a Passage."""
    gold = tuple(Triple(g["giver"], g["gift"], g["recipient"], g["status"]) for g in record["gold_gifts"])
    return Passage(record["id"], record["text"], gold)


def rams_event_from(record: dict) -> RamsEvent:
    """A RAMS record as an event with its giver and recipient (or beneficiary) arguments."""
    args = record["arguments"]
    givers = tuple(Argument(a["text"], a.get("start", -1)) for a in args if a["role"] == "giver")
    recipients = tuple(Argument(a["text"], a.get("start", -1)) for a in args if a["role"] in RECIPIENT_ROLES)
    trigger = (record["trigger"]["start"], record["trigger"]["end"])
    return RamsEvent(record["id"], record["text"], trigger, givers, recipients)


def name_tokens(name: str) -> tuple[str, ...]:
    """A name lower-cased without punctuation, possessive 's, articles and leading titles ("President X")."""
    text = re.sub(r"['’]s\b|['’](?=\s|$)", "", name)
    words = re.findall(r"[\w&-]+", text)
    words = [w for w in words if w.lower() not in ARTICLES]
    while len(words) > 1 and words[0].lower() in TITLES and words[1][:1].isupper():
        words = words[1:]
    return tuple(w.lower() for w in words)


@functools.cache
def _alias_table() -> dict[tuple[str, ...], str]:
    table: dict[tuple[str, ...], str] = {}
    for country in gazetteer()["countries"]:
        names = [country["name"], *country.get("aliases", []), *country.get("capitals", [])]
        for alias in names + country.get("demonyms", []):
            table[name_tokens(alias)] = country["name"]
    for org in gazetteer()["organisations"]:
        for alias in [org["name"], *org.get("aliases", [])]:
            table[name_tokens(alias)] = org["name"]
    return table


def same_party(a: str, b: str) -> bool:
    """Alias-aware: one name's words are a prefix, suffix or subset of the other's, or both are aliases of
    one gazetteer entry."""
    x, y = name_tokens(a), name_tokens(b)
    if not x or not y:
        return False
    short, long = sorted((x, y), key=len)
    if long[: len(short)] == short or long[-len(short) :] == short or set(short) <= set(long):
        return True
    table = _alias_table()
    return x in table and table.get(x) == table.get(y)


@functools.cache
def item_head(item: str) -> str:
    """The lemma of the item phrase's head noun ("a box of chocolates" → box), read with the spaCy parser.

    The first noun chunk's root is used, since a bare phrase with a participle ("a button mounted on a box")
    is often parsed as a clause."""
    doc = load_nlp()(item)
    chunk = next(iter(doc.noun_chunks), None)
    root = chunk.root if chunk is not None else (doc[:].root if len(doc) else None)
    return root.lemma_.lower() if root is not None else ""


UNSTATED = "(amount not stated)"


def same_item(a: str, b: str) -> bool:
    """True when two item phrases share their head noun.

    A gold item "" (the passage names no item) is matched by the ledger's "donation (amount not stated)"."""
    if not b:
        return not a or a.endswith(UNSTATED)
    return item_head(a) == item_head(b)


def same_gift(predicted: Triple, gold: Triple) -> bool:
    """Giver and recipient name the same parties and the items share a head noun."""
    return (
        same_party(predicted.giver, gold.giver)
        and same_party(predicted.recipient, gold.recipient)
        and same_item(predicted.item, gold.item)
    )


def score_triples(predicted: Iterable[Triple], gold: Iterable[Triple]) -> Score:
    """One-to-one greedy matching of predicted and gold triples (P / R / F1 in percent)."""
    predicted, gold = list(predicted), list(gold)
    free = list(gold)
    matched = 0
    for triple in predicted:
        hit = next((g for g in free if same_gift(triple, g)), None)
        if hit is not None:
            free.remove(hit)
            matched += 1
    return Score(matched, len(predicted) - matched, len(gold) - matched)


def score_slot(predicted: Iterable[str], gold: Iterable[str]) -> Score:
    """One slot (giver or recipient) of one event: right if any prediction names any gold argument.

    The gold arguments of a slot are alternatives (RAMS often marks the same party as recipient and
    beneficiary), so a slot counts once however many names fill it. A side the ledger shows as not named
    ("was given a pram") names nobody: it is no prediction for the slot, so a one-sided gift is scored on
    the side it names only."""
    predicted, gold = [p for p in predicted if p != NOT_NAMED], list(gold)
    hit = int(any(same_party(p, g) for p in predicted for g in gold))
    return Score(hit, int(bool(predicted)) - hit, int(bool(gold)) - hit)


def predict(text: str) -> list[tuple[Triple, tuple[int, int]]]:
    """Run the real extractor on a text: triples with the character span of their evidence sentence."""
    return predictions(analyse(text))


def predictions(analysis: Analysis) -> list[tuple[Triple, tuple[int, int]]]:
    """The extractor's gifts in an analysed text, with the character span of their evidence sentence."""
    from builder.extract.gifts.find import find_gifts

    gifts = find_gifts(analysis)
    return [
        (Triple(g.giver, g.item, g.recipient, g.status), (g.evidence.start, g.evidence.end)) for g in gifts
    ]


def score_passage(passage: Passage) -> Score:
    """Triple score of the extractor on one written passage."""
    return score_triples([t for t, _ in predict(passage.text)], passage.gold)


def referent(doc: Doc, argument: Argument) -> str | None:
    """The name a gold pronoun argument stands for: the nearest earlier name in the window that agrees with
    it (he/she: a person; they/it: an organisation, country or person), at most a few sentences back.

    RAMS marks some givers and recipients only by a pronoun ("He pledged to donate ..."), while the extractor
    names the party. A prediction is scored right when it names the pronoun's referent. The referent is found
    here by this deliberately simple recency rule, independent of the extractor's own coreference: reusing
    the extractor's resolver would make every pronoun it resolves count as right by construction, hiding its
    mistakes. Where this rule and the extractor disagree the prediction counts as wrong, so the rule can only
    understate the score; a pronoun with no agreeing name before it stays a pronoun and cannot be matched."""
    labels = _agreeing_labels(argument.text.strip().lower())
    token = next((t for t in doc if t.idx == argument.start), None)
    if not labels or token is None:
        return None
    floor = _sentence_start(doc, token.i, REFERENT_SENTENCES)
    names = [e for e in doc.ents if floor <= e.start and e.end <= token.i and e.label_ in labels]
    return names[-1].text if names else None


def _agreeing_labels(word: str) -> set[str]:
    """The entity labels a pronoun can refer to (none for words that are not third-person pronouns)."""
    if word in PERSON_PRONOUNS:
        return {"PERSON"}
    return GROUP_ENTS | {"PERSON"} if word in GROUP_PRONOUNS else set()


def _sentence_start(doc: Doc, index: int, back: int) -> int:
    """The first token of the sentence `back` sentences before the one holding token `index`."""
    starts = [s.start for s in doc.sents if s.start <= index]
    return starts[max(0, len(starts) - 1 - back)]


def appositive_name(doc: Doc, argument: Argument) -> str | None:
    """The name a gold descriptor stands beside: "broadcaster" in "Radio Liberty, a U.S.-funded broadcaster".

    RAMS often marks the descriptor of an apposition where the extractor names the party itself. The two
    phrases denote the same party by the grammar of the sentence, so either is right. Only a descriptor whose
    head the parser attaches as an apposition to a named entity counts."""
    if argument.start < 0:
        return None
    span = doc.char_span(argument.start, argument.start + len(argument.text), alignment_mode="expand")
    if span is None or span.root.dep_ != "appos" or span.root.ent_type_:
        return None
    name = next((e for e in doc.ents if e.start <= span.root.head.i < e.end), None)
    return name.text if name is not None and name.label_ in GROUP_ENTS | {"PERSON"} else None


def gold_names(arguments: Iterable[Argument], doc: Doc) -> list[str]:
    """The gold names of a slot: each argument as written, plus the referent of a pronoun argument and the
    name beside an appositive descriptor."""
    arguments = list(arguments)
    names = [a.text for a in arguments]
    names += [r for a in arguments if (r := referent(doc, a)) is not None]
    return names + [n for a in arguments if (n := appositive_name(doc, a)) is not None]


def score_rams_event(event: RamsEvent) -> Score:
    """Giver and recipient slot scores for the gifts found in the trigger's sentence."""
    analysis = analyse(event.text)
    start, _ = event.trigger
    near = [t for t, (s, e) in predictions(analysis) if s <= start < e]
    givers = score_slot([t.giver for t in near], gold_names(event.givers, analysis.doc))
    return givers + score_slot([t.recipient for t in near], gold_names(event.recipients, analysis.doc))


def score_gift_records(records: Iterable[dict]) -> Score:
    """Score the extractor on records of either shape (gifts_written passages or RAMS gift events)."""
    records = list(records)
    if records and "gold_gifts" in records[0]:
        return sum((score_passage(passage_from(r)) for r in records), EMPTY)
    return sum((score_rams_event(rams_event_from(r)) for r in records), EMPTY)


def score_gifts_file(path: str | Path) -> Score:
    """Score the extractor on a dev file of either shape."""
    return score_gift_records(read_jsonl(path))

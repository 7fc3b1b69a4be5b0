"""What story grouping compares: the content features of each briefing, the words its lead says happened,
and the acts its lead tells.

Features are lower-cased content words, numbers and years, and the named things of the briefing's terms
(people, organisations, places, laws, products, events; a person also by surname). Years weigh more, because
the same leaders meeting in another year is another story. Their weights are `weights.tfidf`, their
similarities `cosines.cosine_pairs`. (Counting the title and lead double was tried and did not help on the
dev sets.)
"""

from __future__ import annotations

import functools
import importlib.util
import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from builder.core.model import Briefing, Term
from builder.stories.dates import full_dates, lead_texts

TOKEN = re.compile(r"[^\W\d_](?:[\w'’\-]*[^\W_])?|\d+(?:[.,]\d+)*")
YEAR = re.compile(r"(?:19|20)\d\d")
YEAR_WEIGHT = 3.0  # a year names the event's time: it should outweigh one topic word
NAMED_LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW", "NAME"}
)
EVENT_SENTENCES = 2  # the title and this many sentences tell who did what: the happening's own words
# Words of when, not of what: two leads that share only "earlier" or "on Saturday" share no happening.
TIME_WORDS = frozenset(
    {
        *("w:today", "w:tonight", "w:yesterday", "w:tomorrow", "w:earlier", "w:later", "w:ago", "w:recent"),
        *("w:recently", "w:early", "w:late", "w:lately", "w:weekend", "w:week", "w:month", "w:year"),
        *("w:day", "w:night", "w:morning", "w:afternoon", "w:evening", "w:time"),
        *("w:monday", "w:tuesday", "w:wednesday", "w:thursday", "w:friday", "w:saturday", "w:sunday"),
    }
)
ACT_SENTENCES = 3  # the title and the first of these sentences that tells an act
DATELINE_WORDS = 12  # a line this short that gives a full date is a dateline


@functools.cache
def stop_words() -> frozenset[str]:
    """spaCy's English stop words, read on first use without importing spaCy: neither importing this module
    nor a build that gathers facts but extracts nothing (one removing an article, after articles whose
    facts the facts pack does not hold yet) loads spaCy (0.45 s of imports). The list is a module of plain
    Python importing nothing, run here from its file as importing it would run it."""
    found = importlib.util.find_spec("spacy")
    path = Path(found.origin).parent / "lang" / "en" / "stop_words.py" if found and found.origin else None
    spec = importlib.util.spec_from_file_location("_spacy_en_stop_words", path) if path else None
    if spec is None or spec.loader is None:
        raise ModuleNotFoundError(f"spaCy's English stop words are not installed ({path})", name="spacy")
    loaded = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(loaded)
    return frozenset(loaded.STOP_WORDS)


@functools.lru_cache(maxsize=1 << 16)
def word_feature(token: str) -> str | None:
    """The feature of one token: `y:` year, `n:` number, `w:` content word, or None for a stop word."""
    low = token.lower().replace("’", "'").removesuffix("'s")
    if len(low) < 2 or low in stop_words():
        return None
    if YEAR.fullmatch(low):
        return f"y:{low}"
    if low[0].isdigit():
        return f"n:{low}"
    return f"w:{low[:-1]}" if low.endswith("s") and len(low) > 3 else f"w:{low}"


def name_key(text: str) -> str:
    """A named thing's text, lower-cased, without a possessive and extra spaces."""
    return " ".join(text.lower().replace("’", "'").removesuffix("'s").split())


def name_features(term: Term) -> list[str]:
    """The `t:` features of one named term: its name, and a person's surname on its own."""
    name = name_key(term.text)
    surname = [f"t:{name.rsplit(' ', 1)[-1]}"] if term.label == "PERSON" and " " in name else []
    return [f"t:{name}", *surname] if name else []


def features_of(briefing: Briefing) -> Counter[str]:
    """Weighted feature counts of one briefing: words of its title and sentences, and its named terms."""
    counts: Counter[str] = Counter()
    texts = [briefing.article.title or "", *(s.text for s in briefing.sentences)]
    for text in texts:
        for token in TOKEN.findall(text):
            if feature := word_feature(token):
                counts[feature] += YEAR_WEIGHT if feature.startswith("y:") else 1.0
    for term in briefing.terms:
        if term.label in NAMED_LABELS:
            counts.update(name_features(term))
    return counts


def lead_event_words(briefing: Briefing) -> tuple[str, ...]:
    """The content words (`w:` features) written in lower case in the title and first sentences: what the
    lead says happened ("executed", "video", "escaped", "loan"), not who (names are capitalised) or when."""
    found = {
        feature
        for text in lead_texts(briefing, EVENT_SENTENCES)
        for token in TOKEN.findall(text)
        if token[0].islower() and (feature := word_feature(token)) and feature.startswith("w:")
    }
    return tuple(sorted(found - TIME_WORDS))


def lead_names(briefing: Briefing) -> tuple[str, ...]:
    """The named things (`name_key`) that the title and first sentences name: who or where the lead says it
    happened. A name counts where its words stand together in the lead ("us" is not in "because")."""
    lead = f" {name_words(' '.join(lead_texts(briefing, EVENT_SENTENCES)))} "
    found = set()
    for term in briefing.terms:
        if term.label in NAMED_LABELS and (key := name_key(term.text)):
            words = name_words(key)
            if words and f" {words} " in lead:
                found.add(key)
    return tuple(sorted(found))


def name_words(text: str) -> str:
    """A text's words, lower-cased, without possessives, joined by single spaces."""
    return " ".join(name_key(token) for token in TOKEN.findall(text))


def distinct_names(names: Iterable[str]) -> list[str]:
    """Names, each thing once: a name is left out where its words (a plural's without its s) are all words of
    a name kept, or where it ends in the same word ("kennedy" beside "charles kennedy", "lib dems" beside
    "lib dem", "ms holt" beside "dana holt")."""
    kept: list[frozenset[str]] = []
    ends: set[str] = set()
    found = []
    for name in sorted(set(names), key=lambda n: (-len(n.split()), n)):
        words = [w.removesuffix("s") for w in name.split()]
        if not words or words[-1] in ends or any(set(words) <= other for other in kept):
            continue
        kept.append(frozenset(words))
        ends.add(words[-1])
        found.append(name)
    return found


def acts_of(briefing: Briefing) -> tuple[str, ...]:
    """What the lead says happened, as the lemmas of its acts (`extract.acts`: "offer", "reject"): those of
    the title and of the first of the lead's sentences that tells one, datelines left out (extraction read
    each text's acts from its parse: `Briefing.lead_acts`)."""
    return tuple(sorted({act for i in act_texts(briefing) for act in briefing.lead_acts[i]}))


def parties_of(briefing: Briefing) -> tuple[str, ...]:
    """Whom the acts of `acts_of` befell, from the same texts (`Briefing.lead_parties`), one entry an act:
    "arrest\tjackson vincent"."""
    found: dict[str, set[str]] = {}
    for i in act_texts(briefing):
        for entry in briefing.lead_parties[i] if i < len(briefing.lead_parties) else ():
            act, words = entry.split("\t")
            found.setdefault(act, set()).update(words.split())
    return tuple(sorted(f"{act}\t{' '.join(sorted(words))}" for act, words in found.items()))


def act_texts(briefing: Briefing) -> list[int]:
    """Which of `Briefing.lead_acts` the lead's acts are read from: the title's (0) and the first of the
    lead's sentences that tells one, datelines and a body line that is the title left out."""
    if not briefing.lead_acts:
        return []
    title = (briefing.article.title or "").strip()
    chosen = [0] if title and not dateline(title) else []
    told = zip(briefing.sentences[: ACT_SENTENCES + 1], briefing.lead_acts[1:], strict=False)
    for i, sentence, acts in [(i, s, a) for i, (s, a) in enumerate(told, 1) if s.text.strip() != title][
        :ACT_SENTENCES
    ]:
        if not dateline(sentence.text):
            chosen.append(i)
            if acts:
                break  # the first sentence of the body that tells an act
    return chosen


def dateline(text: str) -> bool:
    """A short line that gives a date ("May 2, 2013, 1: 12 PM", "Updated Saturday, December 05, 2009")."""
    return len(text.split()) <= DATELINE_WORDS and any(True for _ in full_dates(text))

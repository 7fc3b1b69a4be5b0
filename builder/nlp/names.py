"""Ordinary English nouns: dictionary words (a name plus one reads as a thing) and their sense classes."""

from __future__ import annotations

import functools
import gc
import importlib.util
from pathlib import Path

from builder.core.collector import cyclic_gc
from builder.data import noun_senses
from builder.nlp import MODEL_NAME


@functools.cache
def common_nouns() -> frozenset[str]:
    """Lower-case base forms of ordinary English nouns, from the model's lemmatizer tables (WordNet-based).

    Read straight from the installed model package (about 10 ms), so stages after extraction can use it
    without loading the pipeline; empty if the model is not installed. spaCy is imported here, on first use,
    so importing this module (the stories stage does) costs nothing.

    Read with the collector's state restored afterwards: spaCy reads the tables with srsly, whose
    `msgpack_loads` ends with `gc.enable()`, which turned the collector back on for the rest of a build that
    had paused it (`pipeline.generate`): 1.9 s of full collections after grouping at 5,000 articles."""
    return _lemma_index().get("noun", frozenset())


@functools.cache
def base_verbs() -> frozenset[str]:
    """Lower-case base forms of ordinary English verbs ("fix", "beat", "appeal"), read from the same tables
    as `common_nouns` (and as it, with the collector's state restored)."""
    return _lemma_index().get("verb", frozenset())


@functools.cache
def _lemma_index() -> dict[str, frozenset[str]]:
    """The noun and verb base forms of the model's lemmatizer index, read once for both."""
    from spacy.lookups import Lookups

    spec = importlib.util.find_spec(MODEL_NAME)
    if spec is None or spec.origin is None:
        return {}
    for folder in sorted(Path(spec.origin).parent.glob("*/lemmatizer/lookups")):
        with cyclic_gc(gc.isenabled()):
            lookups = Lookups().from_disk(folder)
        if lookups.has_table("lemma_index"):
            table = lookups.get_table("lemma_index")  # keyed by string hashes: ask for each class by name
            return {pos: frozenset(table.get(pos, ())) for pos in ("noun", "verb")}
    return {}


def names_a_thing(extra: list[str] | tuple[str, ...]) -> bool:
    """ "Trump" + "Vodka": one ordinary noun after a name makes a product or a place named after a person
    (which the model sometimes labels a person), not the person's full name ("Xi" + "Jinping"). Two or more
    words after it ("Kim" + "Jong Un") read as a full name even when each is also a dictionary word, and so
    does one word that is foremost a word for a person or that WordNet does not know as a common noun
    ("Tony" + "Baker", "Tony" + "Adams": surnames)."""
    if len(extra) != 1 or extra[0].lower() not in common_nouns():
        return False
    return senses(extra[0]).startswith(tuple(THINGS | {"x", "l", "g"}))


HANDED_OVER = frozenset("aofpnmh")  # artifact, object, food, plant, animal, possession, honour
THINGS = HANDED_OVER | {"s"}  # a substance is a thing, but "a suspension" is one only by a chemist's sense
HANDED_OVER_SECOND = frozenset("amhn")  # a second sense that still makes a thing ("book": a work, a volume)
AGENTS = frozenset("rgc")  # person, organisation or social group, or another group of people or things


def senses(lemma: str) -> str:
    """The class letters of a noun's senses, most frequent first ("" for a word WordNet does not know)."""
    return noun_senses().get(lemma.lower(), "")


def names_a_person(lemma: str) -> bool:
    """A noun whose most frequent sense is a person: "minister", "surgeon", "spokesman" (not "executive"'s
    body of people, which comes first)."""
    return senses(lemma)[:1] == "r"


def can_be_handed_over(lemma: str) -> bool:
    """A noun that names something a person can hand over: a thing, an animal, money, an honour.

    Its most frequent sense decides ("a rifle", "£5m", "a knighthood"; not "a chance", "the lead", "hope"),
    or its second when that is an object, money or an honour ("a book", "a contribution"), or most of its
    senses being things ("a patch"). Words WordNet does not know (brand names, rare coinages) are given the
    benefit of the doubt, except "-ing" forms, which name activities."""
    classes = senses(lemma)
    if not classes:
        return not lemma.endswith("ing")  # an activity ("streaking"), unless WordNet knows the thing
    if classes[0] == "t" and classes[1:2] and classes[1] in HANDED_OVER:
        return True  # "food": its most frequent sense is a most general noun, the next one says what it is
    if classes[0] == "g" and "a" in classes[:3]:
        return True  # "a chess board", "a cabinet": a body of people by name, an object as what is given
    if classes[0] in HANDED_OVER or (len(classes) > 1 and classes[1] in HANDED_OVER_SECOND):
        return True
    things = sum(c in THINGS for c in classes)
    return 2 * things >= len(classes)  # "a patch", "a cutter": most of the word's senses are things


def is_abstract(lemma: str) -> bool:
    """A noun whose usual sense is an act, a state, an event or a message, and none of whose main senses is a
    person or a body: "the announcements", "the pass", "a chance"; not "the unit", "the museum", "the nation".
    """
    classes = senses(lemma)
    return bool(classes) and classes[0] == "x" and not AGENTS & set(classes)


def names_people(lemma: str) -> bool:
    """A noun whose usual senses are people or bodies of people: "fans", "donors", "the club", "villagers"."""
    return bool(set(senses(lemma)[:2]) & {"r", "g"})

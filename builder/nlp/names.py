"""Ordinary English nouns: dictionary words (a name plus one reads as a thing) and their sense classes."""

from __future__ import annotations

import functools
import importlib.util
from pathlib import Path

import msgpack

from builder.data import noun_senses
from builder.nlp import MODEL_NAME


@functools.cache
def common_nouns() -> frozenset[str]:
    """Lower-case base forms of ordinary English nouns, from the model's lemmatizer tables (WordNet-based).

    Read straight from the installed model package (about 10 ms) without importing spaCy, so stages after
    extraction can use it without loading the pipeline (a build that extracts nothing, such as one removing an
    article, then never imports spaCy: 0.75 s of imports); empty if the model is not installed."""
    return _lemma_index().get("noun", frozenset())


@functools.cache
def base_verbs() -> frozenset[str]:
    """Lower-case base forms of ordinary English verbs ("fix", "beat", "appeal"), read from the same tables
    as `common_nouns`."""
    return _lemma_index().get("verb", frozenset())


@functools.cache
def _lemma_index() -> dict[str, frozenset[str]]:
    """The noun and verb base forms of the model's lemmatizer index, read once for both.

    The file is spaCy's `Lookups` serialisation (`lookups.bin`): a msgpack map of table names to tables, each
    table keyed by the 64-bit hash spaCy gives a string (`spacy.strings.hash_string`, MurmurHash64A with seed
    1), read here with msgpack itself. spaCy's own reader (srsly) also ended with `gc.enable()`, turning the
    collector back on for the rest of a build that had paused it; msgpack leaves it alone."""
    spec = importlib.util.find_spec(MODEL_NAME)
    if spec is None or spec.origin is None:
        return {}
    for folder in sorted(Path(spec.origin).parent.glob("*/lemmatizer/lookups")):
        path = folder / "lookups.bin"
        if not path.is_file():
            continue
        tables = msgpack.unpackb(path.read_bytes(), raw=False, strict_map_key=False)
        if "lemma_index" in tables:
            table = tables["lemma_index"]
            return {pos: frozenset(table.get(string_hash(pos), ())) for pos in ("noun", "verb")}
    return {}


_MASK = (1 << 64) - 1
_M = 0xC6A4A7935BD1E995


def string_hash(text: str) -> int:
    """spaCy's hash of a string (`spacy.strings.hash_string`): MurmurHash64A of its UTF-8 bytes, seed 1."""
    data = text.encode("utf-8")
    h = (1 ^ (len(data) * _M)) & _MASK
    whole = len(data) - len(data) % 8
    for i in range(0, whole, 8):
        k = (int.from_bytes(data[i : i + 8], "little") * _M) & _MASK
        k = ((k ^ (k >> 47)) * _M) & _MASK
        h = ((h ^ k) * _M) & _MASK
    if whole < len(data):
        h = ((h ^ int.from_bytes(data[whole:], "little")) * _M) & _MASK
    h = ((h ^ (h >> 47)) * _M) & _MASK
    return h ^ (h >> 47)


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

"""Which words are ordinary English nouns, so a name plus one of them reads as a thing, not a person."""

from __future__ import annotations

import functools
import importlib.util
from pathlib import Path

from spacy.lookups import Lookups

from builder.nlp.spacy_model import MODEL_NAME


@functools.cache
def common_nouns() -> frozenset[str]:
    """Lower-case base forms of ordinary English nouns, from the model's lemmatizer tables (WordNet-based).

    Read straight from the installed model package (about 10 ms), so stages after extraction can use it
    without loading the pipeline; empty if the model is not installed."""
    spec = importlib.util.find_spec(MODEL_NAME)
    if spec is None or spec.origin is None:
        return frozenset()
    for folder in sorted(Path(spec.origin).parent.glob("*/lemmatizer/lookups")):
        lookups = Lookups().from_disk(folder)
        if lookups.has_table("lemma_index"):
            return frozenset(lookups.get_table("lemma_index").get("noun", ()))
    return frozenset()


def names_a_thing(extra: list[str] | tuple[str, ...]) -> bool:
    """ "Trump" + "Vodka": one ordinary noun after a name makes a product or a place named after a person
    (which the model sometimes labels a person), not the person's full name ("Xi" + "Jinping"). Two or more
    words after it ("Kim" + "Jong Un") read as a full name even when each is also a dictionary word."""
    return len(extra) == 1 and extra[0].lower() in common_nouns()

"""The model's noun and verb tables and spaCy's stop words are read without importing spaCy, and read the same
as spaCy reads them: a build that extracts nothing never loads it."""

from __future__ import annotations

import subprocess
import sys

import pytest

from builder.nlp import names


@pytest.mark.parametrize(
    "text",
    [
        "noun",
        "verb",
        "",
        "a",
        "lemma_index",
        "abcdefgh",
        "abcdefghi",
        "seven77",
        "Hôtel de Ville",
        "naïveté—x",
    ],
)
def test_string_hash_is_spacys(text):
    from spacy.strings import hash_string

    assert names.string_hash(text) == hash_string(text)


def test_noun_and_verb_tables_are_the_ones_spacy_reads():
    from pathlib import Path

    from spacy.lookups import Lookups

    spec = names.importlib.util.find_spec(names.MODEL_NAME)
    if spec is None or spec.origin is None:
        pytest.skip("model not installed")
    folder = sorted(Path(spec.origin).parent.glob("*/lemmatizer/lookups"))[0]
    table = Lookups().from_disk(folder).get_table("lemma_index")
    assert names.common_nouns() == frozenset(table.get("noun"))
    assert names.base_verbs() == frozenset(table.get("verb"))
    assert {"vodka", "chess"} <= names.common_nouns() and {"fix", "appeal"} <= names.base_verbs()


CHECK = """
import sys
from builder.stories.identity import Identity
from builder.nlp.names import common_nouns
from tests.factories import briefing
one = briefing("a", "Trump spoke.", actors=[("Trump", "person", 3, (), 1)])
two = briefing("b", "Trump Vodka failed.", actors=[("Trump Vodka", "person", 1, (), 1)])
who = Identity([one, two])
assert who.key("Trump") != who.key("Trump Vodka") and "vodka" in common_nouns()
assert "spacy" not in sys.modules, "spaCy imported"
"""


def test_actor_identity_reads_the_noun_tables_without_importing_spacy():
    # a build that extracts nothing (an article removed) builds the identity but needs no spaCy
    done = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


def test_stop_words_are_spacys():
    from spacy.lang.en.stop_words import STOP_WORDS

    from builder.stories.features import stop_words

    assert stop_words() == frozenset(STOP_WORDS) and {"the", "and", "n't"} <= stop_words()


FACTS = """
import sys
from builder.stories.features import features_of
from tests.factories import briefing
one = briefing("a", "The minister visited the harbour town of Vell on Tuesday and promised a new bridge.")
assert features_of(one)  # the words of the title and lead, less stop words
assert "spacy" not in sys.modules, "spaCy imported"
"""


def test_story_features_leave_out_stop_words_without_importing_spacy():
    # a build that extracts nothing still gathers the facts of articles the facts pack does not hold yet
    done = subprocess.run([sys.executable, "-c", FACTS], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr

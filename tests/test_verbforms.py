"""The verb forms of questions are lemminflect's, with its lemma table read a word at a time (`verbforms`)."""

from __future__ import annotations

import pytest
from lemminflect import config, getInflection
from lemminflect.codecs.LemmaLUCodec import LemmaLUCodec
from lemminflect.core.Lemmatizer import Lemmatizer

from builder.extract.questions.verbforms import LemmaTable, be, do, have, lemmas


@pytest.fixture(scope="module")
def codec_table() -> dict:
    """The table as lemminflect itself builds it."""
    return LemmaLUCodec.load(config.lemma_lu_fn)


def test_every_word_reads_as_the_codec_builds_it(codec_table):
    table = LemmaTable(config.lemma_lu_fn)
    assert all(table[word] == entry for word, entry in codec_table.items())
    assert len(table) == len(codec_table)
    assert dict(table) == codec_table


@pytest.mark.parametrize("word", ["zzyzxq", "", "'d,aux", "be,verb", "hope,"])
def test_a_word_not_in_the_table_is_missing(codec_table, word):
    table = LemmaTable(config.lemma_lu_fn)
    assert word not in codec_table
    assert table.get(word, "missing") == "missing"
    with pytest.raises(KeyError):
        table[word]


@pytest.fixture(scope="module")
def own_lemmatizer() -> Lemmatizer:
    """Not the process's singleton: this one reads lemminflect's whole table itself."""
    own = object.__new__(Lemmatizer)
    own.__init__()
    return own


VERBS = [
    "hopes", "Hopes", "HOPED", "said", "was", "'s", "had", "seized", "flummoxes", "re-elected", "gone",
    "zzyzxes",
]  # fmt: skip


@pytest.mark.parametrize("upos", ["VERB", "AUX"])
def test_lemmas_are_lemminflects(own_lemmatizer, upos):
    assert [lemmas(word, upos) for word in VERBS] == [tuple(own_lemmatizer.getLemma(w, upos)) for w in VERBS]


def lemminflect_form(lemma: str, tag: str, number: str = "singular") -> str:
    """The form as clauses.py took it from lemminflect before `verbforms` wrote them out."""
    forms = getInflection(lemma, tag=tag) or (lemma,)
    return forms[-1] if number == "plural" and lemma == "be" and len(forms) > 1 else forms[0]


@pytest.mark.parametrize("number", ["singular", "plural", "uncountable"])
@pytest.mark.parametrize("past", [True, False])
def test_auxiliary_forms_are_lemminflects(number, past):
    if past:
        assert be(number, past) == lemminflect_form("be", "VBD", number)
    elif number == "singular":
        assert be(number, past) == lemminflect_form("be", "VBZ")
    else:
        assert be(number, past) == lemminflect_form("be", "VBP", "plural")
    tag = "VBD" if past else "VBZ" if number == "singular" else "VBP"
    assert have(number, past) == lemminflect_form("have", tag)
    assert do(number, past) == lemminflect_form("do", tag)

"""Extraction: one spaCy parse per article, then one small module per kind of item."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from builder.core.model import Sentence
from builder.extract.actors import ActorTable, find_actors
from builder.extract.actors.resolve import Resolver
from builder.nlp.spacy_model import load_nlp, sentences_of


@dataclass(frozen=True)
class Analysis:
    """A parsed text and what every extractor needs from it; never leaves the extraction stage."""

    doc: Doc
    sentences: tuple[Sentence, ...]
    actors: ActorTable
    article_id: str
    title: str | None = None  # the article's headline, which often names what "the plan" is

    @functools.cached_property
    def resolver(self) -> Resolver:
        """Descriptions and pronouns of this text resolved to its actors (one resolver per parse)."""
        return Resolver(self.doc, self.sentences, self.actors)


def analyse_doc(doc: Doc, article_id: str, title: str | None = None) -> Analysis:
    """Sentences and actors of an already parsed doc."""
    sentences = sentences_of(doc)
    return Analysis(doc, sentences, find_actors(doc, sentences, article_id), article_id, title)


def analyse(text: str, article_id: str = "test", nlp: Language | None = None) -> Analysis:
    """Parse a text and find its sentences and actors (handy for tests and the eval harness)."""
    return analyse_doc((nlp or load_nlp())(text), article_id)

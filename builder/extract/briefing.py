"""One article's briefing: every extractor run over a single spaCy parse."""

from __future__ import annotations

from spacy.tokens import Doc

from builder.core.model import Article, Briefing
from builder.extract import analyse_doc
from builder.extract.actors.resolve import described, with_descriptions
from builder.extract.acts import text_acts
from builder.extract.concerns import find_concerns
from builder.extract.evidence import evidence_at
from builder.extract.gifts.find import find_gifts
from builder.extract.headline import derive_title
from builder.extract.questions import find_questions
from builder.extract.summary import summarise
from builder.extract.terms import find_terms

EXTRACTOR_VERSION = "32"


def extract(article: Article, doc: Doc) -> Briefing:
    """The briefing of one parsed article: every item with its evidence."""
    analysis = analyse_doc(doc, article.id, article.title)
    terms = find_terms(analysis)
    lead_acts, lead_parties = text_acts(doc, analysis.sentences, article.title, terms)
    return Briefing(
        article=article,
        title=article.title or derive_title(doc),
        sentences=analysis.sentences,
        summary=summarise(doc, analysis.sentences, article.id),
        actors=with_descriptions(
            analysis.actors.actors,
            described(analysis.resolver),
            lambda token: evidence_at(analysis.sentences, token, article.id),
        ),
        gifts=find_gifts(analysis),
        concerns=find_concerns(analysis),
        questions=find_questions(analysis),
        extractor_version=EXTRACTOR_VERSION,
        terms=terms,
        lead_acts=lead_acts,
        lead_parties=lead_parties,
    )

"""Evidence records: the sentence an extracted item comes from."""

from __future__ import annotations

from spacy.tokens import Span, Token

from builder.core.model import Evidence, Sentence


def sentence_index_at(sentences: tuple[Sentence, ...], char: int) -> int:
    """The 1-based index of the sentence holding a character offset."""
    for sentence in sentences:
        if char < sentence.end:
            return sentence.index
    return sentences[-1].index


def evidence_for(sentences: tuple[Sentence, ...], index: int, article_id: str) -> Evidence:
    """Evidence pointing at a whole sentence."""
    sentence = sentences[index - 1]
    return Evidence(article_id, sentence.index, sentence.start, sentence.end, sentence.text)


def evidence_at(sentences: tuple[Sentence, ...], item: Token | Span, article_id: str) -> Evidence:
    """Evidence for the sentence holding a token or span."""
    char = item.idx if isinstance(item, Token) else item.start_char
    return evidence_for(sentences, sentence_index_at(sentences, char), article_id)

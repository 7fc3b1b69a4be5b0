"""A short headline for articles that come without a title."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

MAX_WORDS = 14
OPENER_DEPS = {"prep", "advcl", "advmod", "npadvmod", "punct", "cc", "mark", "intj"}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "expl", "csubj"}
NAME_ENTS = {"PERSON", "ORG", "GPE", "NORP"}
REPORTING = {"say", "tell", "report", "announce", "confirm", "state"}
WEAK_ENDINGS = {"a", "an", "the", "of", "and", "or", "to", "in", "on", "for", "with", "by", "from"}


def _main_verb(sent: Span) -> Token:
    """The sentence root, or the reported clause of a trailing "…, officials said"."""
    root = sent.root
    if root.lemma_ in REPORTING:
        for child in root.lefts:
            if child.dep_ == "ccomp":
                return child
    return root


def _subject_run_start(verb: Token) -> int:
    """Start of the run of names right before a verb whose subject the parser lost in an opening phrase."""
    j = verb.i
    doc = verb.doc
    while j - 1 >= verb.sent.start:
        tok = doc[j - 1]
        if (
            tok.ent_type_ in NAME_ENTS
            or tok.lower_ in {"and", ","}
            or (tok.dep_ == "compound" and not tok.ent_type_)
        ):
            j -= 1
        else:
            break
    while j < verb.i and doc[j].lower_ in {"and", ","}:
        j += 1
    return j


def clause_span(sent: Span) -> Span:
    """The main clause of a sentence without its opening phrases and trailing attribution."""
    verb = _main_verb(sent)
    doc = sent.doc
    start = sent.start
    for child in verb.lefts:
        if child.dep_ not in OPENER_DEPS:
            break
        start = max(start, child.right_edge.i + 1)
    end = verb.right_edge.i + 1 if verb is not sent.root else sent.end
    if not any(c.dep_ in SUBJECT_DEPS for c in verb.lefts):
        start = _subject_run_start(verb)
        if start == verb.i:
            return sent
    return doc[start:end]


def _trim(words: list[str]) -> str:
    cut = words[:MAX_WORDS]
    while len(words) > MAX_WORDS and cut and cut[-1].lower() in WEAK_ENDINGS:
        cut.pop()
    text = " ".join(cut).rstrip(".!?;:,")
    return text + "…" if len(words) > MAX_WORDS else text


def derive_title(doc: Doc) -> str:
    """The first sentence's main clause, cut to a headline's length."""
    first = next((s for s in doc.sents if s.text.strip()), None)
    if first is None:
        return "Untitled article"
    title = _trim(clause_span(first).text.split())
    return title[:1].upper() + title[1:] if title else "Untitled article"

"""A short headline for articles that come without a title."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from builder.nlp.names import names_a_person

MAX_WORDS = 14
OPENER_DEPS = {"prep", "advcl", "advmod", "npadvmod", "punct", "cc", "mark", "intj"}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "expl", "csubj"}
NAME_ENTS = {"PERSON", "ORG", "GPE", "NORP"}
REPORTING = {"say", "tell", "report", "announce", "confirm", "state"}
# A subject that points back instead of naming: "both leaders", "the two countries", "they", "he".
POINTING_DETS = {"the", "both", "these", "those", "this", "that", "its", "their", "his", "her"}
PERSON_PRONOUNS = {"he": False, "she": False, "they": True}
MAX_NAMES = 3
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


def _pointing_subject(verb: Token) -> tuple[Span, bool, bool] | None:
    """The verb's subject when it points back rather than names ("both leaders", "the firm", "they"), with
    whether it is plural and whether it stands for people; None for a subject that names someone."""
    subject = next((c for c in verb.lefts if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None:
        return None
    span = verb.doc[subject.left_edge.i : subject.right_edge.i + 1]
    if any(t.pos_ == "PROPN" or t.ent_type_ for t in span):
        return None
    if subject.lower_ in PERSON_PRONOUNS:
        return span, PERSON_PRONOUNS[subject.lower_], True
    dets = {c.lower_ for c in subject.children if c.dep_ in {"det", "predet", "poss", "preconj", "nummod"}}
    if subject.pos_ != "NOUN" or not dets & (POINTING_DETS | {"two", "three"}):
        return None
    return span, subject.tag_ == "NNS", names_a_person(subject.lemma_)


def _named_in(span: Span, people: bool) -> list[str]:
    """The distinct names of people (or of bodies and countries) a span holds, in order."""
    kinds = {"PERSON"} if people else {"ORG", "GPE"}
    names: list[str] = []
    for ent in span.ents:
        if ent.label_ in kinds and ent.text not in names:
            names.append(ent.text)
    return names


def _joined(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _named_clause(sent: Span, clause: Span) -> str:
    """The clause, its pointing subject replaced by the names the dropped opening phrase gives it ("In a
    meeting between X and Y, both leaders exchanged gifts" -> "X and Y exchanged gifts"); the whole sentence
    when the opener names someone but not as many as the subject stands for; the clause itself otherwise."""
    text = clause.text
    if clause.start == sent.start:
        return text
    verb = _main_verb(sent)
    pointing = _pointing_subject(verb)
    if pointing is None:
        return text
    subject, plural, people = pointing
    opener = sent.doc[sent.start : clause.start]
    names = _named_in(opener, people)
    if not names:
        return text
    if (plural and 2 <= len(names) <= MAX_NAMES) or (not plural and len(names) == 1):
        doc = sent.doc
        before = doc[clause.start : subject.start].text
        after = doc[subject.end : clause.end].text
        return " ".join(part for part in (before, _joined(names), after) if part)
    return sent.text


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
    title = _trim(_named_clause(first, clause_span(first)).split())
    return title[:1].upper() + title[1:] if title else "Untitled article"

"""The article's own questions: a question the writer puts to the reader ("Can the league survive another
season without a sponsor?"), asked as written when it reads alone.

A question inside quotation marks is a speaker's (often put to someone: "Will you resign?") and is left to
the cue rules; one addressed to "you" or asked of "we" / "I", one whose "he" or "it" the page cannot name,
a bare phrase ("Why the difference?", "Who knows?"), a rhetorical counterfactual ("Who would have thought
…?"), a question in the past ("What did she do for two days?": the story goes on to tell it), the second half
of an alternative ("Or was it …?") and one the next sentence answers ("Yes." / "No." / "The answer …") are not
asked.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from builder.extract.phrasing import words

AUXILIARIES = {"be", "do", "have"}
WH_TAGS = {"WP", "WP$", "WRB", "WDT"}
LEADING = {"and", "but", "so", "yet", "then"}  # "But can the league survive …?": the joiner goes
FRAMES = {"-", "–", "—", ":"}  # "That is the problem for Acme - can it …?": the question after the frame
PERSONS = {"i", "me", "my", "mine", "we", "us", "our", "ours", "you", "your", "yours", "yourself"}
PRONOUNS = {"he", "him", "his", "she", "her", "hers", "it", "its", "they", "them", "their", "theirs"}
PLURAL = {"they", "them", "their", "theirs"}
VAGUE = {"something", "anything", "everything", "nothing", "this", "that", "these", "those", "one"}
ANSWERS = {"yes", "no", "answer", "probably", "possibly", "perhaps", "maybe", "not", "absolutely"}
MAX_WORDS = 25


def own_question(sent: Span, quoted: set[int]) -> tuple[str, str] | None:
    """The sentence's own question in the writer's voice and its first word, or None."""
    if not sent.text.rstrip().endswith("?") or any(t.i in quoted or t.is_quote for t in sent):
        return None
    clause = _question_clause(sent)
    if clause is None or len(clause) > MAX_WORDS or _answered(sent):
        return None
    if any(not _placed(t, clause) for t in clause):
        return None
    text = words(clause)
    return text[:1].upper() + text[1:].rstrip(" ?") + "?", clause[0].text


def _question_clause(sent: Span) -> list[Token] | None:
    """The words of the interrogative clause: from the sentence's start or from just after a framing dash or
    colon, the first that asks, without a leading "and" / "but"."""
    tokens = [t for t in sent if not t.is_space]
    starts = [0, *(n + 1 for n, t in enumerate(tokens[:-1]) if t.text in FRAMES and t.whitespace_)]
    for start in starts:
        clause = tokens[start:]
        while clause and (clause[0].lower_ in LEADING or clause[0].is_punct):
            clause = clause[1:]
        if clause and clause[0].lower_ == "or":
            return None  # "Or was it …?": the other half of an alternative the sentence before began
        if clause and _asks(clause):
            return clause
    return None


def _asks(clause: list[Token]) -> bool:
    """An interrogative clause: a fronted auxiliary or modal before its subject ("Can the league …?", "Is
    Acme …?") or a wh-word with a finite verb ("What will the new rules mean …?"), not a bare phrase."""
    first = clause[0]
    finite = [t for t in clause if t.tag_ in {"MD", "VBZ", "VBP", "VBD"}]
    if not finite or any(t.lower_ == "have" and t.head.tag_ == "VBN" for t in clause if t.i > first.i):
        return False  # "Why the difference?"; "Who would have thought …?" rhetoric on what happened
    if finite[0].tag_ == "VBD" or not any(t.pos_ in {"NOUN", "PROPN"} for t in clause):
        return False  # "What did she do next?": the story goes on to tell it; "Who knows?" asks nothing
    if first.tag_ in WH_TAGS:
        return True
    inverted = first.tag_ == "MD" or (first.lemma_ in AUXILIARIES and first.tag_ in {"VBZ", "VBP", "VBD"})
    subject = next((t for t in clause if t.dep_ in {"nsubj", "nsubjpass", "expl"}), None)
    return inverted and subject is not None and subject.i > first.i and subject.lower_ not in {"there", "it"}


def _placed(token: Token, clause: list[Token]) -> bool:
    """A word the question can keep alone: no "you", "we" or "I"; a "he" or "its" only where the page names
    it, a "they" / "their" after a plural noun of the question ("persuade voters that they …"); no
    "something" or "this" standing for what the text leaves unsaid."""
    lower = token.lower_
    if lower in PERSONS:
        return False
    if lower in PRONOUNS and token.tag_ in {"PRP", "PRP$"}:
        bound = lower in PLURAL and any(t.tag_ in {"NNS", "NNPS"} and t.i < token.i for t in clause)
        return token._.named is not None or bound
    return not (lower in VAGUE and token.dep_ in {"nsubj", "nsubjpass", "dobj", "attr", "pobj"})


def _answered(sent: Span) -> bool:
    """The next sentence gives the answer ("Yes.", "No, …", "The answer is …")."""
    doc = sent.doc
    following = [t.lower_ for t in doc[sent.end : sent.end + 6] if not t.is_space and not t.is_punct][:2]
    return bool(following) and (following[0] in ANSWERS or following[-1] == "answer")

"""Works, characters, prizes and events are not actors, by the words that name them.

"the film Innocence of Muslims", "the Dickens character Fagin", "played the role of Don Giovanni", "appeared
as Cornelius Fudge in the Harry Potter films", "received an honorary Oscar", "won four Golden Globes", "the
first night of the Proms", "an Ashes clash", "the Battle of Agincourt": the article names a title, a part an
actor plays, a prize or an occasion. The model labels them people or organisations.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from builder.nlp.names import senses

WORK_NOUNS = {
    "film", "movie", "book", "novel", "album", "single", "song", "track", "show", "series", "drama", "sitcom",
    "soap", "musical", "opera", "character", "franchise", "saga", "trilogy", "sequel", "prequel", "episode",
    "programme", "program", "documentary", "painting", "poem", "videogame", "tune", "memoir", "biography",
    "cartoon", "blockbuster", "costume", "play", "ballet", "role", "part", "hit", "comic", "remake",
}  # fmt: skip
EVENT_NOUNS = {
    "ceremony", "clash", "night", "gala", "premiere", "awards", "festival", "concert", "season", "final",
    "tournament", "red", "carpet",
}  # fmt: skip
PLAYING = {"play", "portray", "voice"}  # "played Cornelius Fudge in the films"
AS_A_PART = {"appear", "star", "cast", "dress", "play", "role", "portray", "return"}  # "appeared as X"
PRIZE_VERBS = {"win", "receive", "collect", "scoop", "accept", "pick", "land", "bag", "earn", "clinch"}
EVENT_FIRST_WORDS = {"battle", "siege", "war", "treaty", "storming"}  # "Battle of Agincourt"


def names_a_work(span: Span) -> bool:
    """A mention that can only be a title, a part played, a prize won or an occasion."""
    return (
        _titled(span)
        or _a_part_played(span)
        or _a_prize_won(span)
        or _an_event_name(span)
        or _modifies(span, EVENT_NOUNS)
    )


def modifies_a_work(span: Span) -> bool:
    """A name that modifies a word for a work ("the Harry Potter films", "the Dickens character", "Age of
    Ultron movie"): the title or its author. Only an actor when it also does something elsewhere."""
    return _modifies(span, WORK_NOUNS)


QUOTES = "'\"‘’“”"


def a_title_in_quotes(span: Span) -> bool:
    """A name that fills a pair of quotation marks on its own and is not the subject of a verb: "J Balvin's
    track 'Tranquila'", "the indie song 'Arabella' and …": a title set off as titles are. A name in quotes
    that does something ("when 'Doggie' disappeared", a pet's name) is someone named."""
    text = span.doc.text
    start, end = span.start_char, span.end_char
    quoted = start > 0 and end < len(text) and text[start - 1] in QUOTES and text[end] in QUOTES
    return quoted and _outer(span.root).dep_ not in {"nsubj", "nsubjpass"}


TITLE_LINKS = {"of", "the", "for", "a", "an", "and"}  # "Reach for the Sky"; not "the film Troy with X"


def _titled(span: Span) -> bool:
    """Right after a word for a work, or inside a capitalised title that follows one: "the film Innocence of
    Muslims", "his character Iron Man", "the film Reach for the Sky", "the hit Saving Mr Banks" (the model
    finds "Sky" or "Banks" alone). A title starts with a capital: "a song for the Queen" names no title."""
    doc, i = span.doc, span.start - 1
    while i >= 0 and span.start - i <= 6 and (doc[i].is_title or doc[i].lower_ in TITLE_LINKS):
        i -= 1
    before = doc[i] if i >= 0 else None
    if before is not None and _a_years_own(before):
        return i + 1 < span.end  # "2013's Saving Mr Banks": a release or an occasion of that year
    if before is None or before.lemma_.lower() not in WORK_NOUNS or before.pos_ != "NOUN":
        return False
    return i + 1 == span.start or doc[i + 1].is_title


def _a_years_own(token: Token) -> bool:
    """The possessive ending of a year ("2013's", "1997’s"): what follows is that year's film, album or
    event ("2013's Saving Mr Banks", "1997's Titanic"), which no person or body is ("2013's winner, Ann
    Lee": the name is after a common noun, not right after the year)."""
    if token.text not in {"'s", "’s"} or token.i == 0:
        return False
    year = token.doc[token.i - 1]
    return year.text.isdigit() and len(year.text) == 4 and year.text[:2] in {"19", "20"}


def _a_part_played(span: Span) -> bool:
    """ "the role of Don Giovanni", "appeared as Cornelius Fudge", "played Winston Churchill in a series"."""
    token = _outer(span.root)
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "of":
        return head.head.lemma_.lower() in {"role", "part", "character"}
    if token.dep_ == "pobj" and head.lower_ == "as":
        return head.head.lemma_.lower() in AS_A_PART
    if token.dep_ == "dobj" and head.lemma_.lower() in PLAYING and span.label_ == "PERSON":
        return any(t.lemma_.lower() in WORK_NOUNS - {"role", "part", "hit"} for t in token.sent)
    return False


def _a_prize_won(span: Span) -> bool:
    """ "received an honorary Oscar", "won four Golden Globes": what someone wins is a prize. A person with a
    title or a form of address is received as a guest ("the Queen received President Obama", "received Mr
    Lee at the palace"), not won."""
    token = _outer(span.root)
    if token.dep_ != "dobj" or token.head.lemma_.lower() not in PRIZE_VERBS or _a_team_word(token):
        return False
    return not _titled_person(span)


ADDRESS = {"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady"}


def _titled_person(span: Span) -> bool:
    """A name right after a form of address or a title whose usual sense is a person ("Mr", "President",
    "Queen"), inside the name the model marked or before it."""
    doc = span.doc
    words = [span[0]] if len(span) > 1 else []
    words += [doc[span.start - 1]] if span.start else []
    return any(w.is_title and _a_title_word(w.lower_.rstrip(".")) for w in words)


def _a_title_word(word: str) -> bool:
    return word in ADDRESS or "r" in senses(word)[:2]


def _a_team_word(token: Token) -> bool:
    return any(c.dep_ == "poss" for c in token.children)  # "won his Labour seat" is no prize named


def _an_event_name(span: Span) -> bool:
    words = span.text.lower().split()
    return len(words) > 2 and words[0] in EVENT_FIRST_WORDS and words[1] == "of"


def _modifies(span: Span, nouns: set[str]) -> bool:
    """The name (or a name inside a title) modifies one of these nouns: "the Harry Potter films", "an Ashes
    clash", "the first night of the Proms", "Age of Ultron movie". Through compounds and at most one "of";
    not through an apposition or a possessive ("the singer's album" names its maker, who acts)."""
    token, hops = span.root, 0
    while token.dep_ in {"compound", "nmod", "pobj"} and token.head.i != token.i:
        if token.dep_ == "pobj":
            if token.head.lower_ != "of" or hops:
                return False
            hops, token = 1, token.head
        token = token.head
        if token.pos_ == "NOUN" and token.lemma_.lower() in nouns:
            return True
        if token.pos_ not in {"NOUN", "PROPN"}:
            return False
    return False


def _outer(token: Token) -> Token:
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token

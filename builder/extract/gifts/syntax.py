"""Parse helpers for the gift rules: datelines, clause subjects, objects and prepositional arguments."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from builder.nlp.datelines import dateline_end
from builder.nlp.spacy_model import noun_chunks_of, per_doc

SUBJECT_DEPS = {"nsubj", "nsubjpass"}
CLAUSE_DEPS = {"ccomp", "advcl", "conj", "xcomp", "csubj", "parataxis"}
INHERITING_DEPS = {"xcomp", "conj", "advcl", "pcomp", "dep"}
RELATIVE_WORDS = {"that", "which", "who", "whom", "whose"}
NOMINAL = {"NOUN", "PROPN", "PRON", "NUM"}


def children(token: Token, *deps: str) -> list[Token]:
    """The token's children with one of the given dependency labels, in text order."""
    return [c for c in token.children if c.dep_ in deps]


def is_relative_word(token: Token) -> bool:
    """True for the relative pronoun opening a relative clause."""
    return token.lower_ in RELATIVE_WORDS and token.tag_ in {"WDT", "WP", "IN"}


def own_subject(verb: Token) -> Token | None:
    """The verb's own subject, stepping out of a dateline the parser glued onto the sentence."""
    floor = dateline_end(verb)
    fronted = fronted_recipient(verb)
    subjects = [s for s in children(verb, *SUBJECT_DEPS) if fronted is None or s.i != fronted.i]
    for subject in subjects:
        if subject.i >= floor:
            return subject
    for subject in subjects:
        moved = _after_dateline(subject, floor, verb.i)
        if moved is not None:
            return moved
    return None


def fronted_recipient(verb: Token) -> Token | None:
    """ "To X, Y presented Z": the parser left the opening "to" without its object and made X a second
    subject of the verb; X is whom the gift went to."""
    subjects = children(verb, "nsubj")
    if len(subjects) != 2 or verb.dep_ != "ROOT":
        return None
    first = subjects[0]
    opening = verb.doc[first.left_edge.i - 1] if first.left_edge.i > verb.sent.start else None
    if opening is None or opening.lower_ != "to" or opening.head.i != verb.i or list(opening.children):
        return None
    return first if opening.i == verb.sent.start else None


def _after_dateline(subject: Token, floor: int, stop: int) -> Token | None:
    """The part of a dateline-swallowed subject that lies between the dateline and the verb."""
    pieces = [t for t in subject.subtree if floor <= t.i < stop and not floor <= t.head.i < stop]
    nominal = [t for t in pieces if t.pos_ in NOMINAL or t.ent_type_]
    return nominal[-1] if nominal else None


def swallowed_subject(verb: Token) -> Token | None:
    """A name ending right before a subjectless verb inside an opening phrase ("At the summit X gave"), or
    read as the verb's modifier."""
    previous = verb.doc[verb.i - 1] if verb.i > verb.sent.start else None
    if previous is None or previous.pos_ not in {"PROPN", "NOUN"}:
        return None
    node = previous
    while (
        node.dep_ in {"conj", "appos", "compound"}
        and node.head.i < node.i
        and node.head.right_edge.i == previous.i
    ):
        node = node.head
    if node.pos_ == "PROPN" and node.dep_ == "pobj" and node.head.head.i != verb.i:
        return node
    if node.pos_ == "PROPN" and node.dep_ == "npadvmod" and node.head.i == verb.i and verb.dep_ == "ROOT":
        return node  # "PM Modi gifted 'Agate Bowl' to …", the name read as a modifier of the verb
    return None


FINITE = {"VBD", "VBZ", "VBP", "MD"}
MAGNITUDES = {"m", "bn", "k", "mn", "million", "billion", "trillion"}


def is_magnitude(token: Token) -> bool:
    """ "m", "bn", "million": also with the sentence's full stop glued on ("donated £1m." → "m.")."""
    return token.lower_ in MAGNITUDES or (token.lower_.endswith(".") and token.lower_[:-1] in MAGNITUDES)


def magnitude_suffix(token: Token) -> bool:
    """The "m" of "£1m", split from its number by the tokenizer."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return is_magnitude(token) and before is not None and before.like_num and not before.whitespace_


def stolen_subject(verb: Token) -> Token | None:
    """ "A donated $1m to B and actor C pledged aid to D": the parser coordinated C with B, leaving "pledged"
    without a subject; the name right before the second verb is its subject."""
    if verb.dep_ not in {"conj", "advcl"} or verb.tag_ not in FINITE or own_subject(verb) is not None:
        return None
    i = verb.i - 1
    while i > 0 and verb.doc[i].pos_ in {"ADV", "AUX", "PART"}:
        i -= 1
    token = _head_of_name(verb.doc[i])
    if token.is_punct and i > 0:  # "and her husband, Karl Berg, gave": the description the name stands by
        name = _head_of_name(verb.doc[i - 1])
        token = name.head if name.dep_ == "appos" and _named(name) and name.head.i < name.i else token
        return token if token.dep_ == "conj" and token.head.i < token.i < verb.i else None
    return token if _named(token) and token.dep_ == "conj" and token.head.i < token.i < verb.i else None


def _head_of_name(token: Token) -> Token:
    while token.dep_ in {"compound", "flat"} and token.head.i > token.i:
        token = token.head
    return token


def _named(token: Token) -> bool:
    return token.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} or token.pos_ == "PROPN"


def opens_a_clause(token: Token) -> bool:
    """A coordinated name that is in fact the subject of the next verb (see `stolen_subject`)."""
    end = token.right_edge.i + 1
    end += 1 if end < len(token.doc) and token.doc[end].text == "," else 0  # "its founder, Ann Kerr, gave"
    ends = {token.i + 1, end}
    following = [token.doc[i] for i in ends if i < len(token.doc) and token.doc[i].pos_ in {"VERB", "AUX"}]
    return any(stolen_subject(f) == token for f in following)


def subject_of(verb: Token) -> Token | None:
    """The subject of a verb, inherited from the governing verb for infinitives, conjuncts and participles."""
    stolen = stolen_subject(verb)
    if stolen is not None:
        return stolen
    controller = _object_controller(verb)
    if controller is not None:
        return controller
    seen = 0
    node = verb
    while seen < 6:
        subject = own_subject(node) or (_existential(node) if node is not verb else None)
        if subject is not None:
            return subject
        head = node.head.head if node.dep_ == "pcomp" else node.head
        if node.dep_ not in INHERITING_DEPS or head.i == node.i or head.pos_ not in {"VERB", "AUX", "ADJ"}:
            break
        node = head
        seen += 1
    return swallowed_subject(verb)


OBJECT_CONTROL = {
    "allow", "permit", "invite", "ask", "enable", "help", "urge", "encourage", "persuade", "tell", "order",
    "get", "lead", "prompt", "force", "authorise", "authorize", "let",
}  # fmt: skip


def _object_controller(verb: Token) -> Token | None:
    """ "allowed Ford and Lee to present X with Y": the object of the verb above gives, not its subject."""
    if own_subject(verb) is not None:
        return None
    head = verb.head if verb.dep_ in {"xcomp", "ccomp"} else _control_before(verb)
    if head is None or head.lemma_.lower() not in OBJECT_CONTROL:
        return None
    objects = [c for c in children(head, "dobj") if c.i < verb.i]
    return objects[0] if objects else None


def _control_before(verb: Token) -> Token | None:
    """ "to allow Ford, coach Roy Lee and director Dick Hale to present X": a long list of objects makes the
    parser hang the second infinitive elsewhere; the nearest verb before it, with only its objects between,
    is still the one that says who acts."""
    to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to" and c.i == verb.i - 1), None)
    if to is None:
        return None
    for token in reversed(verb.doc[verb.sent.start : to.i]):
        if token.pos_ in {"VERB", "AUX"}:
            return token
        if token.pos_ not in {"PROPN", "NOUN", "PUNCT", "CCONJ", "DET", "ADJ"}:
            return None
    return None


def _existential(verb: Token) -> Token | None:
    """ "There are donors ready to fund X": the noun after "there are" is the subject of what follows."""
    if not any(c.dep_ == "expl" for c in verb.children):
        return None
    return next(iter(children(verb, "attr")), None)


TIME_NOUNS = {
    "cycle",
    "year",
    "month",
    "week",
    "day",
    "season",
    "time",
    "term",
    "quarter",
    "summer",
    "winter",
}
TIME_DETERMINERS = {"this", "last", "next", "every", "each", "that"}


def is_time(token: Token) -> bool:
    """True for a time phrase the parser took for an object ("donated $4m this cycle")."""
    if token.ent_type_ in {"DATE", "TIME"}:
        return True
    return token.lemma_.lower() in TIME_NOUNS and any(c.lower_ in TIME_DETERMINERS for c in token.children)


def antecedent(clause: Token) -> Token:
    """The noun a relative clause describes; "the motives of the partners, who ..." is about the partners,
    since "who" needs a person and the parser often attaches the clause too high."""
    head = clause.head
    opener = clause.doc[clause.left_edge.i]
    before = clause.doc[opener.i - 2] if opener.i >= 2 and clause.doc[opener.i - 1].text == "," else None
    nearer = before is not None and before.i != head.i and head.is_ancestor(before) and before.pos_ == "NOUN"
    if opener.lower_ in {"who", "whom"} and nearer and head.ent_type_ != "PERSON":
        return before
    return head


def pobjs(head: Token, *words: str) -> list[Token]:
    """Objects of the prepositions `words` attached to head ("to Y", "with Z").

    The "m" of "of $1m", which the parser sometimes hangs on the preposition as a second object beside its
    number, is part of that amount, not a second object."""
    found = []
    for prep in head.children:
        if prep.dep_ in {"prep", "dative", "agent"} and prep.lower_ in words:
            objects = [c for c in prep.children if c.dep_ == "pobj"]
            found.extend(c for c in objects if not (magnitude_suffix(c) and c.doc[c.i - 1] in objects))
    if "to" in words:
        found.extend(name_read_as_a_clause(head))
    return found


def name_read_as_a_clause(head: Token) -> list[Token]:
    """A body named with a verb first that the parser read as a purpose clause after "to" ("donated her fee
    to Save the Children", "gave £500 to Help the Aged"): the last word of the name, when the model marks a
    name that starts at that verb. A real purpose clause ("to help the children") is no name."""
    found = []
    for clause in head.children:
        if clause.dep_ not in {"advcl", "xcomp"} or clause.ent_iob_ != "B" or clause.ent_type_ != "ORG":
            continue
        if not any(c.dep_ == "aux" and c.lower_ == "to" and c.i == clause.i - 1 for c in clause.children):
            continue
        end = clause.i
        while end + 1 < len(clause.doc) and clause.doc[end + 1].ent_iob_ == "I":
            end += 1
        found.append(clause.doc[end])
    return found


def same_clause(token: Token, verb: Token) -> bool:
    """True when no other clause's verb stands between a token and the verb above it."""
    node = token.head
    while node.i != verb.i:
        if (node.pos_ in {"VERB", "AUX"} and node.dep_ in CLAUSE_DEPS) or node.head.i == node.i:
            return False
        node = node.head
    return True


def loose_pobjs(verb: Token, item: Token | None, *words: str) -> list[Token]:
    """Prepositional objects after the item that the parser hung lower in the clause, though the verb's."""
    if item is None:
        return []
    found = []
    for token in verb.subtree:
        is_prep = token.lower_ in words and token.dep_ in {"prep", "agent", "dative"}
        if is_prep and token.i > item.i and token.head.i != verb.i and same_clause(token, verb):
            found.extend(c for c in token.children if c.dep_ == "pobj")
    return found


def split_nominal_modifier(obj: Token) -> Token | None:
    """In "gifted his film crew bicycles" the parser may make "his film crew" a modifier of "bicycles"; in
    "awarded President Lula the country's highest honour" the name a modifier of "honour"."""
    numbers = [c.i for c in obj.children if c.dep_ in {"nummod", "det", "poss"}]
    for child in obj.children:
        if child.i > obj.i or child.dep_ not in {"nmod", "compound"} or child.pos_ not in {"NOUN", "PROPN"}:
            continue
        if any(c.dep_ in {"poss", "det"} for c in child.children) or any(n > child.i for n in numbers):
            return child
        counted = any(c.dep_ == "nummod" and c.i > child.i for c in child.children)
        if child.ent_type_ == "PERSON" and obj.ent_type_ != "PERSON" and counted:
            return child  # "gave Mr Lee two hunting dogs": the number counts the dogs, not Mr Lee
    return None


NOT_IN_PHRASE = {"appos", "relcl", "punct", "conj", "cc", "acl", "npadvmod"}


def np_end(token: Token) -> int:
    """Index of the last token of a noun phrase without its appositions and relative clauses; also without a
    noun phrase the parser hung on a name as a modifier ("gave Xi Jinping a book", "a book" an npadvmod)."""
    end = token.i
    for child in token.children:
        if child.i > token.i and child.dep_ not in NOT_IN_PHRASE:
            end = max(end, np_end(child))
    return end


def chunk_after(obj: Token) -> Token | None:
    """The head of the noun phrase right after an object, past an apposition set off by commas.

    Catches "gave the minister a knife" and "gave his driver, Ravi Kumar, a flat" when the parser
    attached the second object somewhere else."""
    doc = obj.doc
    start = np_end(obj) + 1
    if start < len(doc) and doc[start].text == ",":
        close = next((t.i for t in doc[start + 1 : start + 10] if t.text == ","), None)
        if close is None:
            return None
        start = close + 1
    chunk = _chunk_starts(doc).get(start)
    if chunk is None:  # "gave Xi Jinping a book": the parser hung "a book" on the name as a modifier
        hung = [c for c in children(obj, "npadvmod") if c.pos_ == "NOUN" and c.left_edge.i == start]
        return hung[0] if hung else None
    return chunk.root if chunk.root.ent_type_ != "PERSON" else None


@per_doc
def _chunk_starts(doc: Doc) -> dict[int, Span]:
    """The doc's noun chunks by their first token (the first chunk, should two start together)."""
    starts: dict[int, Span] = {}
    for chunk in noun_chunks_of(doc):
        starts.setdefault(chunk.start, chunk)
    return starts


def prep_after(noun: Token, *words: str) -> list[Token]:
    """The objects of a preposition the parser hung on the noun's head though it directly follows the noun
    ("outlined X's donations to Y": "to Y" belongs to "donations"); for a noun inside a prepositional phrase,
    also on the verb that phrase hangs on ("tied the post to his donations to Y")."""
    after = noun.right_edge.i + 1
    if noun.dep_ not in {"dobj", "nsubj", "pobj"} or after >= len(noun.doc):
        return []
    prep = noun.doc[after]
    heads = {noun.head.i} | ({noun.head.head.i} if noun.dep_ == "pobj" else set())
    if prep.head.i not in heads or prep.lower_ not in words or prep.dep_ not in {"prep", "dative"}:
        return []
    return [c for c in prep.children if c.dep_ == "pobj"]


GLUED_VERBS = {"ccomp", "conj", "dep", "relcl"}


def glued_clause(verb: Token) -> tuple[Token, Token] | None:
    """ "a $1bn donation Libyan leader X had pledged to Y": a relative clause without "that" whose subject, a
    name, the parser read as the head of the noun before it (the noun a compound of the name, the clause a
    complement of the verb above). Its subject (the name) and the noun it describes, else None."""
    if verb.dep_ not in GLUED_VERBS or verb.i == verb.sent.start:
        return None
    name = verb.doc[verb.i - 1]
    while name.dep_ == "aux" and name.head.i == verb.i and name.i > verb.sent.start:
        name = verb.doc[name.i - 1]  # "had pledged"
    if name.ent_type_ not in {"PERSON", "ORG"} or name.head.i == verb.i or name.pos_ != "PROPN":
        return None
    noun = next((c for c in name.children if c.dep_ == "compound"), None)
    if noun is None or noun.pos_ != "NOUN" or noun.ent_type_:
        return None
    lead = verb.doc[name.left_edge.i : noun.left_edge.i]
    if any(t.dep_ != "det" for t in lead):  # only "a" or "the" before the noun's own phrase
        return None
    subject = own_subject(verb)
    return (name, noun) if subject is None or subject.i < noun.i else None

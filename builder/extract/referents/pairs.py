"""A count of named ones written as their names: "the two countries", "both nations", "the pair", "the two"
after "China and Japan" (or "Thanou and Kenteris", "between India and Pakistan") are those named ones, as
the article last joined them with "and"."""

from __future__ import annotations

from spacy.tokens import Span, Token

from builder.extract import Analysis

COUNTS = {"two": 2, "three": 3, "both": 2}
# a noun that is itself the count: "the pair", "the duo", "the trio"
COUNTING_NOUNS = {"pair": 2, "duo": 2, "couple": 2, "trio": 3}
COUNTRY_NOUNS = {
    "country", "nation", "state", "government", "neighbour", "neighbor", "ally", "power", "economy",
}  # fmt: skip
BODY_NOUNS = {
    "company", "firm", "bank", "group", "carmaker", "airline", "club", "party", "business", "lender",
    "insurer", "retailer", "broadcaster", "network", "organisation", "organization", "agency", "giant",
}  # fmt: skip
PERSON_NOUNS = {
    "man", "woman", "leader", "player", "brother", "sister", "suspect", "officer", "president", "minister",
    "politician", "candidate", "star", "actor", "actress", "singer", "athlete", "sprinter", "boy", "girl",
    "teenager", "friend", "victim", "lawmaker", "senator", "defendant", "executive", "founder", "rival",
    "couple", "pair", "duo", "trio", "men", "women", "people", "journalist", "activist", "soldier",
}  # fmt: skip
# the kinds of name a noun may count: "the two sides" are countries, bodies or people alike
KINDS = {
    **{noun: {"GPE"} for noun in COUNTRY_NOUNS},
    **{noun: {"ORG"} for noun in BODY_NOUNS},
    **{noun: {"PERSON", ""} for noun in PERSON_NOUNS},
    "side": {"GPE", "ORG", "PERSON", "NORP"},
}
NEAR = 3  # sentences back the names may be joined
MALE_NOUNS = {"man", "men", "brother", "boy"}
FEMALE_NOUNS = {"woman", "women", "sister", "girl", "actress"}
ANY_NAME = {"GPE", "ORG", "PERSON", ""}  # "the two", "the pair": who, the names say


def counted_phrase(token: Token) -> tuple[Token, int, set[str]] | None:
    """The first word, the count and the kinds of name of a phrase that counts named ones ("the two
    countries", "both nations", "the pair", "the two"), whose head is the token; None for any other word,
    or where the phrase says which of its own ("the two men who were arrested", "a pair of shoes")."""
    if token.dep_ == "compound" or any(c.dep_ in {"relcl", "acl"} for c in token.children):
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
        return None  # "the pair of them", "both of the firms": left as the sentence says
    dets = [c for c in token.children if c.dep_ in {"det", "predet"} and c.i < token.i]
    if token.pos_ == "NOUN" and token.lemma_.lower() in COUNTING_NOUNS and token.tag_ == "NN":
        the = next((d for d in dets if d.lower_ == "the" and d.i == token.i - 1), None)
        return (the, COUNTING_NOUNS[token.lemma_.lower()], ANY_NAME) if the is not None else None
    if token.pos_ == "NUM" and token.lower_ in {"two", "three"} and token.dep_ != "nummod":
        the = next((d for d in dets if d.lower_ == "the" and d.i == token.i - 1), None)
        return (the, COUNTS[token.lower_], ANY_NAME) if the is not None else None
    if token.pos_ != "NOUN" or token.tag_ != "NNS":
        return None
    kinds = KINDS.get(token.lemma_.lower()) or KINDS.get(token.lower_)
    if kinds is None:
        return None
    both = next((d for d in dets if d.lower_ == "both"), None)
    if both is not None:
        return both, 2, kinds
    count = next((c for c in token.children if c.dep_ == "nummod" and c.lower_ in {"two", "three"}), None)
    the = next((d for d in dets if d.lower_ == "the"), None)
    if count is None or the is None or count.i != the.i + 1:
        return None
    return the, COUNTS[count.lower_], kinds


def named_ones(token: Token, count: int, kinds: set[str], analysis: Analysis) -> tuple[str, Token] | None:
    """ "China and Japan": the names the article joined with "and" before the token's sentence, as many as
    the phrase counts and of the kind its noun says, when the article so joins only those (two such pairs:
    which one, not sure). Names joined in the token's own sentence are not taken: "concerns raised by A and
    B over a deal between the two nations" means two others."""
    start = token.sent.start
    found = [j for j in _joined(analysis, start) if len(j[1]) == count and all(k in kinds for k in j[2])]
    if len({tuple(n.lower() for n in f[1]) for f in found}) != 1:
        return None
    if found[-1][0].i < analysis.doc[max(0, start - 1)].sent.start and not _near(
        found[-1][0], token, analysis
    ):
        return None  # named long before: the article may mean others it never joined ("both countries")
    if _wrong_sex(token, found[-1][0]):
        return None  # "the two men" after "Mrs Mitchell and Dickie"
    head, names, _ = found[-1]
    written = ", ".join(names[:-1]) + " and " + names[-1]
    return written, head


def _near(head: Token, token: Token, analysis: Analysis) -> bool:
    """The names joined in one of the NEAR sentences before the token's."""
    sents = list(analysis.doc.sents)
    here = next(k for k, s in enumerate(sents) if s.start <= token.i < s.end)
    there = next(k for k, s in enumerate(sents) if s.start <= head.i < s.end)
    return here - there <= NEAR


def _wrong_sex(token: Token, head: Token) -> bool:
    """ "the two men" for names one of which a woman's title leads ("Mrs Mitchell"), or the other way."""
    noun = token.lemma_.lower()
    titles = {t.lower_.rstrip(".") for m in [head, *_conjuncts(head)] for t in m.subtree if t.i < m.i}
    if noun in MALE_NOUNS:
        return bool(titles & {"mrs", "ms", "miss", "madam", "lady", "dame"})
    if noun in FEMALE_NOUNS:
        return bool(titles & {"mr", "sir", "lord"})
    return False


def _joined(analysis: Analysis, before: int) -> list[tuple[Token, list[str], list[str]]]:
    """Each run of names joined by "and" ("China and Japan", "A, B and C") ending before the index: its
    first name's head word, the names as written, and their entity kinds."""
    doc = analysis.doc
    runs = []
    for word in doc[:before]:
        if word.pos_ != "PROPN" or word.dep_ == "conj" or word.dep_ == "compound":
            continue
        members = [word, *_conjuncts(word)]
        if len(members) < 2 or members[-1].i >= before or not any(c.lower_ == "and" for c in _ccs(word)):
            continue
        if any(m.pos_ != "PROPN" for m in members):
            continue  # "China and its neighbours": not names alone
        spans = [_name(m) for m in members]
        if any(s is None for s in spans) or len({(s.start, s.end) for s in spans}) < len(spans):  # type: ignore[union-attr]
            continue  # one name the parse split at its "and" ("Marks and Spencer")
        runs.append((word, [_written(s) for s in spans], [m.ent_type_ for m in members]))  # type: ignore[arg-type]
    return runs


def _conjuncts(word: Token) -> list[Token]:
    out = []
    for child in word.children:
        if child.dep_ == "conj":
            out += [child, *_conjuncts(child)]
    return out


def _ccs(word: Token) -> list[Token]:
    found = [c for c in word.children if c.dep_ == "cc"]
    for child in word.children:
        if child.dep_ == "conj":
            found += _ccs(child)
    return found


def _name(word: Token) -> Span | None:
    """The name a word heads: its entity, or the run of proper nouns ending at it ("Prime Minister X")."""
    if word.ent_type_ in {"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"}:
        return None
    for ent in word.doc.ents:
        if ent.start <= word.i < ent.end:
            return ent
    start = word.i
    doc = word.doc
    while start > word.sent.start and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head == word:
        start -= 1
    return word.doc[start : word.i + 1]


def _written(name: Span) -> str:
    """The name as the article writes it, without a job word the tagger ran into it ("Athletes Katerina
    Thanou"), with "the" where the article gives one ("the US")."""
    words = [t for t in name if not t.is_punct or t.text in {"-", "&", "."}]
    while len(words) > 1 and words[0].pos_ != "PROPN":
        words = words[1:]
    text = "".join(t.text_with_ws for t in words).strip()
    if name.start > 0 and name.doc[name.start - 1].lower_ == "the" and name.label_ in {"GPE", "ORG"}:
        return "the " + text
    return text


def joined_subject(pronoun: Token, analysis: Analysis) -> str | None:
    """ "Thanou and Kenteris missed a test. They may face a ban" → "Thanou and Kenteris": a "they" or "them"
    whose sentence names no one and nothing plural before it, after a sentence whose main subject is names
    joined with "and" (and which names nothing else plural as a subject)."""
    if pronoun.lower_ not in {"they", "them"} or pronoun.pos_ != "PRON":
        return None
    sent = pronoun.sent
    before = pronoun.doc[sent.start : pronoun.i]
    if any(t.tag_ in {"NNS", "NNPS"} or t.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} for t in before):
        return None  # "officials said they …": the sentence has its own plural
    if sent.start == 0:
        return None
    previous = pronoun.doc[sent.start - 1].sent
    subjects = [t for t in previous if t.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects or subjects[0].head != previous.root:
        return None
    head = subjects[0]
    others = [t for t in subjects[1:] if t.tag_ in {"NNS", "NNPS"} or t.lower_ in {"they", "we"}]
    runs = [r for r in _joined(analysis, previous.end) if r[0] == head]
    if not runs or others:
        return None
    names = runs[0][1]
    return ", ".join(names[:-1]) + " and " + names[-1]

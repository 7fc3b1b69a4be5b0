"""Illnesses, medicines and products are not actors, by how the article uses their names.

"diagnosed with Ebola", "an outbreak of Zika", "the Ebola virus", "a dose of Tamiflu", "the drug Avastin": a
condition or a medicine. "the Xbox 2", "the new Xbox", "played on the Wii", "codenamed Xenon": a product. The
model labels such names people, bodies or places. What decides is the syntax around a mention, anywhere in the
article (the name need not be an entity there), never a list of names.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from builder.nlp.names import THINGS, base_verbs, common_nouns, senses
from builder.nlp.spacy_model import per_doc, text_of

# Words that, written right after a name, make it an illness: "the Ebola virus", "Zika cases", "a Sars
# outbreak". Not "vaccine", "drug" or "jab", which follow a maker's name too ("the Pfizer vaccine").
ILLNESS_AFTER = {
    "virus", "disease", "outbreak", "epidemic", "pandemic", "infection", "infections", "symptoms",
    "sufferers", "syndrome", "cases",
}  # fmt: skip
# A word and the prepositions after which a name is an illness or a medicine: "diagnosed with", "suffering
# from", "died of", "an outbreak of", "cases of", "a vaccine against", "a dose of", "treatment for".
ILLNESS_FRAMES = {
    "diagnose": {"with"}, "suffer": {"from"}, "infect": {"with"}, "die": {"of", "from"}, "outbreak": {"of"},
    "cases": {"of"}, "vaccine": {"against", "for"}, "vaccination": {"against", "for"}, "jab": {"against"},
    "dose": {"of"}, "doses": {"of"}, "overdose": {"of", "on"}, "treatment": {"for"}, "treat": {"for"},
    "cure": {"for"}, "positive": {"for"}, "symptom": {"of"}, "symptoms": {"of"}, "strain": {"of"},
    "epidemic": {"of"}, "spread": {"of"},
}  # fmt: skip
# Nouns for a medicine or an illness: "the drug Avastin", "Avastin is a new treatment".
MEDICAL_NOUNS = {
    "drug", "medicine", "medication", "treatment", "therapy", "vaccine", "virus", "disease", "illness",
    "painkiller", "antibiotic", "antidepressant", "tablet", "pill", "jab", "infection", "condition",
}  # fmt: skip
ILLNESS_VERBS = {"contract", "prescribe", "diagnose"}  # "contracted Ebola", "was prescribed Seroxat"

# A product named as a thing: bought, launched, played on, given a model number, called by a code name.
THING_VERBS = {"launch", "unveil", "release", "install", "download", "ship", "upgrade", "preorder"}
OWNERS = {"his", "her", "my", "your", "our", "their"}  # a person's: "his Butterfinger cups", "her iPhone"
ON_A_DEVICE = {"play", "run", "available", "release", "launch", "game", "games", "title", "titles"}
NEW = {"new", "latest", "upcoming"}
CODE_NAMES = {"codename", "codenamed", "code-named"}


def occurrences(doc: Doc, name: str) -> list[Span]:
    """Every place the article writes the name, as a span of whole tokens (entity or not)."""
    found = []
    for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text_of(doc)):
        span = doc.char_span(match.start(), match.end())
        if span is not None:
            found.append(span)
    return found


def an_illness_or_medicine(doc: Doc, name: str) -> bool:
    """Whether the article uses the name, anywhere, as an illness or a medicine."""
    if not _medical_words(doc):
        return False  # most articles: no word of the frames at all
    return any(_medical_use(s) for s in occurrences(doc, name))


@per_doc
def _medical_words(doc: Doc) -> bool:
    """Whether the doc has any word the medical frames look for."""
    words = ILLNESS_AFTER | MEDICAL_NOUNS | set(ILLNESS_FRAMES) | ILLNESS_VERBS
    return any(t.lower_ in words or t.lemma_.lower() in words for t in doc)


def _medical_use(span: Span) -> bool:
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.lower_ in ILLNESS_AFTER and after.pos_ == "NOUN":
        return True  # "the Ebola virus", "Zika cases"
    before = doc[span.start - 1] if span.start > 0 else None
    if _a_medical_title(before, span):
        return True  # "the drug Avastin"
    root = _outer(span.root)
    head = root.head
    if root.dep_ == "pobj":
        governor = head.head
        for word in {governor.lemma_.lower(), governor.lower_}:
            if head.lower_ in ILLNESS_FRAMES.get(word, ()):
                return True
        return False
    if root.dep_ in {"dobj", "nsubjpass"} and head.lemma_.lower() in ILLNESS_VERBS:
        return True  # "contracted Ebola"
    if root.dep_ == "appos" and head.lemma_.lower() in MEDICAL_NOUNS:
        return any(c.dep_ == "det" for c in head.children)  # "a new drug, Avastin"
    if root.dep_ == "nsubj" and head.lemma_ == "be":
        return any(c.dep_ == "attr" and c.lemma_.lower() in MEDICAL_NOUNS for c in head.children)
    return False


def _a_medical_title(before: Token | None, span: Span) -> bool:
    """ "the drug Avastin": a medical noun with its article right before the name (not "… has Alzheimer's
    disease Pete Saunders, the head of …", a caption glued on)."""
    if before is None or before.lower_ not in MEDICAL_NOUNS or before.pos_ != "NOUN":
        return False
    return any(c.dep_ == "det" for c in before.children)


def a_product(spans: list[Span]) -> bool:
    """A name the article uses as a thing in a third of its mentions or more (the caller checks it never
    speaks): "the Xbox 2", "the new Xbox", "played on the Wii", "launched the iPod"."""
    things = sum(_used_as_a_thing(s) for s in spans)
    return things > 0 and 3 * things >= len(spans)


def _used_as_a_thing(span: Span) -> bool:
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if (after is not None and _model_number(after)) or (len(span) > 1 and _model_number(span[-1])):
        return True  # "the Xbox 2", "a PlayStation 3"
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ in NEW and _with_article(before) and not senses(span[-1].text):
        return True  # "the new Xbox" (a name no dictionary knows: not "the new Parliament")
    if before is not None and before.lower_ in CODE_NAMES:
        return True  # "codenamed Xenon"
    root = _outer(span.root)
    head = root.head
    if root.i == span.end - 1 and _owned_or_one_of_many(root, span):
        return True  # "an iPhone", "a new Mac Mini", "his Butterfinger Peanut Butter Cups"
    if root.dep_ == "dobj" and head.lemma_.lower() in THING_VERBS | {"codename"}:
        return True
    if _used_by_someone(root, span):
        return True  # "classrooms use Minecraft"
    if root.dep_ == "oprd" and head.lemma_.lower() in {"codename"}:
        return True
    return root.dep_ == "pobj" and head.lower_ == "on" and head.head.lemma_.lower() in ON_A_DEVICE


def _used_by_someone(root: Token, span: Span) -> bool:
    """The object of "use" ("classrooms use Minecraft"), unless the model took it for a person's name: a
    coach "decided not to use Silva" uses a player."""
    return root.dep_ == "dobj" and root.head.lemma_.lower() == "use" and span.label_ != "PERSON"


def _owned_or_one_of_many(root: Token, span: Span) -> bool:
    """A name with "a"/"an" or a person's possessive pronoun on it, ending in a word for a thing, as a
    product's is: "a new Mac Mini", "his Butterfinger Peanut Butter Cups". A person's or a pet's name can
    have them too ("a nervous Jane Hart", "my little Dione"): a name the model took for a person's counts
    only when new ("a new Mac Mini"); none ending in a word for a person or a body ("a Labour MP", "his
    Labour Party") does."""
    doc = span.doc

    def on_the_name(c: Token) -> bool:  # written just before it, only describing words between
        between = doc[c.i + 1 : span.start]
        return c.i < span.start and len(between) <= 3 and not any(t.is_punct for t in between)

    article = any(c.dep_ == "det" and c.lower_ in {"a", "an"} and on_the_name(c) for c in root.children)
    owner = any(c.dep_ == "poss" and c.lower_ in OWNERS and on_the_name(c) for c in root.children)
    if not (article or owner):
        return False
    word = root.lemma_.lower()
    classes = senses(word) or (senses(word[:-1]) if word.endswith("s") else "")  # "Cups": a cup
    if set("rgc") & set(classes[:2]):
        return False
    if span.label_ == "PERSON":  # "a new Mac Mini", not "a nervous Lindsey Hart"
        return article and any(t.lower_ in NEW for t in doc[root.left_edge.i : span.start])
    return classes[:1] in THINGS


def _model_number(token: Token) -> bool:
    """A model number after a name: "2" of "the Xbox 2 console", "a Nexus 5 phone", "the new Xbox 2."; not a
    count ("Essex 22 points"), a year, a score ("the Mets 6-4", "Leeds 2 Everton 1"), a table's figures
    ("NEW YORK 74 59 .556") or a telephone number."""
    doc = token.doc
    if not (token.is_digit and len(token.text) <= 3) or not token.whitespace_:
        return False
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if after is None or after.like_num or after.text in {"-", "–", "/", ":"}:
        return False
    if after.tag_ == "NN" and after.is_lower:
        return True  # "Xbox 2 console", "Nexus 5 phone"
    name = doc[token.i - 1]
    first = name.i
    while first > 0 and doc[first].ent_iob_ == "I":
        first -= 1
    before = doc[first - 1] if first > 0 else None
    return before is not None and before.lower_ in {"the", "a", "an"} and after.is_punct


def _with_article(token: Token) -> bool:
    doc = token.doc
    return token.i > 0 and doc[token.i - 1].lower_ in {"the", "a", "an"}


def _outer(token: Token) -> Token:
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


# How a species' Latin epithet ends ("aurelia", "lupus", "velutina", "norvegicus", "sapiens", "smithii").
LATIN_ENDINGS = ("a", "ae", "us", "um", "is", "ys", "ii", "ens", "ix", "ax", "ex")


def a_genus(span: Span) -> bool:
    """The genus of a species' Latin name ("Presbytis aurelia", "adult Tarsius velutina", "Canis lupus"): the
    name modifies a lower-case word right after it that is no English noun or verb, the species' epithet. A
    person's or a body's name does not modify a lower-case word no dictionary knows ("the Blair government",
    "Acme shares" modify ordinary nouns)."""
    doc = span.doc
    root = span.root
    if span.end >= len(doc) or root.dep_ != "compound" or root.head.i != span.end:
        return False
    epithet = doc[span.end]
    word = epithet.lower_
    if not (epithet.is_alpha and epithet.is_lower and len(word) > 3 and word.endswith(LATIN_ENDINGS)):
        return False  # "the Google app", "Samsung smartphones": new English words, no Latin epithet
    return word not in common_nouns() and word not in base_verbs() and epithet.lemma_ not in common_nouns()


# Words for numbers written as a label ("Court Two", "Terminal Five").
NUMBER_WORDS = {
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
}  # fmt: skip


def a_labelled_noun(span: Span) -> bool:
    """A common noun with a letter or a number word as its label, which the model took for a name ("in Group
    A", "Group F.", "on Court Two"): a lettered or numbered thing, not a body. Not a number in figures, which
    is a score after a team named like a common noun in a results line ("Arsenal 2 Villa 0"), nor a number
    the model reads as part of the name ("Channel 4 said")."""
    doc = span.doc
    word = span[0]
    if not (word.is_title and word.lower_ in common_nouns()) or len(span) > 2:
        return False
    if len(span) == 2:
        return _a_letter(span[1])
    if span.end >= len(doc):
        return False
    label = doc[span.end]
    return _a_letter(label) or (label.is_title and label.lower_ in NUMBER_WORDS)


def _a_letter(token: Token) -> bool:
    """A single capital used as a label ("A", "F."), not the pronoun "I"."""
    letter = token.text.removesuffix(".")
    return len(letter) == 1 and letter.isupper() and letter != "I"

"""The spaCy pipeline: the English model plus paragraph-aware sentence starts and a gazetteer entity ruler."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from builder.core.model import Article, Sentence
from builder.data import gazetteer
from builder.nlp import MODEL_NAME
from builder.nlp.components import dictionary  # the import also registers the entity-repair components
from builder.nlp.names import base_verbs

T = TypeVar("T")

# Sentences glued without a space, as scraped texts have them ("paid 410.The firm", 'said no."Critics',
# 'were "poor".The'): a full stop between a lower-case letter or digit and a capitalised word, a quote mark
# after a final stop before one, and a closing quote mark between a word and such a stop become tokens of
# their own, so the parser can start a sentence there and no word keeps a quote mark. "U.S.", "3.5",
# "J.R.R." and web addresses are left whole (no lower-case letter or digit before a capitalised word).
GLUED_STOP = r"(?<=[a-z0-9])\.(?=[A-Z][a-z])"
GLUED_QUOTE = r"(?<=[.!?])[\"\u201c\u201d](?=[A-Z][a-z])"
# A colon glued between a name and the quotation it opens ('told BBC Radio London:"Everyone …'): a token of
# its own, so the name ends before it.
GLUED_COLON = r"(?<=[A-Za-z0-9]):(?=[\"\u201c][A-Z])|(?<=[A-Za-z0-9]:)[\"\u201c](?=[A-Z])"
GLUED_CLOSE = r"(?<=[A-Za-z0-9])[\"\u201d](?=[.,!?][\"\u201c\u201d]?[A-Z])"
# A closing bracket glued to the capitalised word after it, as a wire credit opens a scraped story
# ("(CNN)An unmanned craft", "LONDON (Reuters)Shares rose"): a token of its own, so the credit is not read as
# part of a name ("CNN)An" a person). "Ca(OH)2" and "(s)he" are left whole (no capitalised word follows).
GLUED_PAREN = r"(?<=[A-Za-z0-9])\)(?=[A-Z][a-z])"

# Words that open a sentence and, written capitalised, almost never stand inside one: determiners, pronouns,
# conjunctions, sentence adverbs and the quantity nouns of "Millions of savers …". Left out: "I" and "A"
# ("panels A and B", "vitamin A is"), words that end or open titles before a lower-case word ("Apocalypse Now
# was", "Thank You for the Music", "No 10"), and surnames ("Such", "Most": "spinner Tom Such took two").
OPENERS = frozenset(
    {
        "The", "An", "This", "That", "These", "Those", "All", "Another", "Both", "Each", "Every", "Many",
        "Some", "Not", "He", "She", "It", "They", "We", "His", "Her", "Its", "Their", "Our", "My", "There",
        "But", "And", "However", "Meanwhile", "Also", "Instead", "According", "When", "While", "After",
        "Before", "Although", "Though", "Since", "If", "As", "In", "On", "At", "During", "Despite",
        "Millions", "Thousands", "Hundreds", "Dozens",
    }
)  # fmt: skip
# A lower-case word glued to the capitalised first word of the next line where the break was lost ("… on this
# deviceThe American", "Send this linkThe talks"): the part before the capital.
GLUED_WORD = re.compile(r"[a-z]{3,}(?=[A-Z][a-z]+$)")
SPLIT_AT = re.compile("")


def glued_line_finditer(
    infixes: Callable[[str], Iterable[re.Match[str]]], is_common: Callable[[str], bool]
) -> Callable[[str], list[re.Match[str]]]:
    """The tokenizer's infix search, plus a split between a lower-case word and the capitalised word a lost
    line break glued to it ("deviceThe", "saidHe", "deviceMarek Dvorsky"): the first part must be a dictionary
    word, the second a sentence opener (OPENERS) or a word of no dictionary (a name), and the two together no
    word.
    Brand names keep their capital inside ("iPhone", "eBay": one letter before it; "YouTube", "McDonald",
    "PlayStation": a capitalised first part; "easyJet", "jetBlue": a dictionary word after it)."""

    def finditer(string: str) -> list[re.Match[str]]:
        found = list(infixes(string))
        glued = None if found else GLUED_WORD.match(string)
        if glued is None:
            return found
        left, right = string[: glued.end()], string[glued.end() :]
        if not is_common(left) or is_common(string.lower()):
            return found
        if right in OPENERS or not is_common(right.lower()):
            return [m for m in [SPLIT_AT.match(string, glued.end())] if m is not None]
        return found

    return finditer


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break, so no sentence spans two paragraphs, and where a line with no
    final stop (a caption, a highlight, a byline) runs into the next one without it (glued_line_start)."""
    for token in doc[:-1]:
        breaks = "\n" in token.text_with_ws[len(token.text) :] or (token.is_space and "\n" in token.text)
        if breaks or glued_line_start(doc[token.i + 1]):
            doc[token.i + 1].is_sent_start = True
        elif ends_a_command_name(doc[token.i + 1]):
            doc[token.i + 1].is_sent_start = False  # "the charity Fix It helps": the parser would cut there
    return doc


def glued_line_start(token: Token) -> bool:
    """A word that opens a line run into the one before it where the line had no final stop (a caption, a
    highlight, a byline): a capitalised word glued to a lower-case one (glued_line_finditer split them:
    "deviceThe club"); or after a word or number and a space, a sentence opener (OPENERS) before a lower-case
    word or a number ("… leaving the harbour at dawn The crew said …", "… on Monday, June 3 They found …") or
    the first word of a caption label ("… at dawn Early departure: The crew …"). A title is left alone ("the
    film The Great Escape", "Sex And the City": a capitalised word follows)."""
    doc, i = token.doc, token.i
    if i == 0 or i + 1 >= len(doc) or not token.is_title:
        return False
    before, after = doc[i - 1], doc[i + 1]
    if not before.whitespace_:
        return before.is_alpha and before.is_lower and token.is_alpha
    if not before.text[-1:].isalnum() or "\n" in before.whitespace_:
        return False
    if token.text not in OPENERS:
        return caption_label(token)
    if ends_a_command_name(token):
        return False
    if after.lower_ in {"the", "a", "an"} and i + 2 < len(doc) and doc[i + 2].is_title:
        return False
    return after.is_lower or after.text[:1].isdigit()


# Openers that can be the object of a verb, and so end a name made of a command ("Fix It", "Beat It", "Take
# That", "Love Her", "Winner Takes All"); "He", "They", "The" can only open a clause.
OBJECT_OPENERS = frozenset({"It", "That", "This", "Her", "All"})
NAME_JOINERS = frozenset({"of", "and", "the", "for", "on", "in", "at", "to", "de", "&"})


# Determiners before a name used as a modifier ("this Fix It solution", "their Beat It cover"); not the
# articles, which a name's own joining words include ("the Court of Appeal").
NAME_DETERMINERS = frozenset(
    {"this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your"}
)
# Read before the lemmatizer runs (the sentence cuts are set before the parser): the participles themselves.
NAMING_PARTICIPLES = frozenset({"called", "named", "dubbed", "titled", "entitled", "renamed"})


def ends_a_command_name(token: Token) -> bool:
    """An opener that ends a name made of a command, as charities, campaigns and songs are named ("the charity
    Fix It helps", "the song Beat It was", "this Fix It patch"): an object pronoun or determiner after a
    capitalised verb in its base form that opens the name, right after a common noun that says what the name
    is or a demonstrative or possessive determiner (or first). A line run into the next after a place or a
    person ("in Lyon It was", "at the Court of Appeal It ruled": no verb, or a verb inside a longer name), or
    after a preposition ("a survey by Visa That's according to": "visa" is a verb too) still ends there, and
    so does "a song by Take That" (the price of the preposition rule)."""
    doc, i = token.doc, token.i
    if token.text not in OBJECT_OPENERS or i == 0:
        return False
    verb = doc[i - 1]
    if not (verb.is_title and verb.is_alpha and verb.lower_ in base_verbs()):
        return False
    if i == 1 or verb.is_sent_start:
        return True
    return says_what_a_name_is(doc[i - 2])


def says_what_a_name_is(word: Token) -> bool:
    """A lower-case common noun ("the charity", "the band"), a demonstrative or possessive determiner ("this",
    "their") or a participle of naming ("a charity called") right before a name."""
    if not (word.is_alpha and word.is_lower) or word.lower_ in NAME_JOINERS:
        return False
    if word.lower_ in NAMING_PARTICIPLES:
        return True
    return word.tag_ in {"NN", "NNS"} or word.lower_ in NAME_DETERMINERS


def _phrase(text: str) -> list[dict[str, str]]:
    # Match token by token on ORTH so "US" never matches the pronoun "us".
    nlp_tokens = text.replace("-", " - ").replace("'", " '").split()
    return [{"ORTH": t} for t in nlp_tokens]


def _with_caps(forms: list[str]) -> list[str]:
    """The forms as written plus their ALL-CAPS headline forms ("NORTH KOREA"), each once."""
    return list(dict.fromkeys([*forms, *(form.upper() for form in forms)]))


def ruler_patterns() -> list[dict[str, Any]]:
    """EntityRuler patterns: countries and capitals as GPE, demonyms as NORP, organisations as ORG.

    Each form also matches in capitals, for all-caps headlines (forms are unique ignoring case).
    """
    patterns: list[dict[str, Any]] = []
    for country in gazetteer()["countries"]:
        name = country["name"]
        for alias in _with_caps([name, *country.get("aliases", []), *country.get("capitals", [])]):
            patterns.append({"label": "GPE", "pattern": alias, "id": name})
        for demonym in _with_caps(country.get("demonyms", [])):
            patterns.append({"label": "NORP", "pattern": demonym, "id": name})
    for org in gazetteer()["organisations"]:
        for alias in _with_caps([org["name"], *org.get("aliases", [])]):
            patterns.append({"label": "ORG", "pattern": alias, "id": org["name"]})
    return patterns


@functools.cache
def load_nlp() -> Language:
    """Load the model once per process and add the project's components."""
    try:
        nlp = spacy.load(MODEL_NAME)
    except OSError as exc:  # pragma: no cover - depends on the install
        raise RuntimeError(
            f"spaCy model {MODEL_NAME!r} is not installed; run `make site` or "
            "`pip install --require-hashes -r requirements/model.txt`"
        ) from exc
    infixes = spacy.util.compile_infix_regex(
        [*nlp.Defaults.infixes, GLUED_STOP, GLUED_QUOTE, GLUED_CLOSE, GLUED_COLON, GLUED_PAREN]
    ).finditer
    nlp.tokenizer.infix_finditer = glued_line_finditer(infixes, dictionary(nlp))
    nlp.add_pipe("paragraph_breaks", before="parser")
    ruler = nlp.add_pipe("entity_ruler", before="ner", config={"phrase_matcher_attr": "ORTH"})
    with nlp.select_pipes(enable=[]):  # ORTH patterns need only the tokenizer, not a tagger and parser run
        ruler.add_patterns(ruler_patterns())
    nlp.add_pipe("gazetteer_guard", after="entity_ruler")
    nlp.add_pipe("gazetteer_restore", after="ner")
    nlp.add_pipe("caps_ner", after="gazetteer_restore")
    nlp.add_pipe("entity_repair", after="caps_ner")
    return nlp


def per_doc(fn: Callable[[Doc], T]) -> Callable[[Doc], T]:
    """`fn(doc)` remembered for the doc it was last asked about: extraction reads one parse at a time, and
    several extractors ask the same question of it. Only for what the finished parse fixes (its text, its
    noun chunks); holding that doc keeps its id from being reused by another."""
    last: list[Any] = [None, None]

    @functools.wraps(fn)
    def remembered(doc: Doc) -> T:
        if last[0] is not doc:
            last[0], last[1] = doc, fn(doc)
        return last[1]

    return remembered


@per_doc
def text_of(doc: Doc) -> str:
    """The doc's text (each `doc.text` joins every token again)."""
    return doc.text


@per_doc
def noun_chunks_of(doc: Doc) -> tuple[Span, ...]:
    """The doc's noun chunks (each `doc.noun_chunks` runs the English chunker over the whole doc again)."""
    return tuple(doc.noun_chunks)


def sentences_of(doc: Doc) -> tuple[Sentence, ...]:
    """The doc's sentences with 1-based indexes, paragraph numbers and trimmed character spans."""
    result: list[Sentence] = []
    paragraph = 0
    previous_end = 0
    full_text = text_of(doc)
    for sent in doc.sents:
        raw = sent.text  # once: each `sent.text` joins the sentence's tokens again
        text = raw.strip()
        if not text:
            continue
        start = sent.start_char + (len(raw) - len(raw.lstrip()))
        new_paragraph = "\n" in full_text[previous_end:start]
        if new_paragraph and result:
            paragraph += 1
        end = start + len(text)
        if result and not new_paragraph and _closing_marks_only(text):
            # A closing quote mark or bracket the model split off the sentence it closes
            # ('… preaches.' | '"'): it ends that sentence.
            start = result.pop().start
            text = full_text[start:end]
        elif result and not new_paragraph and _cut_opening_word(result[-1], full_text):
            # The small model cuts a short capitalised opening word off its paragraph's first sentence
            # ("UK" | "mobile owners continue …", "Lib" | "Dem leader … has said"): it is one sentence. Only
            # this list is mended (evidence, leads and bottom lines read it); the parse is left as it is.
            opening = result.pop()
            start = opening.start
            text = full_text[start:end]
        result.append(Sentence(len(result) + 1, paragraph, start, end, text))
        previous_end = end
    return tuple(result)


CLOSING_MARKS = frozenset("\"'”’)]")


def _closing_marks_only(text: str) -> bool:
    """A 'sentence' of nothing but closing quote marks and brackets."""
    return all(c in CLOSING_MARKS or c.isspace() for c in text)


def _cut_opening_word(sentence: Sentence, full_text: str) -> bool:
    """A 'sentence' that is one word with no final stop, opening its paragraph."""
    opens_paragraph = sentence.start == 0 or full_text[: sentence.start].rstrip(" \t").endswith("\n")
    return opens_paragraph and sentence.text.isalpha()


def caption_label(token: Token) -> bool:
    """The first word of a picture caption's label, "Early departure: The crew …", "Sad news: His brother
    …": two to six words in sentence case ending in a colon glued to the last word, then a capitalised word or
    a quote mark. No name ("on Thursday along with the message: 'We …'"), no finite verb ("Hale said: …") and
    no capitalised word after the first ("told BBC Radio Kent: 'We …'")."""
    doc = token.doc
    if not (token.is_alpha and token.is_title) or token.tag_ in FINITE_TAGS or token.tag_ in NAME_TAGS:
        return False
    for i in range(token.i + 1, min(token.i + 7, len(doc) - 1)):
        word = doc[i]
        if word.text == ":":
            after = doc[i + 1]
            glued = not doc[i - 1].whitespace_ and i - token.i >= 2
            return glued and (after.text[:1].isupper() or after.is_quote)
        if (
            word.tag_ in FINITE_TAGS
            or not (word.is_lower or word.text in HYPHENS)
            or "\n" in word.whitespace_
        ):
            return False
    return False


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
NAME_TAGS = frozenset({"NNP", "NNPS"})
HYPHENS = frozenset({"-", "–"})


def parse(articles: Iterable[Article], nlp: Language | None = None) -> Iterator[tuple[Article, Doc]]:
    """Run the pipeline over many articles, batched."""
    nlp = nlp or load_nlp()
    articles = list(articles)
    yield from zip(articles, nlp.pipe(a.text for a in articles), strict=True)

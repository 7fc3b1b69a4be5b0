"""Whether a question built from a clause is good English that means something on its own."""

from __future__ import annotations

import re
from itertools import pairwise

from spacy.tokens import Span, Token

from builder.extract.phrasing import LOOSE_ENDS, MAX_WORDS, phrase_root, plural, words

COMPLEMENTS = {"dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "dative"}
VAGUE_HEADS = {
    "something",
    "anything",
    "nothing",
    "nobody",
    "everything",
    "everyone",
    "anyone",
    "somebody",
    "more",
    "much",
    "less",
    "others",
    "other",
    "few",
    "someone",
    "anybody",
    "none",
    "one",
}
VAGUE_DETERMINERS = {
    "this",
    "that",
    "these",
    "those",
    "such",
    "some",
    "it",
    "they",
    "he",
    "she",
    "either",
    "neither",
    "any",
}
ANAPHORIC_NOUNS = {
    "pair",
    "figure",
    "figures",
    "former",
    "latter",
    "duo",
    "trio",
    "two",
    "three",
    "same",
    "other",
    "idea",
}
# What was said, named by "the (latest) X" with nothing saying what about: it points back to a report
# the article told of before ("the latest reports heralded a deal": which reports, of what deal?)
REPORT_HEADS = {
    "report", "claim", "allegation", "rumour", "rumor", "speculation", "story", "news",
}  # fmt: skip
MAX_PREDICATE = 22
FOCUS_WORDS = {"only", "even", "just", "also", "not"}
FINITE = {"VBD", "VBZ", "VBP", "MD"}
HOLLOW_DEPS = {"acomp", "attr", "dobj", "advmod", "xcomp", "ccomp"}
BE_COMPLEMENTS = HOLLOW_DEPS | {"prep", "expl", "npadvmod", "oprd", "auxpass", "agent", "neg", "advcl"}
WH_TAGS = {"WP", "WDT", "WRB", "WP$"}
DEMONSTRATIVES = {"this", "that", "these", "those"}
GLUED = re.compile(r"[a-z][A-Z][a-z]|\w[.:][A-Z][a-z]")
RUN_INTO_QUOTE = re.compile(r"[a-z][.:]?[\"“][A-Z]")  # 'this device"I am happy
DEICTIC = {"tonight", "today", "yesterday", "tomorrow", "here"}
NEEDS_COMPLEMENT = {
    "agree",
    "believe", "think", "say", "suggest", "know", "expect", "hope", "claim", "have", "make", "put", "give",
    "take", "get", "want", "need", "include", "mean", "become", "show", "find", "see", "tell", "consider",
}  # fmt: skip
BARE_OK = {
    "nsubj",
    "nsubjpass",
    "aux",
    "auxpass",
    "neg",
    "punct",
    "advmod",
    "cc",
    "conj",
    "mark",
    "advcl",
    "prep",
}
UNPLACED_PRONOUNS = {
    "yourself",
    "yourselves",
    "ourselves",
    "myself",
    "he",
    "she",
    "him",
    "her",
    "his",
    "hers",
    "they",
    "them",
    "it",
    "we",
    "us",
    "our",
    "i",
    "me",
    "my",
    "you",
    "your",
}


def well_formed(verb: Token, subject: list[Token], predicate: list[Token]) -> bool:
    """Whether a question built from these parts is good English that means something alone."""
    if verb.tag_.startswith("NN") or verb.pos_ not in {"VERB", "AUX"}:
        return False  # a noun read as a verb ("Does five interest rate rise …?")
    if not verb.is_alpha or len(verb.text) < 2:
        return False  # a unit read as a verb ("funding to £3m": "m")
    seen = verb.head.lemma_ in {"see", "witness"} and verb.dep_ in {"ccomp", "xcomp", "acl", "advcl"}
    if verb.tag_ == "VBG" and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children) and not seen:
        return False  # a gerund is no clause ("whether a party calling voters will …"), unless seen happen
    if any(c.dep_ == "neg" for c in verb.children):
        return False  # "should not expect" asked as "expect" would turn the sentence round
    bare = not [t for t in predicate if not t.is_punct]
    cut = any(c.dep_ not in BARE_OK and not fronted_wh(c) for c in verb.children)
    if bare and (verb.lemma_ in NEEDS_COMPLEMENT or cut):
        return False  # its object or clause was cut ("Does the public believe?")
    if bare and _purpose_cut(verb):
        return False  # "should work to raise output": cut, "should work" says nothing
    if predicate and (predicate[-1].pos_ in LOOSE_ENDS or predicate[-1].tag_ in {"WDT", "WP", "WRB"}):
        return False
    if len(subject) >= MAX_WORDS or len(predicate) > MAX_PREDICATE or _repeats([*subject, *predicate]):
        return False
    if orphaned(predicate) or bare_antecedent([*subject, *predicate]) or hollow_verb(subject):
        return False
    if predicate and predicate[-1].lower_.endswith(("self", "selves")) and _clause_cut(verb, predicate):
        return False  # "falling over themselves" without the "to raise prices" that says what for
    if first_person_verb(predicate):
        return False  # "… says I am …" with the speaker named: "Ann Lee am"
    if _cut_at_hyphen([*subject, *predicate]):
        return False  # "Gordon Brown re" (-sitting)
    if any(such_named_before(t) for t in [*subject, *predicate]):
        return False  # "such patches": the kind was named in the sentence before
    if any(t.dep_ in {"nsubj", "nsubjpass"} and not _introduced(t.head) for t in predicate):
        return False  # a second clause run in without a conjunction (a caption glued to the sentence)
    if detached(predicate, {verb.i}) or _cut_short(predicate) or _foreign_possessive(subject, predicate):
        return False
    if unpaired_comma(verb, predicate):
        return False  # "give the striker fit after injury, a start": the aside's first comma was cut
    owned = any(t.lower_ in {"its", "their"} and t._.named is None and not bound(t, subject) for t in subject)
    return (
        not owned
        and subject_stands_alone(subject)
        and not any(stray(t, verb) for t in [*subject, *predicate])
    )


def fronted_wh(part: Token) -> bool:
    """The complement a wh-word brings before its verb ("who the men were", "how much the mine held"): the
    verb ends its clause with its complement said."""
    return part.i < part.head.i and part.dep_ in {"attr", "dobj", "acomp"} and part.left_edge.tag_ in WH_TAGS


def _purpose_cut(verb: Token) -> bool:
    """A to-infinitive right after the verb, read as its purpose ("work to raise the output"): what the verb
    is for, without which the bare verb says nothing."""
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    complete = any(c.dep_ in {"auxpass", "dobj", "attr", "acomp", "prep", "dative"} for c in verb.children)
    return (
        not complete  # "should be created to boost …" says what is to happen without its aim
        and after is not None
        and after.tag_ == "TO"
        and after.head.dep_ in {"advcl", "xcomp"}
        and after.head.head == verb
    )


def _clause_cut(verb: Token, predicate: list[Token]) -> bool:
    kept = {t.i for t in predicate}
    return any(c.dep_ in {"advcl", "xcomp"} and c.i not in kept and c.i > verb.i for c in verb.children)


def first_person_verb(tokens: list[Token]) -> bool:
    """A verb form kept as written for a quoted "I" that is now a name ("Ann Lee am", "Ann Lee have")."""
    kept = {t.i for t in tokens}
    for speaker in (t for t in tokens if t.lower_ == "i" and t.dep_ in {"nsubj", "nsubjpass"}):
        forms = [speaker.head, *(c for c in speaker.head.children if c.dep_ in {"aux", "auxpass"})]
        if any(f.i in kept and (f.tag_ == "VBP" or f.lower_ in {"am", "'m"}) for f in forms):
            return True
    return False


def bound(possessive: Token, tokens: list[Token]) -> bool:
    """ "their" after a plural noun of the same phrase, "its" after a singular one ("voters … check their
    voting intentions"): whose it is, the phrase itself says."""
    wanted = {"NNS", "NNPS"} if possessive.lower_ == "their" else {"NN", "NNP"}
    return any(t.tag_ in wanted and t.i < possessive.i for t in tokens)


def unpaired_comma(verb: Token, predicate: list[Token]) -> bool:
    """A comma kept in the question whose partner, the comma before it after the verb, was cut."""
    kept = {t.i for t in predicate}
    for comma in (t for t in predicate if t.text == "," and t.i > verb.i):
        before = [t for t in verb.doc[verb.i : comma.i] if t.text == ","]
        if before and before[-1].i not in kept:
            return True
    return False


def _cut_short(predicate: list[Token]) -> bool:
    """The question stops inside a noun phrase ("the next round of games" of "games consoles"), or before a
    verb that has no subject of its own, the last nouns kept being really its subject ("shield X from any
    action and negotiations on the draft | are likely to take time")."""
    if not predicate:
        return False
    last = max(predicate, key=lambda t: t.i)
    following = last.doc[last.i + 1] if last.i + 1 < len(last.doc) else None
    if following is None or following in predicate:
        return False
    return following.pos_ in {"NOUN", "PROPN"} or subjectless_verb(following)


def says_whose(root: Token) -> bool:
    """A thing named with what it belongs to or is of ("the cost of the parade", "the victim's name", "the
    death toll"), or by name; "the exact time" or "all the details" alone do not say of what."""
    return root.pos_ != "NOUN" or any(
        c.dep_ in {"prep", "poss", "compound", "acl", "relcl"} for c in root.children
    )


def subjectless_verb(token: Token) -> bool:
    """A finite verb with no subject, where the parse gave its subject to the clause before."""
    return (
        token.tag_ in {"VBZ", "VBP", "VBD"}
        and token.pos_ in {"VERB", "AUX"}
        and token.dep_ in {"conj", "ROOT", "ccomp"}
        and not any(c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for c in token.children)
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.head.children if c.i > token.i)
    )


def _foreign_possessive(subject: list[Token], predicate: list[Token]) -> bool:
    """ "its" or "their" in the question that cannot be the subject's ("scientists … use its brain")."""
    if not subject:
        return False
    many = plural(phrase_root(subject))
    return any(
        ((t.lower_ == "its" and many) or (t.lower_ == "their" and not many)) and t._.named is None
        for t in predicate
    )


def detached(tokens: list[Token], anchors: set[int]) -> bool:
    """Whether a word lost the word it modifies ("stand in winnable" once "seats" was cut)."""
    kept = {t.i for t in tokens} | anchors
    return any(t.head.i not in kept and not t.is_punct for t in tokens)


def _cut_at_hyphen(tokens: list[Token]) -> bool:
    kept = {t.i for t in tokens}
    doc = tokens[0].doc if tokens else None
    return any(
        t.i + 2 < len(doc) and doc[t.i + 1].text == "-" and not t.whitespace_ and t.i + 2 not in kept
        for t in tokens
    )  # "re-sitting" cut after "re"; a spaced dash ("the poll - expected …") opens an aside


def hollow_verb(tokens: list[Token]) -> bool:
    """A verb inside the subject that lost its complement ("the fact Naomi is … supports")."""
    kept = {t.i for t in tokens}
    for verb in (t for t in tokens if t.pos_ in {"VERB", "AUX"}):
        complements = [c for c in verb.children if c.dep_ in HOLLOW_DEPS]
        if complements and not any(c.i in kept for c in complements):
            return True
        if (
            verb.lemma_ == "be"
            and verb.dep_ in {"acl", "relcl"}
            and not any(c.dep_ in BE_COMPLEMENTS for c in verb.children)
        ):
            return True  # "the fact Naomi is" with "so well" parsed onto the main verb: a clause left bare
    return False


def bare_antecedent(tokens: list[Token], only: set[int] | None = None) -> bool:
    """A noun left bare once its relative clause was cut ("expect titles", "the day is the day"); with
    `only`, just those nouns are looked at."""
    kept = {t.i for t in tokens}
    for noun in (t for t in tokens if t.pos_ in {"NOUN", "PRON"} and (only is None or t.i in only)):
        cut = any(c.dep_ in {"relcl", "acl"} and c.i not in kept and restrictive(c) for c in noun.children)
        others = [c for c in noun.children if c.i in kept and c.dep_ not in {"det", "punct"} and not _only(c)]
        preps_only = all(c.dep_ == "prep" for c in others)
        if cut and (not others or (preps_only and not any(c.dep_ == "det" for c in noun.children))):
            return True  # "expect titles", "the day", "people with the Church": the clause said which ones
    return False


def _common(token: Token) -> bool:
    """A common word that only has a capital because it started a sentence or a heading."""
    opening = token.i == token.sent.start or token.doc[token.i - 1].text in {
        '"',
        "“",
        "‘",
        "'",
        ":",
        "(",
        "-",
        "–",
    }
    return (
        not opening
        and token.pos_ not in {"PROPN", "X"}
        and not token.ent_type_
        and token.text != "I"
        and not token.is_upper
        and sum(ch.isupper() for ch in token.text) == 1  # "PCs", "MPs": an acronym, written so anywhere
    )


def such_named_before(token: Token) -> bool:
    """ "such attacks" points back to a kind named before; "such as …" and "such a big …" do not."""
    doc = token.doc
    after = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
    return (
        token.lower_ == "such" and token.dep_ in {"amod", "det", "predet"} and after not in {"as", "a", "an"}
    )


def run_together(sent: Span) -> bool:
    """A "sentence" that is really several run together (a caption or share-button text glued to it)."""
    text = sent.text
    # A word's text is a piece of the sentence's text, so where the sentence has no glued words, no word has.
    if (GLUED.search(text) and any(GLUED.search(t.text) for t in sent)) or RUN_INTO_QUOTE.search(text):
        return True
    tokens = list(sent)  # one pass builds the tokens; each loop over the span would build them again
    caps = [t.is_upper and t.is_alpha and len(t) > 2 and not t.ent_type_ for t in tokens]
    if any(a and b for a, b in pairwise(caps)):
        return True  # "FACEBOOK FAKERY", a caption's heading
    doc = sent.doc
    if any(t.is_upper and len(t) > 2 and t.i + 1 < len(doc) and doc[t.i + 1].text == ":" for t in tokens):
        return True  # a caption's label ("AGE: 27")
    if any(t.i > sent.start and t.text[:1].isupper() and t.is_alpha and _common(t) for t in tokens):
        return True
    return any(_run_in_verb(t) for t in tokens)


def _run_in_verb(token: Token) -> bool:
    """A past verb hung on the sentence with no subject and nothing to join it, right after a noun: the next
    sentence run in without its full stop ("… his boyhood side Talk of a return intensified when …")."""
    if token.tag_ != "VBD" or token.dep_ != "advcl" or token.i == 0:
        return False
    joined = any(c.dep_ in {"nsubj", "nsubjpass", "expl", "mark", "aux", "auxpass"} for c in token.children)
    return not joined and token.doc[token.i - 1].tag_ in {"NN", "NNS", "NNP", "NNPS"}


def _introduced(clause: Token) -> bool:
    """Whether an embedded clause is introduced ("that …", "which …", "if …") or is a plain object clause."""
    marked = any(c.dep_ == "mark" or c.tag_ in {"WDT", "WP", "WRB"} for c in clause.children)
    return marked or clause.dep_ in {"ccomp", "relcl", "acl", "advcl", "conj", "xcomp", "pcomp", "csubj"}


def _only(modifier: Token) -> bool:
    """ "the only thing", "the best thing": a modifier that needs the relative clause after the noun."""
    return modifier.lower_ in {"only", "first", "last", "same"} or modifier.tag_ == "JJS"


def restrictive(clause: Token) -> bool:
    """A relative clause that says which one is meant (no comma before it)."""
    start = clause.left_edge.i
    marks = {",", "(", "–", "—", "-"}
    if clause.doc[start].text in marks:
        return False  # "the poll - expected to fall …": the dash opens the clause as an aside
    return start == 0 or clause.doc[start - 1].text not in marks


def _repeats(tokens: list[Token]) -> bool:
    """The same word twice in a row ("the the"), left where a cut joined two phrases."""
    ordered = sorted(tokens, key=lambda t: t.i)
    return any(a.lower_ == b.lower_ and a.is_alpha for a, b in pairwise(ordered))


def orphaned(predicate: list[Token]) -> bool:
    """A preposition whose object was cut ("despite about 5 May"), or "not only" without "but also"."""
    kept = {t.i for t in predicate}
    for token in predicate:
        if token.dep_ == "prep" and not any(c.i in kept for c in token.children):
            return True
        if token.lower_ == "only" and token.i > 0 and token.doc[token.i - 1].lower_ == "not":
            return not any(t.lower_ == "but" for t in predicate)
    return False


def subject_stands_alone(subject: list[Token]) -> bool:
    """A subject a reader can place: not a pronoun, "the pair", "something", nor cut by a comma."""
    if not subject:
        return True
    root = phrase_root(subject)
    if len(subject) == 1 and root._.named is not None:
        return True  # "he", named: "Alan Milburn"
    first = next((t.lower_ for t in subject if not t.is_punct and t._.named is None), "")
    if root.tag_ in {"PRP", "EX", "DT", "WP"} or root.lower_ in VAGUE_HEADS or first in VAGUE_DETERMINERS:
        return False
    if first == "both" and root.pos_ == "NOUN" and root._.named is None:
        return False  # "both men", "both sides": who they are was said before
    if first in {"a", "an"} and root.pos_ == "NOUN" and _human(root):
        return False  # "A gamer could buy …": a made-up example, not an open point
    if first == "the" and re.fullmatch(r"the \d+-year-old", words(subject, lower_first=True)):
        return False  # "the 29-year-old": named before
    if (first == "the" and root.lower_ in ANAPHORIC_NOUNS) or first in FOCUS_WORDS:
        return False  # "the pair"; "only the Liberal Democrats", "even his critics" shift the meaning
    if first == "the" and _report_told_before(root):
        return False  # "the latest reports": which reports, the article said before
    if any(t.lower_ in {"whether", "if"} for t in subject):
        return (
            False  # "whether farmers selling their land": the clause's mark hung on a gerund in the subject
        )
    if first == "the" and _named_before(root, subject):
        return False  # "depends on the form used and whether the form is signed": which form, said before
    if any(t.dep_ == "det" and t.lower_ in DEMONSTRATIVES for t in subject):
        return False  # "members of this select group": which group is told before
    before = subject[0].doc[subject[0].i - 1] if subject[0].i > 0 else None
    if before is not None and before.lower_ in DEMONSTRATIVES and before.dep_ == "mark" and len(subject) == 1:
        return subject[0].tag_ != "NN"  # "that implementation" read as "that" + a bare "implementation"
    return not any(t.text == "," for t in subject) or any(t.dep_ == "cc" for t in subject)


def _report_told_before(root: Token) -> bool:
    """ "the reports", "the latest claims": a report with nothing saying what about or from whom."""
    return root.lemma_.lower() in REPORT_HEADS and not any(
        c.dep_ in {"prep", "acl", "relcl", "ccomp", "appos", "poss"} for c in root.children
    )


def _named_before(root: Token, subject: list[Token]) -> bool:
    """A bare "the X" whose noun the sentence already gave, with the words that said which X it is."""
    if root.pos_ != "NOUN" or any(c.dep_ not in {"det", "punct"} for c in root.children):
        return False
    earlier = [t for t in root.sent if t.i < subject[0].i and t.lemma_.lower() == root.lemma_.lower()]
    return any(
        t.pos_ == "NOUN" and any(c.dep_ in {"acl", "relcl", "prep"} for c in t.children) for t in earlier
    )


def _human(noun: Token) -> bool:
    """A person named by a common noun ("a gamer", "a voter")."""
    lemma = noun.lemma_.lower()
    return lemma.endswith(("er", "or", "ist", "ian")) or lemma in {
        "person",
        "man",
        "woman",
        "child",
        "user",
        "fan",
    }


def stray(token: Token, verb: Token) -> bool:
    """A word that breaks the question: a wh-word, a finite verb of another clause, a pronoun, a bracket; the
    "who" opening a relative clause kept with its noun ("drivers who switch to EVs") is none."""
    relative = token.dep_ in {"nsubj", "nsubjpass", "dobj"} and token.head.dep_ == "relcl"
    if (token.tag_ in {"WP", "WRB", "WP$"} and not (relative and token.tag_ == "WP")) or (
        token.tag_ == "WDT" and token.dep_ not in {"nsubj", "dobj"}
    ):
        return True
    if token.tag_ in FINITE and token.dep_ not in {"relcl", "ccomp", "advcl", "acl", "pcomp"}:
        return not _noun_read_as_verb(token) and (token.head.i != verb.i or token.dep_ != "conj")
    if token.lower_ in UNPLACED_PRONOUNS and token._.named is not None:
        return False
    if token.lower_ in UNPLACED_PRONOUNS | DEICTIC | {"not", "n't"}:
        return True
    if token.dep_ == "amod" and token.head.pos_ not in {"NOUN", "PROPN", "NUM", "PRON", "ADJ"}:
        return True  # an adjective with no noun left ("stand in winnable")
    if token.lower_ in {"thing", "things"} and any(
        c.lower_ in {"one", "some", "two"} for c in token.children
    ):
        return True  # "agree on one thing": what the thing is comes after the cut
    if token.dep_ == "dobj" and token.lower_ in {"little", "nothing", "much"} and not list(token.children):
        return True  # "has done little" (to do what?)
    return _vague_or_broken(token)


def _noun_read_as_verb(token: Token) -> bool:
    """ "the development of the Sorvik oilfields" with "oilfields" tagged a verb: the parse gives it a noun's
    place (the object of a preposition) and nothing a verb has (subject, auxiliary, object)."""
    return token.dep_ == "pobj" and not any(
        c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "dobj", "neg"} for c in token.children
    )


def _vague_or_broken(token: Token) -> bool:
    """ "a test like this", "on this one"; words run together ("TurkeyThe"); a stray capital; a cut word."""
    if token.lower_ in DEMONSTRATIVES and token.dep_ != "det":
        return True
    if token.lower_ == "one" and token.i > 0 and token.doc[token.i - 1].lower_ in DEMONSTRATIVES:
        return True
    if token.lower_ == "pictured":
        return True  # a photo caption run into the sentence
    if GLUED.search(token.text) or (token.text[:1].isupper() and _common(token)):
        return True
    return token.text in {";", "(", ")", "[", "]"}

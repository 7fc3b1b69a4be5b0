"""Whether an open question is understood alone: no reference left that only the sentences before explain.

After the referents are written out (`referents.anchor`), a question may still keep a pointer to what the
article told before: a demonstrative ("at that point", "this move"), a third-person pronoun, or a definite
noun phrase that says no more than which kind of thing ("the decision", "the US firm", "the three men",
"the poll" once its "- expected to fall on 5 May" became the question). Such a question is dropped when the
pointer is who or what the question is about or acts on: a subject, an object, a possessor, the object of
"of", "by", "against" or "about", outside the question's adjunct clauses. Where something only happens ("on
the field", "in the brain") is left: the place is rarely the open point, and its noun is often said of
anything of the kind. So is an article's first sentence, where "the" is the writer's first mention.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token

from builder.core.model import Actor
from builder.extract import Analysis
from builder.extract.actors.resolve import aged, demonym_countries
from builder.extract.questions.verbforms import lemmas
from builder.extract.questions.wellformed import restrictive
from builder.extract.referents import Anchored, aligned, loose_wording
from builder.extract.referents.descriptions import (
    ACT_NOUNS,
    ACT_PREPS,
    BODY_NOUNS,
    DEMONSTRATIVE,
    EMPTY_MODIFIERS,
    PUBLIC_BODIES,
    SELF_EVIDENT,
    TELLING_PREPS,
    bare_description,
    said_before_in,
    said_with_its_words,
)
from builder.extract.referents.pronouns import BODY_WORDS, GROUP_WORDS, PERSON_WORDS, bound
from builder.nlp.names import senses

# the roles in which a reference is who or what the question is about or acts on
CENTRAL = {"nsubj", "nsubjpass", "dobj", "dative", "attr", "oprd", "poss", "agent", "appos", "conj"}
# prepositions whose object is what a question is about ("the cause of the fire", "appeal against the
# decision"), not where or when something happens
TELLING_OBJECT = {"of", "by", "against", "about", "over", "with", "from", "for"}
# clauses that say when, why or how something happens, not what the question asks about
ADJUNCT_CLAUSES = {"advcl", "pcomp"}
# the words after a noun that say which one: a phrase, a clause, a name in apposition
POST_MODIFIERS = {"prep", "relcl", "acl", "appos"}
# nouns with a definite article that stand for someone or some body introduced before ("the men", "the
# firm", "the nation"): a person, an organisation or a social group, by the noun's most frequent sense
AGENT_CLASSES = {"r", "g"}
OBJECT_PRONOUNS = {"him", "them", "it", "he", "she", "they"}
# "this year", "this week": the time of writing, not a time told of before ("at that point" is one)
NOW = {"year", "month", "week", "weekend", "day", "morning", "afternoon", "evening", "season", "time"}
NOW_POINTERS = {"this", "these"}
# "the average voter", "the typical household": any one of the kind, not one told of before
GENERIC = {"average", "typical", "ordinary"}
# nationality words that, as a noun with "the", mean a whole people: "the French", "the Chinese", "the Swiss"
PEOPLE_ENDINGS = ("ch", "sh", "ese", "ss")
RECENT = 5  # sentences back the person a nationality word stands for was named last
COUNTS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "both", "pair"}


def unplaced(text: str, sent: Span, written: Iterable[tuple[str, str]] = ()) -> tuple[str, ...]:
    """The references the question (written from `sent`) keeps that only the article before explains, in
    the roles that matter (see the module's docstring), as the sentence words them; `written` holds the
    wordings the referents already wrote out and what as ("the browser", "the latest Opera browser"): one
    written as a phrase that names nothing ("the men" → "the three men") is looked at as the sentence says
    it."""
    found = [wording for _, _, wording in unplaced_tokens(text, sent, written)]
    return tuple(dict.fromkeys(found))


def unplaced_tokens(
    text: str, sent: Span, written: Iterable[tuple[str, str]] = ()
) -> list[tuple[Token, Token, str]]:
    """`unplaced`, each reference with its head word in the sentence (the noun or the pronoun; a
    demonstrative's noun) and its first word ("the" of "the decision")."""
    placed = aligned(text, sent)
    kept = set(placed) | _left_words(placed, text, sent)
    done = {wording.lower() for wording, phrase in written if _names(phrase)}
    found: list[tuple[Token, Token, str]] = []
    for token in sent:
        if token.i not in kept or _written_out(token, done):
            continue
        if _pointer(token, kept) or (
            token.pos_ == "PRON" and _loose_pronoun(token, kept) and _central(token, kept)
        ):
            found.append((token.head if token.dep_ == "det" else token, token, token.lower_))
        elif epithet(token, kept) and _central(token, kept):
            first = token.doc[token.left_edge.i]
            found.append((token, first, token.doc[first.i : token.i + 1].text))
        elif token.pos_ == "NOUN" and _central(token, kept) and not _owner_after_name(token, kept):
            if token.dep_ == "attr" or (det := _leaning(token, kept, sent)) is None:
                continue  # "Will the gamers be the early adopters?": what they are said to be, no referent
            found.append((token, det, token.doc[det.i : token.i + 1].text))
    return found


def epithet(token: Token, kept: set[int]) -> bool:
    """ "the Frenchman", "the Spaniard", "the 29-year-old": a person called by nationality or age alone, as
    writers call the one the story follows after naming them; the tagger often takes the nationality for a
    name, so the noun rules above miss it."""
    if token.tag_ not in {"NN", "NNP", "JJ"} or token.dep_ in {"compound", "amod", "nmod"}:
        return False
    det = next((c for c in token.children if c.dep_ == "det"), None)
    if det is None or det.lower_ != "the" or det.i not in kept or det.i != token.left_edge.i:
        return False
    return aged(token) or demonym_person(token.lower_)


def demonym_person(word: str) -> bool:
    """A noun for one person of a nation ("spaniard", "russian", "frenchman", "englishwoman"): a nationality
    word of the gazetteer, or one with "man" or "woman" joined on; not one that as a noun means the whole
    people ("the French", "the Chinese", "the Swiss")."""
    countries = demonym_countries()
    if any(word.endswith(end) and word[: -len(end)] in countries for end in ("man", "woman")):
        return True
    return word in countries and not word.endswith(PEOPLE_ENDINGS)


def _left_words(placed: dict[int, tuple[int, int]], text: str, sent: Span) -> set[int]:
    """The determiner and modifiers of a placed noun that the line writes right before it, where the word
    alignment took the same word from elsewhere in the sentence ("the" of "the three brothers" for the "the"
    of "Will the US firm …")."""
    found: set[int] = set()
    for noun in (t for t in sent if t.i in placed and t.pos_ == "NOUN"):
        before = text[: placed[noun.i][0]].lower().split()[-4:]
        for word in (c for c in noun.children if c.i < noun.i and c.i not in placed):
            if word.dep_ in {"det", "amod", "compound", "nummod"} and word.lower_ in before:
                found.add(word.i)
    return found


def _names(phrase: str) -> bool:
    """A phrase with a name or a figure in it ("the latest Opera browser", "Hurricane Fiona", "the $40m
    deal"), or two words of its own ("the new parking permit scheme"); not "the online harassment", "the US
    firm", "the three men"."""
    rest = phrase.split()[1:] if phrase.split()[:1] in (["the"], ["The"]) else phrase.split()
    if any(w[:1].isupper() and not (w.isupper() and len(w) <= 2) for w in rest):
        return True
    if any(ch.isdigit() for ch in phrase):
        return True
    # "the new parking permit scheme": two words of its own that say which, not "the three men", "the US firm"
    own = [w.removesuffix("'s").removesuffix("’s") for w in rest[:-1]]  # "the world's biggest rainforest"
    own = [w for w in own if w.lower() not in EMPTY_MODIFIERS | COUNTS and w.isalpha()]
    return len(own) >= 2


def _written_out(token: Token, done: set[str]) -> bool:
    """A noun or pronoun whose wording in the sentence the referents wrote out as its antecedent."""
    det = next((c for c in token.children if c.dep_ == "det"), None)
    wordings = {token.lower_} | ({f"{det.lower_} {token.lower_}"} if det is not None else set())
    return bool(wordings & done)


def _owner_after_name(noun: Token, kept: set[int]) -> bool:
    """ "Will Tom Reed plan the party's campaign?": a possessor after a name the question gives, which a
    reader takes as that one's own (his party), where it is not who the question is about."""
    if noun.dep_ != "poss":
        return False
    before = noun.doc[noun.sent.start : noun.i]
    return any((t.i in kept and t.pos_ == "PROPN") or t._.named for t in before)


def _pointer(token: Token, kept: set[int]) -> bool:
    """ "at that point", "this move", "those plans": a demonstrative determiner kept with its noun; "that" as
    a conjunction or a relative word is none, nor "this year" (the time of writing)."""
    if token.lower_ not in DEMONSTRATIVE or token.dep_ != "det":
        return False
    head = token.head
    if token.lower_ in NOW_POINTERS and head.lemma_.lower() in NOW:
        return False
    return head.i in kept and head.pos_ in {"NOUN", "PROPN", "NUM"}


def _loose_pronoun(token: Token, kept: set[int]) -> bool:
    """A third-person pronoun, not a possessive, the question has not written as a name and whose referent
    the question does not name before it; not an empty "it" ("it is likely that …")."""
    word = token.lower_
    if (
        word not in (PERSON_WORDS | BODY_WORDS | GROUP_WORDS) - {"his", "its", "their"}
        or token.tag_ == "PRP$"
    ):
        return False
    if word not in OBJECT_PRONOUNS or token._.named is not None or token.dep_ == "expl":
        return False
    if word == "it" and any(c.dep_ in {"ccomp", "csubj", "xcomp"} for c in token.head.children):
        return False  # "it remains unclear whether …", "it is expected to …"
    return not bound(token, kept)


def _central(token: Token, kept: set[int]) -> bool:
    """Who or what the question is about or acts on: a subject, an object, a possessor, or the object of a
    preposition that says what about ("the cause of the fire"), not of one that says where or when; and not
    inside an adjunct clause of the question ("… for allegedly avoiding the drugs test")."""
    if _in_adjunct(token, kept):
        return False
    if token.dep_ == "pobj":
        return token.head.lower_ in TELLING_OBJECT
    if token.dep_ == "conj":  # "the pair and their coach": as central as the first of the list
        first = token
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        return first.dep_ != "conj" and _central(first, kept)
    return token.dep_ in CENTRAL


def _in_adjunct(token: Token, kept: set[int]) -> bool:
    """The token hangs, below the question's own verb (the kept verb nearest the sentence's root), from an
    adverbial clause or a preposition's clause ("after laying out …", "for avoiding …")."""
    verbs = [token.doc[i] for i in kept if token.doc[i].pos_ in {"VERB", "AUX"}]
    if not verbs:
        return False
    top = min(verbs, key=lambda t: (len(list(t.ancestors)), t.i))
    for ancestor in token.ancestors:
        if ancestor == top or ancestor.i == top.i:
            return False
        if ancestor.dep_ in ADJUNCT_CLAUSES:
            return True
    return False


def _leaning(noun: Token, kept: set[int], sent: Span) -> Token | None:
    """The determiner of a definite noun phrase the question keeps that leans on the article before it: a
    noun said before (as a noun, or as the verb an "-ing" noun is made of: "shot … the shooting"), a
    person or a body ("the firm", "the little boy"), an act ("the decision", "the move"), or a count ("the
    three men"), with no word that says which one (`bare_description`) or only words that say what kind ("the
    US firm", "the new species"), or whose clause saying which was cut ("the poll - expected to …" asked as
    "Will the poll …?"). In an article's first sentence nothing comes before to lean on: "the" there is the
    writer's first mention, as a reader of that sentence alone meets it."""
    if noun.tag_ not in {"NN", "NNS"} or noun.lemma_.lower() in SELF_EVIDENT:
        return None
    if noun.ent_type_ and noun.ent_type_ != "NORP":
        return None  # a word of a name ("the Paris Club group")
    det = next((c for c in noun.children if c.dep_ == "det" and c.i in kept), None)
    if det is None or det.lower_ != "the" or any(c.dep_ == "poss" for c in noun.children):
        return None
    after = [c for c in noun.children if c.dep_ in POST_MODIFIERS and c.i > noun.i]
    if any(c.i in kept and (c.dep_ != "prep" or _says_which(c)) for c in after):
        return None  # "the cause of the fire", "the funeral at Westminster Abbey": the phrase says which
    if _part_of_description(noun, kept):
        return None  # "the driver of the silver car": the car is how the driver is told apart
    if any(c.dep_ in {"relcl", "acl"} and restrictive(c) for c in after):
        return det  # "the judges who dismissed the claim" asked as "Do the judges earn …?"
    if sent.start == 0:
        return None
    modifiers = [
        c for c in noun.children if c.i < noun.i and c.dep_ in {"amod", "compound", "nummod", "nmod"}
    ]
    modifiers = [c for c in modifiers if c.i in kept]
    if any(c.pos_ == "PROPN" and c.ent_type_ not in {"GPE", "NORP", ""} for c in modifiers):
        return None  # "the Manchester hotels" is a kind of name; "the US firm" is not
    if len([c for c in modifiers if c.lower_ not in EMPTY_MODIFIERS]) >= 2:
        return (
            None  # "the German antitrust agency", "the three major parties": two words of its own say which
        )
    if any(c.dep_ == "nummod" for c in modifiers):
        return det  # "the three men", "the five sectors": counted, so told before
    if _whole_people(noun, modifiers) or any(c.lower_ in GENERIC for c in modifiers):
        return None
    bare = bare_description(noun, kept) is not None or (after and not modifiers)
    if not bare and any(c.ent_type_ in {"GPE", "NORP"} for c in modifiers):
        return None if senses(noun.lemma_)[:1] not in AGENT_CLASSES else det  # "the Iraq war"; "the US firm"
    if not bare and not modifiers:
        return None
    if not bare and _kind_compound(noun, modifiers):
        return None  # "the ferry terminal", "the drugs test": a compound that says what kind of thing
    return det if _told_before(noun, sent) else None


def _kind_compound(noun: Token, modifiers: list[Token]) -> bool:
    """A thing named by a noun compound ("the ferry terminal"), not a person, a body or an act ("the cat
    nurse", "the policing plan"), which a writer brings in before and calls by a shorter name."""
    if _agent_or_act(noun.lemma_.lower()):
        return False
    return any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in modifiers)


def _agent_or_act(lemma: str) -> bool:
    """A noun for someone, a body or an act ("firm", "boy", "decision"): what a writer names first and then
    calls by that noun."""
    return senses(lemma)[:1] in AGENT_CLASSES or lemma in ACT_NOUNS


def _says_which(prep: Token) -> bool:
    """A phrase after a noun that says which one: "the cause of …", "the visit to Arsenal", "the driver in
    the silver car", "the funeral at Westminster Abbey"; not "the changes in the brain", nor an act's place
    ("appeal the ban at the Court of Appeal")."""
    if prep.lower_ in TELLING_PREPS or _names_a_place(prep):
        return True
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if prep.head.lemma_.lower() in ACT_NOUNS:  # "the visit to Arsenal", "the move to Chelsea"
        return prep.lower_ in ACT_PREPS and any(c.pos_ == "PROPN" for c in objects)
    return any(_own_words(c) for c in objects)  # "the driver in the silver car"


def _own_words(noun: Token) -> bool:
    """A noun with a word before it that says which one ("the silver car", "the fourth floor", "Gate 3"),
    not one that only says it is new or the same."""
    return any(
        c.dep_ in {"amod", "compound", "nummod", "nmod"} and c.lower_ not in EMPTY_MODIFIERS
        for c in noun.children
        if c.i < noun.i
    )


def _part_of_description(noun: Token, kept: set[int]) -> bool:
    """The object of a phrase after another noun, with a word of its own: "the silver car" of "the driver
    of the silver car" is said to tell the driver apart, and the whole phrase is one description."""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.dep_ == "prep"
        and prep.head.pos_ == "NOUN"
        and prep.head.i in kept
        and prep.head.i < noun.i
        and _own_words(noun)
    )


def _names_a_place(prep: Token) -> bool:
    """A preposition whose object is a name ("the funeral at Westminster Abbey"): it says which one; not
    after an act noun, where such a phrase is the act's place the parse hung on it ("appeal the ban at
    the Court of Appeal")."""
    if prep.head.lemma_.lower() in ACT_NOUNS:
        return False
    return any(c.dep_ == "pobj" and c.pos_ == "PROPN" for c in prep.children)


def _told_before(noun: Token, sent: Span) -> bool:
    """Whether a definite noun phrase stands for what the article told of before its sentence: the noun was
    said before (or the verb an "-ing" noun is made of), or it names someone, a body or an act, which a
    writer brings in by name or by a clause before calling it "the firm", "the move"."""
    lemma = noun.lemma_.lower()
    if _agent_or_act(lemma):
        return True
    before = noun.doc[: sent.start]
    if any(t.pos_ == "NOUN" and t.lemma_.lower() == lemma for t in before):
        return True
    made_of = lemmas(noun.lower_, "VERB") if noun.lower_.endswith("ing") else ()
    return any(t.pos_ == "VERB" and t.lemma_.lower() in made_of for t in before)


def _whole_people(noun: Token, modifiers: list[Token]) -> bool:
    """ "the British people", "the French public": a plural people named by a nationality, not one of it."""
    return noun.tag_ == "NNS" and bool(modifiers) and all(c.ent_type_ == "NORP" for c in modifiers)


# references written as what the article names --------------------------------------------------------------


def placed_alone(anchored: Anchored, sent: Span, analysis: Analysis) -> str | None:
    """The question the referents wrote out (`anchored`), with each reference left that only the article
    before explains written as the one named thing the article means by it (`named_for`); None when one is
    left that nothing sure names ("the decision", "the victim"): the question is then not asked."""
    text = anchored.text
    left = unplaced_tokens(text, sent, ((a.wording, a.written) for a in anchored.anchors))
    placed = aligned(text, sent)
    heads = {head.i for head, _, _ in left}
    core = {wording.lower() for wording in anchored.core}
    for token in (t for t in sent if t.i in placed and t.i not in heads):
        if (wording := loose_wording(token, placed)) is not None and wording.lower() in core:
            left.append((token, token.doc[token.left_edge.i], wording))  # "the council", written from "the"
    edits: list[tuple[int, int, str]] = []
    for head, first, _ in left:
        name = named_for(head, analysis)
        if name is None or first.i not in placed or head.i not in placed:
            return None
        edits.append((placed[first.i][0], placed[head.i][1], name))
    for start, end, name in sorted(set(edits), reverse=True):
        text = text[:start] + (name[:1].upper() + name[1:] if start == 0 else name) + text[end:]
    return text


def named_for(head: Token, analysis: Analysis) -> str | None:
    """What a reference the question keeps stands for, when the article makes it sure: a person called by
    nationality, age or the role the article gives them ("the Frenchman", "the 29-year-old", "the prime
    minister") as that person's name; a body by the noun its name ends in ("the council" → "Harrow
    Council"); a noun its own sentence said before with the phrase that says which ("… surprised by the
    decision of the tribunal … appeal against the decision" → "the decision of the tribunal")."""
    if head.pos_ == "PRON" or head.dep_ == "poss" or head.tag_ in {"NNS", "NNPS"}:
        return None
    if said_before_in(head) and (found := said_with_its_words(head, definite=True)) is not None:
        return found[0]
    if any(c.dep_ == "amod" and c.lower_ not in EMPTY_MODIFIERS for c in head.children):
        return None  # "the scruffy little Austrian": words of its own may tell of someone not named
    reference = analysis.resolver.resolve(head)
    actor = reference.actor if reference is not None and reference.how == "description" else None
    if actor is None and demonym_person(head.lower_) and head.lower_.endswith(("man", "woman")):
        actor = _protagonist(head, analysis)  # "the Frenchman": the one the story follows
    if actor is None or _named_in(actor, head.sent):
        return None  # "Ms Lee met the Spaniard": named beside it, the description is someone else
    if actor.kind == "person" and _called(head, actor):
        return actor.name
    if actor.kind == "organisation" and head.lemma_.lower() in BODY_NOUNS | PUBLIC_BODIES:
        last = actor.name.lower().split()[-1]  # "the council" → "Harrow Council", not "Council Tax Ltd"
        if last in {head.lower_, head.lemma_.lower()}:
            return f"the {actor.name}" if f"the {actor.name}".lower() in head.doc.text.lower() else actor.name
    return None


def _named_in(actor: Actor, sent: Span) -> bool:
    """The actor named in the sentence: a word of its names, capitalised, among the sentence's words."""
    words = {w for name in (actor.name, *actor.aliases) for w in name.split() if w[:1].isupper()}
    return any(t.text in words for t in sent)


def _called(head: Token, actor: Actor) -> bool:
    """A person's description that says what the article says of them: an age, a nationality, or a role the
    article gives them ("the striker" for "Swansea striker Ali Diop"); not "the man", "the victim"."""
    if aged(head) or demonym_person(head.lower_):
        return True
    roles = {w.lower() for role in actor.roles for w in role.replace("-", " ").split()}
    return head.lower_ in roles


def _protagonist(head: Token, analysis: Analysis) -> Actor | None:
    """The person named more often than any other before the word, and named again in the last few
    sentences: the one a story follows and calls by nationality."""
    counts: dict[str, int] = {}
    people: dict[str, Actor] = {}
    for actor in analysis.resolver.named_before(head, back=len(analysis.sentences)):
        if actor.kind == "person":
            counts[actor.name] = counts.get(actor.name, 0) + 1
            people[actor.name] = actor
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    recent = {a.name for a in analysis.resolver.named_before(head, back=RECENT)}
    return people[ranked[0][0]] if ranked[0][0] in recent else None

"""Pronouns in open questions named: "Will he resign?" asked as "Will Alan Milburn resign?" when sure who."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

from spacy.tokens import Span, Token

from builder.core.model import Actor, Sentence
from builder.extract import Analysis
from builder.extract.actors.resolve import (
    BACK,
    BODY_PRONOUNS,
    PERSON_PRONOUNS,
    pronoun_sex,
    quoted_tokens,
    subject_above,
    titled_sexes,
)
from builder.extract.evidence import sentence_index_at
from builder.extract.phrasing import named
from builder.extract.referents.pairs import counted_phrase, joined_subject, named_ones
from builder.extract.referents.things import on_the_way

KINDS = {"person": {"person"}, "body": {"organisation", "country"}}
ENTITY_LABELS = {"person": {"PERSON"}, "organisation": {"ORG"}, "country": {"GPE"}}
FIRST_SINGULAR = {"i", "me", "my"}
TOPIC_PRONOUNS = {"he", "she", "it", "his", "her", "its"}
QUOTE_MARKS = re.compile('["“”‘’]')
CLOSING_SINGLE = re.compile(r"’(?![A-Za-z])")
PLURAL_POSSESSIVE = re.compile(r"(?<=[a-z]s)’(?= [a-z])")
OBJECTS = {"dobj", "pobj", "dative"}
CLAUSES = {"ROOT", "ccomp", "conj", "advcl", "relcl", "xcomp"}
# "both men", "both companies": nouns that stand for two people, or for two bodies
PEOPLE_PAIRS = {"men", "women", "leaders", "players", "candidates", "brothers", "sisters"}
BODY_PAIRS = {"companies", "firms", "groups", "banks", "parties", "countries", "nations"}
ABSTRACT_ENDINGS = ("tion", "sion", "ment", "ness", "ance", "ence", "ism")
IMPERSONAL_VERBS = {"seem", "appear", "remain", "emerge", "be", "become", "look"}


@contextmanager
def named_pronouns(analysis: Analysis) -> Iterator[dict[int, Actor]]:
    """While open, each pronoun the resolver links with confidence to a named actor is written as its name;
    gives those actors by token index."""
    marked: dict[int, Actor] = {}
    pairs: list[Token] = []
    try:
        quoted = quoted_tokens(analysis.doc)
        for token in analysis.doc:
            actor = confident_actor(analysis, token) or speaker_actor(analysis, token, quoted)
            if actor is not None:
                token._.named = actor.name
                marked[token.i] = actor
            elif (names := pair_names(analysis, token)) is not None:
                token._.named = names  # "both companies" written "both Sainsbury's and Steinhoff"
                pairs.append(token)
            elif (names := joined_subject(analysis=analysis, pronoun=token)) is not None:
                token._.named = names  # "They may face a ban" after "Thanou and Kenteris missed a test"
                pairs.append(token)
            elif (counted := counted_names(analysis, token)) is not None:
                first, names = counted  # "the two countries" written "China and Japan"
                first._.named = names
                for word in analysis.doc[first.i + 1 : token.i + 1]:
                    word._.named = ""  # said by the names the first word is written as
                pairs += analysis.doc[first.i : token.i + 1]
        yield marked
    finally:
        for token in [*(analysis.doc[i] for i in marked), *pairs]:
            token._.named = None


def counted_names(analysis: Analysis, token: Token) -> tuple[Token, str] | None:
    """The first word of a phrase counting named ones whose head is the token ("the two countries", "the
    pair") and the names it stands for, which the article joined last ("China and Japan")."""
    counted = counted_phrase(token)
    if counted is None or token._.named is not None:
        return None
    first, count, kinds = counted
    found = named_ones(token, count, kinds, analysis)
    return (first, found[0]) if found is not None else None


def named_once(text: str, sent: Span, actors: dict[int, Actor], sexes: dict[str, str] | None = None) -> str:
    """The question with a name the question has already given written back as the pronoun: "Will Kennedy
    plan around his child?", not "… around Charles Kennedy's child?"; a quoted "my" as the speaker's "his"
    or "her" where the article says which ("Will Susan Chepkemei represent her country?")."""
    for token in (t for t in sent if t.i in actors):
        written = named(token)
        if not written:
            continue
        pronoun = token.lower_
        if pronoun in FIRST_SINGULAR:  # "my" is no "his": only the sex the article gives the speaker says
            sex = (sexes or {}).get(actors[token.i].name)
            if pronoun != "my" or sex is None:
                continue
            pronoun = "her" if sex == "f" else "his"
        # the pronoun's own place: the name as written for it (not a longer form: "Kennedy's"), after
        # an earlier mention of the same actor
        for found in re.finditer(rf"(?<!\w){re.escape(written)}(?![\w'’])", text):
            before = text[: found.start()].lower()
            if found.start() > 0 and any(
                re.search(rf"\b{re.escape(name)}\b", before) for name in _names(actors[token.i])
            ):
                text = text[: found.start()] + pronoun + text[found.end() :]
                break
    return text


def _names(actor: Actor) -> set[str]:
    """The actor's names, lower case, and a person's surname ("Mr Kennedy" names "Charles Kennedy")."""
    names = {n.lower() for n in (actor.name, *actor.aliases)}
    if actor.kind == "person":
        names.add(actor.name.split()[-1].lower())
    return names


def confident_actor(analysis: Analysis, token: Token) -> Actor | None:
    """The actor a pronoun stands for when the rules are sure: linked by the resolver and its clause
    (`resolved_actor`), or, where that is unsure, the subject the last sentences are about (`topic_actor`)
    or the one person an object "him" / "her" can be (`object_actor`)."""
    return resolved_actor(analysis, token) or topic_actor(analysis, token) or object_actor(analysis, token)


def speaker_actor(analysis: Analysis, token: Token, quoted: set[int]) -> Actor | None:
    """ "'I hope to sign by May,' said Tom Reed": a quoted "I", "me" or "my" is the named person who speaks
    the quotation (the resolver's speaker), when one is; "we" is left alone (whom a speaker's "we" takes in,
    the page does not say)."""
    if token.lower_ not in FIRST_SINGULAR or token.pos_ != "PRON" or token.i not in quoted:
        return None
    if _clitic_after(token):
        return None  # "I'm", "I've": a name cannot take the clitic
    speaker = analysis.resolver.speaker(token)
    if speaker is None or speaker.pos_ == "PRON":
        return None
    actor = analysis.actors.actor_for(speaker)
    return actor if actor is not None and actor.kind == "person" else None


def resolved_actor(analysis: Analysis, token: Token) -> Actor | None:
    """The actor a pronoun stands for, when no other actor of its kind is named earlier in the sentence and
    the subject of a clause it hangs from names it ("Acme said it …"), or, for "he" / "she" under no such
    subject, it is the only person named since a couple of sentences back. Else None, as for an impersonal
    "it" ("it is likely that …") or an "it" that may be a thing."""
    word = token.lower_
    if token.pos_ != "PRON" or word not in PERSON_PRONOUNS | BODY_PRONOUNS or word.endswith("self"):
        return None
    if (word == "it" and _impersonal(token)) or _object(token) or _clitic_after(token):
        return None
    reference = analysis.resolver.resolve(token)
    if reference is None or reference.how != "pronoun" or _other_gender(analysis, token, reference.actor):
        return None
    kinds = KINDS["person" if word in PERSON_PRONOUNS else "body"]
    if _named_near(analysis, token, kinds, back=0) - {reference.actor.name}:
        return None  # "Lee's agent Cole said his transfer …": whose, the parse cannot say
    governor, named_governor = _governed_by(analysis, token)
    if named_governor is not None:
        return reference.actor if named_governor == reference.actor.name else None  # "Milburn said he …"
    if word in BODY_PRONOUNS or (governor is not None and not (_owned(governor) or _abstract(governor))):
        return (
            None  # "it" named last is as often a thing ("it looked like a compromise"); "the man said he …"
        )
    nearby = _named_near(analysis, token, kinds)
    if nearby != {reference.actor.name} or _both_genders_near(analysis, token) or _speaker_before(token):
        return None  # "she said … I doubt he will cope": someone the article has not named
    return reference.actor


def _abstract(noun: Token) -> bool:
    """ "opposition", "the agreement", "its weakness": a noun formed from a verb or an adjective names an act
    or a quality, never someone "he" or "she" may be ("opposition from MPs could block his plans")."""
    return noun.tag_ == "NN" and not noun.ent_type_ and noun.lower_.endswith(ABSTRACT_ENDINGS)


def _owned(noun: Token) -> bool:
    """ "his speech": a thing someone has, not someone "he" may be (unlike "the boss", "the horse")."""
    return any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in noun.children)


def _object(token: Token) -> bool:
    """ "him", "it" as an object ("make it compulsory" too): not its clause's subject, often a thing."""
    subject = token.dep_ in {"nsubj", "nsubjpass"} and token.head.pos_ in {"VERB", "AUX"}
    return token.tag_ != "PRP$" and not subject


def _speaker_before(token: Token) -> bool:
    """ "I do not know what more he could want": the person named last speaks, "he" is someone else."""
    return any(t.lower_ in {"i", "me", "my", "we", "us", "our"} for t in token.sent if t.i < token.i)


def _clitic_after(token: Token) -> bool:
    """ "he'll", "she's": a name cannot take the clitic ("Smith'll")."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return following is not None and not token.whitespace_ and following.text[:1] in {"'", "’"}


def _other_gender(analysis: Analysis, token: Token, actor: Actor) -> bool:
    """ "he" for someone the article calls "Ms Jackson" (titles are the only gender the article states)."""
    if actor.kind != "person":
        return False
    return bool(titled_sexes(analysis.doc, analysis.actors, actor) - {pronoun_sex(token.lower_)})


def _both_genders_near(analysis: Analysis, token: Token) -> bool:
    """ "he" and "she" both used since a couple of sentences back: two people, one of them perhaps unnamed."""
    sentence = sentence_index_at(analysis.sentences, token.idx)
    start = analysis.sentences[max(1, sentence - BACK) - 1].start  # indexes are 1-based
    before = analysis.doc[max(0, token.i - 300) : token.i]
    seen = {pronoun_sex(t.lower_) for t in before if t.idx >= start and t.pos_ == "PRON"}
    return {"m", "f"} <= seen


def _impersonal(token: Token) -> bool:
    """ "it is unclear whether …", "it remains to be seen", "it is expected that …": no one is meant."""
    head = token.head
    if token.dep_ == "expl":
        return True
    clause = any(c.dep_ in {"ccomp", "csubj"} for c in head.children)
    return clause and (head.lemma_ in IMPERSONAL_VERBS or head.tag_ == "VBN")


def _governed_by(analysis: Analysis, token: Token) -> tuple[Token | None, str | None]:
    """The first subject, not a pronoun, of a clause the pronoun hangs from ("Acme said it …"), when it
    could be who the pronoun means (a name or a singular noun), and the actor it names."""
    subject = subject_above(token)
    if subject is None:
        return None, None
    actor = analysis.actors.actor_for(subject)
    if actor is not None:
        return subject, actor.name
    return (subject if subject.tag_ in {"NN", "NNP"} else None), None  # "a man said he …"


def _named_near(analysis: Analysis, token: Token, kinds: set[str], back: int = BACK) -> set[str]:
    """Actors of these kinds named from `back` sentences back up to the pronoun, with names of that kind the
    actor table left out (a second person is still someone "he" may mean)."""
    sentence = sentence_index_at(analysis.sentences, token.idx)
    found = {actor.name for actor in analysis.resolver.named_before(token, back) if actor.kind in kinds}
    labels = {label for kind in kinds for label in ENTITY_LABELS[kind]}
    for entity in analysis.doc.ents:
        near = sentence_index_at(analysis.sentences, entity.start_char) >= sentence - back
        if entity.label_ in labels and entity.end_char <= token.idx and near:
            actor = analysis.actors.actor_for(entity)
            found.add(actor.name if actor is not None else entity.text)
    return found


def topic_actor(analysis: Analysis, token: Token) -> Actor | None:
    """ "Karl Dorn told the court … He denies causing …": a subject pronoun, or a possessive, carries on
    the subject of the sentences before it when each of them has as its main subject the same pronoun or,
    first, a named actor of the pronoun's kind (and sex, where a title says). None when the pronoun's own
    sentence names another actor of that kind before it, when a clause's named or unnamed subject says who
    is meant, or, for "it", when a thing named on the way may be what "it" is ("unveiled a phone. It …")."""
    word = token.lower_
    subject = token.dep_ in {"nsubj", "nsubjpass"} or token.tag_ == "PRP$"
    if word not in TOPIC_PRONOUNS or not subject or _clitic_after(token) or _speaker_before(token):
        return None
    if _quoted(analysis, token):
        return None  # "'… so he may soon recover,' Hill said": a speaker's "he" is someone else
    if (word == "it" and _impersonal(token)) or subject_above(token) is not None:
        return None  # "the man said he …": the clause's own subject decides
    kinds = KINDS["body" if word in BODY_PRONOUNS else "person"]
    if word not in BODY_PRONOUNS and _both_genders_near(analysis, token):
        return None
    topic = _sentence_topic(analysis, token, kinds)
    if topic is None or _named_near(analysis, token, kinds, back=0) - {topic.name}:
        return None
    if word in BODY_PRONOUNS and _thing_on_the_way(analysis, token, topic):
        return None
    return topic


def _sentence_topic(analysis: Analysis, token: Token, kinds: set[str]) -> Actor | None:
    """The named actor the main subjects of the sentences before the token carry on: back through subjects
    that are the same pronoun, at most `BACK` sentences, to the first that is a name."""
    here = sentence_index_at(analysis.sentences, token.idx)
    sex = pronoun_sex(token.lower_)
    for index in range(here - 1, max(0, here - 1 - BACK), -1):
        subject = _main_subject(analysis, analysis.sentences[index - 1])
        if subject is None:
            return None
        if subject.pos_ == "PRON":
            if pronoun_sex(subject.lower_) != sex or (subject.lower_ in BODY_PRONOUNS) != (sex is None):
                return None
            continue
        if any(c.dep_ == "conj" for c in subject.children):
            return None  # "Tony Blair and Gordon Brown met …": two people
        actor = analysis.actors.actor_for(subject)
        if actor is None or actor.kind not in kinds:
            return None
        if sex and titled_sexes(analysis.doc, analysis.actors, actor) - {sex}:
            return None
        return actor
    return None


def _main_subject(analysis: Analysis, sentence: Sentence) -> Token | None:
    """The subject of a sentence's first main verb."""
    span = analysis.doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
    root = next((t for t in span if t.dep_ == "ROOT"), None) if span is not None else None
    return next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None) if root else None


def _thing_on_the_way(analysis: Analysis, token: Token, topic: Actor) -> bool:
    """A singular thing named between the topic's last mention and "it", not owned by "its" ("unveiled a new
    phone"), that the clause naming it acts on or says the subject is."""
    here = sentence_index_at(analysis.sentences, token.idx)
    start = analysis.sentences[max(1, here - BACK) - 1].start
    window = [t for t in analysis.doc[max(0, token.i - 300) : token.i] if t.idx >= start]
    named = [t for t in window if t.pos_ == "PROPN" and analysis.actors.actor_for(t) == topic]
    for noun in (t for t in window if not named or t.i > named[-1].i):
        if noun.tag_ != "NN" or noun.ent_type_ or noun.dep_ in {"nsubj", "nsubjpass", "compound"}:
            continue
        if not on_the_way(noun):
            continue  # "could not be contacted for a comment", "whose site was run by …": no "it" to carry on
        if not any(c.lower_ == "its" for c in noun.children):
            return True
    return False


def object_actor(analysis: Analysis, token: Token) -> Actor | None:
    """ "The label met the singer Omar Reyes and hoped to keep him": an object "him" / "her"
    is not the subject of its own clause, so when the sentence names before it one person of its sex, and
    that person is not the clause's subject, it is that person."""
    if token.lower_ not in {"him", "her"} or token.tag_ == "PRP$" or token.dep_ not in OBJECTS:
        return None
    if _speaker_before(token) or _both_genders_near(analysis, token) or _pronoun_before(token):
        return None
    reference = analysis.resolver.resolve(token)
    actor = reference.actor if reference is not None else None
    if actor is None or actor.kind != "person" or _other_gender(analysis, token, actor):
        return None
    if _named_near(analysis, token, KINDS["person"], back=0) != {actor.name}:
        return None
    clause = token.head if token.dep_ != "pobj" else token.head.head
    while clause.dep_ not in CLAUSES and clause.head.i != clause.i:
        clause = clause.head
    subject = subject_of_clause(clause)
    if subject is not None and analysis.actors.actor_for(subject) == actor:
        return None
    return actor


def subject_of_clause(verb: Token) -> Token | None:
    """The subject of a verb, or of the verb it is joined to or controlled by ("… and wished to retain")."""
    while True:
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None or verb.dep_ not in {"conj", "xcomp"} or verb.head.i == verb.i:
            return subject
        verb = verb.head


def _pronoun_before(token: Token) -> bool:
    """ "She claims the theft has prevented her from …": a pronoun of the same sex earlier in the sentence is
    who an object "her" most likely is, whoever the sentence names."""
    sex = pronoun_sex(token.lower_)
    return any(t.pos_ == "PRON" and pronoun_sex(t.lower_) == sex for t in token.sent if t.i < token.i)


def _quoted(analysis: Analysis, token: Token) -> bool:
    """Whether the token is inside quoted speech: a quotation opened before it in its sentence and not
    closed, or, with no quotation mark before it in its sentence, one the sentence before left open."""
    here = sentence_index_at(analysis.sentences, token.idx)
    sentence = analysis.sentences[here - 1]
    before = analysis.doc.text[sentence.start : token.idx]
    if QUOTE_MARKS.search(before) or here == 1:
        return _left_open(before)
    previous = analysis.sentences[here - 2]
    return previous.paragraph == sentence.paragraph and _left_open(previous.text)


def _left_open(text: str) -> bool:
    """More quotation marks opened than closed in the text: a straight double quote opens and closes in
    turn; a curly single one closes where no letter follows, unless it ends a plural ("two months’ pay")."""
    closing = len(CLOSING_SINGLE.findall(text)) - len(PLURAL_POSSESSIVE.findall(text))
    return text.count('"') % 2 == 1 or text.count("“") > text.count("”") or text.count("‘") > closing


def pair_names(analysis: Analysis, token: Token) -> str | None:
    """ "Sainsbury's and Steinhoff" for "both companies" when the sentence before it (or its own sentence,
    before it) joins exactly two names with "and" ("targeted by both Sainsbury's and Steinhoff"), of the kind
    the noun says ("both men": two people's names). None for a noun with words of its own ("both Labour
    leaders"), or where no single pair of names comes before."""
    if token.lower_ not in PEOPLE_PAIRS | BODY_PAIRS or token.tag_ not in {"NNS", "NNPS"}:
        return None
    if [c.lower_ for c in token.children if not c.is_punct] != ["both"]:
        return None
    here = sentence_index_at(analysis.sentences, token.idx)
    start = analysis.sentences[max(1, here - 1) - 1].start
    window = [t for t in analysis.doc[max(0, token.i - 150) : token.i] if t.idx >= start]
    pairs = [(t, c) for t in window if (c := _joined_name(t)) is not None]
    if len(pairs) != 1:
        return None
    first, second = pairs[0]
    people = [_personal_name(t) for t in (first, second)]
    if (token.lower_ in PEOPLE_PAIRS and not all(people)) or (token.lower_ in BODY_PAIRS and any(people)):
        return None  # "both men" after two companies, "both companies" after two people
    return f"{_name_text(first)} and {_name_text(second)}"


def _joined_name(head: Token) -> Token | None:
    """The second of exactly two names joined by "and" ("Ken Lay and Jeff Skilling"), from the first."""
    if head.pos_ != "PROPN" or head.dep_ in {"compound", "conj"}:
        return None  # a word of a name, or the second or later of a list ("Hall, Boyd and Ross")
    conjs = [c for c in head.children if c.dep_ == "conj"]
    joined = any(c.dep_ == "cc" and c.lower_ == "and" for c in head.children)
    if len(conjs) != 1 or not joined or conjs[0].pos_ != "PROPN":
        return None
    return conjs[0] if not any(c.dep_ == "conj" for c in conjs[0].children) else None


def _personal_name(head: Token) -> bool:
    """A person's full name ("Jeff Skilling"), by the entity type and a first name before it."""
    return head.ent_type_ == "PERSON" and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" for c in head.children
    )


def _name_text(head: Token) -> str:
    """The name as the article writes it: its proper-noun words and a possessive "'s" ("Sainsbury's")."""
    parts = [c for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < head.i]
    parts += [head] + [c for c in head.children if c.dep_ == "case"]
    return "".join(t.text + t.whitespace_ for t in sorted(parts, key=lambda t: t.i)[:-1]) + parts[-1].text


def known_sexes(analysis: Analysis, actors: dict[int, Actor]) -> dict[str, str]:
    """Each named person's sex where the article gives one and only one: by a title ("Ms Lee") or by the
    third-person pronouns the rules name as that person ("she" named "Susan Chepkemei")."""
    seen: dict[str, set[str]] = {}
    for i, actor in actors.items():
        if actor.kind == "person" and (sex := pronoun_sex(analysis.doc[i].lower_)) is not None:
            seen.setdefault(actor.name, set()).add(sex)
    for actor in {a.name: a for a in actors.values() if a.kind == "person"}.values():
        seen.setdefault(actor.name, set()).update(titled_sexes(analysis.doc, analysis.actors, actor))
    return {name: next(iter(sexes)) for name, sexes in seen.items() if len(sexes) == 1}

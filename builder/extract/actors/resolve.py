"""Document-level actor resolution: descriptions and pronouns linked to the actor the article names.

"the Russian leader", "the President", "Her Majesty", "the firm", "the airline", "the Spaniard", "he", "it"
stand for actors the article names elsewhere ("Russian President Vladimir Putin", "Continental Airlines").
Gifts, concern holders and the actor table ask this module, so a description reads the same everywhere. A
reference keeps the article's own wording beside the actor it resolves to, and an unresolvable or ambiguous
description resolves to nothing: the caller then shows it as written.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from builder.core.model import Actor, Evidence, Sentence
from builder.data import gazetteer
from builder.extract.actors.speech import DOCUMENTS, SPEECH_VERBS, can_speak, speaker_of
from builder.extract.actors.table import (
    COURTESY,
    FEMALE_TITLES,
    MALE_TITLES,
    TITLES,
    ActorTable,
    Mention,
    role_sexes,
    role_words,
)
from builder.extract.evidence import sentence_index_at
from builder.extract.phrasing import infinitive
from builder.nlp.names import senses

PERSON_PRONOUNS = {"he", "him", "his", "himself", "she", "her", "hers", "herself"}
FEMALE_PRONOUNS = {"she", "her", "hers", "herself"}
BODY_PRONOUNS = {"it", "its", "itself"}
SPOUSE_NOUNS = {"wife", "husband", "spouse"}
MONARCHS = {"queen", "king", "monarch", "emperor", "empress", "sultan", "emir"}
HONORIFICS = {
    "majesty": {"queen", "king", "monarch", "emperor", "empress"},
    "highness": {"prince", "princess", "sultan", "emir"},
    "holiness": {"pope", "lama"},
}
GENERIC_BODIES = {
    "company", "firm", "group", "organisation", "organization", "business", "corporation", "body", "agency",
    "charity", "carmaker", "retailer", "broadcaster", "lender", "insurer", "operator", "giant", "chain",
}  # fmt: skip
# Words for a business, and name words of a public body or a state's office: "the company" is never the FBI,
# the European Commission or the Justice Department, whichever the sentence before was about.
COMPANY_WORDS = {
    "company", "firm", "business", "corporation", "carmaker", "retailer", "lender", "insurer", "operator",
    "giant", "chain", "manufacturer", "maker", "supplier",
}  # fmt: skip
PUBLIC_BODY_WORDS = {
    "bureau", "commission", "ministry", "department", "agency", "council", "court", "parliament",
    "government", "police", "authority", "office", "committee", "assembly", "senate", "congress", "army",
    "navy", "embassy", "tribunal", "inspectorate", "regulator", "cabinet", "administration",
}  # fmt: skip
# Forms of address and ranks of nobility written before a name: no office ("Lady Wolffe", "Sir Tom Lee").
ADDRESSES = COURTESY | {"sir", "dame", "lady", "lord", "baroness", "baron", "dr"}
LEADER_WORDS = {"leader", "head", "chief", "official", "politician", "strongman", "ruler", "dictator"}
OFFICE_QUALIFIERS = {"shadow", "deputy", "vice", "former", "acting", "assistant", "junior", "ex", "interim"}
# Words naming a young person, which stand for the person the story follows ("the girl", "the teenager"); the
# sex a word marks. Not "the man" or "the woman", which crime reports use for someone unnamed.
LIFE_WORDS = {"girl", "boy", "teenager", "teen", "youngster", "schoolgirl", "schoolboy"}
LIFE_SEXES = {"girl": "f", "schoolgirl": "f", "boy": "m", "schoolboy": "m"}
COUNTRY_NOUNS = {"country", "nation", "state", "kingdom", "republic"}
DETERMINERS = {"the", "this", "that"}
BACK = 2  # sentences a pronoun looks back for its referent
DOCUMENT_BACK = 5  # sentences "the report" looks back for another word naming it ("the study")
AUTHOR_PREPS = {"by", "from"}
NOT_AUTHORING = {  # a document "seen by", "obtained by" someone is not theirs
    "see", "obtain", "leak", "read", "receive", "review", "examine", "acquire", "view", "show", "hand",
}  # fmt: skip
FIRST_PERSON = {"i", "we", "me", "us", "my", "our", "myself", "ourselves"}
QUOTE_BACK = 8  # sentences a quotation may run on after its speaker is named
QUOTE_REACH = 2  # sentences of narration in a row (not quoted, no speaker) a quotation runs on across


@dataclass(frozen=True)
class Reference:
    """A token resolved to an actor, with the article's wording ("Russian leader") and how it was found."""

    actor: Actor
    wording: str
    how: str  # "name", "description" or "pronoun"


@functools.cache
def demonym_countries() -> dict[str, str]:
    """Lower-case nationality words ("russian", "spaniard") to their country's canonical name."""
    table = {}
    for country in gazetteer()["countries"]:
        for word in country.get("demonyms", []):
            table[word.lower()] = country["name"]
    return table


class Resolver:
    """Resolve tokens of one parsed article to the actors of its actor table."""

    def __init__(self, doc: Doc, sentences: tuple[Sentence, ...], table: ActorTable):
        self.doc = doc
        self.sentences = sentences
        self.table = table
        self._by_end = sorted(table.mentions, key=lambda m: m.end)
        self._ends = [m.end for m in self._by_end]

    def resolve(self, token: Token) -> Reference | None:
        """The actor a name, description or pronoun stands for, or None."""
        if token.ent_type_ == "NORP" and _definite(token) and token.tag_ in {"NN", "NNP"}:
            return self._description(token)  # "the Spaniard" is a person, not Spain
        if token.ent_type_ or token.pos_ == "PROPN":
            actor = self.table.actor_for(token)
            if actor is not None:
                return Reference(actor, actor.name, "name")
        if token.pos_ == "PRON":
            return self._pronoun(token)
        if token.pos_ in {"NOUN", "PROPN"} or aged(token):
            spouse = self._spouse(token)
            if spouse is not None:
                return spouse
            return self._description(token)  # "the Spaniard", "Her Majesty" are often tagged as names
        return None

    def _spouse(self, token: Token) -> Reference | None:
        """ "his wife", "Putin's wife": the person of the owner's family name the article names besides the
        owner ("US President Joe Biden and First Lady Jill Biden … the president and his wife")."""
        if token.lemma_.lower() not in SPOUSE_NOUNS or token.tag_ != "NN":
            return None
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        if owner is not None and owner.pos_ == "PRON" and token.dep_ == "conj":
            owner = token.head  # "the president and his wife": the one listed first
        reference = self.resolve(owner) if owner is not None else None
        if reference is None or reference.actor.kind != "person":
            return None
        family = reference.actor.name.split()[-1]
        others = [
            a
            for a in self._people()
            if a.name != reference.actor.name
            and a.name.split()[-1] == family
            and len(a.name.split()) > 1
            and not set(a.name.split()) <= set(reference.actor.name.split())
        ]
        actor = _unique(others)
        return Reference(actor, token.text, "description") if actor is not None else None

    # descriptions -------------------------------------------------------------------------------------------

    def _description(self, token: Token) -> Reference | None:
        if token.tag_ in {"NNS", "NNPS"}:
            return None
        beside = next(
            (
                a
                for c in token.children
                if c.dep_ == "appos" and (a := apposed_actor(c, self.table)) and can_describe(token, a)
            ),
            None,
        ) or holder_named_after(token, self.table)
        if beside is not None:
            return Reference(beside, _wording(token), "description")  # "The judge, Mr Recorder Tom Lee QC,"
        apposed = self._apposed_before(token)
        if apposed is not None:
            return Reference(apposed, _wording(token), "description")
        if not _definite(token):
            return None
        head = token.lemma_.lower()
        written = [c.text for c in token.children if c.dep_ in {"amod", "compound"} and c.i < token.i]
        # a named owner must fit as a modifier does: "United's manager" is one whose role names United
        written = [c.text for c in token.children if c.dep_ == "poss" and c.pos_ == "PROPN"] + written
        modifiers = [m.lower() for m in written]
        wording = _wording(token)
        actor = (
            self._honoured(head)
            or self._by_stated_age(token)
            or self._by_age_or_sex(head, token)
            or self._by_role(head, written, token)
            or self._by_nationality(head, modifiers, token)
            or self._by_country_noun(head, token)
            or self._by_body(head, token, modifiers)
        )
        return Reference(actor, wording, "description") if actor is not None else None

    def _apposed_before(self, token: Token) -> Actor | None:
        """A description the article wrote before with a person's name beside it: "The society's lawyer, Tom
        Chopra, asked for … The society's lawyer said …" is Tom Chopra (the same words, the nearest such)."""
        if not any(c.dep_ in {"det", "poss"} for c in token.children):
            return None  # "a lawyer" is anyone
        key = _described_as(token)
        for earlier in reversed(self.doc[: token.i]):
            if earlier.lemma_ != token.lemma_ or _described_as(earlier) != key:
                continue
            for child in earlier.children:
                actor = self.table.actor_for(child) if child.dep_ == "appos" else None
                if actor is not None and actor.kind == "person":
                    return actor
            named = self._named_right_after(earlier)
            if named is not None:
                return named
        return None

    def _named_right_after(self, noun: Token) -> Actor | None:
        """The body or person a common noun is written right before, as its title: "the newspaper Kathmandu
        Today", "the charity Shelter" (then "the newspaper said" is Kathmandu Today)."""
        after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
        if after is None or after.pos_ != "PROPN" or noun.pos_ != "NOUN" or not noun.whitespace_:
            return None
        actor = self.table.actor_for(after)
        if actor is None or actor.kind not in {"organisation", "person"}:
            return None
        return actor if noun.lower_ not in _words(actor.name) else None

    def _honoured(self, head: str) -> Actor | None:
        """ "Her Majesty" → the queen the article names."""
        titles = HONORIFICS.get(head)
        if not titles:
            return None
        return _unique(a for a in self._people() if titles & _role_words(a))

    def _by_role(self, head: str, modifiers: list[str], token: Token) -> Actor | None:
        """ "the President", "the prime minister", "the Kremlin spokesman": a person whose role says so; "the
        monarch" a king or queen. A role word whose commonest sense is not a person ("the queen": a card, a
        bee) still names one when its next sense does."""
        titled = " ".join([*modifiers, head]).lower()  # "Chief Justice": a role the article gives, as written
        held_as_written = any(titled == role.lower() for a in self._people() for role in a.roles)
        if "r" not in senses(head)[:2] and head not in {"pm"} and not held_as_written:
            return None
        held = MONARCHS if head in {"monarch", "sovereign"} else {head}
        fitting = [
            a
            for a in self._people()
            if held & _role_words(a) and _modifiers_fit(modifiers, a, self._countries_of(a))
        ]
        if not fitting and not any(held & _role_words(a) for a in self._people()):
            return self._unroled_subject(token)
        return self._nearest(fitting, token)

    def _by_age_or_sex(self, head: str, token: Token) -> Actor | None:
        """A young person named by age or as "the girl", "the teenager" as a sentence's subject: the person
        the sentence before was about, where that is a named person (or a description of one) not of the other
        sex; nobody else (the one named most may be another: "Doaa said … The 20-year-old said" where Doaa is
        no actor of the table)."""
        if token.dep_ not in {"nsubj", "nsubjpass"} or not (head in LIFE_WORDS or aged(token)):
            return None
        sex = LIFE_SEXES.get(head)
        before = self._subject_before(token)
        if before is None or (sex and person_sexes(self.doc, self.table, before) - {sex}):
            return None
        return before

    def _by_stated_age(self, token: Token) -> Actor | None:
        """ "the 14-year-old": the one person the article gave that age before, set beside the name ("Jamie
        Roe, 14,", "Jamie Roe (left), 14,") or written before it ("20-year-old Caleb Moss")."""
        age = age_of(token)
        if age is None:
            return None
        found = set()
        for earlier in self.doc[: token.i]:
            named = None
            if earlier.like_num and earlier.text == age and earlier.head.i != token.i:
                named = _name_just_before(earlier)
            elif earlier.i != token.i and age_of(earlier) == age and earlier.head.ent_type_ == "PERSON":
                named = earlier.head
            actor = self.table.actor_for(named) if named is not None else None
            if actor is not None and actor.kind == "person":
                found.add(actor.name)
        return self.table.by_name(next(iter(found))) if len(found) == 1 else None

    def _subject_before(self, token: Token) -> Actor | None:
        """The person the sentence before a token's sentence has for subject, by name or description."""
        if token.sent.start == 0:
            return None
        root = self.doc[token.sent.start - 1].sent.root
        subject = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None or subject.pos_ == "PRON":
            return None
        reference = self.resolve(subject)
        return reference.actor if reference is not None and reference.actor.kind == "person" else None

    def _unroled_subject(self, token: Token) -> Actor | None:
        """A role nobody in the article is given, as a sentence's subject, continues the person the sentence
        before was about, where the article gives that person no office (a title of address or nobility is
        none: "Lady Wolffe"): "Mark Fenby gave a speech on Monday. The Prime Minister said …" is Fenby (the
        article takes the office as known); not where that sentence names another person who might hold it
        ("Tony Blair met Gordon Brown. The leader …"), one the article gives another office is not such
        ("Lady Wolffe told offender Tom Roe … The judge said …")."""
        actor = self._continued_subject(self._people(), token)
        if actor is None or held_office(actor):
            return None
        before = self.doc[token.sent.start - 1].sent
        others = [
            other
            for name in before.ents
            if name.label_ == "PERSON"
            and (other := self.table.actor_for(name.root)) != actor
            and not (other is not None and held_office(other))
        ]
        return actor if not others else None

    def _by_nationality(self, head: str, modifiers: list[str], token: Token) -> Actor | None:
        """ "the Russian leader" → the person whose role names Russia; "the Spaniard" → the Spanish person."""
        countries = demonym_countries()
        if head in countries:
            wanted = countries[head]
        elif head in LEADER_WORDS and any(m in countries for m in modifiers):
            wanted = next(countries[m] for m in modifiers if m in countries)
        else:
            return None
        fitting = [a for a in self._people() if wanted in self._countries_of(a)]
        if not fitting and head in countries:
            return self._protagonist(
                token
            )  # "Moya won … The Spaniard then donated": the one the story follows
        return self._nearest(fitting, token)

    def _protagonist(self, token: Token) -> Actor | None:
        """The person named most often before the token, when one is named more often than any other."""
        counts: dict[str, int] = {}
        for mention in self._mentions_before(token.idx):
            actor = self.table.actor_of(mention)
            if actor is not None and actor.kind == "person":
                counts[actor.name] = counts.get(actor.name, 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
            return None
        return self.table.by_name(ranked[0][0])

    def _by_body(self, head: str, token: Token, modifiers: list[str] = ()) -> Actor | None:
        """ "the airline" → "Continental Airlines"; "the firm", "the charity" → the body named last; not a
        body whose name says another country than the description ("the American space agency" is not the
        "Russian Federal Space Agency")."""
        wanted = {c for m in modifiers if (c := _country_word(m)) is not None}
        bodies = [
            a
            for a in self.table.actors
            if a.kind == "organisation"
            and not (wanted and _named_countries(a.name) - wanted)
            and not (head in COMPANY_WORDS and _public_body(a))
        ]
        named = [a for a in bodies if {head, _plural(head)} & _words(a.name)]
        if named:
            return self._nearest(named, token)
        if head in COMPANY_WORDS and (told := self._after_a_public_body(token)) is not None:
            return self._other_body_in(told, bodies)  # "The FBI asked Apple … The company refused": Apple
        if head in GENERIC_BODIES:  # not "the government": which one is not for the last name to say
            return (
                self._continued_subject(bodies, token)
                or self._salient(bodies, token)
                or self._nearest(bodies, token, before_only=True)
            )
        return None

    def _continued_subject(self, candidates: list[Actor], token: Token) -> Actor | None:
        """A description that is a sentence's subject continues the candidate the sentence before was about,
        its subject: "The Oxford Food Bank urged caution. The organisation … said" is the Oxford Food Bank,
        however often another charity is named."""
        if token.dep_ not in {"nsubj", "nsubjpass"} or token.sent.start == 0:
            return None
        before = self.doc[token.sent.start - 1].sent
        subject = next((c for c in before.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        actor = self.table.actor_for(subject) if subject is not None else None
        return actor if actor is not None and actor.name in {a.name for a in candidates} else None

    def _after_a_public_body(self, token: Token) -> Span | None:
        """The sentence before a description that is its sentence's subject, where that sentence's subject is
        a public body: a company word then speaks of the other party that sentence names, if any."""
        if token.dep_ not in {"nsubj", "nsubjpass"} or token.sent.start == 0:
            return None
        before = self.doc[token.sent.start - 1].sent
        subject = next((c for c in before.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        actor = self.table.actor_for(subject) if subject is not None else None
        return before if actor is not None and _public_body(actor) else None

    def _other_body_in(self, sentence: Span, candidates: list[Actor]) -> Actor | None:
        """The one candidate a sentence names (none where it names none or several)."""
        names = {a.name for a in candidates}
        found = {
            a.name: a for t in sentence if (a := self.table.actor_for(t)) is not None and a.name in names
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def _salient(self, candidates: list[Actor], token: Token) -> Actor | None:
        """Of the candidates named in the token's sentence (before it) or the two before, the one the article
        names most: "Microsoft … its Windows Genuine Advantage scheme … the company" is Microsoft."""
        names = {a.name for a in candidates}
        near = {actor.name: actor for actor in self.named_before(token) if actor.name in names}
        ranked = sorted(near.values(), key=lambda a: -a.mentions)
        if len(ranked) > 1 and ranked[0].mentions == ranked[1].mentions:
            return None  # as often named: the nearest decides
        return ranked[0] if ranked else None

    def _by_country_noun(self, head: str, token: Token) -> Actor | None:
        """ "the country" → the country named last."""
        if head not in COUNTRY_NOUNS:
            return None
        countries = [a for a in self.table.actors if a.kind == "country"]
        return self._nearest(countries, token, before_only=True)

    # documents ----------------------------------------------------------------------------------------------

    def author(self, token: Token) -> Reference | None:
        """Who wrote a document the text lets speak: "the Sutton Trust's report", "a Treasury memo", "a review
        by the Lords committee", and a later "the report" for the same report named a few sentences before."""
        lemma = token.lemma_.lower()
        if lemma not in DOCUMENTS or token.pos_ not in {"NOUN", "PROPN"}:
            return None
        wording = " ".join(t.text for t in token.subtree if t.dep_ != "det" and t.i <= token.i)
        actor = self._written_by(token)
        if actor is None and _definite(token):
            actor = self._earlier_author(token)
        return Reference(actor, wording, "author") if actor is not None else None

    def _earlier_author(self, document: Token) -> Actor | None:
        """The author of the document a definite "the report" names again: the nearest earlier mention with an
        author, of the same word anywhere before ("The memo, edited by X, …" eight sentences back), or of
        another document word a few sentences back ("The study, done on behalf of X, … The report warns")."""
        lemma = document.lemma_.lower()
        start = self.sentences[max(0, sentence_index_at(self.sentences, document.idx) - DOCUMENT_BACK)].start
        same = [t for t in self.doc[: document.i] if t.lemma_.lower() == lemma]
        other = [
            t
            for t in self.doc[: document.i]
            if t.idx >= start and t.pos_ == "NOUN" and t.lemma_.lower() in DOCUMENTS - {lemma}
        ]
        for earlier in (same, other):
            actor = next((a for t in reversed(earlier) if (a := self._written_by(t)) is not None), None)
            if actor is not None:
                return actor
        return None

    def _written_by(self, document: Token) -> Actor | None:
        """The actor a document's own words name as its author: a possessor, a name before it, "by X", "drawn
        up by X"."""
        for child in [*document.children, *_set_off_by(document)]:
            if child.dep_ in {"poss", "compound", "nmod"} or (
                child.dep_ == "prep" and child.lower_ in AUTHOR_PREPS
            ):
                target = (
                    child
                    if child.dep_ != "prep"
                    else next((c for c in child.children if c.dep_ == "pobj"), None)
                )
                actor = self.table.actor_for(target) if target is not None else None
                if actor is not None and actor.kind in {"organisation", "person", "country"}:
                    return actor
        made = [  # "edited by X", "which was carried out by X on behalf of Y" (Y's), not "seen by" a paper
            c
            for c in document.children
            if (c.dep_ == "acl" or (c.dep_ == "relcl" and _passive(c)))
            and c.tag_ == "VBN"
            and c.lemma_.lower() not in NOT_AUTHORING
        ]
        for verb in made:
            for target in (_on_behalf_of(verb), _agent_object(verb)):
                actor = self.table.actor_for(target) if target is not None else None
                if actor is not None and actor.kind in {"organisation", "person"}:
                    return actor
        return self._framing_author(document)

    def _framing_author(self, document: Token) -> Actor | None:
        """The subject of the clause a document frames: "In a statement, the ministry said …", "In a briefing
        note sent to MPs, the firm disputed …" (the ministry's statement, the firm's note; the document word
        may be the first of a compound)."""
        node = document.head if document.dep_ == "compound" else document
        prep = node.head
        if node.dep_ != "pobj" or prep.lower_ != "in" or prep.head.pos_ != "VERB":
            return None
        subject = next((c for c in prep.head.children if c.dep_ == "nsubj"), None)
        actor = self.table.actor_for(subject) if subject is not None else None
        return actor if actor is not None and actor.kind in {"organisation", "person", "country"} else None

    # speakers -----------------------------------------------------------------------------------------------

    def speaker(self, token: Token, reach: int = QUOTE_REACH) -> Token | None:
        """Who speaks the quoted words holding a token ("I", "we", a quoted sentence): the speaker its own
        sentence names ('"…," said Ann Lee', 'Ann Lee said: "…"'), else the one named last in the nearest
        sentence before, while the quotation runs on: across quoted sentences, and across at most `reach`
        sentences of narration in a row, QUOTE_BACK sentences back at most.

        A speaker is who says a speech verb outside quoted words (subject, "by" agent, the name set off before
        "said:"), not in the first person and not someone the speaker calls theirs ("my dad said"); in a
        sentence of narration with no speech verb, a named person its main clause is about ("Sir Bill Morris
        has accused …" before his quoted words). A "he" or "she" who speaks is the named speaker of the
        quotation before, where one is named and the sex agrees; else the pronoun (the caller resolves it)."""
        sentences = self._sentence_list
        index = bisect.bisect_right(self._sentence_starts, token.i) - 1
        own = self._speakers_in(sentences[index], token)
        after = [s for s in own if s.i > token.i]
        if own:
            return self._named_speaker(after[0] if after else own[-1], index, reach)
        closing = self._speaker_closing(index, token)
        if closing is not None:
            return self._named_speaker(closing, index, reach)
        return self._speaker_before(index, token, reach)

    def _speaker_closing(self, index: int, token: Token) -> Token | None:
        """The speaker named where a quotation still open at the end of sentence `index` closes: '"Russia
        endangers us all. We must stop it," Ann Lee said.' (the quoted sentences before the one that names
        who speaks them)."""
        sentences = self._sentence_list
        if not self._open_at_end(sentences[index]):
            return None
        for sentence in sentences[index + 1 : index + 1 + QUOTE_BACK]:
            if not _quoted_words(sentence, self._quoted):
                return None
            found = _attributing(sentence, token)
            if found is not None:
                return found
            if not self._open_at_end(sentence):
                return None
        return None

    def _open_at_end(self, sentence: Span) -> bool:
        """Whether a quotation is still open after a sentence's last word (no closing mark after it)."""
        tokens = [t for t in sentence if not t.is_space]
        words = [t for t in tokens if not t.is_punct]
        closed = bool(tokens) and tokens[-1].is_quote
        return bool(words) and words[-1].i in self._quoted and not closed

    def _speaker_before(self, index: int, token: Token, reach: int) -> Token | None:
        """The speaker named last in the nearest sentence before sentence `index` that names one, while the
        quotation runs on."""
        sentences = self._sentence_list
        narration = 0
        for back in range(index - 1, max(-1, index - 1 - QUOTE_BACK), -1):
            sentence = sentences[back]
            found = self._speakers_in(sentence, token) or self._acting_in(sentence)
            if found:
                return self._named_speaker(found[-1], back, reach)
            narration = 0 if _quoted_words(sentence, self._quoted) else narration + 1
            if narration > reach:
                return None
        return None

    def _named_speaker(self, speaker: Token, index: int, reach: int) -> Token:
        """A "he" or "she" who speaks is the subject of the clause above it ("Lahm caused a stir when he
        wrote"), else continues the named speaker of the quotation before ('Ann Lee said: "…" … "…," she
        said'), where the sex agrees; any other speaker as found."""
        sex = pronoun_sex(speaker.lower_)
        if speaker.pos_ != "PRON" or sex is None:
            return speaker
        above = subject_above(speaker)  # "Lahm caused a stir when he wrote …"
        before = above if above is not None else self._speaker_before(index, speaker, reach)
        actor = self.table.actor_for(before) if before is not None else None
        if actor is None or actor.kind != "person" or titled_sexes(self.doc, self.table, actor) - {sex}:
            return speaker
        return before  # type: ignore[return-value]

    def _speakers_in(self, sentence: Span, token: Token) -> list[Token]:
        """Who says the speech verbs of a sentence outside its quoted words, in text order (not the token)."""
        found = []
        inside = self._quoted
        for verb in sentence:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in SPEECH_VERBS or infinitive(verb):
                continue
            who = speaker_of(verb)
            if who is None or who.i == token.i or not _may_speak(who):
                continue
            if verb.i in inside and not _attributes(verb, who) and not _introduces(verb):
                continue  # "… and he said he would call the police" inside someone's quoted words
            found.append(who)
        return sorted(set(found), key=lambda t: t.i)

    def _acting_in(self, sentence: Span) -> list[Token]:
        """The named person a sentence of narration is about: the subject (or the "by" agent) of its main
        verb, outside quotation marks ("Sir Bill Morris has accused …", "… was welcomed by Ann Lee")."""
        if _quoted_words(sentence, self._quoted):
            return []
        root = sentence.root
        agents = [p for c in root.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        subjects = [_apposed_person(c) for c in root.children if c.dep_ == "nsubj"] + agents
        return [
            s
            for s in subjects
            if s.i not in self._quoted
            and s.ent_type_ == "PERSON"
            and (actor := self.table.actor_for(s)) is not None
            and actor.kind == "person"
        ][-1:]

    def inside_quotation(self, token: Token) -> bool:
        """Whether a token lies inside quotation marks."""
        return token.i in self._quoted

    @functools.cached_property
    def _sentence_list(self) -> list[Span]:
        return list(self.doc.sents)

    @functools.cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self._sentence_list]

    @functools.cached_property
    def _quoted(self) -> set[int]:
        return quoted_tokens(self.doc)

    # pronouns -----------------------------------------------------------------------------------------------

    def _pronoun(self, token: Token) -> Reference | None:
        word = token.lower_
        if word in PERSON_PRONOUNS:
            kinds = {"person"}
        elif word in BODY_PRONOUNS:
            kinds = {"organisation", "country"}
        else:
            return None
        actor = self._governing_subject(token, kinds) or self._recent(token, kinds)
        if actor is not None and pronoun_sex(word) is not None and self._other_sex(actor, pronoun_sex(word)):
            return None  # "She had made allegations" after "Stuart Campbell … Mr Campbell": not him
        return Reference(actor, token.text, "pronoun") if actor is not None else None

    def _other_sex(self, actor: Actor, sex: str | None) -> bool:
        """Whether the article gives a person only the other sex than a pronoun's ("Mr Lee" for "she")."""
        return actor.kind == "person" and bool(person_sexes(self.doc, self.table, actor) - {sex})

    def _governing_subject(self, token: Token, kinds: set[str]) -> Actor | None:
        """The subject of the clause a pronoun sits in: "Putin said he would …", "The bank said it …"."""
        subject = subject_above(token)
        actor = self.table.actor_for(subject) if subject is not None else None
        return actor if actor is not None and actor.kind in kinds else None

    def _recent(self, token: Token, kinds: set[str]) -> Actor | None:
        """The actor of the right kind named last before the pronoun, at most a couple of sentences back."""
        return next((actor for actor in reversed(self.named_before(token)) if actor.kind in kinds), None)

    def named_before(self, token: Token, back: int = BACK) -> list[Actor]:
        """The actor of each name mention from `back` sentences before the token's up to the token, in
        text order."""
        sentence = sentence_index_at(self.sentences, token.idx)
        return [
            actor
            for mention in self._mentions_before(token.idx)
            if mention.sentence >= sentence - back and (actor := self.table.actor_of(mention)) is not None
        ]

    # helpers ------------------------------------------------------------------------------------------------

    def _people(self) -> list[Actor]:
        return [a for a in self.table.actors if a.kind == "person"]

    def _countries_of(self, actor: Actor) -> set[str]:
        """Countries a person's roles or name neighbours point to ("Russian President", "Spain's Moya")."""
        found = set()
        countries = demonym_countries()
        names = {c["name"].lower(): c["name"] for c in gazetteer()["countries"]}
        for word in _role_words(actor):
            if word in countries:
                found.add(countries[word])
            if word in names:
                found.add(names[word])
        for mention, _ in self._mentions_of(actor):
            span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None:
                continue
            for child in span.root.subtree:  # "Spain's Moya", "US President Joe Biden" ("US" on "President")
                if child.i >= span.start or child.dep_ not in {"poss", "compound", "amod"}:
                    continue
                other = self.table.actor_for(child)
                if other is not None and other.kind == "country":
                    found.add(other.name)
                elif child.ent_type_ == "GPE" and _country_word(child.lower_) is not None:
                    found.add(_country_word(child.lower_))
        return found

    def _mentions_of(self, actor: Actor) -> list[tuple[Mention, Actor]]:
        return [(m, a) for m, a in self.table.resolved() if a.name == actor.name]

    def _mentions_before(self, char: int) -> list[Mention]:
        return self._by_end[: bisect.bisect_right(self._ends, char)]

    def _nearest(self, candidates: list[Actor], token: Token, before_only: bool = False) -> Actor | None:
        """The candidate named last before the token; else (unless `before_only`) the one named most."""
        if not candidates:
            return None
        names = {a.name for a in candidates}
        for mention in reversed(self._mentions_before(token.idx)):
            actor = self.table.actor_of(mention)
            if actor is not None and actor.name in names:
                return actor
        if before_only:
            return None
        ranked = sorted(candidates, key=lambda a: -a.mentions)
        return ranked[0] if len(ranked) == 1 or ranked[0].mentions > ranked[1].mentions else None


def _apposed_person(subject: Token) -> Token:
    """The name set beside a described subject ("The party's leader, Ann Lee, confirmed …": Lee), else the
    subject."""
    if subject.ent_type_ == "PERSON":
        return subject
    return next((c for c in subject.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), subject)


def apposed_actor(apposed: Token, table: ActorTable) -> Actor | None:
    """The person or body an apposition names: its head ("Her husband, Richard Roe,"), or the one name
    compounded on it where the parser made a title or a post-nominal of the name the head ("The judge, Mr
    Recorder Tom Lee QC, told him …": Tom Lee); not a name further inside ("a knife from Sakai")."""
    actor = table.actor_for(apposed)
    if actor is not None:
        return actor if actor.kind in {"person", "organisation"} else None
    if apposed.pos_ != "PROPN":
        return None
    inside = {
        found.name: found
        for t in _compounded(apposed)
        if t.ent_type_ in {"PERSON", "ORG"}
        and (found := table.actor_for(t)) is not None
        and found.kind in {"person", "organisation"}
    }
    return next(iter(inside.values())) if len(inside) == 1 else None


def can_describe(description: Token, actor: Actor) -> bool:
    """Whether a noun can stand for the person or body named beside it: one of its three most frequent senses
    is a person ("the judge, Tom Lee") or a body of people ("the firm, Acme Ltd"). A line run into the next
    sentence puts a name after any noun ("react to the verdict Ann Lee reported", "has a disease Tom Lee,
    chief executive of ..."): a verdict or a disease is no one's description."""
    wanted = "r" if actor.kind == "person" else "g"
    return wanted in senses(description.lemma_.lower())[:3]


def _compounded(head: Token) -> list[Token]:
    """The words compounded on a head, and on those, in turn ("Mr Recorder Tom Lee" of "QC")."""
    found = []
    for child in head.children:
        if child.dep_ == "compound":
            found += [child, *_compounded(child)]
    return found


def holder_named_after(office: Token, table: ActorTable) -> Actor | None:
    """The person an office's own phrase runs into, which the parser made the object of its "for" or "of":
    "minister for housing Ann Dale", "secretary for health Tom Reid" (a lower-case word of the office glued
    to the name); not "the lawyer for Paul Grant" or "a spokesman for Prime Minister Tony Blair", where the
    name is whom the office serves."""
    if office.pos_ != "NOUN" or "r" not in senses(office.lemma_.lower())[:2]:
        return None
    for prep in (c for c in office.children if c.dep_ == "prep" and c.lower_ in {"for", "of"}):
        name = next((c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ == "PERSON"), None)
        if name is None or name.i != office.right_edge.i:
            continue
        glued = [
            c
            for c in name.children
            if c.dep_ == "compound" and c.is_lower and c.pos_ in {"NOUN", "PROPN", "VERB"}
        ]
        actor = table.actor_for(name)
        if glued and actor is not None and actor.kind == "person":
            return actor
    return None


def aged(token: Token) -> bool:
    """ "the 20-year-old", "the 14-year-old": a person named by age ("old" after "year" and a number)."""
    return age_of(token) is not None


def age_of(token: Token) -> str | None:
    """The number of a person named by age ("14" of "the 14-year-old"), else None."""
    if token.lower_ != "old":
        return None
    year = next((c for c in token.children if c.lower_ in {"year", "years"}), None)
    return next((c.text for c in year.children if c.like_num), None) if year is not None else None


def _name_just_before(number: Token) -> Token | None:
    """The person's name a number is set beside as an age: "Jamie Roe, 14," or "Jamie Roe (left), 14,"
    (only commas and a bracketed aside between; a number followed by a unit or a noun is no age)."""
    doc = number.doc
    after = doc[number.i + 1] if number.i + 1 < len(doc) else None
    if after is None or not (after.is_punct and after.text in {",", ".", ")", ";"}):
        return None
    at, bracket = number.i - 1, False
    while at >= 0 and number.i - at <= 6:
        word = doc[at]
        if word.text == ")":
            bracket = True
        elif word.text == "(":
            bracket = False
        elif not bracket and word.text != ",":
            return word if word.ent_type_ == "PERSON" else None
        at -= 1
    return None


def _passive(verb: Token) -> bool:
    return any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)


def _agent_object(verb: Token) -> Token | None:
    """X of a passive's "by X"."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None


def _on_behalf_of(verb: Token) -> Token | None:
    """Y of "carried out by X on behalf of Y": whose work it is."""
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        if prep.lower_ == "on":
            behalf = next((c for c in prep.children if c.dep_ == "pobj" and c.lower_ == "behalf"), None)
            of = next((c for c in behalf.children if c.lower_ == "of"), None) if behalf is not None else None
            found = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            if found is not None:
                return found
    return None


def _quoted_words(sentence: Span, quoted: set[int]) -> bool:
    """A sentence of quoted words: it opens inside a quotation, or speaks in the first person ("I want
    justice for him." in a quotation that runs on)."""
    first = next((t for t in sentence if not t.is_quote and not t.is_space), sentence[0])
    return first.i in quoted or any(_first_person(t) and t.pos_ == "PRON" for t in sentence)


def quoted_tokens(doc: Doc) -> set[int]:
    """The indexes of the tokens that lie inside quotation marks. A mark after a space opens, one before a
    space or a stop closes, one glued on both sides (paragraphs run together, '… said Ann."But …') turns
    what is open; a new paragraph closes what is open; an apostrophe is no mark."""
    inside, open_ = set(), False
    for t in doc:
        if "\n" in t.text or "\n" in t.whitespace_:
            open_ = False
            continue
        if t.is_quote and t.tag_ != "POS" and not _apostrophe(t):
            after_space = t.i == 0 or bool(doc[t.i - 1].whitespace_) or doc[t.i - 1].is_space
            before_space = bool(t.whitespace_) or t.i + 1 == len(doc) or doc[t.i + 1].is_punct
            open_ = after_space or (not before_space and not open_)
        elif open_:
            inside.add(t.i)
    return inside


def _apostrophe(token: Token) -> bool:
    """ "’" or "'" ending a plural possessive ("the residents’ leader")."""
    doc = token.doc
    plural = token.i > 0 and doc[token.i - 1].lower_.endswith("s") and not doc[token.i - 1].whitespace_
    return token.text in {"’", "'"} and plural and bool(token.whitespace_)


def _attributes(verb: Token, speaker: Token) -> bool:
    """Whether a speech verb attributes the quoted words just before it: nothing but its speaker and
    punctuation between the closing mark and the verb ('"…," said Snoussi', '"…," the Argentine told …')."""
    doc = verb.doc
    between = []
    for t in reversed(doc[verb.sent.start : verb.i]):
        if t.is_quote:
            return all(b.is_punct or b.i in {s.i for s in speaker.subtree} for b in between)
        between.append(t)
    return False


def _attributing(sentence: Span, token: Token) -> Token | None:
    """Who a speech verb right after a closing quotation mark names ('…," Mr Lee said in a post'), not a
    speaker of other words later in the sentence ('…." Ann Lee, who told a paper that …')."""
    for verb in sentence:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in SPEECH_VERBS or infinitive(verb):
            continue
        who = speaker_of(verb)
        if who is not None and who.i != token.i and _may_speak(who) and _attributes(verb, who):
            return who
    return None


def _introduces(verb: Token) -> bool:
    """A speech verb followed by a colon introduces quoted words ("Mrs Lee said: …"), whatever the quote marks
    before it seemed to leave open (paragraphs run together lose their marks)."""
    after = verb.i + 1
    return after < len(verb.doc) and verb.doc[after].text == ":"


def _may_speak(who: Token) -> bool:
    """A speaker of quoted words: not "I" or "we", not "my dad", not a thing ("It tells us …") unless it
    follows the quotation it says ('"…," it said')."""
    if _first_person(who) or not can_speak(who):
        return False
    if any(c.dep_ == "poss" and _first_person(c) for c in who.children):  # "my dad said"
        return False
    thing = who.lower_ in {"it", "this", "that"}
    return not thing or (who.i > who.sent.start and who.doc[who.i - 1].is_quote)


def _first_person(token: Token) -> bool:
    """ "I", "we", "my" … (also with a quote mark glued to it: '"We')."""
    return (token.lower_.lstrip("\"“‘'`") or token.lower_) in FIRST_PERSON


def pronoun_sex(word: str) -> str | None:
    """ "f" for she/her/hers/herself, "m" for he/him/his/himself, else None."""
    return "f" if word in FEMALE_PRONOUNS else "m" if word in PERSON_PRONOUNS else None


def titled_sexes(doc: Doc, table: ActorTable, actor: Actor) -> set[str]:
    """The sexes the article's courtesy titles give an actor ("Ms Lee": {"f"}), from the word before each of
    its mentions; two when the titles disagree, none when it has no title."""
    seen: set[str] = set()
    for mention in table.mentions:
        if table.actor_of(mention) != actor:
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None and span.start > 0:
            title = doc[span.start - 1].lower_.rstrip(".")
            seen |= {"f"} if title in FEMALE_TITLES else {"m"} if title in MALE_TITLES else set()
    return seen


def person_sexes(doc: Doc, table: ActorTable, actor: Actor) -> set[str]:
    """The sexes the article gives a person: a title before one of its mentions ("Ms Lee", "Queen Ann"), or
    a sexed word heading one of its roles ("first lady", "Tom Lee's wife", "Duke of Kent"); two when they
    disagree, none when the article states none (first names are not read)."""
    return titled_sexes(doc, table, actor) | role_sexes(actor.roles)


def subject_above(token: Token) -> Token | None:
    """The first subject, not a pronoun, of a clause above the token ("Putin said he …": Putin)."""
    node = token.head
    while node.head.i != node.i:
        node = node.head
        subject = next((c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None and subject.pos_ != "PRON" and not subject.is_ancestor(token):
            return subject
    return None


def _wording(token: Token) -> str:
    """A description as the article writes it, without its article: "Russian leader", "society's lawyer"."""
    return " ".join(t.text for t in token.subtree if t.dep_ != "det" and t.i <= token.i and not t.is_punct)


def _described_as(token: Token) -> tuple[str, ...]:
    """The words a description is written with before its head, in lower case, without articles: ("society",
    "'s", "lawyer") for "The society's lawyer"."""
    before = [t for t in token.subtree if t.i <= token.i and not t.is_punct]
    return tuple(t.lower_ for t in before if t.lower_ not in {"the", "a", "an"})


def _definite(token: Token) -> bool:
    """ "the firm", "this company", "Her Majesty"; not "a firm" or a bare plural. A capitalised title with
    no determiner and no name after it is definite too ("Prime Minister also presented …")."""
    dets = [c for c in token.children if c.dep_ in {"det", "poss"}]
    if not dets and _bare_title(token):
        return True
    return any(
        d.lower_ in DETERMINERS
        or (d.dep_ == "poss" and (token.lemma_.lower() in HONORIFICS or _definite_owner(d)))
        for d in dets
    )


def _definite_owner(owner: Token) -> bool:
    """An owner that makes a description definite: a name ("United's manager") or a definite noun ("the
    club's head coach"); not a pronoun ("his lawyer") or "a firm's"."""
    if owner.pos_ == "PROPN":
        return True
    return owner.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in DETERMINERS for c in owner.children)


def _bare_title(token: Token) -> bool:
    """ "Prime Minister", "President" standing alone for the office holder: a capitalised title, not at the
    start of a sentence, with no name right after it."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return (
        token.lower_ in TITLES
        and token.text[:1].isupper()
        and not token.is_sent_start
        and (after is None or after.ent_type_ != "PERSON")
        and token.dep_ in {"nsubj", "nsubjpass", "dobj", "dative", "pobj"}
    )


def held_office(actor: Actor) -> bool:
    """Whether the article gives a person an office or a job: a role beyond a form of address or a rank of
    nobility ("Lady Wolffe", "Sir Tom Lee" hold none the article states; "Judge Lee", "Mayor Ann Roe" do)."""
    return any(set(role_words(role.lower().replace(".", ""))) - ADDRESSES for role in actor.roles)


def _role_words(actor: Actor) -> set[str]:
    return {w.lower().strip(".,") for role in actor.roles for w in role_words(role.replace("-", " "))}


def _modifiers_fit(modifiers: list[str], actor: Actor, countries: set[str] = frozenset()) -> bool:
    """ "the Kremlin spokesman" fits "Kremlin spokesman Dmitry Peskov"; adjectives like "veteran" fit any;
    a country word fits a person the article ties to that country ("the US president" for "US President Joe
    Biden", where the tagger kept "US" out of the role).

    A role with an office qualifier the description lacks is another office: "the chancellor" is not the
    "shadow chancellor", "the president" not the "vice president"."""
    roles = _role_words(actor)
    lower = [m.lower() for m in modifiers]
    named = [m.lower() for m in modifiers if m.lower() in demonym_countries() or m[:1].isupper()]
    qualified = (roles & OFFICE_QUALIFIERS) - set(lower)
    return all(m in roles or _country_word(m) in countries for m in named) and not qualified


def _country_word(word: str) -> str | None:
    """The country a lower-case demonym, name or alias stands for ("us", "american", "china")."""
    if word in demonym_countries():
        return demonym_countries()[word]
    return country_aliases().get(word)


@functools.cache
def country_aliases() -> dict[str, str]:
    """Lower-case country names and aliases ("us", "u.s.", "china") to the country's canonical name."""
    table = {}
    for country in gazetteer()["countries"]:
        for name in [country["name"], *country.get("aliases", [])]:
            table[name.lower()] = country["name"]
    return table


def _named_countries(name: str) -> set[str]:
    """The countries the words of a name say ("Russian Federal Space Agency": Russia)."""
    return {c for w in _words(name) if (c := _country_word(w)) is not None}


def _set_off_by(document: Token) -> list[Token]:
    """An author set off by commas between a document and its verb, which the parser hangs on the verb: "The
    report, by the National Audit Office, warns …"."""
    verb = document.head
    if document.dep_ not in {"nsubj", "nsubjpass"} or verb.pos_ not in {"VERB", "AUX"}:
        return []
    return [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "by" and document.i < c.i < verb.i]


@functools.cache
def _public_bodies() -> frozenset[str]:
    """The names and aliases of the gazetteer's organisations (states' offices, international and public
    bodies), lower case."""
    entries = gazetteer()["organisations"]
    return frozenset(n.lower() for e in entries for n in [e["name"], *e.get("aliases", ())])


def _public_body(actor: Actor) -> bool:
    """A public body, not a business: a gazetteer organisation ("FBI", "European Commission") or a name with a
    word of one ("Serious Fraud Office", "Food Standards Agency", "Metropolitan Police")."""
    names = [actor.name, *actor.aliases]
    return any(n.lower() in _public_bodies() or _words(n) & PUBLIC_BODY_WORDS for n in names)


def _words(name: str) -> set[str]:
    return {w.lower() for w in name.replace("-", " ").split()}


def _plural(word: str) -> str:
    return (
        word + "es"
        if word.endswith(("s", "x", "ch", "sh"))
        else word[:-1] + "ies"
        if word.endswith("y")
        else word + "s"
    )


def _unique(actors: Iterable[Actor]) -> Actor | None:
    found = list(actors)
    return found[0] if len(found) == 1 else None


def described(resolver: Resolver) -> list[tuple[Token, Reference]]:
    """Every description in the text that resolves to a named actor ("the Russian leader" → Putin)."""
    found = []
    for token in resolver.doc:
        described = token.ent_type_ in {"", "NORP"} or token.lower_ in HONORIFICS  # not names themselves
        if token.pos_ in {"NOUN", "PROPN"} and described and _definite(token) and not _titles_a_name(token):
            reference = resolver.resolve(token)
            if reference is not None and reference.how == "description":
                found.append((token, reference))
    return found


def _titles_a_name(token: Token) -> bool:
    """ "The former Deputy Prime Minister John Prescott": a title written before the name it belongs to,
    no description of another actor."""
    return token.dep_ in {"compound", "nmod"} and token.head.ent_type_ == "PERSON" and token.head.i > token.i


def with_descriptions(
    actors: tuple[Actor, ...],
    references: list[tuple[Token, Reference]],
    evidence: Callable[[Token], Evidence],
) -> tuple[Actor, ...]:
    """Actors with what their descriptions add: a mention and its sentence each, and for a person the wording
    as a role ("Russian leader"), so the actor's page says how the articles refer to them."""
    extra: dict[str, list[tuple[Token, Reference]]] = {}
    for token, reference in references:
        extra.setdefault(reference.actor.name, []).append((token, reference))
    updated = []
    for actor in actors:
        more = extra.get(actor.name, [])
        if not more:
            updated.append(actor)
            continue
        cited = {e.sentence for e in actor.evidence}
        new_evidence = [e for e in (evidence(t) for t, _ in more) if e.sentence not in cited]
        roles = actor.roles
        if actor.kind == "person":
            roles = tuple(dict.fromkeys([*actor.roles, *(r.wording for _, r in more)]))
        updated.append(
            dataclasses.replace(
                actor,
                mentions=actor.mentions + len(more),
                roles=roles,
                evidence=tuple(sorted({*actor.evidence, *new_evidence}, key=lambda e: e.sentence)),
            )
        )
    return tuple(updated)

"""Who holds a concern: the named actor, a resolved pronoun, or the noun phrase (named in one place).

`holders` is the single entry point; descriptions ("the airline", "the prime minister") are resolved by the
document-level actor resolution shared with gifts (builder.extract.actors.resolve).
"""

from __future__ import annotations

from spacy.tokens import Token

from builder.core.model import UNATTRIBUTED, Actor
from builder.extract import Analysis
from builder.extract.actors.resolve import (
    FEMALE_TITLES,
    MALE_TITLES,
    aged,
    apposed_actor,
    demonym_countries,
    holder_named_after,
    pronoun_sex,
    titled_sexes,
)
from builder.extract.actors.speech import (
    DOCUMENTS,
    NOT_SPEAKERS,
    QUOTING_VERBS,
    SPEAKER_SUFFIXES,
    SPEECH_VERBS,
    TIMES,
    VIEW_VERBS,
    can_speak,
    quoted_as,
    speaker_nouns,
    speaker_of,
)
from builder.extract.phrasing import noun_phrase, words
from builder.nlp.names import senses

PERSONAL = {"he", "she", "him", "her"}
FIRST_PERSON = {"i", "we", "me", "us", "my", "our"}  # the one set of concerns/ (__init__, topics)
GROUP = {"it", "they"}
ARTICLES = {"the", "a", "an"}
MAX_HOLDER_WORDS = 8
QUOTE_MARKS = ("“", '"', "‘", "``", "'")
LOOK_BACK = 4  # sentences searched for the speaker a pronoun stands for
SUBJECTS = {"nsubj", "nsubjpass"}
SAYING = SPEECH_VERBS | VIEW_VERBS  # who speaks a quotation or holds a view
# Words that stand for some members of a group named after "of": "one of the victims", "a chorus of leaders".
PART_WORDS = {
    "one", "some", "many", "most", "several", "all", "few", "both", "two", "three", "dozens", "hundreds",
    "thousands", "number", "majority", "chorus", "host", "handful", "string", "raft", "minority", "group",
}  # fmt: skip
QUANTIFIERS = {"some", "many", "several", "few", "most", "other", "more", "thousands", "hundreds", "dozens"}
BODY_WORDS = {"opposition"}  # a body whose first senses WordNet gives as something else
RELATIVE_TAGS = {"WP", "WDT"}
RELATIVES = {"which", "whom", "that"}  # a relative the parser made the determiner of its clause's subject
# Pronouns naming a part of a group: "others", "many in the industry" (shown as written, not unattributed).
GROUP_PRONOUNS = {"others", "many", "some", "several", "most", "few"}
GROUP_PLACES = {"in", "within", "among", "amongst", "across", "inside", "at"}
# Verbs whose subject meets a worry, warning or criticism that others hold, or causes it: "the minister
# faced criticism", "the firm dismissed concerns", "the crew ignored warnings", "the plan caused alarm". Their
# subject is not who holds it.
ANSWERING_VERBS = {
    "face", "receive", "attract", "draw", "invite", "dismiss", "reject", "ignore", "heed", "disregard",
    "defy", "address", "allay", "ease", "assuage", "calm", "answer", "rebuff", "rebut", "deflect", "counter",
    "brush", "shrug", "downplay", "weather", "survive", "withstand", "fend", "hear", "investigate",
    "examine", "acknowledge", "understand", "escape", "cause", "spark", "prompt", "provoke", "trigger",
    "fuel", "stoke",
}  # fmt: skip
FEMALE_WORDS = {"wife", "mother", "daughter", "sister", "girl", "queen", "actress", "widow", "aunt", "niece"}
MALE_WORDS = {"husband", "father", "son", "brother", "boy", "king", "widower", "uncle", "nephew"}
# Nouns for a set of people by their number ("the pair", "the couple"): the named people it stands for.
NUMBERED_GROUPS = {"pair": 2, "couple": 2, "duo": 2, "twins": 2, "trio": 3}
GROUP_BACK = 2  # sentences "the pair" looks back for the people it stands for


def answers(verb: Token) -> bool:
    """Whether a verb's subject meets or causes the worry or criticism that is its object ("faced criticism",
    "dismissed concerns", "ignored warnings"), rather than holding it."""
    return verb.lemma_.lower() in ANSWERING_VERBS


def word(token: Token) -> str:
    """A token in lower case without a quote mark glued to it ('"He' where a quotation opens the sentence)."""
    return token.lower_.lstrip("\"“‘'`") or token.lower_


def holders(head: Token | None, analysis: Analysis) -> list[str]:
    """Who holds a concern, one name per conjoined holder: the named actor, else the noun phrase, else
    `unattributed`."""
    if head is None:
        return [UNATTRIBUTED]
    head = _members(head) or _numbered_group(head, analysis) or head
    names = [name for member in _conjuncts(head) if (name := _name(member, analysis))]
    return list(dict.fromkeys(names)) or [UNATTRIBUTED]


def _members(token: Token) -> Token | None:
    """The group a part or a collective stands for: "one of the alleged victims", "some of the judges", "a
    chorus of leaders and charities" (whose conjuncts are then holders too)."""
    if word(token) not in PART_WORDS or token.ent_type_ not in {"", "CARDINAL"}:
        return None
    of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    group = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return group if group is not None and group.pos_ in {"NOUN", "PROPN"} else None


def _numbered_group(token: Token, analysis: Analysis) -> Token | None:
    """The people "the pair", "the couple" or "the trio" stand for: the nearest named people joined by "and"
    in as many as the noun says, in its sentence before it or the two before ("Ann Lee and Bob Smith fled
    … the pair are scared …"); their first name, whose conjuncts are then holders too."""
    wanted = NUMBERED_GROUPS.get(token.lemma_.lower())
    if wanted is None or not any(c.dep_ == "det" and c.lower_ in {"the", "this"} for c in token.children):
        return None
    found = None
    for candidate in token.doc[_sentence_start(token, GROUP_BACK) : token.i]:
        if candidate.dep_ == "conj" or not _named_person(candidate, analysis):
            continue
        people = [candidate, *(c for c in candidate.conjuncts if _named_person(c, analysis))]
        if len(people) == wanted == len(candidate.conjuncts) + 1:
            found = candidate
    return found


def _named_person(token: Token, analysis: Analysis) -> bool:
    """The last word of a person's name the article gives ("Lee" of "Ann Lee")."""
    if token.ent_type_ != "PERSON" or token.dep_ == "compound":
        return False
    actor = analysis.actors.actor_for(token)
    return actor is not None and actor.kind == "person"


def _conjuncts(head: Token) -> list[Token]:
    """The holder and those joined to it, also through a repeated preposition ("by the unions and by
    councillors")."""
    members = {head.i, *(c.i for c in head.conjuncts)}
    joined = [t for t in head.subtree if t.dep_ == "conj" and t.head.i in members]
    if head.dep_ == "pobj" and head.head.pos_ == "ADP":
        preps = [p for p in head.head.conjuncts if p.pos_ == "ADP" and p.lower_ == head.head.lower_]
        joined += [o for p in preps for o in p.children if o.dep_ == "pobj"]
    return [head, *joined]


def _name(token: Token, analysis: Analysis) -> str | None:
    """An actor's name, a resolved pronoun, or the noun phrase without its article."""
    if word(token) in GROUP_PRONOUNS and token.pos_ in {"PRON", "ADJ", "NOUN", "DET"}:
        return _group(token)  # "Others criticised …", "many in the fishing industry argue …"
    if _some_of_a_people(token):
        return _phrase(token)  # "Some Russians protested …": people of a country, not its state
    person = _nationality_noun(token, analysis)
    if person is not None:
        return person  # "The Scot admitted …", "the Argentine told …": the person, not the country
    actor = analysis.actors.actor_for(token)
    if actor is not None:
        return actor.name
    actor = _named_by_text(token, analysis)
    if actor is not None:
        return actor.name
    apposed = _apposed(token, analysis)
    if apposed is not None:
        return apposed.name  # "Her husband, Richard Roe, criticised …" → Richard Roe
    antecedent = token.head.head if token.head.dep_ == "relcl" else None
    if token.tag_ in RELATIVE_TAGS and antecedent is not None and antecedent.pos_ in {"NOUN", "PROPN"}:
        return _name(antecedent, analysis)  # "Ann Lee, a doctor who believes …": the doctor
    described = analysis.resolver.resolve(token) if token.pos_ in {"NOUN", "PROPN", "ADJ"} else None
    if described is not None and described.how == "description":
        return described.actor.name  # "the airline" → "Continental Airlines", "the prime minister" → Blair
    written = analysis.resolver.author(token)
    if written is not None:
        return written.actor.name  # "the Sutton Trust's report says", "the report" → Sutton Trust
    if token.tag_ == "PRP$" and (owner := _owner_subject(token, analysis)) is not None:
        return _name(owner, analysis)  # "Residents voiced their fears", "for critics to air their anger"
    if word(token) in GROUP and (above := _governing_body(token, analysis)) is not None:
        return _name(above, analysis)  # "The agency said it rejected the review, which it was dismayed by"
    if word(token) in PERSONAL | FIRST_PERSON | GROUP:
        found = reporter_of(token) or _speaker_before(token, analysis)
        if found is None and word(token) in PERSONAL:  # no speaker before: the person named last
            resolved = analysis.resolver.resolve(token)
            return resolved.actor.name if resolved is not None else None
        return _name(found, analysis) if found is not None else None
    if token.pos_ == "PRON":
        return None
    if (group := _numbered_group(token, analysis)) is not None:  # "The pair said they …": reached by "they"
        return " and ".join(n for member in _conjuncts(group) if (n := _name(member, analysis))) or None
    if aged(token):  # "the 20-year-old", whom the article does not name
        return words([t for t in token.subtree if t.i <= token.i and t.dep_ != "det"]) or None
    if token.lemma_.lower() in NUMBERED_GROUPS:  # "the pair", whom the article does not name together
        return _phrase(token)
    if not can_speak(token) and not _body(token, False):
        # "Lord Goldsmith's admission suggested …": whose admission, if named before it or after "of"; not a
        # name further on in the phrase ("the jet, from a contingent sent in support of President X")
        inner = next((t for t in _owner_words(token) if t.ent_type_ in {"PERSON", "ORG"}), None)
        actor = analysis.actors.actor_for(inner) if inner is not None else None
        return actor.name if actor is not None else None
    if (earlier := _said_before(token, analysis)) is not None:
        return _name(earlier, analysis)  # "her spokesman told reporters … the spokesman said": hers
    return _owned_phrase(token, analysis) or _phrase(token)


def _said_before(noun: Token, analysis: Analysis) -> Token | None:
    """The nearest earlier mention of the same noun that says whose or which it is, for a bare "the
    spokesman", "the panel" the resolver links to no named actor: "her spokesman told reporters … the
    spokesman said" (hers), "The panel of experts monitoring sanctions said … The panel said"; none further
    back than a few sentences, and none for a noun with words of its own ("the Labour spokesman")."""
    own = [c for c in noun.children if not c.is_punct]
    if noun.tag_ != "NN" or not own or any(c.dep_ != "det" or c.lower_ not in {"the", "this"} for c in own):
        return None
    lemma = noun.lemma_.lower()
    if lemma in DOCUMENTS:
        return None  # "the memo": its author is the resolver's to say ("seen by" a paper: not the paper's)
    for earlier in reversed(noun.doc[_sentence_start(noun, LOOK_BACK) : noun.sent.start]):
        if earlier.lemma_.lower() != lemma or earlier.pos_ != "NOUN" or earlier.tag_ != "NN":
            continue
        says = [c for c in earlier.children if c.dep_ in {"poss", "compound", "amod", "prep", "nmod"}]
        return earlier if says else None
    return None


def _owner_words(token: Token) -> list[Token]:
    """The words of a noun phrase that may name whose it is: those before the noun ("Lord Goldsmith's
    admission", "a Treasury memo") and its "of" or "by" phrase ("the admission of Lord Goldsmith")."""
    before = [t for t in token.subtree if t.i < token.i]
    owners = [c for c in token.children if c.dep_ in {"prep", "agent"} and c.lower_ in {"of", "by"}]
    return before + [t for prep in owners for t in prep.subtree]


def _group(pronoun: Token) -> str | None:
    """A group a pronoun names by a part of it: "Others criticised …", "many in the fishing industry argue",
    "some within the party warned" (the pronoun and where they are, as written); None for a bare "some" or
    "many", which names nobody."""
    if word(pronoun) not in GROUP_PRONOUNS:
        return None
    where = [c for c in pronoun.children if c.dep_ == "prep" and c.lower_ in GROUP_PLACES]
    if not where and word(pronoun) != "others":
        return None
    return _phrase(pronoun)


def _owner_subject(possessive: Token, analysis: Analysis) -> Token | None:
    """Whose "their", "its", "his" or "her" worry it is where the owned noun is the object of a verb: that
    verb's subject ("Residents voiced their fears", "for the tenants to air their anger at the rent"),
    not one that meets it ("the firm dismissed their concerns") or a pronoun (the older rules decide)."""
    noun = possessive.head
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or answers(verb):
        return None
    subject = speaker_of(verb)
    if subject is None or subject.pos_ not in {"NOUN", "PROPN"} or subject.ent_type_ in TIMES:
        return None
    many = subject.tag_ in {"NNS", "NNPS"}
    person = _person_like(subject, analysis)
    fits = {
        "their": many or _organisation_like(subject, analysis),
        "its": not many and not person and can_speak(subject),
        "his": person and _agrees(subject, possessive, analysis),
        "her": person and _agrees(subject, possessive, analysis),
    }
    return subject if fits.get(word(possessive), False) else None


def _governing_body(pronoun: Token, analysis: Analysis) -> Token | None:
    """The body an "it" or "they" stands for as the nearest subject of a clause above it that names one:
    "The agency said it rejected the review, which it was dismayed by" is the agency (the clauses above:
    "rejected", whose subject is "it" again, then "said")."""
    many = word(pronoun) == "they"
    node = pronoun.head
    while node.head.i != node.i:
        if node.dep_ in {"parataxis", "appos"}:
            return None  # '"…," it said, the reports were …': "it" is who says, not one said of
        node = node.head
        subject = next((c for c in node.children if c.dep_ in SUBJECTS), None) or quoted_as(node)
        if subject is not None and subject.pos_ != "PRON" and not subject.is_ancestor(pronoun):
            body = _organisation_like(subject, analysis, many) or _body(subject, many)
            return subject if body and can_speak(subject) else None
    return None


def _owned_phrase(token: Token, analysis: Analysis) -> str | None:
    """A holder written with its owner where the article says whose in a pronoun: "its auditor" → "Health
    Ministry's auditor", "Brook Park, whose fans …" → "Brook Park's fans"."""
    owner = next((c for c in token.children if c.dep_ == "poss" and c.tag_ in {"PRP$", "WP$"}), None)
    if owner is None:
        return None
    if owner.tag_ == "WP$":  # "whose": the noun the relative clause hangs on
        clause = token.head if token.head.dep_ == "relcl" else None
        antecedent = clause.head if clause is not None else None
        if antecedent is None or antecedent.pos_ not in {"NOUN", "PROPN"}:
            return None
        actor = analysis.actors.actor_for(antecedent)
        name = actor.name if actor is not None else words(noun_phrase(antecedent))
    else:
        reference = analysis.resolver.resolve(owner)
        name = reference.actor.name if reference is not None else None
    rest = _phrase(token)
    if not name or not rest or not rest.lower().startswith(owner.lower_ + " "):
        return None
    return name + ("'" if name.endswith("s") else "'s") + rest[len(owner.text) :]


def _some_of_a_people(token: Token) -> bool:
    """A number or a part of a people ("some Russians", "many Greeks", "two Britons", "thousands of
    Iranians"): people of that country, whom its state does not speak for. "The Russians" (a side, a team)
    is left to the actor resolution."""
    if token.tag_ not in {"NNS", "NNPS"} or token.dep_ in {"amod", "compound"}:
        return False
    if token.ent_type_ != "NORP" and token.lower_ not in demonym_countries():
        return False
    counted = any(
        c.dep_ in {"det", "amod", "nummod"} and (c.lower_ in QUANTIFIERS or c.like_num)
        for c in token.children
    )
    of = token.head if token.dep_ == "pobj" and token.head.lower_ == "of" else None
    part = of is not None and word(of.head) in PART_WORDS
    return counted or part


def _nationality_noun(token: Token, analysis: Analysis) -> str | None:
    """The person a nationality used as a noun stands for ("the Scot", "the Argentine"), as the actor
    resolution finds them; None for a nationality as an adjective or a people ("the Scots")."""
    nationality = token.ent_type_ == "NORP" or token.lower_ in demonym_countries()
    if not nationality or token.dep_ in {"amod", "compound"} or token.tag_ in {"NNS", "NNPS"}:
        return None
    reference = analysis.resolver.resolve(token)
    return reference.actor.name if reference is not None and reference.how == "description" else None


def _apposed(token: Token, analysis: Analysis) -> Actor | None:
    """The named actor a description stands beside: "Her husband, Richard Roe," (the name in apposition) or
    "Ann Lee, a doctor and writer who …" (the description in apposition to the name)."""
    for child in token.children:
        actor = apposed_actor(child, analysis.actors) if child.dep_ == "appos" else None
        if actor is not None:
            return actor
    if (holder := holder_named_after(token, analysis.actors)) is not None:
        return holder  # "the Tory minister for housing Ann Dale": the name the office's phrase runs into
    node = token
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    actor = analysis.actors.actor_for(node.head) if node.dep_ == "appos" else None
    return actor if actor is not None and actor.kind in {"person", "organisation"} else None


def _named_by_text(token: Token, analysis: Analysis) -> Actor | None:
    """A capitalised word the model did not tag that is exactly an actor's name or alias: "Labour, of course,
    claim …" (parsed as the common noun "labour")."""
    if not token.is_title or token.dep_ == "compound" or token.pos_ not in {"NOUN", "PROPN"}:
        return None
    found = [a for a in analysis.actors.actors if token.text == a.name or token.text in a.aliases]
    return found[0] if len(found) == 1 else None


def _phrase(token: Token) -> str | None:
    apart = [c for c in token.children if c.dep_ in {"conj", "cc"} or _saying(c) or _relayed(c)]
    others = {t.i for c in apart for t in c.subtree}
    if any(c.lower_ in RELATIVES for c in token.children if c.i < token.i):  # "which activists accused of …"
        others |= {t.i for c in token.children if c.dep_ == "acl" or c.lower_ in RELATIVES for t in c.subtree}
    phrase = [t for t in noun_phrase(token) if t.i not in others]
    while phrase and phrase[0].lower_ in ARTICLES:
        phrase = phrase[1:]
    return words(_cut(phrase)) or None


def _saying(child: Token) -> bool:
    """A participle after the holder that says what it holds ("critics warning that …", "a report warning
    of …"): what is held, not who."""
    return (
        child.dep_ == "acl"
        and child.tag_ == "VBG"
        and any(c.dep_ in {"ccomp", "prep", "xcomp"} for c in child.children)
    )


def _relayed(child: Token) -> bool:
    """A participle saying who relays the holder's words ("analysts quoted by the paper", "officials cited by
    Reuters"): the relay, not part of who holds them."""
    return child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() in QUOTING_VERBS


def _cut(phrase: list[Token]) -> list[Token]:
    """A long holder phrase cut before its last preposition within the limit, not inside a name: "board of
    auditors reviewing city contracts across Kings-Norton" → "board of auditors reviewing city contracts"."""
    if len(phrase) <= MAX_HOLDER_WORDS and not (phrase and _name_goes_on(phrase[-1])):
        return phrase
    bounds = [n for n, t in enumerate(phrase[: MAX_HOLDER_WORDS + 1]) if n >= 2 and t.dep_ == "prep"]
    return phrase[: bounds[-1]] if bounds else phrase[:MAX_HOLDER_WORDS]


def _name_goes_on(last: Token) -> bool:
    """Whether a phrase cut short ends inside a name ("Kings" of "Kings-Norton", "Al" of "Al-Qaeda")."""
    following = last.doc[last.i + 1] if last.i + 1 < len(last.doc) else None
    if following is None or last.pos_ != "PROPN":
        return False
    return (not last.whitespace_ and following.text == "-") or following.pos_ == "PROPN"


def _speaker_before(pronoun: Token, analysis: Analysis) -> Token | None:
    """The subject a pronoun stands for: the nearest earlier speaker or named person, outside the quotation
    the pronoun closes ('"…," he said' looks before the quotation); "I" or "we" in a quotation is its
    speaker, as the actor resolution finds who speaks a quotation.

    A named person who acts after the last speaker is nearer ("Hahn said … Zaev has been releasing
    recordings. He says …" is Zaev); a person named only by role is chosen only when nobody else is."""
    if word(pronoun) in FIRST_PERSON:
        return analysis.resolver.speaker(pronoun)
    if word(pronoun) in GROUP:
        return organisation_before(pronoun, analysis)
    previous = _previous_subject(pronoun, analysis)
    if previous is not None and _person_like(previous, analysis) and _agrees(previous, pronoun, analysis):
        return previous
    sent = pronoun.sent
    limit = sent.start if sent.text.lstrip().startswith(QUOTE_MARKS) else pronoun.i
    window = pronoun.doc[_sentence_start(pronoun, LOOK_BACK) : limit]
    subjects = [
        t for t in window if t.dep_ in SUBJECTS and _agrees(t, pronoun, analysis) and not _owned_by_speaker(t)
    ]  # "My dad ran forward" is inside someone's words: not who "I" or "he" is
    speakers = [
        t for t in subjects if t.head.lemma_ in SAYING and (_person_like(t, analysis) or word(t) in PERSONAL)
    ]
    if speakers and word(speakers[-1]) in PERSONAL:  # "But he said …" before "…," he said: the same man
        return _speaker_before(speakers[-1], analysis)
    candidates = [t for t in subjects if word(t) not in PERSONAL | FIRST_PERSON and _person_like(t, analysis)]
    named = [
        t for t in candidates if analysis.actors.actor_for(t) is not None and not _inside_words(t, subjects)
    ]
    return max([*speakers, *named], key=lambda t: t.i, default=None) or (candidates or [None])[-1]


def _owned_by_speaker(subject: Token) -> bool:
    """A subject a speaker calls theirs ("my dad", "our company"): a person inside the speaker's words."""
    return any(c.dep_ == "poss" and word(c) in FIRST_PERSON for c in subject.children)


def _agrees(subject: Token, pronoun: Token, analysis: Analysis) -> bool:
    """Whether "he" or "she" can stand for a subject: not a woman for "he" ("Ms Lee", "the spokeswoman",
    "she"), not a man for "she"."""
    want = _sex_of_pronoun(pronoun)
    found = _sex_of_pronoun(subject) or _sex(subject, analysis)
    return want is None or found is None or found == want


def _sex_of_pronoun(token: Token) -> str | None:
    return pronoun_sex(word(token)) if word(token) in PERSONAL | {"his", "hers"} else None


def _sex(token: Token, analysis: Analysis) -> str | None:
    """A person's sex as the article marks it: a courtesy title before a mention, or a sexed role word."""
    if token.lower_.endswith(("woman", "women")) or token.lemma_.lower() in FEMALE_WORDS:
        return "f"
    if (token.lower_.endswith(("man", "men")) and token.pos_ == "NOUN") or token.lemma_.lower() in MALE_WORDS:
        return "m"
    actor = analysis.actors.actor_for(token)
    if actor is None:
        return None
    seen = titled_sexes(token.doc, analysis.actors, actor)
    return next(iter(seen)) if len(seen) == 1 else None


def reporter_of(pronoun: Token) -> Token | None:
    """ "The IAAF said it was concerned", "Kennedy said he feared": the subject of the report around it."""
    clause = pronoun.head
    while clause.dep_ in {"acomp", "xcomp", "attr"} and clause.head != clause:
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.lemma_ not in SAYING:
        return None
    subject = next((c for c in clause.head.children if c.dep_ == "nsubj"), None) or quoted_as(clause.head)
    speaks = subject is not None and (can_speak(subject) or _described_people(subject))
    return subject if speaks and subject.pos_ != "PRON" else None  # type: ignore[union-attr]


def _described_people(token: Token) -> bool:
    """People named by their age or number, which the speaker lexicon does not list: "the 20-year-old",
    "the pair"."""
    return aged(token) or token.lemma_.lower() in NUMBERED_GROUPS


def organisation_before(pronoun: Token, analysis: Analysis) -> Token | None:
    """What "it says" stands for: the nearest earlier subject naming an organisation or a report."""
    many = word(pronoun) == "they"
    previous = _previous_subject(pronoun, analysis)
    if previous is not None and (_organisation_like(previous, analysis, many) or _body(previous, many)):
        return previous
    sent = pronoun.sent
    limit = pronoun.i if not sent.text.lstrip().startswith(QUOTE_MARKS) else sent.start
    window = pronoun.doc[_sentence_start(pronoun, LOOK_BACK) : limit]
    said = [t for t in window if t.dep_ in SUBJECTS or _according_to(t)]
    found = [t for t in said if _organisation_like(t, analysis, many)]
    return found[-1] if found else None


def _previous_subject(pronoun: Token, analysis: Analysis) -> Token | None:
    """The subject of the sentence just before, which a pronoun opening a sentence most often continues: "A
    party spokesman attacked the budget. He said: …" is the spokesman, though another speaker spoke two
    sentences earlier; "The opposition rejects that. It accuses …" is the opposition. None where the
    pronoun is not the sentence's first subject (its own sentence names one before it), or the sentence before
    is quoted words or has a pronoun for a subject (the older rules decide)."""
    sent = pronoun.sent
    if sent.start == 0 or analysis.resolver.inside_quotation(pronoun):
        return None
    quoted = analysis.resolver.inside_quotation
    if any(t.dep_ in SUBJECTS and t.i < pronoun.i and not quoted(t) for t in sent):
        return None
    before = pronoun.doc[sent.start - 1].sent
    first = next((t for t in before if not t.is_quote and not t.is_space), before[0])
    if analysis.resolver.inside_quotation(first):
        return None
    root = before.root
    subject = speaker_of(root) if root.lemma_ in SAYING else None
    subject = subject or next((c for c in root.children if c.dep_ in SUBJECTS), None)
    if subject is None or subject.pos_ in {"PRON", "VERB"} or analysis.resolver.inside_quotation(subject):
        return None
    return _members(subject) or subject


def _body(token: Token, many: bool) -> bool:
    """A body named by an ordinary noun ("the embassy", "the panel", "the opposition") that "it" can stand
    for, or people by a plural noun ("they": "campaigners")."""
    if many:
        return token.tag_ == "NNS" and can_speak(token)
    lemma = token.lemma_.lower()
    return token.pos_ == "NOUN" and token.tag_ == "NN" and ("g" in senses(lemma)[:2] or lemma in BODY_WORDS)


def _according_to(token: Token) -> bool:
    """The source named by "according to" ("According to the opposition parties, it is a con"): who says."""
    prep = token.head
    return token.dep_ == "pobj" and prep.lower_ == "to" and prep.head.lower_ == "according"


def _organisation_like(token: Token, analysis: Analysis, many: bool = False) -> bool:
    actor = analysis.actors.actor_for(token)
    if actor is not None:
        return actor.kind in {"organisation", "country"}  # "Tunisia … the complaints it lodged"
    if many:  # "they": critics, campaigners, the unions
        return token.tag_ == "NNS" and can_speak(token)
    return token.lemma_.lower() in DOCUMENTS | {"company", "firm", "group", "party", "government", "council"}


def _person_like(token: Token, analysis: Analysis) -> bool:
    """A subject that a "he" or "she" can stand for: a named person, or a person named by role."""
    actor = analysis.actors.actor_for(token)
    if actor is not None:  # a courtesy title makes a person whatever kind the name was given ("Mr Cable")
        return (
            actor.kind == "person"
            or token.ent_type_ == "PERSON"
            or _titled(token)
            or _with_role(token)
            or bool(titled_sexes(token.doc, analysis.actors, actor))
        )
    if aged(token):
        return True  # "the 20-year-old"
    return token.pos_ == "NOUN" and can_speak(token) and token.tag_ == "NN" and token.lemma_ not in DOCUMENTS


def _inside_words(subject: Token, speakers: list[Token]) -> bool:
    """Whether a subject is inside the words of another subject the pronoun could stand for ("Marsh warned the
    accounts were less healthy than Mr Dale would like": Dale is inside Marsh's words)."""
    node = subject
    while node.head != node:
        said = node.dep_ == "ccomp" and node.head.lemma_ in SAYING
        if said and any(c.dep_ in SUBJECTS and c in speakers for c in node.head.children):
            return True
        node = node.head
    return False


def _with_role(name: Token) -> bool:
    """A name written after a person's role: "shadow chancellor Vince Cable", "spokesman Tom Reed"."""
    return any(
        t.dep_ == "compound"
        and t.is_lower  # the role word, whatever part of speech the model gave it ("chancellor")
        and t.lemma_.lower() not in DOCUMENTS
        and (t.lemma_.lower() in speaker_nouns() or t.lower_.endswith(SPEAKER_SUFFIXES))
        and t.lower_ not in NOT_SPEAKERS
        for t in name.subtree
    )


def _titled(token: Token) -> bool:
    """A name written with a courtesy title: "Mr Cable", "Baroness Morgan"."""
    first = min((c for c in token.subtree if c.dep_ == "compound"), key=lambda t: t.i, default=token)
    before = [first, token.doc[first.i - 1]] if first.i > 0 else [first]
    return any(t.lower_.rstrip(".") in FEMALE_TITLES | MALE_TITLES for t in before)


def _sentence_start(token: Token, back: int) -> int:
    """The first token of the sentence `back` sentences before the token's own."""
    sents = list(token.doc.sents)
    index = next(n for n, s in enumerate(sents) if s.start <= token.i < s.end)
    return sents[max(0, index - back)].start

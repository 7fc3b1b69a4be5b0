"""Referents anchored: a bare "the law", "the company" or "it" in a line written from one sentence (an open
question, a concern's topic) is written as what the article means by it, so the line reads alone.

A definite description with no word of its own ("the law", "the scheme", "the firm") takes the fullest
earlier mention of the same noun ("a new beverage container return scheme" → "the new beverage container
return scheme"), the one named law, event or work the noun describes ("the law" → "the Inflation Reduction
Act"), or the named actor the resolver links it to ("the airline" → "Continental Airlines"). A pronoun takes
the actor the caller is sure of. What finds nothing sure is reported as loose: the caller decides whether the
line can still be shown.
"""

from __future__ import annotations

import difflib
import functools
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from builder.core.model import Actor, Evidence
from builder.extract import Analysis
from builder.extract.actors.speech import SPEECH_VERBS
from builder.extract.evidence import evidence_at
from builder.nlp.names import senses
from builder.nlp.spacy_model import load_nlp

DEMONSTRATIVE = {"this", "that", "these", "those"}
DEFINITE = {"the"} | DEMONSTRATIVE
# words that say nothing of which one: "the new law" is still only "the law"
EMPTY_MODIFIERS = {
    "new", "latest", "same", "current", "recent", "whole", "entire", "above", "said", "full", "initial",
    "original", "previous", "former", "final", "first", "last", "next", "other", "own", "main", "big", "key",
    "only",
}  # fmt: skip
# nouns a named entity of this label may be described by ("the law" for "the Inflation Reduction Act")
NAMED_BY = {
    "LAW": {"law", "act", "bill", "legislation", "treaty", "resolution", "directive", "regulation"},
    "EVENT": {"tournament", "championship", "games", "festival", "war", "summit", "race"},
    "WORK_OF_ART": {
        "film",
        "book",
        "album",
        "song",
        "show",
        "programme",
        "program",
        "series",
        "novel",
        "play",
    },
}
# nouns whose bare definite use names no earlier thing: times, the world, the people at large
SELF_EVIDENT = {
    "time", "moment", "year", "month", "week", "day", "weekend", "today", "future", "past", "present", "end",
    "start", "beginning", "world", "public", "way", "case", "fact", "truth", "idea", "rest", "majority",
    "minority", "answer", "question", "reason", "problem", "situation", "matter", "issue", "morning",
    "evening", "night", "afternoon", "season", "era", "age", "century", "decade", "side", "point", "top",
    "bottom", "middle", "run", "long", "short", "term", "weather", "sun", "moon", "earth", "sea", "internet",
    "web", "news", "media", "press", "latter", "former", "lot", "kind", "sort", "number", "amount", "ball",
    "authorities", "police", "election", "rich", "poor", "young", "elderly", "electorate", "state",
}  # fmt: skip
# a preposition right after the noun in the line tells which one ("the team for the world championships")
TELLING_PREPS = {"of", "for", "on", "about", "over", "into", "between", "behind", "from", "against", "with"}
MONTHS = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january",
    "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
}  # fmt: skip
PERSON_WORDS = {"he", "she", "him", "her", "his"}
BODY_WORDS = {"it", "its"}
GROUP_WORDS = {"they", "them", "their"}
# "the company" and its like name a business, never a public body the resolver may have named last
TRADING = {"company", "firm", "business", "corporation", "carmaker", "retailer", "lender", "insurer", "chain"}
PUBLIC_BODIES = {
    "navy", "army", "ministry", "department", "government", "police", "council", "court", "parliament",
    "committee", "commission", "office", "force", "service", "agency", "authority", "assembly", "senate",
}  # fmt: skip
BODY_NOUNS = TRADING | {"party", "government", "group", "club", "union", "airline", "bank", "charity"}
MAX_ANTECEDENT_WORDS = 9
SPEECH_PREPS = {"on", "to", "in"}  # "told the Today programme", "said on BBC Radio 4's Today programme"
COUNTRY_NOUNS = {"country", "government", "nation"}
# country names written with "the" ("the Netherlands", "the United States")
TAKES_THE = {"united", "republic", "kingdom", "states", "netherlands", "philippines", "gambia", "bahamas"}
CORE_DEPS = {"nsubj", "nsubjpass"}
SIDE_CLAUSES = {"pcomp", "advcl", "acl", "relcl"}
# a share of a group is about the group: "most of the people", "the great majority of the bodies"
SHARES = {
    "most", "majority", "some", "many", "all", "none", "half", "number", "rest", "part", "share",
    "proportion", "minority", "few", "several", "each", "one", "two", "three", "dozens", "hundreds",
    "thousands",
}  # fmt: skip


@dataclass(frozen=True)
class Anchor:
    """One referent written out: the sentence's wording, what the line says instead, how it was found, and
    the sentence the antecedent comes from."""

    wording: str
    written: str
    how: str  # "actor", "name", "same noun" or "pronoun"
    evidence: Evidence


@dataclass(frozen=True)
class Anchored:
    """A line with its referents written out, and the wordings left that only the article explains."""

    text: str
    anchors: tuple[Anchor, ...]
    loose: tuple[str, ...]
    # the loose wordings that are who or what the line is about: the subject of its clause ("Will the
    # designation take …?", "most of the people"), not what it acts on or where ("on the field")
    core: tuple[str, ...] = ()

    @property
    def stands_alone(self) -> bool:
        return not self.loose

    @property
    def points_back(self) -> bool:
        """A "that request", "this phase" left: a pointer to something the line does not say."""
        return any(wording.split()[0] in DEMONSTRATIVE for wording in self.loose)


def anchor(
    text: str,
    sent: Span,
    analysis: Analysis,
    actor_of: Callable[[Token], Actor | None] | None = None,
) -> Anchored:
    """The line written from `sent` with each bare description (and each pronoun `actor_of` is sure of) it
    keeps written as its antecedent; the wordings nothing sure was found for are `loose`."""
    placed = _aligned(text, sent)
    edits: list[tuple[int, int, str]] = []
    anchors: list[Anchor] = []
    loose: list[str] = []
    core: list[str] = []
    done: set[str] = set()
    for token in sent:
        if token.i not in placed:
            continue
        found = _description(token, placed, analysis) if token.pos_ in {"NOUN"} else None
        if found is None and token.pos_ == "PRON" and actor_of is not None:
            found = _pronoun(token, placed, analysis, actor_of)
        if found is None:
            if (wording := loose_wording(token, placed)) is not None:
                loose.append(wording)
                core += [wording] if _core(token) else []
            continue
        start, end, written, made = found
        if made.wording.lower() in done:
            continue  # "the law … the law": named once, then the short form reads
        done.add(made.wording.lower())
        edits.append((start, end, _cased(text[start:end], written)))
        anchors.append(made)
    for start, end, written in sorted(edits, reverse=True):
        text = text[:start] + written + text[end:]
    return Anchored(text, tuple(anchors), tuple(dict.fromkeys(loose)), tuple(dict.fromkeys(core)))


def _core(token: Token) -> bool:
    """Who or what the line is about: the subject of a clause, or the noun a share of it is taken from
    ("most of the people"); not a possessive, an object, a place or an adjunct ("back on the field")."""
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in SHARES:
        token = token.head.head  # "most of the people" stands where "most" does
    if token.dep_ not in CORE_DEPS or token.head.dep_ in SIDE_CLAUSES:
        return False  # "as the kitten jumps around": a side clause's subject
    # two subjects of one verb: a list the parse broke ("the cost of repairs to the roof, the walls and …")
    return sum(c.dep_ in CORE_DEPS for c in token.head.children) == 1


def _cased(old: str, new: str) -> str:
    """The new words with the old first letter's case where the new one starts with a small word."""
    if old[:1].isupper() and new[:1].islower():
        return new[:1].upper() + new[1:]
    if old[:1].islower() and new.split(" ", 1)[0] in {"The", "A", "An"}:
        return new[:1].lower() + new[1:]
    return new


# where the sentence's tokens stand in the line ------------------------------------------------------------


def _aligned(text: str, sent: Span) -> dict[int, tuple[int, int]]:
    """Sentence token index → the character span of the same word in the line, for the words the line kept
    in order (longest matching blocks of lower-cased words, quote marks aside)."""
    line = _tokenise(text)
    ours = [t for t in sent if not t.is_space and _plain(t.text)]
    theirs = [t for t in line if _plain(t.text)]
    matcher = difflib.SequenceMatcher(
        None, [_plain(t.text) for t in ours], [_plain(t.text) for t in theirs], autojunk=False
    )
    placed = {}
    for block in matcher.get_matching_blocks():
        for k in range(block.size):
            mine, other = ours[block.a + k], theirs[block.b + k]
            placed[mine.i] = (other.idx, other.idx + len(other.text))
    return placed


def _tokenise(text: str) -> Doc:
    return load_nlp().tokenizer(text)


def _plain(word: str) -> str:
    return word.lower().strip("\"“”‘’'`")


# descriptions ---------------------------------------------------------------------------------------------


def bare_description(token: Token, kept: set[int] | None = None) -> Token | None:
    """The determiner of a definite noun phrase with no word of its own in the line ("the law", "that
    request"); None for "a law", "Seoul's law", "the law on privacy" and nouns that name no earlier thing."""
    if token.pos_ != "NOUN" or token.tag_ not in {"NN", "NNS"} or token.dep_ == "compound":
        return None
    if token.lemma_.lower() in SELF_EVIDENT or token.ent_type_:
        return None
    if any(c.dep_ in {"relcl", "acl", "appos"} for c in token.children):
        return None  # "the advice we have received", "the group, all members of …": the sentence says which
    shown = [c for c in token.children if kept is None or c.i in kept]
    det = next((c for c in shown if c.dep_ == "det" and c.lower_ in DEFINITE and c.i == token.i - 1), None)
    if det is None:
        return None
    own = [c for c in shown if c.i != det.i and not c.is_punct and c.dep_ != "cc"]
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    told = (
        following is not None and following.lower_ in TELLING_PREPS and (kept is None or following.i in kept)
    )
    return det if not (told or any(_telling(c) for c in own)) else None


def _telling(child: Token) -> bool:
    """A word that says which one: not "new" or "full"."""
    return not (child.dep_ == "amod" and child.lower_ in EMPTY_MODIFIERS) and child.dep_ not in {"conj"}


def loose_wording(token: Token, placed: dict[int, tuple[int, int]]) -> str | None:
    """The wording of a bare description or a third-person pronoun the line keeps, as the sentence has it;
    None for a pronoun whose referent the line names before it ("Chua's claim that he …")."""
    if token.pos_ == "NOUN" and (det := bare_description(token, set(placed))) is not None:
        return f"{det.lower_} {token.text}"
    if token.pos_ == "PRON" and token.lower_ in PERSON_WORDS | BODY_WORDS | GROUP_WORDS:
        return None if bound(token, set(placed)) else token.lower_
    return None


def bound(pronoun: Token, kept: set[int]) -> bool:
    """A pronoun whose referent the line itself names before it: a person's name for "he", a named body or a
    singular noun for "it", a plural noun for "they" ("government bodies … their data handling")."""
    word = pronoun.lower_
    before = [t for t in pronoun.doc[pronoun.sent.start : pronoun.i] if t.i in kept]
    if word in PERSON_WORDS:
        return any(
            t.ent_type_ == "PERSON" or (t.pos_ == "NOUN" and t.tag_ == "NN" and _personal(t)) for t in before
        )
    if word in BODY_WORDS:
        return any(t.ent_type_ in {"ORG", "GPE"} or t.tag_ == "NN" for t in before)
    return any(t.tag_ in {"NNS", "NNPS"} or t.ent_type_ in {"ORG", "GPE", "NORP"} for t in before)


def _personal(noun: Token) -> bool:
    """A noun that names a person ("the athlete", "a man")."""
    return "r" in senses(noun.lemma_.lower())[:1]


def _description(
    token: Token, placed: dict[int, tuple[int, int]], analysis: Analysis
) -> tuple[int, int, str, Anchor] | None:
    det = bare_description(token, set(placed))
    if det is None or det.i not in placed or _said_before_in(token):
        return None
    wording = f"{det.text} {token.text}"
    found = (
        _actor_described(token, analysis)
        or _sole_country(token, analysis)
        or _named_thing(token, analysis)
        or _same_noun(token, analysis)
        or _titled(token, analysis.title)
    )
    if found is None:
        return None
    written, how, source = found
    made = Anchor(wording, written, how, evidence_at(analysis.sentences, source, analysis.article_id))
    return placed[det.i][0], placed[token.i][1], written, made


def _said_before_in(token: Token) -> bool:
    """ "If a party rings …, the party may be in breach": the noun's own sentence introduced it."""
    return any(t.lemma_.lower() == token.lemma_.lower() for t in token.sent if t.i < token.i)


def _actor_described(token: Token, analysis: Analysis) -> tuple[str, str, Token] | None:
    """ "the airline" → "Continental Airlines": the named actor the resolver links the description to."""
    if token.tag_ != "NN":
        return None
    reference = analysis.resolver.resolve(token)
    if reference is None or reference.how != "description" or _named_beside(token, reference.actor, analysis):
        return None
    if token.lemma_.lower() not in BODY_NOUNS:
        return None  # "the film" is no film company the article names ("Economist Films")
    if token.lemma_.lower() in TRADING and _words(reference.actor.name) & PUBLIC_BODIES:
        return None  # "the company" is no navy or ministry: the resolver took the body named last
    return _as_written(reference.actor.name, token), "actor", token


def _sole_country(token: Token, analysis: Analysis) -> tuple[str, str, Token] | None:
    """ "the country" → "Greece", "the government" → "Greece's government" ("the US government"): the one
    country the article has named so far (two or more, or none: which one, not sure)."""
    lemma = token.lemma_.lower()
    if token.tag_ != "NN" or lemma not in COUNTRY_NOUNS:
        return None
    named = {
        actor.name
        for mention, actor in analysis.actors.resolved()
        if mention.kind == "country" and mention.end <= token.idx
    }
    if len(named) != 1:
        return None
    name = named.pop()
    the = name.isupper() or bool(_words(name) & TAKES_THE)  # "the US", "the United States"
    if lemma in {"country", "nation"}:
        return (f"the {name}" if the else name), "country", token
    return (f"the {name} government" if the else f"{name}'s government"), "country", token


def _named_beside(token: Token, actor: Actor, analysis: Analysis) -> bool:
    """The actor is named in the description's own clause ("the company overcharged the Navy"): then the
    description is someone else, whatever the resolver says."""
    words = {w.lower() for name in (actor.name, *actor.aliases) for w in name.split() if w[:1].isupper()}
    words -= DEFINITE | {token.lower_, "a", "an", "of", "and", "for"}
    return any(t.lower_ in words for t in token.sent if t.i != token.i)


def _as_written(name: str, noun: Token) -> str:
    """An actor's name with "the" where the noun is a word of the name ("the party" → "the Labour Party";
    not "the airline" → "Continental Airlines")."""
    words = name.lower().split()
    return f"the {name}" if len(words) > 1 and noun.lower_ in words else name


def _named_thing(token: Token, analysis: Analysis) -> tuple[str, str, Token] | None:
    """ "the law" → "the Inflation Reduction Act": the one named thing of the kind the noun says, named
    before in the article."""
    lemma = token.lemma_.lower()
    labels = {label for label, nouns in NAMED_BY.items() if lemma in nouns}
    if not labels or token.tag_ != "NN":
        return None
    before = [e for e in analysis.doc.ents if e.label_ in labels and e.end <= token.i and _a_name(e)]
    names = {_entity_text(e) for e in before}
    if len({n.lower().removeprefix("the ") for n in names}) != 1:
        return None  # none, or two laws: which one, the noun does not say
    entity = before[-1]
    return _entity_text(entity), "name", entity.root


def _a_name(entity: Span) -> bool:
    """A name of words, not a date the tagger took for a law ("Sep 19")."""
    return any(t.is_alpha and t.is_title and t.lower_.rstrip(".") not in MONTHS for t in entity)


def _entity_text(entity: Span) -> str:
    words = [t for t in entity if not t.is_punct or t.text in {"-", "&"}]
    text = "".join(t.text_with_ws for t in words).strip()
    if (
        words
        and words[0].lower_ != "the"
        and entity.start > 0
        and entity.doc[entity.start - 1].lower_ == "the"
    ):
        text = "the " + text
    return text


def _same_noun(token: Token, analysis: Analysis) -> tuple[str, str, Token] | None:
    """ "the scheme" → "the proposed beverage container return scheme": the earlier mentions of the same
    noun that say which one, when they all say the same (else which one is not sure)."""
    lemma = token.lemma_.lower()
    mentions = [
        t
        for t in analysis.doc[: token.i]
        if t.lemma_.lower() == lemma and t.pos_ == "NOUN" and t.tag_ == token.tag_ and _says_which(t)
    ]
    mentions = [m for m in mentions if not _venue_of_speech(m)]
    if not mentions:
        return None
    written = [_written(m) for m in mentions]
    if any(w is None for w in written):
        return None
    keys = {_content(m) for m in mentions}
    if not _nested(keys):
        return None  # "the Today programme", "a talent show programme": which one, not sure
    best = max(zip(mentions, written, strict=True), key=lambda pair: (len(_content(pair[0])), pair[0].i))
    return best[1], "same noun", best[0]  # type: ignore[return-value]


def _says_which(noun: Token) -> bool:
    return bare_description(noun) is None and any(_telling(c) for c in _modifiers(noun))


def _modifiers(noun: Token) -> list[Token]:
    return [
        c for c in noun.children if c.dep_ in {"amod", "compound", "poss", "nmod", "nummod"} and c.i < noun.i
    ]


def _content(noun: Token) -> frozenset[str]:
    return frozenset(
        t.lower_
        for c in _modifiers(noun)
        if _telling(c)
        for t in c.subtree
        if not t.is_punct and t.lower_ != "'s"
    )


def _nested(keys: set[frozenset[str]]) -> bool:
    """Every mention's words are within the fullest one's ("return scheme" in "container return scheme")."""
    fullest = max(keys, key=len)
    return all(k <= fullest for k in keys)


def _written(noun: Token) -> str | None:
    """The mention as a definite noun phrase: its words before the noun, "a"/"an" written "the"; None for a
    mention owned by a pronoun ("its scheme") or too long to read as a name."""
    words = [t for t in noun.subtree if t.i <= noun.i and not (t.is_punct and t.text not in {"-", "'s"})]
    words = (
        [t for t in words if t.i >= min(c.left_edge.i for c in _modifiers(noun))]
        if _modifiers(noun)
        else words
    )
    if any(t.tag_ == "PRP$" for t in words) or len(words) > MAX_ANTECEDENT_WORDS:
        return None
    if any(t.dep_ in {"det", "predet"} for t in words[1:]) or words[-1].i - words[0].i + 1 != len(words):
        return None  # "as genuine a forged document": a parse that runs two phrases together
    text = "".join(t.text_with_ws for t in words[:-1]) + noun.text
    owned = any(c.dep_ == "poss" for c in noun.children)
    return text if owned or text.lower().startswith("the ") else f"the {text}"


def _venue_of_speech(noun: Token) -> bool:
    """ "said on BBC Radio 4's Today programme": where something was said, not what the article is about."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in SPEECH_PREPS:
        return False
    verb = prep.head
    return verb.pos_ == "VERB" and verb.lemma_.lower() in SPEECH_VERBS


def _titled(token: Token, title: str | None) -> tuple[str, str, Token] | None:
    """ "the browser" → "the latest Opera browser" where the headline ("Latest Opera browser gets vocal")
    names the same noun with words that say which one."""
    if not title:
        return None
    heading = _parsed_title(title)
    nouns = [t for t in heading if t.lemma_.lower() == token.lemma_.lower() and t.pos_ in {"NOUN", "PROPN"}]
    nouns = [t for t in nouns if _says_which(t) and _written(t) is not None]
    if len(nouns) != 1:
        return None
    noun = nouns[0]
    start = min(c.left_edge.i for c in _modifiers(noun))
    first = heading[start]
    lead = first.lower_ if start == 0 and not _capital_in(first.text, token.doc) else first.text
    words = " ".join([lead, *(t.text for t in heading[start + 1 : noun.i]), token.text])
    owned = any(c.dep_ == "poss" for c in noun.children)
    return (words if owned else f"the {words}"), "title", token


def _capital_in(word: str, doc: Doc) -> bool:
    """The word written with a capital inside a sentence of the article: a name ("Opera"), not a headline's
    first word ("Latest")."""
    return any(t.text == word and not t.is_sent_start for t in doc)


def _words(name: str) -> set[str]:
    return {w.lower() for w in name.split()}


@functools.lru_cache(maxsize=64)
def _parsed_title(title: str) -> Doc:
    return load_nlp()(title)


# pronouns -------------------------------------------------------------------------------------------------


def _pronoun(
    token: Token,
    placed: dict[int, tuple[int, int]],
    analysis: Analysis,
    actor_of: Callable[[Token], Actor | None],
) -> tuple[int, int, str, Anchor] | None:
    if token.lower_ not in PERSON_WORDS | BODY_WORDS or bound(token, set(placed)):
        return None  # "Lee had failed in her duty": the line says whose
    actor = actor_of(token)
    if actor is None:
        return None
    name = actor.name + ("'" if actor.name.endswith("s") else "'s") if token.tag_ == "PRP$" else actor.name
    start, end = placed[token.i]
    source = (
        actor.evidence[0] if actor.evidence else evidence_at(analysis.sentences, token, analysis.article_id)
    )
    made = Anchor(token.text, name, "pronoun", source)
    return start, end, name, made

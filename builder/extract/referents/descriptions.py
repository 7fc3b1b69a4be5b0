"""Bare definite descriptions ("the law", "that request") and what the article means by them: the fullest
earlier mention of the same noun, the one named law, event or work the noun describes, the named actor the
resolver links it to, or the headline's mention of the noun."""

from __future__ import annotations

import functools

from spacy.tokens import Doc, Span, Token

from builder.core.model import Actor
from builder.extract import Analysis
from builder.extract.actors.speech import SPEECH_VERBS
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
# "the company" and its like name a business, never a public body the resolver may have named last
TRADING = {"company", "firm", "business", "corporation", "carmaker", "retailer", "lender", "insurer", "chain"}
PUBLIC_BODIES = {
    "navy", "army", "ministry", "department", "government", "police", "council", "court", "parliament",
    "committee", "commission", "office", "force", "service", "agency", "authority", "assembly", "senate",
}  # fmt: skip
BODY_NOUNS = TRADING | {"party", "government", "group", "club", "union", "airline", "bank", "charity"}
MAX_ANTECEDENT_WORDS = 9
QUANTITIES = {("deal", "great"), ("deal", "good"), ("lot", "whole")}  # noun and its modifier, as an amount
SPEECH_PREPS = {"on", "to", "in"}
# nouns of an act, a plan or an event, which the article names first with the phrase that says which ("a plan
# to close the barracks", "the closure of the plant", "threats against Jewish centres")
ACT_NOUNS = {
    "move", "decision", "plan", "proposal", "deal", "agreement", "attack", "ban", "closure", "cut", "change",
    "policy", "scheme", "review", "inquiry", "investigation", "probe", "threat", "bid", "offer", "sale",
    "takeover", "merger", "strike", "announcement", "step", "reform", "campaign", "programme", "project",
    "measure", "rise", "increase", "ruling", "appeal", "crackdown", "shake-up", "overhaul", "withdrawal",
    "expansion", "ceasefire", "talks", "visit", "protest", "boycott", "deployment", "sanction", "tax",
    "levy", "charge", "fine", "row", "dispute", "claim", "allegation", "warning", "call", "demand",
}  # fmt: skip
# heads that only say what kind of thing an act is, in a compound with it ("a settlement deal", "a rescue
# package"): the act said alone ("the settlement") means the compound
GENUS_HEADS = {"deal", "agreement", "package", "plan", "scheme", "programme", "program", "proposal", "bill"}
EVENT_SUFFIXES = ("ment", "tion", "sion", "ure", "al")
# the phrase after an act noun that says which act
ACT_PREPS = {"of", "for", "to", "on", "against", "over", "into", "with", "by", "from"}
MAX_ACT_WORDS = 12
ACT_BREAKS = {
    ",",
    ";",
    ":",
    "(",
    ")",
    '"',
    "“",
    "”",
    "-",
    "–",
    "—",
}  # "told the Today programme", "said on BBC Radio 4's Today programme"


# descriptions ---------------------------------------------------------------------------------------------


def bare_description(token: Token, kept: set[int] | None = None, such: bool = False) -> Token | None:
    """The determiner of a definite noun phrase with no word of its own in the line ("the law", "that
    request"; with `such`, also "such a deal", "such access": its "such"); None for "a law", "Seoul's law",
    "the law on privacy" and nouns that name no earlier thing."""
    if token.pos_ != "NOUN" or token.tag_ not in {"NN", "NNS"} or token.dep_ == "compound":
        return None
    if token.lemma_.lower() in SELF_EVIDENT or token.ent_type_:
        return None
    if any(c.dep_ in {"relcl", "acl"} for c in token.children):
        return None  # "the advice we have received": the sentence says which
    shown = [c for c in token.children if kept is None or c.i in kept]
    det = next((c for c in shown if c.dep_ == "det" and c.lower_ in DEFINITE and c.i == token.i - 1), None)
    if det is None and such:
        det = _such(token, shown)
    if det is None or (det.lower_ != "such" and any(c.dep_ == "appos" for c in token.children)):
        return None  # "the group, all members of …" says which; "such a deal, a clear violation" does not
    own = [c for c in shown if c.i != det.i and not c.is_punct and c.dep_ not in {"cc", "case"}]
    if det.lower_ == "such":  # "such a deal, a clear violation": neither "a" nor the aside says which
        own = [c for c in own if c.dep_ not in {"det", "appos"}]
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    told = (
        following is not None and following.lower_ in TELLING_PREPS and (kept is None or following.i in kept)
    )
    return det if not (told or any(_telling(c) for c in own)) else None


def described_definite(token: Token, kept: set[int]) -> Token | None:
    """The "the" of a definite noun phrase whose own words are only descriptive ones the line keeps ("the
    Category 2 hurricane", "the Southeast Asian telecom giant"): no phrase or clause after the noun, no owner,
    which says which one."""
    if token.pos_ != "NOUN" or token.tag_ not in {"NN", "NNS"} or token.dep_ == "compound" or token.ent_type_:
        return None
    if token.lemma_.lower() in SELF_EVIDENT or any(c.i > token.i and not c.is_punct for c in token.children):
        return None
    det = token.doc[token.left_edge.i]
    if det.lower_ != "the" or det.head != token or not all(t.i in kept for t in token.subtree):
        return None
    mods = [c for c in token.children if c.i < token.i and c != det]
    if not mods or any(c.dep_ not in {"amod", "compound", "nmod", "nummod"} for c in mods):
        return None
    return det


def _such(noun: Token, shown: list[Token]) -> Token | None:
    """The "such" of "such a deal" or "such access" right before the noun (with no word but "a"/"an")."""
    such = next((c for c in shown if c.lower_ == "such" and c.dep_ in {"predet", "amod"}), None)
    if such is None:
        return None
    between = noun.doc[such.i + 1 : noun.i]
    return such if all(t.lower_ in {"a", "an"} for t in between) else None


def _telling(child: Token) -> bool:
    """A word that says which one: not "new" or "full"."""
    return not (child.dep_ == "amod" and child.lower_ in EMPTY_MODIFIERS) and child.dep_ not in {"conj"}


def said_before_in(token: Token) -> bool:
    """ "If a party rings …, the party may be in breach": the noun's own sentence introduced it."""
    return any(t.lemma_.lower() == token.lemma_.lower() for t in token.sent if t.i < token.i)


def said_with_its_words(token: Token, definite: bool = False) -> tuple[str, str, Token] | None:
    """ "access to data …, while operators oppose such access" → "access to data": the noun said earlier in
    its own sentence with the phrase that says which one; `definite` for a "the" description, written with
    "the" ("surprised by the decision of the tribunal … to appeal against the decision" → "the decision of
    the tribunal")."""
    lemma = token.lemma_.lower()
    earlier = [t for t in token.sent if t.i < token.i and t.lemma_.lower() == lemma and t.pos_ == "NOUN"]
    if len(earlier) != 1:
        return None
    noun = earlier[0]
    telling = next(
        (c for c in noun.children if c.dep_ == "prep" and c.lower_ in TELLING_PREPS | {"to"}), None
    )
    if telling is None or (not definite and any(c.dep_ == "det" for c in noun.children)):
        return None
    dets = [c for c in noun.children if c.dep_ in {"det", "poss"}]
    if definite and dets and (len(dets) > 1 or dets[0].lower_ not in {"the", "a", "an"}):
        return None  # "his decision of …", "that decision": whose, or which, the line would lose
    words = [t for t in noun.subtree if noun.i <= t.i <= telling.right_edge.i and not t.is_punct]
    if len(words) > MAX_ANTECEDENT_WORDS or words[-1].i - words[0].i + 1 != len(words):
        return None
    if any(t.tag_ in {"PRP", "PRP$"} for t in words):
        return None  # "the decision of its board": whose, the line cannot say
    written = " ".join(t.text for t in words)
    return (f"the {written}" if definite else written), "same sentence", noun


def actor_described(token: Token, analysis: Analysis) -> tuple[str, str, Token] | None:
    """ "the airline" → "Continental Airlines": the named actor the resolver links the description to."""
    if token.tag_ != "NN":
        return None
    reference = analysis.resolver.resolve(token)
    if reference is None or reference.how != "description" or _named_beside(token, reference.actor, analysis):
        return None
    if token.lemma_.lower() not in BODY_NOUNS:
        return None  # "the film" is no film company the article names ("Economist Films")
    if token.lemma_.lower() in TRADING and name_words(reference.actor.name) & PUBLIC_BODIES:
        return None  # "the company" is no navy or ministry: the resolver took the body named last
    return _as_written(reference.actor.name, token), "actor", token


def speakers_body(token: Token, analysis: Analysis) -> tuple[str, str, Token] | None:
    """ "One of the brothers behind the Falk Group said the firm hoped to …" → "the Falk Group": the subject
    "the firm" ("the company", "the club" …) of a clause a speech verb reports, whose speaker's phrase names
    one organisation and no other body, as "Acme said it …" names what "it" is. None for a speaker's phrase
    that names no body or two, and for "the company" after a public body ("an official at the ministry")."""
    lemma = token.lemma_.lower()
    if (
        token.tag_ != "NN"
        or lemma not in BODY_NOUNS - {"government"}
        or token.dep_ not in {"nsubj", "nsubjpass"}
    ):
        return None
    clause = token.head
    verb = clause.head
    if clause.dep_ != "ccomp" or verb.lemma_.lower() not in SPEECH_VERBS:
        return None
    speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if speaker is None:
        return None
    actors = [analysis.actors.actor_for(t) for t in speaker.subtree]
    bodies = {a.name: a for a in actors if a is not None and a.kind != "person"}
    if len(bodies) != 1:
        return None
    actor = next(iter(bodies.values()))
    if actor.kind != "organisation" or (lemma in TRADING and name_words(actor.name) & PUBLIC_BODIES):
        return None
    name = actor.name
    written = f"the {name}" if f"the {name}".lower() in token.doc.text.lower() else _as_written(name, token)
    return written, "actor", token


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


def named_thing(token: Token, analysis: Analysis) -> tuple[str, str, Token] | None:
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


def named_by_its_noun(token: Token, analysis: Analysis) -> tuple[str, str, Token] | None:
    """ "the hurricane" → "Hurricane Fiona", "the lake" → "Lake Como": the one name written before in the
    article that the noun, capitalised, is the title of."""
    runs = [_name_run(t) for t in analysis.doc[: token.i] if t.lower_ == token.lower_ and t.is_title]
    runs = [r for r in runs if r is not None]
    if len({r.text.lower() for r in runs}) != 1:
        return None  # none, or two hurricanes: which one, the noun does not say
    run = runs[-1]
    written = ("the " if run.start > 0 and run.doc[run.start - 1].lower_ == "the" else "") + run.text
    return written, "name", run.root


def _name_run(word: Token) -> Span | None:
    """The name a capitalised common noun is the title of ("Hurricane" in "Hurricane Fiona", "Lake" in "Lake
    Como"): the noun and the one or two capitalised proper words after it, none of them a body's name ("Fire
    Brigades Union"), and no more name words on either side ("US National Hurricane Center")."""
    doc = word.doc

    def proper(t: Token) -> bool:
        return t.pos_ == "PROPN" and t.is_title and t.ent_type_ not in {"DATE", "TIME", "NORP", "ORG"}

    end = word.i + 1
    while end < word.sent.end and proper(doc[end]) and end - word.i <= 2:
        end += 1
    before = doc[word.i - 1] if word.i > word.sent.start else None
    if end == word.i + 1 or (before is not None and before.pos_ == "PROPN"):  # "UK Sport Rod Carr"
        return None
    if end < word.sent.end and (doc[end].is_title or doc[end].lower_ in {"and", "&", "of"}):
        return None  # the name runs on: "Storm Centre", "Fire and Rescue Service"
    return doc[word.i : end]


def described_actor(token: Token, analysis: Analysis) -> tuple[str, str, Token] | None:
    """ "the Southeast Asian telecom giant" → "Singtel": a description with words of its own that the
    resolver links to a named actor not named in the description's own clause."""
    reference = analysis.resolver.resolve(token)
    if reference is None or reference.how != "description" or token.tag_ != "NN":
        return None
    if reference.actor.kind == "person":
        return None  # "the state counsel": a role many may hold, not sure to be the one the resolver found
    words = {w.lower() for name in (reference.actor.name, *reference.actor.aliases) for w in name.split()}
    words = {w for w in words if w[:1].isalpha()} - DEFINITE - {"a", "an", "of", "and", "for", token.lower_}
    if any(t.lower_ in words for t in token.head.subtree if t.i != token.i):
        return None  # "the company overcharged the Navy": named beside it, the description is someone else
    named_here = any(t.lower_ in words for t in token.sent)
    if not named_here and token.lemma_.lower() not in BODY_NOUNS:
        return None  # "the antitrust agency": a kind of body the resolver may link to the wrong one
    if token.lemma_.lower() in TRADING and name_words(reference.actor.name) & PUBLIC_BODIES:
        return None
    name = reference.actor.name
    written = f"the {name}" if f"the {name}".lower() in token.doc.text.lower() else _as_written(name, token)
    return written, "actor", token  # "the Woodland Trust", as the article writes it


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


def same_noun(token: Token, analysis: Analysis) -> tuple[str, str, Token] | None:
    """ "the scheme" → "the proposed beverage container return scheme": the earlier mentions of the same
    noun that say which one, when they all say the same (else which one is not sure)."""
    lemma = token.lemma_.lower()
    mentions = [
        t
        for t in analysis.doc[: token.i]
        if t.lemma_.lower() == lemma and t.pos_ == "NOUN" and t.tag_ == token.tag_ and _says_which(t)
    ]
    mentions = [m for m in mentions if not _venue_of_speech(m) and not _quantity(m) and not _gerund_object(m)]
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


def compound_head(token: Token, analysis: Analysis) -> tuple[str, str, Token] | None:
    """ "the settlement" → "the $40m settlement deal": the noun said before only as the first word of a
    compound ("a $40m settlement deal"), where every such compound has the same head and words that say
    which; not where the noun also stood alone before (then same_noun's mentions say which, or nothing is
    sure)."""
    lemma = token.lemma_.lower()
    before = [t for t in analysis.doc[: token.sent.start] if t.lemma_.lower() == lemma and t.pos_ == "NOUN"]
    if not before or any(t.dep_ != "compound" or t.head.pos_ != "NOUN" for t in before):
        return None
    heads = [t.head for t in before]
    if not _eventive(lemma) or any(h.lemma_.lower() not in GENUS_HEADS for h in heads):
        return None  # "the strike" is no "strike ballot", "the trade" no "trade deal"
    if len({h.lemma_.lower() for h in heads}) != 1 or any(h.tag_ != token.tag_ for h in heads):
        return None  # "a settlement deal", "settlement talks": which one, not sure
    written = [_compound_written(t) for t in before]
    if any(w is None for w in written) or len({w.lower() for w in written if w}) != 1:
        return None
    return written[-1], "same noun", heads[-1]  # type: ignore[return-value]


def _eventive(lemma: str) -> bool:
    """A noun of an act or event: an act noun, or one made from a verb ("settlement", "investment")."""
    return lemma in ACT_NOUNS or lemma.endswith(EVENT_SUFFIXES)


def _compound_written(word: Token) -> str | None:
    """The compound "word head" with the head's words before it that say which, an aside in brackets left
    out ("a $40m (£20m) settlement deal" → "the $40m settlement deal"); None where nothing else says which."""
    head = word.head
    if word.i + 1 != head.i or any(c.dep_ == "poss" or c.tag_ == "PRP$" for c in head.children):
        return None
    mods = [c for c in head.children if c.i < word.i and c.dep_ in {"amod", "compound", "nmod", "nummod"}]
    mods = [c for c in mods if _telling(c)]
    if not mods:
        return None
    start = min(c.left_edge.i for c in mods)
    inside = False
    kept = []
    for t in head.doc[start : head.i + 1]:
        inside = inside or t.text == "("
        if not inside:
            kept.append(t)
        inside = inside and t.text != ")"
    if len(kept) > MAX_ANTECEDENT_WORDS or any(
        t.dep_ == "det" or (t.is_punct and t.text not in {"-", "$"}) for t in kept
    ):
        return None
    return "the " + "".join(t.text_with_ws for t in kept[:-1]) + kept[-1].text


def act_said_before(token: Token, analysis: Analysis) -> tuple[str, str, Token] | None:
    """ "the plan" → "the plan to close Brecon barracks": an act or event noun the article named before with
    the phrase after it that says which (a to-infinitive, "of"/"for"/"against" …), when every such earlier
    mention says the same; written with "the" (or its owner: "the council's plan to …")."""
    lemma = token.lemma_.lower()
    if lemma not in ACT_NOUNS or token.tag_ not in {"NN", "NNS"}:
        return None
    before = [t for t in analysis.doc[: token.sent.start] if t.lemma_.lower() == lemma and t.pos_ == "NOUN"]
    found: dict[str, tuple[str | None, Token]] = {}
    for mention in before:
        if mention.dep_ == "compound" or _quantity(mention):
            continue
        if _act_phrase(mention) is None:
            if _introduced(mention):  # "made a policy": another act, which the line cannot tell apart
                found.setdefault(f"#{mention.i}", (None, mention))
            continue
        # one it cannot write ("a policy to deal with it"), or of the other number, makes it unsure
        written = _with_its_phrase(mention) if mention.tag_ == token.tag_ else None
        found.setdefault(written.lower() if written else f"#{mention.i}", (written, mention))
    if len(found) != 1:
        return None  # none, or two plans: which one, not sure
    written, mention = next(iter(found.values()))
    return (written, "same noun", mention) if written is not None else None


def _leans(noun: Token) -> bool:
    """ "the term", "the decision": a noun with only "the" or a demonstrative, which says which one
    nowhere in the phrase."""
    own = [c for c in noun.children if not c.is_punct]
    return bool(own) and all(c.dep_ == "det" and c.lower_ in DEFINITE for c in own)


def _introduced(noun: Token) -> bool:
    """A mention that brings in an act of its own ("made a policy", "unveiled plans"), not one that points
    back ("the plan", "this policy", "his plans")."""
    dets = {c.lower_ for c in noun.children if c.dep_ in {"det", "poss"}}
    return not dets or dets <= {"a", "an", "another", "new"}


def _act_phrase(noun: Token) -> Token | None:
    """The phrase after an act noun that says which act: a to-infinitive ("a plan to close …") or a
    preposition with its object ("the closure of the plant"), the first one."""
    after = [
        c
        for c in noun.children
        if c.i > noun.i
        and (
            (c.dep_ == "acl" and infinitive(c))
            or (
                c.dep_ == "prep"
                and c.lower_ in ACT_PREPS
                and any(g.dep_ in {"pobj", "pcomp"} for g in c.children)
            )
        )
    ]
    return after[0] if after else None


def _with_its_phrase(noun: Token) -> str | None:
    """The mention with the phrase after it that says which act: "a plan to close the barracks" → "the plan
    to close the barracks"; None where the phrase is long, a clause or a list runs through it, or it leans on
    a referent of its own ("an appeal against the term", "a policy to deal with it")."""
    phrase = _act_phrase(noun)
    later = [c for c in noun.children if c.i > noun.i and c != phrase and c.dep_ in {"relcl", "acl", "prep"}]
    if phrase is None or later:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    start = owner.left_edge.i if owner is not None else noun.i
    mods = [c for c in noun.children if c.dep_ in {"amod", "compound", "nmod"} and c.i < noun.i]
    if owner is None and mods:
        start = min(c.left_edge.i for c in mods)
    words = noun.doc[start : phrase.right_edge.i + 1]
    if len(words) > MAX_ACT_WORDS or words[0].pos_ == "DET":
        return None
    if any(t.tag_ in {"PRP", "PRP$"} or t.dep_ in {"relcl", "cc"} or t.text in ACT_BREAKS for t in words):
        return None
    if any(t.pos_ == "NOUN" and t.i > noun.i and _leans(t) for t in words):
        return None
    return words.text if owner is not None else f"the {words.text}"


def infinitive(verb: Token) -> bool:
    return verb.pos_ in {"VERB", "AUX"} and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _quantity(noun: Token) -> bool:
    """ "a great deal of speculation": an amount, not a mention of the noun; "at least eight deaths": a count
    hedged by words of its own, which "the" cannot take ("the at least eight deaths")."""
    counted = any(c.dep_ == "nummod" and any(True for _ in c.children) for c in noun.children)
    return counted or (noun.lower_, *(c.lower_ for c in _modifiers(noun))) in QUANTITIES


def _gerund_object(noun: Token) -> bool:
    """A bare noun after an "-ing" verb the parser hung on it as a modifier ("accused of waging war", "by
    cutting jobs"): the object of a deed, not a description of the noun, so no mention of "the war" to write
    ("the waging war")."""
    if any(c.dep_ in {"det", "poss"} for c in noun.children):
        return False
    return any(
        c.dep_ == "amod" and c.tag_ == "VBG" and c.pos_ == "VERB" for c in noun.children if c.i < noun.i
    )


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


def titled(token: Token, title: str | None) -> tuple[str, str, Token] | None:
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


def name_words(name: str) -> set[str]:
    return {w.lower() for w in name.split()}


@functools.lru_cache(maxsize=64)
def _parsed_title(title: str) -> Doc:
    return load_nlp()(title)

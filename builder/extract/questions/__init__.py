"""Open questions: what an article marks as unknown, speculated or unconfirmed, as a reader would ask it."""

from __future__ import annotations

import itertools
from collections.abc import Iterable

from spacy.tokens import Span, Token

from builder.core.model import Actor, Question
from builder.extract import Analysis
from builder.extract.evidence import evidence_at
from builder.extract.hedges import (
    KNOWN_WORDS,
    UNKNOWN_ADJECTIVES,
    UNKNOWN_LEMMAS,
    HedgeCue,
    find_hedges,
    still_open,
)
from builder.extract.phrasing import LOOSE_ENDS, child, noun_phrase, phrase_root, plural, subject_of, words
from builder.extract.questions.alone import placed_alone
from builder.extract.questions.clauses import (
    ADVISED,
    accusation_question,
    accused_deed,
    base_form,
    clause_question,
    confirm_question,
    named_subject,
    seen_event,
)
from builder.extract.questions.faith import (
    FIRST_WORDS,
    OPINION_VERBS,
    SEEM_VERBS,
    corrected,
    inquiry_that_may_be,
    past_expectation,
)
from builder.extract.questions.names import known_sexes, named_once, named_pronouns
from builder.extract.questions.pending import (
    DECIDING,
    INQUIRING,
    REFUSING,
    STILL_TO,
    TELLING,
    deadline_verb,
    disputed_report,
    evidenced_clause,
    hoped_clause,
    pending_clause,
    pending_cues,
    process_verb,
    provisional_deal,
    stated_clause,
    still_needed,
    talks_clause,
    untold_fact,
    wh_clause,
)
from builder.extract.questions.statements import open_statement
from builder.extract.questions.wellformed import (
    run_together,
    says_whose,
    stray,
    subject_stands_alone,
    well_formed,
)
from builder.extract.referents import anchor

MAX_DEAL = 20
ASKABLE = {"possible", "probable", "belief", "investigation", "unknown", "reported", "pending", "disputed"}
TOPIC_PREPS = {"about", "of", "over", "on", "regarding", "concerning"}
AGREED_NOUNS = {
    "deal", "agreement", "accord", "pact", "treaty", "sale", "contract", "merger", "arrangement", "transfer",
    "settlement", "purchase", "takeover", "acquisition", "alliance",
}  # fmt: skip
CLAUSE_CUES = {"suggest", "believe", "think", "fear", "estimate", "suspect", "speculate", "predict", "assume"}
RAISING_CUES = {
    "expect", "likely", "unlikely", "seem", "appear", "say", "report", "believe", "think", "claim",
}  # fmt: skip
FUTURE_CUES = {"expect", "likely", "unlikely"}
ODDS = {"likely", "unlikely", "possible", "probable"}  # "it is likely (that) …": the clause is what is rated
OBJECT_RAISING = {"expect", "believe", "think", "consider", "understand", "report", "say"}
SCHEDULED = {"expect", "due", "set", "schedule", "plan"}
DISMISSING = {"quash", "dismiss", "deny", "end", "scotch", "dampen", "rebuff", "reject", "silence", "squash"}
CONCEDING = {"although", "though", "while", "whilst"}
REPLYING = {"reply", "respond", "retort", "answer"}
ANSWERING = {"say", "tell", "insist", "add", "admit", "deny", "state"}
PERSONAL = {"he", "she", "they", "i", "we"}
# words under which an indirect question stays open: asking, inquiring, deciding ("asked how X could",
# "will decide which …", "it is unclear how X might"); telling and knowing words only when denied
# ("did not say how", "nobody knows how"), since "the leaflet explains how X could …" tells it
ASKING_WORDS = {
    "ask", "wonder", "debate", "question", "discuss", "consider", "explore", "doubt", "uncertainty",
    "speculation", "confusion", "decision", *INQUIRING, *DECIDING, *UNKNOWN_ADJECTIVES,
}  # fmt: skip
KNOWING_WORDS = {*TELLING, *KNOWN_WORDS, *UNKNOWN_LEMMAS}
WH_TAGS = {"WRB", "WP", "WDT", "WP$"}
WH_WORDS = {"how", "what", "which", "who", "whom", "whose", "where", "when", "why"}
OPENINGS = {
    "is", "are", "was", "were", "do", "does", "did", "will", "would", "can", "could", "should", "has", "have",
    "had", "may", "might", "must", "shall", "who", "what", "when", "where", "why", "how", "which", "whose",
}  # fmt: skip


def find_questions(analysis: Analysis) -> tuple[Question, ...]:
    """One question per hedged sentence that can be asked well, in text order, without repeats."""
    with named_pronouns(analysis) as named:
        return _questions(analysis, named)


def _questions(analysis: Analysis, named: dict[int, Actor]) -> tuple[Question, ...]:
    questions: list[Question] = []
    seen: set[str] = set()
    sexes = known_sexes(analysis, named)
    for sentence in analysis.sentences:
        span = analysis.doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
        if span is None or run_together(span):
            continue
        found = question_for(span, find_hedges(span) + pending_cues(span))
        if found is None or (text := named_once(found[0], span, named, sexes)).lower() in seen:
            continue
        if (anchored := anchor(text, span, analysis, speakers=True)).points_back:
            continue  # "Will CTM do more in this area?": which area, the line cannot say
        if (alone := placed_alone(anchored, span, analysis)) is None:
            continue  # "Will the firm appeal the decision?": which decision, only the article before says
        seen.add(text.lower())
        evidence = evidence_at(analysis.sentences, span, analysis.article_id)
        questions.append(Question(alone, found[1], evidence))
    return tuple(questions)


def question_for(sent: Span, cues: Iterable[HedgeCue]) -> tuple[str, str] | None:
    """The question and cue text for the first askable cue (main clauses first) that reads well."""
    askable = [(c, [t for t in sent if c.start <= t.idx < c.end][-1]) for c in cues if c.kind in ASKABLE]
    askable = [(c, t) for c, t in askable if not _hyphenated(t)]  # "would-be fighters" is no modal
    # a first impression the story revises, or a suggestion answered at once, is settled in the text
    askable = [(c, t) for c, t in askable if not (_first_impression(t) or _answered(t) or corrected(t))]
    askable = [(c, t) for c, t in askable if not (past_expectation(t) or inquiry_that_may_be(t))]
    askable = [(c, t) for c, t in askable if not _told_how(t)]
    # a view the speaker gives as their own, one granted before "but", one the article says was held once
    askable = [
        (c, t)
        for c, t in askable
        if not (
            _own_view(t)
            or _own_ignorance(t)
            or _granted_view(t)
            or _speakers_aside(t)
            or (c.kind in {"belief", "probable"} and _refuted(t))
        )
    ]
    # a verb of an inquiry or decision to come is part of its clause, not a cue word to cut from others
    cue_ids = {token.i for _, token in askable if not process_verb(token)}
    ordered = sorted(askable, key=lambda pair: (_subordinate(pair[1]), pair[0].start))
    for cue, token in ordered:
        question = ask(token, cue, cue_ids)
        if question and (question.split()[0].lower() in OPENINGS or question.startswith(ADVISED)):
            return question, cue.text
    for cue, token in ordered:  # no question reads well: the statement itself, marked open
        if not _subordinate(token) and (statement := open_statement(token, cue.kind)):
            return statement, cue.text
    return None


def _hyphenated(token: Token) -> bool:
    """Part of a hyphenated word ("would-be"), not a word beside a spaced dash ("the poll - expected")."""
    doc = token.doc
    after = token.i + 1 < len(doc) and doc[token.i + 1].text == "-" and not token.whitespace_
    before = token.i > 0 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_
    return after or before


def _subordinate(token: Token) -> bool:
    return any(a.dep_ in {"relcl", "advcl"} for a in [token, *token.ancestors])


def ask(token: Token, cue: HedgeCue, drop: set[int]) -> str | None:
    """The reader's question for one cue token, built from the parse; None when it would read badly."""
    lemma = token.lemma_.lower()
    if _in_purpose(token) or _past_doubt(token, cue):
        return None
    if cue.kind == "investigation" and token.lower_ in {"whether", "if"}:
        infinitive = any(c.tag_ == "TO" for c in token.head.children)  # "deciding whether to appeal"
        return clause_question(token.head, drop | {token.i}, future=infinitive)
    if cue.kind == "unknown":
        return _unknown_question(token, drop)
    if (
        cue.kind == "reported" and accused_deed(token) is not None
    ):  # "accused X of hiding Y" → "Did X hide Y?"
        return accusation_question(token)
    if cue.kind == "disputed":  # "denied reports that rebels had seized the jail" → "Did rebels seize …?"
        clause = disputed_report(token)
        return clause_question(clause, drop) if clause is not None else None
    if cue.kind == "pending" and (due := deadline_verb(token)) is not None:
        return _deadline_question(token, due)  # "X has until 3 June to reply" → "Will X reply by …?"
    if cue.kind == "pending" and (hoped := hoped_clause(token)) is not None:
        return clause_question(
            hoped, drop, future=True
        )  # "hope the rules will cut …" → "Will the rules cut …?"
    if cue.kind == "pending" and provisional_deal(token):  # "reached a preliminary deal for …"
        return _finalised(token)
    if cue.kind == "pending" and (deal := talks_clause(token)) is not None:  # "X is in talks to buy Y"
        subject = subject_of(token.head.head) if token.head.head.pos_ in {"VERB", "AUX"} else None
        return clause_question(deal, drop, future=True, subject=subject) if subject else None
    if cue.kind == "pending" and (step := still_needed(token)) is not None and step == token.head:
        must = {c.i for c in step.children if c.dep_ == "aux" and c.lower_ == "must"}
        return clause_question(step, drop | must | {token.i}, future=True)  # "trials must still confirm …"
    if cue.kind == "pending":
        clause = pending_clause(token)
        if token.lower_ == "should":  # advice: written as the recommendation it is, never as a forecast
            return clause_question(clause, drop | {token.i}, advice=True) if clause is not None else None
        owner = token.head if token.lower_ in STILL_TO else token
        return _raised_question(owner, clause, drop | {token.i}, future=True) if clause is not None else None
    if (shown := evidenced_clause(token)) is not None:  # "emails appear to show that X knew" → "Did X know?"
        subject = child(shown, {"nsubj", "nsubjpass"})  # a content clause read as relative: its own subject
        return clause_question(shown, drop, subject=noun_phrase(subject) if subject is not None else None)
    if token.tag_ == "MD" or token.dep_ == "advmod":
        return _modal_or_adverb(token, cue, drop)
    if lemma in ODDS and (framed := _odds_clause(token)) is not None:  # "it is likely (that) X will …"
        clause, subject = framed
        tensed = clause.tag_ in {"VBZ", "VBP", "VBD"}  # "it is possible that he was misled" keeps its tense
        future = lemma in FUTURE_CUES and not tensed
        return clause_question(clause, drop, future=future, subject=subject)
    if lemma in CLAUSE_CUES | FUTURE_CUES and (clause := child(token, {"ccomp"})) is not None:
        # "she thought she had solved it": a past belief, told as the story goes on
        if token.tag_ == "VBD" and any(a.lower_ == "had" for a in clause.children if a.dep_ == "aux"):
            return None
        if clause.i < token.i and token.dep_ != "parataxis":
            return (
                None  # a clause before the cue that is not "…, he believes": the parse has run two together
            )
        tensed = clause.tag_ in {"VBZ", "VBP", "VBD"}  # "likely Greece looks like …" keeps its own tense
        return clause_question(clause, drop, future=lemma in FUTURE_CUES and not tensed)
    if lemma in RAISING_CUES and (clause := child(token, {"xcomp"})) is not None:
        return _raised_question(token, clause, drop)
    return _topic_question(token, drop) if token.pos_ in {"NOUN", "ADJ"} else None


def _deadline_question(until: Token, verb: Token) -> str | None:
    """ "The firms have until 18 March to make bids" → "Will the firms make bids by 18 March?": the deed and
    what it acts on, by the date; adjuncts ("after a letter from …") are left out."""
    doc = until.doc
    subject = subject_of(verb) or subject_of(doc[until.i - 1])
    to = next(t for t in doc[until.i + 1 : verb.i] if t.tag_ == "TO")
    date = doc[until.i + 1 : to.i]
    kept = [verb] + [
        t for c in verb.children if c.dep_ in {"dobj", "dative", "prt", "xcomp"} for t in c.subtree
    ]
    kept = sorted(kept, key=lambda t: t.i)
    if not subject or not subject_stands_alone(subject) or not well_formed(verb, subject, kept[1:]):
        return None
    rest = words(kept[1:])
    text = " ".join(p for p in ["Will", words(subject, lower_first=True), base_form(verb), rest, "by"] if p)
    return f"{text} {date.text}?"


def _finalised(deal: Token) -> str | None:
    """ "X and Y reached a preliminary deal for Z to lease two berths" → "Will the preliminary deal for Z to
    lease two berths be finalised?"; the deal's whole phrase, since a cut one ("… in the development") no
    longer says which deal."""
    phrase = noun_phrase(deal, drop_determiners=True, whole=True)
    if not phrase or len(phrase) > MAX_DEAL or any(t.text in {",", "(", ")"} for t in phrase):
        return None
    if any(c.dep_ == "poss" for c in deal.children) or not subject_stands_alone(phrase):
        return None  # "their provisional deal": whose, the page says before
    if not any(c.dep_ in {"prep", "acl", "advcl"} and c in phrase for c in deal.children):
        return None  # "Will the draft deal be finalised?" does not say which deal
    if any(stray(t, deal) for t in phrase if t.head != deal) or phrase[-1].pos_ in LOOSE_ENDS:
        return None
    return f"Will the {words(phrase, lower_first=True)} be finalised?"


def _odds_clause(token: Token) -> tuple[Token, list[Token] | None] | None:
    """The clause an impersonal "it is likely / unlikely / possible / probable" rates, and its subject
    when the parse took the adjective into it: "it is unlikely (that) charges will be filed", "it was
    possible there could be …"; the parse often reads a that-less "it's unlikely criminal charges will …"
    as "unlikely charges", an adjective of the clause's subject right after the copula."""
    if token.dep_ == "acomp" and _impersonal(token.head):
        clause = child(token, {"ccomp"}) or child(token.head, {"ccomp"})
        if clause is None or clause.i < token.i or any(c.tag_ == "TO" for c in clause.children):
            return None  # "it is possible to …": what can be done, not what may happen
        return clause, None
    subject = token.head
    clause = subject.head
    if not (token.dep_ == "amod" and subject.dep_ in {"nsubj", "nsubjpass"} and clause.dep_ == "ccomp"):
        return None
    copula = clause.head
    if copula.lemma_ != "be" or not _impersonal(copula) or token.i != copula.i + 1 or clause.i < token.i:
        return None
    return clause, noun_phrase(subject, drop={token.i})


def _impersonal(verb: Token) -> bool:
    """ "it is likely that …": the subject is an empty "it"."""
    return any(c.dep_ in {"nsubj", "expl"} and c.lower_ == "it" for c in verb.children)


def _modal_or_adverb(token: Token, cue: HedgeCue, drop: set[int]) -> str | None:
    """ "X may do Y" → "Could X do Y?"; "X reportedly did Y" → "Is it confirmed that X did Y?"."""
    verb = token.head
    if token.dep_ == "advmod" and verb.pos_ not in {"VERB", "AUX"}:
        return None
    if cue.kind == "reported":
        return confirm_question(verb, drop | {token.i})
    if (
        token.tag_ != "MD"
        and verb.tag_ == "VB"
        and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
    ):
        return None  # "cause prices to rise and possibly bring strikes": no clause of its own
    if token.lower_ == "could" and any(c.lower_ == "longer" for c in verb.children if c.i > token.i):
        return None  # "the pump could no longer draw water": what it cannot do, not what may happen
    if token.tag_ == "MD" and _concessive(verb):
        return None  # "X may be small, but …": granted, not asked
    return clause_question(verb, drop | {token.i}, future=token.tag_ == "MD")


def _concessive(verb: Token) -> bool:
    """ "The bee may only be small, but …", "While a move may come with …": granted, not asked."""
    but = any(c.dep_ == "cc" and c.lower_ in {"but", "yet"} for c in verb.children) and child(verb, {"conj"})
    granting = verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in {"while", "although", "though", "whilst"} for c in verb.children
    )
    return bool(but) or granting


def _raised_question(cue: Token, clause: Token, drop: set[int], future: bool = False) -> str | None:
    """ "X is expected / likely to do Y" → "Will X do Y?"; "X seems to be Y" → "Is X Y?"."""
    tensed = cue if cue.pos_ in {"VERB", "AUX"} else cue.head
    if seen_event(clause) is not None:  # "we are likely to see prices rise": whoever sees, the rise is open
        return clause_question(clause, drop | {cue.i}, future=True)
    if (
        cue.tag_ == "VBN"
        and cue.dep_ in {"advcl", "conj"}
        and not any(c.dep_ == "auxpass" for c in cue.children)
    ):
        return None  # ", thought to be in the south": a participle says nothing of the main subject
    if _participle_read_as_verb(cue):
        return None  # "filmed the trucks, believed to be near the border", read as a second verb of the clip
    if _defining_relative(cue) or _defining_relative(cue.head):
        return None  # "a project which aimed to give hope": the relative is not the open point
    if _refuted(cue) or any(
        a.lower_ == "have" for a in tensed.children if a.dep_ == "aux" and a.i < tensed.i
    ):
        return None  # "it was previously thought …", "City might have expected to …"
    obj = child(cue, {"dobj"}) if base_form(cue) in OBJECT_RAISING else None  # "expect the bank to cut rates"
    subject = noun_phrase(obj) if obj is not None else subject_of(tensed) or _reporter_subject(tensed)
    if not subject and cue.dep_ == "acl" and cue.head.pos_ in {"NOUN", "PROPN"} and cue.lemma_ in SCHEDULED:
        subject = noun_phrase(cue.head, drop={t.i for t in cue.subtree})  # "the poll, expected to fall …"
    if not subject:
        return None
    past = any(t.tag_ == "VBD" for t in [tensed, *tensed.children] if t == tensed or t.dep_.startswith("aux"))
    future = future or cue.lemma_ in FUTURE_CUES
    return clause_question(clause, drop | {cue.i}, future=future, subject=subject, past=past)


def _participle_read_as_verb(cue: Token) -> bool:
    """A participle after a comma that the parse read as a past verb joined to the main one, with no subject
    and no "and" / "but" of its own (", believed to be near …")."""
    doc = cue.doc
    return (
        cue.dep_ == "conj"
        and cue.tag_ == "VBD"
        and cue.i > 0
        and doc[cue.i - 1].text == ","
        and not any(c.dep_ in {"nsubj", "nsubjpass", "cc"} for c in cue.children)
        and not any(c.dep_ == "cc" for c in cue.head.children)
    )


def _reporter_subject(verb: Token) -> list[Token] | None:
    """ "Veritas says it hopes to …": the pronoun subject of a reported plan is the named reporter."""
    pronoun = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if pronoun is None or pronoun.tag_ != "PRP":
        return None
    named = named_subject([pronoun])
    return named if named != [pronoun] else None


def _defining_relative(verb: Token) -> bool:
    """A relative clause that defines its noun (no comma before it); ", which was expected to …" is kept."""
    if verb.dep_ != "relcl":
        return False
    start = verb.left_edge.i
    return start == 0 or verb.doc[start - 1].text != ","


def _in_purpose(cue: Token) -> bool:
    """ "using the issue to suggest …": a cue inside a purpose infinitive says what someone aims at."""
    return (
        cue.dep_ in {"advcl", "xcomp"}
        and cue.head.pos_ == "VERB"
        and any(c.tag_ == "TO" for c in cue.children)
    )


def _past_doubt(cue: Token, hedge: HedgeCue) -> bool:
    """ "I wasn't sure he was going to hold on": a speaker's past doubt, settled by the time of writing."""
    holder = cue.head if cue.dep_ in {"acomp", "attr"} else cue
    first_person = any(c.dep_ == "nsubj" and c.lower_ in {"i", "we"} for c in holder.children)
    return hedge.kind == "unknown" and first_person and holder.tag_ == "VBD"


def _told_how(cue: Token) -> bool:
    """A hedge inside an indirect question that the sentence gives as content, not as open: "information
    about how firms could protect themselves", "to help customers envisage how a kitchen might look", "I can
    see how people might think …" (asked "How will firms protect themselves?" it turns round what is told).
    Under a word of asking, inquiring, deciding, telling or knowing ("asked how", "unclear how", "did not say
    how") the question stays open and is left alone."""
    clause = cue.head if cue.tag_ == "MD" or cue.dep_ == "advmod" else cue
    if clause.dep_ not in {"ccomp", "pcomp", "csubj"}:
        return False  # not a time clause ("in May, when inflation may fall below 2%")
    opening = clause.doc[clause.left_edge.i]
    if opening.tag_ not in WH_TAGS or opening.lower_ not in WH_WORDS or opening == cue:
        return False  # a "that" the tagger calls WDT opens a statement, not a question
    governor = clause.head  # "unclear how …", "there was no word on when …": the clause hangs on "is" / "was"
    if clause.dep_ == "pcomp":  # "information about how …", "no word from the ministry on when …"
        nouns = list(itertools.takewhile(lambda a: a.pos_ not in {"VERB", "AUX"}, governor.ancestors))
        governor = nouns[-1].head if nouns else governor.head
        words_over = [*nouns, governor]
    else:
        words_over = [governor]
    words_over += [c for c in governor.children if c.dep_ in {"acomp", "attr"}]
    return not any(_leaves_open(w) for w in words_over)


def _leaves_open(word: Token) -> bool:
    """A word under which an indirect question stays open: "asked", "unclear", "to be seen", "did not say"."""
    lemma = base_form(word) if word.pos_ in {"VERB", "AUX"} else word.lemma_.lower()
    if lemma in ASKING_WORDS or word.lower_ in ASKING_WORDS:
        return True
    if word.pos_ == "NOUN" and any(c.lower_ == "no" for c in word.children):
        return True  # "there was no word on when …", "no details of how …"
    if lemma not in KNOWING_WORDS and word.lower_ not in KNOWING_WORDS:
        return False
    denied = any(
        c.dep_ == "neg" or c.lower_ in {"nobody", "no", "never"}
        for c in (*word.children, *word.head.children)
    )
    still = word.tag_ == "VBN" and still_open(word)  # "it remains to be seen how …"
    return denied or still or base_form(word.head) in REFUSING or word.head.lower_ == "unable"


def _first_impression(cue: Token) -> bool:
    """ "the dog initially appears disinterested": how a thing looked at first, which the story goes on to
    revise, not an open point."""
    if cue.lemma_ not in SEEM_VERBS:
        return False
    first = any(c.dep_ == "advmod" and c.lower_ in FIRST_WORDS for c in cue.children)
    return first or any(
        c.dep_ == "prep" and c.lower_ == "at" and any(g.lower_ == "first" for g in c.children)
        for c in cue.children
    )


def _own_view(cue: Token) -> bool:
    """ "I think X will …", "we believe governments have ignored …": a quoted speaker's own opinion is what
    the quote says, given as such, not a point the article leaves open."""
    return base_form(cue) in OPINION_VERBS and any(
        c.dep_ == "nsubj" and c.lower_ in {"i", "we"} for c in cue.children
    )


def _own_ignorance(cue: Token) -> bool:
    """ "I don't know what the secret of our form is", "he doesn't even know what the pact is": one person's
    not knowing a fact (the speaker's own, or what a speaker says of one other person, often a jab) answers
    for nobody else; what is open to all is told otherwise ("nobody knows", "it is unclear", "police did not
    say", "we do not know how many died" in an official's voice). "I don't know whether I'll sign again" is
    a choice still open: asked."""
    one = any(c.dep_ == "nsubj" and _one_person(c) for c in cue.children)
    return cue.lemma_ == "know" and one and wh_clause(cue) is not None


def _one_person(subject: Token) -> bool:
    """ "I", "he", "she", or a person's name: one person, not a body, a group or "we"."""
    return subject.lower_ in {"i", "he", "she"} or subject.ent_type_ == "PERSON"


def _speakers_aside(cue: Token) -> bool:
    """ "I was hoping to win the final", "I could be rude about them": a speaker's view of the past, told
    as the story goes, or what the speaker could choose to do, not an open point."""
    holder = cue.head if cue.tag_ == "MD" or cue.dep_ in {"acomp", "advmod"} else cue
    speaker = next((c for c in holder.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if speaker is None or speaker.lower_ not in {"i", "we"} or seen_event(holder) is not None:
        return False
    if cue.tag_ == "MD":
        return cue.lower_ in {"could", "can"}
    return holder.tag_ == "VBD" or any(c.dep_ == "aux" and c.tag_ == "VBD" for c in holder.children)


def _granted_view(cue: Token) -> bool:
    """ "Although officials believed X, the governor …", "While Y appears to …, Z": a view or a look granted
    in a concessive clause, which the main clause goes on to answer or set aside."""
    if cue.lemma_ not in SEEM_VERBS and base_form(cue) not in OPINION_VERBS:
        return False
    return cue.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONCEDING for c in cue.children)


def _answered(cue: Token) -> bool:
    """ "the suggestion that perhaps he was tired, to which he replied: …", "Asked whether he would resign,
    Mr Lee said he would stay": the one asked answers in the same sentence, so the article does not leave it
    open."""
    replied = any(
        t.lemma_ in REPLYING and t.pos_ == "VERB" and (t.dep_ == "relcl" or _to_which(t))
        for t in cue.sent
        if t.i > cue.i
    )
    return replied or any(_asked_and_answered(a, cue) for a in cue.ancestors)


def _asked_and_answered(asked: Token, cue: Token) -> bool:
    """ "Asked whether he would resign, X said …": someone asked what they themselves will do, opening a
    sentence whose main verb gives their answer ("Asked whether it was realistic to …" asks of something
    else, which the reply need not settle)."""
    clause = cue.head if cue.dep_ == "mark" else cue
    own = any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in PERSONAL for c in clause.children)
    return (
        own
        and asked.lemma_ == "ask"
        and asked.tag_ == "VBN"
        and asked.dep_ == "advcl"
        and asked.i < asked.head.i
        and (asked.head.lemma_ in REPLYING or base_form(asked.head) in ANSWERING)
        and any(c.dep_ == "nsubj" for c in asked.head.children)
    )


def _to_which(verb: Token) -> bool:
    """ "…, to which he replied": the reply is to what came before."""
    return any(
        c.dep_ == "prep" and any(g.tag_ == "WDT" for g in c.children) for c in verb.children if c.i < verb.i
    )


def _refuted(cue: Token) -> bool:
    """A belief the article reports as past: "it was previously thought", "until recently it was believed"."""
    words_before = {t.lower_ for t in cue.sent if t.i < cue.i}
    return cue.tag_ == "VBN" and bool(
        words_before & {"previously", "once", "formerly", "until", "originally"}
    )


def _unknown_question(token: Token, drop: set[int]) -> str | None:
    """ "It is unclear who/whether …" → the clause asked; "The details of X are unknown" → "What are …?"."""
    holder = token if token.pos_ in {"VERB", "AUX"} or token.dep_ == "ROOT" else token.head
    clause = child(token, {"ccomp", "csubj"}) or child(holder, {"ccomp", "csubj"})
    if clause is not None and clause.dep_ == "ccomp" and clause.i < token.i and token.dep_ != "parataxis":
        return None  # "… letters come from readers we don't know": a relative read as the unknown
    if clause is not None:
        return clause_question(clause, drop)
    if (fact := untold_fact(token)) is not None:  # "does not know the total cost of …" → "What is the …?"
        return _fact_question(noun_phrase(fact))
    subject = (
        (subject_of(holder) or subject_of(token.head))
        if token.pos_ in {"ADJ", "AUX"} or token.tag_ == "VBN"
        else None
    )
    if subject is None or len(subject) > 12 or not subject_stands_alone(subject):
        return None
    root = phrase_root(subject)
    if not (root.pos_ == "PROPN" or any(c.dep_ in {"det", "poss"} for c in root.children)):
        return None  # "cause of the fire" without its article: the source lost a word
    if not says_whose(root):
        return None  # "What is the exact time?", "What are all the details?": of what, the line does not say
    if any(c.dep_ == "poss" and c.tag_ == "PRP$" and c._.named is None for c in root.children):
        return None  # "What is its fate?": whose, the page alone cannot say
    if token.tag_ == "VBN" and not any(c.dep_ == "auxpass" for c in token.children):
        return None  # "CNN hasn't confirmed …" says who has not confirmed, not what is unknown
    return f"What {'are' if plural(phrase_root(subject)) else 'is'} {words(subject, lower_first=True)}?"


def _fact_question(fact: list[Token]) -> str | None:
    """ "What is the total cost of the parade?": the untold fact, when the phrase says whose."""
    root = phrase_root(fact)
    if len(fact) > 12 or not subject_stands_alone(fact) or any(t.is_punct for t in fact):
        return None
    if not any(c.dep_ == "prep" for c in root.children) and not any(c.dep_ == "poss" for c in root.children):
        return None  # "the cost": of what, the line cannot say
    if any(t.tag_ == "PRP$" and t._.named is None for t in fact) or stray(fact[-1], root):
        return None
    return f"What {'are' if plural(root) else 'is'} {words(fact, lower_first=True)}?"


def _topic_question(token: Token, drop: set[int]) -> str | None:
    """Speculation about a deal → "Was a deal between X and Y agreed, and on what terms?"."""
    if token.dep_ in {"dobj", "nsubjpass"} and token.head.lemma_.lower() in DISMISSING:
        return None  # "ends speculation that she would run": the article settles it
    if (held := stated_clause(token)) is not None:  # "the rumour is that X will …" → "Will X …?"
        return clause_question(held, drop)
    if token.dep_ == "amod":
        return _agreed(token.head, drop | {token.i})
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in TOPIC_PREPS):
        if (topic := child(prep, {"pobj"})) is not None:
            return _agreed(topic, drop)
    clause = child(token, {"acl", "ccomp"})
    return clause_question(clause, drop) if clause is not None else None


def _agreed(noun: Token, drop: set[int]) -> str | None:
    """A question about a possible agreement; other topics are left alone (they rarely read well)."""
    phrase = noun_phrase(noun, drop_determiners=True, drop=drop)
    if noun.lemma_.lower() not in AGREED_NOUNS or not phrase:
        return None
    text = words(phrase, lower_first=True)
    return f"Was {'an' if text[0].lower() in 'aeiou' else 'a'} {text} agreed, and on what terms?"

"""Small hand-made Briefings for tests of the stages after extraction (no spaCy needed)."""

from __future__ import annotations

from builder.core.model import Actor, Article, Briefing, Concern, Evidence, Gift, Question, Sentence, Term


def article(aid: str, date: str | None = None, source: str | None = None, text: str = "") -> Article:
    paragraphs = tuple(p for p in text.split("\n") if p) or ("Text.",)
    return Article(aid, aid.replace("_", "-"), f"{aid}.txt", None, date, source, None, (), paragraphs, aid)


def sentences_of(art: Article) -> tuple[Sentence, ...]:
    out, start = [], 0
    for i, para in enumerate(art.paragraphs):
        out.append(Sentence(len(out) + 1, i, start, start + len(para), para))
        start += len(para) + 2
    return tuple(out)


def ev(b_or_art: Article, sentences: tuple[Sentence, ...], index: int) -> Evidence:
    s = sentences[index - 1]
    return Evidence(b_or_art.id, s.index, s.start, s.end, s.text)


def briefing(
    aid: str,
    text: str,
    date: str | None = None,
    source: str | None = None,
    actors: list[tuple[str, str, int, tuple[str, ...], int]] = (),
    gifts: list[tuple[str, str, str, int]] = (),
    concerns: list[tuple[str, str, int]] = (),
    questions: list[tuple[str, int]] = (),
    terms: list[tuple[str, str, int]] = (),
) -> Briefing:
    """Actors: (name, kind, mentions, aliases, sentence); gifts: (giver, item, recipient, sentence); …"""
    art = article(aid, date, source, text)
    sents = sentences_of(art)
    return Briefing(
        article=art,
        title=f"Title of {aid}",
        sentences=sents,
        summary=(ev(art, sents, 1),),
        actors=tuple(
            Actor(n.lower().replace(" ", "-"), n, k, (), a, m, (ev(art, sents, s),))
            for n, k, m, a, s in actors
        ),
        gifts=tuple(Gift(g, i, r, "given", ev(art, sents, s)) for g, i, r, s in gifts),
        concerns=tuple(Concern(h, a, "concern", ev(art, sents, s)) for h, a, s in concerns),
        questions=tuple(Question(q, "may", ev(art, sents, s)) for q, s in questions),
        terms=tuple(Term(t, label, ev(art, sents, s)) for t, label, s in terms),
    )

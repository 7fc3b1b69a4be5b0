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


HUBS = (("Amara Okafor", "person"), ("Lars Dahl", "person"), ("Union of Ports", "organisation"),
        ("Norland", "country"), ("Kestrel Bank", "organisation"))  # fmt: skip
KINDS = ("person", "person", "organisation", "country")


def synthetic_briefings(count: int, actors: int = 4000) -> list[Briefing]:
    """`count` cheap, varied briefings for tests of the site at scale (no spaCy): invented names, sentences.

    Each article names a hub actor (one of HUBS, each in every fifth article) and three actors from a pool of
    `actors`, the lower numbers more often, so a few actors and tags are in hundreds of articles and most
    in one or two, as in real news.
    """
    out = []
    for i in range(count):
        hub, hub_kind = HUBS[i % len(HUBS)]
        picks = sorted({(i * 7919 + k * 104729) % (1 + (i * (k + 3)) % actors) for k in range(3)})
        names = [f"Actor {n:04d} {['Okoro', 'Lind', 'Vasquez', 'Moreau'][n % 4]}" for n in picks]
        text = "\n".join(
            [
                f"{hub} met {names[0]} in the harbour town of Vell on day {i}.",
                f"{names[-1]} gave {hub} a carved wooden box as a token of thanks.",
                f"Officials worried about the cost of the visit number {i}.",
                "It is not yet clear whether the talks will continue next month.",
            ]
        )
        month = 1 + i % 12
        out.append(
            briefing(
                f"syn_{i:05d}",
                text,
                date=None if i % 10 == 0 else f"20{20 + i % 5}-{month:02d}-{1 + i % 28:02d}",
                source=f"Outlet {i % 9}",
                actors=[
                    (hub, hub_kind, 3, (), 1),
                    *((n, KINDS[int(n[6:10]) % 4], 2, (), 2) for n in names),
                ],
                gifts=[(names[-1], "a carved wooden box", hub, 2)],
                concerns=[("Officials", f"the cost of the visit number {i}", 3)],
                questions=[("Will the talks continue next month?", 4)],
                terms=[("Vell", "GPE", 1)],
            )
        )
    return out

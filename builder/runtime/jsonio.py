"""JSON form of briefings (`briefing extract --format json`); the schema is documented in the README."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from builder.core.model import Actor, Article, Briefing, Concern, Evidence, Gift, Question, Sentence, Term
from builder.stories.merge import Story

SCHEMA_VERSION = 1


def evidence_dict(evidence: Evidence) -> dict[str, Any]:
    return {
        "sentence": evidence.sentence,
        "start": evidence.start,
        "end": evidence.end,
        "text": evidence.text,
    }


def _item(obj: Any) -> dict[str, Any]:
    data = asdict(obj)
    data["evidence"] = evidence_dict(obj.evidence)
    return data


def briefing_to_dict(briefing: Briefing) -> dict[str, Any]:
    """Plain, stable JSON: article metadata plus every item with its evidence."""
    article = briefing.article
    return {
        "schema": SCHEMA_VERSION,
        "id": article.id,
        "slug": article.slug,
        "path": article.path,
        "title": briefing.title,
        "date": article.date,
        "source": article.source,
        "url": article.url,
        "tags": list(article.tags),
        "summary": [{"text": e.text, "evidence": evidence_dict(e)} for e in briefing.summary],
        "actors": [
            {
                "id": a.id,
                "name": a.name,
                "kind": a.kind,
                "roles": list(a.roles),
                "aliases": list(a.aliases),
                "mentions": a.mentions,
                "evidence": [evidence_dict(e) for e in a.evidence],
            }
            for a in briefing.actors
        ],
        "gifts": [_item(g) for g in briefing.gifts],
        "concerns": [_item(c) for c in briefing.concerns],
        "questions": [_item(q) for q in briefing.questions],
        "sentences": [asdict(s) for s in briefing.sentences],
        "terms": [
            {"text": t.text, "label": t.label, "evidence": evidence_dict(t.evidence)} for t in briefing.terms
        ],
        "extractor_version": briefing.extractor_version,
    }


def _evidence(data: dict[str, Any], article_id: str) -> Evidence:
    return Evidence(article_id, data["sentence"], data["start"], data["end"], data["text"])


def briefing_from_dict(data: dict[str, Any], article: Article) -> Briefing:
    """Rebuild a Briefing from its JSON form (the inverse of briefing_to_dict, for the cache)."""
    aid = article.id

    def items(key: str, cls: type) -> tuple:
        return tuple(cls(**{**d, "evidence": _evidence(d["evidence"], aid)}) for d in data[key])

    return Briefing(
        article=article,
        title=data["title"],
        sentences=tuple(Sentence(**s) for s in data["sentences"]),
        summary=tuple(_evidence(s["evidence"], aid) for s in data["summary"]),
        actors=tuple(
            Actor(
                a["id"],
                a["name"],
                a["kind"],
                tuple(a["roles"]),
                tuple(a["aliases"]),
                a["mentions"],
                tuple(_evidence(e, aid) for e in a["evidence"]),
            )
            for a in data["actors"]
        ),
        gifts=items("gifts", Gift),
        concerns=items("concerns", Concern),
        questions=items("questions", Question),
        extractor_version=data["extractor_version"],
        terms=tuple(
            Term(t["text"], t["label"], _evidence(t["evidence"], aid)) for t in data.get("terms", [])
        ),
    )


def story_to_dict(story: Story) -> dict[str, Any]:
    """A story group with its merged gifts, each wording with the sentences that carry it."""
    return {
        "id": story.id,
        "slug": story.slug,
        "title": story.title,
        "date": story.date,
        "article_ids": list(story.article_ids),
        "gifts": [
            {
                "giver": g.giver,
                "recipient": g.recipient,
                "status": g.status,
                "sources": list(g.sources),
                "items": [
                    {
                        "text": v.text,
                        "cited": [{"article_id": c.article_id, "sentence": c.sentence} for c in v.citations],
                    }
                    for v in g.variants
                ],
            }
            for g in story.gifts
        ],
    }

"""The view of an actor's page: their aliases, roles, stories, gifts, concerns and articles, escaped."""

from __future__ import annotations

from builder.site.escape import md_inline, yaml_string
from builder.site.views.story_view import STORIES_DIR, TAGS_DIR, THREADS_DIR, Links, item_text
from builder.stories.directory import ArticleRef, Profile

ACTOR_LIST_LIMIT = 60  # rows per list on an actor's page (newest first), so a hub of 1,000 articles stays light


def article_link(a: ArticleRef, prefix: str) -> str:
    return f"[{md_inline(a.title)}]({prefix}briefings/{a.slug}.md)"


def profile_view(p: Profile, links: Links) -> dict[str, object]:
    """Everything the actor template prints."""

    def cite(ref: ArticleRef, sentence: int) -> str:
        return f"[§{sentence}](../briefings/{ref.slug}.md#s{sentence}){{ .cite }}"

    lists = {
        "stories": p.stories,
        "threads": p.threads,
        "given": p.gifts_given,
        "received": p.gifts_received,
        "raised": p.concerns_raised,
        "about": p.concerns_about,
        "articles": p.articles,
    }
    return {
        "more": {k: max(0, len(v) - ACTOR_LIST_LIMIT) for k, v in lists.items()},
        "tag": f"../{TAGS_DIR}/{links.tag_slugs[p.name]}.md" if p.name in links.tag_slugs else "",
        "name": md_inline(p.name),
        "name_yaml": yaml_string(p.name),
        "description_yaml": yaml_string(f"{p.name}: {p.kind} named in {len(p.articles)} briefing(s)."),
        "kind": p.kind,
        "summary": f"{p.kind}, named {p.mentions} times in {len(p.articles)} article(s)",
        "aliases": md_inline(", ".join(p.aliases)),
        "roles": md_inline("; ".join(p.roles)),
        "stories": [f"[{md_inline(t)}](../{STORIES_DIR}/{s}.md)" for s, t in p.stories[:ACTOR_LIST_LIMIT]],
        "threads": [
            {"date": t.date or "undated", "link": f"[{md_inline(t.title)}](../{THREADS_DIR}/{t.slug}.md)"}
            for t in p.threads[:ACTOR_LIST_LIMIT]
        ],
        "given": [
            {
                "item": item_text(g.item),
                "other": links.actor(g.recipient, "../"),
                "source": article_link(r, "../"),
                "cite": cite(r, g.evidence.sentence),
            }
            for g, r in p.gifts_given[:ACTOR_LIST_LIMIT]
        ],
        "received": [
            {
                "item": item_text(g.item),
                "other": links.actor(g.giver, "../"),
                "source": article_link(r, "../"),
                "cite": cite(r, g.evidence.sentence),
            }
            for g, r in p.gifts_received[:ACTOR_LIST_LIMIT]
        ],
        "raised": [
            {
                "text": md_inline(c.about),
                "source": article_link(r, "../"),
                "cite": cite(r, c.evidence.sentence),
            }
            for c, r in p.concerns_raised[:ACTOR_LIST_LIMIT]
        ],
        "about": [
            {
                "holder": md_inline(c.holder),
                "text": md_inline(c.about),
                "source": article_link(r, "../"),
                "cite": cite(r, c.evidence.sentence),
            }
            for c, r in p.concerns_about[:ACTOR_LIST_LIMIT]
        ],
        "articles": [{"date": a.date or "undated", "link": article_link(a, "../")} for a in p.articles[:ACTOR_LIST_LIMIT]],
    }

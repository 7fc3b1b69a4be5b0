"""Group briefings into stories: articles about the same event, told apart from similar events.

1. Each article becomes a TF-IDF vector of words, named things, numbers and years (`grouping_features`).
2. First-neighbour rounds (after FINCH, Sarfraz et al., CVPR 2019): every article is linked to its single
   most similar article, and the connected groups are the first partition. In the second round every group
   is linked to its most similar group (mean cosine over their article pairs) in the same way. Nearest
   neighbours are reliable where absolute similarity is not: two similar events of one topic (two
   earthquakes, two rehab stays) share topic words, but an article's nearest neighbour almost always reports
   on its own event (98-99% on the dev sets), so groups grow inside one event first.
3. Each round has its own floor (`LINK_FLOORS`), the least cosine of a link, and the rounds stop after the
   last floor, not when nothing changes. The floors rise because the nearest neighbour grows less reliable
   round by round: an article's is nearly always its own event, a group's is more often the other event of
   its topic, and a third round mostly joins the two events of each topic.

Articles dated more than `DATE_WINDOW_DAYS` apart are never linked directly, and neither are articles whose
leads (title and first sentence) both name years but share none: undated reports of two summits four years
apart are two stories. Everything runs over sparse pairs found through inverted indexes, in sorted order, so
the result is deterministic and near-linear in practice.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from builder.core.model import Briefing
from builder.stories.features import Vector, cosine_pairs, display_forms, features_of, tfidf
from builder.stories.linking import first_neighbour_groups

CANDIDATE_FLOOR = 0.05  # cosine below this is not worth keeping as a pair at all
# Least cosine of a link in each round: articles to groups, then groups (by mean cosine) to stories. On the
# dev sets no article's first-neighbour link falls between 0.111 and 0.126, 8 of the 9 below are wrong and
# 99% of those above are right. Group links need more, as a group's nearest group is more often the other
# event of its topic.
LINK_FLOORS = (0.12, 0.15)
DATE_WINDOW_DAYS = 60  # dated articles further apart than this are different stories
KEY_TERMS = 6
YEAR = re.compile(r"\b(?:19|20)\d\d\b")


@dataclass(frozen=True)
class StoryGroup:
    """Articles about one event: a stable id, member article ids (by date, then id) and what it is about."""

    id: str
    article_ids: tuple[str, ...]
    key_terms: tuple[str, ...]
    first_date: str | None
    last_date: str | None

    @property
    def size(self) -> int:
        return len(self.article_ids)


def chronological(briefing: Briefing) -> tuple[bool, str, str]:
    """Sort key: dated articles first, by date, then by id."""
    date = briefing.article.date
    return (date is None, date or "", briefing.article.id)


def story_id(founder_id: str) -> str:
    """A stable story id from the id of its earliest article."""
    return "story-" + hashlib.sha1(founder_id.encode("utf-8")).hexdigest()[:10]


def too_far_apart(a: str | None, b: str | None) -> bool:
    """True when both dates are known and further apart than the window."""
    if a is None or b is None:
        return False
    gap = dt.date.fromisoformat(a) - dt.date.fromisoformat(b)
    return abs(gap.days) > DATE_WINDOW_DAYS


def lead_years(briefing: Briefing) -> frozenset[str]:
    """The years named in the title and first sentence: when the event happened, as the lead states it."""
    texts = [briefing.article.title or "", *(s.text for s in briefing.sentences[:1])]
    return frozenset(year for text in texts for year in YEAR.findall(text))


def years_disagree(a: frozenset[str], b: frozenset[str]) -> bool:
    """True when both leads name years and none of them is shared."""
    return bool(a and b and not a & b)


def key_terms(vectors: Iterable[Vector], forms: dict[str, str]) -> tuple[str, ...]:
    """The group's heaviest names and words, for display."""
    total: dict[str, float] = defaultdict(float)
    for vector in vectors:
        for feature, weight in vector.items():
            if feature[:2] in {"t:", "w:"}:
                total[feature] += weight
    ranked = sorted(total.items(), key=lambda item: (-item[1], item[0]))
    name_words = {w for f in total if f.startswith("t:") for w in f[2:].split()}
    shown: dict[str, str] = {}
    for feature, _ in ranked:
        if feature.startswith("t:") or feature[2:] not in name_words:  # "putin" is shown as "Vladimir Putin"
            shown.setdefault(feature[2:], forms.get(feature, feature[2:]))
    return tuple(shown.values())[:KEY_TERMS]


def make_group(members: Sequence[Briefing], vectors: Sequence[Vector], forms: dict[str, str]) -> StoryGroup:
    """A StoryGroup of briefings already in chronological order."""
    dates = sorted(b.article.date for b in members if b.article.date)
    return StoryGroup(
        id=story_id(members[0].article.id),
        article_ids=tuple(b.article.id for b in members),
        key_terms=key_terms(vectors, forms),
        first_date=dates[0] if dates else None,
        last_date=dates[-1] if dates else None,
    )


def group_stories(briefings: Sequence[Briefing]) -> tuple[StoryGroup, ...]:
    """Stories of the briefings, in the chronological order of their founding articles."""
    ordered = sorted(briefings, key=chronological)
    vectors = tfidf([features_of(b) for b in ordered])
    dates = [b.article.date for b in ordered]
    years = [lead_years(b) for b in ordered]
    similar = {
        (i, j): s
        for (i, j), s in cosine_pairs(vectors, CANDIDATE_FLOOR).items()
        if not too_far_apart(dates[i], dates[j]) and not years_disagree(years[i], years[j])
    }
    forms = display_forms(ordered)
    return tuple(
        make_group([ordered[i] for i in group], [vectors[i] for i in group], forms)
        for group in first_neighbour_groups(len(ordered), similar, LINK_FLOORS)
    )

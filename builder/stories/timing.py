"""When two articles can report one happening: their places on the timeline, the window, references back,
the months and occasions their leads name.

An article is placed on the timeline by its own date, else by a full date its lead states (`placed_date`).
Two placed articles more than a few days apart (`FEW_DAYS`) report one happening only when their leads tell
the same act (`features.acts_of`: a bid is "offer" in both reports, its rejection is "reject", the raised
bid "raise"), and within the window, or when the later one names a day within a few days of the earlier one's
date ("the mother of 12 killed on Oct. 21, 2011"); otherwise they are stages of a thread (`threads`), however
alike their words. A month named is no such reference ("the offer turned down in March" is a later
happening's). Undated articles are not ruled
out by time, but their leads must not name different years ("in April 2019" against "in September 2023"), nor
different months (`dates.lead_months`: "fewer jobs than expected in January" against "… in December", two
monthly releases). Leads that name different occasions of one kind (the Golden Globes and the Spirit awards,
two summits) never share a story, dated or not, even through other articles.

Months only keep two articles from linking directly, and only where one is undated: ECB+ leads also name the
month of a deadline or of an earlier happening ("trial is set for June 17"; the shooting "in April 2012"), and
as a rule over whole groups the months split 22 pairs of one event (ECB+ dev 94.84 → 93.28).

The window comes from ECB+, the dev set with dates (in 178 of its leads): of the 744 pairs of dated articles
on one event, 73% are at most a day apart, 83.5% at most 7 days, 84.3% at most 30 and 95.3% at most 60; of
the 35 pairs further apart, 11 refer back. Two events of one ECB+ topic are at least 1,549 days apart. The
pairs one to two months apart are follow-ups that ECB+ counts as the same event (charges filed weeks after an
arrest); cross-validation over 7, 30 and 60 days chose 60 on every fold (`builder.evaluation.story_tuning`).
Most of those follow-ups are another act (the arrest and the charges; a rehab check-in and the check-out six
weeks later; an escape and the capture a week on), and ECB+ scores their split as lost recall: ECB+ dev
96.2 → 93.5. A few days is a week: 83.5% of ECB+'s dated pairs of one event, and a week of reports of one
happening (a hit-and-run told again six days on, "leaves mother of 2 dead") rarely leads with one verb.

Occasions: two reports of one kind of happening share most of their words (two award ceremonies, two party
conferences, two elections), and without dates nothing else tells them apart; but their leads name the
occasion, and the names differ ("the Golden Globe Awards", "this year's Independent Spirit Awards"). An
occasion is named when its head word (`HEADS`, grouped into kinds) follows a proper name ("Labour's spring
conference", "the G8 summit", "Spirit awards"), or is itself a proper name of that kind ("the Oscars"), or
when a match is named by its two sides ("Italy v Wales"), or an award by the body that gives it ("The Harbour
Film Critics Association named it best film": one critics' body's prizes and another's awards night are two
ceremonies, though both crown one film), or one of a numbered series by its number ("the 11th Doctor" against
"the Twelfth Doctor": two castings of one role, years apart; in ECB+ this is the only capitalised word after
an ordinal that two leads share, and never within one event). Occasions without a proper name ("the general
election", "a summit") are not counted: they do not say which one.

A placed report whose lead tells an occasion as weeks away and a report whose lead tells an occasion of that
kind as at hand are two happenings, dated or not (see "An occasion told ahead, and one told at hand" below).

An article that tells another's news as its own past or as a side happening is another happening, dated or
not (see "Another article's news told as something else" below).

Two leads disagree only where both name an occasion of one kind and no occasion of that kind shares a name
word: a report may name the occasion by part of its name ("the Spirit awards"), or name two occasions
("ahead of the EU summit, at the Nato meeting"), and then it is not ruled out.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Protocol, TypeVar

import numpy as np

from builder.core.model import Briefing
from builder.stories.dates import day_number, days_in, lead_texts, refers_to
from builder.stories.linking import Spans

WINDOW_DAYS = 60
FEW_DAYS = 7  # articles placed further apart than this report one happening only if their leads tell one act
SPAN = 1 << 23  # above any day number (9999-12-31 is 3,652,059) plus a window: numbers per article
T = TypeVar("T")
YEAR = re.compile(r"\b(?:19|20)\d\d\b")


# fmt: off
# Head words of named occasions, by kind: two occasions of different kinds are not compared.
HEADS = {
    "meeting": ("summit", "summits", "conference", "conferences", "congress", "convention", "forum",
                "meeting", "talks", "assembly"),
    "awards": ("awards", "award", "prizes", "oscars", "globes", "baftas", "emmys", "grammys", "brits"),
    "election": ("election", "elections", "poll", "polls", "referendum", "primary", "primaries"),
    "budget": ("budget",),
    "festival": ("festival", "show", "expo", "fair", "week"),
    "contest": ("final", "semi-final", "cup", "open", "championship", "championships", "games", "olympics",
                "grand prix", "marathon", "derby", "tournament"),
}
# Lower-case words that may stand between a name and the head ("Labour's spring conference").
QUALIFIERS = ("spring", "autumn", "summer", "winter", "annual", "party", "general", "presidential",
              "parliamentary", "leadership", "local", "national", "regional", "world", "climate", "peace",
              "emergency", "film", "music", "book", "trade", "motor", "fashion", "air", "cup", "league",
              "mid-term", "midterm", "state", "federal", "european", "budget", "awards", "ministerial")
# Words of a capitalised run that do not name anything ("The", "At", "Annual").
FILLER = frozenset({"the", "a", "an", "this", "that", "last", "next", "year", "years", "annual", "its", "his",
                    "her", "their", "our", "at", "of", "in", "on", "for", "to", "and", "new", "first",
                    "second", "third", "final", "said", "says", "has", "have", "had", "was", "is", "will",
                    "would", "after", "before", "ahead", "during", "since", "when", "while", "as", "by",
                    "with", "from", "but"})
# fmt: on
KIND = {head: kind for kind, heads in HEADS.items() for head in heads}
SELF_NAMED = frozenset({"oscars", "globes", "baftas", "emmys", "grammys", "brits", "olympics"})
NAME_WORD = r"(?:[A-Z][\w'’\-]*|\d+[A-Za-z]*)"
# Up to four name words (capitalised, or like "G8"), a possessive allowed, up to two qualifiers, the head.
OCCASION = re.compile(
    rf"((?:{NAME_WORD}(?:'s|’s)?\s+){{1,4}})((?:(?i:{'|'.join(QUALIFIERS)})\s+){{0,2}})"
    rf"((?i:{'|'.join(sorted((re.escape(h) for h in KIND), key=len, reverse=True))}))\b"
    r"(?!\s+(?:and\s+)?[A-Z])"  # "the Central Election Commission" is a body, not an occasion
)
# An award named by the body that gives it ("The Harbour Film Critics Association named it best film", "was
# voted best film by the Lantern Critics Circle"): the words before the body's head name it.
BODY = r"(?:Critics'?|Association|Guild|Society|Circle|Academy)"
GIVES = r"(?:named|awarded|gave|voted|honou?red|crowned|chose|picked)"
AWARD_NAME = rf"(?:(?!{BODY}\b){NAME_WORD}\s+)"
AWARDER = re.compile(
    rf"({AWARD_NAME}{{1,4}}){BODY}(?:\s+{BODY})*(?:\s+\([A-Z]+\))?(?:\s+\w+)?\s+{GIVES}\b"
    rf"|\b(?:named|voted|awarded|honou?red|chosen)\b[^.;]{{0,60}}?\bby\s+the\s+({AWARD_NAME}{{1,4}}){BODY}\b"
)
# One of a numbered series, by its number ("the 11th Doctor" against "the Twelfth Doctor", "the 81st Academy
# Awards"): an ordinal before a capitalised word (not a month or a day: "the 4th August").
ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
            "eighteenth", "nineteenth", "twentieth")  # fmt: skip
NUMBERED = re.compile(rf"\b(?:(\d{{1,3}})(?:st|nd|rd|th)|((?i:{'|'.join(ORDINALS)})))\s+([A-Z][a-z]+)\b")
SIDE = rf"{NAME_WORD}(?:\s+{NAME_WORD})?"
FIXTURE = re.compile(rf"\b({SIDE})\s+(?:v|vs|versus)\.?\s+({SIDE})\b")
NOT_NAMES = frozenset(QUALIFIERS) | {m.lower() for m in (*calendar.month_name[1:], *calendar.day_name)}

Occasion = tuple[str, frozenset[str]]  # (kind, name words)


def name_words(text: str) -> frozenset[str]:
    """The words that name an occasion, lower-cased, without a possessive or a plural s, and the initials of a
    name of two words or more ("Missouri Valley Conference" is also "mvc").

    Capitalised words and codes ("G8", "COP26") count; numbers, ordinals, days, months and qualifiers do not
    (a sentence may open with "Parliamentary elections").
    """
    words = []
    for word in re.findall(r"[\w’'\-]+", text):
        low = word.lower().replace("’", "'").removesuffix("'s")
        if not word[0].isupper() or low in FILLER or low in NOT_NAMES:
            continue
        words.append(low[:-1] if low.endswith("s") and len(low) > 3 and not word.isupper() else low)
    initials = ["".join(w[0] for w in words)] if len(words) > 1 else []
    return frozenset(words + initials)


def occasions_in(text: str) -> Iterable[Occasion]:
    """The named occasions of one text."""
    for m in OCCASION.finditer(text):
        if words := name_words(m[1]):
            yield KIND[m[3].lower()], words
    for head in SELF_NAMED:
        if re.search(rf"\b{head.capitalize()}\b", text):
            yield KIND[head], frozenset({head[:-1]})
    for m in AWARDER.finditer(text):
        if words := name_words(m[1] or m[2]):
            yield "awards", words
    for m in NUMBERED.finditer(text):
        if (head := m[3].lower()) not in NOT_NAMES:
            yield f"numbered {head}", frozenset({m[1] or str(ORDINALS.index(m[2].lower()) + 1)})
    for m in FIXTURE.finditer(text):
        if (home := name_words(m[1])) and (away := name_words(m[2])):
            yield "match", home | away


def lead_occasions(briefing: Briefing) -> frozenset[Occasion]:
    """The occasions the title and lead sentences name."""
    return frozenset(o for text in lead_texts(briefing) for o in occasions_in(text))


def occasions_disagree(a: frozenset[Occasion], b: frozenset[Occasion]) -> bool:
    """Both leads name occasions of one kind, and none of that kind share a name word."""
    if not a or not b:  # most leads name none: answered without building the sets of kinds
        return False
    for kind in {k for k, _ in a} & {k for k, _ in b}:
        ours = [w for k, w in a if k == kind]
        theirs = [w for k, w in b if k == kind]
        if not any(x & y for x in ours for y in theirs):
            return True
    return False


# An occasion told ahead, and one told at hand.
#
# Reports of one kind of occasion share their words whichever occasion they tell of (a country's election
# this year and its election five years before: the same parties, the same commission, the same turnout
# figures), and an undated report gives no date to tell them apart. But a lead says where its article
# stands to the occasion. A report placed on the timeline whose lead tells the occasion as still to come
# ("elections to be held on a two-party basis", "the summit will open") and whose text names a day more
# than AHEAD_DAYS after its own date is news from well before the occasion: an announcement, a rule, a
# preparation. A lead that tells an occasion as at hand, taking place or just over ("voters cast ballots
# Sunday", "the election is over", "the summit opened today"), is written within a few days of it. The two
# are never one happening: if the second tells the first's occasion, it is written weeks after the first;
# if it tells another occasion of the kind, it is another occasion's news. A lead that tells its occasion
# both ways (the summit opened today; the next one will be held in May) is read as at hand only.
#
# Kinds are those of `HEADS`, named in either case (the election, the summit), without the heads that
# also name everyday things ("show", "week", "open", "final", "meeting", "talks"), and with the words of
# voting for elections.

AHEAD_DAYS = 2 * FEW_DAYS  # a day this far after a report's date: its occasion is weeks away, not at hand
EVERYDAY_HEADS = frozenset(
    {"show", "week", "fair", "open", "final", "cup", "games", "meeting", "talks", "forum", "assembly"}
    | {"primary"}
)
TOLD_KINDS = {
    **{head: kind for head, kind in KIND.items() if kind != "budget" and head not in EVERYDAY_HEADS},
    **dict.fromkeys(("vote", "votes", "voting", "voters", "ballot", "ballots", "balloting"), "election"),
}
TOLD_HEAD = re.compile(rf"\b({'|'.join(sorted(map(re.escape, TOLD_KINDS), key=len, reverse=True))})\b", re.I)
AHEAD = re.compile(
    r"\b(?:to\s+be\s+held|to\s+hold|will|shall|scheduled|slated|set\s+(?:for|to)|due\s+(?:on|in|to\s+be)"
    r"|upcoming|forthcoming|next|ahead\s+of|planned|to\s+take\s+place)\b",
    re.I,
)
AT_HAND = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight"
    r"|(?:is|are|was|were)\s+over|ended|began|opened|closed|concluded|wrapped\s+up|under\s?way)\b",
    re.I,
)


def told_kinds(text: str) -> frozenset[str]:
    """The kinds of occasion a text names (`TOLD_KINDS`)."""
    return frozenset(TOLD_KINDS[m[1].lower()] for m in TOLD_HEAD.finditer(text))


def lead_at_hand(briefing: Briefing) -> frozenset[str]:
    """The kinds of occasion the lead tells as taking place or just over: a sentence of the title or lead
    that names the occasion and a day of this week, today, or its beginning or end, and does not tell it as
    to come ("the commission said on Friday that the election will be held in May": the day is the
    saying's)."""
    texts = lead_texts(briefing, datelines=False)
    return frozenset(
        k for text in texts if AT_HAND.search(text) and not AHEAD.search(text) for k in told_kinds(text)
    )


def lead_ahead(briefing: Briefing, placed: str | None, references: Iterable[str]) -> frozenset[str]:
    """The kinds of occasion the lead of a placed report tells as still to come, where its text names a day
    more than AHEAD_DAYS after the report's date; not those it also tells as at hand."""
    if placed is None:
        return frozenset()
    today = day_number(placed)
    texts = lead_texts(briefing, datelines=False)
    days = [*references, *(iso for text in texts for iso in days_in(text, placed))]
    if not any(len(iso) == 10 and day_number(iso) - today > AHEAD_DAYS for iso in days):
        return frozenset()
    ahead = frozenset(k for text in texts if AHEAD.search(text) for k in told_kinds(text))
    return ahead - lead_at_hand(briefing)


Told = tuple[frozenset[str], frozenset[str]]  # the kinds of occasion a lead tells as weeks away, as at hand


def ahead_and_at_hand(a: Told, b: Told) -> bool:
    """Of two articles' (ahead, at hand) kinds: one tells an occasion of a kind as weeks away, the other
    one of that kind as at hand."""
    return bool(a[0] & b[1] or b[0] & a[1])


def lead_years(briefing: Briefing) -> frozenset[str]:
    """The years named in the title and first sentence: when the event happened, as the lead states it."""
    texts = [briefing.article.title or "", *(s.text for s in briefing.sentences[:1])]
    return frozenset(year for text in texts for year in YEAR.findall(text))


def years_disagree(a: frozenset[str], b: frozenset[str]) -> bool:
    """True when both leads name years and none of them is shared."""
    return bool(a and b and not a & b)


def days_apart(a: str, b: str) -> int:
    """Whole days between two ISO dates."""
    return abs((dt.date.fromisoformat(a) - dt.date.fromisoformat(b)).days)


class Placed(Protocol):
    """What the time rules read of an article (`stories.grouping.Facts`)."""

    placed: str | None
    years: tuple[str, ...]
    months: tuple[int, ...]
    references: tuple[str, ...]
    acts: tuple[str, ...]
    parties: tuple[str, ...]
    ahead: tuple[str, ...]
    at_hand: tuple[str, ...]

    def occasion_set(self) -> frozenset[Occasion]: ...


def per_distinct_pair(
    values: Sequence[T | None], first: np.ndarray, second: np.ndarray, verdict: Callable[[T, T], bool]
) -> np.ndarray:
    """`verdict(values[i], values[j])` for each pair (i, j), False where either value is empty or None.

    Asked once per distinct pair of values: leads name few distinct sets of years, months or occasions, and
    articles come from few outlets, so millions of pairs need few answers (from a table of every two distinct
    values when that is smaller than the pairs, else from the distinct pairs that occur).
    """
    numbers: dict[T, int] = {}
    ids = np.array([numbers.setdefault(v, len(numbers)) if v else -1 for v in values], dtype=np.int64)
    out = np.zeros(len(first), dtype=bool)
    a, b = ids[first], ids[second]
    both = (a >= 0) & (b >= 0)
    if not both.any():
        return out
    distinct, n = list(numbers), len(numbers)
    codes = a[both] * n + b[both]
    if n * n <= len(codes):
        table = np.array([verdict(x, y) for x in distinct for y in distinct], dtype=bool)
        out[both] = table[codes]
    else:
        found, inverse = np.unique(codes, return_inverse=True)
        answers = [verdict(distinct[c // n], distinct[c % n]) for c in found.tolist()]
        out[both] = np.array(answers, dtype=bool)[inverse]
    return out


class Timing:
    """The time rules between the articles of one grouping (their `Facts`), by index; reference checks are
    remembered.

    `compatible_pairs` answers `compatible` for millions of candidate pairs at once, with arrays: each
    article's day number, and the days and months its text refers to (`tests/test_story_time.py` checks that
    the two agree on every pair).
    """

    def __init__(
        self,
        facts: Sequence[Placed],
        window_days: int = WINDOW_DAYS,
        apart: frozenset[tuple[int, int]] = frozenset(),
    ) -> None:
        self.window = window_days
        self.apart = apart  # pairs (i < j) known to report two happenings (`recounts`, `tells_aside`)
        self.dates = [f.placed for f in facts]
        self.days = [dt.date.fromisoformat(d).toordinal() if d else None for d in self.dates]  # parsed once
        self.years = [frozenset(f.years) for f in facts]
        self.months = [frozenset(f.months) for f in facts]
        self.occasions = [f.occasion_set() for f in facts]
        self.references = [f.references for f in facts]  # the dates each article refers to, as ISO text
        self.acts = [frozenset(f.acts) for f in facts]  # what each lead says happened (`happenings`)
        self.parties = [frozenset(f.parties) for f in facts]  # who each act befell (`parties_disagree`)
        # The kinds of occasion each lead tells as weeks away and as at hand (`ahead_and_at_hand`).
        self.told: list[Told | None] = [
            (frozenset(f.ahead), frozenset(f.at_hand)) if f.ahead or f.at_hand else None for f in facts
        ]
        # Whether an article refers back to a day, by (article, day): many earlier articles share a day, and
        # most pairs of a large collection are further apart than the window.
        self.memo: dict[tuple[int, str], bool] = {}

    def points_back(self, later: int, day: str) -> bool:
        """The later article names the earlier day's happening by its date: a day within a few days of it."""
        return any(refers_to(iso, day, FEW_DAYS) for iso in self.references[later])

    def dated(self, i: int, j: int) -> bool:
        """Both articles are placed on the timeline."""
        return self.dates[i] is not None and self.dates[j] is not None

    def compatible(self, i: int, j: int) -> bool:
        """The two articles may report one happening: their leads do not name different years, and their dates
        are close or the later one refers back."""
        return (
            not years_disagree(self.years[i], self.years[j])
            and not self.months_disagree(i, j)
            and not occasions_disagree(self.occasions[i], self.occasions[j])
            and not parties_disagree(self.parties[i], self.parties[j])
            and not self.told_apart(i, j)
            and (min(i, j), max(i, j)) not in self.apart
            and self.close_in_time(i, j)
        )

    def told_apart(self, i: int, j: int) -> bool:
        """One lead tells an occasion as weeks away, the other one of that kind as at hand."""
        a, b = self.told[i], self.told[j]
        return a is not None and b is not None and ahead_and_at_hand(a, b)

    def months_disagree(self, i: int, j: int) -> bool:
        """Either article is undated, and both leads name months, none shared (two monthly releases)."""
        undated = self.days[i] is None or self.days[j] is None
        return undated and bool(self.months[i] and self.months[j] and not self.months[i] & self.months[j])

    def close_in_time(self, i: int, j: int) -> bool:
        """Undated, or a few days apart, or within the window and telling one act, or the later one refers
        back to the earlier's date."""
        a, b = self.days[i], self.days[j]
        if a is None or b is None or abs(a - b) <= FEW_DAYS:
            return True
        if abs(a - b) <= self.window and same_act(self.acts[i], self.acts[j]):
            return True
        later, earlier = (i, j) if a > b else (j, i)  # more than a few days apart: never the same day
        if not self.references[later]:  # most articles refer to no date at all
            return False
        key = (later, self.dates[earlier])
        if key not in self.memo:
            self.memo[key] = self.points_back(later, self.dates[earlier])
        return self.memo[key]

    def groups_compatible(self, a: Sequence[int], b: Sequence[int]) -> bool:
        """No dated article of one group is too far from one of the other (a story is one happening in time),
        and no two leads name different occasions.

        Years and months named in leads only keep two articles from linking directly: within one event's
        coverage, a lead may name the year or month of an earlier happening it recalls.
        """
        return all(
            self.close_in_time(i, j)
            and not occasions_disagree(self.occasions[i], self.occasions[j])
            and not parties_disagree(self.parties[i], self.parties[j])
            and not self.told_apart(i, j)
            and (min(i, j), max(i, j)) not in self.apart
            for i in a
            for j in b
        )

    def dated_pairs(self, first: np.ndarray, second: np.ndarray) -> np.ndarray:
        """`dated` of many pairs (index arrays) at once."""
        placed = self.arrays[1]
        return placed[first] & placed[second]

    def near_pairs(self, first: np.ndarray, second: np.ndarray, days: int) -> np.ndarray:
        """Of many pairs at once, whether both articles are placed on the timeline at most `days` apart."""
        placed_days, placed = self.arrays[0], self.arrays[1]
        near = placed[first] & placed[second]
        near[near] = np.abs(placed_days[first[near]] - placed_days[second[near]]) <= days
        return near

    def compatible_pairs(self, first: np.ndarray, second: np.ndarray) -> np.ndarray:
        """`compatible` of many pairs (index arrays) at once, as a boolean array."""
        keep = ~per_distinct_pair(self.years, first, second, years_disagree)
        undated = ~self.dated_pairs(first, second)
        keep &= ~(undated & per_distinct_pair(self.months, first, second, months_differ))
        keep[keep] = ~per_distinct_pair(self.occasions, first[keep], second[keep], occasions_disagree)
        keep[keep] = ~per_distinct_pair(self.parties, first[keep], second[keep], parties_disagree)
        keep[keep] = ~per_distinct_pair(self.told, first[keep], second[keep], ahead_and_at_hand)
        keep[keep] = self.close_pairs(first[keep], second[keep])
        if self.apart:
            keep &= ~np.isin(pair_keys(first, second), self.apart_keys)
        return keep

    def close_pairs(self, first: np.ndarray, second: np.ndarray) -> np.ndarray:
        """`close_in_time` of many pairs at once.

        For a pair more than a few days apart, the days within a few days of a day the later article refers
        to are one interval each, numbered `later * SPAN + day` and sorted: the earlier article's day falls
        in an interval of the later one as one binary search per pair (intervals are all as long, so the
        last one starting at or before a day reaches furthest). Pairs within the window whose leads tell
        one act are close too.
        """
        days, placed, starts, ends = self.arrays
        a, b = days[first], days[second]
        gap = np.abs(a - b)
        far = placed[first] & placed[second] & (gap > FEW_DAYS)
        out = ~far
        where = np.flatnonzero(far)
        swap = a[where] < b[where]
        later = np.where(swap, second[where], first[where])
        earlier = np.where(swap, first[where], second[where])
        back = np.zeros(len(where), dtype=bool)
        if len(starts):
            day = later * SPAN + days[earlier]
            at = np.searchsorted(starts, day, side="right") - 1
            back = (at >= 0) & (ends[np.maximum(at, 0)] >= day)
        within = gap[where] <= self.window
        back[within] |= per_distinct_pair(self.acts, first[where][within], second[where][within], same_act)
        out[where] = back
        return out

    def spans(self) -> Spans:
        """For each article, the earlier articles `close_in_time` can allow it to pair with, as index ranges:
        a superset of those pairs (`tests/test_story_pairs.py`), for weighing only pairs time may allow.

        In chronological order (placed articles by date, then undated ones: `grouping.chronological`), the
        articles within the window before a placed one are one range, and so are those on or near a day it
        refers to, or in a month it names; an undated article may pair with every earlier one. In any other
        order every earlier article is listed.
        """
        count, placed = len(self.days), sum(d is not None for d in self.days)
        if any(d is None for d in self.days[:placed]):
            return Spans.every(count)
        days = np.array(self.days[:placed], dtype=np.int64)
        if (np.diff(days) < 0).any():
            return Spans.every(count)
        items = np.arange(count, dtype=np.int64)
        within = np.searchsorted(days, days - self.window)  # the first article within the window before
        # Ranges low ≤ i < high. An undated article: every earlier one; a placed one: those within the window.
        later = [items[placed:], items[:placed]]
        earliest = [np.zeros(count - placed, dtype=np.int64), within]
        latest = [items[placed:], items[:placed]]
        referred: list[tuple[int, int, int]] = []  # (article, first day, last day) of each date it refers to
        for item, isos in enumerate(self.references[:placed]):
            for iso in isos:
                if len(iso) == 10:
                    day = day_number(iso)
                    referred.append((item, day - self.window, day + self.window))
                elif len(iso) == 7 and (first := first_day(iso)):  # a month that does not exist holds no day
                    year, month = int(iso[:4]), int(iso[5:])
                    referred.append((item, first, first + calendar.monthrange(year, month)[1] - 1))
        if referred:
            item, first, last = (np.array(side, dtype=np.int64) for side in zip(*referred, strict=True))
            later.append(item)
            earliest.append(np.searchsorted(days, first))
            latest.append(np.minimum(np.searchsorted(days, last, side="right"), within[item]))
        return Spans.merged(*(np.concatenate(side) for side in (later, earliest, latest)))

    @functools.cached_property
    def apart_keys(self) -> np.ndarray:
        """The pairs known to report two happenings, as `pair_keys`."""
        first, second = (np.array(side, dtype=np.int64) for side in zip(*self.apart, strict=True))
        return pair_keys(first, second)

    @functools.cached_property
    def arrays(self) -> tuple[np.ndarray, ...]:
        """Day numbers and whether placed, and the days each article refers to: the intervals of days within a
        few days of a day it names (`starts`, `ends`), each numbered `article * SPAN + day`, sorted."""
        days = np.array([d if d is not None else 0 for d in self.days], dtype=np.int64)
        placed = np.array([d is not None for d in self.days], dtype=bool)
        intervals: list[tuple[int, int]] = []
        for item, isos in enumerate(self.references):
            for iso in isos:
                if len(iso) == 10:
                    day, base = day_number(iso), item * SPAN
                    intervals.append((base + max(day - FEW_DAYS, 0), base + day + FEW_DAYS))
        intervals.sort()
        starts = np.array([s for s, _ in intervals], dtype=np.int64)
        ends = np.array([e for _, e in intervals], dtype=np.int64)
        return days, placed, starts, ends


def first_day(month: str) -> int | None:
    """The day number of the first day of a month (ISO year-month), None for no such month ("0000-05")."""
    try:
        return dt.date(int(month[:4]), int(month[5:]), 1).toordinal()
    except ValueError:
        return None


def pair_keys(first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """One number per pair of indexes, whichever comes first."""
    return np.minimum(first, second) * SPAN + np.maximum(first, second)


def same_act(a: frozenset[str], b: frozenset[str]) -> bool:
    """Both leads tell an act, and one act is the same (`features.acts_of`)."""
    return bool(a & b)


def parties_disagree(a: frozenset[str], b: frozenset[str]) -> bool:
    """Both leads tell one act and name whom it befell, and the names share no word: one act befalling two
    people is two happenings (`extract.acts.act_parties`; entries "arrest\tjackson vincent")."""
    named_a = dict(entry.split("\t") for entry in a)
    for entry in b:
        act, words = entry.split("\t")
        if act in named_a and not set(words.split()) & set(named_a[act].split()):
            return True
    return False


def months_differ(a: frozenset[int], b: frozenset[int]) -> bool:
    """Both leads name months, none shared."""
    return bool(a and b and not a & b)


# Another article's news told as something else: as this article's past, or as a side happening.
#
# An outlet's report of the next happening in a row often repeats its earlier report. Without dates nothing
# else tells the two apart: they share their words and their actors (BBC: the attorney general's statement,
# and his renewed denial in the Lords a week later; the Liberal Democrat leader's tour, and the party's debt
# policy announced while the tour goes on). But the later article marks what it repeats:
#
# - as its past: "Last week the minister said in a statement: …" above the very quote the earlier report led
#   with. A sentence recounts when it opens with a time a week or more back ("Last week, …", "But a month ago
#   …") or reports a saying at it ("said last week that …"); a time inside a clause ("was put on the sick
#   list last week", "figures from last month showed") dates a detail, not what the sentence tells.
#   The other article tells that sentence as news when at least half of the sentence's runs of four words
#   are in its sentences that recount nothing.
# - as a side happening: the article tells its own news, then "Meanwhile …" (or "Separately", "Elsewhere",
#   "In other news") the other article's. The part from that sentence on is mostly the other article's
#   text (at least SIDE_SHARE of its runs), and the part before it hardly (under OWN_SHARE).
#
# Either way the two report two happenings. Neither ever holds between two articles of one event in ECB+ or
# MMDS (whose wire rewrites date background the same way, "from November" against "last month", and say
# "meanwhile" of details both articles tell), nor between FRANK's texts.

_PAST = (
    r"(?:last\s+(?:week|month|year)"
    r"|(?:\d+|a|one|two|three|four|five|six|several|a\s+few|few)\s+(?:weeks?|months?|years?)\s+ago"
    r"|earlier\s+(?:this|last)\s+(?:month|year)"
    r"|(?:the\s+)?previous\s+(?:week|month))\b"
)
PAST = re.compile(rf"\b{_PAST}", re.I)
OPENS = re.compile(rf"^\W*(?:(?:but|and|only|just|so)\s+)?{_PAST}", re.I)
SAID = r"(?:said|told|announced|stated|wrote|denied|insisted|claimed|admitted)"
SAID_THEN = re.compile(rf"\b{SAID}\s+(?:in\s+a\s+statement\s+)?{_PAST}", re.I)
ASIDE = re.compile(
    r"\bmeanwhile\b|^\W*(?:separately|elsewhere|in other news|in a separate development)\b", re.I
)
WORD = re.compile(r"[^\W_]+")
RUN = 4  # words in a run compared between articles
LEAST_RUNS = 4  # a recounting sentence shorter than this says too little to match
SHARE = 0.5  # share of a recounting sentence's runs the other article tells as news
LEAST_SIDE_RUNS = 8  # a side part shorter than this says too little to match
SIDE_SHARE = 0.5  # share of the side part's runs in the other article …
OWN_SHARE = 0.1  # … while less than this share of the part before it is


def runs(text: str) -> frozenset[str]:
    """The runs of RUN words of a text, lower-cased, without its past times."""
    words = WORD.findall(PAST.sub(" ", text.lower()))
    return frozenset(" ".join(words[i : i + RUN]) for i in range(len(words) - RUN + 1))


def recounting(text: str) -> bool:
    """The sentence tells what happened a week or more before the article's own news."""
    return bool(OPENS.match(text) or SAID_THEN.search(text))


def recounting_sentences(briefing: Briefing) -> tuple[int, ...]:
    """The positions of the sentences that recount an earlier happening."""
    return tuple(at for at, s in enumerate(briefing.sentences) if recounting(s.text))


def side_from(briefing: Briefing) -> int:
    """Where a side happening begins ("Meanwhile …"; not the first sentence), or 0."""
    return next((at for at, s in enumerate(briefing.sentences) if at and ASIDE.search(s.text)), 0)


class Text:
    """One article's runs, as the checks below read them: each sentence's, and those told as news."""

    def __init__(self, briefing: Briefing, recounting_at: Sequence[int]) -> None:
        self.sentences = [runs(s.text) for s in briefing.sentences]
        skipped = set(recounting_at)
        self.news = frozenset().union(*(r for at, r in enumerate(self.sentences) if at not in skipped))
        self.all = frozenset().union(*self.sentences)

    def part(self, start: int, end: int | None = None) -> frozenset[str]:
        return frozenset().union(*self.sentences[start:end])


def recounts(text: Text, recounting_at: Sequence[int], other: Text) -> bool:
    """One of the article's recounting sentences is the other article's news: most of its runs are told
    there."""
    for at in recounting_at:
        sentence = text.sentences[at]
        if len(sentence) >= LEAST_RUNS and len(sentence & other.news) >= SHARE * len(sentence):
            return True
    return False


def tells_aside(text: Text, start: int, other: Text) -> bool:
    """The article's side part (from `start`) is mostly the other article's text, and its own news is
    hardly."""
    if not start:
        return False
    own, side = text.part(0, start), text.part(start)
    return (
        len(side) >= LEAST_SIDE_RUNS
        and bool(own)
        and len(side & other.all) >= SIDE_SHARE * len(side)
        and len(own & other.all) < OWN_SHARE * len(own)
    )

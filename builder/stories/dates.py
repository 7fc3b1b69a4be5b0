"""Dates in news text: what is written ("on Tuesday", "Sept. 13, 2023", "in 2016") as calendar dates,
placing an article on the timeline (its own date, else a full date stated in its lead), and whether a later
article's dates point back to an earlier happening.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from builder.core.model import Briefing

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], start=1)}  # fmt: skip
MONTHS |= {m[:3]: i for m, i in list(MONTHS.items())} | {"sept": 9}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?"
MONTH_DAY_YEAR = re.compile(rf"\b{MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I)
DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+{MONTH}\s+(\d{{4}})\b", re.I)
MONTH_YEAR = re.compile(rf"\b{MONTH}\s+(\d{{4}})\b", re.I)
MONTH_DAY = re.compile(rf"\b{MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b", re.I)
ISO = re.compile(r"\b(\d{4}) ?- ?(\d{2}) ?- ?(\d{2})\b")  # "2013-09-26"; a token stream's "2013 - 09 - 26"
YEAR = re.compile(r"^(?:in\s+|the\s+year\s+)?((?:19|20)\d{2})$", re.I)
NAMED_MONTH = re.compile(
    r"\b(January|February|March|April|June|July|August|September|October|November|December"
    r"|JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?=\.)"
    r"|(?<=in |of |on |by )(?:May|MAY)|(?<=since |until )May|(?:May|MAY)(?=,? \d))(?![a-z])"
)
LEAD_SENTENCES = 3  # the title and this many sentences are the lead, where a dateline or the event's date is


@dataclass(frozen=True)
class When:
    """A resolved date: ISO text at the precision known, and whether it was inferred (≈)."""

    iso: str
    approximate: bool


def _day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _absolute(text: str) -> When | None:
    if m := ISO.search(text):
        day = _day(int(m[1]), int(m[2]), int(m[3]))
        return When(day.isoformat(), False) if day else None
    if m := MONTH_DAY_YEAR.search(text):
        day = _day(int(m[3]), MONTHS[m[1].lower()[:3]], int(m[2]))
        return When(day.isoformat(), False) if day else None
    if m := DAY_MONTH_YEAR.search(text):
        day = _day(int(m[3]), MONTHS[m[2].lower()[:3]], int(m[1]))
        return When(day.isoformat(), False) if day else None
    if m := MONTH_YEAR.search(text):
        return When(f"{int(m[2]):04d}-{MONTHS[m[1].lower()[:3]]:02d}", False)
    if m := YEAR.match(text.strip()):
        return When(m[1], False)
    return None


def _relative(text: str, reference: dt.date) -> When | None:
    lowered = text.lower()
    if lowered in {"today", "this morning", "tonight", "this evening"}:
        return When(reference.isoformat(), True)
    if lowered == "yesterday":
        return When((reference - dt.timedelta(days=1)).isoformat(), True)
    for index, name in enumerate(WEEKDAYS):
        if re.fullmatch(rf"(?:on\s+|last\s+)?{name}", lowered):
            back = (reference.weekday() - index) % 7
            return When((reference - dt.timedelta(days=back)).isoformat(), True)
    if m := MONTH_DAY.fullmatch(text.strip()):
        return nearest_day(MONTHS[m[1].lower()[:3]], int(m[2]), reference)
    return None


def nearest_day(month: int, day: int, reference: dt.date) -> When | None:
    """A day written without its year ("Nov. 30") as the nearest such day to the article's date: in a report
    of 12 January, "Nov. 30" is the November just past, not the one ten months ahead; "June 17" in a report of
    3 January is the coming June (a trial set for that day)."""
    found = (_day(year, month, day) for year in (reference.year - 1, reference.year, reference.year + 1))
    days = [d for d in found if d is not None]
    if not days:
        return None
    return When(min(days, key=lambda d: (abs((d - reference).days), d)).isoformat(), True)


def resolve(text: str, reference: str | None) -> When | None:
    """A date expression as an ISO date (or year-month / year), using the article date for relative ones."""
    if when := _absolute(text):
        return when
    if reference is None:
        return None
    return _relative(text, dt.date.fromisoformat(reference))


def full_dates(text: str) -> Iterator[tuple[int, dt.date]]:
    """Every day-precise date written out in a text, with where it starts."""
    for pattern, order in ((ISO, (1, 2, 3)), (MONTH_DAY_YEAR, (3, 1, 2)), (DAY_MONTH_YEAR, (3, 2, 1))):
        for m in pattern.finditer(text):
            year, month, day = (m[i] for i in order)
            month_number = int(month) if month.isdigit() else MONTHS[month.lower()[:3]]
            if date := _day(int(year), month_number, int(day)):
                yield m.start(), date


DAY_OF_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}(?![a-z])", re.I)


def days_in(text: str, reference: str) -> list[str]:
    """The days a text writes out ("December 15, 2013", "Dec. 15", "15th of December"), as ISO dates; a day
    without its year is the nearest such day to the reference date (`nearest_day`)."""
    day = dt.date.fromisoformat(reference)
    found = [date.isoformat() for _, date in full_dates(text)]
    for m in MONTH_DAY.finditer(text):
        if when := nearest_day(MONTHS[m[1].lower()[:3]], int(m[2]), day):
            found.append(when.iso)
    for m in DAY_OF_MONTH.finditer(text):
        if when := nearest_day(MONTHS[m[2].lower()[:3]], int(m[1]), day):
            found.append(when.iso)
    return found


# What a dateline is made of besides numbers: months, weekdays, zones, "am"/"pm" and the words before it.
DATELINE_WORDS = re.compile(
    rf"\b{MONTH}|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:gmt|utc|[ap]\.?\s?m)\b\.?"
    r"|\b(?:updated|published|posted|last|on|at)\b",
    re.I,
)


def date_line(text: str) -> bool:
    """A line that gives only a date or time, or a piece of one ("14", "March 2021, 08:30 (GMT+01:00)",
    "Updated:"): a dateline, not a sentence of the lead."""
    return not re.search(r"[^\W\d_]{2,}", DATELINE_WORDS.sub(" ", text))


def lead_texts(briefing: Briefing, sentences: int = LEAD_SENTENCES, datelines: bool = True) -> list[str]:
    """The title and the first sentences of the body (a body that opens with its title skips that line);
    without `datelines`, a dateline is not counted as a sentence (`date_line`)."""
    title = (briefing.article.title or "").strip()
    read = briefing.sentences[: sentences + 1] if datelines else briefing.sentences
    texts = (s.text for s in read if s.text.strip() != title and (datelines or not date_line(s.text)))
    body = list(itertools.islice(texts, sentences))
    return [title, *body] if title else body


def months_in(text: str) -> frozenset[int]:
    """The months a text names (1-12). "May" counts only where it reads as a date ("in May", "May 3")."""
    return frozenset(MONTHS[m[1].lower()[:3]] for m in NAMED_MONTH.finditer(text))


def lead_months(briefing: Briefing) -> frozenset[int]:
    """The months the title and lead sentences name: when the happening was, or the period a release covers
    ("fewer jobs than expected in January")."""
    return frozenset(month for text in lead_texts(briefing) for month in months_in(text))


def lead_date(briefing: Briefing) -> str | None:
    """The first full date stated in the title or the lead sentences (a dateline, or when it happened)."""
    texts = [briefing.article.title or "", *(s.text for s in briefing.sentences[:LEAD_SENTENCES])]
    # Read as one text: a dateline the sentence splitter cut ("26" | "September 2013, 10:00") is one date.
    if found := min(full_dates(" ".join(texts)), default=None):
        return found[1].isoformat()
    return None


def placed_date(briefing: Briefing) -> str | None:
    """Where the article sits on the timeline: its own date, else the date its lead states, else None."""
    return briefing.article.date or lead_date(briefing)


def referenced_dates(briefing: Briefing) -> Iterator[When]:
    """The dates the article's text refers to, resolved against the article's place on the timeline."""
    reference = placed_date(briefing)
    for term in briefing.terms:
        if term.label == "DATE" and (when := resolve(term.text, reference)):
            yield when


def refers_to(iso: str, day: str, window_days: int) -> bool:
    """True when a referenced date (ISO text) is a day within the window of the given day: a month or a year
    names no happening ("the offer Harlow turned down in March" is the next one's)."""
    return len(iso) == 10 and abs(day_number(iso) - day_number(day)) <= window_days


@functools.lru_cache(maxsize=1 << 14)
def day_number(iso: str) -> int:
    """An ISO date as a number of days (its ordinal), parsed once: grouping compares millions of pairs."""
    return dt.date.fromisoformat(iso).toordinal()

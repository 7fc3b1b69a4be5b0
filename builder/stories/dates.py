"""Resolving the dates news text writes ("on Tuesday", "Sept. 13, 2023", "in 2016") to calendar dates."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

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
ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
YEAR = re.compile(r"^(?:in\s+|the\s+year\s+)?((?:19|20)\d{2})$", re.I)


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
    if (m := MONTH_DAY.fullmatch(text.strip())) and (
        day := _day(reference.year, MONTHS[m[1].lower()[:3]], int(m[2]))
    ):
        return When(day.isoformat(), True)
    return None


def resolve(text: str, reference: str | None) -> When | None:
    """A date expression as an ISO date (or year-month / year), using the article date for relative ones."""
    if when := _absolute(text):
        return when
    if reference is None:
        return None
    return _relative(text, dt.date.fromisoformat(reference))

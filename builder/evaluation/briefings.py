"""Whole briefings on hand-annotated BBC articles: actors, concerns, open questions and gifts (briefing_gold).

The same rules as the reference scorer shipped with the data (`briefing_gold/score.py`): places are not
actors; a predicted actor is valid when its name or an alias equals, contains or is contained in a gold
alternative (whole words); a concern or question matches a gold item when its evidence sentence contains the
gold quote (one to one, in order); a gift matches when giver, recipient and item each contain a gold word (a
gold side `[]` matches all). The articles are read with the real `.txt` reader, as a user's source would be.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from builder.core.model import Article
from builder.evaluation.metrics import Score, read_jsonl
from builder.extract.briefing import extract
from builder.nlp.spacy_model import load_nlp
from builder.runtime.jsonio import briefing_to_dict
from builder.sources.text import read_txt

UNATTRIBUTED_HOLDERS = ("", "unattributed", "none")


@dataclass(frozen=True)
class BriefingCounts:
    """The reference scorer's counts; they add up over articles, so halves and totals combine exactly."""

    articles: int = 0
    actors_valid: int = 0
    actors_predicted: int = 0
    key_found: int = 0
    key_all: int = 0
    concerns: Score = field(default_factory=lambda: Score(0, 0, 0))
    holders_right: int = 0
    questions: Score = field(default_factory=lambda: Score(0, 0, 0))
    gifts_predicted: int = 0
    gifts_predicted_right: int = 0
    gifts_gold: int = 0
    gifts_gold_found: int = 0

    def __add__(self, other: BriefingCounts) -> BriefingCounts:
        return BriefingCounts(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(self)))

    @property
    def actor_precision(self) -> float:
        return 100.0 * self.actors_valid / self.actors_predicted if self.actors_predicted else 0.0

    @property
    def key_recall(self) -> float:
        return 100.0 * self.key_found / self.key_all if self.key_all else 0.0

    @property
    def holder_accuracy(self) -> float:
        return 100.0 * self.holders_right / self.concerns.tp if self.concerns.tp else 0.0

    @property
    def gifts(self) -> Score:
        """Gift precision counts predictions that match some gold gift, recall gold gifts matched by some."""
        precision = ratio(self.gifts_predicted_right, self.gifts_predicted)
        recall = ratio(self.gifts_gold_found, self.gifts_gold)
        return RatioScore(precision, recall)


@dataclass(frozen=True)
class RatioScore:
    """Precision and recall computed from different numerators (as the reference scorer does for gifts)."""

    precision: float
    recall: float

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def ratio(part: int, whole: int) -> float:
    """A percentage; an empty whole counts as perfect, as in the reference scorer."""
    return 100.0 * part / whole if whole else 100.0


def norm(text: str) -> str:
    """Lower case, runs of anything but letters, digits and currency signs made one space, padded."""
    return " " + re.sub(r"[^a-z0-9£$€%]+", " ", text.lower()).strip() + " "


def name_match(names: Iterable[str], alternatives: Iterable[str]) -> bool:
    """A name equals, contains or is contained in an alternative, in whole words."""
    alternatives = [norm(a) for a in alternatives if norm(a).strip()]
    for name in names:
        n = norm(name)
        if n.strip() and any(n in a or a in n for a in alternatives):
            return True
    return False


def matched_by_quote(predicted: list[dict], gold: list[dict]) -> list[tuple[dict, dict]]:
    """Gold items in order, each paired with the first unused prediction whose evidence holds its quote."""
    pairs, used = [], set()
    for want in gold:
        quote = norm(want["quote"])
        for i, item in enumerate(predicted):
            if i not in used and quote in norm(item["evidence"]["text"]):
                used.add(i)
                pairs.append((item, want))
                break
    return pairs


def gift_matches(gift: dict, want: dict) -> bool:
    def side(value: str, words: list[str]) -> bool:
        return not words or any(w in value.lower() for w in words)

    return (
        side(gift["giver"], want["giver"])
        and side(gift["recipient"], want["recipient"])
        and side(gift["item"], want["item"])
    )


def score_briefing(briefing: dict[str, Any], gold: dict[str, Any]) -> BriefingCounts:
    """The counts of one article's briefing (its JSON form) against its gold annotation."""
    actors = [a for a in briefing["actors"] if a["kind"] != "place"]
    names = [[a["name"], *a["aliases"]] for a in actors]
    gold_actors = gold.get("key_actors", []) + gold.get("other_actors", [])
    concerns = matched_by_quote(briefing["concerns"], gold.get("concerns", []))
    questions = matched_by_quote(briefing["questions"], gold.get("open_questions", []))
    gifts, gold_gifts = briefing["gifts"], gold.get("gifts", [])
    return BriefingCounts(
        articles=1,
        actors_valid=sum(any(name_match(n, alts) for alts in gold_actors) for n in names),
        actors_predicted=len(names),
        key_found=sum(any(name_match(n, alts) for n in names) for alts in gold.get("key_actors", [])),
        key_all=len(gold.get("key_actors", [])),
        concerns=quote_score(len(briefing["concerns"]), len(gold.get("concerns", [])), len(concerns)),
        holders_right=sum(holder_right(p["holder"], g["holder"]) for p, g in concerns),
        questions=quote_score(
            len(briefing["questions"]), len(gold.get("open_questions", [])), len(questions)
        ),
        gifts_predicted=len(gifts),
        gifts_predicted_right=sum(any(gift_matches(g, w) for w in gold_gifts) for g in gifts),
        gifts_gold=len(gold_gifts),
        gifts_gold_found=sum(any(gift_matches(g, w) for g in gifts) for w in gold_gifts),
    )


def quote_score(predicted: int, gold: int, matched: int) -> Score:
    return Score(matched, predicted - matched, gold - matched)


def holder_right(predicted: str, gold_words: list[str]) -> bool:
    """Gold [] wants an unattributed holder; otherwise the holder contains one gold word."""
    holder = predicted.lower()
    return holder in UNATTRIBUTED_HOLDERS if not gold_words else any(w in holder for w in gold_words)


def article_of(record: dict[str, Any]) -> Article:
    """A BBC record read as the `.txt` source a user would drop into seeds/ (headline line first)."""
    parsed = read_txt(record["text"])
    return Article(
        record["id"],
        record["id"],
        f"{record['id']}.txt",
        parsed.title,
        parsed.date,
        None,
        None,
        (),
        parsed.paragraphs,
        "",
    )


def articles_beside(gold_path: Path) -> dict[str, dict[str, Any]]:
    """The articles file that sits beside a gold file (`articles.jsonl`), by id."""
    return {r["id"]: r for r in read_jsonl(gold_path.parent / "articles.jsonl")}


def extract_briefings(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The JSON form of each record's briefing, through the real pipeline."""
    articles = [article_of(r) for r in records]
    docs = load_nlp().pipe(a.text for a in articles)
    return [briefing_to_dict(extract(a, d)) for a, d in zip(articles, docs, strict=True)]


def score_briefing_records(gold: Iterable[dict[str, Any]], gold_path: Path) -> BriefingCounts:
    """Score the real extractor on gold records; their articles sit beside the gold file."""
    gold = list(gold)
    by_id = articles_beside(Path(gold_path))
    briefings = extract_briefings([by_id[g["id"]] for g in gold])
    return sum((score_briefing(b, g) for b, g in zip(briefings, gold, strict=True)), BriefingCounts())


def score_briefings_file(path: str | Path) -> BriefingCounts:
    """Score the real extractor on a gold file (briefing_gold or bbc_gifts) with its articles beside it."""
    return score_briefing_records(read_jsonl(path), Path(path))


def texts_of(gold: list[dict[str, Any]], dev: Path) -> dict[tuple[str, str], str]:
    """The text of every (dataset, id) a gold file names, read from the dev-set folder."""
    wanted: dict[str, set[str]] = {}
    for g in gold:
        wanted.setdefault(g["dataset"], set()).add(g["id"])
    found = {}
    for dataset, ids in sorted(wanted.items()):
        for record in read_jsonl(dev / dataset):
            if record["id"] in ids:
                found[(dataset, record["id"])] = record["text"]
    return found


def with_quotes(gold: dict[str, Any], text: str) -> dict[str, Any]:
    """A gold record kept as offsets, with the `quote` of each concern, question and gift cut out."""
    quoted = dict(gold)
    for field_name in ("concerns", "open_questions", "gifts"):
        quoted[field_name] = [
            {**item, "quote": text[item["quote_start"] : item["quote_end"]]}
            for item in gold.get(field_name, [])
        ]
    return quoted


def score_offset_records(gold: Iterable[dict[str, Any]], dev: Path) -> BriefingCounts:
    """Score gold kept by dataset, id and offsets (tests/gold/): the texts come from the dev-set folder.

    The quotes are cut out of the texts at run time, so the briefing_gold rules apply unchanged.
    """
    gold = list(gold)
    texts = texts_of(gold, dev)
    missing = [f"{g['dataset']}#{g['id']}" for g in gold if (g["dataset"], g["id"]) not in texts]
    if missing:
        raise FileNotFoundError(f"{len(missing)} texts not found under {dev}, e.g. {missing[0]}")
    keys = [(g["dataset"], g["id"]) for g in gold]
    records = [{"id": f"{dataset}#{id_}", "text": texts[(dataset, id_)]} for dataset, id_ in keys]
    briefings = extract_briefings(records)
    quoted = [with_quotes(g, texts[key]) for g, key in zip(gold, keys, strict=True)]
    return sum((score_briefing(b, g) for b, g in zip(briefings, quoted, strict=True)), BriefingCounts())

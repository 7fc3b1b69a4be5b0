"""The reviewed phrasing set: questions and concerns produced on dev articles, with a reviewer's verdicts.

The table (`tests/reviewed/phrasing.jsonl`) keeps, per produced item, the article id, the sentence (index and
character span), SHA-256 hashes of the produced text and holder, and the verdicts; never any text taken from
an article (an open statement such as "Pending: ..." is mostly the article's sentence, so no produced text is
stored). The articles are read from the dev sets beside the project (`../shared/eval`): briefing_gold
(headline line, then one paragraph per line), the FRANK dev texts (one paragraph per line), the ECB+ dev
news (PTB token streams, read exactly as the stories eval reads them: `stories.article_of`), the RAMS dev
news windows (read by `stories.article_of` too, as the gifts_news eval reads them) and the CoNLL-2003
validation documents (Reuters token streams, detokenised the same way, the headline line the title).

Run `python -m builder.evaluation.phrasing --dev ../shared/eval TABLE` to print the regressions and the
percentages; add `--update` to append newly produced items (verdict empty, to be reviewed) to the table, or
`--show` to print every row with its text and sentence rebuilt from the dev sets, for reviewing.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.language import Language

from builder.core.model import Article, Briefing
from builder.evaluation.stories import article_of, detokenise
from builder.extract.briefing import extract
from builder.nlp.spacy_model import load_nlp
from builder.sources.text import lines_to_paragraphs

SETS = {
    "briefing_gold": ("briefing_gold/articles.jsonl", True),
    "frank_xsum": ("frank/xsum_frank_dev.jsonl", False),
    "frank_cnndm": ("frank/cnndm_frank_dev.jsonl", False),
    # Judged by an editor (tests/reviewed/fresh.jsonl, fresh2.jsonl; both tuning tables now): the title is a
    # field of its own there, not the text's first line.
    "mmds": ("mmds2025_clusters/mmds2025_dev_en_articles.jsonl", False),
    "bbc_gifts": ("bbc_gifts/articles.jsonl", False),
    # The held-out tables tests/reviewed/fresh3.jsonl (and fresh5.jsonl, with RAMS): ECB+ dev news, token
    # streams detokenised as the stories eval does (ECB_SETS: read by stories.article_of, not by the line rule
    # of the sets above).
    "ecbplus": ("ecbplus/ecbplus_docs_dev.jsonl", False),
    # The held-out tables tests/reviewed/fresh4.jsonl (and fresh5.jsonl, with ECB+): RAMS dev news windows
    # (five sentences of a source article, its `text` the sentences joined), read by stories.article_of as the
    # gifts_news eval reads them (one paragraph, no title; the rams eval likewise extracts from the record's
    # `text` as it is).
    "rams": ("rams/rams_dev.jsonl", False),
    # The held-out table tests/reviewed/fresh6.jsonl: CoNLL-2003 validation documents (Reuters, 1996), token
    # streams read by _conll_article (lines detokenised as the stories eval does for ECB+, the headline line
    # the title).
    "conll2003": ("conll2003/conll2003_valid_docs.jsonl", False),
}
ECB_SETS = ("ecbplus",)
RAMS_SETS = ("rams",)
CONLL_SETS = ("conll2003",)
# The sets read by stories.article_of (the stories and gold-news evals' reader), not by the line rule.
RECORD_SETS = ECB_SETS + RAMS_SETS
QUESTION_CHECKS = ("grammatical", "faithful", "useful")
# fresh2.jsonl's pool, by a rule fixed before any of its items was produced: every article of these sets whose
# id no table or gold then named (held_out_pool). A table names only the articles that produce items; the pool
# also holds those that produce none (yet). fresh2 was held out when judged; it is a tuning table since.
HELD_OUT_SETS = ("mmds", "bbc_gifts")
# The held-out table fresh3.jsonl's pool (fresh3_pool): its size, and the tables and gold whose articles it
# leaves out (fixed when fresh3 was built, so a table added later does not move the pool).
FRESH3_SIZE = 150
FRESH3_EXCLUDES = (
    "tests/gold/briefing_news.jsonl",
    "tests/gold/gifts_real_news.jsonl",
    "tests/reviewed/phrasing.jsonl",
    "tests/reviewed/fresh.jsonl",
    "tests/reviewed/fresh2.jsonl",
)
# The held-out table fresh4.jsonl's pool (fresh4_pool): its size, and the tables and gold whose articles it
# leaves out (fixed when fresh4 was built at 1ceeeb7, so a table added later does not move the pool).
FRESH4_SIZE = 150
FRESH4_EXCLUDES = (*FRESH3_EXCLUDES, "tests/reviewed/fresh3.jsonl")
# The held-out table fresh5.jsonl's pool (fresh5_pool), fixed before any of its items was produced: one ECB+
# dev document per story cluster (FRESH5_ECB_PER_CLUSTER, 42 clusters: whole articles, each of another event)
# and FRESH5_RAMS_SIZE RAMS dev windows, one per source article, to 150 texts; the tables and gold whose
# articles it leaves out, besides the whole fresh3 and fresh4 pools and the RAMS gift events the gift eval
# reads (recorded here so that a table added later does not move the pool).
FRESH5_ECB_PER_CLUSTER = 1
FRESH5_RAMS_SIZE = 108
FRESH5_EXCLUDES = (*FRESH4_EXCLUDES, "tests/reviewed/fresh4.jsonl")
FRESH5_EXCLUDED_SETS = ("rams/rams_gift_events_dev.jsonl",)
# The held-out table fresh6.jsonl's pool (fresh6_pool), fixed before any of its items was produced: every
# CoNLL-2003 validation document (whole Reuters articles of 1996: news, markets, sport; sport results and
# price tables mostly produce nothing) whose id no table or gold names. No earlier table or pool reads that
# set (the actors eval scores its entity gold, no question or concern rule); the gift gold names 37 of its 216
# documents, which leaves FRESH6_SIZE. The excludes are recorded here
# so that a table added later does not move the pool (a file listed here that grows does: the pool test
# checks the size).
FRESH6_SIZE = 179
FRESH6_EXCLUDES = (*FRESH5_EXCLUDES, "tests/reviewed/fresh5.jsonl")


@dataclass(frozen=True)
class Produced:
    """One question or concern as the extractor produces it now."""

    set: str
    article: str
    kind: str
    sentence: int
    start: int
    end: int
    text: str
    holder: str | None

    @property
    def key(self) -> tuple[str, str, int, int, str | None, str | None]:
        return (self.article, self.kind, self.start, self.end, digest(self.text), digest(self.holder))

    def row(self) -> dict[str, Any]:
        """The table row for this item, not yet reviewed."""
        return {
            "set": self.set,
            "article": self.article,
            "kind": self.kind,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
            "text_sha256": digest(self.text),
            "holder_sha256": digest(self.holder),
            "verdict": None,
        }


def digest(text: str | None) -> str | None:
    """The SHA-256 (hex) of a produced text or holder: a row names the exact text without storing it."""
    return None if text is None else hashlib.sha256(text.encode("utf-8")).hexdigest()


def read_articles(
    dev: Path, wanted: set[str] | None = None, sets: Iterable[str] | None = None
) -> Iterator[tuple[str, Article]]:
    """The dev articles of the sets (all, or those whose ids are wanted), as the builder would read them."""
    for name in sets or SETS:
        relative, headline = SETS[name]
        with open(dev / relative, encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                if wanted is None or record["id"] in wanted:
                    yield name, _read(name, record, headline)


def _read(name: str, record: dict[str, Any], headline: bool) -> Article:
    if name in CONLL_SETS:
        return _conll_article(record)
    return article_of(record) if name in RECORD_SETS else _article(record, headline)


def _conll_article(record: dict[str, Any]) -> Article:
    """A CoNLL-2003 document (tokens joined by spaces, one sentence a line, the first line the headline with
    the corpus's " ." after it) as a wire story dropped as a file would read: each line detokenised as the
    stories eval detokenises ECB+ (stories.detokenise; plain quote marks stay spaced, as the corpus gives no
    open or close), the headline without that full stop the title, every other line a paragraph (the dateline
    and a byline stay, as a plain text file keeps them)."""
    lines = [detokenise(line) for line in str(record["text"]).splitlines()]
    title = lines[0].removesuffix(".").rstrip() if lines else None
    aid = str(record["id"])
    return Article(aid, aid, aid, title or None, None, None, None, (), lines_to_paragraphs(lines[1:]), "")


def _article(record: dict[str, Any], headline: bool) -> Article:
    lines = [line.strip() for line in str(record["text"]).split("\n") if line.strip()]
    title, body = (lines[0], lines[1:]) if headline else (record.get("title"), lines)
    aid = str(record["id"])
    return Article(aid, aid, aid, title, None, None, None, (), tuple(body), "")


def produce(articles: Iterable[tuple[str, Article]], nlp: Language | None = None) -> list[Produced]:
    """Every question and concern the extractor produces on the articles, in article order."""
    pairs = list(articles)
    nlp = nlp or load_nlp()
    docs = nlp.pipe((a.text for _, a in pairs), batch_size=16)
    pairs_docs = zip(pairs, docs, strict=True)
    return [item for (name, a), doc in pairs_docs for item in _items(name, extract(a, doc))]


def _items(name: str, briefing: Briefing) -> Iterator[Produced]:
    aid = briefing.article.id
    for q in briefing.questions:
        e = q.evidence
        yield Produced(name, aid, "question", e.sentence, e.start, e.end, q.question, None)
    for c in briefing.concerns:
        e = c.evidence
        yield Produced(name, aid, "concern", e.sentence, e.start, e.end, c.about, c.holder)


def held_out_pool(dev: Path, root: Path) -> set[str]:
    """The held-out pool's article ids by its fixed rule: every MMDS 2025 dev and bbc_gifts article whose id
    is in none of briefing_gold, tests/gold/briefing_news.jsonl, tests/reviewed/phrasing.jsonl and
    tests/reviewed/fresh.jsonl (101 articles when fresh2.jsonl was built; root is the project folder)."""
    tuned = {record["id"] for record in load_table(dev / SETS["briefing_gold"][0])}
    tuned |= {record["id"] for record in load_table(root / "tests" / "gold" / "briefing_news.jsonl")}
    for table in ("phrasing.jsonl", "fresh.jsonl"):
        tuned |= {row["article"] for row in load_table(root / "tests" / "reviewed" / table)}
    pool = set()
    for name in HELD_OUT_SETS:
        pool |= {record["id"] for record in load_table(dev / SETS[name][0])} - tuned
    return pool


def fresh3_pool(dev: Path, root: Path) -> set[str]:
    """The held-out table fresh3.jsonl's article ids by its fixed rule, chosen before any item was produced:
    the FRESH3_SIZE (150) ECB+ dev documents with the smallest SHA-1 (hex) of their id among those whose id
    is in none of briefing_gold and the FRESH3_EXCLUDES files (gold: `id`; reviewed tables: `article`).
    77 of the 496 ECB+ dev ids were in the gift gold when the pool was drawn, none elsewhere (root: the
    project folder)."""
    named = {record["id"] for record in load_table(dev / SETS["briefing_gold"][0])}
    for relative in FRESH3_EXCLUDES:
        named |= {row.get("id", row.get("article")) for row in load_table(root / relative)}
    ids = [record["id"] for record in load_table(dev / SETS["ecbplus"][0]) if record["id"] not in named]
    return set(sorted(ids, key=lambda i: hashlib.sha1(i.encode("utf-8")).hexdigest())[:FRESH3_SIZE])


def fresh4_pool(dev: Path, root: Path) -> set[str]:
    """The held-out table fresh4.jsonl's article ids by its fixed rule, chosen before any item was produced:
    RAMS dev records are windows of a source article (several windows of one article overlap, some repeat the
    same text under another id), so a source article counts once. Among the records whose id is in none of
    briefing_gold and the FRESH4_EXCLUDES files (gold: `id`; reviewed tables: `article`), and whose
    source_url is not that of such a named record, taken in order of the SHA-1 (hex) of their id: the first
    record of each source_url, skipping a text already taken, until FRESH4_SIZE (150) (root: the project
    folder)."""
    named = {record["id"] for record in load_table(dev / SETS["briefing_gold"][0])}
    for relative in FRESH4_EXCLUDES:
        named |= {row.get("id", row.get("article")) for row in load_table(root / relative)}
    records = load_table(dev / SETS["rams"][0])
    named_urls = {record["source_url"] for record in records if record["id"] in named}
    eligible = [r for r in records if r["id"] not in named and r["source_url"] not in named_urls]
    return _one_window_per_source(eligible, FRESH4_SIZE)


def fresh5_pool(dev: Path, root: Path) -> set[str]:
    """The held-out table fresh5.jsonl's article ids by its fixed rule, chosen before any item was produced.

    Named (left out): briefing_gold, the FRESH5_EXCLUDES files (gold: `id`; reviewed tables: `article`), the
    FRESH5_EXCLUDED_SETS records, and the whole fresh3 and fresh4 pools (also their articles without a row).
    ECB+: of each story cluster (`cluster_id`), the FRESH5_ECB_PER_CLUSTER documents with the smallest SHA-1
    (hex) of their id among those not named (fresh3 already holds 150 documents of the same 42 events, so more
    of one event would add little). RAMS: as fresh4_pool, among the records not named whose source_url is
    not that of a named record, in order of the SHA-1 of their id, the first record of each source_url,
    skipping a text already taken, until FRESH5_RAMS_SIZE (root: the project folder)."""
    named = {record["id"] for record in load_table(dev / SETS["briefing_gold"][0])}
    for relative in FRESH5_EXCLUDES:
        named |= {row.get("id", row.get("article")) for row in load_table(root / relative)}
    for relative in FRESH5_EXCLUDED_SETS:
        named |= {record["id"] for record in load_table(dev / relative)}
    named |= fresh3_pool(dev, root) | fresh4_pool(dev, root)
    pool: set[str] = set()
    per_cluster: dict[str, int] = {}
    for record in sorted(load_table(dev / SETS["ecbplus"][0]), key=lambda r: _sha1(r["id"])):
        cluster = record["cluster_id"]
        if record["id"] not in named and per_cluster.get(cluster, 0) < FRESH5_ECB_PER_CLUSTER:
            per_cluster[cluster] = per_cluster.get(cluster, 0) + 1
            pool.add(record["id"])
    records = load_table(dev / SETS["rams"][0])
    named_urls = {record["source_url"] for record in records if record["id"] in named}
    eligible = [r for r in records if r["id"] not in named and r["source_url"] not in named_urls]
    return pool | _one_window_per_source(eligible, FRESH5_RAMS_SIZE)


def fresh6_pool(dev: Path, root: Path) -> set[str]:
    """The held-out table fresh6.jsonl's article ids by its fixed rule, chosen before any item was produced:
    every CoNLL-2003 validation document whose id is in none of briefing_gold and the FRESH6_EXCLUDES files
    (gold: `id`; reviewed tables: `article`). No earlier held-out pool draws on that set (root: the project
    folder)."""
    named = {record["id"] for record in load_table(dev / SETS["briefing_gold"][0])}
    for relative in FRESH6_EXCLUDES:
        named |= {row.get("id", row.get("article")) for row in load_table(root / relative)}
    return {record["id"] for record in load_table(dev / SETS["conll2003"][0])} - named


def _one_window_per_source(records: list[dict[str, Any]], size: int) -> set[str]:
    """The ids of `size` RAMS windows: in order of the SHA-1 of their id, the first window of each source_url,
    skipping a text already taken (the rule fresh4_pool and fresh5_pool share)."""
    urls: set[str] = set()
    texts: set[str] = set()
    taken: set[str] = set()
    for record in sorted(records, key=lambda r: _sha1(r["id"])):
        if len(taken) == size:
            break
        if record["source_url"] in urls or record["text"] in texts:
            continue
        urls.add(record["source_url"])
        texts.add(record["text"])
        taken.add(record["id"])
    return taken


def _sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def pool_of(table: Path, dev: Path, root: Path) -> tuple[set[str], tuple[str, ...]]:
    """The fixed pool of a judged table (by its file name) and the sets it is drawn from: fresh3.jsonl's
    (fresh3_pool), fresh4.jsonl's (fresh4_pool), fresh5.jsonl's (fresh5_pool, ECB+ and RAMS), fresh6.jsonl's
    (fresh6_pool, CoNLL-2003), or fresh2.jsonl's (held_out_pool) for any other table."""
    if table.stem == "fresh3":
        return fresh3_pool(dev, root), ECB_SETS
    if table.stem == "fresh4":
        return fresh4_pool(dev, root), RAMS_SETS
    if table.stem == "fresh5":
        return fresh5_pool(dev, root), RECORD_SETS
    if table.stem == "fresh6":
        return fresh6_pool(dev, root), CONLL_SETS
    return held_out_pool(dev, root), HELD_OUT_SETS


def load_table(path: Path) -> list[dict[str, Any]]:
    """The reviewed rows, one JSON object per line."""
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def sets_of(table: Sequence[dict[str, Any]]) -> list[str] | None:
    """The sets a table's rows name, in SETS order (None for an empty table: every set)."""
    named = {row["set"] for row in table}
    return [name for name in SETS if name in named] or None


def row_key(row: dict[str, Any]) -> tuple[str, str, int, int, str | None, str | None]:
    return (row["article"], row["kind"], row["start"], row["end"], row["text_sha256"], row["holder_sha256"])


def good(row: dict[str, Any]) -> bool:
    """A question judged grammatical, faithful and useful; a concern whose holder is right."""
    verdict = row.get("verdict") or {}
    if row["kind"] == "question":
        return all(verdict.get(check) is True for check in QUESTION_CHECKS)
    return verdict.get("holder") is True


def _rightly_gone(row: dict[str, Any], spans: set[tuple[str, str, int, int]]) -> bool:
    """A concern the reviewer judged no concern at all ("never accused him of corruption") that is no longer
    produced on its sentence: what the verdict asked for, not a regression (a changed one still is)."""
    verdict = row.get("verdict") or {}
    key = (row["article"], row["kind"], row["start"], row["end"])
    return row["kind"] == "concern" and verdict.get("concern") is False and key not in spans


def regressions(
    table: Sequence[dict[str, Any]], produced: Sequence[Produced], *, texts: bool = True
) -> list[str]:
    """Rows judged good whose item is no longer produced as reviewed (changed or gone): re-review them.

    Each line names the row and what is produced now on the same sentence span, if anything: its text, or
    with `texts=False` only its hashes (a held-out table's items must not be read by whoever tunes the rules).
    """
    now = {p.key for p in produced}
    at: dict[tuple[str, str, int, int], list[str]] = {}
    for p in produced:
        shown = f"{p.holder or ''} {p.text!r}".strip() if texts else f"text {p.row()['text_sha256'][:12]}"
        at.setdefault((p.article, p.kind, p.start, p.end), []).append(shown)
    spans = {(p.article, p.kind, p.start, p.end) for p in produced}
    lost = [
        r
        for r in table
        if good(r) and row_key(r) not in now and not _rightly_gone(r, spans) and not r.get("gone")
    ]
    return [
        f"{r['article']} s{r['sentence']} {r['kind']} (text {r['text_sha256'][:12]}, "
        f"holder {(r['holder_sha256'] or 'none')[:12]}): "
        f"now {' | '.join(at.get((r['article'], r['kind'], r['start'], r['end']), ['nothing']))}"
        for r in lost
    ]


def show(
    table: Sequence[dict[str, Any]], produced: Sequence[Produced], articles: dict[str, Article]
) -> Iterator[str]:
    """Each row with its text rebuilt at run time: the produced text whose hash it keeps, and the sentence."""
    texts = {p.key: (f"{p.holder}: " if p.holder else "") + p.text for p in produced}
    for r in table:
        article = articles.get(r["article"])
        sentence = article.text[r["start"] : r["end"]] if article else "(article not found)"
        text = texts.get(row_key(r), "(not produced now)")
        verdict = json.dumps(r.get("verdict"))
        yield f"{r['article']} s{r['sentence']} {r['kind']} {verdict}"
        yield f"  {text}"
        yield f"  | {sentence}"


def shares(table: Sequence[dict[str, Any]], produced: Sequence[Produced]) -> dict[str, tuple[int, int]]:
    """(good, reviewed) per kind, over the reviewed rows whose item is produced now."""
    now = {p.key for p in produced}
    result = {}
    for kind in ("question", "concern"):
        rows = [r for r in table if r["kind"] == kind and r.get("verdict") and row_key(r) in now]
        result[kind] = (sum(good(r) for r in rows), len(rows))
    return result


def appendable(
    produced: Sequence[Produced], table: Sequence[dict[str, Any]], others: Sequence[dict[str, Any]]
) -> list[Produced]:
    """The items --update appends: those without a row, on the table's own articles when another table reads
    the same set (a held-out table's articles never reach a table rules are tuned on, nor the other way
    round), on any article of the table's sets otherwise (the dev table reviews every dev article)."""
    known = {row_key(r) for r in table}
    own = {r["article"] for r in table}
    shared = {r["set"] for r in others}
    return [p for p in produced if p.key not in known and (p.article in own or p.set not in shared)]


def _other_tables(path: Path) -> list[Path]:
    """The other reviewed tables beside a table (every .jsonl file in its folder)."""
    folder = path.resolve().parent
    return [other for other in sorted(folder.glob("*.jsonl")) if other.resolve() != path.resolve()]


def main(argv: Sequence[str]) -> int:
    """Print regressions and the share of good items; with --update, append unreviewed new items."""
    parser = argparse.ArgumentParser(prog="python -m builder.evaluation.phrasing")
    parser.add_argument("table", type=Path)
    parser.add_argument("--dev", type=Path, default=Path("../shared/eval"))
    parser.add_argument("--update", action="store_true")
    parser.add_argument("--show", action="store_true")
    # A table with a fixed pool (fresh3.jsonl, the held-out one; fresh2.jsonl): read every article of its
    # pool, also those without a row, so that an item an article produces for the first time is counted and
    # (--update) appended for judging.
    parser.add_argument("--pool", action="store_true")
    args = parser.parse_args(argv)
    table = load_table(args.table) if args.table.exists() else []
    if args.pool:
        pool, pool_sets = pool_of(args.table, args.dev, args.table.resolve().parent.parent.parent)
        articles = list(read_articles(args.dev, pool, pool_sets))
        reviewed = pool
    else:
        articles = list(read_articles(args.dev, sets=sets_of(table)))
        reviewed = {r["article"] for r in table}
    produced = produce(articles)
    if args.show:
        for line in show(table, produced, {a.id: a for _, a in articles}):
            print(line)
    for line in regressions(table, produced):
        print(f"changed or gone (was good): {line}")
    for kind, (ok, total) in shares(table, produced).items():
        print(f"{kind}s: {ok}/{total} good ({100 * ok / max(total, 1):.1f}%), among the items produced now")
    known = {row_key(r) for r in table}
    unreviewed = [p for p in produced if p.key not in known and p.article in reviewed]
    print(f"{len(unreviewed)} items produced on the table's articles have no row")
    if args.update:
        # A table covers the sets its rows name; on a set other tables read too (fresh.jsonl and fresh2.jsonl
        # share MMDS and bbc_gifts), --update appends only on the table's own articles; with --pool, on every
        # article of the pool.
        others = [row for path in _other_tables(args.table) for row in load_table(path)]
        new = unreviewed if args.pool else appendable(produced, table, others)
        with open(args.table, "a", encoding="utf-8") as handle:
            for p in new:
                handle.write(json.dumps(p.row(), ensure_ascii=False) + "\n")
        print(f"{len(new)} new items appended for review")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main(sys.argv[1:]))

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from builder.core.model import Briefing
from builder.evaluation.metrics import read_jsonl
from builder.evaluation.stories import (
    BCubed,
    Judged,
    Merges,
    article_of,
    b_cubed,
    b_cubed_errors,
    detokenise,
    judge,
    published_by,
    same_outlet_sets,
    set_outlet,
)
from builder.evaluation.story_tuning import FOLDS, TOPIC_CLUSTERS, best_rules, dev_set, fold_of, score
from builder.stories.grouping import Rules

GOLD = {"a": "x", "b": "x", "c": "x", "d": "y", "e": "y"}
DEV = Path(os.environ.get("BRIEFING_DEV", Path(__file__).resolve().parents[2] / "shared" / "eval"))
TUNING_FOLDS = (0, 1, 2)  # the folds whose errors are read when choosing a rule (3 and 4 are not)


@pytest.mark.parametrize(
    ("predicted", "precision", "recall"),
    [
        ({i: i for i in GOLD}, 100.0, 100.0 * (3 * 1 / 3 + 2 * 1 / 2) / 5),  # all singletons
        (dict.fromkeys(GOLD, "all"), 100.0 * (3 * 3 / 5 + 2 * 2 / 5) / 5, 100.0),  # one cluster
        (GOLD, 100.0, 100.0),  # perfect
        # worked example: {a,b} {c,d,e} against {a,b,c} {d,e}
        (
            {"a": 1, "b": 1, "c": 2, "d": 2, "e": 2},
            100.0 * (1 + 1 + 1 / 3 + 2 / 3 + 2 / 3) / 5,
            100.0 * 11 / 15,
        ),
    ],
)
def test_b_cubed(predicted: dict[str, object], precision: float, recall: float) -> None:
    score = b_cubed(predicted, GOLD)
    assert score.precision == pytest.approx(precision)
    assert score.recall == pytest.approx(recall)
    assert score.f1 == pytest.approx(2 * precision * recall / (precision + recall))


@pytest.mark.parametrize(
    "predicted",
    [
        {i: i for i in GOLD},
        dict.fromkeys(GOLD, "all"),
        GOLD,
        {"a": 1, "b": 1, "c": 2, "d": 2, "e": 2},
        {"a": 1, "b": 2, "c": 2, "d": 2, "e": 3, "z": 2},  # z: no gold, not counted
    ],
)
def test_b_cubed_errors_add_up_to_what_precision_and_recall_lose(predicted: dict[str, object]) -> None:
    score = b_cubed(predicted, GOLD)
    errors = b_cubed_errors(predicted, GOLD)
    assert sum(e.cost for e in errors if e.kind == "merged") == pytest.approx(100.0 - score.precision)
    assert sum(e.cost for e in errors if e.kind == "split") == pytest.approx(100.0 - score.recall)
    assert [e.cost for e in errors] == sorted((e.cost for e in errors), reverse=True)


def test_b_cubed_errors_name_the_stories_and_their_parts() -> None:
    # {a,b} {c,d,e} against gold {a,b,c} {d,e}: story 2 merges c into d, e; gold x is split as a, b | c
    errors = b_cubed_errors({"a": 1, "b": 1, "c": 2, "d": 2, "e": 2}, GOLD)
    assert [(e.kind, e.parts) for e in errors] == [
        ("split", (("a", "b"), ("c",))),
        ("merged", (("d", "e"), ("c",))),
    ]
    assert errors[0].cost == pytest.approx(100.0 * (3 - 5 / 3) / 5)


def test_b_cubed_counts_clusters_and_ignores_unlabelled_items() -> None:
    score = b_cubed({"a": 1, "b": 1, "z": 9}, {"a": "x", "b": "y", "q": "y"})
    assert (score.items, score.predicted_clusters, score.gold_clusters) == (2, 1, 2)
    assert score.as_dict() == {
        "precision": 50.0,
        "recall": 100.0,
        "f1": 66.67,
        "items": 2,
        "predicted_clusters": 1,
        "gold_clusters": 2,
    }


def test_empty_labelling_scores_zero() -> None:
    assert b_cubed({}, {}) == BCubed(0, 0.0, 0.0, 0, 0)
    assert b_cubed({}, {}).f1 == 0.0


@pytest.mark.parametrize(
    ("tokens", "text"),
    [
        ("The mayor , who is 61 , said `` no '' .", 'The mayor, who is 61, said "no".'),
        ("It 's the club 's first loss ( at home ) .", "It's the club's first loss (at home)."),
        ("Prices rose 5 % to $ 20 , did n't they ?", "Prices rose 5% to $20, didn't they?"),
    ],
)
def test_detokenise(tokens: str, text: str) -> None:
    assert detokenise(tokens) == text


def test_article_of_token_stream_record() -> None:
    record = {"id": "t1", "topic": 1, "text": "A storm hit the coast .\nTwo people died , police said ."}
    article = article_of(record)
    assert article.id == "t1"
    assert article.paragraphs == ("A storm hit the coast.", "Two people died, police said.")
    assert article.title is None and article.date is None


def test_article_of_titled_record_keeps_text_as_written() -> None:
    record = {"id": 7, "title": " Storm  hits coast ", "text": "A storm hit the coast . It rained."}
    article = article_of(record)
    assert (article.id, article.title) == ("7", "Storm hits coast")
    assert article.paragraphs == ("A storm hit the coast . It rained.",)


def test_a_dev_set_leaves_out_its_topic_clusters_only_for_the_events_score() -> None:
    records = [{"id": f"a{i}", "cluster_id": c} for i, c in enumerate(["18", "18", "4", "4", "19"])]
    found = dev_set("mmds2025_dev_en_articles", records, [], labelled=True)
    assert found.topics == frozenset(TOPIC_CLUSTERS["mmds2025_dev_en_articles"])
    every = range(FOLDS)
    assert found.ids(every) == {"a0", "a1", "a2", "a3", "a4"}
    assert found.event_ids(every) == {"a2", "a3"}
    assert dev_set("other", records, [], labelled=True).event_ids(every) == found.ids(every)


def test_ecb_topic_clusters_were_read_in_the_tuning_folds_only() -> None:
    path = DEV / "ecbplus" / "ecbplus_docs_dev.jsonl"
    if not path.is_file():
        pytest.skip(f"dev sets not found at {DEV} (set BRIEFING_DEV)")
    records = list(read_jsonl(path))
    folds = fold_of(records)
    fold_of_cluster = {str(r["cluster_id"]): folds[str(r["id"])] for r in records}
    topics = TOPIC_CLUSTERS["ecbplus_docs_dev"]
    assert topics and all(fold_of_cluster[c] in TUNING_FOLDS for c in topics)


def test_rules_that_tie_on_the_training_folds_go_to_the_one_that_merges_less() -> None:
    records = [{"id": f"a{i}", "cluster_id": c} for i, c in enumerate(["p", "p", "q", "q", "r"])]
    labelled = dev_set("set", records, [], labelled=True)  # clusters p, q, r are folds 0, 1, 2
    merging, apart = Rules(group_floor=0.12), Rules(group_floor=0.15)
    found = {
        merging: [{"a0": (0, 2), "a1": (0, 2), "a2": (1, 3), "a3": (1, 3), "a4": (1, 3)}],  # q and r merged
        apart: [{"a0": (0, 2), "a1": (0, 2), "a2": (1, 2), "a3": (1, 2), "a4": (2, 1)}],
    }
    assert best_rules([labelled], found, [0]) == apart  # fold 0 cannot tell them apart
    assert best_rules([labelled], found, [0, 1, 2]) == apart  # the merge is wrong on fold 2
    found[apart][0]["a0"] = (3, 1)  # now the apart rules split p: the labelled fold decides first
    assert best_rules([labelled], found, [0]) == merging


def test_one_outlets_set_is_tuned_against_with_its_outlet_unknown() -> None:
    article = article_of({"id": "x1", "text": "A line.", "url": "https://www.bbc.co.uk/news/1"})
    briefing = Briefing(article, "t", (), (), (), (), (), ())
    published = published_by([briefing], "BBC News")[0]
    assert (published.article.source, published.article.url) == ("BBC News", article.url)
    kept = dev_set("frank", [{"id": "x1"}], [published], labelled=False).briefings[0]
    assert (kept.article.source, kept.article.url) == (None, None)
    assert set_outlet(Path("eval/briefing_gold/articles.jsonl")) == "BBC News"
    assert set_outlet(Path("eval/frank/xsum_frank_dev.jsonl")) is None


def test_merged_pairs_are_counted_by_verdict() -> None:
    merges = Merges(5, (("c", "a", "b"), ("d", "e")))
    verdicts = {("a", "b"): True, ("a", "c"): False, ("d", "e"): True, ("x", "y"): False}
    assert judge(merges, verdicts) == Judged(same=2, different=1, unjudged=1)


def test_a_bbc_set_is_grouped_with_the_other_bbc_set_when_the_outlet_is_unknown(tmp_path: Path) -> None:
    for name in ("briefing_gold", "bbc_gifts", "frank"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "articles.jsonl").write_text("", encoding="utf-8")
    gold = tmp_path / "briefing_gold" / "articles.jsonl"
    assert same_outlet_sets(gold) == [tmp_path / "bbc_gifts" / "articles.jsonl", gold]
    assert same_outlet_sets(tmp_path / "frank" / "articles.jsonl") == [tmp_path / "frank" / "articles.jsonl"]


def test_a_single_outlet_merge_counts_against_rules_unless_every_pair_was_judged_one_happening() -> None:
    found = {"a": (0, 2), "b": (0, 2), "c": (1, 3), "d": (1, 3), "e": (1, 3), "f": (2, 1)}
    ids = set(found)
    assert score(found, ids, None).merged == 5
    same = frozenset({("a", "b"), ("c", "d"), ("d", "e")})  # c and e never judged: their story counts
    assert score(found, ids, None, same).merged == 3
    assert score(found, ids, None, same | {("c", "e")}).merged == 0
    assert score(found, {"a", "c", "f"}, None, same).merged == 1  # only the fold's articles


def test_the_single_outlet_sets_are_grouped_together_as_plain_files(tmp_path: Path) -> None:
    from builder.evaluation.harness import together_score, unknown_outlet_rows

    lines = {
        "frank/cnndm.jsonl": [
            "The council closed the old library on Monday.",
            "A storm cut power to 900 homes.",
        ],
        "briefing_gold/articles.jsonl": ["The bank held its rate at 4% on Thursday."],
        "bbc_gifts/articles.jsonl": ["The club signed a new goalkeeper from Lyon."],
    }
    for name, texts in lines.items():
        (tmp_path / name).parent.mkdir(exist_ok=True)
        records = [{"id": f"{Path(name).parent}-{i}", "text": text} for i, text in enumerate(texts)]
        (tmp_path / name).write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    collection, merges = together_score([tmp_path / "frank", tmp_path / "briefing_gold" / "articles.jsonl"])
    assert collection == sorted(tmp_path / name for name in lines)
    assert merges.articles == 4
    merged, judged = unknown_outlet_rows("together", collection, Merges(4, (("x-1", "y-2"),)))
    assert (merged.metric, merged.value) == ("together: articles merged", 2)
    assert (judged.value, judged.baseline) == (0, "of 1: 0 judged two happenings, 1 not judged")
    assert judged.data.endswith("(4 texts)")

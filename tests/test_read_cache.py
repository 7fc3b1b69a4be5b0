"""The source read cache: an unchanged file is not read again, and any change to a file is read."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from builder.runtime import reads
from builder.runtime.reads import ReadCache
from builder.sources import readers
from builder.sources.readers import read_sources

TEXT = "---\ntitle: Harbour talks\ndate: 2024-03-02\n---\n\nThe two mayors met at the harbour on {day}.\n"
LIMIT = 2 * 1024 * 1024


@pytest.fixture
def settled(monkeypatch):
    """Files count as settled at once (a real build waits SETTLED_NS after a file's last change)."""
    monkeypatch.setattr(readers, "SETTLED_NS", 0)


def build(seeds: Path, cache: Path):
    """read_sources through the cache, as the pipeline calls it: what was read, and the cache's entries."""
    remembered = ReadCache(cache, seeds, LIMIT)
    found = read_sources(seeds, LIMIT, remembered)
    remembered.save()
    return found, remembered


def no_reading(monkeypatch):
    """Make any actual read of a source fail the test."""

    def refuse(*args, **kwargs):
        raise AssertionError("a source was read again")

    monkeypatch.setattr(readers, "read_articles", refuse)


def test_an_unchanged_folder_is_not_read_again_and_gives_the_same_articles(tmp_path, settled, monkeypatch):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for n in range(3):
        (seeds / f"a{n}.md").write_text(TEXT.format(day="Monday") + f"Part {n}.\n", encoding="utf-8")
    (seeds / "sub").mkdir()
    (seeds / "sub" / "b.txt").write_bytes("Caf\xe9 talks went on.\n".encode("latin-1"))  # warns: not UTF-8
    first, _ = build(seeds, tmp_path / "cache")
    assert first == read_sources(seeds, LIMIT) and first[1]  # same as without a cache, warning included
    no_reading(monkeypatch)
    again, remembered = build(seeds, tmp_path / "cache")
    assert again == first
    assert set(remembered.used) == {"a0.md", "a1.md", "a2.md", "sub/b.txt"}


def test_an_edit_of_the_same_size_with_the_old_modification_time_is_read(tmp_path, settled):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    path = seeds / "a.md"
    path.write_text(TEXT.format(day="Monday"), encoding="utf-8")
    before = os.stat(path)
    (old,), _ = build(seeds, tmp_path / "cache")[0]
    path.write_text(TEXT.format(day="Friday"), encoding="utf-8")  # same size, same inode
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))  # and the modification time set back
    after = os.stat(path)
    same = ("st_size", "st_mtime_ns", "st_ino")
    assert [getattr(after, f) for f in same] == [getattr(before, f) for f in same]
    (new,), _ = build(seeds, tmp_path / "cache")[0]
    assert "Friday" in new.text and new.content_hash != old.content_hash


def test_a_replaced_file_a_new_file_and_a_removed_file_are_seen(tmp_path, settled):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name in ("a.md", "b.md"):
        (seeds / name).write_text(TEXT.format(day=name), encoding="utf-8")
    build(seeds, tmp_path / "cache")
    replacement = tmp_path / "elsewhere.md"
    replacement.write_text(TEXT.format(day="b.mX"), encoding="utf-8")
    os.replace(replacement, seeds / "b.md")  # another inode at the same path
    (seeds / "a.md").unlink()
    (seeds / "c.md").write_text(TEXT.format(day="c.md"), encoding="utf-8")
    (articles, problems), _ = build(seeds, tmp_path / "cache")
    assert (articles, problems) == read_sources(seeds, LIMIT)
    assert [a.id for a in articles] == ["b", "c"] and "b.mX" in articles[0].text


def test_a_file_changed_just_before_it_is_read_is_not_remembered(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.md").write_text(TEXT.format(day="Monday"), encoding="utf-8")
    (articles, _), remembered = build(seeds, tmp_path / "cache")
    assert articles and remembered.used == {}  # it could change again within the clock's tick, unseen


def test_a_file_that_failed_is_read_again(tmp_path, settled):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.md").write_text("---\ntitle: x\n---\n", encoding="utf-8")  # no article text
    (_, problems), remembered = build(seeds, tmp_path / "cache")
    assert problems and remembered.used == {}


@pytest.mark.parametrize("content", [b"", b"\x00garbage", b"\x93\xa1a"])
def test_an_unreadable_pack_means_reading_again(tmp_path, settled, content):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.md").write_text(TEXT.format(day="Monday"), encoding="utf-8")
    first, _ = build(seeds, tmp_path / "cache")
    (tmp_path / "cache" / ReadCache.FILE).write_bytes(content)
    assert build(seeds, tmp_path / "cache")[0] == first


def test_a_pack_made_by_other_reading_code_or_for_another_folder_or_limit_is_not_used(
    tmp_path, settled, monkeypatch
):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.md").write_text(TEXT.format(day="Monday"), encoding="utf-8")
    build(seeds, tmp_path / "cache")
    assert ReadCache(tmp_path / "cache", seeds, LIMIT)._entries()
    assert not ReadCache(tmp_path / "cache", seeds, LIMIT - 1)._entries()
    assert not ReadCache(tmp_path / "cache", tmp_path, LIMIT)._entries()
    monkeypatch.setattr(reads, "reader_fingerprint", lambda: "other code")
    assert not ReadCache(tmp_path / "cache", seeds, LIMIT)._entries()

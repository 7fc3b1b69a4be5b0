from __future__ import annotations

from pathlib import Path

import pytest

from builder.readers import read_sources


def write(folder: Path, name: str, data: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def read_one(tmp_path: Path, name: str, data: str | bytes):
    write(tmp_path, name, data)
    articles, problems = read_sources(tmp_path)
    return (articles[0] if articles else None), problems


@pytest.mark.parametrize(
    ("text", "date", "first"),
    [
        (" date 2023-11-08 In a meeting the leaders spoke.\nSecond paragraph.", "2023-11-08", "In a meeting"),
        ("date 2021-01-02\nFirst line.\n\nSecond line.", "2021-01-02", "First line."),
        ("Date palms grow well here.\nMore text.", None, "Date palms grow"),
        ("No marker at all.", None, "No marker at all."),
    ],
)
def test_txt_date_marker_becomes_date_and_never_leaks(tmp_path, text, date, first):
    article, problems = read_one(tmp_path, "a.txt", text)
    assert problems == []
    assert article.date == date
    assert article.paragraphs[0].startswith(first)
    assert "2023-11-08" not in article.text or date is None


def test_txt_one_paragraph_per_line(tmp_path):
    article, _ = read_one(tmp_path, "a.txt", "One.\r\n\r\n  Two   words.\nThree.\n")
    assert article.paragraphs == ("One.", "Two words.", "Three.")


def test_invalid_date_marker_is_a_warning_and_the_article_is_kept(tmp_path):
    article, problems = read_one(tmp_path, "a.txt", "date 2023-13-45 Text of the article.")
    assert article is not None and article.date is None
    assert article.text == "Text of the article."
    assert problems[0].severity == "warning" and "invalid date" in problems[0].message


def test_markdown_front_matter(tmp_path):
    text = (
        "---\ntitle: Leaders meet\ndate: 2024-05-01\nsource: Wire\nurl: https://example.org/a\n"
        "tags: [summit, gifts]\n---\nFirst paragraph\ncontinues here.\n\nSecond paragraph.\n"
    )
    article, problems = read_one(tmp_path, "story.md", text)
    assert problems == []
    assert (article.title, article.date, article.source, article.url) == (
        "Leaders meet",
        "2024-05-01",
        "Wire",
        "https://example.org/a",
    )
    assert article.tags == ("summit", "gifts")
    assert article.paragraphs == ("First paragraph continues here.", "Second paragraph.")


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", "", "no article text"),
        ("blank.txt", "  \n\t\n", "no article text"),
        ("binary.txt", b"\x00\x01\x02binary", "binary"),
        ("latin.txt", "caf\xe9".encode("latin-1"), "not valid UTF-8"),
        ("open.md", "---\ntitle: x\nNo closing line.", "never closed"),
        ("bad.md", "---\ntitle: [unclosed\n---\nBody.", "invalid YAML"),
        ("list.md", "---\n- a\n- b\n---\nBody.", "must be a mapping"),
        ("photo.jpg", b"\xff\xd8\xff", "unsupported file type"),
    ],
)
def test_bad_sources_are_reported_with_file_and_reason(tmp_path, name, data, message):
    write(tmp_path, "good.txt", "A good article.")
    write(tmp_path, name, data)
    articles, problems = read_sources(tmp_path)
    assert [a.path for a in articles] == ["good.txt"]
    assert len(problems) == 1
    assert problems[0].path.endswith(name) and message in problems[0].message
    assert str(problems[0]).startswith(problems[0].path)


def test_encodings_with_bom(tmp_path):
    write(tmp_path, "bom.txt", "\ufeffBOM text here.".encode())
    write(tmp_path, "utf16.txt", "Sixteen bits.".encode("utf-16"))
    articles, problems = read_sources(tmp_path)
    assert problems == []
    assert sorted(a.text for a in articles) == ["BOM text here.", "Sixteen bits."]


def test_duplicate_content_is_built_once(tmp_path):
    write(tmp_path, "a.txt", "Same text.")
    write(tmp_path, "b.txt", "Same text.")
    articles, problems = read_sources(tmp_path)
    assert [a.path for a in articles] == ["a.txt"]
    assert "same content as" in problems[0].message and problems[0].severity == "warning"


def test_size_limit(tmp_path):
    write(tmp_path, "big.txt", "word " * 100)
    articles, problems = read_sources(tmp_path, max_bytes=100)
    assert articles == [] and "over the 100-byte limit" in problems[0].message


def test_ids_and_slugs_are_stable_and_unique(tmp_path):
    write(tmp_path, "Kim & Putin (1).txt", "First text.")
    write(tmp_path, "kim-putin-1.txt", "Second text.")
    write(tmp_path, "sub/Ünïcode name.md", "Third text.")
    articles, _ = read_sources(tmp_path)
    slugs = [a.slug for a in articles]
    assert len(set(slugs)) == 3
    assert all(s.replace("-", "").isalnum() and s == s.lower() for s in slugs)
    assert "sub-unicode-name" in slugs


def test_missing_folder(tmp_path):
    articles, problems = read_sources(tmp_path / "nope")
    assert articles == [] and "does not exist" in problems[0].message

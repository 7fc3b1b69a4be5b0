from __future__ import annotations

from pathlib import Path

import pytest

from builder.sources.encodings import decode, normalise
from builder.sources.readers import display_path, read_article, read_articles, read_sources, source_files
from builder.sources.text import parse_date, read_md, read_txt
from builder.sources.web import html_to_paragraphs, read_feed, read_html


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
        ("utf16.txt", "no mark".encode("utf-16-le"), "binary"),
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


@pytest.mark.parametrize(
    ("data", "text", "warning"),
    [
        (b"plain ascii", "plain ascii", None),
        ("\ufeffbom".encode(), "bom", None),
        ("sixteen".encode("utf-16"), "sixteen", None),
        ("thirty-two".encode("utf-32"), "thirty-two", None),
        ("caf\xe9".encode("latin-1"), "caf\xe9", "read as Windows-1252"),
        ("\u201cquoted\u201d \u20ac5".encode("cp1252"), "\u201cquoted\u201d \u20ac5", "read as Windows-1252"),
        (
            "\u0414\u0430 \u043d\u0435\u0442 \u043c\u0438\u0440 \u0434\u043e\u043c".encode("cp1251"),
            None,
            "read as cp1251",
        ),
    ],
)
def test_decode_reads_or_guesses_with_a_warning(data, text, warning):
    decoded, said = decode(data)
    assert text is None or decoded == text
    assert (said is None) if warning is None else (warning in said)


def test_normalise_keeps_meaning():
    assert normalise("a\u00a0b\u202fc\r\nd\re\u2028f") == "a b c\nd\ne\nf"
    assert normalise("in\u200bvis\u00adible\u202e\u2066x\u2069\x07") == "invisiblex"
    assert (
        normalise("\u201cq\u201d \u2013 \u2026 \U0001f468\u200d\U0001f469")
        == "\u201cq\u201d \u2013 \u2026 \U0001f468\u200d\U0001f469"
    )
    assert normalise("e\u0301") == "\u00e9"


@pytest.mark.parametrize(
    ("value", "iso"),
    [("2024-05-01", "2024-05-01"), ("2024-5-1", "2024-05-01"), ("2024-05-01T23:30:00-05:00", "2024-05-01"),
     ("2024-05-01 10:00:00Z", "2024-05-01")],
)  # fmt: skip
def test_parse_date_forms(value, iso):
    assert parse_date(value) == iso


@pytest.mark.parametrize(
    ("front", "field", "value", "warning"),
    [
        ("title: yes", "title", "yes", None),
        ("title: 1e3", "title", "1e3", None),
        ("title: [a, b]", "title", None, "must be text, not a list"),
        ("author: Jane Doe", "source", None, None),  # an author is not the publisher: no outlet from a byline
        ("url: example.org/a", "url", None, "not an http(s) address"),
        ("tags: a, b, a", "tags", ("a", "b"), None),
    ],
)
def test_front_matter_values_are_kept_as_written(front, field, value, warning):
    parsed = read_md(f"---\n{front}\n---\nBody.")
    assert getattr(parsed, field) == value
    assert [w for w in parsed.warnings if warning and warning in w] == (
        [parsed.warnings[0]] if warning else []
    )


FIRST = "The first paragraph of the story says what happened, where it happened, and who was there."
SECOND = "The second paragraph follows it with what officials said about the meeting and what comes next."


def test_html_page_main_text_and_metadata():
    page = (
        "<html><head><title>T | Site</title><meta property='og:site_name' content='Site'>"
        "<meta name='date' content='2031-01-01'></head><body><nav>Menu</nav><article><h1>T</h1>"
        f"<p>{FIRST}</p><p>{SECOND}</p></article><footer>Copyright</footer></body></html>"
    )
    parsed = read_html(page)
    assert parsed.paragraphs == (FIRST, SECOND)
    assert (parsed.title, parsed.date, parsed.source) == ("T", "2031-01-01", "Site")


def test_html_to_paragraphs_blocks_and_hidden_parts():
    markup = "<p>One<br>two</p><script>x()</script><ul><li>three</li></ul><!-- c --><style>p{}</style>"
    assert html_to_paragraphs(markup) == ("One", "two", "three")
    assert html_to_paragraphs("") == ()


def test_feed_entries_become_articles_with_their_own_ids(tmp_path):
    feed = (
        '<rss version="2.0"><channel><title>Wire</title>'
        "<item><guid>a-1</guid><title>One</title><description>First text.</description></item>"
        "<item><guid>a-1</guid><title>Two</title><description>Second text.</description></item>"
        "</channel></rss>"
    )
    assert [p.key for p in read_feed(feed.encode())] == ["a-1", "entry-2"]
    write(tmp_path, "wire.rss", feed)
    articles, warnings = read_articles(tmp_path / "wire.rss", tmp_path)
    assert [a.id for a in articles] == ["wire/a-1", "wire/entry-2"] and warnings == ()
    assert len({a.content_hash for a in articles}) == 2 and articles[0].source == "Wire"
    assert read_article(tmp_path / "wire.rss", tmp_path)[0] == articles[0]


def test_same_stem_in_two_formats_keeps_both(tmp_path):
    write(tmp_path, "a.md", "Markdown text.")
    write(tmp_path, "a.txt", "Plain text.")
    articles, problems = read_sources(tmp_path)
    assert problems == [] and len({a.id for a in articles}) == len({a.slug for a in articles}) == 2


def test_links_and_special_files(tmp_path):
    seeds, outside = tmp_path / "seeds", tmp_path / "outside"
    outside.mkdir()
    write(outside, "x.txt", "Outside text.")
    write(seeds, "real.txt", "Real text.")
    (seeds / "inside.txt").symlink_to(seeds / "real.txt")
    (seeds / "escape.txt").symlink_to(outside / "x.txt")
    (seeds / "folder.md").mkdir()
    articles, problems = read_sources(seeds)
    assert [a.path for a in articles] == ["real.txt"]
    assert {p.path.rsplit("/", 1)[1]: p.severity for p in problems} == {
        "escape.txt": "error", "folder.md": "warning", "inside.txt": "warning"}  # fmt: skip
    assert seeds / "folder.md" not in source_files(seeds)


def test_display_path_keeps_one_line(tmp_path):
    assert display_path(tmp_path / "a\nb\u202e.txt").endswith("a\\nb\\u202e.txt")


def test_text_longer_than_the_model_can_parse_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr("builder.sources.readers.MAX_TEXT_CHARS", 20)
    write(tmp_path, "long.txt", "Twenty-one characters")
    write(tmp_path, "ok.txt", "Twenty characters ok")
    articles, problems = read_sources(tmp_path)
    assert [a.path for a in articles] == ["ok.txt"]
    assert "has 21 characters of text, over the 20 the model can parse" in problems[0].message


@pytest.mark.parametrize(
    ("first_line", "is_title"),
    [
        ("Howard denies split over ID cards", True),  # a BBC headline: no final full stop
        ("Ministers to unveil new terror plans", True),
        ("Will Blair quit?", True),  # a short question headline
        ("At the end of a high-profile summit the two leaders exchanged gifts.", False),  # a lead sentence
        (
            "Why on earth would the mayor not accept the generous offer made by the council this morning?",
            False,
        ),
        ("The minister said:", False),  # introduces the next line
        (
            "Profits rose 20% in the year to March, the company said, as sales of its phones beat forecasts",
            False,
        ),
    ],
)
def test_a_txt_headline_line_becomes_the_title(first_line, is_title):
    parsed = read_txt(f"{first_line}\nThe second paragraph says what happened.")
    assert (parsed.title == first_line) is is_title
    assert parsed.paragraphs[-1] == "The second paragraph says what happened."
    assert len(parsed.paragraphs) == (1 if is_title else 2)


def test_a_single_line_is_never_taken_as_a_headline():
    assert read_txt("Short line").paragraphs == ("Short line",)


@pytest.mark.parametrize(
    "block",
    [
        'title: "Talks: day two"\ndate: 2024-06-19\ntags: [Russia, "North Korea"]\nflag: yes\n',
        "title: >\n  A folded\n  title\nnumber: 0x1F\nempty:\nlist:\n  - one\n  - {a: b}\n",
        "title: 'It''s quoted'\nnote: ~\n",
    ],
)
def test_front_matter_reads_the_same_with_either_yaml_parser(block):
    import yaml

    from builder.sources import text

    assert text.FAST_LOADER is yaml.CBaseLoader  # PyYAML is built with libyaml here
    assert text._load(block, text.FAST_LOADER) == text._load(block, yaml.BaseLoader)


@pytest.mark.parametrize(
    ("block", "message"),
    [
        ("title: [unclosed\n", "invalid YAML front matter"),
        ("title: a\n  bad: indent\n", "invalid YAML front matter at line"),
        ("base: &b x\ncopy: *b\n", "YAML aliases"),
        ("- just\n- a list\n", "must be a mapping"),
    ],
)
def test_bad_front_matter_is_explained(block, message):
    from builder.sources.text import SourceError, front_matter

    with pytest.raises(SourceError, match=message):
        front_matter(block)

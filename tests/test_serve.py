from __future__ import annotations

import shutil
import socket
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner
from watchdog.events import (
    DirCreatedEvent,
    FileClosedNoWriteEvent,
    FileCreatedEvent,
    FileDeletedEvent,
    FileModifiedEvent,
    FileMovedEvent,
    FileOpenedEvent,
)

from builder import pipeline
from builder.runtime.executors import SerialExecutor
from builder.serve import Preview, is_source_change, parse_dev_addr, regenerate, serve

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").iterdir())


def slug_page(seed: Path) -> str:
    return f"briefings/{seed.stem.replace('_', '-')}.md"


@pytest.fixture()
def settings(tmp_path) -> pipeline.Settings:
    """A seeds folder holding the first seed article, and fresh docs and cache folders."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(SEEDS[0], seeds / SEEDS[0].name)
    return pipeline.Settings(
        seeds=seeds, docs=tmp_path / "docs", config=ROOT / "mkdocs.yml", cache=tmp_path / "cache"
    )


@pytest.mark.parametrize(
    ("event", "expected"),
    [
        (FileCreatedEvent("{seeds}/new.txt"), True),
        (FileModifiedEvent("{seeds}/sub/old.md"), True),
        (FileDeletedEvent("{seeds}/old.md"), True),
        (FileMovedEvent("{seeds}/.draft.swp", "{seeds}/saved.txt"), True),
        (FileMovedEvent("{seeds}/saved.txt", "{seeds}/../elsewhere.txt"), True),
        (FileCreatedEvent("{seeds}/.hidden.txt"), False),
        (FileModifiedEvent("{seeds}/.git/index"), False),
        (FileOpenedEvent("{seeds}/old.md"), False),
        (FileClosedNoWriteEvent("{seeds}/old.md"), False),
        (DirCreatedEvent("{seeds}/folder"), False),
        (FileCreatedEvent("{seeds}/../docs/index.md"), False),
    ],
    ids=lambda value: getattr(value, "event_type", str(value)),
)
def test_which_file_events_are_source_changes(tmp_path, event, expected):
    seeds = tmp_path / "seeds"
    event.src_path = event.src_path.format(seeds=seeds)
    if getattr(event, "dest_path", ""):
        event.dest_path = event.dest_path.format(seeds=seeds)
    assert is_source_change(event, seeds) is expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("127.0.0.1:8000", ("127.0.0.1", 8000)),
        ("localhost:9", ("localhost", 9)),
        ("[::1]:8080", ("::1", 8080)),
    ],
)
def test_parse_dev_addr(value, expected):
    assert parse_dev_addr(value) == expected


@pytest.mark.parametrize("value", ["8000", "host:", ":80", "host:port", "host:70000"])
def test_parse_dev_addr_rejects_bad_addresses(value):
    with pytest.raises(Exception, match="--dev-addr"):
        parse_dev_addr(value)


def test_regenerate_extracts_and_writes_only_what_changed(settings, nlp):
    first = regenerate(settings)
    assert first is not None
    assert slug_page(SEEDS[0]) in first.written.written
    shutil.copy(SEEDS[1], settings.seeds / SEEDS[1].name)
    second = regenerate(settings)
    assert second is not None
    assert second.extracted == 1
    assert slug_page(SEEDS[1]) in second.written.written
    assert "about.md" in second.written.unchanged  # pages the new article does not touch are left alone
    third = regenerate(settings)
    assert third is not None
    assert (third.extracted, third.written.written) == (0, ())


def test_regenerate_survives_a_failing_build(settings, monkeypatch, caplog):
    def broken(*args: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(pipeline, "generate", broken)
    assert regenerate(settings) is None
    assert "disk on fire" in caplog.text


def test_serve_command_rejects_a_bad_address_and_a_missing_config(tmp_path):
    runner = CliRunner()
    result = runner.invoke(serve, ["--seeds", str(ROOT / "seeds"), "--config", str(tmp_path / "none.yml")])
    assert result.exit_code == 1
    assert "MkDocs config not found" in result.output
    result = runner.invoke(
        serve, ["--seeds", str(ROOT / "seeds"), "--config", str(ROOT / "mkdocs.yml"), "--dev-addr", "nowhere"]
    )
    assert result.exit_code == 1
    assert "--dev-addr nowhere: use HOST:PORT" in result.output


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, ""


def wait_for(condition, limit: float = 90.0) -> bool:
    """Poll until the condition holds or the limit passes (a bound, not a speed check)."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return False


@pytest.mark.slow
def test_preview_serves_pages_and_follows_a_new_seed(settings, nlp):
    port = free_port()
    preview = Preview(settings, "127.0.0.1", port)
    preview.start(SerialExecutor())
    try:
        status, home = fetch(f"http://127.0.0.1:{port}/")
        assert status == 200
        assert "livereload" in home  # MkDocs' dev server injected its reload script
        new_page = f"http://127.0.0.1:{port}/{slug_page(SEEDS[1]).removesuffix('.md')}/"
        assert fetch(new_page)[0] == 404
        shutil.copy(SEEDS[1], settings.seeds / SEEDS[1].name)
        assert wait_for(lambda: fetch(new_page)[0] == 200), "the new article's briefing page never appeared"
        assert "Putin" in fetch(new_page)[1]
    finally:
        preview.stop()
    with pytest.raises(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
        pass
    assert not preview.site_dir.exists()

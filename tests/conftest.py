from __future__ import annotations

from pathlib import Path

import pytest

from builder.extract import Analysis, analyse
from builder.history import build_date
from builder.nlp.spacy_model import load_nlp
from builder.pipeline import Settings, build, extract_all
from builder.sources.readers import read_sources


@pytest.fixture(scope="session")
def nlp():
    """The real spaCy pipeline, loaded once for the whole run."""
    return load_nlp()


@pytest.fixture(scope="session")
def parse(nlp):
    """Parse a text into an Analysis (doc, sentences, actors) with the real model."""

    def _parse(text: str) -> Analysis:
        return analyse(text, "test", nlp)

    return _parse


ROOT = Path(__file__).resolve().parent.parent
SESSION_DATE = (
    build_date()
)  # one build date for the whole run: a suite running across midnight stays consistent


def pytest_addoption(parser):
    parser.addoption(
        "--update-golden", action="store_true", help="Rewrite tests/golden from the current output."
    )


@pytest.fixture(scope="session")
def update_golden(request) -> bool:
    return bool(request.config.getoption("--update-golden"))


def briefings_in(folder: Path) -> dict:
    """Briefings of every source in a folder, read and extracted by the real pipeline (none may fail)."""
    articles, problems = read_sources(folder)
    assert problems == []
    briefings, failed, _ = extract_all(articles)
    assert failed == []
    return {b.article.id: b for b in briefings}


@pytest.fixture(scope="session")
def extract_texts(tmp_path_factory, nlp):
    """Briefings of invented articles ({name: text}), each written as `<name>.txt` and extracted for real."""

    def _extract(texts: dict[str, str], name: str = "texts") -> dict:
        folder = tmp_path_factory.mktemp(name)
        for article, text in texts.items():
            (folder / f"{article}.txt").write_text(text, encoding="utf-8")
        return briefings_in(folder)

    return _extract


@pytest.fixture(scope="session")
def seed_briefings(nlp):
    """Briefings of the project's seed articles, extracted with the real model."""
    return briefings_in(ROOT / "seeds")


@pytest.fixture(scope="session")
def built_site(tmp_path_factory, nlp):
    """The real site built from seeds/ with MkDocs and Material into a temporary folder."""
    out = tmp_path_factory.mktemp("built")
    settings = Settings(
        seeds=ROOT / "seeds",
        docs=out / "docs",
        site=out / "site",
        config=ROOT / "mkdocs.yml",
        cache=None,
        build_date=SESSION_DATE,
    )
    result = build(settings)
    return out, result

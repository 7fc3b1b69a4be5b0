"""Command-line options that `briefing build` and `briefing serve` share, declared once."""

from __future__ import annotations

from pathlib import Path

import click

from builder.core.errors import BriefingError

PATHS = click.Path(path_type=Path)

seeds_option = click.option(
    "--seeds", type=PATHS, default=Path("seeds"), show_default=True, help="Folder of source articles."
)
docs_option = click.option(
    "--docs", type=PATHS, default=Path("docs"), show_default=True, help="Where pages are generated."
)
config_option = click.option(
    "--config", type=PATHS, default=Path("mkdocs.yml"), show_default=True, help="MkDocs config."
)
cache_option = click.option(
    "--cache", type=PATHS, default=Path(".cache/briefings"), show_default=True, help="Extraction cache."
)


def require_config(config: Path) -> None:
    """Stop with a clear message when the MkDocs config is missing."""
    if not config.is_file():
        raise BriefingError(
            f"{config}: MkDocs config not found; pass --config or run from the project folder"
        )

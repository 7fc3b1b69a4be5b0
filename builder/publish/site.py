"""Publishing: run the real MkDocs build into a temporary folder, then swap it into place."""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import MkDocsException

from builder.core.errors import BuildFailed

os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")  # Material 9.8's end-of-life banner on every build


class _Collect(logging.Handler):
    """Keep MkDocs warnings so a failed strict build can say why."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def build_site(config_file: Path, docs: Path, site: Path, strict: bool = True) -> list[str]:
    """Build the site with MkDocs; on failure raise BuildFailed and leave the old site untouched."""
    site = site.resolve()
    site.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{site.name}-", dir=site.parent))
    collector = _Collect()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(collector)
    try:
        config = load_config(
            config_file=str(config_file), docs_dir=str(docs.resolve()), site_dir=str(staging), strict=strict
        )
        build(config)
    except (MkDocsException, SystemExit) as exc:
        shutil.rmtree(staging, ignore_errors=True)
        detail = "; ".join(collector.messages[:5]) or str(exc)
        raise BuildFailed(f"mkdocs build failed ({exc}): {detail}") from None
    finally:
        logger.removeHandler(collector)
    _swap(staging, site)
    return collector.messages


def _swap(staging: Path, site: Path) -> None:
    """Replace the site folder with the freshly built one."""
    old = site.with_name(f".{site.name}-old")
    shutil.rmtree(old, ignore_errors=True)
    if site.exists():
        site.rename(old)
    staging.rename(site)
    shutil.rmtree(old, ignore_errors=True)

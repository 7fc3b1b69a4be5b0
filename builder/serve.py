"""`briefing serve`: a live preview of the site that follows the seeds.

Pages are generated from the seeds and MkDocs' dev server serves the site. Two watchers, one job each: ours
watches seeds/ and regenerates docs/ (the extraction cache makes unchanged articles free and the writer
rewrites only changed pages); MkDocs' own live-reload server watches docs/ and the config, rebuilds the site
and tells the browser to reload.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

import click
from mkdocs.commands.build import build as mkdocs_build
from mkdocs.livereload import LiveReloadServer
from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer

from builder import pipeline
from builder.core.errors import BriefingError
from builder.options import cache_option, config_option, docs_option, require_config, seeds_option
from builder.publish.site import load_site_config
from builder.runtime.executors import Executor, SerialExecutor, make_executor

log = logging.getLogger("builder.serve")
SOURCE_EVENTS = {"created", "modified", "deleted", "moved", "closed"}  # not "opened": reading is no change
QUIET = 0.2  # seconds without events before regenerating, so one save (or a copied folder) is one rebuild


def regenerate(settings: pipeline.Settings, executor: Executor | None = None) -> pipeline.BuildResult | None:
    """Regenerate the pages; a failure is logged and the preview keeps serving the last good pages."""
    try:
        result = pipeline.generate(settings, executor)
    except Exception as exc:  # a half-saved file or a bug must not take the preview down
        log.error(
            "regenerating the pages failed (%s: %s); still serving the last good pages",
            type(exc).__name__,
            exc,
        )
        return None
    for problem in result.problems:
        log.warning("%s", problem)
    w = result.written
    log.info(
        "%d articles extracted; pages: %d written, %d unchanged, %d removed",
        result.extracted, len(w.written), len(w.unchanged), len(w.removed),
    )  # fmt: skip
    return result


def is_source_change(event: FileSystemEvent, seeds: Path) -> bool:
    """A visible file under seeds/ was written, added, removed or renamed."""
    if event.is_directory or event.event_type not in SOURCE_EVENTS:
        return False
    paths = [os.fsdecode(event.src_path), os.fsdecode(getattr(event, "dest_path", "") or "")]
    return any(_visible(Path(p), seeds) for p in paths if p)


def _visible(path: Path, seeds: Path) -> bool:
    """Not a hidden file or in a hidden folder (editor swap files, .git): the readers skip those too."""
    try:
        parts = path.resolve().relative_to(seeds.resolve()).parts
    except ValueError:
        return False
    return bool(parts) and not any(part.startswith(".") for part in parts)


class SeedWatcher:
    """Calls `on_change` in its own thread after the seeds change, once per burst of file events."""

    def __init__(self, seeds: Path, on_change: Callable[[], object]) -> None:
        self.seeds = seeds
        self.on_change = on_change
        self._wanted = threading.Event()
        self._stopping = threading.Event()
        self._observer = Observer()
        handler = FileSystemEventHandler()
        handler.on_any_event = self._event  # type: ignore[method-assign]
        self._observer.schedule(handler, str(seeds), recursive=True)
        self._thread = threading.Thread(target=self._loop, name="seed-watcher", daemon=True)

    def _event(self, event: FileSystemEvent) -> None:
        if is_source_change(event, self.seeds):
            self._wanted.set()

    def _loop(self) -> None:
        while True:
            self._wanted.wait()
            while self._wanted.is_set() and not self._stopping.is_set():
                self._wanted.clear()
                time.sleep(QUIET)
            if self._stopping.is_set():
                return
            self.on_change()

    def start(self) -> None:
        self._observer.start()
        self._thread.start()

    def stop(self) -> None:
        """Stop watching; waits for a regeneration in progress to finish."""
        self._stopping.set()
        self._wanted.set()
        if self._observer.is_alive():
            self._observer.stop()
            self._observer.join()
        if self._thread.is_alive():
            self._thread.join()


class Preview:
    """Generated pages served by MkDocs' live-reload server from a temporary site folder."""

    def __init__(
        self, settings: pipeline.Settings, host: str = "127.0.0.1", port: int = 8000, dirty: bool = False
    ) -> None:
        self.settings = settings
        self.dirty = dirty
        self.url = f"http://{host}:{port}/"
        self.site_dir = Path(tempfile.mkdtemp(prefix="briefing-serve-"))
        self.server = LiveReloadServer(builder=self.build_site, host=host, port=port, root=str(self.site_dir))
        self.watcher = SeedWatcher(settings.seeds, lambda: regenerate(settings, SerialExecutor()))
        self._thread = threading.Thread(target=self.server.serve, name="mkdocs-serve", daemon=True)

    def build_site(self) -> None:
        """One MkDocs build into the temporary site, with the live-reload script, warnings not fatal."""
        config = load_site_config(self.settings.config, self.settings.docs.resolve(), self.site_dir, False)
        config.site_url = self.url
        mkdocs_build(config, serve_url=self.url, dirty=self.dirty)

    def start(self, executor: Executor | None = None, timeout: float = 30.0) -> None:
        """Generate the pages, build the site, start serving and watching; returns once the port is open."""
        regenerate(self.settings, executor)
        self.build_site()
        self.server.watch(str(self.settings.docs))
        self.server.watch(str(self.settings.config))
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self.server.serve_thread.is_alive():
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise BriefingError(f"{self.url}: the preview server did not start (is the port in use?)")
            time.sleep(0.02)
        self.watcher.start()

    def stop(self) -> None:
        """Stop watching and serving, and remove the temporary site."""
        self.watcher.stop()
        if self._thread.is_alive():
            self.server.shutdown(wait=True)
            self._thread.join()
        else:
            self.server.server_close()
        shutil.rmtree(self.site_dir, ignore_errors=True)


def parse_dev_addr(value: str) -> tuple[str, int]:
    """`HOST:PORT` → (host, port), or a BriefingError naming the option."""
    host, _, port = value.rpartition(":")
    if not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise BriefingError(f"--dev-addr {value}: use HOST:PORT, for example 127.0.0.1:8000")
    return host.strip("[]"), int(port)


def _log_to_terminal() -> None:
    """MkDocs' and our progress lines on stderr, as `mkdocs serve` shows them."""
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
    for name in ("mkdocs", "builder"):
        logger = logging.getLogger(name)
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)


@click.command()
@seeds_option
@docs_option
@config_option
@cache_option
@click.option("--dev-addr", default="127.0.0.1:8000", show_default=True, help="Address to serve on.")
@click.option("--dirty", is_flag=True, help="Rebuild only changed pages (faster on big sites; nav may lag).")
def serve(seeds: Path, docs: Path, config: Path, cache: Path, dev_addr: str, dirty: bool) -> None:
    """Preview the site; saving or adding a file in SEEDS updates its pages and reloads the browser."""
    require_config(config)
    if not seeds.is_dir():
        raise BriefingError(f"{seeds}: sources folder does not exist; pass --seeds")
    host, port = parse_dev_addr(dev_addr)
    _log_to_terminal()
    preview = Preview(
        pipeline.Settings(seeds=seeds, docs=docs, config=config, cache=cache), host, port, dirty
    )
    try:
        # The first build may extract many articles: use the process pool before any thread starts.
        preview.start(make_executor("local"))
        threading.Event().wait()  # until Ctrl+C
    except KeyboardInterrupt:
        click.echo("Stopping the preview.", err=True)
    finally:
        preview.stop()

"""Staging folders: where a site is built before it is swapped in, and how leftovers of killed builds go.

A staging folder sits next to the site as `.<site>-staging-XXXX` and holds a marker file naming the process
that made it. Every build first removes staging folders of earlier builds whose process is gone (only
folders with our prefix *and* our marker; nothing else is ever deleted), so a build killed midway leaves
nothing behind for long. A previous site is copied into staging with hard links (a copy where linking is
impossible), which costs one directory entry per file instead of the file's bytes.

Even so, a site of 5,000 articles is 10,000 folders, and making them (then deleting the old site's) is
seconds of system time on a busy disk. So the site an incremental build replaces is not deleted: it is kept
next to the site as the spare, `.<site>-spare`, marked with the name of the build it holds. The next build
takes the spare as its staging folder (a rename, so a build killed from then on leaves a staging folder that
the next build removes, and never a spare that is half updated) and makes it a copy of the site by relinking
only the files the last build changed, which the site's state lists (`state.SiteState.changed`). A full build
replaces no site worth keeping, so it leaves a hard-linked copy of itself as the spare (`make_spare`).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

MARKER = ".briefing-staging"
SPARE_MARK = ".briefing-spare"  # in the spare: the id of the build whose site it is


def staging_prefix(site: Path) -> str:
    return f".{site.name}-staging-"


def spare_path(site: Path) -> Path:
    return site.parent / f".{site.name}-spare"


def make_staging(site: Path) -> Path:
    """A new, empty, marked staging folder next to the site."""
    site.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=staging_prefix(site), dir=site.parent))
    umask = os.umask(0)
    os.umask(umask)
    staging.chmod(0o777 & ~umask)  # mkdtemp makes it private; the site it becomes is for a web server to read
    (staging / MARKER).write_text(f"{os.getpid()}\n", encoding="utf-8")
    return staging


def _owner_alive(folder: Path) -> bool:
    """The process named in the marker still runs (a build in progress: leave its folder alone)."""
    try:
        pid = int((folder / MARKER).read_text(encoding="utf-8").split()[0])
    except (OSError, ValueError, IndexError):
        return False
    if pid == os.getpid():
        return True  # an old site of this process, which a child process is about to delete
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_leftovers(site: Path) -> list[Path]:
    """Delete staging folders of builds that were killed; returns what was removed."""
    removed = []
    if not site.parent.is_dir():
        return removed
    for folder in sorted(site.parent.glob(staging_prefix(site) + "*")):
        ours = folder.is_dir() and not folder.is_symlink() and (folder / MARKER).is_file()
        if ours and not _owner_alive(folder):
            remove_tree(folder)
            removed.append(folder)
    return removed


def link_tree(source: Path, target: Path) -> None:
    """Copy `source` into `target` with a hard link per file (a real copy where the file system refuses).

    Plain strings and `os` calls: a site of 5,000 articles has 12,600 folders, and pathlib's parsing of
    every path cost more than the links themselves."""
    source_root, target_root = os.fspath(source), os.fspath(target)
    os.makedirs(target_root, exist_ok=True)
    skip = len(source_root) + 1
    for root, dirs, files in os.walk(source_root):
        dirs.sort()
        rel = root[skip:]
        into = os.path.join(target_root, rel) if rel else target_root
        if rel:
            os.makedirs(into, exist_ok=True)
        for name in files:
            if not rel and name == MARKER:
                continue
            src, dst = os.path.join(root, name), os.path.join(into, name)
            try:
                os.link(src, dst)
            except OSError:
                shutil.copy2(src, dst)


def adopt_spare(site: Path, staging: Path, held: str, changed: Iterable[str]) -> bool:
    """Put the spare in the place of the new, empty `staging` and make it a copy of `site`, when the spare is
    the site of build `held` and `changed` the files that differ since; False leaves `staging` empty."""
    spare = spare_path(site)
    try:
        mark = (spare / SPARE_MARK).read_text(encoding="utf-8").strip()
    except OSError:
        return False
    if not held or mark != held:
        return False
    (staging / MARKER).unlink()
    staging.rmdir()
    try:
        spare.rename(staging)  # from here on a kill leaves a staging folder, never a spare half updated
    except OSError:
        _mark_empty(staging)
        return False
    (staging / MARKER).write_text(f"{os.getpid()}\n", encoding="utf-8")
    (staging / SPARE_MARK).unlink()
    try:
        relink(site, staging, changed)
    except OSError:  # the spare was not what its mark says (a file where a folder is): copy the site afresh
        remove_later(staging, aside_of=site)
        _mark_empty(staging)
        return False
    return True


def _mark_empty(staging: Path) -> None:
    staging.mkdir(exist_ok=True)
    (staging / MARKER).write_text(f"{os.getpid()}\n", encoding="utf-8")


def relink(source: Path, target: Path, changed: Iterable[str]) -> None:
    """Make `target`, a hard-linked copy of an earlier `source`, a copy of `source` again, given the files
    added, rewritten or removed since; folders left empty are removed."""
    source_root, target_root = os.fspath(source), os.fspath(target)
    gone = []
    for rel in changed:
        src, dst = os.path.join(source_root, rel), os.path.join(target_root, rel)
        with contextlib.suppress(FileNotFoundError):
            os.unlink(dst)
        if not os.path.isfile(src):
            gone.append(dst)
            continue
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        try:
            os.link(src, dst)
        except OSError:
            shutil.copy2(src, dst)
    for path in gone:
        folder = os.path.dirname(path)
        while folder != target_root:
            try:
                os.rmdir(folder)  # only an empty one
            except OSError:
                break
            folder = os.path.dirname(folder)


def swap(staging: Path, site: Path, keep: str = "", wait: bool = False) -> None:
    """Put the staging folder in the site's place; the old site is marked and moved aside, then kept as the
    spare when `keep` names it (the build it holds), otherwise deleted, as is a spare it does not replace.

    Deleting a site folder costs a few milliseconds per folder on some disks (seconds for a large site), so it
    happens in a detached process unless `wait`: the new site is in place already, and should that process
    die, the old folder is still marked and the next build removes it.
    """
    old = None
    if site.exists():
        old = Path(tempfile.mkdtemp(prefix=staging_prefix(site), dir=site.parent))
        (site / MARKER).write_text(f"{os.getpid()}\n", encoding="utf-8")  # a kill from here on: old is ours
        old.rmdir()
        site.rename(old)
    staging.rename(site)
    (site / MARKER).unlink(missing_ok=True)
    spare = spare_path(site)
    if spare.is_dir() and not spare.is_symlink() and (spare / SPARE_MARK).is_file():
        remove_later(spare, aside_of=site, wait=wait)  # a spare of an earlier build: of no use now
    if old is not None and not (keep and _keep_as_spare(old, spare, keep)):
        remove_later(old, wait=wait)


def make_spare(site: Path, held: str) -> None:
    """Keep a hard-linked copy of the site just built in full (build `held`) as the spare.

    A full build replaces no site the next build could start from, so without this the first incremental
    build after it linked every file itself (0.8-1.4 s CPU at 5,000 articles under load). Linking here costs
    the same, once, inside a build that takes minutes. Made under a marked staging name and renamed when
    complete, so a kill midway leaves a staging folder the next build removes, never a partial spare."""
    folder = make_staging(site)
    try:
        link_tree(site, folder)
        (folder / SPARE_MARK).write_text(f"{held}\n", encoding="utf-8")
        (folder / MARKER).unlink()
        folder.rename(spare_path(site))
    except OSError:  # no spare: the next build copies the site, as before
        with contextlib.suppress(OSError):
            (folder / MARKER).write_text(f"{os.getpid()}\n", encoding="utf-8")
            remove_later(folder)


def _keep_as_spare(old: Path, spare: Path, held: str) -> bool:
    (old / SPARE_MARK).write_text(f"{held}\n", encoding="utf-8")
    try:
        old.rename(spare)
    except OSError:
        return False
    return True


def remove_later(folder: Path, aside_of: Path | None = None, wait: bool = False) -> None:
    """Delete a marked folder in a detached process (at once if `wait`); `aside_of` a site: first move the
    folder aside under a staging name of that site, so that its own name is free at once."""
    if aside_of is not None:
        aside = Path(tempfile.mkdtemp(prefix=staging_prefix(aside_of), dir=aside_of.parent))
        aside.rmdir()
        folder.rename(aside)
        folder = aside
    if wait:
        remove_tree(folder)
        return
    subprocess.Popen(
        [sys.executable, "-c", REMOVE, str(folder)],
        start_new_session=True,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


REMOVE = "import sys; from pathlib import Path; from builder.publish.staging import remove_tree; " + (
    "remove_tree(Path(sys.argv[1]))"
)


def remove_tree(folder: Path) -> None:
    """Delete a marked folder, its marker last, so a folder half deleted is still recognised as ours."""
    (folder / MARKER).write_text(f"{os.getpid()}\n", encoding="utf-8")  # in progress: other builds leave it
    for entry in sorted(folder.iterdir()):
        if entry.name == MARKER:
            continue
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            entry.unlink(missing_ok=True)
    (folder / MARKER).unlink(missing_ok=True)
    with contextlib.suppress(OSError):
        folder.rmdir()

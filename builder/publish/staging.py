"""Staging folders: where a site is built before it is swapped in, and how leftovers of killed builds go.

A staging folder sits next to the site as `.<site>-staging-XXXX` and holds a marker file naming the process
that made it. Every build first removes staging folders of earlier builds whose process is gone (only
folders with our prefix *and* our marker; nothing else is ever deleted), so a build killed midway leaves
nothing behind for long. A previous site is copied into staging with hard links (a copy where linking is
impossible), which costs one directory entry per file instead of the file's bytes.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

MARKER = ".briefing-staging"


def staging_prefix(site: Path) -> str:
    return f".{site.name}-staging-"


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


def swap(staging: Path, site: Path, wait: bool = False) -> None:
    """Put the staging folder in the site's place; the old site is marked, moved aside, then deleted.

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
    if old is not None:
        if wait:
            remove_tree(old)
        else:
            subprocess.Popen(
                [sys.executable, "-c", REMOVE, str(old)],
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

"""What changed between builds: the build log, a snapshot of the last build's stories, and their diff.

`record_build` compares the stories of this build with the snapshot the previous build left and gives the new
log entry; `save_history` writes the log and the snapshot beside the writer's manifest in docs/.
"""

from __future__ import annotations

from builder.history.changes import BuildEntry, Cited, ClaimChange, StoryChange
from builder.history.log import History, build_date, record_build, save_history

__all__ = [
    "BuildEntry",
    "Cited",
    "ClaimChange",
    "History",
    "StoryChange",
    "build_date",
    "record_build",
    "save_history",
]

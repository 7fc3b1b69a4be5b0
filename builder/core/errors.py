"""One exception family, rooted in click's, so the CLI prints a single clean line."""

from __future__ import annotations

import click


class BriefingError(click.ClickException):
    """A problem the user can fix; printed as one line, never a traceback."""

    exit_code = 1


class BuildFailed(BriefingError):
    """MkDocs could not build the site; the previously built site is left as it was."""

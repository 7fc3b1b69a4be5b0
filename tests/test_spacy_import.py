"""spaCy is imported without its command-line interface, which stays importable (`nlp.import_spacy`)."""

from __future__ import annotations

import subprocess
import sys

CHECK = """
import sys
from builder.nlp import import_spacy
import_spacy()
import spacy
assert "spacy.cli" not in sys.modules and "typer" not in sys.modules and not hasattr(spacy, "cli")
assert isinstance(spacy.info(silent=True), dict)  # imports the interface when called
import spacy.cli
assert callable(spacy.cli.setup_cli) and spacy.cli.info.__module__ == "spacy.cli.info"
"""


def test_spacy_comes_without_its_command_line_which_still_imports():
    done = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


def test_spacy_imported_already_is_left_as_it_is():
    check = "import sys, spacy\nfrom builder.nlp import import_spacy\nimport_spacy()\n"
    check += "assert 'spacy.cli' in sys.modules and spacy.cli.__file__"
    done = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr

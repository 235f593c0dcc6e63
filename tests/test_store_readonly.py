"""Read-only commands answer without loading the NLP pipeline (spaCy), the readers or the dedup hashing."""
from __future__ import annotations

import subprocess
import sys

import pytest

_PROBE = """
import sys
from click.testing import CliRunner
from telik.cli import cli
result = CliRunner().invoke(cli, sys.argv[1:])
assert result.exit_code == 0, result.output
print(" ".join(sorted(m for m in ("spacy", "trafilatura", "datasketch") if m in sys.modules)))
"""


@pytest.mark.parametrize("command", [["search", "densus"], ["summary"], ["events"], ["entities"], ["quotes"]])
def test_read_only_command_loads_no_pipeline(command, tmp_path):
    from telik.store import Store

    db = f"sqlite:///{tmp_path / 'ro.db'}"
    Store(db).close()  # read-only commands refuse a database that does not exist (E032)
    out = subprocess.run([sys.executable, "-c", _PROBE, *command, "--db", db], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == ""

"""Read-only commands answer without loading the NLP pipeline (spaCy), the readers or the dedup hashing; reading
pages, finding dates and the batch's end phase do without spaCy."""
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


_DRIVER_PROBE = """
import sys
from telik.batch import load_corpus_data
from telik.clean.cleaner import clean_article
from telik.ingest import read_inputs
from telik.nlp.time.find import find_dates
assert [m.value for m in find_dates("Bom meledak di Poso pada Senin (3/6/2024).")] == ["2024-06-03"]
load_corpus_data()
print(" ".join(sorted(m for m in ("spacy", "thinc") if m in sys.modules)))
"""


def test_batch_driver_loads_no_spacy():
    """The driver of `telik batch` loads what its end phase needs while the workers run: spaCy is not part of it
    (its import took a CPU second from the workers on two cores)."""
    out = subprocess.run([sys.executable, "-c", _DRIVER_PROBE], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""

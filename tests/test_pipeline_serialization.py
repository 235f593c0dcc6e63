"""The pipeline is an ordinary spaCy pipeline: saved with `to_disk`, loaded with `spacy.load`, the same results."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from telik.nlp.pipeline import COMPONENTS, build_nlp

# Runs in a fresh interpreter that never imports telik before `spacy.load`: the entry points must find it.
_LOAD_AND_EXTRACT = """
import dataclasses, json, sys
import spacy
nlp = spacy.load(sys.argv[1])
from telik.ingest import read_inputs
from telik.model import ReadError
from telik.process import Processor
out = [dataclasses.asdict(d) for d in Processor(nlp=nlp).process_many(read_inputs([sys.argv[2]]))
       if not isinstance(d, ReadError)]
print(json.dumps({"pipes": nlp.pipe_names, "docs": out}, default=str, sort_keys=True))
"""


def _extract_here(samples_dir: Path) -> list[dict[str, object]]:
    import dataclasses

    from telik.ingest import read_inputs
    from telik.model import ReadError
    from telik.process import Processor

    nlp = build_nlp()
    docs = [dataclasses.asdict(d) for d in Processor(nlp=nlp).process_many(read_inputs([samples_dir]))
            if not isinstance(d, ReadError)]
    loaded: list[dict[str, object]] = json.loads(json.dumps(docs, default=str, sort_keys=True))
    return loaded


def test_pipeline_serialization_round_trip_gives_the_same_export(tmp_path: Path, samples_dir: Path) -> None:
    saved = tmp_path / "telik-pipeline"
    nlp = build_nlp()
    nlp.to_disk(saved)
    assert (saved / "config.cfg").is_file()
    proc = subprocess.run([sys.executable, "-c", _LOAD_AND_EXTRACT, str(saved), str(samples_dir)],
                          capture_output=True, text=True, timeout=600, check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]
    loaded = json.loads(proc.stdout)
    assert loaded["pipes"] == nlp.pipe_names and loaded["pipes"][-len(COMPONENTS):] == COMPONENTS
    here = _extract_here(samples_dir)
    assert len(here) >= 10
    assert any(d["events"] for d in here)
    assert loaded["docs"] == here


def test_pipeline_serialization_config_names_the_data_folders() -> None:
    nlp = build_nlp()
    assert nlp.config["components"]["telik_entities"]["gazetteer"] == "gazetteer"
    assert nlp.config["nlp"]["tokenizer"]["@tokenizers"] == "telik.GuardedTokenizer.v1"

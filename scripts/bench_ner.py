#!/usr/bin/env python3
"""Benchmark telik_entities: NER F1 on the public idner-news-2k set, and throughput on a real corpus.

    .venv/bin/python scripts/bench_ner.py [--conll ../shared/bench/ner/idner-news-2k/test.txt]
                                          [--corpus ../shared/corpus/indosum-dev.jsonl] [--limit 1000]

F1: the CoNLL file becomes JSONL (`conll.py to-jsonl`), `telik extract` reads it, `conll.py score`
scores the export. Throughput: articles per second of spaCy's tokenizer and of telik_entities alone
over the corpus' `text` fields, on one core. A measurement, not a test.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def ner_f1(conll: Path) -> str:
    """The benchmark's score table for the engine's export of the CoNLL sentences."""
    scorer = conll.parent.parent / "conll.py"
    telik = Path(sys.executable).parent / "telik"
    with tempfile.TemporaryDirectory() as tmp:
        jsonl, export = Path(tmp) / "sentences.jsonl", Path(tmp) / "export.json"
        subprocess.run([sys.executable, str(scorer), "to-jsonl", str(conll), str(jsonl)], check=True)
        subprocess.run([str(telik), "extract", str(jsonl), "-o", str(export), "--quiet"], check=True)
        done = subprocess.run([sys.executable, str(scorer), "score", str(conll), str(export)],
                              check=True, capture_output=True, text=True)
    return done.stdout


def throughput(corpus: Path, limit: int) -> tuple[int, float, float]:
    """(articles, tokenizer seconds, component seconds) over the first `limit` articles."""
    import spacy

    from telik.nlp import extensions  # noqa: F401
    from telik.nlp.entities import component as _entities  # noqa: F401  (registers the factory)

    nlp = spacy.blank("id")
    nlp.add_pipe("telik_entities")
    texts = []
    with corpus.open(encoding="utf-8") as fh:
        for line in fh:
            if len(texts) >= limit:
                break
            texts.append(json.loads(line)["text"])
    component = nlp.get_pipe("telik_entities")
    t0 = time.perf_counter()
    docs = [nlp.make_doc(t) for t in texts]
    t1 = time.perf_counter()
    for doc in docs:
        component(doc)
    return len(texts), t1 - t0, time.perf_counter() - t1


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--conll", type=Path, default=SHARED / "bench" / "ner" / "idner-news-2k" / "test.txt")
    ap.add_argument("--corpus", type=Path, default=SHARED / "corpus" / "indosum-dev.jsonl")
    ap.add_argument("--limit", type=int, default=100_000, help="at most this many corpus articles")
    ap.add_argument("--skip-f1", action="store_true")
    args = ap.parse_args()
    if not args.skip_f1:
        print(f"NER on {args.conll}:\n{ner_f1(args.conll)}")
    n, tok, comp = throughput(args.corpus, args.limit)
    print(f"{n} articles, one core: tokenizer {n / tok:.0f} articles/s; telik_entities {n / comp:.0f} articles/s; "
          f"both {n / (tok + comp):.0f} articles/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

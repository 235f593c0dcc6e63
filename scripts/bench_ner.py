#!/usr/bin/env python3
"""Benchmark Telik's entities: NER F1 on the public idner-news-2k set, and throughput on a real corpus.

    .venv/bin/python scripts/bench_ner.py [--conll ../shared/bench/ner/idner-news-2k/test.txt]
                                          [--corpus ../shared/corpus/indosum-dev.jsonl] [--limit 1000]

F1: the CoNLL file becomes JSONL (`conll.py to-jsonl`), `telik extract` reads it, `conll.py score`
scores the export. Throughput: articles per second of spaCy's tokenizer, of the trained components (tok2vec,
morphologizer, ner) and of telik_entities over the corpus' `text` fields, on one core. A measurement, not a test.
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
#: ../shared beside the checkout, or beside its parent folder (a git worktree)
SHARED = next((p for p in (ROOT.parent / "shared", ROOT.parent.parent / "shared") if p.is_dir()),
              ROOT.parent / "shared")


def default_conll() -> Path:
    """idner-news-2k's test split in the shared benchmark folder."""
    return SHARED / "bench" / "ner" / "idner-news-2k" / "test.txt"


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


def throughput(corpus: Path, limit: int) -> tuple[int, float, float, float]:
    """(articles, tokenizer seconds, trained components' seconds, telik_entities seconds), first `limit` articles."""
    import spacy

    from telik.nlp import extensions  # noqa: F401
    from telik.nlp.entities import component as _entities  # noqa: F401  (registers the factory)
    from telik.nlp.trained import load_trained

    nlp = spacy.blank("id")
    trained = load_trained()
    for name in trained.pipe_names:
        nlp.add_pipe(name, source=trained)
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
        for name in trained.pipe_names:
            nlp.get_pipe(name)(doc)
    t2 = time.perf_counter()
    for doc in docs:
        component(doc)
    return len(texts), t1 - t0, t2 - t1, time.perf_counter() - t2


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--conll", type=Path, default=default_conll())
    ap.add_argument("--corpus", type=Path, default=SHARED / "corpus" / "indosum-dev.jsonl")
    ap.add_argument("--limit", type=int, default=100_000, help="at most this many corpus articles")
    ap.add_argument("--skip-f1", action="store_true")
    ap.add_argument("--skip-speed", action="store_true")
    args = ap.parse_args()
    if not args.skip_f1:
        print(f"NER on {args.conll}:\n{ner_f1(args.conll)}")
    if args.skip_speed:
        return 0
    n, tok, model, comp = throughput(args.corpus, args.limit)
    print(f"{n} articles, one core: tokenizer {n / tok:.0f} articles/s; trained components {n / model:.0f} articles/s; "
          f"telik_entities {n / comp:.0f} articles/s; all three {n / (tok + model + comp):.0f} articles/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Dedup check: N articles ingested twice (verbatim and with a few words changed) must pair up.

    .venv/bin/python scripts/bench_dedup.py ../shared/corpus/indosum-dev.jsonl [-n 200] [--pipeline]

Reports pairs found, pairs missed, wrong merges and the time taken. With --pipeline the articles go
through the whole per-article pipeline and the corpus stage, and the script also checks that no event
figure is reported twice for one event (every copy's events share the original's clusters).
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

from telik.corpus.analyze import analyze_corpus
from telik.corpus.dedup import mark_duplicates
from telik.corpus.figures import figure_history
from telik.model import Article, DocResult


def edit_words(text: str, rng: random.Random, changes: int) -> str:
    """Change `changes` words (reverse them), as a re-publishing outlet lightly edits a story."""
    words = text.split(" ")
    for i in rng.sample(range(len(words)), min(changes, len(words))):
        words[i] = words[i][::-1] + "x"
    return " ".join(words)


def load(path: Path, n: int, changes: int, seed: int) -> list[Article]:
    rng = random.Random(seed)
    out: list[Article] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if len(out) >= 2 * n:
                break
            rec = json.loads(line)
            text = rec.get("text") or ""
            out.append(Article(f"{rec['id']}", text, title=rec.get("title")))
            out.append(Article(f"{rec['id']}~copy", edit_words(text, rng, changes), title=rec.get("title")))
    return out


def as_docs(articles: list[Article], pipeline: bool) -> list[DocResult]:
    if not pipeline:
        return [DocResult(a.id, a.text, a.text, title=a.title) for a in articles]
    from telik.process import Processor

    proc = Processor()
    return [proc.process(a) for a in articles]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("-n", type=int, default=200, help="articles to ingest twice")
    ap.add_argument("--changes", type=int, default=5, help="words changed in each copy")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--pipeline", action="store_true", help="run the full pipeline and corpus stage too")
    args = ap.parse_args()
    articles = load(args.corpus, args.n, args.changes, args.seed)
    docs = as_docs(articles, args.pipeline)
    t0 = time.perf_counter()
    if args.pipeline:
        analyze_corpus(docs)
    else:
        mark_duplicates(docs)
    elapsed = time.perf_counter() - t0
    originals = [d for d in docs if not d.id.endswith("~copy")]
    found = sum(1 for d in docs if d.id.endswith("~copy") and d.duplicate_of == d.id[: -len("~copy")])
    wrong = [d.id for d in docs if d.duplicate_of and d.duplicate_of != d.id.removesuffix("~copy")]
    print(f"articles: {len(originals)} x 2   pairs found: {found}/{len(originals)}   "
          f"wrong merges: {len(wrong)}   time: {elapsed:.2f}s ({'corpus stage' if args.pipeline else 'dedup'})")
    ok = found == len(originals) and not wrong
    if args.pipeline:
        by_id = {d.id: d for d in docs}
        split = sum(
            1 for d in docs if d.duplicate_of
            for e, o in zip(d.events, by_id[d.duplicate_of].events)
            if e.type == o.type and e.evidence == o.evidence and e.cluster != o.cluster
        )
        twice = sum(
            1 for reports in figure_history(docs, [docs.index(by_id[d.duplicate_of]) if d.duplicate_of else i
                                                  for i, d in enumerate(docs)]).values()
            for r in reports if r["doc"].endswith("~copy")
        )
        events = sum(len(d.events) for d in originals)
        print(f"events in originals: {events}   copy events in another cluster: {split}   "
              f"figures reported by a copy: {twice}")
        ok = ok and split == 0 and twice == 0
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

"""Benchmark: events the engine finds in news that is not about political violence.

Reads a JSONL corpus whose records carry a `category` (the IndoSum layout), keeps the articles of the
chosen categories (sport, showbiz, technology, entertainment by default) and runs the per-article
pipeline on them. Only this script reads `category`: the engine sees `id`, `text`, `title`, `url`.
Every event found there is a false alarm; the figure to watch is events per 1,000 articles.

    .venv/bin/python scripts/bench_offtopic.py ../../shared/corpus/indosum-dev.jsonl [--list] [--limit N]
"""
from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from telik.model import Article, DocResult
from telik.process import Processor

CATEGORIES = ("olahraga", "showbiz", "teknologi", "hiburan")


def articles(path: Path, categories: tuple[str, ...], limit: int | None) -> list[Article]:
    """The corpus records of the chosen categories, as articles without their category."""
    out: list[Article] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec.get("category") not in categories:
                continue
            out.append(Article(id=str(rec["id"]), text=rec["text"], title=rec.get("title"), url=rec.get("url")))
            if limit is not None and len(out) >= limit:
                break
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--categories", default=",".join(CATEGORIES), help="comma-separated categories to read")
    parser.add_argument("--limit", type=int, default=None, help="read at most N articles")
    parser.add_argument("--list", action="store_true", help="print every event found (type, trigger, evidence)")
    args = parser.parse_args()
    items = articles(args.corpus, tuple(args.categories.split(",")), args.limit)
    proc = Processor()
    by_type: Counter[str] = Counter()
    docs_with = 0
    for art in items:
        result: DocResult = proc.process(art)
        if result.events:
            docs_with += 1
        for ev in result.events:
            by_type[ev.type] += 1
            if args.list:
                print(f"{art.id}\t{ev.type}\t{ev.trigger}\t{ev.evidence[:160]!r}")
    total = sum(by_type.values())
    per_k = 1000 * total / len(items) if items else 0.0
    print(f"articles {len(items)}  events {total}  per 1,000 articles {per_k:.1f}  articles with events {docs_with}")
    print("by type: " + ", ".join(f"{k} {v}" for k, v in by_type.most_common()))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Score a trained pipeline on the held-out test sets that no training step read.

    python training/evaluate.py MODEL_DIR [--corpus training/corpus] [--json scores.json]

UD Indonesian-GSD test: UPOS and morphology accuracy (on surface tokens: a multiword token carries its first
word's tags, as in training). idner-news-2k test and NERGrit test: exact-span PER/ORG/LOC F1 of the NER alone.
The whole Telik pipeline on idner-news-2k is measured separately by scripts/bench_ner.py.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import DocBin
from spacy.training import Example


def examples(nlp: Language, path: Path) -> list[Example]:
    """Gold docs of a DocBin paired with fresh docs of the same words."""
    gold = list(DocBin().from_disk(path).get_docs(nlp.vocab))
    return [Example(nlp.make_doc(d.text), d) for d in gold]


def score(nlp: Language, corpus: Path) -> dict[str, Any]:
    """Held-out figures, rounded to three places."""
    out: dict[str, Any] = {}
    ud = nlp.evaluate(examples(nlp, corpus / "gsd-test.spacy"))
    out["ud_gsd_test"] = {"upos_acc": round(ud["pos_acc"], 3), "morph_acc": round(ud["morph_acc"], 3)}
    if (corpus / "gsd-holdout.spacy").exists():  # convert.py --gsd-holdout: GSD dev kept out of that training
        ud = nlp.evaluate(examples(nlp, corpus / "gsd-holdout.spacy"))
        out["ud_gsd_holdout"] = {"upos_acc": round(ud["pos_acc"], 3), "morph_acc": round(ud["morph_acc"], 3)}
    for name in ("idner-test", "nergrit-test"):
        s = nlp.evaluate(examples(nlp, corpus / f"{name}.spacy"))
        types = {k: round(v["f"], 3) for k, v in sorted((s["ents_per_type"] or {}).items())}
        out[name.replace("-", "_")] = {"ents_f": round(s["ents_f"], 3), "ents_p": round(s["ents_p"], 3),
                                       "ents_r": round(s["ents_r"], 3), "per_type_f": types}
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("model", type=Path)
    ap.add_argument("--corpus", type=Path, default=Path(__file__).resolve().parent / "corpus")
    ap.add_argument("--json", type=Path, help="also write the scores here")
    args = ap.parse_args()
    nlp = spacy.load(args.model)
    scores = score(nlp, args.corpus)
    for part, figures in scores.items():
        print(f"{part}: " + ", ".join(f"{k} {v}" for k, v in figures.items()))
    if args.json:
        args.json.write_text(json.dumps(scores, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

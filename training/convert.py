#!/usr/bin/env python3
"""Convert the public corpora in ../shared/train into spaCy DocBin files for `spacy train`.

    python training/convert.py [--shared ../shared] [--out training/corpus]

Writes train.spacy (every training part, GSD oversampled), dev.spacy (idner-news-2k dev + CSUI test, for
monitoring only: the final model ships), and the held-out test sets gsd-test.spacy, idner-test.spacy and
nergrit-test.spacy, which no training step reads. UD multiword tokens ("ayahnya" = "ayah" + "nya") stay one
token, as Telik's tokenizer leaves them, with the annotation of their first word. The corpora stay outside the
repository; only the trained model ships.
"""
from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin
from spacy.training import biluo_tags_to_spans, iob_to_biluo
from spacy.vocab import Vocab

#: NERGrit's labels in the benchmark's PER/ORG/LOC scheme.
NER_LABELS = {"PER": "PER", "PERSON": "PER", "ORG": "ORG", "ORGANISATION": "ORG", "LOC": "LOC", "PLACE": "LOC"}
#: How many times GSD dev (the only GSD part allowed in training) is repeated: it matches the test's conventions.
GSD_OVERSAMPLE = 3


def read_conllu(path: Path, vocab: Vocab) -> Iterator[Doc]:
    """UD sentences as Docs with UPOS and morphology; a multiword token keeps its first word's annotation."""
    rows: list[list[str]] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if line.startswith("#"):
            continue
        if line.strip():
            rows.append(line.split("\t"))
            continue
        if rows:
            yield _ud_doc(rows, vocab)
            rows = []


def _ud_doc(rows: list[list[str]], vocab: Vocab) -> Doc:
    words: list[str] = []
    spaces: list[bool] = []
    pos: list[str] = []
    morphs: list[str] = []
    skip_until = 0
    for i, row in enumerate(rows):
        ident = row[0]
        if "." in ident:  # empty nodes carry no surface token
            continue
        if "-" in ident:
            first, last = (int(x) for x in ident.split("-"))
            head = next(r for r in rows[i + 1:] if r[0] == str(first))
            words.append(row[1])
            spaces.append("SpaceAfter=No" not in row[9])
            pos.append(head[3])
            morphs.append("" if head[5] == "_" else head[5])
            skip_until = last
            continue
        if int(ident) <= skip_until:
            continue
        words.append(row[1])
        spaces.append("SpaceAfter=No" not in row[9])
        pos.append(row[3])
        morphs.append("" if row[5] == "_" else row[5])
    return Doc(vocab, words=words, spaces=spaces, pos=pos, morphs=morphs)


def read_iob(path: Path, vocab: Vocab) -> Iterator[Doc]:
    """CoNLL IOB sentences (token first, tag last) as Docs with PER/ORG/LOC entities; other columns ignored."""
    words: list[str] = []
    tags: list[str] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        parts = line.split()
        if parts:
            words.append(parts[0])
            tag = parts[-1]
            tags.append(tag if tag == "O" else f"{tag[:2]}{NER_LABELS[tag[2:]]}")
            continue
        if words:
            doc = Doc(vocab, words=words)
            doc.ents = biluo_tags_to_spans(doc, iob_to_biluo(tags))
            yield doc
            words, tags = [], []


def shared_dir() -> Path:
    """../shared beside the checkout (or beside its parent, for a git worktree under a sibling folder)."""
    root = Path(__file__).resolve().parents[1]
    return next((p for p in (root.parent / "shared", root.parent.parent / "shared") if p.is_dir()),
                root.parent / "shared")


def save(docs: list[Doc], path: Path) -> None:
    DocBin(docs=docs, store_user_data=False).to_disk(path)
    print(f"{path}: {len(docs)} sentences, {sum(len(d) for d in docs)} tokens")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=shared_dir())
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "corpus")
    args = ap.parse_args()
    ud, ner, bench = args.shared / "train" / "ud", args.shared / "train" / "ner", args.shared / "bench" / "ner"
    if not ud.is_dir():
        print(f"error: no training data at {args.shared / 'train'} (see training/README.md)", file=sys.stderr)
        return 2
    vocab = spacy.blank("id").vocab
    args.out.mkdir(parents=True, exist_ok=True)
    gsd_dev = list(read_conllu(ud / "id_gsd-ud-dev.conllu", vocab))
    train = gsd_dev * GSD_OVERSAMPLE
    train += list(read_conllu(ud / "id_csui-ud-train.conllu", vocab))
    train += list(read_conllu(ud / "id_pud-ud-test.conllu", vocab))
    train += list(read_iob(ner / "idner-news-2k-train.txt", vocab))
    train += list(read_iob(ner / "nergrit-train.txt", vocab))
    train += list(read_iob(ner / "nergrit-valid.txt", vocab))
    save(train, args.out / "train.spacy")
    dev = list(read_iob(bench / "idner-news-2k" / "dev.txt", vocab))
    dev += list(read_conllu(ud / "id_csui-ud-test.conllu", vocab))
    save(dev, args.out / "dev.spacy")
    save(list(read_conllu(ud / "id_gsd-ud-test.conllu", vocab)), args.out / "gsd-test.spacy")
    save(list(read_iob(bench / "idner-news-2k" / "test.txt", vocab)), args.out / "idner-test.spacy")
    save(list(read_iob(ner / "nergrit-test.txt", vocab)), args.out / "nergrit-test.spacy")
    return 0


if __name__ == "__main__":
    sys.exit(main())

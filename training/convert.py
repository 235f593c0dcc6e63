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
from collections import Counter, defaultdict
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
#: How many times idner-news-2k train (the benchmark's own conventions) is repeated.
IDNER_OVERSAMPLE = 1
#: BaPOS (IDN tagged corpus) tags and the UPOS each may stand for in UD; the first is the default. A BaPOS token
#: whose word UD knows takes UD's most frequent compatible UPOS and morphology; an unknown word takes the default
#: UPOS and the most frequent morphology of that UPOS for words sharing its first two letters.
BAPOS_UPOS = {
    "NN": ("NOUN",), "NND": ("NOUN",), "NNP": ("PROPN",), "VB": ("VERB", "AUX"), "JJ": ("ADJ",),
    "RB": ("ADV", "PART", "ADJ"), "MD": ("AUX", "ADV"), "NEG": ("PART", "ADV"), "IN": ("ADP", "SCONJ"),
    "SC": ("SCONJ", "PRON", "ADP"), "CC": ("CCONJ",), "PRP": ("PRON",), "PR": ("DET", "PRON"),
    "WH": ("PRON", "ADV", "DET"), "DT": ("DET",), "CD": ("NUM", "DET"), "OD": ("ADJ", "NUM"),
    "RP": ("PART", "ADV"), "UH": ("INTJ",), "Z": ("PUNCT",), "SYM": ("SYM", "PUNCT"),
}


def read_conllu(path: Path, vocab: Vocab, mask_capitals: bool = False) -> Iterator[Doc]:
    """UD sentences as Docs with UPOS and morphology; a multiword token keeps its first word's annotation.

    With `mask_capitals`, a capitalised word inside the sentence tagged NOUN or PROPN is left unannotated: CSUI
    tags 22% of such words NOUN where GSD (the test's treebank) and PUD tag 7-8% NOUN, 88-90% PROPN."""
    rows: list[list[str]] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if line.startswith("#"):
            continue
        if line.strip():
            rows.append(line.split("\t"))
            continue
        if rows:
            doc = _ud_doc(rows, vocab)
            if mask_capitals:
                pos = [t.pos_ if t.i == 0 or not t.text[:1].isupper() or t.pos_ not in ("NOUN", "PROPN")
                       else "" for t in doc]
                doc = Doc(vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc],
                          pos=pos, morphs=[str(t.morph) if p else "" for t, p in zip(doc, pos, strict=True)])
            yield doc
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


def read_iob(path: Path, vocab: Vocab, unknown: frozenset[str] = frozenset()) -> Iterator[Doc]:
    """CoNLL IOB sentences (token first, tag last) as Docs with PER/ORG/LOC entities; other columns ignored.

    Spans of a label in `unknown` become missing annotation (neither entity nor outside), for a corpus whose
    convention for that label differs from the benchmark's."""
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
            spans = biluo_tags_to_spans(doc, iob_to_biluo(tags))
            doc.set_ents([s for s in spans if s.label_ not in unknown],
                         missing=[s for s in spans if s.label_ in unknown], default="outside")
            yield doc
            words, tags = [], []


def harmonise_capitals(docs: list[Doc], reference: list[Doc], mode: str) -> Iterator[Doc]:
    """CSUI's capitalised NOUN/PROPN words inside a sentence moved towards GSD's convention (mode != "none").

    GSD tags 90% of such words PROPN and 7% NOUN, CSUI 75% and 18% ("Menteri Keuangan", "Badan Usaha"). "words":
    a capitalised form that GSD dev (`reference`) tags NOUN or PROPN takes GSD's commonest of the two; "names":
    also a capitalised NOUN next to another capitalised word (part of a multiword name) becomes PROPN; "all": also
    every other capitalised NOUN (GSD's lexicon still wins). A word made PROPN loses its morphology (GSD's PROPN
    carry none), a word made NOUN takes Number=Sing."""
    lexicon: dict[str, Counter[str]] = defaultdict(Counter)
    for doc in reference:
        for t in doc:
            if t.pos_ in ("NOUN", "PROPN"):
                lexicon[t.text][t.pos_] += 1
    for doc in docs:
        if mode == "none":
            yield doc
            continue
        pos = [t.pos_ for t in doc]
        morphs = [str(t.morph) for t in doc]

        caps = [False] + [t.i > 0 and t.text[:1].isupper() for t in doc] + [False]  # caps[i + 1]: token i

        for t in doc:
            i = t.i
            if not caps[i + 1] or t.pos_ not in ("NOUN", "PROPN"):
                continue
            known = lexicon.get(t.text)
            if known:
                new = known.most_common(1)[0][0]
            elif t.pos_ == "NOUN" and (mode == "all" or (mode == "names" and (caps[i] or caps[i + 2]))):
                new = "PROPN"
            else:
                continue
            if new != pos[i]:
                pos[i], morphs[i] = new, ("" if new == "PROPN" else "Number=Sing")
        yield Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc], pos=pos,
                  morphs=morphs)


def gsd_words(docs: list[Doc], reference: list[Doc], share: float = 0.9, least: int = 5) -> Iterator[Doc]:
    """UD tokens of a word GSD dev (`reference`) tags one way (at least `share` of its `least` or more
    occurrences) take GSD's UPOS and that word's commonest morphology: CSUI and PUD tag "sekitar" ADV, "ketika"
    ADV, "ingin" VERB where GSD has ADP, SCONJ, AUX. Capitalised words inside a sentence are left to
    `harmonise_capitals`."""
    seen: dict[str, Counter[tuple[str, str]]] = defaultdict(Counter)
    for doc in reference:
        for t in doc:
            if t.i == 0 or not t.text[:1].isupper():
                seen[t.lower_][(t.pos_, str(t.morph))] += 1
    fixed: dict[str, tuple[str, str]] = {}
    for word, tags in seen.items():
        by_pos: Counter[str] = Counter()
        for (pos, _), n in tags.items():
            by_pos[pos] += n
        pos, n = by_pos.most_common(1)[0]
        if n >= least and n >= share * sum(by_pos.values()):
            fixed[word] = (pos, max((c, m) for (p, m), c in tags.items() if p == pos)[1])
    for doc in docs:
        pos = [t.pos_ for t in doc]
        morphs = [str(t.morph) for t in doc]
        for t in doc:
            new = fixed.get(t.lower_)
            if new and pos[t.i] and new[0] != pos[t.i] and not (t.i > 0 and t.text[:1].isupper()):
                pos[t.i], morphs[t.i] = new
        yield Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc], pos=pos,
                  morphs=morphs)


class UDLexicon:
    """UPOS and morphology of words in the UD training parts, to carry BaPOS tags over to UD's conventions."""

    def __init__(self, docs: list[Doc]) -> None:
        self.words: dict[str, Counter[tuple[str, str]]] = defaultdict(Counter)
        self.shapes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
        for doc in docs:
            for t in doc:
                self.words[t.lower_][(t.pos_, str(t.morph))] += 1
                self.shapes[(t.pos_, t.lower_[:2])][str(t.morph)] += 1
                self.shapes[(t.pos_, "")][str(t.morph)] += 1

    def tag(self, word: str, bapos: str, first: bool) -> tuple[str, str]:
        """(UPOS, morphology) for a BaPOS-tagged word, or ("", "") where the two schemes cannot be matched."""
        allowed = BAPOS_UPOS.get(bapos)
        if allowed is None:  # FW, X: foreign words and the like, whose UD class depends on use
            return "", ""
        if (bapos == "NNP" and word[:1].islower()) or (bapos == "NN" and word[:1].isupper() and not first):
            return "", ""  # BaPOS's NNP spans take in common nouns of names; UD's PROPN takes in capitals
        if bapos in ("NN", "NND") and "-" in word and len(set(word.lower().split("-"))) == 1:
            return "NOUN", "Number=Plur"  # reduplicated plural, "monyet-monyet"
        seen = [(n, pos, morph) for (pos, morph), n in self.words.get(word.lower(), Counter()).items()
                if pos in allowed]
        if seen:
            _, pos, morph = max(seen)
            return pos, morph
        pos = allowed[0]
        morphs = self.shapes.get((pos, word.lower()[:2])) or self.shapes.get((pos, ""))
        return pos, morphs.most_common(1)[0][0] if morphs else ""


def read_bapos(path: Path, vocab: Vocab, lexicon: UDLexicon) -> Iterator[Doc]:
    """BaPOS sentences (token, IOB-wrapped tag) as Docs with UPOS and morphology in UD's conventions."""
    rows: list[tuple[str, str]] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        parts = line.split("\t")
        if len(parts) == 2 and parts[0].strip():
            word, tag = parts[0].strip(), parts[1].strip()
            if word == "nya" and tag == "I-PRP" and len(rows) > 1 and rows[-1][0] == "-":
                rows.pop()  # "harta - nya": one token "hartanya", as Telik's tokenizer and UD's MWTs leave it
                rows[-1] = (rows[-1][0] + "nya", rows[-1][1])
                continue
            rows.append((word, tag[2:]))
            continue
        if rows:
            tagged = [lexicon.tag(w, t, i == 0) for i, (w, t) in enumerate(rows)]
            yield Doc(vocab, words=[w for w, _ in rows], pos=[p for p, _ in tagged],
                      morphs=[m for _, m in tagged])
            rows = []


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
    ap.add_argument("--gsd", type=int, default=GSD_OVERSAMPLE, help="times GSD dev is repeated")
    ap.add_argument("--idner", type=int, default=IDNER_OVERSAMPLE, help="times idner-news-2k train is repeated")
    ap.add_argument("--bapos", type=int, default=0, help="BaPOS train sentences to add (0: none)")
    ap.add_argument("--csui-mask", action=argparse.BooleanOptionalAction, default=False,
                    help="leave CSUI's capitalised NOUN/PROPN words unannotated (GSD's PROPN convention differs)")
    ap.add_argument("--csui-harmonise", choices=("none", "words", "names", "all"), default="none",
                    help="move CSUI's capitalised NOUN/PROPN towards GSD's convention (see harmonise_capitals)")
    ap.add_argument("--gsd-words", action="store_true",
                    help="CSUI and PUD words that GSD dev tags one way take GSD's tag (see gsd_words)")
    ap.add_argument("--ud-only", action="store_true",
                    help="tagger-only data: UD sentences (and BaPOS if asked) only, for the morphologizer stage")
    ap.add_argument("--gsd-holdout", type=int, default=0, metavar="N",
                    help="keep every Nth GSD dev sentence out of training, in gsd-holdout.spacy (for choosing "
                    "between runs without GSD test)")
    ap.add_argument("--nergrit", choices=("all", "no-loc", "none"), default="all",
                    help="NERGrit in the NER data: every label, PLACE as missing annotation, or not at all")
    args = ap.parse_args()
    ud, ner, bench = args.shared / "train" / "ud", args.shared / "train" / "ner", args.shared / "bench" / "ner"
    if not ud.is_dir():
        print(f"error: no training data at {args.shared / 'train'} (see training/README.md)", file=sys.stderr)
        return 2
    vocab = spacy.blank("id").vocab
    args.out.mkdir(parents=True, exist_ok=True)
    gsd_dev = list(read_conllu(ud / "id_gsd-ud-dev.conllu", vocab))
    if args.gsd_holdout:
        save([d for i, d in enumerate(gsd_dev) if i % args.gsd_holdout == 0], args.out / "gsd-holdout.spacy")
        gsd_dev = [d for i, d in enumerate(gsd_dev) if i % args.gsd_holdout]
    csui = read_conllu(ud / "id_csui-ud-train.conllu", vocab, mask_capitals=args.csui_mask)
    other_ud = list(harmonise_capitals(list(csui), gsd_dev, args.csui_harmonise))
    other_ud += list(read_conllu(ud / "id_pud-ud-test.conllu", vocab))
    if args.gsd_words:
        other_ud = list(gsd_words(other_ud, gsd_dev))
    train = gsd_dev * args.gsd + other_ud
    if args.bapos:
        lexicon = UDLexicon(gsd_dev * args.gsd + other_ud)
        train += list(read_bapos(args.shared / "train" / "pos" / "bapos-train.txt", vocab, lexicon))[:args.bapos]
    if not args.ud_only:
        train += list(read_iob(ner / "idner-news-2k-train.txt", vocab)) * args.idner
    if args.nergrit != "none" and not args.ud_only:
        unknown = frozenset({"LOC"} if args.nergrit == "no-loc" else ())
        train += list(read_iob(ner / "nergrit-train.txt", vocab, unknown))
        train += list(read_iob(ner / "nergrit-valid.txt", vocab, unknown))
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

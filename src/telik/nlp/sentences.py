"""Sentence boundaries for scraped news: paragraph breaks and sentence-final punctuation."""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from typing import cast

import numpy
from spacy.attrs import IDX, LENGTH, SENT_START, SPACY
from spacy.language import Language
from spacy.tokens import Doc
from thinc.types import Ints2d

from telik.nlp.extensions import keep_sentence_bounds, text_of

_FINAL = frozenset(".!?…")
_CLOSERS = frozenset('"”’\')»')
_OPENERS = frozenset('“"‘\'«(')
_MARKS = re.compile(f"[\n{re.escape(''.join(sorted(_FINAL)))}]")


_UNCLOSED = re.compile(r"[.!?…\"”’)]\s*$")


def unclosed(text: str) -> bool:
    """Does `text` end without a closing mark, as a headline, a caption or a dateline line does?"""
    return _UNCLOSED.search(text) is None


@Language.factory("telik_sentences", assigns=["token.is_sent_start"])
def make_sentences(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """The component: a plain function, it has no settings or data."""
    return split_sentences


def split_sentences(doc: Doc) -> Doc:
    """A sentence starts after a line break, or after final punctuation followed by a capital or an opening quote.

    Works on token offsets in bulk (no Token objects) because it runs on every article.
    """
    n = len(doc)
    if n == 0:
        return doc
    # plain ints, one attribute at a time (numpy indexing is slow; a row list per token is slower than three lists)
    idxs: list[int] = doc.to_array(IDX).tolist()
    lengths: list[int] = doc.to_array(LENGTH).tolist()
    spaces: list[int] = doc.to_array(SPACY).tolist()
    text = text_of(doc)
    starts = numpy.full(n, -1, dtype="int64")
    starts[0] = 1
    for i in _marked(text, idxs, n - 1):
        idx, length, space = idxs[i], lengths[i], spaces[i]
        tok = text[idx : idx + length]
        if "\n" in tok or (space and text[idx + length : idx + length + 1] == "\n"):
            starts[i + 1] = 1
        elif tok in _FINAL and not _after_initial(text, idxs, lengths, spaces, i):
            j = i + 1
            while j < n and not spaces[j - 1] and text[idxs[j] : idxs[j] + lengths[j]] in _CLOSERS:
                j += 1
            if j < n and spaces[j - 1]:
                first = text[idxs[j]]
                if first.isupper() or first in _OPENERS or first.isdigit():
                    starts[j] = 1
    doc.from_array([SENT_START], cast(Ints2d, starts.astype("uint64").reshape(-1, 1)))
    firsts: list[int] = numpy.flatnonzero(starts == 1).tolist()
    lasts = [k - 1 for k in firsts[1:]] + [n - 1]
    keep_sentence_bounds(doc, [(idxs[a], idxs[b] + lengths[b]) for a, b in zip(firsts, lasts, strict=True)])
    return doc


def _marked(text: str, offsets: list[int], limit: int) -> list[int]:
    """The tokens before `limit` that hold a line break or a final punctuation mark, in order (`offsets`: where
    each token starts): only after those can a sentence start, so the others need no visit."""
    found = {bisect_right(offsets, m.start()) - 1 for m in _MARKS.finditer(text)}
    return sorted(i for i in found if 0 <= i < limit)


def _after_initial(text: str, idxs: list[int], lengths: list[int], spaces: list[int], i: int) -> bool:
    """A period right after a single capital letter ("Colin P. Clarke") ends no sentence."""
    if i == 0 or text[idxs[i]] != "." or spaces[i - 1]:
        return False
    prev = text[idxs[i - 1] : idxs[i - 1] + lengths[i - 1]]
    return len(prev) == 1 and prev.isupper()

"""Sentence boundaries for scraped news: paragraph breaks and sentence-final punctuation."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

_FINAL = {".", "!", "?", "…"}
_CLOSERS = {'"', "”", "’", "'", ")", "»"}


@Language.component("telik_sentences", assigns=["token.is_sent_start"])
def telik_sentences(doc: Doc) -> Doc:
    """A sentence starts after a line break, or after final punctuation followed by a capital or an opening quote."""
    n = len(doc)
    for i, tok in enumerate(doc):
        if i == 0:
            tok.is_sent_start = True
            continue
        tok.is_sent_start = False
    for i in range(n - 1):
        tok = doc[i]
        nxt = doc[i + 1]
        if "\n" in tok.whitespace_ or "\n" in tok.text:
            nxt.is_sent_start = True
        elif tok.text in _FINAL and not _is_initial(doc, i):
            j = i + 1
            while j < n and doc[j].text in _CLOSERS and not doc[j - 1].whitespace_:
                j += 1
            if j < n and (doc[j].text[:1].isupper() or doc[j].text[:1] in "“\"‘'«(") and doc[j - 1].whitespace_:
                doc[j].is_sent_start = True
    return doc


def _is_initial(doc: Doc, i: int) -> bool:
    """A period right after a single capital letter ("Colin P. Clarke") ends no sentence."""
    if doc[i].text != "." or i == 0:
        return False
    prev = doc[i - 1]
    return not prev.whitespace_ and len(prev.text) == 1 and prev.text.isupper()

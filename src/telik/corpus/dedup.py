"""Near-duplicate articles (the same wire story re-told, the same page scraped twice) via MinHash LSH."""
from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from telik.model import DocResult

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class DedupOptions:
    #: Words per shingle; 3 keeps a few edited words from hiding a copy.
    shingle: int = 3
    #: Jaccard similarity of shingle sets from which two texts are copies of one story.
    threshold: float = 0.45
    #: LSH candidate threshold, set below `threshold` so pairs near it are not missed by chance.
    lsh_threshold: float = 0.3
    #: MinHash permutations (more: fewer LSH misses, slower hashing).
    num_perm: int = 128
    #: Texts with fewer words than this are never called duplicates (menus, captions).
    min_words: int = 20


def shingles(text: str, size: int) -> set[str]:
    """Word n-grams of the lower-cased text."""
    words = _WORD.findall(text.lower())
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


def find_root(parent: list[int], i: int) -> int:
    """The root of `i` in a union-find forest (`parent[i] == i` at a root), halving the path on the way."""
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def band_keys(text: str, options: DedupOptions | None = None) -> list[str]:
    """The text's LSH band keys (band number and a digest of its MinHash values); none for a text too short to count.

    Two texts are duplicate candidates when they share a key, as in MinHash LSH; the keys are kept in the store so
    an ingest finds the stored candidates of a new article without hashing the corpus again.
    """
    from datasketch import MinHash  # here: it loads scipy, which read-only commands never need

    opt = options or DedupOptions()
    if len(_WORD.findall(text)) < opt.min_words:
        return []
    mh = MinHash(num_perm=opt.num_perm)
    mh.update_batch([s.encode("utf-8") for s in shingles(text, opt.shingle)])
    lsh = _bands(opt)
    return [f"{n}:{hashlib.blake2b(mh.hashvalues[a:b].tobytes(), digest_size=8).hexdigest()}"
            for n, (a, b) in enumerate(lsh)]


@lru_cache(maxsize=4)
def _bands(opt: DedupOptions) -> list[tuple[int, int]]:
    """The (start, end) MinHash slices of each band, as datasketch sizes them for the threshold."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=opt.lsh_threshold, num_perm=opt.num_perm)
    return [(n * lsh.r, (n + 1) * lsh.r) for n in range(lsh.b)]


def duplicate_groups(texts: Sequence[str], options: DedupOptions | None = None,
                     bands: Sequence[list[str]] | None = None) -> list[int]:
    """For each text, the index of the first text of its near-duplicate group (itself when unique).

    Shared band keys (`band_keys`, given in `bands` when already computed) find candidates in near-linear time;
    each candidate pair is confirmed on the exact Jaccard similarity of the shingle sets.
    """
    opt = options or DedupOptions()
    keys = bands if bands is not None else [band_keys(t, opt) for t in texts]
    buckets: dict[str, list[int]] = {}
    sets: list[set[str]] = []
    parent = list(range(len(texts)))
    for i, text in enumerate(texts):
        sh = shingles(text, opt.shingle)
        sets.append(sh)
        for j in dict.fromkeys(j for k in keys[i] for j in buckets.get(k, ())):
            if _jaccard(sh, sets[j]) >= opt.threshold:
                ri, rj = find_root(parent, i), find_root(parent, j)
                if ri != rj:
                    parent[max(ri, rj)] = min(ri, rj)
        for k in keys[i]:
            buckets.setdefault(k, []).append(i)
    return [find_root(parent, i) for i in range(len(texts))]


def _order_key(doc: DocResult, index: int) -> tuple[str, int]:
    """Earliest publication first (undated last), then input order."""
    return (doc.published or doc.reference_date or "9999", index)


def dedup_text(doc: DocResult) -> str:
    """The text compared for near-duplicates."""
    return doc.clean_text or doc.text


def mark_duplicates(docs: list[DocResult], options: DedupOptions | None = None,
                    bands: Sequence[list[str]] | None = None) -> list[int]:
    """Set `duplicate_of` to the earliest document of each group; return each document's group (its index)."""
    roots = duplicate_groups([dedup_text(d) for d in docs], options, bands)
    members: dict[int, list[int]] = {}
    for i, root in enumerate(roots):
        members.setdefault(root, []).append(i)
    groups = list(range(len(docs)))
    for idx in members.values():
        first = min(idx, key=lambda i: _order_key(docs[i], i))
        for i in idx:
            docs[i].duplicate_of = docs[first].id if i != first else None
            groups[i] = first
    return groups

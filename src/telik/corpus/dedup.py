"""Near-duplicate articles (the same wire story re-told, the same page scraped twice) via MinHash LSH."""
from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Sequence
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


#: Shingle sets kept while confirming candidates (the members of a bucket are met together).
SHINGLE_CACHE = 256


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
                     bands: Sequence[list[str]] | None = None, joined: Sequence[int] | None = None) -> list[int]:
    """For each text, the index of the first text of its near-duplicate group (itself when unique).

    Shared band keys (`band_keys`, given in `bands` when already computed) find candidates in near-linear time;
    each candidate pair is confirmed on the exact Jaccard similarity of the shingle sets (see `near_duplicates`,
    also for `joined`).
    """
    opt = options or DedupOptions()
    keys = bands if bands is not None else [band_keys(t, opt) for t in texts]
    buckets: dict[str, list[int]] = {}
    for i, mine in enumerate(keys):
        for k in dict.fromkeys(mine):
            buckets.setdefault(k, []).append(i)
    return near_duplicates(len(texts), buckets.values(), texts.__getitem__, opt, joined)


def near_duplicates(count: int, buckets: Iterable[list[int]], text: Callable[[int], str],
                    options: DedupOptions | None = None, joined: Sequence[int] | None = None) -> list[int]:
    """For each of `count` texts, the index of the first text of its group: texts sharing a bucket (a band key)
    whose shingle sets are similar enough are joined.

    A group is a connected component, whatever the order pairs are met in. Shingle sets are made on demand from
    `text` and only a few kept, so the texts (and their sets) need not all be in memory. `joined`: per text, a text
    already known to be in its group (a group the store found before, whose members are all among the texts): such
    pairs are not compared again, and the groups come out the same, as components do not depend on the edges read.
    """
    opt = options or DedupOptions()

    @lru_cache(maxsize=SHINGLE_CACHE)
    def shingled(i: int) -> set[str]:
        return shingles(text(i), opt.shingle)

    parent = list(range(count))
    for i, j in enumerate(joined or ()):
        ri, rj = find_root(parent, i), find_root(parent, j)
        parent[max(ri, rj)] = min(ri, rj)
    unlike: set[tuple[int, int]] = set()
    for members in buckets:
        if len({find_root(parent, i) for i in members}) == 1:  # one group already (a stored one, `joined`)
            continue
        for x, i in enumerate(members):
            for j in members[:x]:
                ri, rj = find_root(parent, i), find_root(parent, j)
                if ri == rj or (j, i) in unlike:
                    continue
                if _jaccard(shingled(i), shingled(j)) >= opt.threshold:
                    parent[max(ri, rj)] = min(ri, rj)
                else:
                    unlike.add((j, i))
    return [find_root(parent, i) for i in range(count)]


def _order_key(doc: DocResult, index: int) -> tuple[str, int]:
    """Earliest publication first (undated last), then input order."""
    return (doc.published or doc.reference_date or "9999", index)


def dedup_text(doc: DocResult) -> str:
    """The text compared for near-duplicates."""
    return doc.clean_text or doc.text


def mark_duplicates(docs: list[DocResult], options: DedupOptions | None = None,
                    bands: Sequence[list[str]] | None = None, joined: Sequence[int] | None = None) -> list[int]:
    """Set `duplicate_of` to the earliest document of each group; return each document's group (its index)."""
    return mark_groups(docs, duplicate_groups([dedup_text(d) for d in docs], options, bands, joined))


def mark_groups(docs: list[DocResult], roots: list[int]) -> list[int]:
    """`mark_duplicates` given the groups (`roots`: per document, the first document of its group)."""
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

"""One way to turn a word list from the data files into a regular-expression alternation, and one way to find a
name as a whole word without a pattern of its own.

The alternation is shaped as a trie: at any position the longest listed word is tried first (as a
longest-first alternation would), and the engine never retries the same prefix for every word that shares
it, so it stays fast when tried at every position of a text. A space inside a listed phrase matches any run
of whitespace, so "melepaskan tembakan" also finds the phrase broken across a line.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import TypeAlias

_Trie: TypeAlias = dict[str, "_Trie"]


def alternation(words: Iterable[str]) -> str:
    """A non-capturing regex matching any of `words` (longest first); empty words are ignored.

    Built once per word set: rules call it with the same list inside their loops."""
    return _alternation(frozenset(words))


@lru_cache(maxsize=512)
def _alternation(words: frozenset[str]) -> str:
    trie: _Trie = {}
    for word in words:
        if not word:
            continue
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    body = _trie_regex(trie)
    return f"(?:{body})" if body else "(?!)"


def _trie_regex(node: _Trie) -> str:
    ends = "" in node
    branches = [(r"\s+" if ch == " " else re.escape(ch)) + _trie_regex(sub) for ch, sub in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends else body


def find_whole(text: str, word: str, start: int = 0, end: int | None = None, hyphen: bool = False) -> int:
    """Where `word` first occurs whole in `text[start:end]`: no letter, digit or underscore (nor, with `hyphen`, a
    hyphen) on either side; -1 if nowhere. A character past `end` does not count, as for a pattern's `endpos`.

    A whole-word search without a pattern per name: a name read from an article makes a new pattern every time, and
    each compiled one would evict a shared pattern from `re`'s cache."""
    stop = len(text) if end is None else end
    i = text.find(word, start, stop) if word else -1
    while i >= 0:
        j = i + len(word)
        if not (i and _word_char(text[i - 1], hyphen)) and not (j < stop and _word_char(text[j], hyphen)):
            return i
        i = text.find(word, i + 1, stop)
    return -1


def occurrences(text: str, word: str) -> list[int]:
    """Every offset where `word` occurs in `text`, whole or not (a plain search: no pattern per word)."""
    found: list[int] = []
    at = text.find(word) if word else -1
    while at >= 0:
        found.append(at)
        at = text.find(word, at + 1)
    return found


def _word_char(ch: str, hyphen: bool = False) -> bool:
    return ch.isalnum() or ch == "_" or hyphen and ch == "-"

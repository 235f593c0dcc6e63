"""spaCy's tokenizer, guarded against very long runs without whitespace.

spaCy's affix loop is quadratic in the length of a whitespace-free run, so 100,000 slashes or digits
would take minutes. Runs longer than `max_run` characters are cut into fixed pieces instead; every
other part of the text goes through spaCy's own tokenizer, and the Doc's text stays identical.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any, cast

from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_suffix_regex, registry

from telik.nlp.extensions import remember_text

#: Chunks spaCy's tokenizer caches. Its cache never evicts: once full, every new word takes the slow affix
#: path for the rest of the process, so spaCy's 10,000 run out within the first few hundred articles.
CACHE_SIZE = 200_000


def create_guarded_tokenizer(max_run: int = 200, piece: int = 50) -> Callable[[Language], GuardedTokenizer]:
    """spaCy's own tokenizer for the language (as `spacy.Tokenizer.v1` makes it, the prefix regex written
    `prefix_regex`'s way: spaCy's own takes string entries only too), wrapped; named in the pipeline's config so
    it saves and loads."""

    def make(nlp: Language) -> GuardedTokenizer:
        defaults = nlp.Defaults
        inner = Tokenizer(
            nlp.vocab,
            rules=defaults.tokenizer_exceptions,
            prefix_search=prefix_regex(cast(list[str], defaults.prefixes)).search if defaults.prefixes else None,
            suffix_search=compile_suffix_regex(defaults.suffixes).search if defaults.suffixes else None,
            infix_finditer=compile_infix_regex(defaults.infixes).finditer if defaults.infixes else None,
            token_match=defaults.token_match,
            url_match=defaults.url_match,
        )
        return GuardedTokenizer(inner, max_run, piece)

    return make


def prefix_regex(entries: Iterable[str]) -> re.Pattern[str]:
    """spaCy's prefix regex (`^A|^B|…`, spacy.util.compile_prefix_regex) with the same matches, written
    `^(?:A|B|…)`: Python's engine then stops at the first character that no entry opens with, instead of trying
    each of Indonesian's 171 entries at every position of the word. spaCy runs it on every word not in its
    cache and on each of its 16,000 special cases at start-up; this way it is about 10x faster.

    An entry's own top-level alternatives after its first (`X|Y`) were never anchored in spaCy's regex
    (`^X|Y`), so they stay unanchored, after the group, in the same order.
    """
    pieces = [e for e in entries if e.strip()]
    loose = [branch for e in pieces for branch in top_level_branches(e)[1:]]
    return re.compile("|".join(["^(?:" + "|".join(pieces) + ")", *loose]))


def top_level_branches(expression: str) -> list[str]:
    """The alternatives of a regex outside any group or character class: `a|(b|c)|[|]` -> a, (b|c), [|]."""
    out: list[str] = []
    depth = start = i = 0
    while i < len(expression):
        c = expression[i]
        if c == "\\":
            i += 1
        elif c == "[":
            i += 2 if expression[i + 1 : i + 2] == "^" else 1
            i += expression[i : i + 1] == "]"  # a ] first in a class is a literal
            while i < len(expression) and expression[i] != "]":
                i += 2 if expression[i] == "\\" else 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(expression[start:i])
            start = i + 1
        i += 1
    out.append(expression[start:])
    return out


registry.tokenizers.register("telik.GuardedTokenizer.v1", func=create_guarded_tokenizer)


class GuardedTokenizer:
    def __init__(self, inner: Tokenizer, max_run: int = 200, piece: int = 50) -> None:
        self.inner = inner
        inner.max_cache_size = CACHE_SIZE
        self.vocab = inner.vocab
        self.piece = piece
        self._long = re.compile(rf"\S{{{max_run},}}")

    def __call__(self, text: str) -> Doc:
        doc = self._tokenize(text)
        remember_text(doc, text)
        return doc

    def _tokenize(self, text: str) -> Doc:
        if not self._long.search(text):
            doc: Doc = self.inner(text)  # spaCy's Tokenizer is compiled and ships no stubs
            return doc
        words: list[str] = []
        spaces: list[bool] = []
        pos = 0
        for m in self._long.finditer(text):
            self._add(text[pos : m.start()], words, spaces)
            run = m.group()
            for i in range(0, len(run), self.piece):
                words.append(run[i : i + self.piece])
                spaces.append(False)
            pos = m.end()
        self._add(text[pos:], words, spaces)
        return Doc(self.vocab, words=words, spaces=spaces)

    def _add(self, part: str, words: list[str], spaces: list[bool]) -> None:
        if part:
            for tok in self.inner(part):
                words.append(tok.text)
                spaces.append(bool(tok.whitespace_))

    def flush_cache(self) -> None:
        """Forget cached chunks: words tokenized at start-up (gazetteer aliases) should not fill the cache."""
        self.inner._flush_cache()

    def __getattr__(self, name: str) -> Any:
        """Everything else (special cases, rules) is the inner tokenizer's."""
        return getattr(self.inner, name)

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        """Tokenize a stream of texts (`batch_size` is accepted for spaCy's tokenizer interface)."""
        for text in texts:
            yield self(text)

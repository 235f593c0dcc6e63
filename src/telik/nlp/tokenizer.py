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
from telik.nlp.special_cases import SpecialCases

#: Chunks spaCy's tokenizer caches. Its cache never evicts: once full, every new word takes the slow affix
#: path for the rest of the process, so spaCy's 10,000 run out within the first few hundred articles.
CACHE_SIZE = 200_000
#: Chunks with a mark `CachingTokenizer.seed` tokenizes per call: a special case one of them hits keeps the rest
#: of its call out of the cache, and each call costs a Doc.
SEED_GROUP = 8


def create_guarded_tokenizer(max_run: int = 200, piece: int = 50) -> Callable[[Language], GuardedTokenizer]:
    """spaCy's own tokenizer for the language (as `spacy.Tokenizer.v1` makes it, the prefix regex written
    `prefix_regex`'s way: spaCy's own takes string entries only too), wrapped; named in the pipeline's config so
    it saves and loads. The language's special cases are added as texts need them (see `SpecialCases`)."""

    def make(nlp: Language) -> GuardedTokenizer:
        defaults = nlp.Defaults
        specials = SpecialCases(defaults.tokenizer_exceptions)
        inner = CachingTokenizer(
            nlp.vocab,
            rules=specials.eager,
            prefix_search=prefix_regex(cast(list[str], defaults.prefixes)).search if defaults.prefixes else None,
            suffix_search=compile_suffix_regex(defaults.suffixes).search if defaults.suffixes else None,
            infix_finditer=compile_infix_regex(defaults.infixes).finditer if defaults.infixes else None,
            token_match=defaults.token_match,
            url_match=defaults.url_match,
        )
        return GuardedTokenizer(inner, max_run, piece, specials)

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


class CachingTokenizer(Tokenizer):  # type: ignore[misc]  # spaCy's compiled Tokenizer ships no stubs
    """spaCy's tokenizer, whose cache can outlive a new special case.

    spaCy forgets every cached chunk whenever a special case is added. A special case added because a text
    holds its string (`SpecialCases.due`) cannot change any chunk cached before: a chunk holding that string
    came from a text holding it, and the case would have been added before that text. Forgetting the cache
    then would only make the next texts slower (637 additions over 1,300 articles: 2.2 -> 5.6 CPU s).
    """

    keep_cache = False
    #: the hashes of the chunks `seed` has tokenized since the cache was last emptied
    seeded: set[int] | None = None

    def seed(self, chunks: list[str]) -> None:
        """Put the chunks (a text's `split()`) this tokenizer has not seen yet into its cache, before the text is
        tokenized.

        spaCy caches no chunk of a text after the first special case that text hits (one flag for the whole
        call: spaCy #1250 keeps special-case tokens out of its cache of plain lexemes), so after "anak-anak" or
        "Dr." every new word of an article took the slow affix path again each time it came back. Tokenized in
        calls of their own, the new chunks are cached up to the first that hits a special case in each call:
        the letters-and-digits ones in one call (none of them hits a case a text added: each of those holds a
        mark), the others `SEED_GROUP` at a time. A chunk's tokens depend neither on the chunks around it nor
        on whether they came from the cache, so the text's tokens are the same."""
        seeded = self.seeded if self.seeded is not None else set()
        self.seeded = seeded
        if len(seeded) >= CACHE_SIZE:  # spaCy's cache is as full: nothing more would be cached
            return
        new = [chunk for chunk in dict.fromkeys(chunks) if hash(chunk) not in seeded]
        if not new:
            return
        seeded.update(map(hash, new))
        plain = [c for c in new if c.isalnum()]
        marked = [c for c in new if not c.isalnum()]
        if plain:
            self(" ".join(plain))
        for k in range(0, len(marked), SEED_GROUP):
            self(" ".join(marked[k : k + SEED_GROUP]))

    def add_unseen_special_case(self, string: str, substrings: Iterable[dict[Any, str]]) -> None:
        """Add a special case whose string no text tokenized so far holds, keeping the cache."""
        self.keep_cache = True
        try:
            self.add_special_case(string, substrings)
        finally:
            self.keep_cache = False

    def _flush_cache(self) -> None:
        if not self.keep_cache:
            super()._flush_cache()
            self.seeded = None


registry.tokenizers.register("telik.GuardedTokenizer.v1", func=create_guarded_tokenizer)


class GuardedTokenizer:
    def __init__(self, inner: CachingTokenizer, max_run: int = 200, piece: int = 50,
                 specials: SpecialCases | None = None) -> None:
        self.inner = inner
        self.specials = specials or SpecialCases({})
        inner.max_cache_size = CACHE_SIZE
        self.vocab = inner.vocab
        self.piece = piece
        self.max_run = max_run
        self._long = re.compile(rf"\S{{{max_run},}}")

    def __call__(self, text: str) -> Doc:
        chunks = text.split()  # str.isspace is re's \s and spaCy's white space
        for string, substrings in self.specials.due(text, chunks).items():
            self.inner.add_unseen_special_case(string, substrings)
        doc = self._tokenize(text, chunks)
        remember_text(doc, text)
        return doc

    def _tokenize(self, text: str, chunks: list[str]) -> Doc:
        if max(map(len, chunks), default=0) < self.max_run:
            self.inner.seed(chunks)
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

    def add_special_case(self, string: str, substrings: Iterable[dict[Any, str]]) -> None:
        """A rule added by hand replaces the language's for the same string, as it would had that one been
        added at start-up."""
        self.specials.drop(string)
        self.inner.add_special_case(string, substrings)

    def add_all_special_cases(self) -> None:
        """Add every special case still pending: what is saved, explained or listed is then the whole set."""
        for string, substrings in self.specials.take_all().items():
            self.inner.add_special_case(string, substrings)

    @property
    def rules(self) -> dict[str, Any]:
        self.add_all_special_cases()
        rules: dict[str, Any] = self.inner.rules
        return rules

    def explain(self, text: str) -> list[tuple[str, str]]:
        self.add_all_special_cases()
        out: list[tuple[str, str]] = self.inner.explain(text)
        return out

    def to_bytes(self, **kwargs: Any) -> bytes:
        self.add_all_special_cases()
        out: bytes = self.inner.to_bytes(**kwargs)
        return out

    def to_disk(self, path: Any, **kwargs: Any) -> None:
        self.add_all_special_cases()
        self.inner.to_disk(path, **kwargs)

    def from_bytes(self, data: bytes, **kwargs: Any) -> GuardedTokenizer:
        """The saved rules are the whole set (see `to_bytes`): none is left pending."""
        self.specials.take_all()
        self.inner.from_bytes(data, **kwargs)
        return self

    def from_disk(self, path: Any, **kwargs: Any) -> GuardedTokenizer:
        self.specials.take_all()
        self.inner.from_disk(path, **kwargs)
        return self

    def __getattr__(self, name: str) -> Any:
        """Everything else (special cases, rules) is the inner tokenizer's."""
        return getattr(self.inner, name)

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        """Tokenize a stream of texts (`batch_size` is accepted for spaCy's tokenizer interface)."""
        for text in texts:
            yield self(text)

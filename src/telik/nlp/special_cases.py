"""spaCy's tokenizer special cases, added only when a text could need them.

Adding spaCy's ~16,000 Indonesian special cases one by one (each makes its lexemes and tokenizes its string for
the special-case matcher) cost about 1.2 CPU s in every fresh process, most of them never used. A special case
can change a text's tokens only if its string occurs in the text with the whitespace taken out: spaCy looks its
string up as a whitespace-free chunk or a piece of one, and its matcher finds the string's own tokens in a row,
which may stand on either side of whitespace but never include it. So adding, before a text is tokenized, every
special case whose string occurs in the text without its whitespace gives the same tokens as adding them all at
start-up. Strings that hold whitespace or no punctuation at all (a handful) are added at once.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

#: A run of letters and digits (str.isalnum) followed by one other character.
_RUN_THEN_MARK = re.compile(r"([^\W_]*)([\W_])")


class SpecialCases:
    """The special cases not added yet, found by the punctuation each one holds."""

    def __init__(self, rules: Mapping[str, Any]) -> None:
        #: strings that must be added at start-up: whitespace inside, or no punctuation to find them by
        self.eager = {s: r for s, r in rules.items() if any(c.isspace() for c in s) or not _RUN_THEN_MARK.search(s)}
        self.pending = {s: r for s, r in rules.items() if s not in self.eager}
        #: a string's letters and digits before its first punctuation mark, and that mark -> the strings
        self._by_key: dict[str, list[str]] = {}
        #: every ending of a key (a string's run then mark), down to the mark alone: a text's run needs trying
        #: only as far back as its ending still ends some key
        self._endings: set[str] = set()
        for string in self.pending:
            m = _RUN_THEN_MARK.match(string)
            assert m is not None  # every pending string holds a mark
            key = m.group(0)
            self._by_key.setdefault(key, []).append(string)
            self._endings.update(key[k:] for k in range(len(key)))
        #: the marks that end some key: only at those can a pending string's key end
        self._marks = re.compile(f"[{''.join(sorted(re.escape(key[-1]) for key in self._by_key))}]")

    def due(self, text: str, chunks: list[str] | None = None) -> dict[str, Any]:
        """The pending special cases whose strings occur in `text` with its whitespace taken out (`chunks`: its
        `split()`, when made already); they are no longer pending afterwards.

        Each mark of the text that ends some key is tried with the letters and digits before it, from the mark
        alone backwards, for as long as what is taken still ends some key (a key's run holds no mark, so no
        more than the run before the mark is taken); the keys found are tried longest first, as before."""
        if not self.pending:
            return {}
        flat = "".join(text.split() if chunks is None else chunks)
        found: dict[str, Any] = {}
        endings, by_key = self._endings, self._by_key
        for m in self._marks.finditer(flat):
            end = cut = m.end()
            hits = []
            while cut:
                cut -= 1
                key = flat[cut:end]
                if key not in endings:
                    break
                if key in by_key:
                    hits.append((cut, key))
            for cut, key in reversed(hits):
                for string in by_key[key]:
                    if string in self.pending and flat.startswith(string, cut):
                        found[string] = self.pending.pop(string)
        return found

    def drop(self, string: str) -> None:
        """Forget a pending special case: a rule added for the same string by hand replaces it."""
        self.pending.pop(string, None)

    def take_all(self) -> dict[str, Any]:
        """Every special case still pending (to add them all, e.g. before the tokenizer is saved)."""
        out, self.pending = self.pending, {}
        return out

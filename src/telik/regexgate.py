"""One way to make a whole-text regex skip the positions where no match can start.

Python's `re` tries a pattern at every position of the text. When the pattern opens with a lookbehind or is
case-insensitive (most of Telik's do both), it cannot use its own quick scan for a first character, so every
position costs a full attempt. `gated` puts a lookahead in front that admits only the characters a match can
start with, read from the pattern by the standard library's own parser: the same matches at the same
positions, with the same groups, found faster where most characters start none. `finditer_near` goes further
for a pattern each match of which holds an anchor (a month name, a separator before a digit): it searches only
within the pattern's reach around the anchors one cheap scan found. `word_starts` finds such anchors for a
pattern each match of which starts with a listed word, where the text's lower-case form holds one (`str.find`,
far cheaper than a case-insensitive pattern tried at every position).
"""
from __future__ import annotations

import importlib
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, TypeAlias

_PARSER: Any = importlib.import_module("re._parser")
_CONST: Any = importlib.import_module("re._constants")

#: A character-class part (an escaped character, a range or a category) and whether it is matched ignoring case.
_Part: TypeAlias = tuple[str, bool]


def gated(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` with a lookahead for the characters its matches start with; itself when they are not plain
    to see, when it can match the empty string, or when it opens with a character or class (`re` then finds
    the first character by itself, faster than through a lookahead)."""
    try:
        items = _PARSER.parse(pattern.pattern, pattern.flags)
        found = _first(items, bool(pattern.flags & re.IGNORECASE))
    except Exception:  # a parser of another Python: no gate, the search runs as before
        return pattern
    if found is None or found[1] or items[0][0] in (_CONST.LITERAL, _CONST.IN):
        return pattern
    exact = "".join(sorted({text for text, folded in found[0] if not folded}))
    folded = "".join(sorted({text for text, folded in found[0] if folded}))
    classes = ([f"[{exact}]"] if exact else []) + ([f"(?i:[{folded}])"] if folded else [])
    try:
        return re.compile(f"(?={'|'.join(classes)})(?:{pattern.pattern})", pattern.flags)
    except re.error:  # global inline flags ("(?m)…") cannot stand after the gate
        return pattern


def finditer_near(pattern: re.Pattern[str], text: str, anchors: Sequence[int]) -> Iterator[re.Match[str]]:
    """The matches of `pattern.finditer(text)` for a pattern each match of which covers one of `anchors`
    (ascending offsets of `text`, such as where the month names stand), found by trying the pattern only within
    its reach before each anchor: a pass over the whole text costs as much as any, and most of a text is far
    from every anchor. A search is cut at the anchor plus the pattern's reach, so it reads what the pass over
    the whole text reads; a match it finds that starts after the anchor is dropped (it may be an artefact of
    the cut). Without a bounded reach, or when the pattern can match the empty string, it is the plain pass."""
    reach = _reach(pattern.pattern, pattern.flags)  # a Pattern's own hash reads all its compiled code
    if reach is None:
        yield from pattern.finditer(text)
        return
    run = _longest_space_run(text) if reach[1] or reach[3] else 0
    width, ahead = reach[0] + reach[1] * run, reach[2] + reach[3] * run
    pos = 0
    for anchor in anchors:
        end = min(len(text), anchor + ahead)
        m = pattern.search(text, max(pos, anchor - width + 1), end) if anchor >= pos else None
        while m is not None and m.start() <= anchor:
            yield m
            pos = m.end()
            m = pattern.search(text, pos, end) if pos <= anchor else None


_SPACE = re.compile(r"\s")
_SPACES = re.compile(r"\s\s+")


@lru_cache(maxsize=1)
def _longest_space_run(text: str) -> int:
    """The longest run of white space in `text`: how much an unbounded `\\s+` of a pattern can take (asked
    once per text by all the patterns tried on it). Most runs are one space: only the longer ones are made."""
    return max(map(len, _SPACES.findall(text)), default=1 if _SPACE.search(text) else 0)


#: Characters a case-insensitive pattern matches as an ASCII letter whose lower case is not that letter.
_FOLDS_TO_ASCII = ("\u0130", "\u0131", "\u017f", "\u212a")


@dataclass(frozen=True)
class Words:
    """A word list's first words (`first_words`), lower-case, as `word_places` looks for them in a text: where
    one of the text's words starts (`_word_index`, made once per text for every list), or, for a list whose
    matches may start inside a word (`inside`) or a word that opens with no letter or digit ("$"), anywhere
    (`str.find`, a scan of the text per word)."""

    firsts: tuple[str, ...]
    inside: bool
    #: the first words by their first three characters
    heads: dict[str, tuple[str, ...]]

    @classmethod
    def of(cls, entries: Iterable[str], inside: bool = False) -> Words:
        firsts = tuple(first_words(entries))
        inside = inside or not all(_WORD.match(w) and len(w) >= _HEAD for w in firsts)
        heads: dict[str, list[str]] = {}
        for w in firsts:
            heads.setdefault(w[:_HEAD], []).append(w)
        return cls(firsts, inside, {k: tuple(v) for k, v in heads.items()})


def word_starts(pattern: re.Pattern[str], text: str, words: Words) -> Iterator[re.Match[str]]:
    """The matches of `pattern.finditer(text)` for a pattern each match of which starts with one of `words`
    (cased letters only ASCII ones; a case-insensitive pattern matches them in any case), after no letter, digit
    or underscore unless `words.inside`, and which matches either only the empty string or never: each place
    `word_places` gives is tried with `pattern.match`, in order, past the previous match. Where lower-casing
    moves offsets or a letter folds to an ASCII one only in `re` (Turkish dotted I, long s, Kelvin sign), it is
    the plain pass."""
    places = word_places(text, words)
    if places is None:
        yield from pattern.finditer(text)
        return
    yield from matches_at(pattern, text, places)


def matches_at(pattern: re.Pattern[str], text: str, places: Sequence[int], end: int | None = None
               ) -> Iterator[re.Match[str]]:
    """The matches of `pattern.finditer(text, places[0], end)` for a pattern each match of which starts at one of
    `places` (ascending) and that matches either only the empty string or never: `pattern.match` at each place,
    past the previous match."""
    pos = 0
    stop = len(text) if end is None else end
    for at in places:
        if at < pos:
            continue
        m = pattern.match(text, at, stop)
        if m is not None:
            yield m
            pos = max(m.end(), at + 1)


def word_places(text: str, words: Words) -> list[int] | None:
    """Where the text's lower-case form holds one of `words`, in order: at the start of one of the text's words,
    or anywhere for `words.inside`; every place a case-insensitive pattern can match one of them (see
    `word_starts`). None where it cannot be told so, and for a text shorter than `SHORT`: a pass over it costs
    less than indexing it."""
    if len(text) < SHORT:
        return None
    index = _word_index(text)
    if index is None:
        return None
    low, starts = index
    if not words.inside:
        out = []
        startswith = low.startswith
        for head, ws in words.heads.items():  # a list has a few dozen heads, a text hundreds of words
            for at in starts.get(head, ()):
                for w in ws:
                    if startswith(w, at):
                        out.append(at)
                        break
        out.sort()
        return out
    found: set[int] = set()
    for word in words.firsts:
        at = low.find(word)
        while at >= 0:
            found.add(at)
            at = low.find(word, at + 1)
    return sorted(found)


#: Texts shorter than this (a line, a sentence) are passed over whole: the passes cost less than their lookups.
SHORT = 200
_WORD = re.compile(r"\w+")
#: How many first characters of a word its list is looked up by.
_HEAD = 3


#: Texts up to this long (nearly every article) keep their word index for the next `_KEPT_INDEXES` texts; a longer
#: one's is kept until the next text.
_KEPT_CHARS = 20_000
#: A batch's articles are all cleaned before the pipeline runs over them (`telik.process`), and both look words up
#: in the same clean texts: the indexes of a batch (16 articles by default) are kept for the pipeline's turn.
_KEPT_INDEXES = 32


def _word_index(text: str) -> tuple[str, dict[str, list[int]]] | None:
    """`_index_words` of `text`, made once for all the lists looked for in it, however far apart."""
    return _kept_index(text) if len(text) <= _KEPT_CHARS else _long_index(text)


def _index_words(text: str) -> tuple[str, dict[str, list[int]]] | None:
    """`text` lower-cased, and where its words (runs of `\\w`, as the text has them) start, by their first three
    characters lower-cased, for `word_places` (each list looks up only its own heads); None where its offsets or
    letters would not be `re`'s."""
    low = text.lower()
    if len(low) != len(text) or any(c in text for c in _FOLDS_TO_ASCII):
        return None
    starts: dict[str, list[int]] = {}
    for at in [m.start() for m in _WORD.finditer(text)]:
        head = low[at : at + _HEAD]
        found = starts.get(head)
        if found is None:
            starts[head] = [at]
        else:
            found.append(at)
    return low, starts


_kept_index = lru_cache(maxsize=_KEPT_INDEXES)(_index_words)
_long_index = lru_cache(maxsize=1)(_index_words)


def first_words(entries: Iterable[str]) -> list[str]:
    """The first words of a word list's entries, lower-cased, without those another one starts (every place
    "januari" stands, "jan" does): what `word_starts` looks for."""
    firsts = sorted({e.split()[0].lower() for e in entries if e.split()})
    return [w for w in firsts if not any(w != o and w.startswith(o) for o in firsts)]


#: A length of `\\s+`-bounded patterns: `fixed + per_run * longest white-space run` characters.
_Length: TypeAlias = tuple[int, int]


@lru_cache(maxsize=64)
def _reach(source: str, flags: int) -> tuple[int, int, int, int] | None:
    """How long a match of the pattern `source` can be, and how far past where an attempt starts it can read (the
    longest match, every lookahead, one character for a boundary test), each as a `_Length` (a word list's
    `\\s+` is unbounded but takes no more than the text's longest white-space run); None when it cannot be
    told, or when the pattern can match the empty string."""
    try:
        items = _PARSER.parse(source, flags)
        most, ahead = _most(items), _lookahead(items)
        empty = items.getwidth()[0] == 0
    except Exception:  # a parser of another Python: the plain pass
        return None
    if most is None or ahead is None or empty:
        return None
    return most[0], most[1], most[0] + ahead[0] + 1, most[1] + ahead[1]


_UNIT_OPS = (_CONST.LITERAL, _CONST.NOT_LITERAL, _CONST.IN, _CONST.ANY, _CONST.CATEGORY)
_WIDE_OPS = (_CONST.SUBPATTERN, _CONST.BRANCH, _CONST.MAX_REPEAT, _CONST.MIN_REPEAT, _CONST.GROUPREF_EXISTS)
_ZERO_OPS = (_CONST.AT, _CONST.ASSERT, _CONST.ASSERT_NOT)
_SPACE_RUN = [(_CONST.IN, [(_CONST.CATEGORY, _CONST.CATEGORY_SPACE)])]


def _most(items: Any) -> _Length | None:
    """The longest match of the parsed sequence `items`; None for what it cannot bound (a back-reference to
    an unbounded group, an unbounded repeat of anything but white space, an element it does not know)."""
    fixed = per_run = 0
    for op, av in items:
        if op in _UNIT_OPS:
            fixed += 1
        elif op in _ZERO_OPS:
            continue
        elif op == _CONST.GROUPREF:
            most = items.state.groupwidths[av][1]
            if most > _LONGEST:
                return None
            fixed += most
        elif op in _WIDE_OPS:
            inner = _wide(op, av)
            if inner is None:
                return None
            fixed, per_run = fixed + inner[0], per_run + inner[1]
        else:
            return None
    return fixed, per_run


def _wide(op: Any, av: Any) -> _Length | None:
    """`_most` of a group, an alternation, a repeat or a conditional: the longest of what it may match."""
    if op == _CONST.SUBPATTERN:
        return _most(av[3])
    if op in (_CONST.MAX_REPEAT, _CONST.MIN_REPEAT):
        _least, times, sub = av
        if times == _CONST.MAXREPEAT:
            return (0, 1) if list(sub) == _SPACE_RUN else None
        inner = _most(sub)
        return None if inner is None else (inner[0] * times, inner[1] * times)
    branches = av[1] if op == _CONST.BRANCH else [av[1], av[2]] if av[2] is not None else [av[1]]
    found = [_most(b) for b in branches]
    if any(f is None for f in found):
        return None
    return max(f[0] for f in found if f is not None), max(f[1] for f in found if f is not None)


#: Beyond this many characters a back-reference is taken as unbounded.
_LONGEST = 1000


def _lookahead(items: Any) -> _Length | None:
    """How far the lookaheads of the parsed sequence `items` can read past the position they are tried at,
    summed over all of them (a bound: at most one reads at a time)."""
    fixed = per_run = 0
    for op, av in items:
        subs: list[Any] = []
        if op in (_CONST.ASSERT, _CONST.ASSERT_NOT):
            direction, sub = av
            most = _most(sub) if direction == 1 else (0, 0)
            if most is None:
                return None
            fixed, per_run = fixed + most[0], per_run + most[1]
            subs = [sub]
        elif op == _CONST.SUBPATTERN:
            subs = [av[3]]
        elif op == _CONST.BRANCH:
            subs = list(av[1])
        elif op in (_CONST.MAX_REPEAT, _CONST.MIN_REPEAT):
            subs = [av[2]]
        elif op == _CONST.GROUPREF_EXISTS:
            subs = [av[1]] + ([av[2]] if av[2] is not None else [])
        for sub in subs:
            inner = _lookahead(sub)
            if inner is None:
                return None
            fixed, per_run = fixed + inner[0], per_run + inner[1]
    return fixed, per_run


def _first(items: Any, folded: bool) -> tuple[list[_Part], bool] | None:
    """The class parts a match of the parsed sequence `items` can start with, and whether the sequence can
    match the empty string; None when a part is not plain to see (a negated class, a back-reference, …).

    Zero-width assertions are stepped over; an optional or possibly empty element adds its first characters
    and lets the next element's count too."""
    parts: list[_Part] = []
    for op, av in items:
        if op in (_CONST.AT, _CONST.ASSERT, _CONST.ASSERT_NOT):
            continue
        if op in (_CONST.LITERAL, _CONST.IN):
            chars = _chars(op, av)
            if chars is None:
                return None
            return parts + [(c, folded) for c in chars], False
        if op == _CONST.SUBPATTERN:
            _group, add, remove, sub = av
            inner = _first(sub, (folded or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE)
        elif op == _CONST.BRANCH:
            inner = _either(av[1], folded)
        elif op in (_CONST.MAX_REPEAT, _CONST.MIN_REPEAT):
            least, _most, sub = av
            inner = _first(sub, folded)
            if inner is not None and least == 0:
                inner = inner[0], True
        else:
            return None
        if inner is None:
            return None
        parts += inner[0]
        if not inner[1]:
            return parts, False
    return parts, True


def _either(branches: Any, folded: bool) -> tuple[list[_Part], bool] | None:
    """`_first` of an alternation: what any branch starts with; empty when one branch can be."""
    parts: list[_Part] = []
    empty = False
    for branch in branches:
        inner = _first(branch, folded)
        if inner is None:
            return None
        parts += inner[0]
        empty = empty or inner[1]
    return parts, empty


_CATEGORIES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_WORD": r"\w", "CATEGORY_SPACE": r"\s"}


def _chars(op: Any, av: Any) -> list[str] | None:
    """The class parts of one literal or character class; None for a negated class or category."""
    if op == _CONST.LITERAL:
        return [re.escape(chr(av))]
    out = []
    for kind, value in av:
        if kind == _CONST.LITERAL:
            out.append(re.escape(chr(value)))
        elif kind == _CONST.RANGE:
            out.append(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
        elif kind == _CONST.CATEGORY and str(value) in _CATEGORIES:
            out.append(_CATEGORIES[str(value)])
        else:
            return None
    return out

"""One way to make a whole-text regex skip the positions where no match can start.

Python's `re` tries a pattern at every position of the text. When the pattern opens with a lookbehind or is
case-insensitive (most of Telik's do both), it cannot use its own quick scan for a first character, so every
position costs a full attempt. `gated` puts a lookahead in front that admits only the characters a match can
start with, read from the pattern by the standard library's own parser: the same matches at the same
positions, with the same groups, found faster where most characters start none.
"""
from __future__ import annotations

import importlib
import re
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

"""Load and validate the language data cleaning uses: noise patterns, outlets, wires and rubrics."""
from __future__ import annotations

import importlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from telik.datafiles import load_yaml
from telik.errors import Errors, TelikError
from telik.regexgate import gated

NOISE_SECTIONS = ("line", "cut", "header", "label", "note", "inline", "byline", "credit", "list_item", "photo")
DATA = resources.files("telik") / "data"


@dataclass(frozen=True)
class Noise:
    """Compiled noise patterns by section (see data/noise/id.yaml for what each section means)."""

    line: tuple[re.Pattern[str], ...] = ()
    cut: tuple[re.Pattern[str], ...] = ()
    header: tuple[re.Pattern[str], ...] = ()
    label: tuple[re.Pattern[str], ...] = ()
    note: tuple[re.Pattern[str], ...] = ()
    inline: tuple[re.Pattern[str], ...] = ()
    byline: tuple[re.Pattern[str], ...] = ()
    credit: tuple[re.Pattern[str], ...] = ()
    list_item: tuple[re.Pattern[str], ...] = ()
    photo: tuple[re.Pattern[str], ...] = ()

    def starts(self, section: str, text: str) -> bool:
        """True when one of the section's patterns matches at the start of `text`."""
        joined = self._joined[section]
        if joined is not None:
            return joined.match(text) is not None
        return any(p.match(text) for p in getattr(self, section))

    @cached_property
    def inline_plan(self) -> tuple[tuple[re.Pattern[str], str | None, str | None], ...]:
        """Each inline pattern with its `needed_char` and `opens_after_space`, read once: asking them per article
        hashes each pattern (`re` recomputes a pattern's hash from its code)."""
        return tuple((p, needed_char(p), opens_after_space(p)) for p in self.inline)

    @cached_property
    def _joined(self) -> dict[str, re.Pattern[str] | None]:
        """Each section's patterns as one (`either`), made once: a pattern's hash is recomputed from its code; gated
        on the characters a match can start with (`regexgate.gated`), so a line that opens with none of them is
        not tried against each alternative."""
        joined = {section: either(getattr(self, section)) for section in NOISE_SECTIONS}
        return {section: gated(p) if p is not None else None for section, p in joined.items()}


@dataclass(frozen=True)
class Source:
    """An outlet or wire agency: the name Telik reports and the spellings found in text."""

    name: str
    aliases: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class Sources:
    outlets: tuple[Source, ...]
    wires: tuple[Source, ...]
    rubrics: frozenset[str]
    #: Second-level domains under which a site registers its own name (co.id: tempo.co.id -> tempo.co.id).
    second_level: frozenset[str] = frozenset()


#: A pattern opening with optional or repeated whitespace: searched over a run of spaces, it would be
#: tried at every position of the run, each attempt scanning the rest of it (quadratic).
_LEADING_SPACE = re.compile(r"^(?P<atom>\\s|\[[^\]\\]*(?:\\[st][^\]\\]*)+\]| )[*+]")


def linear(source: str) -> str:
    """`source` guarded so that a search over a run of whitespace stays linear, when it opens with one.

    The guard lets a match start only at a line start, at the start of a run (the same character class does
    not precede) or at its end (it does not follow). A match starting inside a run could start at the run's
    first character too, the leading quantifier taking the rest, so the same matches are found, and each
    attempt inside a run fails at once instead of scanning the rest of the run.
    """
    m = _LEADING_SPACE.match(source)
    return f"(?:^|(?<!{m['atom']})|(?!{m['atom']})){source}" if m else source


def either(patterns: tuple[re.Pattern[str], ...]) -> re.Pattern[str] | None:
    """One pattern that matches at the start of a text when one of `patterns` does (None when they cannot be
    joined: different flags, or groups a joined pattern would renumber).

    Asking whether one of 45 line patterns matches costs one call instead of 45."""
    if not patterns or len({p.flags for p in patterns}) != 1 or any(p.groups for p in patterns):
        return None
    try:
        return re.compile("|".join(f"(?:{p.pattern})" for p in patterns), patterns[0].flags)
    except re.error:  # a pattern with global inline flags ("(?i)…") cannot stand after another
        return None


#: The standard library's regex parser (what `re.compile` uses), to read what a pattern must consume.
_PARSER: Any = importlib.import_module("re._parser")
_CONST: Any = importlib.import_module("re._constants")


@lru_cache(maxsize=256)
def needed_char(pattern: re.Pattern[str]) -> str | None:
    """An ASCII punctuation character every match of `pattern` consumes, when one is plain to see (else None).

    A line without it cannot hold a match, so searching it can be skipped: an inline noise pattern opening with
    optional space is otherwise tried at every position of every line. Lookarounds, alternations and optional
    parts are not looked into; punctuation has no other case, so IGNORECASE does not matter."""
    try:
        return _needed(_PARSER.parse(pattern.pattern, pattern.flags))
    except Exception:  # a parser of another Python: no shortcut, the search runs as before
        return None


def _needed(items: Any) -> str | None:
    for op, av in items:
        if op == _CONST.LITERAL:
            ch = chr(av)
            if ch.isascii() and not ch.isalnum() and not ch.isspace():
                return ch
        elif op == _CONST.SUBPATTERN:
            found = _needed(av[-1])
            if found:
                return found
        elif op in (_CONST.MAX_REPEAT, _CONST.MIN_REPEAT) and av[0] >= 1:
            found = _needed(av[2])
            if found:
                return found
    return None


@lru_cache(maxsize=256)
def opens_after_space(pattern: re.Pattern[str]) -> str | None:
    """The ASCII punctuation character every match of `pattern` holds right after the white space it opens with
    ("(?:^|(?<!\\s)|(?!\\s))\\s*\\(…": "("), when its start is that plain (lookarounds and alternations of
    lookarounds before it), else None.

    No match can then start before the white space that runs up to the first such character of a line: the
    search may start there (`opening_search_start`), with the same matches."""
    try:
        return _opener(_PARSER.parse(pattern.pattern, pattern.flags))
    except Exception:  # a parser of another Python: no shortcut, the search runs as before
        return None


_ZERO_WIDTH = (_CONST.AT, _CONST.ASSERT, _CONST.ASSERT_NOT)


def _zero_width(items: Any) -> bool:
    """Every element of the parsed sequence is an anchor or a lookaround (or a group of alternatives of them)."""
    for op, av in items:
        if op == _CONST.SUBPATTERN:
            if not _zero_width(av[-1]):
                return False
        elif op == _CONST.BRANCH:
            if not all(_zero_width(branch) for branch in av[1]):
                return False
        elif op not in _ZERO_WIDTH:
            return False
    return True


def _opener(items: Any) -> str | None:
    seq = list(items)
    k = 0
    while k < len(seq) and _zero_width([seq[k]]):
        k += 1
    if k + 1 >= len(seq):
        return None
    (rop, rav), (lop, lav) = seq[k], seq[k + 1]
    if rop != _CONST.MAX_REPEAT or rav[0] != 0 or rav[1] != _CONST.MAXREPEAT or list(rav[2]) != _SPACE_RUN:
        return None
    if lop != _CONST.LITERAL:
        return None
    ch = chr(lav)
    return ch if ch.isascii() and not ch.isalnum() and not ch.isspace() else None


_SPACE_RUN = [(_CONST.IN, [(_CONST.CATEGORY, _CONST.CATEGORY_SPACE)])]


def opener_matches(pattern: re.Pattern[str], text: str, char: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The matches of `pattern.finditer(text, start, end)` for a pattern `opens_after_space` gives `char`.

    Every match starts in the white space right before a `char` or at it, so the pattern is tried only there,
    in the same order, and not at every position of the rest of the line."""
    at = text.find(char, start, end)
    while at >= 0:
        pos = at
        while pos > start and text[pos - 1].isspace():  # str.isspace is re's \s for one character
            pos -= 1
        found = next((m for p in range(pos, at + 1) if (m := pattern.match(text, p, end))), None)
        if found is not None:
            yield found
            start = found.end()  # matches consume `char`: never empty, the next one starts at or after this end
        at = text.find(char, max(at + 1, start), end)


def _compile(path: Path | Any, section: str, items: Any) -> tuple[re.Pattern[str], ...]:
    if items is None:
        return ()
    if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
        raise TelikError(Errors.E013, path=path, reason=f"`{section}` must be a list of regex strings")
    try:
        return tuple(re.compile(linear(i), re.IGNORECASE | re.MULTILINE) for i in items)
    except re.error as exc:
        raise TelikError(Errors.E013, path=path, reason=f"bad regex in `{section}`: {exc}") from exc


def load_noise(paths: list[Path] | None = None) -> Noise:
    """All noise files (every language) merged into one set of compiled patterns."""
    files = paths if paths is not None else sorted(
        (p for p in (DATA / "noise").iterdir() if p.name.endswith(".yaml")), key=lambda p: p.name
    )
    merged: dict[str, list[re.Pattern[str]]] = {s: [] for s in NOISE_SECTIONS}
    for path in files:
        data = load_yaml(path)
        unknown = set(data) - set(NOISE_SECTIONS) - {"language"}
        if unknown:
            raise TelikError(Errors.E013, path=path, reason=f"unknown sections {sorted(unknown)}")
        for section in NOISE_SECTIONS:
            merged[section].extend(_compile(path, section, data.get(section)))
    return Noise(**{s: tuple(v) for s, v in merged.items()})


def _sources(path: Path | Any, items: Any, key: str) -> tuple[Source, ...]:
    if not isinstance(items, list):
        raise TelikError(Errors.E013, path=path, reason=f"`{key}` must be a list")
    out = []
    for item in items:
        if not isinstance(item, dict) or not isinstance(item.get("name"), str):
            raise TelikError(Errors.E013, path=path, reason=f"every `{key}` entry needs a `name`: {item!r}")
        aliases = item.get("aliases") or []
        if not all(isinstance(a, str) for a in aliases):
            raise TelikError(Errors.E013, path=path, reason=f"aliases of {item['name']!r} must be strings")
        out.append(Source(item["name"], tuple(dict.fromkeys([item["name"], *aliases]))))
    return tuple(out)


def load_sources(path: Path | None = None) -> Sources:
    """Outlets, wire agencies and rubric words from data/outlets/outlets.yaml."""
    source: Path | Any = path or DATA / "outlets" / "outlets.yaml"
    data = load_yaml(source)
    rubrics = data.get("rubrics") or []
    if not all(isinstance(r, str) for r in rubrics):
        raise TelikError(Errors.E013, path=source, reason="`rubrics` must be a list of words")
    second_level = data.get("second_level_domains") or []
    if not all(isinstance(d, str) for d in second_level):
        raise TelikError(Errors.E013, path=source, reason="`second_level_domains` must be a list of domains")
    return Sources(
        outlets=_sources(source, data.get("outlets"), "outlets"),
        wires=_sources(source, data.get("wires"), "wires"),
        rubrics=frozenset(r.casefold() for r in rubrics),
        second_level=frozenset(d.casefold() for d in second_level),
    )


@lru_cache(maxsize=1)
def get_noise() -> Noise:
    """The packaged noise patterns, loaded once."""
    return load_noise()


@lru_cache(maxsize=1)
def get_sources() -> Sources:
    """The packaged outlets and wires, loaded once."""
    return load_sources()

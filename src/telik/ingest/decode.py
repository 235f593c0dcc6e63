"""Bytes to clean Unicode text: BOMs, charset detection, and the normalisation every offset relies on."""
from __future__ import annotations

import codecs
import json
import re
import unicodedata
from functools import lru_cache
from typing import Any

import charset_normalizer
from pydantic import model_validator

from telik.datafiles import DataFile, load_model

#: Byte-order marks, longest first (UTF-32 LE starts with the UTF-16 LE mark).
_BOMS: list[tuple[bytes, str]] = [
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]
#: Western single-byte encodings preferred when charset detection finds them as good as its best guess.
_WESTERN = ("cp1252", "latin_1", "iso8859_15")
#: How much more chaos (charset-normalizer's measure, 0..1) a Western reading may have and still win.
_WESTERN_MARGIN = 0.02
#: Share of NUL bytes above which only UTF-16/32 (without a BOM) can make the input text.
_MAX_NUL_SHARE = 0.2
#: Share of control characters in decoded text above which it is binary.
_MAX_CONTROL_SHARE = 0.05
#: Share of ASCII bytes from which text is Latin-script news with a few foreign words, whose code page only
#: those words tell (charset-normalizer weighs the whole text, and so reads them as Chinese, Danish, ...).
_MOSTLY_ASCII = 0.8
#: The words holding non-ASCII bytes that are enough to choose a code page (the first ones, each once).
_SAMPLE_WORDS = 2_000

_ZERO_WIDTH = re.compile("[\u200b\u2060\ufeff\u00ad\u180e]")
# ZWNJ/ZWJ shape some scripts and emoji; between Latin letters, digits or spaces they are only noise.
_JOINER_NOISE = re.compile("(?<=[\\w\\s])[\u200c\u200d]+(?=[\\w\\s]|$)", re.ASCII)
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
_LINE_BREAKS = re.compile("\r\n?|[\x0b\x0c\x85\u2028\u2029]")
_FOREIGN_WORD = re.compile(rb"[^\s]*[\x80-\xff][^\s]*")
_LETTERS = re.compile(r"[^\W\d_]+")
#: Lone UTF-16 halves (JSON `"\\ud800"` decodes to one): no encoder, hash or database can take them.
_SURROGATES = re.compile("[\ud800-\udfff]")


class NotText(ValueError):
    """The bytes are not text in any encoding Telik can recognise."""


class TooDeep(ValueError):
    """JSON nested more deeply than the parser can follow (Python's recursion limit)."""


def _bom(data: bytes) -> tuple[str, int] | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding, len(bom)
    return None


def wide_bom(head: bytes) -> tuple[str, int] | None:
    """The UTF-16 or UTF-32 encoding a byte-order mark opening `head` names, with the mark's length, else None."""
    found = _bom(head)
    return found if found is not None and found[0] != "utf-8" else None


class _CodePageFile(DataFile):
    """`data/ingest/codepages.yaml`: the single-byte code pages tried and the letters of their languages."""

    codepages: dict[str, list[str]]
    languages: dict[str, str]
    not_initial: str

    @model_validator(mode="after")
    def _known(self) -> _CodePageFile:
        for page, languages in self.codepages.items():
            codecs.lookup(page)  # LookupError names a codec Python does not have
            if missing := [name for name in languages if name not in self.languages]:
                raise ValueError(f"{page}: unknown languages {missing}")
        return self


@lru_cache(maxsize=1)
def _code_pages() -> tuple[tuple[tuple[str, tuple[frozenset[str], ...]], ...], frozenset[str]]:
    """Each code page with the alphabets (non-ASCII lowercase letters) of its languages, in preference order, and
    the letters no word starts with."""
    data = load_model("ingest/codepages.yaml", _CodePageFile)
    pages = tuple((page, tuple(frozenset(data.languages[name]) for name in names))
                  for page, names in data.codepages.items())
    return pages, frozenset(data.not_initial)


def _in_alphabet(letter: str, alphabet: frozenset[str]) -> bool:
    """Whether a language writes `letter` (its lower case, combining marks and ASCII aside: "İ" is "i̇")."""
    return all(ch.isascii() or ch in alphabet or unicodedata.category(ch) == "Mn" for ch in letter.lower())


def _oddities(text: str, alphabets: tuple[frozenset[str], ...], not_initial: frozenset[str]) -> int:
    """How unlike words `text` reads: non-ASCII letters that no single language of the code page writes (fewest
    over its languages) or that none starts a word with, symbols (not quotes) inside words, combining marks outside
    them, a capital after a small letter (not in ASCII "iPhone"), words that mix Latin with another script or are
    Latin with more accented letters than plain ones."""
    foreign = [ch for ch in text if ch.isalpha() and not ch.isascii()]
    odd = min(sum(not _in_alphabet(ch, alphabet) for ch in foreign) for alphabet in alphabets)
    for i, ch in enumerate(text):
        if ch.isascii():
            continue
        kind = unicodedata.category(ch)
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if kind[0] == "S" or kind == "No":
            odd += before.isalpha() and after.isalpha()
        elif kind == "Mn":
            odd += not (before.isalpha() or unicodedata.category(before) in ("Mn", "Mc"))
        elif not before.isalpha() and ch.lower() in not_initial:
            odd += 1
    for word in _LETTERS.findall(text):
        if word.isascii():
            continue
        odd += sum(a.islower() and b.isupper() for a, b in zip(word, word[1:], strict=False))
        latin = [ch for ch in word if not ch.isascii() and unicodedata.name(ch, "").startswith("LATIN")]
        other = sum(not ch.isascii() for ch in word) - len(latin)
        odd += (other > 0 and (bool(latin) or any(ch.isascii() for ch in word))) or 2 <= len(latin) > len(word) / 2
    return odd


def _single_byte(data: bytes) -> str | None:
    """The code page that reads the words with non-ASCII bytes most like words, for text that is mostly ASCII or
    that some code page reads without an oddity; None when none fits (then charset-normalizer decides)."""
    words = list(dict.fromkeys(_FOREIGN_WORD.findall(data)))[:_SAMPLE_WORDS]
    sample = b" ".join(words)
    best: tuple[int, str] | None = None
    pages, not_initial = _code_pages()
    for page, alphabets in pages:
        try:
            odd = _oddities(sample.decode(page), alphabets, not_initial)
        except UnicodeDecodeError:
            continue
        if best is None or odd < best[0]:
            best = (odd, page)
    if best is None:
        return None
    ascii_share = 1 - sum(len(w) for w in words) / max(len(data), 1) if len(words) < _SAMPLE_WORDS else 0.0
    return best[1] if best[0] == 0 or ascii_share >= _MOSTLY_ASCII else None


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few stray bytes (U+FFFD for each), when valid multi-byte characters are at least as many."""
    text = data.decode("utf-8", errors="replace")
    replaced = text.count("\ufffd")
    bad = replaced - data.count("\ufffd".encode("utf-8"))
    good = len(text) - len(text.encode("ascii", errors="ignore")) - replaced
    return text if 0 < bad <= good else None


def _detect(data: bytes) -> str:
    """Decode bytes without a BOM: UTF-8 first (even with stray bytes), then charset-normalizer (Western wins ties)."""
    many_nuls = data.count(0) > _MAX_NUL_SHARE * len(data)
    if not many_nuls:
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        if (text := _mostly_utf8(data)) is not None:
            return text
        if (page := _single_byte(data)) is not None:
            return data.decode(page)
    matches = list(charset_normalizer.from_bytes(data))
    if many_nuls:  # only UTF-16/32 text without a BOM legitimately holds that many NULs
        matches = [m for m in matches if m.encoding.startswith("utf_16") or m.encoding.startswith("utf_32")]
    if not matches:
        raise NotText("NUL bytes" if many_nuls else "no text encoding fits the bytes")
    best = matches[0]
    western = next((m for m in matches if m.encoding in _WESTERN), None)
    if western is None and not many_nuls:
        # detection may not list a Western code page at all when another one reads the bytes as well ("“AR” di Poso
        # – Sulawesi" as cp775 "ōARö … ¢"): ask for them alone
        western = charset_normalizer.from_bytes(data, cp_isolation=list(_WESTERN)).best()
    if western is not None and western.chaos <= best.chaos + _WESTERN_MARGIN:
        best = western
    return str(best)


def encodable(text: str) -> str:
    """`text` with each lone surrogate replaced by U+FFFD (same length, so offsets hold)."""
    return _SURROGATES.sub("\ufffd", text)


def normalize_text(text: str) -> str:
    """NFC, `\\n` line endings, no NULs, controls, lone surrogates or invisible zero-width characters."""
    text = encodable(text)
    text = _LINE_BREAKS.sub("\n", text)
    text = _ZERO_WIDTH.sub("", text)
    text = _JOINER_NOISE.sub("", text)
    text = _CONTROLS.sub("", text)
    return unicodedata.normalize("NFC", text)


def decode_bytes(data: bytes) -> str:
    """Readable, normalised text from raw bytes; raises NotText for binary input."""
    found = _bom(data)
    if found:
        encoding, skip = found
        text = data[skip:].decode(encoding, errors="replace")
    else:
        text = _detect(data)
    controls = len(_CONTROLS.findall(text))
    if controls > max(2, _MAX_CONTROL_SHARE * len(text)):
        raise NotText(f"{controls} control characters")
    return normalize_text(text)


def _scrub(value: Any) -> Any:
    """Every string in a parsed JSON value (keys too) made encodable, in place and without recursion."""
    if isinstance(value, str):
        return encodable(value)
    pending = [value]
    while pending:
        node = pending.pop()
        if isinstance(node, list):
            for i, item in enumerate(node):
                if isinstance(item, str):
                    node[i] = encodable(item)
                elif isinstance(item, list | dict):
                    pending.append(item)
        elif isinstance(node, dict):
            pairs = list(node.items())
            node.clear()
            for key, item in pairs:
                if isinstance(item, str):
                    item = encodable(item)
                elif isinstance(item, list | dict):
                    pending.append(item)
                node[encodable(key)] = item
    return value


def load_json(text: str) -> Any:
    """Parse JSON with every string encodable; nesting too deep for the parser raises TooDeep, not a crash."""
    try:
        return _scrub(json.loads(text))
    except RecursionError:
        raise TooDeep("nested more deeply than the JSON parser allows") from None

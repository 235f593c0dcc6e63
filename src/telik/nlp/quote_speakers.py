"""Turn the words around a speech verb into a speaker: named (without titles) or an anonymous source."""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from telik.nlp.extensions import ents_of, text_of
from telik.nlp.quote_lexicon import QuoteLexicon

_WORD = re.compile(r"\S+")
_NAME_LINK = {"al", "bin", "binti", "van", "de", "der", "von", "el", "abu", "ibn", "da", "di"}


@dataclass(frozen=True)
class Speaker:
    text: str
    start: int
    end: int
    anonymous: bool = False
    role: str | None = None
    canonical: str | None = None


def _starts_with(phrase: str, cues: tuple[str, ...]) -> str | None:
    low = phrase.lower()
    for cue in cues:
        if low == cue or low.startswith(cue + " "):
            return cue
    return None


def phrase_after(text: str, pos: int, lex: QuoteLexicon, limit: int = 160) -> tuple[int, int]:
    """The speaker phrase starting at `pos`: words up to a comma, sentence end or stop word."""
    end = pos
    window_end = min(len(text), pos + limit)
    for m in _WORD.finditer(text, pos, window_end):
        if "\n" in text[end:m.start()]:
            break
        word = m.group()
        core = word.strip("“”\"‘’«»()")
        if end > pos and core.lower() in lex.speaker_stops:
            break
        if word.startswith("("):
            break
        end = m.end()
        if word[-1] in ",;:!?)" or (word.endswith(".") and not _is_abbrev(core)):
            end -= 1
            break
    while end > pos and text[end - 1] in ".,;: ":
        end -= 1
    return pos, end


def _is_abbrev(word: str) -> bool:
    """A period that does not end the sentence: initials ("P."), titles ("Dr.")."""
    w = word.rstrip(".")
    return (len(w) == 1 and w.isupper()) or w.lower() in {"dr", "prof", "ir", "h", "hj", "st", "jl", "kol", "letjen", "brigjen", "irjen"}


def role_after(text: str, pos: int, lex: QuoteLexicon) -> str | None:
    """An apposition right after the speaker (", seorang analis …") gives the speaker's role."""
    m = re.compile(r"\s*,\s*").match(text, pos)
    start = m.end() if m else None
    if start is None:
        m = re.compile(r"\s+yang\s+(?:menjabat(?:\s+sebagai)?|merupakan|adalah)\s+").match(text, pos)
        start = m.end() if m else None
        if start is None:
            return None
    elif not _starts_with(text[start : start + 60], lex.role_openers):
        return None
    stop = len(text)
    for ch in ",.;\n":
        k = text.find(ch, start, start + 200)
        if k != -1:
            stop = min(stop, k)
    role = text[start:stop].strip()
    return role or None


def subject_before(text: str, verb_start: int, sent_start: int) -> tuple[int, int] | None:
    """The subject of a speech verb: the clause between the last comma (or the sentence start) and the verb."""
    seg_end = verb_start
    while seg_end > sent_start and text[seg_end - 1].isspace():
        seg_end -= 1
    if seg_end <= sent_start:
        return None
    if text[seg_end - 1] == ",":  # "X, seorang analis, mengatakan"
        seg_end -= 1
    cut = text.rfind(",", sent_start, seg_end)
    start = cut + 1 if cut != -1 else sent_start
    while start < seg_end and (text[start].isspace() or text[start] in "“”\"‘’«»"):
        start += 1
    if start >= seg_end:
        return None
    return start, seg_end


def resolve(doc: Doc, start: int, end: int, lex: QuoteLexicon) -> Speaker | None:
    """Who the phrase text[start:end] names; entities win over the word heuristics."""
    text = text_of(doc)
    phrase = text[start:end].strip()
    if not phrase:
        return None
    lead = re.compile(r"(?:namun|tetapi|tapi|sementara( itu)?|sedangkan|selain itu|adapun|kemudian|lalu)\s+", re.I).match(phrase)
    if lead:
        start += lead.end()
        phrase = text[start:end].strip()
    ents = [e for e in ents_of(doc) if e.start_char >= start and e.end_char <= end]
    persons = [e for e in ents if e.label_ == "PER"]
    if persons:
        e = persons[0]
        return Speaker(e.text, e.start_char, e.end_char, canonical=e._.canonical)
    opener = _starts_with(phrase, lex.anonymous_openers)
    if opener or _starts_with(phrase, lex.anonymous_heads):
        if not _has_name(phrase[len(opener or ""):], lex):
            return Speaker(phrase, start, start + len(phrase), anonymous=True)
    orgs = [e for e in ents if e.label_ in ("ORG", "GPE")]
    if orgs:
        e = orgs[0]
        return Speaker(e.text, e.start_char, e.end_char, canonical=e._.canonical)
    return _name_from_words(text, start, end, lex)


def _has_name(rest: str, lex: QuoteLexicon) -> bool:
    """Does an anonymous-looking phrase go on to give a name ("seorang analis, Colin Clarke")?"""
    if "," not in rest:
        return False
    tail = rest.split(",", 1)[1].strip()
    return bool(tail) and tail[0].isupper() and not _starts_with(tail, lex.role_openers)


def _name_from_words(text: str, start: int, end: int, lex: QuoteLexicon) -> Speaker | None:
    """Titles and document nouns off the front, then the run of capitalised words."""
    words = list(_WORD.finditer(text, start, end))
    k = 0
    while k < len(words):
        low = words[k].group().lower()
        two = " ".join(w.group().lower() for w in words[k : k + 2])
        if two in lex.document_nouns or two in lex.titles:
            k += 2
        elif low in lex.titles or low in lex.document_nouns:
            k += 1
        else:
            break
    run = []
    for w in words[k:]:
        word = w.group()
        if word[:1].isupper() or (run and (word.lower() in _NAME_LINK or word.lower().split("-")[0] in _NAME_LINK)):
            run.append(w)
        else:
            break
    if run:
        return Speaker(text[run[0].start() : run[-1].end()], run[0].start(), run[-1].end())
    rest = words[k:] or words
    return Speaker(text[rest[0].start() : rest[-1].end()], rest[0].start(), rest[-1].end())

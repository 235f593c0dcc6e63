"""Turn the words around a speech verb into a speaker: named (without titles) or an anonymous source."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Doc, Span

from telik.nlp.entities.gazetteer import get_gazetteer
from telik.nlp.entities.rules import get_rules
from telik.nlp.extensions import ents_of, span_text, span_value, text_of
from telik.nlp.quotes.lexicon import QuoteLexicon
from telik.wordmatch import alternation

_WORD = re.compile(r"\S+")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]+")
_COMMA = re.compile(r"[ \t]*,[ \t]*")
_PAREN_ABBREV = re.compile(r"\([A-Za-z.]{2,12}\)")
_HANDLE = re.compile(r"(?<![\w@])@\w[\w.]{0,28}\w")  # a social media account


@dataclass(frozen=True)
class Speaker:
    text: str
    start: int
    end: int
    anonymous: bool = False
    role: str | None = None
    canonical: str | None = None
    group: bool = False  # an organisation, a group or its document speaks, not a person


def _starts_with(phrase: str, cues: tuple[str, ...]) -> str | None:
    low = phrase.lower()
    if not low.startswith(cues):  # one call for the whole list: most phrases start with none of them
        return None
    for cue in cues:
        if low == cue or low.startswith(cue + " "):
            return cue
    return None


def phrase_after(text: str, pos: int, lex: QuoteLexicon, limit: int = 160) -> tuple[int, int]:
    """The speaker phrase starting at `pos`: words up to a comma, sentence end or stop word."""
    end = pos
    window_end = min(len(text), pos + limit)
    titled = False
    for m in _WORD.finditer(text, pos, window_end):
        if "\n" in text[end:m.start()]:
            break
        word = m.group()
        core = word.strip("“”\"‘’«»()")
        low = core.lower().rstrip(",.;:")
        if end > pos and low in lex.speaker_stops and not (low == "dan" and titled):
            break
        if _PAREN_ABBREV.fullmatch(word):  # "Pelaksana Harian (Plh) Kepala Biro …"
            continue
        if word.startswith("(") or word[0] in "“\"«":
            break
        titled = titled or low in lex.title_words or bool(_ACRONYM.fullmatch(core))
        end = m.end()
        if word[-1] in ",;:!?)”\"" or (word.endswith(".") and not _is_abbrev(core, lex)):
            end -= 1
            break
    while end > pos and text[end - 1] in ".,;: ":
        end -= 1
    return pos, end


def _is_abbrev(word: str, lex: QuoteLexicon) -> bool:
    """A period that does not end the sentence: initials ("P."), titles ("Dr.", "Pol.")."""
    w = word.rstrip(".")
    return (len(w) == 1 and w.isupper()) or w.lower() in lex.abbreviations


@lru_cache(maxsize=4)
def _apposition_link(links: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"\s+{alternation(links)}\s+")


def role_after(text: str, pos: int, lex: QuoteLexicon) -> str | None:
    """An apposition right after the speaker (", seorang analis …") gives the speaker's role."""
    m = _COMMA.match(text, pos)
    start = m.end() if m else None
    if start is None:
        m = _apposition_link(lex.apposition_links).match(text, pos)
        start = m.end() if m else None
        if start is None:
            return None
    elif not _starts_with(text[start : start + 60], lex.role_openers):
        return None
    stop = len(text)
    for ch in ",.;\n“\"":
        k = text.find(ch, start, start + 200)
        if k != -1:
            stop = min(stop, k)
    role = text[start:stop].strip()
    return role or None


def apposed_person(doc: Doc, pos: int, lex: QuoteLexicon, hop: bool = True) -> Speaker | None:
    """A person named in apposition right after a role ("juru bicara polisi, Abdifatah Hassan, …"), even behind a
    rank ("Kapolres Poso, AKBP Rudy Hartono, …") or one office (`hop`)."""
    text = text_of(doc)
    m = _COMMA.match(text, pos)
    if not m:
        return None
    named = after_titles(text, m.end(), lex)
    for e in ents_of(doc):
        if e.start_char in (m.end(), named) and e.label_ == "PER":
            after = text[e.end_char : e.end_char + 1]
            if after not in ("", ",", ".", " ", "\n", ";"):
                return None
            return whole_person(doc, e, lex)
        if e.start_char > named:
            break
    ps, pe = phrase_after(text, named, lex)
    words = text[ps:pe].split()
    if _opens_organisation(text[ps:pe]):
        # "Asisten Deputi …, Kementerian Pariwisata, Rizky Handayani": the person may follow the office; "Mayjen
        # Izak Pangemanan, Panglima Kodam XVII/Cenderawasih": the office is no person
        return apposed_person(doc, pe, lex, hop=False) if hop else None
    if 2 <= len(words) <= 4 and words[0][:1].isupper() \
            and all(w[:1].isupper() or w.lower() in lex.name_links for w in words):
        if words[0].lower() in lex.speaker_stops or _is_place(get_gazetteer(), text[ps:pe]):
            return None  # ", Minggu (19/3)", "pria asal Purworejo, Jawa Tengah"
        if not any(w.lower().rstrip(".") in lex.title_words or _ACRONYM.fullmatch(w) for w in words):
            return Speaker(text[ps:pe], ps, pe)
    return None


def _opens_organisation(phrase: str) -> bool:
    """Does the phrase open with an organisation's head word of org_heads.yaml ("Kodam …", "Kementerian …")?"""
    words = phrase.split()
    return bool(words) and (words[0].lower(),) in get_rules().prefix


def name_end(text: str, pos: int, lex: QuoteLexicon) -> int:
    """Where a name cut short by the recogniser really ends: up to two more capitalised words right before a comma
    ("Brigjen [Faisal] Ramadhan, di Timika")."""
    words = list(_WORD.finditer(text, pos, min(len(text), pos + 60)))[:2]
    end = pos
    for w in words:
        if "\n" in text[end : w.start()] or not w.group()[:1].isupper() \
                or w.group().lower().strip(",") in lex.speaker_stops:
            return pos
        end = w.end()
        if w.group().endswith(","):
            return end - 1
    return pos


def after_titles(text: str, pos: int, lex: QuoteLexicon) -> int:
    """Where a name starts behind the capitalised titles and ranks at `pos` ("Kombes Pol. Yohanes" → "Yohanes")."""
    k = pos
    while k < len(text) and text[k].isupper():
        low = text[k : k + 40].lower()
        title = next((t for t in lex.titles if low.startswith(t) and _title_ends(text, k + len(t))), None)
        if title is None:
            break
        k += len(title)
        k += text[k : k + 1] == "."
        while k < len(text) and text[k] in " \t":
            k += 1
    return k


def _title_ends(text: str, k: int) -> bool:
    """A title matched up to `k` is a whole word followed by a space (or its abbreviation period)."""
    return k < len(text) and (text[k] in " \t" or text[k] == "." and text[k + 1 : k + 2] in (" ", "\t"))


def nickname(text: str, pos: int, lex: QuoteLexicon) -> Speaker | None:
    """"pria yang akrab disapa Ketjuk": the name after a nickname cue right after the speaker phrase."""
    k = pos
    while k < len(text) and text[k] in " \t":
        k += 1
    low = text[k : k + 40].lower()
    cue = next((c for c in lex.nickname_cues if low.startswith(c + " ")), None)
    if cue is None:
        return None
    start = k + len(cue) + 1
    run = _caps_run(list(_WORD.finditer(text, start, min(len(text), start + 80))), 0, lex.name_links)
    if not run:
        return None
    end = run[-1].end()
    while end > start and text[end - 1] in ".,;:":
        end -= 1
    return Speaker(text[run[0].start() : end], run[0].start(), end)


def subject_before(text: str, verb_start: int, sent_start: int, lex: QuoteLexicon) -> tuple[int, int] | None:
    """The subject of a speech verb: the clause between the last comma (or the sentence start) and the verb, or the
    one before it when that clause only says where or how the speaker spoke."""
    seg_end = verb_start
    while seg_end > sent_start and text[seg_end - 1].isspace():
        seg_end -= 1
    if seg_end <= sent_start:
        return None
    if text[seg_end - 1] == ",":  # "X, seorang analis, mengatakan"
        seg_end -= 1
    opening = text.rfind("(", sent_start, seg_end) if text[seg_end - 1] == ")" else -1
    if opening > sent_start and not _ACRONYM.fullmatch(text[opening + 1 : seg_end - 1]):
        # "Budi (45) mengatakan", "Komandan X (Sarallah)"; not "data Dana Moneter Internasional (IMF) mencatat"
        seg_end = len(text[sent_start:opening].rstrip()) + sent_start
    start = _clause_start(text, sent_start, seg_end)
    comma = text.rfind(",", sent_start, start)
    if text[start : start + 5].lower() == "yang " and comma > sent_start and not text[comma + 1 : start].strip():
        # "Seorang komandan, yang tidak mau disebut namanya, mengatakan": the relative clause is no subject
        seg_end = comma
        start = _clause_start(text, sent_start, seg_end)
    elif _starts_with(text[start:seg_end], lex.setting_words):
        start, seg_end = _before_settings(text, sent_start, start, seg_end, lex)
    if start >= seg_end:
        return None
    return _pronoun_subject(text, start, seg_end, lex), seg_end


def _pronoun_subject(text: str, start: int, end: int, lex: QuoteLexicon) -> int:
    """Where the subject starts when a pronoun ends the clause after words that only lead to it ("Namun dalam
    pidato malamnya ia mengatakan"): the pronoun is the subject, else the clause's start."""
    words = list(_WORD.finditer(text, start, end))
    k = len(words) - 1
    while k > 0 and words[k].group().lower() in lex.particles:
        k -= 1
    return words[k].start() if k > 0 and words[k].group().lower() in lex.pronoun_words else start


def _before_settings(text: str, sent_start: int, start: int, end: int, lex: QuoteLexicon) -> tuple[int, int]:
    """The clause before the clauses saying where or when someone spoke, which are no subject: "Juru bicara Hamas,
    Abu Obaida, dalam pesan video menyatakan", "Utut Adianto, di Kompleks Parlemen, Jakarta, Rabu (12/6),
    mengatakan", "Duta Besar ... Al Shuaibi dalam konferensi pers di Jakarta, Selasa, mengatakan"."""
    first = (start, end)
    gaz = get_gazetteer()
    stepped = False
    while _starts_with(text[start:end], lex.setting_words) or stepped and _is_place(gaz, text[start:end].strip()):
        comma = text.rfind(",", sent_start, start)
        if comma <= sent_start or text[comma + 1 : start].strip():
            return first
        end = comma
        start = _clause_start(text, sent_start, end)
        stepped = True
    return start, _before_setting(text, start, end, lex)


def _before_setting(text: str, start: int, end: int, lex: QuoteLexicon) -> int:
    """Where the words of text[start:end] end before a setting word after the first ("X dalam konferensi pers")."""
    for w in list(_WORD.finditer(text, start, end))[1:]:
        if w.group().lower() in lex.setting_words:
            return len(text[start : w.start()].rstrip()) + start
    return end


def _clause_start(text: str, sent_start: int, seg_end: int) -> int:
    """The first word of the clause ending at `seg_end`: after the last comma, quotation or dateline dash."""
    start = sent_start
    for mark in (",", "”", '"', " - ", "--", "—", "–", ")"):  # a clause, a quotation or a dateline ends there
        k = text.rfind(mark, sent_start, seg_end)
        if k != -1:
            start = max(start, k + len(mark))
    while start < seg_end and (text[start].isspace() or text[start] in "“”\"‘’«»"):
        start += 1
    return start


def is_anaphor(phrase: str, lex: QuoteLexicon) -> bool:
    """A pronoun ("dia", "ia pun") or a definite description naming nobody ("jenderal bintang satu itu")."""
    words = phrase.lower().split()
    while len(words) > 1 and words[-1] in lex.particles:
        words.pop()
    if not words:
        return False
    if " ".join(words) in lex.pronoun_words or words[0] in lex.pronoun_words and phrase[:1].isupper():
        return True  # "dia", "Ia pun", "Ia meminta warga tetap tenang dan tidak mudah" (percaya …)
    # not "seorang sumber yang dekat dengan kelompok itu"
    return len(words) > 1 and words[-1] in lex.anaphor_endings and _starts_with(phrase, lex.indefinite_openers) is None


def resolve(doc: Doc, start: int, end: int, lex: QuoteLexicon, antecedent: Speaker | None = None,
            describe: bool = False) -> Speaker | None:
    """Who the phrase text[start:end] names; pronouns and "X itu" are the antecedent; persons beat organisations.
    With `describe`, "pemimpin kelompok itu" with no antecedent is the speaker itself (a quotation's speaker,
    where the text may name nobody else)."""
    text = text_of(doc)
    low = text[start : start + 40].lower()
    lead = next((w for w in lex.discourse_leads if low.startswith(w + " ") or low.startswith(w + ",")), None) \
        if low.startswith(lex.discourse_leads) else None  # one call for the list first: most phrases have no lead
    if lead:
        start += len(lead) + 1
    phrase = text[start:end].strip()
    if not phrase:
        return None
    ents = [e for e in ents_of(doc) if e.start_char >= start and e.end_char <= end]
    persons = [e for e in ents if e.label_ == "PER"]
    if persons:
        return person(doc, persons[-1], lex)
    handle = _HANDLE.search(text, start, end)
    if handle is not None:  # "akun X @MilitaryWatch", "akun resmi @DivHumas_Polri": the account speaks
        return Speaker(handle.group(), handle.start(), handle.end())
    described = describe and not _starts_with(phrase, lex.pronoun_words)
    if is_anaphor(phrase, lex) and (antecedent is not None
                                    or not (described or _starts_with(phrase, lex.anonymous_heads))):
        return antecedent
    opener = _starts_with(phrase, lex.anonymous_openers)
    if (opener or _starts_with(phrase, lex.anonymous_heads)) and not _has_name(phrase[len(opener or ""):], lex):
        return Speaker(phrase, start, start + len(phrase), anonymous=True)
    orgs = [e for e in ents if e.label_ in ("ORG", "GPE")]
    if orgs:
        bare = _strip_front(text, start, end, lex)
        if bare is not None and bare[0] == orgs[0].start_char:
            e = orgs[0]  # the tag names an organisation: "kata Polri", "sebut laporan PBB"
            return Speaker(span_text(e), e.start_char, e.end_char, canonical=span_value(e, "canonical"),
                           group=e.label_ == "ORG")
        # a role with no name: "juru bicara militer Nigeria"; a document speaks for its author ("pernyataan
        # militer Israel" → "militer Israel")
        lo, hi = bare if bare is not None else (start, start + len(phrase))
        role = text[lo:hi].strip()
        group = _starts_with(role, lex.group_nouns) is not None  # "milisi yang berafiliasi dengan ISIS"
        return Speaker(role, lo, lo + len(role), group=group)
    named = _name_from_words(text, start, end, lex)
    if named is not None and _starts_with(named.text, lex.group_nouns):
        return replace(named, group=True)  # "Militer menduga …", "Kepolisian setempat menyatakan …"
    return named


def whole_person(doc: Doc, e: Span, lex: QuoteLexicon) -> Speaker:
    """A person entity as a speaker, with the rest of a name the recogniser cut short before a comma."""
    found = person(doc, e, lex)
    end = name_end(text_of(doc), e.end_char, lex)
    if end == e.end_char:
        return found
    return replace(found, text=text_of(doc)[found.start : end], end=end, canonical=None)


def person(doc: Doc, e: Span, lex: QuoteLexicon) -> Speaker:
    """A person entity without the titles, acronyms and places the recogniser left at its front."""
    text = span_text(e)
    words = list(_WORD.finditer(text))
    cut = 0
    gaz = get_gazetteer()
    for i, w in enumerate(words[:-2]):  # at least two words of the name stay
        word = w.group()
        core = word.rstrip(".,")
        if _ACRONYM.fullmatch(core) or (core[:1].isupper() and _is_place(gaz, core)) \
                or (i == cut and (core.lower() in lex.title_words or word.lower() in lex.title_words)):
            cut = i + 1
    s = e.start_char + (words[cut].start() if cut else 0)
    return Speaker(text[s - e.start_char :], s, e.end_char, canonical=span_value(e, "canonical") if not cut else None)


def _is_place(gaz: object, word: str) -> bool:
    entry = gaz.lookup(word)  # type: ignore[attr-defined]
    return entry is not None and entry.label in ("GPE", "LOC", "ORG")


def _strip_front(text: str, start: int, end: int, lex: QuoteLexicon) -> tuple[int, int] | None:
    """The phrase after its document nouns ("laporan", "pihak") and what describes them ("pernyataan resmi"), or
    None when nothing is left."""
    words = list(_WORD.finditer(text, start, end))
    k = 0
    while k < len(words):
        two = " ".join(w.group().lower() for w in words[k : k + 2])
        if two in lex.document_nouns:
            k += 2
        elif words[k].group().lower() in lex.document_nouns:
            k += 1
        else:
            break
        while k < len(words) and words[k].group().lower() in lex.document_modifiers:
            k += 1
    return (words[k].start(), end) if k < len(words) else None


def _has_name(rest: str, lex: QuoteLexicon) -> bool:
    """Does an anonymous-looking phrase go on to give a name ("seorang analis, Colin Clarke")?"""
    if "," not in rest:
        return False
    tail = rest.split(",", 1)[1].strip()
    return bool(tail) and tail[0].isupper() and not _starts_with(tail, lex.role_openers)


def _name_from_words(text: str, start: int, end: int, lex: QuoteLexicon) -> Speaker | None:
    """The last run of capitalised words (names stand right before the verb), without its titles."""
    words = list(_WORD.finditer(text, start, end))
    run: list[re.Match[str]] = []
    k = 0
    while k < len(words):
        found = _caps_run(words, k, lex.name_links)
        if found:
            run = found
            k += len(found)
        else:
            k += 1
    if not run:
        bare = _strip_front(text, start, end, lex)
        s, e = bare if bare else (start, end)
        return Speaker(text[s:e].strip(), s, s + len(text[s:e].strip()))
    cut = 0
    for i, w in enumerate(run[:-1]):
        low = w.group().lower()
        core = w.group().rstrip(".,")
        titled = low in lex.document_nouns or low in lex.title_words or low.rstrip(".") in lex.title_words \
            or _ACRONYM.fullmatch(core)
        if titled and (len(run) - i - 1 >= 2 or i >= 1 or low in lex.document_nouns):
            cut = i + 1
    s, e = run[cut].start(), run[-1].end()
    while e > s + 1 and text[e - 1] in ".,":
        e -= 1
    return Speaker(text[s:e], s, e)


def _caps_run(words: list[re.Match[str]], k: int, links: tuple[str, ...]) -> list[re.Match[str]]:
    """The capitalised words (and name links like "bin") from index k."""
    run: list[re.Match[str]] = []
    for w in words[k:]:
        word = w.group()
        if word[:1].isupper() or (run and (word.lower() in links or word.lower().split("-")[0] in links)):
            run.append(w)
        else:
            break
    return run

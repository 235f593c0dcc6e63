"""Remove scraping noise, keeping a map from clean text back to the original offsets.

Cleaning only drops spans of `Article.text`: the clean text is the kept spans joined as they are, so every
kept character is the original character and `OffsetMap` maps it back.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from telik.clean import blocks
from telik.clean import metadata as meta
from telik.clean.layout import Line, body_start, is_paragraph, split_lines
from telik.clean.patterns import Noise, get_noise, linear, opener_matches
from telik.clean.sources import display_outlet, is_rubric, outlet_name, same_outlet, url_outlet, wire_name
from telik.model import Article
from telik.nlp.time.find import find_dates
from telik.offsets import OffsetMap
from telik.regexgate import gated

_OPEN_QUOTES = "\"“”„«'‘"
_CLOSE_QUOTES = "\"”“»'’"
_SEPARATORS = re.compile(linear(r"\s*[,|•·]\s*"))
_MIN_PULL_QUOTE = 25
# a bullet a theme puts before a prompt: "* Follow Official WhatsApp Channel …"
_BULLET = re.compile(r"^[*•·▪►]\s+")
# "Suara.com -" alone on a line, the body following on the next one.
_TRAILING_DASH = re.compile(linear(r"[\s,]*(?:-{1,2}|–|—)[\s,]*$"))
#: Words a headline found in the page has at least ("Tesla" under a photo is a caption, not a headline).
_MIN_TITLE_WORDS = 3
# What a site adds around a headline: "Kabar Nasional – ", " | Warta Kota", " - Kompas.com".
_SITE_PREFIX = re.compile(r"(?:[^\n]{0,60}?\s(?:-{1,2}|–|—|\||»|:)\s+)?")
_SITE_SUFFIX = re.compile(r"(?:\s+(?:-{1,2}|–|—|\||»)\s[^\n]{0,60})?[ \t]*")


@dataclass
class Cleaned:
    text: str
    offsets: OffsetMap
    title: str | None = None
    outlet: str | None = None
    dateline: str | None = None
    published: str | None = None
    wire: list[str] = field(default_factory=list)
    #: A date shown by the page itself (a header date widget): not the publication date, but the
    #: latest date the article can be from, so relative dates resolve against it when nothing better exists.
    page_date: str | None = None
    #: What was dropped: (start, end, reason) in original offsets, for review and tests.
    removed: list[tuple[int, int, str]] = field(default_factory=list)


_WORDS = re.compile(r"\w+")


def _key(text: str) -> str:
    """Comparison key for repeated lines: case, spacing and punctuation folded."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(_WORDS.findall(text))


def _is_tagline(text: str) -> bool:
    """A site slogan: three or more short capitalised items separated by commas or bars, no sentence."""
    items = [i for i in _SEPARATORS.split(text) if i]
    return len(items) >= 3 and all(len(i.split()) <= 4 and i[:1].isupper() for i in items) and not text.endswith(".")


def _glued_title_end(text: str, line: Line, title: str | None) -> int | None:
    """End of the record's title when the page glues it to the first body line ("Judul Berita JAKARTA – …")."""
    if not title or len(title) < _MIN_PULL_QUOTE:
        return None
    head = text.find(line.text, line.start)
    end = head + len(title)
    if text[head:end].casefold() != title.casefold() or end >= line.end - _MIN_PULL_QUOTE or not text[end].isspace():
        return None
    while end < line.end and text[end] in " \t":
        end += 1
    return end


def _pull_quote_end(text: str, line: Line) -> int | None:
    """End of a quotation opening the article when the same words appear again later (a pull quote)."""
    body = text[line.start : line.end]
    if not body or body[0] not in _OPEN_QUOTES:
        return None
    close = next((i for i in range(1, min(len(body), 1000)) if body[i] in _CLOSE_QUOTES), None)
    if close is None:
        return None
    inner = body[1:close].strip().rstrip(",.")
    if len(inner) < _MIN_PULL_QUOTE or text.find(inner, line.start + close) < 0:
        return None
    end = line.start + close + 1
    while end < line.end and text[end] in " \t":
        end += 1
    return end


class _Plan:
    """Spans to drop from one article, with reasons."""

    def __init__(self, lines: list[Line], text: str) -> None:
        self.lines = lines
        self.text = text
        self.dropped: dict[int, str] = {}
        self.spans: list[tuple[int, int, str]] = []
        self._keys: dict[int, str] = {}

    def drop(self, line: Line, reason: str) -> None:
        self.dropped.setdefault(line.index, reason)

    def text_start(self, line: Line) -> int:
        """Offset in the original where the stripped content of `line` begins."""
        return self.text.find(line.text, line.start) if line.text else line.start

    def kept(self, line: Line) -> bool:
        return not line.blank and line.index not in self.dropped

    def key(self, line: Line) -> str:
        """`_key` of a line, made once: the headline check and the repeat check both fold every kept line."""
        key = self._keys.get(line.index)
        if key is None:
            key = self._keys[line.index] = _key(line.text)
        return key

    def removed(self) -> list[tuple[int, int, str]]:
        """Dropped lines (with the blank lines after them) and spans, sorted, in original offsets."""
        out = list(self.spans)
        for i, reason in self.dropped.items():
            stop = self.lines[i].stop
            j = i + 1
            while j < len(self.lines) and self.lines[j].blank:
                stop = self.lines[j].stop
                j += 1
            out.append((self.lines[i].start, stop, reason))
        return sorted(out)


def _keep_spans(text: str, removed: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    keep: list[tuple[int, int]] = []
    pos = 0
    for start, end, _ in removed:
        if start > pos:
            keep.append((pos, start))
        pos = max(pos, end)
    if pos < len(text):
        keep.append((pos, len(text)))
    # no leading or trailing whitespace in the clean text
    while keep and not text[keep[0][0] : keep[0][1]].strip():
        keep.pop(0)
    while keep and not text[keep[-1][0] : keep[-1][1]].strip():
        keep.pop()
    if keep:
        s, e = keep[0]
        keep[0] = (s + len(text[s:e]) - len(text[s:e].lstrip()), e)
        s, e = keep[-1]
        keep[-1] = (s, e - (len(text[s:e]) - len(text[s:e].rstrip())))
    return keep


@dataclass
class _Header:
    """What the header holds besides noise: the headline, site names and a byline date."""

    title: Line | None = None
    sites: list[str] = field(default_factory=list)
    date: str | None = None
    widget_date: str | None = None
    #: wire agencies named under a byline's label ("Sumber :" / "AFP")
    credits: list[str] = field(default_factory=list)


def _site_prefix(text: str) -> str | None:
    """The outlet of a site line with its slogan ("SultengTerkini.id - Berita Sulawesi Tengah Terpercaya")."""
    head = re.split(r"\s+(?:-{1,2}|–|—|\|)\s+", text, maxsplit=1)[0]
    return outlet_name(head) if head != text else None


def _capitalised_words(least: int, most: int) -> re.Pattern[str]:
    """A name written as `least` to `most` capitalised words ("Tiara Aliya Azzahra", "Sunudyantoro")."""
    word = r"(?-i:[A-Z][\w'’.-]*)"
    return re.compile(rf"{word}(?:\s+{word}){{{least - 1},{most - 1}}}")


_AUTHOR = _capitalised_words(2, 5)
# the name under a byline's label: one word will do ("Editor" / "Sunudyantoro")
_LABELLED_NAME = _capitalised_words(1, 5)
# a reporter's name alone on the line above the date: one to four capitalised words ("Ardiansyah", "Abdul Rochim")
_BYLINE_NAME = _capitalised_words(1, 4)

# a bar or bullet may touch the date after it ("Pizaro Gozali Idrus |12.09.2024"); a dash stands between spaces
_WIDGET_SPLIT = re.compile(r"\s*[|·•]\s*|\s+(?:-{1,2}|–|—)\s+")


def _date_line(text: str, noise: Noise) -> tuple[str, list[str]] | None:
    """The date and site names of a header date line, with the widgets a site puts beside the date.

    "metrohukum.co.id | Rabu, 22 Mei 2024 - 18:05 WIB", "Senin, 19 Feb 2024 08:31 WIB · 3 menit baca",
    "Internasional | Sabtu, 09 Mar 2024 06:30 WIB" (a section label beside the date), "Fajar Nugraha • 12 September
    2024 14:35" (the reporter's name before it), "12 September 2024 - 14:35 WIB | Dibaca 1.234 kali" (a counter).
    """
    parts = [part for part in _WIDGET_SPLIT.split(text) if part]
    sites = [site for part in parts if (site := outlet_name(part))]
    rest = [part for i, part in enumerate(parts)
            if not outlet_name(part) and not noise.starts("header", part) and not noise.starts("line", part)
            and not is_rubric(part) and not (i == 0 and len(parts) > 1 and _AUTHOR.fullmatch(part))]
    day = meta.date_line(" | ".join(rest)) if rest else None
    return (day, sites) if day is not None else None


# "Tim detikcom", "Tim Redaksi": a newsroom's team signing for its reporters
_TEAM = re.compile(r"(?i:tim)\s+[\w.-]{2,30}(?:\s+[\w.-]{2,30})?")


def _author_site(text: str) -> str | None:
    """The outlet of a header byline "Tiara Aliya Azzahra - detikNews", "Tim detikcom - detikNews" (a name or a
    team, a dash, the outlet), "News - Rindi Salsabila, CNBC Indonesia"."""
    parts = re.split(r"\s+(?:-{1,2}|–|—|\|)\s+", text)
    if len(parts) == 2 and (_AUTHOR.fullmatch(parts[0]) or _TEAM.fullmatch(parts[0])):
        return outlet_name(parts[1])
    # "News - Rindi Salsabila, CNBC Indonesia": a name, a comma, the outlet, after a one-word section
    name, _, site = parts[-1].rpartition(", ")
    if len(parts) > 2 or len(parts) == 2 and " " in parts[0] or not _AUTHOR.fullmatch(name):
        return None
    return outlet_name(site)


def _below_headline(line: Line, candidates: list[Line], given: str | None) -> bool:
    """A header candidate that cannot be the headline: another candidate stands above it, and it is not like the
    title the record gives."""
    return candidates.index(line) > 0 and not (given and _similar(line.text, given))


def _mark_header(plan: _Plan, header: list[Line], noise: Noise, given: str | None = None) -> _Header:
    """Drop header noise (widgets, site names, slogans, byline dates) and find the headline.

    With a title `given` by the input record, the headline is the header line most like it, and every
    other slogan-like line can go.
    """
    found = _Header()
    candidates: list[Line] = []
    slogans: set[int] = set()
    after_site = after_label = photo_label = False
    previous: Line | None = None  # the line kept before this one, when it is a candidate
    widgets: list[tuple[Line, str, Line | None]] = []  # dated widget lines, with the candidate right above each
    for line in header:
        if not plan.kept(line):
            continue
        if after_label and _LABELLED_NAME.fullmatch(line.text.rstrip(",")):
            plan.drop(line, "byline")
            if not photo_label and wire_name(line.text.rstrip(",")):  # "Sumber :" / "AFP"; a photo's is no wire
                found.credits.append(line.text)
            if line.text.endswith(","):  # "Natania Longdong," / "Santi Dewi": another name follows
                continue
        elif noise.starts("label", line.text):
            plan.drop(line, "byline label")
            photo_label = noise.starts("photo", line.text.rstrip(" :"))
            if photo_label and previous is not None and _below_headline(previous, candidates, given):
                plan.drop(previous, "photo caption")  # "Ilustrasi tentara Mali berpatroli." / "Photo :" / "AFP"
                candidates.remove(previous)
            elif previous is not None and _below_headline(previous, candidates, given) \
                    and _BYLINE_NAME.fullmatch(previous.text):
                plan.drop(previous, "byline")  # the name above its role: "Muhamad Rizky" / "Jurnalis"
                candidates.remove(previous)
            after_label, previous = True, None
            continue
        elif noise.starts("header", line.text):
            plan.drop(line, "header widget")
            if (day := _full_date(line.text)) is not None:
                found.widget_date = found.widget_date or day
                widgets.append((line, day, previous))
        elif (dated := _date_line(line.text, noise)) is not None:
            plan.drop(line, "date line")
            found.date = found.date or dated[0]
            found.sites.extend(dated[1])
            if previous is not None and _below_headline(previous, candidates, given) \
                    and _BYLINE_NAME.fullmatch(previous.text):
                plan.drop(previous, "byline")  # "Abdul Rochim" above "Kamis, 21 Maret 2024 - 19:45 WIB"
                candidates.remove(previous)
        elif site := outlet_name(_TRAILING_DASH.sub("", line.text)):
            plan.drop(line, "site name")
            found.sites.append(site)
            after_site, previous = True, None
            continue
        elif is_rubric(line.text):
            plan.drop(line, "section label")
        elif (site := _author_site(line.text)) is not None:
            plan.drop(line, "byline")
            found.sites.append(site)
        else:
            candidates.append(line)
            if after_site or _is_tagline(line.text):
                slogans.add(line.index)
            after_site = after_label = False
            previous = line
            continue
        after_site = after_label = False
        previous = None
    if len(candidates) > 1:
        site = _site_prefix(candidates[0].text)
        if site:
            plan.drop(candidates[0], "site name")
            found.sites.append(site)
            slogans.add(candidates.pop(0).index)
    like = [c for c in candidates if given and _similar(c.text, given)]
    found.title = max(like, key=lambda c: _similarity(c.text, given or "")) if like else None
    taglines = [c for c in candidates if c.index in slogans and c is not found.title]
    for line in taglines if found.title else taglines[: max(0, len(candidates) - 1)]:
        plan.drop(line, "site tagline")
        candidates.remove(line)
    found.title = found.title or next((c for c in candidates if len(c.text.split()) >= _MIN_TITLE_WORDS), None)
    if like and found.title is not None:
        for line in candidates:
            if line.index < found.title.index:
                plan.drop(line, "above the headline")
    _widget_bylines(plan, found, candidates, widgets)
    return found


def _widget_bylines(plan: _Plan, found: _Header, candidates: list[Line],
                    widgets: list[tuple[Line, str, Line | None]]) -> None:
    """A date in a widget's shape under the headline ("By Redaksi" / "September 12, 2024") is the byline's, not the
    site's clock above the page: the publication date, and the name right above it is the reporter's."""
    title = found.title
    for line, day, above in widgets:
        if title is None or line.index < title.index:
            continue
        found.date = found.date or day
        if above is not None and above is not title and above in candidates and _BYLINE_NAME.fullmatch(above.text):
            plan.drop(above, "byline")
            candidates.remove(above)


def _similarity(a: str, b: str) -> float:
    """How alike two headlines are (0..1) once case, spacing and punctuation are folded."""
    return SequenceMatcher(None, _key(a), _key(b), autojunk=False).ratio()


def _similar(line: str, title: str) -> bool:
    """A header line is the record's headline: the same words, small differences, or the title plus a site name."""
    a, b = _key(line), _key(title)
    if not a or not b or len(a) > 3 * len(b) + 40:
        return False
    short, long_ = sorted((a, b), key=len)
    return (short in long_ and len(short) >= 0.6 * len(long_)) or _similarity(line, title) >= 0.85


def _is_menu(text: str) -> bool:
    """A navigation or footer menu: three or more short items separated by bars or bullets, no sentence."""
    if len(text) > 160 or text.endswith((".", "?", "!")):
        return False
    items = [i.strip() for i in re.split(r"[|•·]", text)]
    return len(items) >= 3 and all(0 < len(i.split()) <= 4 for i in items)


#: Cleaning passes at most: a drop can expose more noise (a site line becomes header once a pull quote goes).
_MAX_PASSES = 4


def clean_article(article: Article, noise: Noise | None = None) -> Cleaned:
    """The article without scraping noise, its offset map, and its metadata.

    Cleaning is repeated on its own output until nothing more is dropped (at most `_MAX_PASSES` times), so
    cleaning the clean text again returns it unchanged, unless it needed more passes: only the same opening
    quotation stacked several times does (each drop exposes the next as a pull quote). The metadata comes from
    the first pass, which sees the header.
    """
    noise = noise or get_noise()
    text = article.text
    found = _removals(text, noise, article.title)
    removed = found.removed
    clean_text, omap = OffsetMap.build(text, _keep_spans(text, removed), sep="")
    for _ in range(_MAX_PASSES - 1 if removed else 0):  # nothing dropped: nothing new exposed either
        more = _removals(clean_text, noise, article.title).removed
        if not more:
            break
        keep = [piece for s, e in _keep_spans(clean_text, more) for piece in _to_original(omap, s, e)]
        removed = sorted(removed + [(o, oe, why) for s, e, why in more for o, oe in _to_original(omap, s, e)])
        clean_text, omap = OffsetMap.build(text, keep, sep="")
    data = _metadata(article, clean_text, found, noise)
    return Cleaned(clean_text, omap, data.title, data.outlet, data.dateline, data.published, data.wire,
                   page_date=found.header.widget_date, removed=removed)


def _to_original(omap: OffsetMap, start: int, end: int) -> list[tuple[int, int]]:
    """The original spans a span of separator-free clean text is made of (one per piece it overlaps)."""
    out = []
    for clean_start, orig_start, length in omap.segments():
        lo, hi = max(start, clean_start), min(end, clean_start + length)
        if lo < hi:
            out.append((orig_start + lo - clean_start, orig_start + hi - clean_start))
    return out


@dataclass
class _Found:
    """What one cleaning pass drops and what it reads on the way."""

    removed: list[tuple[int, int, str]]
    header: _Header
    opening: str
    #: Credit lines dropped at the end ("(Reuters/ant)"): their wire agencies still count.
    credits: list[str] = field(default_factory=list)


def _list_heading(text: str, noise: Noise) -> bool:
    """A link prompt standing alone as a heading ("BACA JUGA:"), with no link of its own after it."""
    return any((m := p.match(text)) and not text[m.end() :].strip(" :-–—»›") for p in noise.line)


def _is_headline(text: str) -> bool:
    """A linked headline: short, mostly capitalised words, no sentence-final punctuation."""
    words = text.split()
    if not 2 <= len(words) <= 16 or text.rstrip()[-1] in ".!?;:\"”'’":
        return False
    capitalised = sum(1 for w in words if w[0].isupper() or w[0].isdigit())
    # a date stamp ("Senin, 09 Mei 2022 | 06:10") and a dateline before the body ("Jakarta, CNN Indonesia --") are
    # capitalised too, but no headline
    return (words[0][0].isupper() and capitalised * 3 >= len(words) * 2 and not _BARE_DATELINE.match(text)
            and meta.date_line(text) is None)


def _noise_pass(plan: _Plan, noise: Noise) -> tuple[list[str], str | None]:
    """Drop lines that are noise wherever they stand; return the credit lines and the first byline date."""
    credits: list[str] = []
    byline_date: str | None = None
    in_list = False  # under a link-list heading: bullet items that follow are links too
    after_heading = False  # right under the heading, linked headlines without bullets may follow ("Baca juga:")
    for line in plan.lines:
        if line.blank:
            continue
        bulleted = in_list and noise.starts("list_item", line.text)
        if bulleted or after_heading and _is_headline(line.text):
            plan.drop(line, "link list")
            after_heading = after_heading and not bulleted  # headlines in a row, or bullets in a row
            continue
        in_list = after_heading = False
        if noise.starts("cut", line.text):
            continue  # a trailer start is decided once the body is known
        unbulleted = _BULLET.sub("", line.text)
        if noise.starts("line", line.text) or unbulleted != line.text and noise.starts("line", unbulleted):
            glued = blocks.glued_sentence(line.text)
            if glued is not None:  # "Baca juga: Judul BeritaKalimat laporan …": only the link goes
                head = plan.text_start(line)
                plan.spans.append((line.start, head + glued, "link or prompt"))
                continue
            plan.drop(line, "link or prompt")
            in_list = after_heading = _list_heading(line.text, noise)
        elif noise.starts("note", line.text):
            plan.drop(line, "editor's note")
        elif noise.starts("byline", line.text):
            plan.drop(line, "byline")
            byline_date = byline_date or meta.first_date(line.text)
            if agency := meta.byline_wire(line.text):
                credits.append(agency)
        elif noise.starts("credit", line.text):
            plan.drop(line, "credit")
            credits.append(line.text)
        elif _is_menu(line.text):
            plan.drop(line, "menu")
    return credits, byline_date


def _cut_trailer(plan: _Plan, noise: Noise, first_body: int) -> None:
    """Drop everything from the first trailer line (comments, related links) that follows some body text."""
    seen_content = False
    for line in plan.lines:
        if not plan.kept(line) or line.index < first_body:
            continue
        if seen_content and noise.starts("cut", line.text):
            for rest in plan.lines[line.index :]:
                if not rest.blank:
                    plan.drop(rest, "trailer")
            return
        seen_content = True


def _mark_title(plan: _Plan, text: str, title_line: Line | None, given: str | None) -> None:
    """Drop repeats of the headline; around a headline holding the record's title, drop the site's additions."""
    keys = {_key(title_line.text), _key(meta.clean_title(title_line.text) or "")} if title_line else set()
    if given and title_line is not None:
        at = title_line.text.casefold().find(given.casefold())
        if at >= 0 and len(given) < len(title_line.text):
            head = text.find(title_line.text, title_line.start)
            prefix, suffix = (title_line.start, head + at), (head + at + len(given), title_line.end)
            if (
                _SITE_PREFIX.fullmatch(text[prefix[0] : prefix[1]])
                and _SITE_SUFFIX.fullmatch(text[suffix[0] : suffix[1]])
            ):
                plan.spans.extend((start, end, "site name") for start, end in (prefix, suffix) if end > start)
    if given:
        keys |= {_key(given), _key(meta.clean_title(given) or "")}
    keys.discard("")
    first = title_line is None  # no headline in the header: the first line saying the title is kept
    for line in plan.lines:
        if title_line is not None and line.index == title_line.index or not plan.kept(line):
            continue
        if plan.key(line) in keys:
            if first:
                first = False
                continue
            plan.drop(line, "repeated headline")


#: Kept lines after the header searched for the article's opening ("MAKASSAR, KOMPAS.com - …").
_OPENING_WINDOW = 12
# "Jakarta -" alone on a line, the body on the next one
_BARE_DATELINE = re.compile(r"^[A-Z][\w .,'’()-]{1,50}?\s*(?:-{1,2}|–|—)$")


def _strong_opener(text: str) -> meta.Opener | None:
    """An opener that can only open an article: it names the outlet, or an upper-case place before a dash."""
    op = meta.parse_opener(text)
    if op is None:
        return None
    if op.outlet or op.paren_outlet:
        return op
    head = text[:40]
    return op if op.dateline and head[: len(op.dateline)].isupper() else None


def _find_opening(plan: _Plan, start: int, noise: Noise) -> tuple[Line, str] | None:
    """The line that opens the article with its dateline or outlet, among the first lines below the headline,
    and the text to read the opener from ("Jakarta -" or "ANKARA" alone on a line reads with the line after it).
    A photo caption that opens with the outlet ("SOLOPOS.COM - Ilustrasi penggeledahan. (Solopos/Dok)") is not it
    when an opener stands below it."""
    kept = [line for line in plan.lines[start:] if plan.kept(line)][:_OPENING_WINDOW]
    for i, line in enumerate(kept):
        if _BARE_DATELINE.match(line.text) and i + 1 < len(kept) and is_paragraph(kept[i + 1]):
            joined = f"{line.text} {kept[i + 1].text}"
            if meta.parse_opener(joined) is not None:
                return line, joined
        if i + 1 < len(kept) and is_paragraph(kept[i + 1]) and meta.lone_dateline(line.text):
            return line, f"{line.text} - {kept[i + 1].text}"  # "ANKARA" alone, the body below it
        if _strong_opener(line.text) is not None:
            if blocks.captioned(line.text, noise, True) and any(_strong_opener(k.text) for k in kept[i + 1 :]):
                continue
            return line, line.text
    return None


def _mark_furniture(
    plan: _Plan, noise: Noise, first_body: int, opening: Line | None, title: Line | None
) -> str | None:
    """Photo credits, their captions, date stamps, lists of headlines and verbatim repeats, wherever they stand;
    returns the date of a stamp at the top of the page (the byline's, under a caption taken for the first paragraph).

    Above the article's opening line (captions and credits between headline and dateline) any caption-like
    line goes; below it only lines that cannot be a paragraph of the report.
    """
    body = [line for line in plan.lines if not line.blank]
    limit = max(opening.index if opening is not None else -1, _byline_end(plan, body, noise))
    top_date: str | None = None
    for pos, line in enumerate(body):
        if line is title or line is opening or not plan.kept(line) and not _dropped_credit(plan, line, noise):
            continue
        above = line.index < limit or line.index < first_body  # the header holds no paragraph of the report
        if blocks.photo_credit(line.text, noise) or not plan.kept(line):  # a credit a noise pattern took
            plan.drop(line, "photo credit")
            for near in _neighbours(body, pos):
                if (plan.kept(near) and near is not title and near is not opening
                        and blocks.caption_next_to_credit(near.text, near.index < limit)):
                    plan.drop(near, "photo caption")
                    break
        elif blocks.captioned(line.text, noise, above or _glued_headline(line, title)):
            plan.drop(line, "photo caption")
        elif line.index >= first_body and _stamp(line.text, noise):
            plan.drop(line, "date line")
            if line.index <= limit and top_date is None and (dated := _date_line(line.text, noise)):
                top_date = dated[0]
    _mark_headline_lists(plan, body, first_body, title)
    _mark_repeats(plan, body, title)
    _mark_after_credit(plan, body)
    return top_date


#: Paragraph-like lines a page prints above its byline at most (a photo caption, perhaps printed twice).
_MAX_ABOVE_BYLINE = 2


def _byline_end(plan: _Plan, body: list[Line], noise: Noise) -> int:
    """Index of the last byline or date line at the top of the page, the body under it (-1 if none): the caption above
    it ("ANTARA FOTO/…" / caption / "Penulis: …" / "12/9/2024, 14.35 WIB" / body) is furniture, like a caption above
    the opening. A byline after more than `_MAX_ABOVE_BYLINE` paragraphs, or with no paragraph under it, closes the
    article instead."""
    end = -1
    paragraphs = 0
    for line in body:
        kept = plan.kept(line)
        if kept and _stamp(line.text, noise) or not kept and plan.dropped.get(line.index) in ("byline", "date line"):
            end = line.index
        elif kept and is_paragraph(line):
            if end >= 0:
                return end
            paragraphs += 1
            if paragraphs > _MAX_ABOVE_BYLINE:
                break
    return -1


def _dropped_credit(plan: _Plan, line: Line, noise: Noise) -> bool:
    """A dropped line that still takes its caption along: a credit under its label ("Foto: Antara/…"), or one taken
    for the caption of the credit above it ("zoom-in" / "Dok. Satgas Damai Cartenz" / caption)."""
    if blocks.photo_label(line.text):
        return True
    return plan.dropped.get(line.index) == "photo caption" and blocks.photo_credit(line.text, noise)


def _glued_headline(line: Line, title: Line | None) -> bool:
    """A line repeating the headline with more glued to it: a photo widget, not the article."""
    return title is not None and len(line.text) > len(title.text) and line.text.startswith(title.text)


def _neighbours(body: list[Line], pos: int) -> list[Line]:
    """The non-blank lines right after and right before `body[pos]`, in that order."""
    return [body[i] for i in (pos + 1, pos - 1) if 0 <= i < len(body)]


_CLOCK = gated(re.compile(r"\b\d{1,2}[.:]\d{2}\b"))  # searched in every line below the header


def _stamp(text: str, noise: Noise) -> bool:
    """A date-and-time stamp a page prints by an article or a link ("28/3/2021, 12.08 WIB")."""
    return _CLOCK.search(text) is not None and _date_line(text, noise) is not None


#: Linked headlines in a row (interleaved date stamps not counted) that make a list, not subheadings.
_MIN_HEADLINES = 3


def _mark_headline_lists(plan: _Plan, body: list[Line], first_body: int, title: Line | None) -> None:
    """Runs of linked headlines (related, popular, latest), with the date stamps between them.

    A run of headline-shaped lines is a list of links when its items carry date stamps, when a heading
    stands over it ("Populer", "Berita Terkait"), or when it closes the page; a run of scores or fixtures
    ("Arsenal 2-1 Chelsea", "X vs Y") is the article's own table and stays.
    """
    run: list[Line] = []
    for pos, line in enumerate([*body, None]):
        if line is not None and line.index >= first_body and line is not title:
            if plan.dropped.get(line.index) == "date line":
                run.append(line)
                continue
            linked = plan.dropped.get(line.index) == "link list"  # the first item under a heading, already gone
            if (plan.kept(line) or linked) and blocks.headline_shape(line.text):
                run.append(line)
                continue
        items = [r for r in run if plan.dropped.get(r.index) != "date line"]
        if len(items) >= _MIN_HEADLINES and not blocks.table_rows(r.text for r in items):
            dated = len(run) - len(items) >= 2
            heading = _heading_before(plan, body, run[0])
            closing = (line is None or all(not plan.kept(rest) for rest in body[pos:])) and not blocks.numbered(
                r.text for r in items)
            if dated or heading or closing:
                for r in run:
                    plan.drop(r, "list of headlines")
        run = []


def _heading_before(plan: _Plan, body: list[Line], first: Line) -> bool:
    """The line over a run is a list heading: a dropped prompt ("Baca juga:", "Populer") or two words or less."""
    before = next((b for b in reversed(body) if b.index < first.index), None)
    if before is None:
        return False
    if plan.dropped.get(before.index) == "link or prompt":
        return True
    return plan.kept(before) and len(before.text.split()) <= 2 and before.text[-1] not in ".!?\"”"


#: Shortest line whose verbatim repeat is dropped (short lines repeat legitimately: "Kata dia.").
_MIN_REPEAT = 40
#: Words in the windows that compare a line with the text above it.
_SHINGLE = 8


def _mark_repeats(plan: _Plan, body: list[Line], title: Line | None) -> None:
    """A line said again further down the page, whole or as part of a longer line (a teaser recap, a
    caption printed twice): every run of `_SHINGLE` words in it already appeared above. Linear in the text.

    Such a line holds no word the lines above lack, and nearly every line does (12 of 3,850 in 300 articles
    hold none new): the runs of the lines above are made only when a line passes that test."""
    seen: set[tuple[str, ...]] = set()
    keys: set[str] = set()
    said: set[str] = set()  # every word of the lines above
    unseen: list[list[str]] = []  # the words of the lines above whose runs are not in `seen` yet
    for line in body:
        if not plan.kept(line) or line is title:
            continue
        key = plan.key(line)
        words = key.split()
        if len(key) >= _MIN_REPEAT and said.issuperset(words):
            for above in unseen:
                seen |= _shingles(above)
            unseen.clear()
            if key in keys or (len(words) > _SHINGLE and _shingles(words) <= seen):
                plan.drop(line, "repeated line")
                continue
        keys.add(key)
        said.update(words)
        unseen.append(words)


def _shingles(words: list[str]) -> set[tuple[str, ...]]:
    """Every run of `_SHINGLE` words of a line (the line itself when shorter), as tuples: zip makes them without
    joining a string per window, and a shorter line's one window can equal no full one, as before."""
    if len(words) < _SHINGLE:
        return {tuple(words)}
    return set(zip(*(words[k:] for k in range(_SHINGLE)), strict=False))


def _mark_after_credit(plan: _Plan, body: list[Line]) -> None:
    """After the closing credit line ("(mg4/jpnn)"), what is no paragraph is the page's, not the article's."""
    credits = [line.index for line in body if plan.dropped.get(line.index) == "credit"]
    if not credits:
        return
    for line in body:
        if line.index > credits[-1] and plan.kept(line) and not is_paragraph(line):
            plan.drop(line, "after the closing credit")


def _removals(text: str, noise: Noise, given_title: str | None = None) -> _Found:
    """What to drop from `text` (original offsets, with reasons), the header found, and the opening line."""
    lines = split_lines(text)
    plan = _Plan(lines, text)
    credits, byline_date = _noise_pass(plan, noise)
    first_body = body_start([line for line in lines if plan.kept(line)])
    _cut_trailer(plan, noise, first_body)
    header = _mark_header(plan, [line for line in lines[:first_body] if not line.blank], noise, given_title)
    _mark_title(plan, text, header.title, given_title)
    # below the headline; without one, from the last header line ("ANKARA" above the body)
    top = header.title.index + 1 if header.title is not None else max(
        (line.index for line in lines[:first_body] if plan.kept(line)), default=first_body)
    found_opening = _find_opening(plan, top, noise)
    opening_line = found_opening[0] if found_opening else None
    top_date = _mark_furniture(plan, noise, first_body, opening_line, header.title)
    first = next((line for line in lines[first_body:] if plan.kept(line)), None)
    opening = ""
    if first is not None:
        end = _glued_title_end(text, first, given_title) or _pull_quote_end(text, first)
        if end is not None:
            kind = "pull quote" if text[first.start] in _OPEN_QUOTES else "repeated headline"
            plan.spans.append((first.start, end, kind))
        opening = text[end if end is not None else first.start : first.end].strip()
    if found_opening is not None and (first is None or found_opening[0].index != first.index):
        opening = found_opening[1]
    # a pattern whose needed character the text lacks matches no line of it
    inline = [(pattern, needed, opener) for pattern, needed, opener in noise.inline_plan
              if needed is None or needed in text]
    for line in lines:
        if plan.kept(line):
            for pattern, needed, opener in inline:
                if needed is not None and text.find(needed, line.start, line.end) < 0:
                    continue  # what the pattern must consume is not on the line
                # a pattern opening with space then a bracket is tried only at the brackets
                found = pattern.finditer(text, line.start, line.end) if opener is None \
                    else opener_matches(pattern, text, opener, line.start, line.end)
                for m in found:
                    if m.end() > m.start():
                        plan.spans.append((m.start(), m.end(), "inline noise"))
                        if "/" in m.group():  # "….(Reuters/ant)": its agency is still a credit
                            credits.append(m.group().strip())
    credits += header.credits
    header.date = header.date or byline_date or top_date
    if header.date is None:
        header.date = next(
            (d for line in lines[first_body:] if plan.kept(line) and (d := meta.date_line(line.text))), None
        )
    return _Found(plan.removed(), header, opening, credits)


def _full_date(text: str) -> str | None:
    """The first day-precision date in a short widget line ("Mon. Apr 10th, 2023")."""
    return next((m.value[:10] for m in find_dates(text) if m.value and m.precision in ("day", "time")
                 and m.value[:1].isdigit()), None)


def _metadata(article: Article, clean: str, found: _Found, noise: Noise) -> meta.Metadata:
    """Combine what the page states with what the input record says (the page wins, except for the title)."""
    data = meta.Metadata()
    header = found.header
    raw_title = article.title or (_strip_inline(header.title.text, noise) if header.title else None)
    data.title = meta.clean_title(raw_title) if raw_title else None
    opener = meta.parse_opener(found.opening) or meta.Opener()
    credits = meta.find_wires(clean)
    cited = [name for name, _, _ in meta.cited_sources(clean)]
    in_text = list(dict.fromkeys([*(name for name, _ in credits), *cited, *meta.credit_line_wires(found.credits)]))
    site = header.sites[0] if header.sites else None
    record = article.outlet or url_outlet(article.url)
    data.outlet = opener.outlet or site or _title_outlet(raw_title) or record
    # the host outlet is never its own wire credit ("kata dia kepada Tribun-Papua.com" on Tribun-Papua.com)
    hosts = [h for h in (data.outlet, site, record) if h]
    data.wire = [w for w in in_text if not any(same_outlet(h, w) for h in hosts)]
    home = site or record
    if opener.paren_outlet and opener.outlet and home is not None and not same_outlet(home, opener.outlet):
        data.outlet = home
        data.wire = list(dict.fromkeys([*data.wire, wire_name(opener.outlet) or opener.outlet]))
    # a bracket naming several agencies relays a wire story: every agency is a credit, the site's own too
    data.wire = list(dict.fromkeys([*data.wire, *opener.agencies]))
    data.outlet = display_outlet(data.outlet) if data.outlet else None
    data.dateline = opener.dateline
    dated = (meta.credit_date(clean, end) for _, end in credits)
    data.published = (
        opener.published or header.date or next((d for d in dated if d), None) or meta.record_date(article.published)
    )
    return data


def _strip_inline(text: str, noise: Noise) -> str:
    """A header line without the inline noise the clean text drops from it ("Tesla (Foto: Reuters)")."""
    for pattern in noise.inline:
        text = pattern.sub("", text)
    return text.strip()


def _title_outlet(title: str | None) -> str | None:
    """An outlet named as a prefix or suffix of the headline ("KOMPAS.com - …", "… | Republika")."""
    if not title:
        return None
    parts = re.split(r"\s+(?:-{1,2}|–|—|\|)\s+", title)
    if len(parts) < 2:
        return None
    return outlet_name(parts[0]) or outlet_name(parts[-1])

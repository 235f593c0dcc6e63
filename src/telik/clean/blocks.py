"""Shapes of page furniture that no word list can name: photo credits and their captions, lists of linked
headlines, a link glued to the sentence after it. Each test looks at one line and says what it is."""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from telik.clean.patterns import Noise
from telik.clean.sources import outlet_name, source_alternation, wire_alternation, wire_name

_TERMINAL = ".!?"
_QUOTES = "\"“”„«'‘"
# "ASVAKA NEWS AGENCY via AP", "Getty Images via BBC Indonesia"
_VIA = re.compile(r"(?P<who>[^.!?]{2,60}?)\s+via\s+(?P<via>[^.!?/]{2,40})")
# "ANTARA FOTO/ABRIAWAN ABHE" inside a caption line, the caption glued to it
_INLINE_FOTO = re.compile(r"(?:(?i:antara\s+foto)|\bFOTO)\s*/\s*\S")
# "Prajurit TNI. Ilustrasi Foto: Ricardo/JPNN.com", "Pembangunan jalan Trans Papua. Dok Kementerian PUPR."
_TAIL_CREDIT = re.compile(
    r"(?:^|(?<=[.)])\s+)(?i:(?:ilustrasi\s+)?(?:foto|dok|dok\.|dokumentasi|sumber foto))(?:\s*:\s*|\s+)"
    r"(?-i:[A-Z@])[^:!?()]{1,60}$"
)
# "… Minggu (14/5/2023). KOMPAS.COM/RUSLAN HADI", "… di Papua. /Antara/Sevianto Pakiding": an outlet and
# photographer closing a caption line
# (no word of the outlet's name ends a sentence: "Irjen Pol. Patrige Renwarin. ANTARA/HO-Humas Polda Papua")
_TAIL_SLASH = re.compile(
    r"(?<=[.)])\s+/?(?P<credit>[A-Z][\w.&-]*(?<!\.)(?:\s[A-Z][\w.&-]*(?<!\.)){0,3}/[A-Z][\w .&/-]{1,60})$"
)
# "… lokasi kejadian. [Telegram]", "… Jumat (22/3/2024). [Suara.com/Alfian Winanto]": a credit in brackets
_TAIL_BRACKET = re.compile(r"(?<=[.)])\s*\[(?P<inner>[^\[\]]{2,60})\]$")
# "(Foto: Istimewa)" closing a caption line
_PAREN_PHOTO = re.compile(r"\((?i:foto|gambar|ilustrasi|dok|dokumentasi|sumber foto)\s*:[^()]{1,80}\)\s*$")
# "(IDN Times/Mardya Shakti)" closing a caption line
_TAIL_PAREN = re.compile(r"\((?P<inner>[^()]{3,80})\)\s*$")
# "… di garis depan Donetsk. - Reuters": a credit after a dash closing a caption
_TAIL_DASH = re.compile(r"(?<=[.)])\s+[-–—]\s+(?P<inner>[^.!?()]{2,60})$")
# "… dipasangi garis polisi. IST": a photo word alone after the caption's last sentence
_TAIL_WORD = re.compile(r"(?<=[.)])\s+(?P<inner>[A-Za-z]{2,12}\.?)$")
# "(Sumber: Kompas.tv/Ant)": the label before a credit in brackets
_SOURCE_LABEL = re.compile(r"^(?i:sumber|source)\s*:\s*")
#: Words a photo credit of one part has at most ("Istimewa", "Dok. Satgas Damai Cartenz")
_MAX_LONE_CREDIT = 4
# "(28/3/2021)." closing a caption: the day of the photo, with its year
_PHOTO_DAY = re.compile(r"\(\d{1,2}/\d{1,2}/\d{2,4}\)\.?$")
_BULLET = re.compile(r"^(?:[-–—*•»›▪►]|\d{1,2}[.)])\s+")
_DOMAIN = re.compile(r"^[\w-]{2,40}(?:\.[\w-]{2,20}){1,3}$")
# "Intan JayaSebby Sambom melanjutkan …": a lower-case letter followed by a capitalised word, no space
_GLUE = re.compile(r"(?<=[a-z0-9)])(?=[A-Z][a-z])")
_MIN_GLUED_SENTENCE = 60
#: Longest caption line above the opening: a caption printed twice with its credit between the copies.
_MAX_CAPTION_ABOVE = 900
_MAX_CAPTION = 300


def _credit_part(part: str, noise: Noise) -> bool:
    """One part of a photo credit that says it is one: a photo word, an outlet or agency, a domain or handle."""
    part = part.strip().strip(".").strip()
    if not part:
        return False
    return (
        noise.starts("photo", part)
        or outlet_name(part) is not None
        or wire_name(part, fold=True) is not None
        or _DOMAIN.match(part) is not None
    )


# "Foto: Antara/Mohamad Hamzah", "Foto: Ricardo/JPNN.com": a credit line under its label
_PHOTO_LABEL = re.compile(r"(?i:foto|sumber foto|kredit foto|photo)\s*:\s*[^:\n]{2,80}/[^:\n]{2,80}")


def photo_label(text: str) -> bool:
    """A photo credit under its label ("Foto: Antara/Mohamad Hamzah"): the noise patterns drop the line, and the
    caption beside it goes with it."""
    return _PHOTO_LABEL.fullmatch(text.strip()) is not None


def photo_credit(text: str, noise: Noise) -> bool:
    """A line that only credits a photo: "ANTARA FOTO/Arnas Padda/wpa/foc.", "Ilustrasi/Net", "X via AP"."""
    text = text.strip()
    if not text or len(text) > 120 or text[-1] in "?!:,;" or ":" in text:
        return False  # "Sumber: Islamtimes/Russia Today" credits the story's sources, not a photo
    text = text.rstrip(".").strip()
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1].strip()
    via = _VIA.fullmatch(text)
    if via and _credit_part(via["via"], noise) and len(via["who"].split()) <= 6:
        return True
    parts = [p.strip() for p in text.split("/")]
    if len(parts) == 1:  # "Istimewa", "Dok. Polres Yahukimo": a photo word alone
        return len(text.split()) <= _MAX_LONE_CREDIT and noise.starts("photo", text)
    if not all(0 < len(p.split()) <= 6 for p in parts):
        return False
    if any(p[-1] in _TERMINAL + ",;:" for p in parts):
        return False
    return any(_credit_part(p, noise) for p in parts)


def captioned(text: str, noise: Noise, before_opening: bool) -> bool:
    """A caption carrying its own photo credit on the same line.

    Below the article's opening, a line whose words end a sentence before the credit is a paragraph with
    a closing credit ("… kata dia. (Reuters/ant)"), not a caption.
    """
    text = text.strip()
    if not text or len(text) > (_MAX_CAPTION_ABOVE if before_opening else _MAX_CAPTION) or text[0] in _QUOTES:
        return False
    # each pattern is searched only in a line holding what every match of it holds (most lines hold none)
    slashed, closed = "/" in text, text[-1] == ")"
    if slashed and _INLINE_FOTO.search(text) or " via " in text and _inline_via(text):
        return True
    if before_opening and closed and _PAREN_PHOTO.search(text):
        return True
    slash = _TAIL_SLASH.search(text) if slashed else None
    if slash and photo_credit(slash["credit"], noise) and (before_opening or _PHOTO_DAY.search(text[: slash.start()])):
        return True
    bracket = _TAIL_BRACKET.search(text) if before_opening and text[-1] == "]" else None
    if bracket and (photo_credit(bracket["inner"], noise) or _credit_part(bracket["inner"], noise)):
        return True
    if before_opening and _credited(text, noise):
        return True
    low = text.lower()
    tail = _TAIL_CREDIT.search(text) if "fot" in low or "dok" in low else None
    paren = _TAIL_PAREN.search(text) if closed else None
    if tail is None and (paren is None or not photo_credit(paren["inner"], noise) or "/" not in paren["inner"]):
        return False
    start = tail.start() if tail is not None else paren.start() if paren is not None else 0
    head = text[:start].rstrip()
    return before_opening or not head or head[-1] not in _TERMINAL


def _credited(text: str, noise: Noise) -> bool:
    """A line closed by a photo source in brackets or after a dash: "Ilustrasi (Unsplash)", "… halaman gereja. (Dok.
    Suara Papua)", "… garis depan Donetsk. - Reuters", "Ilustrasi. (Sumber: Kompas.tv/Ant)", or by a photo word
    alone ("… garis polisi. IST"). Above the opening only: below it, "(Reuters)" credits a paragraph."""
    m = _TAIL_PAREN.search(text) if text[-1] == ")" else _TAIL_DASH.search(text)
    inner = _SOURCE_LABEL.sub("", m["inner"]) if m is not None else ""
    if not inner and (word := _TAIL_WORD.search(text)) is not None:
        return photo_credit(word["inner"], noise)
    return bool(inner) and (photo_credit(inner, noise) or _credit_part(inner, noise))


def _inline_via(text: str) -> bool:
    """A credit "ASVAKA NEWS AGENCY via AP" inside a caption line, the next copy of the caption glued to it."""
    return _via().search(text) is not None


@lru_cache(maxsize=1)
def _via() -> re.Pattern[str]:
    """The pattern of `_inline_via`, built once (its text holds every listed outlet and wire)."""
    names = f"{wire_alternation()}|{source_alternation()}"
    return re.compile(rf"\b[A-Z][A-Z.]*(?: [A-Z][A-Z.]*){{0,4}} via (?:{names})(?![a-z])")


def caption_next_to_credit(text: str, before_opening: bool) -> bool:
    """A line beside a photo credit that reads as its caption, not as a paragraph of the report."""
    text = text.strip()
    if not text or len(text) > 300 or text[0] in _QUOTES or any(q in text for q in "\"“”"):
        return False
    if before_opening:
        return True
    return len(text) <= 200 and (text[-1] not in _TERMINAL or _PHOTO_DAY.search(text) is not None)


def headline_shape(text: str) -> bool:
    """A linked headline in a list: a short run of mostly capitalised words that is no sentence."""
    text = _BULLET.sub("", text.strip())
    words = text.split()
    if not 3 <= len(words) <= 22 or len(text) > 170 or text[-1] in ".;:,":
        return False
    if not (text[0].isupper() or text[0].isdigit() or text[0] in _QUOTES):
        return False
    capitalised = sum(1 for w in words if w[0].isupper() or w[0].isdigit() or w[0] in _QUOTES)
    return capitalised * 2 >= len(words)


# a score, a fixture, a measured figure, a time, a bracketed detail or a pairing: "2-1", "X vs Y",
# "23.905", "1'27.302", "Marc Marquez (Repsol Honda)", "Korban (27)", "Gideon / Sukamuljo"
_DATA = re.compile(r"\d+\s*[-–:]\s*\d+|\svs\.?\s|\d[.,:'’]\d|\([^()]+\)|\s/\s")
_LABELLED = re.compile(r"^[^:]{2,60}:\s+\S")
_NUMBERED = re.compile(r"^\d{1,2}[.)]")


def table_rows(items: Iterable[str]) -> bool:
    """Lines that are rows of the article's own table or list (scores, fixtures, figures, "Name (Film)"),
    not linked headlines."""
    rows = [_BULLET.sub("", row) for row in items]
    if rows and all(_LABELLED.match(row) for row in rows):
        return True  # "Top Artist: Drake", "Level 1: Super Series": every item a label and its value
    return sum(1 for row in rows if _DATA.search(row)) * 2 >= len(rows)


def numbered(items: Iterable[str]) -> bool:
    """Items numbered "1.", "2." …: an enumeration the article makes more often than a list of links."""
    rows = list(items)
    return sum(1 for row in rows if _NUMBERED.match(row)) * 2 >= len(rows)


def glued_sentence(text: str) -> int | None:
    """Where a body sentence glued to a linked headline starts ("Baca juga: Judul BeritaKalimat …"), else None.

    Only after a prompt ending in a colon, so a brand written in camel case ("WhatsApp") is no glue point."""
    colon = text.find(":", 0, 40)
    if colon < 0:
        return None
    for m in _GLUE.finditer(text, colon):
        rest = text[m.start() :].rstrip()
        if len(rest) >= _MIN_GLUED_SENTENCE and rest[-1] in _TERMINAL + "\"”" and len(rest.split()) >= 10:
            lower = sum(1 for w in rest.split() if w[0].islower())
            if lower * 2 >= len(rest.split()):
                return m.start()
    return None

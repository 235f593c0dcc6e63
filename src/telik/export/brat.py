"""brat standoff: a .txt (the original text) and an .ann per document, and reading them back as gold.

Entities are `T` lines (label = PER/ORG/GPE/LOC/FAC); an event is a `T` over its evidence sentence
(type = event type) plus an `E` line with roles Actor, Target, Place pointing at entity `T`s; quotations
are `T` lines of type Quote. Values brat has no slot for (canonical id, subtype, date, figures,
certainty, cluster, speaker, names not found as entities) are `AnnotatorNotes` as `key=value; …`.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from telik.model import DocResult

_SAFE_NAME = re.compile(r"[^\w.-]+")
ANNOTATION_CONF = """[entities]
PER
ORG
GPE
LOC
FAC
Quote
[relations]
[events]
ATTACK\tActor*:<ENTITY>, Target*:<ENTITY>, Place?:<ENTITY>
MILITARY_OPERATION\tActor*:<ENTITY>, Target*:<ENTITY>, Place?:<ENTITY>
ARREST\tActor*:<ENTITY>, Target*:<ENTITY>, Place?:<ENTITY>
WARNING\tActor*:<ENTITY>, Target*:<ENTITY>, Place?:<ENTITY>
TALKS\tActor*:<ENTITY>, Target*:<ENTITY>, Place?:<ENTITY>
SUPPORT\tActor*:<ENTITY>, Target*:<ENTITY>, Place?:<ENTITY>
CONTROL\tActor*:<ENTITY>, Target*:<ENTITY>, Place?:<ENTITY>
ESTIMATE\tActor*:<ENTITY>, Target*:<ENTITY>, Place?:<ENTITY>
[attributes]
"""


def file_stem(doc_id: str) -> str:
    """A file name for a document id (path separators and odd characters replaced)."""
    return _SAFE_NAME.sub("_", doc_id).strip("._") or "document"


def _fragments(text: str, start: int, end: int) -> tuple[str, str]:
    """brat offsets for a span (split at line breaks, which brat spans cannot cross) and its text."""
    parts = []
    pos = start
    for piece in text[start:end].split("\n"):
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            parts.append((pos + lead, pos + len(piece.rstrip())))
        pos += len(piece) + 1
    if not parts:
        parts = [(start, end)]
    return ";".join(f"{s} {e}" for s, e in parts), " ".join(text[s:e] for s, e in parts)


def _notes(values: dict[str, Any]) -> str:
    return "; ".join(f"{k}={' | '.join(v) if isinstance(v, list) else v}" for k, v in values.items()
                     if v not in (None, "", []))


def ann_text(doc: DocResult) -> str:
    """The .ann content for one document."""
    lines: list[str] = []
    notes: list[tuple[str, str]] = []
    spans: list[tuple[str, int, int, str]] = []  # T id, start, end, text
    for m in doc.entities:
        tid = f"T{len(lines) + 1}"
        offsets, text = _fragments(doc.text, m.start, m.end)
        lines.append(f"{tid}\t{m.label} {offsets}\t{text}")
        spans.append((tid, m.start, m.end, m.text))
        if m.canonical:
            notes.append((tid, _notes({"canonical": m.canonical})))
    n_t = len(lines)
    events: list[str] = []
    for i, ev in enumerate(doc.events, 1):
        n_t += 1
        tid = f"T{n_t}"
        offsets, text = _fragments(doc.text, ev.start, ev.end)
        lines.append(f"{tid}\t{ev.type} {offsets}\t{text}")
        args = [f"{ev.type}:{tid}"]
        unlinked: dict[str, list[str]] = {"actors": [], "targets": []}
        counts: dict[str, int] = {}
        roles = [("Actor", "actors", a) for a in ev.actors] + [("Target", "targets", t) for t in ev.targets]
        roles += [("Place", "location", ev.location)] if ev.location else []
        for role, key, name in roles:
            ref = next((sid for sid, s, e, t in spans
                        if ev.start <= s and e <= ev.end and t.casefold() == name.casefold()), None)
            if ref is None:
                if key != "location":
                    unlinked[key].append(name)
                continue
            counts[role] = counts.get(role, 0) + 1
            args.append(f"{role}{counts[role] if counts[role] > 1 else ''}:{ref}")
        events.append(f"E{i}\t{' '.join(args)}")
        notes.append((f"E{i}", _notes({
            "subtype": ev.subtype, "trigger": ev.trigger, "date": ev.date, "date_precision": ev.date_precision,
            "location": ev.location if "Place" not in counts else None, "killed": ev.killed, "injured": ev.injured,
            "weapon": ev.weapon, "certainty": ev.certainty, "cluster": ev.cluster, **unlinked,
        })))
    for q in doc.quotes:
        n_t += 1
        tid = f"T{n_t}"
        offsets, text = _fragments(doc.text, q.start, q.end)
        lines.append(f"{tid}\tQuote {offsets}\t{text}")
        notes.append((tid, _notes({"speaker": q.speaker, "anonymous": "true" if q.anonymous else None,
                                   "speaker_role": q.speaker_role})))
    lines += events
    lines += [f"#{i}\tAnnotatorNotes {ref}\t{text}" for i, (ref, text) in enumerate((n for n in notes if n[1]), 1)]
    return "\n".join(lines) + ("\n" if lines else "")


def write_dir(docs: list[DocResult], folder: Path) -> int:
    """Write a .txt/.ann pair per document (and brat's annotation.conf) into `folder`; returns documents written."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "annotation.conf").write_text(ANNOTATION_CONF, encoding="utf-8")
    for doc in docs:
        stem = file_stem(doc.id)
        (folder / f"{stem}.txt").write_text(doc.text, encoding="utf-8", newline="")
        (folder / f"{stem}.ann").write_text(ann_text(doc), encoding="utf-8", newline="")
    return len(docs)


def _parse_notes(text: str) -> dict[str, str]:
    out = {}
    for part in text.split("; "):
        key, sep, value = part.partition("=")
        if sep:
            out[key.strip()] = value.strip()
    return out


def _span(offsets: str) -> tuple[int, int]:
    pairs = [tuple(int(x) for x in frag.split()) for frag in offsets.split(";")]
    return min(p[0] for p in pairs), max(p[1] for p in pairs)


def _int(value: str | None) -> int | None:
    return int(value) if value and value.lstrip("-").isdigit() else None


def _listed(notes: dict[str, str], key: str) -> list[str]:
    """The non-empty values of a ` | `-joined note."""
    return [v for v in notes.get(key, "").split(" | ") if v]


def read_document(doc_id: str, text: str, ann: str) -> dict[str, Any]:
    """One gold-format document from brat text + annotations (offsets into `text`)."""
    spans: dict[str, dict[str, Any]] = {}
    events: list[tuple[str, list[tuple[str, str]]]] = []
    notes: dict[str, dict[str, str]] = {}
    for line in ann.splitlines():
        fields = line.split("\t")
        if line.startswith("T") and len(fields) >= 2:
            kind, _, offsets = fields[1].partition(" ")
            start, end = _span(offsets)
            spans[fields[0]] = {"type": kind, "start": start, "end": end, "text": text[start:end]}
        elif line.startswith("E") and len(fields) >= 2:
            pairs = [a.partition(":") for a in fields[1].split()]
            events.append((fields[0], [(role, ref) for role, _, ref in pairs]))
        elif line.startswith("#") and len(fields) >= 3 and fields[1].startswith("AnnotatorNotes "):
            notes.setdefault(fields[1].split(" ", 1)[1], {}).update(_parse_notes(fields[2]))
    entity_types = {"PER", "ORG", "GPE", "LOC", "FAC"}
    entities = [{"text": s["text"], "label": s["type"], "start": s["start"], "end": s["end"],
                 "id": notes.get(tid, {}).get("canonical")} for tid, s in spans.items() if s["type"] in entity_types]
    quotes = []
    for tid, s in spans.items():
        if s["type"] == "Quote":
            n = notes.get(tid, {})
            quotes.append({"speaker": [n["speaker"]] if n.get("speaker") else [],
                           "anonymous": n.get("anonymous") == "true", "speaker_role": n.get("speaker_role"),
                           "text": s["text"], "start": s["start"], "end": s["end"]})
    out_events = []
    for eid, args in events:
        (etype, trigger), *roles = args
        span = spans[trigger]
        n = notes.get(eid, {})
        named: dict[str, list[str]] = {"Actor": [], "Target": [], "Place": []}
        for role, ref in roles:
            named[role.rstrip("0123456789")].append(spans[ref]["text"])
        out_events.append({
            "type": etype, "subtype": n.get("subtype"), "trigger": n.get("trigger"), "evidence": [span["text"]],
            "start": span["start"], "end": span["end"], "date": n.get("date"),
            "date_precision": n.get("date_precision"), "location": named["Place"] or _listed(n, "location"),
            "actors": named["Actor"] + _listed(n, "actors"), "targets": named["Target"] + _listed(n, "targets"),
            "killed": _int(n.get("killed")), "injured": _int(n.get("injured")), "weapon": n.get("weapon"),
            "certainty": n.get("certainty", "asserted"), "cluster": n.get("cluster"),
        })
    return {"id": doc_id, "entities": entities, "events": out_events, "quotes": quotes}


def read_brat_dir(folder: Path) -> dict[str, Any]:
    """Every .txt/.ann pair in `folder` as gold-format documents: {"documents": [...]}."""
    docs = []
    for txt in sorted(Path(folder).glob("*.txt")):
        ann = txt.with_suffix(".ann")
        with txt.open(encoding="utf-8", newline="") as fh:  # offsets count \r\n as two characters
            text = fh.read()
        docs.append(read_document(txt.stem, text, ann.read_text(encoding="utf-8") if ann.exists() else ""))
    return {"documents": docs}

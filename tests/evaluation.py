"""Telik's own quality scorer: hand-made gold against what the engine extracts from two evaluation sets.

Set `samples`: tests/gold against the bundled samples. Set `jsonl`: tests/gold_jsonl against its
articles.jsonl, records in the held-out delivery format (id, text, title, url, published). Set `jsonl2`:
tests/gold_jsonl2, a third set in the same format, annotated before the engine was first run on it. Set `clusters`:
tests/gold_clusters, short reports of one event by several outlets and look-alike events, for events and their
cross-report clusters (entities not annotated).

The definitions follow the evaluation export described for the project (entities as distinct text+label per
document, events matched by type and overlapping evidence, quotes by contained text, ...), so the numbers
are comparable with the shared scorer. Run it as a module:

    python -m tests.evaluation                    # score the samples, print the headline
    python -m tests.evaluation --verbose          # and every miss
    python -m tests.evaluation --update-baseline  # write the current scores to tests/quality_baseline.json
    python -m tests.evaluation --set jsonl        # the JSONL set (baseline tests/quality_baseline_jsonl.json)
    python -m tests.evaluation --set jsonl --export /tmp/gj.json   # score an existing `telik extract` output
    python -m tests.evaluation --set jsonl2       # the third set (baseline tests/quality_baseline_jsonl2.json)
    python -m tests.evaluation --set clusters     # cross-report clusters (baseline tests/quality_baseline_clusters.json)
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from telik.model import CorpusResult

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = ROOT / "tests" / "gold"
SAMPLES_DIR = ROOT / "src" / "telik" / "data" / "samples"
BASELINE = ROOT / "tests" / "quality_baseline.json"
JSONL_GOLD_DIR = ROOT / "tests" / "gold_jsonl"
JSONL_INPUT = JSONL_GOLD_DIR / "articles.jsonl"
JSONL_BASELINE = ROOT / "tests" / "quality_baseline_jsonl.json"
JSONL2_GOLD_DIR = ROOT / "tests" / "gold_jsonl2"
JSONL2_INPUT = JSONL2_GOLD_DIR / "articles.jsonl"
JSONL2_BASELINE = ROOT / "tests" / "quality_baseline_jsonl2.json"
CLUSTERS_GOLD_DIR = ROOT / "tests" / "gold_clusters"
CLUSTERS_INPUT = CLUSTERS_GOLD_DIR / "articles.jsonl"
CLUSTERS_BASELINE = ROOT / "tests" / "quality_baseline_clusters.json"
CORPUS_FILE = "_corpus.json"


@dataclass(frozen=True)
class EvalSet:
    """One evaluation set: the articles the engine reads, their gold, and the floor the quality gate holds."""

    inputs: Path
    gold: Path
    baseline: Path


SETS = {
    "samples": EvalSet(SAMPLES_DIR, GOLD_DIR, BASELINE),
    "jsonl": EvalSet(JSONL_INPUT, JSONL_GOLD_DIR, JSONL_BASELINE),
    "jsonl2": EvalSet(JSONL2_INPUT, JSONL2_GOLD_DIR, JSONL2_BASELINE),
    "clusters": EvalSet(CLUSTERS_INPUT, CLUSTERS_GOLD_DIR, CLUSTERS_BASELINE),
}

_FOLD = str.maketrans({"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
                       "\u2018": "'", "\u2019": "'", "\u2013": "-", "\u2014": "-", "\u2212": "-"})
_EDGE = " .,;:!?\"'()[]"


def fold(value: Any) -> str:
    """Compare strings the way a reader would: quotes, dashes, spacing and case do not matter."""
    if value is None:
        return ""
    s = unicodedata.normalize("NFKC", str(value)).translate(_FOLD)
    return " ".join(s.split()).casefold().strip(_EDGE)


def find_all(text: str, needle: str) -> list[tuple[int, int]]:
    """Every place `needle` stands in `text`; runs of whitespace in the needle match any whitespace."""
    words = needle.split()
    if not words:
        return []
    pattern = r"\s+".join(re.escape(w) for w in words)
    return [(m.start(), m.end()) for m in re.finditer(pattern, text)]


def overlap(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def value_matches(system: Iterable[Any], gold: Iterable[Any]) -> bool:
    """A system argument is right when it names one of the gold values (or contains one longer than 3 letters)."""
    sys_vals = {fold(v) for v in system if v}
    gold_vals = {fold(v) for v in gold if v}
    return bool(sys_vals & gold_vals) or any(len(g) > 3 and g in s for s in sys_vals for g in gold_vals)


@dataclass
class Counts:
    """True/false positives and false negatives, and the precision/recall/F1 they give."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def as_dict(self) -> dict[str, Any]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"p": round(p, 3), "r": round(r, 3), "f1": round(f, 3), "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Ratio:
    """How many of `n` checks came out right."""

    ok: int = 0
    n: int = 0

    def add(self, good: bool) -> bool:
        self.ok += bool(good)
        self.n += 1
        return good

    def as_dict(self) -> dict[str, Any]:
        return {"acc": round(self.ok / self.n, 3) if self.n else None, "ok": self.ok, "n": self.n}


def pair_counts(items: list[tuple[str, str | None]]) -> Counts:
    """Pairwise agreement of system ids with gold ids (linking and event clusters)."""
    c = Counts()
    for (g1, s1), (g2, s2) in combinations(items, 2):
        same_gold, same_sys = g1 == g2, s1 is not None and s1 == s2
        c.tp += same_gold and same_sys
        c.fp += same_sys and not same_gold
        c.fn += same_gold and not same_sys
    return c


def load_gold(gold_dir: Path) -> tuple[dict[str, dict[str, Any]], dict[str, Any]]:
    """Per-document gold keyed by document id, and the corpus-level gold."""
    docs = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(gold_dir.glob("*.json")) if p.name != CORPUS_FILE}
    corpus_path = gold_dir / CORPUS_FILE
    corpus = json.loads(corpus_path.read_text(encoding="utf-8")) if corpus_path.exists() else {}
    return docs, corpus


@dataclass
class Scorer:
    """Scores one export against gold; `texts` are the original document texts evidence is located in."""

    gold: dict[str, dict[str, Any]]
    corpus: dict[str, Any]
    export: dict[str, Any]
    texts: dict[str, str]
    misses: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.system = {d.get("id"): d for d in self.export.get("documents", [])}

    def sys_doc(self, doc_id: str) -> dict[str, Any]:
        return self.system.get(doc_id) or {}

    def entities(self) -> tuple[Counts, Counts]:
        counts, linked = Counts(), []
        for doc_id, gold in self.gold.items():
            found: dict[tuple[str, str], str | None] = {}
            for e in self.sys_doc(doc_id).get("entities", []):
                found.setdefault((fold(e.get("text")), e.get("label")), e.get("canonical"))
            claimed: set[tuple[str, str]] = set()
            for ge in gold["entities"]:
                names = {fold(t) for t in [ge["text"], *ge.get("alt", [])]}
                labels = {ge["label"], *ge.get("alt_labels", [])}
                hits = [k for k in found if k[0] in names and k[1] in labels]
                claimed.update(hits)
                if ge.get("optional"):
                    continue
                if hits:
                    counts.tp += 1
                    if ge.get("id"):
                        linked.append((ge["id"], found[hits[0]]))
                else:
                    counts.fn += 1
                    self.misses.append(f"entity FN {doc_id}: {ge['text']} [{ge['label']}]")
            for key in found.keys() - claimed:
                counts.fp += 1
                self.misses.append(f"entity FP {doc_id}: {key[0]} [{key[1]}]")
        return counts, pair_counts(linked)

    def events(self) -> tuple[Counts, dict[str, Ratio], Counts, int]:
        counts, args, clustered, duplicates = Counts(), {}, [], 0
        for doc_id, gold in self.gold.items():
            text = self.texts.get(doc_id, "")
            sys_events = self.sys_doc(doc_id).get("events", [])
            where = [find_all(text, e.get("evidence") or "") for e in sys_events]
            used = [False] * len(sys_events)
            matched: list[tuple[dict[str, Any], list[tuple[int, int]]]] = []
            for ge in sorted(gold["events"], key=lambda g: bool(g.get("optional"))):
                span = [s for ev in ge["evidence"] for s in find_all(text, ev)]
                pick = next((i for i, e in enumerate(sys_events)
                             if not used[i] and e.get("type") == ge["type"] and overlap(where[i], span)), None)
                if pick is None:
                    if not ge.get("optional"):
                        counts.fn += 1
                        self.misses.append(f"event FN {doc_id}: {ge['type']} «{ge['evidence'][0]}»")
                    continue
                used[pick] = True
                matched.append((ge, span))
                if ge.get("optional"):
                    continue
                counts.tp += 1
                self.arguments(doc_id, ge, sys_events[pick], args)
                if ge.get("cluster"):
                    clustered.append((ge["cluster"], sys_events[pick].get("cluster")))
            for i, e in enumerate(sys_events):
                if used[i]:
                    continue
                if any(g["type"] == e.get("type") and overlap(where[i], span) for g, span in matched):
                    duplicates += 1
                elif not any(g.get("optional") and g["type"] == e.get("type")
                             and overlap(where[i], [s for ev in g["evidence"] for s in find_all(text, ev)])
                             for g in gold["events"]):
                    counts.fp += 1
                    self.misses.append(f"event FP {doc_id}: {e.get('type')} «{(e.get('evidence') or '')[:90]}»")
        return counts, args, pair_counts(clustered), duplicates

    def arguments(self, doc_id: str, ge: dict[str, Any], se: dict[str, Any], args: dict[str, Ratio]) -> None:
        """Date (by prefix at the gold precision), location, actors, targets and casualty figures."""
        checks: list[tuple[str, bool, Any]] = []
        if ge.get("date") is not None and not (ge.get("optional_date") and not se.get("date")):
            checks.append(("date", str(se.get("date") or "").startswith(ge["date"]) and bool(se.get("date")), se.get("date")))
        if ge.get("location"):
            checks.append(("location", value_matches([se.get("location")], ge["location"]), se.get("location")))
        for role in ("actors", "targets"):
            if ge.get(role):
                checks.append((role, value_matches(se.get(role) or [], ge[role]), se.get(role)))
        for num in ("killed", "injured"):
            if ge.get(num) is not None:
                checks.append((num, se.get(num) == ge[num], se.get(num)))
        for name, good, got in checks:
            if not args.setdefault(name, Ratio()).add(good):
                self.misses.append(f"{name} {doc_id}: gold {ge.get(name)} system {got} «{ge['evidence'][0][:50]}»")

    def quotes(self) -> tuple[Counts, Ratio]:
        counts, attribution = Counts(), Ratio()
        for doc_id, gold in self.gold.items():
            sys_quotes = self.sys_doc(doc_id).get("quotes", [])
            used = [False] * len(sys_quotes)
            keys: list[str] = []
            for gq in sorted(gold["quotes"], key=lambda q: bool(q.get("optional"))):
                key = fold(gq["text"])
                pick = next((i for i, q in enumerate(sys_quotes) if not used[i] and key in fold(q.get("text"))), None)
                if pick is None:
                    if not gq.get("optional"):
                        counts.fn += 1
                        self.misses.append(f"quote FN {doc_id}: «{gq['text']}»")
                    continue
                used[pick] = True
                keys.append(key)
                if gq.get("optional"):
                    continue
                counts.tp += 1
                q = sys_quotes[pick]
                if gq["anonymous"]:
                    good = bool(q.get("anonymous"))
                else:
                    good = not q.get("anonymous") and value_matches([q.get("speaker")], gq["speaker"])
                if not attribution.add(good):
                    self.misses.append(f"speaker {doc_id}: gold {gq['speaker']} system {q.get('speaker')} anonymous={q.get('anonymous')}")
            for i, q in enumerate(sys_quotes):
                if not used[i] and not any(k in fold(q.get("text")) for k in keys):
                    counts.fp += 1
                    self.misses.append(f"quote FP {doc_id}: «{(q.get('text') or '')[:80]}»")
        return counts, attribution

    def metadata(self) -> tuple[dict[str, Ratio], Counts]:
        fields: dict[str, Ratio] = {}
        wire = Counts()
        for doc_id, gold in self.gold.items():
            sd = self.sys_doc(doc_id)
            for name in ("title", "outlet", "dateline", "published"):
                want = gold["meta"].get(name)
                if want is None:
                    continue
                wanted = {fold(v) for v in (want if isinstance(want, list) else [want])}
                if not fields.setdefault(name, Ratio()).add(fold(sd.get(name)) in wanted):
                    self.misses.append(f"meta {name} {doc_id}: gold «{want}» system «{sd.get(name)}»")
            gold_wire = {fold(w) for w in gold["meta"].get("wire", [])}
            sys_wire = {fold(w) for w in sd.get("wire") or []}
            wire.tp += len(gold_wire & sys_wire)
            wire.fp += len(sys_wire - gold_wire)
            wire.fn += len(gold_wire - sys_wire)
        return fields, wire

    def cleaning(self) -> Ratio:
        result = Ratio()
        for doc_id, gold in self.gold.items():
            sd = self.sys_doc(doc_id)
            clean = sd.get("clean_text") or ""
            rules = gold["cleaning"]
            for s in rules.get("drop", []):
                if not result.add(bool(clean.strip()) and s not in clean):
                    self.misses.append(f"clean {doc_id}: boilerplate kept «{s}»")
            for s in rules.get("keep", []):
                if not result.add(s in clean):
                    self.misses.append(f"clean {doc_id}: content lost «{s}»")
            for s, most in rules.get("max_count", {}).items():
                n = clean.count(s)
                if not result.add(0 < n <= most or (n == 0 and s in (sd.get("title") or ""))):
                    self.misses.append(f"clean {doc_id}: «{s}» appears {n} times")
        return result

    def conflicts(self) -> Ratio:
        result = Ratio()
        for want in self.corpus.get("conflicts", []):
            good = any(c.get("field") == want["field"] and set(want["values"]) <= set(c.get("values", []))
                       for c in self.export.get("conflicts", []))
            if not result.add(good):
                self.misses.append(f"conflict not reported: {want}")
        return result

    def credibility(self) -> Ratio:
        result = Ratio()
        for better, worse in self.corpus.get("credibility_order", []):
            hi = (self.sys_doc(better).get("credibility") or {}).get("score")
            lo = (self.sys_doc(worse).get("credibility") or {}).get("score")
            if not result.add(hi is not None and lo is not None and hi > lo):
                self.misses.append(f"credibility: expected {better} ({hi}) > {worse} ({lo})")
        return result

    def report(self) -> dict[str, Any]:
        """The full report: every count, and the headline scores the quality gate compares."""
        entities, linking = self.entities()
        events, args, clusters, duplicates = self.events()
        quotes, attribution = self.quotes()
        meta, wire = self.metadata()
        cleaning, conflicts, credibility = self.cleaning(), self.conflicts(), self.credibility()
        arg_total = Ratio(sum(r.ok for r in args.values()), sum(r.n for r in args.values()))
        meta_total = Ratio(sum(r.ok for r in meta.values()), sum(r.n for r in meta.values()))
        headline = {
            "entities_f1": entities.as_dict()["f1"],
            "entity_linking_f1": linking.as_dict()["f1"],
            "events_f1": events.as_dict()["f1"],
            "event_arguments_acc": arg_total.as_dict()["acc"],
            "event_clusters_f1": clusters.as_dict()["f1"],
            "conflicts_found": conflicts.as_dict()["acc"],
            "quotes_f1": quotes.as_dict()["f1"],
            "quote_attribution_acc": attribution.as_dict()["acc"],
            "metadata_acc": meta_total.as_dict()["acc"],
            "wire_f1": wire.as_dict()["f1"],
            "cleaning_acc": cleaning.as_dict()["acc"],
            "credibility_order_acc": credibility.as_dict()["acc"],
        }
        return {
            "headline": headline,
            "documents": len(self.gold),
            "missing_documents": sorted(d for d in self.gold if d not in self.system),
            "entities": entities.as_dict(), "entity_linking": linking.as_dict(),
            "events": events.as_dict(), "event_arguments": {k: v.as_dict() for k, v in sorted(args.items())},
            "event_duplicates": duplicates, "event_clusters": clusters.as_dict(),
            "quotes": quotes.as_dict(), "quote_attribution": attribution.as_dict(),
            "metadata": {k: v.as_dict() for k, v in sorted(meta.items())}, "wire": wire.as_dict(),
            "cleaning": cleaning.as_dict(), "conflicts": conflicts.as_dict(), "credibility_order": credibility.as_dict(),
        }


def score(export: dict[str, Any], texts: dict[str, str], gold_dir: Path = GOLD_DIR) -> tuple[dict[str, Any], list[str]]:
    """Score an export (the `telik extract` JSON) against the gold; returns the report and every miss."""
    gold, corpus = load_gold(gold_dir)
    scorer = Scorer(gold, corpus, export, texts)
    return scorer.report(), scorer.misses


def export_and_texts(result: CorpusResult) -> tuple[dict[str, Any], dict[str, str]]:
    """The export of a corpus result (what `telik extract` writes) and the original text of every document."""
    from telik.export.native import build_export

    export = build_export(result.documents, result.conflicts, [e.__dict__ for e in result.errors])
    return export, {d.id: d.text for d in result.documents}


def run_samples(inputs: Iterable[Path] = (SAMPLES_DIR,)) -> tuple[dict[str, Any], dict[str, str]]:
    """Run the whole engine on the inputs (by default the bundled samples)."""
    from telik.extract import extract_paths

    return export_and_texts(extract_paths(list(inputs), quiet=True))


def original_texts(inputs: Iterable[Path]) -> dict[str, str]:
    """The original text of every readable document in the inputs, keyed by id (evidence is located in it)."""
    from telik.ingest import read_inputs
    from telik.model import ReadError

    return {a.id: a.text for a in read_inputs(list(inputs)) if not isinstance(a, ReadError)}


def below_baseline(headline: dict[str, float | None], baseline: dict[str, float | None], tolerance: float) -> list[str]:
    """Every headline score that fell more than `tolerance` under its baseline."""
    drops = []
    for name, floor in baseline.items():
        if floor is None:
            continue
        now = headline.get(name)
        if now is None or now < floor - tolerance:
            drops.append(f"{name}: {now} < baseline {floor} - {tolerance}")
    return drops


def write_baseline(headline: dict[str, float | None], path: Path = BASELINE) -> None:
    """Store the current headline scores as the floor the quality gate holds."""
    path.write_text(json.dumps(headline, indent=1) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m tests.evaluation", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("inputs", nargs="*", type=Path, help="articles to run (default: the set's articles)")
    ap.add_argument("--set", choices=sorted(SETS), default="samples", help="evaluation set (default: samples)")
    ap.add_argument("--gold", type=Path, help="gold folder (default: the set's gold)")
    ap.add_argument("--export", type=Path, help="score this `telik extract` output instead of running the engine")
    ap.add_argument("--verbose", action="store_true", help="list every miss")
    ap.add_argument("--json", type=Path, help="write the full report here")
    ap.add_argument("--update-baseline", action="store_true", help="write the current scores to the set's baseline file")
    a = ap.parse_args(argv)
    chosen = SETS[a.set]
    inputs = a.inputs or [chosen.inputs]
    if a.export:
        export, texts = json.loads(a.export.read_text(encoding="utf-8")), original_texts(inputs)
    else:
        export, texts = run_samples(inputs)
    report, misses = score(export, texts, a.gold or chosen.gold)
    if a.verbose:
        print("\n".join(misses), end="\n\n")
    if report["missing_documents"]:
        print(f"missing documents: {', '.join(report['missing_documents'])}")
    for name, value in report["headline"].items():
        print(f"{name:<24}{'-' if value is None else f'{value:.3f}'}")
    if a.json:
        a.json.write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    if a.update_baseline:
        write_baseline(report["headline"], chosen.baseline)
        print(f"baseline written to {chosen.baseline}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

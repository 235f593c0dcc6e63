"""Figure history and conflicts: differing reports, counts rising over time, copies counted once."""
from __future__ import annotations

import pytest

from telik.corpus.figures import figure_conflicts
from telik.model import Credibility, Figure

from test_corpus_fakes import doc, event


def reports(*specs):
    """Documents each reporting one event of cluster "c" with (published, killed, credibility)."""
    docs = []
    for n, (published, killed, cred) in enumerate(specs):
        ev = event(killed=killed, cluster="c", killed_qualifier="at_least")
        docs.append(doc(f"d{n}", events=[ev], published=published, outlet=f"outlet{n}",
                        credibility=Credibility(cred)))
    return docs


@pytest.mark.parametrize("specs,values,kind,best", [
    ([("2024-03-22", 60, 0.4), ("2024-03-23", 133, 0.6), ("2024-03-25", 144, 0.6)], [60, 133, 144], "rising", 144),
    # a rising toll: the later report updates the wire's earlier count, however credible the wire
    ([("2024-09-01", 7, 0.75), ("2024-09-01", 7, 0.6), ("2024-09-02", 9, 0.5)], [7, 9], "rising", 9),
    ([("2024-03-22", 60, 0.4), ("2024-03-22", 144, 0.7)], [60, 144], "conflict", 144),
    ([("2024-03-22", 144, 0.7), ("2024-03-24", 60, 0.3)], [60, 144], "conflict", 144),
    ([(None, 60, 0.5), ("2024-03-22", 144, 0.5)], [60, 144], "conflict", 144),
])
def test_corpus_figures_conflict_kind_and_best(specs, values, kind, best):
    [conflict] = figure_conflicts(reports(*specs))
    assert (conflict.field, conflict.values, conflict.kind, conflict.best) == ("killed", values, kind, best)
    assert conflict.reason and "most credible" in conflict.reason
    assert len(conflict.reports) == len(specs)
    assert {"doc", "outlet", "published", "qualifier", "value"} <= set(conflict.reports[0])


def test_corpus_figures_agreement_is_no_conflict():
    assert figure_conflicts(reports(("2024-03-22", 60, 0.5), ("2024-03-23", 60, 0.6))) == []


def test_corpus_figures_copies_count_once():
    docs = reports(("2024-03-22", 60, 0.5), ("2024-03-22", 60, 0.5), ("2024-03-23", 144, 0.6))
    [conflict] = figure_conflicts(docs, groups=[0, 0, 2])
    assert [r["doc"] for r in conflict.reports] == ["d0", "d2"]


def _arrest(id_: str, text: str, type_: str = "ARREST", published: str = "2024-05-21"):
    """A report of an event whose evidence is the text's first sentence, with the arrest counts the number reader
    found anywhere in it."""
    counts = {"tujuh": 7, "delapan": 8, "dua": 2}
    figures = [Figure(w, text.index(w), text.index(w) + len(w), v, kind="arrested") for w, v in counts.items()
               if w in text]
    ev = event(type_, cluster="c")
    ev.end = text.index(".") + 1
    return doc(id_, text, events=[ev], published=published, outlet=id_, credibility=Credibility(0.5),
               figures=figures)


@pytest.mark.parametrize("second,published,values,kind", [
    ("Densus 88 menangkap delapan terduga teroris di Solo Raya dan Lampung.", "2024-05-21", [7, 8], "conflict"),
    ("Densus 88 menangkap delapan terduga teroris di Solo Raya dan Lampung.", "2024-05-23", [7, 8], "rising"),
    # the count of the arrest's own sentence, not one told after it
    ("Densus 88 menangkap tujuh terduga teroris. Dua lainnya ditangkap di Lampung.", "2024-05-21", None, None),
])
def test_corpus_figures_arrest_counts(second, published, values, kind):
    """Two outlets count the people one operation arrested differently: a conflict on `arrested`, each report with
    its source and the offsets of the sentence it gives the count in."""
    first = _arrest("detik", "Tim Densus 88 menangkap tujuh terduga teroris di Jawa Tengah dan Lampung. Dua di Bandar "
                             "Lampung.")
    conflicts = figure_conflicts([first, _arrest("kompas", second, published=published)])
    if values is None:
        assert conflicts == []
        return
    [conflict] = conflicts
    assert (conflict.field, conflict.values, conflict.kind) == ("arrested", values, kind)
    report = conflict.reports[0]
    assert (report["doc"], report["value"], report["start"], report["end"]) == ("detik", 7, 0, first.text.index(".") + 1)


def test_corpus_figures_arrest_counts_only_of_arrests():
    """An attack's sentence counting arrests ("menangkap dua pelaku") is no arrest count of the attack."""
    docs = [_arrest("a", "Bom meledak dan polisi menangkap dua pelaku.", "ATTACK"),
            _arrest("b", "Bom meledak dan polisi menangkap tujuh pelaku.", "ATTACK")]
    assert figure_conflicts(docs) == []

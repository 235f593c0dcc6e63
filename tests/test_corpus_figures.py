"""Figure history and conflicts: differing reports, counts rising over time, copies counted once."""
from __future__ import annotations

import pytest

from telik.corpus.figures import figure_conflicts
from telik.model import Credibility

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

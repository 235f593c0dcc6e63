"""The result model: `to_dict` gives what `dataclasses.asdict` gives, key order included."""
from __future__ import annotations

import dataclasses
import json

from telik.ingest import read_inputs
from telik.model import Article, Credibility, DocResult, Event, Evidence, Quote

from conftest import SAMPLES


def test_to_dict_is_asdict(processor):  # type: ignore[no-untyped-def]
    arts = [a for a in read_inputs([SAMPLES]) if isinstance(a, Article)]
    docs = [d for d in processor.process_many(arts) if isinstance(d, DocResult)]
    made = DocResult("x", "t", "t", wire=["a"], credibility=Credibility(0.5, ["s"]), quotes=[Quote("q", 0, 1, None)],
                     events=[Event("attack", "e", 0, 1, actors=["A"], mentions=[Evidence("e", 0, 1)])])
    docs.append(made)
    assert any(d.events for d in docs) and any(d.entities for d in docs)
    for doc in docs:
        plain = doc.to_dict()
        assert plain == dataclasses.asdict(doc)
        assert json.dumps(plain, ensure_ascii=False) == json.dumps(dataclasses.asdict(doc), ensure_ascii=False)
        assert DocResult.from_dict(plain) == doc
    made.to_dict()["events"][0]["actors"].append("B")  # a copy: the document is not changed through it
    assert made.events[0].actors == ["A"]

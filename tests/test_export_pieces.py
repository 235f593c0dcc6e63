"""The export written piece by piece is exactly the text `extract` writes with `json.dump`."""
from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from telik.export.native import build_export
from telik.export.pieces import atomic_text, document_piece, write_pieces
from telik.extract import dump_json
from telik.model import Conflict, Credibility, DocResult, EntityMention, Event, Evidence

DOCS = [
    DocResult(id="a", text="Bom “meledak”\n\ndi Makassar.", clean_text="Bom “meledak”\n\ndi Makassar.",
              title="Bom\tMakassar", entities=[EntityMention("Makassar", "GPE", 17, 25, "makassar")],
              events=[Event("bombing", "Bom meledak", 0, 13, mentions=[Evidence("Bom", 0, 3)], killed=2)],
              credibility=Credibility(0.5, ["named sources: 1"]), warnings=["w"]),
    DocResult(id="b", text="", clean_text="", duplicate_of="a"),
]
CONFLICT = Conflict("c1", "killed", [2.0, 3.5], [{"document": "a", "value": 2}], best=3.5, reason="later")


@pytest.mark.parametrize("docs,conflicts,errors", [
    (DOCS, [CONFLICT], [{"source": "x.html", "reason": "empty"}]),
    (DOCS[:1], [], []),
    ([], [], [{"source": "x.html", "reason": "empty"}]),
    ([], [], []),
])
def test_export_pieces_join_into_the_json_dump_text(docs, conflicts, errors):
    whole, pieces = io.StringIO(), io.StringIO()
    dump_json(build_export(docs, conflicts, errors), whole)
    write_pieces(pieces, [document_piece(d) for d in docs], conflicts, errors)
    assert pieces.getvalue() == whole.getvalue()


def test_export_pieces_atomic_text_keeps_the_old_file_when_writing_fails(tmp_path):
    target = tmp_path / "export.json"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic_text(target) as fh:
        fh.write("half")
        raise RuntimeError("stopped")
    assert target.read_text(encoding="utf-8") == "old" and os.listdir(tmp_path) == ["export.json"]
    with atomic_text(target) as fh:
        fh.write("new")
    assert Path(target).read_text(encoding="utf-8") == "new"

"""The extract export is written piece by piece and atomically: a failed write leaves the old file whole."""
from __future__ import annotations

import json

import pytest

from telik.extract import write_json_atomic


def test_export_file_is_the_indented_json(tmp_path):
    data = {"documents": [{"id": "a", "text": "Bom di Medan \u201ckata polisi\u201d"}], "conflicts": []}
    out = tmp_path / "x.json"
    write_json_atomic(data, out)
    assert out.read_text(encoding="utf-8") == json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    assert out.stat().st_mode & 0o044  # readable like a plainly written file, not mkstemp's 0600


def test_failed_export_keeps_the_previous_file_and_leaves_no_temporary(tmp_path):
    out = tmp_path / "x.json"
    write_json_atomic({"documents": []}, out)
    before = out.read_text(encoding="utf-8")
    with pytest.raises(TypeError):
        write_json_atomic({"documents": [{"id": "a"}, {"id": object()}]}, out)  # fails half-way through
    assert out.read_text(encoding="utf-8") == before
    assert [p.name for p in tmp_path.iterdir()] == ["x.json"]

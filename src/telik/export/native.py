"""The export `telik extract` writes (the format `shared/eval/score.py` reads), every key for every document."""
from __future__ import annotations

import dataclasses
from typing import Any

from telik.model import Conflict, DocResult


def document_record(doc: DocResult) -> dict[str, Any]:
    """One `documents[]` entry."""
    return {
        "id": doc.id,
        "title": doc.title,
        "outlet": doc.outlet,
        "dateline": doc.dateline,
        "published": doc.published,
        "wire": list(doc.wire),
        "source": doc.source,
        "url": doc.url,
        "reference_date": doc.reference_date,
        "duplicate_of": doc.duplicate_of,
        "clean_text": doc.clean_text,
        "entities": [dataclasses.asdict(e) for e in doc.entities],
        "dates": [dataclasses.asdict(d) for d in doc.dates],
        "figures": [dataclasses.asdict(f) for f in doc.figures],
        "events": [dataclasses.asdict(e) for e in doc.events],
        "quotes": [dataclasses.asdict(q) for q in doc.quotes],
        "claims": [dataclasses.asdict(c) for c in doc.claims],
        "credibility": dataclasses.asdict(doc.credibility) if doc.credibility else {"score": None, "signals": []},
        "warnings": list(doc.warnings),
    }


def build_export(docs: list[DocResult], conflicts: list[Conflict],
                 errors: list[dict[str, str]] | None = None) -> dict[str, Any]:
    """The whole export object."""
    return {
        "documents": [document_record(d) for d in docs],
        "conflicts": [dataclasses.asdict(c) for c in conflicts],
        "errors": errors or [],
    }

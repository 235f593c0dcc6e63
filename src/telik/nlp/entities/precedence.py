"""Which of the trained NER's proposals and the rule candidates win, read from data/entities/model_precedence.yaml."""
from __future__ import annotations

from functools import lru_cache
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, ValidationError

from telik.datafiles import load_yaml
from telik.errors import Errors, TelikError

PATH = "entities/model_precedence.yaml"
ModelLabel = Literal["PER", "ORG", "LOC"]
Winner = Literal["model", "source", "boundaries", "wider", "heads", "contains_name"]


class Overlap(BaseModel):
    """Who keeps the span when a proposal overlaps a candidate of each source."""

    model_config = ConfigDict(extra="forbid")
    gazetteer: Winner
    defined: Winner
    rule: Winner
    propagated: Winner
    fallback: Winner


class Precedence(BaseModel):
    """The whole file (see its comments)."""

    model_config = ConfigDict(extra="forbid")
    labels: dict[ModelLabel, Literal["PER", "ORG", "GPE", "LOC", "FAC"]]
    overlap: dict[ModelLabel, Overlap]
    fallback_needs_model: list[Literal["PER", "ORG", "GPE", "LOC", "FAC"]]
    new_names: list[ModelLabel]
    strip_titles: list[ModelLabel]
    capitalised_edges: bool
    drop_common_only: bool
    skip_headlines: bool
    no_breaks: bool
    verb_prefixes: tuple[str, ...] = ()
    head_labels: bool
    places_in_context: bool
    places_after: frozenset[str]
    person_tails: bool

    def winner(self, label: str, source: str) -> Winner:
        """"model" or "source" for a proposal of `label` against a candidate from `source`."""
        rule: Winner = getattr(self.overlap[label], source)  # type: ignore[index]
        return rule


@lru_cache(maxsize=1)
def get_precedence() -> Precedence:
    """The validated precedence rules; E013 names the file and the bad key."""
    raw = load_yaml(PATH)
    try:
        prec = Precedence.model_validate(raw)
    except ValidationError as exc:
        err = exc.errors()[0]
        key = ".".join(str(p) for p in err["loc"])
        raise TelikError(Errors.E013, path=PATH, reason=f"{key}: {err['msg']}") from exc
    missing = (set(get_args(ModelLabel)) - set(prec.labels)) | (set(get_args(ModelLabel)) - set(prec.overlap))
    if missing:
        raise TelikError(Errors.E013, path=PATH, reason=f"labels/overlap lack {', '.join(sorted(missing))}")
    return prec

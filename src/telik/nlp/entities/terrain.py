"""The heads of places' names written in lower case (entities/terrain_heads.yaml), read by the entity rules and the
events' fallback; spaCy-free, as the events' lexicon is loaded by commands that run no pipeline."""
from __future__ import annotations

from typing import Annotated

from pydantic import Field, StringConstraints, model_validator

from telik.datafiles import DataFile

#: The file, under the entity rules' folder.
TERRAIN_FILE = "terrain_heads.yaml"
Words = tuple[Annotated[str, StringConstraints(min_length=1)], ...]


class TerrainHeadsFile(DataFile):
    """terrain_heads.yaml: heads of places' names written in lower case too, for the entity rules (`features`,
    `own_name`) and the events' fallback (`features` and `areas`)."""

    features: Annotated[Words, Field(min_length=1)]
    own_name: Words = ()
    areas: Words = ()

    @model_validator(mode="after")
    def _own_names_are_features(self) -> TerrainHeadsFile:
        if missing := [h for h in self.own_name if h not in self.features]:
            raise ValueError(f"own_name heads that are no features: {missing}")
        return self

    @property
    def all_heads(self) -> tuple[str, ...]:
        """Every head, lower-case: where the events look for a place the recogniser missed."""
        return tuple(h.lower() for h in (*self.features, *self.areas))

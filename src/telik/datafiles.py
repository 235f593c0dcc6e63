"""Reading the package's language-knowledge files (telik/data), with one clear error when one is broken."""
from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from telik.errors import Errors, TelikError


def data_path(relpath: str) -> Any:
    """A file under telik/data ("time/months.yaml"), as an importlib Traversable."""
    return resources.files("telik").joinpath("data", *relpath.split("/"))


def data_folder(folder: str) -> Path:
    """A folder of language knowledge: a name under telik/data ("gazetteer") or an absolute path."""
    path = Path(folder)
    return path if path.is_absolute() else Path(str(resources.files("telik").joinpath("data", *folder.split("/"))))


#: libyaml's parser where PyYAML was built with it: the same values as the pure-Python one, 8x faster, which is
#: most of the time reading telik/data takes at every worker's start-up.
_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse_yaml(text: str) -> Any:
    """The value of a YAML document, safe tags only (as `yaml.safe_load`); yaml.YAMLError when malformed."""
    return yaml.load(text, Loader=_LOADER)


def load_yaml(path: str | Path | Any) -> dict[str, Any]:
    """A YAML mapping from a path or a path relative to telik/data; E013 when unreadable or not a mapping."""
    target = data_path(path) if isinstance(path, str) else path
    try:
        data = parse_yaml(target.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise TelikError(Errors.E013, path=str(target), reason=str(exc)) from exc
    if not isinstance(data, dict):
        raise TelikError(Errors.E013, path=str(target), reason="the top level must be a mapping")
    return data


class DataFile(BaseModel):
    """The schema of one language-knowledge file: unknown keys are refused, so a misspelt key is an error."""

    model_config = ConfigDict(extra="forbid", frozen=True)


Schema = TypeVar("Schema", bound=DataFile)


def load_model(path: str | Path | Any, schema: type[Schema]) -> Schema:
    """A YAML file validated against `schema`; E013 names the file, the key and what is wrong with it."""
    target = data_path(path) if isinstance(path, str) else path
    data = load_yaml(target)
    try:
        return schema.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        key = ".".join(str(part) for part in first["loc"]) or "(top level)"
        more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
        raise TelikError(Errors.E013, path=str(target), reason=f"`{key}`: {first['msg']}{more}") from None

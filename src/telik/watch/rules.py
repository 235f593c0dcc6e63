"""Alert rules: a YAML file of named rules, validated on load, evaluated on what is new.

Schema (every key but `name` and `when` optional):

    rules:
      - name: attacks-in-indonesia     # unique, used in alert keys
        when: event                    # event | figure_change | conflict | spike
        types: [ATTACK, WARNING]       # event types (event, spike)
        countries: [ID]                # ISO 3166 codes of the event's place (event, spike)
        actors: [JAD, ISIS-K]          # any alias or canonical id among actors or targets (event)
        certainty: [asserted, claimed] # event certainty (event)
        window_days: 7                 # spike: the recent window
        baseline_weeks: 8              # spike: how far back the usual rate is measured
        factor: 3.0                    # spike: recent count >= factor x usual weekly rate
        min_events: 3                  # spike: and at least this many recent events
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, get_args

import yaml

from telik.datafiles import parse_yaml
from telik.errors import Errors, TelikError

Kind = Literal["event", "figure_change", "conflict", "spike"]
KINDS: tuple[Kind, ...] = get_args(Kind)
EVENT_TYPES = ("ATTACK", "MILITARY_OPERATION", "ARREST", "WARNING", "TALKS", "SUPPORT", "CONTROL", "ESTIMATE")
_ALLOWED = {"name", "when", "types", "countries", "actors", "certainty", "window_days", "baseline_weeks",
            "factor", "min_events"}


@dataclass(frozen=True)
class Rule:
    name: str
    when: str
    types: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    certainty: tuple[str, ...] = ()
    window_days: int = 7
    baseline_weeks: int = 8
    factor: float = 3.0
    min_events: int = 3
    extra: dict[str, Any] = field(default_factory=dict, compare=False)


def _strings(raw: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = raw.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ValueError(f"{where}: `{key}` must be a list of non-empty strings")
    return tuple(v.strip() for v in value)


def parse_rules(data: Any, source: str = "<rules>") -> list[Rule]:
    """Validate parsed YAML into rules; every problem names the rule and the key."""
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list) or not data["rules"]:
        raise TelikError(Errors.E015, path=source, reason="the file must hold a non-empty `rules:` list")
    rules: list[Rule] = []
    seen: set[str] = set()
    for i, raw in enumerate(data["rules"], 1):
        where = f"rule {i}"
        try:
            if not isinstance(raw, dict):
                raise ValueError(f"{where}: must be a mapping")
            name = raw.get("name")
            if not isinstance(name, str) or not name.strip():
                raise ValueError(f"{where}: `name` is required")
            where = f"rule {name!r}"
            if name in seen:
                raise ValueError(f"{where}: duplicate name")
            seen.add(name)
            unknown = set(raw) - _ALLOWED
            if unknown:
                raise ValueError(f"{where}: unknown keys {sorted(unknown)}; allowed: {sorted(_ALLOWED)}")
            when = raw.get("when")
            if when not in KINDS:
                raise ValueError(f"{where}: `when` must be one of {list(KINDS)}, not {when!r}")
            types = tuple(t.upper() for t in _strings(raw, "types", where))
            bad = [t for t in types if t not in EVENT_TYPES]
            if bad:
                raise ValueError(f"{where}: unknown event types {bad}; known: {list(EVENT_TYPES)}")
            numbers: dict[str, Any] = {}  # keyword arguments for Rule, each checked and converted below
            for key, kind in (("window_days", int), ("baseline_weeks", int), ("factor", float), ("min_events", int)):
                if key in raw:
                    value = raw[key]
                    if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
                        raise ValueError(f"{where}: `{key}` must be a positive number")
                    numbers[key] = kind(value)
            rules.append(Rule(
                name=name, when=when, types=types,
                countries=tuple(c.upper() for c in _strings(raw, "countries", where)),
                actors=_strings(raw, "actors", where),
                certainty=tuple(c.lower() for c in _strings(raw, "certainty", where)),
                **numbers,
            ))
        except ValueError as exc:
            raise TelikError(Errors.E015, path=source, reason=str(exc)) from exc
    return rules


def load_rules(path: str | Path) -> list[Rule]:
    """Read and validate a rules file (E015 with the reason when it is wrong)."""
    p = Path(path)
    try:
        data = parse_yaml(p.read_text(encoding="utf-8"))
    except OSError as exc:
        raise TelikError(Errors.E015, path=p, reason=f"cannot read it ({exc.strerror})") from exc
    except yaml.YAMLError as exc:
        raise TelikError(Errors.E015, path=p, reason=f"not valid YAML ({exc})") from exc
    return parse_rules(data, str(p))

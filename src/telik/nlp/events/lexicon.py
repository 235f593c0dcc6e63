"""Load and validate the event trigger lexicon and role patterns in telik/data/events."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from telik.datafiles import load_model, load_yaml
from telik.errors import Errors, TelikError
from telik.nlp.entities.terrain import TERRAIN_FILE, TerrainHeadsFile
from telik.nlp.quotes.lexicon import word_list
from telik.wordmatch import alternation

EVENT_TYPES = ("ATTACK", "MILITARY_OPERATION", "ARREST", "WARNING", "TALKS", "SUPPORT", "CONTROL", "ESTIMATE")
VOICES = ("active", "passive", "noun")
CERTAINTIES = ("claimed", "denied", "negated", "planned", "possible")
_ROLE_LISTS = (
    "vague_after", "vague_before", "date_blockers", "range_links", "agent_markers", "responsibility", "target_markers",
    "noun_object_markers", "source_markers", "anaphora", "past_cues", "destination_words", "standoff_talks",
    "recall_cues", "past_feasts", "recall_units", "recall_relations", "recall_followers", "incident_nouns",
    "standoff_cues", "two_sided", "not_first_cues", "new_thread_openers", "affiliation_markers",
    "own_subject_words", "series_words", "negated_right_before", "unrealised_before", "kind_after",
    "victim_predicates", "death_tolls", "count_anaphors", "victims_of", "time_clause_openers", "subset_words",
    "breakdown_words",
    "person_pointers",
    "searches", "agentive_nouns", "backer_markers", "deployments",
    "armed_groups", "state_forces", "estimate_nouns", "estimate_blockers", "weapons", "light_verbs", "report_passives",
    "place_blockers", "definite_heads", "estimate_verbs", "off_domain", "reporting_verbs", "killing_passives",
    "vague_right_before", "source_cues", "non_person_units", "victim_nouns", "violence_words",
    "speech_tags", "coordinators", "responsibility_claims", "vague_counts",
    "killed_predicates", "injured_predicates", "no_deaths", "non_territory", "relative_markers", "relative_hedges",
    "firefights", "while_words",
    "estimate_frames", "estimate_heads", "np_stops", "single_counts", "killing_verbs", "injuring_verbs", "army_units",
    "plot_cues",
    "superseded_cues", "naming_words", "injury_grades", "count_heads", "perpetrator_nouns", "identity_copulas",
    "recipient_markers", "receiving_verbs", "first_person", "volleys", "nationals", "motives", "drills", "place_links",
    "territory_heads",
    "facility_heads", "station_heads", "thoroughfares", "threat_examples", "presupposing_verbs", "mediation_words",
    "own_side_words", "round_words",
    "agreement_verbs", "kin_words", "kin_one", "follower_words", "weapon_modifiers", "strike_words",
    "np_first_not", "np_last_not", "np_head_tags", "np_open_tags", "np_cut_tags", "np_inner_words", "np_not_named",
    "speaker_after", "war_tolls", "realised_modals", "achievements",
    "killing_nouns", "np_lead_words", "took_part", "described_heads", "led_by", "led_heads", "taken_from",
    "origin_markers",
    "fiction_works", "fiction_telling", "rebel_heads", "home_places",
    "foiling_verbs", "call_cues", "resident_nouns", "spokesman_markers", "harm_verbs",
    "campaign_spans", "untyped_attack_nouns", "court_words", "member_verbs", "same_place_heads",
    "toll_totals", "toll_reaches", "toll_rises", "toll_rise_leads", "pleas", "lawmaking",
    "pointer_words", "auxiliaries",
)


#: `needs` a trigger may name besides a cue: conditions on its sentence (see triggers.yaml).
_FRAME_NEEDS = ("state_actor", "armed_actor", "dated", "main_clause", "state_killing")
#: Possessive endings a trigger may carry ("serangan udaranya", "penangkapannya"): the same trigger.
_SUFFIXES = "nya"
#: A prefix written onto a noun trigger ("pascapenyerangan", "pasca-penangkapan"): the event told as a time.
_PREFIXES = "pasca-?"


def base_phrase(phrase: str) -> str:
    """The lexicon key of a matched trigger: lower-case, single spaces, without a prefix or a possessive ending."""
    key = re.sub(r"^pasca-?", "", re.sub(r"\s+", " ", phrase.lower()))
    return key[: -len(_SUFFIXES)] if key.endswith(_SUFFIXES) else key


@dataclass(frozen=True)
class Trigger:
    phrase: str
    type: str
    subtype: str | None
    voice: str
    needs: str | None
    headline: bool = False  # a bare root verb ("Densus 88 Ringkus ..."): read only in a headline


@dataclass(frozen=True)
class EventLexicon:
    triggers: dict[str, Trigger]  # phrase → trigger (a phrase may belong to one type per `needs`)
    alternatives: dict[str, list[Trigger]]
    trigger_re: re.Pattern[str]
    cues: dict[str, tuple[str, ...]]
    certainty: dict[str, tuple[str, ...]]
    lists: dict[str, tuple[str, ...]]
    crimes: tuple[str, ...] = ()  # words of ordinary crime domains (crime_domains.yaml)
    governing: tuple[tuple[str, str], ...] = ()  # armed groups that took power, and the ISO day they did


def _triggers(data: dict[str, Any], path: str) -> dict[str, list[Trigger]]:
    out: dict[str, list[Trigger]] = {}
    for etype in EVENT_TYPES:
        entries = data.get(etype)
        if not isinstance(entries, list):
            raise TelikError(Errors.E013, path=path, reason=f"`{etype}` must be a list of trigger entries")
        for entry in entries:
            if not isinstance(entry, dict) or not isinstance(entry.get("phrase"), str):
                raise TelikError(Errors.E013, path=path, reason=f"{etype}: every entry needs a `phrase`")
            voice = entry.get("voice", "noun")
            if voice not in VOICES:
                raise TelikError(
                    Errors.E013, path=path, reason=f"{etype} {entry['phrase']!r}: voice must be one of {VOICES}"
                )
            headline = entry.get("headline", False)
            if not isinstance(headline, bool):
                reason = f"{etype} {entry['phrase']!r}: headline is true or false"
                raise TelikError(Errors.E013, path=path, reason=reason)
            phrase = entry["phrase"].lower().strip()
            trig = Trigger(phrase, etype, entry.get("subtype"), voice, entry.get("needs"), headline)
            out.setdefault(trig.phrase, []).append(trig)
    return out


def _governing(data: dict[str, Any], path: str) -> tuple[tuple[str, str], ...]:
    """`governing_since`: each group's name and the ISO day it took power."""
    value = data.get("governing_since")
    if not isinstance(value, dict):
        raise TelikError(Errors.E013, path=path, reason="`governing_since` must map group names to ISO days")
    out = []
    for name, day in value.items():
        try:
            date.fromisoformat(str(day))
        except ValueError:
            reason = f"governing_since {name!r}: {day!r} is no ISO day"
            raise TelikError(Errors.E013, path=path, reason=reason) from None
        out.append((str(name).lower(), str(day)))
    return tuple(out)


@lru_cache(maxsize=1)
def get_event_lexicon() -> EventLexicon:
    """The trigger lexicon and role patterns, loaded and checked once."""
    tpath, rpath = "telik/data/events/triggers.yaml", "telik/data/events/roles.yaml"
    tdata = load_yaml("events/triggers.yaml")
    rdata = load_yaml("events/roles.yaml")
    alts = _triggers(tdata, tpath)
    cues_raw = tdata.get("cues")
    if not isinstance(cues_raw, dict):
        raise TelikError(Errors.E013, path=tpath, reason="`cues` must be a mapping of cue lists")
    cues = {k: word_list(cues_raw, k, tpath) for k in cues_raw}
    for trigs in alts.values():
        for t in trigs:
            if t.needs and t.needs not in cues and t.needs not in _FRAME_NEEDS:
                raise TelikError(Errors.E013, path=tpath, reason=f"{t.phrase!r} needs unknown cue {t.needs!r}")
    cert_raw = rdata.get("certainty")
    if not isinstance(cert_raw, dict):
        raise TelikError(Errors.E013, path=rpath, reason="`certainty` must be a mapping")
    certainty = {k: word_list(cert_raw, k, rpath) for k in CERTAINTIES}
    lists = {k: word_list(rdata, k, rpath) for k in _ROLE_LISTS}
    # the heads of places' names written in lower case: one list with the entity rules'
    lists["terrain_heads"] = load_model(f"entities/{TERRAIN_FILE}", TerrainHeadsFile).all_heads
    cpath = "telik/data/events/crime_domains.yaml"
    domains = load_yaml("events/crime_domains.yaml").get("domains")
    if not isinstance(domains, dict) or not domains:
        raise TelikError(Errors.E013, path=cpath, reason="`domains` must map each crime domain to a list of words")
    crimes = tuple(w for k in domains for w in word_list(domains, k, cpath))
    trigger_re = re.compile(rf"(?<![\w-])(?:{_PREFIXES})?(?:{alternation(list(alts))})(?:{_SUFFIXES})?(?![\w-])", re.I)
    return EventLexicon(
        {p: ts[0] for p, ts in alts.items()}, alts, trigger_re, cues, certainty, lists, crimes, _governing(rdata, rpath)
    )

"""telik_events participants written as phrases: agents, victims and the type the kind of agent decides."""
from __future__ import annotations

import pytest


def _event(nlp, text, etype):
    return next(e for e in nlp(text)._.events if e.type == etype)


@pytest.mark.parametrize(
    "text,etype,actor",
    [
        # passive with "oleh" and a descriptive agent
        ("Dua warga tewas ditembak oleh orang tak dikenal di Kampung Wandai.", "ATTACK", "orang tak dikenal"),
        # a noun trigger and "yang dilakukan"
        ("Serangan yang dilakukan kelompok kriminal bersenjata itu menewaskan tiga pekerja.", "ATTACK", "kelompok kriminal bersenjata"),
        # the subject phrase before an active verb
        ("Pelaku bom bunuh diri meledakkan diri di depan gereja.", "ATTACK", "Pelaku bom bunuh diri"),
        # a passive verb's bare agent, with no "oleh"
        ("Seorang guru tewas ditembak orang tak dikenal di Distrik Beoga.", "ATTACK", "orang tak dikenal"),
    ],
)
def test_events_participants_described_agent(nlp, text, etype, actor):
    assert _event(nlp, text, etype).actors == [actor]


@pytest.mark.parametrize(
    "text,etype",
    [
        # state forces before the verb: their shooting is an operation
        ("Aparat keamanan menembaki markas kelompok itu di Distrik Sugapa.", "MILITARY_OPERATION"),
        # state forces as the bare agent of a passive killing: their operation, not an attack by the victim's group
        ("Seorang anggota kelompok bersenjata tewas ditembak mati petugas gabungan di Distrik Sugapa.",
         "MILITARY_OPERATION"),
        # an unknown armed perpetrator: an attack, even with a firefight trigger
        ("Orang tak dikenal terlibat baku tembak dengan warga di Distrik Sugapa.", "ATTACK"),
    ],
)
def test_events_participants_kind_of_agent_decides_type(nlp, text, etype):
    assert [e.type for e in nlp(text)._.events] == [etype]


def test_events_participants_victims_of_killing_verb_and_toll(nlp):
    text = "Ledakan bom di Pasar Sentral menewaskan 12 orang, termasuk tiga polisi. Lima pedagang mengalami luka-luka."
    ev = _event(nlp, text, "ATTACK")
    assert "12 orang" in ev.targets and "tiga polisi" in ev.targets


def test_events_participants_venue_struck_is_a_target(nlp):
    text = "Bom bunuh diri meledak di Gereja Katedral Makassar pada Minggu (28/3/2021)."
    ev = _event(nlp, text, "ATTACK")
    assert ev.location == "Gereja Katedral Makassar" and "Gereja Katedral Makassar" in ev.targets


def test_events_participants_named_actor_wins_over_phrase(nlp):
    text = "ISIS mengklaim bertanggung jawab atas ledakan bom yang menewaskan 20 jemaah itu."
    ev = _event(nlp, text, "ATTACK")
    assert ev.actors == ["ISIS"]


def test_events_participants_narrative_time_continues_the_story(nlp):
    text = ("Bom meledak di Pasar Sentral Poso pada Minggu (12/5/2024). Sedikitnya tiga orang tewas. "
            "Polisi kemudian menangkap dua terduga pelaku di Desa Tambarana.")
    arrest = next(e for e in nlp(text)._.events if e.type == "ARREST")
    assert arrest.date == "2024-05-12"


def test_events_participants_police_station_is_place_and_target(nlp):
    text = "Bom bunuh diri meledak di Polsek Astana Anyar, Bandung, pada Rabu (7/12/2022)."
    ev = next(e for e in nlp(text)._.events if e.type == "ATTACK")
    assert ev.location == "Polsek Astana Anyar" and "Polsek Astana Anyar" in ev.targets


def test_events_participants_nearer_described_subject_acts(nlp):
    text = "Polisi Austria menangkap 14 orang setelah seorang pria bersenjata membunuh empat orang dalam aksi teror di Wina."
    ev = next(e for e in nlp(text)._.events if e.trigger == "membunuh")
    assert (ev.type, ev.actors) == ("ATTACK", ["pria bersenjata"])


def test_events_participants_counted_arrests_are_one_operation(nlp):
    text = "Polisi Austria telah melakukan serangkaian penangkapan atas 14 orang setelah serangan teror di Wina."
    assert "ARREST" in [e.type for e in nlp(text)._.events]


def test_events_participants_a_named_target_keeps_its_name(nlp):
    """The phrase goes on through "bernama" to the name, however long it is before it."""
    text = "Satgas Nemangkawi mengamankan satu orang anggota KKB lainnya bernama Hermanus Tipagau di Sugapa."
    assert any(t.endswith("bernama Hermanus Tipagau") for t in _event(nlp, text, "ARREST").targets)


@pytest.mark.parametrize(
    "text,etype,targets",
    [
        # the country named, then the people harmed the phrase names
        ("ISIS-K mengklaim serangan bom itu, yang menargetkan pasukan Amerika Serikat di bandara.", "ATTACK",
         ["Amerika Serikat", "pasukan Amerika Serikat"]),
        # a group keeps its name beside its members
        ("Densus 88 menangkap tiga terduga anggota JI di Kabupaten Tanggamus.", "ARREST",
         ["JI", "anggota JI"]),
    ],
)
def test_events_participants_named_target_inside_a_victim_phrase(nlp, text, etype, targets):
    assert _event(nlp, text, etype).targets[: len(targets)] == targets


def test_events_participants_passive_subject_is_the_target_and_its_road_no_place(nlp):
    """"Para pekerja proyek Trans Papua dibunuh": the workers are the target; the road names who they are, the
    place is where the clause puts the killing."""
    ev = _event(nlp, "Para pekerja proyek Trans Papua dibunuh secara kejam di Nduga, Papua, pada awal Desember "
                     "2018.", "ATTACK")
    assert ev.targets == ["Para pekerja proyek Trans Papua"] and ev.location == "Nduga"

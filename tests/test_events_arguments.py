"""telik_events arguments: places, actors, targets, casualties, restatement merging and off-domain sentences."""
from __future__ import annotations

import pytest


def _events(nlp, text, etype=None):
    return [e for e in nlp(text)._.events if etype is None or e.type == etype]


def _one(nlp, text, etype):
    found = _events(nlp, text, etype)
    assert len(found) == 1, [(e.type, e.evidence) for e in nlp(text)._.events]
    return found[0]


@pytest.mark.parametrize(
    "text,etype,location",
    [
        # a place after another trigger belongs to that trigger
        ("ISIS-K melakukan serangan pada 3 Januari di Iran dan penembakan pada 22 Maret di Moskow.", "ATTACK", "Iran"),
        ("Iran memperingatkan Rusia tentang ancaman keamanan sebelum serangan di Moskow.", "WARNING", None),
        # "dari X" is the place of an expulsion
        ("Pasukan Irak bekerja sama dengan Amerika Serikat untuk mengusir ISIS dari Mosul.", "MILITARY_OPERATION", "Mosul"),
        # a place that describes a participant is not the event's place
        ("Polisi menangkap seorang komandan cabang ISIS yang berbasis di Afghanistan.", "ARREST", None),
        # the most specific place of an apposition chain
        ("KKB menyerang pos TNI di Distrik Yigi, Kabupaten Nduga, Papua Pegunungan, pada Sabtu (27/4/2024).", "ATTACK", "Distrik Yigi"),
        # the object of an occupation is its place
        ("Hubungan memburuk sejak Rusia menduduki Ukraina pada Februari 2022.", "MILITARY_OPERATION", "Ukraina"),
    ],
)
def test_events_arguments_location(nlp, text, etype, location):
    assert _events(nlp, text, etype)[0].location == location


@pytest.mark.parametrize(
    "text,etype,actor,target",
    [
        ("Iran memperingatkan Rusia tentang ancaman keamanan menjelang konser.", "WARNING", "Iran", "Rusia"),
        ("Pasukan Irak bekerja sama dengan Amerika Serikat untuk mengusir ISIS dari Mosul.", "MILITARY_OPERATION", "Amerika Serikat", "ISIS"),
        ("Militer Irak menggelar operasi militer pada 26 Februari yang menewaskan 22 anggota ISIS.", "MILITARY_OPERATION", "Irak", "ISIS"),
        ("Densus 88 menangkap empat terduga teroris yang tergabung dalam jaringan JAD di Jawa Tengah.", "ARREST", "Densus 88", "JAD"),
        ("Jenderal Michael Kurilla melontarkan peringatan terbaru soal ancaman serangan ISIS.", "WARNING", "Michael Kurilla", None),
        ("Namun, JAD diperkirakan masih memiliki sekitar 1.500 anggota dan simpatisan di seluruh Indonesia.", "ESTIMATE", "JAD", None),
    ],
)
def test_events_arguments_roles(nlp, text, etype, actor, target):
    ev = _one(nlp, text, etype)
    assert (ev.actors[:1], ev.targets[:1]) == ([actor] if actor else [], [target] if target else [])


@pytest.mark.parametrize(
    "text,target",
    [
        ("Brigjen Fadil Imran mengatakan Sri diamankan polisi karena diduga menyebarkan ujaran kebencian.", []),
        ("Dua warga asal Kabupaten Langkat ditangkap polisi Malaysia.", []),
    ],
)
def test_events_arguments_passive_target_is_not_speaker_or_place(nlp, text, target):
    assert _one(nlp, text, "ARREST").targets == target


def test_events_arguments_bare_head_resolves_to_named_organisation(nlp):
    text = (
        "Kementerian Intelijen Iran mengumumkan penyelidikan baru.\n\n"
        "Pada 19 Januari, kementerian mengumumkan telah menangkap seorang komandan ISIS-K."
    )
    ev = _one(nlp, text, "ARREST")
    assert ev.actors == ["Kementerian Intelijen Iran"]
    assert ev.targets == ["ISIS-K"]


@pytest.mark.parametrize(
    "text,killed,injured",
    [
        ("ISIS menyergap sebuah bus tentara di gurun Badia. Sedikitnya 18 tentara tewas dan 9 lainnya terluka.", 18, 9),
        ("Sebuah bom bunuh diri mengguncang pos polisi di Medan. Dua orang tewas dalam peristiwa itu. Enam orang lainnya luka-luka.", 2, 6),
    ],
)
def test_events_arguments_toll_in_following_sentence(nlp, text, killed, injured):
    ev = _one(nlp, text, "ATTACK")
    assert (ev.killed, ev.injured) == (killed, injured)


def test_events_arguments_restatement_takes_date_from_other_mention(nlp):
    text = (
        "ISIS Mencoba Beraliansi Dengan Al-Qaeda\n\n"
        "ISIS tengah berbicara dengan Al-Qaeda tentang kemungkinan beraliansi. "
        "Pembicaraan itu diungkapkan oleh Ayad Allawi pada Senin (17/4/2017)."
    )
    ev = _one(nlp, text, "TALKS")
    assert ev.date == "2017-04-17"
    assert ev.actors[:1] == ["ISIS"]
    assert len(ev.mentions) == 3
    assert ev.evidence.startswith("ISIS tengah berbicara")  # a body sentence, not the headline


@pytest.mark.parametrize(
    "text,count",
    [
        # a dated warning to someone else and a warning to another target are separate events
        (
            "Intel AS Sudah Tahu Soal Rencana Serangan\n\n"
            "Intelijen AS mengumpulkan data pada bulan Maret 2024 tentang rencana serangan ISIS-K. "
            "AS memberikan peringatan terbuka pada tanggal 7 Maret 2024 dan memberi tahu Rusia tentang ancaman itu. "
            "Sebelumnya, AS juga telah memperingatkan Iran mengenai kemungkinan serangan.",
            3,
        ),
        # restatements with a shared place merge
        ("Ledakan bom di Kota Medan pada 12 Mei 2024 menewaskan dua orang.\n\nPolisi menyelidiki ledakan bom di Kota Medan itu.", 1),
        # the same type on different days is two events
        ("ISIS melakukan serangan di Kabul pada 3 Januari 2024. ISIS kembali melakukan serangan di Kabul pada 5 Februari 2024.", 2),
    ],
)
def test_events_arguments_merge_only_compatible_mentions(nlp, text, count):
    etype = "WARNING" if "peringat" in text else "ATTACK"
    assert len(_events(nlp, text, etype)) == count


def test_events_arguments_relative_passive_restates_earlier_arrest(nlp):
    text = (
        "Polisi menangkap 35 orang di Kerman pada Januari 2024.\n\n"
        "Salah satu teroris yang ditangkap di Iran mengatakan beberapa anggota telah pergi ke Rusia."
    )
    assert len(_events(nlp, text, "ARREST")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Mutiara Hitam melancarkan serangan ke jantung pertahanan lawan sejak peluit awal dibunyikan.",
        "Memang sejak menit awal Spurs langsung menguasai pertandingan dan merebut bola dari lawan.",
        "Musisi itu dirawat karena serangan jantung dan serangan asma.",
        "Menurut dua sumber militer yang berbicara dengan syarat anonim, situasi sudah terkendali.",
        "Aliansi Super Oposisi Nasional menyatakan kekecewaannya.",
    ],
)
def test_events_arguments_off_domain_sentences_have_no_events(nlp, text):
    assert _events(nlp, text) == []


@pytest.mark.parametrize(
    "text,etype",
    [
        ("Kelompok militan Al-Shabaab menyerbu sebuah hotel di Mogadishu pada Jumat (14/6/2024).", "ATTACK"),
        ("Jet tempur Angkatan Udara Nigeria kemudian menggempur posisi militan di Borno.", "MILITARY_OPERATION"),
        ("Tiga pekerja tewas ditembak kelompok kriminal bersenjata di Distrik Sinak.", "ATTACK"),
        ("Pemerintah Thailand dan BRN menyepakati kerangka rencana bersama menuju perdamaian.", "TALKS"),
        ("BNPT mengingatkan potensi serangan teror oleh pelaku tunggal menjelang Natal.", "WARNING"),
    ],
)
def test_events_arguments_new_triggers(nlp, text, etype):
    assert etype in [e.type for e in _events(nlp, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Di tempat yang sama, Polri menyampaikan sekitar 140.000 personel gabungan disiagakan.",
        "SOHR mencatat lebih dari 100 anggota pasukan pemerintah tewas tahun ini.",
    ],
)
def test_events_arguments_security_personnel_are_not_group_strength(nlp, text):
    assert _events(nlp, text, "ESTIMATE") == []


def test_events_arguments_period_edge_is_not_the_date(nlp):
    text = "Islamic State mengklaim bertanggung jawab atas ledakan di Iran, yang paling berdarah sejak Revolusi Islam 1979."
    assert _one(nlp, text, "ATTACK").date is None

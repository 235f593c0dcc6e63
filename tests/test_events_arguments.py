"""telik_events arguments: places, actors, targets, casualties, restatement merging and off-domain sentences."""
from __future__ import annotations

import pytest

from telik.export.common import distinct_parties


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
        # where people fled is not where the attack happened
        ("Militan menyerang desa itu hingga ribuan warga mengungsi ke arah Bangladesh.", "ATTACK", None),
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
    # the agent is the last party (a force restating its state's name is the same party)
    assert (distinct_parties(ev.actors)[-1:], ev.targets[:1]) == ([actor] if actor else [], [target] if target else [])


@pytest.mark.parametrize(
    "text,wrong",
    [
        ("Brigjen Fadil Imran mengatakan Sri diamankan polisi karena diduga menyebarkan ujaran kebencian.", "Fadil Imran"),
        ("Dua warga asal Kabupaten Langkat ditangkap polisi Malaysia.", "Kabupaten Langkat"),
        # the speaker far before the reported clause
        ("Kapolres Sleman AKBP Rizky Adrian menyatakan tiga pelaku penyerangan di Depok, Sleman, telah ditangkap "
         "petugas.", "Kapolres Sleman AKBP Rizky Adrian"),
    ],
)
def test_events_arguments_passive_target_is_not_speaker_or_place(nlp, text, wrong):
    # ("Dua warga asal Kabupaten Langkat" is whom they arrested)
    assert not [t for t in _one(nlp, text, "ARREST").targets if t.startswith(wrong)]


@pytest.mark.parametrize(
    "text,etype,target",
    [
        # the object of an active verb before the passive, not that verb's subject
        ("Foto satelit memperlihatkan banyak desa Rohingya musnah dibakar oleh militer Myanmar pekan lalu.",
         "MILITARY_OPERATION", "banyak desa Rohingya"),
        # the head a relative clause describes, not the relative clause's object
        ("Tiga pekerja yang memperbaiki jembatan ditembak oleh KKB di Nduga.", "ATTACK", "Tiga pekerja"),
        # a verb right before the passive takes it as its complement
        ("Kelompok pemberontak mengaku diserang pasukan Suriah pada subuh di daerah gurun.", "MILITARY_OPERATION",
         "Kelompok pemberontak"),
    ],
)
def test_events_arguments_passive_subject_phrase(nlp, text, etype, target):
    assert _one(nlp, text, etype).targets[:1] == [target]


def test_events_arguments_shooting_of_names_its_victim_not_its_source(nlp):
    shot = _one(nlp, "Anggota KKB itu terlibat dalam penembakan tim TGPF beberapa waktu lalu di Intan Jaya.", "ATTACK")
    assert "tim TGPF" in shot.targets
    text = "Pemerintah mengevakuasi 8.000 warga menyusul aksi penembakan dari India di kawasan Kashmir pada Jumat (18/11)."
    assert "India" not in _one(nlp, text, "ATTACK").targets


def test_events_arguments_speaker_after_a_quotation_closed_is_no_participant(nlp):
    text = ('Polisi menyelidiki peran para pelaku. Ada peran menyimpan bensin, ada yang membakar," kata Kapolda Metro '
            'Jaya Inspektur Jenderal Idham Aziz di Jakarta.')
    for event in _events(nlp, text):
        assert "Idham Aziz" not in event.targets and event.location != "Jakarta"


def test_events_arguments_bare_head_keeps_the_clause_that_says_who(nlp):
    text = "Pria bersenjata itu ditembak mati oleh polisi saat dia menembaki orang yang lewat di Wina."
    assert "orang yang lewat" in _one(nlp, text, "ATTACK").targets


def test_events_arguments_group_that_lost_the_ground_is_the_target(nlp):
    text = "Pasukan junta Myanmar merebut kembali kota Lashio dari tangan Tentara Aliansi Demokratik Nasional Myanmar."
    assert _one(nlp, text, "CONTROL").targets == ["Tentara Aliansi Demokratik Nasional Myanmar"]


def test_events_arguments_phrase_at_its_length_limit_keeps_the_whole_name(nlp):
    text = "Densus 88 menangkap lima terduga teroris jaringan Jamaah Ansharut Daulah di Sukoharjo pada Senin (14/8)."
    assert "lima terduga teroris jaringan Jamaah Ansharut Daulah" in _one(nlp, text, "ARREST").targets
    assert _one(nlp, "KKB merencanakan serangan ke kantor polisi menjelang HUT RI.", "WARNING").targets == [
        "kantor polisi"
    ]


def test_events_arguments_signed_accord_has_its_signatory_and_a_threat_is_no_target(nlp):
    text = "Pemerintah Indonesia dan Gerakan Aceh Merdeka (GAM) menandatangani nota kesepahaman damai di Helsinki."
    assert "GAM" in _one(nlp, text, "TALKS").actors
    warned = _one(nlp, "Badan Intelijen Negara (BIN) memperingatkan potensi serangan teror di kota besar.", "WARNING")
    assert warned.targets == []


def test_events_arguments_lives_taken_are_the_toll(nlp):
    assert _one(nlp, "Militan menyerang desa itu hingga merenggut 400 nyawa.", "ATTACK").killed == 400


@pytest.mark.parametrize(
    "text,killed",
    [
        # the counts joined to a killing verb's first object add up; not things, not past another verb
        ("Serangan udara Israel ke Jalur Gaza menewaskan tiga komandan senior Jihad Islam dan sedikitnya 10 warga "
         "sipil.", 13),
        ("Serangan bom itu menewaskan 5 orang dan 10 rumah terbakar.", 5),
        ("KKB menyerang pos TNI dan menewaskan tiga prajurit dan melukai 10 lainnya.", 3),
    ],
)
def test_events_arguments_killing_verb_objects_add_up(nlp, text, killed):
    assert [e.killed for e in _events(nlp, text) if e.killed is not None] == [killed]


def test_events_arguments_who_took_part_is_no_victim(nlp):
    text = "Seorang anggota KKB yang meninggal dunia terlibat dalam penembakan tim TGPF beberapa waktu lalu."
    shot = _one(nlp, text, "ATTACK")
    assert (shot.targets, shot.killed) == (["TGPF", "tim TGPF"], None)


def test_events_arguments_bare_head_resolves_to_named_organisation(nlp):
    text = (
        "Kementerian Intelijen Iran mengumumkan penyelidikan baru.\n\n"
        "Pada 19 Januari, kementerian mengumumkan telah menangkap seorang komandan ISIS-K."
    )
    ev = _one(nlp, text, "ARREST")
    assert ev.actors == ["Kementerian Intelijen Iran"]
    assert ev.targets == ["ISIS-K", "seorang komandan ISIS-K"]  # the entity first, then the phrase


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
        # a legal category names no event
        "Tugas pokok TNI dalam operasi militer selain perang salah satunya mengatasi aksi terorisme.",
        "PPATK merilis Indeks Persepsi Publik terhadap Tindak Pidana Pendanaan Terorisme tahun 2017.",
        # a condition tells no attack that happened
        "Pemerintah juga menyiapkan skenario penanganan jika terjadi serangan di tempat pemungutan suara.",
        # a series spoken of, not one event
        "Serangan terhadap pekerja sipil di Puncak bukan yang pertama.",
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
        ("Densus 88 mengingatkan potensi aksi teror oleh kelompok radikal menjelang Pemilu.", "WARNING"),
        ("Pemerintah Indonesia dan Gerakan Aceh Merdeka (GAM) menandatangani nota kesepahaman damai di Helsinki.",
         "TALKS"),
        ("Kedua pihak mencapai kesepakatan damai setelah perang saudara selama dua dekade.", "TALKS"),
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


@pytest.mark.parametrize(
    "text,etype,actors",
    [
        # a name after "dilansir" is the source of the report; the agent is the phrase before the verb
        ("Seperti dilansir Reuters, para penyerang bersenjata menyandera sejumlah tamu hotel.", "ATTACK", ["penyerang bersenjata"]),
        # a name right after an active verb is its object, not the agent of the next verb
        ("Ratusan militan memasuki Macomia dari tiga arah, lalu menyerbu pos militer.", "ATTACK", ["militan"]),
        # a reporting verb takes a clause: its subject is the agent
        ("Sumber intelijen mengatakan ISIS-K telah melakukan serangan pada 3 Januari.", "ATTACK", ["ISIS-K"]),
        # "oleh anggota kelompok tersebut": the member noun does not hide the anaphor
        ("MIT kembali beraksi. Empat petani di Desa Kalemago dibunuh oleh anggota kelompok tersebut.", "ATTACK", ["MIT"]),
        # a verb opening a relative clause has the noun before "yang" as its agent, not the main clause's subject
        ("Kepolisian Jepang menahan dua pria yang menembaki kantor pusat kelompok pendukung Korea Utara di Tokyo.",
         "ATTACK", ["dua pria"]),
        ("Densus 88 menangkap anggota JAD yang menyerang Mapolres Bima.", "ATTACK", ["JAD"]),
        # the other side of a clash, a state's force written as a phrase, acts
        ("Sedikitnya 11 militan Abu Sayyaf tewas dalam bentrokan dengan pasukan pemerintah di Pulau Jolo.",
         "MILITARY_OPERATION", ["pasukan pemerintah"]),
        # a group led by a person: the group acts
        ("KKB pimpinan Egianus Kogoya kembali melakukan penyerangan terhadap pos TNI di Distrik Mugi.", "ATTACK",
         ["KKB"]),
        # the bare agent of a passive after the words of a force ("ditangkap personel tim Densus 88")
        ("Ia ditangkap personel tim Detasemen Khusus (Densus) 88 Antiteror Polri di Poso pada Senin (12/5).",
         "ARREST", ["Detasemen Khusus (Densus) 88"]),
        ("Kepolisian Jepang menahan dua pria yang menembaki kantor pusat kelompok pendukung Korea Utara di Tokyo.",
         "ARREST", ["Kepolisian Jepang"]),
    ],
)
def test_events_arguments_agent_choice(nlp, text, etype, actors):
    assert _events(nlp, text, etype)[0].actors == actors


@pytest.mark.parametrize(
    "text,date",
    [
        ("Seperti dilansir Reuters, Sabtu (15/6/2024), para penyerang menyandera sejumlah tamu hotel.", None),
        ("Ledakan pertama terdengar sekitar pukul 20.30 waktu setempat.", None),
        ("Militan menyerbu pos militer di Macomia pada Jumat (10/5/2024).", "2024-05-10"),
        # a vague date restated at once more precisely is the precise one
        ("Tanggal 2 Desember 2024 sepi. Militan menyerbu pos militer akhir pekan ini (Sabtu, 7/12).", "2024-12-07"),
    ],
)
def test_events_arguments_dates_that_do_not_date_the_event(nlp, text, date):
    assert _events(nlp, text, "ATTACK")[0].date == date


@pytest.mark.parametrize(
    "text,killed,location",
    [
        ("Pada 2021, sedikitnya empat petani di Desa Kalemago, Kecamatan Lore Timur, dibunuh oleh kelompok MIT.", 4, "Desa Kalemago"),
        ("Korban tewas akibat serangan kelompok Al-Shabaab di Mogadishu bertambah, kata petugas di Rumah Sakit Madina.", None, "Mogadishu"),
    ],
)
def test_events_arguments_toll_and_place_in_sentence(nlp, text, killed, location):
    ev = _events(nlp, text, "ATTACK")[0]
    assert (ev.killed, ev.location) == (killed, location)


def test_events_arguments_target_ends_before_a_stop(nlp):
    event = _one(nlp, "Kepolisian Prancis menahan Haradinaj tak lama setelah ia tiba di bandar udara.", "ARREST")
    assert event.targets == ["Haradinaj"]
    assert _one(nlp, "KKB menembak seorang warga berkali-kali di Poso.", "ATTACK").targets == ["seorang warga"]
    event = _one(nlp, "Tidak jelas mengapa Guled ditangkap oleh tentara Somalia.", "ARREST")
    assert event.targets == ["Guled"]


def test_events_arguments_planned_and_real_mentions_stay_apart(nlp):
    text = (
        "Pasukan Rwanda bergerak ke arah Macomia untuk membantu tentara Mozambik merebut kembali kota tersebut.\n\n"
        "Pada 2021, pasukan Rwanda dan Mozambik berhasil merebut kembali pelabuhan Mocimboa da Praia."
    )
    control = _events(nlp, text, "CONTROL")
    assert [e.certainty for e in control] == ["planned", "asserted"]
    assert control[1].date == "2021"


def test_events_arguments_victims_group_is_the_target(nlp):
    ev = _one(nlp, "Sebuah bom pinggir jalan melukai empat tentara Thailand di Narathiwat.", "ATTACK")
    assert (ev.targets, ev.injured) == (["Thailand", "empat tentara Thailand"], 4)  # the state, then the people hit


@pytest.mark.parametrize(
    "text,actors,targets",
    [
        ("Korban tewas akibat serangan kelompok Al-Shabaab terhadap sebuah hotel di Mogadishu bertambah.", ["Al-Shabaab"], ["hotel"]),
        ("Aksi itu mengingatkan pada penyanderaan pilot Susi Air pada Februari 2023.", [], ["Susi Air", "pilot Susi Air"]),
        ("Pejabat Josue Boji mengatakan bentrokan dimulai setelah sekelompok pengungsi menyerbu penjara.", [], ["penjara"]),
        # "melawan" marks what the attack was against
        ("Sekjen PBB mengutuk serangan melawan pasukan keamanan Myanmar di Rakhine State.", [], ["Myanmar", "pasukan keamanan Myanmar"]),
    ],
)
def test_events_arguments_noun_and_reported_roles(nlp, text, actors, targets):
    ev = _events(nlp, text, "ATTACK")[0]
    assert (ev.actors, ev.targets) == (actors, targets)


def test_events_arguments_violence_cue_may_stand_elsewhere_in_article(nlp):
    text = (
        "Kelompok kriminal bersenjata kembali menebar teror di Kabupaten Puncak. "
        "Tiga pekerja proyek di Distrik Sinak tewas ditembak, sementara seorang lainnya terluka. "
        "Penembakan terjadi pada Rabu (17/4/2024) pukul 10.00 WIT."
    )
    ev = _one(nlp, text, "ATTACK")
    assert (ev.killed, ev.location, ev.date) == (3, "Distrik Sinak", "2024-04-17")
    assert len(ev.mentions) == 2  # the next sentence restates it


@pytest.mark.parametrize(
    "text",
    [
        "PT Pertamina menyatakan telah melakukan pembicaraan dengan tiga perusahaan migas asing.",
        "Tiga tahun lalu ayahnya ditembak pemburu di hutan.",
    ],
)
def test_events_arguments_generic_triggers_need_violence_in_article(nlp, text):
    assert _events(nlp, text) == []


@pytest.mark.parametrize(
    "text,etype,killed,injured",
    [
        # a toll of one told with a word; the injured of the next sentence join the attack before it
        ("Seorang polisi tewas dalam baku tembak dengan kelompok teroris di Poso, Senin (8/1/2024). Seorang warga terluka.",
         "MILITARY_OPERATION", 1, 1),
        ("KKB menembak mati seorang tukang ojek di Distrik Ilaga pada Selasa (2/4/2024).", "ATTACK", 1, None),
        # a running total after "bertambah menjadi"
        ("Jumlah korban yang tewas dalam serangan bom di Kabul bertambah menjadi 12 orang.", "ATTACK", 12, None),
        # an explicit "no deaths" is a toll of zero
        ("KKB membakar sebuah sekolah di Distrik Ilaga, tanpa menimbulkan korban jiwa.", "ATTACK", 0, None),
        ("Kelompok bersenjata menyerang pos polisi di Distrik Sinak, namun tidak ada korban jiwa.", "ATTACK", 0, None),
    ],
)
def test_events_arguments_word_tolls(nlp, text, etype, killed, injured):
    ev = _events(nlp, text, etype)[0]
    assert (ev.killed, ev.injured) == (killed, injured)


@pytest.mark.parametrize(
    "text,count",
    [
        ("PBB memperkirakan ISIS masih memiliki 2.000 petempur di Suriah.", 1),
        ("Menurut data militer, jumlah anggota Abu Sayyaf kini tinggal sekitar 50 orang.", 1),
        # fighters seen in a clash, or killed in a raid, are not a strength estimate
        ("Baku tembak pecah setelah warga melaporkan keberadaan sekitar 20 militan bersenjata di desa itu.", 0),
        ("Militer Klaim Tewaskan 9 Anggota Abu Sayyaf", 0),
    ],
)
def test_events_arguments_estimate_frames(nlp, text, count):
    assert len(_events(nlp, text, "ESTIMATE")) == count


def test_events_arguments_killing_claimant_is_actor(nlp):
    text = "Pasukan keamanan Taliban mengklaim menewaskan lima anggota ISIS dalam penggerebekan di Provinsi Kunar, Rabu (7/2/2024)."
    ev = _one(nlp, text, "MILITARY_OPERATION")
    assert (ev.actors, ev.targets) == (
        ["Taliban", "Pasukan keamanan Taliban"], ["ISIS", "lima anggota ISIS"]
    )  # the group, then its members killed


def test_events_arguments_arrest_in_the_operation(nlp):
    text = ("Tentara Irak menggelar operasi penyisiran di desa-desa sekitar Tikrit pada Rabu (22/5/2024). "
            "Sebanyak 9 orang yang diduga anggota ISIS ditangkap dalam operasi tersebut.")
    ev = _one(nlp, text, "ARREST")
    assert ev.date == "2024-05-22"


def test_events_pointing_phrase_target_is_the_person_named_before(nlp):
    text = ("Warga Distrik Beoga resah oleh kelompok yang dipimpin Lekagak Telenggen. Pria itu akhirnya ditangkap "
            "oleh personel Satgas Damai Cartenz di Ilaga pada Senin (4/3/2024).")
    arrest = next(e for e in nlp(text)._.events if e.type == "ARREST")
    assert "Lekagak Telenggen" in arrest.targets and "Pria" not in arrest.targets


@pytest.mark.parametrize(
    "text,etype,target",
    [
        ("Pada Januari lalu, KKB menembak mati seorang guru honorer di Distrik Homeyo.", "ATTACK", "seorang guru honorer"),
        ("Kelompok bersenjata menyerang pos polisi di Kabupaten Puncak pada Senin (5/2/2024).", "ATTACK", "pos polisi"),
        ("Pekan lalu, ISIS menyergap sejumlah pengumpul jamur truffle di gurun dekat Palmyra.", "ATTACK", "sejumlah pengumpul jamur truffle"),
        ("Dua personel gugur setelah patroli mereka dihadang kelompok kriminal bersenjata (KKB) di Distrik Sugapa.", "ATTACK", "patroli mereka"),
        ("Densus 88 menangkap tiga tersangka di Bekasi pada Senin (6/5/2024).", "ARREST", "tiga tersangka"),
        ("Tim Densus 88 menangkap dua orang berinisial HD (41) dan SW (29) di Kota Metro.", "ARREST", "SW"),
        ("Seorang terduga teroris tewas dalam baku tembak dengan polisi di Lampung.", "MILITARY_OPERATION", "Seorang terduga teroris"),
        ("Tersangka itu merencanakan serangan bom terhadap Markas Polres Metro Bekasi.", "WARNING", "Markas Polres Metro Bekasi"),
        ("Sebanyak lima orang tewas dalam aksi teror penembakan di Wina, Austria.", "ATTACK", "lima orang"),
        # the force a state sends is no target; whom it hunts is
        ("Militer Nigeria mengerahkan pasukan darat untuk memburu para penculik Boko Haram di Kebbi.", "MILITARY_OPERATION", "Boko Haram"),
        # the group the harmed belong to is a target too
        ("Dua anggota kelompok ISIS tewas dalam baku tembak dengan tentara Filipina.", "MILITARY_OPERATION", "ISIS"),
        (
            "Seorang daftar pencarian orang (DPO) kelompok Mujahidin Indonesia Timur (MIT) tewas dalam kontak tembak "
            "dengan personel Satuan Tugas (Satgas) Madago Raya.",
            "MILITARY_OPERATION",
            "Mujahidin Indonesia Timur",
        ),
        (
            "Kapolda menyatakan dua anggota Brimob yang menjadi korban penusukan di Masjid Falatehan, Jumat (30/6), stabil.",
            "ATTACK",
            "dua anggota Brimob",
        ),
    ],
)
def test_events_noun_phrase_targets(nlp, text, etype, target):
    assert any(target in e.targets for e in nlp(text)._.events if e.type == etype)


def test_events_doer_named_right_after_dilakukan_is_the_actor_not_a_target(nlp):
    ev = _one(nlp, "Penangkapan atas 14 orang dilakukan Densus 88 di Bekasi.", "ARREST")
    assert ev.actors == ["Densus 88"] and "Densus 88" not in ev.targets
    # a date between the verb and a later name: that name is no doer
    text = "Komando AS menyebut serangan yang dilakukan pada Kamis itu menewaskan Abdul Rahman, emir ISIS."
    assert all("Abdul Rahman" not in e.actors for e in nlp(text)._.events)


def test_events_request_to_arrest_is_no_arrest(nlp):
    text = "Surat ini bagian dari penerbitan red notice atau permintaan untuk menangkap yang diteruskan ke Interpol."
    assert _events(nlp, text, "ARREST") == []


def test_events_deployed_force_is_no_target(nlp):
    text = "Militer Nigeria mengerahkan pasukan darat untuk memburu para penculik Boko Haram di Kebbi."
    assert all("pasukan darat" not in e.targets for e in nlp(text)._.events)


@pytest.mark.parametrize(
    "text,group",
    [
        ("Polisi menangkap dua orang di Solo. Keduanya diduga anggota kelompok JAD.", "JAD"),
        ("Densus 88 menangkap tiga terduga anggota JI di Lampung Selatan.", "JI"),
    ],
)
def test_events_arrest_target_group(nlp, text, group):
    assert any(group in e.targets for e in nlp(text)._.events if e.type == "ARREST")


@pytest.mark.parametrize(
    "text",
    [
        "Presiden itu, sang pendukung utama pembantaian di Gaza, menyatakan dukungannya.",
        "Sebagian besar rencana serangan di Eropa telah digagalkan.",
    ],
)
def test_events_figurative_or_general_violence_is_no_event(nlp, text):
    assert not [e for e in nlp(text)._.events if e.type in ("ATTACK", "WARNING")]


@pytest.mark.parametrize(
    "text",
    [
        # an office held, a command's name and an alliance are no operation, control or talks
        "Rapat itu diikuti pejabat TNI dan perwira yang menduduki jabatan di luar struktur TNI.",
        "Pembentukan komando operasi militer baru di Papua merupakan kebijakan TNI melawan kelompok separatis.",
        "Aliansi militer negara-negara Islam melawan terorisme itu diperkenalkan pada 2015.",
    ],
)
def test_events_offices_commands_and_alliances_are_no_event(nlp, text):
    assert not nlp(text)._.events


@pytest.mark.parametrize(
    "text,target",
    [
        ("KKB membakar sebuah puskesmas di Distrik Gome, Kabupaten Puncak.", "puskesmas"),
        ("Al-Shabaab mengklaim serangan bom bunuh diri di sebuah kafe di Mogadishu.", "kafe"),
    ],
)
def test_events_arguments_object_and_venue_targets(nlp, text, target):
    assert target in _one(nlp, text, "ATTACK").targets


def test_events_arguments_facility_without_locative_does_not_place_the_event(nlp):
    # the mosque is what was stolen from; the event happened in the district after "di"
    ev = _one(nlp, "Tiga pria membakar seorang warga yang diduga merusak kotak amal Masjid Al-Ikhlas, di Kecamatan "
                   "Tambun, Bekasi.", "ATTACK")
    assert ev.location == "Kecamatan Tambun"


@pytest.mark.parametrize(
    "text,etype,actors",
    [
        # the forces of a deployment carry out the operation, though the verb is passive
        ("Satgas Nemangkawi diterjunkan ke Kampung Bingki untuk mengejar kelompok kriminal bersenjata.",
         "MILITARY_OPERATION", ["Satgas Nemangkawi"]),
        # the subject of "melanjutkan"/"mengadakan" is the party of the talks, every coordinated one
        ("Pemerintah Kolombia dan ELN melanjutkan perundingan damai di Havana, Kuba.", "TALKS", ["Kolombia", "ELN"]),
        ("Amerika Serikat mengadakan perundingan dengan Taliban di Doha.", "TALKS", ["Amerika Serikat"]),
        # the agent after "oleh" and a member noun
        ("Pentolan MIT itu akhirnya bisa dieliminasi oleh personel Satgas Tinombala di Poso.", "MILITARY_OPERATION",
         ["Satgas Tinombala"]),
    ],
)
def test_events_arguments_deployed_forces_and_light_verb_parties(nlp, text, etype, actors):
    assert _one(nlp, text, etype).actors == actors


def test_events_arguments_target_phrase_does_not_begin_with_a_verb(nlp):
    ev = _one(nlp, "Pentagon membenarkan seorang pemimpin senior Al Qaeda terbunuh dalam serangan udara di dekat "
                   "Idlib, Suriah.", "MILITARY_OPERATION")
    assert ev.targets == ["Al Qaeda", "seorang pemimpin senior Al Qaeda"]  # the group its leader belongs to, too


@pytest.mark.parametrize(
    "text,killed",
    [
        ("Militan ISIS melancarkan serangan terhadap pos tentara di Raqqa. Sedikitnya 12 orang tewas.", 12),
        # the count of a whole war is not the toll of the operation told before it
        ("Tentara Suriah melancarkan serangan terhadap ISIS di timur Aleppo sejak Januari. Lebih dari 320 ribu warga "
         "tewas dalam Perang Suriah yang pecah pada Maret 2011.", None),
    ],
)
def test_events_arguments_carried_toll_is_not_a_wars_count(nlp, text, killed):
    assert [e.killed for e in nlp(text)._.events] == [killed]


@pytest.mark.parametrize(
    "text,found",
    [
        # a modal after "akhirnya"/"berhasil" tells what came to pass
        ("Pentolan MIT itu akhirnya bisa dieliminasi oleh personel Satgas Tinombala di Poso.", True),
        ("Kelompok teroris itu bisa menyerang pos polisi di Poso kapan saja.", False),
    ],
)
def test_events_realised_modal_is_an_event(nlp, text, found):
    assert bool(nlp(text)._.events) is found


def test_events_state_only_trigger_takes_a_described_force(nlp):
    # "pencarian" is an operation only when a state's force does it; here the force is described, its name unknown
    ev = _one(nlp, "Tim gabungan Operasi Damai Cartenz disebut tengah melakukan pencarian pilot Susi Air yang "
                   "disandera TPNPB.", "MILITARY_OPERATION")
    assert ev.targets == ["pilot Susi Air"]


@pytest.mark.parametrize(
    "text,killed",
    [
        # the count heading a killing noun's object is the toll; a later "awalnya" count is an earlier stage
        ("Tim gabungan diterjunkan ke lokasi pembunuhan 31 pekerja proyek di Distrik Yigi oleh KKB. Kamal menjelaskan, "
         "anggota KKB awalnya membunuh 24 pekerja proyek, sementara delapan lainnya melarikan diri.", 31),
        # a family is no count of people; the perpetrators are not the dead
        ("Kelompok MIT diduga menjadi pelaku pembunuhan satu keluarga di Desa Lemba Tongoa, Kabupaten Sigi.", None),
        ("Pelaku pembunuhan itu diperkirakan sebanyak 10 orang dari kelompok teroris MIT.", None),
    ],
)
def test_events_arguments_killing_noun_object_count(nlp, text, killed):
    assert [e.killed for e in nlp(text)._.events if e.type == "ATTACK"] == [killed]


def test_events_nearer_described_subject_of_a_light_verb_acts(nlp):
    # the armed group heading "yang melakukan penyanderaan" acts, not the forces named before it
    ev = _one(nlp, "Pasukan TNI bersama aparat Polri menangani kelompok kriminal bersenjata yang melakukan penyanderaan "
                   "di Papua dengan cara persuasif.", "ATTACK")
    assert ev.actors == ["kelompok kriminal bersenjata"]


def test_events_bomb_that_erupts_is_an_attack_with_its_toll(nlp):
    ev = _one(nlp, "Tujuh orang tewas dan 119 lainnya luka-luka pada hari Sabtu saat bom meletus dalam pemakaman "
                   "seorang pemrotes di Kabul.", "ATTACK")
    assert (ev.killed, ev.injured, ev.location) == (7, 119, "Kabul")
    assert not nlp("Gunung Merapi meletus pada Sabtu pagi.")._.events


def test_events_country_of_origin_is_no_agent_and_readiness_is_no_operation(nlp):
    text = ("Seorang pria asal Uzbekistan menerobos masuk ke satu kelab malam di Turki dan melepaskan tembakan "
            "hingga menewaskan 39 orang.")
    ev = _one(nlp, text, "ATTACK")  # a man from Uzbekistan is no state's force
    assert "Uzbekistan" not in ev.actors
    assert not nlp("Uzbekistan siap mengerahkan semua pasukan untuk membantu penyelidikan aksi teror ini.")._.events


@pytest.mark.parametrize(
    "text,found",
    [
        ("Iran memasok senjata dan rudal kepada milisi Houthi di Yaman.", True),
        # "memasok" news to agencies is no support to an armed party
        ("Dia jurnalis lepas dan memasok buat beberapa kantor berita di Sudan Selatan yang dilanda perang.", False),
    ],
)
def test_events_supply_needs_arms_in_its_object(nlp, text, found):
    assert any(e.type == "SUPPORT" for e in nlp(text)._.events) is found


def test_events_body_part_is_no_target_its_owner_is(nlp):
    ev = _one(nlp, "Malala menjadi sorotan dunia setelah kepalanya ditembak oleh militan Taliban pada tahun 2012.",
              "ATTACK")
    assert ev.targets == ["Malala"]


@pytest.mark.parametrize(
    "text,killed",
    [
        # the places naming where the victims were do not stretch the subject past its count
        ("Satu keluarga yang terdiri atas empat orang di Desa Lembantongoa, Kecamatan Palolo, Kabupaten Sigi, "
         "Sulawesi Tengah diduga dibunuh oleh kelompok MIT yang dipimpin Ali Kalora.", 4),
        # bodies found count the dead of the attack told before
        ("Kelompok bersenjata menyerang Desa Lembantongoa. Polisi kemudian menemukan empat mayat warga.", 4),
        ("Kelompok bersenjata menyerang Desa Lembantongoa. Tim evakuasi membawa tiga jenazah ke rumah sakit.", 3),
    ],
)
def test_events_arguments_toll_of_a_long_subject_and_of_bodies_found(nlp, text, killed):
    assert [e.killed for e in nlp(text)._.events if e.type == "ATTACK"] == [killed]


@pytest.mark.parametrize(
    "text",
    [
        "Ibu kota dikuasai Taliban pertengahan Agustus.",  # "kota" belongs to the subject, not to a place after it
        "Evakuasi berlangsung sejak ibu kota jatuh ke tangan Taliban pertengahan Agustus.",
    ],
)
def test_events_passive_agent_after_the_verb_is_no_place(nlp, text):
    assert _one(nlp, text, "CONTROL").actors == ["Taliban"]


def test_events_group_acting_in_another_event_of_the_sentence_is_no_perpetrator(nlp):
    text = ("Serangan terjadi di luar area bandara di tengah kesibukan evakuasi warga sipil sejak ibu kota jatuh ke "
            "tangan Taliban pertengahan Agustus.")
    assert _one(nlp, text, "ATTACK").actors == []
    assert _one(nlp, text, "CONTROL").actors == ["Taliban"]


@pytest.mark.parametrize(
    "text,etype,target",
    [
        ("Densus 88 melakukan penangkapan terhadap tiga terduga teroris di Bekasi.", "ARREST", "tiga terduga teroris"),
        ("Polisi Austria melakukan serangkaian penggerebekan dan penangkapan atas 14 orang.", "ARREST", "14 orang"),
    ],
)
def test_events_arguments_object_marked_after_a_nominal_trigger(nlp, text, etype, target):
    assert target in _one(nlp, text, etype).targets


def test_events_role_noun_after_sebagai_belongs_to_the_subject(nlp):
    # "terorisme" speaks of violence; the funder is the one the clause is about, not the network named on the way
    text = ("Densus 88 menangkap Farid terkait dugaan terorisme. Farid diduga terlibat dalam jaringan JI sebagai "
            "Dewan Syuro serta pendana dalam Perisai Nusantara Esa.")
    ev = _one(nlp, text, "SUPPORT")
    assert (ev.actors, ev.targets) == (["Farid"], ["Perisai Nusantara Esa"])


@pytest.mark.parametrize(
    "text",
    [
        '"Ada peran menyimpan bensin, ada yang membakar," kata Kapolda Metro Jaya Idham Aziz di Jakarta.',
        "\u201cMereka menyerang,\u201d ujar Kapolda Papua Irjen Paulus Waterpauw.",
    ],
)
def test_events_arguments_speech_tag_after_a_quote_holds_no_argument(nlp, text):
    ev = _one(nlp, text, "ATTACK")
    assert (ev.targets, ev.location) == ([], None)


def test_events_arguments_destination_is_not_the_place(nlp):
    text = ("Kelompok bersenjata menghadang rombongan tim pencari fakta di Kampung Mamba, Distrik Hipadita, saat "
            "kembali dari Distrik Hitadipa menuju ke Sugapa.")
    assert _one(nlp, text, "ATTACK").location != "Sugapa"
    assert _one(nlp, "Kelompok bersenjata menghadang rombongan itu saat menuju ke Sugapa.", "ATTACK").location is None


def test_events_police_negotiating_with_a_suspect_is_an_operation(nlp):
    text = ("Upaya negosiasi terhadap istri terduga teroris, Husain alias Abu Hamzah, di Sibolga untuk menyerahkan "
            "diri kandas.")
    assert [e.type for e in nlp(text)._.events] == ["MILITARY_OPERATION"]
    talks = "Pemerintah Filipina dan MILF melanjutkan negosiasi damai di Kuala Lumpur."
    assert [e.type for e in nlp(talks)._.events] == ["TALKS"]
    # one standoff: a negotiation told without a suspect is part of it too
    both = ("Negosiasi dilakukan dengan sangat hati-hati agar bisa menyelamatkan nyawa istri dan anaknya. Negosiasi "
            "yang dipimpin Kapolda Sumatera Utara itu juga melibatkan tokoh masyarakat.")
    assert {e.type for e in nlp(both)._.events} == {"MILITARY_OPERATION"}


def test_events_a_plan_that_succeeded_is_asserted(nlp):
    ev = _one(nlp, "Setelah upaya berbulan-bulan, pasukan aliansi itu berhasil mengambil alih Albu Kamal.", "CONTROL")
    assert ev.certainty == "asserted"
    assert _events(nlp, "Pasukan itu berencana mengambil alih Albu Kamal.", "CONTROL") == []  # not taken (yet)


def test_events_operation_of_a_named_force(nlp):
    ev = _one(nlp, "Ali Kalora sendiri tewas dalam operasi Satgas Madago Raya pada September 2021.", "MILITARY_OPERATION")
    assert ev.actors == ["Satgas Madago Raya"]
    assert _events(nlp, "Pemerintah menggelar operasi pasar untuk menekan harga beras.") == []
    assert _events(nlp, "Publik percaya pengusaha sebagai pendana utama teroris.") == []


def test_events_firefight_with_a_force_names_it(nlp):
    ev = _one(nlp, "Dua anggota KKB tewas dalam kontak tembak dengan TNI di Intan Jaya.", "MILITARY_OPERATION")
    assert (ev.actors, ev.killed) == (["TNI"], 2)


def test_events_bare_head_restates_the_operation_before(nlp):
    text = ("Komando Afrika Amerika Serikat (AFRICOM) melancarkan serangan udara terhadap militan Al-Shabaab di dekat "
            "Jilib. Dalam pernyataan resminya, Kamis, AFRICOM menyebut serangan dilakukan atas permintaan Pemerintah "
            "Federal Somalia.")
    assert [e.type for e in nlp(text)._.events] == ["MILITARY_OPERATION"]


def test_events_toll_of_one_past_names_and_short_forms(nlp):
    text = ("Seorang daftar pencarian orang (DPO) kelompok Mujahidin Indonesia Timur (MIT) tewas dalam kontak tembak "
            "dengan personel Satgas Madago Raya di Desa Tokorondo.")
    assert _one(nlp, text, "MILITARY_OPERATION").killed == 1


def test_events_bombardment_with_missiles_and_a_reason_clause(nlp):
    text = ("Puluhan jet tempur dan kapal perang kedua negara itu menghujani wilayah Yaman dengan rudal pada Jumat, "
            "hanya karena rakyat Yaman berani membela saudara-saudara mereka di Gaza.")
    assert _one(nlp, text, "MILITARY_OPERATION").location == "Yaman"  # Gaza is in the reason, not the strike
    assert _events(nlp, "Hujan deras menghujani wilayah Jakarta sejak pagi.") == []


@pytest.mark.parametrize(
    "text,etype,actors",
    [
        # a bare "polisi"/"tentara" subject acts as a state's force; a pronoun after "saat" is its verb's own subject
        ("Polisi menembak mati pelaku yang sering beraksi di Jakarta.", "MILITARY_OPERATION", ["Polisi"]),
        ("Tentara menembak mati 36 pengungsi Burundi dalam bentrokan yang terjadi di Kongo timur.",
         "MILITARY_OPERATION", ["Tentara"]),
    ],
)
def test_events_arguments_bare_force_subject(nlp, text, etype, actors):
    events = nlp(text)._.events
    assert [(e.type, e.actors) for e in events] == [(etype, actors)]  # "dalam bentrokan": the killing's setting


def test_events_arguments_pronoun_subject_is_not_the_agent_named_before(nlp):
    text = "Pria itu ditembak mati oleh polisi saat dia menembaki orang yang lewat."
    assert "polisi" not in [a for e in nlp(text)._.events if e.trigger == "menembaki" for a in e.actors]
    assert _events(nlp, "Seoul menegaskan latihan militer gabungan tidak bertujuan menyerang Pyongyang.") == []


def test_events_arguments_sent_to_the_scene_shares_its_place(nlp):
    text = ("Tim gabungan TNI-Polri diterjunkan ke lokasi pembunuhan 31 pekerja proyek di Distrik Yigi, Kabupaten "
            "Nduga, oleh kelompok kriminal bersenjata.")
    assert _one(nlp, text, "MILITARY_OPERATION").location == "Distrik Yigi"


def test_events_arguments_group_tied_to_is_not_the_subject(nlp):
    text = ("Al-Shabaab menyerang kota itu. Kelompok yang berafiliasi dengan Al-Qaeda itu masih menguasai sebagian "
            "besar wilayah pedesaan di Somalia selatan.")
    assert _one(nlp, text, "CONTROL").actors == ["Al-Shabaab"]
    text = "ISIS-K adalah afiliasi IS yang pernah menguasai sebagian besar wilayah di Suriah Utara dan Irak."
    assert "IS" in _one(nlp, text, "CONTROL").actors


@pytest.mark.parametrize(
    "text,etype,actor",
    [
        # an agentless arrest: the force named just before it made it
        (
            "Satu anggota KKB tewas ditembak aparat gabungan TNI-Polri di Sugapa, Senin (26/10/2020). "
            "Sementara satu anggota KKB lainnya Hermanus Tipagau ditangkap.",
            "ARREST",
            "aparat gabungan TNI-Polri",
        ),
        # a force named in the operation's own sentence, not a victim of it
        (
            "Pasukan dari Satgas Tinombala dan Brimob Polda Sulteng dikerahkan untuk pengejaran terhadap kelompok Ali "
            "Kalora di Sigi.",
            "MILITARY_OPERATION",
            "Satgas Tinombala",
        ),
        # the speaker's unit is not the force that acted: the one named in what was said is
        (
            "Kepala Satgas Humas Operasi Damai Cartenz Kombes Bayu Suseno mengatakan aparat gabungan berhasil "
            "menguasai kembali markas KKB di Kampung Pogapa setelah kontak tembak selama dua jam.",
            "MILITARY_OPERATION",
            "aparat gabungan",
        ),
        # a seizure's agent written as a phrase
        (
            "Kepala Satgas Humas Operasi Damai Cartenz Kombes Bayu Suseno mengatakan aparat gabungan berhasil "
            "menguasai kembali markas KKB di Kampung Pogapa.",
            "CONTROL",
            "aparat gabungan",
        ),
    ],
)
def test_events_arguments_agentless_police_work_takes_the_force_named(nlp, text, etype, actor):
    assert _events(nlp, text, etype)[0].actors[:1] == [actor]


@pytest.mark.parametrize(
    "text,actor",
    [
        # a lone attacker written by what they are
        ("Seorang pria menyerang polisi dengan pisau di Jakarta.", "Seorang pria"),
        ("Alih-alih mengikuti arahan suaminya, wanita tersebut justru meledakkan bom dari dalam rumah.", "wanita"),
        # the last place of a chain after "di" is no agent
        ("Seorang suami di Desa Tumbang Boloi, Kabupaten Kotawaringin Timur, Kalimantan Tengah, menembak istrinya "
         "dengan senapan hingga tewas dalam aksi teror.", None),
    ],
)
def test_events_arguments_person_described_acts(nlp, text, actor):
    ev = _one(nlp, text, "ATTACK")
    assert (ev.actors[:1] or [None]) == [actor]


def test_events_arguments_weapon_is_no_target(nlp):
    ev = _one(nlp, "Pelaku meledakkan bom rakitan di depan Mapolres Medan pada Rabu (13/11/2019).", "ATTACK")
    assert ev.targets == ["Mapolres Medan"]


def test_events_arguments_clash_between_sides_written_as_phrases(nlp):
    text = "Bentrokan antara kelompok milisi dan tentara pemerintah pecah di kota Khartoum, Sudan, pada Sabtu pagi."
    ev = _one(nlp, text, "MILITARY_OPERATION")
    assert (ev.actors, ev.targets) == (["tentara pemerintah"], ["kelompok milisi"])


@pytest.mark.parametrize(
    "text,targets",
    [
        ("Rusia meluncurkan puluhan rudal dan drone ke sejumlah kota di Ukraina, menewaskan sedikitnya 14 orang.",
         ["sedikitnya 14 orang"]),
        ("Jumlah korban tewas akibat serangan bom di Masjid Al-Rawdah, Sinai Utara, bertambah menjadi 305 orang.",
         ["Masjid Al-Rawdah"]),
        ("Jumlah personel Brimob yang gugur dalam penghadangan kelompok kriminal bersenjata (KKB) di Intan Jaya "
         "bertambah menjadi tiga orang.", ["personel Brimob"]),
    ],
)
def test_events_arguments_weapons_and_counts_are_no_targets(nlp, text, targets):
    assert _events(nlp, text)[0].targets == targets


def test_events_arguments_perpetrator_identified_after_a_copula(nlp):
    text = "Polisi menduga pelaku penembakan itu adalah anggota KKB pimpinan Lekagak Telenggen."
    ev = _one(nlp, text, "ATTACK")
    assert (ev.actors, ev.targets) == (["KKB"], [])


@pytest.mark.parametrize(
    "text,killed",
    [
        ("Seorang anggota TNI AD, Pratu Miftahul Arifin, gugur setelah ditembak KKB di Kabupaten Nduga.", 1),
        ("Bripda Yosua (25) tewas ditembak KKB di Puncak.", 1),
    ],
)
def test_events_arguments_one_named_victim_is_a_toll_of_one(nlp, text, killed):
    ev = _one(nlp, text, "ATTACK")
    assert ev.killed == killed
    assert not any(t.endswith(("gugur", "tewas")) for t in ev.targets)


@pytest.mark.parametrize(
    "text,etype,actors,targets",
    [
        ("Pasukan Ukraina berhasil merebut kembali desa Robotyne dari pasukan Rusia.", "CONTROL",
         ["Ukraina", "Pasukan Ukraina"],
         ["Rusia", "pasukan Rusia"]),
        ("Pemerintah Amerika Serikat mengumumkan bantuan militer senilai 2 miliar dolar AS untuk Ukraina.", "SUPPORT",
         ["Amerika Serikat"], ["Ukraina"]),
    ],
)
def test_events_arguments_who_lost_ground_and_who_was_helped(nlp, text, etype, actors, targets):
    ev = _one(nlp, text, etype)
    assert (ev.actors, ev.targets) == (actors, targets)


def test_events_arguments_count_over_a_period_is_no_toll_of_the_attack(nlp):
    text = (
        "Serangan udara Israel menghantam sebuah sekolah di Deir al-Balah pada Sabtu (27/7/2024), menewaskan 30 "
        "orang. Sejak 7 Oktober 2023, lebih dari 39.000 warga Palestina tewas di Jalur Gaza."
    )
    assert [e.killed for e in _events(nlp, text)] == [30]


@pytest.mark.parametrize(
    "text,etype,date",
    [
        # a year ending a name dates that name
        ("BNPT memperingatkan ancaman kelompok teroris yang memanfaatkan momentum Pemilu 2024 untuk melancarkan aksi.",
         "WARNING", None),
        ("Pada 2015, ISIS menyerang kota itu.", "ATTACK", "2015"),
    ],
)
def test_events_arguments_year_of_a_name(nlp, text, etype, date):
    ev = _one(nlp, text, etype)
    assert (ev.date if ev.date_basis == "text" else None) == date


def test_events_arguments_intelligence_detects_a_plot(nlp):
    text = "Badan Intelijen Negara (BIN) mendeteksi adanya rencana serangan teror oleh kelompok JAD menjelang Natal."
    ev = _one(nlp, text, "WARNING")
    assert (ev.actors, ev.targets) == (["BIN"], [])


@pytest.mark.parametrize(
    "text,actors",
    [
        # "mereka" right after the armed group was named points back to it
        ("KKB kembali berulah. Kali ini mereka membakar gedung sekolah dasar di Distrik Beoga.", ["KKB"]),
        ("Kelompok teroris MIT pimpinan Ali Kalora kembali beraksi. Mereka membunuh empat petani di Poso.", ["MIT"]),
        # not across the people named since
        ("KKB menyerang pos TNI di Puncak pada Senin (1/4/2024). Para prajurit membalas. Mereka membakar gedung "
         "sekolah dasar di Beoga pada Rabu (3/4/2024).", []),
    ],
)
def test_events_arguments_they_after_the_group(nlp, text, actors):
    assert _events(nlp, text, "ATTACK")[-1].actors == actors


@pytest.mark.parametrize(
    "text,types",
    [
        ("Aparat gabungan TNI-Polri berhasil membebaskan 12 warga yang disandera KKB di Kabupaten Nduga.",
         ["ATTACK", "MILITARY_OPERATION"]),
        # a release of prisoners is no rescue
        ("Israel membebaskan 39 tahanan Palestina sebagai bagian dari kesepakatan gencatan senjata.", ["TALKS"]),
    ],
)
def test_events_arguments_rescue_of_hostages_is_an_operation(nlp, text, types):
    assert sorted(e.type for e in _events(nlp, text)) == types


def test_events_arguments_agent_of_a_relative_passive_is_not_the_attacker(nlp):
    text = (
        "Sebanyak 1.400 orang tewas ketika beberapa daerah yang dikuasai gerilyawan di pinggir Damaskus diserang "
        "oleh roket berisi sarin pada 21 Agustus 2013."
    )
    assert _one(nlp, text, "ATTACK").actors == []
    assert _one(nlp, text, "CONTROL").actors == ["gerilyawan"]


def test_events_arguments_state_named_bare_after_a_seizure_passive(nlp):
    text = "Ribuan penduduk dari sejumlah desa yang dikuasai Pakistan di wilayah Kashmir terpaksa mengungsi."
    assert _one(nlp, text, "CONTROL").actors[:1] == ["Pakistan"]


def test_events_arguments_the_organisation_that_says_we_did_it(nlp):
    text = (
        "Serangan udara menghantam sebuah sekolah di Deir al-Balah, Gaza, pada Sabtu (27/7/2024). "
        "\u201cKami menyerang teroris Hamas yang beroperasi di dalam kompleks sekolah,\u201d demikian pernyataan IDF."
    )
    struck = [e for e in _events(nlp, text) if "IDF" in e.actors]
    assert [e.type for e in struck] == ["MILITARY_OPERATION"]


def test_events_arguments_we_said_by_a_spokesman_before_the_group_the_quote_names(nlp):
    """The organisation a spokesman speaks for says "we" did it; the armed group the quote names is the target."""
    text = "\u201cKami menyerang kompleks yang digunakan oleh teroris Hamas,\u201d kata juru bicara IDF."
    assert [(e.type, e.actors) for e in _events(nlp, text)] == [("MILITARY_OPERATION", ["IDF"])]


@pytest.mark.parametrize(
    "text,etype,actors",
    [
        # an agentless arrest takes no force that was among the harmed
        ("Serangan itu menewaskan dua polisi di Poso. Pelaku penyerangan akhirnya ditangkap.", "ARREST", []),
        # the force after an attack noun acts
        ("Abu Bakar al-Baghdadi tewas dalam serangan pasukan khusus Amerika Serikat di Provinsi Idlib.",
         "MILITARY_OPERATION", ["pasukan khusus Amerika Serikat"]),
        # a state named, then the force it is named with
        ("Polisi Turki menahan 33 orang yang diduga memiliki hubungan dengan ISIS.", "ARREST",
         ["Turki", "Polisi Turki"]),
        ("Aparat kepolisian Malaysia menangkap 20 orang terkait jaringan Jemaah Islamiyah (JI) di Johor.", "ARREST",
         ["Malaysia", "Aparat kepolisian Malaysia"]),
        # a long name and its short form are one party
        ("Pemerintah Filipina dan Front Pembebasan Islam Moro (MILF) menggelar pembicaraan damai di Kuala Lumpur.",
         "TALKS", ["Filipina", "MILF"]),
        # what is left of a group, counted in words
        ("Kapolda Sulteng menyebut sisa anggota MIT Poso kini tinggal empat orang dan masih diburu Satgas Madago "
         "Raya.", "ESTIMATE", ["MIT Poso"]),
        # groups the gazetteer lists as armed act as armed groups, whatever their name says
        ("Kelompok pemberontak M23 merebut kota Goma di timur Republik Demokratik Kongo.", "CONTROL", ["M23"]),
        ("Pasukan Dukungan Cepat (RSF) menyerang kamp pengungsi di El Fasher, Darfur.", "ATTACK", ["RSF"]),
    ],
)
def test_events_arguments_actors_of_one_event(nlp, text, etype, actors):
    assert _one(nlp, text, etype).actors == actors


@pytest.mark.parametrize(
    "text,etype,killed,injured",
    [
        # a toll of one told after the toll of the other side, late in the sentence
        ("Kontak tembak antara aparat gabungan TNI-Polri dan KST pecah di Kampung Pogapa, Selasa (14/5/2024). "
         "Dalam peristiwa itu, dua anggota KST tewas, sementara seorang prajurit TNI mengalami luka tembak di "
         "bagian kaki.", "MILITARY_OPERATION", 2, 1),
        # who a count includes, told between the count and its predicate
        ("Ledakan bom bunuh diri terjadi di depan Gereja Katedral Makassar, Minggu (28/3/2021) pagi. Dua pelaku "
         "tewas di tempat, sementara 20 orang, termasuk petugas gereja dan jemaat, mengalami luka-luka.",
         "ATTACK", 2, 20),
        # no one reported killed
        ("Hamas meluncurkan rentetan roket ke arah Tel Aviv pada Minggu (26/5/2024). Sirene meraung di wilayah "
         "Israel tengah, namun tidak ada laporan korban jiwa.", "ATTACK", 0, None),
        ("Ledakan granat terjadi di kawasan Pasar Youtefa, Jayapura, Papua, Senin (13/5/2024) malam. Tidak ada "
         "korban dalam kejadian itu.", "ATTACK", 0, None),
    ],
)
def test_events_arguments_tolls_told_after_the_event(nlp, text, etype, killed, injured):
    ev = _one(nlp, text, etype)
    assert (ev.killed, ev.injured) == (killed, injured)


def test_events_arguments_the_motive_told_is_no_target(nlp):
    text = (
        "Hamas meluncurkan rentetan roket ke arah Tel Aviv pada Minggu (26/5/2024). Brigade Al-Qassam mengatakan "
        "serangan itu sebagai respons atas \u201cpembantaian Zionis terhadap warga sipil\u201d."
    )
    assert _one(nlp, text, "ATTACK").targets == []


@pytest.mark.parametrize(
    "text,actors",
    [
        ("Ledakan bom bunuh diri terjadi di depan Gereja Katedral Makassar, Minggu (28/3/2021) pagi. Dua pelaku "
         "tewas di tempat. Polisi menyebut kedua pelaku merupakan anggota Jamaah Ansharut Daulah (JAD).",
         ["Jamaah Ansharut Daulah"]),
        # the attackers described first, then named
        ("Sebanyak 15 orang tewas setelah kelompok bersenjata menyerang sebuah desa di wilayah Ituri, Kongo, pada "
         "Minggu (12/5/2024) malam. Para penyerang diduga berasal dari kelompok Allied Democratic Forces (ADF).",
         ["Allied Democratic Forces", "kelompok bersenjata"]),
    ],
)
def test_events_arguments_perpetrators_identified_in_a_later_sentence(nlp, text, actors):
    assert _one(nlp, text, "ATTACK").actors == actors


def test_events_arguments_force_reporting_its_own_arrests(nlp):
    text = "Mabes Polri menyatakan sebanyak 142 terduga teroris ditangkap sepanjang tahun 2023."
    assert _one(nlp, text, "ARREST").actors == ["Mabes Polri"]


def test_events_arguments_object_of_an_earlier_verb_is_no_co_agent(nlp):
    text = (
        "Selain menangkap Ustaz Farid Okbah, Densus 88 juga mengamankan Ahmad Zain An-Najah di Bekasi, Selasa "
        "(16/11/2021)."
    )
    assert _one(nlp, text, "ARREST").actors == ["Densus 88"]


def test_events_arguments_target_after_a_noun_triggers_agent(nlp):
    text = (
        "Dewan Keamanan PBB mengutuk serangan kelompok bersenjata terhadap pasukan penjaga perdamaian di Republik "
        "Afrika Tengah, Selasa (7/5/2024)."
    )
    ev = _one(nlp, text, "ATTACK")
    assert (ev.actors, ev.targets) == (["kelompok bersenjata"], ["pasukan penjaga perdamaian"])


def test_events_arguments_hacked_to_death_in_a_conflict_area(nlp):
    text = (
        "Seorang guru tewas dibacok orang tak dikenal di Distrik Beoga, Kabupaten Puncak, Kamis (9/5/2024). Polisi "
        "menduga pelaku merupakan anggota KKB."
    )
    ev = _one(nlp, text, "ATTACK")
    assert (ev.location, ev.killed) == ("Distrik Beoga", 1)


def test_events_arguments_a_nationality_is_not_the_place(nlp):
    text = (
        "KKB membakar sebuah pesawat di Bandara Paro, Kabupaten Nduga, Selasa (7/2/2023). Pilot pesawat, Philip "
        "Mark Mehrtens, warga negara Selandia Baru, disandera oleh kelompok pimpinan Egianus Kogoya tersebut."
    )
    assert all(e.location != "Selandia Baru" for e in _events(nlp, text))


def test_events_arguments_a_lone_attacker_described_by_nationality(nlp):
    text = (
        "Seorang warga Palestina menikam beberapa orang di halte bus di Yerusalem, Kamis (30/11/2023), sebelum "
        "ditembak mati oleh petugas keamanan."
    )
    ev = _one(nlp, text, "ATTACK")
    assert (ev.actors, ev.date) == (["Seorang warga Palestina"], "2023-11-30")  # the date before "sebelum" is its


def test_events_arguments_no_place_of_the_motive_is_the_events(nlp):
    text = (
        "Iran meluncurkan lebih dari 300 drone dan rudal ke wilayah Israel pada Sabtu (13/4/2024) malam sebagai "
        "balasan atas serangan terhadap konsulatnya di Damaskus."
    )
    assert [(e.type, e.location) for e in _events(nlp, text)] == [("MILITARY_OPERATION", "Israel")]


def test_events_arguments_target_counted_with_a_qualifier(nlp):
    text = "Pria bersenjata menculik lebih dari 280 siswa dari sebuah sekolah di Kuriga, Nigeria, Kamis (7/3/2024)."
    assert _one(nlp, text, "ATTACK").targets == ["280 siswa"]


def test_events_arguments_a_relative_clause_takes_no_date_from_the_main_event(nlp):
    text = (
        "Tim gabungan TNI-Polri berhasil membebaskan pilot Susi Air Philip Mark Mehrtens yang disandera KKB selama "
        "19 bulan, Sabtu (21/9/2024)."
    )
    assert _one(nlp, text, "MILITARY_OPERATION").date == "2024-09-21"


def test_events_arguments_a_commander_killed_is_a_target(nlp):
    text = "Serangan udara Israel menewaskan seorang komandan Hamas di Gaza, Selasa (11/6/2024)."
    ev = _one(nlp, text, "MILITARY_OPERATION")
    assert (ev.targets, ev.killed) == (["Hamas", "seorang komandan Hamas"], 1)


@pytest.mark.parametrize(
    "text,etype,date",
    [
        # the day set off at the end is the sentence's, not the unrealised arrest's or attack's nearest it
        ("Seorang terduga teroris ditembak mati tim Densus 88 saat hendak ditangkap di Kabupaten Dharmasraya, "
         "Sumatera Barat, Selasa (14/5/2024).", "MILITARY_OPERATION", "2024-05-14"),
        ("Kedutaan Besar Amerika Serikat di Jakarta mengeluarkan peringatan keamanan bagi warganya terkait potensi "
         "aksi teror di sejumlah tempat ibadah, Senin (23/12/2024).", "WARNING", "2024-12-23"),
    ],
)
def test_events_arguments_a_date_set_off_at_the_end_past_an_unreal_trigger(nlp, text, etype, date):
    assert _one(nlp, text, etype).date == date


@pytest.mark.parametrize(
    "text,killed",
    [
        # no one killed, told after the attack
        ("Ledakan bom bunuh diri terjadi di Pos Polisi Kartasura, Sukoharjo, Senin (3/6/2019) malam. Pelaku mengalami "
         "luka berat. Tidak ada korban jiwa dalam peristiwa tersebut.", 0),
        # gunmen at a concert are news of the domain, not entertainment
        ("Sekelompok pria bersenjata melepaskan tembakan ke arah penonton konser di gedung Crocus City Hall di "
         "pinggiran Moskow, Jumat (22/3/2024) malam. Sedikitnya 133 orang tewas. Kelompok ISIS mengklaim "
         "bertanggung jawab. Dinas Keamanan Federal Rusia (FSB) menangkap 11 orang di wilayah Bryansk.", 133),
    ],
)
def test_events_arguments_an_attacks_toll(nlp, text, killed):
    assert _one(nlp, text, "ATTACK").killed == killed


@pytest.mark.parametrize(
    "text,types",
    [
        # weapons striking: the weapon in the subject, or after the passive
        ("Dua bom udara Rusia menghantam sebuah pusat perbelanjaan di Kharkiv, Ukraina, Sabtu (25/5/2024).",
         ["MILITARY_OPERATION"]),
        ("Sebuah pusat perbelanjaan di Kharkiv dihantam dua rudal pada Sabtu (25/5/2024).", ["ATTACK"]),
        # nothing struck by a weapon
        ("Banjir bandang menghantam Kabupaten Agam, Sumatera Barat, Sabtu (11/5/2024).", []),
        ("Timnas Indonesia menghantam Vietnam 3-0 dalam laga kualifikasi Piala Dunia, Selasa (26/3/2024).", []),
        # an attack's noun striking is that attack again
        ("Puluhan jet tempur AS menghujani wilayah Yaman dengan rudal pada Jumat (12/1/2024). Serangan udara itu "
         "menghantam sedikitnya 60 sasaran di 16 lokasi.", ["MILITARY_OPERATION"]),
        # an anniversary recalls an attack, it reports none
        ("Ratusan warga menghadiri peringatan 20 tahun Bom Bali di Monumen Ground Zero, Kuta, Rabu (12/10/2022).", []),
        # how many followers a group has, by its followers' word
        ("BIN memperkirakan jumlah simpatisan ISIS di Indonesia mencapai sekitar 1.200 orang.", ["ESTIMATE"]),
        # a drill tells no event
        ("Polresta Surakarta menggelar simulasi penanganan aksi terorisme di Stasiun Solo Balapan, Rabu (15/5/2024). "
         "Dalam simulasi itu, petugas melumpuhkan dua pelaku yang menyandera penumpang.", []),
        # the crime a sentence was served for
        ("Pria itu dihukum karena pembunuhan.", []),
        # a plot foiled is no attack; a brawl foiled is no plot
        ("Densus 88 berhasil menggagalkan rencana serangan bom bunuh diri di Mapolresta Surakarta.", ["WARNING"]),
        ("Polisi yang sedang melakukan operasi kilat menggagalkan rencana tawuran antarpemuda.", []),
        # a short report of a bombardment is news of the domain (its words: "membombardir", "pembantaian"); its
        # headline's massacre, naming no side, is that bombardment
        ("Dunia Kecam Pembantaian di Kamp Pengungsi Jabalia\n\nKecaman internasional terus mengalir setelah pasukan "
         "Zionis membombardir kamp pengungsi Jabalia tiga hari lalu. Pemerintah Malaysia menyebut serangan yang "
         "menewaskan puluhan warga sipil itu sebagai pelanggaran hukum humaniter. Turki dan Mesir juga menuntut "
         "penyelidikan.",
         ["MILITARY_OPERATION"]),
        # rockets striking a football pitch are news of the domain, not sport
        ("Serangan roket Hizbullah menghantam lapangan sepak bola di Majdal Shams, Dataran Tinggi Golan, pada Sabtu "
         "(27/7/2024), menewaskan 12 anak dan remaja.", ["ATTACK"]),
        # weapons seized are no ground taken
        ("Kelompok militan itu mengklaim merebut sejumlah senjata dari pos tentara.", []),
        # fiction, and attacks in words
        ("Film laga terbaru itu menampilkan adegan baku tembak yang intens dengan kelompok teroris fiktif.", []),
        ("Partai oposisi melancarkan serangan politik terhadap pemerintah terkait kenaikan harga BBM.", []),
        # the police's shooting in a robbery story is a crime story
        ("Personel Satuan Brimob Polda Sumut menembak mati dua perampok bersenjata api yang melawan saat hendak "
         "ditangkap di Kabupaten Deli Serdang, kemarin.", []),
    ],
)
def test_events_arguments_what_is_an_event(nlp, text, types):
    assert [e.type for e in _events(nlp, text)] == types


# sentences read for more than one of their arguments below
_ALERT = "Kepolisian Daerah Sulawesi Tengah menetapkan status siaga satu menyusul serangan kelompok MIT di Poso."
_INCURSION = (
    "Pasukan Ukraina melancarkan serangan darat ke wilayah Kursk, Rusia, pada 6 Agustus 2024 dan mengklaim menguasai "
    "lebih dari 1.000 kilometer persegi wilayah."
)


@pytest.mark.parametrize(
    "text,etype,field,expected",
    [
        # a stabbing told by its passive verb
        ("Seorang polisi tewas ditusuk orang tak dikenal saat berjaga di pos polisi di Kota Bima, Minggu (9/6/2024).",
         "ATTACK", "killed", 1),
        # arrests over a closed range of days date from its first day, not the article's
        ("Tim Densus 88 menangkap tujuh terduga teroris di Jawa Tengah sejak Senin (13/5/2024) hingga Rabu "
         "(15/5/2024).", "ARREST", "date", "2024-05-13"),
        # a count of two words, then who it includes, then its predicate
        ("Pakistan melancarkan serangan udara terhadap tempat persembunyian TTP di Khost, Senin (18/3/2024). "
         "Delapan warga sipil, termasuk lima anak-anak, tewas dalam serangan tersebut.", "MILITARY_OPERATION",
         "killed", 8),
        # the other side of a firefight is the target
        ("Personel gabungan TNI-Polri terlibat kontak tembak dengan Kelompok Kriminal Bersenjata (KKB) di Distrik "
         "Homeyo, Senin (10/6/2024).", "MILITARY_OPERATION", "targets", ["Kelompok Kriminal Bersenjata"]),
        # ground lost: the loser is the target
        ("Pasukan junta Myanmar kehilangan kendali atas kota perbatasan Myawaddy pada April lalu.", "CONTROL",
         "location", "Myawaddy"),
        # accepting a proposal of a ceasefire: who accepts takes part
        ("Hamas menyatakan menerima usulan gencatan senjata yang diajukan Mesir dan Qatar, Senin (6/5/2024) malam.",
         "TALKS", "actors", ["Hamas"]),
        # the word of the trigger itself is no force acting
        ("Namun, Israel menyebut usulan tersebut jauh dari tuntutannya dan tetap melanjutkan operasi militer di "
         "Rafah, Senin (6/5/2024).", "MILITARY_OPERATION", "actors", []),
        # a launched weapon's target is where it was sent; a ship flagged in a country is the ship
        ("Houthi menembakkan dua rudal balistik ke arah kapal tanker berbendera Panama di Laut Merah, Rabu "
         "(12/6/2024).", "ATTACK", "targets", ["Panama", "kapal tanker berbendera Panama"]),
        # one person after "oleh", described by nationality, is the attacker, not the state
        ("Seorang polisi tewas ditembak oleh pemuda Inggris di Manchester pada Mei 2016.", "ATTACK", "actors",
         ["pemuda Inggris"]),
        # a state's force killing in an operation runs it
        ("Aparat keamanan Filipina menewaskan tiga militan Dawlah Islamiyah dalam operasi di Provinsi Lanao del Sur, "
         "Kamis (9/5/2024).", "MILITARY_OPERATION", "killed", 3),
        # the parties to talks told without their agent are who agreed
        ("Rusia dan Ukraina sepakat melakukan pertukaran tawanan perang, hasil perundingan di Istanbul, Turki, pekan "
         "lalu.", "TALKS", "actors", ["Rusia", "Ukraina"]),
        # "pihaknya" after the verb of saying is the speaker's own body
        ("Kepala BNPT Komjen Pol Mohammed Rycko Amelza Dahniel mengatakan pihaknya mendeteksi adanya rencana serangan "
         "teror menjelang Pemilu 2024.", "WARNING", "actors", ["BNPT"]),
        # ground held
        ("Pasukan Israel tetap mempertahankan kendali atas koridor Netzarim di Jalur Gaza.", "CONTROL", "actors",
         ["Israel", "Pasukan Israel"]),
        # a state's weapon capitalised at the sentence's start: the state strikes
        ("Drone Ukraina menyerang kilang minyak di wilayah Krasnodar, Rusia, pada Jumat (17/5/2024) dini hari.",
         "MILITARY_OPERATION", "actors", ["Ukraina"]),
        # a foiled plot, dated with the arrest joined to it by the day set off at the sentence's end
        ("Kepolisian Prancis menggagalkan rencana serangan terhadap pertandingan Olimpiade di Saint-Etienne dan "
         "menangkap seorang remaja Chechnya berusia 18 tahun, Jumat (31/5/2024).", "WARNING", "date", "2024-05-31"),
        # a strike restated by its day ("serangan pada 13 Juli tersebut") and by "Serangan itu" is one operation,
        # dated by its finer day
        ("Militer Israel mengklaim telah menewaskan komandan senior Hamas dalam serangan udara di Khan Younis, bulan "
         "lalu. Juru bicara IDF mengatakan intelijen telah memastikan kematiannya setelah serangan pada 13 Juli "
         "tersebut. Serangan itu juga menewaskan sedikitnya 90 warga Palestina di kamp pengungsi Al-Mawasi.",
         "MILITARY_OPERATION", "killed", 90),
        # the attacker's father's group is not the attacker's
        ("Seorang pria menyerang kantor polisi di Ulu Tiram dengan parang, Jumat (17/5/2024). Ayah pelaku diketahui "
         "merupakan anggota Jemaah Islamiyah (JI).", "ATTACK", "actors", ["Seorang pria"]),
        # a toll of one told after a claim of responsibility is the attack's own
        ("Houthi mengklaim bertanggung jawab atas serangan drone terhadap kapal kargo MV Tutor di Laut Merah, yang "
         "menewaskan seorang awak kapal asal Filipina.", "ATTACK", "killed", 1),
        # the group named right after a count of its members owns it
        ("Sekitar 3.000 anggota Brigade Al-Qassam diperkirakan masih bertahan di terowongan-terowongan di bawah "
         "Rafah.", "ESTIMATE", "actors", ["Brigade Al-Qassam"]),
        # who declares an alert; its level is no target
        (_ALERT, "WARNING", "actors", ["Kepolisian Daerah Sulawesi Tengah"]),
        (_ALERT, "WARNING", "targets", []),
        # missiles of a kind are the means, not the target
        ("Korea Utara menembakkan sedikitnya 10 rudal balistik jarak pendek ke Laut Jepang pada Kamis (30/5/2024).",
         "MILITARY_OPERATION", "targets", []),
        # a group's short form after its name, the target, is not the attacker
        ("Pasukan Pertahanan Rakyat (YPG) Kurdi kehilangan kendali atas kota Manbij setelah diserang kelompok "
         "pemberontak yang didukung Turki.", "ATTACK", "actors", ["kelompok pemberontak"]),
        # a verb joined by "dan" shares the day told in the clause before it
        (_INCURSION, "CONTROL", "date", "2024-08-06"),
        (_INCURSION, "MILITARY_OPERATION", "date", "2024-08-06"),
        # the raid an arrest was made in is that arrest
        ("Otoritas Suriah menangkap seorang komandan ISIS bernama Abu Hafs al-Qurashi dalam penggerebekan di "
         "pinggiran Damaskus.", "ARREST", "location", "Damaskus"),
        # the parties of a reported agreement
        ("Pemerintah Qatar mengumumkan Israel dan Hamas telah menyepakati gencatan senjata tahap pertama, Rabu "
         "(15/1/2025).", "TALKS", "actors", ["Israel", "Hamas"]),
        # one person named and the others counted after "dan" add up
        ("Sebuah ledakan bom bunuh diri mengguncang Kementerian Pengungsi di Kabul, Rabu (11/12/2024), menewaskan "
         "Menteri Pengungsi Khalil Haqqani dan lima orang lainnya.", "ATTACK", "killed", 6),
        # more verbs of the domain: incapacitating a fighter, picking up suspects, besieging, beheading
        ("Tim gabungan TNI-Polri berhasil melumpuhkan seorang anggota KKB di Kampung Wandai, Kabupaten Intan Jaya, "
         "Kamis (4/7/2024).", "MILITARY_OPERATION", "targets", ["KKB", "seorang anggota KKB"]),
        ("Polisi menciduk tiga pemuda yang diduga terlibat dalam aksi pelemparan bom molotov ke pos polisi di "
         "Makassar.", "ARREST", "targets", ["tiga pemuda"]),
        ("Pasukan Israel mengepung Rumah Sakit Kamal Adwan di Beit Lahia, Gaza utara, Jumat (27/12/2024).",
         "MILITARY_OPERATION", "targets", ["Rumah Sakit Kamal Adwan"]),
        ("Kelompok bersenjata membakar puluhan rumah warga di Desa Kilambo, Mozambik utara, dan memenggal kepala dua "
         "warga, Minggu (9/6/2024).", "ATTACK", "killed", 2),
        # one shot dead is a toll of one; the state whose weapon struck acts
        ("Seorang terduga teroris ditembak mati tim Densus 88 di Kabupaten Sigi, Selasa (14/5/2024).",
         "MILITARY_OPERATION", "killed", 1),
        ("Sebuah pusat perbelanjaan di Kharkiv dihantam dua bom udara Rusia, Sabtu (25/5/2024), menewaskan 19 orang.",
         "MILITARY_OPERATION", "actors", ["Rusia"]),
        # a post attacked with no other place is where it happened
        ("Tiga prajurit TNI gugur dalam penyerangan KKB terhadap Pos Koramil Gome, Kabupaten Puncak, Papua Tengah, "
         "Sabtu (26/3/2022) dini hari.", "ATTACK", "location", "Koramil Gome"),
        # the object of an attack's noun after "ke"
        ("Pasukan Suriah melancarkan serangan ke desa-desa Bedouin di Provinsi Sweida, Senin (17/7/2017).",
         "MILITARY_OPERATION", "targets", ["desa-desa Bedouin"]),
        # people named by where they are from are the harmed, not a place
        ("Kelompok Abu Sayyaf menculik lima nelayan Indonesia di perairan Sabah pada Kamis (16/1/2020).", "ATTACK",
         "targets", ["Indonesia", "lima nelayan Indonesia"]),
    ],
)
def test_events_arguments_unseen_news_seventh_round(nlp, text, etype, field, expected):
    assert getattr(_one(nlp, text, etype), field) == expected


# sentences read for more than one of their arguments below
_GRENADE = (
    "Sebuah granat dilemparkan ke halaman Markas Polsek Astanaanyar oleh orang tak dikenal pada Rabu (8/5/2024) "
    "dini hari, namun tidak meledak."
)
_SINWAR = (
    "Pemimpin kelompok Hamas di Gaza, Yahya Sinwar, tewas dalam serangan pasukan Israel di Rafah, Rabu (16/10/2024), "
    "kata militer Israel."
)


@pytest.mark.parametrize(
    "text,etype,field,expected",
    [
        # a shooting that wounded someone, though the article names no armed group
        ("Dua anggota Brimob terluka setelah ditembak orang tak dikenal saat berpatroli di Kampung Kago, Distrik "
         "Ilaga, Sabtu (20/4/2024) pagi.", "ATTACK", "injured", 2),
        # a building named by the place it serves is the thing struck
        ("Kelompok bersenjata tak dikenal menyerang kantor Distrik Ilaga di Kabupaten Puncak, Papua Tengah, pada Rabu "
         "(12/6/2024) malam.", "ATTACK", "targets", ["kantor Distrik Ilaga"]),
        # people held by a state's force, no police named
        ("Pasukan Israel menahan puluhan warga Palestina dalam penggerebekan di kota Jenin, Tepi Barat, pada Rabu "
         "(8/5/2024) dini hari.", "ARREST", "targets", ["Palestina", "puluhan warga Palestina"]),
        # backing an armed group is support
        ("Pasukan Rwanda diduga mendukung kelompok pemberontak M23 di Kongo timur, menurut laporan panel ahli PBB.",
         "SUPPORT", "targets", ["M23"]),
        # the source cited after a comma is no side
        ("Kelompok pemberontak M23 telah menguasai kota Goma di Kongo timur, menurut laporan panel ahli PBB.",
         "CONTROL", "targets", []),
        # a sniper named by the state he serves
        ("Dua warga sipil tewas ditembak sniper Israel di dekat Rumah Sakit Al-Shifa, Gaza.", "MILITARY_OPERATION",
         "actors", ["sniper Israel"]),
        # members believed still hiding are a strength estimate
        ("Sebanyak 1.200 anggota ISIS diyakini masih bersembunyi di gurun Suriah, kata Komando Pusat AS (CENTCOM).",
         "ESTIMATE", "actors", ["ISIS"]),
        # an attack to be investigated happened
        ("Presiden Joko Widodo memerintahkan Kapolri untuk mengusut tuntas serangan terhadap pos polisi di Kabupaten "
         "Yalimo.", "ATTACK", "targets", ["pos polisi"]),
        # a grenade thrown, dated by the clause before "namun"
        (_GRENADE, "ATTACK", "date", "2024-05-08"),
        (_GRENADE, "ATTACK", "actors", ["orang tak dikenal"]),
        # a state's force destroying a post or a tunnel
        ("Militer Israel mengatakan telah menghancurkan lebih dari 20 terowongan milik Hamas di Rafah.",
         "MILITARY_OPERATION", "actors", ["Israel", "Militer Israel"]),
        # one named first, then the whole toll in the next sentence
        ("Serangan udara Israel menghantam sebuah gedung apartemen di pinggiran selatan Beirut, Lebanon, pada Jumat "
         "(20/9/2024), menewaskan seorang komandan senior Hizbullah. Kementerian Kesehatan Lebanon menyebut "
         "sedikitnya 31 orang tewas.", "MILITARY_OPERATION", "killed", 31),
        # mediators are no side of the talks
        ("Hamas dan Israel sepakat melanjutkan perundingan gencatan senjata di Kairo dengan mediasi Mesir dan Qatar.",
         "TALKS", "targets", []),
        # "pasukannya" after a verb of saying is the speaker's force
        ("Militer Israel mengatakan pasukannya telah membunuh lebih dari 300 militan Hamas.", "MILITARY_OPERATION",
         "actors", ["Militer Israel"]),
        # a name set off by commas before the toll's predicate is the one killed
        (_SINWAR, "MILITARY_OPERATION", "targets", ["Yahya Sinwar"]),
        (_SINWAR, "MILITARY_OPERATION", "killed", 1),
        # a retaliatory strike is a strike
        ("Israel melancarkan serangan balasan ke Iran pada Jumat (19/4/2024) dini hari.", "MILITARY_OPERATION",
         "actors", ["Israel"]),
        # a round of talks between the light verb and its noun
        ("Delegasi pemerintah Kolombia dan gerilyawan ELN memulai putaran keenam perundingan damai di Caracas, "
         "Venezuela, Senin (13/11/2023).", "TALKS", "actors", ["Kolombia", "ELN"]),
        # arms sent are support
        ("Korea Utara diduga mengirimkan jutaan butir amunisi artileri ke Rusia untuk digunakan dalam perang di "
         "Ukraina.", "SUPPORT", "actors", ["Korea Utara"]),
        # a verb after "setelah" shares the clause's subject, not its object's apposition
        ("Kelompok Kriminal Bersenjata (KKB) menyandera pilot Susi Air asal Selandia Baru, Philip Mark Mehrtens, "
         "setelah membakar pesawatnya di Lapangan Terbang Paro, Nduga, Selasa (7/2/2023).", "ATTACK", "actors",
         ["KKB"]),
        # what was taken ends at "beserta"
        ("Polisi menggerebek sebuah rumah di Bekasi. Dari lokasi, petugas mengamankan tiga orang beserta sejumlah "
         "bahan peledak.", "ARREST", "targets", ["tiga orang"]),
        # the name after a verb and its object noun is that object, no agent
        ("Empat orang tewas dalam penembakan di sebuah kelab malam di Istanbul. Pelaku yang mengenakan kostum "
         "Sinterklas melepaskan tembakan ke arah pengunjung.", "ATTACK", "actors", ["Pelaku"]),
        # "kini" ends a force's phrase
        ("Seorang pengemudi ojek tewas ditembak orang tak dikenal di Distrik Sugapa, Selasa (11/6/2024). Aparat "
         "gabungan TNI-Polri kini melakukan pengejaran terhadap para pelaku.", "MILITARY_OPERATION", "actors",
         ["TNI", "Aparat gabungan TNI-Polri"]),
    ],
)
def test_events_arguments_unseen_news_eighth_round(nlp, text, etype, field, expected):
    assert getattr(_one(nlp, text, etype), field) == expected


def test_events_a_recalled_attack_dates_no_later_event(nlp):
    """An attack recalled from another year is no time of the story: the reply told after it keeps the story's day."""
    text = (
        "Serangan udara Israel menewaskan komandan Hizbullah Ibrahim Aqil di Beirut pada Jumat (20/9/2024). Aqil "
        "bertanggung jawab atas serangan terhadap barak Marinir AS di Beirut pada 1983. Hizbullah membalas dengan "
        "menembakkan sekitar 140 roket ke Israel utara."
    )
    dates = {e.evidence.split()[0]: e.date for e in _events(nlp, text, "ATTACK")}
    assert dates == {"Aqil": "1983", "Hizbullah": "2024-09-20"}


@pytest.mark.parametrize(
    "text",
    [
        ("Tim Detasemen Khusus (Densus) 88 menangkap tujuh orang terduga teroris di Sulawesi Tengah pada Selasa (14/5). "
         "Juru bicara Densus 88 Kombes Aswin Siregar mengatakan ketujuh terduga teroris itu ditangkap di Kabupaten "
         "Poso, Kabupaten Sigi, dan Kota Palu."),
        ("Polisi Filipina menangkap dua tersangka pengeboman di Kota Marawi, Minggu (2/6). Kedua tersangka tersebut "
         "telah ditangkap di sebuah rumah di Barangay Sagonsongan."),
    ],
)
def test_events_a_passive_whose_subject_points_back_restates_the_event(nlp, text):
    """"ketujuh terduga teroris itu ditangkap": the arrest told of those just named is the arrest told before."""
    assert len([e for e in nlp(text)._.events if e.type == "ARREST"]) == 1


def test_events_another_strand_of_the_news_is_another_event(nlp):
    """"Sementara itu, Brigade Al-Qassam mengaku menembakkan roket ...": a sentence turning to another strand and
    naming its own party does not fill the attack told before it by its victims alone."""
    text = (
        "Kepala UNRWA Philippe Lazzarini mengatakan sekolah tersebut menampung sekitar 6.000 pengungsi saat diserang.\n\n"
        "Sementara itu, sayap bersenjata Hamas, Brigade Al-Qassam, mengaku telah menembakkan roket ke arah kota Sderot "
        "di Israel selatan pada hari yang sama."
    )
    rockets = [e for e in nlp(text)._.events if e.trigger == "menembakkan"]
    assert len(rockets) == 1 and rockets[0].targets == [] and len(rockets[0].mentions) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Pertempuran berlangsung selama dua jam setelah pasukan menyerbu sebuah kamp militan di pegunungan.",
        "Serangan terhadap markas Hamas menewaskan tiga orang.",
    ],
)
def test_events_a_group_inside_the_target_is_no_perpetrator(nlp, text):
    """"menyerbu sebuah kamp militan": the militants owned what was struck; they did not strike."""
    events = nlp(text)._.events
    assert events and all(e.actors == [] for e in events)


def test_events_a_background_event_of_last_month_dates_no_later_event(nlp):
    """An earlier deed recalled in the middle of a report ("sebelumnya ... pada bulan lalu") is over before the
    story's first day: the pursuit told after it continues the story, on its day and at its place."""
    text = (
        "Dua prajurit TNI gugur setelah diserang KKB di Distrik Sugapa, Kabupaten Intan Jaya, Kamis (6/6/2024). "
        "Kelompok itu sebelumnya juga membakar sebuah sekolah di Distrik Beoga pada bulan lalu. Aparat gabungan "
        "TNI-Polri kemudian melakukan pengejaran terhadap para pelaku."
    )
    found = {(e.type, e.date, e.location) for e in nlp(text)._.events}
    assert ("MILITARY_OPERATION", "2024-06-06", "Distrik Sugapa") in found


@pytest.mark.parametrize(
    "text,etype,field,expected",
    [
        # what a strike was aimed at, in a relative clause or after its noun's verb of striking
        ("Lima orang tewas dalam ledakan bom rakitan yang menargetkan kendaraan militer di Provinsi Balochistan, "
         "Pakistan barat daya, Minggu (30/6/2024).", "ATTACK", "targets", ["Lima orang", "kendaraan militer"]),
        ("Sebuah serangan pesawat tak berawak menghantam konvoi kendaraan milik milisi pro-Iran di dekat perbatasan "
         "Irak-Suriah, menewaskan delapan orang.", "MILITARY_OPERATION", "targets",
         ["konvoi kendaraan milik milisi pro-Iran", "delapan orang"]),
        # aircraft shot down
        ("Kelompok Houthi menembak jatuh sebuah drone MQ-9 Reaper milik AS di atas wilayah Marib, Yaman.", "ATTACK",
         "actors", ["Houthi"]),
        # those a force killed in a firefight
        ("Aparat keamanan Mesir menewaskan 11 tersangka militan dalam baku tembak di Semenanjung Sinai utara.",
         "MILITARY_OPERATION", "targets", ["11 tersangka militan"]),
        # a person named right after a target phrase is that target
        ("Serangan udara Israel menewaskan seorang komandan senior Hizbullah, Ibrahim Aqil, di Beirut, Jumat "
         "(20/9/2024).", "MILITARY_OPERATION", "targets", ["Hizbullah", "seorang komandan senior Hizbullah", "Ibrahim Aqil"]),
        # the object of an attack's noun past the weapon and a word of manner
        ("Milisi Al-Shabaab melancarkan serangan mortir ke kompleks istana presiden di Mogadishu, namun tidak ada "
         "korban jiwa.", "ATTACK", "targets", ["kompleks istana presiden"]),
        ("Pasukan Rusia melancarkan serangan rudal besar-besaran ke infrastruktur energi Ukraina pada Kamis "
         "(28/3/2024) dini hari.", "MILITARY_OPERATION", "targets", ["infrastruktur energi Ukraina"]),
        # where shots were fired
        ("Polisi Jerman menembak mati seorang pria yang melepaskan tembakan ke arah Konsulat Israel di Munich, Kamis "
         "(5/9/2024).", "ATTACK", "targets", ["Konsulat Israel"]),
        # funds channelled to a group named by its name are support; the subject of "yang dituduh" is who did it
        ("Pemerintah Amerika Serikat menjatuhkan sanksi terhadap tiga individu yang dituduh menyalurkan dana kepada "
         "Hamas melalui jaringan penukaran uang di Turki.", "SUPPORT", "actors", []),
        # a count of attacks is no toll
        ("Sebanyak 27 orang tewas dalam dua serangan terpisah oleh kelompok bersenjata di negara bagian Zamfara, "
         "Nigeria, Minggu (23/6/2024).", "ATTACK", "killed", 27),
        # a convict of terrorism acts as one
        ("Dua petugas Lapas Nusakambangan diserang oleh narapidana teroris menggunakan senjata tajam, Selasa "
         "(26/11/2024).", "ATTACK", "actors", ["narapidana teroris"]),
        # the toll of the attack told as the motive is not the strike's
        ("Militer AS melancarkan serangan udara terhadap sasaran-sasaran milik milisi di Irak dan Suriah sebagai "
         "balasan atas serangan drone yang menewaskan tiga tentara AS di Yordania.", "MILITARY_OPERATION", "killed",
         None),
        # a police headquarters by its short name is a facility
        ("Dua polisi terluka dalam serangan bom bunuh diri di Mapolrestabes Medan, Rabu (13/11/2019).", "ATTACK",
         "location", "Mapolrestabes Medan"),
    ],
)
def test_events_arguments_unseen_news_eighth_round_targets(nlp, text, etype, field, expected):
    assert getattr(_one(nlp, text, etype), field) == expected


@pytest.mark.parametrize(
    "text,etype,field,expected",
    [
        # an arrest told as not done ("saat akan ditangkap") ends no other trigger's stretch: the place is the shooting's
        ("Densus 88 menembak mati seorang terduga teroris yang mencoba kabur saat akan ditangkap di Kota Bima, Rabu "
         "(3/7/2024).", "MILITARY_OPERATION", "location", "Kota Bima"),
        # the state whose weapon struck, named after it
        ("Serangan pesawat tanpa awak Rusia menghantam gudang gandum di Odesa, Senin.", "MILITARY_OPERATION", "actors",
         ["Rusia"]),
        # a headquarters named by its institution is a place after "di"
        ("Polisi masih menyelidiki serangan yang terjadi di Mabes Polri pada Rabu (31/3/2021).", "ATTACK", "location",
         "Mabes Polri"),
        # those a passive relative clause describes, not the subject of the verb before it
        ("Tentara Kamerun menyelamatkan 12 warga yang diculik kelompok separatis di wilayah barat laut negara itu.",
         "ATTACK", "targets", ["12 warga"]),
        # the ends of a road and the region after them are places, not targets
        ("Orang bersenjata menyerang sebuah truk di jalan antara Gao dan Ansongo, Mali timur, Kamis.", "ATTACK",
         "targets", []),
        # a street is where a bomb went off, not what it struck
        ("Sebuah granat meledak di depan kantor partai di Jalan Diponegoro, Senin malam.", "ATTACK", "targets", []),
        # a massacre, active and passive
        ("Milisi Janjaweed membantai sedikitnya 40 warga desa di Darfur Barat, Sudan, Kamis (8/6/2023).", "ATTACK",
         "actors", ["Janjaweed"]),
        ("Puluhan penambang dibantai oleh kelompok bersenjata di Provinsi Ituri, Kongo timur, Sabtu.", "ATTACK",
         "actors", ["kelompok bersenjata"]),
        # the resistance named by a common noun is an armed side
        ("Kelompok perlawanan merebut sebuah pangkalan militer di Kota Lashio, Myanmar, Sabtu (3/8/2024).", "CONTROL",
         "actors", ["Kelompok perlawanan"]),
        # the parties that sign a ceasefire agreement
        ("Pemerintah Filipina dan MILF menandatangani kesepakatan gencatan senjata di Kuala Lumpur.", "TALKS",
         "actors", ["Filipina", "MILF"]),
        # a group named with its wing joined by a hyphen makes a threat violent
        ("Juru bicara TPNPB-OPM mengancam akan menyerang bandara di Kabupaten Puncak.", "WARNING", "actors",
         ["TPNPB-OPM"]),
        # the subject of a passive is before the place it stands in, not the place
        ("Dua pos keamanan milik TNI di perbatasan Indonesia-Papua Nugini dibakar massa pada Jumat malam.", "ATTACK",
         "targets", ["Dua pos keamanan milik TNI"]),
        # unknown gunmen make a shooting violent; shot is not killed
        ("Tiga warga di Desa Bintang ditembak orang tak dikenal, Senin.", "ATTACK", "actors", ["orang tak dikenal"]),
        ("Tiga warga di Desa Bintang ditembak orang tak dikenal, Senin.", "ATTACK", "killed", None),
        ("Tiga pekerja proyek di Distrik Sinak tewas ditembak KKB, Selasa.", "ATTACK", "killed", 3),
        # those killed in an operation may be a list of names
        ("Militer Filipina menewaskan dua pemimpin Abu Sayyaf, Hatib Sawadjaan dan Radullan Sahiron, dalam operasi di "
         "Sulu, Jumat (10/7/2020).", "MILITARY_OPERATION", "location", "Sulu"),
        # a place's kind in lower case inside a chain of places
        ("Pria bersenjata menyerbu sebuah masjid di Katsina, negara bagian Zamfara, Nigeria, Jumat malam.", "ATTACK",
         "targets", ["masjid"]),
        # a coalition named by its leader acts
        ("Serangan udara koalisi pimpinan Amerika Serikat menghantam sebuah gudang senjata di Deir ez-Zor, Suriah.",
         "MILITARY_OPERATION", "actors", ["Amerika Serikat"]),
    ],
)
def test_events_arguments_unseen_news_ninth_round(nlp, text, etype, field, expected):
    assert getattr(_one(nlp, text, etype), field) == expected


@pytest.mark.parametrize(
    "text,etype,field,expected",
    [
        # a bomb thrown (the thing thrown before the verb, the target after "ke") and a house pelted with one
        ("Sebuah granat yang dilemparkan orang tak dikenal ke pos polisi di Kabupaten Nduga melukai dua petugas.",
         "ATTACK", "location", "Kabupaten Nduga"),
        ("Kantor sebuah partai di Jayapura dilempari bom molotov oleh orang tak dikenal, Selasa dini hari.", "ATTACK",
         "actors", ["orang tak dikenal"]),
        # an undated arrest told as not done leaves the place after it to the shooting
        ("Seorang terduga teroris tewas ditembak polisi karena melawan saat hendak ditangkap di Klaten, Jawa Tengah.",
         "MILITARY_OPERATION", "location", "Klaten"),
        # the parties discussing a proposal for a ceasefire
        ("Hamas dan Israel membahas usulan gencatan senjata di Doha dengan mediator Qatar.", "TALKS", "actors",
         ["Hamas", "Israel"]),
        # arms delivered are support
        ("Pemerintah Inggris menyetujui pengiriman tank Challenger ke Ukraina.", "SUPPORT", "targets", ["Ukraina"]),
        # a weapon of war's fire wounds
        ("Tiga tentara Lebanon terluka akibat tembakan artileri di dekat perbatasan selatan, Senin.",
         "MILITARY_OPERATION", "injured", 3),
        ("Dua warga Israel terluka akibat tembakan roket Hamas di kota Sderot, Minggu.", "ATTACK", "actors", ["Hamas"]),
        # the part of those taken who were killed
        ("Enam pekerja jalan diculik dan tiga di antaranya dibunuh oleh kelompok bersenjata di Kabupaten Nduga.",
         "ATTACK", "killed", 3),
        # rebels named by their country act, not the country's state
        ("Milisi Somalia menyerbu sebuah pos polisi di Kismayo, Selasa.", "ATTACK", "actors", ["Milisi Somalia"]),
        ("Pasukan oposisi Suriah merebut kota Saraqib dari tentara pemerintah.", "CONTROL", "actors",
         ["Pasukan oposisi Suriah"]),
        # the village the people harmed live in, set off before the passive, is where and not who
        ("Polisi memastikan tiga warga Kampung Yogonik, Distrik Ilu, Puncak Jaya, dibunuh KKB pada Selasa.", "ATTACK",
         "targets", ["tiga warga"]),
        ("Polisi memastikan tiga warga Kampung Yogonik, Distrik Ilu, Puncak Jaya, dibunuh KKB pada Selasa.", "ATTACK",
         "location", "Kampung Yogonik"),
        # "untuk" before the group a suspect served is no purpose: the arrest happened
        ("Dua pria yang diduga perekrut untuk jaringan JAD diringkus polisi di Medan.", "ARREST", "location", "Medan"),
        # fighters joined to the object of a killing verb are killed too
        ("Kontak senjata di Kabupaten Maguindanao menewaskan dua tentara dan tiga militan BIFF, Kamis.",
         "MILITARY_OPERATION", "killed", 5),
        # a group claiming through its spokesman: the group, not the spokesman
        ("Jamaah Ansharut Daulah melalui juru bicaranya Abu Hamzah mengklaim serangan terhadap pos polisi di Poso.",
         "ATTACK", "actors", ["Jamaah Ansharut Daulah"]),
        # the weapon's owner between a noun and what it struck
        ("Serangan rudal Rusia ke sebuah gedung apartemen di Dnipro menewaskan sembilan orang.", "MILITARY_OPERATION",
         "targets", ["gedung apartemen", "sembilan orang"]),
        # a country claiming its own forces' gains acts
        ("Ukraina mengklaim pasukannya telah merebut kembali desa Staromaiorske di wilayah Donetsk.", "CONTROL",
         "actors", ["Ukraina"]),
        # a bomb named as an attack, then said to go off: one attack, not the victims' operation
        ("Dua polisi terluka setelah bom pinggir jalan meledak saat patroli mereka melintas di Kandahar.", "ATTACK",
         "injured", 2),
        # a Nigerian state named by an ordinary word, after "negara bagian"
        ("Orang bersenjata menyerbu sebuah gereja di negara bagian Plateau, Nigeria, Minggu.", "ATTACK", "location",
         "Plateau"),
        # a humanitarian pause agreed is talks between its parties
        ("Israel dan Hamas menyepakati jeda kemanusiaan selama tujuh hari yang ditengahi Qatar dan Mesir.", "TALKS",
         "actors", ["Israel", "Hamas"]),
        # a call on followers to attack is a threat
        ("Pemimpin JNIM mengajak para pengikutnya untuk melancarkan serangan terhadap pangkalan militer di Mali.",
         "WARNING", "actors", ["JNIM"]),
        # a house burnt out: "hangus" is no part of what was burnt
        ("Belasan rumah warga hangus dibakar orang tak dikenal di Distrik Kiwirok, Rabu malam.", "ATTACK", "targets",
         ["Belasan rumah warga"]),
    ],
)
def test_events_arguments_unseen_news_tenth_round(nlp, text, etype, field, expected):
    assert getattr(_one(nlp, text, etype), field) == expected


@pytest.mark.parametrize(
    "text,etype,field,expected",
    [
        # the two parties of talks named after "antara", a few words past its noun; not the mediator
        ("Kementerian Luar Negeri Qatar menyatakan perundingan gencatan senjata antara Israel dan Hamas mengalami "
         "kebuntuan.", "TALKS", "actors", ["Israel", "Hamas"]),
        # a toll told whole, then broken into its parts
        ("Sebanyak 25 orang tewas, terdiri dari 15 warga sipil dan 10 anggota pasukan keamanan, dalam serangan di "
         "negara bagian Zamfara, Nigeria.", "ATTACK", "killed", 25),
        # a group named by its leader acts as that group
        ("Kelompok pimpinan Undius Kogoya menembak mati seorang tukang ojek di Kampung Kago, Distrik Ilaga, Senin.",
         "ATTACK", "actors", ["Kelompok pimpinan Undius Kogoya"]),
        # a relative clause set off by commas describes the subject: its words are not the agent
        ("Penyerang, yang mengenakan seragam militer, melepaskan tembakan ke arah jemaah di sebuah masjid di Herat, "
         "menewaskan enam orang.", "ATTACK", "actors", ["Penyerang"]),
        # a ship's flag is no place
        ("Kapal kargo berbendera Liberia itu rusak setelah dihantam rudal yang ditembakkan Houthi dari Yaman.",
         "ATTACK", "location", None),
        # a day set off at the end is the arrest's, not that of the plot its relative clause tells
        ("Polisi Jerman menangkap tiga orang yang diduga merencanakan serangan terhadap sinagog di kota Dortmund, Rabu "
         "(8/5/2024).", "ARREST", "date", "2024-05-08"),
        # the words of time after an agent phrase are no part of it
        ("Desa Kalalo di Kabupaten Poso diserang kelompok bersenjata dua pekan lalu, menewaskan tiga petani.", "ATTACK",
         "actors", ["kelompok bersenjata"]),
        ("Kantor desa itu dibakar orang tak dikenal kemarin malam.", "ATTACK", "actors", ["orang tak dikenal"]),
        # one person named after a killing verb and his office
        ("Pasukan Pertahanan Israel (IDF) menyatakan telah menewaskan komandan senior Hizbullah, Taleb Abdallah, dalam "
         "serangan udara di Lebanon selatan.", "MILITARY_OPERATION", "killed", 1),
        # military aid from one state to another; a group receiving arms is the one supported
        ("Bantuan senjata dari Amerika Serikat untuk Israel senilai 26 miliar dolar disetujui Kongres.", "SUPPORT",
         "actors", ["Amerika Serikat"]),
        ("Ukraina menerima bantuan militer dari Jerman berupa sistem pertahanan udara Patriot.", "SUPPORT", "targets",
         ["Ukraina"]),
        # a joint task force written out, and a man not known
        ("Satuan tugas gabungan berhasil merebut kembali markas KKB di Kampung Yuguru, Distrik Mebarok, Kamis.",
         "CONTROL", "actors", ["Satuan tugas gabungan"]),
        ("Seorang polisi yang sedang berjaga ditembak oleh seorang pria tak dikenal di Kota Makassar, Jumat.",
         "ATTACK", "actors", ["pria tak dikenal"]),
        # a clash qualified before "antara": its sides still follow
        ("Bentrokan bersenjata antara pasukan Israel dan pejuang Palestina pecah di kota Jenin, menewaskan lima warga "
         "Palestina.", "MILITARY_OPERATION", "actors", ["Israel", "pasukan Israel"]),
        # a police officer who shot the attacker: the force acts
        ("Pelaku, Joel Cauchi (40), ditembak mati oleh seorang polisi wanita di lokasi kejadian.", "MILITARY_OPERATION",
         "killed", 1),
        # a police station right after the attack's noun was attacked; the copula names who did it
        ("Para pelaku penyerangan Polsek Batui, Kabupaten Banggai, diduga merupakan simpatisan MIT.", "ATTACK",
         "targets", ["Polsek Batui"]),
        # counts joined to a wounding verb's object add up, and one person counted in words before a count
        ("Ledakan bom itu melukai 12 orang dan dua tentara di Kabul.", "ATTACK", "injured", 14),
        ("Seorang tentara Pakistan dan tiga militan tewas dalam baku tembak di distrik Bajaur, Kamis.",
         "MILITARY_OPERATION", "killed", 4),
        ("Seorang polisi tewas dan dua lainnya terluka dalam serangan bom di Kabul.", "ATTACK", "injured", 2),
        ("Sebuah bom rakitan meledak di rumah kontrakan di Kota Pasuruan dan melukai seorang balita.", "ATTACK",
         "injured", 1),
        # an aside of "yang" between a count and its predicate
        ("Sebanyak 11 orang, yang sebagian besar warga sipil, tewas dalam serangan pesawat tak berawak di pasar di kota "
         "Idlib.", "MILITARY_OPERATION", "killed", 11),
        # a state's bombs dropped, and the other side of a firefight described, not named
        ("Tentara Myanmar menjatuhkan bom dari pesawat ke sebuah desa di wilayah Sagaing, menewaskan 17 warga sipil.",
         "MILITARY_OPERATION", "killed", 17),
        ("Kontak tembak antara aparat gabungan TNI-Polri dan kelompok bersenjata terjadi di Distrik Kiwirok, Senin.",
         "MILITARY_OPERATION", "targets", ["kelompok bersenjata"]),
        # the group named by its leader after "dilakukan", and past the leader's title
        ("Serangan terhadap pos TNI di Kampung Jigi itu dilakukan kelompok pimpinan Egianus Kogoya.", "ATTACK",
         "actors", ["kelompok pimpinan Egianus Kogoya"]),
        ("Pasukan yang dipimpin Jenderal Khalifa Haftar merebut kota Sirte dari milisi Tripoli.", "CONTROL", "actors",
         ["Pasukan yang dipimpin Jenderal Khalifa Haftar"]),
        # the words after a verb ending in its weapon describe the weapon, not what it struck
        ("Pada April, militer AS menjatuhkan bom non-nuklir terbesar (MOAB) di sebuah kawasan di distrik Achin.",
         "MILITARY_OPERATION", "targets", []),
        # a war's whole toll is no toll of the operation its sentence names
        ("Tentara Israel mengklaim telah membunuh lebih dari 13.000 militan Hamas sejak perang dimulai.",
         "MILITARY_OPERATION", "killed", None),
    ],
)
def test_events_arguments_unseen_news_eleventh_round(nlp, text, etype, field, expected):
    assert getattr(_one(nlp, text, etype), field) == expected


@pytest.mark.parametrize(
    "text,etype,field,expected",
    [
        # a count joined to one told in words after a killing verb, and counts coordinated before a toll of one
        ("Ledakan bom di depan sebuah gereja di Makassar menewaskan seorang satpam dan dua jemaat.", "ATTACK",
         "killed", 3),
        ("Tiga orang pekerja dan seorang sopir tewas setelah truk mereka ditembaki di Jalan Trans Papua.", "ATTACK",
         "killed", 4),
        ("Ledakan granat itu melukai tiga polisi dan seorang tukang parkir di depan Polres Bima.", "ATTACK", "injured",
         4),
        ("Ledakan bom itu menewaskan dua tentara dan melukai seorang warga di Pattani.", "ATTACK", "killed", 2),
        # the missing are not killed
        ("Dua warga tewas dan empat lainnya hilang setelah kelompok bersenjata menyerang desa di Zamfara.", "ATTACK",
         "killed", 2),
        # a part named after the toll ("termasuk", "di antaranya") is no toll; nor one told with its own predicate
        ("Enam orang tewas, termasuk tiga pelaku, dalam serangan di markas polisi di Bannu.", "ATTACK", "killed", 6),
        ("Delapan warga tewas, di antaranya dua balita, akibat serangan udara junta di Sagaing.",
         "MILITARY_OPERATION", "killed", 8),
        ("Sebanyak 19 orang luka-luka, lima di antaranya luka berat, akibat ledakan granat di Marawi.", "ATTACK",
         "injured", 19),
        # a town right after an attack's noun is where it struck, not who struck
        ("Pengeboman Khan Younis Tewaskan 30 Pengungsi", "ATTACK", "actors", []),
        ("Pengeboman Khan Younis Tewaskan 30 Pengungsi", "ATTACK", "location", "Khan Younis"),
        ("Serangan Israel di Khan Younis menewaskan 30 orang.", "MILITARY_OPERATION", "actors", ["Israel"]),
        # a group named by its leader with no word of leadership between
        ("Pembakaran kios itu diduga dilakukan oleh kelompok Lekagak Telenggen.", "ATTACK", "actors",
         ["kelompok Lekagak Telenggen"]),
        ("Pos ojek di Sinak dibakar oleh massa bersenjata.", "ATTACK", "actors", ["massa bersenjata"]),
        # the perpetrator identified after what the deed struck and where
        ("Polisi menyebut pelaku penembakan terhadap dua guru di Distrik Beoga adalah kelompok Numbuk Telenggen.",
         "ATTACK", "actors", ["kelompok Numbuk Telenggen"]),
        ("Polisi menyebut pelaku penembakan terhadap dua guru di Distrik Beoga adalah kelompok Numbuk Telenggen.",
         "ATTACK", "targets", ["dua guru"]),
        # a later sentence raising the toll: told anew after "angka itu", or as a rise
        ("Sebuah bom meledak di terminal bus di Peshawar, Kamis. Awalnya dilaporkan 6 orang tewas, namun angka itu "
         "kemudian bertambah menjadi 9 orang.", "ATTACK", "killed", 9),
        ("Sebuah bom meledak di terminal bus di Peshawar, Kamis, menewaskan 6 orang. Belakangan, korban meninggal "
         "bertambah dua orang.", "ATTACK", "killed", 8),
        # the group a named subject is tied to does not act
        ("Militan ISWAP yang terkait ISIS menyerbu barak militer di Borno, menewaskan 12 tentara.", "ATTACK", "actors",
         ["ISWAP"]),
        # the one said to be behind an attack did it
        ("Serangan udara menghantam sebuah pasar di Idlib. Pesawat tempur Rusia diduga berada di balik serangan "
         "tersebut.", "MILITARY_OPERATION", "actors", ["Rusia"]),
        # the side that answered with an attack
        ("Rusia membalas dengan serangan rudal ke kota Odesa, menewaskan empat orang.", "MILITARY_OPERATION",
         "actors", ["Rusia"]),
        # a country named bare after a passive of violence struck
        ("Sebuah sekolah tempat pengungsi berlindung di Khan Younis dibom Israel pada Selasa dini hari.",
         "MILITARY_OPERATION", "actors",
         ["Israel"]),
        # a group's size told as a head count
        ("Kapolda mengatakan kelompok MIT kini beranggotakan tiga orang.", "ESTIMATE", "actors", ["MIT"]),
        ("Kelompok Abu Sayyaf diyakini masih memiliki sekitar 40 orang anggota bersenjata di Basilan.", "ESTIMATE",
         "trigger", "40 orang anggota"),
        # a war's running toll is no one event's
        ("Sejak invasi dimulai pada Februari 2022, lebih dari 11.000 warga sipil tewas di Ukraina.",
         "MILITARY_OPERATION", "killed", None),
        # people named together before the toll's predicate, and a count whose people are named in an aside
        ("Bripda Yosua dan Briptu Marten gugur dalam penyerangan di Polsek Ilaga.", "ATTACK", "killed", 2),
        ("Tiga pekerja, Anton, Budi dan Yakob, tewas ditembak KKB di Distrik Gome.", "ATTACK", "killed", 3),
        # a place the gazetteer does not know is finer than the province of the headline when its name says so
        ("Granat Meledak di Pos Polisi di Papua\nSebuah granat meledak di pos polisi Kampung Wuyukwi, Distrik "
         "Kembu, Kabupaten Tolikara, Kamis malam, melukai dua polisi.", "ATTACK", "location", "Kampung Wuyukwi"),
        # the words of a toll's predicate end a phrase of people
        ("Dua petani luka-luka setelah diserang orang tak dikenal di Poso.", "ATTACK", "targets", ["Dua petani"]),
    ],
)
def test_events_arguments_unseen_news_twelfth_round(nlp, text, etype, field, expected):
    assert getattr(_one(nlp, text, etype), field) == expected


@pytest.mark.parametrize(
    "text,etype,field,expected",
    [
        # a count joined to an unstated or vague one: at least the count
        ("Sebanyak 15 polisi dan beberapa warga sipil tewas dalam serangan kelompok bersenjata di Burkina Faso.",
         "ATTACK", "killed", 15),
        ("Serangan bom di pos pemeriksaan di Quetta menyebabkan 12 tentara dan sejumlah warga sipil tewas.", "ATTACK",
         "killed_qualifier", "at_least"),
        # kin of one person each after a killing verb
        ("Anggota KKB menembak mati seorang guru dan dua tetangganya di Kabupaten Puncak.", "ATTACK", "killed", 3),
        ("Milisi membunuh suami dan anaknya di depan rumah mereka di Ituri.", "ATTACK", "killed", 2),
        ("Kelompok bersenjata itu membunuh seorang kepala desa dan istrinya di Yala, Thailand selatan.", "ATTACK",
         "killed", 2),
        ("Teroris menembak mati seorang pendeta dan istrinya di rumah mereka di Lembah Napu.", "ATTACK", "killed", 2),
        # one named after his office, then a count joined to him
        ("Serangan udara Israel menewaskan komandan Hamas, Ahmad Ghandour, dan tiga pengawalnya di Rafah.",
         "MILITARY_OPERATION", "killed", 4),
        # a group's name the recogniser misses, as the subject of an active verb
        ("Macan Tamil menyerang pos militer di Jaffna dan menewaskan tujuh tentara.", "ATTACK", "actors",
         ["Macan Tamil"]),
        # a place the recogniser misses after a terrain's head, finer than the one after it
        ("Militan menyerang konvoi tentara Nigeria di hutan Sambisa.", "ATTACK", "location", "hutan Sambisa"),
        ("Polisi Thailand mengatakan dua orang tewas ketika bom meledak di pasar di distrik Tak Bai, Narathiwat.",
         "ATTACK", "location", "distrik Tak Bai"),
        # the people counted, listed after "yakni"
        ("Empat orang, yakni dua polisi, seorang sopir dan seorang pedagang, tewas dalam ledakan di terminal Quetta.",
         "ATTACK", "killed", 4),
        # a gang of bandits acts
        ("Kelompok bandit bersenjata menculik 20 siswa dari sebuah sekolah di negara bagian Kaduna.", "ATTACK",
         "actors", ["Kelompok bandit bersenjata"]),
        # a victim named by office
        ("Ledakan bom mobil menewaskan seorang hakim dan dua pengawalnya di Peshawar.", "ATTACK", "targets",
         ["seorang hakim"]),
        # a date between two coordinated verbs dates the first one too
        ("Pasukan Israel menyerbu Rumah Sakit Al-Shifa di Kota Gaza, Senin (10/6/2024), dan menangkap puluhan orang.",
         "MILITARY_OPERATION", "date", "2024-06-10"),
        # a relative clause between commas after the one killed, and one describing the agent
        ("Seorang pengemudi ojek, yang mengangkut penumpang ke Distrik Sinak, ditembak mati KKB.", "ATTACK", "killed",
         1),
        ("Tentara yang menjaga pos di perbatasan diserang oleh militan yang datang dari Afghanistan, menewaskan dua "
         "tentara.", "ATTACK", "actors", ["militan"]),
        ("Warga mengatakan orang-orang bersenjata itu datang dengan sepeda motor dan menembaki penduduk desa.",
         "ATTACK", "actors", ["orang-orang bersenjata"]),
        # a weekday word inside a place's name is no date; a state after "negara bagian" is a place
        ("Densus 88 menangkap seorang terduga teroris di Kecamatan Pasar Minggu, Jakarta Selatan, Kamis (6/6/2024) "
         "malam.", "ARREST", "date", "2024-06-06"),
        ("ISWAP menewaskan 11 tentara dalam serangan di Malam-Fatori, negara bagian Borno.", "ATTACK", "location",
         "Borno"),
        ("Seorang jurnalis Al Jazeera dan juru kameranya tewas dalam serangan udara Israel di Gaza utara.",
         "MILITARY_OPERATION", "killed", 2),
        ("Seorang pria ditembak orang tak dikenal di dusun Krajan, desa Sumberejo, Minggu malam.", "ATTACK",
         "location", "dusun Krajan"),
    ],
)
def test_events_arguments_unseen_news_thirteenth_round(nlp, text, etype, field, expected):
    assert getattr(_one(nlp, text, etype), field) == expected


def test_events_a_ship_named_by_its_flag_at_the_start_is_the_target(nlp):
    text = "Kapal tanker berbendera Panama dihantam rudal yang ditembakkan Houthi di lepas pantai Hodeidah."
    assert "Kapal tanker berbendera Panama" in _one(nlp, text, "ATTACK").targets


@pytest.mark.parametrize(
    "text",
    [
        "KKB menembak mati dua tukang ojek di Distrik Beoga, Puncak. Sebanyak 150 personel gabungan langsung "
        "diterjunkan ke lokasi.",
        "Kelompok bersenjata menyerang pos TNI di Maybrat yang dijaga 20 personel, dua prajurit gugur.",
    ],
)
def test_events_a_force_counted_in_personnel_is_no_toll(nlp, text):
    attack = _one(nlp, text, "ATTACK")
    assert attack.killed == 2 and not any("personel" in t for t in attack.targets)


def test_events_a_running_total_told_later_replaces_the_first_toll(nlp):
    text = (
        "Militan Al-Shabaab menyerbu sebuah hotel di Mogadishu, Minggu malam, menewaskan 9 orang. Polisi mengatakan "
        "para penyerang meledakkan bom mobil di gerbang hotel. Keesokan harinya, kementerian keamanan menyebut jumlah "
        "korban tewas bertambah menjadi 14 orang."
    )
    assert _one(nlp, text, "ATTACK").killed == 14


def test_events_an_event_at_the_same_place_is_placed_where_the_one_before_was(nlp):
    """"di distrik yang sama": where the event told before happened, on another day too."""
    text = ("Pada Senin (3/6/2024), KKB menembak seorang guru di Distrik Beoga. Pada Rabu (5/6/2024), kelompok itu "
            "membakar rumah dinas guru di distrik yang sama.")
    burnt = [e for e in nlp(text)._.events if e.trigger == "membakar"]
    assert [e.location for e in burnt] == ["Distrik Beoga"]


@pytest.mark.parametrize(
    "text",
    [
        "Tim Densus 88 yang beranggotakan 20 orang menggerebek rumah terduga teroris di Bekasi.",
        "Tim SAR gabungan beranggotakan 50 orang dikerahkan untuk mencari korban banjir bandang di Luwu.",
    ],
)
def test_events_a_team_of_the_state_told_by_its_head_count_is_no_estimate(nlp, text):
    """The size of a police or rescue team is no armed group's strength."""
    assert _events(nlp, text, "ESTIMATE") == []


@pytest.mark.parametrize(
    "text",
    [
        # the plot of a film, a novel or a game
        "Film terbaru sutradara itu berkisah tentang sekelompok teroris yang menyerang sebuah hotel di Jakarta.",
        "Dalam gim itu, pemain menjalankan misi menyerbu markas kelompok bersenjata di tengah gurun.",
        # a quarrel's killing
        "Seorang petani tewas dibacok tetangganya akibat cekcok soal air irigasi di Kabupaten Bone.",
        # a foiled attack is no attack
        "Polisi Belgia menggagalkan serangan bom terhadap sebuah sinagoge di Antwerpen.",
        # something thrown in a sentence that names a bomb elsewhere is no bombing
        "Polisi menyita dua bom rakitan dari rumah tersangka, sementara barang lain dilempar ke tempat sampah.",
    ],
)
def test_events_no_attack_in_fiction_quarrels_or_foiled_plots(nlp, text):
    assert _events(nlp, text, "ATTACK") == []


def test_events_a_trial_names_its_case_not_an_event(nlp):
    """A defendant's case names a crime tried, not an attack on the day of the verdict."""
    text = "Hakim menjatuhkan hukuman seumur hidup kepada terdakwa kasus penembakan polisi di Poso, Kamis."
    assert _events(nlp, text, "ATTACK") == []


def test_events_where_a_suspect_lives_is_no_target(nlp):
    """The places after "warga" say where the person arrested lives: neither target nor agent."""
    text = "Polisi menangkap YK (31), warga Tanjung Sari, Jabung, Lampung Timur, karena merakit bom."
    assert "Jabung" not in _one(nlp, text, "ARREST").targets


def test_events_a_call_to_attack_is_no_attack(nlp):
    """A leader calling on followers to attack has not attacked."""
    text = "Pemimpin ISIS menyerukan para pendukungnya untuk melancarkan serangan terhadap gereja di Eropa."
    assert _events(nlp, text, "ATTACK") == []


def test_events_arms_sent_to_a_state_support_it(nlp):
    """The state that weapons are sent to is the one supported."""
    text = "Iran diduga memasok ratusan drone kamikaze ke Rusia untuk digunakan dalam perang di Ukraina."
    assert _one(nlp, text, "SUPPORT").targets == ["Rusia"]


def test_events_a_body_found_is_the_person_killed(nlp):
    """"penemuan jenazah seorang petani yang diduga dibunuh": the farmer is the target, not the finding."""
    text = "Warga digemparkan dengan penemuan jenazah seorang petani yang diduga dibunuh kelompok MIT di kebunnya."
    assert _one(nlp, text, "ATTACK").targets == ["seorang petani"]


def test_events_a_settler_acts_for_himself_not_his_state(nlp):
    """A settler named by his country is a person who attacked, not the country's forces."""
    text = "Seorang pemukim Israel menembak mati seorang petani Palestina di desa Turmus Ayya, Tepi Barat, Sabtu."
    event = _one(nlp, text, "ATTACK")
    assert event.actors == ["Seorang pemukim Israel"]


@pytest.mark.parametrize(
    "text,field,expected",
    [
        # a town liberated is taken; the occupation it was freed from is no hold of its own
        ("Pasukan Ukraina berhasil membebaskan kota Kherson dari pendudukan Rusia pada November 2022.", "actors",
         ["Ukraina", "Pasukan Ukraina"]),
        ("Pasukan Irak membebaskan wilayah timur Mosul dari ISIS, Selasa (24/1/2017).", "targets", ["ISIS"]),
    ],
)
def test_events_a_liberated_town_is_taken(nlp, text, field, expected):
    assert getattr(_one(nlp, text, "CONTROL"), field) == expected


@pytest.mark.parametrize(
    "text,actor,not_actor",
    [
        # the force told as the backing of the subject's deed does not act alone: the subject does
        ("Tentara Irak dengan dukungan serangan udara koalisi menewaskan 15 militan ISIS di Gurun Anbar, Senin "
         "(3/6/2024).", "Irak", "koalisi"),
        ("Angkatan Bersenjata Filipina dengan bantuan serangan artileri menewaskan tujuh anggota Abu Sayyaf di "
         "Patikul, Sulu, Selasa (4/6/2024).", "Angkatan Bersenjata Filipina", None),
    ],
)
def test_events_fifteenth_round_the_backed_subject_acts(nlp, text, actor, not_actor):
    event = _one(nlp, text, "MILITARY_OPERATION")
    assert event.actors[0] == actor and not_actor not in event.actors


@pytest.mark.parametrize(
    "text,actor",
    [
        # an armed group's own command called "pasukan" is no state's force
        ("Seorang pekerja bangunan tewas ditembak di Distrik Dekai, Yahukimo, Senin (3/6/2024). Penembakan "
         "dilakukan oleh pasukan Kodap XVI Yahukimo di bawah pimpinan Kopitua Heluka, kata juru bicara TPNPB.",
         "Kodap XVI Yahukimo"),
        # the doer named past a word for its members is the actor, not a target
        ("Penembakan terhadap dua tukang ojek di Kampung Bilogai dilakukan pasukan TPNPB di bawah pimpinan Keni "
         "Tipagau, Jumat (7/6/2024).", "TPNPB"),
    ],
)
def test_events_fifteenth_round_an_armed_groups_forces(nlp, text, actor):
    event = _one(nlp, text, "ATTACK")
    assert event.actors[0] == actor and not any(actor in t for t in event.targets)
    assert not _events(nlp, text, "MILITARY_OPERATION")


@pytest.mark.parametrize(
    "text,location,date",
    [
        # the day and place of a participant's deed told in a relative clause are that deed's, not the arrest's
        ("Polisi menangkap seorang pemuda yang diduga anggota kelompok yang membakar kantor distrik di Kiwirok dua "
         "pekan lalu. Penangkapan dilakukan di Oksibil, Senin (3/6/2024).", "Oksibil", "2024-06-03"),
        ("Densus 88 menangkap AR, anggota sel yang menembak mati dua polisi di Kota Bima pada 2021, di Kecamatan "
         "Woha, Kabupaten Bima, Selasa (4/6/2024).", "Kecamatan Woha", "2024-06-04"),
        ("Densus 88 menangkap MS, anggota jaringan yang membunuh empat petani di Desa Kalemago pada 2020, di "
         "Kecamatan Poso Pesisir, Rabu (5/6/2024).", "Kecamatan Poso Pesisir", "2024-06-05"),
    ],
)
def test_events_fifteenth_round_a_relative_deed_keeps_its_day(nlp, text, location, date):
    arrest = _one(nlp, text, "ARREST")
    assert (arrest.location, arrest.date) == (location, date)


@pytest.mark.parametrize(
    "text,target",
    [
        # the other side of a fight written as a phrase
        ("Aparat keamanan terlibat baku tembak dengan kelompok bersenjata di Distrik Sinak, Puncak, Kamis "
         "(6/6/2024).", "kelompok bersenjata"),
        # a group named by its leader stays a group
        ("Personel Satgas Damai Cartenz terlibat kontak senjata dengan kelompok pimpinan Numbuk Telenggen di "
         "Distrik Gome, Jumat (7/6/2024).", "kelompok pimpinan Numbuk Telenggen"),
    ],
)
def test_events_fifteenth_round_the_described_side_of_a_fight(nlp, text, target):
    assert _one(nlp, text, "MILITARY_OPERATION").targets[0] == target


def test_events_fifteenth_round_a_name_in_two_phrases_is_read_where_it_stands(nlp):
    # "TNI" of the post struck, not of the force named earlier in the sentence
    text = ("Aparat gabungan TNI-Polri terlibat kontak senjata dengan KKB di Distrik Beoga, Sabtu (8/6/2024), setelah "
            "kelompok itu menyerang pos TNI di Kampung Julukoma.")
    attack = _one(nlp, text, "ATTACK")
    assert "pos TNI" in attack.targets and not any("Aparat" in t for t in attack.targets)


def test_events_fifteenth_round_a_count_of_things_is_no_toll(nlp):
    text = ("Kontak senjata terjadi antara personel Satgas Damai Cartenz dan kelompok kriminal bersenjata di Distrik "
            "Mulia, Puncak Jaya, Minggu (9/6/2024). Seorang anggota KKB tewas dan tiga pucuk senjata api disita.")
    assert _one(nlp, text, "MILITARY_OPERATION").killed == 1

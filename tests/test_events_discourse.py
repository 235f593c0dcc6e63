"""telik_events across sentences: speech dates, claimed and coordinated actors, vague tolls, out-of-scope mentions."""
from __future__ import annotations

import pytest

from telik.model import Article, Event, Evidence
from telik.nlp.events.merge import Lead, corefer, merge_mentions


def _events(nlp, text, etype=None):
    return [e for e in nlp(text)._.events if etype is None or e.type == etype]


def _article_events(processor, text, published, etype):
    result = processor.process(Article(id="t", text=text, published=published))
    return [e for e in result.events if e.type == etype]


@pytest.mark.parametrize(
    "text,date",
    [
        # the date after the speech tag is when the official spoke; the attack's own date comes from its restatement
        (
            "Korban tewas akibat ledakan bom di pasar Kabul bertambah menjadi 30 orang, kata pejabat setempat pada Senin.\n\n"
            "Sebelumnya, polisi menyebut sedikitnya 20 orang tewas dalam ledakan yang terjadi Sabtu malam itu.",
            "2024-06-15",
        ),
        # with no other date, the statement's date is better than none
        ("Polisi menangkap dua terduga teroris di Bekasi, kata Kapolres kepada wartawan, Senin (17/6/2024).", "2024-06-17"),
        # "kemarin" tied to the trigger wins over the speech tag's day
        ("Kelompok bersenjata menyerang pos polisi di Nduga kemarin, ujar juru bicara Polda pada Senin.", "2024-06-16"),
    ],
)
def test_events_discourse_speech_date_is_not_the_event_date(processor, text, date):
    etype = "ARREST" if "menangkap" in text else "ATTACK"
    found = _article_events(processor, text, "2024-06-17", etype)
    assert [e.date for e in found] == [date]


@pytest.mark.parametrize(
    "text,etype,actors",
    [
        # a responsibility claim in the same sentence (a headline) or the sentence before names the perpetrator
        ("Bom Bunuh Diri Guncang Pos Polisi di Makassar, JAD Mengaku Bertanggung Jawab", "ATTACK", ["JAD"]),
        ("Al-Shabaab mengaku bertanggung jawab. Sebuah ledakan bom mengguncang pasar di Mogadishu pada Sabtu.", "ATTACK", ["Al-Shabaab"]),
        # coordinated subjects are all actors, the agent last
        (
            "Pasukan keamanan Irak dan pejuang relawan yang tergabung dalam Unit Mobilisasi Populer bekerja sama dengan "
            "koalisi internasional, termasuk Amerika Serikat, untuk mengusir ISIS dari Mosul.",
            "MILITARY_OPERATION",
            ["Irak", "Pasukan keamanan Irak", "Unit Mobilisasi Populer", "Amerika Serikat"],
        ),
        # the head of a compound name, not the parent body after it
        ("Densus 88 Antiteror Polri menangkap tiga terduga teroris di Sukoharjo.", "ARREST", ["Densus 88 Antiteror"]),
        # a bare agent right after a passive verb
        ("Patroli itu dihadang kelompok kriminal bersenjata (KKB) di Distrik Sugapa.", "ATTACK", ["KKB"]),
        # "kelompok tersebut" is the group the paragraph is about, not the one it pledged to
        (
            "Kelompok MIT pernah menjadi jaringan teror paling dicari. Kelompok ini berbaiat kepada ISIS. "
            "Pada 2021, empat petani dibunuh oleh anggota kelompok tersebut.",
            "ATTACK",
            ["MIT"],
        ),
        # "kelompok yang sama" points back too
        ("Al-Shabaab menyerbu hotel di Mogadishu. Pada 2022, pengepungan Hotel Hayat dilakukan oleh kelompok yang sama.", "ATTACK", ["Al-Shabaab"]),
        # a group that denies is no perpetrator; the one named after the denial still acts
        ("Bom meledak di Kabul. Menurut sebuah pernyataan, Taliban membantah terlibat dalam serangan tersebut.", "ATTACK", []),
        ("Taliban membantah melakukan serangan bom di Kabul yang menewaskan tujuh orang.", "ATTACK", []),
        ("Polisi membantah bahwa ISIS melakukan serangan bom di Kabul.", "ATTACK", ["ISIS"]),
        # a group named among the harmed is no perpetrator
        ("Bom meledak di Kunar. Serangan itu menewaskan Abdul Rahman, emir ISIS untuk provinsi Kunar.", "ATTACK", []),
        ("Bom meledak di Kunar. Tiga anggota senior ISIS lain turut menjadi korban dalam serangan itu.", "ATTACK", []),
        ("Bom bunuh diri yang menewaskan 80 jemaat dan diklaim ISIS meledak di sebuah kuil di Sindh.", "ATTACK", ["ISIS"]),
        ("Seorang anggota KKB yang meninggal dunia terlibat dalam penembakan tim TGPF.", "ATTACK", ["KKB"]),
        ("Menurut Reuters, pemberontak mengaku diserang pada subuh di daerah gurun dekat Sweida.", "ATTACK", []),
        # the force right after an agentive noun is its agent, not after a target marker
        ("PBB mengecam \"serangan sistematis\" aparat keamanan Myanmar terhadap warga Rohingya.", "MILITARY_OPERATION", ["aparat keamanan Myanmar"]),
        ("Serangan brutal kelompok bersenjata menewaskan dua petani di Puncak.", "ATTACK", ["kelompok bersenjata"]),
        ("Serangan terhadap pasukan Israel menewaskan dua tentara.", "ATTACK", []),
        # backers are not agents; nor is one who accuses another of the attack
        ("Serdadu Suriah yang didukung tentara Rusia, melancarkan serangan terhadap ISIS di timur Aleppo.", "MILITARY_OPERATION", ["Serdadu Suriah"]),
        (
            "Wakil Menteri Luar Negeri Suriah Faisal Mekdad balik menuduh gerilyawan yang didukung Prancis, Inggris "
            "dan Turki yang melancarkan serangan kimia di Khan Sheikhoun.",
            "ATTACK",
            ["gerilyawan"],
        ),
        # a fight between two sides: the side whose people died is the target, else the state's force acts
        ("Bentrokan antara Taliban dan pasukan Amerika di Afghanistan utara menewaskan dua tentara Amerika.", "ATTACK", ["Taliban"]),
        ("Tujuh tentara Pakistan tewas dalam baku tembak antara pasukan Pakistan dan India di Kashmir.", "MILITARY_OPERATION", ["India"]),
        ("Pertempuran antara ISIS melawan Pasukan Demokratik Suriah sudah mendekati kota Raqqa.", "MILITARY_OPERATION", ["Pasukan Demokratik Suriah"]),
    ],
)
def test_events_discourse_actors(nlp, text, etype, actors):
    assert _events(nlp, text, etype)[-1].actors == actors


@pytest.mark.parametrize(
    "text,killed,injured",
    [
        # a vague quantity is no number: the toll stays empty
        ("Serangan bom di pasar Kabul menewaskan ratusan orang.", None, None),
        ("Sedikitnya 12 orang tewas dan puluhan lainnya terluka dalam serangan Al-Shabaab di Mogadishu.", 12, None),
        ("Belasan pekerja dibunuh kelompok bersenjata di Nduga.", None, None),
        # a trigger-less next sentence that opens with a count and ends with an injury gives the injured
        (
            "Sebuah bom bunuh diri meledak di pos polisi Medan. Dua orang tewas. "
            "Enam orang lainnya, empat di antaranya warga sipil yang melintas, mengalami luka-luka.",
            2,
            6,
        ),
        ("Sebuah bom bunuh diri meledak di pos polisi Medan. Tiga tahun lalu ia terluka.", None, None),
        # a part of the toll is not the toll; coordinated counts of the dead add up
        ("Tiga orang tewas, dua diantaranya petugas kepolisian, usai ditembak di sebuah desa di Teruel.", 3, None),
        ("Sebuah bom meledak di Samarra. Empat polisi dan tiga pekerja tewas dalam serangan itu.", 7, None),
        ("Dua orang terluka dan tiga orang tewas dalam serangan bom di Kabul.", 3, 2),
        ("Serangan itu menyasar kamp di Yigi yang dihuni 28 orang, 16 orang di antaranya meninggal.", 16, None),
        # a search told in between kills no one: the bare toll after it stays the attack's
        (
            "KKB menyerang kamp pekerja di Distrik Yigi. Kabid Humas Polda Papua mengatakan, pencarian masih "
            "dilakukan. Sebanyak 16 orang di antaranya meninggal.",
            16,
            None,
        ),
        # a toll nearer another kind of trigger is still the attack's
        ("Sebanyak 1.400 orang tewas ketika daerah yang dikuasai gerilyawan di Damaskus diserang roket.", 1400, None),
        # the toll in a clause that opens the sentence with another event is not the trigger's
        ("Setelah insiden berdarah yang menewaskan 22 orang itu, polisi menggerebek sebuah rumah di Fallowfield.", None, None),
        # a running total told as a noun updates the toll
        (
            "Sebuah bom meledak di markas polisi Diyarbakir pada Selasa. Seorang polisi dikabarkan tewas. Berdasarkan "
            "laporan terbaru, korban jiwa dalam insiden tersebut bertambah menjadi tiga orang, dan melukai 12 orang lainnya.",
            3,
            12,
        ),
        # a count after a double-dash dateline starts the sentence; a person described as dead is no toll
        (
            "Jakarta, CNN Indonesia -- Tujuh orang tewas dan 119 lainnya luka-luka saat bom meletus dalam pemakaman "
            "seorang pemrotes yang tewas di Kabul.",
            7,
            119,
        ),
    ],
)
def test_events_discourse_tolls(nlp, text, killed, injured):
    ev = [e for e in nlp(text)._.events if e.type in ("ATTACK", "MILITARY_OPERATION")][0]
    assert (ev.killed, ev.injured) == (killed, injured)


@pytest.mark.parametrize(
    "text",
    [
        # a pledge that describes a group or a member is not talks
        "Keempatnya diduga kuat merupakan anggota aktif JAD yang sudah berbaiat kepada ISIS.",
        "Didirikan oleh Santoso, kelompok ini berbaiat kepada ISIS dan melakukan serangkaian pembunuhan sejak 2012.",
        "Menurut jaksa, terdakwa berbaiat kepada pemimpin ISIS melalui grup Telegram.",
        # control of skills, powers and buildings is not territory
        "Tapi mereka menguasai medan dan masih membawa senjata api.",
        "Partai itu berupaya merebut kewenangan daerah.",
        "Pasukan kami telah menguasai kembali seluruh bangunan.",
        # ordinary crime is not a conflict arrest
        "Polisi menangkap dua pengedar sabu di Medan pada Senin (13/5/2024).",
        "Penyidik KPK menangkap bupati itu dalam kasus suap proyek jalan.",
        "Polisi meringkus komplotan pencurian kendaraan bermotor di Bekasi.",
        "Satgas Polda Bali melakukan penggerebekan di sebuah rumah terkait penipuan telepon lintas negara.",
        "Polda NTB memburu dalang pemalsuan ijazah calon anggota Polri.",
        "Polisi meringkus pria yang memperkosa penjaga warung di Kelapa Gading.",
        # an arrest that is asked for or merely possible did not happen
        "Pemerintah meminta agar pelaku segera ditangkap dan ditindak tegas.",
        # nor one demanded, dared, attempted or only written in a warrant; nor a seizure attempted
        "Massa menggelar aksi yang menuntut penangkapan tokoh itu terkait kasus ujaran kebencian.",
        "Ia mengancam aparat kalau benar-benar berani menangkap Rizieq setibanya di Tanah Air.",
        "Tentara itu berusaha menangkap adik laki-lakinya saat demonstrasi.",
        "Hari ini surat penangkapan sudah kami kirim ke rumahnya.",
        "Jarinya terluka saat berupaya merebut golok dari tangan pelaku.",
        # nor one that is only the purpose of a posting or an offensive
        "Dia merupakan perwira polisi yang di BKO-kan di Poso untuk menangkap sisa-sisa kelompok teroris itu.",
        # harm done to oneself
        "Pelaku teror itu lalu menembak dirinya sendiri di lantai 16.",
        "Pemerintah memberikan santunan kepada para korban penusukan di Jakarta.",
        "Resolusi video maksimum yang bisa ditangkap hanya 1080p.",
        # a series is a general statement unless its sentence gives its day and its toll
        "Perancis masih dalam keadaan waspada setelah diguncang serangkaian serangan teror yang menewaskan 130 orang.",
        # a kind of event, not one; a trigger negated right before it; a territory only hoped for
        "Penembakan massal semacam ini kerap terjadi di AS.",
        "Uzbekistan dikenal sebagai negara penyumbang militan asing dan kerap melakukan serangan di Eropa.",
        "Pasalnya, hampir setiap hari Jaffar membunuh militan ISIS satu per satu.",
        "Sudah ratusan kali Hamas menyerang Israel dengan senjata.",
        # what someone wants to do has not happened
        "Kalau undang-undang tidak jelas, mau menembak teroris tunggu dulu, baca dulu undang-undangnya.",
        "Tentara Irak ingin merebut kembali Mosul dari tangan kelompok ekstremis ISIS.",
        # a rumour, and what must not happen, are no events
        "Para ulama jangan takut terhadap isu teror penyerangan terhadap ulama di Garut.",
        "Jangan sampai penyerangan terhadap markas kepolisian terulang.",
        "Bangunan-bangunan tua di Mosul, menurut IRC, rentan ambruk meski tak diserang langsung.",
        "Pertempuran ini diharapkan bisa merebut kembali kota itu setelah delapan bulan mencoba.",
        "Pasukan koalisi bertujuan merebut kembali pelabuhan kunci Hodeida dari pemberontak Huthi.",
        # a ceasefire violated is no talks
        "Berbagai laporan menyebutkan terdapat sejumlah pelanggaran gencatan senjata yang menewaskan warga.",
        # a traffic offence is a police story outside the tool's scope
        "Penyanyi itu ditangkap polisi karena mengemudi dalam keadaan mabuk di Jakarta Selatan, Sabtu dini hari.",
        "Polisi Amerika Serikat menembak mati seorang pria saat pemeriksaan lalu lintas di Minneapolis.",
        # gangs, thugs and raids on nightlife are police stories too
        "Dua geng motor bentrok di Makassar, satu orang tewas terkena busur panah.",
        "Seorang anggota TNI tewas ditikam preman di sebuah kafe di Jakarta Selatan.",
        "Satpol PP menggerebek tempat hiburan malam yang buka saat Ramadan.",
    ],
)
def test_events_discourse_out_of_scope_mentions(nlp, text):
    assert _events(nlp, text) == []


def test_events_discourse_arrest_in_a_theft_story_named_in_its_lead(nlp):
    text = (
        "Tim gabungan Polres Sumba Timur menangkap siswi SMA berinisial ARM setelah tertangkap CCTV mencuri motor "
        "teman sekolahnya.\n\nKorban melaporkan kejadian tersebut kepada guru di sekolahnya pada siang hari.\n\n"
        "Keesokan harinya tim mendapat informasi bahwa tersangka sudah diamankan di rumahnya."
    )
    assert _events(nlp, text) == []


@pytest.mark.parametrize(
    "text,etype",
    [
        # a dated pledge is reported as happening
        ("Kelompok Abu Sayyaf berbaiat kepada ISIS pada Juli 2014.", "TALKS"),
        # an arrest for terror financing stays even when fraud funded it
        ("Densus 88 menangkap terduga teroris yang mendanai ISIS dari hasil penipuan online.", "ARREST"),
        ("KKB menembak mati seorang guru honorer di Distrik Homeyo.", "ATTACK"),
        ("KKB kembali berulah dengan menembak seorang tukang ojek di Distrik Mugi, Kabupaten Nduga.", "ATTACK"),
        ("Sebuah bom meledak di pasar Mogadishu pada Sabtu.", "ATTACK"),
        ("Setidaknya empat orang tewas dalam serangkaian penembakan massal di California pada Selasa (14/11).", "ATTACK"),
        ("Tidak lama setelah serangan bom di Kabul, polisi menutup jalan.", "ATTACK"),
        # shot dead is violence in any article; the police who shot operate
        ("Pria itu kemudian ditembak mati polisi di Tehama.", "MILITARY_OPERATION"),
        # the sides of a fight may be described; the place after them is no side
        ("Pertempuran antara pasukan pemerintah dan pemberontak di Sudan Selatan menelan nyawa 19 orang.", "MILITARY_OPERATION"),
        ("Dua anggota Brimob yang menjadi korban penusukan di Masjid Falatehan, Jumat malam (30/6), kini stabil.", "ATTACK"),
        ("Pasukan Irak berhasil merebut kembali kota Mosul dari ISIS.", "CONTROL"),
        ("Empat anggota kelompok militan tewas dalam kontak senjata dengan tentara Filipina.", "MILITARY_OPERATION"),
        ("Militan memimpin pendudukan kota Marawi selama lima bulan pada 2017.", "CONTROL"),
        ("ISIS menguasai kota Mosul pada Juni 2014.", "CONTROL"),
    ],
)
def test_events_discourse_in_scope_mentions(nlp, text, etype):
    assert etype in [e.type for e in _events(nlp, text)]


def test_events_discourse_firefight_after_attack_restates_it(nlp):
    text = (
        "Kelompok kriminal bersenjata menyerang pos TNI di Distrik Yigi. "
        "Seorang prajurit gugur dalam kontak senjata yang berlangsung sekitar satu jam."
    )
    assert [e.type for e in _events(nlp, text)] == ["ATTACK"]


@pytest.mark.parametrize(
    "text,etype,killed",
    [
        # "serangan itu" right after a state strike is that strike, not a new attack
        ("TNI melancarkan operasi militer terhadap KKB di Distrik Sinak, Senin (8/1/2024). Serangan tersebut menewaskan dua anggota KKB.",
         "MILITARY_OPERATION", 2),
        # after an attack by an armed group it stays that attack
        ("KKB menyerang pos TNI di Distrik Sinak, Senin (8/1/2024). Serangan itu menewaskan dua prajurit.", "ATTACK", 2),
    ],
)
def test_events_discourse_anaphoric_attack_restates_previous_event(nlp, text, etype, killed):
    found = _events(nlp, text)
    assert [(e.type, e.killed) for e in found] == [(etype, killed)]


def test_events_discourse_restatements_far_apart_are_one_event(processor):
    """A headline naming the sides and a lead giving date and place, a paragraph apart: one firefight."""
    text = (
        "Baku Tembak TNI-Polri dengan KKB Selama Lima Jam\n\n"
        "Aparat keamanan masih bersiaga di sekitar kampung setelah warga mengungsi ke gereja.\n\n"
        "Kontak tembak terjadi di Distrik Sugapa, Kabupaten Intan Jaya, Papua, pada Senin (26/10/2020) pagi. "
        "Seorang anggota KKB tewas dalam kontak tembak itu, kata Kabid Humas Polda Papua."
    )
    found = _article_events(processor, text, "2020-10-27", "MILITARY_OPERATION")
    assert len(found) == 1
    assert found[0].date == "2020-10-26"
    assert found[0].mentions[0].start == 0  # the headline is one of its mentions


def test_events_discourse_a_group_named_by_its_leader_restates_the_attack(processor):
    """"kelompok pimpinan Undius Kogoya" names no other party than the KKB of the lead: one attack."""
    text = (
        "Seorang anggota Brimob tewas setelah kelompok kriminal bersenjata (KKB) menyerang pos polisi di Distrik "
        "Sinak, Kabupaten Puncak, Sabtu (4/5/2024).\n\n"
        "Kapolres Puncak mengatakan, serangan dilakukan oleh kelompok pimpinan Undius Kogoya."
    )
    found = _article_events(processor, text, "2024-05-05", "ATTACK")
    assert [(e.actors, e.killed, len(e.mentions)) for e in found] == [
        (["KKB", "kelompok pimpinan Undius Kogoya"], 1, 2)
    ]


@pytest.mark.parametrize(
    "text,killed",
    [
        # a campaign's running toll since months before the report is no toll of its sentence's operation
        ("Sejak 7 Oktober 2023, serangan militer Israel di Gaza telah menewaskan lebih dari 35.000 jiwa.", None),
        ("Militer Israel melancarkan serangan besar-besaran ke Jalur Gaza. Hingga kini, operasi militer Israel yang "
         "dimulai sejak Oktober lalu itu telah menewaskan lebih dari 35.000 warga Palestina.", None),
        # a few days' operation counted from its first day keeps its toll
        ("Sejak Senin (6/5/2024), operasi militer Pakistan di Waziristan Utara telah menewaskan 12 militan.", 12),
    ],
)
def test_events_discourse_a_campaign_toll_is_no_operations(processor, text, killed):
    found = _article_events(processor, text, "2024-05-10", "MILITARY_OPERATION")
    assert [e.killed for e in found] == [killed]


def test_events_discourse_another_arrest_on_another_day_stays_apart(processor):
    text = (
        "Densus 88 menangkap dua terduga teroris di Bekasi pada Senin (10/6/2024).\n\n"
        "Polisi juga menyita bahan peledak dari rumah mereka.\n\n"
        "Pada Kamis (13/6/2024), Densus 88 menangkap seorang terduga teroris lain di Surabaya."
    )
    found = _article_events(processor, text, "2024-06-14", "ARREST")
    assert sorted(e.date for e in found) == ["2024-06-10", "2024-06-13"]


def test_events_discourse_an_attack_told_as_the_time_after_it_happened(processor):
    """"pascapenyerangan" after a clause with "belum": the attack is presupposed, not negated."""
    text = (
        "Aparat gabungan masih mencari lima pekerja yang belum diketahui nasibnya, pascapenyerangan oleh "
        "kelompok kriminal bersenjata (KKB) di Distrik Yigi, Kabupaten Nduga, Minggu (2/12/2018)."
    )
    found = _article_events(processor, text, "2018-12-08", "ATTACK")
    assert [(e.date, e.actors) for e in found] == [("2018-12-02", ["KKB"])]


def test_events_discourse_injured_by_grade_add_up(processor):
    text = (
        "Bom bunuh diri meledak di Polsek Astana Anyar, Bandung, Rabu (7/12/2022). \"Satu orang anggota meninggal "
        "dunia, tiga luka berat, empat luka ringan, dan satu warga luka ringan,\" kata Kabid Humas Polda Jawa Barat."
    )
    found = _article_events(processor, text, "2022-12-07", "ATTACK")
    assert [(e.killed, e.injured) for e in found] == [(1, 8)]


def test_events_discourse_a_bare_toll_goes_to_the_attack_beside_an_operation(processor):
    text = (
        "Seorang pria bersenjata membunuh empat orang di pusat kota Wina, Senin (2/11/2020) malam. "
        "Keamanan diperketat saat polisi melancarkan perburuan untuk menghindari serangan teror lanjutan. "
        "Sebanyak 22 orang lainnya terluka. Kelompok ISIS mengklaim aksi teror itu, kata kepolisian. "
        "Polisi menangkap 14 orang terduga teroris dalam penggerebekan di sejumlah lokasi."
    )
    found = _article_events(processor, text, "2020-11-04", "ATTACK")
    assert [(e.killed, e.injured) for e in found if e.killed] == [(4, 22)]


def test_events_discourse_an_arrest_told_without_a_place_happened_where_the_firefight_did(processor):
    text = (
        "Satgas Nemangkawi terlibat kontak tembak dengan kelompok kriminal bersenjata di Distrik Sugapa, "
        "Kabupaten Intan Jaya, pada Senin (26/10/2020). Seorang anggota KKB tewas dalam kontak tembak itu. "
        "Satu anggota KKB lainnya ditangkap pada Senin (26/10/2020)."
    )
    found = _article_events(processor, text, "2020-10-27", "ARREST")
    assert [e.location for e in found] == ["Distrik Sugapa"]


def test_events_discourse_where_a_speaker_spoke_is_not_where_it_happened(processor):
    text = (
        "Kelompok bersenjata menyandera pilot Susi Air di Nduga, Papua, pada Selasa (7/2/2023). "
        "\"Tidak ada penyanderaan,\" kata Panglima TNI kepada wartawan di Hotel Sultan, Jakarta, Rabu (8/2/2023)."
    )
    found = _article_events(processor, text, "2023-02-08", "ATTACK")
    assert "Jakarta" not in [e.location for e in found]


def test_events_discourse_mentions_naming_one_company_tell_one_hostage_taking(processor):
    """Far apart, with no shared date or place, both sentences name Susi Air; the denial joins them too."""
    text = (
        "Kelompok bersenjata TPNPB-OPM menyandera pilot Susi Air setelah membakar pesawat di Bandara Paro, "
        "Kabupaten Nduga, Papua, Selasa (7/2/2023).\n\n"
        "Aparat keamanan gabungan TNI-Polri dikerahkan ke Nduga untuk mencari pilot itu.\n\n"
        "Panglima TNI membantah penyanderaan pilot Susi Air oleh kelompok itu, kata dia kepada wartawan."
    )
    found = _article_events(processor, text, "2023-02-08", "ATTACK")
    assert len(found) == 1
    assert (found[0].date, found[0].location) == ("2023-02-07", "Bandara Paro")


def test_events_discourse_a_sentence_dating_the_event_with_a_general_word(processor):
    text = (
        "Para pekerja proyek jalan dibunuh secara kejam oleh kelompok kriminal bersenjata di Nduga, Papua, pada "
        "awal Desember 2018. Peristiwa itu terjadi pada 1 Desember 2018. Polisi menyebut korban tewas 20 orang."
    )
    found = _article_events(processor, text, "2018-12-28", "ATTACK")
    assert [e.date for e in found] == ["2018-12-01"]


def test_events_discourse_an_estimate_is_dated_by_the_statement_that_made_it(processor):
    text = (
        "Kelompok militan ISIS dilaporkan masih memiliki sekitar 500 anggota yang aktif di wilayah Irak. "
        "Seperti dilansir AFP, Senin (13/3/2023), informasi itu disampaikan oleh seorang pejabat militer Irak "
        "dalam konferensi pers yang digelar Minggu (12/3) waktu setempat."
    )
    found = _article_events(processor, text, "2023-03-13", "ESTIMATE")
    assert [e.date for e in found] == ["2023-03-12"]


def test_events_discourse_targets_are_noun_phrases_by_their_tags(processor):
    """A target phrase loses the verb after it ("dilaporkan") and a passive's subject is found past "yang berhasil"."""
    text = ("Sebanyak lima orang dilaporkan tewas dalam aksi teror penembakan di dekat sinagoge di Wina, Senin (2/11/2020). "
            "Salah satu pelaku teror yang berhasil ditembak mati oleh polisi merupakan simpatisan ISIS.")
    (attack,) = _article_events(processor, text, "2020-11-03", "ATTACK")
    assert attack.targets == ["lima orang", "Salah satu pelaku teror"]


@pytest.mark.parametrize(
    "text,etype,targets",
    [
        # a participle tagged as a verb may stand inside the phrase
        ("Densus 88 menangkap tiga orang terduga teroris berinisial D di Bekasi, Senin (3/6/2024).", "ARREST",
         ["tiga orang terduga teroris berinisial D"]),
        # a manner adverbial is no part of the target
        ("Kelompok militan menyerang puluhan pos polisi secara membabi buta di Rakhine pada Jumat (25/8/2017).",
         "ATTACK", ["puluhan pos polisi"]),
        # a new clause after the first noun ends the phrase
        ("Sayap militer Hamas memperingatkan Israel akan mendapatkan konsekuensi serius bila tidak bertindak.",
         "WARNING", ["Israel"]),
    ],
)
def test_events_discourse_target_phrase_ends_where_a_clause_starts(processor, text, etype, targets):
    (event,) = _article_events(processor, text, "2024-06-04", etype)
    assert event.targets == targets


def test_events_discourse_history_does_not_join_the_undated_lead(processor):
    """The lead's undated event is the news; a control told later with a date years back is another event."""
    text = (
        "Tentara Suriah berhasil menguasai pangkalan udara ISIS di timur Aleppo setelah pertempuran sengit.\n\n"
        "Pangkalan itu direbut para militan ISIS dari pemberontak pada Januari 2014."
    )
    found = _article_events(processor, text, "2017-05-13", "CONTROL")
    lead = next(e for e in found if e.mentions[0].start == 0)
    assert not (lead.date or "").startswith("2014")
    assert len(found) == 2


def test_events_discourse_quoted_deed_of_a_named_group_stays_an_attack(nlp):
    """After an operation, a quote telling what an armed group did is the group's attack, not the raid."""
    text = ("Tim gabungan TNI-Polri diterjunkan ke Distrik Yigi setelah serangan kelompok bersenjata. "
            "\"KKB ini sudah lama berbuat kejam, misalnya penyanderaan terhadap para guru di Distrik Mapenduma,\" "
            "kata Kamal.")
    kinds = {e.trigger.lower(): e.type for e in nlp(text)._.events}
    assert kinds.get("penyanderaan") == "ATTACK"


def test_events_discourse_plan_of_the_attack_told_is_no_warning(nlp):
    """"merencanakan serangan tersebut" points back to the attack the article told: no new plot."""
    text = ("Seorang pria bersenjata menembaki penonton konser di Las Vegas pada Minggu malam. "
            "Polisi mengatakan pelaku telah lama merencanakan serangan tersebut secara rinci.")
    assert [e.type for e in nlp(text)._.events] == ["ATTACK"]


def test_events_discourse_allied_forces_described_are_no_talks(nlp):
    assert not nlp("Pasukan Kurdi Suriah yang beraliansi dengan Arab juga bertempur melawan ISIS di Raqa.")._.events


def test_events_discourse_a_long_stretch_does_not_date_the_event(processor):
    """"dalam lebih dari 60 tahun terakhir" is the period the sentence speaks of, no day of the shooting."""
    text = ("Bentrokan di Kashmir menewaskan dua orang pada Selasa (13/9/2016). Kashmir masih diperebutkan India dan "
            "Pakistan dalam lebih dari 60 tahun terakhir, setelah pemimpin pemberontak tewas ditembak tentara India.")
    found = _article_events(processor, text, "2016-09-13", "MILITARY_OPERATION")
    assert found and all((e.date or "")[:4] != "1956" for e in found)


def test_events_narrative_place_reaches_an_event_dated_to_the_hour_of_the_same_day(nlp):
    text = ("Satgas Nemangkawi terlibat kontak tembak dengan KKB di Distrik Sugapa, Intan Jaya, Senin (26/10/2020). "
            "Kontak tembak terjadi selama lima jam dari pukul 05.00-10.00 WIT. "
            "Satgas Nemangkawi juga mengamankan satu orang anggota KKB lainnya bernama Hermanus Tipagau.")
    arrest = next(e for e in nlp(text)._.events if e.type == "ARREST")
    assert (arrest.location, arrest.location_basis) == ("Distrik Sugapa", "story")


def test_events_a_participants_past_is_not_the_news(nlp):
    # "yang pernah ditahan terkait penikaman": the stabbing is the gunman's past, and does not date the shooting
    text = ("Seorang pria melepaskan tembakan di sebuah rumah di Rancho Tehama, California, Selasa (14/11). Pria itu "
            "kemudian ke Sekolah Dasar Rancho Tehama dan melepaskan tembakan membabi buta. Pria itu bernama Kevin "
            "Neal, seorang warga lokal yang pernah ditahan terkait penikaman pada Februari lalu.")
    events = [e for e in nlp(text)._.events if e.type == "ATTACK"]
    assert [(e.trigger, e.date) for e in events] == [("melepaskan tembakan", "--11-14"), ("penikaman", "--02")]
    assert "membabi buta" not in events[0].targets


def test_events_trigger_word_without_its_reading_does_not_stop_a_toll_carrying(nlp):
    # "operasi dilakukan di Distrik Achin" names no force: no event, and the quote after it still tells the raid
    text = ("Pasukan keamanan Taliban mengklaim menewaskan enam anggota ISIS-K dalam penggerebekan di Provinsi "
            "Nangarhar, Senin (5/2/2024). Juru bicara kepolisian Nangarhar mengatakan operasi dilakukan di Distrik "
            "Achin. \u201cPara militan menolak menyerah dan menembaki pasukan kami,\u201d kata Noori.")
    assert [e.type for e in nlp(text)._.events] == ["MILITARY_OPERATION"]


def test_events_firefight_headline_and_pointer_clause_restate_the_operation(nlp):
    text = ("Bentrok dengan Tentara Filipina di Lanao del Sur, Empat Militan Dawlah Islamiyah Tewas\n\n"
            "Empat anggota kelompok militan Dawlah Islamiyah tewas dalam kontak senjata dengan pasukan Angkatan "
            "Bersenjata Filipina (AFP) di Kota Piagapo, Minggu (18/2/2024). Dua tentara terluka dalam bentrokan yang "
            "berlangsung sekitar dua jam itu.")
    events = nlp(text)._.events
    assert [(e.type, e.killed, e.injured) for e in events] == [("MILITARY_OPERATION", 4, 2)]
    assert "Angkatan Bersenjata Filipina" in events[0].actors


def test_events_after_not_the_first_comes_an_earlier_event(nlp):
    text = ("Tim Densus 88 menangkap dua orang berinisial HD dan SW di Kota Metro, Selasa (9/1/2024). Penangkapan ini "
            "bukan yang pertama di Lampung. Pekan lalu, Densus 88 menangkap tiga terduga anggota JI di Kabupaten "
            "Tanggamus.")
    arrests = [e for e in nlp(text)._.events if e.type == "ARREST"]
    assert [e.location for e in arrests] == ["Kota Metro", "Kabupaten Tanggamus"]


def test_events_last_month_is_history_beside_undated_news():
    # "Bulan lalu, ... menyergap" (a month before the report's, no day) never joins the undated news told before it
    news = Event("ATTACK", "para penyerang menembaki pos", 100, 130, mentions=[])
    news.mentions = [Evidence("para penyerang menembaki pos", 100, 130)]
    earlier = Event("ATTACK", "Bulan lalu, ISIS menyergap", 400, 430, date="2024-04", date_precision="month")
    earlier.mentions = [Evidence("Bulan lalu, ISIS menyergap", 400, 430)]
    lead = Lead(end=90, year_before="2023-05-22", month="2024-05")
    assert len(merge_mentions([news, earlier], lambda _: None, lead=lead)) == 2
    pointer = Event("ATTACK", "serangan itu terjadi pada April", 400, 430, date="2024-04", date_precision="month")
    pointer.mentions = [Evidence("serangan itu terjadi pada April", 400, 430)]
    assert len(merge_mentions([news, pointer], lambda _: None, frozenset({id(pointer)}), lead=lead)) == 1


def test_events_history_years_before_fills_no_bare_event():
    # "operasi kilat 2014 lalu" in a 2017 report: no date for the bare operation told in the body as news
    lead = Lead(end=90, year_before="2016-11-22", month="2017-11")
    news = Event("CONTROL", "memimpin operasi merebut kembali benteng.", 300, 340)
    news.mentions = [Evidence("memimpin operasi merebut kembali benteng.", 300, 340)]
    old = Event("CONTROL", "semula dikuasai lewat operasi kilat 2014.", 900, 940, date="2014", date_precision="year")
    old.mentions = [Evidence("semula dikuasai lewat operasi kilat 2014.", 900, 940)]
    assert len(merge_mentions([news, old], lambda _: None, lead=lead)) == 2
    assert len(corefer([news, old], lambda _: None, lead=lead)) == 2
    recent = Event("CONTROL", "merebut kembali benteng pada Senin.", 900, 940, date="2017-11", date_precision="month")
    recent.mentions = [Evidence("merebut kembali benteng pada Senin.", 900, 940)]
    assert len(merge_mentions([news, recent], lambda _: None, lead=lead)) == 1


def test_events_an_attack_noun_after_a_pursuit_restates_the_attack(nlp):
    """A pursuit strikes no one: "Penembakan ini" after it points back to the shooting, not to the pursuit."""
    text = (
        "Tiga warga sipil tewas ditembak KKB di Distrik Dekai, Kabupaten Yahukimo, Senin (13/5/2024) pagi. Aparat "
        "gabungan TNI-Polri telah dikerahkan untuk mengejar para pelaku. Penembakan ini menambah daftar panjang "
        "kekerasan KKB terhadap warga sipil."
    )
    attack = next(e for e in _events(nlp, text) if e.type == "ATTACK")
    assert any(m.text.startswith("Penembakan ini") for m in attack.mentions)


@pytest.mark.parametrize(
    "text,recalled",
    [
        # a span of time and a relation after the news's event: the other one is an earlier event, with its own toll
        (
            "Penembakan terhadap warga sipil terjadi di Kiwirok, Pegunungan Bintang, Senin (6/5/2024). Serangan itu "
            "terjadi dua hari setelah serangan di Oksibil yang menewaskan seorang guru.",
            ("serangan", "Oksibil"),
        ),
        (
            "Sebuah bom meledak di depan gereja di Kota Makassar, Minggu (12/5/2024), melukai 14 jemaat. Ledakan itu "
            "terjadi dua tahun setelah serangan bom di Surabaya yang menewaskan 28 orang.",
            ("serangan bom", "Surabaya"),
        ),
        (
            "Militer Myanmar melancarkan serangan udara ke sebuah desa di Kotapraja Minbya, Rakhine, Jumat (24/5/2024), "
            "menewaskan 12 warga sipil. Serangan itu terjadi dua hari setelah Tentara Arakan merebut markas batalion "
            "junta di Buthidaung.",
            ("merebut", "Buthidaung"),
        ),
        # a recall cue in the sentence, before the trigger or after it
        (
            "Seorang anggota Polri tewas ditembak di Kabupaten Yahukimo, Kamis (9/5/2024). Beberapa waktu lalu, KKB "
            "juga membakar gedung sekolah di distrik yang sama.",
            ("membakar", "Kabupaten Yahukimo"),
        ),
        (
            "Densus 88 menangkap lima terduga teroris di Kota Bima, Rabu (15/5/2024). Penangkapan ini merupakan "
            "pengembangan dari penangkapan empat orang di Bekasi beberapa waktu lalu.",
            ("penangkapan", "Bekasi"),
        ),
    ],
)
def test_events_a_recalled_event_stays_apart_from_the_news(nlp, text, recalled):
    """An earlier event told beside the news keeps its own place and toll, and takes no date from the story."""
    events = _events(nlp, text)
    assert len(events) == 2
    news, earlier = sorted(events, key=lambda e: e.mentions[0].start)
    assert (earlier.trigger, earlier.location, earlier.date) == (*recalled, None)
    assert news.date is not None and not set(earlier.targets) & set(news.targets)


def test_events_a_span_before_the_only_attack_dates_the_news(nlp):
    # nothing told before it in the sentence: the attack is the news, the span says when the warning came
    text = ("Beberapa hari sebelum serangan di gedung konser di Moskow, Teheran membagikan informasi kepada Rusia "
            "tentang kemungkinan adanya serangan teroris.")
    assert len(_events(nlp, text, "ATTACK")) == 1


def test_events_a_claim_points_back_to_the_news_not_to_a_recalled_attack(nlp):
    text = ("Sebuah bom mobil meledak di dekat hotel di Mogadishu, Somalia, Kamis (9/5/2024), menewaskan 12 orang. "
            "Pada bulan lalu, ledakan serupa di Baidoa menewaskan lima tentara. Al-Shabaab mengaku bertanggung jawab "
            "atas serangan tersebut.")
    events = {e.location: e for e in _events(nlp, text, "ATTACK")}
    assert events["Mogadishu"].actors == ["Al-Shabaab"] and events["Baidoa"].actors == []


@pytest.mark.parametrize(
    "text",
    [
        # the victims' side of the strike told before: "ketika diserang", "saat diserang"
        "Jet tempur Israel menggempur kamp pengungsi Nuseirat di Jalur Gaza tengah, Selasa (7/5/2024), menewaskan 20 "
        "orang. Sekolah milik UNRWA itu menampung ribuan pengungsi ketika diserang.",
        "Militer Pakistan melancarkan serangan udara terhadap persembunyian militan di Waziristan Utara, Senin. "
        "Sebanyak 8 warga sipil tewas saat diserang.",
        # its weapon as the subject
        "Rusia melancarkan serangan rudal ke Kota Kharkiv, Ukraina, Jumat (17/5/2024), menewaskan empat warga sipil. "
        "Gubernur Kharkiv mengatakan rudal menghantam sebuah gedung apartemen.",
        # the weapon pointed back to
        "Jet tempur Israel menyerang sebuah rumah di Rafah, Rabu (19/6/2024), menewaskan lima orang. Saksi mengatakan "
        "rudal itu menghantam lantai dua rumah tersebut.",
    ],
)
def test_events_a_strike_told_again_without_its_agent_is_the_strike(nlp, text):
    assert [e.type for e in _events(nlp, text)] == ["MILITARY_OPERATION"]


def test_events_a_deployment_is_no_part_of_the_clash(nlp):
    text = ("Kontak tembak antara aparat gabungan dan KKB terjadi di Kampung Pogapa, Intan Jaya, Kamis (9/5/2024). "
            "Usai kontak tembak, 300 personel Brimob dikerahkan ke lokasi.")
    clash, deployment = _events(nlp, text, "MILITARY_OPERATION")
    assert clash.actors == ["aparat gabungan"] and clash.targets == ["KKB"]
    assert deployment.trigger == "dikerahkan"
    text = ("Kelompok bersenjata menyerang pos polisi di Kabupaten Intan Jaya, Senin (6/5/2024), dan melukai dua "
            "anggota Brimob. Polda Papua kemudian mengerahkan 200 personel Brimob ke Intan Jaya untuk mengejar pelaku.")
    operation = _events(nlp, text, "MILITARY_OPERATION")
    assert [e.targets for e in operation] == [["pelaku"]]  # the force sent is no target, the pursuit no event apart


@pytest.mark.parametrize(
    "text,certainty",
    [
        # a suspect's arrest is a fact: "terduga" and "yang diduga" say what the arrested are thought to be
        ("Densus 88 menangkap seorang terduga teroris berinisial AS di Bekasi, Selasa (7/5/2024).", "asserted"),
        ("Tim Densus 88 menangkap dua pria yang diduga anggota jaringan JAD di Lampung Tengah, Senin (6/5/2024).",
         "asserted"),
        ("Menurut sumber kepolisian, Densus 88 diduga menangkap seorang pria di Sukoharjo, Jumat (10/5/2024).",
         "claimed"),
    ],
)
def test_events_an_arrest_of_a_suspect_is_no_claim(nlp, text, certainty):
    assert [e.certainty for e in _events(nlp, text, "ARREST")] == [certainty]


def test_events_a_fight_whose_sides_are_one_name(nlp):
    # both sides read as "anggota KKB": no fight of two, and no failure
    text = ("Aparat gabungan TNI-Polri menyerbu markas KKB di Distrik Sinak, Kabupaten Puncak, Kamis (9/5/2024). "
            "Terjadi kontak tembak antara aparat dan anggota KKB yang menewaskan dua orang anggota KKB.")
    assert [(e.type, e.killed) for e in _events(nlp, text)] == [("MILITARY_OPERATION", 2)]


def test_events_a_recalled_event_goes_on_in_the_next_sentence_of_its_kind(nlp):
    # undated and of the same kind, the next sentence still tells the recalled arrest; a pursuit after a recalled
    # killing is the news's
    text = ("Densus 88 menangkap dua terduga teroris di Kota Bima, Rabu (15/5/2024). Sebelumnya Densus 88 menangkap "
            "enam orang di Bekasi beberapa waktu lalu. Mulanya polisi menangkap empat orang, kemudian bertambah "
            "menjadi enam orang.")
    arrests = _events(nlp, text, "ARREST")
    assert [(e.location, e.date) for e in arrests] == [("Kota Bima", "2024-05-15"), ("Bekasi", None)]
    text = ("Satgas Madago Raya terlibat kontak tembak dengan kelompok MIT di Desa Tokorondo, Poso Pesisir, Sabtu "
            "(18/5/2024). Beberapa waktu lalu, kelompok itu juga membunuh dua petani di Desa Kilo. Aparat terus "
            "menyisir hutan untuk memburu sisa anggota kelompok tersebut.")
    assert all(e.date == "2024-05-18" for e in _events(nlp, text, "MILITARY_OPERATION"))


def test_events_the_event_set_against_the_news_keeps_its_victims(nlp):
    text = ("Seorang tentara Israel tewas dalam serangan roket Hizbullah di Metula, Selasa (7/5/2024). Serangan itu "
            "terjadi setelah pekan lalu Israel membunuh seorang komandan Hizbullah di Nabatieh.")
    attack = next(e for e in _events(nlp, text) if e.type == "ATTACK")
    assert attack.targets == ["Seorang tentara Israel"] and attack.location == "Metula"



@pytest.mark.parametrize(
    "text",
    [
        "Polisi menangkap dua terduga teroris di Bekasi, Selasa (12/4/2022). Keduanya diduga terlibat serangan bom di "
        "pos polisi Kartasura jelang Lebaran lalu.",
        "Densus 88 menangkap seorang pria di Sleman, Kamis (3/2/2022). Pria itu disebut ikut dalam penyerangan gereja "
        "di Medan saat Idul Adha lalu.",
    ],
)
def test_events_a_past_feast_is_the_events_own_time(nlp, text):
    """"jelang Lebaran lalu" dates the attack, though no calendar here can: it takes no date from the arrest."""
    (attack,) = _events(nlp, text, "ATTACK")
    assert attack.date is None and _events(nlp, text, "ARREST")[0].date is not None


@pytest.mark.parametrize(
    "text,place",
    [
        # the headline names a foreign province, the lead the district in it: the district
        ("Bom Pinggir Jalan Tewaskan Dua Tentara di Narathiwat\nDua tentara Thailand tewas akibat ledakan bom "
         "rakitan di Distrik Rueso, Provinsi Narathiwat, Kamis (4/1/2024).", "Distrik Rueso"),
        ("Militan Serang Pos Militer di Maguindanao\nKelompok bersenjata menyerang pos militer di Desa Kitango, "
         "Maguindanao, Minggu (17/3/2024).", "Desa Kitango"),
        # a regency stays: reports place an event in one as often as in its village
        ("KKB Tembak Warga di Nduga\nKKB menembak seorang warga di Kampung Yigi, Nduga, Senin (8/1/2024).", "Nduga"),
    ],
)
def test_events_a_village_named_in_the_lead_is_finer_than_the_headlines_province(nlp, text, place):
    (event,) = [e for e in _events(nlp, text) if e.type in ("ATTACK", "MILITARY_OPERATION")]
    assert event.location == place


@pytest.mark.parametrize(
    "later,killed",
    [
        # another source's count is its own figure, not an update of the lead's
        ("Kantor kejaksaan regional menyebut jumlah korban tewas mencapai 13 orang.", 9),
        ("Menurut Wali Kota Kramatorsk, jumlah korban tewas mencapai 13 orang.", 9),
        ("Namun, layanan darurat setempat menyatakan korban tewas mencapai 13 orang.", 9),
        # the same source, a rise, or no source: the new toll
        ("Polisi setempat kemudian menyebut jumlah korban tewas mencapai 13 orang.", 13),
        ("Jumlah korban tewas kemudian bertambah menjadi 13 orang, kata kejaksaan regional.", 13),
        ("Jumlah korban tewas mencapai 13 orang setelah empat korban luka meninggal di rumah sakit.", 13),
    ],
)
def test_events_fifteenth_round_another_sources_toll_is_no_update(nlp, later, killed):
    text = ("Serangan rudal Rusia menghantam sebuah stasiun kereta di Kramatorsk, Rabu (8/5/2024), menewaskan sembilan "
            f"orang, kata polisi setempat. {later}")
    assert [e.killed for e in _events(nlp, text)] == [killed]


@pytest.mark.parametrize(
    "text,trigger,target",
    [
        # an actorless passive pointing back to what was hit joins the strike that hit it, not the latest attack
        ("Jet tempur Israel mengebom sebuah sekolah UNRWA di Nuseirat, Kamis (6/6/2024), menewaskan 30 pengungsi. "
         "Sementara itu, Jihad Islam menembakkan roket ke Sderot. Sekolah itu telah diserang tanpa peringatan, kata "
         "seorang saksi.", "mengebom", "sekolah UNRWA"),
        ("Rudal Rusia menghantam sebuah pusat perbelanjaan di Kharkiv, Sabtu (25/5/2024), menewaskan 16 orang. Ukraina "
         "membalas dengan serangan drone ke kilang minyak di Krasnodar. Pusat perbelanjaan itu diserang saat ramai "
         "pengunjung, kata wali kota.", "menghantam", "pusat perbelanjaan"),
    ],
)
def test_events_fifteenth_round_a_pointed_passive_joins_the_strike(nlp, text, trigger, target):
    events = _events(nlp, text)
    assert len(events) == 2
    struck = next(e for e in events if e.trigger == trigger)
    assert target in struck.targets and len(struck.mentions) == 2


def test_events_fifteenth_round_a_group_pointed_back_to(nlp):
    # a group named as the other party of a relation is not what "kelompok tersebut" points back to
    text = ("Al-Shabaab menyerbu sebuah pangkalan militer di Balcad, Selasa (4/6/2024), menewaskan tujuh tentara. "
            "Pemerintah menyebut kelompok itu bekerja sama dengan jaringan ISIS Somalia dalam penyelundupan senjata. "
            "Kelompok tersebut juga menculik tiga pekerja bantuan di Jowhar pekan lalu.")
    assert {e.trigger: e.actors for e in _events(nlp, text, "ATTACK")}["menculik"] == ["Al-Shabaab"]
    # with no group named, the one described
    text = ("Dua anggota Brimob terluka diserang kelompok kriminal bersenjata di Distrik Kiwirok, Senin (3/6/2024). "
            "Kelompok tersebut juga diduga membakar sebuah puskesmas di Kiwirok pada 2021.")
    burnt = next(e for e in _events(nlp, text, "ATTACK") if e.trigger == "membakar")
    assert burnt.actors == ["kelompok kriminal bersenjata"]


def test_events_fifteenth_round_a_bare_claim_names_the_attacker(nlp):
    text = ("Sedikitnya 20 tentara Burkina Faso tewas dalam serangan militan di dekat kota Djibo, Kamis (6/6/2024). "
            "Kelompok yang berafiliasi dengan Al-Qaeda, JNIM, mengaku bertanggung jawab.")
    assert _events(nlp, text, "ATTACK")[0].actors[0] == "JNIM"


def test_events_fifteenth_round_a_hold_before_the_recapture_is_another_deed(nlp):
    text = ("Tentara Nasional Somalia merebut kembali kota Mahaday dari tangan Al-Shabaab, Rabu (5/6/2024). "
            "Al-Shabaab sebelumnya menguasai kota itu selama delapan tahun.")
    retaken = _events(nlp, text, "CONTROL")[0]
    assert "Al-Shabaab" not in retaken.actors and retaken.targets == ["Al-Shabaab"]



def test_events_fifteenth_round_a_firefight_naming_no_side_is_the_attack_told_later(nlp):
    text = ("Kontak tembak terjadi di Kampung Wuloni, Distrik Ilu, Kabupaten Puncak Jaya, Selasa (4/6/2024) pagi. "
            "Seorang prajurit TNI dilaporkan gugur. Kapendam mengatakan pasukan Yonif 715 diserang saat mengawal "
            "pembangunan jalan.")
    events = _events(nlp, text)
    assert [(e.type, e.killed, len(e.mentions)) for e in events] == [("ATTACK", 1, 2)]


def test_events_fifteenth_round_a_firefight_after_a_deed_told_before_the_story_is_the_operations(nlp):
    text = ("Pasukan keamanan Pakistan menewaskan lima militan dalam operasi di Distrik Tank, Khyber Pakhtunkhwa, "
            "Senin (10/6/2024). Militer menyatakan para militan itu terlibat dalam serangan terhadap pos pemeriksaan "
            "di Dera Ismail Khan pekan lalu. Seorang tentara gugur dalam baku tembak tersebut.")
    attack = _events(nlp, text, "ATTACK")[0]
    assert attack.killed is None and len(attack.mentions) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Dua militan Suriah tewas ditembak di Idlib, Sabtu (18/9/2021).",
        "Tiga pemberontak Papua tewas ditembak di Distrik Kenyam, Nduga, Senin (8/1/2024).",
    ],
)
def test_events_an_armed_phrase_killed_is_no_perpetrator(nlp, text):
    """The militants are the ones shot: a phrase of armed men before a toll's predicate is among the harmed."""
    (attack,) = _events(nlp, text, "ATTACK")
    assert attack.actors == [] and attack.killed is not None

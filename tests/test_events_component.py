"""telik_events: event types, certainty, casualties, passive agents and restatement merging."""
from __future__ import annotations

from datetime import date

import pytest

from telik.errors import TelikError
from telik.nlp.events.lexicon import _governing, _triggers


def _events(nlp, text):
    return nlp(text)._.events


@pytest.mark.parametrize(
    "text,etype",
    [
        ("Sebuah bom bunuh diri meledak di pos polisi di Kota Medan pada Minggu (12/5/2024).", "ATTACK"),
        ("Densus 88 menangkap tiga terduga teroris di Bekasi pada Senin (6/5/2024).", "ARREST"),
        ("Helikopter tempur Rusia terus membombardir posisi ISIS di kota Aleppo.", "MILITARY_OPERATION"),
        ("BNPT memperingatkan adanya ancaman serangan teror menjelang Natal.", "WARNING"),
        ("Kelompok itu menerima senjata dari jaringan penyelundup di Filipina.", "SUPPORT"),
        ("ISIS tengah berbicara dengan Al-Qaeda tentang kemungkinan beraliansi.", "TALKS"),
        ("Kelompok militan itu masih memiliki sekitar 500 anggota yang aktif di wilayah Irak.", "ESTIMATE"),
    ],
)
def test_events_types(nlp, text, etype):
    assert etype in [e.type for e in _events(nlp, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Polisi menyebut ada rencana serangan terhadap gereja saat Natal.",
        "Aparat mewaspadai kemungkinan serangan menjelang pemilu.",
        "Sel-sel militan terus melancarkan serangan secara sporadis di negara tersebut.",
        "Amerika Serikat tidak bersedia menyerang mereka.",
    ],
)
def test_events_unreal_or_vague_attacks_are_not_attacks(nlp, text):
    assert "ATTACK" not in [e.type for e in _events(nlp, text)]


def test_events_casualties_attach_to_the_attack(nlp):
    text = "Serangan di Moskow pada Jumat (22/3/2024) menewaskan sedikitnya 60 orang dan melukai sekitar 100 orang lainnya."
    ev = next(e for e in _events(nlp, text) if e.type == "ATTACK")
    assert (ev.killed, ev.injured) == (60, 100)
    assert ev.killed_qualifier == "at_least"
    assert ev.date == "2024-03-22"
    assert text[ev.start : ev.end] == ev.evidence


def test_events_restatements_merge_into_one_event(nlp):
    text = (
        "Ledakan bom di Kota Medan pada 12 Mei 2024 menewaskan dua orang.\n\n"
        "Polisi masih menyelidiki ledakan bom di Kota Medan itu."
    )
    attacks = [e for e in _events(nlp, text) if e.type == "ATTACK"]
    assert len(attacks) == 1
    assert len(attacks[0].mentions) == 2


def test_events_passive_agent_is_the_actor(nlp):
    text = "Serangan yang diklaim oleh ISIS itu terjadi di Kabul pada 5 Mei 2024."
    ev = next(e for e in _events(nlp, text) if e.type == "ATTACK")
    assert ev.actors == ["ISIS"]


def test_events_state_strike_is_a_military_operation(nlp):
    text = "Komandan itu tewas dalam serangan pesawat tak berawak Amerika Serikat di Baghdad pada Januari 2020."
    assert [e.type for e in _events(nlp, text)] == ["MILITARY_OPERATION"]


@pytest.mark.parametrize(
    "text,etype,actor",
    [
        ("Pada Kamis malam, milisi Houthi meluncurkan 12 drone dan dua rudal ke arah kapal tanker di Laut Merah.", "ATTACK", "Houthi"),
        ("Hamas menembakkan puluhan roket ke kota Ashkelon pada Sabtu (7/10/2023).", "ATTACK", "Hamas"),
        ("BIN memantau peningkatan ancaman kelompok radikal menjelang pemilu.", "WARNING", "BIN"),
    ],
)
def test_events_launches_and_monitoring(nlp, text, etype, actor):
    ev = next(e for e in _events(nlp, text) if e.type == etype)
    assert any(actor in a for a in ev.actors)


@pytest.mark.parametrize(
    "text",
    [
        "Perusahaan itu meluncurkan produk baru di Jakarta pada Senin.",
        "Polisi memantau arus lalu lintas menjelang libur Natal.",
    ],
)
def test_events_launches_need_a_weapon_and_watching_a_threat(nlp, text):
    assert _events(nlp, text) == []


@pytest.mark.parametrize(
    "text,etype,actor",
    [
        # a killing or wounding told by its verb, an armed group or a state's force its subject
        ("Militan Al-Shabaab menewaskan 12 tentara Somalia di sebuah pangkalan militer, Kamis.", "ATTACK", "Al-Shabaab"),
        ("Penyerang bersenjata pisau melukai tiga orang di sebuah gereja di Sydney.", "ATTACK",
         "Penyerang bersenjata pisau"),
        ("Pasukan Israel menewaskan sedikitnya 20 warga Palestina di Rafah pada Selasa malam.", "MILITARY_OPERATION",
         "Pasukan Israel"),
        # gunfire sprayed, a missile aimed, a mine stepped on
        ("Pos keamanan TNI di Intan Jaya diberondong tembakan oleh orang tak dikenal pada Minggu dini hari.", "ATTACK",
         "orang tak dikenal"),
        ("Orang tak dikenal memberondong mobil patroli polisi di Kabupaten Puncak, Selasa.", "ATTACK",
         "Orang tak dikenal"),
        ("Milisi Houthi kembali menyasar kapal kargo di Laut Merah dengan rudal balistik.", "ATTACK", "Houthi"),
        ("Lima tentara tewas ketika kendaraan mereka menginjak ranjau darat di Kunar.", "ATTACK", None),
        # arrests in police words, arms given, talks met over, a ground operation
        ("Seorang terduga anggota jaringan JI dicokok Densus 88 di Klaten, Jawa Tengah.", "ARREST", "Densus 88"),
        ("Terduga teroris berinisial AA dijemput paksa oleh tim Densus 88 di kediamannya di Kota Batu.", "ARREST",
         "Densus 88"),
        ("Densus 88 melakukan penindakan terhadap lima terduga teroris di wilayah Jawa Barat.", "ARREST", "Densus 88"),
        ("Iran dituding memberikan drone dan pelatihan kepada milisi Houthi di Yaman.", "SUPPORT", "Iran"),
        ("Delegasi Taliban bertemu dengan utusan khusus Amerika Serikat di Doha untuk membahas pertukaran tahanan.",
         "TALKS", "Taliban"),
        ("Militer Pakistan melancarkan operasi darat terhadap kelompok TTP di Khyber.", "MILITARY_OPERATION",
         "Militer Pakistan"),
        # threat levels raised, intelligence on a group's moves, ground held by rebels
        ("Pemerintah Australia menaikkan tingkat ancaman teror nasional menjadi \"kemungkinan besar\".", "WARNING",
         "Australia"),
        ("Badan Intelijen Negara mendeteksi adanya pergerakan kelompok teror di sejumlah daerah.", "WARNING",
         "Badan Intelijen Negara"),
        ("Pemberontak M23 kini mengendalikan sebagian besar wilayah Kivu Utara.", "CONTROL", "M23"),
        # hostages freed by a state's force; ground a force withdrew from
        ("Tentara Nigeria membebaskan 300 sandera dari cengkeraman Boko Haram di Hutan Sambisa.", "MILITARY_OPERATION",
         "Tentara Nigeria"),
        ("Militer Ukraina mundur dari kota Avdiivka setelah berbulan-bulan dikepung pasukan Rusia.", "CONTROL", None),
    ],
)
def test_events_unseen_news_eleventh_round(nlp, text, etype, actor):
    found = [e for e in _events(nlp, text) if e.type == etype]
    assert len(found) == 1
    assert actor is None or actor in found[0].actors


@pytest.mark.parametrize(
    "text",
    [
        # questions fired, a campaign's dead over years, a crime's victim
        "Wartawan memberondong Kapolri dengan pertanyaan soal penanganan teroris di Poso.",
        "KKB pimpinan Egianus Kogoya disebut telah menewaskan puluhan warga sipil sejak 2018.",
        "Kapolda menginterogasi pelaku kejahatan perampokan yang menewaskan seorang sopir taksi.",
        # attacks named as examples of attacks told in general
        "Propaganda online Awlaki menginspirasi serangan teroris di AS, seperti ledakan bom di Boston Marathon, "
        "penembakan di Fort Hood, dan penembakan di San Bernardino.",
    ],
)
def test_events_no_attack_of_its_own_eleventh_round(nlp, text):
    assert "ATTACK" not in [e.type for e in _events(nlp, text)]


@pytest.mark.parametrize(
    "text",
    [
        "BNPT menyebut penindakan saja tidak cukup untuk memberantas terorisme.",
        "Pemerintah memberikan bantuan dana kepada korban banjir di Demak.",
        "Pengusaha itu memberikan uang kepada panitia lomba di Bandung.",
        "Bank Indonesia berupaya mengendalikan inflasi agar tetap rendah.",
        "Menteri itu mundur dari jabatannya setelah skandal korupsi terungkap.",
        "Hamas membebaskan 13 sandera Israel pada Jumat sebagai bagian dari kesepakatan.",
    ],
)
def test_events_policy_aid_resignations_and_releases_are_no_events(nlp, text):
    assert _events(nlp, text) == []


@pytest.mark.parametrize(
    "text,etype,actor",
    [
        # the victims as the subject of a passive, its agent set off before them
        ("Oleh KKB, kedua korban ditembak saat sedang memperbaiki menara telekomunikasi di Kampung Jigi.", "ATTACK",
         None),
        # fighters who surrender end in a force's hands, as an arrest
        ("Sebanyak 25 anggota kelompok bersenjata Abu Sayyaf menyerahkan diri kepada militer Filipina di Sulu.",
         "ARREST", "Abu Sayyaf"),
        ("Ratusan milisi di Kongo timur meletakkan senjata dan menyerah kepada pasukan pemerintah.", "ARREST", None),
        # a prisoner exchange carried out, the outcome of talks
        ("Ukraina dan Rusia bertukar 90 tawanan perang, Jumat (14/6/2024).", "TALKS", "Rusia"),
        ("Pertukaran tahanan antara Israel dan Hamas berlangsung di Rafah, Sabtu.", "TALKS", "Hamas"),
        # a bomb set off, a convoy fired on, armed men named by their arms
        ("Sebuah mobil bermuatan bahan peledak diledakkan di dekat pos pemeriksaan militer di Mogadishu.", "ATTACK",
         None),
        ("Rombongan Bupati Puncak ditembaki saat melintas di jalan Ilaga, dua ajudan terluka.", "ATTACK", None),
        ("Belasan orang bersenjata menghadang truk pengangkut logistik di Distrik Sinak dan menembak sopirnya.",
         "ATTACK", "orang bersenjata"),
        # an operation whose force kills in the clause joined after it
        ("Tentara Pakistan menggelar operasi di Waziristan Selatan dan menewaskan 11 militan.", "MILITARY_OPERATION",
         "Tentara Pakistan"),
        # an alert raised, a pledge to a group's leader, money flowing to a group, an alliance
        ("Polri meningkatkan status siaga satu di seluruh wilayah Jawa Timur setelah ledakan di Surabaya.", "WARNING",
         "Polri"),
        ("Sel teroris di Sulawesi menyatakan sumpah setia kepada pemimpin ISIS yang baru, Senin (10/6/2024).", "TALKS",
         None),
        ("Densus 88 mengungkap aliran dana dari kotak amal ke kelompok Jemaah Islamiyah.", "SUPPORT", None),
        ("Kelompok JNIM dan ISIS Sahel dilaporkan bersekutu untuk melawan junta Mali.", "TALKS", None),
        # a vehicle driven into a crowd on purpose
        ("Seorang pria menabrakkan truknya ke kerumunan pengunjung pasar Natal di Magdeburg, menewaskan lima orang.",
         "ATTACK", "Seorang pria"),
    ],
)
def test_events_unseen_news_twelfth_round(nlp, text, etype, actor):
    found = [e for e in _events(nlp, text) if e.type == etype]
    assert len(found) == 1
    assert actor is None or actor in found[0].actors


@pytest.mark.parametrize(
    "text",
    [
        # in a court's words, what the accused meant to do or told his cell; the case a defendant is tried in
        "Dalam putusannya, hakim menyebut terdakwa telah menyiapkan bahan peledak untuk menyerang pos polisi di Solo dan "
        "memperingatkan rekannya agar tidak ketahuan.",
        "Majelis hakim menjatuhkan vonis lima tahun penjara kepada terdakwa pendanaan terorisme berinisial MR.",
        # a kind of attack and its habits
        "Serangan lone wolf sulit dideteksi karena pelakunya tidak terhubung dengan jaringan mana pun.",
        "Menurut pengamat terorisme, serangan bom bunuh diri biasanya menyasar tempat ibadah dan kantor polisi.",
        "Pengamat menilai serangan lone wolf merupakan ancaman terbesar saat ini.",
        # a plea to surrender; exchanges and oaths of no war; a disease
        "Kapolda Papua mengimbau anggota KKB untuk menyerahkan diri dan kembali ke NKRI.",
        "Program pertukaran pelajar Indonesia-Jepang kembali dibuka tahun ini.",
        "Ribuan ASN mengucapkan sumpah setia kepada Pancasila, Senin (3/6/2024).",
        "Kanker payudara menyerang satu dari delapan perempuan Indonesia.",
        # a car driven into a tree or a barrier
        "Sopir itu menabrakkan mobilnya ke pohon karena mengantuk.",
        "Pengemudi bus menabrakkan kendaraannya ke pembatas jalan untuk menghindari tabrakan.",
    ],
)
def test_events_no_event_twelfth_round(nlp, text):
    assert _events(nlp, text) == []


def test_events_a_verdict_tells_the_plot_once(nlp):
    """A verdict on a plotter tells the plot (intelligence about a plot, a warning), not the attack it meant nor the
    warning the accused gave his cell."""
    text = (
        "Majelis hakim menjatuhkan vonis 15 tahun penjara kepada terdakwa yang merencanakan serangan bom di Mabes "
        "Polri, menyiapkan bahan peledak untuk meledakkan pos polisi dan memperingatkan rekannya agar tidak ketahuan."
    )
    assert [(e.type, e.trigger) for e in _events(nlp, text)] == [("WARNING", "serangan bom")]


def _events_told_on(nlp, text, day):
    """The events of a text reported on `day` (relative dates and who governs read against it)."""
    doc = nlp.make_doc(text)
    doc._.ref_date = day
    for _, pipe in nlp.pipeline:
        doc = pipe(doc)
    return doc._.events


def test_events_a_group_in_power_acts_as_a_state(nlp):
    """The Taliban's forces since August 2021 are a state's: their raid is an operation; the same words in a report
    of 2018, or of the 1990s, tell an armed group's attack."""
    text = "Pasukan keamanan Taliban menyerang persembunyian ISIS-K di Provinsi Nangarhar, Selasa."
    assert [e.type for e in _events_told_on(nlp, text, date(2024, 6, 15))] == ["MILITARY_OPERATION"]
    text = "Pasukan Taliban menyerang pos militer Afghanistan di Provinsi Helmand, Selasa."
    assert [e.type for e in _events_told_on(nlp, text, date(2018, 6, 15))] == ["ATTACK"]
    text = "Pada 1990-an, Taliban menyerang kota Mazar-i-Sharif dan membantai ribuan warga Hazara."
    assert [e.type for e in _events_told_on(nlp, text, date(2024, 6, 15))] == ["ATTACK"]


def test_events_governing_days_are_iso_days():
    """`governing_since` in roles.yaml maps a group to the ISO day it took power; anything else names the key."""
    assert _governing({"governing_since": {"Taliban": "2021-08-15"}}, "roles.yaml") == (("taliban", "2021-08-15"),)
    with pytest.raises(TelikError, match="governing_since 'taliban'"):
        _governing({"governing_since": {"taliban": "Agustus 2021"}}, "roles.yaml")
    with pytest.raises(TelikError, match="must map group names"):
        _governing({"governing_since": ["taliban"]}, "roles.yaml")


def test_events_a_group_named_by_its_leader_is_news_of_violence(nlp):
    """"Kelompok pimpinan X kembali berulah. Mereka menembak ...": the group named by its leader makes the report one
    of armed violence, so the shooting is found."""
    text = (
        "Kelompok Pimpinan Undius Kogoya Kembali Berulah\n\n"
        "Timika - Kelompok pimpinan Undius Kogoya kembali berulah. Mereka menembak seorang tukang ojek di Distrik "
        "Sugapa, Kabupaten Intan Jaya, Jumat (14/6/2024) pagi.\n\n"
        "Korban mengalami luka tembak di dada dan meninggal dalam perjalanan ke puskesmas. Jasad korban sempat dibawa "
        "ke hutan sebelum ditemukan warga.\n\n"
        "\"Kami sudah mengerahkan personel untuk mengejar pelaku,\" kata Kapolres Intan Jaya."
    )
    assert "ATTACK" in [e.type for e in _events(nlp, text)]


def test_events_an_attack_and_its_toll_told_once(nlp):
    """The verb telling the dead of a clash told before it in its clause is that clash, not an operation too."""
    text = "Bentrokan antara Taliban dan pasukan Amerika di Afghanistan utara menewaskan dua tentara Amerika."
    assert [e.type for e in _events(nlp, text)] == ["ATTACK"]
    text = "Pasukan keamanan Taliban menewaskan enam anggota ISIS-K dalam penggerebekan di Provinsi Nangarhar."
    assert [e.type for e in _events(nlp, text)] == ["MILITARY_OPERATION"]


def test_events_a_plan_known_is_a_warning_only(nlp):
    """"mengetahui rencana serangan": the plan's cue ends the warning's trigger; the attack did not happen."""
    text = "Polisi mengetahui rencana serangan itu dari percakapan di media sosial."
    assert [e.type for e in _events(nlp, text)] == ["WARNING"]


@pytest.mark.parametrize(
    "text,etype,actor",
    [
        # headlines in bare root verbs, read alone
        ("Densus 88 Ringkus Dua Terduga Teroris Jaringan JAD di Sukoharjo", "ARREST", "Densus 88"),
        ("Polisi Bekuk Perakit Bom Panci di Bima", "ARREST", "Polisi"),
        ("TNI Tembak Mati Anggota KKB di Kiwirok", "MILITARY_OPERATION", "TNI"),
        ("Militan Al-Shabaab Sergap Konvoi Tentara Somalia di Lower Shabelle", "ATTACK", "Al-Shabaab"),
        ("Junta Myanmar Rebut Kembali Kota Perbatasan dari Tentara Arakan", "CONTROL", None),
        # a headline's clause set apart by its comma names no party of the arrest
        ("Diduga Anggota Sel JI, Densus 88 Tangkap Pengurus Yayasan di Bekasi", "ARREST", "Densus 88"),
        # a bomb made safe by a state's bomb squad: its operation
        ("Tim Jibom Brimob Polda Sulteng menjinakkan dua bom rakitan yang ditemukan warga di kebun di Poso Pesisir.",
         "MILITARY_OPERATION", None),
        ("Bom yang dipasang di pinggir jalan itu berhasil dijinakkan oleh tim penjinak bom militer Kolombia.",
         "MILITARY_OPERATION", None),
        # a suspect shot in the leg as he is taken, a suspect's own surrender to the police
        ("Terduga teroris berinisial MS dilumpuhkan dengan timah panas karena melawan petugas di Makassar.", "ARREST",
         None),
        ("Seorang DPO kasus pembakaran kios di Sinak menyerahkan diri ke Polres Puncak, Jumat (10/5/2024).", "ARREST",
         None),
        # a firefight told by its two sides: the state's force acts against the armed group
        ("Prajurit TNI dan anggota KKB saling tembak di Kampung Titigi selama hampir satu jam.", "MILITARY_OPERATION",
         "TNI"),
        ("Pasukan TNI dan kelompok bersenjata sempat saling menembak selama dua jam di Distrik Sugapa.",
         "MILITARY_OPERATION", "TNI"),
        ("Pasukan Filipina dan militan Dawlah Islamiyah terlibat baku tembak di Lanao del Sur.", "MILITARY_OPERATION",
         "Filipina"),
        # a ground offensive's noun
        ("Pasukan Rusia melancarkan serangan darat baru di wilayah Kharkiv, Jumat (10/5/2024).", "MILITARY_OPERATION",
         "Rusia"),
        # a dialogue with an armed group; ground counted in towns, no market's share
        ("Pemerintah membuka dialog dengan perwakilan TPNPB-OPM untuk mengakhiri kekerasan di Papua.", "TALKS", None),
        ("Kelompok Tentara Arakan kini menguasai 10 dari 17 kota di negara bagian Rakhine.", "CONTROL",
         "Tentara Arakan"),
        ("KKB Bakar Gedung Sekolah dan Rumah Guru di Pegunungan Bintang", "ATTACK", "KKB"),
    ],
)
def test_events_unseen_news_thirteenth_round(nlp, text, etype, actor):
    found = [e for e in _events(nlp, text) if e.type == etype]
    assert len(found) == 1
    assert actor is None or any(actor in a for a in found[0].actors)


@pytest.mark.parametrize(
    "text",
    [
        # bare roots in prose or as nouns, in a headline of no violence
        "Ini Daftar Alat Tangkap Ikan yang Dilarang KKP",
        "Cara Tangkap Layar di Ponsel Android Terbaru",
        "Persib Tahan Imbang Persija di Stadion GBLA",
        "Nelayan di Cilacap mengeluhkan alat tangkap yang dilarang pemerintah.",
        # a plea to surrender with words between; a surrender of no suspect
        "Kapolda Papua meminta para buronan kasus itu segera menyerahkan diri kepada aparat keamanan.",
        "Polisi memberikan kesempatan kepada para buronan itu agar menyerahkan diri sebelum dilakukan tindakan tegas.",
        "Penyerang Timnas itu menyerahkan diri kepada pelatih untuk dicoret dari skuad.",
        # a law made by a government and its parliament; an animal disabled
        "Pembahasan revisi UU Terorisme antara pemerintah dan DPR memasuki tahap akhir.",
        "Panja RUU Antiterorisme dan pemerintah masih berunding soal definisi terorisme.",
        "Harimau yang berkeliaran di Lampung Barat akhirnya dilumpuhkan petugas BKSDA dengan tembakan bius.",
        # a suicide, a dialogue with workers, a market's share, a cook's grill told in headline roots or prose
        "Mahasiswi di Bandung Diduga Bunuh Diri di Kamar Kos",
        "Presiden membuka dialog dengan perwakilan buruh di Istana Negara.",
        "Perusahaan itu menguasai 30 persen pangsa pasar semen nasional.",
        "Chef Renatta Bakar Daging dengan Teknik Baru",
    ],
)
def test_events_no_event_thirteenth_round(nlp, text):
    assert _events(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    ["Houthi Ancam Serang Kapal AS di Laut Merah", "Kelompok itu mengancam menyerang pos militer di Kidal, Mali."],
)
def test_events_a_threatened_attack_did_not_happen(nlp, text):
    """"Houthi Ancam Serang Kapal AS": the attack threatened is no attack."""
    assert "ATTACK" not in [e.type for e in _events(nlp, text)]


def test_events_headline_flag_is_a_boolean():
    """`headline` in triggers.yaml marks a bare root read only in headlines; anything but true/false names the entry."""
    data = {t: [] for t in ("ATTACK", "MILITARY_OPERATION", "WARNING", "TALKS", "SUPPORT", "CONTROL", "ESTIMATE")}
    data["ARREST"] = [{"phrase": "Ringkus", "voice": "active", "headline": True}]
    assert _triggers(data, "triggers.yaml")["ringkus"][0].headline
    data["ARREST"] = [{"phrase": "ringkus", "voice": "active", "headline": "yes"}]
    with pytest.raises(TelikError, match="'ringkus': headline is true or false"):
        _triggers(data, "triggers.yaml")


@pytest.mark.parametrize(
    "text,etype,actor",
    [
        # a government or an embassy advising its nationals to keep away, for a reason of security
        ("Kedutaan Besar Kanada di Manila mendesak warganya menghindari seluruh perjalanan ke Mindanao bagian barat "
         "karena ancaman terorisme dan penculikan.", "WARNING", "Kedutaan Besar Kanada"),
        ("Kemlu RI mengimbau WNI di Lebanon untuk segera meninggalkan negara tersebut menyusul meningkatnya eskalasi "
         "di perbatasan selatan.", "WARNING", None),
        ("Kedubes Belanda menganjurkan warganya untuk tidak bepergian ke Kabupaten Nduga karena situasi keamanan yang "
         "tidak menentu.", "WARNING", "Kedubes Belanda"),
        ("Kedutaan Besar Australia mengeluarkan imbauan perjalanan bagi warganya setelah rentetan penembakan oleh KKB "
         "di Intan Jaya.", "WARNING", "Kedutaan Besar Australia"),
        # a firefight between two armed groups, no state's force among them: an attack by the first
        ("Kontak tembak antara kelompok Abu Sayyaf dan ISIS pecah di Patikul, Sulu.", "ATTACK", "Abu Sayyaf"),
        ("Pertempuran sengit antara RSF dan milisi suku Masalit di El Geneina menewaskan puluhan warga sipil.", "ATTACK",
         "RSF"),
        ("Di Kivu Utara, pemberontak M23 terlibat pertempuran dengan milisi Wazalendo sejak Sabtu pagi.", "ATTACK",
         "M23"),
        ("Al-Shabaab dan ISIS saling serang di pegunungan Cal Miskaad, Puntland.", "ATTACK", "Al-Shabaab"),
        ("Baku tembak antara milisi pro-pemerintah dan kelompok bersenjata Tuareg pecah di dekat Kidal, Mali utara.",
         "ATTACK", "milisi"),
    ],
)
def test_events_unseen_news_fourteenth_round(nlp, text, etype, actor):
    found = [e for e in _events(nlp, text) if e.type == etype]
    assert len(found) == 1
    assert actor is None or any(actor in a for a in found[0].actors)
    assert "MILITARY_OPERATION" not in [e.type for e in _events(nlp, text)]


def test_events_an_advisory_threatens_no_one_it_names(nlp):
    """"meminta warganya tidak bepergian ke Sulu": the nationals advised and the places to avoid are no targets."""
    text = ("Kementerian Luar Negeri Inggris meminta warganya tidak bepergian ke wilayah Sulu dan Basilan karena "
            "risiko penculikan.")
    warning = next(e for e in _events(nlp, text) if e.type == "WARNING")
    assert warning.targets == []


@pytest.mark.parametrize(
    "text",
    [
        # nationals advised to keep away from waves, a football final, an eruption: no security reason
        "Kedutaan Besar Jepang mengimbau warganya menghindari kawasan pantai selatan Jawa karena potensi gelombang "
        "tinggi.",
        "Kedutaan Besar Singapura mengimbau warganya menghindari kawasan Jakarta Pusat saat pertandingan final Piala "
        "Presiden berlangsung.",
        "Pemerintah Australia memperbarui imbauan perjalanan ke Bali terkait erupsi Gunung Lewotobi yang mengganggu "
        "penerbangan.",
        # crime stories told in weak words of the domain only: a husband's killing, a brawl, a family's quarrel
        "Suami Bacok Istri di Sampit\nSeorang suami di Kecamatan Baamang, Kotawaringin Timur, tega membacok istrinya "
        "hingga tewas, Rabu (8/5/2024). Pelaku membacok korban dengan parang di dapur rumah mereka. Warga yang "
        "mendengar teriakan korban melapor ke polisi. Polisi langsung menangkap pelaku di rumah kerabatnya. Kapolsek "
        "mengatakan korban tewas di tempat dengan luka di leher.",
        "Seorang pemuda di Kabupaten Lampung Tengah menikam ayah kandungnya hingga tewas setelah cekcok soal pembagian "
        "warisan, Minggu (5/5/2024). Korban meninggal di tempat dengan sejumlah luka tusuk. Warga segera melapor ke "
        "polisi. Pelaku ditangkap beberapa jam kemudian di rumah kerabatnya. Polisi masih memeriksa kejiwaan pelaku.",
    ],
)
def test_events_no_event_fourteenth_round(nlp, text):
    assert _events(nlp, text) == []


@pytest.mark.parametrize(
    "text,etype,actor",
    [
        ("Pemerintah Turki dituduh membiayai milisi Tentara Nasional Suriah yang memerangi pasukan Kurdi.", "SUPPORT",
         "Turki"),
        ("Qatar dilaporkan menyalurkan bantuan keuangan kepada kelompok bersenjata di Suriah utara.", "SUPPORT", "Qatar"),
        ("Amerika Serikat mengumumkan paket senjata baru untuk Taiwan senilai 1 miliar dolar.", "SUPPORT",
         "Amerika Serikat"),
        ("Pemerintah Thailand dan BRN kembali duduk di meja perundingan di Kuala Lumpur pekan ini.", "TALKS", "BRN"),
        ("Polisi memperkirakan kelompok MIT Poso kini hanya tersisa empat orang.", "ESTIMATE", "MIT"),
        ("Tentara Ukraina menarik diri dari kota Vuhledar untuk menghindari pengepungan.", "CONTROL", None),
        ("Militer Pakistan melancarkan operasi di Waziristan Utara, menewaskan delapan militan TTP.",
         "MILITARY_OPERATION", "Pakistan"),
    ],
)
def test_events_types_fourteenth_round(nlp, text, etype, actor):
    events = _events(nlp, text)
    found = [e for e in events if e.type == etype]
    assert len(found) == 1 and len(events) == 1  # "untuk menghindari pengepungan": no siege happened
    assert actor is None or any(actor in a for a in found[0].actors)


@pytest.mark.parametrize(
    "text",
    [
        "Orang tua murid membiayai sekolah anaknya dengan menjual sawah.",
        "Pemain itu menarik diri dari tim nasional karena cedera lutut.",
        "Hanya tersisa tiga orang penumpang di dalam bus itu.",
    ],
)
def test_events_types_fourteenth_round_other_senses(nlp, text):
    assert _events(nlp, text) == []


@pytest.mark.parametrize(
    "lead,etype",
    [
        # the article calls the armed group a force elsewhere: its raid is an operation, in any case
        ("Pasukan keamanan Hamas berjaga di sepanjang jalan utama Khan Younis.", "MILITARY_OPERATION"),
        ("PASUKAN KEAMANAN HAMAS berjaga di sepanjang jalan utama Khan Younis.", "MILITARY_OPERATION"),
        ("Warga berjaga di sepanjang jalan utama Khan Younis.", "ATTACK"),
    ],
)
def test_events_armed_group_called_forces_elsewhere(nlp, lead, etype):
    text = f"{lead} Hamas menggerebek sebuah rumah di Khan Younis, Selasa (14/5/2024)."
    assert [e.type for e in _events(nlp, text)] == [etype]


@pytest.mark.parametrize(
    "text,etype,trigger",
    [
        # weak words whose target or attacker tells political violence: unknown gunmen, a prime minister, a lawmaker
        ("Seorang hakim pengadilan antiterorisme tewas setelah mobilnya diberondong orang tak dikenal di Distrik Dera "
         "Ismail Khan, Pakistan barat laut, Senin pagi.", "ATTACK", "diberondong"),
        ("Polisi Jepang menangkap seorang pria yang melemparkan bahan peledak rakitan ke arah Perdana Menteri saat "
         "berkampanye di Wakayama.", "ATTACK", "melemparkan bahan peledak"),
        ("Seorang pria menusuk anggota parlemen di sebuah stasiun di Prefektur Saitama, Jumat sore.", "ATTACK",
         "menusuk"),
        # military aid told by its noun
        ("Amerika Serikat memberikan bantuan peralatan militer senilai 20 juta dolar kepada tentara Somalia.", "SUPPORT",
         "bantuan peralatan militer"),
        ("Sejak 2023 junta Niger menerima dukungan militer dari Rusia.", "SUPPORT", "dukungan militer"),
        # talks with Myanmar's ethnic armed groups, mediated talks between two sides at war
        ("Junta Myanmar menggelar pembicaraan dengan tiga kelompok etnis bersenjata di Kunming, China.", "TALKS",
         "pembicaraan"),
        ("Delegasi Israel dan Hamas dijadwalkan bertemu secara tidak langsung di Doha pekan depan.", "TALKS",
         "bertemu secara tidak langsung"),
    ],
)
def test_events_weak_words_fifteenth_round(nlp, text, etype, trigger):
    assert [e.trigger for e in _events(nlp, text) if e.type == etype] == [trigger]


@pytest.mark.parametrize(
    "text",
    [
        "Keduanya diduga terlibat dalam rencana serangan terhadap markas polisi saat peringatan Hari Kemerdekaan.",
        "Polisi mengantisipasi ancaman terhadap gereja saat peringatan Natal di Poso.",
    ],
)
def test_events_a_commemoration_is_no_warning(nlp, text):
    """"saat peringatan Hari Kemerdekaan" names the day of a plotted attack: the commemoration warns of nothing."""
    assert "peringatan" not in [e.trigger for e in _events(nlp, text)]


def test_events_a_case_taken_over_is_no_control(nlp):
    """"mengambil alih penyelidikan": prosecutors take a case over, no force takes ground."""
    text = ("Seorang pria menikam seorang polisi di alun-alun Kota Mannheim, Jerman. Jaksa federal mengambil alih "
            "penyelidikan karena dugaan motif ekstrem.")
    assert [e.type for e in _events(nlp, text)] == ["ATTACK"]


def test_events_friends_meeting_indirectly_hold_no_talks(nlp):
    assert _events(nlp, "Dua sahabat lama itu bertemu secara tidak langsung lewat sebuah acara televisi.") == []

"""telik_quotes attribution rules: titles and ranks, apposition, speakers before the quotation, pronoun tags,
anaphoric descriptions, organisations, anonymous sources, continuations and tags without punctuation."""
from __future__ import annotations

import pytest


def _attributed(nlp, text):
    return [(q.text, q.speaker, q.anonymous) for q in nlp(text)._.quotes]


@pytest.mark.parametrize(
    "text,speaker",
    [
        # titles and ranks before the name are not the speaker
        ("“Situasi di wilayah kami tetap kondusif,” kata Kabid Humas Polda Jateng Kombes Pol. Agus Triatmaja.",
         "Agus Triatmaja"),
        ("“Kami akan menindak tegas setiap pelaku teror,” ujar Kapolri Jenderal Tito Karnavian di Jakarta.",
         "Tito Karnavian"),
        ("“Kedua pelaku sudah kami amankan di markas,” ujar Kapolsek Simpang Kramat Ipda Abdul Azis kepada wartawan.",
         "Abdul Azis"),
        ("“Kondisi korban sudah stabil sejak pagi,” kata Kabid Dokkes Polda Papua Kombes drg. Raymond Sitompul.",
         "Raymond Sitompul"),
        # the person named in apposition after a role
        ("“Pasukan kami telah menguasai kembali seluruh bangunan,” kata juru bicara kepolisian Somalia, "
         "Abdifatah Hassan, kepada wartawan.", "Abdifatah Hassan"),
        ("“Target pengunjung tahun ini kami tingkatkan lagi,” kata Direktur Utama PT Taman Wisata, Edy Setijono, "
         "di Magelang.", "Edy Setijono"),
        # a nickname after the speaker noun
        ("“Tidak ada yang mengenali saya selama menyamar,” ujar pria yang akrab disapa Ketjuk itu.", "Ketjuk"),
        # an organisation speaks
        ("“Situasi keamanan menjelang Natal terkendali di seluruh wilayah,” kata Polri dalam keterangannya.", "Polri"),
        ("“Ancaman dari pelaku tunggal masih tinggi menjelang akhir tahun,” sebut laporan BNPT.", "BNPT"),
        ("“Kami mengecam penembakan guru di Beoga,” bunyi pernyataan resmi Komnas HAM yang diterima redaksi.",
         "Komnas HAM"),
        ("“Serangan drone meningkat dua kali lipat,” tulis laporan tahunan Armed Conflict Survey.", "Armed Conflict Survey"),
        # an unnamed role with the person it describes in apposition: the person speaks
        ("“Ledakannya sangat keras, kaca-kaca pecah,” kata seorang saksi mata, Abdullahi Hassan, kepada Reuters.",
         "Abdullahi Hassan"),
        # a tag with no punctuation inside the closing mark, and a comma after the verb
        ("“Semua kebijakan itu kami dukung untuk kebaikan bersama” jelas Joko Widodo.", "Joko Widodo"),
        ("“Ada seratus advokat yang siap membela mereka semua,” ujar, Habiburokhman, kepada wartawan.",
         "Habiburokhman"),
        # more speech verbs: tukas, cetus, sanggah, demikian
        ("“Kami harap tim bisa konsisten sampai akhir musim,” tukas Wanderley de Souza.", "Wanderley de Souza"),
        ("“Mungkin kita membutuhkan waktu dua tahun lagi,” demikian Andi Amran Sulaiman.", "Andi Amran Sulaiman"),
    ],
)
def test_quotes_attribution_speaker_after_quote(nlp, text, speaker):
    got = _attributed(nlp, text)
    assert len(got) == 1 and got[0][1] == speaker and got[0][2] is False


@pytest.mark.parametrize(
    "text,speaker",
    [
        ("Kabid Humas Polda Jateng Kombes Pol. Sigit Pramono menegaskan, “Situasi di tiga kabupaten itu kondusif.”",
         "Sigit Pramono"),
        ("Menurut Hendra Wiratama, “Keempat tersangka sudah berbaiat kepada kelompok itu.”", "Hendra Wiratama"),
        ("Kepala BNPT Komjen Suhardi Alius mengatakan bahwa “ancaman dari sel kecil masih nyata di kota besar.”",
         "Suhardi Alius"),
        # the person an unnamed role in apposition describes
        ("Musa Ibrahim, seorang pejabat setempat, menambahkan, “Setidaknya 40 orang tewas dalam serangan itu.”",
         "Musa Ibrahim"),
    ],
)
def test_quotes_attribution_speaker_before_quote(nlp, text, speaker):
    got = _attributed(nlp, text)
    assert [s for _, s, _ in got] == [speaker]


@pytest.mark.parametrize(
    "text,expected",
    [
        # pronoun tags go to the last named speaker, not to a pronoun
        ("Karo Penmas Brigjen Pol. Hendra Wiratama mengatakan empat tersangka ditangkap di Boyolali.\n\n"
         "“Mereka anggota aktif jaringan itu sejak lama,” ujarnya.\n\n"
         "Ia menambahkan, kelompok itu merencanakan serangan ke pos polisi.\n\n"
         "“Kami tidak mau kecolongan lagi kali ini,” imbuhnya.",
         ["Hendra Wiratama", "Hendra Wiratama"]),
        # a person who opens a sentence as its subject is the antecedent
        ("Kabid Humas Polda Jawa Tengah Kombes Pol. Sigit Pramono membenarkan adanya penangkapan itu. "
         "Ia meminta warga tetap tenang.\n\n“Situasi di Sukoharjo dan Klaten kondusif,” tuturnya.",
         ["Sigit Pramono"]),
        # "Menurut dia" and "kata dia" resolve to the last speaker
        ("“Operasi ini akan terus berlanjut sampai akhir tahun,” kata Dedi Kurniawan di Palu.\n\n"
         "Menurut dia, dukungan warga menjadi kunci.\n\n“Kami tidak akan berhenti sebelum semua tertangkap,” "
         "lanjutnya.\n\n“Sisa kelompok itu tinggal dua orang,” kata dia.",
         ["Dedi Kurniawan", "Dedi Kurniawan", "Dedi Kurniawan"]),
        # a definite description naming nobody refers back ("jenderal bintang satu itu")
        ("“Keempatnya anggota aktif jaringan itu,” ujar Hendra Wiratama di Jakarta.\n\n"
         "“Begitu ada tanda persiapan aksi, tim langsung bergerak,” kata jenderal bintang satu itu.",
         ["Hendra Wiratama", "Hendra Wiratama"]),
        # a pronoun tag before anybody is named takes the next speaker
        ("“Permohonan praperadilan itu dinyatakan gugur,” ujarnya.\n\n"
         "Dalam sidang itu, hakim Kusno Widodo juga mengatakan perkara sudah disidangkan.",
         ["Kusno Widodo"]),
        # "X, ia melanjutkan": a subject and an intro verb after the quotation
        ("“Lututnya terlihat bengkok saat ia berjalan di atas panggung,” Budi Santoso menambahkan.",
         ["Budi Santoso"]),
        # an office named alone as the subject before the quotation, without the adverbs before its verb
        ("Ketika ditanya soal keberadaan pimpinan kelompok itu, Kapolres Sigi hanya menjawab singkat.\n\n"
         "“Masih kami kejar di hutan Lore,” katanya.", ["Kapolres Sigi"]),
    ],
)
def test_quotes_attribution_pronouns_and_antecedents(nlp, text, expected):
    assert [s for _, s, _ in _attributed(nlp, text)] == expected


@pytest.mark.parametrize(
    "text,speaker",
    [
        ("“Ledakannya terdengar sampai ke pasar di ujung jalan,” kata seorang warga.", "seorang warga"),
        ("“Pelaku sudah lama diawasi oleh tim khusus,” ujar sumber di kepolisian.", "sumber di kepolisian"),
        ("“Kaca-kaca jendela pecah dan orang berlarian ke pantai,” kata seorang saksi mata.", "seorang saksi mata"),
        ("“Bom itu dirakit di rumah kontrakan pelaku,” kata salah satu sumber.", "salah satu sumber"),
        # a source who asked not to be named
        ("“Saya dulu terpapar dari ceramah di internet,” ujar pria yang meminta identitasnya dirahasiakan itu.",
         "pria yang meminta identitasnya dirahasiakan"),
    ],
)
def test_quotes_attribution_anonymous(nlp, text, speaker):
    assert _attributed(nlp, text)[0][1:] == (speaker, True)


@pytest.mark.parametrize(
    "text,expected",
    [
        # a quotation split by its tag continues with the same speaker
        ("“Jadi,” kata Peter Dibben, “kegiatan kaum muda macam ini terbukti sangat masuk akal.”",
         [("Jadi", "Peter Dibben"), ("kegiatan kaum muda macam ini terbukti sangat masuk akal.", "Peter Dibben")]),
        # an untagged paragraph right before a tagged one belongs to the same speaker
        ("Pelatih itu yakin timnya tetap kuat.\n\n“Jika dia tidak cedera, dia akan bermain sampai usia empat puluh.”"
         "\n\n“Dia memang punya sejumlah keunggulan dibanding pemain lain,” tutur Antonio Aroso.",
         [("Jika dia tidak cedera, dia akan bermain sampai usia empat puluh.", "Antonio Aroso"),
          ("Dia memang punya sejumlah keunggulan dibanding pemain lain", "Antonio Aroso")]),
        # a quotation that runs over a paragraph break
        ("“Kami masih mendalami peran setiap tersangka dalam jaringan ini.\n\n"
         "“Hasilnya akan kami sampaikan pekan depan,” kata Tatan Hidayat.",
         [("Kami masih mendalami peran setiap tersangka dalam jaringan ini.\n\n“Hasilnya akan kami sampaikan pekan "
           "depan", "Tatan Hidayat")]),
    ],
)
def test_quotes_attribution_continuations(nlp, text, expected):
    assert [(t, s) for t, s, _ in _attributed(nlp, text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        # a capitalised word after a closing mark starts a new sentence, not a tag
        "Kementerian ESDM kembali menghadirkan program “BBM Satu Harga”. Demikian pula halnya di Paloh.",
        # a list of titles in quotation marks
        "Film yang diputar adalah “The Battleship Island”, “Operation Chromite” dan “Sim Chung”.",
    ],
)
def test_quotes_attribution_no_false_tags(nlp, text):
    assert nlp(text)._.quotes == []


@pytest.mark.parametrize(
    "text,source",
    [
        # "Menurutnya," is a claim of the last speaker
        ("“Kami sudah menyerahkan berkasnya,” kata Febri Diansyah.\n\nMenurutnya, polisi masih perlu "
         "mengonfirmasi sketsa wajah itu.", "Febri Diansyah"),
        # a dateline and a relative clause do not hide the subject
        ("Hendry Noviardi yang ikut mengawal rapat persiapan hingga Jumat (13/10) malam, mengatakan ada tiga "
         "daerah yang disiapkan.", "Hendry Noviardi"),
    ],
)
def test_quotes_attribution_claim_sources(nlp, text, source):
    assert [c.source for c in nlp(text)._.claims][-1] == source


@pytest.mark.parametrize(
    "text,speaker",
    [
        ("“Jumlah hari cuti bersama tahun ini bertambah satu hari,” demikian keterangan Kemenpan-RB.", "Kemenpan-RB"),
        ("“Ini kemajuan besar bagi proses perdamaian di selatan,” demikian Chatchai Srisawat.", "Chatchai Srisawat"),
    ],
)
def test_quotes_attribution_demikian(nlp, text, speaker):
    assert [s for _, s, _ in _attributed(nlp, text)] == [speaker]


def test_quotes_attribution_demikian_needs_a_name(nlp):
    text = "Film terbaiknya antara lain “Network”, demikian menurut siaran kantor berita Reuters."
    assert nlp(text)._.quotes == []


@pytest.mark.parametrize(
    "text,speaker,role",
    [
        # the name in apposition after a role may open with a rank, and be followed by a place or a date
        ("“Dua anggota kami gugur dalam kontak tembak di distrik itu,” ujar Kepala Bidang Humas Polda Maluku, "
         "Kombes Hendra Siregar, di Ambon, Kamis (7/3/2024).", "Hendra Siregar", "Kepala Bidang Humas Polda Maluku"),
        ("“Pos kami diserang dari dua arah menjelang subuh,” kata Kepala Penerangan Kodam Pattimura, "
         "Letkol Arief Nugroho, Selasa (5/3/2024).", "Arief Nugroho", "Kepala Penerangan Kodam Pattimura"),
        ("“Ketiga tersangka sudah kami tahan di markas kepolisian,” kata Kapolres Poso, AKBP Rudy Hartono, "
         "kepada wartawan.", "Rudy Hartono", "Kapolres Poso"),
        ("“Kami masih memburu sisa kelompok bersenjata itu di hutan,” ujar Komandan Satgas Gabungan, "
         "Brigjen Faisal Ramadhan, di Timika.", "Faisal Ramadhan", "Komandan Satgas Gabungan"),
        ("“Tidak ada korban dari warga sipil dalam insiden itu,” kata juru bicara militer, Kapten Ahmad Fauzi.",
         "Ahmad Fauzi", "juru bicara militer"),
    ],
)
def test_quotes_attribution_apposed_rank(nlp, text, speaker, role):
    qs = nlp(text)._.quotes
    assert [(q.speaker, q.speaker_role, q.anonymous) for q in qs] == [(speaker, role, False)]


@pytest.mark.parametrize(
    "text,speaker",
    [
        # an unnamed source of an indirect statement (with a relative clause) speaks the next quotation
        ("Menurut laporan Human Rights Watch, puluhan warga sipil tewas dalam serangan udara di Idlib.\n\n"
         "Seorang perwira militer di garis depan, yang tidak mau disebutkan namanya karena tidak berwenang berbicara "
         "kepada media, mengatakan pasukannya kekurangan amunisi sejak pekan lalu.\n\n"
         "“Kami hanya bisa bertahan beberapa hari lagi tanpa bantuan dari pusat,” ujarnya.",
         "Seorang perwira militer di garis depan"),
        ("Kelompok pemantau SOHR melaporkan sedikitnya 12 orang tewas.\n\n"
         "Seorang pejabat keamanan setempat, yang meminta identitasnya dirahasiakan, mengatakan para penyerang "
         "datang dari arah gurun.\n\n“Mereka membawa senjata berat dan menyerang pos kami pada malam hari.”",
         "Seorang pejabat keamanan setempat"),
    ],
)
def test_quotes_attribution_anonymous_claim_source(nlp, text, speaker):
    qs = nlp(text)._.quotes
    assert [(q.speaker, q.anonymous) for q in qs] == [(speaker, True)]


@pytest.mark.parametrize(
    "text,speaker",
    [
        # a person in apposition opening the previous sentence ("Title Place, Name, verb …")
        ("Milisi yang berafiliasi dengan ISIS mengklaim serangan itu.\n\nGubernur Sulu, Abdusakur Tan, meminta "
         "warga tetap tenang dan tidak keluar rumah. “Aparat sudah mengamankan seluruh jalan utama menuju kota,” "
         "katanya.", "Abdusakur Tan"),
        ("Polisi menyebut kelompok Abu Sayyaf berada di balik ledakan itu.\n\nWali Kota Zamboanga, Maria Isabel "
         "Santos, mengunjungi korban di rumah sakit.\n\n“Kami akan menanggung seluruh biaya pengobatan para "
         "korban,” ujarnya.", "Maria Isabel Santos"),
        # a personal pronoun passes over an institution named since the latest person
        ("Komandan Brigade Infanteri 103, Brigjen Romeo Dizon, mengatakan pasukannya menyita lima pucuk senapan.\n\n"
         "Militer menduga kelompok itu bagian dari jaringan yang lebih besar.\n\n"
         "“Mereka yang tersisa melarikan diri ke arah hutan di pegunungan,” katanya.", "Romeo Dizon"),
        # "Kata X," opening a sentence is an indirect attribution and X the latest speaker
        ("Polisi menduga sopir lalai karena menelepon. Kata Halim Pagarra, kasusnya akan terus berlanjut.\n\n"
         "“Mudah-mudahan bulan ini berkas perkaranya bisa dilimpahkan,” tuturnya.", "Halim Pagarra"),
    ],
)
def test_quotes_attribution_pronoun_prefers_person(nlp, text, speaker):
    assert [s for _, s, _ in _attributed(nlp, text)] == [speaker]


@pytest.mark.parametrize(
    "text,speaker",
    [
        # "kata mereka" and an institution tag keep the latest speaker of any kind
        ("Juru bicara Polri Ahmad Ramadhan mengatakan situasi terkendali. SOHR mencatat 20 serangan sejak Januari.\n\n"
         "“Sel-sel itu bergerak pada malam hari lalu menghilang ke gurun,” kata mereka.", "SOHR"),
        # the pronoun falls back to an institution when no person was named
        ("Polri menyatakan tiga tersangka sudah ditahan di Jakarta.\n\n"
         "“Penyidikan terhadap jaringan itu terus kami kembangkan,” katanya.", "Polri"),
    ],
)
def test_quotes_attribution_pronoun_keeps_groups(nlp, text, speaker):
    assert [s for _, s, _ in _attributed(nlp, text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        # a passive speech verb that names nobody does not break the document
        "Aparat perlu payung hukum.\n\n\"Kalau enggak ditegaskan (dengan UU lain) nanti aparat bingung,\" kata Budi.",
        "Dikatakan bahwa sasaran berikutnya adalah pos polisi. “Kami sudah siaga penuh sejak pagi tadi,” ujarnya.",
    ],
)
def test_quotes_attribution_passive_without_speaker(nlp, text):
    nlp(text)


@pytest.mark.parametrize(
    "text,expected",
    [
        # a subject in apposition with an age or behind a title, then a pronoun tag
        ("Seorang saksi mata, Dimas Prakoso (29), mengaku melihat api dari arah gudang. "
         "“Saya langsung menelepon pemadam kebakaran,” ujarnya.", [("Dimas Prakoso", False)]),
        ("Salah satu korban selamat, Wulan Sari (31), masih dirawat di rumah sakit. "
         "“Saya tidak ingat apa-apa setelah ledakan itu,” katanya.", [("Wulan Sari", False)]),
        ("Pengasuh pondok itu, Ustaz Harun Rasyid, mengaku terkejut dengan penangkapan itu. "
         "“Dia santri yang pendiam dan rajin,” tuturnya.", [("Harun Rasyid", False)]),
        # a dateline before the subject
        ("Kabul (ANTARA) - Wakil Menteri Luar Negeri Taliban Sher Mohammad Abbas Stanikzai bertemu utusan AS di "
         "Doha. “Itu tuduhan yang tidak berdasar,” katanya.", [("Sher Mohammad Abbas Stanikzai", False)]),
        # an unnamed subject of a speech verb right before the quotation
        ("Seorang pedagang yang enggan disebutkan namanya mengaku mendengar dua kali ledakan. "
         "“Bunyinya keras sekali, seperti ban truk pecah,” tuturnya.", [(None, True)]),
        ("Sementara itu, istri tersangka yang tidak mau disebut namanya mengaku tidak tahu kegiatan suaminya. "
         "“Setiap hari dia hanya berjualan di pasar,” katanya.", [(None, True)]),
        # the subject of a verb with no me-/be- prefix
        ("Kapolda Sulawesi Tengah Irjen Agus Nugroho tiba di Poso, Senin. Ia menegaskan, “Tidak ada tempat bagi "
         "kelompok teror di sini.”", [("Agus Nugroho", False)]),
        ("Menteri Luar Negeri Retno Marsudi hadir dalam pertemuan itu. “Indonesia mendesak gencatan senjata segera,” "
         "ujarnya.", [("Retno Marsudi", False)]),
        # a pronoun after the words that lead to it is the subject
        ("Presiden Filipina Ferdinand Marcos Jr mengunjungi Marawi. Namun dalam pidatonya ia mengatakan, “Kami tidak "
         "akan berunding dengan teroris.”", [("Ferdinand Marcos Jr", False)]),
    ],
)
def test_quotes_attribution_subjects_before_pronoun_tags(nlp, text, expected):
    assert [(None if anon else s, anon) for _, s, anon in _attributed(nlp, text)] == expected


def test_quotes_attribution_unnamed_subject_needs_a_quotation_next(nlp):
    # a witness in a police officer's account who goes on working is no speaker of the officer's words
    text = ("Kapolsek Kuta Kompol Wayan Sudarsa menjelaskan kronologi kejadian. Kemudian saksi melanjutkan "
            "pekerjaannya di lantai tiga. Lanjutnya, saksi melihat korban tergeletak.\n\n"
            "“Saksi lalu melapor kepada petugas keamanan hotel,” katanya.")
    assert [(s, anon) for _, s, anon in _attributed(nlp, text)] == [("Wayan Sudarsa", False)]


@pytest.mark.parametrize(
    "text,speaker,anonymous",
    [
        # where or to whom the speaker spoke stands between the verb and the quotation
        ("Seorang pejabat keamanan yang tidak mau disebut namanya mengatakan kepada AFP, "
         "“Korban tewas kemungkinan terus bertambah.”", None, True),
        ("Ketua DPR Puan Maharani mengatakan dalam keterangan tertulisnya, Minggu, "
         "“Negara harus hadir melindungi setiap warga.”", "Puan Maharani", False),
        # a clause saying where the speaker spoke is not the subject
        ("Juru bicara Hamas, Abu Obaida, dalam pesan video menyatakan: “Para tawanan dalam kondisi baik.”",
         "Abu Obaida", False),
        # a description with nobody named anywhere speaks for itself
        ("Dalam video yang beredar, pemimpin kelompok itu menyatakan “perang akan terus berlanjut sampai "
         "tuntutan kami dipenuhi”.", "pemimpin kelompok itu", False),
    ],
)
def test_quotes_attribution_intro_with_setting(nlp, text, speaker, anonymous):
    got = _attributed(nlp, text)
    assert len(got) == 1 and got[0][2] == anonymous
    assert anonymous or got[0][1] == speaker


def test_quotes_attribution_description_prefers_a_later_name(nlp):
    # "koreografer asal Inggris ini" names nobody; the choreographer is named after the quotation
    text = ("“Saya selalu membayangkan tubuh penari sebagai sebuah kalimat,” kata koreografer asal Inggris ini.\n\n"
            "Pertunjukan karya Michael Keegan Dolan itu digelar dua malam. Michael Keegan Dolan mengatakan "
            "persiapannya memakan waktu setahun.")
    assert [s for _, s, _ in _attributed(nlp, text)] == ["Michael Keegan Dolan"]


@pytest.mark.parametrize(
    "text",
    [
        "“Kami tidak akan mundur,” kata Presiden Volodymyr Zelensky, seperti dikutip AFP. “Ini tanah kami.”",
        "“Pelaku sudah kami amankan,” kata Kapolres Sukoharjo AKBP Sigit Nugroho di Mapolres, Senin (10/6/2024). "
        "“Motifnya masih didalami.”",
        "Kapolres Wonogiri AKBP Jarot Sungkowo menjelaskan hal itu. “Kami terus maju,” katanya kepada wartawan. "
        "“Tidak ada jalan kembali.”",
    ],
)
def test_quotes_attribution_next_sentence_after_a_setting(nlp, text):
    # a short quotation right after the tag's sentence, which ends on where or to whom the speaker spoke
    got = _attributed(nlp, text)
    assert len(got) == 2 and got[0][1] == got[1][1]


def test_quotes_attribution_next_sentence_not_after_another_name(nlp):
    # a second person named between the tag and the quotation: the short quotation is not the first speaker's
    text = "“Kami tidak akan mundur,” kata Volodymyr Zelensky kepada Olaf Scholz. “Ini tanah kami.”"
    assert [s for _, s, _ in _attributed(nlp, text)] == ["Volodymyr Zelensky"]


@pytest.mark.parametrize(
    "text,expected",
    [
        # "Menurutnya," before a quotation refers to the latest person
        ("Kepala BNPT Komjen Eddy Hartono menyebut radikalisasi kini sangat cepat. "
         "Menurutnya, “Dalam hitungan minggu seseorang bisa berubah total.”", ["Eddy Hartono"]),
        # nobody before it: still somebody's words, with no speaker
        ("Menurutnya, “Ancaman terbesar justru datang dari pelaku tunggal yang terpapar.”", [None]),
        # a name and a colon, no verb
        ("Ketua Umum PBNU Yahya Cholil Staquf: “Terorisme bukan ajaran agama mana pun.”", ["Yahya Cholil Staquf"]),
        # a lower-case role before the name still opens the sentence's subject
        ("Mantan narapidana terorisme Ali Fauzi berbagi pengalaman di depan para siswa. "
         "“Dulu saya merakit bom, sekarang saya merakit perdamaian,” ujarnya.", ["Ali Fauzi"]),
    ],
)
def test_quotes_attribution_before_the_quotation_without_a_verb(nlp, text, expected):
    assert [s for _, s, _ in _attributed(nlp, text)] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a chain of clauses saying where and when, places among them, before the verb
        ("Wakil Ketua Komisi I DPR, Utut Adianto, di Kompleks Parlemen Senayan, Jakarta, Rabu (12/6/2024), "
         "mengatakan, “TNI harus tetap netral dalam setiap pemilihan.”", ["Utut Adianto"]),
        ("Juru bicara Kementerian Luar Negeri China, Mao Ning, dalam konferensi pers rutin di Beijing, Senin (10/6), "
         "mengatakan, “China menentang segala bentuk terorisme.”", ["Mao Ning"]),
        # the attribution follows the quotation in a passive sentence
        ("“Sejak awal kami sudah curiga dengan gerak-gerik pelaku.” Demikian disampaikan Kapolsek Tambora "
         "Kompol Donald Simanjuntak, Senin.", ["Donald Simanjuntak"]),
        # a document restating the quotation names its author
        ("“Situasi di Intan Jaya sudah kondusif dan aktivitas warga kembali normal.” Demikian keterangan tertulis "
         "Penerangan Kodam XVII/Cenderawasih, Selasa (4/6).", ["Penerangan Kodam XVII/Cenderawasih"]),
        # a quotation split by a pronoun tag, the speaker named after it
        ("“Kalau mereka turun gunung,” katanya, “kami siap menyambut dengan pendekatan persuasif.” Hal itu "
         "disampaikan Danrem 132/Tadulako Brigjen TNI Farid Makruf di Palu.", ["Farid Makruf", "Farid Makruf"]),
    ],
)
def test_quotes_attribution_settings_and_later_speakers(nlp, text, expected):
    assert [s for _, s, _ in _attributed(nlp, text)] == expected


def test_quotes_attribution_a_similar_view_is_a_new_speaker(nlp):
    # "Hal senada diungkapkan X" introduces X's own view: the quotation before it stays the earlier speaker's
    text = ("Ketua Asosiasi Fintech Adrian Gunadi menilai aturan itu memberatkan. Dia menambahkan, industri sudah diawasi.\n\n"
            "“Kami hidup karena regulasi, tapi kami juga bisa mati karena regulasi.”\n\n"
            "Hal senada diungkapkan Direktur Investree Dickie Widjaja.")
    assert [s for _, s, _ in _attributed(nlp, text)] == ["Adrian Gunadi"]


def test_quotes_attribution_an_indefinite_source_refers_back_to_nobody(nlp):
    # "seorang sumber yang dekat dengan kelompok itu" is a new, unnamed source; "sumber itu" refers back to it
    text = ("Militer Israel menyatakan telah membunuh seorang komandan Hizbullah. Namun seorang sumber yang dekat "
            "dengan kelompok itu mengatakan kepada AFP bahwa komandan tersebut tewas bersama dua pengawalnya.\n\n"
            "“Ini tidak akan dibiarkan tanpa balasan,” kata sumber itu.")
    assert [anon for _, _, anon in _attributed(nlp, text)] == [True]


@pytest.mark.parametrize(
    "text,expected",
    [
        # an office in apposition after a ranked name is the role, not the speaker
        ("“Serangan itu direncanakan sejak lama,” kata Mayjen TNI Izak Pangemanan, Panglima Kodam "
         "XVII/Cenderawasih, di Jayapura.", [("Izak Pangemanan", "Panglima Kodam XVII/Cenderawasih")]),
        # an office between the role and the person: the person after it speaks
        ("“Semua ini berkat kerja keras,” ujar Asisten Deputi Pengembangan Pasar, Kementerian Pariwisata, "
         "Rizky Handayani.", [("Rizky Handayani", "Asisten Deputi Pengembangan Pasar")]),
        # a relative's role after the name
        ("“Anak saya hanya pergi ke pasar,” tutur Siti, ibu salah satu korban, sambil menangis.",
         [("Siti", "ibu salah satu korban")]),
    ],
)
def test_quotes_attribution_offices_in_apposition(nlp, text, expected):
    quotes = nlp(text)._.quotes
    assert [(q.speaker, q.speaker_role) for q in quotes] == expected


@pytest.mark.parametrize(
    "text,speaker",
    [
        ("Akun X @MilitaryWatch menulis, “Dua helikopter Rusia jatuh di dekat Bakhmut pagi ini.”", "@MilitaryWatch"),
        ("“Gerakan ini tidak ada hubungannya dengan agama,” tulis akun resmi kepolisian @DivHumas_Polri di X.",
         "@DivHumas_Polri"),
        # a statement speaks for its author
        ("“Serangan udara ini menargetkan infrastruktur militer Hizbullah,” demikian pernyataan militer Israel di X.",
         "militer Israel"),
    ],
)
def test_quotes_attribution_an_account_or_a_statement_speaks(nlp, text, speaker):
    assert [s for _, s, _ in _attributed(nlp, text)] == [speaker]


def test_quotes_attribution_a_short_quotation_claims_nothing(nlp):
    # "percaya" inside a three-word quotation is no claim verb with "Jangan" as its subject: the pronoun of the
    # next sentence is still the officer
    text = ("“Jangan percaya hoaks,” kata Kapolres Poso AKBP Rudy Hartono. Ia menambahkan, “Situasi aman "
            "terkendali.”")
    doc = nlp(text)
    assert [q.speaker for q in doc._.quotes] == ["Rudy Hartono", "Rudy Hartono"]
    assert [c.source for c in doc._.claims] == ["Rudy Hartono"]

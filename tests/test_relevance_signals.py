"""telik_relevance: articles and sentences about political violence kept, other senses of violent words rejected."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from spacy.tokens import Doc, Span
from spacy.util import filter_spans
from spacy.vocab import Vocab

from telik.errors import TelikError
from telik.nlp.relevance import signals as sig
from telik.nlp.relevance.component import longest_first

MATCH_REPORT = (
    "Persija Jakarta menang 2-1 atas Persib Bandung dalam laga lanjutan Liga 1 di Stadion Utama. "
    "Sejak menit awal tuan rumah bermain menyerang dan terus menggempur lini pertahanan lawan. "
    "Striker asing mereka menembak ke gawang pada menit ke-20, namun kiper lawan sigap. "
    "Tim tamu membalas lewat serangan balik cepat yang berbuah gol penyeimbang. "
    "Pelatih Persija mengaku puas karena timnya berhasil merebut posisi puncak klasemen."
)
HEALTH_NOTE = (
    "Kanker serviks menyerang bagian organ reproduksi wanita, tepatnya di leher rahim. "
    "Dokter menyarankan pemeriksaan rutin sejak usia muda. "
    "Olahraga teratur juga membantu tubuh membakar lemak dan kalori. "
    "Pola makan sehat dengan sayur dan buah menjaga sistem kekebalan tubuh. "
    "Penyakit ini bisa dicegah dengan vaksin."
)
ATTACK_REPORT = (
    "Kelompok kriminal bersenjata (KKB) menyerang pos TNI di Distrik Mbua, Kabupaten Nduga, pada Sabtu (5/3/2022). "
    "Dua prajurit gugur dalam kontak senjata yang berlangsung sekitar satu jam. "
    "Aparat keamanan gabungan TNI-Polri kini memburu para pelaku. "
    "Kapolda Papua mengatakan situasi di distrik itu sudah kembali kondusif. "
    "KKB pimpinan Egianus Kogoya disebut berada di balik serangan tersebut."
)


@pytest.mark.parametrize("text,domain", [(MATCH_REPORT, "sport"), (HEALTH_NOTE, "health")])
def test_relevance_other_news_has_no_events(nlp, text, domain):
    doc = nlp(text)
    assert doc._.relevance.relevant is False
    assert doc._.relevance.other[domain] > doc._.relevance.topic
    assert doc._.events == []


def test_relevance_attack_report_keeps_events_with_reasons(nlp):
    doc = nlp(ATTACK_REPORT)
    assert doc._.relevance.relevant is True
    ev = next(e for e in doc._.events if e.type == "ATTACK")
    assert ev.relevance[0].startswith("article about political violence")
    assert "kkb" in ev.relevance[1]


SHORT_REPORT = (
    "Penampungan pengungsi Rohingya di Sri Lanka diserang sekelompok biksu radikal. "
    "Akibat kejadian ini, pengungsi pun dievakuasi ke tempat yang lebih aman. "
    "Polisi mengatakan sedang memburu provokator aksi tersebut. "
    "Dalam rekaman, biksu itu menyebut para pengungsi teroris yang membunuh biksu di Myanmar. "
    "Sekitar 430 ribu warga Rohingya telah meninggalkan Rakhine untuk menghindari kekerasan."
)


def test_relevance_few_words_of_the_domain_suffice_without_other_news(nlp):
    doc = nlp(SHORT_REPORT)
    rel = doc._.relevance
    assert rel.topic < sig.get_signals().min_score and not rel.other  # below the bar, nothing else in the text
    assert rel.relevant is True
    assert "Penampungan pengungsi Rohingya" in doc._.events[0].evidence


@pytest.mark.parametrize(
    "text",
    [
        "Penyakit itu kerap menyerang sel darah putih penderita.",
        "Sensor utama 13MP mampu menangkap gambar berwarna dengan tajam.",
        "Latihan ini cepat membakar lemak di perut.",
        "Dua film itu sama-sama menguasai daftar nominasi festival tahun ini.",
        "Penyerang sayap itu kembali menembak ke arah gawang.",
        "Produsen ponsel kini terlibat perang harga di pasar Asia.",
        "Nelayan menangkap ikan saat air laut surut.",
        "Ledakan kompor gas di sebuah warung makan di Bogor melukai tiga orang, Kamis pagi.",
        "Sebuah trafo milik PLN tiba-tiba meledak dan membakar dua kios di Pasar Minggu.",
        "Hamas menolak kesepakatan yang membiarkan pendudukan melanjutkan agresinya di Gaza.",
        "Wabah DBD menyerang puluhan anak di Kabupaten Garut sejak awal bulan.",
        "Penyanyi itu dibombardir pertanyaan wartawan soal rencana pernikahannya.",
        "Ledakan jumlah pemudik membuat antrean di Pelabuhan Merak mengular hingga lima kilometer.",
        "Petugas melepaskan tembakan peringatan ke udara untuk membubarkan kerumunan di Makassar.",
        "Kampanye calon presiden itu menyerang kebijakan pemerintah soal impor beras.",
        "Fraksi oposisi membombardir menteri keuangan dengan pertanyaan soal utang negara dalam rapat DPR.",
        "Harimau sumatera menyerang seorang petani di Kabupaten Solok hingga tewas.",
        "Seorang nelayan tewas diterkam buaya saat mencari ikan di Sungai Mahakam.",
        # sport and esports: a score, an opponent, a track, a smash
        "Laga Persik kontra Arema berakhir dengan gencatan senjata 1-1 di Kediri.",
        "Penembak jitu tim esports itu menembak mati empat lawan dalam satu ronde.",
        "Pedro Acosta menyerang Brad Binder di tikungan terakhir Sirkuit Sepang.",
        "Pebulu tangkis muda itu menyerang dengan smash tajam sejak awal gim.",
        "Gencatan senjata antara kedua klub soal gaji pemain akhirnya tercapai.",
        "Juventus menginvasi markas Inter Milan dengan ribuan suporter.",
        # films, series and games
        "Aktor laga itu berperan sebagai tentara bayaran yang menyerang markas kartel di Meksiko.",
        "Dalam serial itu, kelompok teroris menyandera seluruh penumpang kereta cepat.",
        "Pemain dapat meluncurkan rudal dan mengebom pangkalan musuh dalam gim strategi itu.",
        "Penyanyi muda itu menculik perhatian juri lewat suaranya yang khas.",
        # technology, health, markets, politics
        "Rocket Lab meluncurkan roket Electron yang membawa satelit cuaca dari Selandia Baru.",
        "Demam berdarah kembali menyerang ratusan warga Kabupaten Bogor musim hujan ini.",
        "Nyamuk Aedes aegypti menyerang pada pagi dan sore hari.",
        "Rupiah diserang spekulan hingga menembus level 16.300 per dolar AS.",
        "Ribuan pembeli menyerbu pameran otomotif di Kemayoran sejak pagi.",
        "Bank itu menyandera ijazah karyawan yang mengundurkan diri sebelum kontrak habis.",
        "Massa pendukung calon wali kota membakar ban di depan kantor KPU.",
        "Wakil menteri itu diserang habis-habisan oleh anggota fraksi oposisi dalam rapat.",
        "Pemerintah menyerang praktik penyelundupan pakaian bekas dari luar negeri.",
        "Negosiasi kontrak pebalap itu dengan Yamaha berjalan alot.",
        "Polda Jawa Barat mengerahkan 4.000 personel untuk mengamankan laga Persib melawan Persija.",
        "BMKG memperingatkan potensi gelombang tinggi di perairan selatan Jawa.",
        "Proyek bendungan itu didanai pinjaman dari Bank Pembangunan Asia.",
        "Pabrik pupuk itu menerima pasokan gas dari lapangan Tangguh.",
        "Warga membakar lahan gambut untuk membuka kebun sawit di Ogan Komering Ilir.",
        "Kota Semarang digempur hujan deras sepanjang malam.",
        "Tim medis melakukan operasi besar-besaran untuk memisahkan bayi kembar siam.",
        "Penyanyi itu mendukung kelompok pemberontak dalam film terbarunya.",
        "Iran meluncurkan satelit cuaca menggunakan roket Simorgh.",
        "Wabah penyakit mulut dan kuku menyerang ribuan sapi di Jawa Timur.",
        "Warga mengamuk dan membakar mobil yang menabrak seorang anak hingga tewas.",
        "Seorang warga asing diduga dibunuh oleh dua rekannya di sebuah vila di Canggu.",
        "Ratusan warga membakar kantor camat karena kecewa dengan hasil pilkada.",
        # ordinary crime and accidents
        "Api membakar habis puluhan kios di Pasar Inpres Manado.",
        "Kawanan perampok menyerbu sebuah toko emas di Cianjur dan membawa kabur perhiasan.",
        "Seorang nenek dibunuh perampok yang menyatroni rumahnya di Klaten.",
        "Bintara itu menembak mati rekannya sesama polisi di asrama Polres.",
        "Ledakan di gudang amunisi itu diduga dipicu suhu panas.",
        "Tim Jibom Brimob meledakkan mortir peninggalan Jepang yang ditemukan di Morotai.",
    ],
)
def test_relevance_figurative_senses_make_no_event(nlp, text):
    doc = nlp(text)
    assert doc._.events == [], [(e.type, e.trigger) for e in doc._.events]


@pytest.mark.parametrize(
    "text,kind",
    [
        ("Macan Tamil menyerang pos militer Sri Lanka di Jaffna, menewaskan 12 tentara.", "ATTACK"),
        ("Militan menghujani pos tentara dengan tembakan mortir.", "ATTACK"),
        # the words of sport, crime, films and markets where they tell armed violence
        ("KKB menyerang pos TNI di Distrik Kiwirok, Pegunungan Bintang, Senin dini hari.", "ATTACK"),
        ("Bom meledak di pasar tradisional di Kota Maiduguri, menewaskan 12 orang.", "ATTACK"),
        ("Hamas meluncurkan roket ke arah Tel Aviv pada Sabtu pagi.", "ATTACK"),
        ("Militan Al-Shabaab menyerbu pangkalan militer di Somalia tengah dan menewaskan 20 tentara.", "ATTACK"),
        ("KKB membantai delapan pekerja tower di Beoga, Kabupaten Puncak.", "ATTACK"),
        ("Kelompok bersenjata menculik 20 siswa dari sebuah sekolah di Negara Bagian Kaduna.", "ATTACK"),
        ("Kelompok teroris MIT membunuh empat petani di Sigi.", "ATTACK"),
        ("Al-Shabaab meledakkan bom di pangkalan militer di Baidoa.", "ATTACK"),
        ("Pendukung ISIS menyerang gereja di Medan dengan pisau.", "ATTACK"),
        ("Orang tak dikenal melempar granat ke kantor polisi di Narathiwat.", "ATTACK"),
        ("Drone Ukraina menyerang kilang minyak di Ryazan dan memicu kebakaran besar.", "MILITARY_OPERATION"),
        ("Israel membantai 50 warga Gaza dalam serangan udara ke sekolah UNRWA.", "MILITARY_OPERATION"),
        ("Negosiasi gencatan senjata antara Israel dan Hamas di Kairo kembali buntu.", "TALKS"),
        ("Iran mendanai milisi Houthi di Yaman dengan jutaan dolar setiap tahun.", "SUPPORT"),
        ("Houthi menerima pasokan senjata dan drone dari Iran.", "SUPPORT"),
        ("Amerika Serikat memperingatkan warganya soal ancaman teror di Bali.", "WARNING"),
        ("TNI mengerahkan 500 prajurit untuk memburu KKB di Nduga.", "MILITARY_OPERATION"),
        ("Tentara Israel menggempur Khan Younis dengan artileri sepanjang malam.", "MILITARY_OPERATION"),
        ("Militan JNIM membakar sekolah dan menculik guru di Mali tengah.", "ATTACK"),
    ],
)
def test_relevance_senses_leave_armed_violence(nlp, text, kind):
    """An animal's name in a group's name, a flood of gunfire, the words of sport, crime and film in reports of armed
    violence: the senses do not take them."""
    doc = nlp(text)
    assert kind in [e.type for e in doc._.events]


@pytest.mark.parametrize(
    "text,word,domain",
    [
        ("Teh hijau mempercepat pembakaran lemak dalam tubuh.", "pembakaran", "food"),
        ("Arsenal membantai Sheffield United 6-0 di Stadion Emirates.", "membantai", "sport"),
        ("Tim Onic membantai lawannya dalam dua gim beruntun di babak playoff.", "membantai", "sport"),
        ("Dalam film itu, pasukan alien menyerang bumi dan menghancurkan kota Tokyo.", "menyerang", "entertainment"),
        ("Seorang buruh tega membunuh istrinya di Sidoarjo.", "membunuh", "crime"),
        ("Seorang petani membacok tetangganya karena masalah utang.", "membacok", "crime"),
        ("Kapal motor itu terbakar setelah ledakan di ruang mesin saat berlayar ke Ternate.", "ledakan", "accident"),
        ("Tersangka dijerat pasal pembunuhan dengan ancaman 15 tahun penjara.", "pembunuhan", "crime"),
        ("Pasukan Garuda harus puas dengan gencatan senjata 0-0 melawan Vietnam.", "senjata", "sport"),
    ],
)
def test_relevance_sense_is_found_where_the_trigger_stands(nlp, text, word, domain):
    """The sense holding a violent word says which news it belongs to, whether or not a trigger would have fired."""
    doc = nlp(text)
    at = doc.text.index(word)
    sense = doc._.relevance.sense_at(at, at + len(word))
    assert sense is not None and sense.domain == domain, sense


def test_relevance_off_topic_sentence_in_a_relevant_article(nlp):
    text = ATTACK_REPORT + " Sementara itu, di laga Liga 1 Persipura bermain menyerang dan mencetak gol lewat tendangan penalti."
    doc = nlp(text)
    s = text.index("Sementara itu")
    assert doc._.relevance.off_topic_sentence(s, len(text)) == "sport"
    assert all(e.start < s for e in doc._.events)


def test_relevance_bad_data_names_file_and_key(monkeypatch):
    real = sig.load_yaml

    def broken(path):  # type: ignore[no-untyped-def]
        data = real(path)
        if path == sig.SIGNALS:
            data["document"]["ratio"] = -1
        return data

    monkeypatch.setattr(sig, "load_yaml", broken)
    sig.get_signals.cache_clear()
    try:
        with pytest.raises(TelikError) as err:
            sig.get_signals()
        assert "relevance/signals.yaml" in str(err.value) and "document.ratio" in str(err.value)
    finally:
        sig.get_signals.cache_clear()


def test_relevance_word_in_two_domains_is_refused(monkeypatch):
    real = sig.load_yaml

    def twice(path):  # type: ignore[no-untyped-def]
        data = real(path)
        if path == sig.SIGNALS:
            data["other"]["sport"].append("teroris")
        return data

    monkeypatch.setattr(sig, "load_yaml", twice)
    sig.get_signals.cache_clear()
    try:
        with pytest.raises(TelikError, match="'teroris' is listed under both topic and sport"):
            sig.get_signals()
    finally:
        sig.get_signals.cache_clear()


@given(st.lists(st.tuples(st.integers(0, 5), st.integers(0, 12), st.integers(1, 4)), max_size=12))
def test_longest_first_is_spacys_filter_spans(found):
    """The matches kept on tuples are the spans `filter_spans` keeps, in the same order (keys included)."""
    doc = Doc(Vocab(), words=["w"] * 16)
    matches = [(key, start, start + length) for key, start, length in found]
    spans = filter_spans([Span(doc, s, e, label=key) for key, s, e in matches])
    assert longest_first(matches) == [(sp.label, sp.start, sp.end) for sp in spans]


def test_relevance_a_headline_is_no_sentence_of_a_short_report(nlp):
    # a three-sentence flash under its headline keeps the short-text rule: the headline is no told sentence
    text = ("Rudal Rusia Hantam Pusat Perbelanjaan di Kharkiv, 6 Tewas\n\nKYIV – Serangan rudal Rusia menghantam sebuah "
            "pusat perbelanjaan bahan bangunan di Kharkiv, Ukraina, Sabtu (25/5/2024) sore. Sedikitnya enam orang tewas "
            "dan puluhan lainnya terluka, kata Gubernur Kharkiv Oleh Synehubov. Kebakaran besar melanda gedung itu.")
    doc = nlp(text)
    assert doc._.relevance.relevant
    assert [e.type for e in doc._.events] == ["MILITARY_OPERATION"]


VENDOR_MURDER = (
    "Warga Kota Blitar geger dengan penemuan jasad seorang penjual bakso di kiosnya di Kelurahan Sananwetan. "
    "Korban ditemukan tewas oleh anaknya dengan luka di bagian leher. "
    "Polisi menduga korban dibunuh karena barang bukti sebilah parang ditemukan tidak jauh dari jasad korban. "
    "Tim Polres Blitar Kota masih melakukan olah tempat kejadian dan akan mengautopsi jenazah korban. "
    "Kapolres mengatakan pelaku masih dalam penyelidikan."
)


def test_relevance_weak_words_alone_are_a_crime_story(nlp):
    """Few points, all of weak words (polisi, korban, dibunuh, pelaku), and no strong one: a crime story; the same
    report with one strong word ("teroris") keeps the short path."""
    rel = nlp(VENDOR_MURDER)._.relevance
    assert sig.get_signals().clear_score <= rel.topic < sig.get_signals().min_score and rel.relevant is False
    told = VENDOR_MURDER.replace("Polisi menduga korban dibunuh", "Polisi menduga korban dibunuh kelompok teroris")
    assert nlp(told)._.relevance.relevant is True


def test_relevance_counts_a_title_the_text_does_not_open_with(nlp):
    """A record's `title` given apart from its body tells what the article is about, as a headline in the text
    does; a title the text opens with is counted once."""
    body = ("Petugas masih berjaga di sekitar lokasi kejadian di Jalan Trunojoyo, Kota Malang, Minggu (12/5/2024). "
            "Dua orang terluka dan dilarikan ke rumah sakit. Polisi menutup jalan itu hingga sore. "
            "Warga diminta menjauhi lokasi. Kapolresta mengatakan penyelidikan masih berlangsung.")
    title = "Bom Rakitan Meledak di Pos Polisi Malang, Densus 88 Turun Tangan"
    relevance = nlp.get_pipe("telik_relevance")
    doc = nlp(body)
    before = doc._.relevance.topic
    doc._.meta = {"title": title}
    relevance(doc)
    assert doc._.relevance.topic > before and doc._.relevance.relevant
    opened = nlp(title + "\n\n" + body)
    told = opened._.relevance.topic
    opened._.meta = {"title": title}
    relevance(opened)
    assert opened._.relevance.topic == told


# a weapon turned on the state's forces, an official or a party's office, told in weak words only: political violence
TRAFFIC_POLICE_KNIFED = (
    "Seorang pria menyerang anggota Polantas yang sedang mengatur lalu lintas di Simpang Lima, Semarang, dengan sebilah "
    "parang, Senin pagi. Korban mengalami luka di lengan kiri dan dilarikan ke rumah sakit. Pelaku langsung dilumpuhkan "
    "oleh petugas lain. Kapolrestabes Semarang mengatakan pelaku kini diperiksa di Mapolrestabes. Polisi belum "
    "mengetahui motif pelaku. Warga sekitar sempat panik saat kejadian."
)
PARTY_OFFICE_SHOT = (
    "Seorang pria menembaki kantor sebuah partai oposisi di Kota Bratislava, Slovakia, Minggu dini hari. Tidak ada "
    "korban jiwa, namun kaca jendela depan gedung itu hancur. Polisi Slovakia menangkap tersangka berusia 43 tahun di "
    "rumahnya beberapa jam kemudian. Tersangka dikenal aktif di forum daring yang menyebarkan kebencian terhadap "
    "politikus. Pemerintah meningkatkan pengamanan di kantor-kantor partai menjelang pemilu lokal. Sejumlah pemimpin "
    "partai mengecam serangan itu."
)
LAWMAKER_STABBED = (
    "Kepolisian Jepang menangkap seorang pria yang menusuk anggota parlemen di sebuah stasiun di Prefektur Saitama, "
    "Jumat sore. Politikus itu mengalami luka di lengan kanan dan dirawat di rumah sakit. Saksi mata mengatakan pelaku "
    "mendekat dari belakang saat anggota parlemen itu berpidato di depan pendukungnya. Pelaku, pria pengangguran "
    "berusia 38 tahun, langsung diamankan warga dan petugas. Polisi masih mendalami motif pelaku."
)

# the passive, its target first
GUARD_POST_SOLDIER_STABBED = (
    "Seorang anggota TNI yang sedang berjaga ditikam di depan pos penjagaan di Kota Sorong, Papua Barat Daya, Rabu "
    "malam. Korban mengalami luka di perut dan dirawat di rumah sakit. Pelaku kabur dengan sepeda motor. Warga yang "
    "melihat kejadian itu segera melapor ke kantor polisi terdekat. Polisi masih memburu pelaku."
)


@pytest.mark.parametrize(
    "text,trigger",
    [(TRAFFIC_POLICE_KNIFED, "menyerang"), (PARTY_OFFICE_SHOT, "menembaki"), (LAWMAKER_STABBED, "menusuk"),
     (GUARD_POST_SOLDIER_STABBED, "ditikam")],
)
def test_relevance_a_weapon_turned_on_the_state_is_decisive(nlp, text, trigger):
    """Weak words only (menyerang, menusuk, pelaku, polisi) yet the deed's target is the police, an official or a
    party's office: the decisive sense counts more than a strong word, and the attack is read."""
    doc = nlp(text)
    rel, signals = doc._.relevance, sig.get_signals()
    names = {s.name for s in signals.decisive}
    decisive = [h for h in rel.hits if h.phrase in names]
    assert rel.relevant and len(decisive) == 1 and rel.topic - signals.decisive_weight < signals.clear_score
    assert [e.trigger for e in doc._.events if e.type == "ATTACK"] == [trigger]


@pytest.mark.parametrize(
    "text",
    [
        # the same deeds in a robbery's or a debt's story: the crime's words make them no sign
        "Kawanan perampok menembaki polisi yang mengejar mereka setelah membobol sebuah toko emas di Kota Bekasi, Selasa "
        "siang. Seorang polisi terluka di lengan akibat terkena serempetan peluru. Polisi membalas tembakan dan "
        "melumpuhkan dua perampok. Dua pelaku lainnya kabur dengan membawa perhiasan senilai Rp 2 miliar. Kapolres "
        "Metro Bekasi mengatakan kawanan itu adalah residivis kasus pencurian dengan kekerasan. Petugas masih memburu "
        "pelaku yang melarikan diri.",
        "Seorang pengemudi ojek online tewas ditembak dua orang tak dikenal saat menunggu penumpang di kawasan Rungkut, "
        "Surabaya, Kamis malam. Polisi menduga motif penembakan terkait utang piutang. Dua selongsong peluru ditemukan "
        "di lokasi. Keluarga korban mengatakan korban sempat bertengkar dengan seseorang karena masalah uang. Polisi "
        "masih memburu kedua pelaku. Rekaman kamera pengawas sedang diperiksa penyidik.",
        # another sense of the words overlaps the match: a shooting contest, a drill, a speed bump
        "Sebanyak 120 atlet mengikuti kejuaraan menembak TNI-Polri di Lapangan Tembak Senayan, Jakarta, Sabtu. Lomba "
        "menembak prajurit dan polisi itu memperebutkan piala Panglima TNI. Tim Kostrad keluar sebagai juara umum. "
        "Panitia menyebut kejuaraan ini digelar setiap tahun untuk mempererat sinergi TNI dan Polri. Para pemenang "
        "menerima medali dan uang pembinaan.",
        "Prajurit Yonif 303 menjalani latihan menembak tentara musuh dalam simulasi pertempuran kota di Garut. Latihan "
        "ini melibatkan 400 personel dan berlangsung selama dua pekan. Komandan batalyon mengatakan latihan ini untuk "
        "meningkatkan kesiapan tempur. Prajurit juga dilatih menolong rekan yang terluka. Latihan ditutup dengan "
        "upacara pada Jumat.",
        "Seorang warga menusuk polisi tidur di depan rumahnya dengan linggis karena kesal jalan rusak. Ketua RT meminta "
        "warga tidak merusak fasilitas umum. Polisi tidur itu kini diperbaiki oleh pengurus kampung. Warga sepakat "
        "membangun ulang dengan aspal.",
    ],
)
def test_relevance_decisive_senses_are_no_sign_in_a_crime_story(nlp, text):
    """A robbery's or a debt's story, or another sense of the words: the decisive senses count for nothing."""
    doc = nlp(text)
    assert not doc._.relevance.relevant and doc._.events == []
    names = {s.name for s in sig.get_signals().decisive}
    assert not any(h.phrase in names for h in doc._.relevance.hits)


def test_relevance_decisive_sense_outside_the_other_news_is_refused(monkeypatch):
    real = sig.load_yaml

    def unknown(path):  # type: ignore[no-untyped-def]
        data = real(path)
        if path == sig.SENSES:
            data["decisive_unless"] = ["crimes"]
        return data

    monkeypatch.setattr(sig, "load_yaml", unknown)
    sig.get_signals.cache_clear()
    try:
        with pytest.raises(TelikError, match="decisive_unless: unknown"):
            sig.get_signals()
    finally:
        sig.get_signals.cache_clear()


def test_relevance_decisive_gate_words_are_the_patterns_edges():
    """A text is searched for decisive senses only when it holds a word each pattern may open and one it may close
    with; a pattern whose edge is not given as words (optional, or another attribute) turns the gate off."""
    from telik.nlp.relevance.component import _edge_words
    from telik.nlp.relevance.signals import Sense

    one = Sense("a", "topic", [{"LOWER": {"IN": ["menusuk", "menikam"]}}, {"LOWER": "polisi"}])
    two = Sense("b", "topic", [{"LOWER": "ditembak"}, {"LOWER": {"IN": ["otk"]}}])
    assert _edge_words((one, two)) == (frozenset({"menusuk", "menikam", "ditembak"}), frozenset({"polisi", "otk"}))
    loose = Sense("c", "topic", [{"LOWER": "menembak", "OP": "?"}, {"LOWER": "hakim"}])
    assert _edge_words((one, loose)) == ()
    shaped = Sense("d", "topic", [{"IS_DIGIT": True}, {"LOWER": "hakim"}])
    assert _edge_words((shaped,)) == ()

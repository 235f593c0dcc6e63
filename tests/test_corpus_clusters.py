"""One real-world event across documents: merge tables and cluster ids."""
from __future__ import annotations

import copy
import re

import pytest

from telik.corpus import relations
from telik.corpus.clusters import (
    build_mentions,
    candidate_pairs,
    cluster_events,
    index_keys,
    link_events,
    pair_evidence,
    pair_score,
    probe_keys,
)
from telik.model import DocResult, EntityMention

from test_corpus_fakes import FakeGazetteer, doc, event

MERGE = [
    # same day, venue inside the city, a branch of the group
    (event(date="2024-03-22", location="Moskow", actors=["ISIS-K"]),
     event(date="2024-03-22", location="Crocus City Hall", actors=["Islamic State"]), True),
    # month-precision date compatible with a day in it; city nested in its country
    (event(date="2024-01", location="Iran"), event(date="2024-01-03", location="Kerman", actors=["ISIS-K"]), True),
    # yearless day meets the same day with a year
    (event(date="--03-22", location="Crocus City Hall"), event(date="2024-03-22", location="Moskow"), True),
    # same day, different countries
    (event(date="2024-03-22", location="Kabul"), event(date="2024-03-22", location="Moskow"), False),
    # different days
    (event(date="2024-03-22", location="Moskow"), event(date="2024-03-23", location="Moskow"), False),
    # different types
    (event("ARREST", date="2024-01", location="Iran"), event(date="2024-01", location="Iran"), False),
    # same day, but groups the gazetteer knows apart and no place to agree on
    (event(date="2024-03-22", actors=["Taliban"]), event(date="2024-03-22", actors=["ISIS-K"]), False),
    # month only, nothing else in common
    (event(date="2024-01"), event(date="2024-01-03"), False),
    # only the year, with place and actors agreeing
    (event(date="2017", location="Iran", actors=["ISIS"]), event(date="2017", location="Iran", actors=["Islamic State"]), True),
    # no date on one side
    (event(date=None, location="Moskow"), event(date="2024-03-22", location="Moskow"), False),
    # same day in two cities of one country
    (event(date="2024-01-03", location="Kerman"), event(date="2024-01-03", location="Teheran"), False),
    # ... even when the group and the words agree: two arrests of one network in two towns
    (event("ARREST", date="2024-05-08", location="Bekasi", actors=["ISIS"]),
     event("ARREST", date="2024-05-08", location="Sukoharjo", actors=["Negara Islam"]), False),
    # same day and group, districts of two regencies of one province (neither has a point of its own)
    (event(date="2024-04-16", location="Gome", actors=["KKB"]),
     event(date="2024-04-16", location="Hitadipa", actors=["TPNPB-OPM"]), False),
    # ... and a district with its regency named alone
    (event(date="2024-04-16", location="Gome", actors=["KKB"]),
     event(date="2024-04-16", location="Puncak", actors=["TPNPB-OPM"]), True),
    # a district the gazetteer does not know lies at the point of the town in its name, near the city
    (event("ARREST", date="2024-05-08", location="Kecamatan Cikarang Utara", actors=["ISIS"]),
     event("ARREST", date="2024-05-08", location="Bekasi", actors=["Negara Islam"]), True),
    # one strike told as an army's operation by one outlet and as an attack by another that names no actor
    (event("MILITARY_OPERATION", date="2024-11-05", location="Kerman", actors=["Taliban"], killed=12),
     event(date="2024-11-05", location="Kerman", killed=12), True),
    # ... but not with tolls far apart (an air strike killing seven, a roadside bomb killing three soldiers)
    (event("MILITARY_OPERATION", date="2025-07-08", location="Kerman", killed=7),
     event(date="2025-07-08", location="Kerman", killed=3), False),
    # ... nor with two sides named, as a same-typed pair of this evidence would
    (event("MILITARY_OPERATION", date="2024-11-05", location="Kerman", actors=["Taliban"]),
     event(date="2024-11-05", location="Kerman", actors=["ISIS-K"]), False),
    # ... nor when the operation is a pursuit after the attack, in its place
    (event("MILITARY_OPERATION", date="2024-12-10", location="Kerman", trigger="memburu"),
     event(date="2024-12-10", location="Kerman", actors=["ISIS-K"]), False),
    # a market and a power plant struck in one city on one day by one side are two strikes
    (event("MILITARY_OPERATION", date="2024-09-01", location="Kerman", actors=["Taliban"], targets=["pasar tradisional"]),
     event("MILITARY_OPERATION", date="2024-09-01", location="Kerman", actors=["Taliban"],
           targets=["pembangkit listrik tenaga panas"]), False),
    # ... whether the site is a target or names the venue; one site told with two words of its kind is one
    (event(date="2024-09-01", location="Pasar Kerman"), event(date="2024-09-01", location="Kerman",
                                                             targets=["gardu listrik"]), False),
    (event(date="2024-09-01", location="Kerman", targets=["pusat perbelanjaan"]),
     event(date="2024-09-01", location="Kerman", targets=["pasar"]), True),
    # two venues the gazetteer lacks, in one town and of one kind, are one site ("Mapolsek X", "Pos Polisi X")
    (event(date="2024-12-10", location="Mapolsek Gome"), event(date="2024-12-10", location="Pos Polisi Gome"), True),
    (event(date="2024-12-10", location="Mapolsek Gome"), event(date="2024-12-10", location="Masjid Gome"), False),
]


@pytest.mark.parametrize("a,b,merged", MERGE)
def test_corpus_clusters_merge_table(gazetteer, a, b, merged):
    docs = [doc("d1", events=[a]), doc("d2", events=[b])]
    cluster_events(docs)
    assert (a.cluster == b.cluster) is merged
    assert a.cluster and b.cluster and a.cluster.startswith("evt-")


@pytest.mark.parametrize("a,b,merged", MERGE)
@pytest.mark.parametrize("similarity", [0.0, 0.19, 0.2, 0.6])
def test_corpus_clusters_pair_score_is_the_evidence_with_the_similarity(gazetteer, a, b, merged, similarity):
    m, n = build_mentions([doc("d1", events=[a]), doc("d2", events=[b])])
    evidence = pair_evidence(m, n)
    score = pair_score(m, n, similarity)
    if evidence is None:
        assert score is None
    else:
        points, alike = evidence
        assert score == (None if alike and similarity < 0.2 else points + (1.0 if similarity >= 0.2 else 0.0))
    assert (score is not None and score >= 2.0) is merged or similarity >= 0.2


def test_corpus_clusters_kept_evidence_holds_for_untouched_documents_only(gazetteer):
    a, b = event(date="2024-01-03", location="Kerman"), event(date="2024-01-03", location="Kerman")
    docs = [doc("d1", events=[a]), doc("d2", events=[b])]
    known: dict[tuple[int, int, int, int], tuple[float, bool] | None] = {}
    link_events(docs, known=known)
    assert a.cluster == b.cluster and known
    b.location = "Gedung Iran"  # a venue placed only by its country, and nothing else agrees: two events
    link_events(docs, known=dict(known))
    assert a.cluster == b.cluster  # the kept evidence was read: the second document was not said to change
    link_events(docs, known=known, touched={1})
    assert a.cluster != b.cluster
    assert link_events(docs).dates.keys() == link_events(docs, known=known, touched={1}).dates.keys()


def test_corpus_clusters_two_events_two_documents(gazetteer):
    a1 = event(date="2024-03-22", location="Moskow", actors=["ISIS-K"], start=0)
    a2 = event(date="2024-01", location="Iran", start=50)
    b1 = event(date="2024-03-22", location="Crocus City Hall", actors=["Islamic State"], start=0)
    b2 = event(date="2024-01-03", location="Kerman", start=40)
    b3 = event(date="2022", location="Iran", start=90, killed=13)
    docs = [doc("a", events=[a1, a2]), doc("b", events=[b1, b2, b3])]
    cluster_events(docs)
    assert a1.cluster == b1.cluster
    assert a2.cluster == b2.cluster
    assert len({a1.cluster, a2.cluster, b3.cluster}) == 3


def test_corpus_clusters_no_chaining_through_a_coarse_date(gazetteer):
    year = event(date="2024", location="Moskow", actors=["ISIS-K"], start=0)
    day1 = event(date="2024-03-22", location="Moskow", actors=["ISIS-K"], start=20)
    day2 = event(date="2024-05-01", location="Moskow", actors=["ISIS-K"], start=40)
    docs = [doc("a", events=[year]), doc("b", events=[day1]), doc("c", events=[day2])]
    cluster_events(docs)
    assert day1.cluster != day2.cluster


def test_corpus_clusters_ids_are_deterministic(gazetteer):
    def run():
        docs = [doc("a", events=[event(date="2024-03-22", location="Moskow")]),
                doc("b", events=[event(date="2024-03-22", location="Crocus City Hall")])]
        cluster_events(docs)
        return [e.cluster for d in docs for e in d.events]

    assert run() == run()


def test_corpus_clusters_copies_share_undated_events(gazetteer):
    a = event(date=None, location="Aleppo")
    b = event(date=None, location="Aleppo")
    docs = [doc("a", events=[a]), doc("b", events=[b])]
    cluster_events(docs, groups=[0, 0])
    assert a.cluster == b.cluster


@pytest.mark.parametrize("place,merged", [("Iran", True), ("Kabul", False)])
def test_corpus_clusters_place_named_in_the_sentence_of_an_unlocated_event(gazetteer, place, merged):
    text = f"AS memperingatkan {place} sebelum pemboman ganda pada bulan Januari."
    start = text.index(place)
    unlocated = event(date="2024-01", start=0)
    unlocated.end = len(text)
    a = doc("a", text, [unlocated], entities=[EntityMention(place, "GPE", start, start + len(place), "")])
    b = doc("b", events=[event(date="2024-01-03", location="Kerman")])
    cluster_events([a, b])
    assert (a.events[0].cluster == b.events[0].cluster) is merged


@pytest.mark.parametrize("located,merged", [("Kerman", True), ("Iran", False)])
def test_corpus_clusters_country_named_beside_an_unlocated_event_meets_no_country(gazetteer, located, merged):
    """A country named in the sentence of an unlocated event nests a city of it, but two events told only by their
    country are two of the many a month holds (as two events placed only in one country are)."""
    text = "AS memperingatkan Iran sebelum pemboman ganda pada bulan Januari."
    unlocated = event(date="2024-01", start=0)
    unlocated.end = len(text)
    a = doc("a", text, [unlocated], entities=[EntityMention("Iran", "GPE", 18, 22, "")])
    b = doc("b", events=[event(date="2024-01-03", location=located)])
    cluster_events([a, b])
    assert (a.events[0].cluster == b.events[0].cluster) is merged


def test_corpus_clusters_no_chaining_across_places_apart(gazetteer):
    """A report the gazetteer cannot place, linked by its group to reports of two cities apart on one day, joins
    one of them: the two cities' events never become one."""
    kerman = event(date="2024-01-03", location="Kerman", actors=["ISIS"])
    unplaced = event(date="2024-01-03", location="Desa Qanat", actors=["Negara Islam"])
    teheran = event(date="2024-01-03", location="Teheran", actors=["Islamic State"])
    docs = [doc("a", events=[kerman]), doc("b", events=[unplaced]), doc("c", events=[teheran])]
    cluster_events(docs)
    assert kerman.cluster != teheran.cluster
    assert unplaced.cluster in (kerman.cluster, teheran.cluster)


@pytest.mark.parametrize("place,merged", [("Sukoharjo", False), ("Bekasi", True)])
def test_corpus_clusters_unlocated_event_naming_another_place(gazetteer, place, merged):
    """An event without a location whose sentence names only a place apart from the other's is another event."""
    text = "Warga Cikarang kaget tetangganya ditangkap Densus 88."
    unlocated = event("ARREST", date="2024-05-08", actors=["ISIS"])
    unlocated.end = len(text)
    a = doc("a", text, [unlocated], entities=[EntityMention("Cikarang", "GPE", 6, 14, "")])
    b = doc("b", events=[event("ARREST", date="2024-05-08", location=place, actors=["ISIS"])])
    cluster_events([a, b])
    assert (a.events[0].cluster == b.events[0].cluster) is merged


@pytest.mark.parametrize("named,merged", [("Kerman", True), ("Teheran", False)])
def test_corpus_clusters_place_chain_in_the_sentence(gazetteer, named, merged):
    """A village the gazetteer lacks, written with the city holding it, meets a report naming only the city."""
    text = f"Serangan di Desa Bilogai, {named}, Senin."
    located = event(date="2024-05-13", location="Desa Bilogai")
    located.end = len(text)
    start = text.index(named)
    a = doc("a", text, [located], entities=[EntityMention(named, "GPE", start, start + len(named), "")])
    b = doc("b", events=[event(date="2024-05-13", location="Kerman")])
    cluster_events([a, b])
    assert (a.events[0].cluster == b.events[0].cluster) is merged


@pytest.mark.parametrize("places,merged", [
    ("Desa Bilogai, Kerman", True),
    ("Desa Bilogai dan Kerman", False),
    ("Desa Bilogai, Kerman, dan Teheran", False),  # a list of places is no chain
])
def test_corpus_clusters_place_chain_elsewhere_in_the_report(gazetteer, places, merged):
    """A report placing the event in a city wrote the chain "Desa Bilogai, Kerman" in a sentence the event was not
    read from: a report placing it in the village tells of the same place."""
    lead = f"Bom meledak di {places}, Rabu."
    text = lead + " Serangan di Kerman itu diklaim ISIS."
    located = event(date="2024-01-03", location="Kerman", start=len(lead) + 1)
    located.end = len(text)
    ents = [EntityMention(m.group(0), "GPE", m.start(), m.end(), "")
            for m in re.finditer("Desa Bilogai|Kerman|Teheran", text)]
    a = doc("a", text, [located], entities=ents)
    b = doc("b", events=[event(date="2024-01-03", location="Desa Bilogai")])
    cluster_events([a, b])
    assert (a.events[0].cluster == b.events[0].cluster) is merged


def _sweep(listed: str, location: str) -> DocResult:
    """A report of one Densus 88 sweep told in the places of `listed`, placed at `location`."""
    text = f"Densus 88 menangkap tujuh terduga teroris di {listed}, Selasa."
    ents = [EntityMention(m.group(0), "GPE", m.start(), m.end(), "")
            for m in re.finditer("Sukoharjo|Bekasi|Mulia|Kerman", text)]
    wide = event("ARREST", date="2024-05-21", location=location, actors=["ISIS"])
    wide.end = len(text)
    return doc("a", text, [wide], entities=ents)


@pytest.mark.parametrize("listed,location,merged", [
    ("Sukoharjo dan Bekasi", "Sukoharjo", True),  # the other's place is one of the list
    ("Sukoharjo, Mulia, dan Bekasi", "Sukoharjo", True),
    ("Sukoharjo dan Mulia", "Sukoharjo", False),  # none is
    ("Sukoharjo, Bekasi", "Sukoharjo", False),  # a chain is no list: Bekasi is not where the event is
    ("Sukoharjo dan Bekasi", "Mulia", False),  # a list without the event's place names other places
])
def test_corpus_clusters_one_operation_listed_in_several_places(gazetteer, listed, location, merged):
    """One sweep told "di Sukoharjo dan Bekasi" by one outlet (placed at its first town) and "di Bekasi" by another:
    a place named in both is the event's, and the town only one of them names does not set them apart."""
    a = _sweep(listed, location)
    b = doc("b", events=[event("ARREST", date="2024-05-21", location="Bekasi", actors=["Negara Islam"])])
    cluster_events([a, b])
    assert (a.events[0].cluster == b.events[0].cluster) is merged


def test_corpus_clusters_listed_places_are_not_apart_in_their_cluster(gazetteer):
    """Reports placing the sweep at two of its towns join the report listing both; two towns apart still part
    reports of one day when no report lists them together, and a listed town does not join another country's."""
    a = _sweep("Sukoharjo dan Bekasi", "Sukoharjo")
    b = doc("b", events=[event("ARREST", date="2024-05-21", location="Bekasi", actors=["Negara Islam"])])
    c = doc("c", events=[event("ARREST", date="2024-05-21", location="Sukoharjo", actors=["ISIS"])])
    d = doc("d", events=[event("ARREST", date="2024-05-21", location="Kerman", actors=["ISIS"])])
    cluster_events([a, b, c, d])
    assert len({x.events[0].cluster for x in (a, b, c)}) == 1 and d.events[0].cluster != a.events[0].cluster
    b2, c2 = copy.deepcopy(b), copy.deepcopy(c)
    cluster_events([b2, c2])
    assert b2.events[0].cluster != c2.events[0].cluster


@pytest.mark.parametrize("named,merged", [("Teheran", False), ("Kerman", True)])
def test_corpus_clusters_unknown_place_apart_by_the_places_its_sentence_names(gazetteer, named, merged):
    """A district the gazetteer lacks, written with the city holding it ("di Kecamatan Biringkanaya, Makassar"), is
    no place of a city apart from that one: two arrests by one unit on one day in two cities stay two."""
    text = f"Densus 88 menangkap dua orang di Kecamatan Biringkanaya, {named}, Rabu."
    located = event("ARREST", date="2024-05-08", location="Kecamatan Biringkanaya", actors=["ISIS"])
    located.end = len(text)
    start = text.index(named)
    a = doc("a", text, [located], entities=[EntityMention(named, "GPE", start, start + len(named), "")])
    b = doc("b", events=[event("ARREST", date="2024-05-08", location="Kerman", actors=["Negara Islam"])])
    cluster_events([a, b])
    assert (a.events[0].cluster == b.events[0].cluster) is merged


@pytest.mark.parametrize("hint,merged", [("Gome", True), ("Hitadipa", False)])
def test_corpus_clusters_unlocated_event_naming_a_link_of_the_other_chain(gazetteer, hint, merged):
    """A report that names only the district ("warga Gome mengungsi setelah penembakan") meets the report placing the
    shooting in a village the gazetteer lacks, written with that district ("di Kampung Kago, Distrik Gome")."""
    text = "Tukang ojek ditembak di Kampung Kago, Distrik Gome, Senin."
    located = event(date="2024-06-03", location="Kampung Kago", actors=["KKB"])
    located.end = len(text)
    start = text.index("Distrik Gome")
    a = doc("a", text, [located], entities=[EntityMention("Distrik Gome", "GPE", start, start + 12, "")])
    told = f"Warga {hint} mengungsi setelah penembakan."
    unlocated = event(date="2024-06-03")
    unlocated.end = len(told)
    b = doc("b", told, [unlocated], entities=[EntityMention(hint, "GPE", 6, 6 + len(hint), "")])
    cluster_events([a, b])
    assert (a.events[0].cluster == b.events[0].cluster) is merged


def test_corpus_clusters_country_in_the_sentence_nests_nothing(gazetteer):
    """A country named beside an unknown place is as often the actor ("Iran menangkap ...") as the place."""
    text = "Iran memulangkan paksa pengungsi dari Kamp Kutupalong."
    located = event(date="2024-05-13", location="Kamp Kutupalong")
    located.end = len(text)
    a = doc("a", text, [located], entities=[EntityMention("Iran", "GPE", 0, 4, "")])
    b = doc("b", events=[event(date="2024-05-13", location="Iran")])
    cluster_events([a, b])
    assert a.events[0].cluster != b.events[0].cluster


def test_corpus_clusters_region_code_names_its_country(gazetteer):
    """A region's ISO 3166-2 code ("MY-01") is its country's ("my"): Johor is not foreign to a town in it."""
    johor, town = relations.resolve("Johor"), relations.resolve("Ulu Tiram")
    assert johor.country == "my"
    assert relations.place_relation(johor, town) == relations.UNKNOWN


@pytest.mark.parametrize("a,b,relation", [
    ("Puncak", "Intan Jaya", relations.DISTINCT),  # two regencies, though neither has a point of its own
    ("Distrik Gome, Puncak", "Intan Jaya", relations.DISTINCT),  # a venue keeps the regency of the place it names
    ("Papua Tengah", "Papua Pegunungan", relations.DISTINCT),  # two provinces, neither holding the other
    ("Puncak Jaya", "Mulia", relations.UNKNOWN),  # a town 270 km from the capital of the regency's province
    ("Puncak", "Nduga", relations.DISTINCT),  # regencies of two provinces
    ("Puncak", "Dekai", relations.DISTINCT),  # a town further from the province's capital than a province reaches
    ("Papua Tengah", "Puncak", relations.NESTED),
    ("Distrik Ilaga, Puncak", "Nduga", relations.DISTINCT),  # a venue keeps the province of the place it names
])
def test_corpus_clusters_regency_lies_at_no_point_of_its_province(gazetteer, a, b, relation):
    """A regency the gazetteer gives only its province's point (`near`) is no place at that point: it is apart from
    the places of other provinces and from towns beyond a province's reach."""
    assert relations.place_relation(relations.resolve(a), relations.resolve(b)) == relation
    assert relations.place_relation(relations.resolve(b), relations.resolve(a)) == relation


@pytest.mark.parametrize("a,b,relation", [
    ("Cikarang", "Bekasi", relations.NESTED),  # 18 km from a city of 2.6 million: in its reach
    ("Kecamatan Cikarang Utara", "Bekasi", relations.NESTED),  # a venue at the point of the town in its name
    ("Jabalia", "Kota Gaza", relations.NESTED),  # 3 km from a city of 410,000
    ("Khan Younis", "Kota Gaza", relations.DISTINCT),  # 23 km: beyond the reach of a city of 410,000
    ("Nuseirat", "Khan Younis", relations.DISTINCT),  # 15 km: beyond the 8 km of a town of 170,000
    ("Khan Younis", "Rafah", relations.DISTINCT),  # 8 km apart, but towns of like size
    ("Maghazi", "Nuseirat", relations.DISTINCT),  # a camp at Deir al-Balah's point: a town of like size
])
def test_corpus_clusters_a_town_reaches_by_its_size(gazetteer, a, b, relation):
    """A town is one place with a larger one only within the larger's reach, which grows with its population; the
    close towns of Gaza are as many places (a strike on Khan Younis and one on Nuseirat on one day are two)."""
    assert relations.place_relation(relations.resolve(a), relations.resolve(b)) == relation
    assert relations.place_relation(relations.resolve(b), relations.resolve(a)) == relation


@pytest.mark.parametrize("a,b,relation", [
    ("Israel", "IDF", relations.SAME),  # a state's force acts for it
    ("Rusia", "Moskow", relations.SAME),  # a capital stands for its government
    ("Israel", "Hamas", relations.DISTINCT),
    ("Palestina", "Hamas", relations.DISTINCT),  # an armed group is no part of the country it is based in
])
def test_corpus_clusters_state_and_its_forces_are_one_side(gazetteer, a, b, relation):
    assert relations.actors_relation([relations.resolve(a)], [relations.resolve(b)]) == relation


def test_corpus_clusters_venue_of_a_country_is_broad(gazetteer):
    """A venue placed only by its country's name is nowhere more precise: no city of that country is apart from it."""
    venue = relations.resolve("Gedung Iran")
    assert venue.broad and venue.coords is None
    assert relations.place_relation(venue, relations.resolve("Teheran")) == relations.UNKNOWN
    assert relations.place_relation(relations.resolve("Pasar Sukoharjo"), relations.resolve("Bekasi")) == relations.DISTINCT


@pytest.mark.parametrize("a,b,merged", [
    (event("ARREST", date="2024-01", location="Iran", start=0), event("ARREST", date="2024-01-19", location="Iran", start=50), False),
    (event(date="--03-22", location="Crocus City Hall", start=0), event(date="--03-22", location="Moskow", start=50), True),
])
def test_corpus_clusters_same_document_needs_more(gazetteer, a, b, merged):
    cluster_events([doc("d", events=[a, b])])
    assert (a.cluster == b.cluster) is merged


def _somalia(fake: FakeGazetteer) -> None:
    """Add the places and the group of a Mogadishu hotel siege to the hand-made gazetteer."""
    from test_corpus_fakes import Entry

    for e in (Entry("somalia", "GPE", "Somalia", [], "SO", kind="countries"),
              Entry("mogadishu", "GPE", "Mogadishu", [], "SO", lat=2.04, lon=45.34, kind="cities"),
              Entry("hotel_bandar_nuur", "FAC", "Hotel Bandar Nuur", [], "SO", near="mogadishu", kind="places"),
              Entry("al_shabaab", "ORG", "Al-Shabaab", ["Al Shabaab"], kind="armed_groups"),
              Entry("antara", "ORG", "ANTARA", [], kind="media")):
        for key in (e.canonical, e.name, *e.aliases):
            fake.index[key.lower()] = e
    relations.clear_cache()


def _report(id_: str, sentence: str, date: str, location: str | None, actors: list[str],
            names: list[tuple[str, str]], killed: int | None = None) -> tuple:
    """A one-event document credited to ANTARA whose sentence names `names` (text, label) as entities."""
    ev = event(date=date, location=location, actors=actors, killed=killed)
    ev.evidence, ev.end = sentence, len(sentence)
    ents = [EntityMention(t, label, sentence.index(t), sentence.index(t) + len(t), "") for t, label in names]
    return doc(id_, sentence, [ev], entities=ents, wire=["ANTARA"]), ev


EARLY = "Kelompok militan Al-Shabaab menyerbu sebuah hotel di Mogadishu, sedikitnya 12 orang tewas."
LATER = "Mogadishu (ANTARA) - Korban tewas akibat serangan kelompok Al-Shabaab terhadap sebuah hotel bertambah."


@pytest.mark.parametrize("later_date,later_location,later_names,merged", [
    # dated by the day officials gave the new toll, two days on; the group is named in its sentence
    ("2024-06-16", "Mogadishu", [("ANTARA", "ORG"), ("Al-Shabaab", "ORG")], True),
    # the venue inside the city
    ("2024-06-15", "Hotel Bandar Nuur", [("Al-Shabaab", "ORG")], True),
    # three days apart is another attack
    ("2024-06-17", "Mogadishu", [("Al-Shabaab", "ORG")], False),
    # near days need a group too: the wire credit is not one
    ("2024-06-16", "Mogadishu", [("ANTARA", "ORG")], False),
    # near days need a place that agrees
    ("2024-06-16", None, [("Al-Shabaab", "ORG")], False),
])
def test_corpus_clusters_near_days_merge_a_rising_toll(gazetteer, later_date, later_location, later_names, merged):
    _somalia(gazetteer)
    a, early = _report("awal", EARLY, "2024-06-14", "Mogadishu", ["Al-Shabaab"], [("Al-Shabaab", "ORG")])
    b, later = _report("lanjut", LATER, later_date, later_location, [], later_names)
    dates = cluster_events([a, b])
    assert (early.cluster == later.cluster) is merged
    if merged:
        assert dates[early.cluster].iso() == "2024-06-14"


def test_corpus_clusters_rising_toll_is_reported_with_both_values(gazetteer):
    from telik.corpus.analyze import analyze_corpus

    _somalia(gazetteer)
    a, early = _report("awal", EARLY, "2024-06-14", "Mogadishu", ["Al-Shabaab"], [("Al-Shabaab", "ORG")],
                       killed=12)
    b, _ = _report("lanjut", LATER, "2024-06-16", "Mogadishu", [], [("Al-Shabaab", "ORG")], killed=21)
    a.published, b.published = "2024-06-15", "2024-06-16"
    conflicts = [c for c in analyze_corpus([a, b]) if c.field == "killed"]
    assert [(c.cluster, c.values, c.kind, c.best) for c in conflicts] == [(early.cluster, [12, 21], "rising", 21)]


@pytest.mark.parametrize("a,b,merged", [
    # the same day and type, but nothing concrete in common
    (event(date="2024-03-22"), event(date="2024-03-22"), False),
    # the same day in the same country: a country is too large to be one place
    (event(date="2024-03-22", location="Iran"), event(date="2024-03-22", location="Iran"), False),
    # the same country and a group in common
    (event(date="2024-03-22", location="Iran", actors=["ISIS"]), event(date="2024-03-22", location="Iran", actors=["IS"]),
     True),
    # the same day, a group and its branch, no place
    (event(date="2024-03-22", actors=["ISIS-K"]), event(date="2024-03-22", actors=["Islamic State"]), True),
])
def test_corpus_clusters_a_shared_day_alone_never_merges(gazetteer, a, b, merged):
    cluster_events([doc("d1", events=[a]), doc("d2", events=[b])])
    assert (a.cluster == b.cluster) is merged


def test_corpus_clusters_candidate_pairs_stay_few_on_a_busy_day(gazetteer):
    from telik.corpus.clusters import build_mentions, candidate_pairs

    docs = [doc(f"d{i}", events=[event(date="2024-03-22", location=f"Desa {i}")]) for i in range(300)]
    docs += [doc("m1", events=[event(date="2024-03-22", location="Moskow")]),
             doc("m2", events=[event(date="2024-03-23", location="Crocus City Hall")])]
    pairs = candidate_pairs(build_mentions(docs))
    assert pairs == {(300, 301)}


@pytest.mark.parametrize("published,actors,merged", [
    # reported two days later, same city and group: the report of that event
    ("2024-03-24", ["Islamic State"], True),
    # the same, but only the place agrees: not enough without a date of its own
    ("2024-03-24", [], False),
    # the report came out before the event: another event
    ("2024-03-20", ["Islamic State"], False),
    # the report came out weeks later: too far to tell
    ("2024-04-20", ["Islamic State"], False),
])
def test_corpus_clusters_undated_report_meets_dated_event(gazetteer, published, actors, merged):
    dated = event(date="2024-03-22", location="Moskow", actors=["ISIS-K"])
    undated = event(date=None, location="Moskow", actors=actors)
    dates = cluster_events([doc("d1", events=[dated]), doc("d2", events=[undated], published=published)])
    assert (dated.cluster == undated.cluster) is merged
    assert dates[dated.cluster].iso() == "2024-03-22"  # the report's own date never dates the event


def test_corpus_clusters_unlike_sites_stay_apart_across_a_cluster(gazetteer):
    """A report of one strike that names no site links the market's reports and the power plant's on one day in one
    city; the two strikes still never join."""
    market = event("MILITARY_OPERATION", date="2024-09-01", location="Kerman", actors=["Taliban"], targets=["pasar"])
    plant = event("MILITARY_OPERATION", date="2024-09-01", location="Kerman", actors=["Taliban"],
                  targets=["pembangkit listrik"])
    bare = event("MILITARY_OPERATION", date="2024-09-01", location="Kerman", actors=["Taliban"], targets=["warga"])
    cluster_events([doc("d1", events=[market]), doc("d2", events=[plant]), doc("d3", events=[bare])])
    assert market.cluster != plant.cluster and bare.cluster in (market.cluster, plant.cluster)


def test_corpus_clusters_kin_types_meet_in_the_same_blocks(gazetteer):
    """An attack and an operation are compared (one strike typed two ways), never two events of one report."""
    a = event("MILITARY_OPERATION", date="2024-11-05", location="Kerman", killed=12)
    b = event(date="2024-11-05", location="Kerman", killed=12, start=50)
    assert candidate_pairs(build_mentions([doc("d1", events=[a]), doc("d2", events=[b])])) == {(0, 1)}
    cluster_events([doc("d", events=[a, b])])
    assert a.cluster != b.cluster


def test_corpus_clusters_unknown_venues_with_shared_words_meet(gazetteer):
    a = event(date="2021-03-28", location="Gereja Katedral Makassar")
    b = event(date="2021-03-28", location="Gereja Katolik Katedral")
    c = event(date="2021-03-28", location="Gereja Sion")
    cluster_events([doc("d1", events=[a]), doc("d2", events=[b]), doc("d3", events=[c])])
    assert a.cluster == b.cluster and c.cluster != a.cluster


_DATES = [None, "2024", "2024-03", "2024-03-22", "2024-03-24", "2024-03-28", "2024-04-02", "2024-02-29", "2023-03-22",
          "--03", "--03-22", "--04"]


def test_corpus_clusters_probe_keys_find_every_candidate(gazetteer):
    """What the incremental stage relies on: a mention's `probe_keys` meet the `index_keys` of every mention
    `candidate_pairs` pairs it with, whichever of the two is the new one (an attack and an operation alike)."""
    docs = [doc(f"d{n}", events=[event(("ATTACK", "MILITARY_OPERATION")[n % 2], date=d, location=place)],
                published=published)
            for n, (d, place, published) in enumerate(
                (d, p, pub) for d in _DATES for p in ("Moskow", "Crocus City Hall", None)
                for pub in (None, "2024-03-25", "2024-04-03"))]
    mentions = build_mentions(docs)
    pairs = candidate_pairs(mentions)
    assert len(pairs) > 100
    for i, j in pairs:
        for a, b in ((i, j), (j, i)):
            assert probe_keys(mentions[a]) & index_keys(mentions[b]), (mentions[a], mentions[b])

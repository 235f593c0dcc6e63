"""Undated events take their cluster's date or their report's, and say which; venues meet the place they name."""
from __future__ import annotations

import pytest

from telik.corpus import relations
from telik.corpus.analyze import analyze_corpus
from telik.corpus.clusters import cluster_events
from telik.corpus.eventdates import lead_end
from telik.model import Evidence

from test_corpus_fakes import doc, event

LEAD = "Bom Guncang Bandara Kabul\nBom meledak di Bandara Kabul. Puluhan orang tewas. "
BACKGROUND = "Kelompok itu pernah menyerang Kabul."


pytestmark = pytest.mark.usefixtures("gazetteer")  # the fake gazetteer of conftest, for every test here


def _told(text: str, sentence: str, **kw: object):
    start = text.index(sentence)
    ev = event(start=start, **kw)
    ev.evidence, ev.end = sentence, start + len(sentence)
    ev.mentions = [Evidence(sentence, start, start + len(sentence))]
    return ev


def test_corpus_eventdates_lead_ends_after_two_body_sentences():
    d = doc("a", LEAD + BACKGROUND, title="Bom Guncang Bandara Kabul")
    assert d.text[: lead_end(d)].endswith("Puluhan orang tewas.")


def test_corpus_eventdates_the_news_takes_its_report_date_and_the_background_none():
    text = LEAD + BACKGROUND
    news = _told(text, "Bom meledak di Bandara Kabul.", location="Bandara Kabul")
    past = _told(text, BACKGROUND, location="Kabul")
    d = doc("a", text, [news, past], title="Bom Guncang Bandara Kabul", published="2021-08-27")
    analyze_corpus([d])
    assert (news.date, news.date_precision, news.date_basis) == ("2021-08-27", "day", "report")
    assert (past.date, past.date_basis) == (None, None)


def test_corpus_eventdates_an_event_dated_elsewhere_takes_the_cluster_date_every_run():
    dated = event(date="2021-08-26", location="Kabul", actors=["ISIS-K"])
    dated.date_basis = "text"
    text = "Bom meledak di Bandara Kabul. ISIS-K mengaku."
    undated = _told(text, "Bom meledak di Bandara Kabul.", location="Bandara Kabul", actors=["ISIS-K"])
    docs = [doc("a", events=[dated]), doc("b", text, [undated])]  # b has no date of its own at all
    for _ in range(2):  # the corpus stage runs again on every ingest: the inferred date is recomputed, not kept
        analyze_corpus(docs)
        assert undated.cluster == dated.cluster
        assert (undated.date, undated.date_basis) == ("2021-08-26", "cluster")


def test_corpus_eventdates_planned_events_stay_undated():
    plot = _told(LEAD, "Bom meledak di Bandara Kabul.", certainty="planned")
    analyze_corpus([doc("a", LEAD, [plot], title="Bom Guncang Bandara Kabul", published="2021-08-27")])
    assert plot.date is None


@pytest.mark.parametrize("venue,place,relation", [
    ("Bandara Kabul", "Kabul", relations.NESTED),
    ("Bandara Kabul", "Afghanistan", relations.NESTED),
    ("Bandara Kabul", "Moskow", relations.FOREIGN),
    ("Gedung Serbaguna", "Kabul", relations.UNKNOWN),
])
def test_corpus_relations_a_venue_lies_in_the_place_it_names(venue, place, relation):
    assert relations.place_relation(relations.resolve(venue), relations.resolve(place)) == relation


def test_corpus_clusters_undated_report_meets_its_event_by_venue_and_group():
    a = event(date="2021-08-27", location="Kabul")
    b = event(date=None, location="Bandara Kabul", actors=["ISIS-K"])
    c = event(date=None, location="Bandara Kabul", actors=["ISIS-K"])
    cluster_events([doc("a", events=[a]), doc("b", events=[b]), doc("c", events=[c])])
    assert b.cluster == c.cluster  # the venue and the group agree
    assert a.cluster != b.cluster  # only a city and no group: a date is missing, nothing stands in for it


def test_corpus_clusters_shared_rare_words_tip_a_report_dated_pair():
    """A report dated only by its article, at a venue both name alike: the sentences' rare words decide."""
    told = "Bom meledak di Gereja Katedral Lembantongoa saat misa Minggu pagi."
    other = "Ledakan di Gereja Katedral Lembantongoa melukai jemaat usai misa."
    unrelated = ["Polisi berjaga di kota.", "Warga mengungsi dari desa.", "Pasar kembali buka."]
    a = _told(told, told, date="2021-03-28", location="Gereja Katedral")
    b = _told(other, other, location="Gereja Katedral Lembantongoa")
    fillers = [doc(f"f{i}", s, [_told(s, s, date=f"2020-01-0{i + 1}")]) for i, s in enumerate(unrelated)]
    cluster_events([doc("a", told, [a]), doc("b", other, [b], published="2021-03-28"), *fillers])
    assert a.cluster == b.cluster


def test_corpus_eventdates_a_report_recalling_an_old_event_takes_its_date():
    """A 2024 article recalls the 2023 attack at the same venue by the same group: one event, dated 2023."""
    then = event(date="2023-02-07", location="Bandara Kabul", actors=["ISIS-K"])
    then.date_basis = "text"
    text = "Bandara Kabul Dibuka Lagi\nSetahun lalu ISIS-K menyerang Bandara Kabul. Kini bandara dibuka lagi."
    recalled = _told(text, "Setahun lalu ISIS-K menyerang Bandara Kabul.", location="Bandara Kabul", actors=["ISIS-K"])
    later = doc("b", text, [recalled], title="Bandara Kabul Dibuka Lagi", published="2024-09-21")
    analyze_corpus([doc("a", events=[then], published="2023-02-08"), later])
    assert recalled.cluster == then.cluster
    assert (recalled.date, recalled.date_basis) == ("2023-02-07", "cluster")


def test_corpus_eventdates_an_event_after_the_report_is_another_event():
    after = event(date="2024-10-01", location="Bandara Kabul", actors=["ISIS-K"])
    text = "Bom di Bandara Kabul\nISIS-K menyerang Bandara Kabul. Puluhan tewas."
    told = _told(text, "ISIS-K menyerang Bandara Kabul.", location="Bandara Kabul", actors=["ISIS-K"])
    analyze_corpus([doc("a", events=[after]), doc("b", text, [told], title="Bom di Bandara Kabul", published="2024-09-21")])
    assert told.cluster != after.cluster
    assert (told.date, told.date_basis) == ("2024-09-21", "report")


def test_corpus_clusters_two_reports_of_one_arrest_meet_by_the_person_arrested():
    from telik.model import EntityMention

    def report(id_: str, sentence: str, actors: list[str], target: str, name: str):
        ev = _told(sentence, sentence, date="2020-10-26", actors=actors)
        ev.type, ev.targets = "ARREST", [target]
        at = sentence.index(name)
        return doc(id_, sentence, [ev], entities=[EntityMention(name, "PER", at, at + len(name), "")]), ev

    a, ea = report("a", "Satgas mengamankan anggota KKB bernama Hermanus Tipagau.", ["Taliban"],
                   "anggota KKB bernama Hermanus Tipagau", "Hermanus Tipagau")
    b, eb = report("b", "Hermanus Tipagau ditangkap aparat.", [], "Hermanus Tipagau", "Hermanus Tipagau")
    c, ec = report("c", "Aparat menangkap Yosias Wenda.", [], "Yosias Wenda", "Yosias Wenda")
    cluster_events([a, b, c])
    assert ea.cluster == eb.cluster  # no place, no shared actor: the one arrested says it is one arrest
    assert ec.cluster != ea.cluster  # the same day, another person arrested


@pytest.mark.parametrize("killed,merged", [(5, True), (40, False)])
def test_corpus_clusters_close_tolls_join_a_report_dated_pair(killed, merged):
    """A report two days later from the same city, its actor unnamed and a minister named in the sentence: close
    death tolls (an updated count) make it the same attack; a toll far apart does not."""
    from telik.model import EntityMention

    dated = event(date="2020-11-02", location="Moskow", killed=killed)
    sentence = "Menteri Karl Nehammer mengatakan empat orang tewas dalam serangan di Moskow."
    told = _told(sentence, sentence, location="Moskow", killed=4)
    at = sentence.index("Karl Nehammer")
    minister = EntityMention("Karl Nehammer", "PER", at, at + 13, "")
    later = doc("b", sentence, [told], published="2020-11-04", entities=[minister])
    cluster_events([doc("a", events=[dated], entities=[]), later])
    assert (told.cluster == dated.cluster) is merged


def test_corpus_eventdates_an_unplaced_report_takes_the_place_the_others_name_every_run():
    a = event(date="2024-03-22", location="Crocus City Hall", actors=["ISIS-K"])
    b = event(date="2024-03-22", location="Crocus City Hall", actors=["ISIS-K"])
    c = event(date="2024-03-22", actors=["ISIS-K"])
    docs = [doc("a", events=[a]), doc("b", events=[b]), doc("c", events=[c])]
    for _ in range(2):
        analyze_corpus(docs)
        assert c.cluster == a.cluster
        assert (c.location, c.location_basis) == ("Crocus City Hall", "cluster")
        assert a.location_basis is None


def test_corpus_eventdates_an_event_told_in_the_present_is_the_reports_news():
    text = LEAD + BACKGROUND + " Aparat gabungan saat ini masih memburu para pelaku di Kabul."
    hunt = _told(text, "Aparat gabungan saat ini masih memburu para pelaku di Kabul.", location="Kabul")
    hunt.type = "MILITARY_OPERATION"
    past = _told(text, BACKGROUND, location="Kabul")
    analyze_corpus([doc("a", text, [hunt, past], title="Bom Guncang Bandara Kabul", published="2021-08-27")])
    assert (hunt.date, hunt.date_basis) == ("2021-08-27", "report")
    assert past.date is None

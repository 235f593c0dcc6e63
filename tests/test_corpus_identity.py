"""One id per entity across reports: people whose names are spelt differently, and bare acronyms."""
from __future__ import annotations

import pytest

from telik.corpus.identity import link_across, same_person
from telik.model import DocResult, EntityMention, Quote


def _doc(doc_id: str, *names: tuple[str, str, str]) -> DocResult:
    """A report naming `names` ((text, label, canonical)), at made-up offsets."""
    ents = [EntityMention(text, label, i * 40, i * 40 + len(text), canonical)
            for i, (text, label, canonical) in enumerate(names)]
    return DocResult(id=doc_id, text="", clean_text="", entities=ents)


@pytest.mark.parametrize(
    "short,long,same",
    [
        ("Farid Okbah", "Ahmad Farid Okbah", True),
        ("Ahmad Kamal", "Ahmad Musthofa Kamal", True),
        ("E. Zulpan", "Endra Zulpan", True),
        ("Awi Setiono", "Awi Setiyono", True),
        ("Phillip Mehrtens", "Philip Mark Mehrten", True),
        ("Ahmad Kamal", "Ahmad Kamil", False),  # a short surname one letter off is another person
        ("Philips Max Marthin", "Philip Mark Mehrten", False),
        ("Budi Santoso", "Santoso", False),
    ],
)
def test_corpus_identity_names_of_one_person(short, long, same):
    from telik.corpus.identity import _words

    assert same_person(_words(short), _words(long)) is same


def test_corpus_identity_spelling_variants_across_reports_take_one_id():
    a = _doc("a", ("Awi Setiyono", "PER", "awi_setiyono"), ("Polda Sulawesi Tengah", "ORG", "polda_central_sulawesi"))
    b = _doc("b", ("Awi Setiono", "PER", "awi_setiono"), ("Polda Sulteng", "ORG", "polda_central_sulawesi"))
    b.quotes.append(Quote(text="Kami kejar", start=0, end=10, speaker="Awi Setiono",
                          speaker_canonical="awi_setiono"))
    assert link_across([a, b]) == 1
    ids = {e.canonical for d in (a, b) for e in d.entities if e.label == "PER"}
    assert len(ids) == 1 and b.quotes[0].speaker_canonical in ids


def test_corpus_identity_names_without_shared_context_stay_apart():
    """Two reports that share nothing but a similar name may be about two people."""
    a = _doc("a", ("Awi Setiyono", "PER", "awi_setiyono"), ("Palu", "GPE", "palu"))
    b = _doc("b", ("Awi Setiono", "PER", "awi_setiono"), ("Medan", "GPE", "medan"))
    assert link_across([a, b]) == 0


def test_corpus_identity_short_name_meeting_two_people_stays_apart():
    docs = [_doc("a", ("Ahmad Kamal", "PER", "ahmad_kamal"), ("Jayapura", "GPE", "jayapura")),
            _doc("b", ("Ahmad Yani Kamal", "PER", "ahmad_yani_kamal"), ("Jayapura", "GPE", "jayapura")),
            _doc("c", ("Ahmad Musthofa Kamal", "PER", "ahmad_musthofa_kamal"), ("Jayapura", "GPE", "jayapura"))]
    link_across(docs)
    assert docs[0].entities[0].canonical == "ahmad_kamal"


def test_corpus_identity_bare_acronym_takes_its_expansions_id():
    a = _doc("a", ("Tim Gabungan Pencari Fakta", "ORG", "tim_gabungan_pencari_fakta"),
             ("TGPF", "ORG", "tim_gabungan_pencari_fakta"), ("Intan Jaya", "GPE", "intan_jaya"))
    b = _doc("b", ("TGPF", "ORG", "tgpf"), ("Intan Jaya", "GPE", "intan_jaya"))
    link_across([a, b])
    assert b.entities[0].canonical == "tim_gabungan_pencari_fakta"


def test_corpus_identity_name_in_another_order_is_one_person():
    """Reports that write a name surname-first and given-name-first name one person."""
    a = _doc("a", ("Dungus Abdulkarim", "PER", "dungus_abdulkarim"), ("Yobe", "GPE", "yobe"))
    b = _doc("b", ("Abdulkarim Dungus", "PER", "abdulkarim_dungus"), ("Yobe", "GPE", "yobe"))
    link_across([a, b])
    assert a.entities[0].canonical == b.entities[0].canonical


def test_corpus_identity_reports_read_one_at_a_time_give_the_same_ids():
    """`renames` reads the reports in passes and keeps nothing per report: reports made when read (as the streamed
    extract reads them from its spool) give the ids a list gives."""
    from telik.corpus.identity import named_in, renames
    from telik.corpus.lazy import Lazy

    docs = [_doc("a", ("Awi Setiyono", "PER", "awi_setiyono"), ("Polda Sulteng", "ORG", "polda_central_sulawesi"),
                 ("TGPF", "ORG", "tgpf_intan_jaya")),
            _doc("b", ("Awi Setiono", "PER", "awi_setiono"), ("Polda Sulteng", "ORG", "polda_central_sulawesi"),
                 ("TGPF", "ORG", "tgpf"))]
    reads: list[int] = []

    def report(i: int):
        reads.append(i)
        return named_in(docs[i])

    expected = {"awi_setiono": "awi_setiyono", "tgpf": "tgpf_intan_jaya"}
    assert renames([named_in(d) for d in docs]) == expected
    assert renames(Lazy(len(docs), report)) == expected
    assert len(reads) > len(docs)  # read again at each pass


def test_corpus_identity_alike_pairs_are_those_of_comparing_every_two_names_of_a_block():
    """`_alike` compares only names whose surnames meet: the pairs of comparing every two names of a block (the
    first letters of the surname, or the same words)."""
    from telik.corpus.identity import _alike, _words

    texts = ["Awi Setiyono", "Awi Setiono", "A. Setiyono", "Endra Zulpan", "E. Zulpan", "Zulpan E.", "Endra Zulfan",
             "Farid Okbah", "Ahmad Farid Okbah", "Okbah Farid", "Dungus Abdulkarim", "Abdulkarim Dungus",
             "Ahmad Kamal", "Ahmad Kamil", "Ahmad Musthofa Kamal", "A. Kamal", "Philip Mark Mehrten",
             "Phillip Mehrtens", "Budi Santoso", "Santoso", "Budi Santosa", "Budi S.", "Sri Mulyani Indrawati"]
    names = {f"p{i}": _words(t) for i, t in enumerate(texts)}
    every = {(a, b) for a, wa in names.items() for b, wb in names.items()
             if len(wa) >= 2 and len(wb) >= 2 and a != b and (len(wa), a) < (len(wb), b)
             and (wa[-1][:3] == wb[-1][:3] and same_person(wa, wb) or sorted(wa) == sorted(wb))}
    assert _alike(names) == sorted(every)
    assert len(every) >= 8

"""telik_events: who did what to whom, where, when and how many (doc._.events).

Triggers and role patterns are data (telik/data/events); this module finds trigger mentions sentence by
sentence, reads their arguments from the sentence's structure, and merges restatements of one event.
"""
from __future__ import annotations

import itertools
import re
from datetime import date, timedelta
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from telik.model import DateMention, Event, Evidence, Figure
from telik.nlp.events import args as ea
from telik.nlp.events.args import DocContext
from telik.nlp.events.lexicon import EventLexicon, Trigger, base_phrase, get_event_lexicon
from telik.nlp.events.merge import (
    DEPLOYMENT,
    EARLIER,
    FIGHT,
    POINTS_TO,
    RECALLED,
    SEARCH,
    UPDATED_TOLL,
    Lead,
    absorb,
    corefer,
    ends_before,
    firefights_of_attacks,
    headlines_of_operations,
    kin,
    merge_mentions,
    past,
    recalled,
)
from telik.nlp.events.participants import ParticipantFinder, Participants, Phrase
from telik.nlp.numbers.component import vague_joined
from telik.nlp.numbers.vocab import get_number_vocab
from telik.nlp.relevance.signals import get_signals
from telik.nlp.sentences import unclosed
from telik.wordmatch import alternation, find_whole, occurrences

_SKIP_WHEN_UNREAL = ("ATTACK", "MILITARY_OPERATION")
_VICTIMS_RE = re.compile(
    r"\b(?:menewaskan|membunuh|melumpuhkan|menembak mati|melukai)\s+(?:\S+\s+){0,3}?"
    r"(?:anggota|militan|petempur|pejuang|teroris|gerilyawan|tentara|prajurit|personel|polisi|warga)\b",
    re.I,
)
# "serangan kelompok Al-Shabaab": a group noun between a noun trigger and the perpetrator's name
_GROUP_WORD = re.compile(  # "serangan udara koalisi pimpinan Arab Saudi": the leader's name
    r"(?:\s+(?:kelompok|kelompok militan|militan|milisi|gerilyawan|pasukan|tentara|jaringan|koalisi)"
    r"(?:\s+(?:pimpinan|yang\s+dipimpin(?:\s+oleh)?))?)?",
    re.I,
)
_ENDED_HOLD = re.compile(r"(?<![\w-])dari\s+$", re.I)  # a hold something is freed from
_CLOCK_ONLY = re.compile(r"(?:sekitar\s+)?(?:pukul|jam)\b", re.I)  # a clock time alone does not say which day
_ANAPHORIC_RE = re.compile(r"\s+(?:itu|tersebut|ini)\b", re.I)  # "serangan tersebut": a restatement
_ANAPHORIC_CLAUSE_RE = re.compile(rf"\s+{ea.POINTER_CLAUSE}", re.I)  # "bentrokan yang ... itu" restates too
# "ketujuh terduga teroris itu ditangkap": a passive whose subject points back restates the event told of them
_ANAPHORIC_SUBJECT_RE = re.compile(r"\s(?:itu|tersebut)\s+(?:(?:telah|sudah|akhirnya|kemudian)\s+)?$", re.I)
# "serangan pada 13 Juli tersebut": a restatement by its day
_ANAPHORIC_DAY_RE = re.compile(
    r"\s+(?:pada\s+)?(?:tanggal\s+)?\d{1,2}\s+[a-z]+(?:\s+\d{4})?\s+(?:itu|tersebut)\b", re.I
)
_EXPULSION_TYPES = ("MILITARY_OPERATION", "CONTROL")  # "mengusir ISIS dari Mosul": the place follows "dari"
# the longest range a date of each precision may span and still date one event ("22-24 Maret": a few days)
_UNIT_DAYS = {"year": 366, "month": 31, "day": 14, "time": 14}
# cues read in the verb's object, not anywhere in the sentence
_OBJECT_CUES = (
    "launched_weapon", "detained_person", "supplied_arms", "state_force_after", "backed_group", "held_people",
    "destroyed_thing", "sent_arms", "fired_weapon", "given_arms", "suspects_taken", "freed_captives",
    "left_ground", "pledged_group", "funded_group", "beheaded_person", "surrendered_to", "arrest_shot", "armed_party",
)
# cues naming who was taken: the object's head must be one ("mengamankan tiga orang", not "mengamankan aktivitas warga")
_PERSON_CUES = ("detained_person", "held_people", "beheaded_person")
# characters of the object after the verb: "18 drone, dua rudal jelajah dan ...", "satu orang anggota KKB" (a person
# named further on, "barang bukti ... milik pelaku", is not the one taken)
_OBJECT_WINDOW = {
    "launched_weapon": 60, "detained_person": 22, "supplied_arms": 60, "state_force_after": 14, "backed_group": 22,
    "held_people": 22, "destroyed_thing": 40, "sent_arms": 50, "fired_weapon": 22,
    "given_arms": 30, "suspects_taken": 30, "freed_captives": 30,
    "left_ground": 14, "pledged_group": 60, "funded_group": 60, "beheaded_person": 22, "surrendered_to": 30,
    "arrest_shot": 45, "armed_party": 45,
}
# cues read in the verb's agent: the subject right before an active verb within its clause ("Dua bom udara Rusia
# menghantam ...", not "Banjir menghantam ..."), or before a noun ("bom rakitan yang dilemparkan"), the words right
# after a passive one ("dihantam rudal", "dilempari bom molotov")
_AGENT_CUES = ("striking_weapon", "thrown_explosive")
_AGENT_WINDOW = 45
# a noun trigger's agent, one to four words (no comma, no clause or place word), then what it was done to:
# "serangan kelompok bersenjata terhadap pasukan penjaga perdamaian", "serangan Israel terhadap kamp pengungsi"
_AGENT_THEN_OBJECT = re.compile(r"(?:\s+(?!(?:yang|di|pada|dan|ke|dari)\b)[\w-]+){1,4}?\s+terhadap\s+", re.I)
_SET_OFF = re.compile(r",\s*(?:pada\s+)?$")  # a date set off at a clause's end: ", Selasa (14/5/2024)"
_CALL_REACH = 90  # characters from a call ("menyerukan") to the attack it calls for
_IDENTITY_REACH = 1500  # how far after an attack a sentence naming its perpetrators is still about it
_FORCES_REACH = 20_000  # characters of an article read for the actor called a state's forces ("pasukan Taliban")


@Language.factory("telik_events", assigns=["doc._.events"], requires=["doc.ents", "doc._.relevance"])
def make_events(nlp: Language, name: str) -> EventFinder:
    lex = get_event_lexicon()
    # the first words of headline roots end a participant's phrase, save a word inside a longer trigger ("Pelaku Bom
    # Bunuh Diri" is one phrase)
    inner = {w for p in lex.alternatives for w in p.split()[1:-1]}
    roots = frozenset(t.phrase.split()[0] for ts in lex.alternatives.values() for t in ts if t.headline) - inner
    return EventFinder(lex, ParticipantFinder(nlp.vocab, roots))


class EventFinder:
    """Finds event mentions per sentence and merges them into events."""

    def __init__(self, lex: EventLexicon, participants: ParticipantFinder) -> None:
        self.lex = lex
        self.participants = participants
        nouns = alternation(lex.lists["estimate_nouns"])
        self.estimate_re = re.compile(
            rf"(?<![\w.,])(\d[\d.,]*(?:\s*(?:-|–|hingga|sampai)\s*\d[\d.,]*)?(?:\s+(?:ribu|juta))?)"
            rf"\s+(?:orang\s+)?(?:{nouns})\b",  # "sekitar 30 orang anggota bersenjata"
            re.I,
        )
        # a state's force word before a name ("pasukan Taliban", "pasukan keamanan Taliban"): see `_forces_of`
        self.forces_before_re = re.compile(
            rf"(?<![\w-])(?:{alternation(lex.lists['state_forces'])})(?:\s+keamanan)?\s+", re.I
        )
        # "beranggotakan empat orang", "berkekuatan 50 orang": a group's size told as a head count
        self.members_told_re = re.compile(rf"(?<![\w-])(?:{alternation(lex.lists['member_verbs'])})\s+$", re.I)
        self._violence = lex.cues["violence"] + lex.lists["violence_words"]
        self.headcount_re = re.compile(r"(?<![\w.,])\d[\d.,]*(?:\s*(?:-|–|hingga|sampai)\s*\d[\d.,]*)?\s+orang\b", re.I)
        self.blocker_re = re.compile(rf"\b(?:{alternation(lex.lists['estimate_blockers'])})\b[^.]{{0,25}}$", re.I)
        # "pelaku penembakan adalah anggota KKB": the perpetrator noun before a trigger, the copula after it
        self.perpetrator_re = re.compile(rf"(?<![\w-])(?:{alternation(lex.lists['perpetrator_nouns'])})\s+$", re.I)
        self.copula_re = re.compile(
            rf"(?:\s+(?:itu|ini|tersebut))?\s+(?:{alternation(lex.lists['identity_copulas'])})\s+", re.I
        )
        # what the deed struck and where, between its noun and the copula: " terhadap anggota Brimob di Intan Jaya"
        self.struck_copula_re = re.compile(
            rf"(?P<struck>\s+(?:terhadap|atas|di|kepada|pada)\s+[^.;,]{{1,70}}?){self.copula_re.pattern}", re.I
        )
        # an arrest not done: a demand, a dare, an attempt, a purpose at most one word before it ("berupaya
        # merebut", "untuk segera menangkap"), not "untuk" before the group a suspect served ("kurir dana untuk
        # kelompok ISIS dibekuk")
        self.unrealised_re = re.compile(
            rf"(?<![\w-])(?:{alternation(lex.lists['unrealised_before'])})(?:\s+[\w-]+)?[\s)\]\"'”’]+$", re.I
        )
        # a plea a few words before an arrest or a surrender ("meminta para pelaku penembakan segera menyerahkan
        # diri"), no clause joined between ("meminta warga tenang dan menangkap ..." tells the arrest)
        joins = r"(?:dan|serta|lalu|kemudian|setelah|sebelum|usai|seusai)(?![\w-])"
        self.plea_re = re.compile(
            rf"(?<![\w-])(?:{alternation(lex.lists['pleas'])})(?:\s+(?!{joins})[\w-]+){{0,6}}\s+$", re.I
        )
        # a call for an attack: "menyerukan para pendukungnya untuk (melancarkan) serangan"
        self.call_re = re.compile(
            rf"(?<![\w-])(?:{alternation(lex.lists['call_cues'])})\s+(?:[\w-]+\s+){{0,5}}?untuk\s+"
            rf"(?:(?:{alternation(lex.lists['light_verbs'])})\s+)?$",
            re.I,
        )
        # an attack foiled ("menggagalkan serangan bom bunuh diri"): the foiling is told, the attack did not happen
        self.foiled_re = re.compile(rf"(?<![\w-])(?:{alternation(lex.lists['foiling_verbs'])})\s+$", re.I)
        # a death told right before a passive: "tewas ditembak"
        self.died_before_re = re.compile(rf"(?<![\w-])(?:{alternation(lex.lists['killed_predicates'])})\s+$", re.I)
        self.nationals = alternation(lex.lists["nationals"])  # "warga negara Selandia Baru": who, not where
        # the village named after "warga": where the people harmed live ("empat warga Desa Lembantongoa ... dibunuh")
        self.residents_re = re.compile(
            rf"(?<![\w-])(?i:{alternation(lex.lists['resident_nouns'])})\s+"
            rf"((?i:{alternation(lex.lists['home_places'])})(?:\s+[A-Z][\w'-]*){{1,3}})"
        )
        # "penangkapan terhadap tiga terduga teroris": what a noun trigger was done to, right after it
        # "serangan terhadap X", and past the weapon it was made with, the state it belongs to and a word of manner:
        # "serangan mortir ke kompleks istana presiden", "serangan rudal besar-besaran ke infrastruktur energi
        # Ukraina", "Serangan drone Ukraina ke kilang minyak"
        self.noun_object_re = re.compile(
            rf"(?:\s+(?:{alternation(lex.lists['weapons'])}))?(?:\s+(?-i:[A-Z][\w-]*))?(?:\s+(?-i:[a-z][\w-]*))?"
            rf"\s+(?:{alternation(lex.lists['noun_object_markers'])})\s+",
            re.I,
        )
        # "kedua pelaku merupakan anggota JAD": a sentence of its own identifying who did it
        self.identity_re = re.compile(
            rf"(?<![\w-])(?:{alternation(lex.lists['perpetrator_nouns'])})(?:\s+[\w-]+){{0,4}}?{self.copula_re.pattern}",
            re.I,
        )
        # "Pratu Miftahul Arifin gugur", "Bripda Yosua (25) tewas", "..., Yahya Sinwar, tewas": a name, then a
        # toll's predicate
        self.named_toll_re = {
            kind: re.compile(rf"(?:\s*\(\d{{1,3}}\))?,?\s+(?:{alternation(lex.lists[kind + '_predicates'])})(?![\w-])",
                             re.I)
            for kind in ("killed", "injured")
        }

        # an actor written as the phrase naming a group's leader (`args.led_group`): "kelompok pimpinan Undius Kogoya"
        self.led_group_re = re.compile(
            rf"(?:{alternation(lex.lists['led_heads'])})(?:\s+[\w-]+){{0,2}}?\s+(?:{alternation(lex.lists['led_by'])})\s",
            re.I,
        )
        # a relative clause telling a participant's deed: "yang (diduga) membunuh", `_relative_deeds`
        hedges = alternation(lex.lists["relative_hedges"])
        self.relative_deed_re = re.compile(
            rf"(?<![\w-])yang\s+(?:(?:{hedges})\s+){{0,2}}"
            rf"(?:{alternation(lex.lists['killing_verbs'] + lex.lists['injuring_verbs'])})(?![\w-])",
            re.I,
        )
        # the subject pointed back to right before a passive ("Sekolah itu telah diserang"), a word of time between
        self.pointed_subject_re = re.compile(
            rf"(?<![\w-])([^\W\d_]+)\s+(?:{alternation(lex.lists['pointer_words'])})"
            rf"(?:\s+(?:{alternation(lex.lists['auxiliaries'])}))*\s+\Z",
            re.I,
        )
        # a unit that counts no people right after a count ("dua pucuk senjata", "tiga unit rumah")
        self.things_after_re = re.compile(rf"\s+(?:{alternation(lex.lists['non_person_units'])})(?![\w-])", re.I)
        # a word for a group's members before its name: "pasukan TPNPB", "anggota kelompok"
        self.followers_re = re.compile(rf"(?:(?:{alternation(lex.lists['follower_words'])})\s+)+", re.I)
        # a deployment ("mengerahkan", "dikerahkan"), and what may stand between it and the troops sent (`_deployed`)
        deployments = alternation(lex.lists["deployments"])
        self.deploy_verb_re = re.compile(rf"(?<![\w-])(?:{deployments})\s+", re.I)
        self.deploy_count_re = re.compile(
            rf"(?P<count>(?:\d[\d.]*|{alternation(tuple(_count_words()))})\s+)(?:[\w-]+\s+)?", re.I
        )
        self.deployed_after_re = re.compile(rf"\s+(?:{deployments})(?![\w-])", re.I)
        # a noun trigger told as the backing of the clause's subject: "dengan dukungan serangan udara AS"
        self.backed_noun_re = re.compile(rf"(?<![\w-])(?:{alternation(lex.lists['backer_markers'])})\s+\Z", re.I)
        # the death toll named ("jumlah personel yang gugur", "korban tewas"), its new total, or a rise in it
        lists = lex.lists
        self.toll_head_re = re.compile(
            rf"\b(?:(?:jumlah|korban)\s+(?:\S+\s+){{0,4}}?(?:yang\s+)?(?:{alternation(lists['killed_predicates'])})"
            rf"|{alternation(lists['death_tolls'])})\b",
            re.I,
        )
        self.toll_total_re = re.compile(rf"\b(?:{alternation(lists['toll_totals'])})\s+", re.I)
        self.toll_rise_re = re.compile(
            rf"\s+(?:(?:{alternation(lists['toll_rise_leads'])})\s+)?(?:{alternation(lists['toll_rises'])})\s+", re.I
        )
        # "menggelar operasi di Waziristan Selatan dan menewaskan 11 militan": a killing clause joined after the noun
        self.kills_after_re = re.compile(
            rf"[^,;]{{0,80}}?(?:,\s+(?:dan\s+)?|(?<![\w-])dan\s+)(?:{alternation(lex.lists['killing_verbs'])})(?![\w-])",
            re.I,
        )
        # an attack named as an example, maybe later in a list: "seperti ledakan bom di Boston Marathon, penembakan di
        # Fort Hood" (see `_threat_example`)
        item = r"[^,;:.\"“”]+"
        self.example_re = re.compile(
            rf"(?<![\w-])(?:{alternation(lex.lists['threat_examples'])})\s+(?:{item},\s+)*(?:(?:{item}\s+)?dan\s+)?$",
            re.I,
        )
        # "menembak mati istrinya dan dua tetangganya", "membunuh suami dan anaknya": kin of one person each, after
        # a killing verb; `kin_joined_re` when a count joined to them follows
        kin = rf"(?:{alternation(lex.lists['kin_one'])})"
        killing = rf"(?<![\w-])(?:{alternation(lex.lists['killing_verbs'])})\s+"
        kin_list = rf"{killing}((?:{kin}(?:nya)?(?:{_KIN_SEPARATOR.pattern}))*{kin}nya)"
        self.kin_killed_re = re.compile(rf"{kin_list}(?![\w-])", re.I)
        self.kin_joined_re = re.compile(rf"{kin_list},?\s+(?:dan|serta)\s+$", re.I)
        # "menembak mati seorang pendeta dan istrinya": one counted in words, then his kin
        self.one_and_kin_re = re.compile(
            rf"(?:{killing})?(?:{alternation(lex.lists['single_counts'])})"
            rf"(?:\s+[\w-]+){{1,3}}?,?\s+(?:dan|serta)\s+{kin}nya(?![\w-])",
            re.I,
        )
        # "di hutan Sambisa", "di gurun Badiya": a terrain's head and a capitalised name
        self.terrain_re = re.compile(
            rf"(?<![\w-])di\s+((?:{alternation(lex.lists['terrain_heads'])})\s+"
            rf"(?P<name>(?-i:[A-Z][\w'-]*)(?:\s+(?-i:[A-Z][\w'-]*)){{0,3}}))",
            re.I,
        )
        # an earlier event recalled beside the news: after a recall cue in its sentence ("Beberapa waktu lalu, ..."),
        # or a few words after a span of time and a relation ("dua hari setelah serangan di Oksibil")
        self.recall_re = ea.word_re(lex.lists["recall_cues"])
        # "jelang Lebaran lalu": a time of the event's own that no calendar here dates
        self.past_feast_re = re.compile(rf"(?<![\w-])(?:{alternation(lex.lists['past_feasts'])})\s+lalu\b", re.I)
        units, relations = alternation(lex.lists["recall_units"]), alternation(lex.lists["recall_relations"])
        span = rf"(?<![\w-])(?:(?:[\w-]+\s+)?(?:{units})|se(?:{units}))\s+(?:{relations})"
        # where the stretch of the news's event ends before another event set against it ("... dua hari setelah
        # serangan di Oksibil yang menewaskan ...", "Serangan itu terjadi setelah pekan lalu Israel membunuh ...")
        self.recall_head_re = re.compile(rf"{span}(?![\w-])", re.I)
        self.relation_re = re.compile(rf"(?<![\w-])(?:{relations})(?![\w-])", re.I)
        self.incident_re = ea.word_re(lex.lists["incident_nouns"])
        followers = alternation(lex.lists["recall_followers"])
        self.recall_span_re = re.compile(rf"(?:{span}|(?<![\w-])(?:{followers}))\s+(?:[\w-]+\s+){{0,4}}$", re.I)
        self.while_re = re.compile(rf"(?<![\w-])(?:{alternation(lex.lists['while_words'])})\s+(?:sedang\s+)?$", re.I)
        # a sentence turning to another strand of the news ("Sementara itu, ..."); an event told at "the same" place
        self.new_thread_re = re.compile(rf"\s*(?:{alternation(lex.lists['new_thread_openers'])})\b", re.I)
        self.same_place_re = re.compile(
            rf"\bdi\s+(?:{alternation(lex.lists['same_place_heads'])})\s+yang\s+sama\b", re.I
        )
        # where the next place's name starts after one named so: ", desa Sumberejo"
        self.terrain_next_re = re.compile(rf",\s*(?:(?:{alternation(lex.lists['terrain_heads'])})\s+)?", re.I)
        # "menewaskan komandan senior Hizbullah, Taleb Abdallah": a killing verb, a few words of office, the name
        self.killed_named_re = re.compile(
            rf"(?<![\w-])(?:{alternation(lex.lists['killing_verbs'])})\s+(?:[\w-]+\s+){{0,4}}?(?:[\w-]+,\s+)?$", re.I
        )

    def __call__(self, doc: Doc) -> Doc:
        relevance = doc._.relevance
        if relevance is not None and not relevance.relevant:  # no events: its context is not even made (most articles)
            doc._.events = []
            return doc
        ctx = ea.context(doc, self.lex)
        ctx.violent = bool(ea.word_re(self._violence).search(ctx.text))
        ctx.relevance = relevance
        ctx.crime_story = not ctx.violent and self._crime_story(ctx)
        if not ctx.violent and self._off_domain_doc(ctx.text):
            doc._.events = []
            return doc
        sents = ctx.relevance.sents if ctx.relevance is not None else list(doc.sents)
        ctx.participants = Participants(self.participants, doc, ctx.text, sents)
        mentions: list[Event] = []
        anaphoric: set[int] = set()
        violent: list[Event] = []  # the previous sentence's attacks, while trigger-less sentences follow
        told: list[Event] = []  # the attacks of the last sentence that told any: a later bare toll is theirs
        earlier = ea.word_re(self.lex.lists["not_first_cues"])
        after_not_first = False  # "Penangkapan ini bukan yang pertama. Pekan lalu, ...": an earlier event follows
        searches = self.lex.lists["searches"]  # a pursuit or a deployment: no strike a later attack noun restates
        recalling: set[str] = set()  # the types of the last sentence telling events, when it told only recalled ones
        for sent in doc.sents:
            found, read = self._sentence(ctx, sent)
            for ev in found if after_not_first else []:
                ev.__dict__["_past"] = True
            new_thread = self.new_thread_re.match(ctx.text, sent.start_char) is not None
            for ev in found if new_thread else []:
                ev.__dict__["_new_thread"] = True
            if found and not new_thread and not any(
                ev.date or ev.__dict__["_anaphoric"] or ev.type not in recalling for ev in found
            ):  # "Sebelumnya Densus 88 menangkap ... beberapa waktu lalu. Mulanya polisi menangkap tujuh orang ...":
                for ev in found:  # undated and of the same kind, it goes on telling the recalled event
                    ev.__dict__[RECALLED] = True
            if found:
                recalling = {ev.type for ev in found} if all(recalled(ev) for ev in found) else set()
            after_not_first = earlier.search(ctx.text, sent.start_char, sent.end_char) is not None
            if not found and not read:
                self._carry_casualties(ctx, sent, told)
                self._carry_date(ctx, sent, told)
                self._statement_date(ctx, sent, mentions[-1:])
                continue
            for ev in found:
                pointed = self._pointed_mention(ctx.text, ev, mentions) if not ev.actors else None
                if pointed is not None:  # "Sekolah itu telah diserang tanpa peringatan": the strike that hit it
                    ev.type, ev.subtype = pointed.type, pointed.subtype
                    ev.__dict__[POINTS_TO] = id(pointed)
                elif (
                    ev.type == "MILITARY_OPERATION"
                    and not ev.actors
                    and not ev.date
                    and any(x.type == "ATTACK" and not _told_earlier(x, mentions) for x in violent)
                    and (ev.trigger or "").lower() in self.lex.lists["firefights"]
                ):
                    ev.type, ev.subtype = "ATTACK", "armed assault"  # "KKB menyerang pos TNI. ... dalam kontak senjata"
                elif ev.type == "ATTACK" and not ev.actors and not ev.date and _quoted(ctx.text, ev.start) and any(
                    x.type == "MILITARY_OPERATION" for x in violent
                ) and not any(ea.is_armed(g.text, self.lex) for g in ea.ents_in(ctx, ev.start, ev.end, ("ORG",))):
                    # "“Para militan ... menembaki pasukan kami”": the raid told by its officer (not "“KKB ini telah
                    # sering melakukan ... penyanderaan”", the group's own deeds)
                    ev.type, ev.subtype = "MILITARY_OPERATION", None
                elif ev.type == "ATTACK" and not ev.actors and (
                    (not ev.date and (
                        self._head_of_operation(ctx, ev, violent) or self._while_struck(ctx.text, ev)
                        or self._weapon_struck(ctx.text, ev)
                    ))
                    or (ev.__dict__.get("_anaphoric") and _dated_alike(ev, violent))
                ) and any(
                    x.type == "MILITARY_OPERATION" and (x.trigger or "").lower() not in searches for x in violent
                ) and not any(x.type == "ATTACK" for x in violent):
                    # "... melancarkan serangan udara ... Serangan itu menewaskan ...", "AFRICOM menyebut serangan
                    # dilakukan atas permintaan ...", "... bulan lalu. ... setelah serangan pada 13 Juli tersebut":
                    # the strike
                    ev.type, ev.subtype = "MILITARY_OPERATION", None
            violent = [ev for ev in found if ev.type in _SKIP_WHEN_UNREAL]
            # a search or a deployment kills no one: a bare toll after it is still the attack's told before
            told = [ev for ev in violent if (ev.trigger or "").lower() not in searches] or told
            for ev in found:
                mentions.append(ev)
                if ev.__dict__.pop("_anaphoric"):
                    anaphoric.add(id(ev))
        self._inherit(ctx.text, mentions)
        lead = _lead(doc, ctx.text)
        merged = merge_mentions(mentions, ea.gazetteer_entry, frozenset(anaphoric), lead)
        meta = doc._.meta or {}
        credits = {str(n).casefold() for n in (meta.get("outlet"), *(meta.get("wire") or ())) if n}
        doc._.events = headlines_of_operations(
            firefights_of_attacks(
                corefer(
                    merged, ea.gazetteer_entry, frozenset(anaphoric), lambda ev: _names_told(ctx, ev) - credits, lead,
                    self.led_group_re,
                ),
                ea.gazetteer_entry,
                self.lex.lists["firefights"],
            ),
            ea.gazetteer_entry,
            self.lex.lists["untyped_attack_nouns"],
        )
        _narrative_dates(doc._.events, self.past_feast_re)
        self._same_places(ctx.text, doc._.events)
        _narrative_places(doc._.events)
        negotiations = [
            ev for ev in doc._.events
            if ev.type == "TALKS" and (ev.trigger or "").lower() in self.lex.lists["standoff_talks"]
        ]
        if any(self._standoff(ctx.text, ev) for ev in negotiations):
            for ev in negotiations:  # one standoff: its every negotiation is part of the operation
                ev.type = "MILITARY_OPERATION"
        weapon = ea.word_re(self.lex.lists["weapons"])  # "meledakkan bom rakitan": the means, not a target
        counts = ea.word_re(self.lex.lists["count_heads"])  # "Jumlah korban": a count, no one harmed
        roads = ea.word_re(self.lex.lists["thoroughfares"])
        for ev in doc._.events:
            if ev.type == "ATTACK" and ev.location and not roads.match(ev.location) and (
                self._label(ctx, ev.location) == "FAC" or ea.site_name(ev.location)
            ):  # the venue struck: "bom meledak di Gereja Katedral"
                ev.__dict__.setdefault("_np", []).append(ev.location)
            if ev.location is None and ev.type in _SKIP_WHEN_UNREAL:  # "penyerangan KKB terhadap Pos Koramil Gome"
                ev.location = next((t for t in ev.targets if self._label(ctx, t) == "FAC" or ea.site_name(t)), None)
            for phrase in ev.__dict__.pop("_np", []):  # added after merging: a phrase never keeps two mentions apart
                if not any(phrase.casefold() in t.casefold() for t in ev.targets):
                    ev.targets.append(phrase)
            ev.targets = [self._pointed_person(ctx, ev, t) or t for t in ev.targets]
            for phrase in list(ev.targets):
                named = self._apposed_name(ctx, ev, phrase)
                if named is not None and named not in ev.targets:
                    ev.targets.append(named)
            described = ev.__dict__.pop("_np_actors", [])  # after the targets: the harmed are no perpetrators
            if not ev.actors and ev.type == "ATTACK":
                # the speaker who says "we" did it before a group the quote names ("“Kami menyerang kompleks yang
                # digunakan oleh teroris Hamas,” kata juru bicara IDF")
                said = self._we_did(ctx, ev, doc)
                if said and ea.is_state(said[0], "ORG", self.lex) and not ea.is_armed(said[0], self.lex):
                    ev.type, ev.subtype = "MILITARY_OPERATION", None  # "“Kami menyerang ...,” kata IDF"
                else:
                    ev.actors = self._discourse_actors(ctx, ev, doc._.events)
                if not said and all(self._label(ctx, a) is None for a in ev.actors):
                    # "kelompok bersenjata menyerang ... Para penyerang diduga berasal dari kelompok ADF"
                    later = self._identified_later(ctx, ev, doc._.events)
                    ev.actors = later + [a for a in (ev.actors or described[:1]) if a not in later]
                ev.actors = ev.actors or said
            elif ev.type == "ATTACK" and all(self._label(ctx, a) is None for a in ev.actors):
                ev.actors = [a for a in self._identified_later(ctx, ev, doc._.events) if a not in ev.actors] + ev.actors
            elif not ev.actors:
                ev.actors = described[:1] or (self._acting_forces(ctx, ev) if ev.type in _POLICE_WORK else [])
            ev.targets = [
                t for t in (_uncounted(x, counts) for x in ev.targets)
                if t and not self._deployed(ctx, ev, t) and not _means(t, weapon, self.lex)
                and not _count_words().issuperset(t.casefold().split())  # "status siaga satu": no one
            ]
            acting = {a.casefold() for a in ev.actors}
            ev.targets = [  # no party is its own target, nor its members' word before its name ("pasukan TPNPB")
                t for t in ev.targets
                if t.casefold() not in acting and t[len(self._followers(t)) :].casefold() not in acting
            ]
            for group in self._groups_of_targets(ctx, ev):  # "Dua anggota kelompok ISIS tewas": ISIS is harmed too
                if group.casefold() not in {t.casefold() for t in ev.targets + ev.actors}:
                    ev.targets.insert(0, group)
            if ctx.relevance is not None:
                ev.relevance = ctx.relevance.why(ev.start, ev.end)
            spoken = ev.__dict__.pop("_spoken", None)
            if ev.date is None and spoken is not None:
                _date_from(ev, spoken)
            if ev.date is not None and ev.date_basis is None:
                ev.date_basis = "text"
        return doc

    def _followers(self, phrase: str) -> str:
        """The words for a group's members heading the phrase ("pasukan " of "pasukan TPNPB"), or ""."""
        head = self.followers_re.match(phrase)
        return head.group() if head is not None else ""

    def _deployed(self, ctx: DocContext, ev: Event, target: str) -> bool:
        """Is the target the force a state sends ("mengerahkan pasukan darat untuk memburu ..."): its own, no target."""
        key = target.lower()
        for m in ev.mentions:
            text = ctx.text[m.start : m.end]
            low = text.lower()
            # "mengerahkan pasukan", "mengerahkan 200 personel Brimob": the troops after the verb, a count and its
            # unit between
            for verb in self.deploy_verb_re.finditer(text):
                counted = self.deploy_count_re.match(text, verb.end())
                ends = {verb.end()} | ({counted.end(), counted.end("count")} if counted is not None else set())
                if any(find_whole(low, key, at, hyphen=True) == at for at in ends):
                    return True
            # "300 personel Brimob dikerahkan": the troops before it
            at = find_whole(low, key, hyphen=True)
            while at >= 0:
                if self.deployed_after_re.match(text, at + len(key)):
                    return True
                at = find_whole(low, key, at + 1, hyphen=True)
        return False

    def _groups_of_targets(self, ctx: DocContext, ev: Event) -> list[str]:
        """The armed groups a target phrase names its people by: inside it ("Dua anggota kelompok ISIS") or right
        after its short form ("Seorang daftar pencarian orang (DPO) kelompok Mujahidin Indonesia Timur (MIT)")."""
        out: list[str] = []
        for m in ev.mentions:
            for t in ev.targets:
                at = ctx.text.find(t, m.start, m.end)
                if at < 0 or " " not in t:
                    continue
                tail = _GROUP_AFTER_PHRASE.match(ctx.text, at + len(t))
                end = tail.end() if tail is not None else at + len(t)
                out.extend(g.text for g in ea.ents_in(ctx, at, end, ("ORG",))
                           if ea.is_armed(g.text, self.lex) and g.start_char >= at and g.text not in out)
        return out

    def _pointed_person(self, ctx: DocContext, ev: Event, target: str) -> str | None:
        """The person a pointing phrase stands for: "Pentolan ini" after "... yang dipimpin Santoso." is Santoso
        (the last person named before it in its paragraph, at most a sentence back)."""
        words = target.split()
        if not words or words[0].casefold() not in self.lex.lists["person_pointers"]:
            return None
        for m in ev.mentions:
            at = ctx.text.find(target, m.start, m.end)
            if at < 0 or not _ANAPHORIC_RE.match(ctx.text, at + len(target)):
                continue
            para = ctx.text.rfind("\n", 0, at) + 1
            people = [x for x in ctx.ents if x.label_ == "PER" and max(para, at - _POINTER_REACH) <= x.start_char < at]
            if people:
                return people[-1].text
        return None

    def _head_of_operation(self, ctx: DocContext, ev: Event, violent: list[Event]) -> bool:
        """Is the trigger the bare head of the operation told in the sentence before ("serangan udara" ...
        "serangan"), with no armed group named in its own sentence?"""
        head = (ev.trigger or "").lower()
        return any(
            x.type == "MILITARY_OPERATION" and (x.trigger or "").lower().split()[0] == head and " " in (x.trigger or "")
            for x in violent
        ) and not any(ea.is_armed(g.text, self.lex) for g in ea.ents_in(ctx, ev.start, ev.end, ("ORG",)))

    def _pointed_mention(self, text: str, ev: Event, mentions: list[Event]) -> Event | None:
        """The earlier mention an actorless passive tells again through its pointed subject ("Sekolah itu telah
        diserang tanpa peringatan", "Toko itu diserang saat ..."): the latest violent one that named the noun after
        its trigger ("... menghantam sebuah sekolah ..."), whoever acted in the mentions between."""
        at = _trigger_at(text, ev, ev.start, ev.end)
        subject = self.pointed_subject_re.search(text, ev.start, at) if at >= 0 else None
        if subject is None or ev.type not in _SKIP_WHEN_UNREAL or not ev.__dict__.get("_passive"):
            return None
        noun = subject.group(1).lower()
        for m in reversed(mentions):
            struck = _trigger_at(text, m, m.start, m.end)
            if m.type in _SKIP_WHEN_UNREAL and m.actors and struck >= 0:
                lo = max(struck - 1, 0)  # the character before tells whether the noun starts a word there
                if find_whole(text[lo : m.end].lower(), noun, struck - lo, hyphen=True) >= 0:
                    return m
        return None

    def _while_struck(self, text: str, ev: Event) -> bool:
        """Is the attack told right after a word of time ("ketika diserang", "saat sedang diserang"), as what befell
        its victims when the strike told before came?"""
        at = _trigger_at(text, ev, ev.start, ev.end)
        return at >= 0 and self.while_re.search(text, ev.start, at) is not None

    def _weapon_struck(self, text: str, ev: Event) -> bool:
        """Is the attack's subject only its weapon ("Gubernur mengatakan rudal menghantam sebuah gedung apartemen"):
        the strike told before, told again by what it hit?"""
        at = _trigger_at(text, ev, ev.start, ev.end)
        if at < 0:
            return False
        words = text[max(ev.start, at - _WEAPON_SUBJECT_REACH) : at].split()
        while words and words[-1].casefold() in self.lex.lists["pointer_words"]:
            words.pop()  # "drone itu menghantam sebuah mobil": the weapon pointed back to
        weapon = ea.word_re(self.lex.lists["weapons"])
        return any(_means(" ".join(words[-n:]), weapon, self.lex) for n in range(1, min(3, len(words)) + 1))

    def _standoff(self, text: str, ev: Event) -> bool:
        """Negotiations the police hold with a suspect ("Upaya negosiasi terhadap istri terduga teroris ... untuk
        menyerahkan diri kandas", "Negosiasi yang dipimpin Kapolda") are part of an operation against them, no talks
        between parties."""
        cues = ea.word_re(self.lex.lists["standoff_cues"])
        return any(cues.search(text, m.start, m.end) for m in ev.mentions)

    def _inherit(self, text: str, mentions: list[Event]) -> None:
        """An arrest "dalam operasi tersebut" or a toll "dalam penghadangan" pointing back takes the date, place and
        actors of the operation or attack it refers to."""
        for i, ev in enumerate(mentions):
            if ev.date or ev.type not in ("ARREST", "ATTACK", "MILITARY_OPERATION"):
                continue
            ref = _BACK_REF.search(text, ev.start, ev.end)
            if ref is None:
                continue
            kinds = ("MILITARY_OPERATION",) if ev.type == "ARREST" else (ev.type,)
            # "... yang gugur dalam penghadangan. ... penghadangan pada Kamis"
            later = mentions[i + 1 :] if ev.type != "ARREST" else []
            src = next((x for x in [*reversed(mentions[:i]), *later] if x.type in kinds and x.date), None)
            if src is None or (
                ev.type != "ARREST" and (ev.actors and src.actors and not set(ev.actors) & set(src.actors))
            ):
                continue
            ev.date, ev.date_precision, ev.date_start, ev.date_end = (
                src.date, src.date_precision, src.date_start, src.date_end
            )
            ev.location = ev.location or src.location
            if not ev.actors:
                ev.actors = list(src.actors)

    # -- one sentence ---------------------------------------------------------------
    def _sentence(self, ctx: DocContext, sent: Span) -> tuple[list[Event], bool]:
        """The sentence's event mentions, and whether any trigger word in it had a reading (its `needs` met): one
        without ("operasi dilakukan di Distrik Achin", no force named) tells no event of its own, so the sentence
        carries the event before it."""
        text = ctx.text
        s, e = sent.start_char, sent.end_char
        while e > s and text[e - 1].isspace():
            e -= 1
        found: list[tuple[int, int, Trigger]] = []
        rel = ctx.relevance
        if self._off_domain(text, s, e) or (rel is not None and rel.off_topic_sentence(s, e)):
            return [], self.lex.trigger_re.search(text, s, e) is not None
        s = _after_dateline(text, s, e)
        read = False
        for m in self.lex.trigger_re.finditer(text, s, e):
            trig = self._choose(ctx, m.group(), s, e, m.start())
            read = read or trig is not None
            inside = ctx.ent_at(m.start())
            if inside is not None and m.end() <= inside.end_char:
                continue  # part of a name: "Aliansi Super Oposisi Nasional"
            if rel is not None and rel.sense_at(m.start(), m.end()) is not None:
                continue  # another sense of the word: "membakar lemak", "serangan balik"
            if trig is not None and trig.type == "CONTROL" and re.match(
                rf"(?:\s+(?:{alternation(self.lex.lists['vague_counts'])}))?"
                rf"\s+(?:{alternation(self.lex.lists['non_territory'])})(?![\w-])",
                text[m.end() : m.end() + 50],
                re.I,
            ):
                continue  # "menguasai jalannya pertandingan", "merebut sejumlah senjata"
            if trig is not None and trig.type == "CONTROL" and trig.voice == "noun" and _ENDED_HOLD.search(
                text, max(s, m.start() - 12), m.start()
            ):
                continue  # "membebaskan kota Kherson dari pendudukan Rusia": the hold that ended
            if trig is not None and trig.type in _POLICE_WORK and self._ordinary_crime(ctx, s, e):
                continue  # an arrest or a raid in a story of theft, fraud or drugs
            if trig is not None and trig.type == "ATTACK" and ctx.crime_story:
                continue  # "Seorang suami tega membacok istrinya": a crime story's killing
            if trig is not None and not self._vague(ctx, (s, e), m.start(), m.end(), trig):
                found.append((m.start(), m.end(), trig))
        forces = ea.word_re(self.lex.lists["state_forces"])
        for m in self.estimate_re.finditer(text, s, e):
            if (
                not self.blocker_re.search(text[s : m.start()])
                and not forces.match(text, m.end() + 1)
                and self._strength_frame(text, s, e, m.start())
            ):
                found.append((m.start(), m.end(), Trigger(m.group(), "ESTIMATE", None, "noun", None)))
        for fig in ctx.figures_in(s, e):
            if (fig.unit or "").lower() == "orang" and self._armed_size(ctx, s, fig):
                found.append((fig.start, fig.end, Trigger(text[fig.start : fig.end], "ESTIMATE", None, "noun", None)))
        head = ea.word_re(self.lex.lists["estimate_heads"]).search(text, s, e)
        if head is not None and not any(t.type == "ESTIMATE" for _, _, t in found):
            count = self.headcount_re.search(text, head.end(), e)
            if count is not None:
                found.append((count.start(), count.end(), Trigger(count.group(), "ESTIMATE", None, "noun", None)))
            else:  # "sisa anggota MIT kini tinggal empat orang": a count written in words
                told = next((f for f in ctx.figures_in(head.end(), e) if (f.unit or "").lower() == "orang"), None)
                if told is not None:
                    words = text[told.start : told.end]
                    found.append((told.start, told.end, Trigger(words, "ESTIMATE", None, "noun", None)))
        found.sort(key=lambda f: f[0])
        # a trigger opening a relative clause says who a participant is ("membebaskan pilot ... yang disandera KKB
        # selama 19 bulan, Sabtu (21/9/2024)"): it takes from no other trigger the dates and tolls nearest it
        owners = [p for p, _, t in found if t.type == "ESTIMATE" or not self._relative(text, s, p)] or [
            p for p, _, _ in found
        ]
        harm = [p for p, _, t in found if t.type in _SKIP_WHEN_UNREAL]  # the triggers a toll can belong to
        out, unreal = self._mentions(ctx, (s, e), found, owners, harm)
        undated_arrest = all(t.type == "ARREST" for p, _, t in found if p in unreal) and not any(
            d.value for d in ctx.dates_in(min(unreal, default=e), e)
        )
        if unreal and (self._adjunct_dates(ctx, min(unreal), e) or undated_arrest):
            # "ditembak mati ... saat hendak ditangkap di Dharmasraya, Selasa (14/5/2024)": the day set off at the
            # end is the sentence's, not the unrealised arrest's nearest it ("menjelang Pemilu 14 Februari" stays)
            # and the place after it too ("... saat hendak ditangkap di Sukoharjo, Selasa (9/8/2022)"), dated or not
            out, _ = self._mentions(
                ctx, (s, e), found, [p for p in owners if p not in unreal], [p for p in harm if p not in unreal],
                unreal,
            )
        return out, read

    def _court_plot(self, text: str, sent: tuple[int, int], start: int, trig: Trigger) -> bool:
        """In a court's words (a verdict, a charge, a trial) a warning told by its verb is what the accused told his
        cell ("hakim menyebut terdakwa memperingatkan rekannya"), no threat warning, and an attack meant ("menyiapkan
        bahan peledak untuk menyerang pos polisi") is the plot the court tells, no attack; the plot itself is
        intelligence about a plot ("terdakwa yang merencanakan serangan bom terhadap Markas Polres")."""
        if not ea.word_re(self.lex.lists["court_words"]).search(text, *sent):
            return False
        if trig.type == "WARNING":
            return trig.voice != "noun"
        return trig.type in _SKIP_WHEN_UNREAL and _PURPOSE.search(text, max(sent[0], start - 30), start) is not None

    def _adjunct_dates(self, ctx: DocContext, start: int, e: int) -> bool:
        """Is every date after `start` in the sentence set off by a comma (", Selasa (14/5/2024)")?"""
        dates = [d for d in ctx.dates_in(start, e) if d.value]
        return bool(dates) and all(_SET_OFF.search(ctx.text, max(start, d.start - 8), d.start) for d in dates)

    def _mentions(
        self, ctx: DocContext, sent: tuple[int, int], found: list[tuple[int, int, Trigger]], owners: list[int],
        harm: list[int], passed: set[int] | None = None,
    ) -> tuple[list[Event], set[int]]:
        """The sentence's events from its triggers, each owning the dates and tolls nearest it among `owners` and
        `harm`; and where the triggers stand that told nothing that happened. A trigger in `passed` (told as not
        happened) ends no other's stretch."""
        text = ctx.text
        s, e = sent
        out: list[Event] = []
        told_by: dict[int, int] = {}  # where each event's trigger ends
        told_at: dict[int, int] = {}  # and where it starts
        unreal: set[int] = set()
        prev_end, prev_unreal = s, False
        for i, (start, end, trig) in enumerate(found):
            purpose = prev_unreal and re.search(r"\buntuk\s+$", text[prev_end:start], re.I) is not None
            nxt = next((p for p, _, _ in found[i + 1 :] if p not in (passed or ())), e)
            first = found[0][0]
            ev = None if purpose else self._mention(
                ctx, s, e, start, end, trig, (owners, harm), prev_end, (first, nxt)
            )
            prev_end, prev_unreal = end, ev is None and (purpose or self._unreal(text, s, e, prev_end, start))
            if ev is None or self._court_plot(text, sent, start, trig):
                unreal.add(start)
                continue
            if self._recalled(text, s, found, i):
                ev.__dict__[RECALLED] = True
                if any(o.date == ev.date for o in out):  # the news's day, told before the span: not the recalled one's
                    ev.date = ev.date_precision = ev.date_start = ev.date_end = None
            if ev.type in _POLICE_WORK and trig.type not in _POLICE_WORK and self._ordinary_crime(ctx, s, e):
                continue  # "Brimob menembak mati dua perampok": the police's shooting in a robbery story
            setting = out[-1] if out and _SETTING.match(text, found[i - 1][1], start) else None
            if setting is not None and trig.voice == "noun" and not ev.actors and {ev.type, setting.type} <= set(
                _SKIP_WHEN_UNREAL
            ):
                ev.type = setting.type  # "Tentara menembak mati 36 pengungsi dalam bentrokan ...": the killing's
            if setting is not None and trig.voice == "noun" and not ev.actors and (setting.type, ev.type) == (
                "ARREST", "MILITARY_OPERATION"
            ):
                absorb(setting, ev, ea.gazetteer_entry)  # "menangkap seorang komandan ISIS dalam penggerebekan"
                continue
            same = next(
                (
                    o for o in out
                    if o.type == ev.type and (not o.date or not ev.date or o.date == ev.date)
                    and kin(o, ev)
                ),
                None,
            )
            if same is None:
                out.append(ev)
                told_by[id(ev)], told_at[id(ev)] = end, start
            else:
                absorb(same, ev, ea.gazetteer_entry)
        if found:
            self._share_days(ctx, (found[-1][0], found[-1][1], e), out, told_at, told_by)
        return out, unreal

    def _share_days(
        self, ctx: DocContext, last: tuple[int, int, int], out: list[Event], told_at: dict[int, int],
        told_by: dict[int, int],
    ) -> None:
        """Undated events of a sentence take a day told for triggers joined to theirs by "dan": the day set off at
        the sentence's end ("X menggagalkan rencana serangan ... dan menangkap seorang remaja, Jumat (31/5/2024)"),
        or the day of the clause before ("melancarkan serangan darat ... pada 6 Agustus 2024 dan mengklaim
        menguasai ..."). `last`: where the last trigger starts and ends, and the sentence's end."""
        text = ctx.text
        last_start, last_end, e = last
        closing = self._closing_date(ctx, last_end, e)
        for ev in out:
            at = told_by[id(ev)]
            joined = _JOINED_CLAUSE.match(text, at, last_start) if at < last_start else None
            if closing is not None and ev.date is None and joined is not None and joined.end() == last_start:
                _date_from(ev, closing)
        for prev, ev in itertools.pairwise(out):
            joined = _AND_THEN.search(text[told_by[id(prev)] : told_at[id(ev)]])
            if ev.date is None and prev.date is not None and prev.date_start is not None and joined is not None and (
                told_by[id(prev)] <= prev.date_start < told_by[id(prev)] + joined.start()
            ):
                ev.date, ev.date_precision, ev.date_start, ev.date_end = (
                    prev.date, prev.date_precision, prev.date_start, prev.date_end
                )

    def _closing_date(self, ctx: DocContext, after: int, e: int) -> DateMention | None:
        """The day set off by a comma at the sentence's end, after its last trigger and no verb of saying: the
        whole sentence's."""
        dates = [d for d in ctx.dates_in(after, e) if d.value and not self._period_edge(ctx.text, after, d)]
        last = dates[-1] if dates else None
        if last is None or not _SET_OFF.search(ctx.text, max(after, last.start - 8), last.start):
            return None
        if ea.word_re(self.lex.lists["speech_tags"]).search(ctx.text, after, last.start):
            return None  # "..., kata Kapolda, Senin (26/10/2020)": the day it was said
        return last if re.fullmatch(r"[\s.)\w]{0,12}", ctx.text[last.end : e]) else None

    def _armed_size(self, ctx: DocContext, s: int, fig: Figure) -> bool:
        """Is the head count the size of an armed group, told right after a word of membership ("kelompok MIT kini
        beranggotakan empat orang")? Not of a police team or a rescue team: the party named last before it is armed."""
        verb = self.members_told_re.search(ctx.text, max(s, fig.start - 30), fig.start)
        if verb is None:
            return False
        left = ea.clause_bounds(ctx.text, s, fig.start, verb.start(), self.lex)[0]
        named = [(x.start_char, ea.is_armed(x.text, self.lex)) for x in ea.ents_in(ctx, left, verb.start(), ("ORG",))]
        described = ctx.participants.within(left, verb.start(), ("armed", "state")) if ctx.participants else []
        parties = sorted(named + [(p.start, p.kind == "armed") for p in described])
        return bool(parties) and parties[-1][1]

    def _strength_frame(self, text: str, s: int, e: int, pos: int) -> bool:
        """Is a count of members framed as strength ("memiliki 500 anggota", "500 militan masih aktif", "kekuatan")?"""
        left, right = ea.clause_bounds(text, s, e, pos, self.lex)
        frames = ea.word_re(self.lex.lists["estimate_frames"])
        return frames.search(text, max(left, pos - 80), min(right, pos + 45)) is not None

    def _off_domain(self, text: str, s: int, e: int) -> bool:
        """A sentence about sport or business with no word of violence, or one telling a drill."""
        if ea.word_re(self.lex.lists["drills"]).search(text, s, e):
            return True
        if not ea.word_re(self.lex.lists["off_domain"]).search(text, s, e):
            return False
        return not ea.word_re(self._violence + self.lex.lists["strike_words"]).search(text, s, e)

    def _off_domain_doc(self, text: str) -> bool:
        """A match report or market story: many words of sport or business (and, the caller checks, none of
        violence)."""
        return len(ea.word_re(self.lex.lists["off_domain"]).findall(text, 0, 20_000)) >= 5

    def _choose(self, ctx: DocContext, phrase: str, s: int, e: int, pos: int) -> Trigger | None:
        """The trigger reading of a phrase whose `needs` cue is present in the sentence."""
        key = re.sub(r"\s+", " ", phrase.lower())
        text = ctx.text
        for trig in self.lex.alternatives.get(key) or self.lex.alternatives.get(base_phrase(phrase), []):
            if trig.headline and not self._in_headline(ctx, s, e):
                continue  # a bare root verb ("Densus 88 Ringkus ..."): a headline's, an imperative or a noun in prose
            if trig.needs is None:
                return trig
            if trig.needs == "state_killing":
                left = ea.clause_bounds(text, s, e, pos, self.lex)[0]
                kill = self._killing_in(text, left, pos)
                killer = ea.agent_before(ctx, left, left + kill.start(), self.lex) if kill is not None else None
                if kill is None and self._kills_after(text, pos, e):
                    killer = ea.agent_before(ctx, left, pos, self.lex)
                if isinstance(killer, Span) and ea.is_state(killer.text, killer.label_, self.lex) and not ea.is_armed(
                    killer.text, self.lex
                ):
                    return trig
                continue
            if trig.needs in ("state_actor", "armed_actor"):
                if trig.phrase in self.lex.lists["harm_verbs"] and self._harm_of_another(ctx, s, e, pos):
                    continue
                left = ea.relative_subject_left(text, ea.clause_bounds(text, s, e, pos, self.lex)[0], pos, self.lex)
                agent = ea.agent_before(ctx, left, pos, self.lex)
                name = agent.text if isinstance(agent, Span) else ""
                label = agent.label_ if isinstance(agent, Span) else None
                armed, armed_need = bool(name) and ea.is_armed(name, self.lex), trig.needs == "armed_actor"
                if armed_need == armed and name and (armed or ea.is_state(name, label, self.lex)):
                    return trig
                known = bool(name) and (armed or ea.is_state(name, label, self.lex))
                if not known and self._described_subject(ctx, left, pos, "armed" if armed_need else "state"):
                    return trig  # a force described, the name within it no state's or group's
                if trig.voice == "noun" and self._sides_named(ctx, pos + len(phrase), e, armed_need):
                    return trig
                two_sided = trig.phrase in self.lex.lists["two_sided"]
                if two_sided and self._armed_sides(ctx, (left, e), agent, pos + len(phrase)):
                    return trig  # "pertempuran antara RSF dan milisi suku Masalit": two groups fight, no state
                if isinstance(agent, Span) and two_sided and any(
                    ea.is_state(p.text, p.label_, self.lex) != armed_need
                    for p in ea.co_agents(ctx, left, agent, self.lex)[:-1]
                ):
                    return trig  # "Militer Sudan dan Pasukan Dukungan Cepat (RSF) kembali bertempur": either side
                continue
            if trig.needs == "main_clause":
                if self._relative(text, s, pos):
                    continue  # "Pasukan Kurdi yang beraliansi dengan Arab": who they are, no talks held
                return trig
            if trig.needs == "dated":
                if self._relative(text, s, pos):
                    continue
                if any(d.value and not self._period_edge(text, s, d) for d in ctx.dates_in(s, e)):
                    return trig
                continue
            if trig.needs == "violence":
                armed = ctx.violent or self._harm_in_clause(text, s, e, pos) or (
                    ctx.relevance is not None and ctx.relevance.decisive_at(pos, pos + len(phrase))
                )  # the deed's target says it: "menusuk anggota parlemen"
                if armed and not self._crime_told(ctx, s, e):
                    return trig  # a document-wide cue: "KKB menebar teror ... Tiga pekerja tewas ditembak"
                continue
            if trig.needs == "unsafe":  # an advisory: its reason in the sentence, or armed violence in the article
                if ctx.violent or ea.word_re(self.lex.cues["unsafe"]).search(text, s, e):
                    return trig
                continue
            if trig.needs in _OBJECT_CUES:
                if self._object_cue(text, pos + len(phrase), e, trig.needs) and self._agent_fits(
                    ctx, (s, e), pos, trig.needs
                ):
                    return trig
                continue
            if trig.needs in _AGENT_CUES:  # the subject of an active verb, the agent after a passive one
                if trig.voice == "passive":
                    found = self._object_cue(text, pos + len(phrase), e, trig.needs)
                else:  # a subject that is itself an attack's noun ("Serangan udara itu menghantam") restates it
                    subject = text[self._subject_left(text, s, e, pos) : pos]
                    found = bool(ea.word_re(self.lex.cues[trig.needs]).search(subject)) and not any(
                        self.lex.trigger_re.finditer(subject)
                    )
                if found:
                    return trig
                continue
            if ea.word_re(self.lex.cues[trig.needs]).search(text, s, e):
                if trig.voice == "active" and self._noun_subject(text, s, e, pos):
                    continue  # "bom pinggir jalan meledak": the verb restates the attack its subject names
                return trig
        return None

    def _in_headline(self, ctx: DocContext, s: int, e: int) -> bool:
        """Is the sentence a headline: a line with no closing punctuation before the article's first full sentence?"""
        return unclosed(ctx.text[s:e]) and s < (_first_sentence_end(ctx.doc, ctx.text) or len(ctx.text))

    def _subject_left(self, text: str, s: int, e: int, pos: int) -> int:
        """Where the subject right before the verb at `pos` may begin: its clause's start, at most a few words back."""
        return max(ea.clause_bounds(text, s, e, pos, self.lex)[0], pos - _AGENT_WINDOW)

    def _noun_subject(self, text: str, s: int, e: int, pos: int) -> bool:
        """Is the verb's subject, right before it in its clause, a trigger noun ("bom pinggir jalan meledak")?"""
        subject_end = len(text[:pos].rstrip())
        return any(
            m.end() == subject_end for m in self.lex.trigger_re.finditer(text, self._subject_left(text, s, e, pos), pos)
        )

    def _sides(
        self, ctx: DocContext, stretch: tuple[int, int, int], target: Span | str | None
    ) -> tuple[Span | None, Span | str | None]:
        """(actor, target) of a fight between two sides named after its noun (`stretch`: the clause's start, where
        the sides begin, the clause's end): the side whose people died ("tujuh tentara Pakistan tewas dalam baku
        tembak antara pasukan Pakistan dan India") is the target, else the state's force acts against the armed
        group."""
        lex, text = self.lex, ctx.text
        left, start, right = stretch
        sides = _sides_after(ctx, start, right)
        harmed = next(
            (
                x for x in sides for m in re.finditer(re.escape(x.text), text[left:right])
                if self._harmed(text, left + m.start(), left + m.end(), left)
            ),
            None,
        )
        other = None if harmed is None else next((x for x in sides if x.text != harmed.text), None)
        if harmed is not None and other is not None:  # both sides may be one name told twice: no fight of two
            return other, target or harmed
        agent = next((x for x in sides if ea.is_state(x.text, x.label_, lex) and not ea.is_armed(x.text, lex)), None)
        armed = [x for x in sides if ea.is_armed(x.text, lex)]
        other = next((x for x in armed if not _one_group(x.text, armed[0].text)), None)
        state_told = any(ea.is_state(x.text, x.label_, lex) for x in sides) or bool(
            ctx.participants and ctx.participants.within(start, min(right, start + _SIDES_REACH), ("state",))
        )
        if agent is None and other is not None and not state_told:
            # "kontak tembak antara kelompok Abu Sayyaf dan ISIS": no state's side, the first group acts on the other
            return armed[0], target or other
        return agent, target or next(iter(armed), None)

    def _sides_named(self, ctx: DocContext, end: int, e: int, armed_need: bool) -> bool:
        """"Pertempuran antara ISIS melawan Pasukan Demokratik Suriah": the sides named after a noun trigger, one
        of them the force it needs."""
        between = _BETWEEN_SIDES.match(ctx.text, end, e)
        if between is None:
            return False
        sides = _sides_after(ctx, between.end(), e)
        parts, reach = ctx.participants, min(e, between.end() + _SIDES_REACH)
        described = parts.within(between.end(), reach, ("armed", "state")) if parts is not None else []
        if any(p.kind == ("armed" if armed_need else "state") for p in described):
            return True  # "pertempuran antara pasukan pemerintah dan pemberontak"
        if armed_need:
            return any(ea.is_armed(x.text, self.lex) for x in sides)
        return any(ea.is_state(x.text, x.label_, self.lex) and not ea.is_armed(x.text, self.lex) for x in sides)

    def _armed_sides(self, ctx: DocContext, clause: tuple[int, int], agent: Span | str | None, end: int) -> bool:
        """Are a firefight's two sides armed groups, no state's force among them: named after "antara" ("pertempuran
        antara RSF dan milisi suku Masalit"), or its subject and the side after "dengan" ("pemberontak M23 terlibat
        pertempuran dengan milisi Wazalendo")?"""
        text, parts = ctx.text, ctx.participants
        between = _BETWEEN_SIDES.match(text, end, clause[1])
        side = _OTHER_SIDE.match(text, end, clause[1])
        start = between.end() if between is not None else side.end() if side is not None else -1
        if start < 0 or parts is None:
            return False
        reach = min(clause[1], start + _SIDES_REACH)
        spans = _sides_after(ctx, start, reach)
        phrases = parts.within(start, reach, ("armed", "state"))
        if between is None:  # the subject is the first side
            spans += [agent] if isinstance(agent, Span) else []
            phrases += parts.within(clause[0], end, ("armed", "state"))
        sides = [(x.text, ea.is_armed(x.text, self.lex), ea.is_state(x.text, x.label_, self.lex)) for x in spans]
        sides += [(p.text, p.kind == "armed", p.kind == "state") for p in phrases]
        if any(state and not armed for _, armed, state in sides):
            return False
        armed = [name for name, is_armed, _ in sides if is_armed]
        return any(not (_one_group(a, b) or a in b or b in a) for a, b in itertools.combinations(armed, 2))

    def _described_subject(self, ctx: DocContext, left: int, pos: int, kind: str) -> bool:
        """Whether the clause's subject right before the verb is a force described, not named ("Tim gabungan
        Operasi Damai Cartenz tengah melakukan pencarian")."""
        parts = ctx.participants
        before = parts.within(left, pos, (kind,)) if parts is not None else []
        if not before:
            return False
        gap = ctx.text[before[-1].end : pos]
        return len(gap) <= _AGENT_REACH and not ea.word_re(
            self.lex.lists["reporting_verbs"] + self.lex.lists["target_markers"]
        ).search(gap)

    def _object_cue(self, text: str, end: int, e: int, cue: str) -> bool:
        """Whether the verb's object, just after it, holds the cue and is not itself a trigger noun."""
        window = text[end:min(e, end + _OBJECT_WINDOW.get(cue, 60))]
        if self.lex.trigger_re.match(window.lstrip()):
            return False
        if cue in _PERSON_CUES:  # the object's head, past its count ("mengamankan aktivitas warga" holds no one)
            counted = _count_words().union(self.lex.lists["np_lead_words"])
            head = next((w for w in re.findall(r"[\w-]+", window) if w.lower() not in counted and not w.isdigit()), "")
            return ea.word_re(self.lex.cues[cue]).match(window, window.find(head)) is not None if head else False
        return bool(ea.word_re(self.lex.cues[cue]).search(window))

    def _agent_fits(self, ctx: DocContext, sent: tuple[int, int], pos: int, cue: str) -> bool:
        """The verb's subject for the cues that ask one: people held or freed by no armed group ("Hamas diyakini
        menahan dua orang Israel": hostages, no arrest; "Hamas membebaskan 13 sandera": a release, no operation);
        things destroyed by a state or an armed group ("operasi militer yang menewaskan 22 anggota ISIS dan
        menghancurkan kamp pelatihan": the operation, told once)."""
        if cue not in ("held_people", "freed_captives", "destroyed_thing"):
            return True
        text = ctx.text
        left = ea.relative_subject_left(text, ea.clause_bounds(text, *sent, pos, self.lex)[0], pos, self.lex)
        agent = ea.agent_before(ctx, left, pos, self.lex)
        armed = isinstance(agent, Span) and ea.is_armed(agent.text, self.lex)
        if cue in ("held_people", "freed_captives"):
            return not armed
        return armed or (isinstance(agent, Span) and ea.is_state(agent.text, agent.label_, self.lex))

    def _harm_in_clause(self, text: str, s: int, e: int, pos: int) -> bool:
        """Someone killed or wounded in the trigger's clause ("terluka setelah ditembak orang tak dikenal"): a
        shooting, though the article names no armed group."""
        left, right = ea.clause_bounds(text, s, e, pos, self.lex)
        harm = ea.word_re(self.lex.lists["killed_predicates"] + self.lex.lists["injured_predicates"])
        # "tewas setelah ditembak perampok": a robbery's
        return harm.search(text, left, right) is not None and not ea.word_re(self.lex.crimes).search(text, left, right)

    def _relative(self, text: str, s: int, pos: int) -> bool:
        """Does the trigger open a relative clause ("anggota JAD yang sudah berbaiat kepada ISIS"), maybe past a
        hedge and a word of plotting ("tiga orang yang diduga merencanakan serangan terhadap sinagog")?"""
        markers = alternation(self.lex.lists["relative_markers"])
        hedges = alternation(self.lex.lists["relative_hedges"] + self.lex.lists["plot_cues"])
        return re.search(
            rf"(?<![\w-])(?:{markers})\s+(?:(?:{hedges})\s+){{0,2}}$", text[max(s, pos - 60) : pos], re.I
        ) is not None

    def _harm_of_another(self, ctx: DocContext, s: int, e: int, pos: int) -> bool:
        """Does a verb of harm tell what another trigger of its clause did ("bentrokan antara Taliban dan pasukan
        Amerika ... menewaskan dua tentara", "menewaskan enam anggota ISIS-K dalam penggerebekan"), a campaign's dead
        over a period ("melancarkan pemberontakan selama 15 tahun ..., menewaskan lebih dari 40.000 orang"), or a
        crime's?"""
        text, harm = ctx.text, self.lex.lists["harm_verbs"]
        left, right = ea.clause_bounds(text, s, e, pos, self.lex)
        others = (m for m in self.lex.trigger_re.finditer(text, left, right) if m.start() != pos)
        if any(m.group().lower() not in harm for m in others):
            return True
        spans = ea.word_re(self.lex.lists["campaign_spans"] + self.lex.lists["war_tolls"])
        return spans.search(text, s, e) is not None or self._crime_told(ctx, s, e)

    def _crime_told(self, ctx: DocContext, s: int, e: int) -> bool:
        """An ordinary crime named in the sentence and no terror or armed group: "Seorang pria tewas ditikam
        tetangganya akibat cekcok soal batas tanah" is a quarrel's killing, whatever else the article says."""
        return bool(ea.word_re(self.lex.crimes).search(ctx.text, s, e)) and not ea.word_re(
            self.lex.cues["violence"]
        ).search(ctx.text, s, e)

    def _ordinary_crime(self, ctx: DocContext, s: int, e: int) -> bool:
        """An arrest for drugs, graft, fraud or theft, with no word of terror or of an armed group in its sentence
        (weapons and deaths may be a robbery's), or in an article with no word of violence that names the crime
        twice or in its lead ("menangkap siswi SMA ... setelah tertangkap CCTV mencuri motor")."""
        if self._crime_told(ctx, s, e):
            return True  # "menembak mati dua perampok bersenjata api": armed, yet a robbery
        if ea.word_re(self.lex.cues["violence"]).search(ctx.text, s, e):
            return False  # terror or an armed group named: "pendanaan teroris dari hasil penipuan"
        crimes = ea.word_re(self.lex.crimes)
        if ea.word_re(self._violence).search(ctx.text, s, e):
            return False
        if ctx.violent:
            return False
        lead = _first_sentence_end(ctx.doc, ctx.text) or len(ctx.text)
        return ctx.crime_story or crimes.search(ctx.text, 0, lead) is not None or len(
            crimes.findall(ctx.text, 0, 20_000)
        ) >= 2

    def _crime_story(self, ctx: DocContext) -> bool:
        """Does the article name an ordinary crime (a robbery, a quarrel, a killing in the family) and no strong word
        of the domain (terror, an armed group, a war's strike)? Its killings and arrests are police news."""
        strong = get_signals().strong
        if ctx.relevance is not None and any(h.phrase in strong for h in ctx.relevance.hits):
            return False
        return ea.word_re(self.lex.crimes).search(ctx.text, 0, 20_000) is not None

    def _vague(self, ctx: DocContext, sent: tuple[int, int], start: int, end: int, trig: Trigger) -> bool:
        """A general statement ("rentetan serangan", "serangan secara sporadis"), not one event."""
        text, s = ctx.text, sent[0]
        before = text[max(s, start - 30) : start]
        after = text[end : end + 30]
        if _COUNTED_OBJECT.match(after):
            return False  # "serangkaian penangkapan atas 14 orang": one operation, counted
        if ea.word_re(self.lex.lists["series_words"]).search(before) and self._dated_toll(ctx, sent):
            return False  # "empat orang tewas dalam serangkaian penembakan ... pada Selasa (14/11)": one event
        if ea.word_re(self.lex.lists["vague_before"]).search(before):
            return True
        told = text[s:start]  # the plot of a film, a novel or a game
        if ea.word_re(self.lex.lists["fiction_works"]).search(told) and ea.word_re(
            self.lex.lists["fiction_telling"]
        ).search(told):
            return True
        vague_words = alternation(self.lex.lists["vague_right_before"] + self.lex.lists["motives"])
        right_before = re.search(rf"(?<![\w-])(?:{vague_words})\s+[\"“‘']?$", before, re.I)
        if right_before is not None and trig.voice == "noun":  # before a verb they are its subject: "korban ditembak"
            # "dua anggota Brimob yang menjadi korban penusukan di Masjid Falatehan, Jumat malam (30/6)": one event
            victims = right_before.group().strip().lower() in self.lex.lists["victims_of"]
            return not (victims and _dated_to_the_day(ctx, sent))
        clause = re.split(r"[.;:!?]", text[end : end + 70], maxsplit=1)[0]
        if ea.word_re(self.lex.lists["not_first_cues"]).search(clause):
            return True  # "Serangan terhadap pekerja sipil di Puncak bukan yang pertama": the series, not one event
        # the kind told by its noun and up to three words ("Serangan lone wolf sulit dideteksi", "Penculikan oleh Abu
        # Sayyaf biasanya ..."), then a habit or a property; a verb's object its own ("menembak mati pelaku yang
        # sering beraksi": the one shot is described)
        kinds = alternation(self.lex.lists["kind_after"])
        words = "{0,3}" if trig.voice == "noun" else "?"
        if re.match(rf"(?:\s+(?!yang\b)[a-z-]+){words}\s+(?:{kinds})(?![\w-])", text[end : end + 60], re.I):
            return True
        return bool(re.match(rf"\s*(?:{alternation(self.lex.lists['vague_after'])})", after, re.I))

    def _dated_toll(self, ctx: DocContext, sent: tuple[int, int]) -> bool:
        """Does the sentence give both a day and a count of dead or injured?"""
        return _dated_to_the_day(ctx, sent) and any(f.kind in ("killed", "injured") for f in ctx.figures_in(*sent))

    def _mention(
        self,
        ctx: DocContext,
        s: int,
        e: int,
        start: int,
        end: int,
        trig: Trigger,
        triggers: tuple[list[int], list[int]],
        prev_end: int,
        others: tuple[int, int],
    ) -> Event | None:
        """One mention of the trigger at [start, end) in the sentence [s, e). `triggers`: where every trigger of the
        sentence stands (each owns its nearest date) and where those of violence stand (each owns its nearest toll:
        "1.400 orang tewas ketika daerah yang dikuasai gerilyawan ... diserang" is the attack's, not the control's)."""
        owners, harm = triggers
        text, lex, nxt = ctx.text, self.lex, others[1]
        left, right = ea.clause_bounds(text, s, e, start, self.lex)
        setting = self._time_clause(text, s, e, e)
        # "Usai kontak tembak, 300 personel Brimob dikerahkan": an event named in the opening time clause is the one
        # told before; the main clause's parties are not its
        in_setting = trig.voice == "noun" and setting[0] < start < setting[1]
        if in_setting:
            right = min(right, setting[1] - 1)
        if trig.headline:  # a headline's comma sets a clause apart: "Diduga Dewan Syuro JI, Densus 88 Tangkap ..."
            left = max(left, text.rfind(",", left, start) + 1)
        motive = ea.word_re(lex.lists["motives"]).search(text, end, right) or (
            self.recall_head_re.search(text, end, others[1]) if others[1] < e else None  # a trigger follows it
        )
        # "... sebagai balasan atas serangan drone yang menewaskan tiga tentara AS", "... dua hari setelah serangan di
        # Oksibil yang menewaskan seorang guru": the motive's or the recalled event's toll and victims; after a bare
        # relation ("Serangan itu terjadi setelah pekan lalu Israel membunuh ..."), only the toll and victims
        told_to = motive.start() if motive is not None else e
        right = min(right, told_to)
        related = self.relation_re.search(text, end, others[1]) if others[1] < e else None
        told_to = min(told_to, related.start() if related is not None else e)
        # the trigger right after another: that one's last word may be its cue ("mengetahui rencana serangan")
        last_word = text.rfind(" ", left, prev_end) + 1 if text[prev_end:start].isspace() else prev_end
        cert = ea.certainty(text, max(left, last_word), start, right, lex)
        if _AFTER_PREFIX.match(text, start) or self._presupposed(text, left, start):
            cert = "asserted"  # "pascapenyerangan", "mengusut tuntas serangan": presupposes the attack happened
        etype = trig.type
        if etype == "ATTACK" and cert == "planned" and self._plotted(text, max(left, prev_end), start):
            if _ANAPHORIC_RE.match(text, end):
                cert = "asserted"  # "Paddock telah lama merencanakan serangan tersebut": the attack told before
            else:
                etype = "WARNING"  # "merencanakan serangan bom terhadap Markas Polres": a plot, told as a warning
        elif etype in _SKIP_WHEN_UNREAL and (cert in ("planned", "possible", "negated") or (
            trig.voice == "noun" and self._threat_example(text, s, start)
        ) or self.foiled_re.search(text, left, start)):
            return None
        near = max(left, prev_end, text.find(" ", max(0, start - 30), start) + 1)  # the last words, whole
        if etype in _SKIP_WHEN_UNREAL + ("ARREST",) and _PURPOSE.search(text, left, start) and (
            ea.certainty(text, left, start, right, lex) == "planned"
        ):
            return None  # "memerintahkan ... untuk mengejar dan menangkap": a purpose, not an event
        if etype in ("ARREST", "CONTROL") and (ea.certainty(text, near, start, right, lex) in (
            "planned", "possible", "negated"
        ) or self.unrealised_re.search(text, near, start) or self.plea_re.search(text, left, start)):
            return None  # "meminta agar pelaku segera ditangkap", "berani menangkap": it did not happen
        if etype == "TALKS" and self._lawmaking(ctx, left, right):
            return None  # "pembahasan RUU Terorisme antara pemerintah dan DPR": a law made, no conflict's talks
        actors, target = self._roles(ctx, left, min(right, others[1]), start, end, trig)
        advisory = trig.needs == "unsafe"  # "mengimbau warganya menghindari ...": it threatens no one it names
        target = None if advisory else target
        identified = self._identified(ctx, start, end, min(right, others[1])) if trig.voice == "noun" else None
        # "pelaku penembakan adalah anggota KKB": the one named did it, no one was hit; unless what the deed struck is
        # told before the copula ("pelaku penembakan terhadap anggota Brimob di Intan Jaya adalah ...")
        only_named = identified is not None and self.copula_re.match(text, end) is not None
        if identified is not None:
            actors, target = [identified], None if only_named else target
        if cert == "denied":
            actors = [a for a in actors if not ea.denies(text, text.rfind(a, left, start) + len(a), lex)]
        if not actors and etype == "ATTACK":
            actors = [x for x in [self._claimant(ctx, s, e)] if x]
        # coordinated triggers share their subject: "Polisi ... melakukan penggerebekan dan penangkapan"
        shared = prev_end > left and _COORDINATED.match(text[prev_end:start]) is not None
        described = None if etype not in _SKIP_WHEN_UNREAL + ("ARREST", "CONTROL") else self._described_agent(
            ctx, (left if shared else max(left, prev_end), min(right, others[1])), start, end, trig
        )
        named_at = text.rfind(actors[-1], left, start) if actors else -1
        if described is not None and described.kind == "armed" and trig.phrase in lex.lists["two_sided"]:
            # "Pasukan TNI dan kelompok bersenjata saling menembak": the described group is the state's other side
            sides, target = self._state_side(ctx, actors, target, described.text)
            if sides != actors:
                actors, described = sides, None
        members = self._followers(described.text) if described is not None and actors else ""
        if described is not None and members and described.text[len(members) :].casefold().startswith(
            actors[-1].casefold()
        ):
            described = None  # "dilakukan oleh pasukan Kodap VIII": the phrase is the named actor's own members
        if (
            described is not None
            and actors
            and trig.voice in ("active", "noun")
            and (
                named_at < described.start
                # "Seorang warga Palestina menikam ...": the person acts, the state names where they are from
                or (named_at < described.end and described.kind != "state" and self._a_person(described.text))
            )
        ):
            # "Polisi Austria menangkap ... setelah seorang pria bersenjata membunuh", "TNI menangani kelompok
            # kriminal bersenjata yang melakukan penyanderaan": the nearer subject acts
            actors = []
        elif (
            described is not None and actors and trig.voice == "passive" and described.kind == "victim"
            and actors[-1] in text[described.start : described.end]
        ):
            actors = []  # "ditusuk oleh pemuda Inggris": the person acts, the state names where they are from
        elif actors:
            described = None
        if trig.phrase in lex.lists["two_sided"]:
            actors, target = self._state_side(ctx, actors, target)
        actor = actors[-1] if actors else None
        governs = actor is not None and self._governs(ctx, actor, (s, e))
        if (
            etype == "ATTACK"
            and actor is not None
            and (governs or not ea.is_armed(actor, lex) and ea.is_state(actor, self._label(ctx, actor), lex))
        ):
            etype = "MILITARY_OPERATION"
        elif (
            etype == "MILITARY_OPERATION"
            and actor is not None
            and not governs
            and ea.is_armed(actor, lex)
            and not self._forces_of(text, actor)
        ):
            etype = "ATTACK"
        elif (
            etype == "MILITARY_OPERATION" and actor is not None and not governs
            and trig.phrase in lex.lists["two_sided"]
            and not (ea.is_state(actor, self._label(ctx, actor), lex) or self._forces_of(text, actor))
        ):
            etype = "ATTACK"  # "baku tembak antara milisi suku dan kelompok bersenjata Tuareg": no state's side acts
        elif described is not None and etype in _SKIP_WHEN_UNREAL:
            # who acted decides: "aparat", "orang tak dikenal"
            etype = "MILITARY_OPERATION" if described.kind == "state" else "ATTACK"
        # (a noun trigger's relative clause tells its own deed: "pemboman mobil yang menewaskan 18 orang ...")
        deeds = self._relative_deeds(ctx, (end, e), nxt, owners) if trig.voice != "noun" else []
        where = self._where(ctx, s, (left, right), (prev_end, start, end), others, etype, (actor, target), deeds)
        if where is None and deeds:  # "menangkap AR, anggota sel yang menembak ... pada 2021, di Kecamatan Woha"
            after = ea.place(ctx, deeds[-1][1], e, start, set(), lex)
            where = after.text if after is not None else None
        asides = [m.span() for m in _ASIDE.finditer(text, s, e) if not m.start() <= start < m.end()]
        asides.extend(deeds)
        dates = [
            d for d in ctx.dates_in(s, e)
            if d.value and not self._period_edge(text, s, d) and not _CLOCK_ONLY.match(d.text)
            and not any(a <= d.start < b for a, b in asides) and not _long_stretch(d)
            and not _named_year(text, s, d, (start, end)) and not _in_name(ctx, d)
        ]
        dates = _refined(text, dates)
        spoken = [d for d in dates if self._speech_date(text, s, d, start)]
        date = ea.nearest([d for d in dates if d not in spoken], start, owners, start, text)
        ev = Event(
            type=etype,
            evidence=text[s:e],
            start=s,
            end=e,
            subtype=trig.subtype if etype == "ATTACK" else None,
            trigger=text[start:end],
            location=where,
            actors=[x for a in actors for x in self._name_and_phrase(ctx, a, (s, e), start, ("state",))]
            if etype in _ON_THE_GROUND + ("CONTROL",) else actors,
            targets=self._name_and_phrase(ctx, target, (s, e), start) if target else [],
            weapon=ea.weapon(text, s, e, lex) if etype in ("ATTACK", "MILITARY_OPERATION", "SUPPORT") else None,
            certainty=cert,
            mentions=[Evidence(text[s:e], s, e)],
        )
        ev.__dict__["_anaphoric"] = in_setting or self._anaphoric(text, start, end, trig)
        ev.__dict__["_past"] = self._past_experience(text, left, start)
        ev.__dict__["_passive"] = trig.voice == "passive"
        # "Beberapa waktu lalu, kelompok itu juga membunuh ...", "penangkapan empat orang di Bekasi beberapa waktu
        # lalu": a recall cue before the trigger in its sentence or after it in its own stretch
        ev.__dict__[RECALLED] = not ev.__dict__["_anaphoric"] and any(
            self.recall_re.search(text, a, b) for a, b in ((s, start), (end, nxt))
        )
        if etype == "ATTACK" and ev.subtype is None:
            ev.subtype = "bombing" if ev.weapon and "bom" in ev.weapon else "armed assault"
        if date is not None:
            _date_from(ev, date)
        elif spoken:
            ev.__dict__["_spoken"] = spoken[-1]  # the statement's date, used only if no mention dates the event
        if etype in ("ATTACK", "MILITARY_OPERATION", "ARREST", "WARNING") and not (only_named or advisory):
            ev.__dict__["_np"] = self._phrase_targets(ctx, (s, e), left, min(right, others[1]), start, end, trig, etype)
        if etype in _SKIP_WHEN_UNREAL and not only_named:
            ev.__dict__["_np"].extend(self._victims_described(ctx, s, told_to, start, end, trig))
        ev.__dict__["_np_actors"] = [described.text] if described is not None else []
        if etype in ("ATTACK", "MILITARY_OPERATION"):
            self._casualties(ctx, ev, s, told_to, start, harm if start in harm else owners)
            if ev.killed is None and (trig.phrase in self.lex.lists["killing_passives"] or self._died_so(text, start)):
                self._victim_count(ctx, ev, left, start)
            if ev.killed is None and trig.phrase in self.lex.lists["killing_nouns"]:
                self._object_count(ctx, ev, end, e)
        ev.__dict__[DEPLOYMENT] = (  # what the forces did: sent, searched, fought (a firefight, or someone harmed)
            DEPLOYMENT if trig.phrase in lex.lists["deployments"] else SEARCH if trig.phrase in lex.lists["searches"]
            else FIGHT if trig.phrase in lex.lists["firefights"] or ev.killed or ev.injured else ""
        )
        return ev

    def _state_side(
        self, ctx: DocContext, actors: list[str], target: str | None, described: str | None = None
    ) -> tuple[list[str], str | None]:
        """A firefight's two sides named as its subject ("Pasukan TNI dan KKB terlibat baku tembak", or an armed
        group `described` by its phrase, "... dan kelompok bersenjata saling menembak"): the state's force acts,
        the armed group is its target."""
        armed = [a for a in actors if ea.is_armed(a, self.lex)] + ([described] if described else [])
        state = [a for a in actors if a not in armed and ea.is_state(a, self._label(ctx, a), self.lex)]
        if not state and len(set(armed)) > 1 and len(actors) > 1:
            return armed[:1], target or armed[1]  # "Tentara Arakan dan ARSA saling serang": the first acts
        if not (state and armed):
            return actors, target
        return state, target or armed[0]

    def _lawmaking(self, ctx: DocContext, left: int, right: int) -> bool:
        """Does the clause tell a law being made (a bill, a parliament's committee) and name no armed group?"""
        if not ea.word_re(self.lex.lists["lawmaking"]).search(ctx.text, left, right):
            return False
        return not any(ea.is_armed(x.text, self.lex) for x in ea.ents_in(ctx, left, right, ("ORG",)))

    def _past_experience(self, text: str, left: int, start: int) -> bool:
        """Does a past cue ("pernah") stand before the trigger in its clause, at most a few words away?"""
        cue = ea.word_re(self.lex.lists["past_cues"])
        return any(
            not re.search(r"[,;.:\"\u201c\u201d]", text[m.end() : start])
            for m in cue.finditer(text, max(left, start - _PAST_REACH), start)
        )

    def _recalled(self, text: str, s: int, found: list[tuple[int, int, Trigger]], i: int) -> bool:
        """Is the i-th trigger of the sentence another event than the violent one the sentence tells first (its
        trigger before, or its subject pointing back: "Operasi ini dilakukan ...", "Peristiwa itu"), set against it
        by a span of time and a relation a few words before it ("Serangan itu terjadi dua hari setelah serangan di
        Oksibil", "... sebulan setelah kelompok itu menyerang sebuah gereja")? Not when it stands alone: "Beberapa
        hari sebelum serangan di Moskow, Teheran ..." tells the news's time."""
        start, end, trig = found[i]
        at = _after_dateline(text, s, start)
        opening = self.lex.trigger_re.match(text, at) or self.incident_re.match(text, at)
        told_first = (i > 0 and found[i - 1][2].type in _SKIP_WHEN_UNREAL) or (
            opening is not None and opening.start() < start and _ANAPHORIC_RE.match(text, opening.end()) is not None
        )
        return (
            told_first and self.recall_span_re.search(text, max(s, start - _RECALL_REACH), start) is not None
            and not self._anaphoric(text, start, end, trig)
        )

    def _name_and_phrase(
        self, ctx: DocContext, name: str, sent: tuple[int, int], near: int, kinds: tuple[str, ...] = ("victim",)
    ) -> list[str]:
        """A name, then the phrase it stands in: a target's people ("Amerika Serikat", "pasukan Amerika Serikat";
        "JI", "anggota JI"), or with `kinds` ("state",) an actor's force ("Turki", "Polisi Turki"). Of the name's
        places in the sentence, the one nearest the trigger at `near` ("Aparat gabungan TNI-Polri ... setelah kelompok
        itu menyerang pos TNI": the post's)."""
        parts = ctx.participants
        s, e = sent
        # not the speaker's name after the trigger ("..., kata Jaksa Penuntut Kashan")
        said = ea.word_re(self.lex.lists["speaker_after"]).search(ctx.text, near, e)
        found = occurrences(ctx.text[s:e], name)
        found = [p for p in found if said is None or s + p < said.start()] or found
        at = s + min(found, key=lambda p: abs(s + p - near)) if found else -1
        ent = ctx.ent_at(at) if at >= 0 else None
        if parts is None or ent is None:
            return [name]
        around = parts.within(max(s, at - 40), min(e, at + len(name) + 40), kinds)
        holder = next((p for p in around if p.start < at and at + len(name) <= p.end), None)
        if holder is None:
            return [name]
        return [name, holder.text]

    def _described_agent(
        self, ctx: DocContext, own: tuple[int, int], start: int, end: int, trig: Trigger
    ) -> Phrase | None:
        """The agent written as a phrase, not a name: after "oleh"/"dilakukan" for a passive or a noun, else the
        subject right before an active verb or a light verb ("aparat gabungan melakukan penyisiran")."""
        text, parts = ctx.text, ctx.participants
        if parts is None:
            return None
        agents: tuple[str, ...] = ("armed", "state")
        if trig.voice in ("passive", "noun"):
            m = _AGENT_MARK.match(text, end, own[1])
            if m is not None:  # "oleh kelompok bersenjata", or one person: "ditusuk oleh pemuda Inggris"
                found = parts.at(m.end(), 3, agents + ("victim",))
                force = parts.within(found.start, found.end, agents) if found is not None else []
                if found is not None and found.kind == "victim" and force:
                    return force[0]  # "ditembak mati oleh seorang polisi wanita": the force the person serves in
                return found if found is None or found.kind != "victim" or self._a_person(found.text) else None
        if trig.voice == "noun" and base_phrase(trig.phrase) in self.lex.lists["agentive_nouns"]:
            # "serangan sistematis" aparat keamanan Myanmar: past the scare quote that closes the clause
            after = _AGENT_AFTER_NOUN.match(text[end : max(own[1], end + _SCARE_QUOTE)])
            word = (after.group("word") or "").lower() if after is not None else ""
            markers = self.lex.lists["noun_object_markers"] + self.lex.lists["target_markers"]
            owner = parts.at(end + after.end(), 1, agents) if after is not None and word not in markers else None
            if owner is None and text[end : end + 1].isspace():  # "serangan pasukan khusus Amerika Serikat"
                owner = parts.at(end + 1, 1, ("state",))
            if owner is not None:
                return owner
        if trig.voice == "passive":  # the bare agent right after the verb: "tewas ditembak petugas gabungan"
            bare = _BARE_PASSIVE_AGENT.match(text, end, own[1])
            return parts.at(bare.end(), 2, agents) if bare is not None else None
        backed = ea.backers(text, own[0], start, self.lex)
        # "Penyerang, yang mengenakan seragam militer, melepaskan tembakan": the clause describes the subject
        backed += [m.span() for m in _ASIDE.finditer(text, own[0], start)]
        if trig.voice == "active":  # a lone attacker: "Seorang pria menyerang polisi", "wanita itu meledakkan bom"
            agents += ("victim",)
        before = [
            p for p in parts.within(own[0], start, agents)
            if not any(a <= p.start < b for a, b in backed) and (p.kind != "victim" or self._a_person(p.text))
        ]
        if not before:
            return None
        gap = _ASIDE.sub(",", text[before[-1].end : start])
        light = ea.word_re(self.lex.lists["light_verbs"])
        if trig.voice == "noun" and not light.search(gap):
            return None
        if len(gap) > _AGENT_REACH or ea.word_re(
            self.lex.lists["reporting_verbs"] + self.lex.lists["target_markers"]
        ).search(gap) or ea.word_re(self.lex.lists["own_subject_words"]).search(gap):
            return None
        return before[-1]

    def _identified(self, ctx: DocContext, start: int, end: int, right: int) -> str | None:
        """The perpetrator a sentence identifies after a copula ("pelaku penembakan adalah anggota KKB pimpinan
        Lekagak Telenggen", "dalang serangan itu diduga ISIS"): the group named, else the phrase."""
        text = ctx.text
        if not self.perpetrator_re.search(text, max(0, start - 15), start):
            return None
        named = self.copula_re.match(text, end) or self._copula_past_struck(text, end)
        if named is None:
            return None
        stop = text.find(".", named.end())
        reach = min(len(text) if stop < 0 else stop, named.end() + _SIDES_REACH)
        group = next((g for g in ea.ents_in(ctx, named.end(), reach, ("ORG",)) if ea.is_armed(g.text, self.lex)), None)
        if group is not None:
            return group.text
        who = ctx.participants.at(named.end(), 2, ("armed", "victim")) if ctx.participants is not None else None
        return who.text if who is not None else None

    def _same_places(self, text: str, events: list[Event]) -> None:
        """"Keesokan harinya, kelompok itu membakar sekolah di distrik yang sama": an event told at "the same" place
        happened where the nearest placed event before it did, whatever its day."""
        placed: list[Event] = []
        for ev in sorted(events, key=lambda x: x.start):
            if ev.location is None and placed and self.same_place_re.search(text, ev.start, ev.end):
                ev.location, ev.location_basis = placed[-1].location, "story"
            if ev.location is not None:
                placed.append(ev)

    def _copula_past_struck(self, text: str, end: int) -> re.Match[str] | None:
        """The copula after what a deed struck and where, with no verb between ("pelaku penembakan terhadap anggota
        Brimob di Intan Jaya adalah ...")."""
        m = self.struck_copula_re.match(text, end)
        if m is None or any(ea.GAP_VERB.fullmatch(w) for w in m.group("struck").split() if w.islower()):
            return None
        return m

    def _a_person(self, phrase: str) -> bool:
        """Does the phrase name one person or a few by what they are ("seorang pria", "wanita", "dua pemuda")?"""
        return any(w in self.lex.lists["person_pointers"] for w in phrase.casefold().split())

    def _victims_described(self, ctx: DocContext, s: int, e: int, start: int, end: int, trig: Trigger) -> list[str]:
        """People harmed, written as phrases: the object of the verb or noun ("pembunuhan 31 pekerja proyek"),
        the object of a killing verb ("menewaskan 13 tentara AS") or the subject of a toll ("lima petugas gereja
        ... luka-luka")."""
        text, parts = ctx.text, ctx.participants
        if parts is None:
            return []
        out = []
        agentive = trig.voice == "noun" and base_phrase(trig.phrase) in self.lex.lists["agentive_nouns"]
        if trig.voice == "active" or (trig.voice == "noun" and not agentive):
            m = re.match(r"\s+(?:terhadap\s+|kepada\s+)?", text[end:e])
            first = parts.at(end + (m.end() if m else 0), 2, ("victim",))
            if first is not None:
                out.append(first.text)
        if trig.voice == "passive":  # the subject of a passive: "Para pekerja proyek Trans Papua dibunuh"
            subject = [p for p in parts.within(s, start, ("victim",)) if _PASSIVE_GAP.fullmatch(text, p.end, start)]
            out.extend(p.text for p in subject[-1:])
        kill = ea.word_re(self.lex.lists["killing_verbs"] + ("melukai", "mencederai"))
        aside = self._time_clause(text, s, e, start)
        for m in kill.finditer(text, s, e):
            if aside[0] <= m.start() < aside[1]:
                continue
            hit = parts.at(m.end() + 1, 2, ("victim",))
            if hit is not None:  # and those it names after "termasuk": "60 orang, termasuk 13 tentara AS"
                out.append(hit.text)
                out.extend(p.text for p in parts.within(hit.end, min(e, hit.end + 60), ("victim",))
                           if _INCLUDING.match(text, hit.end, p.start))
        preds = ea.word_re(self.lex.lists["killed_predicates"] + self.lex.lists["injured_predicates"])
        for p in parts.within(s, e, ("victim",)):
            filler = _FILLER.match(text, p.end)  # every part is optional: it always matches
            gap = len(filler.group()) if filler else 0
            if (preds.match(text, p.end + 1) or preds.match(text, p.end + 1 + gap)) and not self._took_part(
                text, p.end, start
            ):
                out.append(p.text)
        return [x for x in out if not _BARE_VICTIM.match(x)]

    def _discourse_actors(self, ctx: DocContext, ev: Event, events: list[Event]) -> list[str]:
        """An attack's perpetrator named in one of its sentences but not in a role the rules read: the armed group
        named there (not as the target, nor as the actor of another event first told in that sentence: "Serangan terjadi
        ... sejak ibu kota jatuh ke tangan Taliban"), else a phrase such as "pelaku bom bunuh diri"."""
        targets = {t.casefold() for t in ev.targets}
        for m in ev.mentions:
            acting = _parties_beside(ev, m, events)
            for g in ea.ents_in(ctx, m.start, m.end, ("ORG",)):
                if (
                    ea.is_armed(g.text, self.lex) and not _named_in(g.text, targets | acting) and g in ctx.armed
                    and not _short_for(ctx.text, g, ev.targets)
                    and not ea.denies(ctx.text, g.end_char, self.lex)
                    and not self._harmed(ctx.text, g.start_char, g.end_char, m.start)
                ):
                    return [g.text]
        parts = ctx.participants
        if parts is not None:
            for m in ev.mentions:
                acting = _parties_beside(ev, m, events)
                found = [
                    p for p in parts.within(m.start, m.end, ("armed",))
                    if not _named_in(p.text, targets | acting)  # "menyerbu sebuah kamp militan": the militants struck
                    and not _PASSIVE_BEFORE.search(ctx.text, max(0, p.start - 25), p.start)
                    and not self._harmed(ctx.text, p.start, p.end, m.start)  # "Dua militan Suriah tewas ditembak"
                ]
                if found:
                    return [found[0].text]
        return []

    def _identified_later(self, ctx: DocContext, ev: Event, events: list[Event]) -> list[str]:
        """The armed group a later sentence names as the perpetrators, before another attack is told ("Polisi
        menyebut kedua pelaku merupakan anggota Jamaah Ansharut Daulah (JAD)")."""
        start = ev.mentions[0].end
        end = min(
            [x.mentions[0].start for x in events if x.type == "ATTACK" and x.mentions[0].start >= start]
            + [start + _IDENTITY_REACH, len(ctx.text)]
        )
        for m in self.identity_re.finditer(ctx.text, start, end):
            if _words_before(ctx.text, start, m.start(), 1)[-1] in self.lex.lists["kin_words"]:
                continue  # "ayah pelaku diketahui merupakan anggota JI": the father's group, not the attacker's
            right = ctx.text.find(".", m.end(), end)
            reach = min(right if right >= 0 else end, m.end() + _SIDES_REACH)
            group = next((g for g in ea.ents_in(ctx, m.end(), reach, ("ORG",)) if ea.is_armed(g.text, self.lex)), None)
            if group is not None:
                return [group.text]
        # "Kelompok yang berafiliasi dengan Al-Qaeda, JNIM, mengaku bertanggung jawab.": the group claiming it, the
        # claim told bare (one naming its object, "... atas serangan tersebut", is read as a mention of that attack)
        for m in ea.word_re(self.lex.lists["responsibility_claims"]).finditer(ctx.text, start, end):
            claimed = self._claimant(ctx, m.start(), m.end()) if _BARE_CLAIM.match(ctx.text, m.end()) else None
            if claimed is not None:
                return [claimed]
        return []

    def _we_did(self, ctx: DocContext, ev: Event, doc: Doc) -> list[str]:
        """The organisation that says "we" did it: "“Kami menyerang teroris Hamas ...,” demikian pernyataan IDF"."""
        we = ea.word_re(self.lex.lists["first_person"])
        for q in doc._.quotes or []:
            org = self._speaking_for(ctx, q.speaker) if q.speaker is not None else None
            if org is None:
                continue
            for m in ev.mentions:
                at = _trigger_at(ctx.text, ev, max(m.start, q.start), min(m.end, q.end))
                if at >= 0 and we.search(ctx.text, max(q.start, at - 30), at):
                    return [org]
        return []

    def _speaking_for(self, ctx: DocContext, speaker: str) -> str | None:
        """The organisation a speaker speaks for: itself, or the one its role ends in ("juru bicara IDF")."""
        if self._label(ctx, speaker) == "ORG":
            return speaker
        ends = (x.text for x in ctx.ents if x.label_ == "ORG" and speaker.endswith(" " + x.text))
        return next(ends, None)

    def _acting_forces(self, ctx: DocContext, ev: Event) -> list[str]:
        """Who made an arrest or ran an operation told without its agent ("Hermanus Tipagau ditangkap"): the state
        force named in its sentences, else the last one named shortly before it ("... ditembak aparat gabungan
        TNI-Polri. Sementara satu anggota KKB lainnya ditangkap"). Neither a target nor one of the harmed."""
        targets = {t.casefold() for t in ev.targets}
        spots = [_trigger_at(ctx.text, ev, m.start, m.end) for m in ev.mentions]
        triggers = [(at, at + len(ev.trigger or "")) for at in spots if at >= 0]

        def forces(start: int, end: int) -> list[tuple[int, str]]:
            found = [
                (g.start_char, g.text) for g in ea.ents_in(ctx, start, end, ("ORG",))
                if ea.is_state(g.text, "ORG", self.lex) and not ea.is_armed(g.text, self.lex)
            ]
            if ctx.participants is not None:
                found += [(p.start, p.text) for p in ctx.participants.within(start, end, ("state",))]
            kept = [
                (pos, name) for pos, name in found
                if name.casefold() not in targets and not self._harmed(ctx.text, pos, pos + len(name), start)
                and not any(a <= pos < b for a, b in triggers)  # not the trigger's own word ("operasi militer")
            ]
            return sorted(  # the whole phrase, not a name inside it ("aparat gabungan TNI-Polri")
                (pos, name) for pos, name in kept
                if not any(p <= pos and pos + len(name) <= p + len(n) and n != name for p, n in kept)
            )

        said = ea.word_re(self.lex.lists["reporting_verbs"])
        speakers: list[str] = []
        for m in ev.mentions:
            at = _trigger_at(ctx.text, ev, m.start, m.end)
            last_said = max((x.end() for x in said.finditer(ctx.text, m.start, max(at, m.start))), default=m.start)
            named = forces(m.start, m.end)
            told = [f for f in named if f[0] >= last_said]  # not the speaker first: "X mengatakan aparat"
            if told:
                return [told[0][1]]
            speakers += [name for pos, name in named if pos < last_said]
        before = forces(max(0, ev.mentions[0].start - _FORCE_LOOKBACK), ev.mentions[0].start)
        if before:
            return [before[-1][1]]
        return speakers[:1]  # "Mabes Polri menyatakan 142 terduga teroris ditangkap": the force reporting its own work

    def _harmed(self, text: str, start: int, end: int, floor: int) -> bool:
        """Is the name at [start, end) said among the harmed: after a killing verb ("menewaskan Abdul Rahman, emir
        ISIS", "menewaskan dua tentara Amerika") or before a toll's predicate ("tiga anggota senior ISIS lain turut
        menjadi korban")? `floor`: where the sentence starts."""
        lists = self.lex.lists
        kill = ea.word_re(lists["killing_verbs"])
        for k in kill.finditer(text, max(floor, start - _HARM_REACH), start):
            gap = text[k.end() : start]  # the object of the verb, no other verb on the way ("dan diklaim")
            if not re.search(r"[.;:]", gap) and not ea.GAP_VERB.search(gap):
                return True
        preds = ea.word_re(lists["killed_predicates"] + lists["injured_predicates"] + lists["victim_predicates"])
        after = preds.search(text, end, end + _HARM_REACH)
        # not in a relative clause that describes a member: "anggota KKB yang meninggal dunia terlibat dalam penembakan"
        return after is not None and not re.search(r"[,.;:]|\byang\b", text[end : after.start()])

    def _took_part(self, text: str, pos: int, start: int) -> bool:
        """Does a word of taking part stand between `pos` and the trigger at `start` ("Seorang anggota KKB yang
        meninggal dunia terlibat dalam penembakan tim TGPF"): who died there did the deed, and died in another?"""
        return pos < start and ea.word_re(self.lex.lists["took_part"]).search(text, pos, start) is not None

    def _plotted(self, text: str, left: int, start: int) -> bool:
        """Does a plot cue stand right before the attack trigger ("merencanakan serangan", "rencana serangan"), or a
        call for it ("menyerukan para pendukungnya untuk melancarkan serangan")?"""
        cues = alternation(self.lex.lists["plot_cues"])
        return re.search(
            rf"(?<![\w-])(?:{cues})\s+(?:\w+\s+)?$", text[max(left, start - 45) : start], re.I
        ) is not None or self.call_re.search(text, max(left, start - _CALL_REACH), start) is not None

    def _phrase_targets(
        self,
        ctx: DocContext,
        sent: tuple[int, int],
        left: int,
        right: int,
        start: int,
        end: int,
        trig: Trigger,
        etype: str,
    ) -> list[str]:
        """Targets written as noun phrases ("menembak mati seorang guru honorer", "patroli mereka dihadang"), the
        suspects' initials and, for an arrest, the group named in its sentence or the next one."""
        text, lex = ctx.text, self.lex
        out: list[str | None] = []
        # "menjatuhkan bom non-nuklir terbesar": the words after a verb ending in its weapon describe the weapon
        armed_verb = any(m.end() == len(trig.phrase) for m in ea.word_re(lex.lists["weapons"]).finditer(trig.phrase))
        if (trig.voice == "active" and not armed_verb) or (
            trig.voice == "noun" and trig.phrase in lex.lists["victim_nouns"]
        ):
            out.append(ea.noun_phrase_after(ctx, end, right, lex))
        if trig.voice == "passive":
            out.append(ea.noun_phrase_before(ctx, self._after_speech(text, left, start), start, lex))
        elif trig.voice == "noun":
            victim = _VICTIM_OF_NOUN.search(text, left, start)
            if victim is not None:
                out.append(ea.noun_phrase_before(ctx, self._after_speech(text, left, start), victim.start(), lex))
            marked = self.noun_object_re.match(text, end, right)
            # "serangan kelompok bersenjata terhadap pasukan penjaga perdamaian": its agent told first
            marked = marked or _AGENT_THEN_OBJECT.match(text, end, right)
            if marked is not None:  # "penangkapan terhadap tiga terduga teroris"
                out.append(ea.noun_phrase_after(ctx, marked.end(), right, lex))
        aimed = re.match(r"\s+(?:terhadap|kepada|ke)\s+", text[end:right], re.I)
        sent_at = _SENT_AT.search(text, end, min(right, end + _OBJECT_WINDOW["launched_weapon"]))
        fired_at = _FIRED_AT.match(text, end, right) if etype in _SKIP_WHEN_UNREAL else None
        sent_at = fired_at or (sent_at if trig.needs == "launched_weapon" else None)
        if sent_at is not None:  # "menembakkan dua rudal ke arah kapal tanker", "melepaskan tembakan ke arah Konsulat"
            struck = ea.noun_phrase_after(ctx, sent_at.end(), right, lex)
            counted = _count_words().union(lex.lists["vague_counts"], lex.lists["np_lead_words"])
            head = [w for w in (struck or "").casefold().split() if w not in counted][:1]
            out.append(None if any(w in lex.lists["territory_heads"] for w in head) else struck)
        if etype == "WARNING" and aimed is not None:  # "merencanakan serangan bom terhadap Markas Polres"
            out.append(ea.noun_phrase_after(ctx, end + aimed.end(), right, lex))
        if etype in _SKIP_WHEN_UNREAL:  # "bom rakitan yang menargetkan kendaraan militer", "Serangan drone itu
            aimed_at = _AIMED_AT.match(text, end, right)  # menghantam konvoi kendaraan"
            if aimed_at is not None and not self.lex.trigger_re.match(text, aimed_at.end()):
                out.append(ea.noun_phrase_after(ctx, aimed_at.end(), right, lex))
        kill = self._killing_in(text, left, start) if trig.voice == "noun" else None
        if kill is not None:  # "menewaskan 11 tersangka militan dalam baku tembak": those it killed
            out.append(ea.noun_phrase_after(ctx, left + kill.start() + len(kill.group().split()[0]), start, lex))
        venue = re.match(r"(?:\s+[\w-]+){0,4}?\s+di\s+(?=sebuah\s)", text[end:right], re.I)
        if etype == "ATTACK" and venue is not None:  # "serangan bom bunuh diri di sebuah kafe": the venue struck
            out.append(ea.noun_phrase_after(ctx, end + venue.end(), right, lex))
        named = re.search(r"inisial\b", text[end:right])
        if etype == "ARREST" and named is not None:
            out.extend(_INITIALS.findall(text, end + named.end(), right))
        if etype == "ARREST":
            out.append(self._arrested_group(ctx, sent, end))
        return [x for x in out if x]

    def _apposed_name(self, ctx: DocContext, ev: Event, phrase: str) -> str | None:
        """A person's name set off by a comma right after a target phrase in the event's sentence ("menewaskan
        seorang komandan senior Hizbullah, Ibrahim Aqil"): the one the phrase describes."""
        if not phrase[:1].islower():
            return None  # a name ("jenderal tertinggi Iran, Qassim Suleimani"): no phrase the person is described by
        at = ctx.text.find(phrase + ",", ev.start, ev.end)
        gap = re.compile(r",\s+").match(ctx.text, at + len(phrase), ev.end) if at >= 0 else None
        named = ctx.ent_at(gap.end()) if gap is not None else None
        if gap is None or named is None or named.label_ != "PER" or named.start_char != gap.end():
            return None
        # set off at both ends ("..., Ibrahim Aqil, di Beirut"), not the subject of the next clause
        closed = _APPOSITION_CLOSE.match(ctx.text, named.end_char, ev.end) or named.end_char >= ev.end
        return str(named.text) if closed else None

    def _after_speech(self, text: str, left: int, start: int) -> int:
        """Where the reported clause before `start` begins: "Kapolda menyatakan dua anggota Brimob ...": the subject
        is not the speaker."""
        near = left
        for m in ea.word_re(self.lex.lists["reporting_verbs"]).finditer(text, max(left, start - 60), start):
            near = m.end()
        return near

    def _arrested_group(self, ctx: DocContext, sent: tuple[int, int], end: int) -> str | None:
        """The armed group of the arrested, named after the trigger in its sentence or in the next one
        ("... menangkap dua orang lain. Keduanya membantu MRF ... untuk kelompok tersebut")."""
        text, lex = ctx.text, self.lex
        stop = text.find(".", sent[1], sent[1] + 400)
        stop = min(len(text), sent[1] + 400) if stop < 0 else stop
        armed = next((x for x in ea.ents_in(ctx, end, stop, ("ORG",)) if ea.is_armed(x.text, lex)), None)
        ana = ea.word_re(lex.lists["anaphora"]).search(text, end, stop)
        if ana is not None and ana.group().lower() != "mereka" and (armed is None or ana.start() < armed.start_char):
            return _name(ea.last_armed(ctx, ana.start()))
        return _name(armed)

    def _where(
        self,
        ctx: DocContext,
        s: int,
        clause: tuple[int, int],
        trigger: tuple[int, int, int],
        others: tuple[int, int],
        etype: str,
        parties: tuple[str | None, str | None],
        deeds: list[tuple[int, int]],
    ) -> str | None:
        """The place of this trigger: its own stretch of the clause, then the clause's opening, then the sentence's.

        A place after another trigger belongs to that trigger ("menangkap 35 orang terkait serangan di Kerman"), and
        one in a participant's earlier deed told after it (`deeds`, see `_relative_deeds`) to that deed.
        """
        (left, right), (prev_end, start, end), (first, nxt) = clause, trigger, others
        actor, target = parties
        exclude = {actor} if actor else set()  # the agent named as a place ("Rusia menyerang") is not where
        exclude |= {x.text for a, b in deeds for x in ea.ents_in(ctx, a, b, ea.PLACE_LABELS)}
        own = (max(left, prev_end), min(right, nxt))
        spans = [own, (left, min(right, first)), (s, first)]
        locatives = ea._LOCATIVES + (("dari",) if etype in _EXPULSION_TYPES else ())
        if _TO_THE_SCENE.search(ctx.text, start, nxt) and nxt < right:
            spans.insert(1, (nxt, right))  # "diterjunkan ke lokasi pembunuhan ... di Distrik Yigi": the same place
        for a, b in spans:
            hit = ea.place(ctx, a, b, start, exclude, self.lex) or ea.place(
                ctx, a, b, start, exclude, self.lex, locatives
            )
            if hit is not None:
                # "di distrik Tak Bai, Narathiwat": the place the recogniser missed is the finer one
                finer = self._terrain(ctx, a, hit.start_char)
                return finer[0] if finer is not None and finer[1] == hit.start_char else hit.text
        for a, b in spans[:2]:
            missed = self._terrain(ctx, a, b)
            if missed is not None:
                return missed[0]  # "di hutan Sambisa": a place the recogniser missed
        struck = ctx.ent_at(end + 1) if etype in _SKIP_WHEN_UNREAL else None
        if struck is not None and struck.start_char == end + 1 and self._struck_town(ctx, struck, right):
            return struck.text  # "Pengeboman Rafah Tewaskan 45 Pengungsi": the town right after the attack's noun
        home = self.residents_re.search(ctx.text, left, start) if etype in _SKIP_WHEN_UNREAL else None
        if home is not None:  # "empat warga Desa Lembantongoa, Kecamatan Palolo, ... dibunuh": where they live
            return home.group(1)
        if target and etype in _SKIP_WHEN_UNREAL + _EXPULSION_TYPES and self._label(ctx, target) in ("GPE", "LOC"):
            nationality = re.compile(rf"(?<![\w-])(?:{self.nationals})\s+{re.escape(target)}", re.I)
            if not nationality.search(ctx.text, s, right):  # "warga negara Selandia Baru, disandera": not where
                return target  # "menduduki Ukraina", "menargetkan parlemen Iran": the attacked state is the place
        return None

    def _relative_deeds(
        self, ctx: DocContext, told: tuple[int, int], nxt: int, owners: list[int]
    ) -> list[tuple[int, int]]:
        """Relative clauses after the trigger (from `told[0]` to the sentence's end) that tell what a participant did
        on a day of its own, up to the comma closing them: "menangkap seorang pria ... yang menyerang pos polisi di
        Distrik Ilaga pekan lalu" (the next trigger opening one), "menangkap MR, anggota jaringan yang membunuh empat
        petani di Desa Lembantongoa pada 2020" (a killing verb). Their day and place are that deed's."""
        text = ctx.text
        end, e = told
        opened = [m.start() for m in self.relative_deed_re.finditer(text, end, e)]
        opened += [nxt] if end <= nxt < e and nxt not in owners else []
        out = []
        for a in opened:
            closing = _CLAUSE_END.search(text, a, e)
            b = closing.start() if closing is not None else e
            if any(d.value for d in ctx.dates_in(a, b)):
                out.append((a, b))
        return out

    def _terrain(self, ctx: DocContext, a: int, b: int) -> tuple[str, int] | None:
        """The first place in [a, b) written as a terrain's head and a name no entity covers ("di hutan Sambisa";
        "di daerah Kampung Mamba": the name alone), and where a next place's name would start after it."""
        for m in self.terrain_re.finditer(ctx.text, a, b):
            if not ea.ents_in(ctx, m.start("name"), m.end("name"), ("PER", "ORG", "NORP", "GPE", "LOC", "FAC")):
                headed = m.group("name").split()[0].lower() in self.lex.lists["terrain_heads"]
                after = self.terrain_next_re.match(ctx.text, m.end())
                return (m.group("name") if headed else m.group(1)), after.end() if after else m.end()
        return None

    def _anaphoric(self, text: str, start: int, end: int, trig: Trigger) -> bool:
        """Does the mention point back to an event told before ("serangan tersebut", "teroris yang ditangkap")?"""
        if trig.voice == "noun":
            return any(r.match(text, end) is not None for r in (_ANAPHORIC_RE, _ANAPHORIC_CLAUSE_RE, _ANAPHORIC_DAY_RE))
        return trig.voice == "passive" and (
            re.search(r"\byang\s+$", text[max(0, start - 6) : start], re.I) is not None
            or _ANAPHORIC_SUBJECT_RE.search(text, max(0, start - 30), start) is not None
        )

    def _speech_date(self, text: str, s: int, d: DateMention, start: int) -> bool:
        """Does the date belong to a speech tag ("..., kata pejabat setempat pada Minggu") rather than the event?

        So when the tag follows the trigger, or when it precedes the trigger and the date opens the reported
        clause ("Polisi mengatakan pada Senin bahwa ...").
        """
        tag = None
        for m in ea.word_re(self.lex.lists["speech_tags"]).finditer(text, max(s, d.start - 60), d.start):
            tag = m
        if tag is None:
            return False
        between = text[tag.end() : d.start]
        if re.search(r"[;\"\u201c\u201d]", between) or self.lex.trigger_re.search(between):
            return False
        if tag.start() > start:
            return True
        return re.match(r"[\s),]*bahwa\b", text[d.end : d.end + 15], re.I) is not None

    def _presupposed(self, text: str, left: int, start: int) -> bool:
        """Is the trigger the object of a verb that takes it as done ("memerintahkan Kapolri untuk mengusut tuntas
        serangan terhadap pos polisi", "mengecam keras serangan")?"""
        verbs = alternation(self.lex.lists["presupposing_verbs"])
        return re.search(rf"(?<![\w-])(?:{verbs})(?:\s+(?:tuntas|keras))?\s+$", text[left:start], re.I) is not None

    def _threat_example(self, text: str, left: int, start: int) -> bool:
        """An attack named as the kind of a threat told before it in its sentence ("potensi aksi teror menjelang
        Pemilu, terutama serangan oleh pelaku tunggal"), or as an example of attacks told in general ("menginspirasi
        serangan teroris di sejumlah wilayah AS, seperti ledakan bom di Boston Marathon"): no one attack told."""
        example = self.example_re.search(text[left:start])
        general = ea.word_re(self.lex.cues["threat"] + self.lex.lists["vague_before"])
        return example is not None and general.search(text, left, left + example.start()) is not None

    def _unreal(self, text: str, s: int, e: int, prev_end: int, start: int) -> bool:
        left = max(ea.clause_bounds(text, s, e, start, self.lex)[0], prev_end)
        return ea.certainty(text, left, start, e, self.lex) in ("planned", "possible", "negated")

    def _period_edge(self, text: str, s: int, d: DateMention) -> bool:
        """A date after "sejak"/"selama" bounds a period (unless it opens a closed range of days), and one after
        "dilansir Reuters," dates the report."""
        if any(w in self.lex.lists["date_blockers"] for w in _words_before(text, s, d.start, 3)):
            return not self._opens_range(text, d)
        return any(w in self.lex.lists["source_cues"] for w in _words_before(text, s, d.start, 4))

    def _opens_range(self, text: str, d: DateMention) -> bool:
        """"sejak Senin (13/5/2024) hingga Rabu (15/5/2024)": the first of two days."""
        if d.precision != "day":
            return False
        links = alternation(self.lex.lists["range_links"])
        link = re.match(rf"\s*(?:{links})\s+", text[d.end : d.end + 20], re.I)
        return link is not None and _DAY_AHEAD.match(text, d.end + link.end(), d.end + link.end() + 20) is not None

    def _governs(self, ctx: DocContext, actor: str, sent: tuple[int, int]) -> bool:
        """Does the actor name a group that governed its country when the sentence tells ("Pasukan keamanan Taliban"
        in a report of 2024: the state's forces), not before it took power (an earlier year in the sentence, an
        earlier report) nor a namesake after it ("Taliban Pakistan")?"""
        ref, text = ctx.doc._.ref_date, ctx.text
        since = next(
            (day for name, day in self.lex.governing if re.search(rf"(?<![\w-]){re.escape(name)}$", actor, re.I)), None
        )
        if since is None or ref is None or ref.isoformat() < since or actor not in text[sent[0] : sent[1]]:
            return False  # named in another sentence: "Kelompok tersebut" may be another group
        if ea.word_re(self.lex.lists["past_cues"]).search(text, *sent):
            return False  # "Taliban pernah menyerang ...": before it governed
        return all(d.value >= since[: len(d.value)] for d in ctx.dates_in(*sent) if d.value)

    def _forces_of(self, text: str, actor: str) -> bool:
        """Is the actor named as a state's forces ("Densus 88", "pasukan keamanan Taliban")?"""
        return self._called_forces(text, actor) or ea.is_state(actor, None, self.lex)

    def _called_forces(self, text: str, actor: str) -> bool:
        """Does the article call the actor a state's forces somewhere in its first `_FORCES_REACH` characters
        ("pasukan Taliban")? A force word, then the actor as a whole word, in any case."""
        folded = actor.casefold()
        for m in self.forces_before_re.finditer(text, 0, _FORCES_REACH):
            end = m.end() + len(actor)
            if end <= _FORCES_REACH and text[m.end() : end].casefold() == folded and not _word_goes_on(text, end):
                return True
        return False

    def _label(self, ctx: DocContext, name: str) -> str | None:
        return next((x.label_ for x in ctx.ents if x.text == name), None)

    def _claimant(self, ctx: DocContext, s: int, e: int) -> str | None:
        """The armed group that claims responsibility in this sentence or the one before it in the paragraph."""
        text = ctx.text
        para = text.rfind("\n", max(0, s - 400), max(0, s - 1)) + 1 if s else 0
        start = max(para, s - 400)
        claim = None
        for m in ea.word_re(self.lex.lists["responsibility_claims"]).finditer(text, start, e):
            claim = m
        if claim is None:
            return None
        group = next((x for x in reversed(ea.ents_in(ctx, max(start, claim.start() - 60), claim.start(), ("ORG",)))
                      if ea.is_armed(x.text, self.lex)), None)
        if group is None:
            ana = ea.word_re(self.lex.lists["anaphora"]).search(text, max(start, claim.start() - 25), claim.start())
            group = ea.last_armed(ctx, ana.start()) if ana else None
        return _name(group)

    def _roles(
        self, ctx: DocContext, left: int, right: int, start: int, end: int, trig: Trigger
    ) -> tuple[list[str], str | None]:
        """(actors, target) from passive agents, responsibility claims, word order and target markers.

        `right` ends the trigger's own stretch: at the clause end or the next trigger, whichever comes first.
        """
        lex, text = self.lex, ctx.text
        agent: Span | str | None = ea.marked_entity(ctx, end, right, lex.lists["agent_markers"], lex)
        if agent is None and not ea.word_re(lex.lists["report_passives"]).search(text, end, min(right, end + 25)):
            by = ea.word_re(("oleh",)).search(text, end, min(right, end + 25))
            # the marker near the verb, the name after it as far as a member noun takes it ("oleh personel Satgas X")
            agent = ea.entity_after(ctx, by.end(), right, lex, reach=50, past_relative=False) if by else None
        if agent is None and trig.voice == "noun":  # "Penangkapan atas 14 orang dilakukan Densus 88": named right after
            done = _DONE_BY.search(text, end, right)
            if done is not None:
                nxt = ea.entity_after(ctx, done.end(), right, lex, reach=_LED_REACH)
                led = ea.led_group(ctx, nxt, lex)  # "dilakukan kelompok pimpinan Egianus Kogoya": the group
                if isinstance(led, str) and text.startswith(led, done.end()):
                    agent = led
                else:  # "dilakukan pasukan TPNPB": the name right after, past a word for its members
                    at = done.end() + len(self._followers(text[done.end() : right]))
                    agent = nxt if nxt is not None and nxt.start_char == at and nxt.label_ == "ORG" else None
        if agent is None and trig.voice == "passive":  # "patroli mereka dihadang kelompok kriminal bersenjata (KKB)"
            nxt = ea.entity_after(ctx, end, right, lex, reach=45)
            # "dikuasai Pakistan": the state that holds ground may be named bare too
            holders = ("ORG", "GPE") if trig.type == "CONTROL" else ("ORG",)
            # "dibom Israel", "digempur Rusia": a country named bare after a passive of violence struck
            state = nxt is not None and nxt.label_ == "GPE" and ea.country_name(nxt.text)
            if nxt is not None and _BARE_AGENT_GAP.match(text[end : nxt.start_char]) and (
                nxt.label_ in holders or state
            ):
                agent = nxt
            elif nxt is not None and nxt.label_ == "GPE" and self._weapon_of(text[end : nxt.start_char]):
                agent = nxt  # "dihantam dua bom udara Rusia": the state whose weapon struck
        target: Span | str | None = ea.marked_entity(ctx, end, min(right, end + 60), lex.lists["target_markers"], lex)
        if target is None and trig.voice == "noun":  # "serangan melawan pasukan keamanan Myanmar"
            marked = ea.word_re(lex.lists["noun_object_markers"]).match(text, end + 1)
            if marked is not None and text[end : end + 1].isspace():
                target = ea.entity_after(ctx, marked.end(), right, lex)
        if trig.type == "ESTIMATE":
            return _names(self._owner(ctx, left, right, start, end)), None
        subject = (ea.relative_subject_left(text, left, start, lex), ea.subject_end(text, left, start))
        before = ea.agent_before(ctx, *subject, lex) if trig.voice == "active" else None
        # (an anaphor's group named before the clause: read from the clause's own start)
        if isinstance(before, Span) and ea.own_subject(ctx, max(before.end_char, subject[0]), start, lex):
            before = None  # "Boji mengatakan ... sekelompok pengungsi menyerbu": the speaker is not the agent
        if before is None and trig.voice == "active" and subject[1] == start:
            before = ea.named_subject(ctx, _after_dateline(text, left, start), start)
        partners: list[Span] = []
        if before is not None:
            agent = before
            if isinstance(before, Span):
                partners = ea.co_agents(ctx, left, before, lex)[:-1]
            if target is None:
                target = ea.entity_after(ctx, end, right, lex)
        if trig.type == "CONTROL" and trig.voice == "active":  # "merebut kembali Lashio dari tangan MNDAA"
            loser = ea.marked_entity(ctx, end, right, lex.lists["taken_from"], lex)
            if isinstance(loser, Span) and loser.label_ == "ORG":
                target = loser
            elif target is None and ctx.participants is not None:  # "dari pasukan Rusia", "dari tangan militan"
                taken = re.search(rf"(?<![\w-])(?:{alternation(lex.lists['taken_from'])})\s+", text[end:right], re.I)
                loser_side = None if taken is None else ctx.participants.at(end + taken.end(), 1, ("armed", "state"))
                target = loser_side.text if loser_side is not None else None
        if trig.type == "SUPPORT":
            source = ea.marked_entity(ctx, end, right, lex.lists["source_markers"], lex)
            holder = self._role_holder(ctx, left, start) if trig.voice == "noun" else None
            recipient = holder or ea.agent_before(ctx, ea.relative_subject_left(text, left, start, lex), start, lex)
            received = trig.voice == "noun" and ea.word_re(lex.lists["receiving_verbs"]).search(
                text, max(left, start - 25), start
            )  # "JAD mendapat pasokan senjata api rakitan dari jaringan di Filipina selatan"
            if trig.phrase.startswith("menerima") or trig.voice == "passive" or received:
                return _names(source), _name(recipient)
            supported = ea.marked_entity(ctx, end, right, lex.lists["recipient_markers"], lex)
            supported = supported or ea.entity_after(ctx, end, right, lex)
            armed = ctx.participants.at(end, 30, ("armed",)) if supported is None and ctx.participants else None
            if recipient is None and trig.voice == "noun":  # "Bantuan senjata dari Amerika Serikat untuk Israel"
                recipient = source
            # "mendanai kelompok-kelompok oposisi bersenjata": the group described
            return _names(recipient), _name(supported) or (armed.text if armed is not None else None)
        if agent is None and trig.phrase in lex.lists["two_sided"]:  # "kontak tembak dengan personel Satgas X"
            side = _OTHER_SIDE.match(text, end, right)
            party = ea.entity_after(ctx, side.end(), right, lex, reach=40) if side is not None else None
            if party is not None and ea.is_state(party.text, party.label_, lex) and not ea.is_armed(party.text, lex):
                agent = party
            elif side is not None and ctx.participants is not None:  # "bentrokan dengan pasukan pemerintah"
                force = ctx.participants.at(side.start(), side.end() - side.start() + 1, ("state",))
                agent = force.text if force is not None else None
                if force is None and target is None and ctx.participants.within(left, start, ("state",)):
                    # "Aparat keamanan terlibat baku tembak dengan kelompok bersenjata": the described force's foe
                    target = self._other_side(ctx, end, right, None)
            between = _BETWEEN_SIDES.match(text, end, right)
            if agent is None and between is not None:  # "pertempuran antara ISIS melawan pasukan Irak"
                agent, target = self._sides(ctx, (left, between.end(), right), target)
            if agent is None and between is not None and ctx.participants is not None:
                # sides written as phrases: "bentrokan antara kelompok milisi dan tentara pemerintah"
                reach = min(right, between.end() + _SIDES_REACH)
                described = ctx.participants.within(between.end(), reach, ("armed", "state"))
                force = next((p for p in described if p.kind == "state"), None)
                foes = [p for p in described if p.kind == "armed"]
                if force is None and len(foes) > 1:  # "baku tembak antara milisi suku dan kelompok bersenjata"
                    force = foes.pop(0)  # no state's side: the first group acts on the other
                agent = force.text if force is not None else None
                named = _name(target) or ""
                foes = [p for p in foes if not named or named not in p.text]  # the named side's own phrase
                if agent is None and foes and named and ea.is_armed(named, lex):
                    agent, target = target, None  # "pertempuran antara RSF dan milisi suku Masalit"
                    force = foes[0]
                target = target or (foes[0].text if force is not None and foes else None)
            elif target is None and between is not None and ctx.participants is not None:
                # "Kontak tembak antara aparat gabungan TNI-Polri dan kelompok bersenjata": the side described
                reach = min(right, between.end() + _SIDES_REACH)
                foe = next(iter(ctx.participants.within(between.end(), reach, ("armed",))), None)
                target = foe.text if foe is not None else None
        if agent is None and trig.voice == "noun":
            claim = re.search(rf"(?:{alternation(lex.lists['responsibility'])})\s*$", text[left:start], re.I)
            if claim:
                agent = ea.agent_before(ctx, left, left + claim.start(), lex)
            else:
                group_word = _GROUP_WORD.match(text, end)  # optional: it always matches
                after = group_word.end() if group_word else end
                nxt = ea.entity_after(ctx, after, right, lex)
                nxt = nxt if nxt is not None and nxt.start_char <= after + 2 else None  # the name right after
                if nxt is None:  # "serangan pesawat nirawak Ukraina": the state whose weapon it was
                    struck_by = ea.entity_after(ctx, end, right, lex, reach=35)
                    if struck_by is not None and self._weapon_of(text[end : struck_by.start_char]):
                        nxt = struck_by
                # "penyanderaan pilot Susi Air": the name after is the victim
                if trig.phrase in lex.lists["victim_nouns"]:
                    victim_name = ea.entity_after(ctx, end, right, lex, reach=25)
                    if victim_name is not None and not ea.word_re(lex.lists["origin_markers"]).search(
                        text, end, victim_name.start_char
                    ):
                        target = target or victim_name  # not "penembakan dari India": where it came from
                    nxt = None
                # "memulai putaran keenam perundingan damai": a round of the event between the verb and its noun
                rounds = rf"(?:\s+(?:{alternation(lex.lists['round_words'])})(?:\s+[\w-]+)?)?"
                verb = re.search(
                    rf"\b(?:{alternation(lex.lists['light_verbs'])}|dalam){rounds}\s+$", text[left:start], re.I
                )
                kill = self._killing_in(text, left, start)
                if kill is not None:  # "Taliban mengklaim menewaskan enam anggota ISIS-K dalam penggerebekan"
                    agent = ea.agent_before(ctx, left, left + kill.start(), lex)
                    target = target or ea.entity_after(
                        ctx, left + kill.end(0) - len(kill.group()) + len(kill.group().split()[0]), start, lex
                    )
                    verb = None
                if nxt is not None and nxt.label_ == "ORG" and trig.type == "ATTACK" and ea.word_re(
                    lex.lists["station_heads"]
                ).match(nxt.text):
                    target = target or nxt  # "penyerangan Polsek Batui": the station attacked, not who attacked
                elif nxt is not None and nxt.label_ in ("GPE", "ORG") and not self._struck_town(ctx, nxt, right):
                    agent = nxt
                elif verb and not verb.group().lower().startswith("dalam"):
                    agent = ea.agent_before(ctx, left, left + verb.start(), lex)
                    if isinstance(agent, Span) and ea.own_subject(ctx, agent.end_char, left + verb.start(), lex):
                        agent = None  # "Mekdad menuduh gerilyawan ... yang melancarkan serangan": not the speaker
                    if isinstance(agent, Span):
                        partners = ea.co_agents(ctx, left, agent, lex)[:-1]
                elif nxt is None and trig.phrase in lex.lists["two_sided"]:
                    # the sides right before the verb: "Tentara Arakan dan ARSA saling serang"
                    first_side = ea.agent_before(ctx, left, start, lex)
                    if isinstance(first_side, Span) and text[first_side.end_char : start].isspace():
                        agent, partners = first_side, ea.co_agents(ctx, left, first_side, lex)[:-1]
            backed = self.backed_noun_re.search(text, left, start)
            subject_named = ea.agent_before(ctx, left, backed.start(), lex) if backed is not None else None
            if backed is not None and isinstance(subject_named, Span) and not re.search(
                r"\w", text[subject_named.end_char : backed.start()]
            ):
                agent = subject_named  # "Militer Somalia dengan dukungan serangan udara AS menewaskan ...": the subject
            if target is None:
                target = self._victims(ctx, end, right)
            if target is None:
                victim = re.search(r",?\s*yang\s+(?:tewas|terbunuh|meninggal)\s+dalam\s+$", text[left:start], re.I)
                if victim:
                    target = ea.agent_before(ctx, left, left + victim.start(), lex)
        elif agent is None and trig.voice == "active":
            if target is None:
                target = ea.entity_after(ctx, end, right, lex)
        elif trig.voice == "passive" and target is None:
            near = max(left, start - 40)
            for m in ea.word_re(lex.lists["reporting_verbs"]).finditer(text, near, start):
                near = m.end()  # "Fadil mengatakan Sri diamankan": the speaker is not the one arrested
            # "Pasukan Nigeria membebaskan 20 siswa yang diculik": the pupils, not the rescuers
            target = ea.agent_before(ctx, ea.relative_subject_left(text, near, start, lex), start, lex)
        if trig.type == "ARREST" and target is None:
            target = next((x for x in ea.ents_in(ctx, end, right, ("ORG",)) if ea.is_armed(x.text, lex)), None)
        if trig.type == "TALKS" and agent is None:  # "Rusia dan Ukraina sepakat ..., hasil perundingan di Istanbul"
            agreed = max(ea.word_re(lex.lists["agreement_verbs"]).finditer(text, left, start), key=lambda m: m.start(),
                         default=None)
            agent = ea.agent_before(ctx, left, agreed.start(), lex) if agreed is not None else None
            partners = ea.co_agents(ctx, left, agent, lex)[:-1] if isinstance(agent, Span) else partners
        if trig.type == "TALKS" and agent is None:  # "perundingan gencatan senjata antara Israel dan Hamas"
            partners = _parties_between(ctx, end, right)
            agent = partners.pop() if partners else None
        if trig.type == "TALKS" and target is None:
            target = ea.marked_entity(ctx, end, right, ("dengan",), lex)
        if agent is not None and target is None and trig.phrase in lex.lists["two_sided"]:
            target = self._other_side(ctx, end, right, _name(agent))
        target = ea.led_group(ctx, target, lex)  # "kontak senjata dengan kelompok pimpinan Undius Kogoya"
        if agent is None:
            return [], _name(target)
        agent = ea.led_group(ctx, agent, lex)
        return [x.text for x in partners if x.text != _name(agent)] + _names(agent), _name(target)

    def _killing_in(self, text: str, left: int, start: int) -> re.Match[str] | None:
        """The killing verb of "Taliban mengklaim menewaskan enam anggota ISIS-K dalam penggerebekan" before the
        noun trigger at `start`: its subject did the deed. The killed may be a list of names ("pemimpin ISIS Asia
        Tenggara, Isnilon Hapilon, dan Omar Maute")."""
        return re.search(
            rf"(?<![\w-])(?:{alternation(self.lex.lists['killing_verbs'])})\s+"
            rf"(?:[^,;]|,(?=\s+(?:dan\s+)?[A-Z])){{0,100}}?\bdalam\s+{_SERIES}$",
            text[left:start],
            re.I,
        )

    def _kills_after(self, text: str, start: int, e: int) -> bool:
        """Does the clause joined after the noun at `start` kill ("Tentara Pakistan menggelar operasi di Waziristan
        Selatan dan menewaskan 11 militan", "..., menewaskan delapan militan"): the subject of both ran the
        operation."""
        return self.kills_after_re.match(text, start, e) is not None

    def _struck_town(self, ctx: DocContext, name: Span, right: int) -> bool:
        """Is the place named right after an attack's noun a town or region it struck ("Pengeboman Rafah Tewaskan
        45 Pengungsi")? Not a capital standing for its state, told by whom the attack was aimed at ("serangan
        Moskow terhadap Kyiv")."""
        if name.label_ != "GPE" or not ea.place_within_country(name.text):
            return False
        markers = self.lex.lists["noun_object_markers"] + self.lex.lists["target_markers"]
        return ea.word_re(markers).match(ctx.text, name.end_char + 1, right) is None

    def _weapon_of(self, gap: str) -> bool:
        """Is the gap before a state's name a weapon and its count ("dua bom udara", "rudal balistik")?"""
        words = gap.split()
        return 0 < len(words) <= _WEAPON_WORDS and _means(gap.strip(), ea.word_re(self.lex.lists["weapons"]), self.lex)

    def _other_side(self, ctx: DocContext, end: int, right: int, agent: str | None) -> Span | str | None:
        """Whom a side fought: "Personel TNI terlibat kontak tembak dengan KKB", "... dengan kelompok bersenjata"."""
        side = _OTHER_SIDE.match(ctx.text, end, right)
        if side is None:
            return None
        party = ea.entity_after(ctx, side.end(), right, self.lex, reach=40)
        if party is not None and party.text != agent:
            return party
        foe = ctx.participants.at(side.start(), side.end() - side.start() + 1, ("armed",)) if ctx.participants else None
        return foe.text if foe is not None and foe.text != agent else None

    def _role_holder(self, ctx: DocContext, left: int, start: int) -> Span | None:
        """Who holds a role noun given after "sebagai": the clause's subject, after any reporting verb ("Farid
        diduga terlibat dalam jaringan JI sebagai Dewan Syuro ... serta pendana": Farid funds, not JI)."""
        role = max(_AS_ROLE.finditer(ctx.text, left, start), key=lambda m: m.start(), default=None)
        if role is None:
            return None
        near = left
        for m in ea.word_re(self.lex.lists["reporting_verbs"]).finditer(ctx.text, left, role.start()):
            near = m.end()
        return next(iter(ea.ents_in(ctx, near, role.start(), ("PER", "ORG"))), None)

    def _owner(self, ctx: DocContext, left: int, right: int, start: int, end: int) -> Span | str | None:
        """Whose strength an estimate counts: "500 militan ISIS", "ISIS masih memiliki 500 anggota", else the
        clause's armed group."""
        text, lex = ctx.text, self.lex
        nxt = ea.entity_after(ctx, end, right, lex, reach=_OWNER_REACH)
        if nxt is not None and nxt.start_char <= end + _OWNER_GAP and ea.is_armed(nxt.text, lex):
            return nxt  # "3.000 anggota Brigade Al-Qassam": named right after the count
        verb = None
        for m in ea.word_re(lex.lists["estimate_verbs"]).finditer(text, left, start):
            verb = m
        if verb is not None:
            owner = ea.agent_before(ctx, left, verb.start(), lex)
            if owner is not None:
                return owner
        armed = [x for x in ea.ents_in(ctx, left, start, ("ORG",)) if ea.is_armed(x.text, lex)]
        return armed[-1] if armed else None

    def _victims(self, ctx: DocContext, end: int, right: int) -> Span | None:
        """The group whose members the event killed ("menewaskan 22 anggota ISIS")."""
        m = _VICTIMS_RE.search(ctx.text, end, right)
        if m is None:
            return None
        nxt = ea.entity_after(ctx, m.end(), right, self.lex, reach=30)
        return nxt if nxt is not None and nxt.label_ in ("ORG", "GPE") else None

    def _tolls(self, ctx: DocContext, s: int, e: int, kind: str | None) -> list[Figure]:
        """Figures in [s, e) of this kind that give a number ("sedikitnya 12"), not a vague count ("puluhan")."""
        vague = self.lex.lists["vague_counts"]
        return [
            f for f in ctx.figures_in(s, e)
            if f.kind == kind
            and not (not any(c.isdigit() for c in f.text) and any(w in vague for w in f.text.lower().split()))
            and not self._part_of_toll(ctx, f) and not self._in_breakdown(ctx, f)
            and not self.things_after_re.match(ctx.text, f.end)  # "dua pucuk senjata api disita": no one
        ]

    def _part_of_toll(self, ctx: DocContext, fig: Figure) -> bool:
        """"Tiga orang tewas, dua diantaranya petugas", "23 orang luka-luka, tujuh di antaranya luka berat": a count
        of part of the toll told before it; not "28 orang, 16 orang di antaranya meninggal" or "dua di antaranya
        dibunuh", where the part is the toll (no count of its kind before it)."""
        text = ctx.text
        part = ea.word_re(self.lex.lists["subset_words"]).match(text, fig.end + 1)
        if part is None:
            return False
        preds = ea.word_re(
            self.lex.lists["killed_predicates"] + self.lex.lists["injured_predicates"]
            + self.lex.lists["killing_passives"]
        )
        return preds.match(text, part.end() + 1) is None or self._whole_before(ctx, fig)

    def _whole_before(self, ctx: DocContext, fig: Figure) -> bool:
        """Is a count of the figure's kind told just before it in its sentence, the whole it is part of?"""
        start = max(0, fig.start - _BREAKDOWN_REACH)
        return fig.kind is not None and any(
            f.kind == fig.kind and not re.search(r"[.;:!?]", ctx.text[f.end : fig.start])
            for f in ctx.figures_in(start, fig.start)
        )

    def _in_breakdown(self, ctx: DocContext, fig: Figure) -> bool:
        """Does a breakdown word ("terdiri dari", "yakni") stand before the figure, after a count of its kind told in
        its clause ("25 orang tewas, terdiri dari 15 warga sipil ...")? Not "Korban tewas terdiri dari 15 ...": then
        the parts are all the report tells; nor a count of no casualty kind ("satu keluarga yang terdiri atas empat
        orang ... dibunuh": the four are the toll)."""
        start = max(0, fig.start - _BREAKDOWN_REACH)
        cue = None
        for m in ea.word_re(self.lex.lists["breakdown_words"]).finditer(ctx.text, start, fig.start):
            cue = m
        if cue is None or re.search(r"[.;:!?]", ctx.text[cue.end() : fig.start]):
            return False
        return fig.kind is not None and any(f.kind == fig.kind for f in ctx.figures_in(start, cue.start()))

    def _with_coordinated(self, ctx: DocContext, fig: Figure, s: int) -> int:
        """The toll a killed figure gives with the counts coordinated before it: "Empat polisi dan tiga pekerja
        tewas" is seven."""
        before, at = self._counts_before(ctx, fig.kind, s, fig.start)
        return int(round(fig.value + before + self._objects_after(ctx, fig) + self._named_before(ctx, fig, s)
                         + self._one_before(ctx, fig, s, at)))

    def _counts_before(self, ctx: DocContext, kind: str | None, s: int, at: int) -> tuple[float, int]:
        """The counts of people coordinated before the count at `at` ("Empat polisi dan tiga pekerja", "Dua orang
        polisi dan seorang warga sipil"): their sum, and where the first of them starts."""
        total = 0.0
        joint = _COORDINATED_COUNT  # the last two joined by "dan"/"serta", those before them by commas too
        for other in reversed([f for f in ctx.figures_in(s, at) if f.kind in (None, kind)]):
            if not joint.fullmatch(ctx.text, other.end, at) or (other.unit or "").lower() in (
                self.lex.lists["non_person_units"]
            ):
                break
            total, at, joint = total + other.value, other.start, _LISTED_COUNT
        return total, at

    def _one_toll(self, ctx: DocContext, s: int, e: int, kind: str) -> int:
        """A toll of one told in words, with the counts coordinated before it ("Dua orang polisi dan seorang warga
        sipil tewas" is three), or of the people named together before the predicate ("Bripka Dodi dan Briptu Ahmad
        gugur" is two)."""
        one = self._single_at(ctx.text, s, e, kind)
        if one < e:
            kin = self.kin_killed_re.match(ctx.text, one, e) if kind == "killed" else None
            told = self._kin_count(kin) if kin else 1 + (self.one_and_kin_re.match(ctx.text, one, e) is not None)
            return told + int(round(self._counts_before(ctx, kind, s, one)[0]))
        return max(1, self._named_together(ctx, s, e, kind))

    def _named_together(self, ctx: DocContext, s: int, e: int, kind: str) -> int:
        """How many people are named in a row right before the toll's predicate (0 when none is)."""
        people = ea.ents_in(ctx, s, e, ("PER",))
        last = next((i for i, p in enumerate(people) if self.named_toll_re[kind].match(ctx.text, p.end_char)), None)
        if last is None:
            return 0
        first = last
        while first > 0 and _NAMES_JOINED.fullmatch(ctx.text, people[first - 1].end_char, people[first].start_char):
            first -= 1
        return last - first + 1

    def _one_before(self, ctx: DocContext, fig: Figure, s: int, at: int) -> int:
        """One person counted in words and joined to the toll's first count, which follows ("Seorang tentara
        Pakistan dan tiga militan tewas" is four): the words make no figure of their own. Not one told with a
        predicate of his own ("seorang polisi tewas dan dua lainnya terluka")."""
        if fig.kind not in ("killed", "injured"):
            return 0
        if fig.kind == "killed" and (kin := self.kin_joined_re.search(ctx.text, max(s, at - 60), at)) is not None:
            return self._kin_count(kin)
        ones = alternation(self.lex.lists["single_counts"])
        one = re.search(
            rf"(?<![\w-])(?:{ones})\s+((?:[\w-]+\s+){{1,3}}?)(?:dan|serta)\s+$", ctx.text[max(s, at - 60) : at], re.I
        )
        if one is None:
            return 0
        told = {w for k in ("killed", "injured") for p in self.lex.lists[k + "_predicates"] for w in p.split()}
        words = one.group(1).lower().split()
        return 0 if any(w in told or ea.GAP_VERB.fullmatch(w) for w in words) else 1

    def _named_before(self, ctx: DocContext, fig: Figure, s: int) -> int:
        """One person named before "dan" and the killed: "menewaskan Menteri Pengungsi Khalil Haqqani dan lima orang
        lainnya" is six, "menewaskan komandan Hamas, Ahmad Ghandour, dan tiga pengawalnya" four."""
        text = ctx.text
        if fig.kind != "killed":
            return 0
        named = _NAMED_AND.search(text, max(s, fig.start - 60), fig.start)
        person = ctx.ent_at(named.start()) if named is not None else None
        if person is None or person.label_ != "PER":
            return 0
        return 1 if self.killed_named_re.search(text, max(s, person.start_char - 60), person.start_char) else 0

    def _objects_after(self, ctx: DocContext, fig: Figure) -> float:
        """The counts joined to a killing (or wounding) verb's first object: "menewaskan tiga komandan senior Jihad
        Islam dan sedikitnya 10 warga sipil" is thirteen, "melukai 12 orang dan dua tentara" fourteen. Not past
        another verb ("dan melukai 10 lainnya")."""
        text = ctx.text
        verbs = {"killed": "killing_verbs", "injured": "injuring_verbs"}.get(fig.kind or "")
        if verbs is None or not re.search(
            rf"(?<![\w-])(?:{alternation(self.lex.lists[verbs])})\s+(?:\S+\s+)?$",
            text[max(0, fig.start - 40) : fig.start], re.I
        ):
            return 0.0
        vocab = get_number_vocab()
        total, at = 0.0, fig.end
        for other in ctx.figures_in(fig.end, min(len(text), fig.end + 120)):
            gap = text[at : other.start]
            unit = (other.unit or "").lower()
            # fighters joined to the verb's object are killed too: "menewaskan tiga tentara dan dua militan"
            if other.kind not in (None, fig.kind, "fighters") or unit not in vocab.unit_kinds or unit in vocab.things \
                    or not _JOINED_OBJECT.fullmatch(gap) or ea.GAP_VERB.search(gap):
                break  # a count of people only: not "10 rumah terbakar"
            total, at = total + other.value, other.end
        return total + self._one_joined(text, at)

    def _one_joined(self, text: str, at: int) -> int:
        """One more person counted in words and joined to a verb's objects ending at `at` ("melukai empat polisi
        dan seorang pedagang"), not past another verb ("dan melukai seorang warga")."""
        ones = alternation(self.lex.lists["single_counts"])
        one = re.match(rf"(?:\s+[\w-]+){{0,5}}?,?\s+(?:dan|serta)\s+(?:{ones})\s", text[at : at + 80], re.I)
        return 1 if one is not None and not ea.GAP_VERB.search(one.group()) else 0

    def _carry_date(self, ctx: DocContext, sent: Span, violent: list[Event]) -> None:
        """"Peristiwa itu terjadi pada 1 Desember 2018": a sentence that dates the event before it with a general
        word for it gives that event its date, or a finer one within the date it had."""
        if len(violent) != 1 or not _DATES_BACK.match(ctx.text, sent.start_char, sent.end_char):
            return
        ev = violent[0]
        when = next((d for d in ctx.dates_in(sent.start_char, sent.end_char) if d.value), None)
        if when is None or when.value is None:
            return
        if ev.date is None or (when.value.startswith(ev.date) and len(when.value) > len(ev.date)):
            _date_from(ev, when)

    def _statement_date(self, ctx: DocContext, sent: Span, last: list[Event]) -> None:
        """"Informasi itu disampaikan ... dalam konferensi pers Minggu (12/3)": an estimate or a warning told just
        before is dated by the statement that delivered it, not by the report quoting it."""
        if not last or last[0].type not in _STATED or last[0].date is not None:
            return
        s, e = sent.start_char, sent.end_char
        if not _STATED_BACK.search(ctx.text, s, e):
            return
        dates = [d for d in ctx.dates_in(s, e) if d.value and not self._period_edge(ctx.text, s, d)]
        if dates:
            ev, when = last[0], dates[-1]
            _date_from(ev, when)

    def _carry_casualties(self, ctx: DocContext, sent: Span, violent: list[Event]) -> None:
        """A sentence with no trigger of its own ("Sedikitnya 12 orang tewas.") tells the toll of the attack before
        it."""
        attacks = [x for x in violent if x.type == "ATTACK"]
        if len(violent) != 1 and len(attacks) != 1:
            return
        ev = violent[0] if len(violent) == 1 else attacks[0]  # a toll is an attack's before an operation's
        s, e = sent.start_char, sent.end_char
        if ea.word_re(self.lex.lists["war_tolls"]).search(ctx.text, s, e):
            return  # "Lebih dari 320 ribu warga tewas dalam Perang Suriah": a war's count, not this event's
        blockers = self.lex.lists["date_blockers"]
        if any(w in blockers for d in ctx.dates_in(s, e) for w in _words_before(ctx.text, s, d.start, 3)):
            return  # "Sejak 7 Oktober 2023, lebih dari 39.000 warga Palestina tewas": a count over a period
        total = self._running_total(ctx, s, e)
        if total is not None and self._sourced_reach(ctx, s, e):
            total = None  # "Kantor Media Pemerintah Gaza menyebut ... mencapai 31 orang": that source's own figure
        if total is None and ev.killed is not None and (rise := self._toll_rise(ctx, s, e)) is not None:
            total = ev.killed + rise  # "korban meninggal bertambah tiga orang": more than told before
        if total is not None:  # "korban jiwa dalam insiden tersebut bertambah menjadi tiga orang": the new toll
            ev.killed, ev.killed_qualifier = total, "exact"
            ev.__dict__[UPDATED_TOLL] = True  # it replaces the toll a restatement told before it (`merge.absorb`)
        elif ev.killed is None and ea.word_re(self.lex.lists["no_deaths"]).search(ctx.text, s, e):
            ev.killed, ev.killed_qualifier = 0, "exact"  # "Tidak ada korban jiwa dalam peristiwa tersebut."
        reach = self._toll_reach(ctx, s, e)
        for kind in ("killed", "injured"):
            if kind == "killed" and total is not None:
                continue
            graded = self._graded_total(ctx, s, e) if kind == "injured" else None
            if graded is not None and getattr(ev, kind) is None:
                ev.injured, ev.injured_qualifier = graded, "exact"
                continue
            fig = next(iter(self._tolls(ctx, s, e, kind)), None)
            if fig is None and re.search(
                rf"(?<![\w-])(?:{alternation(self.lex.lists[kind + '_predicates'])})\W*$",
                ctx.text[max(s, e - 40) : e],
                re.I,
            ):
                units = self.lex.lists["non_person_units"]
                fig = next(
                    (f for f in self._tolls(ctx, s, min(e, s + 15), None) if (f.unit or "").lower() not in units), None
                )
            if fig is not None and (
                getattr(ev, kind) is None or getattr(ev, f"{kind}_qualifier") == EARLIER
                or (getattr(ev, kind) == 1 and fig.value > 1)  # one named first, then the whole toll
            ):
                self._set_toll(ctx, ev, kind, fig, s)
            elif fig is None and getattr(ev, kind) is None and self._single(ctx.text, s, reach, kind):
                setattr(ev, kind, self._one_toll(ctx, s, reach, kind))
                setattr(ev, f"{kind}_qualifier", "exact")

    def _toll_reach(self, ctx: DocContext, s: int, e: int) -> int:
        """How far a carried toll of one is looked for: the sentence's opening words, or all of it when it tells a
        toll already ("dua anggota KST tewas, sementara seorang prajurit TNI terluka")."""
        told = any(self._tolls(ctx, s, e, kind) for kind in ("killed", "injured"))
        return e if told else min(e, s + 80)

    def _died_so(self, text: str, start: int) -> bool:
        """Is the passive told as how they died ("Tiga pekerja ... tewas ditembak")? Then its subject's count is the
        toll, as for a killing passive; "ditembak" alone is no death."""
        return self.died_before_re.search(text, max(0, start - 20), start) is not None

    def _victim_count(self, ctx: DocContext, ev: Event, left: int, start: int) -> None:
        """"Sedikitnya empat petani ... dibunuh": the count heading the subject of a passive killing is the toll.
        The places naming where they were ("di Desa X, Kecamatan Y, Kabupaten Z") do not count toward the reach."""
        units = self.lex.lists["non_person_units"]
        named = sum(len(x.text) for x in ea.ents_in(ctx, max(left, start - 2 * _SUBJECT_REACH), start, ea.PLACE_LABELS))
        reach = _SUBJECT_REACH + named
        figs = [
            f for f in self._tolls(ctx, max(left, start - reach), start, None) if (f.unit or "").lower() not in units
        ]
        if figs:  # "Lima penambang diculik dan dua di antaranya dibunuh": the part killed
            subset = ea.word_re(self.lex.lists["subset_words"])
            fig = next((f for f in reversed(figs) if subset.match(ctx.text, f.end + 1)), figs[0])
            ev.killed, ev.killed_qualifier = int(round(fig.value)), fig.qualifier
            if self._superseded(ctx.text, left, fig.start):
                ev.killed_qualifier = EARLIER

    def _object_count(self, ctx: DocContext, ev: Event, end: int, e: int) -> None:
        """"Pembunuhan 31 pekerja proyek": the count heading the object of a killing noun is the toll."""
        gap = re.match(r"\s+(?:terhadap\s+)?", ctx.text[end:e])
        at = end + (gap.end() if gap else 0)
        units = self.lex.lists["non_person_units"]
        fig = next((f for f in self._tolls(ctx, at, min(e, at + 20), None) if f.start == at), None)
        if fig is not None and fig.unit and fig.unit.lower() not in units:
            self._set_toll(ctx, ev, "killed", fig, at)

    def _time_clause(self, text: str, s: int, e: int, pos: int) -> tuple[int, int]:
        """The clause opening the sentence before the trigger at `pos` that tells another event first ("Setelah
        insiden berdarah yang menewaskan 22 orang itu, polisi menggerebek ..."): its toll and victims are not the
        trigger's. An empty stretch when there is none."""
        opener = ea.word_re(self.lex.lists["time_clause_openers"]).match(text, _after_dateline(text, s, e))
        setting = re.match(r"[^,;]*,", text[opener.end() : pos]) if opener is not None else None
        if opener is None or setting is None:
            return (s, s)
        return (opener.start(), opener.end() + setting.end())

    def _campaign_clauses(self, ctx: DocContext, s: int, e: int) -> list[tuple[int, int]]:
        """The clauses of a sentence counting over a long period up to now ("Sejak 7 Oktober 2023, serangan militer
        Israel di Gaza telah menewaskan lebih dari 35.000 jiwa", "sejak perang dimulai"): a campaign's running toll,
        no one event's."""
        blockers = self.lex.lists["date_blockers"]
        wars = ea.word_re(tuple(w for w in self.lex.lists["war_tolls"] if w.split()[0] in blockers))
        # "sejak perang dimulai": the war's whole toll, told without its date
        out = [ea.clause_bounds(ctx.text, s, e, m.start(), self.lex) for m in wars.finditer(ctx.text, s, e)]
        ref = ctx.doc._.ref_date
        if ref is None:
            return out
        before = (ref - timedelta(days=_CAMPAIGN_DAYS)).isoformat()
        return out + [
            ea.clause_bounds(ctx.text, s, e, d.start, self.lex) for d in ctx.dates_in(s, e)
            if d.value and d.value[:1].isdigit() and d.value < before[: len(d.value)]
            and self._period_edge(ctx.text, s, d) and not self._opens_range(ctx.text, d)
        ]

    def _casualties(self, ctx: DocContext, ev: Event, s: int, e: int, pos: int, owners: list[int]) -> None:
        aside = self._time_clause(ctx.text, s, e, pos)
        campaign = self._campaign_clauses(ctx, s, e)
        for kind in ("killed", "injured"):
            figs = [
                f for f in self._tolls(ctx, s, e, kind)
                if not aside[0] <= f.start < aside[1] and not self._took_part(ctx.text, f.end, pos)
                and not any(a <= f.start < b for a, b in campaign)
            ]
            fig = ea.nearest(figs, pos, owners, pos)
            graded = self._graded_total(ctx, s, e) if kind == "injured" else None
            if graded is not None:
                ev.injured, ev.injured_qualifier = graded, "exact"
            elif fig is not None:
                self._set_toll(ctx, ev, kind, fig, s)
            elif kind == "killed" and not campaign and (total := self._running_total(ctx, s, e)) is not None:
                ev.killed, ev.killed_qualifier = total, "exact"
            elif kind == "killed" and re.search(
                rf"(?<![\w-])(?:{alternation(self.lex.lists['no_deaths'])})(?![\w-])", ctx.text[s:e], re.I
            ):
                ev.killed, ev.killed_qualifier = 0, "exact"
            elif pos == owners[0] and self._one_harmed(ctx, s, e, kind, pos):
                setattr(ev, kind, self._one_toll(ctx, s, e, kind))
                setattr(ev, f"{kind}_qualifier", "exact")

    def _one_harmed(self, ctx: DocContext, s: int, e: int, kind: str, pos: int) -> bool:
        """A toll of one in words or named, unless told before a word of taking part in the event at `pos`
        ("Seorang anggota KKB yang meninggal dunia terlibat dalam penembakan"); told after it, it is the event's
        own (", yang menewaskan seorang awak kapal")."""
        one = self._single_at(ctx.text, s, e, kind)
        if one == e and not self._one_named(ctx, s, e, kind):
            return False
        return not self._took_part(ctx.text, one if one < e else s, pos)

    def _set_toll(self, ctx: DocContext, ev: Event, kind: str, fig: Figure, s: int) -> None:
        """The toll a figure gives ("hingga 12" counts 12, "Empat polisi dan tiga pekerja tewas" seven), marked
        `EARLIER` when the report corrects it."""
        text = ctx.text
        upper = fig.high if fig.qualifier == "up_to" and fig.high else None
        setattr(ev, kind, int(round(upper)) if upper is not None else self._with_coordinated(ctx, fig, s))
        # "15 polisi dan beberapa warga sipil tewas": at least the figure
        qualifier = "at_least" if vague_joined(text, fig.end) and fig.qualifier == "exact" else fig.qualifier
        setattr(ev, f"{kind}_qualifier", EARLIER if self._superseded(text, s, fig.start) else qualifier)

    def _superseded(self, text: str, s: int, pos: int) -> bool:
        """Does a superseded cue ("mulanya", "awalnya") stand in the clause before the figure at `pos`?"""
        cues = ea.word_re(self.lex.lists["superseded_cues"])
        return any(not re.search(r"[;.]", text[m.end() : pos]) for m in cues.finditer(text, max(s, pos - 80), pos))

    def _single(self, text: str, s: int, e: int, kind: str) -> bool:
        """"Seorang terduga teroris tewas", "menembak mati seorang guru": a toll of one told with a word, not a
        digit."""
        return self._single_at(text, s, e, kind) < e

    def _single_at(self, text: str, s: int, e: int, kind: str) -> int:
        """Where a toll of one told with a word starts in [s, e) (`e` if nowhere): "..., yang menewaskan seorang
        awak kapal" after a claim of responsibility is the attack's own toll, not one who took part."""
        ones = alternation(self.lex.lists["single_counts"])
        preds = alternation(self.lex.lists[f"{kind}_predicates"])
        # names and short forms do not count toward the words between ("Seorang daftar pencarian orang (DPO)
        # kelompok Mujahidin Indonesia Timur (MIT) tewas")
        named = r"(?:(?-i:[A-Z][\w'-]*)|\([^()\s]{1,20}\))\s+"
        gap = rf"(?:{named})*(?:[\w()-]+\s+(?:{named})*){{0,5}}?"
        # "Seorang anggota TNI AD, Pratu Miftahul Arifin (25), gugur": the one named between commas
        # or a relative clause between commas ("Seorang pengemudi ojek, yang mengangkut penumpang ..., ditembak mati")
        aside = (
            rf"(?:[\w'-]+,\s+(?:(?:{named})*(?-i:[A-Z][\w'-]*)(?:\s+\(\d{{1,3}}\))?|yang\s[^,;.]{{1,80}}),\s+)?"
        )
        told = re.search(rf"(?<![\w-])(?:{ones})\s+{gap}{aside}(?:{preds})(?![\w-])", text[s:e], re.I)
        if told is not None:
            return s + told.start()
        # "menembak mati seorang guru", "Ledakan itu melukai seorang balita"
        verbs = alternation(self.lex.lists["killing_verbs" if kind == "killed" else "injuring_verbs"])
        harmed = re.search(rf"(?<![\w-])(?:{verbs})\s+(?:{ones})\s", text[s:e], re.I)
        if harmed is None and kind == "killed":
            harmed = self.kin_killed_re.search(text[s:e])
        return s + harmed.start() if harmed is not None else e

    def _kin_count(self, kin: re.Match[str]) -> int:
        """How many people the kin nouns after a killing verb name ("suami dan anaknya": two)."""
        return len(_KIN_SEPARATOR.findall(kin.group(1))) + 1

    def _one_named(self, ctx: DocContext, s: int, e: int, kind: str) -> bool:
        """"Pratu Miftahul Arifin gugur", "Bripda Yosua (25) tewas": one person, named, is the toll; so is one named
        after a killing verb and the office that says who he was, then no one joined to him ("menewaskan komandan
        senior Hizbullah, Taleb Abdallah, dalam serangan udara")."""
        preds = self.named_toll_re[kind]
        people = ea.ents_in(ctx, s, e, ("PER",))
        if any(preds.match(ctx.text, p.end_char) for p in people):
            return True
        if kind != "killed":
            return False
        others = ea.word_re(
            self.lex.lists["kin_words"] + self.lex.lists["follower_words"] + self.lex.lists["perpetrator_nouns"]
        )
        for p in people:
            verb = self.killed_named_re.search(ctx.text, max(s, p.start_char - 60), p.start_char)
            # not "membunuh keluarga Yasa", "menewaskan pengawal Haniyeh": others, whose number is not told; nor
            # "menembak mati pelaku penyanderaan bernama Fatahullah": the perpetrator, no toll of the hostage-taking
            if verb is not None and not others.search(verb.group()) and not _JOINED_AFTER.match(ctx.text, p.end_char):
                return True
        return False

    def _graded_total(self, ctx: DocContext, s: int, e: int) -> int | None:
        """Counts of the injured by grade in one sentence add up ("tiga luka berat, empat luka ringan"); None unless
        at least two grades are counted."""
        grades = alternation(self.lex.lists["injury_grades"])
        parts = [
            f for f in ctx.figures_in(s, e)
            if re.match(rf"\s+(?:[a-z]+\s+){{0,2}}?(?:{grades})(?![\w-])", ctx.text[f.end : f.end + 40], re.I)
        ]
        if len(parts) < 2:
            return None
        return sum(int(round(f.value)) for f in parts)

    def _running_total(self, ctx: DocContext, s: int, e: int) -> int | None:
        """"Jumlah personel yang gugur ... bertambah menjadi tiga orang", "Sebelumnya dilaporkan 8 orang tewas, namun
        angka itu kini bertambah menjadi 11 orang": the new total toll."""
        m = self._toll_head(ctx, s, e)
        if m is None:
            return None
        to = self.toll_total_re.search(ctx.text[m.end() : e])
        if to is None:
            return None
        at = m.end() + to.end()
        fig = next(
            iter(self._tolls(ctx, at, min(e, at + 3), None) + self._tolls(ctx, at, min(e, at + 3), "killed")), None
        )
        return int(round(fig.value)) if fig is not None else None

    def _sourced_reach(self, ctx: DocContext, s: int, e: int) -> bool:
        """Is the toll told as what it reaches ("mencapai"), with no word of a rise, by a source the article has not
        named before ("Namun, layanan ambulans Aamin menyatakan korban tewas mencapai 12 orang", "Menurut Wali Kota
        X, ...")? Then it is that source's figure beside the one told before, not an update of it."""
        text, lists = ctx.text, self.lex.lists
        head = self._toll_head(ctx, s, e)
        to = self.toll_total_re.search(text, head.end(), e) if head is not None else None
        if head is None or to is None or to.group().strip().lower() not in lists["toll_reaches"]:
            return False
        if ea.word_re(lists["toll_rises"] + lists["toll_rise_leads"]).search(text, head.end(), to.start()):
            return False  # "kini mencapai 14 orang": the count rose
        source = self._toll_source(ctx, s, head.start(), to.end(), e)
        if source is None:
            return False
        # named before: its first two words ("Polisi setempat kemudian menyebut"), or a person's last name
        told = text[:s].casefold()
        people = [x.text.split()[-1] for x in ea.ents_in(ctx, source[0], source[1], ("PER",))]
        opening = " ".join(text[source[0] : source[1]].split()[:2]).casefold()
        return opening not in told and not any(p.casefold() in told for p in people)

    def _toll_source(self, ctx: DocContext, s: int, head: int, after: int, e: int) -> tuple[int, int] | None:
        """Where the sentence names who gives its toll: the subject of a reporting verb before the toll's words
        (past a connective and its comma), the name after "menurut", or the speaker after a speech tag behind it."""
        text, lists = ctx.text, self.lex.lists
        cue = ea.word_re(lists["source_cues"] + lists["reporting_verbs"]).search(text, s, head)
        if cue is not None and cue.group().lower() in lists["source_cues"]:
            a, b = cue.end(), head
            comma = text.find(",", a, b)
            b = comma if comma >= 0 else b
        elif cue is not None:
            a, b = s, cue.start()
            a = max(a, text.rfind(",", a, b) + 1)
        else:
            tag = ea.word_re(lists["speech_tags"]).search(text, after, e)
            if tag is None:
                return None
            a, b = tag.end(), e
            stop = re.search(r"[,.;]", text[a:b])
            b = a + stop.start() if stop else b
        a += len(text[a:b]) - len(text[a:b].lstrip())
        b -= len(text[a:b]) - len(text[a:b].rstrip())
        return (a, b) if b > a else None

    def _toll_rise(self, ctx: DocContext, s: int, e: int) -> int | None:
        """"Belakangan, korban meninggal bertambah tiga orang": how many more died than the report told before."""
        m = self._toll_head(ctx, s, e)
        if m is None or self.toll_total_re.search(ctx.text[m.end() : e]):
            return None
        rise = self.toll_rise_re.match(ctx.text[m.end() : e])
        if rise is None:
            return None
        at = m.end() + rise.end()
        fig = next(iter(f for f in ctx.figures_in(at, min(e, at + 3)) if f.kind in (None, "killed")), None)
        return int(round(fig.value)) if fig is not None else None

    def _toll_head(self, ctx: DocContext, s: int, e: int) -> re.Match[str] | None:
        """The words naming the death toll in [s, e) ("jumlah personel yang gugur", "korban tewas"), or pointing back
        to a count of the dead told before them in the sentence ("angka itu")."""
        m = self.toll_head_re.search(ctx.text, s, e)
        if m is not None:
            return m
        back = ea.word_re(self.lex.lists["count_anaphors"]).search(ctx.text, s, e)
        told = back is not None and any(f.kind == "killed" for f in ctx.figures_in(s, back.start()))
        return back if told else None


# between two people named in a row, their ages and ranks too: "Bripka Dodi dan Briptu Ahmad", "Rizky (21), Pratu Andi"
# between kin nouns listed after a killing verb: "istri, anak dan menantunya"
_KIN_SEPARATOR = re.compile(r"\s*,\s*|\s+(?:dan|serta)\s+", re.I)
_NAMES_JOINED = re.compile(r"(?:\s*\(\d{1,3}\))?(?:\s*,)?\s+(?:(?:dan|serta)\s+)?(?:[A-Z][\w.]*\s+){0,2}")
# what stands between two coordinated counts of the dead: "Empat polisi dan tiga pekerja tewas"
_COORDINATED_COUNT = re.compile(r"\s+[a-z-]+(?:\s+[a-z-]+)?,?\s+(?:dan|serta)\s+", re.I)
# between a killing verb's objects: "tiga komandan senior Jihad Islam dan sedikitnya 10 (warga sipil)"
_JOINED_OBJECT = re.compile(r"(?:\s+[\w-]+){0,5},?\s+(?:dan|serta)(?:\s+[a-z]+)?\s+", re.I)
_LISTED_COUNT = re.compile(r"\s+[a-z-]+(?:\s+[a-z-]+)?(?:,\s+|,?\s+(?:dan|serta)\s+)", re.I)

# after a target phrase, its short form and the group its people belong to: " (DPO) kelompok Mujahidin Indonesia Timur"
_GROUP_AFTER_PHRASE = re.compile(r"\s*\([^()]{1,15}\)\s+(?:kelompok|jaringan|anggota)\s+(?:[A-Z][\w-]*\s*)+")
_POINTER_REACH = 250  # most characters back from "pria itu" to the person it points to
# between a noun trigger and the force after it: a word that qualifies it and a closing quote ("serangan brutal",
# "“serangan sistematis” aparat keamanan")
_DONE_BY = re.compile(r"(?<![\w-])(?:dilakukan|dilaksanakan|dilancarkan)\s+", re.I)  # the doer may follow bare
_SCARE_QUOTE = 30  # most characters of a noun trigger's qualifier and closing quote before its force
_AGENT_AFTER_NOUN = re.compile(r"(?:\s+(?P<word>[a-z]+))?[\"”’']?\s+")
# "pertempuran (sengit) antara X dan Y": the sides follow, past one word qualifying the noun (not "di antara")
_BETWEEN_SIDES = re.compile(r"(?:\s+(?!di\s)(?-i:[a-z]+))?\s+antara\s+", re.I)
_WEAPON_WORDS = 5  # most words of a weapon and its count before the state it belongs to ("dua bom udara Rusia")
_OWNER_GAP = 12  # most characters between a count of members and the group named after it
_OWNER_REACH = 60  # most characters to the end of that group's name
# others joined to a person named: "Ismail Haniyeh dan pengawalnya", "(62) serta ..."
_JOINED_AFTER = re.compile(r"(?:\s*\(\d{1,3}\))?,?\s+(?:dan|serta|beserta|bersama)(?![\w-])", re.I)
_CAMPAIGN_DAYS = 60  # a period counted from this long before the report is a campaign's, not one event's
_LED_REACH = 45  # most characters after "dilakukan" to the leader's name of a group ("kelompok pimpinan Egianus")
_BREAKDOWN_REACH = 70  # most characters back from a count to the breakdown word before it and the toll before that
_SIDES_REACH = 90  # most characters after "antara" where the sides of a fight are named
_HARM_REACH = 60  # most characters between a killing verb (or a toll's predicate) and the group it harms
_WEAPON_SUBJECT_REACH = 40  # most characters of a weapon named as the subject of an attack's verb
_RECALL_REACH = 80  # most characters between a span of time ("dua hari setelah") and the recalled trigger
_PAST_REACH = 40  # most characters between a past cue and the trigger it dates ("pernah ditahan terkait penikaman")
# the other side of a firefight, a member noun on the way: "kontak tembak dengan personel Satuan Tugas ..."
# the day closing a range: "Rabu (15/5/2024)", "15 Mei 2024"
_DAY_AHEAD = re.compile(r"\w+\s*\(?\d")
# where a launched weapon was sent: "menembakkan dua rudal balistik ke arah kapal tanker"
_APPOSITION_CLOSE = re.compile(r"(?:\s*\(\d{1,3}\))?\s*[,.;)]")
# what a strike was aimed at or hit, told right after its noun or in a relative clause
_AIMED_AT = re.compile(r"(?:\s+[\w-]+){0,4}?\s+(?:yang\s+)?(?:menargetkan|menyasar|menghantam|mengenai)\s+", re.I)
_FIRED_AT = re.compile(r"\s+ke\s+arah\s+", re.I)  # right after the trigger: where it was fired
_SENT_AT = re.compile(r"\s(?:ke\s+arah|ke|terhadap|menuju)\s+", re.I)
_OTHER_SIDE = re.compile(r"\s+dengan\s+(?:(?:personel|anggota|pasukan|aparat|tim|petugas)\s+)?", re.I)
# a trigger sending someone to the scene of the next one ("diterjunkan ke lokasi pembunuhan ...") shares its place
_TO_THE_SCENE = re.compile(r"\bke\s+(?:lokasi|tempat|tkp)\s+(?:kejadian\s+)?$", re.I)
# a noun trigger right after "dalam" that follows another trigger names the setting of that event
# "dalam serangkaian operasi": a series of the deed named after "dalam"
_SERIES = r"(?:(?:serangkaian|rangkaian|sejumlah|beberapa)\s+)?"
_SETTING = re.compile(r"[^,;]*\bdalam\s+$", re.I)
_AS_ROLE = re.compile(r"(?<![\w-])sebagai(?![\w-])", re.I)  # "X sebagai pendana": the role noun's agent is X
# most characters, places aside, between the count heading a passive killing's subject and its verb
_SUBJECT_REACH = 90
# most characters between a described agent and the trigger it governs (a light verb, a coordinated noun between)
_AGENT_REACH = 60
# a relative clause set off by commas describes a participant: its date is not the event's ("Pria itu, yang ...
# dibebaskan dari penjara pada Desember lalu, ditembak mati")
_ASIDE = re.compile(r",\s+yang\s[^,;.]*,")
# a claim of responsibility naming no object: "JNIM mengaku bertanggung jawab."
_BARE_CLAIM = re.compile(r"\s*(?:[.;]|$)")
_CLAUSE_END = re.compile(r"[,;:]")  # what closes a relative clause told without commas before it
_APPOSED = re.compile(r"[\s,(]*")  # what may stand between a date and the more precise date that restates it


def _sides_after(ctx: DocContext, start: int, right: int) -> list[Span]:
    """The parties named after "antara" (`start`) up to `right`: the sides of a fight, not its places ("di Kashmir")."""
    return [x for x in ea.ents_in(ctx, start, min(right, start + _SIDES_REACH)) if not ea._is_place_use(ctx.text, x)]


def _parties_between(ctx: DocContext, end: int, right: int) -> list[Span]:
    """The two parties of talks named after "antara", a few words past the noun ("perundingan gencatan senjata
    antara Israel dan Hamas yang dimediasi Qatar"): the first side and the one joined to it, not the mediator."""
    between = _TALKS_BETWEEN.match(ctx.text, end, right)
    if between is None:
        return []
    sides = _sides_after(ctx, between.end(), right)
    if not sides or sides[0].start_char > between.end() + _SIDE_WORDS:
        return []
    second = next(iter(sides[1:2]), None)
    if second is None or not _JOINED_SIDE.fullmatch(ctx.text, sides[0].end_char, second.start_char):
        return []
    return [sides[0], second]


# the talks' noun, up to three words qualifying it, then "antara" and the sides
_TALKS_BETWEEN = re.compile(r"(?:\s+[a-z-]+){0,3}?\s+antara\s+", re.I)
_SIDE_WORDS = 20  # most characters of a side's head words before its name ("pemerintah", "junta militer")
# between two sides: "dan", "serta", "dengan", then a head word or two ("kelompok pemberontak ELN")
_JOINED_SIDE = re.compile(r"\s+(?:dan|serta|dengan)\s+(?:[a-z-]+\s+){0,3}", re.I)


def _dated_to_the_day(ctx: DocContext, sent: tuple[int, int]) -> bool:
    """Does the sentence give a day (or a clock time) for what it tells?"""
    return any(d.precision in ("day", "time") for d in ctx.dates_in(*sent))


def _refined(text: str, dates: list[DateMention]) -> list[DateMention]:
    """Dates without those restated at once more precisely: "akhir pekan ini (Sabtu, 7/12)" is 7 December."""
    out = []
    for i, d in enumerate(dates):
        nxt = dates[i + 1] if i + 1 < len(dates) else None
        if (
            nxt is not None and d.value and nxt.value and len(nxt.value) > len(d.value)
            and nxt.value.startswith(d.value) and _APPOSED.fullmatch(text, d.end, nxt.start)
        ):
            continue
        out.append(d)
    return out
# events that are statements: dated by the statement that made them
_STATED = ("ESTIMATE", "WARNING")
# a sentence saying when the statement told before it was made
_STATED_BACK = re.compile(
    r"\b(?:informasi|pernyataan|keterangan|perkiraan|peringatan|data)\s+(?:itu|tersebut|ini)\s+"
    r"(?:\S+\s+){0,2}?(?:disampaikan|diungkapkan|dikemukakan|disebutkan|dirilis)\b", re.I,
)
# a sentence dating the event told before it with a general word: "Peristiwa itu terjadi pada 1 Desember 2018"
_DATES_BACK = re.compile(
    r"\s*(?:\S+\s+){0,2}?(?:peristiwa|kejadian|insiden|aksi)\s+(?:itu|tersebut|ini|nahas|keji)\s+"
    r"(?:\S+\s+){0,2}?terjadi\b", re.I,
)
# a noun trigger told as the time after it ("pascapenyerangan", "pasca-penangkapan")
_AFTER_PREFIX = re.compile(r"pasca-?", re.I)
# between two coordinated triggers
# a count of "others" ("lima orang lainnya") and the name joined before it ("Khalil Haqqani dan ")
_NAMED_AND = re.compile(r"(?-i:[A-Z])[\w'-]*(?:\s+\(\d{1,3}\))?,?\s+(?:dan|serta)\s+$")
# "dan" and at most two words before a trigger: a verb coordinated with the one before ("... dan mengklaim menguasai")
_AND_THEN = re.compile(r"\s(?:dan|serta)\s+(?:[a-z]+\s+){0,2}$", re.I)
# a clause joined to the next trigger's by "dan": "menggagalkan rencana serangan di X dan menangkap"
_JOINED_CLAUSE = re.compile(r"[^.;:,\"\u201c\u201d]*\s(?:dan|serta|lalu|kemudian)\s+", re.I)
_COORDINATED = re.compile(r"^\s*(?:,|dan|serta|,\s*dan)\s*$", re.I)
# a passive verb's agent may follow it with no "oleh" ("ditembak aparat", "ditembak mati petugas gabungan")
_BARE_PASSIVE_AGENT = re.compile(r"(?:\s+mati)?\s+", re.I)
_AGENT_MARK = re.compile(r"[\s,]+(?:yang\s+)?(?:(?:di(?:lakukan|lancarkan|dalangi|klaim))(?:\s+oleh)?|oleh)\s+", re.I)
# words between a victim phrase and its toll ("empat jemaah mengalami luka-luka", "warga yang tewas")
_FILLER = re.compile(r"(?:\s+(?:yang|itu|tersebut|mengalami|dilaporkan|dikabarkan|juga|pun))*", re.I)
# "penangkapan atas 14 orang": a trigger whose object is counted reports one operation
_COUNTED_OBJECT = re.compile(r"\s+(?:atas|terhadap)\s+(?:sedikitnya\s+|setidaknya\s+|sekitar\s+)?\d", re.I)
# "untuk mengejar dan menangkap": the trigger is the purpose of an order or a plan
_PURPOSE = re.compile(r"\buntuk\s+(?:[a-z]+\s+(?:dan|serta)\s+)?$", re.I)
#: What may stand between a passive's subject and its verb: "pekerja (yang) (telah) dibunuh".
_PASSIVE_GAP = re.compile(r"\s+(?:yang\s+)?(?:telah\s+|sudah\s+|akhirnya\s+)?", re.I)
# "..., termasuk", "dan": more victims of the same verb
_INCLUDING = re.compile(r"[\s,]+(?:termasuk|di antaranya|yakni|yaitu|dan|serta)\s+(?:\S+\s+)?$", re.I)
# a phrase of only a pronoun-like head is no target ("orang", "korban")
_BARE_VICTIM = re.compile(r"^(?:orang|korban|warga|anggota|para|seorang|beberapa|sejumlah)$", re.I)
# between a passive verb and its bare agent: only group words ("ditembak kelompok kriminal bersenjata (KKB)")
# a passive verb right before a phrase: its agent ("daerah yang dikuasai gerilyawan"), not the event's
_PASSIVE_BEFORE = re.compile(r"(?<![\w-])di[a-z]{3,}\s+$", re.I)
_BARE_AGENT_GAP = re.compile(
    r"\s+(?:(?:mati|kelompok|kriminal|bersenjata|militan|separatis|teroris|milisi|gerilyawan|pasukan|anggota|sel|personel|tim|petugas|aparat)"
    r"\s+)*\(?$",
    re.I,
)
# "ditangkap dalam operasi tersebut", "yang gugur dalam penghadangan": the event told before
_BACK_REF = re.compile(
    r"\b(?:dalam|pada|saat|selama)\s+(?:(?:operasi|penggerebekan|penyisiran|razia)(?:\s+\w+)?\s+(?:tersebut|itu|ini)|"
    r"(?:penghadangan|penyergapan|serangan|penyerangan)\b)", re.I,
)
# "Seorang terduga teroris tewas dalam baku tembak": the subject killed in the event is its target
_VICTIM_OF_NOUN = re.compile(
    r"\s+(?:(?:tewas|gugur|terbunuh|meninggal|terluka|tertembak)\s+(?:\w+\s+)?(?:dalam|saat|akibat|ketika)"
    r"|yang\s+(?:menjadi|jadi)\s+korban)\s+$",
    re.I,
)
# suspects named by initials: "berinisial HD (41) dan SW (29)"
_INITIALS = re.compile(r"(?<![\w-])(?<=\s)([A-Z]{2,4})(?=\s*(?:\(\d+\)|,|dan\b|\s+di\b|$))")
_DATELINE = re.compile(r"\s(?:--|[-–—])\s")


def _named_in(name: str, phrases: set[str]) -> bool:
    """Is `name` one of the case-folded `phrases` or a whole word group inside one ("militan" in "kamp militan")?"""
    key = name.casefold()
    return any(key == p or re.search(rf"(?<!\w){re.escape(key)}(?!\w)", p) for p in phrases)


def _narrative_dates(events: list[Event], own_time: re.Pattern[str]) -> None:
    """Narrative time: an event told without a date of its own continues the story told before it and takes the
    date of the nearest dated event before it ("Bom meledak Minggu (28/3). ... Polisi lalu menangkap ..."), unless
    its sentence names a time of its own no calendar here dates (`own_time`: "jelang Lebaran lalu")."""
    # the story's dated events, flashbacks aside ("... atas serangan terhadap barak Marinir AS pada 1983", "Kelompok
    # itu sebelumnya juga membakar sekolah pada bulan lalu": an event over before the story's first day is background
    # no later event continues), and every dated event
    dated: list[Event] = []
    told: list[Event] = []
    for ev in sorted(events, key=lambda x: x.start):
        if ev.date is None and dated and ev.certainty not in ("planned", "possible", "negated") and not (
            past(ev) or recalled(ev) or own_time.search(ev.evidence or "")
        ):
            src = told[-1] if _SAME_TIME.search(ev.evidence or "") else dated[-1]  # "Pada tahun yang sama, ..."
            ev.date, ev.date_precision, ev.date_start, ev.date_end = (
                src.date, src.date_precision, src.date_start, src.date_end
            )
            ev.date_basis = "story"
        elif ev.date is not None:
            told.append(ev)
            if not (dated and ends_before(ev.date, dated[0].date or "")):
                dated.append(ev)


_SAME_TIME = re.compile(r"\b(?:tahun|bulan|pekan|minggu|hari|waktu)\s+yang\s+sama\b", re.I)


#: What the police do in any crime story: in one of ordinary crime it is no conflict event.
_POLICE_WORK = ("ARREST", "MILITARY_OPERATION")
#: Events that happen where force is used; talks, warnings and estimates are placed by their own words only.
_ON_THE_GROUND = ("ATTACK", "MILITARY_OPERATION", "ARREST")
#: How far back (characters) a state force named before an agentless arrest or operation is taken as its agent.
_FORCE_LOOKBACK = 400


def _told_earlier(ev: Event, mentions: list[Event]) -> bool:
    """Is the mention a deed told beside the story, before its first day ("para militan itu terlibat dalam serangan
    terhadap pos pemeriksaan di Bara pekan lalu"): recalled, a participant's past, or dated before the story began?"""
    first = next((m.date for m in mentions if m.date and m is not ev), None)
    return recalled(ev) or past(ev) or bool(ev.date and first and ends_before(ev.date, first))


def _parties_beside(ev: Event, m: Evidence, events: list[Event]) -> set[str]:
    """The parties of the other events first told in the sentence of mention `m` ("penembakan terjadi saat kontak
    tembak dengan kelompok bersenjata": the firefight's sides), case-folded: none of them is `ev`'s perpetrator."""
    return {
        a.casefold() for other in events if other is not ev and other.start == m.start
        for a in other.actors + other.targets
    }


def _names_told(ctx: DocContext, ev: Event) -> set[str]:
    """The organisations and venues named in an event's sentences (people are left out: one spokesman speaks of
    several events): two mentions naming "Susi Air" tell of one hostage-taking."""
    return {e.text.casefold() for m in ev.mentions for e in ea.ents_in(ctx, m.start, m.end, ("ORG", "FAC"))}


def _narrative_places(events: list[Event]) -> None:
    """Narrative place: an event told without a place, on the date of the story around it, happened where the
    nearest located event before it did (after it, for the headline and lead): "Kontak tembak terjadi di Distrik
    Sugapa. ... Satu anggota KKB lainnya ditangkap." """
    ordered = sorted((x for x in events if x.type in _ON_THE_GROUND), key=lambda x: x.start)
    for i, ev in enumerate(ordered):
        if ev.location is not None or ev.certainty in ("planned", "possible", "negated"):
            continue
        around = [*reversed(ordered[:i]), *ordered[i + 1 :]]
        src = next((x for x in around if x.location is not None and _same_day(x.date, ev.date)), None)
        if src is not None:
            ev.location, ev.location_basis = src.location, "story"


def _same_day(a: str | None, b: str | None) -> bool:
    """Dates of one story: equal, or one the other told to the hour ("2020-10-26" and "2020-10-26T10:00")."""
    if a is None or b is None:
        return a == b
    return a == b or (len(a) >= 10 and len(b) >= 10 and a[:10] == b[:10])


def _after_dateline(text: str, s: int, e: int) -> int:
    """Where the sentence's own words start, after a dateline ("Jakarta, CNN Indonesia -- Polisi ...")."""
    last = None
    for m in _DATELINE.finditer(text, s, min(e, s + 60)):
        last = m
    return last.end() if last is not None else s


def _long_stretch(d: DateMention) -> bool:
    """A span longer than the unit its value is given in ("dalam lebih dari 60 tahun terakhir", "dua bulan
    terakhir", "2018-2023"): a period the sentence speaks of, not when an event happened ("tahun 2020" spans its
    year and dates one)."""
    if not (d.range_start and d.range_end):
        return False
    try:
        days = (date.fromisoformat(d.range_end[:10]) - date.fromisoformat(d.range_start[:10])).days
    except ValueError:
        return False
    return days > _UNIT_DAYS.get(d.precision, _UNIT_DAYS["day"])


def _lead(doc: Doc, text: str) -> Lead | None:
    """Where the first full sentence ends and when the report was written; None without a report date: an undated
    event told there is the report's news."""
    ref: date | None = doc._.ref_date
    first = _first_sentence_end(doc, text)
    if ref is None or first is None:
        return None
    return Lead(
        first, (ref - timedelta(days=365)).isoformat(), ref.isoformat()[:7], (ref - timedelta(days=7)).isoformat()
    )


def _first_sentence_end(doc: Doc, text: str) -> int | None:
    """Where the article's first full sentence (its lead, past a headline without a full stop) ends."""
    first = next((s for s in doc.sents if re.search(r"[.!?]\W*$", text[s.start_char : s.end_char].rstrip())), None)
    return first.end_char if first is not None else None


def _quoted(text: str, pos: int) -> bool:
    """Does `pos` stand inside a quotation opened in its paragraph?"""
    para = text[text.rfind("\n", 0, pos) + 1 : pos + 1]
    return para.count("\u201c") > para.count("\u201d") or para.count('"') % 2 == 1


def _named_year(text: str, s: int, d: DateMention, trigger: tuple[int, int]) -> bool:
    """A year that ends a name ("Pemilu 2024", "Olimpiade Paris 2024") dates that name, not the event; one after
    the trigger's own words ("Bom Bali 2002") does date it."""
    if d.precision != "year" or not d.text[:1].isdigit():
        return False
    word = re.search(r"(?<![\w-])(?-i:[A-Z][\w-]*)\s+$", text[max(s, d.start - 40) : d.start])
    if word is None:
        return False
    at = d.start - len(word.group())
    return at > s and not trigger[0] <= at < trigger[1]


def _in_name(ctx: DocContext, d: DateMention) -> bool:
    """A weekday or month word inside a name ("Kecamatan Pasar Minggu", "Jalan 17 Agustus") is no date."""
    ent = ctx.ent_at(d.start)
    return ent is not None and ent.start_char <= d.start and d.end <= ent.end_char and ent.label_ in ea.PLACE_LABELS


def _words_before(text: str, s: int, pos: int, n: int) -> list[str]:
    """The last `n` words before `pos` (not before `s`), lower-case."""
    return re.split(r"[\s,]+", text[max(s, pos - 40) : pos].lower().strip())[-n:]


def _uncounted(phrase: str, counts: re.Pattern[str]) -> str:
    """The harmed without the count before them ("Jumlah personel Brimob" -> "personel Brimob"); nothing when no
    one is left but the bare word for victims ("Jumlah korban")."""
    head = counts.match(phrase)
    if head is None:
        return phrase
    rest = phrase[head.end() :].strip()
    return "" if _BARE_VICTIM.match(rest) else rest


def _date_from(ev: Event, when: DateMention) -> None:
    """The event dated by a date mention: its value, precision and where it stands in the text."""
    ev.date, ev.date_precision, ev.date_start, ev.date_end = when.value, when.precision, when.start, when.end


def _short_for(text: str, name: Span, phrases: list[str]) -> bool:
    """Is the name the short form in brackets right after one of the phrases ("Pasukan Pertahanan Rakyat (YPG)")?"""
    before = text[max(0, name.start_char - 200) : name.start_char]
    return before.endswith("(") and any(before[:-1].rstrip().endswith(p) for p in phrases)


def _dated_alike(ev: Event, before: list[Event]) -> bool:
    """Is the event undated, or dated within an operation told before it ("bulan lalu" ... "pada 13 Juli")?"""
    return not ev.date or any(
        x.type == "MILITARY_OPERATION" and (not x.date or ev.date.startswith(x.date) or x.date.startswith(ev.date))
        for x in before
    )


def _trigger_at(text: str, ev: Event, start: int, end: int) -> int:
    """Where the event's trigger stands in [start, end) of the text, -1 if not there (case-insensitively, offsets of
    the text itself)."""
    if not ev.trigger:
        return -1
    m = re.compile(re.escape(ev.trigger), re.I).search(text, start, end)
    return m.start() if m is not None else -1


@lru_cache(maxsize=1)
def _count_words() -> frozenset[str]:
    """Number words and qualifiers that may open a counted phrase ("puluhan", "dua", "sedikitnya")."""
    vocab = get_number_vocab()
    return frozenset((*vocab.units, *vocab.teens, *vocab.magnitudes, *vocab.vague, *vocab.qualifiers))


def _means(phrase: str, weapon: re.Pattern[str], lex: EventLexicon) -> bool:
    """Is the phrase the weapon used ("bom rakitan", "puluhan rudal", "18 drone", "rentetan roket", "10 rudal
    balistik jarak pendek"), not who or what was struck?"""
    counted = _count_words().union(lex.lists["volleys"])
    words = phrase.split()
    while len(words) > 1 and (words[0].replace(".", "").isdigit() or words[0].casefold() in counted):
        words = words[1:]
    kind = re.sub(rf"(?:\s+(?:{alternation(lex.lists['weapon_modifiers'])}))+$", "", " ".join(words), flags=re.I)
    return weapon.fullmatch(kind) is not None


def _names(x: Span | str | None) -> list[str]:
    name = _name(x)
    return [name] if name else []


def _one_group(a: str, b: str) -> bool:
    """Are two names one group (the same words, or aliases of one gazetteer entry: "PKK", "Partai Pekerja
    Kurdistan")?"""
    if a.casefold() == b.casefold():
        return True
    first, second = ea.gazetteer_entry(a), ea.gazetteer_entry(b)
    return first is not None and first == second


def _name(x: Span | str | None) -> str | None:
    if x is None:
        return None
    return x.text if isinstance(x, Span) else x


def _word_goes_on(text: str, end: int) -> bool:
    """Does a word go on at `end` (within `_FORCES_REACH`): a letter, a digit, "_" or "-"?"""
    return end < min(len(text), _FORCES_REACH) and (text[end].isalnum() or text[end] in "_-")

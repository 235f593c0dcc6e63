"""telik_events: who did what to whom, where, when and how many (doc._.events).

Triggers and role patterns are data (telik/data/events); this module finds trigger mentions sentence by
sentence, reads their arguments from the sentence's structure, and merges restatements of one event.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from telik.model import Event, Evidence
from telik.nlp import event_args as ea
from telik.nlp.event_args import DocContext
from telik.nlp.event_lexicon import EventLexicon, Trigger, get_event_lexicon
from telik.nlp.event_merge import absorb, merge_mentions

_SKIP_WHEN_UNREAL = ("ATTACK", "MILITARY_OPERATION")


@Language.factory("telik_events", assigns=["doc._.events"], requires=["doc.ents"])
def make_events(nlp: Language, name: str) -> EventFinder:
    return EventFinder(get_event_lexicon())


class EventFinder:
    """Finds event mentions per sentence and merges them into events."""

    def __init__(self, lex: EventLexicon) -> None:
        self.lex = lex
        nouns = ea.alternation(lex.lists["estimate_nouns"])
        self.estimate_re = re.compile(
            rf"(?<![\w.,])(\d[\d.,]*(?:\s*(?:-|–|hingga|sampai)\s*\d[\d.,]*)?(?:\s+(?:ribu|juta))?)\s+(?:{nouns})\b", re.I
        )
        self.blocker_re = re.compile(rf"\b(?:{ea.alternation(lex.lists['estimate_blockers'])})\b[^.]{{0,25}}$", re.I)

    def __call__(self, doc: Doc) -> Doc:
        ctx = ea.context(doc, self.lex)
        mentions: list[Event] = []
        for sent in doc.sents:
            mentions.extend(self._sentence(ctx, sent))
        doc._.events = merge_mentions(mentions, ea.gazetteer_entry)
        return doc

    # -- one sentence ---------------------------------------------------------------
    def _sentence(self, ctx: DocContext, sent: Span) -> list[Event]:
        text = ctx.doc.text
        s, e = sent.start_char, sent.end_char
        while e > s and text[e - 1].isspace():
            e -= 1
        found: list[tuple[int, int, Trigger]] = []
        for m in self.lex.trigger_re.finditer(text, s, e):
            trig = self._choose(ctx, m.group(), s, e, m.start())
            if trig is not None and not self._vague(text, s, m.start(), m.end()):
                found.append((m.start(), m.end(), trig))
        for m in self.estimate_re.finditer(text, s, e):
            if not self.blocker_re.search(text[s : m.start()]):
                found.append((m.start(), m.end(), Trigger(m.group(), "ESTIMATE", None, "noun", None)))
        found.sort(key=lambda f: f[0])
        owners = [p for p, _, _ in found]
        out: list[Event] = []
        prev_end, prev_unreal = s, False
        for start, end, trig in found:
            purpose = prev_unreal and re.search(r"\buntuk\s+$", text[prev_end:start], re.I) is not None
            ev = None if purpose else self._mention(ctx, s, e, start, end, trig, owners, prev_end)
            prev_end, prev_unreal = end, ev is None and (purpose or self._unreal(text, s, e, prev_end, start))
            if ev is None:
                continue
            same = next((o for o in out if o.type == ev.type and (not o.date or not ev.date or o.date == ev.date)), None)
            if same is None:
                out.append(ev)
            else:
                absorb(same, ev)
        return out

    def _choose(self, ctx: DocContext, phrase: str, s: int, e: int, pos: int) -> Trigger | None:
        """The trigger reading of a phrase whose `needs` cue is present in the sentence."""
        key = re.sub(r"\s+", " ", phrase.lower())
        text = ctx.doc.text
        for trig in self.lex.alternatives.get(key, []):
            if trig.needs is None:
                return trig
            if trig.needs in ("state_actor", "armed_actor"):
                agent = ea.agent_before(ctx, ea.clause_bounds(text, s, e, pos)[0], pos, self.lex)
                name = agent.text if isinstance(agent, Span) else ""
                label = agent.label_ if isinstance(agent, Span) else None
                armed = bool(name) and ea.is_armed(name, self.lex)
                if (trig.needs == "armed_actor") == armed and name and (armed or ea.is_state(name, label, self.lex)):
                    return trig
                continue
            if ea._word_re(self.lex.cues[trig.needs]).search(text, s, e):
                return trig
        return None

    def _vague(self, text: str, s: int, start: int, end: int) -> bool:
        """A general statement ("rentetan serangan", "serangan secara sporadis"), not one event."""
        before = text[max(s, start - 30) : start]
        after = text[end : end + 30]
        if ea._word_re(self.lex.lists["vague_before"]).search(before):
            return True
        return bool(re.match(rf"\s*(?:{ea.alternation(self.lex.lists['vague_after'])})", after, re.I))

    def _mention(
        self, ctx: DocContext, s: int, e: int, start: int, end: int, trig: Trigger, owners: list[int], prev_end: int
    ) -> Event | None:
        text = ctx.doc.text
        lex = self.lex
        left, right = ea.clause_bounds(text, s, e, start)
        cert = ea.certainty(text, max(left, prev_end), start, right, lex)
        etype = trig.type
        if etype in _SKIP_WHEN_UNREAL and cert in ("planned", "possible", "negated"):
            return None
        actor, target = self._roles(ctx, left, right, start, end, trig)
        if etype == "ATTACK" and actor is not None and not ea.is_armed(actor, lex) and ea.is_state(actor, self._label(ctx, actor), lex):
            etype = "MILITARY_OPERATION"
        elif etype == "MILITARY_OPERATION" and actor is not None and ea.is_armed(actor, lex) and not ea.is_state(actor, None, lex):
            etype = "ATTACK"
        exclude = {actor} if actor else set()
        where = ea.place(ctx, left, right, start, exclude) or ea.place(ctx, s, e, start, exclude)
        dates = [d for d in ctx.dates if s <= d.start < e and d.value and not self._period_edge(text, s, d.start)]
        date = ea.nearest(dates, start, owners, start)
        ev = Event(
            type=etype,
            evidence=text[s:e],
            start=s,
            end=e,
            subtype=trig.subtype if etype == "ATTACK" else None,
            trigger=text[start:end],
            location=where.text if where is not None else None,
            actors=[actor] if actor else [],
            targets=[target] if target else [],
            weapon=ea.weapon(text, s, e, lex) if etype in ("ATTACK", "MILITARY_OPERATION", "SUPPORT") else None,
            certainty=cert,
            mentions=[Evidence(text[s:e], s, e)],
        )
        if etype == "ATTACK" and ev.subtype is None:
            ev.subtype = "bombing" if ev.weapon and "bom" in ev.weapon else "armed assault"
        if date is not None:
            ev.date, ev.date_precision, ev.date_start, ev.date_end = date.value, date.precision, date.start, date.end
        if etype in ("ATTACK", "MILITARY_OPERATION"):
            self._casualties(ctx, ev, s, e, start, owners)
        return ev

    def _unreal(self, text: str, s: int, e: int, prev_end: int, start: int) -> bool:
        left = max(ea.clause_bounds(text, s, e, start)[0], prev_end)
        return ea.certainty(text, left, start, e, self.lex) in ("planned", "possible", "negated")

    def _period_edge(self, text: str, s: int, pos: int) -> bool:
        """A date after "sejak"/"selama" bounds a period; it does not date the event."""
        words = text[max(s, pos - 12) : pos].lower().split()
        return bool(words) and words[-1] in self.lex.lists["date_blockers"]

    def _label(self, ctx: DocContext, name: str) -> str | None:
        return next((x.label_ for x in ctx.ents if x.text == name), None)

    def _roles(self, ctx: DocContext, left: int, right: int, start: int, end: int, trig: Trigger) -> tuple[str | None, str | None]:
        """(actor, target) from passive agents, responsibility claims, word order and target markers."""
        lex, text = self.lex, ctx.doc.text
        agent = ea.marked_entity(ctx, end, right, lex.lists["agent_markers"], lex)
        if agent is None:
            agent = ea.marked_entity(ctx, end, min(right, end + 25), ("oleh",), lex)
        target = ea.marked_entity(ctx, end, min(right, end + 60), lex.lists["target_markers"], lex)
        if trig.voice == "active" and ea.agent_before(ctx, left, start, lex) is not None:
            agent = ea.agent_before(ctx, left, start, lex)
        if trig.type == "SUPPORT":
            source = ea.marked_entity(ctx, end, right, lex.lists["source_markers"], lex)
            recipient = ea.agent_before(ctx, left, start, lex)
            if trig.phrase.startswith("menerima") or trig.voice == "passive":
                return _name(source), _name(recipient)
            return _name(recipient), _name(ea.entity_after(ctx, end, right, lex))
        if agent is None and trig.voice == "noun":
            claim = re.search(rf"(?:{ea.alternation(lex.lists['responsibility'])})\s*$", text[left:start], re.I)
            if claim:
                agent = ea.agent_before(ctx, left, left + claim.start(), lex)
            else:
                nxt = ea.entity_after(ctx, end, right, lex, reach=6)
                verb = re.search(r"\b(?:melakukan|melancarkan|meluncurkan|melaksanakan|menggelar|dalam)\s+$", text[left:start], re.I)
                if nxt is not None and nxt.label_ in ("GPE", "ORG"):
                    agent = nxt
                elif verb and not verb.group().lower().startswith("dalam"):
                    agent = ea.agent_before(ctx, left, left + verb.start(), lex)
            if target is None:
                victim = re.search(r",?\s*yang\s+(?:tewas|terbunuh|meninggal)\s+dalam\s+$", text[left:start], re.I)
                if victim:
                    target = ea.agent_before(ctx, left, left + victim.start(), lex)
        elif agent is None and trig.voice == "active":
            agent = ea.agent_before(ctx, left, start, lex)
            if target is None:
                target = ea.entity_after(ctx, end, right, lex)
        elif trig.voice == "passive" and target is None:
            target = ea.agent_before(ctx, left, start, lex)
        if trig.type == "TALKS" and target is None:
            target = ea.marked_entity(ctx, end, right, ("dengan",), lex)
        return _name(agent), _name(target)

    def _casualties(self, ctx: DocContext, ev: Event, s: int, e: int, pos: int, owners: list[int]) -> None:
        for kind in ("killed", "injured"):
            figs = [f for f in ctx.figures if s <= f.start < e and f.kind == kind]
            fig = ea.nearest(figs, pos, owners, pos)
            if fig is not None:
                setattr(ev, kind, int(round(fig.high if fig.qualifier == "up_to" and fig.high else fig.value)))
                setattr(ev, f"{kind}_qualifier", fig.qualifier)


def _name(x: Span | str | None) -> str | None:
    if x is None:
        return None
    return x.text if isinstance(x, Span) else x



"""Repeated lines are found with the runs of the lines above made only for a line holding no new word: the same
lines dropped as the definition that makes every line's runs."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from telik.clean.cleaner import _MIN_REPEAT, _SHINGLE, _mark_repeats, _Plan, _shingles
from telik.clean.layout import Line, split_lines

#: Few words, so that lines repeat, whole or in part; "Ab" and "ab." fold to the same key word.
WORDS = ["polisi", "Polisi", "ab.", "Ab", "menangkap", "teroris", "di", "Poso", "kata", "dia", "xx"]


def plain_repeats(plan: _Plan, body: list[Line], title: Line | None) -> None:
    """The definition: every kept line's runs of `_SHINGLE` words go into `seen`."""
    seen: set[tuple[str, ...]] = set()
    keys: set[str] = set()
    for line in body:
        if not plan.kept(line) or line is title:
            continue
        key = plan.key(line)
        words = key.split()
        windows = _shingles(words)
        if len(key) >= _MIN_REPEAT and (key in keys or (len(words) > _SHINGLE and windows <= seen)):
            plan.drop(line, "repeated line")
            continue
        keys.add(key)
        seen |= windows


#: A stream of words, and lines cut from it (so that a line often repeats runs of the lines above) or made anew.
stream_st = st.lists(st.sampled_from(WORDS), min_size=30, max_size=30)
cuts_st = st.lists(st.tuples(st.integers(0, 30), st.integers(0, 14), st.booleans()), max_size=25)


@given(stream_st, cuts_st, st.sets(st.integers(0, 24)), st.integers(-1, 24))
def test_repeats_are_the_plain_definition(stream: list[str], cuts: list[tuple[int, int, bool]], dropped: set[int],
                                          title_at: int) -> None:
    lines = [" ".join(stream[at : at + size] if cut else stream[:size][::-1]) for at, size, cut in cuts]
    text = "\n".join(lines)
    found = []
    for mark in (_mark_repeats, plain_repeats):
        all_lines = split_lines(text)
        plan = _Plan(all_lines, text)
        for i in dropped & set(range(len(all_lines))):
            plan.drop(all_lines[i], "before")
        body = [line for line in all_lines if not line.blank]
        title = body[title_at] if 0 <= title_at < len(body) else None
        mark(plan, body, title)
        found.append(plan.dropped)
    assert found[0] == found[1]


def test_a_line_said_again_inside_a_longer_one_is_dropped() -> None:
    said = "polisi menangkap teroris di Poso kata dia xx polisi"
    text = f"{said} menangkap\nxx di {said}.\n{said}"
    plan = _Plan(split_lines(text), text)
    _mark_repeats(plan, [line for line in plan.lines if not line.blank], None)
    assert plan.dropped == {2: "repeated line"}

"""A time budget per article, so one pathological text costs its own time and no more.

In the main thread a SIGALRM timer interrupts the article wherever it is (the `re` engine checks for signals
too); everywhere else (API thread pool, Dask worker threads) `check()` between pipeline steps ends it at the
next step. Nothing kills a thread, so spaCy is never stopped from outside in the middle of a call.
"""
from __future__ import annotations

import importlib
import signal
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any

#: `signal.signal` without its enum conversions: for a handler that is a Python function (ours, set and then
#: replaced on every budget) `int(handler)` raises a TypeError and `Handlers(handler)` a ValueError, each caught,
#: several times the cost of the call itself (three budgets per article). Same arguments, same effect.
_set_handler: Any = importlib.import_module("_signal").signal


class OverBudget(BaseException):
    """The article ran out of time. A BaseException, so a component's `except Exception` cannot swallow it."""


def _never() -> None:
    return None


def _can_alarm() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_budget(seconds: float) -> Iterator[Callable[[], None]]:
    """Run the block within `seconds` (0 or less: no limit); yields `check()`, which raises OverBudget once over.

    A timer already armed by the caller is kept: when it is due first it stays in charge, else it is re-armed
    with its remaining time afterwards.
    """
    if seconds <= 0:
        yield _never
        return
    started = time.monotonic()

    def check() -> None:
        if time.monotonic() - started > seconds:
            raise OverBudget(f"over the budget of {seconds:g} s")

    outer_left = signal.getitimer(signal.ITIMER_REAL)[0] if _can_alarm() else 0.0
    if not _can_alarm() or (outer_left and outer_left <= seconds):
        yield check
        return

    def expire(signum: int, frame: FrameType | None) -> None:
        raise OverBudget(f"over the budget of {seconds:g} s")

    outer = _set_handler(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield check
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        _set_handler(signal.SIGALRM, outer)
        if outer_left:
            signal.setitimer(signal.ITIMER_REAL, max(outer_left - (time.monotonic() - started), 0.001))

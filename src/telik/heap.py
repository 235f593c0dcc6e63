"""glibc's heap, kept from growing with the number of articles a process runs.

Every batch of articles makes and frees large arrays (the trained components' activations, tens of MB a batch),
most of them inside glibc's heap; freed, they leave free pages there that glibc keeps, and that the next batch's
arrays do not always fit. `trim` gives those pages back to the system between batches (a few ms).

A fixed mmap threshold (`mallopt(M_MMAP_THRESHOLD)`, every large array in a mapping of its own) was measured too:
no lower peak once dead Docs were freed at once (`telik.process._release`), and three times the system CPU time.

Only glibc (Linux) has `malloc_trim`; elsewhere `trim` does nothing.
"""
from __future__ import annotations

import ctypes
import sys
from functools import lru_cache


@lru_cache(maxsize=1)
def _glibc() -> ctypes.CDLL | None:
    """glibc, when this process runs on it (musl and the other platforms have no `malloc_trim`)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL("libc.so.6")
    except OSError:
        return None
    if not (hasattr(libc, "malloc_trim") and hasattr(libc, "gnu_get_libc_version")):
        return None
    libc.malloc_trim.argtypes = [ctypes.c_size_t]
    return libc


def trim() -> bool:
    """Give the heap's free pages back to the system. True when glibc released any memory."""
    libc = _glibc()
    return bool(libc and libc.malloc_trim(0))

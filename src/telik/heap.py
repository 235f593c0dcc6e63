"""glibc's heap, kept from growing with the number of articles `extract` runs.

Every batch of articles makes and frees large arrays (the trained components' activations, tens of MB a
batch). glibc raises its mmap threshold each time a large block mapped on its own is freed (up to 32 MB), so
after the first batches those arrays are carved out of the heap instead; freed, they leave holes that the next
batch's arrays do not fit exactly, and the heap's resident size creeps up over the run. A fixed threshold (set
with `mallopt`, which also turns the raising off) keeps every block of `MMAP_THRESHOLD` bytes or more in a
mapping of its own, given back to the system when freed; `trim` gives back the free pages left inside the heap.

Only glibc (Linux) has these calls; elsewhere both functions do nothing.
"""
from __future__ import annotations

import ctypes
import sys
from functools import lru_cache

#: `mallopt`'s parameter numbers (glibc's malloc.h).
M_MMAP_THRESHOLD = -3

#: Blocks this large or larger get a mapping of their own (glibc's default before it starts raising it: 128 KiB;
#: the trained components' per-batch arrays are larger, Python's and spaCy's small objects far smaller).
MMAP_THRESHOLD = 256 * 1024


@lru_cache(maxsize=1)
def _glibc() -> ctypes.CDLL | None:
    """glibc, when this process runs on it (musl and the other platforms have no `malloc_trim`)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL("libc.so.6")
    except OSError:
        return None
    if not (hasattr(libc, "mallopt") and hasattr(libc, "malloc_trim") and hasattr(libc, "gnu_get_libc_version")):
        return None
    libc.mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    libc.malloc_trim.argtypes = [ctypes.c_size_t]
    return libc


def fix_mmap_threshold(size: int = MMAP_THRESHOLD) -> bool:
    """Map every block of `size` bytes or more on its own, for the rest of the process. True when set."""
    libc = _glibc()
    return bool(libc and libc.mallopt(M_MMAP_THRESHOLD, size))


def trim() -> bool:
    """Give the heap's free pages back to the system. True when glibc released any memory."""
    libc = _glibc()
    return bool(libc and libc.malloc_trim(0))

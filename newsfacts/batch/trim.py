"""Freed memory handed back to the system after each input of a batch (glibc only).

A page's analysis allocates large short-lived blocks (the page's HTML, its lxml tree, the
extracted text). glibc's malloc serves them from its heap once its mmap threshold has risen, and
keeps the freed pages: a long batch's resident memory creeps though every cache is bounded and
the live objects stay level. `malloc_trim(0)` returns the free pages at the top and inside the
heap; it costs about 0.3 ms a page (median; benchmarks/memory.py shows its effect). On other
C libraries (musl, macOS, Windows) `trim` does nothing.
"""

from __future__ import annotations

import ctypes
import functools
import sys
from collections.abc import Callable


@functools.cache
def malloc_trim() -> Callable[[int], int] | None:
    """glibc's malloc_trim, or None where the C library is not glibc."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(None)
        if not hasattr(libc, "gnu_get_libc_version"):  # only glibc has it (and malloc_trim)
            return None
        trim = libc.malloc_trim
    except (OSError, AttributeError):
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim


def trim() -> None:
    """Give the C heap's free pages back to the system (a no-op off glibc)."""
    release = malloc_trim()
    if release is not None:
        release(0)

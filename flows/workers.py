"""An ordered, bounded map over worker processes.

The run gives each model process a few articles at a time and takes back their rows: the
model and the rules run where the parse is, and a parse never crosses a process boundary
(spaCy's own `nlp.pipe(n_process=...)` sends every parsed document back to the main process,
which costs more than the rules). Workers are forked where the platform allows it, so they
share the model the main process loaded; elsewhere `initializer` prepares each one.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import multiprocessing
import sys
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")
F = TypeVar("F")


def map_ordered(
    fn: Callable[[T], R],
    items: Iterable[T],
    *,
    processes: int,
    ahead: int | None = None,
    initializer: Callable[[], object] | None = None,
) -> Generator[tuple[T, R], None, None]:
    """Each item with `fn(item)`, in the items' order. With more than one process, `fn` runs
    in a pool of `processes` workers, with at most `ahead` items (default: two per worker
    and one more) taken from `items` and not yet given back: a stream is read only as fast as
    the workers go. `fn`, the items and the results must pickle. An error in `fn` is raised
    here, after the pool is shut down; closing the iterator early cancels what has not
    started. In a daemonic process (a Dask worker), which may not have children, `fn` runs
    here whatever `processes` says."""
    if processes <= 1 or multiprocessing.current_process().daemon:
        for item in items:
            yield item, fn(item)
        return
    limit = ahead if ahead is not None else 2 * processes + 1
    with ProcessPoolExecutor(
        max_workers=processes, mp_context=_context(), initializer=initializer
    ) as pool:

        def submit(item: T) -> Future[R]:
            return pool.submit(fn, item)

        submitted = submit_ahead(items, submit, limit, Future.cancel)
        with contextlib.closing(submitted):  # cancel what has not started, before shutdown
            for item, future in submitted:
                yield item, future.result()


def submit_ahead(
    items: Iterable[T],
    submit: Callable[[T], F],
    ahead: int,
    cancel: Callable[[F], object] | None = None,
) -> Generator[tuple[T, F], None, None]:
    """Each item with the future `submit(item)` gave, in the items' order, with at most
    `ahead` items submitted and not yet given back: a stream is read only as fast as the
    futures are taken. Closing the iterator early calls `cancel` on the futures not given
    back. The bounded window of `map_ordered`, and of the flow's Dask batches."""
    if ahead < 1:
        raise ValueError(f"ahead must be at least 1, got {ahead}")
    pending: deque[tuple[T, F]] = deque()
    try:
        for item in items:
            pending.append((item, submit(item)))
            if len(pending) >= ahead:
                yield pending.popleft()
        while pending:
            yield pending.popleft()
    finally:
        if cancel is not None:
            for _, future in pending:
                cancel(future)


def batches(
    items: Iterable[T],
    size: int,
    *,
    weight: Callable[[T], int] | None = None,
    limit: int | None = None,
) -> Iterator[list[T]]:
    """The items in lists of `size` (the last may be shorter), taken from a stream as they
    come. With `weight` and `limit`, a list also closes before an item that would take its
    weight above `limit`; an item heavier than `limit` makes a list of its own."""
    if size < 1:
        raise ValueError(f"batch size must be at least 1, got {size}")
    batch: list[T] = []
    total = 0
    for item in items:
        heft = weight(item) if weight is not None else 0
        if batch and limit is not None and total + heft > limit:
            yield batch
            batch, total = [], 0
        batch.append(item)
        total += heft
        if len(batch) == size:
            yield batch
            batch, total = [], 0
    if batch:
        yield batch


def release_free_memory() -> None:
    """Give the C heap's free pages back to the system (glibc's `malloc_trim`; nothing
    elsewhere). The model's working memory for a long text is freed when the text is done,
    but the allocator keeps the pages, so without this a worker would hold the high-water
    mark of its longest batch for the rest of the run."""
    if _LIBC is not None:
        _LIBC.malloc_trim(0)


def _glibc() -> ctypes.CDLL | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
    except OSError:
        return None
    return libc if hasattr(libc, "malloc_trim") else None


_LIBC = _glibc()


def _context() -> multiprocessing.context.BaseContext:
    """Fork on Linux: the workers start at once and share the loaded model's pages."""
    if sys.platform == "linux":
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context()

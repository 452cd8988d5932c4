"""An ordered, bounded map over worker processes.

The run gives each model process a few articles at a time and takes back their rows: the
model and the rules run where the parse is, and a parse never crosses a process boundary
(spaCy's own `nlp.pipe(n_process=...)` sends every parsed document back to the main process,
which costs more than the rules). Workers are forked where the platform allows it, so they
share the model the main process loaded; elsewhere `initializer` prepares each one.
"""

from __future__ import annotations

import multiprocessing
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")


def map_ordered(
    fn: Callable[[T], R],
    items: Iterable[T],
    *,
    processes: int,
    ahead: int | None = None,
    initializer: Callable[[], object] | None = None,
) -> Iterator[tuple[T, R]]:
    """Each item with `fn(item)`, in the items' order. With more than one process, `fn` runs
    in a pool of `processes` workers, with at most `ahead` items (default: two per worker
    and one more) taken from `items` and not yet given back: a stream is read only as fast as
    the workers go. `fn`, the items and the results must pickle. An error in `fn` is raised
    here, after the pool is shut down; closing the iterator early cancels what has not
    started."""
    if processes <= 1:
        for item in items:
            yield item, fn(item)
        return
    limit = ahead if ahead is not None else 2 * processes + 1
    pending: deque[tuple[T, Future[R]]] = deque()
    with ProcessPoolExecutor(
        max_workers=processes, mp_context=_context(), initializer=initializer
    ) as pool:
        try:
            for item in items:
                pending.append((item, pool.submit(fn, item)))
                if len(pending) >= limit:
                    done, future = pending.popleft()
                    yield done, future.result()
            while pending:
                done, future = pending.popleft()
                yield done, future.result()
        finally:
            for _, future in pending:
                future.cancel()


def _context() -> multiprocessing.context.BaseContext:
    """Fork on Linux: the workers start at once and share the loaded model's pages."""
    if sys.platform == "linux":
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context()

"""The ordered, bounded map over worker processes."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterator

import pytest

from flows.workers import batches, map_ordered, release_free_memory, submit_ahead


def _square_and_pid(n: int) -> tuple[int, int]:
    return n * n, os.getpid()


def _fails_on_three(n: int) -> int:
    if n == 3:
        raise ValueError("three")
    return n


@pytest.mark.parametrize("processes", [1, 2])
def test_results_come_in_the_items_order(processes: int) -> None:
    found = list(map_ordered(_square_and_pid, range(20), processes=processes))
    assert [(item, result[0]) for item, result in found] == [(n, n * n) for n in range(20)]
    pids = {pid for _, (_, pid) in found}
    assert (pids == {os.getpid()}) == (processes == 1)


def _map_in_this_process(queue: multiprocessing.Queue[object]) -> None:
    try:
        found = list(map_ordered(_square_and_pid, range(5), processes=2))
        queue.put((os.getpid(), found))
    except BaseException as error:  # noqa: BLE001 - sent to the test, which fails on it
        queue.put(repr(error))


def test_a_daemonic_process_maps_in_process() -> None:
    """A Dask worker is a daemonic process, which may not start children: there the map
    runs in the process itself, whatever the number of processes asked for."""
    context = multiprocessing.get_context("spawn")
    queue: multiprocessing.Queue[object] = context.Queue()
    daemon = context.Process(target=_map_in_this_process, args=(queue,), daemon=True)
    daemon.start()
    answer = queue.get(timeout=60)
    daemon.join(timeout=60)
    assert isinstance(answer, tuple), answer
    pid, found = answer
    assert [(item, result) for item, result in found] == [(n, (n * n, pid)) for n in range(5)]


def test_a_stream_is_read_only_a_few_items_ahead() -> None:
    taken: list[int] = []

    def items() -> Iterator[int]:
        for n in range(100):
            taken.append(n)
            yield n

    found = map_ordered(_square_and_pid, items(), processes=2, ahead=3)
    assert next(found)[0] == 0
    assert len(taken) == 3
    found.close()


def test_an_error_in_a_worker_is_raised_to_the_caller() -> None:
    with pytest.raises(ValueError, match="three"):
        list(map_ordered(_fails_on_three, range(10), processes=2))


def test_batches_rejects_a_bad_size() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        list(batches([1, 2], 0))
    assert list(batches([1, 2, 3], 2)) == [[1, 2], [3]]
    assert list(batches(iter(range(5)), 2)) == [[0, 1], [2, 3], [4]]


def test_batches_close_before_an_item_that_would_pass_the_weight_limit() -> None:
    words = [100, 200, 50, 900, 30, 30, 2000, 10]
    found = list(batches(words, 3, weight=lambda w: w, limit=400))
    assert found == [[100, 200, 50], [900], [30, 30], [2000], [10]]
    assert [w for batch in found for w in batch] == words  # all of them, in order
    assert all(len(b) == 1 or sum(b) <= 400 for b in found)


def test_release_free_memory_gives_back_freed_heap_pages() -> None:
    import sys

    import psutil

    if not sys.platform.startswith("linux"):
        pytest.skip("malloc_trim is glibc's")
    me = psutil.Process()
    chunks = [bytearray(4096) for _ in range(50_000)]  # about 200 MiB in small heap blocks
    chunks = chunks[-1:]  # freed, but the allocator keeps most of the pages
    before = me.memory_info().rss
    release_free_memory()
    assert me.memory_info().rss < before - 50 * 2**20
    del chunks


def test_submit_ahead_keeps_a_bounded_window_and_cancels_on_close() -> None:
    submitted: list[int] = []
    cancelled: list[str] = []

    def submit(n: int) -> str:
        submitted.append(n)
        return f"future-{n}"

    window = submit_ahead(iter(range(10)), submit, 3, cancelled.append)
    assert next(window) == (0, "future-0")
    assert submitted == [0, 1, 2]  # three out, the first given back
    assert next(window) == (1, "future-1")
    assert submitted == [0, 1, 2, 3]
    window.close()
    assert cancelled == ["future-2", "future-3"]
    assert list(submit_ahead(range(4), submit, 10)) == [(n, f"future-{n}") for n in range(4)]
    with pytest.raises(ValueError, match="at least 1"):
        list(submit_ahead(range(4), submit, 0))

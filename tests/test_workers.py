"""The ordered, bounded map over worker processes."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from flows.workers import map_ordered


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

"""One run at a time per warehouse: an exclusive lock on `<warehouse>/.lock`.

The lock is an OS file lock (flock), so it is released when the process ends, even by
kill -9; a stale lock file never blocks a later run.
"""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

LOCK_NAME = ".lock"


class WarehouseBusy(RuntimeError):
    """Another run holds the warehouse."""


@contextmanager
def warehouse_lock(
    warehouse_dir: Path, *, wait: bool = False, timeout: float = 3600
) -> Iterator[None]:
    """Hold the warehouse for one run. Without `wait`, raise WarehouseBusy at once when
    another run holds it; with `wait`, wait up to `timeout` seconds for it."""
    warehouse_dir.mkdir(parents=True, exist_ok=True)
    path = warehouse_dir / LOCK_NAME
    with open(path, "a+", encoding="utf-8") as handle:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if not wait or time.monotonic() > deadline:
                    handle.seek(0)
                    holder = handle.read().strip() or "another process"
                    raise WarehouseBusy(
                        f"another run is writing to {warehouse_dir} ({holder}); "
                        "wait for it to finish, or pass --wait"
                    ) from None
                time.sleep(0.5)
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()}, started {datetime.now(UTC):%Y-%m-%d %H:%M:%S} UTC\n")
        handle.flush()
        try:
            yield
        finally:
            handle.seek(0)
            handle.truncate()
            fcntl.flock(handle, fcntl.LOCK_UN)

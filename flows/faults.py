"""Named points of a run where the crash-safety tests stop the process (kill -9).

When the environment variable NEWSFACTS_PAUSE_AT names a point, the run writes a marker file
`<point>.reached` into NEWSFACTS_PAUSE_DIR and waits there, so that a test can kill it at
exactly that point. Unset (always, outside those tests), a checkpoint does nothing.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

POINTS = ("extracting", "writing", "committing")


def checkpoint(point: str) -> None:
    if point not in POINTS:
        raise ValueError(f"unknown checkpoint {point!r}; known: {', '.join(POINTS)}")
    if os.environ.get("NEWSFACTS_PAUSE_AT") != point:
        return
    folder = Path(os.environ.get("NEWSFACTS_PAUSE_DIR", "."))
    (folder / f"{point}.reached").write_text(str(os.getpid()))
    time.sleep(float(os.environ.get("NEWSFACTS_PAUSE_SECONDS", "60")))

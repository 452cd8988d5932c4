"""`make bench`: the pipeline's throughput on the first N documents of a corpus.

The documents are written as `.jsonl` files of `DOCUMENTS_PER_FILE` lines into a temporary
raw folder, and the plain pipeline (`run_pipeline`, no Prefect) runs over them with each
stage timed: plan (read, normalise, compare), extract (the model and the rules) and write
(validate, write Parquet, publish). The floor is the bare model over the same texts
(`nlp.pipe` with the same model, processes and batch size) in the same process: the
headline is the pipeline's throughput as a share of it (`--no-floor` skips it, which halves
the time of a run over the whole corpus). The pipeline does not use spaCy's `n_process`
(which sends every parse back to the main process) but its own worker processes
(flows/workers.py), so the bench also times the bare model in those workers, the same texts
in the same units and model batches: the pipeline's time over that one is what the rules,
validation and writing cost. Then a rerun with nothing new, and the README's example
queries in DuckDB, read-only. Peak memory is sampled during the pipeline run: the resident
size of this process, and of this process and all its children together (the worker
processes). Results go to the terminal and `bench/results-<N>.json`; the memory sampled
every second of the pipeline run goes to `bench/memory-<N>.csv`, to show whether it stays
flat as the run goes on.

    python -m flows.bench --n 1000              # make bench
    python -m flows.bench --n all --no-floor    # make bench N=all FLOOR=no
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import gzip
import itertools
import json
import logging
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb
import psutil

from flows.nlp import load_model, parse
from flows.pipeline import (
    ARTICLES_PER_BATCH,
    SUPPORTED_LANGUAGES,
    UNIT_ARTICLES,
    read_articles,
    run_pipeline,
)
from flows.settings import PROJECT_ROOT, Settings
from flows.warehouse import DATABASE, read_table
from flows.workers import batches, map_ordered

DEFAULT_CORPUS = PROJECT_ROOT.parent / "shared" / "corpus" / "whitehouse-all.jsonl.gz"
DEFAULT_N = 1000
DEFAULT_OUT = PROJECT_ROOT / "bench"
DOCUMENTS_PER_FILE = 1000

#: The example queries of the README (its command lines and its SQL block), timed one by one.
EXAMPLE_QUERIES = (
    "select kind, count(*) from participants group by 1",
    "select speaker, medium, text from quotes",
    "select speaker, medium, count(*) from quotes group by all order by 3 desc",
    "select e.event_type, e.status, p.name, ep.role, e.evidence "
    "from events e join event_participants ep using (event_id) "
    "join participants p using (participant_id) order by e.article_id, e.char_start",
    "select s.mention, decode(encode(a.text)[s.byte_start + 1 : s.byte_end]) as evidence "
    "from statistics s join articles a using (article_id)",
)

#: The keys of the JSON results, in order.
RESULT_KEYS = (
    "date",
    "revision",
    "corpus",
    "documents",
    "articles",
    "words",
    "model",
    "n_process",
    "batch_size",
    "articles_per_batch",
    "model_load_seconds",
    "stages",
    "pipeline_seconds",
    "documents_per_second",
    "words_per_second",
    "floor_seconds",
    "floor_words_per_second",
    "pipeline_over_floor",
    "model_in_workers_seconds",
    "pipeline_over_model_in_workers",
    "rerun_seconds",
    "rerun_nothing_new",
    "queries",
    "peak_rss_mib",
    "rows",
    "quarantined",
)


def write_documents(corpus: Path, n: int | None, raw: Path) -> int:
    """Copy the first n lines (all with None) of a .jsonl or .jsonl.gz corpus, as they are,
    into files of `DOCUMENTS_PER_FILE` lines under `raw` (one file of the whole corpus
    would exceed the input size cap); return how many lines."""
    if not corpus.is_file():
        raise FileNotFoundError(f"corpus not found: {corpus} (set it with --corpus)")
    opener = gzip.open if corpus.suffix == ".gz" else open
    count = 0
    with opener(corpus, "rt", encoding="utf-8") as handle:
        lines = (line.rstrip("\n") + "\n" for line in handle if line.strip())
        limited = itertools.islice(lines, n)
        while chunk := list(itertools.islice(limited, DOCUMENTS_PER_FILE)):
            name = f"corpus-{count // DOCUMENTS_PER_FILE:05d}.jsonl"
            (raw / name).write_text("".join(chunk), encoding="utf-8")
            count += len(chunk)
    return count


def git_revision(root: Path = PROJECT_ROOT) -> str | None:
    """The short commit of the working tree, read from .git without running git."""
    git = root / ".git"
    try:
        head = (git / "HEAD").read_text().strip()
        if not head.startswith("ref: "):
            return head[:7]
        ref = head.removeprefix("ref: ")
        if (git / ref).is_file():
            return (git / ref).read_text().strip()[:7]
        for line in (git / "packed-refs").read_text().splitlines():
            if line.endswith(" " + ref):
                return line.split()[0][:7]
    except OSError:
        pass
    return None


class PeakMemory:
    """Samples, in a thread, the memory of this process and of this process with all its
    children (the model's processes), and keeps the peaks, in MiB.

    Resident size (RSS) summed over the tree counts the pages the model processes share with
    this one (forked, copy-on-write) once per process, so it overstates what the tree uses.
    The proportional set size (PSS) splits each shared page between the processes that map it,
    so its sum over the tree is the memory the run really takes; both are reported."""

    def __init__(self, every: float = 0.2, trace_every: float = 1.0) -> None:
        self.every = every
        self.trace_every = trace_every
        self.self_mib = 0.0
        self.tree_mib = 0.0
        self.tree_pss_mib = 0.0
        #: (seconds since the start, this process's RSS and PSS, the tree's RSS and PSS, the
        #: largest PSS of one child), in MiB, every `trace_every` seconds: whether memory
        #: stays flat as the run goes on, and in which process it grows
        self.trace: list[tuple[float, ...]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        me = psutil.Process()
        started = time.perf_counter()
        while True:
            own = me.memory_full_info()
            # psutil reads RSS and PSS from two files a moment apart, so a growing process
            # can show a PSS above its RSS; a process's PSS is never more than its RSS
            rss, pss = own.rss, min(own.pss, own.rss)
            own_pss = pss
            largest_child = 0
            for child in me.children(recursive=True):
                with contextlib.suppress(psutil.Error):
                    info = child.memory_full_info()
                    rss += info.rss
                    pss += min(info.pss, info.rss)
                    largest_child = max(largest_child, min(info.pss, info.rss))
            self.self_mib = max(self.self_mib, own.rss / 2**20)
            self.tree_mib = max(self.tree_mib, rss / 2**20)
            self.tree_pss_mib = max(self.tree_pss_mib, pss / 2**20)
            elapsed = time.perf_counter() - started
            if not self.trace or elapsed - self.trace[-1][0] >= self.trace_every:
                mib = (own.rss, own_pss, rss, pss, largest_child)
                self.trace.append((elapsed, *(value / 2**20 for value in mib)))
            if self._stop.wait(self.every):
                return

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def write_trace(self, path: Path) -> None:
        """The trace as CSV, one line per sample."""
        lines = [
            "seconds,self_rss_mib,self_pss_mib,tree_rss_mib,tree_pss_mib,largest_child_pss_mib"
        ]
        lines += [",".join(f"{value:.1f}" for value in sample) for sample in self.trace]
        path.write_text("\n".join(lines) + "\n")

    def as_dict(self) -> dict[str, float]:
        return {
            "self": round(self.self_mib, 1),
            "with_children": round(self.tree_mib, 1),
            "with_children_pss": round(self.tree_pss_mib, 1),
        }


def _words(warehouse: Path) -> int:
    """The words the model read: those of the articles in a supported language."""
    articles = read_table(warehouse, "articles", columns=["language", "word_count"])
    if articles is None:
        return 0
    return int(articles.loc[articles["language"].isin(SUPPORTED_LANGUAGES), "word_count"].sum())


def time_queries(database: Path, queries: Sequence[str]) -> list[dict[str, Any]]:
    out = []
    with duckdb.connect(str(database), read_only=True) as con:
        for sql in queries:
            started = time.perf_counter()
            rows = con.execute(sql).fetchall()
            seconds = time.perf_counter() - started
            out.append({"sql": sql, "seconds": round(seconds, 4), "rows": len(rows)})
    return out


def run_bench(
    corpus: Path,
    n: int | None,
    *,
    out_dir: Path,
    model: str,
    n_process: int,
    batch_size: int,
    articles_per_batch: int = ARTICLES_PER_BATCH,
    floor: bool = True,
) -> dict[str, Any]:
    """Run the benchmark, write `out_dir/results-<n|all>.json` and return the results."""
    with tempfile.TemporaryDirectory(prefix="newsfacts-bench-") as tmp:
        raw = Path(tmp) / "raw"
        raw.mkdir()
        documents = write_documents(corpus, n, raw)
        if not documents:
            raise ValueError(f"no documents in {corpus}")
        warehouse = Path(tmp) / "warehouse"

        started = time.perf_counter()
        nlp = load_model(model)  # once per process, shared by the pipeline and the floor
        model_load = time.perf_counter() - started

        stages: dict[str, float] = {}
        started = time.perf_counter()
        with PeakMemory() as memory:
            summary = run_pipeline(
                raw,
                warehouse,
                model=model,
                n_process=n_process,
                batch_size=batch_size,
                articles_per_batch=articles_per_batch,
                timings=stages,
            )
        pipeline_seconds = time.perf_counter() - started
        words = _words(warehouse)

        floor_seconds = in_workers_seconds = None
        if floor:  # the same texts, as the pipeline gives them to the model
            read = read_articles(raw, "bench", processes=n_process)
            supported = [a for a in read.articles if a.language in SUPPORTED_LANGUAGES]
            loaded = read.load(supported)  # in memory: bare spaCy
            texts = [a.text for a in loaded]
            started = time.perf_counter()
            for _ in nlp.pipe(texts, n_process=n_process, batch_size=batch_size):
                pass
            floor_seconds = time.perf_counter() - started
            started = time.perf_counter()
            parse_unit = functools.partial(parse_texts, model=model, batch_size=batch_size)
            units = batches(((a.text, a.word_count) for a in loaded), UNIT_ARTICLES)
            for _ in map_ordered(parse_unit, units, processes=n_process):
                pass
            in_workers_seconds = time.perf_counter() - started

        started = time.perf_counter()
        rerun = run_pipeline(raw, warehouse, model=model, n_process=n_process)
        rerun_seconds = time.perf_counter() - started

        queries = time_queries(warehouse / DATABASE, EXAMPLE_QUERIES)

    result: dict[str, Any] = {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "revision": git_revision(),
        "corpus": str(corpus),
        "documents": documents,
        "articles": summary.articles,
        "words": words,
        "model": model,
        "n_process": n_process,
        "batch_size": batch_size,
        "articles_per_batch": articles_per_batch,
        "model_load_seconds": round(model_load, 2),
        "stages": {stage: round(seconds, 2) for stage, seconds in stages.items()},
        "pipeline_seconds": round(pipeline_seconds, 2),
        "documents_per_second": round(documents / pipeline_seconds, 2),
        "words_per_second": round(words / pipeline_seconds),
        "floor_seconds": round(floor_seconds, 2) if floor_seconds else None,
        "floor_words_per_second": round(words / floor_seconds) if floor_seconds else None,
        "pipeline_over_floor": round(floor_seconds / pipeline_seconds, 3)
        if floor_seconds
        else None,
        "model_in_workers_seconds": round(in_workers_seconds, 2) if in_workers_seconds else None,
        "pipeline_over_model_in_workers": round(in_workers_seconds / pipeline_seconds, 3)
        if in_workers_seconds
        else None,
        "rerun_seconds": round(rerun_seconds, 2),
        "rerun_nothing_new": rerun.nothing_new,
        "queries": queries,
        "peak_rss_mib": memory.as_dict(),
        "rows": summary.rows,
        "quarantined": summary.quarantined,
    }
    out_dir.mkdir(parents=True, exist_ok=True)
    label = "all" if n is None else str(n)
    (out_dir / f"results-{label}.json").write_text(json.dumps(result, indent=1) + "\n")
    memory.write_trace(out_dir / f"memory-{label}.csv")
    return result


def parse_texts(unit: Sequence[tuple[str, int]], *, model: str, batch_size: int) -> int:
    """The bare model over a unit of texts and their words, in a worker, batched as the
    pipeline batches them: how many were parsed."""
    texts, words = zip(*unit, strict=True) if unit else ((), ())
    return sum(1 for _ in parse(texts, words, model=model, batch_size=batch_size))


def format_results(result: dict[str, Any]) -> str:
    stages = result["stages"]
    lines = [
        f"newsfacts bench {result['date']} (revision {result['revision']}): "
        f"{result['documents']} documents, {result['articles']} articles, "
        f"{result['words']:,} words",
        f"  model {result['model']}, n_process {result['n_process']}, "
        f"batch size {result['batch_size']}, {result['articles_per_batch']} articles per batch; "
        f"model load {result['model_load_seconds']:.1f} s (not counted)",
        "",
        f"  {'stage':<28}{'seconds':>9}",
    ]
    names = {
        "plan": "plan (read, normalise)",
        "extract": "extract (model + rules)",
        "write": "write (validate, Parquet)",
    }
    for stage, seconds in stages.items():
        lines.append(f"  {names.get(stage, stage):<28}{seconds:>9.2f}")
    lines += [
        f"  {'pipeline':<28}{result['pipeline_seconds']:>9.2f}   "
        f"{result['documents_per_second']:.1f} documents/s, {result['words_per_second']:,} words/s",
    ]
    if result["floor_seconds"] is not None:
        lines.append(
            f"  {'floor (bare nlp.pipe)':<28}{result['floor_seconds']:>9.2f}   "
            f"{result['floor_words_per_second']:,} words/s"
        )
    if result.get("model_in_workers_seconds") is not None:
        seconds = result["model_in_workers_seconds"]
        lines.append(f"  {'bare model in the workers':<28}{seconds:>9.2f}")
    lines += [
        f"  {'rerun, nothing new':<28}{result['rerun_seconds']:>9.2f}",
        "",
    ]
    if result["pipeline_over_floor"] is not None:
        lines.append(f"  pipeline throughput / floor: {result['pipeline_over_floor']:.2f}")
    if result.get("pipeline_over_model_in_workers") is not None:
        lines.append(
            "  pipeline throughput / bare model in the workers: "
            f"{result['pipeline_over_model_in_workers']:.2f}"
        )
    lines += [
        f"  peak RSS during the run: {result['peak_rss_mib']['self']:,.0f} MiB this process, "
        f"{result['peak_rss_mib']['with_children']:,.0f} MiB with its worker processes "
        f"(PSS, shared pages counted once: {result['peak_rss_mib']['with_children_pss']:,.0f} MiB)",
        "",
        "  queries (DuckDB, read-only):",
    ]
    for query in result["queries"]:
        sql = query["sql"] if len(query["sql"]) <= 70 else query["sql"][:69] + "…"
        lines.append(f"  {query['seconds']:>8.3f} s {query['rows']:>7} rows  {sql}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    settings = Settings.from_env()
    parser = argparse.ArgumentParser(prog="python -m flows.bench", description=__doc__)
    parser.add_argument("--n", default=str(DEFAULT_N), help="documents, or 'all' (%(default)s)")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="(%(default)s)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="(%(default)s)")
    parser.add_argument("--n-process", type=int, default=settings.n_process)
    parser.add_argument("--batch-size", type=int, default=settings.batch_size)
    parser.add_argument("--articles-per-batch", type=int, default=ARTICLES_PER_BATCH)
    parser.add_argument(
        "--no-floor", action="store_true", help="skip the bare-model floor (halves the time)"
    )
    args = parser.parse_args(argv)
    if args.n == "all":
        n = None
    elif args.n.isdigit() and int(args.n) > 0:
        n = int(args.n)
    else:
        parser.error(f"--n must be a positive whole number or 'all', got {args.n!r}")
    logging.basicConfig(format="%(asctime)s %(name)s %(message)s", level=logging.WARNING)
    logging.getLogger("newsfacts").setLevel(logging.INFO)  # progress lines
    try:
        result = run_bench(
            args.corpus,
            n,
            out_dir=args.out,
            model=settings.model,
            n_process=args.n_process,
            batch_size=args.batch_size,
            articles_per_batch=args.articles_per_batch,
            floor=not args.no_floor,
        )
    except (FileNotFoundError, ValueError) as error:
        print(f"newsfacts bench: {error}", file=sys.stderr)
        return 2
    print(format_results(result))
    label = "all" if n is None else str(n)
    print(f"\n  results: {args.out / f'results-{label}.json'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

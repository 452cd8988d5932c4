"""`make bench`: the pipeline's throughput on the first N documents of a corpus.

The documents are written as one `.jsonl` file into a temporary raw folder, and the plain
pipeline (`run_pipeline`, no Prefect) runs over them with each stage timed: plan (read,
normalise, compare), extract (the model and the rules), finish (assemble and validate) and
write. The floor is the bare model over the same texts (`nlp.pipe` with the same model,
processes and batch size) in the same process: the headline is the pipeline's throughput as
a share of it. Then a rerun with nothing new, and the README's example queries in DuckDB,
read-only. Peak memory is the largest resident size of this process and of its largest
child (`getrusage`, ru_maxrss). Results go to the terminal and `bench/results-<N>.json`.

    python -m flows.bench --n 1000          # make bench
    python -m flows.bench --n all           # make bench N=all
"""

from __future__ import annotations

import argparse
import gzip
import json
import logging
import resource
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb

from flows.nlp import load_model
from flows.pipeline import SUPPORTED_LANGUAGES, read_articles, run_pipeline
from flows.settings import PROJECT_ROOT, Settings
from flows.warehouse import DATABASE

DEFAULT_CORPUS = PROJECT_ROOT.parent / "shared" / "corpus" / "whitehouse-all.jsonl.gz"
DEFAULT_N = 1000
DEFAULT_OUT = PROJECT_ROOT / "bench"
ARTICLES_PER_BATCH = 500  # as the flow's ARTICLES_PER_TASK

#: The example queries of the README (its command lines and its SQL block), timed one by one.
EXAMPLE_QUERIES = (
    "select kind, count(*) from participants group by 1",
    "select speaker, medium, text from quotes",
    "select speaker, medium, count(*) from quotes group by all order by 3 desc",
    "select e.event_type, e.status, p.name, ep.role, e.evidence "
    "from events e join event_participants ep using (event_id) "
    "join participants p using (participant_id) order by e.article_id, e.char_start",
    "select s.mention, substr(a.text, s.char_start + 1, s.char_end - s.char_start) as evidence "
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
    "rerun_seconds",
    "rerun_nothing_new",
    "queries",
    "peak_rss_mib",
    "rows",
    "quarantined",
)


def read_documents(corpus: Path, n: int | None) -> list[str]:
    """The first n lines (all with None) of a .jsonl or .jsonl.gz corpus, as they are."""
    if not corpus.is_file():
        raise FileNotFoundError(f"corpus not found: {corpus} (set it with --corpus)")
    opener = gzip.open if corpus.suffix == ".gz" else open
    lines: list[str] = []
    with opener(corpus, "rt", encoding="utf-8") as handle:
        for line in handle:
            if n is not None and len(lines) >= n:
                break
            if line.strip():
                lines.append(line.rstrip("\n"))
    return lines


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


def _peak_rss_mib() -> dict[str, float]:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"self": round(own, 1), "largest_child": round(child, 1), "sum": round(own + child, 1)}


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
) -> dict[str, Any]:
    """Run the benchmark, write `out_dir/results-<n|all>.json` and return the results."""
    documents = read_documents(corpus, n)
    if not documents:
        raise ValueError(f"no documents in {corpus}")
    with tempfile.TemporaryDirectory(prefix="newsfacts-bench-") as tmp:
        raw = Path(tmp) / "raw"
        raw.mkdir()
        (raw / "corpus.jsonl").write_text("\n".join(documents) + "\n", encoding="utf-8")
        warehouse = Path(tmp) / "warehouse"

        started = time.perf_counter()
        nlp = load_model(model)  # once per process, shared by the pipeline and the floor
        model_load = time.perf_counter() - started

        stages: dict[str, float] = {}
        started = time.perf_counter()
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

        # the floor: the same texts, as the pipeline gives them to the model
        articles = [
            a for a in read_articles(raw, "bench").articles if a.language in SUPPORTED_LANGUAGES
        ]
        words = sum(a.word_count for a in articles)
        started = time.perf_counter()
        for _ in nlp.pipe((a.text for a in articles), n_process=n_process, batch_size=batch_size):
            pass
        floor_seconds = time.perf_counter() - started

        started = time.perf_counter()
        rerun = run_pipeline(raw, warehouse, model=model, n_process=n_process)
        rerun_seconds = time.perf_counter() - started

        queries = time_queries(warehouse / DATABASE, EXAMPLE_QUERIES)

    result: dict[str, Any] = {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "revision": git_revision(),
        "corpus": str(corpus),
        "documents": len(documents),
        "articles": summary.articles,
        "words": words,
        "model": model,
        "n_process": n_process,
        "batch_size": batch_size,
        "articles_per_batch": articles_per_batch,
        "model_load_seconds": round(model_load, 2),
        "stages": {stage: round(seconds, 2) for stage, seconds in stages.items()},
        "pipeline_seconds": round(pipeline_seconds, 2),
        "documents_per_second": round(len(documents) / pipeline_seconds, 2),
        "words_per_second": round(words / pipeline_seconds),
        "floor_seconds": round(floor_seconds, 2),
        "floor_words_per_second": round(words / floor_seconds) if floor_seconds else None,
        "pipeline_over_floor": round(floor_seconds / pipeline_seconds, 3),
        "rerun_seconds": round(rerun_seconds, 2),
        "rerun_nothing_new": rerun.nothing_new,
        "queries": queries,
        "peak_rss_mib": _peak_rss_mib(),
        "rows": summary.rows,
        "quarantined": summary.quarantined,
    }
    out_dir.mkdir(parents=True, exist_ok=True)
    label = "all" if n is None else str(n)
    (out_dir / f"results-{label}.json").write_text(json.dumps(result, indent=1) + "\n")
    return result


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
        "finish": "finish (assemble, validate)",
        "write": "write (Parquet, DuckDB)",
    }
    for stage, seconds in stages.items():
        lines.append(f"  {names.get(stage, stage):<28}{seconds:>9.2f}")
    lines += [
        f"  {'pipeline':<28}{result['pipeline_seconds']:>9.2f}   "
        f"{result['documents_per_second']:.1f} documents/s, {result['words_per_second']:,} words/s",
        f"  {'floor (bare nlp.pipe)':<28}{result['floor_seconds']:>9.2f}   "
        f"{result['floor_words_per_second']:,} words/s",
        f"  {'rerun, nothing new':<28}{result['rerun_seconds']:>9.2f}",
        "",
        f"  pipeline throughput / floor: {result['pipeline_over_floor']:.2f}",
        f"  peak RSS: {result['peak_rss_mib']['self']:,.0f} MiB this process, "
        f"{result['peak_rss_mib']['largest_child']:,.0f} MiB its largest child",
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

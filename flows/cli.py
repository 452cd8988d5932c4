"""The `newsfacts` command: `fetch` feeds into raw/, `run` the pipeline, `query` the warehouse."""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from flows.settings import Settings, configure_prefect_environment

EXAMPLE_QUERY = "select kind, count(*) as participants from participants group by 1 order by 2 desc"


def main(argv: Sequence[str] | None = None) -> int:
    settings = Settings.from_env()
    parser = argparse.ArgumentParser(prog="newsfacts", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    run = commands.add_parser("run", help="run the pipeline over a raw folder")
    run.add_argument(
        "--raw",
        default=settings.raw_location,
        help="input folder or s3://bucket/prefix URL (%(default)s)",
    )
    run.add_argument(
        "--warehouse",
        default=settings.warehouse_location,
        help="output folder or s3://bucket/prefix URL (%(default)s)",
    )
    run.add_argument("--n-process", type=int, default=settings.n_process, help="worker processes")
    run.add_argument(
        "--strict", action="store_true", help="exit non-zero when anything was quarantined"
    )
    run.add_argument(
        "--full-refresh", action="store_true", help="re-extract every article, not only new ones"
    )
    run.add_argument(
        "--wait", action="store_true", help="wait for a run already writing the warehouse"
    )
    run.add_argument(
        "--task-runner",
        choices=["default", "dask"],
        default="default",
        help="where extract batches run: here, one after another (default), or on Dask",
    )
    run.add_argument(
        "--dask-address",
        help="scheduler of an existing Dask cluster (tcp://host:8786); "
        "without it, --task-runner dask starts a LocalCluster of one process per core",
    )

    srv = commands.add_parser("serve", help="serve the flow as a Prefect deployment on a schedule")
    srv.add_argument(
        "--raw", default=settings.raw_location, help="input folder or s3:// URL (%(default)s)"
    )
    srv.add_argument(
        "--warehouse",
        default=settings.warehouse_location,
        help="output folder or s3:// URL (%(default)s)",
    )
    srv.add_argument(
        "--cron", default=settings.cron, help="when to run, a cron expression ('%(default)s')"
    )

    cmp = commands.add_parser("compact", help="rewrite the warehouse as one file per table")
    cmp.add_argument("--warehouse", default=settings.warehouse_location)
    cmp.add_argument(
        "--min-row-group-rows",
        type=int,
        default=None,
        help="compact a table whose row groups are smaller than this (100000)",
    )
    cmp.add_argument("--wait", action="store_true", help="wait for a run writing the warehouse")

    ask = commands.add_parser("query", help="run SQL against the warehouse's DuckDB views")
    ask.add_argument("sql", help=f"the SQL, e.g. {EXAMPLE_QUERY!r}")
    ask.add_argument(
        "--warehouse",
        default=settings.warehouse_location,
        help="warehouse folder or s3://bucket/prefix URL (%(default)s)",
    )
    ask.add_argument("--format", choices=["table", "csv", "json"], default="table")

    get = commands.add_parser("fetch", help="fetch RSS/Atom feeds and their new items into raw/")
    get.add_argument("--sources", type=Path, required=True, help="file of feed URLs, one a line")
    get.add_argument("--raw", default=settings.raw_location, help="raw folder (%(default)s)")

    out = commands.add_parser("export", help="write every table and view to Parquet or CSV")
    out.add_argument("--format", choices=["parquet", "csv"], default="parquet")
    out.add_argument("--out", type=Path, required=True, help="folder to write the files to")
    out.add_argument("--warehouse", default=settings.warehouse_location)

    args = parser.parse_args(argv)
    if args.command in ("compact", "export", "fetch"):
        # these work on local folders only; `run`, `serve` and `query` take s3:// URLs too
        for name in ("raw", "warehouse"):
            location = getattr(args, name, None)
            if location is None:
                continue
            if _is_url(location):
                print(
                    f"newsfacts {args.command}: --{name} must be a local folder, not {location}",
                    file=sys.stderr,
                )
                return 2
            setattr(args, name, Path(location))
    if args.command == "run":
        return _run(args)
    if args.command == "serve":
        return _serve(args)
    if args.command == "compact":
        return _compact(args)
    if args.command == "export":
        return _export(args)
    if args.command == "fetch":
        return _fetch(args)
    return _query(args)


def _is_url(location: str) -> bool:
    from flows.objectstore import is_remote

    return is_remote(location)


def _serve(args: argparse.Namespace) -> int:
    if not _is_url(args.raw) and not Path(args.raw).is_dir():
        print(f"newsfacts: raw folder not found: {args.raw}", file=sys.stderr)
        return 2
    configure_prefect_environment()
    from flows.serve import DEPLOYMENT_NAME, serve_here

    if not os.environ.get("PREFECT_API_URL"):
        print("newsfacts serve: PREFECT_API_URL is not set; starting a Prefect server here")
    print(f"newsfacts serve: deployment newsfacts/{DEPLOYMENT_NAME}, schedule {args.cron!r}")
    try:
        serve_here(args.raw, args.warehouse, cron=args.cron)
    except (ValueError, RuntimeError) as error:  # a bad cron expression; no server
        print(f"newsfacts: {error}", file=sys.stderr)
        return 2
    return 0


def _compact(args: argparse.Namespace) -> int:
    from flows.compact import DEFAULT_MIN_ROW_GROUP_ROWS, compact_warehouse
    from flows.lock import WarehouseBusy
    from flows.warehouse import WarehouseError

    threshold = args.min_row_group_rows or DEFAULT_MIN_ROW_GROUP_ROWS
    try:
        report = compact_warehouse(args.warehouse, min_row_group_rows=threshold, wait=args.wait)
    except WarehouseBusy as error:
        print(f"newsfacts: {error}", file=sys.stderr)
        return 3
    except (WarehouseError, ValueError) as error:
        print(f"newsfacts: {error}", file=sys.stderr)
        return 2
    print(f"newsfacts compact {args.warehouse}: {report.describe()}")
    return 0


def _export(args: argparse.Namespace) -> int:
    from flows.export import export_warehouse
    from flows.warehouse import WarehouseError

    try:
        paths = export_warehouse(args.warehouse, args.out, args.format)
    except WarehouseError as error:
        print(f"newsfacts: {error}", file=sys.stderr)
        return 2
    print(f"newsfacts export: {len(paths)} {args.format} file(s) in {args.out}")
    for path in paths:
        print(f"  {path.name}")
    return 0


def _fetch(args: argparse.Namespace) -> int:
    if not args.sources.is_file():
        print(f"newsfacts: sources file not found: {args.sources}", file=sys.stderr)
        return 2
    configure_prefect_environment()
    from flows.fetch_flow import fetch_flow  # Prefect reads its settings on import

    report = fetch_flow(sources=str(args.sources), raw_dir=str(args.raw))
    print(f"newsfacts fetch into {args.raw}\n{report.describe()}")
    if report.failures:
        print(f"warning: {len(report.failures)} fetch failure(s), listed above", file=sys.stderr)
    return 0


def _run(args: argparse.Namespace) -> int:
    from flows.objectstore import ObjectStoreError, check

    remote = [location for location in (args.raw, args.warehouse) if _is_url(location)]
    if not _is_url(args.raw) and not Path(args.raw).is_dir():
        print(f"newsfacts: raw folder not found: {args.raw}", file=sys.stderr)
        return 2
    try:
        for location in remote:  # unreachable, no credentials, no bucket: one line, early
            check(location, objects=location == args.raw)
    except ObjectStoreError as error:
        print(f"newsfacts: {error}", file=sys.stderr)
        return 2
    configure_prefect_environment()
    from flows.lock import WarehouseBusy
    from flows.pipeline_flow import with_task_runner  # Prefect reads its settings on import

    if args.dask_address and args.task_runner != "dask":
        print("newsfacts: --dask-address needs --task-runner dask", file=sys.stderr)
        return 2
    newsfacts_flow = with_task_runner(args.task_runner, dask_address=args.dask_address)
    try:
        summary = newsfacts_flow(
            raw_dir=str(args.raw),
            warehouse_dir=str(args.warehouse),
            n_process=args.n_process,
            full_refresh=args.full_refresh,
            wait=args.wait,
        )
    except WarehouseBusy as error:
        print(f"newsfacts: {error}", file=sys.stderr)
        return 3
    except ObjectStoreError as error:
        print(f"newsfacts: {error}", file=sys.stderr)
        return 2
    print(format_summary(summary, args.warehouse if _is_url(args.warehouse) else None))
    if summary.quarantined:
        print(
            f"warning: {summary.quarantined} input(s) or row(s) quarantined; "
            'see `newsfacts query "select * from quarantine"`',
            file=sys.stderr,
        )
        return 1 if args.strict else 0
    return 0


def _program() -> str:
    """How the user called us ('.venv/bin/newsfacts' from make), so the hint can be pasted."""
    called = Path(sys.argv[0]) if sys.argv and sys.argv[0] else Path("newsfacts")
    return str(called) if called.name == "newsfacts" else "newsfacts"


def format_summary(summary: Any, published_at: str | None = None) -> str:
    """The run's summary for the terminal; `published_at`, the warehouse's object-store URL
    when the run was pushed there from its local working folder."""
    if summary.nothing_new:
        return (
            f"newsfacts run {summary.run_id}: nothing new in {summary.raw_dir}; "
            f"{published_at or summary.warehouse_dir} is unchanged "
            f"({summary.articles} article{'' if summary.articles == 1 else 's'})"
        )
    lines = [
        f"newsfacts run {summary.run_id} (extractor {summary.extractor_version})",
        f"  inputs read:   {summary.inputs_seen} from {summary.raw_dir}",
        f"  articles:      {summary.articles} ({summary.articles_new} new, "
        f"{summary.articles_updated} re-extracted, {summary.articles_reused} unchanged)"
        + (
            f"; {summary.skipped_language} in unsupported languages, not extracted"
            if summary.skipped_language
            else ""
        ),
        "  rows:",
    ]
    lines += [f"    {name:<20} {count:>7}" for name, count in summary.rows.items()]
    lines.append(f"  quarantined:   {summary.quarantined}")
    for source_ref, reason in summary.quarantine_reasons[:10]:
        lines.append(f"    {source_ref}: {reason}")
    if len(summary.quarantine_reasons) > 10:
        lines.append(f"    ... and {len(summary.quarantine_reasons) - 10} more")
    lines += [
        f"  parquet:       {summary.warehouse_dir}/<table>/*.parquet",
        f"  duckdb:        {summary.database}",
        f"  report:        {summary.report or '(none)'}",
    ]
    if published_at:
        lines.append(f"  published:     {published_at}/_manifest.json")
    lines += [
        "  try:",
        f'    {_program()} query "{EXAMPLE_QUERY}"'
        + (f" --warehouse {published_at}" if published_at else ""),
    ]
    return "\n".join(lines)


def _query(args: argparse.Namespace) -> int:
    from flows.objectstore import ObjectStoreError, query_remote
    from flows.warehouse import WarehouseError, query

    try:
        if _is_url(args.warehouse):
            columns, rows = query_remote(args.warehouse, args.sql)
        else:
            columns, rows = query(Path(args.warehouse), args.sql)
    except (WarehouseError, ObjectStoreError) as error:
        print(f"newsfacts: {error}", file=sys.stderr)
        return 2
    except Exception as error:  # duckdb reports SQL errors with their own types
        print(f"newsfacts: query failed: {error}", file=sys.stderr)
        return 2
    if args.format == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        writer.writerows(rows)
    elif args.format == "json":
        records = [dict(zip(columns, row, strict=True)) for row in rows]
        json.dump(records, sys.stdout, default=_json_default, ensure_ascii=False, indent=1)
        print()
    else:
        print(format_table(columns, rows))
    return 0


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


def format_table(columns: list[str], rows: list[tuple], max_width: int = 60) -> str:
    def cell(value: Any) -> str:
        text = "" if value is None else str(value).replace("\n", " ")
        return text if len(text) <= max_width else text[: max_width - 1] + "…"

    cells = [[cell(v) for v in row] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    header = " | ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True))
    rule = "-+-".join("-" * w for w in widths)
    body = [" | ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)) for r in cells]
    return "\n".join([header, rule, *body, f"({len(rows)} row{'s' if len(rows) != 1 else ''})"])


if __name__ == "__main__":
    raise SystemExit(main())

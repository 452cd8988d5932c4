"""Raw inputs and the warehouse on S3, against a moto S3 server started here on 127.0.0.1."""

from __future__ import annotations

import json
import logging
import os
import shutil
import socket
from collections.abc import Iterator
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from pyarrow import fs

from flows import objectstore, pipeline
from flows.nlp import DEFAULT_MODEL
from flows.objectstore import ObjectStoreError, S3Location
from flows.warehouse import commit, current_snapshot, query
from schemas import TABLES
from tests.tiny_warehouse import tiny_tables

GOLD = Path(__file__).parent / "gold" / "articles"
SEED = GOLD / "us-china-fentanyl-talks.txt"
COUNTS = [*TABLES, "quotes_flat"]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def s3_endpoint(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A moto S3 server on 127.0.0.1 at a free port, with dummy credentials in the env."""
    from moto.server import ThreadedMotoServer

    logging.getLogger("werkzeug").setLevel(logging.ERROR)  # one line per request otherwise
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=_free_port(), verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    url = f"http://{host}:{port}"
    with pytest.MonkeyPatch.context() as env:
        for name in ("AWS_PROFILE", "AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_S3", "AWS_ROLE_ARN"):
            env.delenv(name, raising=False)
        env.setenv("AWS_ACCESS_KEY_ID", "testing")
        env.setenv("AWS_SECRET_ACCESS_KEY", "testing")
        env.setenv("AWS_REGION", "us-east-1")
        env.setenv("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path_factory.mktemp("aws") / "none"))
        env.setenv("AWS_CONFIG_FILE", str(tmp_path_factory.mktemp("aws") / "none"))
        env.setenv("NEWSFACTS_S3_ENDPOINT", url)
        try:
            yield url
        finally:
            server.stop()


@pytest.fixture
def s3(s3_endpoint: str) -> fs.S3FileSystem:
    return objectstore.s3_filesystem()


_buckets = iter(range(1_000_000))


@pytest.fixture
def bucket(s3_endpoint: str) -> str:
    """A new, empty bucket for each test."""
    name = f"newsfacts-test-{next(_buckets)}"
    creator = objectstore.s3_filesystem()
    fs.S3FileSystem(
        endpoint_override=s3_endpoint, scheme="http", region="us-east-1", allow_bucket_creation=True
    ).create_dir(name)
    assert creator.get_file_info(name).type == fs.FileType.Directory
    return name


def _put(s3: fs.FileSystem, path: str, data: bytes) -> None:
    with s3.open_output_stream(path) as out:
        out.write(data)


def _records(n: int) -> list[str]:
    return (GOLD / "gold-articles.jsonl").read_text(encoding="utf-8").splitlines()[:n]


def _put_raw(s3: fs.FileSystem, bucket: str) -> str:
    """The seed article and two more in a JSONL batch under s3://bucket/raw; its URL."""
    _put(s3, f"{bucket}/raw/seed.txt", SEED.read_bytes())
    _put(s3, f"{bucket}/raw/batch/two.jsonl", ("\n".join(_records(2)) + "\n").encode())
    return f"s3://{bucket}/raw"


def _objects(s3: fs.FileSystem, root: str) -> dict[str, tuple[int, int]]:
    """Every object under root: (size, mtime)."""
    selector = fs.FileSelector(root, recursive=True, allow_not_found=True)
    return {
        i.path: (i.size, i.mtime_ns)
        for i in s3.get_file_info(selector)
        if i.type == fs.FileType.File
    }


def _run_remote(raw_url: str, warehouse_url: str, cache: Path) -> pipeline.RunSummary:
    """What the flow does, with the plain functions: sync, pull, run, push."""
    raw = objectstore.sync_raw(raw_url, cache)
    local = objectstore.warehouse_folder(warehouse_url, cache)
    objectstore.pull_warehouse(warehouse_url, local)
    summary = pipeline.run_pipeline(raw, local, model=DEFAULT_MODEL, n_process=1)
    objectstore.push_warehouse(local, warehouse_url)
    return summary


def _counts_remote(url: str) -> dict[str, int]:
    return {
        name: objectstore.query_remote(url, f"select count(*) from {name}")[1][0][0]
        for name in COUNTS
    }


def _counts_local(warehouse: Path) -> dict[str, int]:
    return {name: query(warehouse, f"select count(*) from {name}")[1][0][0] for name in COUNTS}


# --- locations and the raw mirror (no model) ---------------------------------------------


def test_locations() -> None:
    assert objectstore.is_remote("s3://b/p") and not objectstore.is_remote("/data/raw")
    assert S3Location.parse("s3://bkt/a/b/") == S3Location("bkt", "a/b")
    assert S3Location.parse("s3://bkt").root == "bkt"
    assert S3Location.parse("s3://bkt/a").cache_folder(Path("/c"), "raw") == Path("/c/raw/bkt/a")
    for bad in ("gs://bkt/a", "s3:///a", "s3://bkt/a/../b", "s3://bkt/a?x=1"):
        with pytest.raises(ObjectStoreError):
            S3Location.parse(bad)


def test_sync_raw_mirrors_only_what_changed(
    s3: fs.S3FileSystem, bucket: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = _put_raw(s3, bucket)
    mirror = objectstore.sync_raw(url, tmp_path / "cache")
    assert mirror == tmp_path / "cache" / "raw" / bucket / "raw"
    assert (mirror / "seed.txt").read_bytes() == SEED.read_bytes()
    objects = _objects(s3, f"{bucket}/raw")
    for path, (size, mtime) in objects.items():
        stat = (mirror / path.split("/raw/", 1)[1]).stat()
        assert (stat.st_size, stat.st_mtime_ns) == (size, mtime)
    fingerprint = pipeline.inputs_fingerprint(mirror)
    # another machine's cache gives the same fingerprint: same paths, sizes and mtimes
    assert pipeline.inputs_fingerprint(objectstore.sync_raw(url, tmp_path / "other")) == fingerprint

    downloads: list[str] = []
    real = objectstore._download
    monkeypatch.setattr(
        objectstore, "_download", lambda s, src, dst: (downloads.append(src), real(s, src, dst))
    )
    objectstore.sync_raw(url, tmp_path / "cache")
    assert downloads == [] and pipeline.inputs_fingerprint(mirror) == fingerprint

    _put(s3, f"{bucket}/raw/new.txt", b"Title\n\nA new article about ports.")
    s3.delete_file(f"{bucket}/raw/batch/two.jsonl")
    objectstore.sync_raw(url, tmp_path / "cache")
    assert downloads == [f"{bucket}/raw/new.txt"]
    assert sorted(p.relative_to(mirror).as_posix() for p in mirror.rglob("*")) == [
        "new.txt",
        "seed.txt",
    ]


def test_sync_raw_with_no_objects_is_an_error(
    bucket: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from flows.cli import main

    with pytest.raises(ObjectStoreError, match="no objects under"):
        objectstore.sync_raw(f"s3://{bucket}/nothing-here", tmp_path)
    with pytest.raises(ObjectStoreError, match="no bucket"):
        objectstore.sync_raw("s3://no-such-bucket/raw", tmp_path)
    with pytest.raises(ObjectStoreError, match="no objects under"):
        objectstore.check(f"s3://{bucket}/nothing-here", objects=True)
    objectstore.check(f"s3://{bucket}/nothing-here")  # a warehouse may start empty
    raw, warehouse = f"s3://{bucket}/nothing-here", f"s3://{bucket}/wh"
    assert main(["run", "--raw", raw, "--warehouse", warehouse]) == 2
    assert capsys.readouterr().err == f"newsfacts: no objects under {raw}: check the raw URL\n"


# --- push, pull and query (a hand-made warehouse, no model) ------------------------------


def test_push_pull_query_and_keep_two_snapshots(
    s3: fs.S3FileSystem, bucket: str, tmp_path: Path
) -> None:
    url = f"s3://{bucket}/wh"
    assert objectstore.read_manifest(url) is None
    with pytest.raises(ObjectStoreError, match="no warehouse"):
        objectstore.query_remote(url, "select 1")
    local = tmp_path / "a"
    run_ids = ["20240301T000000Z-0001", "20240302T000000Z-0002", "20240303T000000Z-0003"]
    for run_id in run_ids:
        commit(tiny_tables(), local, run_id)
        manifest = objectstore.push_warehouse(local, url)
        assert manifest["run_id"] == run_id
        assert manifest["snapshot"] == f".snapshots/{run_id}"
        assert set(manifest["tables"]) == set(TABLES)
        for paths in manifest["tables"].values():
            assert paths and all(s3.get_file_info(f"{bucket}/wh/{p}").is_file for p in paths)
    snapshots = s3.get_file_info(fs.FileSelector(f"{bucket}/wh/.snapshots"))
    assert sorted(i.base_name for i in snapshots) == run_ids[1:]  # current and previous
    assert s3.get_file_info(f"{bucket}/wh/README.md").is_file
    assert s3.get_file_info(f"{bucket}/wh/datapackage.json").is_file
    assert objectstore.read_manifest(url) == manifest

    assert _counts_remote(url) == _counts_local(local)
    columns, rows = objectstore.query_remote(url, "select title from articles order by 1")
    assert columns == ["title"] and len(rows) == 2

    other = tmp_path / "b"  # another machine
    assert objectstore.pull_warehouse(url, other) == manifest
    assert current_snapshot(other) == (other / ".snapshots" / run_ids[-1]).resolve()
    assert pq.read_table(other / "current" / "articles").num_rows == 2
    before = _objects(s3, bucket)
    assert objectstore.push_warehouse(other, url) == manifest  # already published: no write
    assert _objects(s3, bucket) == before


def test_push_keeps_only_the_newest_run_reports(
    s3: fs.S3FileSystem, bucket: str, tmp_path: Path
) -> None:
    url, local = f"s3://{bucket}/wh", tmp_path / "wh"
    run_ids = [f"2024030{day}T000000Z-000{day}" for day in range(1, 5)]
    for run_id in run_ids:
        commit(tiny_tables(), local, run_id)
        (local / "reports").mkdir(exist_ok=True)
        (local / "reports" / f"{run_id}.html").write_text("<p>report</p>", encoding="utf-8")
        objectstore.push_warehouse(local, url, keep_reports=2)
    reports = s3.get_file_info(fs.FileSelector(f"{bucket}/wh/reports"))
    assert sorted(i.base_name for i in reports) == [f"{r}.html" for r in run_ids[-2:]]


def test_failure_before_the_manifest_leaves_the_old_run_readable(
    s3: fs.S3FileSystem, bucket: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"s3://{bucket}/wh"
    local = tmp_path / "wh"
    commit(tiny_tables(), local, "20240301T000000Z-0001")
    old = objectstore.push_warehouse(local, url)
    counts = _counts_remote(url)
    tables = tiny_tables()
    tables["articles"] = tables["articles"].iloc[:1]  # a run that changes what is published
    commit(tables, local, "20240302T000000Z-0002")

    def crash(*args: object) -> None:
        raise ObjectStoreError("the machine died")

    monkeypatch.setattr(objectstore, "_write_manifest", crash)
    with pytest.raises(ObjectStoreError, match="died"):
        objectstore.push_warehouse(local, url)
    # the new files are there, the manifest is still the old one, and it reads as before
    assert s3.get_file_info(f"{bucket}/wh/.snapshots/20240302T000000Z-0002").is_file is False
    assert _objects(s3, f"{bucket}/wh/.snapshots/20240302T000000Z-0002")
    assert objectstore.read_manifest(url) == old
    assert _counts_remote(url) == counts
    monkeypatch.undo()
    assert objectstore.push_warehouse(local, url)["run_id"] == "20240302T000000Z-0002"
    assert _counts_remote(url)["articles"] == counts["articles"] - 1


def test_pull_with_nothing_published_leaves_an_empty_warehouse(bucket: str, tmp_path: Path) -> None:
    local = tmp_path / "wh"
    commit(tiny_tables(), local, "20240301T000000Z-0001")  # a stale local working copy
    assert objectstore.pull_warehouse(f"s3://{bucket}/wh", local) is None
    assert current_snapshot(local) is None


def test_a_bad_manifest_is_a_clear_error(s3: fs.S3FileSystem, bucket: str, tmp_path: Path) -> None:
    bad = {"run_id": "../../etc", "snapshot": ".snapshots/../../etc", "tables": {}}
    _put(s3, f"{bucket}/wh/_manifest.json", json.dumps(bad).encode())
    with pytest.raises(ObjectStoreError, match="not a newsfacts manifest"):
        objectstore.pull_warehouse(f"s3://{bucket}/wh", tmp_path)


# --- errors -----------------------------------------------------------------------------


def test_unreachable_endpoint_and_missing_credentials_are_one_line(
    s3_endpoint: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from flows.cli import main

    monkeypatch.setenv("NEWSFACTS_S3_ENDPOINT", f"http://127.0.0.1:{_free_port()}")
    with pytest.raises(ObjectStoreError, match="cannot reach the object store at http://127"):
        objectstore.query_remote("s3://bkt/wh", "select 1")
    assert main(["query", "select 1", "--warehouse", "s3://bkt/wh"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("newsfacts: cannot reach the object store") and err.count("\n") == 1
    assert main(["run", "--raw", "s3://bkt/raw", "--warehouse", str(tmp_path / "wh")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("newsfacts: cannot reach the object store") and err.count("\n") == 1

    monkeypatch.setenv("NEWSFACTS_S3_ENDPOINT", s3_endpoint)
    monkeypatch.delenv("AWS_ACCESS_KEY_ID")
    monkeypatch.delenv("AWS_SECRET_ACCESS_KEY")
    assert main(["query", "select 1", "--warehouse", "s3://bkt/wh"]) == 2
    assert capsys.readouterr().err.startswith("newsfacts: no S3 credentials: set AWS_ACCESS_KEY_ID")


def test_local_only_commands_refuse_urls(capsys: pytest.CaptureFixture[str]) -> None:
    from flows.cli import main

    assert main(["compact", "--warehouse", "s3://bkt/wh"]) == 2
    assert "must be a local folder" in capsys.readouterr().err


# --- the pipeline end to end ------------------------------------------------------------


def test_pipeline_on_s3_equals_a_local_run_and_reruns_change_nothing(
    s3: fs.S3FileSystem, bucket: str, tmp_path: Path
) -> None:
    raw_url = _put_raw(s3, bucket)
    url = f"s3://{bucket}/wh"
    first = _run_remote(raw_url, url, tmp_path / "cache")
    assert first.articles == 3 and not first.nothing_new
    manifest = objectstore.read_manifest(url)
    assert manifest is not None and manifest["run_id"] == first.run_id
    for paths in manifest["tables"].values():
        assert all(s3.get_file_info(f"{bucket}/wh/{p}").is_file for p in paths)

    local_raw = tmp_path / "local-raw"
    (local_raw / "batch").mkdir(parents=True)
    shutil.copy(SEED, local_raw / "seed.txt")
    (local_raw / "batch" / "two.jsonl").write_text("\n".join(_records(2)) + "\n")
    local = tmp_path / "local-wh"
    pipeline.run_pipeline(local_raw, local, model=DEFAULT_MODEL, n_process=1)
    counts = _counts_remote(url)
    assert counts == _counts_local(local)
    assert counts["articles"] == 3 and counts["participants"] > 0 and counts["quotes_flat"] > 0

    before = _objects(s3, bucket)
    again = _run_remote(raw_url, url, tmp_path / "cache")  # this machine, nothing new
    assert again.nothing_new
    fresh = _run_remote(raw_url, url, tmp_path / "other-machine")  # an empty cache
    assert fresh.nothing_new
    assert _objects(s3, bucket) == before
    assert objectstore.read_manifest(url) == manifest


@pytest.mark.slow
def test_cli_run_and_query_on_s3(
    prefect_harness: None,
    s3: fs.S3FileSystem,
    bucket: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from flows.cli import main

    monkeypatch.setenv("NEWSFACTS_CACHE", str(tmp_path / "cache"))
    raw_url = _put_raw(s3, bucket)
    url = f"s3://{bucket}/wh"
    assert main(["run", "--raw", raw_url, "--warehouse", url, "--n-process", "1"]) == 0
    out = capsys.readouterr().out
    assert f"published:     {url}/_manifest.json" in out and f"--warehouse {url}" in out
    manifest = objectstore.read_manifest(url)
    assert manifest is not None
    assert (tmp_path / "cache" / "raw" / bucket / "raw" / "seed.txt").is_file()

    monkeypatch.setenv("NEWSFACTS_RAW", raw_url)  # the settings take URLs too
    monkeypatch.setenv("NEWSFACTS_WAREHOUSE", url)
    assert main(["run", "--n-process", "1"]) == 0
    assert "nothing new" in capsys.readouterr().out
    assert objectstore.read_manifest(url) == manifest

    sql = "select count(*) as n from articles"
    assert main(["query", sql, "--format", "csv"]) == 0
    assert capsys.readouterr().out.split() == ["n", "3"]
    assert main(["query", "select nope", "--warehouse", url]) == 2
    assert os.environ["NEWSFACTS_WAREHOUSE"] == url

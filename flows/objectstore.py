"""Raw inputs and the warehouse on an object store (`s3://bucket/prefix`), through pyarrow.

The pipeline itself works on local folders. Around a run:

* `sync_raw` mirrors the objects under a raw URL into a local cache folder, downloading only
  new or changed objects and giving each file its object's modification time, so that the
  pipeline's input fingerprint (path, size, mtime) is the same on every machine and between
  runs when nothing changed;
* `pull_warehouse` brings the published snapshot named by `<prefix>/_manifest.json` into a
  local working folder and makes it current there;
* `push_warehouse` uploads the local current snapshot to `<prefix>/.snapshots/<run_id>/`,
  then replaces `_manifest.json` in one request: a reader sees the previous run or this one,
  never half of one. Snapshots other than the current and the previous one are then removed.

`query_remote` answers SQL over the published snapshot without a local copy: DuckDB reads
the Parquet files as Arrow datasets over pyarrow's S3 filesystem, so it needs no network
extension. Only the configured endpoint is contacted (the EC2 metadata service is off unless
AWS_EC2_METADATA_DISABLED says otherwise). There is no lock across machines: one writer at
a time per warehouse URL.

Settings, from the environment: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY (and
AWS_SESSION_TOKEN), or an AWS profile; AWS_REGION (or AWS_DEFAULT_REGION, else us-east-1);
NEWSFACTS_S3_ENDPOINT (else AWS_ENDPOINT_URL_S3 or AWS_ENDPOINT_URL), e.g.
http://127.0.0.1:9000 for an S3-compatible server. Nothing here imports Prefect.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import duckdb
import pyarrow
import pyarrow.dataset as ds
from pyarrow import fs

from flows.report import KEEP_REPORTS, REPORTS
from flows.views import create_analyst_views
from flows.warehouse import SNAPSHOTS, current_snapshot, fetch, publish
from schemas import TABLES
from schemas.arrow import arrow_schema

MANIFEST = "_manifest.json"
#: Files of a warehouse folder that are pushed besides its snapshot.
DOCS = ("README.md", "datapackage.json")
DEFAULT_REGION = "us-east-1"
CONNECT_TIMEOUT_SECONDS = 5.0

#: Settings that name credentials other than a key pair: the AWS SDK reads them itself.
_CREDENTIAL_SOURCES = (
    "AWS_PROFILE",
    "AWS_ROLE_ARN",
    "AWS_WEB_IDENTITY_TOKEN_FILE",
    "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",
    "AWS_CONTAINER_CREDENTIALS_FULL_URI",
)
#: What pyarrow's error messages say when the store refuses the credentials.
_REFUSED = (
    "ACCESS_DENIED",
    "AccessDenied",
    "INVALID_ACCESS_KEY_ID",
    "InvalidAccessKeyId",
    "SIGNATURE_DOES_NOT_MATCH",
    "SignatureDoesNotMatch",
    "HTTP status 403",
)
_RUN_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


class ObjectStoreError(RuntimeError):
    """An object-store location that cannot be used; the message is one line for the user."""


def is_remote(location: str | os.PathLike[str]) -> bool:
    """Whether a location is a URL (`s3://...`) rather than a local path."""
    return bool(_SCHEME.match(str(location)))


@dataclass(frozen=True)
class S3Location:
    bucket: str
    prefix: str  # without leading or trailing slash; "" for the whole bucket

    @classmethod
    def parse(cls, url: str) -> S3Location:
        parts = urlsplit(url)
        if parts.scheme != "s3":
            raise ObjectStoreError(f"unsupported location {url!r}: only s3://bucket/prefix URLs")
        if not parts.netloc or parts.query or parts.fragment:
            raise ObjectStoreError(f"bad object-store URL {url!r}: expected s3://bucket/prefix")
        prefix = parts.path.strip("/")
        if prefix and any(part in ("", ".", "..") for part in prefix.split("/")):
            raise ObjectStoreError(f"bad object-store URL {url!r}: empty or relative path part")
        return cls(parts.netloc, prefix)

    @property
    def url(self) -> str:
        return f"s3://{self.bucket}/{self.prefix}" if self.prefix else f"s3://{self.bucket}"

    @property
    def root(self) -> str:
        """The location as a pyarrow S3 path: 'bucket/prefix'."""
        return f"{self.bucket}/{self.prefix}" if self.prefix else self.bucket

    def path(self, relative: str) -> str:
        return f"{self.root}/{relative}"

    def cache_folder(self, cache_dir: Path, kind: str) -> Path:
        """Where this location is mirrored locally: `<cache_dir>/<kind>/<bucket>/<prefix>`."""
        return cache_dir / kind / self.bucket / Path(*self.prefix.split("/"))


def endpoint() -> str | None:
    """The S3 endpoint URL configured, if any (else AWS's own, from the region)."""
    for name in ("NEWSFACTS_S3_ENDPOINT", "AWS_ENDPOINT_URL_S3", "AWS_ENDPOINT_URL"):
        if os.environ.get(name):
            return os.environ[name]
    return None


def _credentials_configured() -> bool:
    env = os.environ
    if env.get("AWS_ACCESS_KEY_ID") and env.get("AWS_SECRET_ACCESS_KEY"):
        return True
    if any(env.get(name) for name in _CREDENTIAL_SOURCES):
        return True
    if env.get("AWS_EC2_METADATA_DISABLED", "").lower() == "false":
        return True  # asked for instance credentials explicitly
    files = (
        env.get("AWS_SHARED_CREDENTIALS_FILE") or Path.home() / ".aws" / "credentials",
        env.get("AWS_CONFIG_FILE") or Path.home() / ".aws" / "config",
    )
    return any(Path(f).is_file() for f in files)


def s3_filesystem() -> fs.S3FileSystem:
    """pyarrow's S3 filesystem from the standard settings and NEWSFACTS_S3_ENDPOINT."""
    if not _credentials_configured():
        raise ObjectStoreError(
            "no S3 credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (or AWS_PROFILE)"
        )
    # no request to the EC2 metadata service (an address of its own) unless asked for
    os.environ.setdefault("AWS_EC2_METADATA_DISABLED", "true")
    region = os.environ.get("AWS_REGION") or os.environ.get("AWS_DEFAULT_REGION")
    options: dict[str, Any] = {
        "region": region or DEFAULT_REGION,
        "connect_timeout": CONNECT_TIMEOUT_SECONDS,
        # a small object (the manifest) goes up in one PutObject, not a multipart upload
        "allow_delayed_open": True,
    }
    url = endpoint()
    if url:
        parts = urlsplit(url if "://" in url else f"https://{url}")
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ObjectStoreError(f"bad S3 endpoint {url!r}: expected http(s)://host:port")
        options.update(scheme=parts.scheme, endpoint_override=parts.netloc)
    return fs.S3FileSystem(**options)


def _where() -> str:
    return endpoint() or "AWS S3"


def _one_line(error: BaseException) -> str:
    text = " ".join(str(error).split())
    return text if len(text) <= 300 else text[:299] + "…"


def _describe(error: OSError, location: S3Location) -> ObjectStoreError:
    text = str(error)
    if "NETWORK_CONNECTION" in text or "curlCode" in text:
        return ObjectStoreError(f"cannot reach the object store at {_where()} ({location.url})")
    if any(code in text for code in _REFUSED):
        return ObjectStoreError(
            f"the object store at {_where()} refused access to {location.url}: "
            "check AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY"
        )
    return ObjectStoreError(f"object store error on {location.url}: {_one_line(error)}")


@contextmanager
def _errors(location: S3Location) -> Iterator[None]:
    """pyarrow's OSErrors from S3 as one-line ObjectStoreErrors (local ones pass through)."""
    try:
        yield
    except ObjectStoreError:
        raise
    except OSError as error:
        if isinstance(error, FileNotFoundError | PermissionError) and error.filename:
            raise  # a local file
        raise _describe(error, location) from error


def _connect(url: str, filesystem: fs.FileSystem | None) -> tuple[S3Location, fs.FileSystem]:
    location = S3Location.parse(url)
    return location, filesystem if filesystem is not None else s3_filesystem()


def check(url: str, *, objects: bool = False, filesystem: fs.FileSystem | None = None) -> None:
    """Fail early, in one line, when the location's bucket cannot be reached or used, or
    (with `objects`) when nothing is stored under it."""
    location, s3 = _connect(url, filesystem)
    with _errors(location):
        info = s3.get_file_info(location.bucket)
        if info.type == fs.FileType.NotFound:
            raise ObjectStoreError(f"no bucket {location.bucket!r} at {_where()} ({location.url})")
        if objects and not s3.get_file_info(fs.FileSelector(location.root, allow_not_found=True)):
            raise ObjectStoreError(f"no objects under {location.url}: check the raw URL")


def _list_files(s3: fs.FileSystem, root: str) -> dict[str, fs.FileInfo]:
    """Every object under `root`, by its path relative to it (folder markers left out)."""
    selector = fs.FileSelector(root, recursive=True, allow_not_found=True)
    return {
        info.path[len(root) + 1 :]: info
        for info in s3.get_file_info(selector)
        if info.type == fs.FileType.File and not info.path.endswith("/")
    }


def _download(s3: fs.FileSystem, source: str, target: Path) -> None:
    """One object to a local file, written to the side and renamed into place."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.download")
    fs.copy_files(source, str(partial), source_filesystem=s3, use_threads=False)
    os.replace(partial, target)


def _upload(s3: fs.FileSystem, source: Path, target: str) -> None:
    fs.copy_files(
        str(source),
        target,
        source_filesystem=fs.LocalFileSystem(),
        destination_filesystem=s3,
        use_threads=False,
    )


def _same(local: Path, info: fs.FileInfo, *, mtime: bool) -> bool:
    try:
        stat = local.stat()
    except FileNotFoundError:
        return False
    return stat.st_size == info.size and (not mtime or stat.st_mtime_ns == info.mtime_ns)


def sync_raw(url: str, cache_dir: Path, *, filesystem: fs.FileSystem | None = None) -> Path:
    """Mirror the objects under `url` into `<cache_dir>/raw/<bucket>/<prefix>` and return
    that folder. Only new or changed objects (by size and mtime) are downloaded; files whose
    objects are gone are deleted; each file gets its object's mtime."""
    location, s3 = _connect(url, filesystem)
    mirror = location.cache_folder(cache_dir, "raw")
    with _errors(location):
        objects = _list_files(s3, location.root)
        if not objects:
            check(url, filesystem=s3)
            raise ObjectStoreError(f"no objects under {location.url}: check the raw URL")
        for relative, info in objects.items():
            local = mirror.joinpath(*relative.split("/"))
            if _same(local, info, mtime=True):
                continue
            _download(s3, info.path, local)
            os.utime(local, ns=(info.mtime_ns, info.mtime_ns))
    wanted = {mirror.joinpath(*relative.split("/")) for relative in objects}
    for path in sorted(mirror.rglob("*"), reverse=True):  # children before their folders
        if path.is_dir() and not path.is_symlink():
            if not any(path.iterdir()):
                path.rmdir()
        elif path not in wanted:
            path.unlink()
    return mirror


def warehouse_folder(url: str, cache_dir: Path) -> Path:
    """The local working folder of a warehouse URL: `<cache_dir>/warehouse/<bucket>/<prefix>`."""
    return S3Location.parse(url).cache_folder(cache_dir, "warehouse")


def read_manifest(url: str, *, filesystem: fs.FileSystem | None = None) -> dict[str, Any] | None:
    """The published manifest of a warehouse URL, or None when nothing was published yet."""
    location, s3 = _connect(url, filesystem)
    with _errors(location):
        try:
            with s3.open_input_stream(location.path(MANIFEST)) as stream:
                data = stream.read()
        except FileNotFoundError:
            check(url, filesystem=s3)
            return None
    try:
        manifest = json.loads(data)
        run_id = manifest["run_id"]
        tables = manifest["tables"]
        valid = (
            isinstance(run_id, str)
            and _RUN_ID.fullmatch(run_id) is not None
            and manifest["snapshot"] == f"{SNAPSHOTS}/{run_id}"
            and isinstance(tables, dict)
            and all(isinstance(paths, list) for paths in tables.values())
        )
    except (ValueError, KeyError, TypeError):
        valid = False
    if not valid:
        raise ObjectStoreError(f"{location.path(MANIFEST)} is not a newsfacts manifest")
    return dict(manifest)


def pull_warehouse(
    url: str, local_dir: Path, *, filesystem: fs.FileSystem | None = None
) -> dict[str, Any] | None:
    """Make the snapshot published at `url` the current one of `local_dir`, downloading the
    files it lacks; return the manifest. With nothing published, `local_dir` is left with no
    current snapshot (an empty warehouse) and None is returned."""
    location, s3 = _connect(url, filesystem)
    manifest = read_manifest(url, filesystem=s3)
    local_dir.mkdir(parents=True, exist_ok=True)
    if manifest is None:
        current = local_dir / "current"
        if current.is_symlink():
            current.unlink()
        return None
    run_id = manifest["run_id"]
    snapshot = local_dir / SNAPSHOTS / run_id
    with _errors(location):
        objects = _list_files(s3, location.path(manifest["snapshot"]))
        for paths in manifest["tables"].values():
            for path in paths:
                if _snapshot_relative(path, run_id) not in objects:
                    raise ObjectStoreError(f"{location.url}/{path} is in the manifest but missing")
        for relative, info in objects.items():
            local = snapshot.joinpath(*relative.split("/"))
            if not _same(local, info, mtime=False):
                _download(s3, info.path, local)
    if current_snapshot(local_dir) != snapshot.resolve():
        publish(local_dir, snapshot)
    return manifest


def _snapshot_relative(path: str, run_id: str) -> str:
    """A manifest path ('.snapshots/<run_id>/articles/part-0.parquet') relative to its
    snapshot; an error for one outside it."""
    parts = path.split("/") if isinstance(path, str) else []
    if parts[:2] != [SNAPSHOTS, run_id] or len(parts) < 3 or ".." in parts or "" in parts:
        raise ObjectStoreError(f"manifest path {path!r} is outside its snapshot")
    return "/".join(parts[2:])


def push_warehouse(
    local_dir: Path,
    url: str,
    *,
    filesystem: fs.FileSystem | None = None,
    keep_reports: int = KEEP_REPORTS,
) -> dict[str, Any]:
    """Publish the current snapshot of `local_dir` at `url`: its files first (those already
    there with the same size are skipped), the docs and the run's report, then the manifest
    last, in one request. Then remove the snapshots at `url` other than this one and the one
    it replaces, and all but the `keep_reports` newest run reports, as a local warehouse
    keeps them. When the manifest already names this snapshot, nothing is written."""
    location, s3 = _connect(url, filesystem)
    snapshot = current_snapshot(local_dir)
    if snapshot is None:
        raise ObjectStoreError(f"nothing to push: {local_dir} has no current snapshot")
    run_id = snapshot.name
    previous = read_manifest(url, filesystem=s3)
    if previous is not None and previous["run_id"] == run_id:
        return previous
    prefix = f"{SNAPSHOTS}/{run_id}"
    files = sorted(p for p in snapshot.rglob("*") if p.is_file())
    tables: dict[str, list[str]] = {}
    for name in TABLES:
        parquet = sorted(p for p in (snapshot / name).glob("*.parquet") if p.is_file())
        tables[name] = [f"{prefix}/{p.relative_to(snapshot).as_posix()}" for p in parquet]
    with _errors(location):
        there = _list_files(s3, location.path(prefix))
        for path in files:
            relative = path.relative_to(snapshot).as_posix()
            if relative in there and there[relative].size == path.stat().st_size:
                continue
            _upload(s3, path, location.path(f"{prefix}/{relative}"))
        extras = [*DOCS, f"{REPORTS}/{run_id}.html"]
        for relative in extras:
            if (local_dir / relative).is_file():
                _upload(s3, local_dir / relative, location.path(relative))
        manifest = {
            "run_id": run_id,
            "snapshot": prefix,
            "tables": tables,
            "written_at": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        _write_manifest(s3, location, manifest)
        keep = {run_id, previous["run_id"] if previous else run_id}
        selector = fs.FileSelector(location.path(SNAPSHOTS), allow_not_found=True)
        for info in s3.get_file_info(selector):
            if info.type == fs.FileType.Directory and info.base_name not in keep:
                s3.delete_dir(info.path)
        reports = sorted(
            (name for name in _list_files(s3, location.path(REPORTS)) if name.endswith(".html")),
            reverse=True,
        )
        for name in reports[max(keep_reports, 1) :]:
            s3.delete_file(location.path(f"{REPORTS}/{name}"))
    return manifest


def _write_manifest(s3: fs.FileSystem, location: S3Location, manifest: dict[str, Any]) -> None:
    """The commit point: one PutObject replaces the manifest whole (allow_delayed_open)."""
    body = json.dumps(manifest, indent=1, sort_keys=True).encode()
    metadata = {"Content-Type": "application/json"}
    with s3.open_output_stream(location.path(MANIFEST), metadata=metadata) as out:
        out.write(body)


def connect_remote(
    url: str, *, filesystem: fs.FileSystem | None = None
) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB connection with a view per table of the snapshot published at
    `url`, read as Arrow datasets over S3, and the analyst views."""
    location, s3 = _connect(url, filesystem)
    manifest = read_manifest(url, filesystem=s3)
    if manifest is None:
        raise ObjectStoreError(f"no warehouse at {location.url}: run `newsfacts run` on it first")
    # in memory, and no extension fetched or loaded behind our back: Arrow does the reading
    con = duckdb.connect(
        config={"autoinstall_known_extensions": False, "autoload_known_extensions": False}
    )
    with _errors(location):
        for name in TABLES:
            paths = [location.path(p) for p in manifest["tables"].get(name, [])]
            source: ds.Dataset | pyarrow.Table
            if paths:
                source = ds.dataset(paths, filesystem=s3, format="parquet")
            else:
                source = arrow_schema(TABLES[name]).empty_table()
            con.register(f"_arrow_{name}", source)
            con.execute(f"CREATE VIEW {name} AS SELECT * FROM _arrow_{name}")
    create_analyst_views(con)
    return con


def query_remote(
    url: str, sql: str, *, filesystem: fs.FileSystem | None = None
) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Run SQL against the warehouse published at `url`; return column names and rows, like
    `flows.warehouse.query`."""
    location = S3Location.parse(url)
    con = connect_remote(url, filesystem=filesystem)
    try:
        with _errors(location):
            return fetch(con, sql)
    finally:
        con.close()

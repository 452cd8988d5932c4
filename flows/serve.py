"""Scheduled runs: the flow served as a Prefect deployment on a cron schedule.

`newsfacts serve` (and `make serve`) builds the deployment with `build_deployment` and serves
it from this process: Prefect creates a run at every tick of the schedule (hourly by default,
NEWSFACTS_CRON or `--cron`), and the runner started here executes it in a subprocess. The
raw and warehouse folders are the deployment's parameters, so a run started from the UI can
point at other folders.

Schedules need a Prefect server (the temporary one of ephemeral mode runs no scheduler).
With PREFECT_API_URL set, the deployment goes to that server; without it, `local_server`
starts one on 127.0.0.1 (UI at http://127.0.0.1:4200, or the port PREFECT_SERVER_API_PORT
names) for as long as this process serves, or uses the one already listening there.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import httpx

from flows.objectstore import is_remote

if TYPE_CHECKING:  # Prefect is imported only once configure_prefect_environment has run
    from prefect.deployments.runner import RunnerDeployment

#: The deployment's name; its full name in Prefect is "newsfacts/newsfacts-scheduled".
DEPLOYMENT_NAME = "newsfacts-scheduled"
#: Where `local_server` listens: loopback only, Prefect's usual port.
LOCAL_HOST = "127.0.0.1"
LOCAL_PORT = 4200


def build_deployment(
    raw_dir: Path | str, warehouse_dir: Path | str, *, cron: str, name: str = DEPLOYMENT_NAME
) -> RunnerDeployment:
    """The flow as a deployment on the `cron` schedule, with the locations as parameters:
    folders made absolute (the runs start in a subprocess), s3:// URLs as given. One run at
    a time: a run that would overlap the previous one waits (an object store has no lock)."""
    from prefect.deployments.runner import RunnerDeployment
    from prefect.types.entrypoint import EntrypointType

    from flows.pipeline_flow import newsfacts_flow

    deployment = newsfacts_flow.to_deployment(
        name=name,
        cron=cron,
        parameters={
            "raw_dir": _location(raw_dir),
            "warehouse_dir": _location(warehouse_dir),
        },
        concurrency_limit=1,
        description="Read what is new in the raw folder and publish the warehouse.",
        tags=["newsfacts"],
        # the run subprocess imports the flow by module, whatever its working folder
        entrypoint_type=EntrypointType.MODULE_PATH,
    )
    if not isinstance(deployment, RunnerDeployment):  # only when called from async code
        raise TypeError("build_deployment must be called outside an event loop")
    return deployment


def _location(location: Path | str) -> str:
    return str(location) if is_remote(str(location)) else str(Path(location).resolve())


def serve(raw_dir: Path | str, warehouse_dir: Path | str, *, cron: str) -> None:
    """Serve the deployment until interrupted (Ctrl-C pauses its schedule)."""
    from prefect import serve as prefect_serve

    prefect_serve(build_deployment(raw_dir, warehouse_dir, cron=cron))


def server_healthy(api_url: str) -> bool:
    try:
        return httpx.get(f"{api_url}/health", timeout=2).status_code == 200
    except httpx.HTTPError:
        return False


def wait_for_server(
    api_url: str, *, timeout: float = 120, process: subprocess.Popen[bytes] | None = None
) -> None:
    """Return once the server answers /health; raise RuntimeError when it exits or times out
    (a fresh server spends most of its start creating its database)."""
    deadline = time.monotonic() + timeout
    while not server_healthy(api_url):
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"the Prefect server exited with code {process.returncode}")
        if time.monotonic() > deadline:
            raise RuntimeError(f"no Prefect server answered at {api_url} after {timeout:.0f} s")
        time.sleep(0.5)


@contextmanager
def local_server(
    host: str = LOCAL_HOST, port: int = LOCAL_PORT, *, log: Path, timeout: float = 120
) -> Iterator[str]:
    """A Prefect server on host:port for the duration of the block; yields its API URL. One
    already answering there is used as it is and left running."""
    api_url = f"http://{host}:{port}/api"
    if server_healthy(api_url):
        yield api_url
        return
    log.parent.mkdir(parents=True, exist_ok=True)
    command = [sys.executable, "-m", "prefect", "server", "start", "--host", host]
    with open(log, "ab") as out:
        process = subprocess.Popen(
            [*command, "--port", str(port)], stdout=out, stderr=subprocess.STDOUT
        )
    try:
        try:
            wait_for_server(api_url, timeout=timeout, process=process)
        except RuntimeError as error:
            raise RuntimeError(f"{error}; its log is {log}") from None
        yield api_url
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def serve_here(raw_dir: Path | str, warehouse_dir: Path | str, *, cron: str) -> str:
    """Serve on the server PREFECT_API_URL names, else on a local one started for the
    purpose; return the API URL served on, once serving stops."""
    api_url = os.environ.get("PREFECT_API_URL")
    if api_url:
        serve(raw_dir, warehouse_dir, cron=cron)
        return api_url
    home = Path(os.environ.get("PREFECT_HOME", Path.home() / ".prefect"))
    port = int(os.environ.get("PREFECT_SERVER_API_PORT") or LOCAL_PORT)
    with local_server(port=port, log=home / "server.log") as api_url:
        os.environ["PREFECT_API_URL"] = api_url  # read when Prefect is first imported
        print(f"newsfacts serve: Prefect server at {api_url} (UI: {api_url[: -len('/api')]})")
        serve(raw_dir, warehouse_dir, cron=cron)
    return api_url

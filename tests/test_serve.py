"""Scheduled runs: the deployment object, and a served run against a real Prefect server."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from flows.settings import DEFAULT_CRON, Settings, configure_prefect_environment

configure_prefect_environment()

from flows.serve import DEPLOYMENT_NAME, build_deployment  # noqa: E402

SEED = Path(__file__).parent / "gold" / "articles" / "us-china-fentanyl-talks.txt"
BIN = Path(sys.executable).parent


def test_deployment_has_the_schedule_and_the_folders(tmp_path: Path) -> None:
    deployment = build_deployment(tmp_path / "raw", tmp_path / "wh", cron="15 */2 * * *")
    assert deployment.name == DEPLOYMENT_NAME
    assert [s.schedule.cron for s in deployment.schedules or []] == ["15 */2 * * *"]
    assert deployment.parameters == {
        "raw_dir": str((tmp_path / "raw").resolve()),
        "warehouse_dir": str((tmp_path / "wh").resolve()),
    }
    assert deployment.entrypoint == "flows.pipeline_flow.newsfacts_flow"
    assert deployment.concurrency_limit == 1  # runs never overlap


def test_deployment_keeps_object_store_urls() -> None:
    deployment = build_deployment("s3://news/raw", "s3://news/warehouse", cron="0 * * * *")
    assert deployment.parameters == {
        "raw_dir": "s3://news/raw",
        "warehouse_dir": "s3://news/warehouse",
    }


def test_cron_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEWSFACTS_CRON", raising=False)
    assert Settings.from_env().cron == DEFAULT_CRON == "0 * * * *"
    monkeypatch.setenv("NEWSFACTS_CRON", "*/10 * * * *")
    assert Settings.from_env().cron == "*/10 * * * *"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _start(command: list[str], env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    with open(log, "wb") as out:  # the child keeps its own handle
        return subprocess.Popen(
            command, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )


def _stop(process: subprocess.Popen[bytes]) -> None:
    """Interrupt the process group started for the test, then terminate, then kill it."""
    for sig, grace in ((signal.SIGINT, 20), (signal.SIGTERM, 10), (signal.SIGKILL, 10)):
        if process.poll() is not None:
            break
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            break
        try:
            process.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            continue
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signal.SIGKILL)  # children left in the group (a flow run's)


def _wait_healthy(api_url: str, server: subprocess.Popen[bytes], log: Path, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            pytest.fail(f"prefect server exited:\n{log.read_text(errors='replace')[-3000:]}")
        try:
            if httpx.get(f"{api_url}/health", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    pytest.fail(f"prefect server not healthy after {timeout} s:\n{log.read_text()[-3000:]}")


#: Runs in a subprocess with PREFECT_API_URL set: waits for the served deployment, runs it
#: and prints the final state of the run.
TRIGGER = """
import sys, time
from prefect.client.orchestration import get_client
from prefect.deployments import run_deployment

name = sys.argv[1]
deadline = time.monotonic() + 120
with get_client(sync_client=True) as client:
    while True:
        try:
            client.read_deployment_by_name(name)
            break
        except Exception:
            if time.monotonic() > deadline:
                raise
            time.sleep(1)
run = run_deployment(name, timeout=float(sys.argv[2]), poll_interval=2)
print("STATE", run.state.type.value if run.state else None)
"""


@pytest.fixture
def processes() -> Iterator[list[subprocess.Popen[bytes]]]:
    started: list[subprocess.Popen[bytes]] = []
    try:
        yield started
    finally:
        for process in reversed(started):
            _stop(process)


@pytest.mark.slow
def test_served_run_completes(tmp_path: Path, processes: list[subprocess.Popen[bytes]]) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(SEED, raw / SEED.name)
    warehouse = tmp_path / "warehouse"
    port = _free_port()
    api_url = f"http://127.0.0.1:{port}/api"
    env = {
        **os.environ,
        "PREFECT_HOME": str(tmp_path / "prefect-home"),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "DO_NOT_TRACK": "1",
        "NEWSFACTS_N_PROCESS": "1",
        "PREFECT_RUNNER_POLL_FREQUENCY": "2",  # pick the triggered run up quickly
    }
    env.pop("PREFECT_API_URL", None)
    server_log = tmp_path / "server.log"
    command = ["server", "start", "--host", "127.0.0.1", "--port", str(port), "--no-ui"]
    processes.append(_start([str(BIN / "prefect"), *command], env, server_log))
    _wait_healthy(api_url, processes[0], server_log, timeout=120)

    client_env = {**env, "PREFECT_API_URL": api_url}
    serve_log = tmp_path / "serve.log"
    serve = [sys.executable, "-m", "flows.cli", "serve", "--raw", str(raw)]
    serve += ["--warehouse", str(warehouse), "--cron", "0 0 1 1 *"]  # never due in the test
    processes.append(_start(serve, client_env, serve_log))

    name = f"newsfacts/{DEPLOYMENT_NAME}"
    trigger = subprocess.run(
        [sys.executable, "-c", TRIGGER, name, "300"],
        env=client_env,
        capture_output=True,
        text=True,
        timeout=480,
    )
    logs = f"{trigger.stdout}\n{trigger.stderr[-3000:]}\n{serve_log.read_text()[-3000:]}"
    assert "STATE COMPLETED" in trigger.stdout, logs
    assert (warehouse / "warehouse.duckdb").is_file(), logs
    assert list((warehouse / "articles").glob("*.parquet")), logs

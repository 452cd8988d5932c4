"""Scheduled runs: the flow served as a Prefect deployment on a cron schedule.

`newsfacts serve` (and `make serve`) builds the deployment with `build_deployment` and serves
it from this process: Prefect creates a run at every tick of the schedule (hourly by default,
NEWSFACTS_CRON or `--cron`), and the runner started here executes it in a subprocess. The
raw and warehouse folders are the deployment's parameters, so a run started from the UI can
point at other folders.

Runs are visible in the Prefect UI when PREFECT_API_URL names a Prefect server (`prefect
server start --host 127.0.0.1`, or an existing one); without it, Prefect starts a temporary
server for as long as this process serves.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Prefect is imported only once configure_prefect_environment has run
    from prefect.deployments.runner import RunnerDeployment

#: The deployment's name; its full name in Prefect is "newsfacts/newsfacts-scheduled".
DEPLOYMENT_NAME = "newsfacts-scheduled"


def build_deployment(
    raw_dir: Path, warehouse_dir: Path, *, cron: str, name: str = DEPLOYMENT_NAME
) -> RunnerDeployment:
    """The flow as a deployment on the `cron` schedule, with the folders as parameters
    (absolute, since the runs start in a subprocess)."""
    from prefect.deployments.runner import RunnerDeployment
    from prefect.types.entrypoint import EntrypointType

    from flows.pipeline_flow import newsfacts_flow

    deployment = newsfacts_flow.to_deployment(
        name=name,
        cron=cron,
        parameters={
            "raw_dir": str(raw_dir.resolve()),
            "warehouse_dir": str(warehouse_dir.resolve()),
        },
        description="Read what is new in the raw folder and publish the warehouse.",
        tags=["newsfacts"],
        # the run subprocess imports the flow by module, whatever its working folder
        entrypoint_type=EntrypointType.MODULE_PATH,
    )
    if not isinstance(deployment, RunnerDeployment):  # only when called from async code
        raise TypeError("build_deployment must be called outside an event loop")
    return deployment


def serve(raw_dir: Path, warehouse_dir: Path, *, cron: str) -> None:
    """Serve the deployment until interrupted (Ctrl-C pauses its schedule)."""
    from prefect import serve as prefect_serve

    prefect_serve(build_deployment(raw_dir, warehouse_dir, cron=cron))

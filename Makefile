# newsfacts: every target sets up what it needs, so a fresh clone needs nothing else.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat requirements/lock.txt pyproject.toml | cksum | cut -d' ' -f1)

# Prefect without a server or network: ephemeral mode, home inside the project, no analytics.
export PREFECT_HOME := $(CURDIR)/.prefect
export PREFECT_SERVER_ANALYTICS_ENABLED := false
export PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS := 90
export DO_NOT_TRACK := 1

.PHONY: help setup run test check lint typecheck clean lock eval docs serve bench

help:
	@echo "make run    set up, then run the pipeline over raw/ into warehouse/"
	@echo "make test   set up, then run the tests"
	@echo "make check  lint (ruff), types (mypy) and tests"
	@echo "make serve  serve the flow on a schedule (CRON=..., hourly by default)"
	@echo "make bench  time the pipeline on the first N corpus documents (N=1000, N=all)"
	@echo "make lock   re-pin requirements/lock.txt from pyproject.toml (needs uv)"
	@echo "make docs   regenerate docs/data-dictionary.md from the pandera models"
	@echo "make clean  remove the built warehouse, caches and the virtualenv"

setup: $(STAMP)

$(STAMP): requirements/lock.txt pyproject.toml
	@test -n "$(PYTHON)" || { echo "Python 3.11 is required"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --require-hashes --no-deps -r requirements/lock.txt
	$(BIN)/pip install --quiet --no-deps --no-build-isolation -e .
	rm -f $(VENV)/.installed-*
	touch $@

# Folders, or s3://bucket/prefix URLs (README, "Object storage (S3)"); the environment's win.
NEWSFACTS_RAW ?= raw
NEWSFACTS_WAREHOUSE ?= warehouse
run: $(STAMP)
	$(BIN)/newsfacts run --raw $(NEWSFACTS_RAW) --warehouse $(NEWSFACTS_WAREHOUSE)

test: $(STAMP)
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check flows schemas tests
	$(BIN)/ruff format --check flows schemas tests

typecheck: $(STAMP)
	$(BIN)/mypy

check: lint typecheck test

docs: $(STAMP)
	$(BIN)/python -m schemas.dictionary --out docs/data-dictionary.md

lock:
	uv pip compile pyproject.toml --extra dev --generate-hashes --python-version 3.11 \
		-o requirements/lock.txt

clean:
	rm -rf $(VENV) .prefect .pytest_cache .mypy_cache .ruff_cache .cache
	find warehouse -mindepth 1 ! -name .gitkeep -exec rm -rf {} + 2>/dev/null || true

# Score the pipeline against the gold annotations: make eval [SPLIT=dev|test|all] [EVAL_ARGS=--quiet]
SPLIT ?= test
eval: $(STAMP)
	$(BIN)/python -m flows.evaluate --split $(SPLIT) $(EVAL_ARGS)

# Serve the flow as a Prefect deployment on a schedule: make serve [CRON="*/30 * * * *"].
# Uses the server PREFECT_API_URL names, else starts one on 127.0.0.1:4200 (README).
serve: $(STAMP)
	$(BIN)/newsfacts serve --raw raw --warehouse warehouse $(if $(CRON),--cron "$(CRON)")

# Time the pipeline on the first N documents of the corpus: make bench [N=1000|all] [CORPUS=...]
# Results: a table on the terminal and bench/results-<N>.json.
N ?= 1000
bench: $(STAMP)
	$(BIN)/python -m flows.bench --n $(N) $(if $(CORPUS),--corpus "$(CORPUS)") $(if $(filter no,$(FLOOR)),--no-floor)

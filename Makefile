# make demo — set up and run the whole pipeline on the embedded corpus (writes out/)
# make test — set up and run the test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test lint bench wheel-smoke clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test,bench]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/safeplan demo -o out

# on every core (pytest-xdist); the tests of a module sharing a module-scoped fixture stay in one worker
test: $(STAMP)
	$(BIN)/python -m pytest tests -n auto --dist loadgroup

# ruff: pyflakes (F), bugbear (B), unused arguments (ARG) and import order (I); .ci/run calls it
lint: $(STAMP)
	$(BIN)/ruff check safeplan bench tests

# Benchmarks (not part of make test); each prints a table against its baseline. One: make bench-reader etc.
BENCHES := reader extract search relevance generate check web quality agreement ledger brief
bench: $(addprefix bench-,$(BENCHES))
bench-%: $(STAMP)
	$(BIN)/python bench/bench_$*.py

# Build the wheel, install it in a clean venv and run the demo from it (CI does this too).
wheel-smoke: $(STAMP)
	rm -rf dist /tmp/safeplan-wheel-venv /tmp/safeplan-wheel-demo
	$(BIN)/python -m pip wheel -q --no-deps -w dist .
	$(PYTHON) -m venv /tmp/safeplan-wheel-venv
	/tmp/safeplan-wheel-venv/bin/pip install -q dist/safeplan-*.whl
	mkdir -p /tmp/safeplan-wheel-demo && cd /tmp/safeplan-wheel-demo && /tmp/safeplan-wheel-venv/bin/safeplan demo -o out

clean:
	rm -rf out dist .safeplan

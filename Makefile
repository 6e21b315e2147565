# Two commands: `make demo` sets up and runs the demo; `make test` sets up and runs the tests.
VENV ?= .venv
BIN := $(VENV)/bin
PYTHON ?= python3

.PHONY: demo test setup lint editor

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

# Load the examples into the embedded default store (./polkg-data), ask one
# question, and export the graph as Turtle to demo-output/graph.ttl.
demo: setup
	$(BIN)/polkg load examples/
	$(BIN)/polkg query party_on_date -p person="Jeremy Corbyn" -p date=2019-06-01
	mkdir -p demo-output
	$(BIN)/polkg export -o demo-output/graph.ttl

test: setup
	$(BIN)/ruff check polkg ontology graph queries loaders tests bench
	$(BIN)/pytest

lint: setup
	$(BIN)/ruff check polkg ontology graph queries loaders tests bench

# Rebuild the query page's SPARQL editor (CodeMirror 6) from the npm packages locked in
# editor/package-lock.json into polkg/endpoint/static/sparql-editor.js, which is committed:
# installing or serving polkg needs no node. tests/test_editor_bundle.py checks the two agree.
editor:
	cd editor && npm ci --ignore-scripts --no-audit --no-fund && npm run build

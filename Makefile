# specgen: `make generate` and `make test` work on a fresh machine with only Python 3.11.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
TOOLKIT := $(VENV)/.toolkit-installed
PACKAGES := $(patsubst %/pyproject.toml,%,$(wildcard generated/*/pyproject.toml))
# The generated packages, installed editable: the toolkit's tests import them too.
INSTALLED := $(VENV)/.packages-installed

.PHONY: generate check lint test test-fast test-toolkit test-generated mock diff update bench clean

$(TOOLKIT): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $@

$(INSTALLED): $(TOOLKIT) $(wildcard generated/*/pyproject.toml)
	@for package in $(PACKAGES); do \
		$(BIN)/python -m pip install -q -e "$$package[test]" || exit 1; \
	done
	touch $@

## Regenerate every target in generated/ from specs/, and install the packages (editable) in .venv.
generate: $(TOOLKIT)
	$(BIN)/specgen generate
	@$(MAKE) --no-print-directory $(INSTALLED)

## Fail with a diff if generated/ is not what the specs generate now.
check: $(TOOLKIT)
	$(BIN)/specgen check

## ruff, black and mypy (strict) on the toolkit and on every generated package.
lint: $(INSTALLED)
	$(BIN)/ruff check generator tests
	$(BIN)/black --check --quiet generator tests
	$(BIN)/mypy generator tests
	@for package in $(PACKAGES); do \
		echo "lint $$package"; \
		(cd $$package && ../../$(BIN)/ruff check . && ../../$(BIN)/mypy --strict .) || exit 1; \
	done

# On every core; an idle worker takes tests queued for the other.
PYTEST := $(BIN)/python -m pytest -n auto --dist worksteal

test-toolkit: $(INSTALLED)
	$(PYTEST) tests

## Each generated package against its own tests.
test-generated: $(INSTALLED)
	@for package in $(PACKAGES); do \
		echo "test $$package"; \
		(cd $$package && ../../$(BIN)/python -m pytest -q) || exit 1; \
	done

test: lint check test-toolkit test-generated

## The fast loop (under a minute): unit tests and the golden comparison, no end-to-end runs.
test-fast: $(INSTALLED)
	$(PYTEST) -q -m "not slow" tests

## A spec-driven mock server on 127.0.0.1 (SPEC=..., PORT=..., SEED=...; the overlay beside SPEC applies).
SPEC ?= specs/claude.json
PORT ?= 4010
mock: $(TOOLKIT)
	$(BIN)/specgen mock $(SPEC) --port $(PORT) $(if $(SEED),--seed $(SEED))

## Semantic diff of two spec versions (OLD=..., NEW=...: files or git:REV:path; FORMAT=text|markdown|json|github,
## FAIL_ON=breaking|warning|info, OVERLAY=... applied to both).
diff: $(TOOLKIT)
	$(if $(OLD),,$(error usage: make diff OLD=old-spec NEW=new-spec))$(if $(NEW),,$(error usage: make diff OLD=old-spec NEW=new-spec))
	$(BIN)/specgen diff $(OLD) $(NEW) $(if $(FORMAT),--format $(FORMAT)) $(if $(FAIL_ON),--fail-on $(FAIL_ON)) $(if $(OVERLAY),--overlay $(OVERLAY))

## Vendor a new spec (SPEC=path, TARGET=name), bump the version, add a changelog entry, regenerate.
update: $(TOOLKIT)
	$(if $(filter command line environment,$(origin SPEC)),,$(error usage: make update SPEC=path/to/new-spec.json))
	$(BIN)/specgen update $(SPEC) $(if $(TARGET),--target $(TARGET))

## Benchmark against openapi-python-client, datamodel-code-generator and openai; writes
## bench/results.md and bench/generation.png (contenders in bench/.venvs/; not part of `make test`).
bench: $(TOOLKIT)
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV)

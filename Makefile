# Two commands: `make site` builds the bundled knowledge base, `make test` runs every test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export NO_MKDOCS_2_WARNING := 1

.PHONY: site serve test check offline clean bench-search

$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c requirements.lock -e '.[test]'
	touch $(STAMP)

site: $(STAMP)
	$(BIN)/sotay build --root .
	@echo "Đã dựng xong: mở site/index.html, hoặc chạy 'make serve' rồi vào http://127.0.0.1:8000/"

serve: $(STAMP)
	$(BIN)/mkdocs serve

check: $(STAMP)
	$(BIN)/sotay check --root .

test: $(STAMP)
	$(BIN)/python -m pytest

# Search benchmark against mkdocs-material's search and Pagefind (DOCS=10000 for the full size; slow).
DOCS ?= 1000
bench-search: $(STAMP)
	$(BIN)/python -m pip install --quiet -c requirements.lock -e '.[test,bench]'
	$(BIN)/python scripts/bench_search.py --docs $(DOCS) --work .cache/bench-search

clean:
	rm -rf $(VENV) site

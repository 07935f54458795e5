"""schemathesis against the real app's /openapi.json: no input gives a 5xx, and every answer matches the schema.

The app reads a real store coded from the seed article. Each GET operation gets up to 30 generated examples
(plus schemathesis's examples and coverage cases: boundary and invalid values); POST /api/code runs the spaCy
coder on every example, so it gets 8.
"""
from __future__ import annotations

import shutil
from collections import defaultdict
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

schemathesis = pytest.importorskip("schemathesis")
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
FAST = settings(max_examples=30, deadline=None, database=None, derandomize=True,
                suppress_health_check=list(HealthCheck))
SLOW = settings(FAST, max_examples=8)


# The schema is loaded when the module is imported, from an app over a store that is still empty; the
# fixture below codes the seed article into that store before the first test. The app lists the store's
# parts on every request, so the tests see the events. (schemathesis.pytest.from_fixture would be the
# usual way, but schemathesis 4.32 reaches into a pytest-internal attribute that pytest 9 removed.)
STORE = Path(tempfile.mkdtemp(prefix="accord-web-schema-")) / "store"
APP = create_app(str(STORE))
schema = schemathesis.openapi.from_asgi("/openapi.json", APP)


@pytest.fixture(scope="module", autouse=True)
def seed_store():
    from accord.pipeline import ingest

    summary = ingest([str(SEED)], open_store(STORE), published="2022-08-16")
    assert summary.events > 0, summary.as_dict()
    yield STORE
    shutil.rmtree(STORE.parent, ignore_errors=True)


# Status codes seen per operation: proof that the generated requests reached both answers and refusals.
SEEN: dict[str, set[int]] = defaultdict(set)


@schema.exclude(path="/api/code").parametrize()
@FAST
def test_reads_match_the_schema(case):
    response = case.call_and_validate(checks=CHECKS)
    SEEN[f"{case.method} {case.path}"].add(response.status_code)


@schema.include(path="/api/code").parametrize()
@SLOW
def test_coding_matches_the_schema(case):
    response = case.call_and_validate(checks=CHECKS)
    SEEN[f"{case.method} {case.path}"].add(response.status_code)


def test_generated_requests_were_both_accepted_and_refused():
    if not SEEN:
        pytest.skip("run with the schemathesis tests above (same module)")
    for label in ("GET /api/events", "GET /api/dyads/{a}/{b}", "GET /api/shifts"):
        assert {200, 422} <= SEEN[label], (label, SEEN[label])
    assert 200 in SEEN["POST /api/code"], SEEN["POST /api/code"]


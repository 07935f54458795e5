"""Shared fixtures: paths to the shared data (read from ../shared, never copied into the repo)."""
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
SEED = SHARED / "seed" / "russia-north-korea.txt"


@pytest.fixture(scope="session")
def seed_path() -> Path:
    if not SEED.exists():
        pytest.skip(f"the seed article is not at {SEED} (it lives in ../shared beside the repo)")
    return SEED


@pytest.fixture(scope="session")
def seed_text(seed_path) -> str:
    return seed_path.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_events(seed_text):
    from accord.pipeline import code_text

    return code_text(seed_text, published="2022-08-16", doc_id="seed")

"""CAMEO codes with their Goldstein weight, QuadClass and PLOVER type/mode (data: data/ontology/cameo.tsv)."""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}


@dataclass(frozen=True)
class Code:
    code: str
    name: str
    goldstein: float
    quad_class: int
    plover_type: str | None
    plover_mode: str | None

    @property
    def root(self) -> str:
        return self.code[:2]


def read_tsv(package_path: str) -> list[dict[str, str]]:
    """Rows of a TSV data file under accord/data (lines starting with # are comments)."""
    text = resources.files("accord").joinpath("data", *package_path.split("/")).read_text("utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return [{k: (v or "").strip() for k, v in row.items() if k is not None}
            for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)]


@lru_cache(maxsize=1)
def codes() -> dict[str, Code]:
    table = {}
    for row in read_tsv("ontology/cameo.tsv"):
        table[row["code"]] = Code(
            code=row["code"], name=row["name"], goldstein=float(row["goldstein"]),
            quad_class=int(row["quad_class"]), plover_type=row["plover_type"] or None,
            plover_mode=row["plover_mode"] or None,
        )
    return table


def lookup(code: str) -> Code:
    """The CAMEO code, or its nearest parent (0234 → 023 → 02) when the exact code is unknown."""
    table = codes()
    c = code
    while c:
        if c in table:
            return table[c]
        c = c[:-1]
    raise KeyError(f"unknown CAMEO code {code!r}")


def quad_class(code: str) -> int:
    return lookup(code).quad_class

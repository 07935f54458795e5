"""Plain records that flow through the pipeline: Document → Event (with Actor)."""
from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from typing import Any


def content_hash(text: str) -> str:
    """The id of a document that has none of its own: a hash of its normalised text."""
    norm = " ".join(text.split()).lower()
    return hashlib.sha1(norm.encode("utf-8")).hexdigest()[:16]


@dataclass
class Document:
    """One news article as read from the input, then cleaned in place."""

    text: str
    id: str | None = None
    title: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) or datetime
    source: str | None = None
    url: str | None = None
    path: str | None = None  # where it was read from, "file:line" for JSONL/CSV
    lang: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.id:
            self.id = content_hash(((self.title or "") + "\n\n" + self.text))

    @property
    def hash(self) -> str:
        return content_hash(self.text)


@dataclass
class Actor:
    """A resolved mention: CAMEO-style code = country + sector (RUSGOV), or an IGO code."""

    text: str
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    code: str = "---"
    alias: bool = False  # resolved from a speaker-relative alias ("hostile forces")

    def to_dict(self) -> dict[str, Any]:
        d = {"text": self.text, "name": self.name, "country": self.country,
             "sector": self.sector, "code": self.code}
        if self.alias:
            d["alias"] = True
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> "Actor | None":
        if not d:
            return None
        return cls(text=d.get("text") or "", name=d.get("name"), country=d.get("country"),
                   sector=d.get("sector"), code=d.get("code") or "---", alias=bool(d.get("alias")))


EVENT_FIELDS = [
    "event_id", "doc_id", "sentence_index", "sentence", "span", "trigger",
    "event_type", "event_mode", "cameo", "goldstein", "quad_class",
    "source", "target", "date", "date_precision", "historical",
    "negated", "modality", "attribution", "location", "sources_count",
    "confidence", "why", "reciprocal",
]


@dataclass
class Event:
    """One coded event, exactly the record of DESIGN.md (plus `reciprocal`)."""

    doc_id: str
    sentence_index: int
    sentence: str
    span: tuple[int, int]
    trigger: str
    event_type: str | None
    event_mode: str | None
    cameo: str
    goldstein: float
    quad_class: int
    source: Actor | None
    target: Actor | None
    date: str | None = None
    date_precision: str | None = None
    historical: bool = False
    negated: bool = False
    modality: str = "asserted"
    attribution: dict[str, Any] | None = None
    location: dict[str, Any] = field(default_factory=lambda: {
        "name": None, "country": None, "lat": None, "lon": None})
    sources_count: int = 1
    confidence: float = 0.5
    why: dict[str, Any] = field(default_factory=dict)
    reciprocal: bool = False
    event_id: str = ""

    def __post_init__(self) -> None:
        if not self.event_id:
            key = "|".join([
                str(self.doc_id), str(self.sentence_index),
                self.source.code if self.source else "", self.target.code if self.target else "",
                self.cameo, self.trigger,
            ])
            self.event_id = hashlib.sha1(key.encode("utf-8")).hexdigest()[:20]

    def to_dict(self) -> dict[str, Any]:
        return {
            "event_id": self.event_id, "doc_id": self.doc_id,
            "sentence_index": self.sentence_index, "sentence": self.sentence,
            "span": list(self.span), "trigger": self.trigger,
            "event_type": self.event_type, "event_mode": self.event_mode,
            "cameo": self.cameo, "goldstein": self.goldstein, "quad_class": self.quad_class,
            "source": self.source.to_dict() if self.source else None,
            "target": self.target.to_dict() if self.target else None,
            "date": self.date, "date_precision": self.date_precision,
            "historical": self.historical, "negated": self.negated,
            "modality": self.modality, "attribution": self.attribution,
            "location": dict(self.location), "sources_count": self.sources_count,
            "confidence": round(float(self.confidence), 3), "why": dict(self.why),
            "reciprocal": self.reciprocal,
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Event":
        loc = d.get("location") or {"name": None, "country": None, "lat": None, "lon": None}
        return cls(
            doc_id=d["doc_id"], sentence_index=int(d["sentence_index"]), sentence=d["sentence"],
            span=tuple(d["span"]), trigger=d["trigger"], event_type=d.get("event_type"),
            event_mode=d.get("event_mode"), cameo=d["cameo"], goldstein=float(d["goldstein"]),
            quad_class=int(d["quad_class"]), source=Actor.from_dict(d.get("source")),
            target=Actor.from_dict(d.get("target")), date=d.get("date"),
            date_precision=d.get("date_precision"), historical=bool(d.get("historical")),
            negated=bool(d.get("negated")), modality=d.get("modality") or "asserted",
            attribution=d.get("attribution"), location=loc,
            sources_count=int(d.get("sources_count") or 1),
            confidence=float(d.get("confidence") or 0.5), why=d.get("why") or {},
            reciprocal=bool(d.get("reciprocal")), event_id=d.get("event_id") or "",
        )

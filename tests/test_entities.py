"""The rule-based entity component (accord/entities.py), on the real model: the entities the coder reads."""
from datetime import date

import pytest

from accord import dates, nlp

PUB = date(2022, 8, 16)  # a Tuesday


@pytest.fixture(scope="module")
def rules():
    return nlp.load(entities="rules")


def ents(rules, text):
    return [(e.text, e.label_) for e in rules(text).ents]


def test_load_gives_the_rules_by_default_and_the_model_on_request(rules):
    assert nlp.load() is rules
    assert type(rules.get_pipe("ner")).__name__ == "RuleEntities"
    assert type(nlp.load(entities="model").get_pipe("ner")).__name__ == "EntityRecognizer"
    assert type(nlp.load(stock=True).get_pipe("ner")).__name__ == "EntityRecognizer"
    stock = nlp.load(stock=True).pipe_names
    at = stock.index("lemmatizer") + 1   # the gerund repair needs the lemmas
    assert rules.pipe_names == ["accord_dateline", "accord_quoted_name", *stock[:at], "accord_gerund_repair",
                                  "accord_sit_in_repair", *stock[at:], "accord_pair_repair"]
    with pytest.raises(ValueError, match="entities"):
        nlp.use_entities("statistical")


@pytest.mark.parametrize("text,span,value", [
    ("Troops shelled the town on Monday.", "Monday", "2022-08-15"),
    ("Rebels attacked the base last month.", "last month", "2022-07"),
    ("The ministers met on 3 March 2022 in the capital.", "3 March 2022", "2022-03-03"),
    ("The deal was signed on Aug. 15, 2021, officials said.", "Aug. 15, 2021", "2021-08-15"),
    ("The talks resumed on March 3 after a pause.", "March 3", "2022-03-03"),
    ("The army withdrew in July.", "July", "2022-07"),
    ("The army withdrew in mid-July.", "mid-July", "2022-07"),
    ("The army withdrew in July 2019.", "July 2019", "2019-07"),
    ("The border was closed in 2016.", "2016", "2016"),
    ("Fighting raged there in the 1990s.", "the 1990s", "1990"),
    ("The treaty held from 2014-2016.", "2014-2016", "2014"),
    ("Police arrested him two weeks ago.", "two weeks ago", "2022-08"),
    ("The government imposed a curfew earlier this year.", "earlier this year", "2022"),
    ("Protesters marched yesterday.", "yesterday", "2022-08-15"),
    ("The minister resigned this past Tuesday.", "this past Tuesday", "2022-08-16"),
    ("Talks were held on 2022-08-12 in Geneva.", "2022-08-12", "2022-08-12"),
])
def test_dates_have_the_spans_resolve_reads(rules, text, span, value):
    found = [e.text for e in rules(text).ents if e.label_ == "DATE"]
    assert found == [span], (text, ents(rules, text))
    assert dates.resolve(span, PUB).value == value


def test_a_date_naming_a_noun_is_still_a_date_entity(rules):
    # events.py skips it itself ("their 2016 pact"): the entity must be there with its root on the noun
    doc = rules("They broke their 2016 pact.")
    (ent,) = [e for e in doc.ents if e.label_ == "DATE"]
    assert ent.text == "2016" and ent.root.head.text == "pact"


@pytest.mark.parametrize("text", [
    "The Sunday Times reported the talks.",
    "Several people may attend.",
    "The court sentenced him to 15 years.",
    "Prime Minister Theresa May resigned.",
])
def test_no_date_where_there_is_none(rules, text):
    assert not [e for e in rules(text).ents if e.label_ == "DATE"], ents(rules, text)


def test_a_date_before_a_title_stays_a_date(rules):
    assert ("Monday", "DATE") in ents(rules, "On Monday President Joe Biden spoke.")


def test_named_war_is_an_event(rules):
    assert ("the Cold War", "EVENT") in ents(rules, "The two states were allies during the Cold War.")


@pytest.mark.parametrize("text,span,label", [
    ("Russian forces shelled Kharkiv overnight.", "Kharkiv", "GPE"),
    ("Delegates gathered in New Delhi for the summit.", "New Delhi", "GPE"),
    ("Israeli troops raided a camp in the West Bank.", "West Bank", "GPE"),
    ("The strike hit Gaza City at dawn.", "Gaza City", "GPE"),
    ("Shelling continued in the Donetsk Oblast.", "Donetsk Oblast", "LOC"),
    ("Aid reached Bosnia and Herzegovina.", "Bosnia and Herzegovina", "GPE"),
    ("Ukraine accused Russia of aggression.", "Ukraine", "GPE"),
])
def test_places(rules, text, span, label):
    assert (span, label) in ents(rules, text), ents(rules, text)


def test_an_acronym_is_no_town(rules):
    assert not [e for e in rules("He criticised UN sanctions.").ents if e.label_ in {"GPE", "LOC"}]


@pytest.mark.parametrize("text,span", [
    ("President Joe Biden met the delegation.", "Joe Biden"),
    ("Prime Minister Narendra Modi spoke first.", "Narendra Modi"),
    ("Secretary of State Antony Blinken arrived in Kyiv.", "Antony Blinken"),
    ("The talks were led by spokesman John Kirby.", "John Kirby"),
    ("Police arrested media tycoon Jimmy Lai.", "Jimmy Lai"),
    ("Vladimir Putin signed the decree.", "Vladimir Putin"),
    ("Chad Johnson visited the border.", "Chad Johnson"),
])
def test_people(rules, text, span):
    assert (span, "PERSON") in ents(rules, text), ents(rules, text)


def test_a_title_ends_at_a_connector(rules):
    found = ents(rules, "Mr. Smith of the Pentagon declined to comment.")
    assert ("Smith", "PERSON") in found and ("Pentagon", "ORG") in found


@pytest.mark.parametrize("text,span", [
    ("The Third World Water Forum opened on Sunday.", "The Third World Water Forum"),
    ("The Committee to Protect Journalists condemned the arrest.", "The Committee to Protect Journalists"),
    ("The Syrian Observatory for Human Rights reported the strike.", "The Syrian Observatory for Human Rights"),
    ("Amnesty International urged restraint.", "Amnesty International"),
])
def test_organisations(rules, text, span):
    assert (span, "ORG") in ents(rules, text), ents(rules, text)


def test_the_coder_reads_the_rule_entities():
    """An unknown NGO is coded from an ORG entity, and a person named like a country is no country."""
    from accord.actors import tables

    rules = nlp.load(entities="rules")
    doc = rules("The Third World Water Forum criticised the plan.")
    assert [e.code for m in tables().mentions(doc) for e in m.entries] == ["NGO"]
    doc = rules("Chad Johnson criticised the plan.")
    assert not [e for m in tables().mentions(doc) for e in m.entries if e.kind == "country"]


def test_date_matches_in_windows_are_the_matchers_on_the_whole_doc(rules):
    """The DATE Matcher runs only around its anchor words (entities.DATE_ANCHORS): on real text it must find
    exactly what it finds over the whole document."""
    from pathlib import Path

    from spacy.matcher import Matcher

    from accord.entities import DATE_PATTERNS

    seed = Path(__file__).resolve().parents[2] / "shared" / "data" / "seed" / "russia-north-korea.txt"
    text = seed.read_text(encoding="utf-8") + (
        "\n\nOn 3 March 2022, and again in mid-July 2019, the two sides met; in the 1990s and 2001-02 they did not."
        " Three weeks ago, a few days ago and last Monday night, on 2021-08-15, between 1994 and 1998, on"
        " Aug. 15, 2021, earlier this year, the past month, next week: talks went on. 12 years later, 2016-17.")
    whole = Matcher(rules.vocab)
    whole.add("DATE", DATE_PATTERNS)
    ruler = rules.get_pipe("ner")
    doc = rules(text)
    expected = sorted(set(whole(doc)), key=lambda m: (m[1], m[2]))
    assert len(expected) > 20
    assert ruler._date_matches(doc) == expected

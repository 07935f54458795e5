"""accord.clean on the seed article, the reader's fixtures and text built to hold each problem."""
from __future__ import annotations

from pathlib import Path

import pytest

from accord.clean import clean, clean_text, clean_title, is_boilerplate
from accord.models import Document
from accord.read import read_path

DATA = Path(__file__).resolve().parent / "data"
SEED = Path(__file__).resolve().parents[2] / "shared" / "data" / "seed" / "russia-north-korea.txt"
REPEATED = "As Moscow gets buried under the sanctions"


@pytest.fixture(scope="module")
def seed() -> Document:
    if not SEED.exists():
        pytest.skip(f"seed article not found at {SEED}")
    [doc] = read_path(SEED)
    return doc


# ------------------------------------------------------------------------------------------------ the seed

def test_seed_advertisement_line_is_gone(seed):
    assert "Advertisement" in seed.text.split("\n")  # the problem is there before cleaning
    cleaned = clean(seed).text
    assert "Advertisement" not in cleaned
    assert "\n\nAccording to KCNA, a North Korean state-run media agency" in cleaned


def test_seed_repeated_paragraph_is_kept_once_where_it_first_appears(seed):
    assert seed.text.count(REPEATED) == 2
    cleaned = clean(seed).text
    assert cleaned.count(REPEATED) == 1
    paragraphs = cleaned.split("\n\n")
    assert paragraphs[0].startswith(REPEATED)
    assert paragraphs[1].startswith("On North Korea's liberation day")
    assert paragraphs[2].startswith("According to KCNA")
    assert len(paragraphs) == 13


def test_seed_curly_quotes_are_straight(seed):
    cleaned = clean(seed).text
    for curly in "‘’“”":
        assert curly in seed.text
        assert curly not in cleaned
    assert "its 'special military operation' in Ukraine" in cleaned
    assert 'He added that their "comradely friendship" would grow stronger.' in cleaned
    assert "Moscow's relations with the West" in cleaned


def test_seed_clean_is_idempotent_and_keeps_the_rest(seed):
    once = clean(seed)
    assert clean(once).text == once.text
    assert clean(once).title == once.title == "Russia vows to expand its bilateral relationship with North Korea"
    assert (once.id, once.path, once.published) == (seed.id, seed.path, seed.published)
    assert seed.text.count(REPEATED) == 2  # the input document is not changed


# ------------------------------------------------------------------------------------------- characters

def test_unicode_spaces_and_line_ends_are_normalised():
    raw = ("  Kim\u00a0Jong\u2009Un  met\t\tPutin  \r\n"
           "in Vladivostok\u200b.   \r\n\r\n\r\n\r\n"
           "Pyongyang\u2019s envoy said \u201cno\u201d \u2014 twice \u2013 and left.\u2029"
           "Cafe\u0301 talks\u00ad resumed.\n")
    assert clean_text(raw) == (
        "Kim Jong Un met Putin\n"
        "in Vladivostok.\n\n"
        "Pyongyang's envoy said \"no\" \u2014 twice \u2013 and left.\n\n"
        "Caf\u00e9 talks resumed.")


def test_accent_split_by_an_invisible_character_is_joined_once_and_for_all():
    cleaned = clean_text("Tu\u200b\u0308rkiye mediated.")
    assert cleaned == "T\u00fcrkiye mediated."
    assert clean_text(cleaned) == cleaned


def test_title_is_cleaned_onto_one_line():
    assert clean_title("  \u201cKim\u2019s\u00a0letter\u201d\n  to   Putin ") == '"Kim\'s letter" to Putin'
    assert clean_title(None) is None
    assert clean_title(" \u200b ") is None


def test_clean_returns_a_new_document_and_keeps_metadata():
    doc = Document(text="Iran\u2019s envoy arrived.\n\nAdvertisement\n", id="own-1", title="Envoy\u00a0arrives",
                   published="2022-08-15", source="IRNA", url="https://irna.example/1", path="x.jsonl:3",
                   lang="en", meta={"section": "world"})
    cleaned = clean(doc)
    assert cleaned is not doc and cleaned.meta is not doc.meta
    assert cleaned.text == "Iran's envoy arrived."
    assert cleaned.title == "Envoy arrives"
    assert (cleaned.id, cleaned.published, cleaned.source, cleaned.url, cleaned.path, cleaned.lang, cleaned.meta) == (
        "own-1", "2022-08-15", "IRNA", "https://irna.example/1", "x.jsonl:3", "en", {"section": "world"})
    assert doc.text == "Iran\u2019s envoy arrived.\n\nAdvertisement\n"


# ------------------------------------------------------------------------------------------- boilerplate

@pytest.mark.parametrize("line", [
    "Advertisement", "ADVERTISEMENT", "  advertisement  ", "Read more", "Read More:", "READ MORE: Putin hails Kim",
    "Share this", "Share this article", "Share on Facebook", "Share on Twitter", "Subscribe to our daily briefing",
    "Subscribe", "Sign up for our newsletter", "Sign up to our free World Briefing newsletter today.",
    "We use cookies to improve your experience on our site.", "Click here to read the full report",
    "Related:", "Related articles", "Related: Seoul and Tokyo resume talks", "Follow us on Twitter and Telegram",
    "Image copyright Getty Images", "Photo: Reuters/Kim Hong-Ji", "Continue reading", "Continue reading the main story",
    "Story continues below", "Story continues below advertisement",
])
def test_boilerplate_lines(line):
    assert is_boilerplate(line)
    assert clean_text(f"Kim met Putin.\n\n{line}\n\nThey signed a pact.") == "Kim met Putin.\n\nThey signed a pact."


@pytest.mark.parametrize("line", [
    "Advertisement revenue fell 5% at the state broadcaster.",
    "Share prices in Seoul fell after the missile launch.",
    "Subscribers to the service lost access in Crimea.",
    "Related talks will be held in Geneva next week.",
    "Photo opportunities were limited, officials said.",
    "Read more than 20 statements and you see the pattern.",
    "Follow-up talks are planned for March.",
    "We use sanctions as a tool of last resort, the minister said.",
])
def test_news_sentences_that_look_like_boilerplate_are_kept(line):
    assert not is_boilerplate(line)
    assert clean_text(line) == line


def test_boilerplate_line_inside_a_paragraph_goes_alone():
    assert clean_text("Kim met Putin.\nADVERTISEMENT\nThey signed a pact.") == "Kim met Putin.\nThey signed a pact."


# ------------------------------------------------------------------------------------- repeated paragraphs

def test_repeated_paragraph_compared_after_case_and_whitespace():
    text = ("North Korea recognised the two separatist republics in July.\n\n"
            "Ukraine cut ties in response.\n\n"
            "NORTH KOREA recognised the two   separatist\nrepublics in July.")
    assert clean_text(text) == ("North Korea recognised the two separatist republics in July.\n\n"
                                "Ukraine cut ties in response.")


def test_short_repeated_paragraphs_such_as_separators_and_table_rows_stay():
    text = "Kim met Putin.\n\n* * *\n\nThey signed a pact.\n\n* * *\n\npay april 15\n\npay april 15"
    assert clean_text(text) == text


# --------------------------------------------------------------------------------------------- idempotence

@pytest.mark.parametrize("path", [
    DATA / "titled.txt", DATA / "untitled.txt", DATA / "article.html", DATA / "articles.csv", DATA / "corpus",
])
def test_clean_is_idempotent_on_every_fixture(path):
    docs = list(read_path(path))
    assert docs
    for doc in docs:
        once = clean(doc)
        twice = clean(once)
        assert (twice.text, twice.title) == (once.text, once.title)
        assert once.text == once.text.strip() and "\n\n\n" not in once.text
        assert all(line == line.strip() for line in once.text.split("\n"))


def test_clean_is_idempotent_on_messy_text():
    messy = ("\ufeff\r\n  \u201cHostile forces\u201d\u00a0 again\u200b\r\n\r\n\r\nShare this\r\n"
             "\t\u2018Hostile   forces\u2019 again \n\n \n\"hostile forces\" AGAIN\u2028Advertisement\u2029x")
    once = clean_text(messy)
    assert once == '"Hostile forces" again\n\n\'Hostile forces\' again\n\n"hostile forces" AGAIN\n\nx'
    assert clean_text(once) == once

"""accord.read on real files: the fixtures in tests/data/, the seed article, and files built here from bytes."""
from __future__ import annotations

import gzip
import io
import json
import sys
from datetime import date, datetime
from pathlib import Path

import pytest

from accord.errors import AccordError, Err, InputError
from accord.models import Document, content_hash
from accord.read import normalise_date, parse_published, read_path, read_paths

DATA = Path(__file__).resolve().parent / "data"
SEED = Path(__file__).resolve().parents[2] / "shared" / "data" / "seed" / "russia-north-korea.txt"

# PNG signature and the start of an IHDR chunk: what an image saved as .txt begins with.
PNG_BYTES = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00\x1f\xf3\xffa"


def read(path, **options) -> tuple[list[Document], list[AccordError]]:
    errors: list[AccordError] = []
    docs = list(read_path(path, on_error=errors.append, **options))
    return docs, errors


def codes(errors: list[AccordError]) -> list[tuple[str, int | None]]:
    return [(e.code, e.line) for e in errors]


# ------------------------------------------------------------------------------------------------------- .txt

def test_txt_first_line_then_blank_line_is_the_title():
    [doc], errors = read(DATA / "titled.txt")
    assert errors == []
    assert doc.title == "Ukraine cuts diplomatic ties with North Korea"
    assert doc.text.startswith("Ukraine’s foreign ministry said on Wednesday")
    assert doc.text.rstrip().endswith("Foreign Minister Dmytro Kuleba said.")
    assert "Ukraine cuts diplomatic ties" not in doc.text
    assert doc.path == str(DATA / "titled.txt")
    assert doc.published is None and doc.url is None and doc.source is None


def test_txt_without_blank_line_after_first_line_has_no_title():
    [doc], _ = read(DATA / "untitled.txt")
    assert doc.title is None
    assert doc.text.startswith("Kim Jong Un received a letter from Vladimir Putin on Liberation Day.\nThe letter")


def test_txt_first_paragraph_ending_in_a_full_stop_is_not_a_title(tmp_path):
    file = tmp_path / "lead.txt"
    file.write_text("Russia and North Korea pledged closer ties.\n\nThe pledge came in a letter.\n", encoding="utf-8")
    [doc], _ = read(file)
    assert doc.title is None
    assert doc.text.startswith("Russia and North Korea pledged closer ties.")


def test_seed_article_reads_with_title_and_no_date():
    if not SEED.exists():
        pytest.skip(f"seed article not found at {SEED}")
    [doc], errors = read(SEED)
    assert errors == []
    assert doc.title == "Russia vows to expand its bilateral relationship with North Korea"
    assert doc.text.startswith("As Moscow gets buried under the sanctions")
    assert doc.published is None


# ------------------------------------------------------------------------------------------------------ .html

def test_html_main_text_and_metadata():
    [doc], errors = read(DATA / "article.html", published="2000-01-01")
    assert errors == []
    assert doc.title == "Seoul and Tokyo agree to resume security talks"
    assert doc.published == "2023-03-16"  # the page's own date wins over the fallback
    assert doc.url == "https://harbour-times.example/world/2023/03/16/seoul-tokyo-talks"
    assert doc.source == "The Harbour Times"
    assert doc.meta["author"] == "Min-ji Park"
    paragraphs = doc.text.split("\n\n")
    assert len(paragraphs) == 5
    assert paragraphs[0].startswith("South Korean President Yoon Suk Yeol and Japanese Prime Minister")
    assert paragraphs[2] == ("“We have opened a new chapter,” Kishida told reporters after the meeting, "
                             "adding that Japan would lift export curbs on three chemicals used to make "
                             "semiconductors and displays.")
    for furniture in ("Home", "Business", "Related articles", "Markets rally", "All rights reserved", "cookies"):
        assert furniture not in doc.text


def test_html_without_a_date_takes_the_given_published(tmp_path):
    html = (DATA / "article.html").read_text(encoding="utf-8")
    html = html.replace('<meta property="article:published_time" content="2023-03-16T09:30:00+09:00">', "")
    html = html.replace('<time datetime="2023-03-16">16 March 2023</time>', "")
    html = html.replace("/2023/03/16/", "/")
    file = tmp_path / "undated.htm"
    file.write_text(html, encoding="utf-8")
    [doc], _ = read(file, published="2023-03-17")
    assert doc.published == "2023-03-17"
    assert doc.title == "Seoul and Tokyo agree to resume security talks"


def test_html_without_article_text_is_an_error():
    docs, errors = read(DATA / "no_article.html")
    assert docs == []
    assert codes(errors) == [("E010", None)]
    assert errors[0].path == str(DATA / "no_article.html")


# ----------------------------------------------------------------------------------------------------- .jsonl

def test_jsonl_good_lines_read_and_bad_lines_reported_with_numbers():
    file = DATA / "articles.jsonl"
    docs, errors = read(file, published="2022-08-20")
    assert [d.path for d in docs] == [f"{file}:1", f"{file}:5", f"{file}:7"]
    assert codes(errors) == [("E006", 3), ("E007", 4), ("E008", 6)]
    assert all(e.path == str(file) for e in errors)

    kcna, no_id, odd_date = docs
    assert kcna.id == "kcna-0815"
    assert kcna.title == "Kim receives letter from Putin"
    assert kcna.published == "2022-08-15"  # date part of 2022-08-15T08:00:00+09:00, as written
    assert (kcna.source, kcna.url) == ("KCNA", "https://kcna.example/0815")
    assert kcna.text == "Kim Jong Un received a letter from Vladimir Putin."
    assert kcna.meta == {"section": "politics"}

    assert no_id.published == "2022-08-15"  # "published" is an alias of "date"; "15 August 2022" normalised
    assert no_id.lang == "en"
    assert odd_date.published == "2022-08-20"  # unreadable own date: the given date, and the raw value kept
    assert odd_date.meta == {"date_raw": "sometime in August"}


def test_jsonl_error_message_names_file_line_reason_and_fix():
    _, errors = read(DATA / "articles.jsonl")
    assert str(errors[0]) == (
        f"E006 {DATA / 'articles.jsonl'} line 3: malformed JSON (Expecting ',' delimiter, column 42). "
        "Fix: make each line one JSON object, or remove the line.")
    assert errors[1].reason == "the line is a JSON array, not an object"
    assert errors[2].to_dict() == {
        "code": "E008", "path": str(DATA / "articles.jsonl"), "line": 6,
        "reason": "the record has no text (field 'text' missing or empty)",
        "fix": "give every record a non-empty 'text' field, or remove the record."}


def test_errors_raise_by_default_after_the_documents_before_them():
    docs = read_path(DATA / "articles.jsonl")
    assert next(docs).id == "kcna-0815"
    with pytest.raises(InputError) as caught:
        next(docs)
    assert (caught.value.code, caught.value.line) == ("E006", 3)


def test_jsonl_line_that_does_not_decode_is_one_error_and_reading_goes_on(tmp_path):
    # More than the 64 KiB looked at for the encoding, so the bad byte is met while streaming.
    good = [json.dumps({"id": f"n{i}", "text": f"Report number {i} on the talks in Geneva."}) for i in range(1500)]
    file = tmp_path / "big.jsonl"
    file.write_bytes(("\n".join(good) + "\n").encode() + b'{"id": "bad", "text": "caf\xe9"}\n'
                     + b'{"id": "last", "text": "The last report."}\n')
    docs, errors = read(file)
    assert len(docs) == 1501
    assert docs[-1].id == "last" and docs[-1].path == f"{file}:1502"
    assert codes(errors) == [("E005", 1501)]
    assert "0xe9" in errors[0].reason


def test_jsonl_is_streamed_not_read_whole(monkeypatch):
    lines = [json.dumps({"id": f"s{i}", "text": "x" * 1000}) for i in range(5000)]
    stream = io.StringIO("\n".join(lines) + "\n")
    monkeypatch.setattr(sys, "stdin", stream)
    docs = read_path("-")
    assert next(docs).id == "s0"
    assert stream.tell() < len(stream.getvalue()) // 2  # the first document came before most was read


# ------------------------------------------------------------------------------------------------------- .csv

def test_csv_rows_become_documents():
    file = DATA / "articles.csv"
    docs, errors = read(file, published="2023-03-20")
    assert errors == []
    first, second = docs
    assert first.id == "csv-1"
    assert (first.title, first.published, first.source) == (
        "Seoul and Tokyo resume talks", "2023-03-16", "Harbour Times")
    assert first.url == "https://harbour-times.example/1"
    assert first.meta == {"section": "world"}
    assert first.path == f"{file}:2"
    # A quoted field keeps its line breaks; empty cells are missing values.
    assert second.text == ("Japan said it would lift export curbs.\n\n"
                           "The decision was welcomed in Seoul, officials said.")
    assert second.title is None and second.source is None
    assert second.published == "2023-03-20"
    assert second.path == f"{file}:3"


def test_csv_without_text_column_is_one_error_for_the_file():
    docs, errors = read(DATA / "no_text_column.csv")
    assert docs == []
    assert codes(errors) == [("E009", None)]
    assert "'headline'" in errors[0].reason and "'body'" in errors[0].reason


def test_csv_field_larger_than_the_csv_module_default(tmp_path):
    text = "Talks resumed. " * 20_000  # 300,000 characters; csv's default field limit is 131,072
    file = tmp_path / "long.csv"
    file.write_text('id,text\nlong,"' + text + '"\n', encoding="utf-8")
    [doc], errors = read(file)
    assert errors == [] and doc.text == text


def test_csv_header_with_utf8_bom_and_capitalised_names(tmp_path):
    file = tmp_path / "bom.csv"
    file.write_bytes("\ufeffID,Text\n7,Kim met Putin in Vladivostok.\n".encode("utf-8"))
    [doc], errors = read(file)
    assert errors == []
    assert (doc.id, doc.text) == ("7", "Kim met Putin in Vladivostok.")


# ------------------------------------------------------------------------------------------ folders and paths

def test_folder_is_read_recursively_in_path_order_without_hidden_or_unknown_files():
    folder = DATA / "corpus"
    docs, errors = read(folder)
    assert errors == []
    assert [d.path for d in docs] == [
        f"{folder / '2022' / 'b.jsonl'}:1", f"{folder / '2022' / 'b.jsonl'}:2", str(folder / "a.txt")]
    assert docs[2].title == "Russia vows closer ties with North Korea"


def test_named_file_with_unknown_extension_is_read_as_text():
    [doc], errors = read(DATA / "corpus" / "README.md")
    assert errors == [] and doc.title == "# Notes" and doc.text.strip() == "Not an article."


def test_glob_pattern_and_several_paths():
    errors: list[AccordError] = []
    docs = list(read_paths([DATA / "*.csv", DATA / "missing.txt", DATA / "titled.txt"], on_error=errors.append))
    assert [d.id for d in docs[:2]] == ["csv-1", "csv-2"]
    assert docs[2].title == "Ukraine cuts diplomatic ties with North Korea"
    assert codes(errors) == [("E009", None), ("E001", None)]
    assert errors[1].path == str(DATA / "missing.txt")


def test_forced_input_format(tmp_path):
    file = tmp_path / "export.txt"
    file.write_text('{"id": "f1", "text": "Iran backed the proposal."}\n', encoding="utf-8")
    [doc], _ = read(file, input_format="jsonl")
    assert (doc.id, doc.text) == ("f1", "Iran backed the proposal.")


def test_unknown_input_format_is_refused_at_once():
    with pytest.raises(InputError) as caught:
        read_path(DATA / "titled.txt", input_format="xml")
    assert caught.value.code == "E011"
    assert "auto, txt, html, jsonl, csv" in caught.value.fix


# ------------------------------------------------------------------------------------------------------ stdin

def test_stdin_jsonl_sniffed(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO(
        '\n{"id": "s1", "text": "China hosted the talks."}\n{"id": "s2", "text": "Iran sent envoys."}\n'))
    docs, errors = read("-")
    assert errors == []
    assert [(d.id, d.path) for d in docs] == [("s1", "<stdin>:2"), ("s2", "<stdin>:3")]


def test_stdin_text_sniffed(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO("Kim writes to Putin\n\nThe letter arrived on Monday.\n"))
    [doc], _ = read("-", published="2022-08-15")
    assert (doc.title, doc.text.strip(), doc.path, doc.published) == (
        "Kim writes to Putin", "The letter arrived on Monday.", "<stdin>", "2022-08-15")


def test_stdin_html_sniffed(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO((DATA / "article.html").read_text(encoding="utf-8")))
    [doc], _ = read("-")
    assert doc.title == "Seoul and Tokyo agree to resume security talks"
    assert doc.published == "2023-03-16"


def test_stdin_bytes_are_decoded_like_a_file(monkeypatch):
    raw = "Le président a déclaré à Genève que la coopération économique serait renforcée.\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(raw.encode("latin-1")), encoding="utf-8"))
    [doc], _ = read("-")
    assert doc.text == raw


# ------------------------------------------------------------------------------------------- bytes and encodings

def test_gzipped_jsonl_and_txt_read_by_inner_extension(tmp_path):
    jsonl = tmp_path / "articles.jsonl.gz"
    jsonl.write_bytes(gzip.compress((DATA / "articles.jsonl").read_bytes()))
    docs, errors = read(jsonl)
    assert [d.id for d in docs] == [d.id for d in read(DATA / "articles.jsonl")[0]]
    assert docs[0].path == f"{jsonl}:1"
    assert codes(errors) == [("E006", 3), ("E007", 4), ("E008", 6)]

    txt = tmp_path / "titled.txt.gz"
    txt.write_bytes(gzip.compress((DATA / "titled.txt").read_bytes()))
    [doc], _ = read(txt)
    assert doc.title == "Ukraine cuts diplomatic ties with North Korea"


def test_broken_gz_file_is_unreadable(tmp_path):
    file = tmp_path / "broken.txt.gz"
    file.write_bytes(b"this was never gzipped")
    docs, errors = read(file)
    assert docs == [] and codes(errors) == [("E002", None)]


def test_png_bytes_named_txt_is_a_binary_file(tmp_path):
    file = tmp_path / "photo.txt"
    file.write_bytes(PNG_BYTES)
    docs, errors = read(file)
    assert docs == [] and codes(errors) == [("E003", None)]
    assert "binary" in str(errors[0])


def test_latin1_file_is_decoded(tmp_path):
    text = ("Le président français a déclaré à Genève que la coopération entre la France et "
            "l'Allemagne était « très étroite ».\n")
    file = tmp_path / "latin1.txt"
    file.write_bytes(text.encode("latin-1"))
    [doc], errors = read(file)
    assert errors == [] and doc.text == text


def test_utf16_jsonl_with_bom(tmp_path):
    file = tmp_path / "wide.jsonl"
    file.write_bytes('{"id": "w1", "text": "Kyiv cut ties with Pyongyang."}\n{"id": "w2", "text": "Kim said—no."}\n'
                     .encode("utf-16"))
    docs, errors = read(file)
    assert errors == []
    assert [(d.id, d.text) for d in docs] == [("w1", "Kyiv cut ties with Pyongyang."), ("w2", "Kim said—no.")]


def test_utf8_bom_is_not_part_of_the_text(tmp_path):
    file = tmp_path / "bom.txt"
    file.write_bytes(b"\xef\xbb\xbfPutin wrote to Kim.\n")
    [doc], _ = read(file)
    assert doc.text == "Putin wrote to Kim.\n"


@pytest.mark.parametrize("name, content", [
    ("empty.txt", b""), ("blank.txt", b" \n\n\t\n"), ("blank.jsonl", b"\n\n"), ("empty.csv", b""),
    ("empty.txt.gz", gzip.compress(b"", mtime=0)),
])
def test_empty_file_is_an_error(tmp_path, name, content):
    file = tmp_path / name
    file.write_bytes(content)
    docs, errors = read(file)
    assert docs == [] and codes(errors) == [("E004", None)]


# ----------------------------------------------------------------------------------------- dates, ids, limits

def test_published_is_the_fallback_and_is_normalised():
    [doc], _ = read(DATA / "titled.txt", published="22 June 2022")
    assert doc.published == "2022-06-22"
    csv1, csv2 = read(DATA / "articles.csv", published="2023-03-20")[0]
    assert (csv1.published, csv2.published) == ("2023-03-16", "2023-03-20")  # own date first


@pytest.mark.parametrize("value, expected", [
    ("2022-08-15", "2022-08-15"), ("2022-08-15T23:30:00-05:00", "2022-08-15"), ("2022-08-15 08:00", "2022-08-15"),
    ("15 August 2022", "2022-08-15"), ("Mon, 15 Aug 2022 10:00:00 +0000", "2022-08-15"), ("2022/08/15", "2022-08-15"),
])
def test_parse_published_accepts_dates(value, expected):
    assert parse_published(value) == expected


@pytest.mark.parametrize("value", ["2022-02-30", "not a date", "yesterday", "August 2022", "2022", ""])
def test_bad_published_date_is_refused_at_once(value):
    with pytest.raises(InputError) as caught:
        read_path(DATA / "titled.txt", published=value)  # no iteration needed: a usage error
    error = caught.value
    assert error.code == "E012" and error.err is Err.BAD_DATE
    assert repr(value) in error.reason
    assert str(error).startswith(f"E012: cannot read {value!r} as a date. Fix: give the publication date as YYYY-MM-DD")


def test_parse_published_accepts_date_objects():
    assert parse_published(date(2022, 8, 15)) == "2022-08-15"
    assert parse_published(datetime(2022, 8, 15, 23, 30)) == "2022-08-15"


def test_normalise_date_returns_none_for_non_dates():
    assert normalise_date("sometime in August") is None
    assert normalise_date("2022-13-01") is None
    assert normalise_date(" 2022-08-15 ") == "2022-08-15"


def test_ids_are_the_records_own_or_a_stable_content_hash():
    docs = read(DATA / "articles.jsonl")[0]
    assert docs[0].id == "kcna-0815"
    no_id = docs[1]
    assert no_id.id == content_hash("No id here\n\nRussia and North Korea pledged to expand ties.")
    assert no_id.id == "61781b56817b229b"  # the same on every run and machine
    again = read(DATA / "articles.jsonl")[0][1]
    assert again.id == no_id.id
    [titled] = read(DATA / "titled.txt")[0]
    [untitled] = read(DATA / "untitled.txt")[0]
    assert len({titled.id, untitled.id, no_id.id}) == 3


def test_document_over_the_size_limit_is_an_error():
    docs, errors = read(DATA / "articles.jsonl", max_chars=40)
    assert [d.id for d in docs] == ["odd-date"]  # 34 characters; the other two are longer
    assert codes(errors) == [("E013", 1), ("E006", 3), ("E007", 4), ("E013", 5), ("E008", 6)]
    assert errors[0].path == str(DATA / "articles.jsonl")
    assert "50 characters; the limit is 40" in errors[0].reason


def test_errors_are_accord_errors_with_codes():
    assert issubclass(InputError, AccordError) and issubclass(AccordError, Exception)
    assert len({e.code for e in Err}) == len(Err)  # no code used twice
    error = InputError(Err.MALFORMED_JSON, path="file.jsonl", line=17, detail="Expecting ',' delimiter")
    assert str(error) == ("E006 file.jsonl line 17: malformed JSON (Expecting ',' delimiter). "
                          "Fix: make each line one JSON object, or remove the line.")
